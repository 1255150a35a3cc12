"""kg: a source-disagreement knowledge graph for news.

The public API is exactly what `__all__` lists; importing kg does nothing but define.
"""
from __future__ import annotations

from kg.errors import InputError, KGError, OutputError, PipelineError, QueryError, StoreError
from kg.model import (
    Appearance,
    Article,
    Citation,
    Claim,
    Dispute,
    DisputeKind,
    Entity,
    EntityType,
    Polarity,
    Quantity,
    QuoteKind,
    Records,
)
from kg.pipeline import DEMO_CORPUS, BuildResult, build, extract, write_outputs

__version__ = "0.1.0"

__all__ = [
    "DEMO_CORPUS",
    "Appearance",
    "Article",
    "BuildResult",
    "Citation",
    "Claim",
    "Dispute",
    "DisputeKind",
    "Entity",
    "EntityType",
    "InputError",
    "KGError",
    "OutputError",
    "PipelineError",
    "Polarity",
    "Quantity",
    "QueryError",
    "QuoteKind",
    "Records",
    "StoreError",
    "build",
    "extract",
    "write_outputs",
]

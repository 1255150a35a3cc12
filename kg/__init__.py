"""kg: a source-disagreement knowledge graph for news.

The public API is exactly what `__all__` lists; importing kg does nothing but define.
"""
from __future__ import annotations

from kg.errors import InputError, KGError, OutputError, PipelineError, QueryError, StoreError
from kg.model import (
    Appearance,
    Article,
    Citation,
    CitationKind,
    Claim,
    Dispute,
    DisputeKind,
    Entity,
    EntityType,
    Frame,
    Polarity,
    Quantity,
    QuoteKind,
    Records,
)
from kg.ids import IdCollision
from kg.pipeline import DEMO_CORPUS, BuildResult, build, extract, extract_article, link, read_sources, write_outputs

__version__ = "0.1.0"

__all__ = [
    "DEMO_CORPUS",
    "Appearance",
    "Article",
    "BuildResult",
    "Citation",
    "CitationKind",
    "Claim",
    "Dispute",
    "DisputeKind",
    "Entity",
    "EntityType",
    "Frame",
    "IdCollision",
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
    "extract_article",
    "link",
    "read_sources",
    "write_outputs",
]

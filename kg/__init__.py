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

__version__ = "0.1.0"

_PIPELINE = ("DEMO_CORPUS", "BuildResult", "build", "extract", "extract_article", "link", "read_sources", "write_outputs")


def __getattr__(name: str):
    """The pipeline's names, imported on first use: commands that only read a build (`kg trace`, `kg query`) do
    not load spaCy."""
    if name in _PIPELINE:
        import kg.pipeline

        return getattr(kg.pipeline, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

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

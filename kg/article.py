"""Stage 2 for one article (pure): its mentions, claims and what each claim carries, from a parsed Doc.

Below `kg.parallel` and `kg.pipeline`, which both run it: the process pool and Dask workers import it from here.
"""
from __future__ import annotations

from kg.bounds import shift_claim, shift_frame, shift_mention
from kg.extract.claims import extract_claims
from kg.extract.entities import mentions as find_mentions
from kg.extract.frames import FrameRule, framed
from kg.extract.paragraphs import paragraph_at, paragraph_spans
from kg.extract.quantities import quantities
from kg.ingest import Source
from kg.model import Frame
from kg.resolve import ArticleExtraction
from kg.rules import explain_logger, stamp

__all__ = ["extract_article", "join_pieces"]


def extract_article(source: Source, doc, *, offset: int = 0) -> ArticleExtraction:
    """Stage 2, extract (per article, pure): mentions, claims and what each claim carries, from a parsed Doc.

    `doc` may be one piece of the article's clean text, starting at `offset` (see `kg.bounds.chunks`);
    every offset returned points into the whole article.
    """
    local = find_mentions(doc)
    ms = [shift_mention(m, offset) for m in local]
    spans = paragraph_spans(source.text)
    starts = [s for s, _ in spans]
    raw, figures, frames, paragraphs = [], [], [], []
    explain_logger.debug("article %s", source.article.key or source.article.doc)
    for rc in extract_claims(doc, local):
        span = doc.char_span(rc.start, rc.end, alignment_mode="expand")
        found, rule = framed(span) if span is not None else (Frame(), stamp(("frame", FrameRule.NO_PREDICATE)))
        frames.append(shift_frame(found, offset))
        rc = shift_claim(rc._replace(rule=f"{rc.rule}; {rule}" if rc.rule else rule), offset)
        explain_logger.debug("claim %d-%d %r: %s", rc.start, rc.end, source.text[rc.start:rc.end][:60], rc.rule)
        raw.append(rc)
        figures.append(quantities(source.text[rc.start:rc.end], rc.start))
        paragraphs.append(paragraph_at(spans, rc.sentence_start, rc.sentence_end, starts))
    return ArticleExtraction(source, ms, raw, figures, frames, paragraphs)


def join_pieces(parts: list[ArticleExtraction]) -> ArticleExtraction:
    """The extractions of an article's pieces (`kg.bounds.chunks`), in order, as one."""
    if len(parts) == 1:
        return parts[0]
    return ArticleExtraction(parts[0].source, *([x for p in parts for x in getattr(p, f)]
                                                 for f in ("mentions", "claims", "quantities", "frames", "paragraphs")))

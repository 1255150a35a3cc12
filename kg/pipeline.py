"""`build`: files -> articles -> parsed docs -> claims -> resolved records -> disputes -> outputs."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional

from kg.disagree import citations, claim_clusters, find_disputes, stories
from kg.errors import InputError, KGError
from kg.extract.claims import extract_claims
from kg.extract.entities import mentions as find_mentions
from kg.extract.frames import frame as read_frame
from kg.ingest import Source, discover, load_source
from kg.model import Claim, Entity, Frame, Records
from kg.nlp import DEFAULT_PIPELINE, parse
from kg.resolve import ArticleExtraction, resolve

__all__ = ["BuildResult", "DEMO_CORPUS", "Progress", "build", "extract", "write_outputs"]

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances; the CLI renders it."""


def _demo_corpus() -> Path:
    return Path(str(resources.files("kg") / "data" / "kursk"))


DEMO_CORPUS = _demo_corpus()


@dataclass
class BuildResult:
    """What a build produced: the records, the files written, and the inputs that failed."""

    records: Records
    written: list[Path] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _read_all(inputs: Iterable[Path], progress: Progress) -> tuple[list[Source], list[InputError]]:
    sources, failures = [], []
    paths = list(discover(inputs))
    for i, p in enumerate(paths, 1):
        try:
            sources.append(load_source(p))
        except InputError as e:
            failures.append(e)
        progress("read", i, len(paths))
    return sources, failures


def _extract_all(sources: list[Source], *, pipeline: str, n_process: int, batch_size: int,
                 progress: Progress) -> tuple[list[ArticleExtraction], dict, list[InputError]]:
    """Per-article work: parse, find mentions and claims, read each claim's frame."""
    extractions: list[ArticleExtraction] = []
    frames: dict[tuple[str, int, int], Frame] = {}
    failures: list[InputError] = []
    docs = parse((s.clean for s in sources), pipeline=pipeline, n_process=n_process, batch_size=batch_size)
    for i, (src, doc) in enumerate(zip(sources, docs), 1):
        try:
            ms = find_mentions(doc)
            raw = extract_claims(doc, ms)
        except Exception as e:  # one article's failure never stops the others
            failures.append(InputError(src.article.path or src.article.doc, f"extraction failed: {e}"))
            continue
        extractions.append(ArticleExtraction(src, ms, raw))
        for rc in raw:
            span = doc.char_span(rc.start, rc.end, alignment_mode="expand")
            if span is not None:
                frames[(src.article.doc, rc.start, rc.end)] = read_frame(span)
        progress("parse", i, len(sources))
    return extractions, frames, failures


def extract(sources: list[Source], *, pipeline: str = DEFAULT_PIPELINE, n_process: int = 1,
            batch_size: int = 16, progress: Progress = _noop) -> Records:
    """Parse `sources`, extract and resolve their claims, and find disputes, syndication and citations.

    An article whose extraction fails is left out and logged; `build` reports such failures.
    """
    extractions, frames, failures = _extract_all(sources, pipeline=pipeline, n_process=n_process,
                                                 batch_size=batch_size, progress=progress)
    for f in failures:
        log.warning("%s", f)
    return _assemble(extractions, frames)


def _with_frame(c: Claim, f: Frame | None, ex: ArticleExtraction | None, entity_of: dict[str, str]) -> Claim:
    """The claim with its frame, the frame's subject resolved to an entity where a mention covers it."""
    if f is None:
        return c
    f = _resolve_subject(f, ex, entity_of)
    if f.conjuncts:
        f = f.model_copy(update={"conjuncts": [_resolve_subject(g, ex, entity_of) for g in f.conjuncts]})
    return c.model_copy(update={"frame": f, "negated": f.negated})


def _resolve_subject(f: Frame, ex: ArticleExtraction | None, entity_of: dict[str, str]) -> Frame:
    """The frame with the entity its subject's head word names, if a mention covers that word."""
    if f.subject_start is None or f.subject_end is None or ex is None:
        return f
    for m in ex.mentions:
        if m.start < f.subject_end <= m.end:
            eid = entity_of.get(m.name.lower()) or entity_of.get(m.text.lower())
            if eid:
                return f.model_copy(update={"subject_id": eid})
    return f


def _entity_index(entities: list[Entity]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in entities:
        for name in [e.name] + e.aliases:
            out.setdefault(name.lower(), e.id)
    return out


def _around(text: str, c: Claim) -> str:
    """The claim's sentence and the next one (never reading paragraph breaks)."""
    m = re.search(r"[.!?][”\"]?\s", text[c.sentence_end + 1:])
    stop = c.sentence_end + 1 + m.end() if m else len(text)
    return text[c.sentence_start: stop]


def _assemble(extractions: list[ArticleExtraction], frames: dict) -> Records:
    entities, claims = resolve(extractions)
    articles = [ex.source.article for ex in extractions]
    story = stories(articles, {ex.source.article.id: ex.source.clean for ex in extractions})
    articles = [a.model_copy(update={"story": story[a.id]}) for a in articles]
    clusters = claim_clusters(claims, {a.id: a for a in articles})
    cluster_of = {cid: k.cluster for k in clusters for cid in k.claims}
    claims = [c.model_copy(update={"cluster": cluster_of.get(c.id, "")}) for c in claims]
    entity_of = _entity_index(entities)
    ex_of = {ex.source.article.doc: ex for ex in extractions}
    claims = [_with_frame(c, frames.get((c.doc, c.start, c.end)), ex_of.get(c.doc), entity_of) for c in claims]
    text_of = {ex.source.article.doc: ex.source.text for ex in extractions}
    context = {c.id: _around(text_of[c.doc], c) for c in claims}
    disputes = find_disputes(claims, context=context)
    return Records(articles=sorted(articles, key=lambda a: a.doc), entities=entities, claims=claims,
                   disputes=disputes, citations=citations(articles, claims, entities), clusters=clusters)


def write_outputs(records: Records, out: Path, *, texts: dict[str, str] | None = None,
                  formats: Optional[set[str]] = None) -> list[Path]:
    """Write every output format of `records` into `out`; returns the paths written."""
    from kg.export.jsonl import write_records
    from kg.export.network import write_network
    from kg.graph import to_networkx
    from kg.rdf import write_rdf
    from kg.view import write_html

    out = Path(out)
    written = write_records(records, out)
    G = to_networkx(records)
    written += write_network(G, out)
    written += write_rdf(records, out)
    written.append(write_html(G, out / "graph.html"))
    if texts:
        from kg.export.atomic import atomic_write
        for doc, text in texts.items():
            written.append(atomic_write(out / "text" / f"{doc}.txt", text))
    return written


def build(inputs: Iterable[Path] | None, out: Path, *, pipeline: str = DEFAULT_PIPELINE, n_process: int = 1,
          batch_size: int = 16, progress: Progress = _noop) -> BuildResult:
    """Build the source-disagreement graph of the articles in `inputs` into the folder `out`.

    Unreadable files are reported in `BuildResult.failures` and the others are still built. With no
    inputs, the demo corpus shipped with kg is used.

    Raises KGError when nothing at all could be read or the spaCy pipeline cannot be loaded.
    """
    inputs = list(inputs) if inputs else [DEMO_CORPUS]
    sources, failures = _read_all(inputs, progress)
    if not sources:
        if failures:
            raise KGError(f"none of the inputs could be read ({len(failures)} failed); first: {failures[0]}")
        raise KGError("no article files (.txt, .html) found in " + ", ".join(str(p) for p in inputs))
    extractions, frames, failed = _extract_all(sources, pipeline=pipeline, n_process=n_process,
                                                batch_size=batch_size, progress=progress)
    failures += failed
    records = _assemble(extractions, frames)
    html_texts = {s.article.doc: s.text for s in sources if s.article.format == "html"}
    written = write_outputs(records, out, texts=html_texts)
    return BuildResult(records=records, written=written, failures=failures)

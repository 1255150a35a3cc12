"""`build`: files -> articles -> parsed docs -> claims -> resolved records -> disputes -> outputs."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional

from kg.bounds import chunks, shift_claim, shift_mention
from kg.disagree import citations, claim_clusters, find_disputes, predicates, stories
from kg.errors import InputError, KGError, shown_path
from kg.extract.claims import extract_claims
from kg.extract.entities import mentions as find_mentions
from kg.ingest import Source, discover, load_source
from kg.model import Records
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
    """What a build produced: the records, the files written, the inputs that failed, and warnings
    (one line each, naming the file) about inputs that were read in part or with replaced bytes."""

    records: Records
    written: list[Path] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _read_all(inputs: Iterable[Path], progress: Progress) -> tuple[list[Source], list[InputError]]:
    sources, failures = [], []
    paths = list(discover(inputs, errors=failures))
    for i, p in enumerate(paths, 1):
        try:
            sources.append(load_source(p))
        except InputError as e:
            failures.append(e)
        except Exception as e:  # an input kg did not foresee still never stops the others
            log.debug("reading %s failed", p, exc_info=True)
            failures.append(InputError(p, f"cannot be read ({type(e).__name__}: {e})"))
        progress("read", i, len(paths))
    return sources, failures


def _extract_all(sources: list[Source], *, pipeline: str, n_process: int, batch_size: int,
                 progress: Progress) -> tuple[list[ArticleExtraction], dict, list[InputError]]:
    """Per-article work: parse, find mentions and claims, read each claim's stance.

    A long article is parsed in pieces (`kg.bounds.chunks`) whose offsets are shifted back, so its
    cost grows linearly with its length.
    """
    extractions: list[ArticleExtraction] = []
    stances: dict[tuple[str, int, int], tuple] = {}
    failures: list[InputError] = []
    pieces = [(k, a, b) for k, s in enumerate(sources) for a, b in chunks(s.clean)]
    docs = parse((sources[k].clean[a:b] for k, a, b in pieces), pipeline=pipeline, n_process=n_process,
                 batch_size=batch_size)
    found: dict[int, tuple[list, list]] = {}
    failed: set[int] = set()
    for n, ((k, off, end), doc) in enumerate(zip(pieces, docs)):
        src = sources[k]
        if k not in failed:
            try:
                ms = find_mentions(doc)
                raw = extract_claims(doc, ms)
                for rc in raw:
                    span = doc.char_span(rc.start, rc.end, alignment_mode="expand")
                    st = predicates(span) if span is not None else []
                    if st:
                        stances[(src.article.doc, rc.start + off, rc.end + off)] = st
            except Exception as e:  # one article's failure never stops the others
                log.debug("extraction of %s failed", src.article.path or src.article.doc, exc_info=True)
                failures.append(InputError(src.article.path or src.article.doc, f"extraction failed: {e}"))
                failed.add(k)
                found.pop(k, None)
            else:
                acc = found.setdefault(k, ([], []))
                acc[0].extend(shift_mention(m, off) for m in ms)
                acc[1].extend(shift_claim(rc, off) for rc in raw)
        if end == len(src.clean):  # the article's last piece
            if k in found:
                extractions.append(ArticleExtraction(src, *found.pop(k)))
            progress("parse", k + 1, len(sources))
    return extractions, stances, failures


def extract(sources: list[Source], *, pipeline: str = DEFAULT_PIPELINE, n_process: int = 1,
            batch_size: int = 16, progress: Progress = _noop) -> Records:
    """Parse `sources`, extract and resolve their claims, and find disputes, syndication and citations.

    An article whose extraction fails is left out and logged; `build` reports such failures.
    """
    extractions, stances, failures = _extract_all(sources, pipeline=pipeline, n_process=n_process,
                                                  batch_size=batch_size, progress=progress)
    for f in failures:
        log.warning("%s", f)
    return _assemble(extractions, stances)


def _assemble(extractions: list[ArticleExtraction], stances: dict) -> Records:
    entities, claims = resolve(extractions)
    articles = [ex.source.article for ex in extractions]
    story = stories(articles, {ex.source.article.id: ex.source.clean for ex in extractions})
    articles = [a.model_copy(update={"story": story[a.id]}) for a in articles]
    clusters = claim_clusters(claims, {a.id: a for a in articles})
    cluster_of = {cid: k.cluster for k in clusters for cid in k.claims}
    claims = [c.model_copy(update={"cluster": cluster_of.get(c.id, "")}) for c in claims]
    ent_by_id = {e.id: e for e in entities}
    claim_stances = {c.id: stances[(c.doc, c.start, c.end)] for c in claims if (c.doc, c.start, c.end) in stances}
    claims = [c.model_copy(update={"negated": bool(claim_stances.get(c.id) and claim_stances[c.id][0][1])})
              for c in claims]
    places = {c.id: {ent_by_id[e].name for e in c.about
                     if e in ent_by_id and ent_by_id[e].type in ("Place",) and ent_by_id[e].affiliation is None}
              for c in claims}
    text_of = {ex.source.article.doc: ex.source.text for ex in extractions}
    context = {}
    for c in claims:
        text = text_of[c.doc]
        nxt = text.find("\n", c.sentence_end + 1)
        context[c.id] = text[c.sentence_start: nxt if nxt != -1 else len(text)]
    disputes = find_disputes(claims, stances=claim_stances, places=places, context=context, texts=text_of)
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
    extractions, stances, failed = _extract_all(sources, pipeline=pipeline, n_process=n_process,
                                                batch_size=batch_size, progress=progress)
    failures += failed
    records = _assemble(extractions, stances)
    html_texts = {s.article.doc: s.text for s in sources if s.article.format == "html"}
    written = write_outputs(records, out, texts=html_texts)
    warnings = [f"{shown_path(s.article.path or s.article.doc)}: {note}" for s in sources for note in s.notes]
    return BuildResult(records=records, written=written, failures=failures, warnings=warnings)

"""`build`: files -> articles -> parsed docs -> claims -> resolved records -> disputes -> outputs."""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional

from kg import ids
from kg.article import extract_article
from kg.disagree import citations, claim_clusters, find_disputes, stories
from kg.errors import InputError, KGError, shown_path
from kg.io.atomic import check_replaceable, replace_folder
from kg.ingest import Source, input_keys, load_source
from kg.model import Records
from kg.nlp import DEFAULT_PIPELINE
from kg.resolve import ArticleExtraction, entity_for, resolve

__all__ = ["BuildResult", "DEMO_CORPUS", "Progress", "build", "extract", "extract_article", "link", "read_sources",
           "write_outputs"]

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


def read_sources(inputs: Iterable[Path], progress: Progress = _noop, *, urls: Iterable[Path] = (),
                 columns: Optional[dict] = None) -> tuple[list[Source], list[InputError]]:
    """Stage 1, ingest: every article file named by `inputs`, read, decoded and sniffed, with its input key.

    A container (web archive, CSV or JSON Lines export, feed; see `kg.ingest.containers`) gives one article per
    item, its columns found by name or by `columns` (field -> column name); each URL list in `urls` gives the pages
    it names, fetched or read from the fetch cache (`kg.ingest.urls`).
    Files and items that cannot be read come back as InputErrors; the others are still read.
    """
    from kg.ingest.containers import is_container, load_container, sources_from_items

    sources, failures = [], []
    found = input_keys(inputs, errors=failures)
    for p in urls:
        from kg.ingest.urls import read_urls

        p = Path(p)
        more, failed = sources_from_items(p, f"{p.resolve().parent.name}/{p.name}", read_urls(p), "url")
        sources += more
        failures += failed
    for i, (p, key) in enumerate(found, 1):
        try:
            if is_container(p, named=True):  # a folder walk finds no .xml: one here was named, and may be a feed
                more, failed = load_container(p, key, columns)
                sources += more
                failures += failed
            else:
                sources.append(load_source(p, key))
        except InputError as e:
            failures.append(e)
        except Exception as e:  # an input kg did not foresee still never stops the others
            log.debug("reading %s failed", p, exc_info=True)
            failures.append(InputError(p, f"cannot be read ({type(e).__name__}: {e})"))
        progress("read", i, len(found))
    # the order files are named in never changes an output: every later stage sees them by input key
    sources.sort(key=lambda s: (s.article.key, s.article.id))
    # a path both named and found in a folder named too is said once
    failures = sorted({(e.path, e.problem): e for e in failures}.values(), key=lambda e: e.path)
    return sources, failures


def _extract_all(sources: list[Source], *, pipeline: str, n_process: Optional[int], batch_size: int,
                 progress: Progress, scheduler: Optional[str] = None,
                 workers: Optional[int] = None) -> tuple[list[ArticleExtraction], list[InputError]]:
    """Stage 2 over every article: here, in a process pool, or on a Dask cluster; results in input order."""
    from kg import parallel

    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        progress("parse", done, len(sources))

    # the cross-article stage reads WordNet: it is loaded while the articles are parsed (in the pool's case once
    # its processes are forked, never while a fork could copy a half-held lock)
    from kg.lexicon.wordnet import preload

    if scheduler or workers:
        preload()
        outcomes = parallel.run_dask(sources, pipeline=pipeline, scheduler=scheduler, workers=workers,
                                     batch_size=batch_size, tick=tick)
    else:
        n = parallel.default_processes(len(sources)) if n_process is None else max(1, n_process)
        if n > 1:
            outcomes = parallel.run_pool(sources, processes=n, pipeline=pipeline, batch_size=batch_size, tick=tick,
                                         started=preload)
        else:
            preload()
            outcomes = parallel.run_serial(sources, pipeline=pipeline, batch_size=batch_size, tick=tick)
    extractions = [o for o in outcomes if isinstance(o, ArticleExtraction)]
    return extractions, [o for o in outcomes if isinstance(o, InputError)]


def extract(sources: list[Source], *, pipeline: str = DEFAULT_PIPELINE, n_process: Optional[int] = None,
            batch_size: int = 16, progress: Progress = _noop, disputes_model: Optional[str] = None,
            min_score: Optional[float] = None) -> Records:
    """Parse `sources`, extract and resolve their claims, and find disputes, syndication and citations
    (`disputes_model`, `min_score`: see `link`).

    An article whose extraction fails is left out and logged; `build` reports such failures.
    """
    extractions, failures = _extract_all(sources, pipeline=pipeline, n_process=n_process,
                                         batch_size=batch_size, progress=progress)
    for f in failures:
        log.warning("%s", f)
    return link(extractions, disputes_model=disputes_model, min_score=min_score)


def _context(claims, texts: dict[str, str]) -> dict[str, str]:
    """claim id -> its sentence and the next one (where comparison phrases are looked for); line breaks are
    not read, so a text laid out one sentence per line gives the same context."""
    out = {}
    for c in claims:
        text = texts[c.article]
        m = re.search(r"[.!?][”\"]?\s", text[c.sentence_end + 1:])
        stop = c.sentence_end + 1 + m.end() if m else len(text)
        out[c.id] = text[c.sentence_start: stop]
    return out


def link(extractions: list[ArticleExtraction], *, disputes_model: str | None = None,
         min_score: float | None = None) -> Records:
    """Stages 3 and 4, resolve and disagree (across articles): entities, claims, stories, clusters, disputes,
    citations. Every id is minted by `kg.ids`; what this returns is all the projections read.

    `disputes_model` is a scorer made by `kg train` (default: the shipped one); `min_score` the probability a dispute
    needs (default: the model's threshold)."""
    resolution = resolve(extractions)
    entities = {e.id: e for e in resolution.entities}
    articles = [ex.source.article for ex in extractions]
    story = stories(articles, {ex.source.article.id: ex.source.clean for ex in extractions})
    articles = [a.model_copy(update={"story": story[a.id]}) for a in articles]
    by_id = {a.id: a for a in articles}
    clusters = claim_clusters(resolution.claims, by_id)
    cluster_of = {cid: k.cluster for k in clusters for cid in k.claims}
    claims = [c.model_copy(update={"cluster": cluster_of.get(c.id, "")}) for c in resolution.claims]
    texts = {ex.source.article.id: ex.source.text for ex in extractions}
    disputes = find_disputes(claims, context=_context(claims, texts), model=disputes_model, min_score=min_score)
    # a disputant named only in the text ("less than half Moscow's figures") is an entity too
    disputes = [d if d.b is not None or d.claimer_id else
                d.model_copy(update={"claimer_id": entity_for(entities, d.claimer or "unknown").id})
                for d in disputes]
    entities_out = sorted(entities.values(), key=lambda e: e.id)
    ids.check_unique("article", (a.id for a in articles))
    ids.check_unique("dispute", (d.id for d in disputes))
    records = Records(articles=sorted(articles, key=lambda a: (a.doc, a.id)), entities=entities_out, claims=claims,
                      disputes=disputes, citations=citations(articles, claims, entities_out), clusters=clusters,
                      mentions=resolution.mentions)
    _share_fields_sets(records)
    return records


def _share_fields_sets(records: Records) -> None:
    """Records with the same set of explicitly set fields share one set object (pydantic keeps one per instance:
    over a kilobyte for a claim, a third of its memory). The sets only answer `model_fields_set`."""
    from pydantic import BaseModel

    shared: dict[frozenset, set] = {}
    stack: list = [records]
    while stack:
        m = stack.pop()
        fs = m.__pydantic_fields_set__
        key = frozenset(fs)
        one = shared.get(key)
        if one is None:
            one = shared[key] = fs
        elif one is not fs:
            object.__setattr__(m, "__pydantic_fields_set__", one)
        for name in m.__pydantic_fields_set__:
            v = getattr(m, name)
            if isinstance(v, BaseModel):
                stack.append(v)
            elif isinstance(v, list) and v and isinstance(v[0], BaseModel):
                stack.extend(v)


def write_outputs(records: Records, out: Path, *, texts: dict[str, str] | None = None) -> list[Path]:
    """Write every output format of `records` into `out`; returns the paths written.

    One projection at a time, each dropped before the next is made: the graph (GEXF, GraphML, CSV and the
    view) and then the RDF, which is streamed graph by graph (see `kg.rdf.quads`)."""
    from kg.export.jsonl import write_records
    from kg.export.jsonld import write_jsonld
    from kg.export.network import write_network
    from kg.graph import to_networkx
    from kg.rdf import write_rdf
    from kg.report import write_report
    from kg.traceindex import write_index
    from kg.view import write_html

    out = Path(out)
    jsonl = write_records(records, out)
    jsonld = write_jsonld(records, out)
    report = write_report(records, out / "report.json")
    G = to_networkx(records)
    network = write_network(G, out, dates=[a.date for a in records.articles])
    html = write_html(G, out / "graph.html", records)
    del G
    rdf = write_rdf(records, out)
    written = jsonl + network + rdf + [html, jsonld, report, write_index(records, out)]
    if texts:
        from kg.io.atomic import atomic_write
        for doc, text in texts.items():
            written.append(atomic_write(out / "text" / f"{doc}.txt", text))
    return written


def build(inputs: Iterable[Path] | None, out: Path, *, pipeline: str = DEFAULT_PIPELINE, n_process: Optional[int] = None,
          batch_size: int = 16, progress: Progress = _noop, scheduler: Optional[str] = None,
          workers: Optional[int] = None, urls: Iterable[Path] = (), columns: Optional[dict] = None,
          disputes_model: Optional[str] = None, min_score: Optional[float] = None) -> BuildResult:
    """Build the source-disagreement graph of the articles in `inputs` into the folder `out`.

    Unreadable files are reported in `BuildResult.failures` and the others are still built. With no
    inputs, the demo corpus shipped with kg is used.

    `n_process` parser processes (default: every core, when there are enough articles to pay for it);
    `scheduler` (a Dask scheduler address) or `workers` (a local Dask cluster of that many processes) run
    the per-article stage on Dask instead. `urls` (URL lists) and `columns` are as for `read_sources`;
    `disputes_model` and `min_score`: see `link`.

    Raises KGError when nothing at all could be read, or WordNet or the spaCy pipeline cannot be loaded, and
    OutputError (before reading anything) when `out` holds anything but a kg build.
    """
    from kg.lexicon.wordnet_data import wordnet_dir

    check_replaceable(out)  # a folder kg may not replace is refused before any work (and again when written)
    wordnet_dir()  # WordNet's files (unpacked on first use): a build without them stops here, before any work
    urls = list(urls)
    inputs = list(inputs) if inputs or urls else [DEMO_CORPUS]
    sources, failures = read_sources(inputs, progress, urls=urls, columns=columns)
    if not sources:
        if failures:
            raise KGError(f"none of the inputs could be read ({len(failures)} failed); first: {failures[0]}")
        raise KGError("no article files (.txt, .html, .warc, .wacz, .csv, .jsonl, .rss, .atom) found in "
                      + ", ".join(str(p) for p in inputs + urls))
    extractions, failed = _extract_all(sources, pipeline=pipeline, n_process=n_process, batch_size=batch_size,
                                       progress=progress, scheduler=scheduler, workers=workers)
    failures += failed
    records = link(extractions, disputes_model=disputes_model, min_score=min_score)
    docs = Counter(a.doc for a in records.articles)
    # text/NAME.txt, or text/ARTICLE_ID.txt where two inputs share a file name
    html_texts = {(s.article.doc if docs[s.article.doc] == 1 else s.article.id): s.text
                  for s in sources if s.article.format != "text"}
    warnings = [f"{shown_path(s.article.path or s.article.doc)}: {note}" for s in sources for note in s.notes]
    del extractions, sources  # the records hold all the writers read: the texts and parses are let go
    with replace_folder(out) as new:  # the output set is replaced whole, or not at all
        written = write_outputs(records, new, texts=html_texts)
    written = [Path(out) / p.relative_to(new) for p in written]
    return BuildResult(records=records, written=written, failures=failures, warnings=warnings)

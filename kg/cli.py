"""The `kg` command: parses options, calls the library, renders progress and errors.

Only this module prints or exits. A KGError becomes one line on stderr and exit code 1; an input
file that fails is reported in one line and the others are still built (exit code 3).
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from kg.errors import KGError

__all__ = ["main"]

DEFAULT_OUT = Path("exports/kursk")
_LAST = f"the last build written, else {DEFAULT_OUT}"


def _progress(quiet: bool):
    """A progress callback drawing one bar per stage (articles/s, time left) on a terminal; silent otherwise."""
    if quiet or not sys.stderr.isatty():
        return lambda stage, done, total: None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: the parser pool forks this process

    bars: dict = {}

    def show(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=f"  {stage}", unit=" articles", file=sys.stderr,
                                     dynamic_ncols=True, leave=True, smoothing=0.1)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return show


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return n


def _positive_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        x = 0.0
    if not x > 0 or x == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number of seconds")
    return x


def _which_graph(given: str | None) -> tuple[Path, str]:
    """(the build folder a command reads, why): the one given, else the last build written, else the demo build."""
    if given:
        return Path(given), ""
    from kg.lastbuild import default_graph

    graph, why = default_graph(DEFAULT_OUT)
    return graph, f" ({why}; -g names another)"


def _graph(given: str | None, command: str) -> Path:
    """`_which_graph`; when no graph was named, which one is read is said on stderr."""
    graph, why = _which_graph(given)
    if why:
        print(f"kg: {command} reads {graph}{why}", file=sys.stderr)
    return graph


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for p in pairs or []:
        if "=" not in p:
            raise KGError(f"--param {p!r}: write it as NAME=VALUE")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


@contextmanager
def _explained(on: bool):
    """`build --explain`: every extraction rule tried, fired or not, one line each on stderr (logger kg.rules)."""
    import logging

    log = logging.getLogger("kg.rules")
    handler, level, propagate = logging.StreamHandler(sys.stderr), log.level, log.propagate
    handler.setFormatter(logging.Formatter("kg: rules: %(message)s"))
    if on:
        log.setLevel(logging.DEBUG)
        log.addHandler(handler)
        log.propagate = False
    try:
        yield
    finally:
        if on:
            log.removeHandler(handler)
            log.setLevel(level)
            log.propagate = propagate


def cmd_build(args) -> int:
    from kg.pipeline import build

    out = Path(args.out) if args.out else DEFAULT_OUT
    if args.scheduler and args.workers:
        raise KGError("give --scheduler ADDRESS or --workers N, not both")
    if args.explain:
        if args.scheduler or args.workers:
            raise KGError("--explain lists the rules tried in this process: leave out --scheduler and --workers")
        args.processes = 1  # the parser processes of a pool would log where nobody reads
    columns = {f: getattr(args, f"{f}_column") for f in ("text", "title", "url", "date", "outlet")
               if getattr(args, f"{f}_column")}
    if args.min_score is not None and not 0.0 <= args.min_score <= 1.0:
        raise KGError(f"--min-score {args.min_score}: give a probability between 0 and 1")
    if args.disputes_model:
        from kg.disagree.scorer import load
        load(args.disputes_model)  # a bad model is reported before any article is parsed
    with _explained(args.explain):
        result = build([Path(p) for p in args.inputs] or None, out, pipeline=args.pipeline,
                       n_process=args.processes, progress=_progress(args.quiet), scheduler=args.scheduler,
                       workers=args.workers, urls=[Path(p) for p in args.urls or ()], columns=columns or None,
                       disputes_model=args.disputes_model, min_score=args.min_score)
    from kg.lastbuild import record

    problem = record(out)
    for w in result.warnings + ([problem] if problem else []):
        print(f"kg: warning: {w}", file=sys.stderr)
    for f in result.failures:
        print(f"kg: skipped {f}", file=sys.stderr)
    if args.store:
        from kg.store import add_records
        n = add_records(Path(args.store), result.records)
        print(f"kg: store {args.store}: {n} named graphs added or replaced", file=sys.stderr)
    r = result.records
    print(f"{len(r.articles)} articles, {len(r.claims)} claims, {len(r.entities)} entities, "
          f"{len(r.disputes)} disputes -> {out}/")
    from kg.report import report, summary
    for line in summary(report(r)):
        print(line)
    return 3 if result.failures else 0


def cmd_train(args) -> int:
    from kg.training import train

    model, n = train(Path(args.pairs), build=Path(args.build) if args.build else None, c=args.c,
                     threshold=args.threshold)
    from kg.io.atomic import atomic_write
    atomic_write(Path(args.output), model.to_json() + "\n")
    top = ", ".join(f"{f} {w:+.2f}" for f, w in model.weights()[:5])
    print(f"kg: disputes model fitted on {n} pairs ({model.meta.get('disputes', 0)} disputes) -> {args.output}; "
          f"weightiest features: {top}", file=sys.stderr)
    return 0


def cmd_query(args) -> int:
    from kg.query import format_rows, list_queries, load_graph, resolve_query, run_page

    if args.list:
        for name, q in list_queries().items():
            params = ", ".join(f"{p} ({k})" for p, (k, _) in q.params.items())
            print(f"{name}: {q.description}" + (f" [params: {params}]" if params else ""))
        return 0
    if args.vocab:
        from kg.query import vocabulary
        for term, kind, label, comment in vocabulary():
            print(f"{term}  ({kind}{', ' + label if label else ''}): {comment}")
        return 0
    if not args.query:
        raise KGError("kg query: name a query (see `kg query --list`) or a .rq file")
    q = resolve_query(args.query)
    where, why = _which_graph(args.graph)
    graph = load_graph(where, args.engine)
    params = _params(args.param)
    cols, rows, cut = run_page(graph, q, params, engine=args.engine)
    print(f"kg: {q.name} on {where}{why} ({args.engine}): {len(rows) or 'no'} row{'s' if len(rows) != 1 else ''}",
          file=sys.stderr)
    if cut:
        nxt = int(params.get("offset", 0)) + len(rows)
        print(f"kg: more rows follow; --param offset={nxt} for the next page (--param limit=N for longer pages)",
              file=sys.stderr)
    print(format_rows(cols, rows, args.format))
    return 0


def _trace_source(args):
    """(text search, trace function, what it reads) of `kg trace`: a store (--store), else a build folder."""
    if args.store:
        from kg.store import open_store
        from kg.storetrace import open_search, store_trace

        store = open_store(Path(args.store), read_only=True)
        return open_search(Path(args.store), store), lambda cid, graph: store_trace(store, cid, graph=graph), \
            f"the store {args.store}"
    from kg.traceindex import open_index

    folder = _graph(args.graph, "trace")
    index = open_index(folder)  # the build's trace index: look-ups, whatever the corpus size
    return index, lambda cid, graph: index.trace(cid, graph=graph), str(folder / "claims.jsonl")


def cmd_trace(args) -> int:
    from kg.trace import render_matches, render_trace

    index, trace, graph = _trace_source(args)
    matches = index.find(args.claim, limit=10)
    if not matches:
        raise KGError(f"no claim matches {args.claim!r} in {graph}; give a claim id from claims.jsonl or more of "
                      "its words (or -g BUILD_FOLDER for another graph)")
    t = trace(matches[0][1].id, graph)
    if args.format == "json":
        import json
        t["matches"] = [{"id": c.id, "score": s, "claimer": c.claimer, "cue": c.cue, "polarity": c.polarity,
                         "content": c.content, "doc": c.doc} for s, c in matches]
        print(json.dumps(t, ensure_ascii=False, indent=1))
        return 0
    if len(matches) > 1:
        print(render_matches(matches, args.claim, graph) + "\n\ntrace of match 1:")
    print(render_trace(t))
    return 0


def cmd_view(args) -> int:
    from kg.export.jsonl import read_records
    from kg.graph import to_networkx
    from kg.view import write_html

    folder = _graph(args.graph, "view")
    records = read_records(folder)
    if not records.claims and not records.entities:
        raise KGError(f"{folder}: no records here; run `kg build` first")
    out = Path(args.output) if args.output else folder / ("graph-" + (args.focus or "all").replace("/", "_") + ".html")
    write_html(to_networkx(records), out, records, focus=args.focus, max_nodes=args.max_nodes)
    print(f"{out} (from {folder})")
    return 0


def cmd_serve(args) -> int:
    from kg.serve import serve

    source, why = _which_graph(args.source)
    serve(source, host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows,
          service_hosts=frozenset(args.allow_service or ()),
          ready=lambda url: print(f"kg: {source}{why} as a SPARQL endpoint at {url}, query UI at "
                                  f"{url[:-len('sparql')]}, graph view at {url[:-len('sparql')]}view "
                                  "(read-only; Ctrl-C stops)", file=sys.stderr, flush=True))
    return 0


def cmd_push(args) -> int:
    from kg.export.jsonl import read_records
    from kg.store import push

    folder = _graph(args.graph, "push")
    records = read_records(folder)
    if not records.articles:
        raise KGError(f"{folder}: no articles.jsonl here; run `kg build` first")
    report = push(records, args.endpoint, timeout=args.timeout)
    *problems, summary = report.lines()
    for line in problems:
        print(f"kg: push: {line}", file=sys.stderr)
    print(summary)
    return 0 if report.ok else 1


def _build_args(sub) -> None:
    from kg.nlp import DEFAULT_PIPELINE

    b = sub.add_parser("build", help="read articles and write the graph in every format",
                       description="Read news articles (.txt, .html, web archives, CSV/JSON Lines exports, RSS/Atom feeds, "
                                   "URL lists; files or folders) and write claims, disputes, "
                                   "entities, articles, RDF (Turtle, TriG), GEXF, GraphML, CSV and the HTML view. "
                                   "With no INPUT, builds the demo corpus shipped with kg into exports/kursk/.")
    b.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="article files or folders (default: the demo corpus): .txt, .html, web archives (.warc, "
                        ".warc.gz, .wacz), exports (.csv, .jsonl) and feeds (.rss, .atom)")
    b.add_argument("--urls", action="append", metavar="LIST",
                   help="also fetch the pages named in LIST (one URL a line) with httpx, politely, into kg's "
                        "cache (repeatable); needs a network the first time")
    for fld, names in (("text", "text, body, content, ..."), ("title", "title, headline"),
                       ("url", "url, link"), ("date", "date, publish_date, published, ..."),
                       ("outlet", "outlet, source, media_name, publisher, ...")):
        b.add_argument(f"--{fld}-column", metavar="NAME",
                       help=f"CSV/JSON Lines column holding the {fld} (default: the first of {names})")
    b.add_argument("-o", "--out", help=f"output folder (default: {DEFAULT_OUT})")
    b.add_argument("--pipeline", default=DEFAULT_PIPELINE, help=f"installed spaCy pipeline (default: {DEFAULT_PIPELINE})")
    b.add_argument("--processes", type=_positive_int, default=None,
                   help="parser processes (default: one per core when there are at least 8 articles per core)")
    b.add_argument("--workers", type=_positive_int, metavar="N",
                   help="parse on a local Dask cluster of N worker processes (needs the `distributed` package)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="parse on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
                        "its workers need kg and the spaCy pipeline installed")
    b.add_argument("--store", help="also add the articles' named graphs to this persistent Oxigraph store folder")
    b.add_argument("--min-score", type=float, metavar="P",
                   help="keep disputes whose probability is at least P (default: the model's threshold, chosen for "
                        "precision); lower finds more, less surely")
    b.add_argument("--disputes-model", metavar="MODEL", help="a disputes scorer made by `kg train` (default: kg's own)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    b.add_argument("--explain", action="store_true", help="list on stderr the extraction rules tried for each claim "
                   "and the rule that made it (parses in one process)")
    b.set_defaults(func=cmd_build)


def _train_args(sub) -> None:
    tr = sub.add_parser("train", help="refit the disputes scorer on your own labelled pairs",
                        description="Fit the disputes scorer on PAIRS.jsonl: one labelled pair a line, claim ids of a "
                                    "build ({\"a\": ID, \"b\": ID, \"label\": 1}, with --build) or two sentences "
                                    "({\"a_text\": ..., \"b_text\": ..., \"label\": 0}). Use it with "
                                    "`kg build --disputes-model MODEL`.")
    tr.add_argument("pairs", metavar="PAIRS.jsonl")
    tr.add_argument("-o", "--output", required=True, metavar="MODEL", help="the model file to write (JSON)")
    tr.add_argument("--build", metavar="DIR", help="the build folder the claim ids come from")
    tr.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength (default: 0.1)")
    tr.add_argument("--threshold", type=float, default=0.6, help="the probability a dispute needs (default: 0.6)")
    tr.set_defaults(func=cmd_train)


def _query_args(sub) -> None:
    q = sub.add_parser("query", help="run a shipped SPARQL query or a .rq file on a built graph",
                       description="Run a SPARQL query on a build folder, an RDF file or a store. "
                                   "Parameters are bound as values, never pasted into the query.")
    q.add_argument("query", nargs="?", help="a shipped query name (see --list) or a .rq file")
    q.add_argument("-g", "--graph", help=f"build folder, .ttl/.trig file or store (default: {_LAST})")
    q.add_argument("-p", "--param", action="append", metavar="NAME=VALUE", help="bind a query parameter")
    q.add_argument("-f", "--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--engine", choices=("rdflib", "oxigraph"), default="oxigraph", help="SPARQL engine (default: oxigraph)")
    q.add_argument("--list", action="store_true", help="list the shipped queries and their parameters")
    q.add_argument("--vocab", action="store_true", help="list the vocabulary's classes and properties with their comments")
    q.set_defaults(func=cmd_query)


def _trace_args(sub) -> None:
    t = sub.add_parser("trace", help="trace a claim: who asserts it, where it appears, who disputes it",
                       description="Find a claim by id or by the best match of its text, and show who asserts it, "
                                   "every article and outlet that carried it, the wire agencies behind them, who "
                                   "disputes it and why, and how many independent sources carry it.")
    t.add_argument("claim", help="a claim id or words of the claim")
    t.add_argument("-g", "--graph", help=f"build folder (default: {_LAST})")
    t.add_argument("--store", metavar="STORE", help="trace from this Oxigraph store folder (`kg build --store`) instead")
    t.add_argument("-f", "--format", choices=("text", "json"), default="text")
    t.set_defaults(func=cmd_trace)


def _view_args(sub) -> None:
    v = sub.add_parser("view", help="write an HTML view of a built graph (whole, capped, or around one entity)")
    v.add_argument("-g", "--graph", help=f"build folder (default: {_LAST})")
    v.add_argument("--focus", help="show only the neighbourhood of nodes whose name contains this")
    v.add_argument("--max-nodes", type=int, default=1500, help="cap on drawn nodes (default: 1500)")
    v.add_argument("-o", "--output", help="HTML file to write")
    v.set_defaults(func=cmd_view)


def _serve_args(sub) -> None:
    s = sub.add_parser("serve", help="serve a built graph or store as a read-only SPARQL 1.1 endpoint",
                       description="Serve SPARQL 1.1 Protocol at /sparql (GET and POST; JSON, XML, CSV, TSV by "
                                   "Accept; CONSTRUCT as Turtle). Read-only: updates are refused with 403. Bounded by "
                                   "a time limit and a result cap. Bound to 127.0.0.1 unless --host says otherwise.")
    s.add_argument("source", nargs="?", help=f"build folder, RDF file or store folder (default: {_LAST})")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    s.add_argument("--timeout", type=_positive_float, default=10.0, help="seconds a query may run (default: 10)")
    s.add_argument("--max-rows", type=_positive_int, default=10000, help="result cap (default: 10000)")
    s.add_argument("--allow-service", action="append", metavar="HOST",
                   help="let SPARQL SERVICE call this host (repeatable); by default SERVICE is refused")
    s.set_defaults(func=cmd_serve)


def _push_args(sub) -> None:
    pu = sub.add_parser("push", help="send the named graphs to a SPARQL 1.1 Graph Store Protocol endpoint",
                        description="PUT each article's named graph (and the corpus graph) to a Graph Store "
                                    "Protocol endpoint: Fuseki, Virtuoso, GraphDB, Oxigraph (http://host:7878/store). "
                                    "Pushing again replaces the graphs.")
    pu.add_argument("endpoint", help="the Graph Store endpoint URL")
    pu.add_argument("-g", "--graph", help=f"build folder (default: {_LAST})")
    pu.add_argument("--timeout", type=_positive_float, default=30.0, help="seconds the whole push may take (default: 30)")
    pu.set_defaults(func=cmd_push)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="kg: a source-disagreement knowledge graph of news articles.")
    p.add_argument("--debug", action="store_true", help="show the full trace of any error (for bug reports)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_build_args, _train_args, _query_args, _trace_args, _view_args, _serve_args, _push_args):
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.debug:
        import logging
        logging.basicConfig(level=logging.DEBUG, format="kg: debug: %(name)s: %(message)s")
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the try, not at interpreter exit
        return code
    except BrokenPipeError:
        # the reader went away (`kg query ... | head`): stop quietly, as `cat` does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KGError as e:
        if args.debug:
            import traceback
            traceback.print_exc()
        print(f"kg: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug or an unforeseen condition: one line, the trace only with --debug
        if args.debug:
            raise
        print(f"kg: error: {type(e).__name__}: {e} (run with --debug for the trace)", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

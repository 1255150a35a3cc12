"""How long graph.html takes to settle in headless chromium, against a blank page opened the same way.

    .venv/bin/python benchmarks/bench_view.py BUILD_FOLDER [BUILD_FOLDER ...] [--runs 3]

For each build folder, prints the page's own settle time (from its first script to its first drawn
frame, `data-settle-ms`), the wall time of a headless chromium run that loads it, and that wall time
as a ratio to loading a blank page in the same command. The network is blocked, as in the tests.
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _load(url: str) -> tuple[float, int | None]:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--window-size=1300,900",
           "--virtual-time-budget=5000", "--dump-dom", url]
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    wall = time.perf_counter() - t
    m = re.search(r'data-settle-ms="(\d+)"', out)
    return wall, int(m.group(1)) if m else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("builds", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if CHROMIUM is None:
        print("chromium is not installed (scripts/dev test installs it)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        blank = Path(tmp) / "blank.html"
        blank.write_text("<!DOCTYPE html><html><body>blank</body></html>", encoding="utf-8")
        base = statistics.median(_load(blank.as_uri())[0] for _ in range(args.runs))
    print(f"blank page: {base:.2f} s wall (the baseline)")
    for b in args.builds:
        page = b / "graph.html"
        runs = [_load(page.resolve().as_uri()) for _ in range(args.runs)]
        wall = statistics.median(r[0] for r in runs)
        settle = [r[1] for r in runs if r[1] is not None]
        size = page.stat().st_size / 1e6
        print(f"{b}: settles in {statistics.median(settle) if settle else float('nan'):.0f} ms (page's own clock), "
              f"{wall:.2f} s wall = {wall / base:.2f}x the blank page; {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Time and peak memory of `kg build` on the hostile corpus of issue #13, and on each case of issue #21 (a FIFO,
/dev/zero, a 20 MB article, walls of '&', a user's folder as -o, ...), against the demo corpus as a baseline run
in the same command.

    .venv/bin/python benchmarks/bench_hostile.py          # add --quick to leave out the #13 corpus

The hostile corpus (tests/hostile_corpus.py, big files included: 100 KB with no sentence end, a 60 KB
line, walls of quotation marks, 20,000 nested elements, bad encodings, side-cars and file names) is
written to a temporary folder. Each build runs in its own `kg build` process; its wall time and peak
resident memory (the process's ru_maxrss) are printed, with ratios to the baseline. Targets (#13): the
hostile build under 60 s and 1 GB. Prints figures only; nothing here is a pass/fail test.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile_corpus import BUILD_CASES, write_corpus  # noqa: E402

from kg.pipeline import DEMO_CORPUS  # noqa: E402


def run_kg(*args: object, limit: float = 600) -> tuple[float, float, int]:
    """(wall seconds, peak MB, exit code) of one `kg` process (killed past `limit` s: exit code -9)."""
    script = ("import resource, subprocess, sys, time; t = time.monotonic(); p = subprocess.Popen([sys.executable, "
              "'-m', 'kg.cli', *sys.argv[2:]], stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)\n"
              "try: rc = p.wait(float(sys.argv[1]))\n"
              "except subprocess.TimeoutExpired: p.kill(); rc = p.wait()\n"
              "print(time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, rc)")
    out_text = subprocess.run([sys.executable, "-c", script, str(limit), *map(str, args)], capture_output=True,
                              text=True, check=True).stdout.split()
    return float(out_text[0]), float(out_text[1]), int(out_text[2])


def run_build(inputs: Path, out: Path) -> tuple[float, float, int]:
    """(wall seconds, peak MB, exit code) of one `kg build` process."""
    return run_kg("build", inputs, "-o", out, "-q")


def round_two(tmp: Path, base_t: float, base_m: float) -> None:
    """Each #21 build case in its own `kg build` process (and its second build where it has one)."""
    print("issue #21 cases (each one `kg` process, the second build where there are two; target < 60 s and "
          "< 1024 MB):")
    for i, (name, write) in enumerate(BUILD_CASES.items()):
        root = tmp / f"case{i}"
        root.mkdir()
        case = write(root)
        runs = 2 if case.get("twice") else 1
        for _ in range(runs):
            t, m, rc = run_kg("build", *case["inputs"], "-o", case.get("out", root / "out"), "-q", limit=120)
        print(f"  {name[:58]:58s} {t:6.1f} s ({t / base_t:4.2f}x)  {m:6.0f} MB ({m / base_m:4.2f}x)  exit {rc}"
              f"{'' if t < 60 and m < 1024 else '  NOT within the targets'}")


def _trickler() -> tuple[socket.socket, threading.Event]:
    """A server on 127.0.0.1 that answers a push with headers, then a body of 100,000 bytes at one byte per 0.2 s."""
    srv = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
                while not stop.is_set():
                    conn.sendall(b"X")
                    time.sleep(0.2)
            except OSError:
                pass

    def loop() -> None:
        while not stop.is_set():
            try:
                threading.Thread(target=handle, args=(srv.accept()[0],), daemon=True).start()
            except OSError:
                return

    threading.Thread(target=loop, daemon=True).start()
    return srv, stop


def push_and_serve(build: Path, base_t: float, base_m: float) -> None:
    """`kg push` to a trickling server (deadline 5 s), and `kg serve` sent a short POST body, then SIGTERM."""
    srv, stop = _trickler()
    try:
        t, m, rc = run_kg("push", f"http://127.0.0.1:{srv.getsockname()[1]}/store", "-g", build, "--timeout", "5",
                          limit=120)
    finally:
        stop.set()
        srv.close()
    print(f"  {'kg push --timeout 5 to a server trickling its answer':58s} {t:6.1f} s ({t / base_t:4.2f}x)  "
          f"{m:6.0f} MB ({m / base_m:4.2f}x)  exit {rc}")
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(build), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    port = int(proc.stderr.readline().split("http://127.0.0.1:")[1].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: 500\r\n\r\nASK {}")
        s.shutdown(socket.SHUT_WR)
        status = s.recv(100).split(b"\r\n")[0].decode()
    workers = [int(p) for task in Path(f"/proc/{proc.pid}/task").iterdir()
               for p in (task / "children").read_text().split()]
    peak = int(next(line.split()[1] for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                    if line.startswith("VmHWM:"))) / 1024
    proc.send_signal(signal.SIGTERM)
    rc = proc.wait(timeout=60)
    time.sleep(0.5)
    left = [w for w in workers if Path(f"/proc/{w}").exists()
            and Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
    t = time.monotonic() - started
    print(f"  {'kg serve: a short POST body, then SIGTERM':58s} {t:6.1f} s ({t / base_t:4.2f}x)  "
          f"{peak:6.0f} MB ({peak / base_m:4.2f}x)  exit {rc}; answered {status!r}; "
          f"{len(left)} of {len(workers)} workers left")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kg-hostile-") as tmp:
        base_t, base_m, base_rc = run_build(DEMO_CORPUS, Path(tmp) / "demo-out")
        print(f"baseline (demo corpus, 5 articles): {base_t:6.1f} s  {base_m:7.0f} MB peak  exit {base_rc}")
        round_two(Path(tmp), base_t, base_m)
        push_and_serve(Path(tmp) / "demo-out", base_t, base_m)
        if "--quick" in sys.argv:
            return
        corpus = Path(tmp) / "hostile"
        expect = write_corpus(corpus, big=True)
        size = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file())
        t, m, rc = run_build(corpus, Path(tmp) / "hostile-out")
    print(f"hostile corpus ({len(expect['good']) + len(expect['skipped'])} files, {size / 1e6:.1f} MB, "
          f"{len(expect['skipped'])} to skip): {t:6.1f} s  {m:7.0f} MB peak  exit {rc}")
    print(f"ratio to baseline: time {t / base_t:.2f}x, memory {m / base_m:.2f}x")
    print(f"targets: time < 60 s ({'met' if t < 60 else 'NOT met'}), memory < 1024 MB ({'met' if m < 1024 else 'NOT met'})")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()

"""Issue #21, one test per row of its table: what once hung a build, blew up its memory, lost the user's files,
misread a code page, or left a server's workers running. Each case is a small generated input, run in a real
`kg` process under a timeout, so a hang fails the test instead of stalling the suite."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hostile_corpus import BUILD_CASES, CP1252_TEXT

KG = [sys.executable, "-m", "kg.cli"]
ENV = {**os.environ, "PYTHONWARNINGS": "ignore"}
LIMIT = 60  # seconds a case may take (the bound); past it the test fails


def kg(*args, timeout: float = LIMIT) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=ENV)


def build_case(name: str, root: Path) -> tuple[dict, Path, subprocess.CompletedProcess]:
    case = BUILD_CASES[name](root)
    out = case.get("out", root / "out")
    proc = kg("build", *case["inputs"], "-o", out, "-q")
    return case, out, proc


def articles(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]


def claims(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", [n for n in BUILD_CASES if n != "-o a user's folder holding articles.jsonl"])
def test_each_hostile_build_case_says_one_line_and_builds_the_rest(name, tmp_path):
    case, out, proc = build_case(name, tmp_path)
    assert "Traceback" not in proc.stderr
    for fragment in case["says"]:
        assert sum(fragment in line for line in proc.stderr.splitlines()) == 1, (fragment, proc.stderr)
    assert proc.returncode == (3 if "kg: skipped" in proc.stderr else 0), proc.stderr
    assert len(articles(out)) == case["articles"]
    assert f"{case['articles']} articles" in proc.stdout


def test_special_files_are_never_opened(tmp_path):
    """A FIFO with no writer would block open() for ever: the build finishes, so it was never opened."""
    case, out, proc = build_case("FIFOs, broken links and link loops in a folder", tmp_path)
    skipped = [line for line in proc.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert len(skipped) == 3 and proc.returncode == 3


def test_a_large_file_is_read_only_up_to_the_cap(tmp_path):
    from kg.bounds import MAX_TEXT_BYTES
    from kg.ingest.files import read_capped

    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(3_000_000_000)  # sparse: 3 GB that cost nothing to write
    data, size = read_capped(big, MAX_TEXT_BYTES)
    assert len(data) == MAX_TEXT_BYTES and size == 3_000_000_000
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    with pytest.raises(ValueError, match="character device"):
        read_capped(tmp_path / "zero.txt", 10)


def test_a_character_cut_at_the_byte_cap_is_dropped_not_garbled():
    from kg.ingest.read import decode

    text = "Le maire a déclaré «non» — €5.\n" * 3
    data = text.encode("utf-8")
    cut = data[:data.index("€".encode()) + 1]  # the cap falls inside the euro sign's three bytes
    assert decode(Path("x.txt"), cut, [], partial=True) == text[:text.index("€")]
    data16 = text.encode("utf-16")
    assert decode(Path("x.txt"), data16[:101], [], partial=True) == text[:49]


def test_huge_and_endless_inputs_stay_small(tmp_path):
    case, out, proc = build_case("/dev/zero, a 20 MB article and a 2 GB side-car", tmp_path)
    assert proc.returncode == 3
    huge = next(a for a in articles(out) if a["doc"] == "huge.txt")
    assert huge["chars"] <= 100_000


def test_punctuation_walls_do_not_stall_the_parser_and_offsets_hold(tmp_path):
    case, out, proc = build_case("100,000 '&' in text, 200,000 '&amp;' in HTML", tmp_path)
    assert proc.returncode == 0, proc.stderr
    found = claims(out)
    by_doc = {c["doc"]: c for c in found}
    assert set(by_doc) == {"amps.txt", "amps.html"}
    texts = {"amps.txt": (tmp_path / "in" / "amps.txt").read_text(encoding="utf-8"),
             "amps.html": (out / "text" / "amps.html.txt").read_text(encoding="utf-8")}
    for doc, c in by_doc.items():
        assert texts[doc][c["start"]:c["end"]] == c["content"] and "port would open" in c["content"]


def test_break_runs_keeps_length_and_every_offset():
    from kg.bounds import MAX_PUNCT_RUN, MAX_RUN, break_runs

    url = "https://example.org/" + "a-long-path/" * 15  # 200 characters: a URL is left whole
    for text in ("He said " + "&" * 5000 + " no.", "x " + "!?" * 999 + " y", "'s" * 3000, url, "plain words only"):
        out = break_runs(text)
        assert len(out) == len(text)
        assert all(o == t or o == " " for o, t in zip(out, text))
        assert max(map(len, out.split()), default=0) <= MAX_RUN
        assert all(len(w) <= MAX_PUNCT_RUN for w in out.split() if not any(ch.isalnum() for ch in w))
    assert break_runs(url) == url and break_runs("plain words only") == "plain words only"


def test_an_article_past_its_time_budget_is_reported_and_the_others_are_built(monkeypatch):
    """The budget itself, with an article made slow on purpose (a stand-in for a stall kg does not foresee)."""
    import kg.article
    import kg.bounds
    from kg.ingest import source_from_text
    from kg.nlp import DEFAULT_PIPELINE
    from kg.parallel import run_serial
    from kg.resolve import ArticleExtraction

    real = kg.article.extract_article

    def slow_for_one(source, doc, *, offset=0):
        if source.article.doc == "slow.txt":
            time.sleep(50)
        return real(source, doc, offset=offset)

    good = source_from_text("good.txt", "The mayor said the bridge would reopen on Monday.\n", key="t/good.txt")
    slow = source_from_text("slow.txt", "The coach said the team was ready.\n", key="t/slow.txt")
    run_serial([good], pipeline=DEFAULT_PIPELINE)  # lexicons and the pipeline loaded before the clock starts
    monkeypatch.setattr(kg.bounds, "ARTICLE_SECONDS", 1.0)
    monkeypatch.setattr(kg.article, "extract_article", slow_for_one)
    started = time.monotonic()
    out = run_serial([slow, good], pipeline=DEFAULT_PIPELINE)
    assert time.monotonic() - started < 20
    assert isinstance(out[1], ArticleExtraction) and out[1].claims
    assert "ran past the 1 s budget" in str(out[0]) and "slow.txt" in str(out[0])


def test_the_memory_guard_stops_a_block_that_grows_past_its_budget():
    from kg.bounds import BudgetExceeded, budget

    hoard = []
    with pytest.raises(BudgetExceeded, match="memory budget"):
        with budget(seconds=30, memory_mb=200, every=0.05):
            for _ in range(100):  # up to 2 GB, stopped at 200 MB
                hoard.append(bytearray(20_000_000))
                time.sleep(0.01)
    assert len(hoard) < 40
    del hoard
    with budget(seconds=5, memory_mb=200):  # a block within its budget runs to its end
        x = sum(range(1000))
    assert x == 499500


def test_a_users_folder_is_refused_and_kept_whole(tmp_path):
    case, out, proc = build_case("-o a user's folder holding articles.jsonl", tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and case["says"][0] in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["articles.jsonl", "thesis.tex"]
    assert (out / "articles.jsonl").read_text() == "my own notes\n"


def test_a_kg_build_carries_a_manifest_and_a_file_added_to_it_is_never_deleted(tmp_path):
    from kg.io.manifest import MANIFEST

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("The mayor said the bridge would reopen on Monday.\n")
    out = tmp_path / "out"
    assert kg("build", src, "-o", out, "-q").returncode == 0
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["written_by"] == "kg" and manifest["version"]
    assert sorted(manifest["files"]) == sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                                               if p.is_file() and p.name != MANIFEST)
    assert kg("build", src, "-o", out, "-q").returncode == 0  # its own build: replaced
    (out / "my-notes.txt").write_text("mine")
    proc = kg("build", src, "-o", out, "-q")
    assert proc.returncode == 1 and "holds 1 file kg did not write (first: my-notes.txt)" in proc.stderr
    assert (out / "my-notes.txt").read_text() == "mine"


def test_a_build_of_an_earlier_version_without_manifest_is_replaced_but_not_if_it_holds_more(tmp_path):
    from kg.errors import OutputError
    from kg.io.atomic import atomic_write, replace_folder
    from kg.io.manifest import MANIFEST

    old = tmp_path / "old"
    old.mkdir()
    for name in ("articles.jsonl", "claims.jsonl", "entities.jsonl", "graph.trig", "text/a.html.txt"):
        (old / name).parent.mkdir(exist_ok=True)
        (old / name).write_text("x\n")
    (old / "graph-kursk.html").write_text("a view")
    with replace_folder(old) as new:
        atomic_write(new / "articles.jsonl", "{}\n")
    assert sorted(p.name for p in old.iterdir()) == ["articles.jsonl", MANIFEST]
    (old / MANIFEST).unlink()
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for name in ("articles.jsonl", "claims.jsonl", "entities.jsonl", "budget.xlsx"):
        (mixed / name).write_text("x\n")
    with pytest.raises(OutputError, match="holds 1 file kg does not write .*budget.xlsx"):
        with replace_folder(mixed):
            pass
    assert len(list(mixed.iterdir())) == 4


def test_output_inside_the_input_is_never_read_back(tmp_path):
    case, out, proc = build_case("-o inside the input folder, built twice", tmp_path)
    assert proc.returncode == 0, proc.stderr
    first = sorted(a["doc"] for a in articles(out))
    proc = kg("build", *case["inputs"], "-o", out, "-q")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert sorted(a["doc"] for a in articles(out)) == first == ["good.txt", "page.html"]


def test_windows_1252_with_typographic_marks_is_read_as_windows_1252(tmp_path):
    from kg.ingest.read import decode

    for text in (CP1252_TEXT, "“No,” he said.\n", "Prices rose to €5 – “high”, she said.\n",
                 "He said “yes”. She said ‘no’ — twice … for €10.\n" * 3):
        notes: list[str] = []
        assert decode(Path("x.txt"), text.encode("cp1252"), notes) == text
        assert notes == ["not UTF-8: read as cp1252 (detected)"]
    # and a code page that is not Windows-1252 is still told apart
    cyrillic = "Президент сказал, что война закончилась.\n"
    assert decode(Path("x.txt"), cyrillic.encode("cp1251"), []) == cyrillic
    case, out, proc = build_case("Windows-1252 with curly quotes, dashes and the euro sign", tmp_path)
    said = {c["content"] for c in claims(out)}
    assert any("We will not pay the new toll" in s for s in said), said


# --- push and serve -----------------------------------------------------------------------------------------

def _trickling_server(mode: str):
    """A server on 127.0.0.1 that answers a byte every 0.2 s: in its headers, or in a body it announced."""
    srv = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def handle(conn):
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\n" + (b"Content-Length: 100000\r\n\r\n" if mode == "body" else b""))
                while not stop.is_set():
                    conn.sendall(b"X")
                    time.sleep(0.2)
            except OSError:
                pass

    def loop():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()
    return srv, stop


@pytest.mark.parametrize("mode", ["headers", "body"])
def test_kg_push_ends_at_its_deadline_however_slowly_the_server_answers(demo, mode):
    out, _ = demo
    srv, stop = _trickling_server(mode)
    try:
        started = time.monotonic()
        proc = kg("push", f"http://127.0.0.1:{srv.getsockname()[1]}/store", "-g", out, "--timeout", "2")
        took = time.monotonic() - started
    finally:
        stop.set()
        srv.close()
    assert proc.returncode == 1 and "the push deadline passed" in proc.stderr and "Traceback" not in proc.stderr
    assert took < 30  # the process's start-up plus a 2 s deadline, not the trickle's length


def _children(pid: int) -> set[int]:
    kids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids |= {int(p) for p in (task / "children").read_text().split()}
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_serve(out: Path):
    proc = subprocess.Popen([*KG, "serve", str(out), "--port", "0"], stderr=subprocess.PIPE, text=True, env=ENV)
    line = proc.stderr.readline()
    port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
    return proc, port


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_stopping_kg_serve_stops_its_worker_processes(demo, sig):
    """SIGTERM and SIGINT stop the workers before the server exits; SIGKILL takes them down with it (Linux)."""
    out, _ = demo
    proc, _ = _start_serve(out)
    try:
        workers = _children(proc.pid)
        assert len(workers) >= 1
        proc.send_signal(sig)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "orphaned workers"
    assert "Traceback" not in proc.stderr.read()


def test_a_post_body_shorter_than_its_content_length_gets_400_or_408_and_no_trace(demo):
    out, _ = demo
    proc, port = _start_serve(out)
    try:
        head = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: 500\r\n\r\nASK { ?s ?p ?o }")
        with socket.create_connection(("127.0.0.1", port), timeout=40) as s:  # the client stops writing
            s.sendall(head)
            s.shutdown(socket.SHUT_WR)
            first = s.recv(200)
        with socket.create_connection(("127.0.0.1", port), timeout=40) as s:  # the client stalls
            s.sendall(head)
            second = s.recv(200)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert first.startswith(b"HTTP/1.0 400"), first
    assert second.startswith(b"HTTP/1.0 408"), second
    assert "Traceback" not in proc.stderr.read()


# --- set-up ---------------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def _dev(tmp_path: Path, *, uid: int, apt: str, sudo: str | None = None) -> subprocess.CompletedProcess:
    """scripts/dev's apt_install, run with stand-ins for id, apt-get and sudo on a PATH that holds nothing else."""
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    for tool in ("env", "grep", "tail", "cat", "dirname"):
        os.symlink(subprocess.run(["bash", "-c", f"command -v {tool}"], capture_output=True, text=True).stdout.strip(),
                   bin_ / tool)
    stubs = {"id": f"echo {uid}", "apt-get": apt}
    if sudo is not None:
        stubs["sudo"] = sudo
    for name, body in stubs.items():
        (bin_ / name).write_text(f"#!/bin/bash\n{body}\n")
        (bin_ / name).chmod(0o755)
    script = f"source {ROOT / 'scripts' / 'dev'}; apt_install wordnet-base"
    return subprocess.run(["/bin/bash", "-c", script], capture_output=True, text=True, timeout=LIMIT,
                          env={"PATH": str(bin_), "KG_APT_LOCK_WAIT": "7", "HOME": str(tmp_path)}, stdin=subprocess.DEVNULL)


def test_setup_waits_a_bounded_time_for_the_package_lock(tmp_path):
    log = tmp_path / "apt.log"
    proc = _dev(tmp_path, uid=0, apt=f'echo "$@" >> {log}')
    assert proc.returncode == 0, proc.stderr
    calls = log.read_text().splitlines()
    assert len(calls) == 2 and all("-o DPkg::Lock::Timeout=7" in c for c in calls)
    assert calls[1].endswith("install -y -qq wordnet-base")


def test_setup_says_so_when_the_lock_stays_held(tmp_path):
    proc = _dev(tmp_path, uid=0, apt='echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by '
                                     'process 4242 (apt-get)" >&2; exit 100')
    assert proc.returncode == 1
    assert "another package manager (apt, dpkg, unattended-upgrades) held the package lock for 7 s" in proc.stderr


def test_setup_says_it_needs_root_when_there_is_no_sudo(tmp_path):
    proc = _dev(tmp_path, uid=1000, apt="exit 0")
    assert proc.returncode == 1
    assert "needs root, and sudo is not installed" in proc.stderr and "wordnet-base" in proc.stderr


def test_setup_says_so_when_sudo_wants_a_password_and_cannot_ask(tmp_path):
    proc = _dev(tmp_path, uid=1000, apt="exit 0", sudo='[ "$1" = -n ] && exit 1; exec "$@"')
    assert proc.returncode == 1 and "sudo needs a password with no" in proc.stderr


def test_setup_uses_sudo_when_it_may(tmp_path):
    log = tmp_path / "apt.log"
    proc = _dev(tmp_path, uid=1000, apt=f'echo "$@" >> {log}', sudo='if [ "$1" = -n ]; then shift; "$@"; exit; fi; exec "$@"')
    assert proc.returncode == 0, proc.stderr
    assert len(log.read_text().splitlines()) == 2

"""Crash safety: an output set is replaced whole, a store graph is replaced in one transaction, two builds
never interleave, and a kill (SIGKILL, in a real subprocess) at any moment leaves the old set or the new."""
from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.errors import OutputError
from kg.io.atomic import atomic_write, replace_folder
from kg.pipeline import build

KILLS = 5  # bounded: each round is one subprocess killed at a random moment


@pytest.fixture(scope="module")
def generations(tmp_path_factory):
    """Two builds of one input path with different texts: (folder A, folder B)."""
    root = tmp_path_factory.mktemp("gens")
    src = root / "in" / "story.txt"
    src.parent.mkdir()
    outs = []
    for i, body in enumerate([
        "The harbour master said the dock would reopen on Monday.\nUnion leader Ray Cole said it would not.\n",
        "The finance minister said taxes would fall next year, and the central bank said inflation had peaked.\n"
        "Economist Mia Lund said the forecast was too rosy.\nThe opposition leader said the budget was a fraud.\n",
    ]):
        src.write_text(body)
        build([src.parent], root / f"gen{i}")
        outs.append(root / f"gen{i}")
    return outs


def _generation(out: Path) -> str:
    """Which build a folder holds, checked across formats: every file must agree."""
    arts = [json.loads(l) for l in (out / "articles.jsonl").read_text(encoding="utf-8").split("\n") if l]
    rows = [json.loads(l) for l in (out / "claims.jsonl").read_text(encoding="utf-8").split("\n") if l]
    claims = {r["id"] for r in rows}
    for name in ("graph.trig", "graph.ttl"):
        text = (out / name).read_text(encoding="utf-8")
        assert all(c in text for c in claims), f"{name} is not of the same build as claims.jsonl"
    for name in ("nodes.csv", "graph.gexf", "graph.graphml", "graph.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert all(r["content"][:25] in text for r in rows), f"{name} is not of the same build as claims.jsonl"
    return f"{arts[0]['chars']}:{len(claims)}"


def test_a_failing_write_leaves_the_previous_set_and_no_temporary_files(tmp_path):
    out = tmp_path / "out"
    with replace_folder(out) as new:
        atomic_write(new / "articles.jsonl", "old\n")
    with pytest.raises(RuntimeError):
        with replace_folder(out) as new:
            atomic_write(new / "articles.jsonl", "new\n")
            raise RuntimeError("disk on fire")
    assert (out / "articles.jsonl").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


def test_a_second_build_into_a_held_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    with open(tmp_path / ".out.lock", "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another kg build is writing"):
            with replace_folder(out):
                pass


def test_a_folder_kg_did_not_write_is_never_replaced(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("years of work")
    with pytest.raises(OutputError, match="not a kg build folder"):
        with replace_folder(tmp_path / "mine"):
            pass
    assert (tmp_path / "mine" / "thesis.tex").read_text() == "years of work"


def test_outputs_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        with replace_folder(tmp_path / "out") as new:
            atomic_write(new / "articles.jsonl", "x\n")
    finally:
        os.umask(old)
    assert (tmp_path / "out" / "articles.jsonl").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755


_WRITER = textwrap.dedent("""
    import itertools, sys
    from pathlib import Path
    from kg.export.jsonl import read_records
    from kg.io.atomic import replace_folder
    from kg.pipeline import write_outputs
    gens = [read_records(Path(p)) for p in sys.argv[2:]]
    print("ready", flush=True)
    for r in itertools.cycle(gens):
        with replace_folder(Path(sys.argv[1])) as new:
            write_outputs(r, new)
""")

_STORER = textwrap.dedent("""
    import itertools, sys
    from pathlib import Path
    from kg.export.jsonl import read_records
    from kg.store import add_records
    gens = [read_records(Path(p)) for p in sys.argv[2:]]
    print("ready", flush=True)
    for r in itertools.cycle(gens):
        add_records(Path(sys.argv[1]), r)
""")


def _kill_at_random(script: str, *args: str, rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 1.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def test_a_build_killed_at_any_moment_leaves_one_whole_output_set(generations, tmp_path):
    rng = random.Random(1313)
    out = tmp_path / "out"
    want = {_generation(g) for g in generations}
    assert len(want) == 2
    for _ in range(KILLS):
        _kill_at_random(_WRITER, str(out), *map(str, generations), rng=rng)
        if out.exists():
            assert _generation(out) in want
    with replace_folder(out) as new:  # the next build takes the lock and clears what the kills left
        atomic_write(new / "articles.jsonl", "{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


def test_a_store_write_killed_at_any_moment_holds_each_article_whole(generations, tmp_path):
    import pyoxigraph as ox

    from kg.export.jsonl import read_records
    from kg.rdf import to_dataset

    sizes = [{str(g.identifier): len(g) for g in to_dataset(read_records(p)).graphs() if len(g)} for p in generations]
    graph = next(k for k in sizes[0] if "/graph/a-" in k or ("corpus" not in k and k in sizes[1]))
    assert sizes[0][graph] != sizes[1][graph]
    rng = random.Random(7)
    store_dir = tmp_path / "store"
    for _ in range(KILLS):
        _kill_at_random(_STORER, str(store_dir), *map(str, generations), rng=rng)
        store = ox.Store.read_only(str(store_dir)) if store_dir.exists() else None
        if store is None:
            continue
        n = len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(graph))))
        assert n in (0, sizes[0][graph], sizes[1][graph]), n
        del store

"""`kg query`, `kg trace` and `kg view` read the last build `kg build` wrote when no graph is named, and say which
graph they read."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kg.lastbuild import default_graph, last_build, record


def test_the_record_names_the_last_build_while_it_holds_one(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_LAST_BUILD", str(tmp_path / "state" / "last.json"))
    assert last_build() is None and default_graph(Path("exports/kursk")) == (Path("exports/kursk"), "the demo build")
    build = tmp_path / "mine"
    build.mkdir()
    assert record(build) is None
    assert last_build() is None  # no claims.jsonl: not a build (yet)
    (build / "claims.jsonl").write_text("", encoding="utf-8")
    assert last_build() == build.resolve()
    (tmp_path / "state" / "last.json").write_text("{broken", encoding="utf-8")
    assert last_build() is None


def test_a_record_that_cannot_be_written_is_a_warning_not_a_failure(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KG_LAST_BUILD", str(blocker / "last.json"))
    assert "cannot remember this build" in record(tmp_path)


def test_query_and_trace_read_the_last_build_and_say_so(demo, tmp_path):
    out, _ = demo
    env = {**os.environ, "KG_LAST_BUILD": str(tmp_path / "last.json")}
    (tmp_path / "last.json").write_text(json.dumps({"build": str(out)}), encoding="utf-8")
    q = subprocess.run([sys.executable, "-m", "kg.cli", "query", "disputes", "-f", "csv"], capture_output=True,
                       text=True, env=env, cwd=tmp_path)
    assert q.returncode == 0, q.stderr
    assert f"on {out} (the last build written" in q.stderr and q.stdout.count("\n") > 5
    t = subprocess.run([sys.executable, "-m", "kg.cli", "trace", "Ukraine said"], capture_output=True, text=True,
                       env=env, cwd=tmp_path)
    assert t.returncode == 0, t.stderr
    assert f"kg: trace reads {out} (the last build written" in t.stderr

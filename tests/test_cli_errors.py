"""The CLI never shows a traceback for a user's mistake: one line naming the problem; `--debug` shows the trace."""
from __future__ import annotations

import subprocess
import sys

KG = [sys.executable, "-m", "kg.cli"]


def run(*args, cwd=None):
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_processes_zero_is_a_clean_usage_error(tmp_path):
    p = run("build", "--processes", "0", "-o", str(tmp_path / "o"))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "--processes: '0' is not a whole number of at least 1" in p.stderr


def test_a_missing_input_is_reported_and_the_others_are_built(tmp_path):
    (tmp_path / "ok.txt").write_text("The minister said the bridge would reopen on Monday after repairs.\n")
    p = run("build", str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt"), "-o", str(tmp_path / "o"), "-q")
    assert p.returncode == 3 and "Traceback" not in p.stderr
    assert p.stderr.splitlines() == [f"kg: skipped {tmp_path / 'missing.txt'}: no such file or folder"]
    assert "1 articles" in p.stdout


def test_debug_shows_the_trace_that_is_otherwise_one_line(tmp_path):
    plain = run("build", str(tmp_path / "nothing-here"), "-o", str(tmp_path / "o"))
    assert plain.returncode == 1 and len(plain.stderr.splitlines()) == 1 and "nothing-here" in plain.stderr
    debug = run("--debug", "build", str(tmp_path / "nothing-here"), "-o", str(tmp_path / "o"))
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "nothing-here" in debug.stderr

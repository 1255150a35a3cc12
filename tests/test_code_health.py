"""The package's own code stays clean: no pyflakes finding (unused imports and locals, undefined names)."""
from __future__ import annotations

from pathlib import Path

from pyflakes.api import checkPath
from pyflakes.reporter import Reporter

KG = Path(__file__).resolve().parent.parent / "kg"


class _Collect(Reporter):
    def __init__(self):
        self.lines: list[str] = []

    def unexpectedError(self, filename, msg):
        self.lines.append(f"{filename}: {msg}")

    def syntaxError(self, filename, msg, lineno, offset, text):
        self.lines.append(f"{filename}:{lineno}: {msg}")

    def flake(self, message):
        self.lines.append(str(message))


def test_pyflakes_finds_nothing_in_kg():
    report = _Collect()
    for path in sorted(KG.rglob("*.py")):
        checkPath(str(path), report)
    assert report.lines == []


def test_the_check_sees_a_finding(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef f():\n    x = 1\n    return y\n")
    report = _Collect()
    checkPath(str(bad), report)
    assert any("'os' imported but unused" in line for line in report.lines)
    assert any("undefined name 'y'" in line for line in report.lines)


def test_no_undefined_name_in_tests_benchmarks_or_scripts():
    """A name used but never defined (a helper removed in one branch, still called in another) fails here, not in
    the one test that reaches it."""
    report = _Collect()
    for folder in ("tests", "benchmarks", "scripts"):
        for path in sorted((KG.parent / folder).rglob("*.py")):
            if "node_modules" not in path.parts:
                checkPath(str(path), report)
    assert [line for line in report.lines if "undefined name" in line] == []

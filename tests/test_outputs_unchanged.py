"""A build of the demo writes, byte for byte, the files committed in exports/kursk: a change meant only to make
kg faster or lighter cannot change an output unnoticed.

When an output is meant to change (an extraction rule, a new field), rebuild the committed set with
`bash scripts/dev demo` and commit it with the change. Only GEXF's `lastmodifieddate` (the day it was written)
is set aside.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

EXPORTS = Path(__file__).resolve().parents[1] / "exports" / "kursk"
NAMES = sorted(p.name for p in EXPORTS.iterdir()  # hidden files (the trace index, .trace.sqlite) are not outputs
               if p.is_file() and not p.name.startswith(".")) if EXPORTS.is_dir() else []
_DATE = re.compile(rb'lastmodifieddate="\d{4}-\d{2}-\d{2}"')


def _bytes(path: Path) -> bytes:
    return _DATE.sub(b'lastmodifieddate=""', path.read_bytes())


def test_the_demo_build_writes_every_committed_file_and_no_other(demo):
    out, _ = demo
    assert NAMES, "exports/kursk is missing"
    assert sorted(p.name for p in out.iterdir() if p.is_file() and not p.name.startswith(".")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_each_output_is_the_committed_one(demo, name):
    out, _ = demo
    assert _bytes(out / name) == _bytes(EXPORTS / name), (
        f"{name} differs from exports/kursk/{name}; if the change is meant, rebuild with `bash scripts/dev demo`")

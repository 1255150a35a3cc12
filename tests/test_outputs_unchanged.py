"""A build of the demo writes, byte for byte, the files committed in exports/kursk: a change meant only to make
kg faster or lighter cannot change an output unnoticed.

When an output is meant to change (an extraction rule, a new field), rebuild the committed set with
`bash scripts/dev demo` and commit it with the change. GEXF's `lastmodifieddate` is the newest article's date
(or SOURCE_DATE_EPOCH's day), not the day of the build, so it is compared too: `bash scripts/dev demo` leaves a
clone clean.
"""
from __future__ import annotations

from pathlib import Path

import pytest

EXPORTS = Path(__file__).resolve().parents[1] / "exports" / "kursk"
NAMES = sorted(p.name for p in EXPORTS.iterdir()  # hidden files (the trace index, .trace.sqlite) are not outputs
               if p.is_file() and not p.name.startswith(".")) if EXPORTS.is_dir() else []


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_the_demo_build_writes_every_committed_file_and_no_other(demo):
    out, _ = demo
    assert NAMES, "exports/kursk is missing"
    assert sorted(p.name for p in out.iterdir() if p.is_file() and not p.name.startswith(".")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_each_output_is_the_committed_one(demo, name):
    out, _ = demo
    assert _bytes(out / name) == _bytes(EXPORTS / name), (
        f"{name} differs from exports/kursk/{name}; if the change is meant, rebuild with `bash scripts/dev demo`")

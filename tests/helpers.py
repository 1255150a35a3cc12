"""Helpers tests share (imported as `helpers`: pytest puts tests/ on the path for its conftest)."""
from __future__ import annotations

import json
from pathlib import Path

from kg.extract.claims import extract_claims


def claim_rows(nlp, text: str) -> list[tuple]:
    """Each claim kg extracts from `text`: (claimer name, cue, content as text, quote kind, polarity)."""
    return [(c.claimer.name, c.cue, text[c.start:c.end], c.quote, c.polarity) for c in extract_claims(nlp(text))]


def has_claim(found: list[tuple], claimer: str, content: str, quote=None, cue=None) -> bool:
    """Whether `found` (from `claim_rows`) holds `content` said by a claimer whose name contains `claimer`
    (any case), with that quote kind and cue where they are given."""
    return any(claimer.lower() in c[0].lower() and c[2] == content and (quote is None or c[3] == quote)
               and (cue is None or c[1] == cue) for c in found)


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON Lines output, one a line (blank lines skipped)."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]

"""The JSONL outputs: claims, disputes, entities, articles (the format of the shared scorer)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel

from kg.io.atomic import atomic_file
from kg.model import Records

__all__ = ["read_records", "write_jsonl", "write_records"]


def write_jsonl(path: Path, rows: Iterable[BaseModel | dict]) -> Path:
    """One JSON object per line, written atomically, a line at a time."""
    with atomic_file(path) as f:
        for r in rows:
            obj = r.model_dump(mode="json") if isinstance(r, BaseModel) else r
            f.write((json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8"))
    return Path(path)


def write_records(records: Records, out: Path) -> list[Path]:
    """claims.jsonl, disputes.jsonl, entities.jsonl, articles.jsonl, citations.jsonl, clusters.jsonl and
    mentions.jsonl in `out`."""
    return [
        write_jsonl(out / "claims.jsonl", records.claims),
        write_jsonl(out / "disputes.jsonl", records.disputes),
        write_jsonl(out / "entities.jsonl", records.entities),
        write_jsonl(out / "articles.jsonl", records.articles),
        write_jsonl(out / "citations.jsonl", records.citations),
        write_jsonl(out / "clusters.jsonl", records.clusters),
        write_jsonl(out / "mentions.jsonl", records.mentions),
    ]


def read_records(out: Path) -> Records:
    """The records a build wrote to `out` (for `kg view`, `kg trace` and re-exports)."""
    def load(name: str) -> list[dict]:
        p = Path(out) / name
        if not p.exists():
            return []
        return [json.loads(line) for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]

    return Records(articles=load("articles.jsonl"), entities=load("entities.jsonl"), claims=load("claims.jsonl"),
                   disputes=load("disputes.jsonl"), citations=load("citations.jsonl"),
                   clusters=load("clusters.jsonl"), mentions=load("mentions.jsonl"))

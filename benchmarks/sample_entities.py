"""A seeded random sample of a build's entities, each shown with its mentions in context, to judge by reading.

    .venv/bin/python benchmarks/sample_entities.py BUILD_DIR [--n 50] [--seed 23] [--context 60] [--mentions 4]
    .venv/bin/python benchmarks/sample_entities.py BUILD_DIR --verdicts FILE

BUILD_DIR is the output of `kg build` (it reads `entities.jsonl`, `mentions.jsonl`, `articles.jsonl` and the
article texts under `text/` or the paths `articles.jsonl` names). The sample is drawn with `random.Random(seed)`
from the entities sorted by id, so the same build and seed give the same sample. A named entity is judged right
when it is one real thing (no sentence piece, work, product, event, title or conjunction), its name is whole, its
type is right and every mention shown refers to it; an unnamed source (`anonymous`: "residents", "a senior
official") is right when it is people or a body that speaks in its one article, typed to fit, and every mention
refers to it (a generic description shown as a name, anonymous false, is wrong). `--verdicts FILE` (lines `entity-id<TAB>right|wrong|doubtful<TAB>why`) prints the tally.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

__all__ = ["draw"]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def draw(entities: list[dict], n: int, seed: int) -> list[dict]:
    """`n` entities drawn with `random.Random(seed)` from `entities` sorted by id."""
    pool = sorted(entities, key=lambda e: e["id"])
    return random.Random(seed).sample(pool, min(n, len(pool)))


def _texts(build: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for a in _jsonl(build / "articles.jsonl"):
        for cand in (build / "text" / a.get("doc", ""), Path(a.get("path") or "")):
            if cand.is_file():
                out[a["id"]] = cand.read_text(encoding="utf-8").replace("\r\n", "\n")
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--context", type=int, default=60)
    ap.add_argument("--mentions", type=int, default=4)
    ap.add_argument("--verdicts", type=Path)
    args = ap.parse_args(argv)
    if args.verdicts:
        tally = Counter(line.split("\t")[1] for line in args.verdicts.read_text().splitlines() if "\t" in line)
        print(", ".join(f"{k} {v}" for k, v in tally.most_common()))
        return 0
    sample = draw(_jsonl(args.build / "entities.jsonl"), args.n, args.seed)
    by_entity: dict[str, list[dict]] = defaultdict(list)
    for m in _jsonl(args.build / "mentions.jsonl"):
        by_entity[m["entity_id"]].append(m)
    texts = _texts(args.build)
    for i, e in enumerate(sample, 1):
        print(f"{i:2}. {e['name']} [{e['type']}] {e['id']} mentions={e['mentions']} articles={len(e['articles'])}"
              f"{' anonymous' if e.get('anonymous') else ''} rule={e.get('rule', '')!r}")
        print(f"    aliases: {'; '.join(e['aliases'][:12])}")
        ms = by_entity[e["id"]]
        step = max(1, len(ms) // args.mentions)
        for m in ms[::step][: args.mentions]:
            t = texts.get(m["article"], "")
            left = t[max(0, m["start"] - args.context):m["start"]].replace("\n", " ")
            right = t[m["end"]:m["end"] + args.context].replace("\n", " ")
            print(f"    - {left}[[{m['text']}]]{right}  ({m['kind']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

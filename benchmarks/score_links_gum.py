"""Precision of the pronoun and description links of a kg build, judged by GUM's coreference chains.

    .venv/bin/python benchmarks/score_links_gum.py [GUM_DIR] [--out DIR] [--reuse] [--json] [--show wrong|nogold|all]

Builds GUM's 24 news documents as `score_entities_gum.py` does (or reuses DIR/build with --reuse) and judges
each kg mention of kind pronoun or description: the gold mention it lands on (the same span, else the shortest
gold mention starting where it starts and covering it, else the one ending where it ends that starts nearest)
must belong to a gold chain that one of the kg entity's *name* mentions in that document lands on. Printed per
kind: right, wrong (another chain), nogold (no gold mention there: GUM marks every mention, so mostly a
pronoun that refers to nothing, or a span cut differently), noname (the entity has no name mention matched in
the document: a claimer-made entity, not judged) and precision = right / (right + wrong + nogold).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from score_entities_gum import GUM, build_gum, read_doc  # this folder is on sys.path when run


def _gold_at(doc: dict, start: int, end: int):
    """The gold mention (first, last, type, chain) a kg span lands on, or None."""
    spans = doc["spans"]
    exact = [m for m in doc["mentions"] if (spans[m[0]][0], spans[m[1]][1]) == (start, end)]
    same = [m for m in doc["mentions"] if spans[m[0]][0] == start and spans[m[1]][1] >= end]
    ends = [m for m in doc["mentions"] if spans[m[1]][1] == end]
    if exact or same:
        return min(exact or same, key=lambda m: m[1] - m[0])
    return min(ends, key=lambda m: abs(spans[m[0]][0] - start)) if ends else None


def judge(build: Path, docs: list[dict]) -> tuple[Counter, list[tuple]]:
    """(tally by (kind, verdict), the links judged wrong or nogold with their context)."""
    arts = {Path(a["doc"]).stem: a["id"] for a in
            (json.loads(x) for x in (build / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip())}
    by_art: dict[str, list[dict]] = defaultdict(list)
    for x in (build / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        if x.strip():
            m = json.loads(x)
            by_art[m["article"]].append(m)
    tally: Counter = Counter()
    bad: list[tuple] = []
    for doc in docs:
        found = by_art.get(arts.get(doc["name"], ""), [])
        chains: dict[str, set] = defaultdict(set)
        for m in found:
            g = _gold_at(doc, m["start"], m["end"]) if m["kind"] == "name" else None
            if g is not None:
                chains[m["entity_id"]].add(g[3])
        for m in found:
            if m["kind"] == "name":
                continue
            g = _gold_at(doc, m["start"], m["end"])
            verdict = ("noname" if not chains.get(m["entity_id"]) else "nogold" if g is None else
                       "right" if g[3] in chains[m["entity_id"]] else "wrong")
            tally[(m["kind"], verdict)] += 1
            if verdict in ("wrong", "nogold"):
                text = doc["text"]
                bad.append((verdict, doc["name"], m["entity_id"], text[max(0, m["start"] - 80):m["start"]] +
                            f"[[{text[m['start']:m['end']]}]]" + text[m["end"]:m["end"] + 30]))
    return tally, bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gum", type=Path, nargs="?", default=GUM)
    ap.add_argument("--out", type=Path, help="folder for the texts and the build (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="judge the build already in --out")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", choices=("wrong", "nogold", "all"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        if args.reuse and args.out:
            docs = [read_doc(p, args.gum / "tsv" / f"{p.stem}.tsv")
                    for p in sorted((args.gum / "conll").glob("*.conll"))]
        else:
            docs = build_gum(args.gum, out)
        tally, bad = judge(out / "build", docs)
    result = {}
    for kind in ("pronoun", "description"):
        r, w, n = (tally[(kind, v)] for v in ("right", "wrong", "nogold"))
        result[kind] = {"right": r, "wrong": w, "nogold": n, "noname": tally[(kind, "noname")],
                        "precision": round(r / ((r + w + n) or 1), 3)}
        if not args.json:
            print(f"{kind}: " + ", ".join(f"{k} {v}" for k, v in result[kind].items()))
    if args.json:
        print(json.dumps(result))
    for row in bad if args.show else ():
        if args.show in ("all", row[0]):
            print(" | ".join(row).replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())

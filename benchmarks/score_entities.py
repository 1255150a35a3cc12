"""Entity-cluster precision and recall of a build's `entities.jsonl` against a gold `entities.jsonl`.

    .venv/bin/python benchmarks/score_entities.py GOLD_DIR BUILD_DIR [--json] [--show N]

The gold lists, per article, each entity's canonical name and the surface strings it is mentioned by
(`{"doc", "name", "type", "mentions": [...]}`); one name across articles is one entity. The items scored
are the gold's (article, surface) pairs. Each item's system cluster is the build entity that lists the
article and has that surface as its name or an alias (exact first, then case- and possessive-insensitive);
an item no build entity covers is a singleton of its own (it costs recall, and coverage says how many).

Printed: B-cubed precision / recall / F1 over items (cross-article: two items of the same gold name in
different articles belong together), pairwise precision / recall / F1, mention coverage, and the type
accuracy of covered items. `--show N` lists the worst split and merged gold entities.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

__all__ = ["bcubed", "pairwise", "score"]


def _norm(s: str) -> str:
    s = re.sub(r"[’']s$", "", s.strip()).replace("’", "'")
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def bcubed(gold: dict, pred: dict) -> tuple[float, float]:
    """B-cubed (precision, recall) of `pred` against `gold`, both item -> cluster label over the same items."""
    g_members: dict = defaultdict(set)
    p_members: dict = defaultdict(set)
    for item, c in gold.items():
        g_members[c].add(item)
    for item, c in pred.items():
        p_members[c].add(item)
    p = r = 0.0
    for item in gold:
        both = len(g_members[gold[item]] & p_members[pred[item]])
        p += both / len(p_members[pred[item]])
        r += both / len(g_members[gold[item]])
    n = len(gold) or 1
    return p / n, r / n


def pairwise(gold: dict, pred: dict) -> tuple[float, float]:
    """Pairwise (precision, recall): of item pairs put together by `pred`, how many `gold` puts together, and back."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / ((p + r) or 1)


def score(gold_rows: list[dict], pred_rows: list[dict], doc_of: dict[str, str] | None = None) -> dict:
    """Cluster and type scores of build entities `pred_rows` against gold `gold_rows` (see the module doc).

    `doc_of` maps the article ids entities list to file names (from the build's articles.jsonl).
    """
    doc_of = doc_of or {}
    exact: dict[tuple[str, str], list[dict]] = defaultdict(list)
    loose: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in pred_rows:
        for doc in (doc_of.get(a, a) for a in e.get("articles", [])):
            for s in {e["name"], *e.get("aliases", [])}:
                exact[(doc, s)].append(e)
                loose[(doc, _norm(s))].append(e)
    gold: dict[tuple, str] = {}
    pred: dict[tuple, str] = {}
    types_right = covered = 0
    for row in gold_rows:
        for s in row["mentions"]:
            item = (row["doc"], s, row["name"])
            gold[item] = row["name"]
            cands = exact.get((row["doc"], s)) or loose.get((row["doc"], _norm(s)))
            if cands:
                e = max(cands, key=lambda e: (e.get("mentions", 0), e["id"]))
                pred[item] = e["id"]
                covered += 1
                types_right += e["type"] == row["type"]
            else:
                pred[item] = ("missing",) + item
    bp, br = bcubed(gold, pred)
    pp, pr = pairwise(gold, pred)
    return {"items": len(gold), "coverage": round(covered / (len(gold) or 1), 3),
            "bcubed_p": round(bp, 3), "bcubed_r": round(br, 3), "bcubed_f1": round(_f1(bp, br), 3),
            "pairwise_p": round(pp, 3), "pairwise_r": round(pr, 3), "pairwise_f1": round(_f1(pp, pr), 3),
            "type_accuracy": round(types_right / (covered or 1), 3), "_gold": gold, "_pred": pred}


def _show(result: dict, n: int) -> None:
    gold, pred = result["_gold"], result["_pred"]
    by_gold: dict = defaultdict(Counter)
    by_pred: dict = defaultdict(Counter)
    for item in gold:
        by_gold[gold[item]][pred[item] if isinstance(pred[item], str) else "(missing)"] += 1
        if isinstance(pred[item], str):
            by_pred[pred[item]][gold[item]] += 1
    split = sorted(by_gold.items(), key=lambda kv: -len(kv[1]))[:n]
    merged = sorted(((k, v) for k, v in by_pred.items() if len(v) > 1), key=lambda kv: -len(kv[1]))[:n]
    print("split (gold name -> build entities):")
    for name, c in split:
        if len(c) > 1:
            print(f"  {name}: {dict(c)}")
    print("merged (build entity -> gold names):")
    for eid, c in merged:
        print(f"  {eid}: {dict(c)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("build", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    arts = args.build / "articles.jsonl"
    doc_of = {a["id"]: a["doc"] for a in _jsonl(arts)} if arts.exists() else {}
    result = score(_jsonl(args.gold / "entities.jsonl"), _jsonl(args.build / "entities.jsonl"), doc_of)
    public = {k: v for k, v in result.items() if not k.startswith("_")}
    if args.json:
        print(json.dumps(public))
    else:
        for k, v in public.items():
            print(f"{k}: {v}")
    if args.show:
        _show(result, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train kg's disputes scorer (kg/data/disputes-model.json) on licence-clean annotation, by cross-validation.

    python scripts/train_disputes.py --set NAME BUILD GOLD [--set ...] [--pool BUILD ANNOT_DIR...] -o MODEL

Each set: BUILD is `kg build` of the set's texts (its claims are stage 1's input), GOLD a folder with the gold
`claims.jsonl` and `disputes.jsonl` (../shared/eval/DISPUTES.md). `--pool BUILD A B C` reads annotators' folders
(claims.jsonl, disputes.jsonl, done.txt): an article counts once it is in done.txt (no dispute is an answer), from
the first annotator who finished it. Training pairs are stage 1's candidates, labelled 1 when they link the two
claims of a gold dispute, matched as the shared scorer matches them (score_claims.py, content-token F1 >= .5).

The regularisation and the threshold are chosen by cross-validation grouped by article (no article is in the
training and the test fold at once): the threshold is the lowest whose out-of-fold precision is at least
--precision, counted as the scorer counts it. The model card's figures come from here.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.disagree import pair_rows, sound  # noqa: E402
from kg.disagree.features import FEATURES  # noqa: E402
from kg.disagree.scorer import fit  # noqa: E402
from kg.training import claims_of  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score_claims.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _jsonl(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()] if p.exists() else []


def pool_gold(folders: list[Path], skip: set[str]) -> tuple[list[dict], list[dict], set[str]]:
    """Gold claims, disputes and finished docs of the annotators' folders, each article from its first finisher."""
    claims, disputes, docs = [], [], set()
    for f in folders:
        done = {x.strip() for x in (f / "done.txt").read_text().split() if x.strip()} if (f / "done.txt").exists() else set()
        mine = {d + ".txt" for d in done if d not in skip} - docs
        cs = [c for c in _jsonl(f / "claims.jsonl") if c["doc"] in mine]
        ids = {c["id"] for c in cs}
        claims += cs
        disputes += [d for d in _jsonl(f / "disputes.jsonl") if d["a"] in ids and d.get("b") in ids]
        docs |= mine
    return claims, disputes, docs


def examples(name: str, build: Path, gold_claims: list[dict], gold_disputes: list[dict], docs: set[str] | None):
    """(rows, labels, groups, candidates, gold link count) of one set."""
    sc = _scorer()
    claims = claims_of(build)
    if docs is not None:
        claims = [c for c in claims if c.doc in docs]
    docs = docs if docs is not None else {c["doc"] for c in gold_claims} | {c.doc for c in claims}
    pred = [c.model_dump(include={"id", "doc", "content"}) for c in claims]
    m = sc.match(gold_claims, pred)
    links = {frozenset((m[d["a"]], m[d["b"]])) for d in gold_disputes if d.get("b") and d["a"] in m and d["b"] in m}
    cands, rows, _ = pair_rows(claims)
    by_id = {c.id: c for c in claims}
    from kg.ids import dispute_id
    from kg.model import Dispute

    keep = [i for i, c in enumerate(cands)
            if sound(Dispute(id=dispute_id(c.a.id, c.b.id), a=c.a.id, b=c.b.id, kind=c.kind, reason="."), by_id)]
    y = np.array([int(frozenset((cands[i].a.id, cands[i].b.id)) in links) for i in keep])
    groups = [f"{name}:{cands[i].b.doc}" for i in keep]
    return rows[keep], y, groups, [cands[i] for i in keep], len(gold_disputes), len(links)


def oof(x, y, groups, c: float, l1: bool, folds: int = 5, repeats: int = 5,
        columns: list[str] = FEATURES) -> np.ndarray:
    """Out-of-fold probabilities, averaged over `repeats` random assignments of articles to folds (one split of a
    few dozen disputes is too noisy to choose a threshold on); `columns` names the columns of `x`."""
    from sklearn.model_selection import GroupKFold

    names = sorted(set(groups))
    out = np.zeros(len(y))
    for r in range(repeats):
        order = np.random.default_rng(r).permutation(len(names))
        g = np.array([order[names.index(x)] for x in groups])
        for train, test in GroupKFold(n_splits=folds).split(x, y, g):
            if y[train].sum() == 0:
                continue
            out[test] += fit(x[train], y[train], columns, c=c, l1=l1).probability(x[test], columns) / repeats
    return out


def pr_at(p, y, t, n_gold):
    sel = p >= t
    tp = int((y[sel] == 1).sum())
    return (tp / sel.sum() if sel.sum() else 0.0), tp / max(1, n_gold), int(sel.sum()), tp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", nargs=3, action="append", default=[], metavar=("NAME", "BUILD", "GOLD"))
    ap.add_argument("--pool", nargs="+", metavar="BUILD_THEN_ANNOT_DIRS")
    ap.add_argument("--skip", type=Path, help="a file of article names never to read (held out)")
    ap.add_argument("--precision", type=float, default=0.85)
    ap.add_argument("--repeats", type=int, default=20,
                    help="random assignments of articles to folds averaged (five gave thresholds from .55 to .85)")
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args()
    skip = set(args.skip.read_text().split()) if args.skip else set()
    data = []
    for name, build, gold in args.set:
        g = Path(gold)
        data.append((name,) + examples(name, Path(build), _jsonl(g / "claims.jsonl"), _jsonl(g / "disputes.jsonl"), None))
    if args.pool:
        gc, gd, docs = pool_gold([Path(p) for p in args.pool[1:]], skip)
        data.append(("pool",) + examples("pool", Path(args.pool[0]), gc, gd, docs))
        print(f"pool: {len(docs)} finished articles, {len(gd)} disputes")
    x = np.vstack([d[1] for d in data])
    y = np.concatenate([d[2] for d in data])
    groups = sum((d[3] for d in data), [])
    n_gold = {d[0]: d[5] for d in data}
    print(f"{len(y)} candidate pairs, {int(y.sum())} disputes among them; gold disputes per set: "
          + ", ".join(f"{d[0]} {d[5]} ({d[6]} with both claims matched)" for d in data))
    from sklearn.metrics import average_precision_score

    best = None
    for l1, c in [(False, c) for c in (0.03, 0.1, 0.3, 1.0, 3.0)] + [(True, c) for c in (0.1, 0.3, 1.0)]:
        p = oof(x, y, groups, c, l1, repeats=args.repeats)
        ap_ = average_precision_score(y, p)
        print(f"{'L1' if l1 else 'L2'} C={c}: out-of-fold average precision {ap_:.3f}")
        if best is None or ap_ > best[0]:
            best = (ap_, c, l1, p)
    _, c, l1, p = best
    total = sum(n_gold.values())
    chosen = None
    for t in np.arange(0.3, 0.96, 0.05):
        prec, rec, n, tp = pr_at(p, y, t, total)
        if n and prec >= args.precision and chosen is None:
            chosen = round(float(t), 3)
    chosen = chosen if chosen is not None else 0.9
    curve = {}
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        prec, rec, n, tp = pr_at(p, y, t, total)
        curve[str(t)] = {"predicted": n, "right": tp, "precision": round(prec, 3), "recall": round(rec, 3)}
    print("out of fold, every set together: " + json.dumps(curve))
    figures = {}
    start = 0
    for d in data:
        n = len(d[2])
        prec, rec, k, tp = pr_at(p[start:start + n], d[2], chosen, d[5])
        figures[d[0]] = {"gold_disputes": d[5], "candidates": n, "candidate_recall": round(int(d[2].sum()) / max(1, d[5]), 3),
                         "predicted": k, "right": tp, "precision": round(prec, 3), "recall": round(rec, 3)}
        start += n
    print(f"chosen {'L1' if l1 else 'L2'} C={c}, threshold {chosen}: " + json.dumps(figures))
    model = fit(x, y, FEATURES, c=c, l1=l1, threshold=chosen, meta={
        "trained_on": [d[0] for d in data], "pairs": int(len(y)), "disputes": int(y.sum()), "C": c,
        "fold_assignments": args.repeats,
        "penalty": "l1" if l1 else "l2",
        "cross_validated": figures, "curve": curve, "precision_target": args.precision})
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    for f, w in model.weights()[:12]:
        print(f"  {f:20s} {w:+.3f}")


if __name__ == "__main__":
    main()

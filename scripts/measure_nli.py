"""Does the contradiction head (kg.disagree.nli) pay on news? Two measurements, printed as JSON.

    python scripts/measure_nli.py disputes --set wikinews /tmp/wn WIKINEWS_GOLD --set kursk /tmp/kursk \
        ../shared/gold/kursk --pool /tmp/pool tests/data/wikinews-pool/{A,B,C,D} \
        --skip tests/data/wikinews-pool/heldout.txt
    python scripts/measure_nli.py polnear ../shared/eval/polnear/dev

`disputes`: on the dispute scorer's own training pairs (scripts/train_disputes.py builds them, same arguments),
the ROC AUC of the contradiction probability alone, and the scorer's out-of-fold precision and recall (same
cross-validation, C grid and precision-first threshold as the training script) without and with an added feature
`nli_contradiction` (between the contents, the sentences, or "stance": for a rebuttal, the probability that the
other claim entails the proposition it rejects). `polnear`: the AUC separating gold dispute pairs from the other
pairs of different claimers of one article, on the gold claims (measurement only: nothing is trained or chosen on
it, no text is printed).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_disputes as td  # noqa: E402

from kg.disagree.features import FEATURES  # noqa: E402
from kg.disagree.meaning import embed  # noqa: E402
from kg.disagree.explicit import rejects  # noqa: E402
from kg.disagree.features import proposition_of  # noqa: E402
from kg.disagree.nli import contradiction, load, probabilities  # noqa: E402
from kg.disagree.scorer import fit  # noqa: E402


def auc(y, s) -> float | None:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, s)), 3) if 0 < int(np.sum(y)) < len(y) else None


def oof(x, y, groups, names, c, folds=5):
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        if y[train].sum():
            out[test] = fit(x[train], y[train], names, c=c).probability(x[test], names)
    return out


def scorer_cv(x, y, groups, names, n_gold, precision=0.85) -> dict:
    """The training script's choice (C by out-of-fold average precision, then the lowest threshold on a .05 grid
    with out-of-fold precision >= `precision`) and its figures."""
    from sklearn.metrics import average_precision_score

    best = max(((average_precision_score(y, p), c, p) for c in (0.03, 0.1, 0.3, 1.0, 3.0)
                for p in [oof(x, y, groups, names, c)]), key=lambda t: t[0])
    ap_, c, p = best
    chosen = next((round(float(t), 3) for t in np.arange(0.3, 0.96, 0.05)
                   if (p >= t).sum() and td.pr_at(p, y, t, n_gold)[0] >= precision), 0.9)
    curve = {}
    for t in (chosen, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        prec, rec, n, tp = td.pr_at(p, y, t, n_gold)
        curve[str(t)] = {"predicted": n, "right": tp, "precision": round(prec, 3), "recall": round(rec, 3)}
    return {"C": c, "average_precision": round(float(ap_), 3), "threshold": chosen, "at": curve}


def labelled(args) -> tuple[list, np.ndarray, np.ndarray, list, list, int]:
    """Stage 1's candidate pairs of the `--set` and `--pool` builds, labelled as train_disputes.py labels them:
    (per-set data, features, labels, article groups, candidates, gold disputes in all)."""
    skip = set(args.skip.read_text().split()) if args.skip else set()
    data = []
    for name, build, gold in args.set:
        g = Path(gold)
        data.append((name,) + td.examples(name, Path(build), td._jsonl(g / "claims.jsonl"),
                                         td._jsonl(g / "disputes.jsonl"), None))
    if args.pool:
        gc, gd, docs = td.pool_gold([Path(p) for p in args.pool[1:]], skip)
        data.append(("pool",) + td.examples("pool", Path(args.pool[0]), gc, gd, docs))
    return (data, np.vstack([d[1] for d in data]), np.concatenate([d[2] for d in data]),
            sum((d[3] for d in data), []), sum((d[4] for d in data), []), sum(d[5] for d in data))


def disputes(args) -> dict:
    data, x, y, groups, cands, n_gold = labelled(args)
    out = {"pairs": int(len(y)), "disputes": int(y.sum()), "gold_disputes": n_gold, "auc": {}}
    variants = {"content": [(c.a.content, c.b.content) for c in cands],
                "sentence": [(c.a.sentence, c.b.sentence) for c in cands]}
    nli = {k: np.array(contradiction(v)) for k, v in variants.items()}
    # a rebuttal disputes what it rejects: there, how far the claim entails the rejected proposition
    ent = probabilities([(c.a.content, proposition_of(c.b)) for c in cands])[:, load().classes.index("entailment")]
    nli["stance"] = np.where([rejects(c.b) for c in cands], ent, nli["content"])
    for k, s in nli.items():
        out["auc"][f"nli_{k}"] = auc(y, s)
        out[f"nli_{k}_mean"] = {"disputes": round(float(s[y == 1].mean()), 3),
                                "others": round(float(s[y == 0].mean()), 3),
                                "share_above_half": round(float((s > 0.5).mean()), 3)}
        out["auc"][f"nli_{k}_per_set"] = {}
        start = 0
        for d in data:
            out["auc"][f"nli_{k}_per_set"][d[0]] = auc(d[2], s[start:start + len(d[2])])
            start += len(d[2])
    out["auc"]["sim (MiniLM cosine, for reference)"] = auc(y, x[:, FEATURES.index("sim")])
    out["without"] = scorer_cv(x, y, groups, FEATURES, n_gold)
    for k, s in nli.items():
        out[f"with nli_contradiction ({k})"] = scorer_cv(np.hstack([x, s[:, None]]), y, groups,
                                                         FEATURES + ["nli_contradiction"], n_gold)
    return out


def polnear(folder: Path) -> dict:
    claims = td._jsonl(folder / "claims.jsonl")
    gold = {frozenset((d["a"], d["b"])) for d in td._jsonl(folder / "disputes.jsonl") if d.get("b")}
    by_doc = defaultdict(list)
    for c in claims:
        by_doc[c["doc"]].append(c)
    pairs, y = [], []
    for cs in by_doc.values():
        for i, a in enumerate(cs):
            for b in cs[i + 1:]:
                if a["claimer"].strip().lower() != b["claimer"].strip().lower():
                    pairs.append((a, b))
                    y.append(int(frozenset((a["id"], b["id"])) in gold))
    y = np.array(y)
    s = np.array(contradiction([(a["content"], b["content"]) for a, b in pairs]))
    vec = dict(zip([c["id"] for c in claims], embed([c["content"] for c in claims])))
    sim = np.array([float(vec[a["id"]] @ vec[b["id"]]) for a, b in pairs])
    near = sim >= np.quantile(sim, 0.9)
    return {"pairs": int(len(y)), "gold_pairs_among_them": int(y.sum()), "gold_disputes": len(gold),
            "auc_nli": auc(y, s), "nli_mean_gold": round(float(s[y == 1].mean()), 3),
            "nli_mean_others": round(float(s[y == 0].mean()), 3), "auc_cosine (reference)": auc(y, sim),
            "auc_nli_among_top_decile_similarity": auc(y[near], s[near]), "top_decile_pairs": int(near.sum()),
            "gold_in_top_decile": int(y[near].sum())}


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="what", required=True)
    d = sub.add_parser("disputes")
    d.add_argument("--set", nargs=3, action="append", default=[], metavar=("NAME", "BUILD", "GOLD"))
    d.add_argument("--pool", nargs="+", metavar="BUILD_THEN_ANNOT_DIRS")
    d.add_argument("--skip", type=Path)
    p = sub.add_parser("polnear")
    p.add_argument("folder", type=Path)
    args = ap.parse_args()
    print(json.dumps(disputes(args) if args.what == "disputes" else polnear(args.folder), indent=1))


if __name__ == "__main__":
    main()

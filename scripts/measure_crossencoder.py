"""Does the fine-tuned contradiction cross-encoder (kg.disagree.crossencoder) pay on news? Printed as JSON.

    python scripts/measure_crossencoder.py disputes --model M.onnx --set wikinews /tmp/wn WIKINEWS_GOLD \
        --set kursk /tmp/kursk ../shared/gold/kursk --pool /tmp/pool tests/data/wikinews-pool/{A,B,C,D} \
        --skip tests/data/wikinews-pool/heldout.txt
    python scripts/measure_crossencoder.py disputes --model M.onnx --set polnear /tmp/polnear ../shared/eval/polnear/dev \
        --auc-only

`disputes`: on stage 1's candidate pairs of the builds (labelled as scripts/train_disputes.py labels them), the ROC
AUC of each variant of the model's signal, over all pairs and per candidate rule, then the scorer's out-of-fold
figures (train_disputes.py's cross-validation: 5 folds grouped by article, 5 repeats, its C grid and precision-first
threshold rule) without and with each variant added as a feature. Variants: `content`, P(contradiction) between the
two claims' contents (mean of both orders); `sentence`, the same between their sentences; `stance`, for a rebuttal
the P(entailment) of the proposition it rejects by the other claim, else `content`; `contra_prop`, P(contradiction)
between the other claim and what the rebuttal rejects, 1 - that for a rebuttal (a rebuttal agrees with nothing it
rejects). `--auc-only` measures without training anything (PolNeAR: measurement only, nothing chosen on it).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_disputes as td  # noqa: E402
from measure_nli import labelled  # noqa: E402

from kg.disagree import crossencoder as ce  # noqa: E402
from kg.disagree.explicit import rejects  # noqa: E402
from kg.disagree.features import FEATURES, proposition_of  # noqa: E402


def auc(y, s) -> float | None:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, s)), 3) if 0 < int(np.sum(y)) < len(y) else None


def variants(cands, model: str | None) -> dict[str, np.ndarray]:
    reb = np.array([rejects(c.b) for c in cands])
    content = ce.contradiction([(c.a.content, c.b.content) for c in cands], path=model)
    sentence = ce.contradiction([(c.a.sentence, c.b.sentence) for c in cands], path=model)
    props = [(c.a.content, proposition_of(c.b)) for c in cands]
    probs = ce.probabilities(props, path=model)
    names = ce.classes(model)
    ent, con = probs[:, names.index("entailment")], probs[:, names.index(ce._CONTRADICTION)]
    return {"content": content, "sentence": sentence, "stance": np.where(reb, ent, content),
            "contra_prop": np.where(reb, 1 - con, con)}


def scorer_cv(x, y, groups, names, n_gold, precision=0.85) -> dict:
    from sklearn.metrics import average_precision_score

    best = None
    for l1, c in [(False, c) for c in (0.03, 0.1, 0.3, 1.0, 3.0)] + [(True, c) for c in (0.1, 0.3, 1.0)]:
        p = td.oof(x, y, groups, c, l1, columns=names)
        ap_ = average_precision_score(y, p)
        if best is None or ap_ > best[0]:
            best = (ap_, c, l1, p)
    ap_, c, l1, p = best
    chosen = next((round(float(t), 3) for t in np.arange(0.3, 0.96, 0.05)
                   if (p >= t).sum() and td.pr_at(p, y, t, n_gold)[0] >= precision), 0.9)
    curve = {}
    for t in (chosen, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        prec, rec, n, tp = td.pr_at(p, y, t, n_gold)
        curve[str(round(t, 3))] = {"predicted": n, "right": tp, "precision": round(prec, 3), "recall": round(rec, 3)}
    return {"penalty": "l1" if l1 else "l2", "C": c, "average_precision": round(float(ap_), 3),
            "threshold": chosen, "at": curve}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["disputes"])
    ap.add_argument("--model", help="the ONNX model (default: the one kg ships)")
    ap.add_argument("--set", nargs=3, action="append", default=[], metavar=("NAME", "BUILD", "GOLD"))
    ap.add_argument("--pool", nargs="+", metavar="BUILD_THEN_ANNOT_DIRS")
    ap.add_argument("--skip", type=Path)
    ap.add_argument("--auc-only", action="store_true")
    ap.add_argument("--cv", nargs="*", default=None, metavar="VARIANT",
                    help="cross-validate the scorer with only these variants (default: all), and without")
    args = ap.parse_args()
    data, x, y, groups, cands, n_gold = labelled(args)
    out: dict = {"pairs": int(len(y)), "disputes": int(y.sum()), "gold_disputes": n_gold, "auc": {}, "per_rule": {}}
    s = variants(cands, args.model)
    rules = np.array([c.rule for c in cands])
    for k, v in list(s.items()) + [("sim (MiniLM cosine, reference)", x[:, FEATURES.index("sim")])]:
        out["auc"][k] = auc(y, v)
        out["per_rule"][k] = {}
        for r in sorted(set(rules)):
            m = rules == r
            out["per_rule"][k][r] = {"pairs": int(m.sum()), "disputes": int(y[m].sum()), "auc": auc(y[m], v[m])}
        start = 0
        out["auc"][k + " per set"] = {}
        for d in data:
            out["auc"][k + " per set"][d[0]] = auc(d[2], v[start:start + len(d[2])])
            start += len(d[2])
    for k, v in s.items():
        out[f"mean {k}"] = {"disputes": round(float(v[y == 1].mean()), 3), "others": round(float(v[y == 0].mean()), 3)}
    if not args.auc_only:
        out["scorer without"] = scorer_cv(x, y, groups, FEATURES, n_gold)
        for k, v in s.items():
            if args.cv and k not in args.cv:
                continue
            out[f"scorer with ce_{k}"] = scorer_cv(np.hstack([x, v[:, None]]), y, groups, FEATURES + [f"ce_{k}"], n_gold)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

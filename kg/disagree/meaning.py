"""Sentence meaning: all-MiniLM-L6-v2 sentence embeddings, run offline with onnxruntime and tokenizers.

The model ships inside kg (`kg/data/minilm/`: int8 ONNX and its tokenizer, Apache-2.0, see the README there);
`scripts/export_minilm.py` made it. It is loaded once per process, on first use; only candidate claims are
embedded: mean of the token vectors under the attention mask, L2-normalised, as sentence-transformers does, so the
dot product of two embeddings is their cosine similarity.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

__all__ = ["MODEL_DIR", "embed", "similarity"]

MODEL_DIR = Path(str(resources.files("kg") / "data" / "minilm"))
_MAX_TOKENS = 128  # claims are a sentence or two; the model was trained on up to 128 word pieces
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model():
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    tok.enable_truncation(_MAX_TOKENS)
    tok.no_padding()
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = 1  # one short text per run: the texts are spread over the cores instead
    sess = ort.InferenceSession(str(MODEL_DIR / "minilm-int8.onnx"), opts, providers=["CPUExecutionProvider"])
    return tok, sess


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors (n x 384) for `texts`, in order.

    Tokenised in one batch, but run one text at a time: the int8 model quantises its activations per run, so a
    text's vector would otherwise depend on the others in its batch (and a claim's score on the rest of the build).
    """
    out = np.zeros((len(texts), 384), dtype=np.float32)
    if not texts:
        return out
    with _lock:
        tok, sess = _model()
        encoded = tok.encode_batch([t or "." for t in texts])

        def one(i: int) -> None:
            ids = np.array([encoded[i].ids], dtype=np.int64)
            out[i] = sess.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]

        with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
            list(pool.map(one, range(len(texts))))
    return out


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts' embeddings."""
    e = embed([a, b])
    return float(e[0] @ e[1])

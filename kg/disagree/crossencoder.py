"""Contradiction between two texts read together: MiniLM-L6 fine-tuned on SNLI as a cross-encoder, int8 ONNX.

Both texts go into one input (`[CLS] premise [SEP] hypothesis [SEP]`, the WordPiece tokenizer kg already ships in
`kg/data/minilm/`), and the model gives the probabilities of entailment, neutral and contradiction. It was made by
`scripts/train_crossencoder.py` and `scripts/export_crossencoder.py`; its figures and licence (CC BY-SA 4.0, since
SNLI is) are in `kg/data/NLI-MODEL.md`. The ONNX file names its classes in its metadata. onnxruntime and tokenizers
only: no torch at run time. The session is opened once per process; pairs are tokenised in one batch and run one at
a time over a few threads, since the int8 model quantises its activations per run and a pair's probability would
otherwise depend on the pairs beside it (and a build's output on the rest of the build).

Measured on news it does not pay as a dispute feature (kg/data/NLI-MODEL.md): kg ships no such model, it is not part
of `kg build`, and `scripts/measure_crossencoder.py` reads a model by its path.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from kg.errors import KGError
from kg.model import DisputeKind

__all__ = ["DEFAULT_MODEL", "classes", "contradiction", "entailment", "probabilities"]

DEFAULT_MODEL = Path(str(resources.files("kg") / "data" / "crossencoder-int8.onnx"))
TOKENIZER = Path(str(resources.files("kg") / "data" / "minilm" / "tokenizer.json"))
_CONTRADICTION = DisputeKind.CONTRADICTION.value  # SNLI's label, which kg's dispute kind is named after
_MAX_TOKENS = 128  # both texts together, the longer one cut first
_lock = threading.Lock()


@lru_cache(maxsize=4)
def _model(path: str | None):
    import onnxruntime as ort
    from tokenizers import Tokenizer

    p = Path(path) if path else DEFAULT_MODEL
    if not p.is_file():
        raise KGError(f"{p}: no contradiction model there (scripts/export_crossencoder.py makes one)")
    tok = Tokenizer.from_file(str(TOKENIZER))
    tok.enable_truncation(_MAX_TOKENS)
    tok.no_padding()
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = 1  # one short pair per run: the pairs are spread over the cores instead
    try:
        sess = ort.InferenceSession(str(p), opts, providers=["CPUExecutionProvider"])
    except Exception as e:  # onnxruntime raises its own exception types for a file that is not a model
        raise KGError(f"{p}: not an ONNX model ({type(e).__name__})") from None
    names = sess.get_modelmeta().custom_metadata_map.get("classes", "")
    labels = names.split(",") if names else []
    if len(labels) != 3 or _CONTRADICTION not in labels or "entailment" not in labels:
        raise KGError(f"{p}: not a kg contradiction model (its metadata names no entailment/neutral/contradiction)")
    return tok, sess, labels


def classes(path: str | None = None) -> list[str]:
    """The model's classes, in the order of `probabilities`' columns."""
    return list(_model(path)[2])


def probabilities(pairs: list[tuple[str, str]], *, path: str | None = None) -> np.ndarray:
    """P(class) for each (premise, hypothesis), columns in the order of `classes()`."""
    out = np.zeros((len(pairs), 3), dtype=np.float64)
    if not pairs:
        return out
    with _lock:
        tok, sess, _ = _model(path)
        encoded = tok.encode_batch([(p or ".", h or ".") for p, h in pairs])

        def one(i: int) -> None:
            e = encoded[i]
            ids = np.array([e.ids], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": np.ones_like(ids),
                    "token_type_ids": np.array([e.type_ids], dtype=np.int64)}
            z = sess.run(None, feed)[0][0].astype(np.float64)
            z = np.exp(z - z.max())
            out[i] = z / z.sum()

        with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
            list(pool.map(one, range(len(pairs))))
    return out


def contradiction(pairs: list[tuple[str, str]], *, path: str | None = None) -> np.ndarray:
    """P(contradiction) of each pair, the mean of both orders (two claims have no premise)."""
    if not pairs:
        return np.zeros(0)
    c = classes(path).index(_CONTRADICTION)
    both = probabilities(list(pairs) + [(h, p) for p, h in pairs], path=path)[:, c]
    return (both[:len(pairs)] + both[len(pairs):]) / 2


def entailment(pairs: list[tuple[str, str]], *, path: str | None = None) -> np.ndarray:
    """P(entailment) of each (premise, hypothesis), in that order only."""
    if not pairs:
        return np.zeros(0)
    return probabilities(pairs, path=path)[:, classes(path).index("entailment")]

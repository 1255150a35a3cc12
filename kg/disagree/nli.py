"""Contradiction between two texts: a small head on frozen MiniLM sentence embeddings, trained on SNLI.

For a pair (premise, hypothesis) the head reads the two sentence embeddings u, v of `kg.disagree.meaning`
(all-MiniLM-L6-v2, int8 ONNX) as [u, v, |u - v|, u * v] together with a few lexical signals (negation on one side
only, a WordNet antonym across the two, word overlap), and gives the probabilities of entailment, neutral and
contradiction by a multinomial logistic regression. It is stored as plain JSON (`kg/data/nli-head.json`, made by
`scripts/train_nli.py`, described with its figures and its licence, CC BY-SA 4.0, in `kg/data/NLI-MODEL.md`), read
once per process; no torch at run time.

Measured on news it does not pay as a dispute feature (see the model card): it is not part of `kg build`.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from kg.disagree.scorer import read_model
from kg.errors import KGError
from kg.model import DisputeKind

__all__ = ["DEFAULT_HEAD", "LEXICAL", "Head", "contradiction", "load", "pair_features", "probabilities"]

DEFAULT_HEAD = Path(str(resources.files("kg") / "data" / "nli-head.json"))
LEXICAL = ["neg_premise", "neg_hypothesis", "neg_differs", "antonym", "overlap", "new_words"]
_KIND = "kg nli head"
_CONTRADICTION = DisputeKind.CONTRADICTION.value  # SNLI's label, which kg's dispute kind is named after
_NEG = re.compile(r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without|cannot)\b|n['’]t\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_STOP = frozenset("a an the of in on at to for and or but is are was were be been being it its this that these "
                  "those with by from as has have had do does did he she they them his her their there here".split())
_ANTONYM_POS = ("ADJ", "VERB", "NOUN")


def _words(s: str) -> list[str]:
    return [w for w in _WORD.findall(s.lower()) if w not in _STOP]


@lru_cache(maxsize=50000)
def _antonyms(word: str) -> frozenset[str]:
    from kg.lexicon.wordnet import antonyms

    out: set[str] = set()
    for pos in _ANTONYM_POS:
        out |= antonyms(word, pos)
    return frozenset(out)


@lru_cache(maxsize=50000)
def _bases(word: str) -> frozenset[str]:
    """The word and its WordNet base forms as adjective, verb and noun ("won" -> "win", "lost" -> "lose")."""
    from kg.lexicon.wordnet import _reader

    wn = _reader()
    return frozenset({word} | {b for p in ("a", "v", "n") if (b := wn.morphy(word, p))})


def lexical(premise: str, hypothesis: str) -> list[float]:
    """The LEXICAL signals of one pair, in order."""
    neg_p, neg_h = bool(_NEG.search(premise)), bool(_NEG.search(hypothesis))
    wp, wh = set(_words(premise)), set(_words(hypothesis))
    bp = set().union(*(_bases(w) for w in wp if len(w) > 2))
    antonym = any(_antonyms(b) & bp for w in wh if len(w) > 2 for b in _bases(w))
    new = wh - wp
    return [float(neg_p), float(neg_h), float(neg_p != neg_h), float(antonym),
            len(wh & wp) / max(1, len(wh)), math.log1p(len(new))]


def pair_features(u: np.ndarray, v: np.ndarray, lex: np.ndarray) -> np.ndarray:
    """Rows [u, v, |u - v|, u * v, lexical] for premise vectors u and hypothesis vectors v (n x 384 each)."""
    return np.hstack([u, v, np.abs(u - v), u * v, lex]).astype(np.float64)


class Head:
    """The stored head: standardisation then a multinomial logistic regression."""

    def __init__(self, d: dict, source: str):
        try:
            if d.get("kind") != _KIND:
                raise ValueError("not a kg nli head")
            self.classes = [str(c) for c in d["classes"]]
            self.mean = np.asarray(d["mean"], dtype=np.float64)
            self.scale = np.asarray(d["scale"], dtype=np.float64)
            self.coef = np.asarray(d["coef"], dtype=np.float64)
            self.intercept = np.asarray(d["intercept"], dtype=np.float64)
            if d["lexical"] != LEXICAL or self.coef.shape != (len(self.classes), len(self.mean)) \
                    or self.scale.shape != self.mean.shape or self.intercept.shape != (len(self.classes),):
                raise ValueError("its features or shapes do not match this kg")
            self.contradiction = self.classes.index(_CONTRADICTION)
        except (KeyError, TypeError, ValueError) as e:
            raise KGError(f"{source}: not a kg nli head ({e})") from None
        self.meta = dict(d.get("meta") or {})

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Head:
    """The head stored at `path` (the shipped one by default), read once per process."""
    p = Path(path) if path else DEFAULT_HEAD
    return Head(read_model(p, "the nli head"), str(p))


def _vectors(texts: list[str], batch: int) -> dict[str, np.ndarray]:
    from kg.disagree.meaning import embed

    unique = list(dict.fromkeys(texts))
    out: dict[str, np.ndarray] = {}
    for i in range(0, len(unique), batch):
        chunk = unique[i:i + batch]
        out.update(zip(chunk, embed(chunk)))
    return out


def probabilities(pairs: list[tuple[str, str]], *, batch: int = 256, path: str | None = None) -> np.ndarray:
    """P(class) for each (premise, hypothesis), columns in the order of the head's `classes`."""
    head = load(path)
    if not pairs:
        return np.zeros((0, len(head.classes)))
    vec = _vectors([t for pair in pairs for t in pair], batch)
    u = np.stack([vec[p] for p, _ in pairs])
    v = np.stack([vec[h] for _, h in pairs])
    lex = np.array([lexical(p, h) for p, h in pairs], dtype=np.float64)
    return head.probabilities(pair_features(u, v, lex))


def contradiction(pairs: list[tuple[str, str]], *, batch: int = 256, path: str | None = None) -> list[float]:
    """P(contradiction) of each pair of texts, the mean of both orders (two claims have no premise)."""
    if not pairs:
        return []
    c = load(path).contradiction
    both = probabilities(list(pairs) + [(h, p) for p, h in pairs], batch=batch, path=path)[:, c]
    n = len(pairs)
    return [float(x) for x in (both[:n] + both[n:]) / 2]

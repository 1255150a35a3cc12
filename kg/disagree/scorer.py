"""Stage 2 of disagreement: a logistic regression over `kg.disagree.features`, stored as plain JSON.

The shipped model (`kg/data/disputes-model.json`, made by `scripts/train_disputes.py`, described in
`kg/data/DISPUTES-MODEL.md`) holds the feature names, the standardisation, the coefficients and the threshold chosen
for precision by cross-validation. `probability` gives a calibrated probability that a candidate is a dispute.
`fit` (scikit-learn, needed only to train) refits it on labelled pairs: `kg train`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from kg.errors import KGError
from kg.rules import RuleName

__all__ = ["DEFAULT_MODEL", "Scorer", "ScorerRule", "fit", "load"]


class ScorerRule(RuleName):
    """What decided a dispute (a Dispute's `rule` says "scorer: <this> p=..."): the model, or a rule's own score."""

    LOGISTIC = "logistic"
    RULE_SCORE = "rule score"

DEFAULT_MODEL = Path(str(resources.files("kg") / "data" / "disputes-model.json"))


@dataclass
class Scorer:
    features: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    threshold: float
    meta: dict = field(default_factory=dict)

    def probability(self, rows: np.ndarray, names: list[str]) -> np.ndarray:
        """P(dispute) for each row of `rows`, whose columns are `names` (a model trained on fewer reads fewer)."""
        if len(rows) == 0:
            return np.zeros(0)
        col = {n: i for i, n in enumerate(names)}
        missing = [f for f in self.features if f not in col]
        if missing:
            raise KGError(f"the disputes model needs features kg does not compute: {', '.join(missing)}")
        x = rows[:, [col[f] for f in self.features]]
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale) @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> str:
        return json.dumps({"kind": "kg disputes scorer", "version": 1, "features": self.features,
                           "mean": self.mean, "scale": self.scale, "coef": self.coef, "intercept": self.intercept,
                           "threshold": self.threshold, "meta": self.meta}, indent=1)

    def weights(self) -> list[tuple[str, float]]:
        """Features by the weight they carry (coefficient on the standardised feature), largest first."""
        return sorted(zip(self.features, self.coef), key=lambda fw: -abs(fw[1]))


def _from_dict(d: dict, source: str) -> Scorer:
    try:
        if d.get("kind") != "kg disputes scorer":
            raise ValueError("not a kg disputes model")
        n = len(d["features"])
        if not (len(d["mean"]) == len(d["scale"]) == len(d["coef"]) == n):
            raise ValueError("its feature, mean, scale and coefficient lists differ in length")
        return Scorer([str(f) for f in d["features"]], [float(x) for x in d["mean"]],
                      [float(x) or 1.0 for x in d["scale"]], [float(x) for x in d["coef"]], float(d["intercept"]),
                      float(d["threshold"]), dict(d.get("meta") or {}))
    except (KeyError, TypeError, ValueError) as e:
        raise KGError(f"{source}: not a kg disputes model ({e})") from None


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Scorer:
    """The scorer stored at `path` (the shipped one by default), read once per process."""
    p = Path(path) if path else DEFAULT_MODEL
    return _from_dict(read_model(p, "the disputes model"), str(p))


def read_model(p: Path, what: str) -> dict:
    """A model stored as JSON at `p`, or KGError naming the file and `what` it should have been."""
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise KGError(f"{p}: cannot read {what} ({type(e).__name__}: {e})") from None


def _regression(c: float, l1: bool):
    import sklearn
    from sklearn.linear_model import LogisticRegression

    if not l1:
        return LogisticRegression(C=c, max_iter=2000)
    major, minor = (int(x) for x in sklearn.__version__.split(".")[:2])
    if (major, minor) >= (1, 8):  # `penalty` is deprecated from 1.8: the L1 share says it
        return LogisticRegression(C=c, l1_ratio=1.0, solver="liblinear", max_iter=3000)
    return LogisticRegression(C=c, penalty="l1", solver="liblinear", max_iter=3000)


def fit(x: np.ndarray, y: np.ndarray, names: list[str], *, c: float = 1.0, l1: bool = False, threshold: float = 0.5,
        meta: dict | None = None) -> Scorer:
    """A logistic regression of `y` (0/1) on the standardised columns of `x` (named `names`); `l1` for a sparse one
    (most features get no weight)."""
    if len(set(int(v) for v in y)) < 2:
        raise KGError("training needs both disputes and non-disputes among the labelled pairs")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = _regression(c, l1)
    model.fit((x - mean) / scale, y)
    return Scorer(list(names), [float(v) for v in mean], [float(v) for v in scale],
                  [float(v) for v in model.coef_[0]], float(model.intercept_[0]), float(threshold), dict(meta or {}))

"""SNLI pairs as the contradiction-model scripts read them (train_nli.py, train_crossencoder.py); no kg imports, so
the scratch environment that fine-tunes the cross-encoder can use it too.

SNLI (Bowman et al., 2015) is CC BY-SA 4.0: anything trained on it carries that licence (kg/data/NLI-MODEL.md).
"""
from __future__ import annotations

import json
from pathlib import Path

CLASSES = ["entailment", "neutral", "contradiction"]


def read(path: Path) -> list[tuple[str, str, int]]:
    """(premise, hypothesis, label index) of the pairs with a gold label."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("gold_label") in CLASSES:
            out.append((r["sentence1"], r["sentence2"], CLASSES.index(r["gold_label"])))
    return out

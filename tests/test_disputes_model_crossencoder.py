"""The contradiction cross-encoder (kg.disagree.crossencoder): what a user relies on when it scores two claims.

Pairs are invented here, from several domains. kg ships no such model (it did not pay on news: kg/data/NLI-MODEL.md),
so the model-dependent tests run on the file KG_CROSSENCODER names (made by scripts/export_crossencoder.py), or on
kg/data/crossencoder-int8.onnx should one ever ship; the error tests always run.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from kg.disagree import crossencoder as ce
from kg.errors import KGError

MODEL = os.environ.get("KG_CROSSENCODER") or str(ce.DEFAULT_MODEL)
needs_model = pytest.mark.skipif(not Path(MODEL).is_file(), reason="no cross-encoder model shipped or named")

CONTRADICTIONS = [
    ("The home team won the cup final on Saturday.", "The home team lost the cup final on Saturday."),
    ("The bridge over the river was reopened to traffic this morning.",
     "The bridge over the river is still closed to all traffic."),
    ("The patient is alive and recovering in hospital.", "The patient died in hospital."),
    ("The factory is open and the workers are inside.", "The factory is closed and nobody is inside it."),
]
ENTAILMENTS = [
    ("A pianist is performing a concerto in front of a large audience.", "Someone is playing music."),
    ("Two firefighters are carrying a hose into a burning building.", "People are near a fire."),
    ("The council voted to build three new schools in the northern district.", "The council held a vote."),
]
UNRELATED = [
    ("The central bank left interest rates unchanged.", "A cat sleeps on a sunny windowsill."),
    ("Farmers harvested a record wheat crop this autumn.", "The orchestra tuned its instruments."),
]


def test_a_missing_model_is_one_clear_error(tmp_path):
    missing = tmp_path / "none.onnx"
    with pytest.raises(KGError, match="none.onnx"):
        ce.probabilities([("a", "b")], path=str(missing))


def test_a_file_that_is_not_a_model_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"this is not an onnx graph")
    with pytest.raises(KGError, match="bad.onnx"):
        ce.probabilities([("a", "b")], path=str(bad))


def test_no_pairs_no_work():
    assert ce.contradiction([], path="/nonexistent/model.onnx").shape == (0,)


@needs_model
def test_entailments_are_read_as_entailments():
    p = ce.probabilities(ENTAILMENTS, path=MODEL)
    names = ce.classes(MODEL)
    assert [names[i] for i in p.argmax(1)] == ["entailment"] * len(ENTAILMENTS)
    assert p[:, names.index(ce._CONTRADICTION)].max() < 0.1


@needs_model
def test_a_contradiction_scores_above_every_entailment():
    # one order (premise first): the model card reads the other order and unrelated pairs, where it fails on news
    con = ce.probabilities(CONTRADICTIONS, path=MODEL)[:, ce.classes(MODEL).index(ce._CONTRADICTION)]
    ent = ce.probabilities(ENTAILMENTS, path=MODEL)[:, ce.classes(MODEL).index(ce._CONTRADICTION)]
    assert con.min() > 3 * ent.max()
    assert ce.entailment(UNRELATED, path=MODEL).max() < 0.1


@needs_model
def test_a_pairs_score_does_not_depend_on_the_pairs_beside_it_nor_on_its_order():
    alone = ce.contradiction(CONTRADICTIONS[:1], path=MODEL)
    together = ce.contradiction(CONTRADICTIONS + ENTAILMENTS + UNRELATED, path=MODEL)
    assert alone[0] == together[0]
    swapped = ce.contradiction([(h, p) for p, h in CONTRADICTIONS[:1]], path=MODEL)
    assert np.isclose(swapped[0], alone[0])

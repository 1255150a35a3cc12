"""The learned disputes scorer: plain JSON, refitted by `kg train`, used by `kg build --disputes-model`."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from kg.disagree.features import FEATURES
from kg.disagree.scorer import DEFAULT_MODEL, fit, load
from kg.errors import KGError

PAIRS = [
    ("The ministry said the bridge was safe.", "Engineers denied that the bridge was safe.", 1),
    ("The club said the striker signed a new contract.", "The striker's agent denied that he signed a contract.", 1),
    ("The union said the factory would close in June.", "The company dismissed these claims.", 1),
    ("Police said two officers were held by protesters.", "The protesters deny they are holding the officers.", 1),
    ("The airline said the flight left on time.", "Passengers said the flight left two hours late.", 1),
    ("The mayor said the park will open in May.", "The council said the library needs a new roof.", 0),
    ("The coach said the team trained well.", "The captain said the fans were wonderful.", 0),
    ("The bank said profits rose.", "Analysts said the bank's new office is in Leeds.", 0),
    ("The minister said the levy would fund schools.", "Teachers welcomed the new curriculum.", 0),
    ("The museum said the painting is genuine.", "The gallery said its café opens at nine.", 0),
]


def test_the_shipped_model_is_plain_data_with_a_threshold_and_its_card():
    d = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    assert d["kind"] == "kg disputes scorer" and d["features"] == FEATURES
    assert 0 < d["threshold"] < 1 and len(d["coef"]) == len(FEATURES)
    card = (DEFAULT_MODEL.parent / "DISPUTES-MODEL.md").read_text(encoding="utf-8")
    assert "CC BY 2.5" in card and "CC BY 4.0" in card


def test_probabilities_follow_the_fitted_weights():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] - x[:, 1] > 0).astype(int)
    m = fit(x, y, ["up", "down", "noise"], c=10.0)
    p = m.probability(np.array([[2.0, -2.0, 0.0], [-2.0, 2.0, 0.0]]), ["up", "down", "noise"])
    assert p[0] > 0.9 and p[1] < 0.1
    assert m.weights()[-1][0] == "noise"
    with pytest.raises(KGError, match="needs features"):
        m.probability(np.zeros((1, 2)), ["up", "noise"])


def test_a_file_that_is_not_a_model_is_one_clear_error(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"kind": "something else"}', encoding="utf-8")
    with pytest.raises(KGError, match="not a kg disputes model"):
        load(str(bad))
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--disputes-model", str(bad), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 1 and "model.json" in proc.stderr and "Traceback" not in proc.stderr


def test_kg_train_round_trip(tmp_path):
    """Labelled sentence pairs -> `kg train` -> a JSON model -> `kg build --disputes-model` uses it."""
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("".join(json.dumps({"a_text": a, "b_text": b, "label": y}) + "\n" for a, b, y in PAIRS),
                     encoding="utf-8")
    model = tmp_path / "mine.json"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "train", str(pairs), "-o", str(model),
                           "--threshold", "0.5"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    mine = load(str(model))
    assert mine.features == FEATURES and mine.threshold == 0.5 and mine.meta["pairs"] >= 6
    assert mine.meta["disputes"] >= 4
    art = tmp_path / "in" / "a.txt"
    art.parent.mkdir()
    art.write_text("Report\n\nPolice said the bridge was safe. Engineers denied that the bridge was safe.\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(art.parent), "-o", str(out), "-q",
                           "--disputes-model", str(model)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    ds = [json.loads(x) for x in (out / "disputes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(ds) == 1 and ds[0]["score"] >= 0.5
    # the same build asking for more certainty than any pair has gives none
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(art.parent), "-o", str(out), "-q",
                           "--disputes-model", str(model), "--min-score", "1"], capture_output=True, text=True)
    assert proc.returncode == 0 and (out / "disputes.jsonl").read_text(encoding="utf-8").strip() == ""


def test_min_score_out_of_range_is_refused(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--min-score", "7", "-o", str(tmp_path / "o")],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "--min-score" in proc.stderr and "Traceback" not in proc.stderr

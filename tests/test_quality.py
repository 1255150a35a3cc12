"""Guards extraction quality against regressions: the shared scorer on the Kursk gold, PolNeAR dev and Wikinews.

Floors sit just under the figures measured when they were last raised; raise them as extraction improves.
"""
import json
import subprocess
import sys

import pytest

from conftest import SHARED

SCORER = SHARED / "eval" / "score_claims.py"
needs_shared = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")


def _score(gold, pred, docs=()):
    extra = ["--docs", *docs] if docs else []
    proc = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json", *extra], capture_output=True,
                          text=True, check=True)
    return json.loads(proc.stdout)


@needs_shared
def test_kursk_gold(demo):
    out, _ = demo
    s = _score(SHARED / "gold" / "kursk", out)
    assert s["claim_f1"] >= 0.91
    assert s["attribution_f1"] >= 0.89
    assert s["dispute_recall"] >= 0.85
    assert s["dispute_precision"] >= 0.95


@needs_shared
def test_polnear_dev(polnear_dev):
    out, _ = polnear_dev
    s = _score(SHARED / "eval" / "polnear" / "dev", out)
    assert s["dispute_recall"] >= 0.1  # most of PolNeAR's disputes need more than frames: see the README
    assert s["dispute_precision"] >= 0.8  # precision first (the target is 0.6)
    assert s["pred_disputes"] <= 40  # no flood of spurious disputes
    assert s["claim_f1"] >= 0.67
    assert s["attribution_f1"] >= 0.625


@needs_shared
def test_wikinews_dev(wikinews):
    """Wikinews (CC BY 2.5 texts, the project's annotation): the whole set, and a fixed held-out quarter.

    The held-out part (every 4th article by sorted name) was only ever scored while the rules were
    written, never read for errors; a drop there that the whole set hides is overfitting.
    """
    out, _ = wikinews
    gold = SHARED / "eval" / "wikinews"
    s = _score(gold, out)
    assert s["claim_f1"] >= 0.83
    assert s["attribution_f1"] >= 0.81
    names = sorted(p.name for p in (gold / "text").glob("*.txt"))
    held = _score(gold, out, names[3::4])
    assert held["docs"] == 20
    assert held["claim_f1"] >= 0.765
    assert held["attribution_f1"] >= 0.755

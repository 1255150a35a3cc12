"""Guards extraction quality against regressions: the shared scorer on the Kursk gold, PolNeAR dev and Wikinews.

Floors sit just under the figures measured when they were last raised; raise them as extraction improves.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED

SCORER = SHARED / "eval" / "score_claims.py"
WIKINEWS_DISPUTES = Path(__file__).parent / "data" / "wikinews_disputes.jsonl"
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
    # most of PolNeAR's disputes need more than frames (see the README). Lower than the rules alone gave (.108 / .867):
    # those rules had been fitted to this set, and the scorer that now decides is trained and thresholded only on
    # licence-clean news (kg/data/DISPUTES-MODEL.md); 9 of 15 right when last measured (9 of 13 before the scorer
    # was retrained with stage 1's wider rules: two more pairs of one measure, wrong; the floor was .6, now at the
    # figure, so it sits just under it); raised after stage 1's wider rules and the scorer retrained on them with 20
    # fold assignments (kg/data/DISPUTES-MODEL.md): 12 of 19 right, recall .100, precision .632
    # (13 of 19, .108 / .684, with this session's entity work merged)
    assert s["dispute_recall"] >= 0.1
    assert s["dispute_precision"] >= 0.65
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


def test_wikinews_dispute_annotation_is_well_formed():
    """Every pair in the project's Wikinews dispute annotation names two gold claims, of the document it gives."""
    rows = [json.loads(line) for line in WIKINEWS_DISPUTES.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"w{i:03d}" for i in range(1, len(rows) + 1)]
    assert {r["kind"] for r in rows} <= {"explicit", "contradiction", "numeric"}
    assert len({frozenset((r["a"], r["b"])) for r in rows}) == len(rows)  # no pair twice
    gold = SHARED / "eval" / "wikinews" / "claims.jsonl"
    doc_of = ({c["id"]: c["doc"] for c in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
              if gold.exists() else None)
    for r in rows:
        assert r["a"] != r["b"] and r["note"].strip()
        if r.get("cross_article"):
            assert r["doc"] is None
        if doc_of is None:
            continue
        assert r["a"] in doc_of and r["b"] in doc_of, r["id"]
        if r.get("cross_article"):
            assert doc_of[r["a"]] != doc_of[r["b"]], r["id"]
        else:
            assert doc_of[r["a"]] == doc_of[r["b"]] == r["doc"], r["id"]


@needs_shared
def test_wikinews_dev_disputes(wikinews, tmp_path):
    """Disputes on Wikinews against the project's own annotation (tests/data/wikinews_disputes.jsonl, CC BY 4.0).

    A second corpus beside PolNeAR dev, annotated by ../shared/eval/DISPUTES.md without looking at kg's output.
    Most gold disputes need more than kg finds today (see tests/data/README.md), so recall is low; the guard
    is that what kg does find stays right.
    """
    out, _ = wikinews
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "claims.jsonl").symlink_to(SHARED / "eval" / "wikinews" / "claims.jsonl")
    (gold / "disputes.jsonl").write_bytes(WIKINEWS_DISPUTES.read_bytes())
    s = _score(gold, out)
    assert s["gold_disputes"] == 66
    # 8 of 66 when last measured (2 at the annotation). It was 9 while UNESCO's long name, which holds a comma, was
    # split into two claimers: its one rebuttal then counted as two disputes, matching a second gold pair by chance
    # 12 of 66 (.182) since the scorer was retrained on the wider stage 1 (in sample: the scorer trains on this set)
    assert s["dispute_recall"] >= 0.17
    links = [d for d in map(json.loads, (out / "disputes.jsonl").read_text(encoding="utf-8").splitlines())
             if d.get("b") is not None]
    wrong = len(links) - round(s["dispute_precision"] * len(links))
    assert wrong <= 1  # 0 of 8 claim-to-claim disputes wrong when last measured

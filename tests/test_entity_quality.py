"""Entities on unseen news: no entity split by case, punctuation, a title or a lone surname; Kursk clusters.

Reads builds of ../shared/eval (Wikinews, PolNeAR dev) and scores the demo's entities against the Kursk gold.
"""
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import SHARED
from kg.namekeys import is_generic
from helpers import read_jsonl

needs_shared = pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared/eval is not beside the project")
SCORER = Path(__file__).resolve().parents[1] / "benchmarks" / "score_entities.py"


@needs_shared
@pytest.mark.parametrize("corpus", ["wikinews", "polnear_dev"])
def test_no_two_entities_differ_only_in_case_or_punctuation(corpus, request):
    out, _ = request.getfixturevalue(corpus)
    groups = defaultdict(list)
    for e in read_jsonl(out / "entities.jsonl"):
        if is_generic(e["name"], e["type"], set(e["aliases"]), anonymous=e["anonymous"]):
            continue  # descriptions ("officials") are one entity per article by design
        groups[re.sub(r"[\W_]+", "", e["name"].lower().removeprefix("the "))].append(e["name"])
    assert [g for g in groups.values() if len(g) > 1] == []


@needs_shared
@pytest.mark.parametrize("corpus", ["wikinews", "polnear_dev"])
def test_build_report_finds_no_title_variant_lone_surname_or_timestamp(corpus, request):
    out, _ = request.getfixturevalue(corpus)
    sus = json.loads((out / "report.json").read_text(encoding="utf-8"))["suspicious"]
    for kind in ("same_name", "lone_surname", "time_in_name", "vessel_as_person"):
        assert sus[kind] == [], kind


@needs_shared
def test_kursk_entity_clusters(demo):
    out, _ = demo
    proc = subprocess.run([sys.executable, str(SCORER), str(SHARED / "gold" / "kursk"), str(out), "--json"],
                          capture_output=True, text=True, check=True)
    s = json.loads(proc.stdout)
    assert s["bcubed_p"] >= 0.93 and s["bcubed_r"] >= 0.72
    assert s["type_accuracy"] >= 0.93

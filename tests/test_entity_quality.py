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
from kg.names import proper_word
from helpers import read_jsonl

needs_shared = pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared/eval is not beside the project")
SCORER = Path(__file__).resolve().parents[1] / "benchmarks" / "score_entities.py"


@needs_shared
@pytest.mark.parametrize("corpus", ["wikinews", "polnear_dev"])
def test_no_two_entities_differ_only_in_case_or_punctuation(corpus, request):
    out, _ = request.getfixturevalue(corpus)
    groups = defaultdict(list)
    for e in read_jsonl(out / "entities.jsonl"):
        if is_generic(e["name"], e["type"], set(e["aliases"]), anonymous=e["anonymous"]) or \
                " " not in e["name"] and e["type"] != "Person" and not proper_word(e["name"]):
            continue  # descriptions ("officials") and common-word names ("the Post") are one per article by design
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
    assert s["bcubed_p"] >= 0.94 and s["bcubed_r"] >= 0.83 and s["bcubed_f1"] >= 0.885
    assert s["type_accuracy"] >= 0.94


@needs_shared
@pytest.mark.parametrize("corpus", ["wikinews", "polnear_dev"])
def test_no_article_has_two_entities_of_one_name(corpus, request):
    out, _ = request.getfixturevalue(corpus)
    entities = read_jsonl(out / "entities.jsonl")
    assert len({e["id"] for e in entities}) == len(entities)
    seen = defaultdict(list)
    for e in entities:
        for a in e["articles"]:
            seen[(a, re.sub(r"[\W_]+", "", e["name"].lower()))].append(e["id"])
    assert [v for v in seen.values() if len(v) > 1] == []


_INSTITUTION = re.compile(r"\b(?:Department|Court|Ministry|Agency|Committee|Commission|Council|Office|Bureau|Senate|"
                          r"House|Party|Administration)\b")


@needs_shared
def test_a_multi_word_institution_is_one_entity_across_polnear(polnear_dev):
    """PolNeAR dev is one country's politics over one season: "State Department" or "Supreme Court" is one body."""
    out, _ = polnear_dev
    by_name = defaultdict(set)
    for e in read_jsonl(out / "entities.jsonl"):
        if e["type"] == "Organisation" and len(e["name"].split()) >= 2 and _INSTITUTION.search(e["name"]) \
                and e["name"].split()[0][:1].isupper():
            by_name[re.sub(r"\s*\(.*\)$", "", e["name"]).lower()].add(e["id"])
    assert {k: v for k, v in by_name.items() if len(v) > 1} == {}


@needs_shared
def test_gum_news_entities(tmp_path):
    """GUM's 24 news documents (benchmarks/score_entities_gum.py): coreference of named people, organisations and
    places, their types, and documents joined by Wikipedia identity."""
    gum = Path(__file__).resolve().parents[1] / "benchmarks" / "score_entities_gum.py"
    if not (SHARED / "eval" / "gum-news").exists():
        pytest.skip("../shared/eval/gum-news is not beside the project")
    proc = subprocess.run([sys.executable, str(gum), str(SHARED / "eval" / "gum-news"), "--out", str(tmp_path),
                           "--json"], capture_output=True, text=True, check=True)
    out = json.loads(proc.stdout)
    s = out["names"]
    assert s["bcubed_f1"] >= 0.92 and s["bcubed_p"] >= 0.975
    assert s["conll_f1"] >= 0.88
    assert s["type_accuracy"] >= 0.947
    assert s["cross_doc_joined"] >= 73 and s["cross_doc_wrong_joins"] <= 1
    a = out["all"]  # with the descriptions and pronouns of those chains
    assert a["bcubed_f1"] >= 0.805 and a["bcubed_p"] >= 0.965
    links = json.loads(subprocess.run([sys.executable, str(gum.parent / "score_links_gum.py"), str(SHARED / "eval" /
                                       "gum-news"), "--out", str(tmp_path), "--reuse", "--json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert links["pronoun"]["precision"] >= 0.88 and links["pronoun"]["right"] >= 140  # the pronouns kept
    assert links["description"]["precision"] >= 0.865 and links["description"]["right"] >= 48

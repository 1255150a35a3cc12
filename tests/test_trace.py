"""The fact-checker's trace of a claim."""
import json
import subprocess
import sys

import pytest

from kg.errors import KGError
from kg.trace import find_claim, render_trace, trace


def test_trace_by_words_follows_the_claim_across_copies_and_disputes(demo):
    _, result = demo
    r = result.records
    disputed = {d.a for d in r.disputes if d.b} | {d.b for d in r.disputes if d.b}
    cluster = next(k for k in r.clusters if len(k.articles) > 1 and set(k.claims) & disputed)
    claim = next(c for c in r.claims if c.id in cluster.claims)
    t = trace(r, " ".join(claim.content.split()[:8]))
    assert claim.id in [a["claim"] for a in t["appearances"]]
    docs = {a.id: a.doc for a in r.articles}
    assert {a["doc"] for a in t["appearances"]} == {docs[a] for a in cluster.articles}
    assert t["independent_sources"] == cluster.independent_sources
    assert t["disputes"] and all(d["reason"] for d in t["disputes"])
    text = render_trace(t)
    assert claim.content in text and "why:" in text


def test_trace_by_id_and_unknown_claim(demo):
    _, result = demo
    c = result.records.claims[0]
    assert find_claim(result.records, c.id).id == c.id
    with pytest.raises(KGError, match="no claim matches"):
        find_claim(result.records, "zzzz qqqq xxxx")


def test_trace_command_json(demo):
    out, result = demo
    c = result.records.claims[0]
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "trace", c.id, "-g", str(out), "-f", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["claim"]["id"] == c.id

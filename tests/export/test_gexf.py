"""GEXF for Gephi: read by graphology-gexf (Gephi Lite's and sigma.js's parser) and by networkx."""
import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from kg.export.network import flatten
from kg.graph import COLORS

JS = Path(__file__).resolve().parents[1] / "js"
NODE = shutil.which("node")


@pytest.mark.parametrize("value, expected", [(None, ""), (["a", "b"], "a; b"), (3, 3), (True, True), ({"x": 1}, "{'x': 1}")])
def test_flatten_gives_gexf_safe_scalars(value, expected):
    assert flatten(value) == expected


def _rgb(hex_color):
    h = hex_color.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


@pytest.mark.node
@pytest.mark.skipif(NODE is None or not (JS / "node_modules" / "graphology-gexf").exists(),
                    reason="node packages are installed by scripts/dev test")
def test_graphology_gexf_reads_every_kind_with_its_colour(demo):
    out, _ = demo
    proc = subprocess.run([NODE, str(JS / "parse_gexf.js"), str(out / "graph.gexf")], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    parsed = json.loads(proc.stdout)
    G = nx.read_gexf(out / "graph.gexf")
    assert parsed["order"] == G.number_of_nodes() and parsed["size"] == G.number_of_edges()
    kinds = {n["kind"] for n in parsed["nodes"]}
    assert {"Person", "Organisation", "Place", "MilitaryUnit", "Group", "Claim", "Article", "Outlet", "Agency"} <= kinds
    for n in parsed["nodes"]:
        r, g, b = _rgb(COLORS[n["kind"]])
        assert n["color"].startswith(f"rgba({r},{g},{b}"), n
        assert n["size"] > 0
    assert {"asserts", "disputes", "cites"} <= set(parsed["relations"])


def test_gexf_declares_typed_attributes_and_viz(demo):
    out, _ = demo
    text = (out / "graph.gexf").read_text(encoding="utf-8")
    assert 'version="1.3"' in text and "<viz:color" in text and "<viz:size" in text
    for attr in ("kind", "claimer", "cue", "quote", "reason", "dispute_kind"):
        assert f'title="{attr}"' in text, attr


def _parse(path):
    proc = subprocess.run([NODE, str(JS / "parse_gexf.js"), str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.node
@pytest.mark.skipif(NODE is None or not (JS / "node_modules" / "graphology-gexf").exists(),
                    reason="node packages are installed by scripts/dev test")
def test_gephi_opens_laid_out_with_red_disputes_and_claimers_in_claim_labels(demo):
    out, result = demo
    parsed = _parse(out / "graph.gexf")
    xy = [(n["x"], n["y"]) for n in parsed["nodes"]]
    assert all(isinstance(x, (int, float)) and isinstance(y, (int, float)) for x, y in xy)
    assert len(set(xy)) > 0.95 * len(xy)  # laid out: not every node in one spot
    assert set(parsed["edgeColors"]["disputes"]) == {"rgba(225,87,89,1.0)"}
    assert set(parsed["edgeColors"]["asserts"]) == {"rgba(78,121,167,1.0)"}
    claims = [n for n in parsed["nodes"] if n["kind"] == "Claim"]
    assert claims and all(n["label"].startswith(n["claimer"] + ": ") for n in claims)


@pytest.mark.node
@pytest.mark.skipif(NODE is None or not (JS / "node_modules" / "graphology-gexf").exists(),
                    reason="node packages are installed by scripts/dev test")
def test_disputes_gexf_is_the_claimer_level_network(demo):
    out, result = demo
    parsed = _parse(out / "disputes.gexf")
    r = result.records
    assert parsed["size"] >= 1 and sum(e["weight"] for e in parsed["edges"]) == len(r.disputes)
    claimers = {c.claimer for c in r.claims if any(c.id in (d.a, d.b) for d in r.disputes)}
    labels = {n["label"] for n in parsed["nodes"]}
    assert claimers <= labels  # every claimer of a disputed or disputing claim is a node
    assert all(n["affiliation"] for n in parsed["nodes"]) and len({n["color"] for n in parsed["nodes"]}) >= 2
    assert len({(n["x"], n["y"]) for n in parsed["nodes"]}) == parsed["order"]

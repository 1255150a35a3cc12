"""`kg build` on the hostile corpus (tests/hostile_corpus.py): every bad file named in one line, the
others built, every output well-formed and safe, whatever the text, the side-cars and the file names hold."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hostile_corpus import FORMULAS, write_corpus

KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(corpus folder, expectations, output folder, completed `kg build` process)."""
    src = tmp_path_factory.mktemp("hostile")
    expect = write_corpus(src, big=False)
    out = tmp_path_factory.mktemp("hostile-out") / "out"
    proc = subprocess.run([*KG, "build", str(src), "-o", str(out), "-q"], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    return src, expect, out, proc


def test_bad_files_are_named_in_one_line_each_and_the_rest_is_built(hostile):
    src, expect, out, proc = hostile
    assert proc.returncode == 3, proc.stderr  # 3: something was skipped
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    skipped = [l for l in lines if l.startswith("kg: skipped ")]
    warned = [l for l in lines if l.startswith("kg: warning: ")]
    assert len(skipped) == len(expect["skipped"]) and len(lines) == len(skipped) + len(warned)
    for name in expect["skipped"]:
        stem = name.rsplit(".", 1)[0]
        assert sum(f"/{stem}." in l for l in skipped) == 1, (name, skipped)
    for name in expect["warned"]:
        assert any(f"/{name}:" in l for l in warned), (name, warned)
    articles = [json.loads(l) for l in (out / "articles.jsonl").read_text(encoding="utf-8").split("\n") if l]
    assert len(articles) == len(expect["good"])
    assert f"{len(expect['good'])} articles" in proc.stdout


def test_side_car_problems_are_said_and_do_not_reach_the_outputs(hostile):
    src, expect, out, proc = hostile
    assert "deep.meta.json: side-car metadata is not valid JSON: nested too deeply" in proc.stderr
    assert "dir.meta.json: side-car metadata cannot be read" in proc.stderr
    arts = {a["doc"]: a for a in map(json.loads, (out / "articles.jsonl").read_text(encoding="utf-8").split("\n")[:-1])}
    assert arts["surrogate.txt"]["title"] == "Bad \ufffd title"
    assert arts["hugedate.txt"]["date"] != "99999-12-31" and arts["odddate.txt"]["date"] != "2024-02-30"


def test_rdf_outputs_parse_in_rdflib_and_oxigraph(hostile):
    import pyoxigraph as ox
    import rdflib

    out = hostile[2]
    for name, fmt, oxfmt in (("graph.trig", "trig", ox.RdfFormat.TRIG), ("graph.ttl", "turtle", ox.RdfFormat.TURTLE)):
        ds = rdflib.Dataset()
        ds.parse(out / name, format=fmt)
        store = ox.Store()
        store.load(path=str(out / name), format=oxfmt)
        assert len(store) > 100 and len(ds) + sum(len(g) for g in ds.graphs()) > 100
        values = [q.object.value for q in store if isinstance(q.object, ox.Literal)]
        assert any("\u2028" in v for v in values) and any("\x0b" in v for v in values)  # kept, not split


def test_xml_outputs_are_well_formed(hostile):
    out = hostile[2]
    for name in ("graph.gexf", "graph.graphml", "disputes.gexf"):
        ET.parse(out / name)


def test_no_csv_cell_can_run_as_a_formula(hostile):
    out = hostile[2]
    cells = [c for name in ("nodes.csv", "edges.csv")
             for row in csv.reader((out / name).open(encoding="utf-8", newline="")) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith(("'=", "'+", "'-", "'@")) for c in cells)  # formulas are kept, as text
    assert any(FORMULAS[0] in c for c in cells)


def test_two_inputs_with_one_file_name_stay_two_articles_in_the_rdf(hostile):
    import pyoxigraph as ox

    out = hostile[2]
    store = ox.Store()
    store.load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    rows = list(store.query("PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT DISTINCT ?g ?a WHERE { "
                            "GRAPH ?g { ?a a kg:Article ; kg:doc \"story.txt\" } }"))
    assert len(rows) == 2 and len({r["g"] for r in rows}) == 2
    claims = list(store.query("PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT ?g (COUNT(?c) AS ?n) WHERE { "
                              "GRAPH ?g { ?a kg:doc \"story.txt\" . ?c kg:appearsIn ?a } } GROUP BY ?g"))
    assert len(claims) == 2

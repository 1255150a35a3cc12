"""Every projection names the same records: JSONL, networkx (GEXF/GraphML/CSV), RDF (TriG/TTL) and SPARQL.

Ids are minted once (kg.ids); exporters only look them up. These tests build real corpora and read the
written files back with real parsers, so an exporter that mints its own id, drops a record or adds a
stray node fails here.
"""
import csv
from collections import Counter

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset

from kg.ids import IdCollision, check_unique
from kg.query import list_queries, load_graph, resolve_query, run_query
from kg.rdf import ID, KG
from helpers import read_jsonl

BUILDS = ["demo", "polnear_dev"]


def _local(iri: str, kind: str) -> str:
    return iri.removeprefix(f"{ID}{kind}/")


@pytest.fixture(params=BUILDS)
def built(request):
    return request.getfixturevalue(request.param)


def test_ids_are_unique_within_every_record_kind(built):
    out, _ = built
    for name in ("claims", "entities", "articles", "disputes", "citations"):
        check_unique(name, (r["id"] for r in read_jsonl(out / f"{name}.jsonl")))


def test_a_repeated_id_is_an_error():
    with pytest.raises(IdCollision, match="entity"):
        check_unique("entity", ["person-a", "person-b", "person-a"])


def test_jsonl_gexf_csv_and_rdf_name_the_same_entities_claims_and_disputes(built):
    out, _ = built
    entities = {e["id"] for e in read_jsonl(out / "entities.jsonl")}
    claims = {c["id"] for c in read_jsonl(out / "claims.jsonl")}
    disputes = {d["id"] for d in read_jsonl(out / "disputes.jsonl")}
    articles = {a["id"] for a in read_jsonl(out / "articles.jsonl")}

    G = nx.read_gexf(out / "graph.gexf")
    kinds = nx.get_node_attributes(G, "kind")
    assert {n for n, k in kinds.items() if k in ("Person", "Organisation", "Place", "MilitaryUnit", "Group")} == entities
    assert {n for n, k in kinds.items() if k == "Article"} == articles
    gexf_claims = set()
    for n, data in G.nodes(data=True):
        if data["kind"] == "Claim":
            gexf_claims |= set(data["claim_ids"].split("; "))
    assert gexf_claims == claims
    gexf_disputes = {d["dispute_id"] for _, _, d in G.edges(data=True) if d["relation"] == "disputes"}
    assert gexf_disputes == disputes
    with open(out / "nodes.csv", newline="", encoding="utf-8") as f:
        assert {r["id"] for r in csv.DictReader(f)} == set(G.nodes)

    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    subjects = lambda cls: {str(s) for s, _, _, _ in ds.quads((None, RDF.type, cls, None))}
    rdf_entities = set().union(*(subjects(KG[t]) for t in ("Person", "Organisation", "Place", "MilitaryUnit", "Group")))
    assert {_local(s, "entity") for s in rdf_entities} == entities
    assert {_local(s, "claim") for s in subjects(KG.Claim)} == claims
    assert {_local(s, "dispute") for s in subjects(KG.Dispute)} == disputes
    assert {_local(s, "article") for s in subjects(KG.Article)} == articles


def test_cites_edges_are_the_citation_records_in_every_projection(built):
    out, _ = built
    citations = {(c["article"], c["target"]) for c in read_jsonl(out / "citations.jsonl")}
    G = nx.read_gexf(out / "graph.gexf")
    assert {(u, v) for u, v, d in G.edges(data=True) if d["relation"] == "cites"} == citations
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    rdf = set()
    for s, _, o, _ in ds.quads((None, KG.cites, None, None)):
        target = str(o).removeprefix(str(ID)).split("/", 1)[1]
        rdf.add((_local(str(s), "article"), target))
    assert rdf == citations


def test_no_statement_is_repeated_across_named_graphs(built):
    out, _ = built
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    seen = Counter((q.subject, q.predicate, q.object) for q in store)
    repeated = [t for t, n in seen.items() if n > 1]
    assert not repeated, repeated[:3]


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_shipped_query_gives_the_same_rows_on_both_engines_on_unseen_news(polnear_dev, name):
    out, _ = polnear_dev
    q = resolve_query(name)
    engines = _engines(out)
    _, rows_r = run_query(engines["rdflib"], q, engine="rdflib")
    _, rows_o = run_query(engines["oxigraph"], q, engine="oxigraph")
    norm = lambda rows: sorted(tuple("" if v is None else str(v) for v in r) for r in rows)
    assert norm(rows_r) == norm(rows_o)


_LOADED = {}


def _engines(out):
    if out not in _LOADED:
        _LOADED.clear()
        _LOADED[out] = {"rdflib": load_graph(out, "rdflib"), "oxigraph": load_graph(out, "oxigraph")}
    return _LOADED[out]

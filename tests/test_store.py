"""The persistent store and `kg push` to a real Graph Store Protocol server (Oxigraph's, from the oxigraph package)."""
import json
import shutil
import sys
from pathlib import Path
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from kg.model import Records
from kg.store import add_records, open_store, push

GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(store, q):
    return int(next(iter(store.query(q)))["n"].value)


def test_store_adds_article_graphs_and_replaces_them_on_re_add(demo, tmp_path):
    _, result = demo
    r = result.records
    first = Records(articles=r.articles[:2], claims=[c for c in r.claims if c.doc in {a.doc for a in r.articles[:2]}],
                    entities=r.entities)
    add_records(tmp_path / "store", first)
    store = open_store(tmp_path / "store")
    assert _count(store, GRAPHS) == 3  # two articles and the corpus graph
    del store
    add_records(tmp_path / "store", r)
    add_records(tmp_path / "store", r)  # again: replaced, not duplicated
    store = open_store(tmp_path / "store")
    assert _count(store, GRAPHS) == 6
    add_records(tmp_path / "fresh", r)
    assert _count(store, TRIPLES) == _count(open_store(tmp_path / "fresh"), TRIPLES)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("the oxigraph server is installed with the test extras")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _remote(base, q):
    req = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": q}),
                                 headers={"Accept": "application/sparql-results+json"})
    return int(json.loads(urllib.request.urlopen(req).read())["results"]["bindings"][0]["n"]["value"])


def test_push_sends_every_named_graph_and_pushing_again_replaces(demo, oxigraph_server):
    _, result = demo
    report = push(result.records, oxigraph_server + "/store")
    assert report.ok
    n = len(report.written)
    assert n == len(result.records.articles) + 1
    assert _remote(oxigraph_server, GRAPHS) == n
    triples = _remote(oxigraph_server, TRIPLES)
    push(result.records, oxigraph_server + "/store")
    assert _remote(oxigraph_server, TRIPLES) == triples


def test_push_to_an_unreachable_endpoint_is_a_clear_error(demo):
    from kg.errors import StoreError
    _, result = demo
    report = push(result.records, f"http://127.0.0.1:{_free_port()}/store", timeout=2)
    assert not report.written and len(report.failed) == 1 and "cannot reach" in report.failed[0][1]
    assert len(report.not_attempted) == len(result.records.articles)


def test_a_large_graph_is_bulk_loaded_with_the_same_content(demo, tmp_path, monkeypatch):
    import kg.store

    _, result = demo
    add_records(tmp_path / "one", result.records)
    monkeypatch.setattr(kg.store, "_ONE_UPDATE", 10)  # every graph of the demo takes the bulk path
    monkeypatch.setattr(kg.store, "_FLUSH_EVERY", 100)
    add_records(tmp_path / "bulk", result.records)
    add_records(tmp_path / "bulk", result.records)  # and again, replacing what is there
    one, bulk = open_store(tmp_path / "one", read_only=True), open_store(tmp_path / "bulk", read_only=True)
    assert sorted(map(str, bulk)) == sorted(map(str, one))


def _part(r: Records, articles) -> Records:
    """The records of `articles` alone, as a build of only those articles would give them (their claims, the
    entities those name, their disputes)."""
    ids = {a.id for a in articles}
    claims = [c for c in r.claims if c.article in ids]
    named = {e for c in claims for e in (c.claimer_id, *c.about)}
    claim_ids = {c.id for c in claims}
    disputes = [d for d in r.disputes if d.a in claim_ids and (d.b in claim_ids if d.b else d.claimer_id in named)]
    named |= {d.claimer_id for d in disputes if not d.b}
    return Records(articles=list(articles), claims=claims, entities=[e for e in r.entities if e.id in named],
                   disputes=disputes)


def _described(store, entity_id: str) -> tuple[set, set]:
    from kg.rdf.mapping import iri

    q = f"SELECT ?l ?k WHERE {{ <{iri('entity', entity_id)}> <http://www.w3.org/2000/01/rdf-schema#label> ?l ; " \
        "<https://w3id.org/kg-news/ontology#nameKey> ?k }"
    found = list(store.query(q, use_default_graph_as_union=True))
    return {s["l"].value for s in found}, {s["k"].value for s in found}


def test_an_incremental_build_keeps_the_names_of_entities_only_in_older_articles(demo, tmp_path):
    from kg.rdf.summaries import name_keys

    _, result = demo
    r = result.records
    older, newer = _part(r, r.articles[:-1]), _part(r, r.articles[-1:])
    only_older = [e for e in older.entities if e.id not in {x.id for x in newer.entities}]
    assert only_older and newer.entities
    add_records(tmp_path / "store", older)
    add_records(tmp_path / "store", newer)  # `kg build NEW --store STORE`: NEW's records only
    store = open_store(tmp_path / "store", read_only=True)
    for e in only_older + newer.entities:
        assert _described(store, e.id) == ({e.name}, set(name_keys([e.name, *e.aliases])))
    # the disputes among older articles stay; rebuilding the older articles again does not duplicate them
    n = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?d a <https://w3id.org/kg-news/ontology#Dispute> } }"
    assert _count(store, n) == len({d.id for d in older.disputes + newer.disputes})
    del store
    add_records(tmp_path / "store", older)
    assert _count(open_store(tmp_path / "store", read_only=True), n) == len({d.id for d in older.disputes + newer.disputes})

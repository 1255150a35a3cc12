"""Look-up keys, build-time summaries (kept true by `--store` builds) and paging of the shipped queries."""
from collections import Counter

import pytest

from kg.errors import QueryError
from kg.model import Records
from kg.query import load_graph, resolve_query, run_page, run_query
from kg.rdf.summaries import ClaimFact, name_keys, search_key, summarise
from kg.store import add_records, open_store

KG = "https://w3id.org/kg-news/ontology#"


def test_name_keys_cover_the_name_its_aliases_and_runs_of_their_words():
    keys = name_keys(["Russian President Vladimir Putin", "Putin’s"])
    assert {"russian president vladimir putin", "vladimir putin", "putin", "president vladimir putin"} <= set(keys)
    assert len(keys) == len(set(keys))
    assert search_key("Putin’s") == "putin" and search_key("U.S.") == "us" and search_key("  KURSK ") == "kursk"
    assert "zelenskyy" not in name_keys(["Volodymyr Zelensky"])  # words, not substrings


def test_summaries_count_claims_disputes_outlets_and_exclusives():
    facts = [ClaimFact("c1", "ann", "o1", "k1"), ClaimFact("c2", "bob", "o1", "k1"),  # k1: one outlet
             ClaimFact("c3", "ann", "o1", "k2"), ClaimFact("c4", "cat", "o2", "k2"),  # k2: two outlets
             ClaimFact("c5", "bob", None, "k3"),  # k3: outlet unknown, exclusive to nobody
             ClaimFact("c6", "cat", "o2", None)]  # no cluster
    s = summarise(facts, [("c1", "c4", None), ("c3", None, "dan"), ("c5", "c1", None)])
    assert s.claims == Counter(ann=2, bob=2, cat=2)
    assert s.disputed == Counter(ann=2, bob=1) and s.disputing == Counter(cat=1, dan=1, ann=1)
    assert s.carried == {"k1": ["o1"], "k2": ["o1", "o2"], "k3": []}
    assert s.exclusive == {"o1": ["c1", "c2"]}
    assert s.agents() == ["ann", "bob", "cat", "dan"]


def _summary_triples(store) -> list[str]:
    preds = {KG + p for p in ("claimCount", "disputedCount", "disputingCount", "carriedBy", "exclusiveClaim")}
    return sorted(str(q) for q in store if q.predicate.value in preds)


def _recounted(store) -> dict[str, int]:
    """Claims per claimer counted by plain SPARQL over every graph, as a check independent of `summarise`."""
    q = ("SELECT ?who (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c <http://www.w3.org/ns/prov#wasAttributedTo> ?who } } "
         "GROUP BY ?who")
    return {s["who"].value: int(s["n"].value) for s in store.query(q)}


def _counts(store) -> dict[str, int]:
    return {q.subject.value: int(q.object.value) for q in store.quads_for_pattern(None, None, None)
            if q.predicate.value == KG + "claimCount"}


def test_a_store_build_writes_the_summaries_a_build_writes_and_keeps_them_true_when_articles_come_and_go(demo, tmp_path):
    _, result = demo
    r = result.records
    ds = load_graph(demo[0], "oxigraph")  # the build's graph.trig
    add_records(tmp_path / "full", r)
    full = open_store(tmp_path / "full", read_only=True)
    assert _summary_triples(full) == _summary_triples(ds) and _summary_triples(ds)
    del full
    # two articles first, then all of them, then one article built again with one claim fewer
    first = {a.id for a in r.articles[:2]}
    add_records(tmp_path / "s", Records(articles=r.articles[:2], entities=r.entities,
                                        claims=[c for c in r.claims if c.article in first]))
    store = open_store(tmp_path / "s", read_only=True)
    assert _counts(store) == _recounted(store) and sum(_counts(store).values()) < len(r.claims)
    del store
    add_records(tmp_path / "s", r)
    store = open_store(tmp_path / "s", read_only=True)
    assert _summary_triples(store) == _summary_triples(ds)
    del store
    a = r.articles[0]
    mine = [c for c in r.claims if c.article == a.id]
    add_records(tmp_path / "s", Records(articles=[a], entities=r.entities, claims=mine[1:]))
    store = open_store(tmp_path / "s", read_only=True)
    counts = _counts(store)
    assert counts == _recounted(store) and sum(counts.values()) == len(r.claims) - 1


@pytest.fixture(scope="module")
def ox(demo):
    return load_graph(demo[0], "oxigraph")


def test_a_name_is_looked_up_by_its_key_whatever_its_case_or_possessive(ox, demo):
    q = resolve_query("claimer_timeline")
    rows = {tuple(r) for r in run_query(ox, q, {"name": "BIDEN’s"}, engine="oxigraph")[1]}
    assert rows and rows == {tuple(r) for r in run_query(ox, q, {"name": "biden"}, engine="oxigraph")[1]}
    assert run_query(ox, q, {"name": "bide"}, engine="oxigraph")[1] == []  # a key is a word, not a prefix


def test_pages_follow_each_other_and_say_when_they_were_cut(ox):
    q = resolve_query("entities_by_type")
    _, everything, cut = run_page(ox, q, engine="oxigraph")
    assert not cut and len(everything) > 20
    pages, offset = [], 0
    while True:
        _, rows, cut = run_page(ox, q, {"limit": "20", "offset": str(offset)}, engine="oxigraph")
        pages += rows
        offset += 20
        assert cut == (offset < len(everything))
        if not cut:
            break
    assert pages == everything
    assert run_page(ox, q, {"limit": str(len(everything))}, engine="oxigraph")[2] is False
    for bad in ({"limit": "0"}, {"limit": "ten"}, {"offset": "-1"}, {"limit": "5; DROP ALL"}):
        with pytest.raises(QueryError):
            run_page(ox, q, bad, engine="oxigraph")


def test_outlet_exclusives_agree_with_the_records(ox, demo):
    _, result = demo
    r = result.records
    outlet = {a.id: a.outlet for a in r.articles}
    by_cluster: dict = {}
    for c in r.claims:
        if c.cluster:
            by_cluster.setdefault(c.cluster, []).append(c)
    want = sorted((outlet[cs[0].article], c.claimer, c.content) for cs in by_cluster.values()
                  if len({outlet[c.article] for c in cs}) == 1 and outlet[cs[0].article] for c in cs)
    got = sorted(tuple(row) for row in run_query(ox, resolve_query("outlet_exclusives"), engine="oxigraph")[1])
    assert got == want and got

"""Every shipped query runs on rdflib and on Oxigraph with the same rows, and answers on the demo corpus."""
import pytest

from kg.errors import QueryError
from kg.query import list_queries, load_graph, resolve_query, run_query

QUERIES = sorted(list_queries())


def test_the_library_has_at_least_ten_documented_queries():
    qs = list_queries()
    assert len(qs) >= 10
    for q in qs.values():
        assert q.text.lstrip().startswith("#") and len(q.description) > 20, q.name


@pytest.fixture(scope="module")
def engines(demo):
    out, _ = demo
    return {"rdflib": load_graph(out, "rdflib"), "oxigraph": load_graph(out, "oxigraph")}


@pytest.mark.parametrize("name", QUERIES)
def test_query_gives_the_same_rows_on_both_engines(engines, name):
    q = resolve_query(name)
    _, rows_r = run_query(engines["rdflib"], q, engine="rdflib")
    _, rows_o = run_query(engines["oxigraph"], q, engine="oxigraph")
    norm = lambda rows: sorted(tuple("" if v is None else str(v) for v in r) for r in rows)
    assert len(rows_r) == len(rows_o)
    assert norm(rows_r) == norm(rows_o)


def test_all_but_one_query_answer_on_the_demo(engines):
    empty = [n for n in QUERIES if not run_query(engines["oxigraph"], resolve_query(n), engine="oxigraph")[1]]
    assert len(empty) <= 1, empty


def test_parameters_are_bound_not_pasted(engines):
    q = resolve_query("claims_by_claimer")
    hostile = '") } DROP ALL #'
    _, rows = run_query(engines["oxigraph"], q, {"name": hostile}, engine="oxigraph")
    assert rows == []
    _, rows = run_query(engines["rdflib"], q, {"name": "putin"}, engine="rdflib")
    assert rows and all("Putin" in r[0] for r in rows)


def test_unknown_query_and_parameter_are_clear_errors(engines):
    with pytest.raises(QueryError, match="no query"):
        resolve_query("nope")
    with pytest.raises(QueryError, match="no parameter"):
        run_query(engines["rdflib"], resolve_query("disputes"), {"x": "1"})

"""Every shipped query runs on rdflib and on Oxigraph with the same rows, and answers on the demo corpus."""
import pytest

from kg.errors import QueryError
from kg.query import _ox_value, list_queries, load_graph, resolve_query, run_query, vocabulary, with_prefixes

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


@pytest.mark.parametrize("name", QUERIES)
def test_shipped_query_runs_as_plain_text_on_both_engines_with_the_same_non_empty_rows(engines, name):
    """As any SPARQL 1.1 tool would run the file: its text, no bindings, no added prefixes."""
    text = resolve_query(name).text
    rows_r = [tuple("" if v is None else str(v.toPython()) for v in row) for row in engines["rdflib"].query(text)]
    res = engines["oxigraph"].query(text, use_default_graph_as_union=True)
    cols = [v.value for v in res.variables]
    rows_o = [tuple("" if s[c] is None else str(_ox_value(s[c])) for c in cols) for s in res]
    assert rows_r, name
    assert sorted(rows_r) == sorted(rows_o)


def test_a_parameter_replaces_the_default_in_the_text(engines):
    q = resolve_query("claimer_timeline")
    assert "VALUES ?name" in q.text
    _, rows = run_query(engines["oxigraph"], q, engine="oxigraph")
    assert rows and all("zelensk" in r[1].lower() for r in rows)  # the name, or an alias, holds it
    for engine in ("oxigraph", "rdflib"):
        _, rows = run_query(engines[engine], q, {"name": "biden"}, engine=engine)
        assert rows and all("Biden" in r[1] for r in rows), engine


def test_project_prefixes_are_added_when_a_query_omits_them(engines, tmp_path):
    bare = tmp_path / "bare.rq"
    bare.write_text("# claims and their claimers, no PREFIX lines\n"
                    "SELECT ?c ?who WHERE { ?c a kg:Claim ; prov:wasAttributedTo/rdfs:label ?who }", encoding="utf-8")
    q = resolve_query(str(bare))
    counts = {e: len(run_query(engines[e], q, engine=e)[1]) for e in ("oxigraph", "rdflib")}
    assert counts["oxigraph"] == counts["rdflib"] > 50
    assert with_prefixes("PREFIX kg: <x#> SELECT * { ?a kg:b ?c }").count("PREFIX") == 1  # declared stays as is
    assert "PREFIX schema" not in with_prefixes('SELECT * { ?a ?b "schema:x" } # schema:y')


def test_vocab_lists_classes_and_properties_with_comments():
    terms = {t: (kind, comment) for t, kind, _, comment in vocabulary()}
    assert terms["kg:Claim"][0] == "class" and terms["kg:disputed"][0] == "object property"
    assert all(comment for _, comment in terms.values())


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


def test_csv_output_cannot_run_as_a_spreadsheet_formula():
    from kg.query import format_rows
    out = format_rows(["content", "n"], [["=HYPERLINK(\"http://x\")", 3], ["the budget rose", 2.5]], "csv")
    assert out.splitlines()[1].startswith("\"'=HYPERLINK") and out.splitlines()[2] == "the budget rose,2.5"

"""The RDF files written by Oxigraph's serialiser hold exactly the statements of rdflib's dataset of the records,
and both rdflib and Oxigraph read them."""
import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal

from kg.rdf import to_dataset


def _value(term):
    return (term.toPython(), str(term.datatype)) if isinstance(term, Literal) else str(term)


def _rdflib_quads(ds):
    return {(str(s), str(p), _value(o), str(g)) for s, p, o, g in ds.quads((None, None, None, None))}


def test_trig_and_nquads_hold_the_records_dataset(demo):
    out, result = demo
    expected = _rdflib_quads(to_dataset(result.records))
    for name, fmt, oxfmt in (("graph.trig", "trig", ox.RdfFormat.TRIG), ("graph.nq", "nquads", ox.RdfFormat.N_QUADS)):
        ds = Dataset()
        ds.parse(out / name, format=fmt)
        assert _rdflib_quads(ds) == expected, name
        store = ox.Store()
        store.load(path=str(out / name), format=oxfmt)
        assert len(store) == len(expected), name
    assert len({q[3] for q in expected}) == len(result.records.articles) + 1  # a graph per article, and the corpus


def test_turtle_holds_the_union_of_the_graphs(demo):
    out, result = demo
    expected = {q[:3] for q in _rdflib_quads(to_dataset(result.records))}
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    assert {(str(s), str(p), _value(o)) for s, p, o in g} == expected
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(expected)


def test_streamed_rdf_is_the_whole_dataset_serialised(demo, tmp_path):
    """graph.trig, graph.nq and graph.ttl, written one graph at a time, are the bytes of serialising every quad
    of the records at once (as kg did before streaming)."""
    from kg.rdf.quads import to_quads, write_nquads, write_trig, write_turtle

    out, result = demo
    sink = to_quads(result.records)
    for name, write in (("graph.trig", write_trig), ("graph.nq", write_nquads), ("graph.ttl", write_turtle)):
        assert (out / name).read_bytes() == write(sink, tmp_path / name).read_bytes(), name

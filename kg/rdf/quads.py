"""The RDF projection as Oxigraph quads, and TriG/Turtle/N-Quads written by Oxigraph's serialiser.

`kg.rdf.mapping.to_dataset` fills any object with rdflib Dataset's `bind`/`graph(iri).add` methods;
`QuadSink` is such an object that keeps pyoxigraph quads instead of an rdflib store, so a large
build neither holds rdflib's six indices nor pays for rdflib's serialiser. The quads are written in
sorted order (graph, subject, predicate, object), so the same records give the same bytes.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.model import Records

__all__ = ["QuadSink", "to_quads", "write_nquads", "write_trig", "write_turtle"]

_DEFAULT_GRAPH = "urn:x-rdflib:default"


class _GraphSink:
    __slots__ = ("_sink", "_graph", "identifier")

    def __init__(self, sink: "QuadSink", identifier) -> None:
        self._sink = sink
        self.identifier = identifier
        self._graph = ox.DefaultGraph() if str(identifier) == _DEFAULT_GRAPH else ox.NamedNode(str(identifier))

    def add(self, triple) -> None:
        term = self._sink.term
        s, p, o = triple
        self._sink.quads.append(ox.Quad(term(s), term(p), term(o), self._graph))


class QuadSink:
    """Collects what `to_dataset` adds as pyoxigraph quads (duplicates are dropped when written)."""

    def __init__(self) -> None:
        self.quads: list[ox.Quad] = []
        self.prefixes: dict[str, str] = {}
        self._graphs: dict[str, _GraphSink] = {}
        self._iris: dict[str, ox.NamedNode] = {}

    def bind(self, prefix: str, namespace) -> None:
        self.prefixes[prefix] = str(namespace)

    def graph(self, identifier) -> _GraphSink:
        key = str(identifier)
        g = self._graphs.get(key)
        if g is None:
            g = self._graphs[key] = _GraphSink(self, identifier)
        return g

    def term(self, t):
        if isinstance(t, URIRef):
            node = self._iris.get(t)
            if node is None:
                node = self._iris[str(t)] = ox.NamedNode(str(t))
            return node
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=self.term(t.datatype))
            return ox.Literal(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        raise TypeError(f"not an RDF term: {t!r}")


def to_quads(records: Records) -> QuadSink:
    """The RDF projection of `records` (a named graph per article plus the corpus graph) as Oxigraph quads."""
    from kg.rdf.mapping import to_dataset

    sink = QuadSink()
    to_dataset(records, sink)
    return sink


def _sorted_quads(sink: QuadSink) -> list[ox.Quad]:
    unique = {str(q): q for q in sink.quads}
    return [unique[k] for k in sorted(unique, key=lambda k: _order(unique[k]))]


def _order(q: ox.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def _triples(sink: QuadSink) -> list[ox.Triple]:
    unique = {}
    for q in sink.quads:
        t = q.triple
        unique.setdefault(str(t), t)
    return [unique[k] for k in sorted(unique, key=lambda k: (str(unique[k].subject), str(unique[k].predicate),
                                                             str(unique[k].object)))]


def _write(path: Path, data: bytes) -> Path:
    from kg.export.atomic import atomic_write

    return atomic_write(path, data)


def write_trig(sink: QuadSink, path: Path) -> Path:
    """TriG, one block per named graph in IRI order."""
    return _write(path, ox.serialize(_sorted_quads(sink), format=ox.RdfFormat.TRIG, prefixes=sink.prefixes))


def write_turtle(sink: QuadSink, path: Path) -> Path:
    """Turtle of the union of every graph."""
    return _write(path, ox.serialize(_triples(sink), format=ox.RdfFormat.TURTLE, prefixes=sink.prefixes))


def write_nquads(sink: QuadSink, path: Path) -> Path:
    """N-Quads, for a triple store's bulk loader."""
    return _write(path, ox.serialize(_sorted_quads(sink), format=ox.RdfFormat.N_QUADS))

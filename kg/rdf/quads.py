"""The RDF projection as Oxigraph quads, and TriG/Turtle/N-Quads written by Oxigraph's serialiser.

`kg.rdf.mapping.to_dataset` fills any object with rdflib Dataset's `bind`/`graph(iri).add` methods;
`QuadSink` is such an object that keeps pyoxigraph quads instead of an rdflib store, so a large
build neither holds rdflib's six indices nor pays for rdflib's serialiser. The quads are written in
a fixed order (graphs by IRI, then each subject's statements in the order the mapping made them), so the
same records give the same bytes.

A build does not hold every quad: `graphs` makes them one named graph at a time and `union_triples` makes the
union subject by subject, and `write_all` streams both into the serialiser (the bytes of `write_trig`,
`write_nquads` and `write_turtle` of `to_quads`, which tests/rdf/test_quads.py checks).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.model import Records

__all__ = ["QuadSink", "graphs", "prefixes", "to_quads", "union_triples", "write_all", "write_nquads", "write_trig",
           "write_turtle"]

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
        self.prefixes: dict[str, str] = {"rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                                         "xsd": "http://www.w3.org/2001/XMLSchema#"}
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


def _grouped(items, key) -> list:
    """`items` without duplicates, grouped by `key` in order of first appearance (stable: the mapping adds in a
    fixed order), so the serialiser writes each graph and each subject as one block."""
    groups: dict = {}
    for it in items:
        groups.setdefault(key(it), {})[it] = None
    return [it for g in groups.values() for it in g]


def _sorted_quads(sink: QuadSink) -> list[ox.Quad]:
    by_graph: dict = {}
    for q in sink.quads:
        by_graph.setdefault(q.graph_name, []).append(q)
    return [q for g in sorted(by_graph, key=str) for q in _grouped(by_graph[g], lambda q: q.subject)]


def _triples(sink: QuadSink) -> list[ox.Triple]:
    return _grouped((q.triple for q in sink.quads), lambda t: t.subject)


class _Terms:
    """rdflib terms -> Oxigraph terms; vocabulary IRIs are kept, record IRIs made anew (they are met once or twice)."""

    def __init__(self) -> None:
        self._vocab: dict = {}

    def __call__(self, t):
        if isinstance(t, URIRef):
            if t.startswith(_RECORD_IRIS):
                return ox.NamedNode(t)
            node = self._vocab.get(t)
            if node is None:
                node = self._vocab[t] = ox.NamedNode(t)
            return node
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=self(t.datatype))
            return ox.Literal(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        raise TypeError(f"not an RDF term: {t!r}")


_RECORD_IRIS = "https://w3id.org/kg-news/id/"


def prefixes() -> dict[str, str]:
    """The prefixes the serialisers write (those `to_quads` collects)."""
    from kg.rdf.mapping import bind_prefixes

    sink = QuadSink()
    bind_prefixes(sink)
    return sink.prefixes


def graphs(records: Records) -> Iterator[tuple[str, list[ox.Quad]]]:
    """(graph IRI, its quads) for every named graph of `records`, graphs in IRI order, each graph's quads grouped by
    subject without duplicates: the quads of `to_quads`, in the order the writers write them, made one graph at a
    time (only the corpus graph is ever held whole)."""
    from kg.rdf.mapping import CORPUS_GRAPH, _article_unit, _check, _citation_unit, _claim_unit, \
        article_graph_iri, units

    _check(records)
    term = _Terms()
    claims_of: dict[str, list[int]] = {}
    for i, c in enumerate(records.claims):
        claims_of.setdefault(c.article, []).append(i)
    cites_of: dict[str, list[int]] = {}
    for i, cit in enumerate(records.citations):
        cites_of.setdefault(cit.article, []).append(i)
    order = sorted([(str(article_graph_iri(a.id)), a) for a in records.articles] + [(str(CORPUS_GRAPH), None)],
                   key=lambda x: str(ox.NamedNode(x[0])))  # as `write_trig` sorts: "<iri>"

    def quads(g: ox.NamedNode, triples) -> list[ox.Quad]:
        return _grouped((ox.Quad(term(s), term(p), term(o), g) for s, p, o in triples), lambda q: q.subject)

    for name, a in order:
        g = ox.NamedNode(name)
        if a is None:
            yield name, quads(g, (t for _, unit in units(records, claims=False) for in_corpus, t in unit if in_corpus))
            continue
        mine = [t for in_corpus, t in _article_unit(a) if not in_corpus]
        for i in claims_of.get(a.id, ()):
            mine += [t for in_corpus, t in _claim_unit(records.claims[i]) if not in_corpus]
        for i in cites_of.get(a.id, ()):
            mine += [t for in_corpus, t in _citation_unit(records.citations[i]) if not in_corpus]
        yield name, quads(g, mine)


def union_triples(records: Records) -> Iterator[ox.Triple]:
    """The triples of every graph, without duplicates, each subject's together, subjects in the order `to_quads`
    first adds them (the order of `write_turtle`), made in two passes over the records: only the triples added to a
    subject after the record that introduced it (a claimer's `disputes`, an article's citations) are held."""
    from kg.rdf.mapping import units

    opened: set = set()
    late: dict = {}
    for _, unit in units(records):
        here = set()
        for _, t in unit:
            if t[0] in opened:
                late.setdefault(t[0], []).append(t)
            else:
                here.add(t[0])
        opened |= here
    opened = set()
    term = _Terms()
    for _, unit in units(records):
        blocks: dict = {}
        for _, t in unit:
            if t[0] not in opened:
                blocks.setdefault(t[0], []).append(t)
        for s, ts in blocks.items():
            opened.add(s)
            seen: dict = {}
            for t in ts + late.pop(s, []):
                seen.setdefault(ox.Triple(term(t[0]), term(t[1]), term(t[2])), None)
            yield from seen


def _write(path: Path, data: bytes) -> Path:
    from kg.io.atomic import atomic_write

    return atomic_write(path, data)


def write_all(records: Records, out: Path) -> list[Path]:
    """graph.trig, graph.nq and graph.ttl of `records` in the folder `out`, streamed (the same bytes as `write_trig`,
    `write_nquads` and `write_turtle` of `to_quads(records)`)."""
    from kg.io.atomic import atomic_file

    out = Path(out)
    pre = prefixes()
    with atomic_file(out / "graph.trig") as trig, atomic_file(out / "graph.nq") as nq:
        def each():
            for name, quads in graphs(records):
                nq.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
                yield from quads

        ox.serialize(each(), trig, format=ox.RdfFormat.TRIG, prefixes=pre)
    with atomic_file(out / "graph.ttl") as ttl:
        ox.serialize(union_triples(records), ttl, format=ox.RdfFormat.TURTLE, prefixes=pre)
    return [out / "graph.trig", out / "graph.nq", out / "graph.ttl"]


def write_trig(sink: QuadSink, path: Path) -> Path:
    """TriG, one block per named graph in IRI order."""
    return _write(path, ox.serialize(_sorted_quads(sink), format=ox.RdfFormat.TRIG, prefixes=sink.prefixes))


def write_turtle(sink: QuadSink, path: Path) -> Path:
    """Turtle of the union of every graph."""
    return _write(path, ox.serialize(_triples(sink), format=ox.RdfFormat.TURTLE, prefixes=sink.prefixes))


def write_nquads(sink: QuadSink, path: Path) -> Path:
    """N-Quads, for a triple store's bulk loader."""
    return _write(path, ox.serialize(_sorted_quads(sink), format=ox.RdfFormat.N_QUADS))

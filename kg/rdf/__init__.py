"""RDF projection of the records: Turtle, TriG, and the persistent store."""
from __future__ import annotations

from pathlib import Path

from kg.export.atomic import atomic_write
from kg.model import Records
from kg.rdf.mapping import CORPUS_GRAPH, article_graph_iri, iri, to_dataset
from kg.rdf.namespace import ID, KG

__all__ = ["CORPUS_GRAPH", "ID", "KG", "article_graph_iri", "iri", "to_dataset", "union_graph", "write_rdf"]


def union_graph(ds):
    """All statements of the dataset in one rdflib Graph (what graph.ttl holds)."""
    from rdflib import Graph

    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def stable_trig(ds) -> str:
    """TriG of `ds` with its named graphs in IRI order, so the same input gives the same bytes."""
    from rdflib import Dataset

    prefixes: dict[str, None] = {}
    bodies = []
    for g in sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier)):
        one = Dataset()
        for prefix, ns in ds.namespaces():
            one.bind(prefix, ns)
        target = one.graph(g.identifier)
        for triple in g:
            target.add(triple)
        # split("\n"), not splitlines(): U+2028, \x0b, \x85... may sit inside literals. Only the leading
        # prefix block is taken apart; a line of article text inside a long literal may start with "@prefix" too.
        lines = one.serialize(format="trig").split("\n")
        head = 0
        while head < len(lines) and (lines[head].startswith("@prefix") or not lines[head].strip()):
            head += 1
        prefixes.update((line, None) for line in lines[:head] if line.startswith("@prefix"))
        bodies.append("\n".join(lines[head:]).strip() + "\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(bodies)


def write_rdf(records: Records, out: Path) -> list[Path]:
    """graph.trig (a named graph per article), graph.nq (the same as N-Quads, for bulk loaders) and graph.ttl
    (their union) in `out`, written by Oxigraph's serialiser in a stable order."""
    from kg.rdf.quads import to_quads, write_nquads, write_trig, write_turtle

    quads = to_quads(records)
    out = Path(out)
    return [write_trig(quads, out / "graph.trig"), write_nquads(quads, out / "graph.nq"),
            write_turtle(quads, out / "graph.ttl")]

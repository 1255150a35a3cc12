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


def write_rdf(records: Records, out: Path) -> list[Path]:
    """graph.trig (a named graph per article) and graph.ttl (their union) in `out`."""
    ds = to_dataset(records)
    trig = ds.serialize(format="trig")
    ttl = union_graph(ds).serialize(format="turtle")
    return [atomic_write(Path(out) / "graph.trig", trig), atomic_write(Path(out) / "graph.ttl", ttl)]

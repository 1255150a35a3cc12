"""RDF projection of the records: Turtle, TriG, and the persistent store."""
from __future__ import annotations

from pathlib import Path

from kg.model import Records
from kg.rdf.mapping import CORPUS_GRAPH, article_graph_iri, iri, to_dataset
from kg.rdf.namespace import ID, KG

__all__ = ["CORPUS_GRAPH", "ID", "KG", "article_graph_iri", "iri", "to_dataset", "write_rdf"]


def write_rdf(records: Records, out: Path) -> list[Path]:
    """graph.trig (a named graph per article), graph.nq (the same as N-Quads, for bulk loaders) and graph.ttl
    (their union) in `out`, written by Oxigraph's serialiser in a stable order, one graph at a time."""
    from kg.rdf.quads import write_all

    return write_all(records, Path(out))

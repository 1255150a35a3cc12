"""The persistent Oxigraph store: one named graph per article, replaced when the article is re-added."""
from __future__ import annotations

from pathlib import Path

from kg.errors import StoreError
from kg.model import Records

__all__ = ["add_records", "open_store", "push"]


def open_store(path: Path, *, read_only: bool = False):
    """Open (or create) the Oxigraph store in the folder `path`. Raises StoreError when it cannot."""
    import pyoxigraph as ox

    try:
        if read_only:
            if not Path(path).exists():
                raise StoreError(f"{path}: no store here")
            return ox.Store.read_only(str(path))
        Path(path).mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store ({e})") from None


def add_records(path: Path, records: Records) -> int:
    """Add the records' named graphs to the store at `path`, replacing graphs of the same name.

    Articles already in the store and not in `records` are kept untouched; the corpus graph (entities,
    clusters, disputes) is replaced by the one of `records`. Returns the number of graphs written.
    """
    import pyoxigraph as ox

    from kg.rdf.quads import to_quads

    by_graph: dict[str, list] = {}
    for q in to_quads(records).quads:  # Oxigraph quads, not an rdflib Dataset: linear and light at scale
        by_graph.setdefault(q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "", []).append(q)
    store = open_store(path)
    n = 0
    try:
        for graph, quads in by_graph.items():
            if not graph.startswith("https://w3id.org/kg-news/id/graph/"):
                continue
            name = ox.NamedNode(graph)
            if store.contains_named_graph(name):
                store.remove_graph(name)
            store.extend(quads)
            n += 1
        store.flush()
    except OSError as e:
        raise StoreError(f"{path}: cannot write the store ({e})") from None
    return n


def push(records: Records, endpoint: str, *, timeout: float = 30.0) -> int:
    """Send every named graph of `records` to a SPARQL 1.1 Graph Store Protocol endpoint.

    Each graph is PUT (`?graph=IRI`), so pushing an article again replaces its graph. Works with
    Fuseki, Virtuoso, GraphDB and Oxigraph's server (`http://host:7878/store`). Returns the number of
    graphs sent. Raises StoreError naming the endpoint and the graph when the server refuses one.
    """
    import urllib.error
    import urllib.parse
    import urllib.request

    from kg.rdf import to_dataset

    ds = to_dataset(records)
    n = 0
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(g) == 0 or not str(g.identifier).startswith("https://w3id.org/kg-news/id/graph/"):
            continue
        sep = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{sep}graph={urllib.parse.quote(str(g.identifier), safe='')}"
        body = g.serialize(format="nt").encode("utf-8")
        req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as e:
            raise StoreError(f"{endpoint}: refused graph {g.identifier} ({e.code} {e.reason})") from None
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"{endpoint}: cannot reach the endpoint ({getattr(e, 'reason', e)})") from None
        n += 1
    return n

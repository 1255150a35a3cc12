"""GEXF 1.3, GraphML and CSV: the graph for Gephi, other network tools and spreadsheets.

Attributes are flattened to scalars in one place (`flatten`): lists become '; '-joined strings,
None becomes '', so every value is a type GEXF and GraphML declare. GEXF nodes carry `viz:color`
and `viz:size` matching the HTML view, and claims with a date carry a Gephi time interval.
"""
from __future__ import annotations

import csv
import io
from enum import Enum
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write

__all__ = ["flatten", "flat_graph", "write_network"]


def flatten(value):
    """A GEXF/GraphML-safe scalar for `value`."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(flatten(v)) for v in value)
    return str(value)


def _hex_rgb(color: str) -> dict:
    c = color.lstrip("#")
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1.0}


def flat_graph(G: nx.MultiDiGraph, *, viz: bool = False) -> nx.MultiDiGraph:
    """A copy of `G` with every attribute flattened (and GEXF `viz` data when asked)."""
    H = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        attrs = {k: flatten(v) for k, v in data.items()}
        if viz:
            attrs["viz"] = {"color": _hex_rgb(data.get("color", "#999999")), "size": float(data.get("size", 10.0))}
            if data.get("kind") == "Claim" and data.get("date"):
                attrs["start"] = data["date"]
        H.add_node(n, **attrs)
    for u, v, k, data in G.edges(keys=True, data=True):
        attrs = {kk: flatten(vv) for kk, vv in data.items()}
        if viz and data.get("date"):
            attrs["start"] = data["date"]
        H.add_edge(u, v, key=k, **attrs)
    return H


def _csv(rows: list[dict], fields: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: flatten(r.get(k)) for k in fields})
    return buf.getvalue()


def write_network(G: nx.MultiDiGraph, out: Path) -> list[Path]:
    """graph.gexf, graph.graphml, nodes.csv and edges.csv in `out`."""
    out = Path(out)
    written = []
    buf = io.BytesIO()
    nx.write_gexf(flat_graph(G, viz=True), buf, version="1.3")
    written.append(atomic_write(out / "graph.gexf", buf.getvalue()))
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(G), buf, named_key_ids=True)
    written.append(atomic_write(out / "graph.graphml", buf.getvalue()))
    node_fields = ["id", "kind", "label", "color", "size", "content", "claimer", "cue", "quote", "date", "outlets",
                   "mentions", "occurrences", "independent_sources", "affiliation", "aliases"]
    edge_fields = ["source", "target", "relation", "label", "cue", "quote", "doc", "date", "dispute_kind", "reason"]
    nodes = [{"id": n, **d} for n, d in G.nodes(data=True)]
    edges = [{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)]
    written.append(atomic_write(out / "nodes.csv", _csv(nodes, node_fields)))
    written.append(atomic_write(out / "edges.csv", _csv(edges, edge_fields)))
    return written


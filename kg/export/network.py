"""GEXF 1.3, GraphML and CSV: the graph for Gephi, other network tools and spreadsheets.

Attributes are flattened to scalars in one place (`flatten`): lists become '; '-joined strings,
None becomes '', so every value is a type GEXF and GraphML declare, and strings lose the characters
XML cannot hold. CSV cells that a spreadsheet would run as formulas are neutralised (`kg.io.escape`).
GEXF nodes carry `viz:color`,
`viz:size` and `viz:position` (a layout computed here, so Gephi opens laid out), edges their colour
(disputes red), claim labels name their claimer, and claims with a date carry a Gephi time interval.
`disputes.gexf` is the claimer-level network: who disputes whom, and how often.
"""
from __future__ import annotations

import csv
import io
from enum import Enum
from pathlib import Path
from typing import Iterable

import networkx as nx

from kg.io.atomic import atomic_file, atomic_write
from kg.io.escape import csv_safe, xml_safe
from kg.model import EntityType

__all__ = ["dispute_network", "flatten", "flat_graph", "write_network"]

_AFFILIATION_COLORS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
                       "#ff9da7", "#8cd17d"]


def flatten(value):
    """A GEXF/GraphML-safe scalar for `value` (strings hold only characters XML allows)."""
    if type(value) is str:
        return xml_safe(value)
    if value is None:
        return ""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(flatten(v)) for v in value)
    return xml_safe(str(value))


def _hex_rgb(color: str) -> dict:
    c = color.lstrip("#")
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1.0}


def _flat_type(value):
    """A value of the type `flatten(value)` has, made without flattening (for a pass that only declares types)."""
    return value if type(value) in (bool, int, float) else ""


def _flat_nodes(G: nx.MultiDiGraph, viz: bool, pos: dict, flat=flatten):
    for n, data in G.nodes(data=True):
        attrs = {k: flat(v) for k, v in data.items()}
        if viz:
            x, y = pos[n]
            attrs["viz"] = {"color": _hex_rgb(data.get("color", "#999999")), "size": float(data.get("size", 10.0)),
                            "position": {"x": float(x), "y": float(-y), "z": 0.0}}  # Gephi's y axis points up
            if data.get("kind") == "Claim":
                attrs["label"] = flat(f"{data.get('claimer') or 'unknown'}: {data.get('label', '')}")
                if data.get("date"):
                    attrs["start"] = data["date"]
        yield flatten(n), attrs


def _flat_edges(G: nx.MultiDiGraph, viz: bool, flat=flatten):
    from kg.graph import EDGE_COLORS

    for u, v, k, data in G.edges(keys=True, data=True):
        attrs = {kk: flat(vv) for kk, vv in data.items()}
        if viz:
            attrs["viz"] = {"color": _hex_rgb(EDGE_COLORS.get(data.get("relation"), "#999999")),
                            "thickness": 3.0 if data.get("relation") == "disputes" else 1.0}
            if data.get("date"):
                attrs["start"] = data["date"]
        yield flatten(u), flatten(v), flatten(k), attrs


def flat_graph(G: nx.MultiDiGraph, *, viz: bool = False) -> nx.MultiDiGraph:
    """A copy of `G` with every attribute flattened (and GEXF `viz` data, positions and claimer-named
    claim labels when asked)."""
    from kg.view.layout import graph_positions

    pos = graph_positions(G) if viz else {}
    H = nx.MultiDiGraph()
    for n, attrs in _flat_nodes(G, viz, pos):
        H.add_node(n, **attrs)
    for u, v, k, attrs in _flat_edges(G, viz):
        H.add_edge(u, v, key=k, **attrs)
    return H


def dispute_network(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Who disputes whom: claimers as nodes, an edge X -> Y weighted by how many of Y's claims X disputes.

    A disputing claim stands for its claimer; nodes carry their affiliation and a colour per affiliation,
    and a position (a circle, or a spring layout on bigger networks).
    """
    from kg.view.layout import claim_owner, ring_layout

    owner = claim_owner(G)
    count: dict[tuple[str, str], int] = {}
    for u, v, d in G.edges(data=True):
        if d.get("relation") != "disputes" or v not in owner:
            continue
        src = owner.get(u, u)
        count[(src, owner[v])] = count.get((src, owner[v]), 0) + 1
    pos = ring_layout(count)
    ranked: dict[str, int] = {}
    for n in pos:
        a = G.nodes[n].get("affiliation") if n in G else ""
        if a:
            ranked[a] = ranked.get(a, 0) + 1
    palette = {a: _AFFILIATION_COLORS[i % len(_AFFILIATION_COLORS)]
               for i, a in enumerate(sorted(ranked, key=lambda a: (-ranked[a], a)))}
    D = nx.DiGraph(name="who disputes whom")
    for n, (x, y) in sorted(pos.items()):
        data = G.nodes[n] if n in G else {}
        affil = data.get("affiliation") or ""
        involved = sum(c for (s, t), c in count.items() if n in (s, t))
        D.add_node(flatten(n), label=flatten(str(data.get("label", n))), kind=str(data.get("kind", EntityType.GROUP)),
                   affiliation=flatten(affil) or "none",
                   disputes=involved,
                   viz={"color": _hex_rgb(palette.get(affil, "#9c9c9c")), "size": float(8 + 4 * involved ** 0.5),
                        "position": {"x": float(x), "y": float(-y), "z": 0.0}})
    for (s, t), c in sorted(count.items()):
        D.add_edge(flatten(s), flatten(t), weight=float(c), disputes=c, label=f"disputes ({c})",
                   viz={"color": _hex_rgb("#e15759"), "thickness": float(1 + 2 * c ** 0.5)})
    return D


def _csv(f, rows, fields: list[str]) -> None:
    """`rows` (dicts) as CSV into the binary file `f`, one row at a time."""
    text = io.TextIOWrapper(f, encoding="utf-8", newline="", write_through=True)
    w = csv.DictWriter(text, fieldnames=fields, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: csv_safe(flatten(r.get(k))) for k in fields})
    text.flush()
    text.detach()


class _FlatView:
    """`G` as networkx's GraphML writer reads it, every attribute flattened as it is read (no flattened copy)."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self._G = G
        self.graph: dict = {}
        self._calls = {"nodes": 0, "edges": 0}

    def is_directed(self) -> bool:
        return True

    def is_multigraph(self) -> bool:
        return True

    # networkx's writer reads the nodes and the edges three times each: twice for the attributes' types (those
    # passes get values of the right types, unflattened), then to write them

    def nodes(self, data=True):
        self._calls["nodes"] += 1
        return _flat_nodes(self._G, False, {}, flatten if self._calls["nodes"] > 2 else _flat_type)

    def edges(self, data=True, keys=True):
        self._calls["edges"] += 1
        return _flat_edges(self._G, False, flatten if self._calls["edges"] > 2 else _flat_type)


def _write_graph_gexf(G: nx.MultiDiGraph, path: Path, date: str | None) -> None:
    """graph.gexf with the view's positions; the positions are freed when it returns."""
    from kg.export.gexf import write_gexf
    from kg.view.layout import graph_positions

    pos = graph_positions(G)
    with atomic_file(path) as f:
        write_gexf(lambda: _flat_nodes(G, True, pos), lambda: _flat_edges(G, True), f, date=date,
                   types=(lambda: _flat_nodes(G, True, pos, _flat_type), lambda: _flat_edges(G, True, _flat_type)))


def write_network(G: nx.MultiDiGraph, out: Path, *, dates: Iterable[str | None] | None = None) -> list[Path]:
    """graph.gexf, disputes.gexf, graph.graphml, nodes.csv and edges.csv in `out`.

    Each is written as it is made (see `kg.export.gexf`), so no flattened copy of `G` is held. The GEXF files'
    `lastmodifieddate` is `SOURCE_DATE_EPOCH`'s day or the newest of `dates` (default: the claims' dates in `G`)."""
    from networkx.readwrite.gexf import GEXFWriter
    from networkx.readwrite.graphml import GraphMLWriterLxml

    from kg.export.gexf import modified_date, set_modified

    out = Path(out)
    written = []
    date = modified_date(dates if dates is not None else (d.get("date") for _, d in G.nodes(data=True)))
    _write_graph_gexf(G, out / "graph.gexf", date)
    written.append(out / "graph.gexf")
    buf = io.BytesIO()
    writer = GEXFWriter(version="1.3")  # what nx.write_gexf does, with the build's date
    set_modified(writer, date)
    writer.add_graph(dispute_network(G))
    writer.write(buf)
    written.append(atomic_write(out / "disputes.gexf", buf.getvalue()))
    with atomic_file(out / "graph.graphml") as f:
        GraphMLWriterLxml(f, graph=_FlatView(G), named_key_ids=True).dump()
    written.append(out / "graph.graphml")
    node_fields = ["id", "kind", "label", "color", "size", "content", "claimer", "cue", "quote", "date", "outlets",
                   "mentions", "occurrences", "independent_sources", "affiliation", "aliases"]
    edge_fields = ["source", "target", "relation", "label", "cue", "quote", "doc", "date", "dispute_kind", "reason"]
    with atomic_file(out / "nodes.csv") as f:
        _csv(f, ({"id": n, **d} for n, d in G.nodes(data=True)), node_fields)
    written.append(out / "nodes.csv")
    with atomic_file(out / "edges.csv") as f:
        _csv(f, ({"source": u, "target": v, **d} for u, v, d in G.edges(data=True)), edge_fields)
    written.append(out / "edges.csv")
    return written

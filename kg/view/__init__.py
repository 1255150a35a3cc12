"""The interactive HTML view: one self-contained, offline file showing who claims what.

pyvis builds the node and edge lists; the page is kg's own template with vis-network's script and
stylesheet (shipped inside the pyvis package) inlined, so nothing is fetched from the network.
Article text reaches the page only as JSON with `<`, `>` and `&` escaped, and tooltips are built
with `textContent`, so a quotation containing markup is shown, never run.
"""
from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write
from kg.graph import COLORS, EDGE_COLORS, KINDS

__all__ = ["DEFAULT_MAX_NODES", "render_html", "select_nodes", "write_html"]

DEFAULT_MAX_NODES = 1500
_SHAPES = {"Person": "dot", "Organisation": "square", "Place": "triangle", "MilitaryUnit": "diamond",
           "Group": "hexagon", "Claim": "box", "Article": "database", "Outlet": "star", "Agency": "star"}
_TOOLTIP_FIELDS = ("content", "claimer", "cue", "quote", "polarity", "date", "outlets", "docs", "independent_sources",
                   "affiliation", "aliases", "mentions", "outlet", "url", "doc")


def _asset(*parts: str) -> str:
    return (resources.files("pyvis") / "lib").joinpath(*parts).read_text(encoding="utf-8")


def _script_json(obj) -> str:
    """JSON safe inside a <script> element: no '</script>', no '<!--', no HTML-significant characters."""
    return (json.dumps(obj, ensure_ascii=False).replace("&", "\\u0026").replace("<", "\\u003c")
            .replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def select_nodes(G: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, focus: str | None = None,
                 depth: int = 2) -> tuple[set, str]:
    """The nodes to draw and a note saying what was left out.

    With `focus`, the ego graph (up to `depth` hops) of the nodes whose label contains it; otherwise,
    beyond `max_nodes`, the most connected nodes (disputed claims and their claimers first).
    """
    if focus:
        seeds = [n for n, d in G.nodes(data=True) if focus.lower() in str(d.get("label", "")).lower()]
        U = G.to_undirected(as_view=True)
        keep = set()
        for s in seeds:
            keep |= set(nx.single_source_shortest_path_length(U, s, cutoff=depth))
        note = f"Focused on “{focus}”: {len(keep)} of {G.number_of_nodes()} nodes within {depth} hops." if seeds \
            else f"No node matches “{focus}”."
        return keep, note
    if G.number_of_nodes() <= max_nodes:
        return set(G.nodes), ""
    score = Counter()
    for u, v, d in G.edges(data=True):
        w = 5 if d.get("relation") == "disputes" else 1
        score[u] += w
        score[v] += w
    keep = {n for n, _ in score.most_common(max_nodes)}
    return keep, (f"Showing the {len(keep)} most connected of {G.number_of_nodes()} nodes; "
                  f"use `kg view --focus NAME` for the neighbourhood of one entity.")


def _network_data(G: nx.MultiDiGraph, keep: set) -> tuple[list, list]:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n in sorted(keep):
        d = G.nodes[n]
        info = {k: d[k] for k in _TOOLTIP_FIELDS if d.get(k) not in (None, "", [], 0)}
        net.add_node(n, label=str(d.get("label", n))[:60], color=d.get("color", "#999"), shape=_SHAPES.get(d["kind"], "dot"),
                     size=d.get("size", 10), kind=d["kind"], info=info, font={"size": 12 if d["kind"] != "Claim" else 10})
    for u, v, d in G.edges(data=True):
        if u not in keep or v not in keep:
            continue
        rel = d["relation"]
        info = {k: d[k] for k in ("cue", "quote", "doc", "date", "dispute_kind", "reason", "cite_kind") if d.get(k)}
        net.add_edge(u, v, relation=rel, color=EDGE_COLORS.get(rel, "#999"), dashes=rel == "disputes",
                     width=3 if rel == "disputes" else 1, label=d.get("label", rel) if rel in ("asserts", "disputes") else "",
                     info=info, arrows="to")
    return net.nodes, net.edges


def render_html(G: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, focus: str | None = None,
                title: str = "kg: who claims what") -> str:
    """The page's HTML (see the module docstring)."""
    keep, note = select_nodes(G, max_nodes=max_nodes, focus=focus)
    nodes, edges = _network_data(G, keep)
    outlets = sorted({o for n in nodes for o in (n["info"].get("outlets") or []) if o} |
                     {n["info"]["outlet"] for n in nodes if n["info"].get("outlet")})
    claimers = sorted({n["info"]["claimer"] for n in nodes if n["kind"] == "Claim" and n["info"].get("claimer")})
    data = {"nodes": nodes, "edges": edges, "colors": COLORS, "edgeColors": EDGE_COLORS, "kinds": list(KINDS),
            "outlets": outlets, "claimers": claimers, "note": note, "physics": len(nodes) <= 400}
    template = (resources.files("kg.view") / "template.html").read_text(encoding="utf-8")
    page = template.replace("{{TITLE}}", title.replace("&", "&amp;").replace("<", "&lt;"))
    page = page.replace("/*{{VIS_CSS}}*/", _asset("vis-9.1.2", "vis-network.css"))
    page = page.replace("/*{{VIS_JS}}*/", _asset("vis-9.1.2", "vis-network.min.js").replace("</script", "<\\/script"))
    return page.replace("/*{{DATA}}*/null", _script_json(data))


def write_html(G: nx.MultiDiGraph, path: Path, **kw) -> Path:
    """Write the view of `G` to `path` atomically."""
    return atomic_write(Path(path), render_html(G, **kw))

"""The interactive HTML view: one self-contained, offline file showing who claims what.

The page opens on the disputes (one row per dispute, the two sides facing each other), with a
"who claims what" view, a "who disputes whom" view, and sortable, searchable claims and disputes
tables. Every position is computed here (`kg.view.layout`), so the browser runs no physics. The
page is kg's own template with vis-network's script and stylesheet (shipped inside the pyvis
package) inlined, so nothing is fetched from the network.
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
from kg.model import Records
from kg.view.data import page_data

__all__ = ["DEFAULT_MAX_NODES", "render_html", "select_nodes", "write_html"]

DEFAULT_MAX_NODES = 1500


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


def _focus_records(records: Records, keep: set) -> Records:
    claims = [c for c in records.claims if (c.cluster or c.id) in keep]
    ids = {c.id for c in claims}
    disputes = [d for d in records.disputes if d.a in ids and (d.b is None or d.b in ids)]
    return records.model_copy(update={"claims": claims, "disputes": disputes})


def render_html(G: nx.MultiDiGraph, records: Records, *, max_nodes: int = DEFAULT_MAX_NODES,
                focus: str | None = None, title: str = "kg: who claims what") -> str:
    """The page's HTML (see the module docstring). With `focus`, only that entity's neighbourhood."""
    note = ""
    if focus:
        keep, note = select_nodes(G, max_nodes=max_nodes, focus=focus)
        G = G.subgraph(keep).copy()
        records = _focus_records(records, keep)
    data = page_data(G, records, note=note, max_nodes=max_nodes)
    template = (resources.files("kg.view") / "template.html").read_text(encoding="utf-8")
    page = template.replace("{{TITLE}}", title.replace("&", "&amp;").replace("<", "&lt;"))
    page = page.replace("/*{{VIS_CSS}}*/", _asset("vis-9.1.2", "vis-network.css"))
    page = page.replace("/*{{VIS_JS}}*/", _asset("vis-9.1.2", "vis-network.min.js").replace("</script", "<\\/script"))
    return page.replace("/*{{DATA}}*/null", _script_json(data))


def write_html(G: nx.MultiDiGraph, path: Path, records: Records, **kw) -> Path:
    """Write the view of `G` (built from `records`) to `path` atomically."""
    return atomic_write(Path(path), render_html(G, records, **kw))

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
from typing import Iterator

import networkx as nx

from kg.io.atomic import atomic_file
from kg.model import Records
from kg.view.data import page_data

__all__ = ["DEFAULT_MAX_NODES", "render_html", "select_nodes", "write_html"]

DEFAULT_MAX_NODES = 1500


def _asset(*parts: str) -> str:
    return (resources.files("pyvis") / "lib").joinpath(*parts).read_text(encoding="utf-8")


def _script_safe(s: str) -> str:
    """JSON text made safe inside a <script> element: no '</script>', no '<!--', no HTML-significant characters
    (each character is replaced on its own, so pieces of a JSON text can be made safe one by one)."""
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029"))


def _script_json(obj) -> str:
    """JSON safe inside a <script> element."""
    return _script_safe(json.dumps(obj, ensure_ascii=False))


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


def _page(G: nx.MultiDiGraph, records: Records, max_nodes: int, focus: str | None, title: str) -> tuple[list[str], dict]:
    """The page around its data (the pieces between which the data's JSON goes) and the data."""
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
    return page.split("/*{{DATA}}*/null"), data


def render_html(G: nx.MultiDiGraph, records: Records, *, max_nodes: int = DEFAULT_MAX_NODES,
                focus: str | None = None, title: str = "kg: who claims what") -> str:
    """The page's HTML (see the module docstring). With `focus`, only that entity's neighbourhood."""
    pieces, data = _page(G, records, max_nodes, focus, title)
    return _script_json(data).join(pieces)


def _json_pieces(obj) -> Iterator[str]:
    """`json.dumps(obj, ensure_ascii=False)` in pieces: the long lists of a dict one batch of items at a time."""
    if isinstance(obj, dict) and all(isinstance(k, str) for k in obj):
        yield "{"
        for i, (k, v) in enumerate(obj.items()):
            yield (", " if i else "") + json.dumps(k, ensure_ascii=False) + ": "
            yield from _json_pieces(v)
        yield "}"
    elif isinstance(obj, list) and len(obj) > 1000:
        yield "["
        for i in range(0, len(obj), 1000):
            yield (", " if i else "") + ", ".join(json.dumps(x, ensure_ascii=False) for x in obj[i:i + 1000])
        yield "]"
    else:
        yield json.dumps(obj, ensure_ascii=False)


def write_html(G: nx.MultiDiGraph, path: Path, records: Records, **kw) -> Path:
    """Write the view of `G` (built from `records`) to `path` atomically, its data streamed (never one string)."""
    pieces, data = _page(G, records, kw.get("max_nodes", DEFAULT_MAX_NODES), kw.get("focus"),
                         kw.get("title", "kg: who claims what"))
    with atomic_file(Path(path)) as f:
        for i, piece in enumerate(pieces):
            if i:
                for part in _json_pieces(data):
                    f.write(_script_safe(part).encode("utf-8"))
            f.write(piece.encode("utf-8"))
    return Path(path)

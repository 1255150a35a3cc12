"""The page's data: three laid-out views of the graph and the rows of the claims and disputes tables.

Every drawn node has a view-local `id` and a `ref`, the graph node it stands for, so one claim can be
drawn in several views (and a claimer in several dispute rows) and still be traced from a table row.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from kg.graph import COLORS, EDGE_COLORS
from kg.model import EntityType, Polarity, Records
from kg.view.layout import ROW_HEIGHT, claim_owner, dispute_rows, near, ring_layout, star_pack

__all__ = ["AFFILIATION_COLORS", "page_data"]

AFFILIATION_COLORS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
                      "#ff9da7", "#8cd17d"]
_NONE_COLOR = "#9c9c9c"
_INFO = ("content", "claimer", "cue", "quote", "polarity", "date", "outlets", "docs", "independent_sources",
         "affiliation", "aliases", "mentions", "outlet", "url", "doc")


def _cut(s: str, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _info(G: nx.MultiDiGraph, n: str) -> dict:
    d = G.nodes[n]
    return {k: d[k] for k in _INFO if d.get(k) not in (None, "", [], 0)}


def _claim_rows(records: Records) -> list[dict]:
    outlet = {a.id: a.outlet or "" for a in records.articles}
    title = {a.id: a.title or a.doc for a in records.articles}
    n_disputes = Counter()
    for d in records.disputes:
        n_disputes[d.a] += 1
        if d.b:
            n_disputes[d.b] += 1
    return [{"id": c.id, "node": c.cluster or c.id, "claimer": c.claimer, "claimer_id": c.claimer_id, "cue": c.cue,
             "polarity": c.polarity, "quote": c.quote, "content": c.content, "outlet": outlet.get(c.article, ""),
             "title": title.get(c.article, c.doc), "doc": c.doc, "date": c.date or "", "disputes": n_disputes[c.id]}
            for c in records.claims]


def _side(c, node: str | None = None) -> dict:
    return {"claim": c.id, "node": node or c.cluster or c.id, "claimer": c.claimer, "claimer_id": c.claimer_id,
            "content": c.content, "cue": c.cue, "doc": c.doc, "polarity": str(c.polarity)}


def _dispute_rows(records: Records) -> list[dict]:
    by_id = {c.id: c for c in records.claims}
    rows = []
    for d in records.disputes:
        a = by_id.get(d.a)
        if a is None:
            continue
        b = by_id.get(d.b) if d.b else None
        right = _side(b) if b else {"claim": None, "node": None, "claimer": d.claimer or "unknown",
                                    "claimer_id": d.claimer_id or "", "content": "", "cue": "", "doc": ""}
        score = getattr(d, "score", None)
        rows.append({"id": d.id, "kind": d.kind, "reason": d.reason, "score": score, "a": _side(a), "b": right})
    return rows


def _claimer_node(G, ref: str, name: str, vid: str, x: float, y: float, *, size: int = 16) -> dict:
    kind = G.nodes[ref]["kind"] if ref in G else EntityType.GROUP
    return {"id": vid, "ref": ref, "label": name, "kind": kind, "x": x, "y": y, "shape": "box",
            "color": {"background": COLORS.get(kind, "#999999"), "border": "#333333"},
            "font": {"size": size, "color": "#ffffff", "face": "system-ui"}, "margin": 7,
            "widthConstraint": {"maximum": 190}}


def _claim_node(ref: str, text: str, vid: str, x: float, y: float, *, polarity: str = Polarity.ASSERTS) -> dict:
    return {"id": vid, "ref": ref, "label": _cut(text, 100), "kind": "Claim", "x": x, "y": y, "shape": "box",
            "color": {"background": "#fff7d6" if polarity != Polarity.DISPUTES else "#fde2e2", "border": "#c9a227"},
            "font": {"size": 14, "face": "system-ui", "color": "#222222"}, "margin": 6,
            "widthConstraint": {"minimum": 220, "maximum": 240}}


def _ladder(G: nx.MultiDiGraph, disputes: list[dict]) -> dict:
    """The disputes view: one row per dispute, the two sides facing each other."""
    pairs = [(r["a"]["claimer"], r["b"]["claimer"]) for r in disputes]
    nodes, edges = [], []
    for row, (i, flipped) in enumerate(dispute_rows(pairs)):
        r = disputes[i]
        r["row"] = row
        y = row * ROW_HEIGHT
        sx = {"a": 1 if flipped else -1, "b": -1 if flipped else 1}
        for key in ("a", "b"):
            s = r[key]
            who = f"r{row}{key}-who"
            nodes.append(_claimer_node(G, s["claimer_id"], s["claimer"], who, sx[key] * 460, y))
            if s["node"]:
                denies = s.get("polarity") == Polarity.DISPUTES  # "X denies that ...": say so on the claimer's arrow
                nodes.append(_claim_node(s["node"], s["content"], f"r{row}{key}", sx[key] * 195, y,
                                         polarity=s.get("polarity", "asserts")))
                edges.append({"from": who, "to": f"r{row}{key}", "relation": "asserts", "title": s["cue"],
                              "label": _cut(s["cue"], 14) if denies else "", "dashes": denies,
                              "font": {"align": "top", "size": 12, "color": "#b22222"},
                              "color": EDGE_COLORS["disputes"] if denies else EDGE_COLORS["asserts"], "width": 2,
                              "row": row})
        src = f"r{row}b" if r["b"]["node"] else f"r{row}b-who"
        edges.append({"from": src, "to": f"r{row}a", "relation": "disputes", "label": r["kind"],
                      "font": {"align": "top", "size": 12, "color": "#b22222"},
                      "color": EDGE_COLORS["disputes"], "width": 3, "dashes": True, "row": row,
                      "dispute": r["id"]})
    return {"nodes": nodes, "edges": edges, "rows": len(disputes)}


def _busiest(G: nx.MultiDiGraph, groups: dict[str, list[str]], max_nodes: int) -> tuple[dict, str]:
    """The claimers (with their claims) that fit in `max_nodes`: those in a dispute first, then the busiest."""
    total = sum(len(m) + 1 for m in groups.values())
    if total <= max_nodes:
        return groups, ""
    disputed = {v for _, v, d in G.edges(data=True) if d["relation"] == "disputes"} | \
               {u for u, _, d in G.edges(data=True) if d["relation"] == "disputes"}
    order = sorted(groups, key=lambda u: (not any(c in disputed for c in groups[u]), -len(groups[u]), u))
    kept, used = {}, 0
    for u in order:
        if used + len(groups[u]) + 1 > max_nodes and kept:
            continue
        kept[u] = groups[u]
        used += len(groups[u]) + 1
    n_claims = sum(len(m) for m in kept.values())
    return kept, (f"“Who claims what” draws the {len(kept)} busiest of {len(groups)} claimers "
                  f"({n_claims} of {total - len(groups)} claims); the tables list every claim, "
                  f"and `kg view --focus NAME` draws one entity's neighbourhood.")


def _claims_view(G: nx.MultiDiGraph, max_nodes: int = 1500) -> dict:
    """Who claims what: each claimer with its claims around it; articles and mentioned entities on demand.

    Beyond `max_nodes` claimers and claims, only the claimers in a dispute and then the busiest are drawn.
    """
    owner = claim_owner(G)
    groups = defaultdict(list)
    for c, u in sorted(owner.items()):
        groups[u].append(c)
    groups, note = _busiest(G, dict(groups), max_nodes)
    owner = {c: u for u, members in groups.items() for c in members}
    pos = star_pack(sorted(groups.items()))
    nodes, edges = [], []
    for hub, members in groups.items():
        x, y = pos[hub]
        size = int(min(28, 14 + 2 * len(members) ** 0.5))
        node = _claimer_node(G, hub, str(G.nodes[hub].get("label", hub)), hub, x, y, size=size)
        nodes.append(node)
    for c in owner:
        x, y = pos[c]
        d = G.nodes[c]
        disputed = any(e["relation"] == "disputes" for _, _, e in G.in_edges(c, data=True)) or \
            any(e["relation"] == "disputes" for _, _, e in G.out_edges(c, data=True))
        nodes.append({"id": c, "ref": c, "label": _cut(d.get("content", ""), 60), "kind": "Claim", "x": x, "y": y,
                      "shape": "dot", "size": 7 if not disputed else 10,
                      "color": "#e15759" if disputed else ("#f4a6a6" if d.get("polarity") == Polarity.DISPUTES else COLORS["Claim"]),
                      "font": {"size": 6, "color": "#444444"}})  # drawn only once zoomed in (vis skips labels under 5 px)
    articles, mentioned = defaultdict(list), defaultdict(list)
    for u, v, d in G.edges(data=True):
        rel = d["relation"]
        if rel == "asserts" and u in pos and v in pos and owner.get(v) != u:
            edges.append({"from": u, "to": v, "relation": "asserts", "color": EDGE_COLORS["asserts"], "width": 1})
        elif rel == "asserts" and u in pos and v in pos:
            edges.append({"from": u, "to": v, "relation": "asserts", "color": "#c5d3e6", "width": 1})
        elif rel == "disputes" and v in pos:
            edges.append({"from": u, "to": v, "relation": "disputes", "color": EDGE_COLORS["disputes"], "width": 3,
                          "dashes": True, "label": "disputes"})
        elif rel == "appears_in" and u in pos:
            articles[v].append(pos[u])
            edges.append({"from": u, "to": v, "relation": "appears_in", "color": "#d0d0d0", "width": 1,
                          "layer": "articles"})
        elif rel == "mentions" and u in pos and v not in groups:
            mentioned[v].append(pos[u])
            edges.append({"from": u, "to": v, "relation": "mentions", "color": "#e0dcd8", "width": 1,
                          "layer": "mentions"})
    for layer, anchors, size in (("articles", articles, 6), ("mentions", mentioned, 5)):
        for n, (x, y) in near(anchors).items():
            d = G.nodes[n]
            nodes.append({"id": n, "ref": n, "label": _cut(str(d.get("label", n)), 40), "kind": d["kind"], "x": x,
                          "y": y, "shape": "square" if layer == "articles" else "dot", "size": size, "layer": layer,
                          "color": COLORS.get(d["kind"], "#999999"), "font": {"size": 8, "color": "#666666"}})
    return {"nodes": nodes, "edges": edges, "note": note}


def _whom(G: nx.MultiDiGraph, disputes: list[dict]) -> dict:
    """Who disputes whom: claimers as nodes, dispute counts as edges, coloured by affiliation."""
    count = Counter()
    name = {}
    for r in disputes:
        a, b = r["a"], r["b"]
        ka, kb = a["claimer_id"] or a["claimer"], b["claimer_id"] or b["claimer"]
        name[ka], name[kb] = a["claimer"], b["claimer"]
        count[(kb, ka)] += 1
    pos = ring_layout(count)
    affil = {k: (G.nodes[k].get("affiliation") if k in G else "") or "" for k in name}
    ranked = [a for a, _ in Counter(v for v in affil.values() if v).most_common()]
    palette = {a: AFFILIATION_COLORS[i % len(AFFILIATION_COLORS)] for i, a in enumerate(ranked)}
    involved = Counter()
    for (s, t), n in count.items():
        involved[s] += n
        involved[t] += n
    nodes = [{"id": "w:" + k, "ref": k, "label": name[k], "kind": G.nodes[k]["kind"] if k in G else EntityType.GROUP,
              "x": pos[k][0], "y": pos[k][1], "shape": "dot", "size": int(12 + 6 * involved[k] ** 0.5),
              "color": palette.get(affil[k], _NONE_COLOR), "affiliation": affil[k] or "none",
              "font": {"size": 18, "color": "#222222", "strokeWidth": 4, "strokeColor": "#ffffff"},
              "widthConstraint": {"maximum": 170}}
             for k in sorted(pos)]
    edges = [{"from": "w:" + s, "to": "w:" + t, "relation": "disputes", "label": str(n), "font": {"size": 16},
              "width": 1 + 2 * n ** 0.5, "color": EDGE_COLORS["disputes"], "count": n}
             for (s, t), n in sorted(count.items())]
    legend = [[a, palette[a]] for a in ranked] + ([["none", _NONE_COLOR]] if "" in affil.values() else [])
    return {"nodes": nodes, "edges": edges, "legend": legend}


def page_data(G: nx.MultiDiGraph, records: Records, *, note: str = "", max_nodes: int = 1500) -> dict:
    """Everything the page draws: the three views, the tables, the filter choices and the tooltips.

    "Who claims what" draws at most `max_nodes` claimers and claims (see `_claims_view`); the tables hold every
    claim and dispute whatever the size.
    """
    claims = _claim_rows(records)
    disputes = _dispute_rows(records)
    views = {"disputes": _ladder(G, disputes), "claims": _claims_view(G, max_nodes), "whom": _whom(G, disputes)}
    note = " ".join(n for n in (note, views["claims"]["note"]) if n)
    refs = {n["ref"] for v in views.values() for n in v["nodes"]}
    info = {r: _info(G, r) for r in sorted(refs) if r in G}
    trace_edges = [[u, v, d["relation"]] for u, v, d in G.edges(data=True)
                   if d["relation"] in ("asserts", "disputes", "appears_in")]
    return {"views": views, "claims": claims, "disputes": disputes, "info": info, "traceEdges": trace_edges,
            "outlets": sorted({r["outlet"] for r in claims if r["outlet"]}),
            "claimers": sorted({r["claimer"] for r in claims}), "colors": COLORS, "edgeColors": EDGE_COLORS,
            "articles": len(records.articles), "note": note,
            "start": "disputes" if disputes else "claims"}

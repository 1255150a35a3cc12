"""Positions computed at build time, so the page opens laid out (no physics in the browser).

Three layouts, all deterministic:

- `dispute_rows`: one row per dispute, the disputed claim and its claimer on one side, the disputing
  claim (or entity) on the other, facing each other across the row. Claimers are put on a side by
  two-colouring the who-disputes-whom graph, so a claimer stays on the same side in every row.
- `star_pack`: each claimer a hub with its claims on a sunflower spiral around it, the hubs packed on
  shelves, biggest first; readable at any size and linear in the number of claims.
- `ring_layout`: the claimer-level dispute network (a circle when small or very large, a spring layout between).
"""
from __future__ import annotations

import math
import networkx as nx

__all__ = ["ROW_HEIGHT", "claim_owner", "dispute_rows", "graph_positions", "near", "ring_layout", "star_pack"]

ROW_HEIGHT = 110
_SPRING_MAX = 500
"""From this many claimers on, the dispute network is an ellipse (networkx's spring layout would need scipy)."""
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _sides(pairs: list[tuple[str, str]]) -> dict[str, int]:
    """Side 0 or 1 per claimer: a BFS two-colouring of the graph whose edges are the (disputed, disputant) pairs."""
    U = nx.Graph()
    U.add_edges_from((a, b) for a, b in pairs if a != b)
    U.add_nodes_from(x for p in pairs for x in p)
    side: dict[str, int] = {}
    for comp in sorted(nx.connected_components(U), key=lambda c: (-len(c), min(c))):
        # start from the most connected claimer so the busiest one anchors the left side
        root = max(sorted(comp), key=U.degree)
        side[root] = 0
        for u, v in nx.bfs_edges(U, root):
            side[v] = 1 - side[u]
    return side


def dispute_rows(pairs: list[tuple[str, str]]) -> list[tuple[int, bool]]:
    """The row order of disputes given their (disputed claimer, disputant) pairs.

    Returns, for each row top to bottom, (index into `pairs`, flipped): `flipped` means the
    disputant is drawn on the left. Rows of the same two claimers are adjacent.
    """
    side = _sides(pairs)
    rows = []
    for i, (a, b) in enumerate(pairs):
        flipped = side.get(a, 0) == 1 and side.get(b, 1) == 0
        left, right = (b, a) if flipped else (a, b)
        rows.append(((left.lower(), right.lower(), i), i, flipped))
    return [(i, flipped) for _, i, flipped in sorted(rows)]


def star_pack(groups: list[tuple[str, list[str]]], *, spacing: float = 26.0,
              gap: float = 70.0) -> dict[str, tuple[float, float]]:
    """Positions for hubs and their members: each (hub, members) a sunflower around its hub, packed on shelves."""
    stars = []
    for hub, members in groups:
        radius = spacing * math.sqrt(len(members) + 1) + 20
        stars.append((radius, hub, members))
    stars.sort(key=lambda s: (-s[0], s[1]))
    area = sum((2 * r + gap) ** 2 for r, _, _ in stars) or 1.0
    width = max(math.sqrt(area * 2.2), 600.0)  # about the shape of the page's graph pane
    pos: dict[str, tuple[float, float]] = {}
    x = y = shelf = 0.0
    for radius, hub, members in stars:
        d = 2 * radius + gap
        if x + d > width and x > 0:
            x, y, shelf = 0.0, y + shelf, 0.0
        cx, cy = x + d / 2, y + d / 2
        pos[hub] = (cx, cy)
        for j, m in enumerate(members, 1):
            r, t = spacing * math.sqrt(j) + 18, j * _GOLDEN
            pos[m] = (cx + r * math.cos(t), cy + r * math.sin(t))
        x += d
        shelf = max(shelf, d)
    return {k: (round(a, 1), round(b, 1)) for k, (a, b) in pos.items()}


def near(anchors: dict[str, list[tuple[float, float]]], *, offset: float = 30.0) -> dict[str, tuple[float, float]]:
    """A position for each on-demand node (an article, a mentioned entity): beside the centroid of its anchors."""
    out = {}
    for i, (n, pts) in enumerate(sorted(anchors.items())):
        if not pts:
            continue
        cx = sum(p[0] for p in pts) / len(pts)
        cy = sum(p[1] for p in pts) / len(pts)
        t = i * _GOLDEN
        out[n] = (round(cx + offset * math.cos(t), 1), round(cy + offset * math.sin(t), 1))
    return out


def ring_layout(edges: dict[tuple[str, str], int], *, scale: float = 230.0) -> dict[str, tuple[float, float]]:
    """Positions for the claimer-level dispute network: an ellipse up to 16 claimers, a seeded spring layout beyond."""
    G = nx.Graph()
    for (a, b), n in edges.items():
        G.add_edge(a, b, weight=G.get_edge_data(a, b, {}).get("weight", 0) + n)
    if not G:
        return {}
    nodes = sorted(G, key=lambda n: (-G.degree(n, weight="weight"), n))
    if len(nodes) <= 16:
        # an ellipse twice as wide as high: labels are wide, and the page's pane is too
        pos = {n: (1.9 * math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
               for i, n in enumerate(nodes)}
        pos = pos if len(nodes) > 1 else {nodes[0]: (0.0, 0.0)}
        s = scale * max(1.0, len(nodes) / 14)
    elif len(nodes) < _SPRING_MAX:
        pos = nx.spring_layout(G, seed=7, k=2.5 / math.sqrt(len(nodes)), iterations=100)
        s = scale * math.sqrt(len(nodes) / 8)
    else:  # networkx lays out 500 nodes or more with scipy, which kg does not need: an ellipse again, by weight
        pos = {n: (1.9 * math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
               for i, n in enumerate(nodes)}
        s = scale * len(nodes) / 14
    return {n: (round(float(x) * s, 1), round(float(y) * s, 1)) for n, (x, y) in pos.items()}



def claim_owner(G: nx.MultiDiGraph) -> dict[str, str]:
    """The claimer each claim node is drawn beside: the one asserting it most often (ties by id)."""
    owner = {}
    for c, d in G.nodes(data=True):
        if d.get("kind") != "Claim":
            continue
        votes: dict[str, int] = {}
        for u, _, e in G.in_edges(c, data=True):
            if e.get("relation") == "asserts":
                votes[u] = votes.get(u, 0) + 1
        if votes:
            owner[c] = min(votes, key=lambda u: (-votes[u], u))
    return owner


def graph_positions(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """A position for every node of the whole graph (for Gephi): claimers with their claims packed as stars,
    then articles and mentioned entities beside their claims, outlets and agencies beside their articles,
    anything left on a last row."""
    owner = claim_owner(G)
    groups: dict[str, list[str]] = {}
    for c, u in sorted(owner.items()):
        groups.setdefault(u, []).append(c)
    pos = star_pack(sorted(groups.items()))
    for _ in range(2):  # articles and mentioned entities, then outlets and agencies
        anchors: dict[str, list[tuple[float, float]]] = {}
        for n in G:
            if n in pos:
                continue
            pts = [pos[m] for m in nx.all_neighbors(G, n) if m in pos]
            if pts:
                anchors[n] = pts
        pos.update(near(anchors, offset=40.0))
    rest = sorted(n for n in G if n not in pos)
    y = max((p[1] for p in pos.values()), default=0.0) + 120
    for i, n in enumerate(rest):
        pos[n] = (float(60 * (i % 40)), y + 60 * (i // 40))
    return pos

"""Records -> networkx MultiDiGraph: the in-memory graph behind GEXF, GraphML, CSV and the HTML view.

Nodes: entities (by type), claims (one node per claim cluster: the same claim carried by several
articles is one node, each appearance kept on its `appears_in` edges), articles, outlets and
wire agencies. Edges carry a `relation`: asserts, disputes, cites, mentions, published_by, appears_in.
Colours and sizes are set here once, so the GEXF and the HTML view agree.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from kg import ids
from kg.model import CitationKind, EntityType, Records

__all__ = ["COLORS", "EDGE_COLORS", "to_networkx"]

COLORS = {
    EntityType.PERSON: "#4e79a7", EntityType.ORGANISATION: "#f28e2b", EntityType.PLACE: "#59a14f",
    EntityType.MILITARY_UNIT: "#8c564b", EntityType.GROUP: "#b07aa1",
    "Claim": "#edc948", "Article": "#9c9c9c", "Outlet": "#5f5f5f", "Agency": "#17becf",
}
EDGE_COLORS = {"asserts": "#4e79a7", "disputes": "#e15759", "cites": "#17becf", "mentions": "#bab0ac",
               "published_by": "#7f7f7f", "appears_in": "#c9c9c9"}


def to_networkx(records: Records) -> nx.MultiDiGraph:
    """The graph of `records`; see the module docstring for its nodes and edges."""
    G = nx.MultiDiGraph(name="kg source-disagreement graph")
    _add_entities_and_articles(G, records)
    node_of_claim = _add_claims(G, records)
    _add_disputes(G, records, node_of_claim)
    for cit in records.citations:
        if cit.kind == CitationKind.AGENCY and cit.target not in G:
            G.add_node(cit.target, kind="Agency", label=cit.label)
        if cit.article in G and cit.target in G:
            G.add_edge(cit.article, cit.target, key=f"cites:{cit.id}", relation="cites", label=f"cites ({cit.kind})",
                       cite_kind=cit.kind)
    _size_and_colour(G)
    return G


def _add_entities_and_articles(G: nx.MultiDiGraph, records: Records) -> None:
    for e in records.entities:
        G.add_node(e.id, kind=e.type, label=e.name, aliases=e.aliases, mentions=e.mentions,
                   articles=len(e.articles), anonymous=e.anonymous, affiliation=e.affiliation or "")
    for a in records.articles:
        G.add_node(a.id, kind="Article", label=a.title or a.doc, doc=a.doc, outlet=a.outlet or "",
                   date=a.date or "", url=a.url or "", story=a.story, agencies=a.agencies)
        if a.outlet:
            oid = ids.outlet_id(a.outlet)
            G.add_node(oid, kind="Outlet", label=a.outlet)
            G.add_edge(a.id, oid, key="published_by", relation="published_by", label="published by")


def _add_claims(G: nx.MultiDiGraph, records: Records) -> dict[str, str]:
    """One node per claim cluster, with its asserts, appears_in and mentions edges; -> claim id: node id."""
    art_by_id = {a.id: a for a in records.articles}
    claims_by_cluster = defaultdict(list)
    for c in records.claims:
        claims_by_cluster[c.cluster or c.id].append(c)
    node_of_claim = {}
    for nid, members in claims_by_cluster.items():
        first = min(members, key=lambda c: (c.date or "9999", c.doc, c.start))
        outlets = sorted({art_by_id[c.article].outlet for c in members if art_by_id[c.article].outlet})
        independent = len({art_by_id[c.article].story for c in members})
        G.add_node(nid, kind="Claim", label=first.content[:80] + ("…" if len(first.content) > 80 else ""),
                   content=first.content, claimer=first.claimer, cue=first.cue, quote=first.quote,
                   polarity=first.polarity, date=first.date or "", outlets=outlets, docs=sorted({c.doc for c in members}),
                   occurrences=len(members), independent_sources=independent, claim_ids=[c.id for c in members])
        for c in members:
            node_of_claim[c.id] = nid
            G.add_edge(c.claimer_id, nid, key=f"asserts:{c.id}", relation="asserts", label=c.cue, cue=c.cue,
                       quote=c.quote, polarity=c.polarity, doc=c.doc, date=c.date or "", claim_id=c.id)
            art = art_by_id[c.article]
            if art:
                G.add_edge(nid, art.id, key=f"appears_in:{c.id}", relation="appears_in", label="appears in",
                           offset_start=c.start, offset_end=c.end, claim_id=c.id, date=c.date or "")
            for about in c.about:
                if about in G and not G.has_edge(nid, about, key="mentions"):
                    G.add_edge(nid, about, key="mentions", relation="mentions", label="mentions")
    return node_of_claim


def _add_disputes(G: nx.MultiDiGraph, records: Records, node_of_claim: dict[str, str]) -> None:
    for d in records.disputes:
        a = node_of_claim.get(d.a)
        if a is None:
            continue
        if d.b is not None and d.b in node_of_claim:
            src = node_of_claim[d.b]
        else:
            src = d.claimer_id
        if src not in G:
            raise ValueError(f"dispute {d.id} names {src!r}, which is no record of this build")
        G.add_edge(src, a, key=f"disputes:{d.id}", relation="disputes", label=f"disputes ({d.kind})",
                   dispute_kind=d.kind, reason=d.reason, dispute_id=d.id)


def _size_and_colour(G: nx.MultiDiGraph) -> None:
    """A node's colour by its kind, its size by how many claims, disputes and citations touch it."""
    weight = Counter()
    for u, v, data in G.edges(data=True):
        if data["relation"] in ("asserts", "cites", "disputes"):
            weight[u] += 1
            weight[v] += 1
    for n, data in G.nodes(data=True):
        data["color"] = COLORS.get(data["kind"], "#999999")
        base = {"Claim": 8, "Article": 10, "Outlet": 12, "Agency": 12}.get(data["kind"], 10)
        data["size"] = float(base + 4 * weight[n] ** 0.75)

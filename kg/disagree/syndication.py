"""Copies of one story, one claim carried by many articles, and the sources articles cite.

Everything is looked up by key (sentence fingerprints, content shingles), never by comparing all
pairs, so the cost grows linearly with the corpus.
"""
from __future__ import annotations

import re
from collections import defaultdict

from kg import ids
from kg.model import Appearance, Article, Citation, CitationKind, Claim, Entity, digest

__all__ = ["citations", "claim_clusters", "stories"]

_WORD = re.compile(r"[\w’'-]+")


def _words(text: str) -> list[str]:
    return [w.lower().strip("’'-") for w in _WORD.findall(text)]


def _fingerprints(text: str) -> set[str]:
    """Fingerprints of the article's sentences of eight words or more."""
    out = set()
    for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
        w = _words(sent)
        if len(w) >= 8:
            out.add(digest(" ".join(w), n=16))
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def stories(articles: list[Article], clean_texts: dict[str, str], *, threshold: float = 0.5) -> dict[str, str]:
    """article id -> story id; copies share at least `threshold` of the smaller article's sentences."""
    prints = {a.id: _fingerprints(clean_texts[a.id]) for a in articles}
    index: dict[str, list[str]] = defaultdict(list)
    for aid, fps in prints.items():
        for fp in fps:
            index[fp].append(aid)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for members in index.values():
        if 1 < len(members) <= 50:
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    shared[(min(a, b), max(a, b))] += 1
    uf = _UnionFind()
    for (a, b), n in shared.items():
        if n >= threshold * max(1, min(len(prints[a]), len(prints[b]))):
            uf.union(a, b)
    return {a.id: ids.story_id(uf.find(a.id)) for a in articles}


def claim_clusters(claims: list[Claim], article_of: dict[str, Article], *, threshold: float = 0.6) -> list[Appearance]:
    """Group claim occurrences that carry the same content in several articles.

    Two occurrences join when their content words overlap (Jaccard >= `threshold`); candidates are
    found through shared word trigrams. Independent sources count each story (copies) once.
    """
    words = {c.id: _words(c.content) for c in claims}
    index: dict[tuple, list[str]] = defaultdict(list)
    for c in claims:
        w = words[c.id]
        for i in range(max(1, len(w) - 2)):
            index[tuple(w[i:i + 3])].append(c.id)
    uf = _UnionFind()
    by_id = {c.id: c for c in claims}
    checked: set[tuple[str, str]] = set()
    for members in index.values():
        if len(members) > 200:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                key = (min(a, b), max(a, b))
                if key in checked or by_id[a].article == by_id[b].article:
                    continue
                checked.add(key)
                sa, sb = set(words[a]), set(words[b])
                if sa and sb and len(sa & sb) / len(sa | sb) >= threshold:
                    uf.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        groups[uf.find(c.id)].append(c.id)
    out = []
    for members in groups.values():
        arts = sorted({by_id[m].article for m in members})
        art_objs = [article_of[a] for a in arts if a in article_of]
        outlets = sorted({a.outlet for a in art_objs if a.outlet})
        independent = len({a.story for a in art_objs})
        out.append(Appearance(cluster=ids.cluster_id(members), claims=sorted(members),
                              articles=arts, outlets=outlets, independent_sources=independent))
    return sorted(out, key=lambda a: a.cluster)


def citations(articles: list[Article], claims: list[Claim], entities: list[Entity]) -> list[Citation]:
    """Articles citing their speakers, the wire agencies they credit, and the copies of their story."""
    out: dict[str, Citation] = {}
    by_article = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    for a in articles:
        for c in by_article[a.id]:
            cid = ids.citation_id(a.id, c.claimer_id)
            out.setdefault(cid, Citation(id=cid, article=a.id, target=c.claimer_id, kind=CitationKind.SPEAKER,
                                         label=c.claimer))
        for ag in a.agencies:
            target = ids.agency_id(ag)
            cid = ids.citation_id(a.id, target)
            out[cid] = Citation(id=cid, article=a.id, target=target, kind=CitationKind.AGENCY, label=ag)
    by_story = defaultdict(list)
    for a in articles:
        by_story[a.story].append(a)
    for copies in by_story.values():
        copies = sorted(copies, key=lambda a: (a.date or "9999", a.doc, a.id))
        original = copies[0]
        for a in copies[1:]:
            cid = ids.citation_id(a.id, original.id)
            out[cid] = Citation(id=cid, article=a.id, target=original.id, kind=CitationKind.COPY, label=original.doc)
    return sorted(out.values(), key=lambda c: c.id)


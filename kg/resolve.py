"""Canonical entities across articles, and claim records built from what each article yielded.

Names are merged by key, not by comparing every pair: a person's key is the surname folded to
ASCII with a one-letter spelling tolerance ("Zelensky" / "Zelenskiy"), so cost grows with the
number of mentions. A lone surname ("Putin", "Mr Putin") joins the one full name that shares it.
The type of a surface name is decided by majority over all its mentions, which corrects spaCy's
per-mention mistakes ("Belgorod" tagged once as a person, three times as a place).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.extract.claims import RawClaim
from kg.extract.entities import Mention
from kg.extract.quantities import quantities
from kg.ingest import Source
from kg.lexicon.world import country_of
from kg.model import Claim, Entity, digest, slug
from kg.names import Names

__all__ = ["ArticleExtraction", "resolve"]


@dataclass(frozen=True)
class ArticleExtraction:
    """What extraction found in one article."""

    source: Source
    mentions: list[Mention]
    claims: list[RawClaim]


def _entity_id(name: str, etype: str, scope: str | None = None) -> str:
    # a description confined to one article ("officials") gets that article in its id
    base = f"{etype.lower()}-{slug(name)}"
    return f"{base}-{digest(scope, n=6)}" if scope else base


def resolve(extractions: list[ArticleExtraction]) -> tuple[list[Entity], list[Claim]]:
    """Entities merged across articles and the claim records that point at them."""
    names = Names()
    for ex in extractions:
        doc = ex.source.article.doc
        for m in ex.mentions:
            names.add(m.name, m.type, doc, m.text, affiliation=m.affiliation)
        for c in ex.claims:
            # a claimer's type is decided by how it speaks: weigh it above bare mentions
            names.add(c.claimer.name, c.claimer.type, doc, c.claimer.mention, anonymous=c.claimer.anonymous,
                      affiliation=c.claimer.affiliation, weight=3)
    index = names.resolve()
    entity_of: dict[int, Entity] = {}
    for cl in index.clusters:
        affiliation = cl.affiliation or (country_of(cl.name) if cl.type in ("Organisation", "Place") else None)
        entity_of[id(cl)] = Entity(
            id=_entity_id(cl.name, cl.type, cl.scope), name=cl.name, type=cl.type, aliases=sorted(cl.aliases),
            mentions=cl.mentions, articles=sorted(cl.docs), anonymous=cl.anonymous, affiliation=affiliation)
    entities = {e.id: e for e in entity_of.values()}
    claims: list[Claim] = []
    for ex in extractions:
        art = ex.source.article
        text = ex.source.text
        stem = art.doc.rsplit(".", 1)[0]
        for rc in ex.claims:
            ent = entity_of[id(index.cluster_of(art.doc, rc.claimer.name))]
            about = []
            for m in ex.mentions:
                if rc.start <= m.start and m.end <= rc.end:
                    cl = index.cluster_of(art.doc, m.name)
                    target = entity_of[id(cl)] if cl is not None else None
                    if target and target.id not in about and target.id != ent.id:
                        about.append(target.id)
            content = text[rc.start:rc.end]
            claims.append(Claim(
                id=f"{stem}-c{digest(art.doc, rc.start, rc.end, ent.name, n=8)}",
                doc=art.doc, claimer=ent.name, claimer_id=ent.id, claimer_mention=rc.claimer.mention,
                claimer_type=ent.type, anonymous=ent.anonymous, affiliation=ent.affiliation,
                cue=rc.cue, quote=rc.quote, polarity=rc.polarity, content=content, start=rc.start, end=rc.end,
                sentence=text[rc.sentence_start:rc.sentence_end].strip(), sentence_start=rc.sentence_start,
                sentence_end=rc.sentence_end, date=art.date, about=about,
                quantities=quantities(content, rc.start)))
    return sorted(entities.values(), key=lambda e: e.id), claims

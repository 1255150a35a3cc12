"""Canonical entities across articles, and claim records built from what each article yielded.

Names are merged by key, not by comparing every pair: a person's key is the surname folded to
ASCII with a one-letter spelling tolerance ("Zelensky" / "Zelenskiy"), so cost grows with the
number of mentions. A lone surname ("Putin", "Mr Putin") joins the one full name that shares it.
The type of a surface name is decided by majority over all its mentions, which corrects spaCy's
per-mention mistakes ("Belgorod" tagged once as a person, three times as a place).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from typing import NamedTuple

from kg import ids
from kg.extract.claims import RawClaim
from kg.extract.entities import Mention
from kg.ingest import Source
from kg.lexicon.world import country_of
from kg.model import Claim, Entity, EntityType, Quantity

__all__ = ["ArticleExtraction", "Resolution", "resolve"]


@dataclass(frozen=True)
class ArticleExtraction:
    """What extraction found in one article: everything later stages need, as fields.

    `quantities`, `stances` and `paragraphs` run parallel to `claims` (one entry per claim): the figures in
    its content, its classified predicates, and the (start, end) of the paragraph it stands in.
    """

    source: Source
    mentions: list[Mention]
    claims: list[RawClaim]
    quantities: list[list[Quantity]] = field(default_factory=list)
    stances: list[list[tuple]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


class Resolution(NamedTuple):
    """Canonical entities and the claim records that point at them; every id is minted here (via kg.ids)."""

    entities: list[Entity]
    claims: list[Claim]
    stances: dict[str, list[tuple]]


_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "his", "its", "their", "who", "that", "which"}


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()


def _surname_key(name: str) -> str:
    last = _fold(name.split()[-1]) if name.split() else ""
    # one-letter spelling variants of transliterated names share a key: -iy/-y, -ii/-i, doubled letters
    last = re.sub(r"(?:iy|yi|ii|y|i)$", "y", last)
    for a, b in (("kh", "h"), ("ck", "k")):
        last = last.replace(a, b)
    out = []
    for ch in last:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


class _Names:
    """Variant names, grouped and given one canonical form per entity."""

    def __init__(self) -> None:
        self.types: dict[str, Counter] = defaultdict(Counter)
        self.count: Counter = Counter()
        self.docs: dict[str, set] = defaultdict(set)
        self.surfaces: dict[str, set] = defaultdict(set)
        self.meta: dict[str, tuple[bool, str | None]] = {}

    def add(self, name: str, etype: str, doc: str, surface: str, *, anonymous: bool = False,
            affiliation: str | None = None, weight: int = 1) -> None:
        self.types[name][etype] += weight
        self.count[name] += 1
        self.docs[name].add(doc)
        self.surfaces[name].add(surface.strip())
        if name not in self.meta or affiliation:
            self.meta[name] = (anonymous, affiliation)

    def type_of(self, name: str) -> str:
        return self.types[name].most_common(1)[0][0]

    def canonical_map(self) -> dict[str, str]:
        """variant name -> canonical name."""
        canon: dict[str, str] = {n: n for n in self.types}
        persons = [n for n in self.types if self.type_of(n) == "Person" and not n.endswith("(anonymous)")]
        groups: dict[str, list[str]] = defaultdict(list)
        for n in persons:
            groups[_surname_key(n)].append(n)
        for members in groups.values():
            full = [n for n in members if len(n.split()) >= 2]
            firsts = {_fold(n.split()[0]) for n in full}
            if len(firsts) > 1:
                # different people sharing a surname: merge each full name's variants only
                by_first: dict[str, list[str]] = defaultdict(list)
                for n in full:
                    by_first[_fold(n.split()[0])].append(n)
                for variants in by_first.values():
                    best = max(variants, key=lambda n: (self.count[n], len(n)))
                    for n in variants:
                        canon[n] = best
                continue
            pool = full or members
            best = max(pool, key=lambda n: (self.count[n], len(n), n))
            for n in members:
                canon[n] = best
        return canon


def _merged_names(names: _Names) -> dict[str, dict]:
    """canonical name -> what its variants add up to; names that slug alike are one entity."""
    canon = names.canonical_map()
    by_key: dict[str, str] = {}
    for target in sorted(set(canon.values()), key=lambda n: (-names.count[n], n)):
        by_key.setdefault(ids.slug(target), target)
    merged: dict[str, dict] = {}
    for variant, target in canon.items():
        target = by_key[ids.slug(target)]
        canon[variant] = target
        e = merged.setdefault(target, {"aliases": set(), "mentions": 0, "articles": set(), "types": Counter()})
        e["aliases"] |= names.surfaces[variant] | {variant}
        e["mentions"] += names.count[variant]
        e["articles"] |= names.docs[variant]
        e["types"] += names.types[variant]
    return merged, canon


def _entities(names: _Names) -> tuple[dict[str, Entity], dict[str, str]]:
    merged, canon = _merged_names(names)
    entities: dict[str, Entity] = {}
    for name, e in merged.items():
        etype = EntityType(e["types"].most_common(1)[0][0])
        anonymous, affiliation = names.meta.get(name, (False, None))
        affiliation = affiliation or (country_of(name) if etype in (EntityType.ORGANISATION, EntityType.PLACE)
                                      else None)
        entities[name] = Entity(
            id=ids.entity_id(name, etype), name=name, type=etype,
            aliases=sorted(a for a in e["aliases"] if a and a != name and a.lower() not in _PRONOUNS),
            mentions=e["mentions"], articles=sorted(e["articles"]), anonymous=anonymous, affiliation=affiliation)
    # an affiliation names an entity: the one of that name, or a new country record
    for name, ent in list(entities.items()):
        if not ent.affiliation:
            continue
        target = entities.get(canon.get(ent.affiliation, ent.affiliation))
        if target is None:
            target = entities[ent.affiliation] = Entity(
                id=ids.entity_id(ent.affiliation, EntityType.PLACE), name=ent.affiliation, type=EntityType.PLACE)
            canon[ent.affiliation] = ent.affiliation
        entities[name] = ent.model_copy(update={"affiliation": target.name, "affiliation_id": target.id})
    return entities, canon


def entity_for(entities: dict[str, Entity], name: str, etype: EntityType = EntityType.ORGANISATION) -> Entity:
    """The entity named `name` (case-insensitively), added to `entities` when there is none."""
    found = entities.get(name)
    if found is None:
        key = ids.slug(name)
        found = next((e for e in entities.values() if ids.slug(e.name) == key), None)
    if found is None:
        found = entities[name] = Entity(id=ids.entity_id(name, etype), name=name, type=etype)
    return found


def resolve(extractions: list[ArticleExtraction]) -> Resolution:
    """Entities merged across articles and the claim records that point at them.

    Raises kg.ids.IdCollision if two different records were given one id (a bug, never an input problem).
    """
    names = _Names()
    for ex in extractions:
        art = ex.source.article.id
        for m in ex.mentions:
            names.add(m.name, m.type, art, m.text, affiliation=m.affiliation)
        for c in ex.claims:
            # a claimer's type is decided by how it speaks: weigh it above bare mentions
            names.add(c.claimer.name, c.claimer.type, art, c.claimer.mention, anonymous=c.claimer.anonymous,
                      affiliation=c.claimer.affiliation, weight=3)
    entities, canon = _entities(names)
    claims: list[Claim] = []
    stances: dict[str, list[tuple]] = {}
    for ex in extractions:
        art = ex.source.article
        text = ex.source.text
        for i, rc in enumerate(ex.claims):
            ent = entities[canon.get(rc.claimer.name, rc.claimer.name)]
            about = []
            for m in ex.mentions:
                if rc.start <= m.start and m.end <= rc.end:
                    target = entities.get(canon.get(m.name, m.name))
                    if target and target.id not in about and target.id != ent.id:
                        about.append(target.id)
            para = ex.paragraphs[i] if i < len(ex.paragraphs) else (rc.sentence_start, rc.sentence_end)
            stance = ex.stances[i] if i < len(ex.stances) else []
            claim = Claim(
                id=ids.claim_id(art.id, rc.start, rc.end, ent.id),
                doc=art.doc, article=art.id, claimer=ent.name, claimer_id=ent.id,
                claimer_mention=rc.claimer.mention, claimer_type=ent.type, anonymous=ent.anonymous,
                affiliation=ent.affiliation, cue=rc.cue, quote=rc.quote, polarity=rc.polarity,
                content=text[rc.start:rc.end], start=rc.start, end=rc.end,
                sentence=text[rc.sentence_start:rc.sentence_end].strip(), sentence_start=rc.sentence_start,
                sentence_end=rc.sentence_end, paragraph_start=para[0], paragraph_end=para[1], date=art.date,
                about=about, quantities=ex.quantities[i] if i < len(ex.quantities) else [],
                negated=bool(stance and stance[0][1]))
            claims.append(claim)
            if stance:
                stances[claim.id] = stance
    ids.check_unique("entity", (e.id for e in entities.values()))
    ids.check_unique("claim", (c.id for c in claims))
    return Resolution(sorted(entities.values(), key=lambda e: e.id), claims, stances)

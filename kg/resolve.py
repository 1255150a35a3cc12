"""Canonical entities across articles, and claim records built from what each article yielded.

Which names are one entity is decided by `kg.names` (variants, titles, surnames, transliterations,
descriptions kept to their article); this module turns its clusters into Entity records and builds
the claim records that point at them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from kg import ids
from kg.extract.claims import RawClaim
from kg.extract.entities import Mention
from kg.ingest import Source
from kg.lexicon.speech import MILITARY_NOUNS, ORGANISATION_NOUNS
from kg.extract.typeclues import EVIDENCE, TypeRule, regions
from kg.lexicon.world import DEMONYMS, TITLES, country_named, country_of
from kg.model import Claim, Entity, EntityType, Frame, MentionKind, Quantity, QuoteKind
from kg.model import Mention as MentionRecord
from kg.pronouns import (APPOSITION, Antecedent, resolve_appositions, resolve_descriptions, resolve_its,
                         resolve_pronouns, resolve_speakers)
from kg.names import PRONOUNS, MergeRule, NameIndex, Names, name_key
from kg.rules import stamp
from kg.namekeys import clean

__all__ = ["ArticleExtraction", "Resolution", "claimer_name", "resolve"]


@dataclass(frozen=True)
class ArticleExtraction:
    """What extraction found in one article: everything later stages need, as fields.

    `quantities`, `frames` and `paragraphs` run parallel to `claims` (one entry per claim): the figures in
    its content, its frame (see kg.extract.frames), and the (start, end) of the paragraph it stands in.
    """

    source: Source
    mentions: list[Mention]
    claims: list[RawClaim]
    quantities: list[list[Quantity]] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


class Resolution(NamedTuple):
    """Canonical entities, the claim records that point at them, and where each entity is mentioned; every id
    is minted here (via kg.ids)."""

    entities: list[Entity]
    claims: list[Claim]
    mentions: list[MentionRecord] = []


def _kind(surface: str, scoped: bool) -> MentionKind:
    """A mention's kind: a pronoun, a description (an entity confined to its article, or a lower-case or
    "the"-led surface: "the agency", "officials"), else a name."""
    words = surface.split()
    if surface.lower() in PRONOUNS:
        return MentionKind.PRONOUN
    if scoped or not words or not any(w[:1].isupper() for w in words) or words[0].lower() in ("the", "a", "an") and \
            not any(w[:1].isupper() for w in words[1:]):
        return MentionKind.DESCRIPTION
    return MentionKind.NAME


_WORD = re.compile(r"[\w.'’&-]+")
_NESTABLE = (EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE)


def _named_clusters(index: NameIndex) -> dict[str, object]:
    """Clusters by the key of their name, for names another name may carry inside it; a key two share is left out."""
    seen: dict[str, list] = {}
    for cl in index.clusters:
        if cl.scope is None and cl.type in _NESTABLE and not (cl.type == EntityType.PERSON and len(cl.name.split()) < 2):
            seen.setdefault(name_key(cl.name), []).append(cl)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _nested(art: str, surface: str, start: int, own, index: NameIndex, named: dict) -> list[tuple[int, int, object]]:
    """Names inside a longer name: "Ada Lovelace" in "Ada Lovelace Institute", "Norway" in "Visit Norway", "Leeds"
    in "University of Leeds" (its first words, its last words, or what follows "of"), where they name an entity."""
    words = list(_WORD.finditer(surface))
    first = 1 if words and words[0].group().lower() == "the" else 0  # "the Ada Lovelace Institute"
    subs = [(i, j) for i in range(first, len(words)) for j in range(i + 1, len(words) + 1)
            if (i, j) != (first, len(words)) and
            (i == first or j == len(words) or words[i - 1].group().lower() == "of")]
    out: list[tuple[int, int, object]] = []
    for i, j in sorted(subs, key=lambda ij: ij[0] - ij[1]):
        a, b = words[i].start(), words[j - 1].end()
        sub = surface[a:b]
        if not sub[:1].isupper() or sub.lower() in PRONOUNS or any(a < y and x < b for x, y, _ in out):
            continue
        cl = index.cluster_of(art, sub) or named.get(name_key(sub))
        if cl is not None and cl is not own and cl.scope is None and cl.type in _NESTABLE:
            out.append((a, b, cl))
    return [(start + a, start + b, cl) for a, b, cl in out]


def _mention_records(extractions: list[ArticleExtraction], index: NameIndex,
                     entity_of: dict[int, Entity]) -> list[MentionRecord]:
    """Every mention of a resolved entity, once per span: recognised names (and the names inside them),
    claimers (their pronouns and descriptions included), the pronouns that refer to a named person, in article
    and text order."""
    by_key = _named_clusters(index)
    people = {e.id for e in entity_of.values() if e.type == EntityType.PERSON}
    scoped = {entity_of[id(cl)].id for cl in index.clusters if cl.scope}
    bodies = {e.id: e.type for e in entity_of.values()
              if e.type in (EntityType.ORGANISATION, EntityType.PLACE) and e.id not in scoped}
    out: dict[tuple[str, int, int], MentionRecord] = {}
    for ex in extractions:
        art, text = ex.source.article.id, ex.source.text
        claimers = _claimer_names(ex)
        spans = [(m.name, m.start, m.end) for m in ex.mentions]
        spans += [(claimers[(c.claimer.name, c.claimer.mention)][0], c.claimer.start, c.claimer.end) for c in ex.claims]
        for name, start, end in spans:
            cl = index.cluster_of(art, name)
            if cl is None or not 0 <= start < end <= len(text) or (art, start, end) in out:
                continue
            surface = text[start:end]
            kind = _kind(surface, cl.scope is not None)
            out[(art, start, end)] = MentionRecord(entity_id=entity_of[id(cl)].id, article=art, start=start, end=end,
                                                   text=surface, kind=kind)
            if kind == MentionKind.NAME and " " in surface.strip() and cl.type != EntityType.PERSON:
                for a, b, inner in _nested(art, surface, start, cl, index, by_key):
                    out.setdefault((art, a, b), MentionRecord(entity_id=entity_of[id(inner)].id, article=art, start=a,
                                                              end=b, text=text[a:b], kind=MentionKind.NAME))
        _repeated_names(art, text, out, set(people) | set(bodies))
        _drop_country_tails(art, text, out)
        _pronoun_records(art, text, out, people, bodies, _quotations(ex, index, entity_of, out, bodies))
    return [out[k] for k in sorted(out)]


def _repeated_names(art: str, text: str, out: dict, named: set[str]) -> None:
    """Add to `out` each further occurrence of a name the article already gave one entity ("Andy Warhol's death"
    after "Andy Warhol", where the recogniser missed it): written the same, inside or across no other mention (it
    may hold a shorter one: "Environment Canada" over a "Canada" the recogniser took alone), and a
    one-word name neither at the start of a sentence or line (where "Will" or "May" may be no name) nor beside
    another capitalised word (a longer name: "Quint" in "Quint Street")."""
    surfaces: dict[str, set[str]] = {}
    for (a, _, _), r in out.items():
        if a == art and r.kind == MentionKind.NAME and r.entity_id in named:
            surfaces.setdefault(re.sub(r"['’]s?$", "", r.text.strip()), set()).add(r.entity_id)
    spans = sorted((s, e) for (a, s, e) in out if a == art)
    for surface, eids in sorted(surfaces.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if len(eids) != 1 or len(surface) < 2 or not surface[:1].isupper() or surface.lower() in PRONOUNS:
            continue
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(surface)}(?![\w-]|\.\w)", text):
            if not _free(text, m.start(), m.end(), spans, " " not in surface):
                continue
            out[(art, m.start(), m.end())] = MentionRecord(entity_id=next(iter(eids)), article=art, start=m.start(),
                                                           end=m.end(), text=m.group(), kind=MentionKind.NAME)
            spans.append((m.start(), m.end()))


# words that may stand right before a country's name without making one name with it: "in UK", "The UK", "US Army"
_BEFORE_COUNTRY = frozenset({"the", "in", "at", "on", "for", "from", "to", "and", "or", "of", "by", "with", "as", "but",
                             "while", "when", "after", "before", "since", "across", "throughout", "into", "across",
                             "against", "between", "than", "if", "all", "both", "whole"})


def _drop_country_tails(art: str, text: str, out: dict) -> None:
    """Drop from `out` the mentions of a country whose name ends a longer name the recogniser missed: right after
    a capitalised word inside a sentence, not on a headline, that no mention covers and no function word or title
    is ("the firm Hitwise UK", "shares of Acme Canada")."""
    from kg.lexicon.world import PERSONAL_TITLES

    spans = [(s, e) for (a, s, e) in out if a == art]
    for (a, s, e), r in list(out.items()):
        if a != art or r.kind != MentionKind.NAME or country_named(r.text) is None:
            continue
        m = re.search(r"(?<![\w.'’-])([A-Z][\w&'’-]*) $", text[max(0, s - 40):s])
        if m is None or m.group(1).lower() in _BEFORE_COUNTRY or m.group(1).lower() in PERSONAL_TITLES or \
                country_named(m.group(1)) is not None:
            continue
        at = s - len(m.group(0))
        if _title_case_line(text, s):
            continue  # a headline capitalises every word: "Ukraine Pounds Russia with Drones"
        if re.search(r"(?:^|[.!?:;\n][\"“'‘]?)\s*$", text[max(0, at - 3):at]):
            continue  # a sentence's first word ("Meanwhile UK officials said") may be any word
        if not any(x <= at < y for x, y in spans if (x, y) != (s, e)):
            del out[(a, s, e)]


def _title_case_line(text: str, at: int) -> bool:
    """Is character `at` on a title-case line (a headline): at least 3 long words, 70% of them capitalised?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _free(text: str, start: int, end: int, spans: list[tuple[int, int]], one_word: bool) -> bool:
    """May a name found again at start:end be a mention? Not where a mention is, nor inside or across one (it
    may hold one: "Environment Canada" over a "Canada" the recogniser took alone); a one-word name touching
    none, and neither at a sentence's or line's start nor beside another capitalised word."""
    for s, e in spans:
        if s < end and start < e and not (start <= s and e <= end and not one_word) or (s, e) == (start, end):
            return False
    return not one_word or not (re.search(r"(?:^|[.!?:\n][\"“'‘]?)\s*$", text[max(0, start - 3):start]) or
                                re.search(r"[A-Z][\w.'’-]* $", text[max(0, start - 30):start]) or
                                re.match(r" [A-Z]", text[end:end + 2]))


def _quotations(ex: ArticleExtraction, index: NameIndex, entity_of: dict[int, Entity], out: dict,
                bodies: dict) -> list[tuple]:
    """(start, end, person id, body id) of each quotation in a direct or mixed claim of the article: the named
    person it is credited to, and the body that speaks or that the speaker's mention or its apposition names
    ("Tunisia's coach Ada Obi", "Ada Obi, the Acme spokeswoman,"), for a later I or we."""
    from kg.extract.quotes import quotes_in

    art, text, found = ex.source.article.id, ex.source.text, []
    claimers = _claimer_names(ex)
    quotes = quotes_in(text)
    for c in ex.claims:
        cl = index.cluster_of(art, claimers[(c.claimer.name, c.claimer.mention)][0])
        if c.quote == QuoteKind.INDIRECT or cl is None or cl.scope is not None or cl.anonymous:
            continue
        ent = entity_of[id(cl)]
        person = ent.id if ent.type == EntityType.PERSON else None
        apposition = APPOSITION.match(text, c.claimer.end)  # "Ada Obi, the Acme spokeswoman, said"
        reach = apposition.end() if apposition else c.claimer.end
        body = ent.id if ent.type == EntityType.ORGANISATION else next(
            (r.entity_id for (a, s, e), r in out.items() if a == art and c.claimer.start <= s < e <= reach
             and r.entity_id != ent.id and r.kind == MentionKind.NAME and r.entity_id in bodies), None)
        found += [(q.start, q.end, person, body) for q in quotes if q.start < c.end and c.start < q.end]
    return found + _quotes_after(text, quotes, found)


def _quotes_after(text: str, quotes: list, credited: list[tuple]) -> list[tuple]:
    """A quotation that follows a credited one in its paragraph, with no other quotation between, goes on in the
    same voice: '"We will appeal," Ada Obi said. "I am sure of it."'."""
    out: list[tuple] = []
    by_start = {s: c for c in credited for s in (c[0],)}
    for before, q in zip(quotes, quotes[1:]):
        voice = by_start.get(before.start)
        if voice is not None and q.start not in by_start and "\n" not in text[before.end:q.start]:
            out.append((q.start, q.end, voice[2], voice[3]))
            by_start[q.start] = out[-1]
    return out


def _pronoun_records(art: str, text: str, out: dict, people: set[str], bodies: set[str], quotations: list) -> None:
    """Add to `out` the he/she pronouns of an article that refer to a person it names, the first-person pronouns
    of the quotations credited to a named speaker, and the descriptions that refer to a body, place or person it
    names (kg.pronouns)."""
    named = [Antecedent(r.start, r.end, r.entity_id, r.text, EntityType.PERSON) for (a, _, _), r in out.items()
             if a == art and r.kind == MentionKind.NAME and r.entity_id in people]
    taken = {(s, e) for (a, s, e) in out if a == art}
    speakers = [(s, e, person) for s, e, person, _ in quotations]
    found = [(s, e, eid, MentionKind.PRONOUN) for s, e, eid in resolve_pronouns(text, named, taken, speakers)]
    found += [(s, e, eid, MentionKind.PRONOUN) for s, e, eid in resolve_speakers(text, quotations, taken)]
    named_bodies = [Antecedent(r.start, r.end, r.entity_id, r.text, bodies[r.entity_id])
                    for (a, _, _), r in out.items()
                    if a == art and r.kind == MentionKind.NAME and r.entity_id in bodies]
    found += [(s, e, eid, MentionKind.DESCRIPTION)
              for s, e, eid in resolve_descriptions(text, named_bodies, taken, named)]
    found += [(s, e, eid, MentionKind.PRONOUN) for s, e, eid in resolve_its(text, named_bodies, taken)]
    found += [(s, e, eid, MentionKind.DESCRIPTION)
              for s, e, eid in resolve_appositions(text, named + named_bodies, taken)]
    for start, end, eid, kind in found:
        out.setdefault((art, start, end), MentionRecord(entity_id=eid, article=art, start=start, end=end,
                                                        text=text[start:end], kind=kind))


def _entities(index: NameIndex) -> dict[int, Entity]:
    """One Entity per cluster (keyed by the cluster's id()), its affiliation linked to the entity it names."""
    out: dict[int, Entity] = {}
    for cl in index.clusters:
        etype = EntityType(cl.type)
        affiliation = cl.affiliation or (country_of(cl.name) if etype in (EntityType.ORGANISATION, EntityType.PLACE)
                                         else None)
        out[id(cl)] = Entity(
            id=ids.entity_id(cl.name, etype, scope=cl.scope), name=cl.name, type=etype, aliases=sorted(cl.aliases),
            mentions=cl.mentions, articles=sorted(cl.docs), anonymous=cl.anonymous, affiliation=affiliation,
            rule=stamp(("type", cl.type_rule), ("name", ", ".join(cl.merge_rules))))
    # an affiliation names an entity: the one of that name, or a new country record
    scoped = {id(cl) for cl in index.clusters if cl.scope}
    named = {name_key(e.name): e for cl_id, e in out.items() if cl_id not in scoped}
    extra: dict[str, Entity] = {}
    for cl_id, ent in list(out.items()):
        if not ent.affiliation:
            continue
        target = named.get(name_key(ent.affiliation))
        if target is None:
            target = named[name_key(ent.affiliation)] = extra[ent.affiliation] = Entity(
                id=ids.entity_id(ent.affiliation, EntityType.PLACE), name=ent.affiliation, type=EntityType.PLACE,
                rule=stamp(("type", TypeRule.AFFILIATION), ("name", MergeRule.ONE_NAME)))
        out[cl_id] = ent.model_copy(update={"affiliation": target.name, "affiliation_id": target.id})
    for k, e in extra.items():
        out[id(e)] = e
    return out


_BODY = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+(\S.*)$", re.IGNORECASE)


_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)
_QUANTIFIERS = frozenset({"most", "many", "majority", "some", "several", "few", "all", "both", "half", "dozens", "every",
                          "each",
                          "hundreds", "thousands", "millions", "number", "minority", "plurality"})


def _claimer_type(c) -> str:
    """A described claimer's type by the number of its head: "the majority of legal experts", "most candidates"
    are a group, "Leeds's city government" a body; a named claimer keeps the type it spoke as."""
    words = clean(c.mention).split()
    if c.anonymous or not words or c.type not in (EntityType.PERSON, EntityType.GROUP):
        return c.type
    low = [w.lower() for w in words]
    head = low[low.index("of") - 1] if "of" in low[1:] else low[-1]
    if head in ORGANISATION_NOUNS and head not in MILITARY_NOUNS:
        return EntityType.ORGANISATION  # "the Iranian Government", "the city council"
    if any(w[:1].isupper() for w in words[1:]) and not words[-1].islower():
        return c.type
    if low[0] in _QUANTIFIERS or head in _QUANTIFIERS or _group_noun(head):
        return EntityType.GROUP  # "most candidates", "the family", "the crowd"
    if c.type == EntityType.PERSON and head.endswith("s") and not head.endswith("ss") and _person_noun(head[:-1]):
        return EntityType.GROUP
    return c.type


def _group_noun(word: str) -> bool:
    from kg.lexicon.wordnet import noun_classes

    return word.isalpha() and noun_classes(word, 1) == frozenset({"group"})


def _person_noun(word: str) -> bool:
    from kg.lexicon.wordnet import noun_classes

    return noun_classes(word, 1) == frozenset({"person"})


def claimer_name(name: str, mention: str) -> str:
    """The name a claimer is resolved under: a body of a country ("Ukraine's health ministry", "Russia's
    presidential administration", "the Hong Kong government") is its own entity, never folded into the place its
    mention begins with;
    a country's forces are left to the force rule ("Ukraine's military")."""
    country = country_of(name)
    whole = clean(mention)
    first, *tail = whole.split() or [""]
    if country and tail and country_of(first) == country and tail[-1].lower() in ORGANISATION_NOUNS and \
            tail[-1].lower() not in MILITARY_NOUNS and (all(w.islower() for w in tail) or all(w.istitle() for w in tail)):
        return whole  # "the Russian government", "the Saudi Interior Ministry": the country's body
    rest = whole[len(name):].split() if whole.startswith(name + " ") else []
    if rest and all(w.islower() for w in rest) and rest[-1] in ORGANISATION_NOUNS and rest[-1] not in MILITARY_NOUNS:
        return whole  # "the Hong Kong government", "the Lagos state police": the place's body
    m = _BODY.match(whole)
    if not country or not m or country_of(m.group(1)) != country:
        return name
    rest = m.group(2).split()
    if not rest or rest[-1].lower() in MILITARY_NOUNS or not any(w.isalpha() for w in rest):
        return name
    return whole


def entity_for(entities: dict[str, Entity], name: str, etype: EntityType = EntityType.ORGANISATION) -> Entity:
    """The entity named `name` (case and punctuation aside) in `entities` (keyed by id), added when there is none."""
    key = name_key(name)
    found = next((e for e in entities.values() if e.name == name), None) or next(
        (e for e in entities.values() if name_key(e.name) == key), None)
    if found is None:
        found = entities.setdefault(ids.entity_id(name, etype), Entity(
            id=ids.entity_id(name, etype), name=name, type=etype,
            rule=stamp(("type", TypeRule.DISPUTER), ("name", MergeRule.ONE_NAME))))
    return found


def _names(extractions: list[ArticleExtraction]) -> Names:
    """Every name each article yielded, with its type and the rule that gave it: a mention typed by evidence weighs
    above NER's guess, a claimer (typed by how it speaks) above both."""
    names = Names()
    for ex in extractions:
        art = ex.source.article.id
        for m in ex.mentions:
            names.add(m.name, m.type, art, m.text, affiliation=m.affiliation, rule=m.rule,
                      weight=2 if m.rule in EVIDENCE else 1)
        places = {m.name for m in ex.mentions if m.type == EntityType.PLACE}
        named = _claimer_names(ex)
        for c in ex.claims:
            # a place that acts ("Sicily voted", "Texas says") stays a place, the act credited to it as a body of
            # that place
            name, person = named[(c.claimer.name, c.claimer.mention)]
            acts = c.claimer.type == EntityType.ORGANISATION and name in places and not person
            etype = EntityType.PERSON if person else EntityType.PLACE if acts else _claimer_type(c.claimer)
            names.add(name, etype, art, c.claimer.mention, anonymous=c.claimer.anonymous,
                      affiliation=None if person else _affiliation(c.claimer.affiliation, c.claimer.mention), weight=3,
                      rule=TypeRule.PLACE_ACTS if acts else TypeRule.SPEAKER)
    return names


def _affiliation(country: str | None, mention: str) -> str | None:
    """A claimer's country, unless the mention names it only inside a state or province ("New Jersey Governor
    Ada Obi" is no affiliate of Jersey)."""
    if not country:
        return country
    inside = [r for r in regions() if country in r and r != country and r in mention]
    return None if inside and country not in mention.replace(inside[0], "") else country


def _claimer_names(ex: ArticleExtraction) -> dict[tuple[str, str], tuple[str, bool]]:
    """The name each claimer of an article is resolved under (see `claimer_name`), and whether it is a person a
    capital's name misled ("Ines Lima said", then "Lima said", where Lima names Peru's capital): a full name
    ending with a capital is a person's, and that capital alone is the surname of the one full name ending so."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    full = {m.name for m in ex.mentions if m.type == EntityType.PERSON and len(m.name.split()) >= 2}
    for c in ex.claims:
        name, whole = claimer_name(c.claimer.name, c.claimer.mention), clean(c.claimer.mention)
        words = whole.split()
        person = len(words) >= 2 and country_named(name) is not None and country_of(whole) is None and \
            country_of(words[-1]) == name and country_named(words[-1]) is None and \
            all(w[:1].isupper() for w in words) and words[0].lower() not in DEMONYMS
        if person:
            full.add(whole)
        elif len(words) >= 2 and country_named(name) and country_named(words[-1]) == name and \
                country_named(whole) is None and all(w[:1].isupper() for w in words) and \
                words[0].lower() not in DEMONYMS and words[0].lower().rstrip(".") not in _TITLE_WORDS:
            name = whole  # "Sustainable Norway said": a body named after its country, not the country
        out[(c.claimer.name, c.claimer.mention)] = (whole, True) if person else (name, False)
    for c in ex.claims:
        name, whole = out[(c.claimer.name, c.claimer.mention)][0], clean(c.claimer.mention)
        owners = [f for f in full if f.split()[-1] == whole]
        if " " not in whole and country_of(whole) == name and country_named(whole) is None and len(owners) == 1:
            out[(c.claimer.name, c.claimer.mention)] = (owners[0], True)
    return out


def _claims(ex: ArticleExtraction, index: NameIndex, entity_of: dict[int, Entity], seen: set[str]) -> list[Claim]:
    """The claim records of one article, each pointing at its claimer's entity and the entities it mentions."""
    art, text, out = ex.source.article, ex.source.text, []

    def entity_named(name: str) -> Entity | None:
        cl = index.cluster_of(art.id, name)
        return entity_of[id(cl)] if cl is not None else None

    named = _claimer_names(ex)
    for i, rc in enumerate(ex.claims):
        ent = entity_named(named[(rc.claimer.name, rc.claimer.mention)][0])
        if ent is None:  # a claimer "named" by punctuation alone ("=", "+"): no one to attribute it to
            continue
        cid = ids.claim_id(art.id, rc.start, rc.end, ent.id)
        if cid in seen:  # two spellings of one claimer ("George Zimmerman ... Zimmerman wrote") cue one span
            continue
        seen.add(cid)
        about = list(dict.fromkeys(t.id for t in (entity_named(m.name) for m in ex.mentions
                                                  if rc.start <= m.start and m.end <= rc.end)
                                   if t is not None and t.id != ent.id))
        para = ex.paragraphs[i] if i < len(ex.paragraphs) else (rc.sentence_start, rc.sentence_end)
        fr = _subject_entity(ex.frames[i], ex.mentions, entity_named) if i < len(ex.frames) else Frame()
        out.append(Claim(
            id=cid, doc=art.doc, article=art.id, claimer=ent.name, claimer_id=ent.id,
            claimer_mention=rc.claimer.mention, claimer_type=ent.type, anonymous=ent.anonymous,
            affiliation=ent.affiliation, cue=rc.cue, quote=rc.quote, polarity=rc.polarity,
            content=text[rc.start:rc.end], start=rc.start, end=rc.end,
            sentence=text[rc.sentence_start:rc.sentence_end].strip(), sentence_start=rc.sentence_start,
            sentence_end=rc.sentence_end, paragraph_start=para[0], paragraph_end=para[1], date=art.date,
            about=about, quantities=ex.quantities[i] if i < len(ex.quantities) else [],
            negated=fr.negated, frame=fr, rule=rc.rule))
    return out


def resolve(extractions: list[ArticleExtraction]) -> Resolution:
    """Entities merged across articles and the claim records that point at them.

    Raises kg.ids.IdCollision if two different records were given one id (a bug, never an input problem).
    """
    index = _names(extractions).resolve()
    entity_of = _entities(index)
    ids.check_unique("entity", (e.id for e in entity_of.values()))  # before keying by id, which would hide one
    entities = {e.id: e for e in entity_of.values()}
    seen: set[str] = set()
    claims = [c for ex in extractions for c in _claims(ex, index, entity_of, seen)]
    ids.check_unique("claim", (c.id for c in claims))
    mentions = _mention_records(extractions, index, entity_of)
    return Resolution(sorted(entities.values(), key=lambda e: e.id), claims, mentions)


def _subject_entity(f: Frame, mentions: list[Mention], entity_named) -> Frame:
    """The frame (and its conjuncts) with the entity its subject's head word names, where a mention covers it.

    `entity_named(name)` is the resolved entity of a mention's name in this article, or None."""
    def one(g: Frame) -> Frame:
        if g.subject_start is None or g.subject_end is None:
            return g
        for m in mentions:
            if m.start < g.subject_end <= m.end:
                ent = entity_named(m.name)
                if ent is not None:
                    return g.model_copy(update={"subject_id": ent.id})
        return g
    f = one(f)
    return f.model_copy(update={"conjuncts": [one(g) for g in f.conjuncts]}) if f.conjuncts else f

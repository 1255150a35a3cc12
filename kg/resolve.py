"""Canonical entities across articles, and claim records built from what each article yielded.

Which names are one entity is decided by `kg.names` (variants, titles, surnames, transliterations,
descriptions kept to their article); this module turns its clusters into Entity records and builds
the claim records that point at them; where each entity is mentioned is `kg.mentions`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from kg import ids
from kg.extract.claims import RawClaim
from kg.extract.entities import Mention
from kg.ingest import Source
from kg.lexicon.speech import DOCUMENT_NOUNS, MILITARY_NOUNS, ORGANISATION_NOUNS
from kg.extract.typeclues import EVIDENCE, TypeRule, regions
from kg.lexicon.world import DEMONYMS, SUBDIVISION_WORDS, TITLES, country_named, country_of
from kg.model import Claim, Entity, EntityType, Frame, Quantity
from kg.model import Mention as MentionRecord
from kg.mentions import mention_records
from kg.names import MergeRule, NameIndex, Names, name_key, office_before
from kg.rules import stamp
from kg.runon import name_words, split_mention, tail_widened, widened
from kg.wholenames import made_whole, two_glued
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


_ISSUED = DOCUMENT_NOUNS | {"report", "study", "survey", "poll", "investigation", "review", "audit", "assessment"}


def claimer_name(name: str, mention: str) -> str:
    """The name a claimer is resolved under: a body of a country ("Ukraine's health ministry", "Russia's
    presidential administration", "the Hong Kong government") is its own entity, never folded into the place its
    mention begins with;
    a country's forces are left to the force rule ("Ukraine's military")."""
    country = country_of(name)
    whole = clean(mention)
    words = whole.split()
    if len(words) >= 3 and words[-1].lower() in _ISSUED and words[-2].lower() in ORGANISATION_NOUNS and \
            words[-2].lower() not in _ISSUED:
        whole = " ".join(words[:-1])  # "Norway's health ministry report": the ministry's
    first, *tail = whole.split() or [""]
    if country and tail and country_of(first) == country and tail[-1].lower() in ORGANISATION_NOUNS and \
            tail[-1].lower() not in MILITARY_NOUNS and tail[-1].lower() not in _ISSUED and \
            (all(w.islower() for w in tail) or all(w.istitle() for w in tail)):
        return whole  # "the Russian government", "the Saudi Interior Ministry": the country's body
    rest = whole[len(name):].split() if whole.startswith(name + " ") else []
    if rest and all(w.islower() for w in rest) and rest[-1] in ORGANISATION_NOUNS and rest[-1] not in MILITARY_NOUNS \
            and rest[-1] not in _ISSUED:
        return whole  # "the Hong Kong government", "the Lagos state police": the place's body (never "a
        # Quillby Research poll found": a document speaks for its owner, no body of its own)
    m = _BODY.match(whole)
    if not country or not m or country_of(m.group(1)) != country:
        return name
    rest = m.group(2).split()
    if not rest or rest[-1].lower() in MILITARY_NOUNS or rest[-1].lower() in _ISSUED or \
            not any(w.isalpha() for w in rest):
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


_THE = re.compile(r"(?:^|\W)the\s+$")  # "in the West"
_MODIFIED = re.compile(r"\s+([a-z]+)\b")  # "the Cruise video": the name modifies the noun after it


def _determined(m: Mention, text: str) -> bool:
    """Is a one-word name written as the head of "the" ("in the West", "the North, where"), not as a modifier of a
    noun after it ("the Obi video")?"""
    if " " in m.name or not _THE.search(text[max(0, m.start - 5):m.start]):
        return False
    after = _MODIFIED.match(text, m.end)
    return after is None or after.group(1) in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset({"that", "which", "who", "whose", "and", "or", "but", "is", "was", "are", "were", "has",
                             "have", "had", "will", "would", "can", "could", "may", "might", "to", "in", "of", "for",
                             "on", "at", "as", "by", "with", "from", "where", "when", "since", "after", "before",
                             "than", "said", "says", "itself"})
_CONJOINED = re.compile(r"\s*(?:and|&|or)\s+[A-Z][\w'’.-]*\s+[A-Z]")  # "Ottilie and Ivo Kern"


def _cut_back(ex: ArticleExtraction) -> tuple[ArticleExtraction, dict[str, str]]:
    """The extraction with its run-on names cut back and its names written before their own head widened (see
    kg.runon): "Velmora, Kerala" is Velmora and Kerala, "Norilsk in Siberia" Norilsk and Siberia, "the Tavira District
    hospital" the hospital; and the region that qualifies each place named so (name -> region)."""
    mentions: list[Mention] = []
    regions: dict[str, str] = {}
    for m in widened(made_whole(ex.mentions, ex.source.text), ex.source.text):
        head, place, region = split_mention(m)
        mentions.append(head)
        if place is not None:
            mentions.append(place)
        if region:
            regions.setdefault(head.name, region)
    return replace(ex, mentions=mentions), regions


# the last word of a subdivision's name: "Tyumen Oblast supported the event" is a place that acts (a "... School
# District" is a body)
_SUBDIVISIONS = SUBDIVISION_WORDS - {"district"}


def _names(extractions: list[ArticleExtraction], regions: dict[str, dict[str, str]]) -> Names:
    """Every name each article yielded, with its type and the rule that gave it: a mention typed by evidence weighs
    above NER's guess, a claimer (typed by how it speaks) above both. `regions` qualifies, per article, the places
    a larger place followed ("Paris, Texas")."""
    names = Names()
    for ex in extractions:
        art = ex.source.article.id
        for m in ex.mentions:
            names.add(m.name, m.type, art, m.text, affiliation=m.affiliation, rule=m.rule,
                      weight=2 if m.rule in EVIDENCE else 1, region=regions.get(art, {}).get(m.name),
                      conjoined=" " not in m.name and bool(_CONJOINED.match(ex.source.text, m.end)),
                      determined=_determined(m, ex.source.text),
                      office=office_before(ex.source.text, m.start) if m.type == EntityType.PERSON else frozenset())
        places = {m.name for m in ex.mentions if m.type == EntityType.PLACE}
        named = _claimer_names(ex)
        for c in ex.claims:
            # a place that acts ("Sicily voted", "Texas says") stays a place, the act credited to it as a body of
            # that place
            name, person = named[(c.claimer.name, c.claimer.mention)]
            acts = c.claimer.type == EntityType.ORGANISATION and not person and (
                name in places or name.split()[-1].lower() in _SUBDIVISIONS)
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


def _campaign_of(name: str, people: set[str]) -> str | None:
    """The one person of the article `name` is the campaign of ("Obi campaign", "Ada Obi campaign": Ada Obi)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() != "campaign":
        return None
    who = " ".join(words[:-1])
    found = {p for p in people if p == who or p.split()[-1] == who}
    return next(iter(found)) if len(found) == 1 else None


def _claimer_names(ex: ArticleExtraction) -> dict[tuple[str, str], tuple[str, bool]]:
    """The name each claimer of an article is resolved under (see `claimer_name`), and whether it is a person a
    capital's name misled ("Ines Lima said", then "Lima said", where Lima names Peru's capital): a full name
    ending with a capital is a person's, and that capital alone is the surname of the one full name ending so."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    full = {m.name for m in ex.mentions if m.type == EntityType.PERSON and len(m.name.split()) >= 2}
    longer = {m.name: m.type for m in ex.mentions if " " in m.name and m.type != EntityType.PERSON}
    longer = {name: longer[name] for name in sorted(longer, key=len, reverse=True)}
    for c in ex.claims:
        name, whole = claimer_name(c.claimer.name, c.claimer.mention), clean(c.claimer.mention)
        if not c.claimer.anonymous:  # "the Harbour Guild in Norway said": the Harbour Guild (see kg.runon)
            name = split_mention(Mention(0, len(name), name, name, c.claimer.type)).mention.name
            name = tail_widened(Mention(c.claimer.start, c.claimer.end, c.claimer.mention, name, c.claimer.type),
                                longer, ex.source.text).name  # "Fire and [Rescue] said" in "Ardal Fire and Rescue"
            glued = two_glued(Mention(c.claimer.start, c.claimer.end, name, name, c.claimer.type), ex.mentions,
                              ex.source.text)
            name = glued[-1].name  # "on Zipline Obi accused": Obi
            if whole.startswith(name + " of ") and name_words(whole) and c.claimer.type != EntityType.PERSON:
                name = whole  # "Progressive Party of Working People said": the whole name, never cut at "of"
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
        run = _campaign_of(name, full)
        if run is not None:  # "the Obi campaign said": the candidate's campaign speaks for the candidate
            out[(c.claimer.name, c.claimer.mention)] = (run, True)
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
    cut = [_cut_back(ex) for ex in extractions]
    extractions = [ex for ex, _ in cut]
    index = _names(extractions, {ex.source.article.id: r for ex, r in cut}).resolve()
    entity_of = _entities(index)
    ids.check_unique("entity", (e.id for e in entity_of.values()))  # before keying by id, which would hide one
    entities = {e.id: e for e in entity_of.values()}
    seen: set[str] = set()
    claims = [c for ex in extractions for c in _claims(ex, index, entity_of, seen)]
    ids.check_unique("claim", (c.id for c in claims))
    mentions = mention_records(extractions, index, entity_of, _claimer_names)
    return Resolution(_counted(entities.values(), mentions), claims, mentions)


def _counted(entities, mentions: list[MentionRecord]) -> list[Entity]:
    """The entities, sorted by id, each with `mentions` and `articles` read off its mention records, so that the
    count a user reads is the number of rows of mentions.jsonl they can check (the name index's own count weighs a
    speaker's name several times and misses pronouns and descriptions)."""
    rows: Counter = Counter(m.entity_id for m in mentions)
    seen: dict[str, set[str]] = {}
    for m in mentions:
        seen.setdefault(m.entity_id, set()).add(m.article)
    return [e.model_copy(update={"mentions": rows[e.id], "articles": sorted(set(e.articles) | seen.get(e.id, set()))})
            for e in sorted(entities, key=lambda e: e.id)]


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

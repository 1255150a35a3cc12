"""Who is speaking: a cue's grammatical source resolved to a named, typed claimer.

Handles names with titles and roles ("Ukraine's top commander, Oleksandr Syrskyi"), metonyms
("Kyiv", "the Kremlin"), collective and anonymous sources ("Russian officials", "a US official"),
pronouns and definite descriptions ("he", "the minister", "the source") resolved against the
speakers and people named earlier in the article (`kg.extract.coref`), appositions naming a person or a
body ("one of the unions, the Nurses Federation,"), and the sources an outlet cites ("according to the
agency, which cited officials"). Things and acts are no claimers ("the use of X", `kg.extract.animacy`).

Each of these is a named rule of `SPEAKER_RULES`, tried in order by `kg.rules.first`; the claimer carries the
name of the rule that found it (`Claimer.rule`), which ends up in the claim's `rule`. Anonymity is the claimer's
`anonymous` field, never part of its name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cached_property
from typing import Optional

from kg.extract.animacy import can_speak, cited_source, person_noun
from kg.extract.coref import Claimer, Context, enrich, gender_of
from kg.extract.documents import (OUTLET_NOUNS, described_kind, document_owner, is_document, no_one, no_people,
                                  told_in)
from kg.extract.docindex import text_of
from kg.extract.entities import Mention, force_name
from kg.lexicon.speakers import SHARE_WORDS
from kg.lexicon.speech import (
    ANONYMOUS_NOUNS,
    GROUP_NOUNS,
    MILITARY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_ROLE_NOUNS,
)
from kg.lexicon.world import COUNTRIES, DEMONYMS, INSTITUTION_METONYMS, TITLES, country_of
from kg.model import EntityType
from kg.rules import RuleName, Step, first

__all__ = ["SPEAKER_RULES", "Claimer", "Context", "SpeakerRule", "gender_of", "resolve_source"]

_PRONOUNS = {"he": EntityType.PERSON, "she": EntityType.PERSON, "him": EntityType.PERSON, "her": EntityType.PERSON,
             "it": "Org", "they": "Plural", "i": "Speaker", "we": "Speaker", "them": "Plural"}
# a country's government as a whole; a ministry ("the foreign ministry", "the interior ministry of X") is a body of
# its own, never the country nor its government
_GOVERNMENT = {"government", "leadership", "administration", "authorities", "cabinet", "presidency", "regime"}
_NAMED = re.compile(r"(?:goes by the name|known as|nicknamed|named|called)\s+[\"“]?([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*)")
_INDEFINITE = {"a", "an", "one", "another", "some"}
_TITLE_WORDS = {t.rstrip(".") for t in TITLES}
# modifiers that do not tell one holder of a role from another ("the then minister", "the top prosecutor")
_LOOSE = {"then", "former", "top", "senior", "chief", "new", "current", "same", "other", "late", "acting", "own"}
# the abbreviations of corporate roles, each one person ("VP of Sales", "the CTO"): general English
ROLE_ABBREVIATIONS = frozenset({"vp", "svp", "evp", "avp", "ceo", "cto", "cfo", "coo", "cio", "cmo", "cso", "md"})
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame"}


def _span(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _np_tokens(head) -> list:
    """The head's noun phrase without relative clauses, appositions, trailing clauses or punctuation."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "case", "punct") \
                or child.dep_ == "npadvmod":
            keep.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in ("case",):
            keep.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "at", "from", "with", "within", "inside") and \
                len(list(child.subtree)) <= (8 if child.lower_ in ("within", "inside") else 6):
            keep.extend(child.subtree)
        elif child.dep_ in ("amod", "advmod") and child.lower_ == "close" and len(list(child.subtree)) <= 6:
            keep.extend(child.subtree)  # "people close to the talks"
    keep = sorted(set(keep), key=lambda t: t.i)
    # contiguous run around the head
    idx = [t.i for t in keep]
    lo, hi = head.i, head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = head.doc
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
        # "his ex-wife", "another co-author" split by the parser: the word's first piece and what it carries
        lo -= 2
        lo = min([lo] + [t.i for c in doc[lo].lefts if c.dep_ in ("det", "poss", "amod", "compound") for t in c.subtree])
        keep += [t for t in doc[lo: head.i] if t not in keep]
    toks = sorted((t for t in keep if lo <= t.i <= hi), key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks or [head]


def _whole_word(head):
    """The last piece of a hyphenated word the parser split: "co - author" -> "author"."""
    doc = head.doc
    while head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_ and \
            not doc[head.i + 1].whitespace_ and doc[head.i + 2].head.i in (head.head.i, head.i):
        head = doc[head.i + 2]
    return head


def _counted_whole(head):
    """The people a quantity counts: "a lot of the best players" -> "players", "a handful of residents" ->
    "residents" (a noun whose commonest sense WordNet files as a quantity); a share ("the majority of voters") is
    left to the share rule."""
    from kg.lexicon.wordnet import noun_classes  # WordNet is loaded lazily

    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in SHARE_WORDS or noun_classes(lemma, 1) != frozenset({"quantity"}):
        return head
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None else head


def _same_phrase(head, child) -> bool:
    """Whether an apposition belongs to the head's noun phrase: no verb between them
    ('X wrote on Twitter, "Y, a great drummer"' is no apposition of X)."""
    lo, hi = sorted((head.i, child.i))
    return not any(t.pos_ in ("VERB", "AUX") for t in head.doc[lo + 1: hi])


def _country_in(tokens) -> Optional[str]:
    for t in tokens:
        if t.dep_ in ("amod", "compound", "poss", "nmod") or t.ent_type_ in ("NORP", "GPE"):
            c = country_of(t.text)
            if c:
                return c
    # two-word demonyms and countries: "North Korean", "United States"
    words = [t.text for t in tokens]
    for i in range(len(words) - 1):
        c = country_of(words[i] + " " + words[i + 1])
        if c:
            return c
    return None


def _entity_at(mentions: list[Mention], start: int, end: int) -> Optional[Mention]:
    best = None
    for m in mentions:
        if m.start < end and start < m.end:
            if best is None or (m.end - m.start) > (best.end - best.start):
                best = m
    return best


class SpeakerRule(RuleName):
    """The speaker stage's rules, in the order `SPEAKER_RULES` tries them."""

    DATE = "date or time"
    NOBODY = "nobody"
    PRONOUN = "pronoun"
    CITED = "cited source"
    DOCUMENT = "document owner"
    APPOSITION = "apposition"
    ROLE_THEN_NAME = "role then name"
    KNOWN_AS = "known as"
    COUNTRY = "country speaking"
    NAMED = "named entity"
    MILITARY = "forces of a country"
    GOVERNMENT = "government of a country"
    METONYM = "institution metonym"
    EARLIER_SPEAKER = "earlier speaker by role"
    TITLED = "one person with the role"
    ONE_BODY = "one body with the noun"
    ANONYMOUS = "anonymous source"
    GROUP = "group noun"
    ROLE = "role noun"
    ORGANISATION = "organisation noun"
    THING = "thing or act"
    DESCRIBED_GROUP = "described group"
    DESCRIBED_ANONYMOUS = "described anonymous"
    DESCRIBED_PERSON = "described person"
    SHARE = "poll share"
    COUNTRY_NAME = "country name"
    HONORIFIC = "honorific name"
    PROPER_NOUN = "proper noun"


# how far a rule looks: characters from a role's phrase to the name after it ("The governor of X region, Jane
# Doe,"); words from an honorific to the name it makes a person's ("Ms Ines Laurent")
LIMITS = {SpeakerRule.ROLE_THEN_NAME: 80, SpeakerRule.HONORIFIC: 3}

_NOBODY = object()  # a rule's answer that the token is nobody speaking: the stage stops, no claimer


class _Source:
    """A source token and what the speaker rules read off it, each computed once when first asked for."""

    def __init__(self, head, mentions: list[Mention], ctx: Context):
        self.doc = head.doc
        self.head = _counted_whole(_whole_word(head))
        self.low = self.head.lower_
        self.mentions = mentions
        self.ctx = ctx

    @cached_property
    def toks(self) -> list:
        return _np_tokens(self.head)

    @cached_property
    def span(self) -> tuple[int, int]:
        return _span(self.toks)

    @property
    def s(self) -> int:
        return self.span[0]

    @property
    def e(self) -> int:
        return self.span[1]

    @cached_property
    def mention(self) -> str:
        return text_of(self.doc)[self.s:self.e]

    @cached_property
    def lemma(self) -> str:
        return self.head.lemma_.lower()

    @cached_property
    def country(self) -> Optional[str]:
        return _country_in(self.toks)

    @cached_property
    def det(self) -> Optional[str]:
        return next((t.lower_ for t in self.toks if t.dep_ in ("det", "nummod") and t.i < self.head.i), None)

    @cached_property
    def core(self) -> str:
        """The description without its article: "the US official" -> "US official"."""
        toks, head = self.toks, self.head
        core_toks = [t for t in toks if not (t.i < head.i and t.lower_ in ("the", "a", "an", "one", "another"))] or toks
        return text_of(self.doc)[core_toks[0].idx: core_toks[-1].idx + len(core_toks[-1].text)].strip() or head.text

    @property
    def title(self) -> str:
        """The core with a capital: "Residents", "Six in 10"."""
        return self.core[0].upper() + self.core[1:] if self.core else self.core

    @property
    def singular(self) -> bool:
        return self.head.tag_ in ("NN", "NNP")

    def claimer(self, name: str, etype: str, *, anonymous: bool = False) -> Claimer:
        """A claimer described by the source's own noun phrase, with the country its words give."""
        return Claimer(name, self.mention, etype, self.s, self.e, anonymous, self.country)


def _date(src: _Source):
    if src.head.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY"):
        return _NOBODY  # "Saturday said": a misparse, never a speaker
    return None


def _nobody(src: _Source):
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in src.head.children):
        return _NOBODY  # "no group claimed the attack": nobody did
    if src.head.pos_ == "NOUN" and _mixed_script(src.mention):
        return _NOBODY  # a piece of a sentence in another language, parsed as English ("अपना daily routine")
    return None


def _mixed_script(text: str) -> bool:
    """Whether a phrase mixes Latin letters with letters of another script."""
    scripts = {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}
    return "LATIN" in scripts and len(scripts) > 1


def _pronoun(src: _Source):
    """"he said", "they said": the speaker or person the pronoun stands for (`kg.extract.coref`)."""
    head, low = src.head, src.low
    if not (head.pos_ == "PRON" or low in _PRONOUNS):
        return None
    want = _PRONOUNS.get(low)
    if want in (None, "Speaker"):
        return _NOBODY
    if want == EntityType.PERSON:
        enrich(src.ctx, src.doc, src.mentions)
    found = src.ctx.last(want, head.idx, pronoun=low)
    if found is None:
        return _NOBODY
    return Claimer(found.name, head.text, found.type, head.idx, head.idx + len(head.text),
                   found.anonymous, found.affiliation)


def _cited(src: _Source):
    """"according to the broadcaster, which cited two aides of the mayor": the cited sources say it."""
    head = src.head
    according = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
    cited = cited_source(head) if according and head.pos_ in ("PROPN", "NOUN") else None
    if cited is None or cited.i == head.i:
        return None
    found = resolve_source(cited, src.mentions, src.ctx)
    return found if found is not None else _NOBODY


def _document(src: _Source):
    """What a speaker issued speaks for them: "the judge's ruling said", "her tweet read", "FEC records show",
    "data from the health agency show"; a document nobody is named for speaks for its unnamed source ("reports
    said", "a study found": the claim is kept, credited to the unnamed source of the document, never to the
    document as if it were someone)."""
    head = src.head
    # an outlet, or a thing its owner has ("Norvik Power's schedule"): speaks for the owner, else for itself or no one
    via_owner = head.lemma_.lower() in OUTLET_NOUNS and not is_document(head) or \
        no_one(head) and any(c.dep_ == "poss" for c in head.children)
    named = _entity_at(src.mentions, head.idx, head.idx + len(head.text))
    if not (head.pos_ == "NOUN" and head.ent_type_ in ("", "ORG", "NORP") and (via_owner or is_document(head))) or \
            named is not None and not (named.text == head.text and head.is_sent_start and head.tag_ == "NNS"):
        return None  # "WSET-TV", "Time Magazine": a name, not a document ("Reports said" opening a sentence is)
    owner = document_owner(head, src.mentions)
    if via_owner and owner is None:
        return None  # "the website reported": the outlet itself speaks; "its plan": left to the thing rule
    found = resolve_source(owner, src.mentions, src.ctx) if owner is not None else None
    if found is None and owner is not None and owner.lower_ in ("my", "your", "our"):
        return _NOBODY  # "my final plea": the interviewee's own words, an I or we kg does not resolve
    told = any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in head.children)
    if found is None and owner is None and not told:
        # "the statement": one an earlier claim named; "the guidelines" beside "WHO guidelines": their owner's; not
        # "the request of the towns", whose own words say whose it is
        found = src.ctx.last(EntityType.GROUP, head.idx, role=src.lemma) or _named_elsewhere(src) \
            if src.det == "the" else None  # "reports said", "polls show": any reports, not one the article tied
        if found is not None:
            return replace(found, mention=src.mention, start=src.s, end=src.e)
    if found is None and via_owner:
        return None  # "the hotel's website": the via_owner itself; "their plans": a thing (the thing rule)
    if found is None and owner is None:
        found = _compound_body(src)  # "a fire service statement": the one fire service the article names
        if found is not None:
            return found
    if found is None or found.type == EntityType.PERSON and owner.pos_ == "NOUN" and not person_noun(owner):
        # "reports said", "its report" where "it" stands for no one the article named, "the country's news": the
        # claim keeps its claimer, the unnamed source of the document (never the document as if it were someone)
        return src.claimer(_source_of(src), EntityType.GROUP, anonymous=True)
    name = re.sub(r"\s*['’]s?$", "", found.name)
    etype = EntityType.GROUP if found.type == EntityType.PERSON and found.anonymous is False and \
        owner.tag_ == "NNS" else found.type
    return Claimer(name, src.mention, etype, src.s, src.e, found.anonymous, found.affiliation)


def _named_elsewhere(src: _Source) -> Optional[Claimer]:
    """The owner of the one other document of the same kind the article names with its owner, before or after
    ("the WHO guidelines ... the guidelines cite", "The study found ... the study, conducted by two geologists");
    None when it names none, or two owners ("a Senate report ... a House report ... the report")."""
    owners, key = {}, (id(src.doc), src.lemma)
    if key in _ASKING:
        return None  # "the report's data ... the data's report": each asks for the other's owner
    _ASKING.add(key)
    try:  # the owners named before it first ("Bolton's book ... the book"), then those after
        for part in (src.doc[: src.head.i], src.doc[src.head.i + 1:]):
            for tok in part:
                if tok.lemma_.lower() == src.lemma and tok.pos_ == "NOUN":
                    _add_owner(src, tok, owners)
            if owners:
                break
    finally:
        _ASKING.discard(key)
    return next(iter(owners.values())) if len(owners) == 1 else None


_ASKING: set = set()  # (document, lemma) pairs whose owner is being looked for


def _add_owner(src: _Source, tok, owners: dict) -> None:
    owner = document_owner(tok, src.mentions) or told_in(tok)
    if owner is not None and owner.pos_ != "PRON" and not (src.s <= owner.idx < src.e):
        found = resolve_source(owner, src.mentions, src.ctx)
        if found is not None:
            owners[found.name] = found


def _source_of(src: _Source) -> str:
    """The unnamed source of a document: "Source of early reports", "Source of the study"."""
    first = next((t for t in src.toks if t.lower_ not in _INDEFINITE and t.lower_ != "the"), src.head)
    words = src.core[0].lower() + src.core[1:] if first.pos_ != "PROPN" and not first.is_upper else src.core
    owned = any(t.dep_ == "poss" and t.head.i == src.head.i for t in src.toks)
    return f"Source of {words}" if src.head.tag_ == "NNS" or owned else f"Source of the {words}"


def _apposition(src: _Source):
    """"Ukraine's top commander, Oleksandr Syrskyi": the person, or the body ("one of the charities, the
    Harbour Trust,"), the apposition names."""
    head, doc = src.head, src.doc
    # "expert and former official, Ada Obi,": the apposition may hang on the second of two joined roles
    near = list(head.children) + [g for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" == head.pos_
                                  for g in c.children]
    for child in near:
        if child.dep_ != "appos" or not _same_phrase(head, child):
            continue
        m = _entity_at(src.mentions, child.idx, child.idx + len(child.text))
        if m and m.type in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT) and \
                head.pos_ in ("NOUN", "NUM", "PRON") and head.ent_type_ in ("", "CARDINAL") and \
                not (m.start <= head.idx < m.end):
            e = max(m.end, src.e)
            return Claimer(m.name, text_of(doc)[src.s:e], m.type, src.s, e, False, m.affiliation)
        own = _entity_at(src.mentions, head.idx, head.idx + len(head.text))
        if m and m.type == EntityType.PERSON and not (own is not None and own.type == EntityType.PERSON and
                                                      own.start != m.start):
            # "Erwin Chemerinsky, Dean of ...": a named person's apposition is their role, never another person
            e = max(m.end, src.e)
            return Claimer(m.name, text_of(doc)[src.s:e], EntityType.PERSON, src.s, e, False, src.country)
    return None


def _role_then_name(src: _Source):
    """"The governor of X region, Jane Doe, said": a role followed by the name in commas."""
    head, doc, e = src.head, src.doc, src.e
    if head.pos_ == "NOUN":  # "The governor of Ohio, Jane Doe": the parser hung the name on the place, inside
        inside = [m for m in src.mentions if m.type == EntityType.PERSON and src.s < m.start and m.end == e and
                  text_of(doc)[max(0, m.start - 2):m.start] == ", " and not m.start <= head.idx < m.end]
        if inside:
            return Claimer(inside[0].name, text_of(doc)[src.s:e], EntityType.PERSON, src.s, e, False, src.country)
    if not (text_of(doc)[e:e + 3].startswith(",") and head.pos_ == "NOUN"):
        return None
    edge, reach = head.right_edge, LIMITS[SpeakerRule.ROLE_THEN_NAME]
    for m in src.mentions:
        if m.type == EntityType.PERSON and e < m.start <= e + 3 and m.start < edge.idx + len(edge.text) + reach \
                and (text_of(doc)[m.end:m.end + 1] in (",", ")", ".", ";", ":", "") or edge.idx >= m.start):
            return Claimer(m.name, text_of(doc)[src.s:m.end], EntityType.PERSON, src.s, m.end, False, src.country)
    return None


def _known_as(src: _Source):
    """"a blogger who goes by the name X"."""
    head = src.head
    named = _NAMED.search(text_of(src.doc)[head.left_edge.idx: head.right_edge.idx + len(head.right_edge.text)])
    if named and head.pos_ == "NOUN":
        return Claimer(named.group(1), src.mention, EntityType.PERSON, src.s, src.e)
    return None


def _entity(src: _Source) -> Optional[Mention]:
    """The recognised entity the source token is part of, when it may speak (a place only as a proper noun)."""
    m = _entity_at(src.mentions, src.head.idx, src.head.idx + len(src.head.text))
    if m is not None and m.type != EntityType.PLACE or (m is not None and src.head.pos_ == "PROPN"):
        return m
    return None


def _country_speaking(src: _Source):
    """"Kyiv said", "Hungary said": a country or its capital speaking is its government."""
    m = _entity(src)
    if m is None or m.type != EntityType.PLACE or not country_of(m.name):
        return None
    name = country_of(m.name) if m.name.lower() not in INSTITUTION_METONYMS else m.name
    return Claimer(name, src.mention, EntityType.ORGANISATION, src.s, src.e, False, country_of(m.name))


def _named(src: _Source):
    """A recognised name: "Russian lawmaker Maria Butina" (the modifier gives the side)."""
    m = _entity(src)
    if m is None:
        return None
    etype = m.type
    if etype == EntityType.ORGANISATION and src.mention.split()[0].lower() in _HONORIFICS:
        etype = EntityType.PERSON  # "Ms Ines Laurent" tagged as an organisation: an honorific makes a person
    affiliation = m.affiliation or (_country_in([t for t in src.toks if not (m.start <= t.idx < m.end)])
                                    if etype == EntityType.PERSON else None)
    return Claimer(m.name, src.mention, etype, src.s, src.e, False, affiliation)


def _military(src: _Source):
    """"the Ukrainian military", "Russian troops": a country's forces."""
    if (src.low in MILITARY_NOUNS or src.lemma in MILITARY_NOUNS) and src.country:
        return src.claimer(force_name(src.country), EntityType.MILITARY_UNIT)
    return None


def _government(src: _Source):
    if src.lemma in _GOVERNMENT and src.country:
        return Claimer(src.country, src.mention, EntityType.ORGANISATION, src.s, src.e, False, src.country)
    if src.lemma == "government" and src.det == "the" and len(src.toks) == 2:
        # "the government", in an article whose places lie in one country: that country's government
        countries = {country_of(m.name) for m in src.mentions if m.type == EntityType.PLACE} - {None}
        if len(countries) == 1:
            country = countries.pop()
            demonyms = COUNTRIES.get(country, ((), ()))[0]
            name = f"{demonyms[0]} government" if demonyms and " " not in country else f"{country} government"
            return Claimer(name, src.mention, EntityType.ORGANISATION, src.s, src.e, False, country)
    return None


def _metonym(src: _Source):
    """"the Kremlin", "the White House": an institution named by its seat."""
    key = src.mention.lower().removeprefix("the ")
    if src.low not in INSTITUTION_METONYMS and key not in INSTITUTION_METONYMS:
        return None
    name = " ".join(w.capitalize() for w in key.split())
    return Claimer(name, src.mention, EntityType.ORGANISATION, src.s, src.e, False, INSTITUTION_METONYMS.get(key))


def _earlier_speaker(src: _Source):
    """"the source", "the minister": someone already speaking in this article."""
    lemma, head = src.lemma, src.head
    if not (src.det == "the" and src.singular and (lemma in PERSON_ROLE_NOUNS or lemma in ANONYMOUS_NOUNS or
                                                   person_noun(head))):
        return None
    enrich(src.ctx, src.doc, src.mentions)
    found = src.ctx.last(EntityType.PERSON, head.idx, role=lemma) or \
        src.ctx.last(EntityType.GROUP, head.idx, role=lemma)
    titles = " ".join(role for m, role in src.ctx.titles if m.name == found.name) if found is not None else ""
    if found is None or not _fits(src, f"{found.mention} {found.name} {titles}"):
        return None
    return Claimer(found.name, src.mention, found.type, src.s, src.e, found.anonymous, found.affiliation)


def _fits(src: _Source, described: str) -> bool:
    """Whether the words that qualify a description ("the local health minister") are all among those of who it
    would stand for ("Civil Aviation Minister X" is no local health minister; "Foreign Minister X" is "the
    foreign minister")."""
    have = {w.strip(".,'’").removesuffix("'s") for w in described.lower().split()}
    words = {t.lower_ for t in src.toks if t.i != src.head.i and t.dep_ in ("amod", "compound") and
             t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in _LOOSE}
    return words <= have | _country_words(" ".join(have), src.country)


def _titled_person(src: _Source):
    """"the Kremlin spokesman", "Ukrainian president" (a headline): the one person the article gives that role,
    before or after ("Kremlin spokesman Ivan Petrov", "President Ada Obi"); none when two people have it."""
    head, lemma = src.head, src.lemma
    role = lemma in PERSON_ROLE_NOUNS or lemma in _TITLE_WORDS
    # a headline's "Coach says" may be tagged a proper noun, even a body
    noun = head.pos_ == "NOUN" and (role or person_noun(head)) or \
        head.pos_ == "PROPN" and role and head.ent_type_ in ("", "ORG")
    if not (src.singular and src.det in ("the", None) and noun) or any(c.dep_ == "poss" for c in head.children):
        return None
    enrich(src.ctx, src.doc, src.mentions)
    words = {t.lower_ for t in src.toks if t.i != head.i and t.pos_ in ("NOUN", "PROPN", "ADJ")}
    names = {m.name: m for m, role in src.ctx.titles
             if lemma in role.split() and words <= set(role.split()) | _country_words(role, src.country)}
    others = [t for t in src.doc if t.lemma_.lower() == lemma and not src.s <= t.idx < src.e]
    if len(names) != 1 or len(others) > sum(lemma in role.split() for _, role in src.ctx.titles):
        return None  # two people with the role, or the role given to someone the recogniser missed
    m = next(iter(names.values()))
    return Claimer(m.name, src.mention, EntityType.PERSON, src.s, src.e, False, src.country)


def _country_words(role: str, country: Optional[str]) -> set[str]:
    """The words of a description that name the country its role already gives ("Ukrainian" for a role of
    Ukraine's)."""
    if not country:
        return set()
    return {d for d, c in DEMONYMS.items() if c == country} | {country.lower()} \
        if any(country_of(w) == country for w in role.split()) or not any(country_of(w) for w in role.split()) \
        else set()


def _one_body(src: _Source):
    """"the board said", "the party said": the one body the article names with that noun in its name ("the Norland
    Safety Board", "the Green Party"); "the board's press office": that body too, speaking through its office. None
    when the article names no such body, or two."""
    head = src.head
    if not (head.pos_ == "NOUN" and src.singular and src.lemma in ORGANISATION_NOUNS | _BUSINESS_NOUNS):
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None:  # "the board's press office": the office of the one board
        body = _one_body(_Source(poss, src.mentions, src.ctx)) if poss.pos_ == "NOUN" and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children) else None
        return replace(body, mention=src.mention, start=src.s, end=src.e) if body is not None else None
    if src.det != "the" or len([t for t in src.toks if t.dep_ != "case"]) != 2:
        return None  # "the ethics committee": a body the qualifier tells apart, perhaps another
    bodies = {m.name: m for m in src.mentions if _body_named(m, src.lemma)}
    if not bodies and src.lemma in _BUSINESS_NOUNS:
        # "Norvik Power cut the line. The company said ...": the one body named just before that no
        # public body's word marks ("the agency", "the court" are no company)
        bodies = {m.name: m for m in src.mentions if m.type == EntityType.ORGANISATION and
                  src.s - _BUSINESS_REACH <= m.start and m.end <= src.s and
                  not any(w.lower() in ORGANISATION_NOUNS - _BUSINESS_NOUNS for w in m.name.split())}
    if len(bodies) > 1:  # several parties: the one named just before ("the Unity Party of Norland ... the party")
        bodies = _just_before(src, bodies.values())
    if len(bodies) != 1:
        return None
    m = next(iter(bodies.values()))
    etype = m.type if m.type == EntityType.MILITARY_UNIT else EntityType.ORGANISATION
    return Claimer(m.name, src.mention, etype, src.s, src.e, False, m.affiliation)


# nouns for a business, and how far back (characters) "the company" looks for the one named just before
_BUSINESS_NOUNS = frozenset({"company", "firm", "airline", "retailer", "manufacturer", "insurer", "publisher",
                             "carrier", "utility", "operator", "bank"})
_BUSINESS_REACH = 400


def _compound_body(src: _Source) -> Optional[Claimer]:
    """"a fire service statement", "a police report": the one body the article names with the noun before the
    document in its name ("Norvik Fire and Rescue Service", "Harlow Police")."""
    nouns = [c for c in src.head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not nouns:
        return None
    lemma = nouns[-1].lemma_.lower()
    bodies = {m.name: m for m in src.mentions if m.type in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT) and
              len(m.name.split()) >= 2 and lemma in (w.lower().strip(",.") for w in m.name.split())}
    if len(bodies) != 1:
        return None
    m = next(iter(bodies.values()))
    return Claimer(m.name, src.mention, m.type, src.s, src.e, False, m.affiliation)


def _just_before(src: _Source, bodies) -> dict:
    """The body named nearest before the description within reach, when its sentence names no other (a form of its
    name aside: "Unity Party" beside "Unity Party of Norland"); none otherwise ("the Green Party and the Labour
    Party met ... the party")."""
    near = sorted((m for m in bodies if src.s - _BUSINESS_REACH <= m.start and m.end <= src.s), key=lambda m: m.start)
    if not near:
        return {}
    last = near[-1]
    tok = next((t for t in src.doc if t.idx >= last.start), None)
    begins = tok.sent.start_char if tok is not None else last.start
    same = all(m.name in last.name or last.name in m.name for m in near if m.start >= begins)
    return {last.name: last} if same else {}


def _body_named(m: Mention, noun: str) -> bool:
    """Whether a name of two words or more carries the body's noun: anywhere in a body's name ("University of
    Leeds"), last in a name typed otherwise ("the Harbour Taxpayers Party" the recogniser took for a person)."""
    words = [w.lower().strip(",.") for w in m.name.split()]
    if len(words) < 2:
        return False
    return noun in words if m.type in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT) else words[-1] == noun


def _anonymous(src: _Source):
    """"a source said", "one official said": an unnamed source, one person."""
    if src.singular and src.det in _INDEFINITE and src.lemma in ANONYMOUS_NOUNS:
        return src.claimer(src.core, EntityType.PERSON, anonymous=True)
    return None


def _group(src: _Source):
    """"residents", "the crowd", "a spokesperson" (a group noun naming one person)."""
    if src.lemma not in GROUP_NOUNS and src.low not in GROUP_NOUNS:
        return None
    if src.singular and src.lemma in PERSON_ROLE_NOUNS:
        return src.claimer(src.core, EntityType.PERSON)
    return src.claimer(src.title, EntityType.GROUP)


def _role(src: _Source):
    if src.lemma in PERSON_ROLE_NOUNS or src.lemma in _TITLE_WORDS:
        return src.claimer(src.core, EntityType.PERSON)
    return None


def _organisation(src: _Source):
    if src.lemma in ORGANISATION_NOUNS and src.singular:
        return src.claimer(src.title, EntityType.ORGANISATION)
    return None


def _thing(src: _Source):
    if src.head.pos_ == "NOUN" and (not can_speak(src.head) or no_one(src.head)):
        return _NOBODY  # "the use of X said", "profits are slim, noting": a thing or an act, nobody speaking
    return None


def _described(src: _Source) -> bool:
    """Any other described speaker: "the treasurer said", "a nurse said", "residents say"."""
    head = src.head
    return head.pos_ == "NOUN" and (src.det in ("the", "a", "an", "one", "another", None) or not src.singular) \
        and src.lemma not in DEMONYMS and head.ent_type_ in ("", "NORP", "ORG", "CARDINAL")


def _described_group(src: _Source):
    if not _described(src) or src.singular or no_people(src.head):
        return None  # "two priorities", "trademarks": things, left to the rules after
    return src.claimer(src.title, EntityType.GROUP)


def _described_anonymous(src: _Source):
    """"a nurse said", "one resident said": one unnamed person; "a coalition said": one unnamed body."""
    if _described(src) and src.singular and src.det in _INDEFINITE:
        etype = EntityType.PERSON if person_noun(src.head) else \
            EntityType.ORGANISATION if src.lemma in ORGANISATION_NOUNS else EntityType.GROUP
        return src.claimer(src.core, etype, anonymous=True)
    return None


def _described_person(src: _Source):
    """"the treasurer said": one person; "the city said": the body a place or group noun stands for; "the current
    system shows" (a thing in WordNet's commonest senses): nobody speaking."""
    if not _described(src) or not src.singular and no_people(src.head):
        return None  # "banners which said": things
    kind = described_kind(src.head)
    return src.claimer(src.core, kind) if kind is not None else None  # a share ("the majority") is for the next


def _share(src: _Source):
    """Poll shares as sources: "six in 10 say", "a third said", "most Republicans want"."""
    if src.head.like_num or src.head.pos_ == "NUM" or src.lemma in SHARE_WORDS:
        return src.claimer(src.title, EntityType.GROUP)
    return None


def _country_name(src: _Source):
    c = country_of(src.head.text) if src.head.pos_ == "PROPN" else None
    return Claimer(c, src.mention, EntityType.ORGANISATION, src.s, src.e, False, c) if c else None


def _honorific(src: _Source):
    """"Ms Ines Laurent" the entity recogniser missed: an honorific makes a person."""
    head, toks = src.head, src.toks
    if head.pos_ == "PROPN" and toks[0].i < head.i and toks[0].lower_ in _HONORIFICS and \
            head.i - toks[0].i <= LIMITS[SpeakerRule.HONORIFIC]:
        return src.claimer(text_of(src.doc)[toks[1].idx: head.idx + len(head.text)], EntityType.PERSON)
    return None


def _proper_noun(src: _Source):
    if src.head.pos_ != "PROPN":
        return None
    if src.head.lower_.strip(".") in ROLE_ABBREVIATIONS or person_noun(src.head) and not src.head.ent_type_:
        # "Acme's VP of Sales", "the CTO": one unnamed person by their role, of the body that owns the phrase
        owner = next((c for c in src.head.children if c.dep_ == "poss"), None)
        m = _entity_at(src.mentions, owner.idx, owner.idx + len(owner.text)) if owner is not None else None
        return Claimer(src.core, src.mention, EntityType.PERSON, src.s, src.e, True,
                       m.name if m is not None else src.country)
    return src.claimer(src.core, EntityType.ORGANISATION)


S = SpeakerRule
SPEAKER_RULES: tuple[Step, ...] = tuple(Step(name, fn) for name, fn in (
    (S.DATE, _date), (S.NOBODY, _nobody), (S.PRONOUN, _pronoun), (S.CITED, _cited), (S.DOCUMENT, _document),
    (S.APPOSITION, _apposition), (S.ROLE_THEN_NAME, _role_then_name), (S.KNOWN_AS, _known_as),
    (S.COUNTRY, _country_speaking), (S.NAMED, _named), (S.MILITARY, _military), (S.GOVERNMENT, _government),
    (S.METONYM, _metonym), (S.EARLIER_SPEAKER, _earlier_speaker), (S.TITLED, _titled_person),
    (S.ONE_BODY, _one_body), (S.ANONYMOUS, _anonymous), (S.GROUP, _group),
    (S.ROLE, _role), (S.ORGANISATION, _organisation), (S.THING, _thing), (S.DESCRIBED_GROUP, _described_group),
    (S.DESCRIBED_ANONYMOUS, _described_anonymous), (S.DESCRIBED_PERSON, _described_person), (S.SHARE, _share),
    (S.COUNTRY_NAME, _country_name), (S.HONORIFIC, _honorific), (S.PROPER_NOUN, _proper_noun),
))
"""The speaker rules in order: the first that answers decides (a `_NOBODY` answer: no claimer at all)."""
del S


def resolve_source(head, mentions: list[Mention], ctx: Context) -> Optional[Claimer]:
    """The claimer a source token (a cue's subject, the object of "according to") stands for, its `rule` the
    speaker rule that found it (`SPEAKER_RULES`)."""
    found = first("speaker", SPEAKER_RULES, _Source(head, mentions, ctx), what=f"{head.text!r}@{head.idx}")
    if found is None or found[0] is _NOBODY:
        return None
    claimer, name = found
    return replace(claimer, rule=name)

"""Who is speaking: a cue's grammatical source resolved to a named, typed claimer.

Handles names with titles and roles ("Ukraine's top commander, Oleksandr Syrskyi"), metonyms
("Kyiv", "the Kremlin"), collective and anonymous sources ("Russian officials", "a US official"),
pronouns and definite descriptions ("he", "the minister", "the source") resolved against the
speakers and people named earlier in the article (`kg.extract.coref`), appositions naming a person or a
body ("one of the unions, the Nurses Federation,"), and the sources an outlet cites ("according to the
agency, which cited officials"). Things and acts are no claimers ("the use of X", `kg.extract.animacy`).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.extract.animacy import can_speak, cited_source, person_noun
from kg.extract.coref import Claimer, Context, enrich, gender_of
from kg.extract.docindex import text_of
from kg.extract.entities import Mention, force_name
from kg.lexicon.speakers import SHARE_WORDS
from kg.lexicon.speech import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MILITARY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_ROLE_NOUNS,
)
from kg.lexicon.world import DEMONYMS, INSTITUTION_METONYMS, TITLES, country_of
from kg.model import EntityType

__all__ = ["Claimer", "Context", "gender_of", "resolve_source"]

_PRONOUNS = {"he": EntityType.PERSON, "she": EntityType.PERSON, "him": EntityType.PERSON, "her": EntityType.PERSON, "it": "Org", "they": "Plural",
             "i": "Speaker", "we": "Speaker", "them": "Plural"}
_GOVERNMENT = {"government", "leadership", "administration", "authorities", "cabinet", "presidency", "regime",
               "foreign ministry", "ministry"}
_NAMED = re.compile(r"(?:goes by the name|known as|nicknamed|named|called)\s+[\"“]?([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*)")
_INDEFINITE = {"a", "an", "one", "another", "some"}
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


def resolve_source(head, mentions: list[Mention], ctx: Context) -> Optional[Claimer]:
    """The claimer a source token (a cue's subject, the object of "according to") stands for."""
    doc = head.doc
    head = _whole_word(head)
    low = head.lower_
    if head.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY"):
        return None  # "Saturday said": a misparse, never a speaker
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in head.children):
        return None  # "no group claimed the attack": nobody did
    # pronouns and the speaker of a quotation
    if head.pos_ == "PRON" or low in _PRONOUNS:
        want = _PRONOUNS.get(low)
        if want in (None, "Speaker"):
            return None
        if want == EntityType.PERSON:
            enrich(ctx, doc, mentions)
        found = ctx.last(want, head.idx, pronoun=low)
        if found is None:
            return None
        return Claimer(found.name, head.text, found.type, head.idx, head.idx + len(head.text),
                       found.anonymous, found.affiliation)
    according = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
    cited = cited_source(head) if according and head.pos_ in ("PROPN", "NOUN") else None
    if cited is not None and cited.i != head.i:
        # "according to the broadcaster, which cited two aides of the mayor": the cited sources say it
        return resolve_source(cited, mentions, ctx)
    # what a speaker issued speaks for them: "the judge's ruling said", "her tweet read"
    if head.pos_ == "NOUN" and head.lower_ in DOCUMENT_NOUNS:
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None)
        if owner is not None:
            found = resolve_source(owner, mentions, ctx)
            if found is not None:
                s, e = _span(_np_tokens(head))
                name = re.sub(r"\s*['’]s?$", "", found.name)
                return Claimer(name, text_of(doc)[s:e], found.type, s, e, found.anonymous, found.affiliation)
    # apposition naming a person: "Ukraine's top commander, Oleksandr Syrskyi"
    for child in head.children:
        if child.dep_ == "appos" and _same_phrase(head, child):
            m = _entity_at(mentions, child.idx, child.idx + len(child.text))
            if m and m.type in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT) and head.pos_ in ("NOUN", "NUM", "PRON") and \
                    head.ent_type_ in ("", "CARDINAL") and not (m.start <= head.idx < m.end):
                # "one of the charities, the Harbour Trust, said": the body the description names
                s, e = _span(_np_tokens(head))
                e = max(m.end, e)
                return Claimer(m.name, text_of(doc)[s:e], m.type, s, e, False, m.affiliation)
            if m and m.type == EntityType.PERSON:
                toks = _np_tokens(head)
                s, _ = _span(toks)
                e = max(m.end, toks[-1].idx + len(toks[-1].text))
                return Claimer(m.name, text_of(doc)[s:e], EntityType.PERSON, s, e, False, _country_in(toks))
    toks = _np_tokens(head)
    s, e = _span(toks)
    mention = text_of(doc)[s:e]
    # a role followed by the name in commas: "The governor of X region, Jane Doe, said"
    tail = text_of(doc)[e:e + 3]
    if tail.startswith(",") and head.pos_ == "NOUN":
        for m in mentions:
            if m.type == EntityType.PERSON and e < m.start <= e + 3 and m.start < head.right_edge.idx + len(head.right_edge.text) + 80 \
                    and (text_of(doc)[m.end:m.end + 1] in (",", ")", ".", ";", ":", "") or head.right_edge.idx >= m.start):
                return Claimer(m.name, text_of(doc)[s:m.end], EntityType.PERSON, s, m.end, False, _country_in(toks))
    # "a blogger who goes by the name X"
    sub_text = text_of(doc)[head.left_edge.idx: head.right_edge.idx + len(head.right_edge.text)]
    named = _NAMED.search(sub_text)
    if named and head.pos_ == "NOUN":
        name = named.group(1)
        return Claimer(name, mention, EntityType.PERSON, s, e)
    m = _entity_at(mentions, head.idx, head.idx + len(head.text))
    if m is not None and m.type != EntityType.PLACE or (m is not None and head.pos_ == "PROPN"):
        etype = m.type
        if etype == EntityType.ORGANISATION and text_of(doc)[s:e].split()[0].lower() in _HONORIFICS:
            etype = EntityType.PERSON  # "Ms Ines Laurent" tagged as an organisation: an honorific makes a person
        if etype == EntityType.PLACE and country_of(m.name):
            etype = EntityType.ORGANISATION  # a country or its capital speaking: its government
            name = country_of(m.name) if m.name.lower() not in INSTITUTION_METONYMS else m.name
            return Claimer(name, mention, etype, s, e, False, country_of(m.name))
        # "Russian lawmaker Maria Butina", "Ukraine's top commander X": the modifier gives the side
        affiliation = m.affiliation or (_country_in([t for t in toks if not (m.start <= t.idx < m.end)])
                                        if etype == EntityType.PERSON else None)
        return Claimer(m.name, mention, etype, s, e, False, affiliation)
    lemma = head.lemma_.lower()
    country = _country_in(toks)
    det = next((t.lower_ for t in toks if t.dep_ in ("det", "nummod") and t.i < head.i), None)
    if low in MILITARY_NOUNS or lemma in MILITARY_NOUNS:
        if country:
            return Claimer(force_name(country), mention, EntityType.MILITARY_UNIT, s, e, False, country)
    if lemma in _GOVERNMENT and country:
        return Claimer(country, mention, EntityType.ORGANISATION, s, e, False, country)
    if low in INSTITUTION_METONYMS or mention.lower().removeprefix("the ") in INSTITUTION_METONYMS:
        key = mention.lower().removeprefix("the ")
        name = " ".join(w.capitalize() for w in key.split())
        return Claimer(name, mention, EntityType.ORGANISATION, s, e, False, INSTITUTION_METONYMS.get(key))
    core_toks = [t for t in toks if not (t.i < head.i and t.lower_ in ("the", "a", "an", "one", "another"))] or toks
    core = text_of(doc)[core_toks[0].idx: core_toks[-1].idx + len(core_toks[-1].text)].strip() or head.text
    singular = head.tag_ in ("NN", "NNP")
    # "the source", "the minister": someone already speaking in this article
    if det == "the" and singular and (lemma in PERSON_ROLE_NOUNS or lemma in ANONYMOUS_NOUNS or person_noun(head)):
        enrich(ctx, doc, mentions)
        found = ctx.last(EntityType.PERSON, head.idx, role=lemma) or ctx.last(EntityType.GROUP, head.idx, role=lemma)
        if found is not None:
            return Claimer(found.name, mention, found.type, s, e, found.anonymous, found.affiliation)
    if singular and det in _INDEFINITE and lemma in ANONYMOUS_NOUNS:
        return Claimer(f"{core} (anonymous)", mention, EntityType.GROUP, s, e, True, country)
    if lemma in GROUP_NOUNS or low in GROUP_NOUNS:
        if singular and lemma in PERSON_ROLE_NOUNS:
            return Claimer(core, mention, EntityType.PERSON, s, e, False, country)
        name = core[0].upper() + core[1:] if core else core
        return Claimer(name, mention, EntityType.GROUP, s, e, False, country)
    if lemma in PERSON_ROLE_NOUNS or lemma in {t.rstrip(".") for t in TITLES}:
        return Claimer(core, mention, EntityType.PERSON, s, e, False, country)
    if lemma in ORGANISATION_NOUNS and singular:
        return Claimer(core[0].upper() + core[1:], mention, EntityType.ORGANISATION, s, e, False, country)
    if head.pos_ == "NOUN" and not can_speak(head):
        return None  # "the use of X said", "profits are slim, noting": a thing or an act, nobody speaking
    if head.pos_ == "NOUN" and (det in ("the", "a", "an", "one", "another", None) or not singular) \
            and lemma not in DEMONYMS and head.ent_type_ in ("", "NORP", "ORG", "CARDINAL"):
        # any other described speaker: "the treasurer said", "a nurse said", "residents say"
        if not singular:
            return Claimer(core[0].upper() + core[1:], mention, EntityType.GROUP, s, e, False, country)
        if det in _INDEFINITE:
            return Claimer(f"{core} (anonymous)", mention, EntityType.GROUP, s, e, True, country)
        return Claimer(core, mention, EntityType.PERSON, s, e, False, country)
    if head.like_num or head.pos_ == "NUM" or lemma in SHARE_WORDS:
        # poll shares as sources: "six in 10 say", "a third said", "most Republicans want"
        return Claimer(core[0].upper() + core[1:], mention, EntityType.GROUP, s, e, False, country)
    if head.pos_ == "PROPN":
        c = country_of(head.text)
        if c:
            return Claimer(c, mention, EntityType.ORGANISATION, s, e, False, c)
        if toks[0].i < head.i and toks[0].lower_ in _HONORIFICS and head.i - toks[0].i <= 3:
            # "Ms Ines Laurent" the entity recogniser missed: an honorific makes a person
            name = text_of(doc)[toks[1].idx: head.idx + len(head.text)]
            return Claimer(name, mention, EntityType.PERSON, s, e, False, country)
        return Claimer(core, mention, EntityType.ORGANISATION, s, e, False, country)
    return None

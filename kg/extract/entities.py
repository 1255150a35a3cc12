"""Named entities of a parsed article, typed as Person, Organisation, Place or MilitaryUnit.

spaCy's NER has no military label and often mistypes unfamiliar names ("Kursk" as PRODUCT, "Kyiv"
as PERSON); rules that generalise correct it: a name before a place word ("X region") is a place, a
known country, capital or seat of power is what the lexicon says, an organisation named like an
armed force is a military unit, and a demonym-led force ("Ukrainian forces") is a military unit.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from kg.extract.docindex import is_headline, text_of
from kg.extract.typeclues import apposition_type, head_type, place_by_preposition, proper_noun_type
from kg.lexicon.speech import MILITARY_NOUNS
from kg.lexicon.world import DEMONYMS, INSTITUTION_METONYMS, ISO_COUNTRIES, PLACE_WORDS, TITLES, country_of
from kg.namekeys import clean, vessel_type

__all__ = ["Mention", "canonical_form", "force_name", "mentions", "type_of_span"]

_LABELS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place", "FAC": "Place",
           "NORP": None, "PRODUCT": None, "WORK_OF_ART": None, "EVENT": None, "LAW": None}
_ORG_WORDS = re.compile(r"\b(?:Ministry|Party|Council|Agency|Committee|Company|Inc|Corp|Corporation|University|"
                        r"Service|Office|Department|Bank|Institute|Commission|Court|Parliament|Assembly|"
                        r"Group|Union|Association|Foundation|Organi[sz]ation|Press|News|Times|Post|Journal)\b")
_MIL_WORDS = re.compile(r"(?<!Fire )(?<!Rescue )(?<!Boys' )\b(?:Army|Forces|Brigade|Battalion|Regiment|"
                        r"Division|Corps|Guard|Navy|Air Force|Marines|Militia|Fleet)\b")
_MONEY = re.compile(r"[A-Z]{3}\s?[\d.,]+[mbk]?")
_TITLE_STEMS = frozenset(t.rstrip(".") for t in TITLES)
# irregular forces are not a country's armed forces: "Iraqi militias", "pro-Russian separatists"
_IRREGULAR = frozenset({"militia", "militias", "mercenaries", "separatists", "rebels", "fighters", "paramilitaries"})


class Mention(NamedTuple):
    """One mention of an entity: character span, surface text, canonical guess, type, affiliation."""

    start: int
    end: int
    text: str
    name: str
    type: str
    affiliation: Optional[str] = None


def canonical_form(text: str) -> str:
    """A name without live-blog time, leading article, titles or possessive.

    "President Vladimir Putin's" -> "Vladimir Putin"; "08:38 - Vladimir Putin" -> "Vladimir Putin". Titles are
    kept when what follows them is not a name: "High Court of Appeal", "Bishop of Northfield".
    """
    s = re.sub(r"[’']s$", "", clean(text)).strip(" ,.\"“”")
    words = s.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    stripped = list(words)
    while len(stripped) > 1 and (stripped[0].lower().rstrip(".") in _TITLE_STEMS or (
            stripped[0].lower() in DEMONYMS and stripped[1].lower().rstrip(".") in _TITLE_STEMS)):
        stripped = stripped[1:]  # "Russian President Vladimir Putin", not "Russian Orthodox Church"
    rest = " ".join(stripped)
    if stripped and stripped != words and stripped[0][:1].isupper() and not _ORG_WORDS.search(rest) and not _MIL_WORDS.search(rest):
        words = stripped
    return " ".join(words)


def force_name(country: str) -> str:
    """The canonical name of a country's armed forces."""
    return f"Armed Forces of {country}"


def _headline(doc, idx: int) -> bool:
    """Is character `idx` on a title-case line (a headline), where NER is unreliable?"""
    return is_headline(doc, idx)


def _lower_elsewhere(tok) -> bool:
    """Is `tok`'s word written in lower case elsewhere in its document (so a common noun, not a name)?"""
    low = tok.lower_
    return any(t.text == low for t in tok.doc if t.i != tok.i)


def type_of_span(span) -> Optional[str]:
    """kg's type for a spaCy entity span, with the rule-based corrections, or None to ignore it."""
    text = canonical_form(span.text)
    low = text.lower()
    if low in DEMONYMS and country_of(text) and low != country_of(text).lower():
        return None  # an adjective ("Ukrainian"), not a place
    if len(text) <= 2 and not country_of(text):
        return None
    if _MONEY.fullmatch(text):
        return None  # "EUR450": an amount, not a place
    if not any(w[:1].isupper() or w[:1].isdigit() for w in text.split()):
        return None  # "term", "military part": a proper name has a capitalised word
    if len(span) == 1 and span[0].is_sent_start and span[0].tag_ in ("NN", "NNS") and _lower_elsewhere(span[0]):
        return None  # "Protests erupted ... the protests": a common noun capitalised by its place in the sentence
    vessel = vessel_type(text)
    if vessel:
        return vessel  # "USS Donald Cook" is a ship, never a person
    if _headline(span.doc, span.start_char) and len(span) == 1 and text not in text_of(span.doc)[span.end_char:]:
        return None
    if low in INSTITUTION_METONYMS:
        return "Organisation"
    if country_of(text) and span.label_ != "NORP" and not (span.label_ == "PERSON" and text in ISO_COUNTRIES):
        return "Place"
    if _MIL_WORDS.search(text) and span.label_ in ("ORG", "PERSON", "GPE", "NORP"):
        return "MilitaryUnit"
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_WORDS and span.label_ != "NORP":
        return "Place"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in PLACE_WORDS:
        return "Place"  # "the city of X"
    if span.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        told = apposition_type(span) or (None if _ORG_WORDS.search(text) else head_type(text, span.label_)) or \
            proper_noun_type(text)
        if told is not None:
            return told  # "Sputnik, the state news agency"; "Johnson Space Center"
        if place_by_preposition(span) and not _ORG_WORDS.search(text):
            return "Place"  # "fighting in Crimea"
    label = _LABELS.get(span.label_)
    if label == "Person" and _ORG_WORDS.search(text):
        return "Organisation"
    if label is None and span.label_ in ("PRODUCT", "WORK_OF_ART") and prev is not None and prev.lower_ in ("in", "into", "near", "from", "across", "towards", "toward"):
        return "Place"
    return label


def _force_mentions(doc) -> list[Mention]:
    """Armed forces named by a demonym or country and a force noun: "Ukrainian forces", "Kyiv's military"."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in MILITARY_NOUNS and tok.lower_ not in MILITARY_NOUNS:
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in _IRREGULAR:
            continue
        if any(c.dep_ == "compound" and c.i < tok.i and c.text[:1].isupper() and not country_of(c.text)
               for c in tok.children):
            continue  # a named force ("Coastal Liberation Forces") is not the country's armed forces
        country = None
        first = tok
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
                c = country_of(child.text) or country_of(" ".join(t.text for t in child.subtree).rstrip("'’s "))
                if c:
                    country = c
                    first = min(first, child.left_edge, key=lambda t: t.i)
        if country is None:
            continue
        start = doc[first.i].idx
        if first.i > 0 and doc[first.i - 1].lower_ == "the":
            start = doc[first.i - 1].idx
        end = tok.idx + len(tok.text)
        out.append(Mention(start, end, text_of(doc)[start:end], force_name(country), "MilitaryUnit", country))
    return out


def mentions(doc) -> list[Mention]:
    """Every entity mention in `doc`, sorted by position; overlapping force phrases win over their parts."""
    found: list[Mention] = []
    for ent in doc.ents:
        etype = type_of_span(ent)
        if etype is None:
            continue
        name = canonical_form(ent.text)
        start = ent.start_char
        if etype == "Place" and ent.label_ in ("GPE", "LOC", "FAC"):
            name = clean(ent.text)  # a place keeps a title word of its name: "Prince Edward Island"
            prev = doc[ent.start - 1] if ent.start > 0 else None
            if prev is not None and prev.text[:1].isupper() and prev.lower_ in _TITLE_STEMS and not prev.is_sent_start:
                start, name = prev.idx, f"{prev.text} {name}"  # "Port Saint Ana City", tagged "Saint Ana City"
        if not name or not any(c.isalpha() for c in name):
            continue
        country = country_of(name)
        affiliation = country if etype in ("Organisation", "Place") and country else None
        if name.lower() in INSTITUTION_METONYMS:
            name = name.title() if name.islower() else name
        if ent[0].lower_ == "the":
            start = ent[1].idx if len(ent) > 1 else start
        if etype == "MilitaryUnit" and ent.start > 0 and doc[ent.start - 1].ent_type_ == "ORDINAL":
            start = doc[ent.start - 1].idx  # "47th Mechanized Brigade": the number is part of the name
            name = text_of(doc)[start:ent.end_char]
        found.append(Mention(start, ent.end_char, text_of(doc)[start:ent.end_char], name, etype, affiliation))
    forces = _force_mentions(doc)
    kept = [m for m in found if not any(f.start <= m.start and m.end <= f.end for f in forces)]
    return sorted(kept + forces)

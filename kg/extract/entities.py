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
from kg.lexicon.speech import MILITARY_NOUNS, REPORTING_VERBS
from kg.lexicon.world import DEMONYMS, INSTITUTION_METONYMS, ISO_COUNTRIES, PLACE_WORDS, TITLES, country_of
from kg.model import EntityType
from kg.namekeys import clean, timestamp_length, vessel_type

__all__ = ["Mention", "canonical_form", "force_name", "mentions", "type_of_span"]

_LABELS = {"PERSON": EntityType.PERSON, "ORG": EntityType.ORGANISATION, "GPE": EntityType.PLACE, "LOC": EntityType.PLACE, "FAC": EntityType.PLACE,
           "NORP": None, "PRODUCT": None, "WORK_OF_ART": None, "EVENT": None, "LAW": None}
_ORG_WORDS = re.compile(r"\b(?:Ministry|Party|Council|Agency|Committee|Company|Inc|Corp|Corporation|University|"
                        r"Service|Office|Department|Bank|Institute|Commission|Court|Parliament|Assembly|"
                        r"Group|Union|Association|Foundation|Organi[sz]ation|Press|News|Times|Post|Journal|Team)\b")
_MIL_WORDS = re.compile(r"(?<!Fire )(?<!Rescue )(?<!Boys' )\b(?:Army|Forces|Brigade|Battalion|Regiment|"
                        r"Division|Corps|Guard|Navy|Air Force|Marines|Militia|Fleet)\b")
_COUNTRY_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")  # "US", "U.S.", "UK", "EU": a country's initials
_REGION_WORDS = frozenset({"region", "oblast", "province", "district", "county", "krai", "governorate",
                           "prefecture", "state"})
_MONEY = re.compile(r"[A-Z]{3}\s?[\d.,]+[mbk]?")
_TITLE_STEMS = frozenset(t.rstrip(".") for t in TITLES)
# irregular forces are not a country's armed forces: "Iraqi militias", "pro-Russian separatists"
_IRREGULAR = frozenset({"militia", "militias", "mercenaries", "separatists", "rebels", "fighters", "paramilitaries"})


# "X the Y Z": a name, then "the" and a new name (an epithet, "Ivan the Terrible", is one word); "A/B"
_PIECES = re.compile(r"\b[A-Z][\w’']+ the [A-Z]\w* [A-Z]|\b\w{3,}/\w{3,}\b")
_STREET_FIRST = frozenset({"Place", "Rue", "Piazza", "Plaza", "Via", "Calle", "Avenida", "Boulevard", "Platz", "Praça"})
_STREET_LAST = frozenset({"Street", "Avenue", "Road", "Boulevard", "Square", "Plaza", "Lane", "Bridge", "Park",
                          "Platz", "Strasse", "Straße", "Highway", "Drive"})
_STANCE = re.compile(r"(?i)(?:pro|anti|non|ex|post|pre)-\w+")  # "Pro-Moscow", "anti-Kremlin": a stance
_CLAUSE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD", "PRP"})  # a finite verb or a pronoun makes a clause
_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al",
                             "el", "bin", "ibn", "ben", "dos", "das", "ter", "st.", "e", "d'"})


def _name_start(word: str) -> bool:
    """Can a proper name start with `word`: capitalised, a figure, "iPhone"-like, or a particle ("de Gaulle",
    "al-Assad", "van Gogh")?"""
    low = word.lower()
    return (word[:1].isupper() or word[:1].isdigit() or any(c.isupper() for c in word[1:]) or
            low in _NAME_PARTICLES or low.split("-")[0] in _NAME_PARTICLES or low.split("'")[0] + "'" in _NAME_PARTICLES)


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
    if stripped and stripped != words and stripped[0][:1].isupper() and not _ORG_WORDS.search(rest) and \
            not _MIL_WORDS.search(rest) and not _plural_noun(stripped):
        words = stripped
    return " ".join(words)


def _plural_noun(words: list[str]) -> bool:
    """Is what a title word would leave a lone plural common noun ("First Nations"), so no person's name?"""
    from kg.lexicon.wordnet import noun_classes

    w = words[0].lower()
    return len(words) == 1 and w.endswith("s") and len(w) > 3 and noun_classes(w[:-1]) is not None


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


def _common_word_at_start(tok) -> bool:
    """Is a one-word name at the start of its sentence (or quotation) a common noun WordNet knows, written nowhere
    else in the article with a capital mid-sentence nor carried by another name ("Brown" of "Gordon Brown")?"""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if not (tok.is_sent_start or prev is not None and prev.text in ('"', "“", "(", "'")) or not tok.text.istitle():
        return False
    if tok.ent_type_ in ("GPE", "LOC") or not noun_classes(tok.lower_) or proper_noun_class(tok.text):
        return False
    if tok.ent_type_ == "PERSON" and tok.dep_ == "nsubj" and tok.head.lemma_ in REPORTING_VERBS:
        return False  # "Rice said ...": a person who speaks
    return not any(t.text == tok.text and t.i != tok.i and not t.is_sent_start for t in tok.doc)


def type_of_span(span) -> Optional[str]:
    """kg's type for a spaCy entity span, with the rule-based corrections, or None to ignore it."""
    text = canonical_form(span.text)
    low = text.lower()
    if low in DEMONYMS and country_of(text) and low != country_of(text).lower() and not _COUNTRY_INITIALS.fullmatch(text):
        return None  # an adjective ("Ukrainian"), not a place; "US officials" still mention the United States
    if len(text) <= 2 and not country_of(text):
        return None
    if _MONEY.fullmatch(text):
        return None  # "EUR450": an amount, not a place
    if not any(w[:1].isupper() or w[:1].isdigit() for w in text.split()):
        return None  # "term", "military part": a proper name has a capitalised word
    if not _name_start(text.split()[0]) or _STANCE.fullmatch(text):
        return None  # "slew of reports about X", "couple - Arif", "Pro-Moscow": no name starts so
    if len(span) >= 3 and any(t.tag_ in _CLAUSE_TAGS for t in span) or "\n" in span.text.strip():
        return None  # "X Says Y Will Go Home", "Z Proves They": a headline's clause, not a name
    if _PIECES.search(text):
        return None  # "Ferraro the Democratic Party('s first ...)", "Kubernetes/Containers": pieces of a sentence
    words = text.split()
    if len(words) >= 2 and span.label_ != "PERSON" and (words[0] in _STREET_FIRST or words[-1] in _STREET_LAST):
        return EntityType.PLACE  # "Place de la Fontaine", "Harbour Square", "Rue Royale"
    if len(span) == 1 and span[0].is_sent_start and span[0].tag_ in ("NN", "NNS") and _lower_elsewhere(span[0]):
        return None  # "Protests erupted ... the protests": a common noun capitalised by its place in the sentence
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span.label_ != "PERSON" and span[-1].tag_ == "JJ" and after is not None and after.tag_ in ("NN", "NNS") \
            and not country_of(text):
        return None  # "the Presidential race", "Female Magellanic penguins": an adjective of the noun after it
    if len(span) == 1 and _common_word_at_start(span[0]):
        return None  # "Attendance was low", "Law and order": a common noun capitalised by its place
    vessel = vessel_type(text)
    if vessel:
        return vessel  # "USS Donald Cook" is a ship, never a person
    if _headline(span.doc, span.start_char) and len(span) == 1 and text not in text_of(span.doc)[span.end_char:]:
        return None
    if low in INSTITUTION_METONYMS:
        return EntityType.ORGANISATION
    if country_of(text) and span.label_ != "NORP" and not (span.label_ == "PERSON" and text in ISO_COUNTRIES):
        return EntityType.PLACE
    if _MIL_WORDS.search(text) and span.label_ in ("ORG", "PERSON", "GPE", "NORP"):
        return EntityType.MILITARY_UNIT
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_WORDS and span.label_ != "NORP":
        return EntityType.PLACE
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in PLACE_WORDS:
        return EntityType.PLACE  # "the city of X"
    if span.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        told = apposition_type(span) or (None if _ORG_WORDS.search(text) else head_type(text, span.label_)) or \
            proper_noun_type(text)
        if told is not None:
            return told  # "Norvik, the state news agency"; "Johnson Space Center"
        if place_by_preposition(span) and not _ORG_WORDS.search(text):
            return EntityType.PLACE  # "fighting in Sicily"
    label = _LABELS.get(span.label_)
    if label == EntityType.PERSON and _ORG_WORDS.search(text):
        return EntityType.ORGANISATION
    if label is None and span.label_ in ("PRODUCT", "WORK_OF_ART") and prev is not None and prev.lower_ in ("in", "into", "near", "from", "across", "towards", "toward"):
        return EntityType.PLACE
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
        out.append(Mention(start, end, text_of(doc)[start:end], force_name(country), EntityType.MILITARY_UNIT, country))
    return out


_CONJ = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _people_apart(doc, found: list[Mention]) -> list[Mention]:
    """A conjunction of people is not one body: "Kelly and Baroni", "Deirdre, Wyatt and Zach". Where every part
    is a person the article names elsewhere (the same name or surname), each is a Person mention; a list of lone
    first names joined by "and" or commas, which no body is named like, is no entity. "Marks & Spencer" stays."""
    people = {m.text.split()[-1] for m in found if m.type == EntityType.PERSON} | {m.name for m in found if m.type == EntityType.PERSON}
    out = []
    for m in found:
        pieces = [p for p in _CONJ.split(m.text) if p]
        if m.type not in (EntityType.ORGANISATION, EntityType.PERSON) or len(pieces) < 2 or not _CONJ.search(m.text) or \
                not all(p[:1].isupper() and len(p.split()) <= 3 for p in pieces) or _ORG_WORDS.search(m.text):
            out.append(m)
            continue
        if all(p in people or p.split()[-1] in people for p in pieces):
            at = m.start
            for p in pieces:
                i = m.text.index(p, at - m.start) + m.start
                out.append(Mention(i, i + len(p), p, p, EntityType.PERSON))
                at = i + len(p)
        elif "&" in m.text or any(len(p.split()) > 1 or country_of(p) for p in pieces):
            out.append(m)
    return out


_DEFINED = re.compile(r"\(([A-Z][A-Za-z.&-]{1,9})\)")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "in", "on", "the", "de", "&", "to"})


def _defined_acronyms(doc, found: list[Mention]) -> list[Mention]:
    """A long form written before its acronym in brackets is one name, whole: "the Council for Trade and
    Co-operation in Asia (CTCA)" names the body even where NER cut it short ("... and Co-operation"). The
    mention overlapping the long form is widened to it; the acronym, where NER missed it, is added."""
    from kg.namekeys import initials

    text = text_of(doc)
    out = list(found)
    for m in _DEFINED.finditer(text):
        acr = m.group(1).replace(".", "").replace("-", "")
        if not (2 <= len(acr) <= 8 and acr.isupper()):
            continue
        before = text[:m.start()].rstrip()
        words = list(re.finditer(r"\S+", before[-200:]))
        base = len(before) - len(before[-200:])
        for k in range(len(words) - 1, -1, -1):
            first = words[k].group()
            if first.lower() in _FUNCTION_WORDS or not first[:1].isupper():
                continue
            span = before[base + words[k].start():]
            if initials(span) == acr:
                start, end = base + words[k].start(), len(before)
                overlap = [x for x in out if x.start < end and start < x.end and x.type in (EntityType.ORGANISATION, EntityType.PLACE,
                                                                                                EntityType.MILITARY_UNIT, EntityType.PERSON)]
                etype = overlap[0].type if overlap else EntityType.ORGANISATION
                if etype == EntityType.PERSON:
                    etype = EntityType.ORGANISATION
                out = [x for x in out if x not in overlap]
                out.append(Mention(start, end, span, canonical_form(span), etype))
                if not any(x.start == m.start(1) for x in out):
                    out.append(Mention(m.start(1), m.end(1), m.group(1), m.group(1), etype))
                break
            if len(initials(span)) > len(acr):
                break
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
        if etype == EntityType.PLACE and ent.label_ in ("GPE", "LOC", "FAC"):
            name = clean(ent.text)  # a place keeps a title word of its name: "Prince Edward Island"
            prev = doc[ent.start - 1] if ent.start > 0 else None
            if prev is not None and prev.text[:1].isupper() and prev.lower_ in _TITLE_STEMS and not prev.is_sent_start:
                start, name = prev.idx, f"{prev.text} {name}"  # "Port Saint Ana City", tagged "Saint Ana City"
        if not name or not any(c.isalpha() for c in name):
            continue
        country = country_of(name)
        affiliation = country if etype in (EntityType.ORGANISATION, EntityType.PLACE) and country else None
        if name.lower() in INSTITUTION_METONYMS:
            name = name.title() if name.islower() else name
        if ent[0].lower_ == "the":
            start = ent[1].idx if len(ent) > 1 else start
        if etype == EntityType.MILITARY_UNIT and ent.start > 0 and doc[ent.start - 1].ent_type_ == "ORDINAL":
            start = doc[ent.start - 1].idx  # "47th Mechanized Brigade": the number is part of the name
            name = text_of(doc)[start:ent.end_char]
        start += timestamp_length(text_of(doc)[start:ent.end_char])  # "14:24 - Mara Voss": the name only
        end = ent.end_char
        if etype == EntityType.PLACE and ent.end < len(doc) and doc[ent.end].lower_ in _REGION_WORDS and \
                doc[ent.end].lower_ != name.split()[-1].lower():
            end = doc[ent.end].idx + len(doc[ent.end])  # "the Kursk region": the region's mention, Kursk's name
        found.append(Mention(start, end, text_of(doc)[start:end], name, etype, affiliation))
    found = _defined_acronyms(doc, _people_apart(doc, found))
    forces = _force_mentions(doc)
    kept = [m for m in found if not any(f.start <= m.start and m.end <= f.end for f in forces)]
    return sorted(kept + forces)

"""Named entities of a parsed article, typed as Person, Organisation, Place or MilitaryUnit.

spaCy's NER has no military label and often mistypes unfamiliar names ("Kursk" as PRODUCT, "Kyiv"
as PERSON); rules that generalise correct it: a name before a place word ("X region") is a place, a
known country, capital or seat of power is what the lexicon says, an organisation named like an
armed force is a military unit, and a demonym-led force ("Ukrainian forces") is a military unit.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from spacy.tokens import Span

from kg.extract.docindex import text_of
from kg.extract.typeclues import (GUESSES, MIL_WORDS, ORG_WORDS, PLACE_FIRST, STRONG, THING_RULES, TypeRule,
                                  event_or_document, known_place, regions, span_type)
from kg.lexicon.speech import MILITARY_NOUNS
from kg.lexicon.things import STORM_WORDS
from kg.lexicon.world import DEMONYMS, INSTITUTION_METONYMS, TITLES, country_of
from kg.model import EntityType
from kg.namekeys import clean, timestamp_length, vessel_type

__all__ = ["Mention", "canonical_form", "force_name", "mentions", "type_of_span"]

_REGION_WORDS = frozenset({"region", "oblast", "province", "district", "county", "krai", "governorate",
                           "prefecture", "state"})
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
    rule: str = ""  # the named rule that typed it (kg.extract.typeclues.TypeRule)


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
    if stripped and stripped != words and stripped[0][:1].isupper() and not ORG_WORDS.search(rest) and \
            not MIL_WORDS.search(rest) and not _plural_noun(stripped):
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


def type_of_span(span) -> Optional[str]:
    """kg's type for a spaCy entity span, with the rule-based corrections, or None to ignore it."""
    return span_type(span, canonical_form(span.text))[0]


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
        out.append(Mention(start, end, text_of(doc)[start:end], force_name(country), EntityType.MILITARY_UNIT, country,
                           TypeRule.FORCE_PHRASE))
    return out


_CONJ = re.compile(r"\s*(?:,|\band\b|&)\s*")
_PAIR = re.compile(r"([A-Z][\w’']+)[-–/]([A-Z][\w’']+)")


def _people_apart(doc, found: list[Mention]) -> list[Mention]:
    """A conjunction of people is not one body: "Kelly and Baroni", "Deirdre, Wyatt and Zach". Where every part
    is a person the article names elsewhere (the same name or surname), each is a Person mention; a list of lone
    first names joined by "and" or commas, which no body is named like, is no entity. "Marks & Spencer" stays.
    Two surnames of the article's people joined by a hyphen ("Okafor-Lindqvist", a ticket) are a group of people."""
    people = {m.text.split()[-1] for m in found if m.type == EntityType.PERSON} | {m.name for m in found if m.type == EntityType.PERSON}
    out = []
    for m in found:
        places = _places_apart(m) if m.type in (EntityType.PLACE, EntityType.ORGANISATION) and " and " in m.text \
            and not country_of(m.text) else [m]
        if places != [m]:
            out += places  # "Sicily and Malta": two places
            continue
        pair = _PAIR.fullmatch(m.text)
        if pair and m.type in (EntityType.ORGANISATION, EntityType.PERSON) and all(p in people for p in pair.groups()):
            out.append(m._replace(type=EntityType.GROUP, rule=TypeRule.CONJUNCTION))  # "Okafor-Lindqvist", a ticket
            continue
        pieces = [p for p in _CONJ.split(m.text) if p]
        if m.type not in (EntityType.ORGANISATION, EntityType.PERSON) or len(pieces) < 2 or not _CONJ.search(m.text) or \
                not all(p[:1].isupper() and len(p.split()) <= 3 for p in pieces) or ORG_WORDS.search(m.text) or \
                country_of(m.text):  # "Trinidad and Tobago": one country
            out.append(m)
            continue
        if all(p in people or p.split()[-1] in people for p in pieces):
            at = m.start
            for p in pieces:
                i = m.text.index(p, at - m.start) + m.start
                out.append(Mention(i, i + len(p), p, p, EntityType.PERSON, None, TypeRule.CONJUNCTION))
                at = i + len(p)
        elif "&" in m.text or any(len(p.split()) > 1 or country_of(p) for p in pieces):
            out.append(m)
    return out


_SHARED_TAIL = re.compile(r"(North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower) and "
                          r"(North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower) ([A-Z][\w'’ -]+)")


def _places_apart(m: Mention) -> list[Mention]:
    """Each place of a conjunction of places the world knows ("Sicily and Malta", "North and South Korea": two
    compass words sharing a name), else the mention as it was ("North and Harlow": a compass word alone is none)."""
    shared = _SHARED_TAIL.fullmatch(m.text)
    if shared:  # "North and South Korea": each compass word with the name they share, where the world knows both
        first, second, tail = shared.group(1), shared.group(2), shared.group(3)
        names = [f"{first} {tail}", f"{second} {tail}"]
        if all(known_place(n) for n in names):
            i = m.start + shared.start(2)
            return [Mention(m.start, m.start + len(first), first, names[0], EntityType.PLACE, country_of(names[0]),
                            TypeRule.CONJUNCTION),
                    Mention(i, m.end, m.text[shared.start(2):], names[1], EntityType.PLACE, country_of(names[1]),
                            TypeRule.CONJUNCTION)]
    pieces = [p for p in _CONJ.split(m.text) if p]
    if len(pieces) < 2 or not all(known_place(p) and p not in _COMPASS for p in pieces):
        return [m]
    out, at = [], m.start
    for p in pieces:
        i = m.text.index(p, at - m.start) + m.start
        out.append(Mention(i, i + len(p), p, p, EntityType.PLACE, country_of(p), TypeRule.CONJUNCTION))
        at = i + len(p)
    return out


_CUT_WORDS = frozenset({"and", "of", "for", "&"})
_CAPTION_WORDS = frozenset({"Image", "Photo", "Picture", "Video", "Audio", "Credit", "Source"})
_SITE_HEADS = frozenset({"Club", "College", "School", "Hospital", "Airport", "Stadium", "Museum", "Centre", "Center",
                         "Library", "Cathedral", "Zoo", "Station", "Prison", "Theatre", "Theater", "Arena"})
_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el",
                        "bin", "ibn", "ben", "dos", "das", "ter"})
_DEFINED = re.compile(r"\(([A-Z][A-Za-z.&-]{1,9})\)")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "in", "on", "the", "de", "&", "to"})


def _defined_acronyms(doc, found: list[Mention], things: Optional[set] = None) -> list[Mention]:
    """A long form written before its acronym in brackets is one name, whole: "the Council for Trade and
    Co-operation in Asia (CTCA)" names the body even where NER cut it short ("... and Co-operation"). The
    mention overlapping the long form is widened to it; the acronym, where NER missed it, is added. A long form
    whose head names a thing ("Digital Rights Management (DRM)", "Quarrel Linux (QL)") goes, with its acronym,
    into `things`."""
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
                if event_or_document(canonical_form(span)) or _slogan(doc, base + words[k].start()):
                    out = [x for x in out if x.start != m.start(1)]
                    break  # "Woman Grand Master (WGM)": a title's initials name no body
                start, end = base + words[k].start(), len(before)
                if things is not None and _thing_name(canonical_form(span)):
                    things.update({canonical_form(span), m.group(1)})
                    break
                overlap = [x for x in out if x.start < end and start < x.end and x.type in (EntityType.ORGANISATION, EntityType.PLACE,
                                                                                                EntityType.MILITARY_UNIT, EntityType.PERSON)]
                etype = overlap[0].type if overlap else EntityType.ORGANISATION
                if etype == EntityType.PERSON:
                    etype = EntityType.ORGANISATION
                out = [x for x in out if x not in overlap]
                rule = overlap[0].rule if overlap else TypeRule.DEFINED
                out = [x._replace(type=etype, rule=TypeRule.DEFINED) if x.name == m.group(1) and x.rule in GUESSES
                       else x for x in out]  # NER's guesses for the acronym elsewhere: the long form's type
                out.append(Mention(start, end, span, canonical_form(span), etype, None, rule))
                if not any(x.start == m.start(1) for x in out):
                    out.append(Mention(m.start(1), m.end(1), m.group(1), m.group(1), etype, None, rule))
                break
            if len(initials(span)) > len(acr):
                break
    return out


def _thing_name(name: str) -> bool:
    """Is `name` a thing's by its last word, with no body's word and no function word ("High Performance
    Computing"; not "Federal Bureau of Investigation")?"""
    from kg.lexicon.things import thing_head

    words = name.split()
    return len(words) >= 2 and not any(w.lower() in _FUNCTION_WORDS for w in words) and \
        not ORG_WORDS.search(name) and not MIL_WORDS.search(name) and thing_head(words[-1])


def _slogan(doc, start: int) -> bool:
    """Does the long form of an acronym starting at `start` open with a verb in the imperative ("Make America Great
    Again (MAGA)", "Stop the Steal"): a slogan, no body?"""
    tok = next((t for t in doc if t.idx == start), None)
    return tok is not None and tok.tag_ == "VB" and tok.pos_ == "VERB"


def _whole_end(doc, ent) -> int:
    """The token after a name NER cut at a function word ("Organisation for Economic Co-operation and"): the
    capitalised words that go on are part of it ("... and Development")."""
    end = ent.end
    if ent.label_ == "ORG" and ORG_WORDS.search(ent.text) and end + 2 < len(doc) and doc[end].lower_ in ("for", "of") \
            and doc[end + 1].lower_ == "the" and doc[end + 2].text[:1].isupper():
        end += 2  # "Court of Appeals [for the Ninth Circuit]": the body's name goes on
        while end < len(doc) and end - ent.end < 6 and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        tail = doc[ent.end + 2:end].text
        return ent.end if country_of(tail) or tail in regions() else end  # "University of Leeds of the UK": no
    if ent[-1].lower_ not in _CUT_WORDS and not (ent.label_ == "PERSON" and ent[-1].lower_ in _PARTICLES):
        return end  # "Gloria de" of "Gloria de Souza": a particle goes on with the surname
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
        end += 1
    return end


def _body_after_place(doc, ent) -> int:
    """The end of a body or site NER cut after its place or the person it is named after ("[Saint Louis]
    University", "[Leeds] Chess Club", "[Ada Obi] Hospital", "[Tolley]'s Bay"): the capitalised words after it that
    end with a body's or a site's word (after a possessive, a site's or land's only); else the name's own end."""
    if ent.label_ not in ("GPE", "LOC", "FAC", "PERSON"):
        return ent.end
    end = ent.end
    if ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text in ("'s", "’s"):
        return _site_after_possessive(doc, end + 1)
    while end < len(doc) and end - ent.end < 4 and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "O" and \
            doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
        if ORG_WORDS.fullmatch(doc[end - 1].text) or doc[end - 1].text in _SITE_HEADS:
            return end
    return ent.end


def _site_after_possessive(doc, start: int) -> int:
    """The end of "[Tolley]'s Bay", "[Grainger]'s Egyptian Theatre": one to three capitalised words NER left out of
    any name, ending in a site's or land's noun; else `start - 1`, the person's end (the possessive is no name)."""
    from kg.lexicon.things import landform

    end = start
    while end < len(doc) and end - start < 3 and doc[end].text[:1].isupper() and _loose(doc, end) and \
            doc[end].ent_type_ not in ("PERSON", "ORG", "GPE") and doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
        end += 1
        if doc[end - 1].text in _SITE_HEADS or landform(doc[end - 1].lower_):
            return end
    return start - 1


def _given_name_before(doc, ent) -> Span:
    """A surname NER took alone with the given name before it left out ("spokesperson Barend [Leyts]"): one
    capitalised word of no name, no title and no sentence start right before a one-word person is its given name,
    where the word before that is lower case (no longer name runs on)."""
    from kg.lexicon.world import DEMONYMS, TITLES

    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start < 2:
        return ent
    g, before = doc[ent.start - 1], doc[ent.start - 2]
    if g.pos_ != "PROPN" or not g.is_title or not g.is_alpha or g.ent_iob_ != "O" or g.is_sent_start or \
            g.lower_.rstrip(".") in TITLES or g.lower_ in DEMONYMS or not before.is_lower or before.pos_ != "NOUN":
        return ent
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def _person_before_of(doc, ent) -> Span:
    """A person's name NER ran on through "of" into the body the person belongs to ("[Eli Vance of Open the
    Debates]"): the person alone, where the words before "of" are a given name and a surname."""
    from kg.extract.typebase import given_name

    if ent.label_ != "PERSON":
        return ent
    k = next((t.i for t in ent[2:-1] if t.lower_ == "of"), None)
    if k is None or not given_name(ent[0].text) or not all(t.text[:1].isupper() for t in doc[ent.start:k]) or \
            not doc[k + 1].text[:1].isupper():
        return ent
    return Span(doc, ent.start, k, label="PERSON")


def _owner_only(doc, ent) -> Span:
    """A person's name NER ran on past a possessive into what the person has ("[Ada Obi's Mayorship]", "[Ada
    Obi's Tenure]"): the person alone, unless the words after the possessive end in a site's or land's noun ("Tolley's
    Bay", a place's name)."""
    from kg.lexicon.things import landform

    if ent.label_ != "PERSON":
        return ent
    k = next((t.i for t in ent[1:-1] if t.text in ("'s", "’s")), None)
    if k is None or ent[-1].text in _SITE_HEADS or landform(ent[-1].lower_):
        return ent
    return Span(doc, ent.start, k, label="PERSON")


def _loose(doc, i: int) -> bool:
    """Is token `i` in no name NER found, or a name of that one word ("Bay" of "[Bay], New Zealand")?"""
    tok = doc[i]
    if tok.ent_iob_ != "B":
        return tok.ent_iob_ == "O"
    return i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I" or doc[i + 1].is_punct and \
        (i + 2 >= len(doc) or doc[i + 2].ent_iob_ != "I")


def _role_word(tok) -> bool:
    """Is `tok` a profession written with a capital before a name ("Immunologist", "Historian"; a word that is also
    a given name, "Hunter", "Christian", never counts)?"""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    return tok.text[:1].isupper() and not tok.text.isupper() and tok.lower_.endswith(("ist", "ian")) and \
        proper_noun_class(tok.text) is None and noun_classes(tok.lower_, 1) == frozenset({"person"})


def _glued_caption(doc, ent, end_tok: int, cut: int) -> Optional[Mention]:
    """"Ada ObiImage: A. Photographer": the name before a caption label glued to it."""
    span = Span(doc, ent.start, end_tok, label=ent.label_)
    text = span.text[:-cut]
    name = canonical_form(text)
    if not name or span_type(span, name)[0] is None:
        return None
    etype, rule = span_type(span, name)
    return Mention(span.start_char, span.start_char + len(text), text, name, etype, None, rule)


_AMOUNTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
_DATE_WORDS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                         "Saturday", "Sunday"})


def _common(tok) -> bool:
    """Is `tok` a common noun written with a capital ("Command", "Search"), not an acronym or a proper name?"""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    return tok.text.istitle() and proper_noun_class(tok.text) is None and noun_classes(tok.lower_) is not None


def _name_start_before(doc, i: int) -> int:
    """Where the name holding token `i` starts: the body word of "Supreme Court of [the United States]" belongs to
    the entity NER found before it ("the Supreme Court"), whose leading "the" is no part of the name."""
    if doc[i].ent_iob_ != "I":
        return i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i + 1 if doc[i].lower_ == "the" else i


def _whole_elsewhere(doc, ent) -> Span:
    """A body's name NER cut here and found whole elsewhere in the article ("[Harbour Fire] and Rescue said", after
    "Harbour Fire and Rescue"): the words after it that spell the whole name belong to it, with the whole's label."""
    text = text_of(doc)
    for o in doc.ents:
        whole = o.text[4:] if o.text.startswith(("the ", "The ")) else o.text
        if o.label_ not in ("ORG", "FAC") or not whole.startswith(ent.text + " ") or \
                text[ent.start_char:ent.start_char + len(whole)] != whole:
            continue
        span = doc.char_span(ent.start_char, ent.start_char + len(whole))
        if span is not None:
            return Span(doc, span.start, span.end, label=o.label_)
    return ent


def _widened(doc, ent) -> Span:
    """A name NER cut or ran on, made whole: a compass word before a place ("South [Sudan]"), a body's name that
    goes on after "and" to a body's or site's head ("[Search] and Rescue Centre"), a vessel's prefix ("MV [Sea
    Lark]"), a subdivision's name going on to its place ("[Eastern District] of Ohio"); a date NER ran into a name
    ("Harbour Trust Meeting [on May 4]") is cut off."""
    start, end = ent.start, ent.end
    if ent.label_ in ("GPE", "LOC") and start > 0 and doc[start - 1].text in _COMPASS and \
            doc[start - 1].ent_iob_ == "O":
        start -= 1
    if start > 0 and vessel_type(f"{doc[start - 1].text} {ent.text}"):
        start -= 1  # "MV [Sea Lark]": the vessel's prefix is part of its name
    if doc[end - 1].is_title and doc[end - 1].lower_ in _REGION_WORDS and end + 1 < len(doc) and \
            doc[end].lower_ == "of" and doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        end = next(e.end for e in doc.ents if e.start == end + 1)  # "[Eastern District] of Ohio": one district
    if ent.label_ == "ORG" and len(ent) == 1 and end + 2 < len(doc) and doc[end].lower_ == "and" and _common(ent[0]):
        k = end + 1
        while k < len(doc) and k - end <= 4 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
            k += 1
            if ORG_WORDS.fullmatch(doc[k - 1].text) or doc[k - 1].text in _SITE_HEADS:
                end = k
                break
    while ent.label_ == "PERSON" and end < len(doc) and end - ent.end < 2 and _surname_after(doc, end):
        end += 1  # "Judge [Amy Berman] Jackson": the parse makes the name's last word the head of its compound
    cut = next((t.i for t in doc[start + 1:end - 1] if t.pos_ == "ADP" and doc[t.i + 1].text in _DATE_WORDS), None)
    if cut is not None:
        end = cut
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _surname_after(doc, end: int) -> bool:
    """Does the capitalised word at `end` finish the person's name before it, the parse taking that name's last word
    as a compound of it ("Amy Berman [Jackson]"), with no date there and no entity but a one-word person NER split
    off?"""
    tok, last = doc[end], doc[end - 1]
    alone = tok.ent_iob_ == "O" or (tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON" and
                                    (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"))
    return last.dep_ == "compound" and last.head.i == end and tok.tag_ == "NNP" and tok.is_title and alone and \
        tok.text not in _DATE_WORDS and not tok.is_sent_start


def _mention_of(doc, ent, things: Optional[set] = None) -> Optional[Mention]:
    """The mention a spaCy entity span gives, typed by the rules of kg.extract.typeclues, or None; a name a rule
    says is a thing (a work, software, an illness) is added to `things`."""
    if _body_after_place(doc, ent) > ent.end:
        ent = Span(doc, ent.start, _body_after_place(doc, ent), label="ORG")
    ent = _given_name_before(doc, _person_before_of(doc, _owner_only(doc, ent)))
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "on", "for") and \
            ORG_WORDS.fullmatch(doc[ent.start - 2].text) and ent.label_ not in _AMOUNTS:
        start = _name_start_before(doc, ent.start - 2)
        ent = Span(doc, start, ent.end, label="ORG")  # "Commission on [Public Debates]": the body whole
    ent = _whole_elsewhere(doc, _widened(doc, ent))
    if ent.start >= 1 and doc[ent.start - 1].text in PLACE_FIRST and not doc[ent.start - 1].is_sent_start and \
            doc[ent.start - 1].ent_iob_ == "O":
        ent = Span(doc, ent.start - 1, ent.end, label="GPE")  # "Punta [Verdosa]": the place's name whole
    if ent.label_ == "PERSON" and len(ent) >= 3 and _role_word(ent[0]):
        ent = Span(doc, ent.start + 1, ent.end, label="PERSON")  # "Immunologist Ada Obi": her role, not her name
    end_tok = _whole_end(doc, ent)
    if end_tok - ent.start >= 3 and doc[end_tok - 1].like_num and doc[end_tok - 2].pos_ == "ADP":
        end_tok -= 2  # "Rally for the Republic in 2008": the year is no part of the name
    if end_tok - ent.start >= 2 and doc[end_tok - 1].text in _CAPTION_WORDS and end_tok < len(doc) and \
            doc[end_tok].text == ":":
        end_tok -= 1  # "Ada Obi Image: A. Photographer": a caption's label is no part of the name
    glued = next((w for w in _CAPTION_WORDS if doc[end_tok - 1].text.endswith(w) and doc[end_tok - 1].text != w), None)
    if glued and end_tok < len(doc) and doc[end_tok].text == ":":
        return _glued_caption(doc, ent, end_tok, len(glued))
    span = Span(doc, ent.start, end_tok, label=ent.label_) if end_tok != ent.end else ent
    name = canonical_form(span.text)
    etype, rule = span_type(span, name)
    if etype is None:
        if things is not None and rule in THING_RULES:
            things.add(name)
        return None
    start = span.start_char
    if etype == EntityType.PLACE and span.label_ in ("GPE", "LOC", "FAC"):
        name = clean(span.text)  # a place keeps a title word of its name: "Prince Edward Island"
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.text[:1].isupper() and prev.lower_ in _TITLE_STEMS and not prev.is_sent_start:
            start, name = prev.idx, f"{prev.text} {name}"  # "Port Saint Ana City", tagged "Saint Ana City"
    if not name or not any(c.isalpha() for c in name):
        return None
    country = country_of(name)
    affiliation = country if etype in (EntityType.ORGANISATION, EntityType.PLACE) and country else None
    if name.lower() in INSTITUTION_METONYMS:
        name = name.title() if name.islower() else name
    if span[0].lower_ == "the":
        start = span[1].idx if len(span) > 1 else start
    if etype == EntityType.MILITARY_UNIT and span.start > 0 and doc[span.start - 1].ent_type_ == "ORDINAL":
        start = doc[span.start - 1].idx  # "47th Mechanized Brigade": the number is part of the name
        name = text_of(doc)[start:span.end_char]
    start += timestamp_length(text_of(doc)[start:span.end_char])  # "14:24 - Mara Voss": the name only
    end = span.end_char
    if etype == EntityType.PLACE and span.end < len(doc) and doc[span.end].lower_ in _REGION_WORDS and \
            doc[span.end].lower_ != name.split()[-1].lower():
        end = doc[span.end].idx + len(doc[span.end])  # "the Kursk region": the region's mention, Kursk's name
    return Mention(start, end, text_of(doc)[start:end], name, etype, affiliation, rule)


def _repeat_targets(found: list[Mention]) -> dict[str, Mention]:
    """The names an article's recognised mentions give, to look for again: each name as written, and the surname
    of a person named in full where no other full name carries it."""
    targets: dict[str, Mention] = {}
    surnames: dict[str, set] = {}
    for m in found:
        if m.rule in (TypeRule.FORCE_PHRASE, TypeRule.CONJUNCTION) or len(m.name) < 3 or not m.name[:1].isupper():
            continue
        targets.setdefault(m.name, m)
        words = m.name.split()
        if m.type == EntityType.PERSON and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 3:
            surnames.setdefault(words[-1], set()).add(m.name)
    for last, full in surnames.items():
        if len(full) == 1:
            m = targets[next(iter(full))]
            targets.setdefault(last, m._replace(name=last))
    return targets


def _repeated(doc, found: list[Mention]) -> list[Mention]:
    """A name the article has given, written again where NER missed it ("Daniel Okafor ... Okafor said"), is a
    mention too: the same name and type, with the surname of a person named in full once. A repeat that runs on
    into a longer capitalised name ("Okafor Street") or starts a sentence as a common word is none."""
    from kg.lexicon.wordnet import noun_classes

    text, out = text_of(doc), []
    taken = sorted((m.start, m.end) for m in found)
    for surface, m in _repeat_targets(found).items():
        for hit in re.finditer(r"(?<![\w'’-])" + re.escape(surface) + r"(?![\w-])", text):
            s, e = hit.span()
            span = doc.char_span(s, e)
            if span is None or any(a < e and s < b for a, b in taken):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" or before is not None and \
                    before.text[:1].isupper() and before.pos_ == "PROPN" and not span[0].is_sent_start and \
                    before.lower_.rstrip(".") not in _TITLE_STEMS:
                continue
            if span[0].is_sent_start and len(span) == 1 and noun_classes(surface.lower()) and \
                    _common_only(surface):
                continue
            out.append(Mention(s, e, surface, m.name, m.type, m.affiliation, TypeRule.PROPAGATED))
            taken.append((s, e))
    return out


def _common_only(word: str) -> bool:
    """Is `word` a common noun WordNet lists only in lower case (so, capitalised at a sentence start, no name)?"""
    from kg.lexicon.wordnet import proper_noun_class

    return proper_noun_class(word) is None


_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
_AT = frozenset({"at", "by", "from", "for", "with", "of", "to", "against"})


def _used_as_things(doc, found: list[Mention]) -> set[str]:
    """Names an article only ever uses as a modifier of a thing's noun, at least twice ("the EastMed pipeline",
    "the EastMed project", "Quillcraft servers"), never as one that acts, owns or is gone to ("X said", "X's",
    "at X", "by X"): a product, a project, a piece of software. A place never counts ("the Wuhan outbreak")."""
    from collections import Counter

    from kg.lexicon.things import is_thing_noun
    from kg.lexicon.wordnet import noun_classes

    uses: Counter = Counter()
    people = {m.name for m in found if m.type == EntityType.PERSON and len(m.name.split()) >= 2}
    acts: set[str] = people | {p.split()[-1] for p in people}  # "the Tom Cruise video": a person's
    for m in found:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.type != EntityType.ORGANISATION and m.type != EntityType.PERSON or known_place(m.name):
            continue
        root = span.root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ == "NOUN" and \
                is_thing_noun(root.head.lemma_.lower()):
            uses[m.name] += 1
        elif root.dep_ in _AGENT_DEPS or root.dep_ == "pobj" and root.head.lower_ in _AT or \
                root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and \
                noun_classes(root.head.lemma_.lower(), 1) == frozenset({"person"}):
            acts.add(m.name)  # "X employees", "an X spokesman": its people
    return {n for n, k in uses.items() if k >= 2 and n not in acts}


def _agreed(found: list[Mention], things: set[str]) -> list[Mention]:
    """One name, one thing and one type within an article. A name some mention showed to be a thing ("Quillcraft is
    an open-source game", "Hurricane Odalys" then "Odalys") loses every mention, unless another mention has strong
    evidence of an entity ("the software company Blue Fern"); mentions NER only guessed take the type the text's
    evidence gives the name, else the type most of its mentions have ("Blue Fern" read as a place once in ten)."""
    things = things | {n.split()[-1] for n in things if len(n.split()) == 2 and n.split()[0] in STORM_WORDS}
    by_name: dict[str, list[Mention]] = {}
    for m in found:
        by_name.setdefault(m.name, []).append(m)
    drop = {n for n, ms in by_name.items() if n in things and not any(m.rule in STRONG for m in ms)}
    agreed = {n: t for n, ms in by_name.items() if n not in drop and (t := _agreed_type(ms))}
    return [m if m.name not in agreed or m.type == agreed[m.name] or m.rule not in GUESSES
            else m._replace(type=agreed[m.name]) for m in found if m.name not in drop]


def _agreed_type(ms: list[Mention]) -> Optional[str]:
    """The type the mentions of one name agree on: that of the text's evidence where some mention has it; None
    when they agree already, or no evidence decides (NER's guesses are left to the corpus-wide vote of
    kg.names, where a lone surname joins its person)."""
    from collections import Counter

    if len({m.type for m in ms}) < 2:
        return None
    votes = Counter(m.type for m in ms if m.rule not in GUESSES)
    if not votes:
        return None
    (best, n), *rest = votes.most_common()
    return None if rest and rest[0][1] == n else best


_WHERE = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "throughout"})


def _unplaced(doc, found: list[Mention]) -> list[Mention]:
    """A name NER took for a body once and for a place elsewhere, that no other rule typed, the world does not know
    as a place and the article never puts anything in, at or near ("Quillflix star Ada Obi", "the Quillflix show"),
    is a body throughout: NER's place is a guess the text never bears out."""
    by_name: dict[str, list[Mention]] = {}
    for m in found:
        by_name.setdefault(m.name, []).append(m)
    retype = set()
    for name, ms in by_name.items():
        if {m.type for m in ms} != {EntityType.ORGANISATION, EntityType.PLACE} or \
                any(m.rule != TypeRule.NER for m in ms) or known_place(name):
            continue
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in ms]
        if not any(s is not None and s.root.dep_ == "pobj" and s.root.head.lower_ in _WHERE for s in spans):
            retype.add(name)
    return [m._replace(type=EntityType.ORGANISATION, rule=TypeRule.UNPLACED) if m.name in retype and
            m.type == EntityType.PLACE else m for m in found]


def mentions(doc) -> list[Mention]:
    """Every entity mention in `doc`, sorted by position; overlapping force phrases win over their parts; a name
    given once and written again where NER missed it is a mention each time."""
    things: set[str] = set()
    found = [m for m in (_mention_of(doc, ent, things) for ent in doc.ents) if m is not None]
    found = _unplaced(doc, _agreed(found, things | _used_as_things(doc, found)))
    found = [m for m in found if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                         for o in found)]  # a name NER cut off, now whole, takes in its pieces
    found = [m for m in found if not (m.text.split()[-1].lower() in _CUT_WORDS and any(
        o.start < m.start < o.end < m.end for o in found))]  # "[Search and (Rescue Centre] of)": NER's piece
    acronyms: set[str] = set()
    found = [m for m in _defined_acronyms(doc, _people_apart(doc, found), acronyms) if m.name not in acronyms]
    found += _repeated(doc, found)
    forces = _force_mentions(doc)
    kept = [m for m in found if not any(f.start <= m.start and m.end <= f.end for f in forces)]
    return sorted(kept + forces)

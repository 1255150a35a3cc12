"""The rules that say a name names a thing, no entity: a document, an event, an award or a title by its head ("the
Clean Air Act", "the Harlow Open Championship"); a field or an act ("a degree in Neurosurgery"); a storm
("Hurricane Odalys"); an illness by the words around it ("the COVID-19 pandemic", "died of X"); a thing WordNet
lists (software, a time, a planet, an instrument or a craft); and the one rule that types a thing's carrier, the
platform or outlet something is posted on ("posted on Quibble").

Each is a step of `kg.extract.typeclues.TYPE_RULES`, which decides their order.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.typebase import (MIL_WORDS, NO_ENTITY, ORG, ORG_WORDS, _no, _personal_shape, _View, _view,
                                 known_place)

__all__ = ["event_or_document"]

# the head of a document's name: "the Treaty of Rome", "the Clean Air Act" name no body, person or place
# the head of the name of an event, an illness or a title: no body, person or place ("the Harlow Open Championship",
# "Severe Acute Respiratory Syndrome", "Woman Grand Master")
_EVENTS = frozenset({"Championship", "Championships", "Tournament", "Olympiad", "Award", "Awards", "Prize", "Prizes",
                     "Medal", "Trophy", "Cup", "Syndrome", "Disease", "Fever", "Virus", "Master", "Convention",
                     "Summit", "Festival", "Expo", "Days", "Ceremony", "Gala", "Marathon", "Referendum", "Primary",
                     "Primaries", "Day", "Olympics", "War", "Revolution", "Pandemic", "Epidemic",
                     "Outbreak", "Challenge", "Faire", "Fest", "Election", "Elections", "Debate", "Debates", "Bowl",
                     "Massacre", "Bombing", "Riots", "Crisis", "Scandal", "Impeachment", "Prix"})


_DOCUMENTS = frozenset({"Constitution", "Treaty", "Charter", "Declaration", "Accord", "Accords", "Amendment", "Act",
                        "Bill", "Agreement", "Protocol", "Resolution", "Manifesto", "Directive", "Statute", "Doctrine",
                        })


# heads of a document's name only as its last word ("Internal Revenue Laws", "the Framley Heart Study"; "Harvard Law
# School" is a school, "Institute for Advanced Study" a body)
_LAST_DOCUMENTS = frozenset({"Law", "Laws", "Code", "Report", "Deal", "License", "Licence", "Regulations",
                             "Guidelines", "Study", "Census"})


def _document(v: _View) -> Optional[str]:
    """"the Fiscal Compact Treaty", "the Clean Air Act": a document's name (a body's name with it stays); so is
    the name of an event, an award, an illness or a title ("the Harlow Open Championship", "the Brandt Prize in
    Chemistry", "Woman Grand Master"), whose head is the last word before a preposition."""
    from kg.lexicon.things import english_word

    if _genus(v):
        return NO_ENTITY
    if v.span.label_ != "PERSON":
        return _no(len(v.words) >= 2 and event_or_document(v.text))
    w = v.words  # NER's person only with an event's or a law's head last and English words before ("Doris Day")
    return _no(len(w) >= 2 and (w[-1] in _EVENTS or w[-1] in _LAST_DOCUMENTS) and
               not any(x in ("of", "for", "on") for x in w) and all(english_word(x) for x in w[:-1]))


def _genus(v: _View) -> bool:
    """Is the name the genus of a binomial ("Felis catus", "(Quercus robur)"): a genus WordNet lists, then a
    lower-case word no English dictionary has, the species? A person named like a genus speaks or is spoken of
    ("Rosa said", "Rosa Lind"), with English words or a capital after."""
    from kg.lexicon.things import english_word
    from kg.lexicon.wordnet import proper_noun_class

    doc, w = v.span.doc, v.words
    after = w[1] if len(w) == 2 else doc[v.span.end].text if len(w) == 1 and v.span.end < len(doc) else ""
    return proper_noun_class(w[0]) in ("animal", "plant") and after.isalpha() and after.islower() and \
        len(after) >= 4 and (not english_word(after) or proper_noun_class(after.capitalize()) in ("animal", "plant"))


def _event_head(word: str) -> bool:
    """Is `word` the head of an event's, an award's or a title's name, or its plural ("Olympiads", "Summits")?"""
    return word in _EVENTS or len(word) > 4 and word.endswith("s") and word[:-1] in _EVENTS


def event_or_document(text: str) -> bool:
    """Is `text` the name of a document, an event, an award or a title by its head ("Clean Air Act", "Brandt Prize
    in Chemistry", "Grand Master"), with no body's word ("Festival Committee")?"""
    words = text.split()
    w = [x for x in words if x.lower() not in ("of", "the", "on", "for", "and")]
    cut = next((i for i, x in enumerate(words) if i and x.islower()), len(words))
    if w and (_event_head(w[-1]) or w[-1] in _LAST_DOCUMENTS) and len(words) >= 2 and \
            not any(x in ("of", "for", "on") for x in words):
        return True  # "Tag Team Championship", "Press Freedom Day": the event's head ends the name
    # the head before the first lower-case word: "Harlow Open Championship of Chess", "Vehicle Regulations for Buses"
    head = words[cut - 1] if cut < len(words) and words[cut] in ("of", "for", "on") else None
    return bool(w) and (any(x in _DOCUMENTS for x in w[-2:]) or _event_head(words[cut - 1]) or
                        head in _LAST_DOCUMENTS) and not ORG_WORDS.search(text)


def _abstract(words: list[str]) -> bool:
    """Is a name a common noun of an act or a field of knowledge ("Neurosurgery", "Public Relations") that WordNet
    lists only in lower case?"""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    classes = noun_classes(" ".join(words).lower())  # the whole name: "Mountain View" is no "view"
    return bool(classes) and classes <= {"act", "cognition"} and proper_noun_class(words[-1]) is None


def _field(v: _View) -> Optional[str]:
    """A field or an act NER took for a place or a thing ("a degree in Neurosurgery", "studied Mathematics"), no
    body, person or place; a body's one-word name ("Reform said", NER's ORG) is left to the other rules."""
    s = v.span
    of_field = s.label_ == "ORG" and len(v.words) == 1 and v.prev is not None and v.prev.lower_ in ("in", "of")
    if (of_field or s.label_ in ("GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")) and len(v.words) <= 2 and \
            _abstract(v.words):
        return NO_ENTITY  # "the department of Neurosurgery": NER's piece of a body's name
    return None


def _storm(v: _View) -> Optional[str]:
    """"Hurricane Odalys", "Tropical Storm Ana", "Typhoon Kesar": a storm, no entity."""
    from kg.lexicon.things import STORM_WORDS

    w = [x for x in v.words if x != "Tropical"]
    return _no(len(w) >= 2 and w[0] in STORM_WORDS and w[1][:1].isupper() and not ORG_WORDS.search(v.text))


def _illness(v: _View) -> Optional[str]:
    """An illness by the words news puts around it: "the COVID-19 pandemic", "Ebola patients", "tested positive for
    X", "died of X". Never a place ("the Wuhan outbreak") nor a body's or force's name."""
    from kg.lexicon.things import ILLNESS_HEADS, ILLNESS_VERBS

    s = v.span
    person = s.label_ == "PERSON" and not any(c.isdigit() for c in v.text) and not v.text.isupper()
    if s.label_ in ("GPE", "LOC", "FAC") or person or known_place(v.text) or ORG_WORDS.search(v.text) or \
            MIL_WORDS.search(v.text):
        return None  # a person's name never has a figure: "COVID-19" NER read as a person is no one
    root = s.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= s.end and root.head.lower_ in ILLNESS_HEADS:
        return NO_ENTITY
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ILLNESS_HEADS:
        return NO_ENTITY  # "cases of X", "the spread of X"
    prep = root.head if root.dep_ == "pobj" else None
    verb = prep.head if prep is not None else root.head if root.dep_ == "dobj" else None
    if verb is None:
        return None
    wanted = ILLNESS_VERBS.get(verb.lemma_.lower())
    return _no(wanted is not None and (prep.lower_ in wanted if prep is not None else not wanted))


def _thing(v: _View) -> Optional[str]:
    """A name WordNet lists as a thing: one word it capitalises as a time, an illness, software, an act or a
    planet ("UTC", "SARS", "Linux", "NAFTA", "Venus"), or several words it lists as a common noun of a thing
    ("Multiple Sclerosis")."""
    from kg.lexicon.things import is_thing_noun, thing_proper_noun
    from kg.lexicon.wordnet import proper_noun_class

    if len(v.words) >= 2 and v.words[-1].replace(".", "").isdigit():
        return _thing(_view(v.span, " ".join(v.words[:-1])))  # "Linux 8": a version of a thing
    if v.span.label_ in ("FAC", "GPE", "LOC") and len(v.words) >= 2 and not any(w.islower() for w in v.words) and \
            _device(v.words[-1]):
        return NO_ENTITY  # "the Very Large Telescope", "the Orion Space Capsule": an instrument or a craft, no site
    if len(v.words) >= 2 and not v.words[-1].isupper() and len(v.words[-1]) >= 4 and \
            proper_noun_class(v.words[-1]) == "communication" and not _personal_shape(v):
        return NO_ENTITY  # "Oracle Linux": a kind of software WordNet capitalises ("Mu Li", "Edmonton Sun" are none)
    if len(v.words) == 1:
        # "Google": the firm as much as its site
        body = v.span.label_ == "ORG" and proper_noun_class(v.text) == "communication"
        return _no(thing_proper_noun(v.text) and v.text != "Earth" and not body)
    return _no(len(v.words) <= 3 and not ORG_WORDS.search(v.text) and proper_noun_class(v.words[-1]) is None and
               is_thing_noun(v.text))


# verbs of putting words out, whose "on X" or "via X" is the platform or outlet that carries them ("posted on
# Quibble", "said on Radio Norvik"); "commented on X" and "appeared on X" are left out: X may be a topic or a host
_POSTING_VERBS = frozenset({"post", "write", "tweet", "say", "announce", "share", "publish", "stream", "broadcast",
                            "trend", "indicate", "state", "confirm", "reveal", "upload", "livestream", "air",
                            "declare", "message", "praise", "thank", "reply", "respond", "complain", "joke"})


def _platform(v: _View) -> Optional[str]:
    """"posted on Quibble", "announced via Chirper": a name that carries what someone put out is a platform or an
    outlet, a body (never a person, whom one writes to or about, not on)."""
    s = v.span
    root = s.root
    if s.label_ not in ("PERSON", "ORG", "PRODUCT") or root.dep_ != "pobj" or root.head.lower_ not in ("on", "via"):
        return None
    verb = root.head.head
    return ORG if verb.pos_ == "VERB" and verb.lemma_.lower() in _POSTING_VERBS and len(v.words) <= 2 and \
        not _personal_shape(v) else None


def _device(word: str) -> bool:
    """Is the noun `word` first of all a made thing that is no site (an instrument, a device, a vehicle)?"""
    from kg.lexicon.things import is_thing_noun
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    return proper_noun_class(word) is None and noun_classes(word.lower(), 1) == frozenset({"artifact"}) and \
        is_thing_noun(word)


"""Names made whole from the pieces the recogniser left, and names glued together taken apart (one article at a time).

- A couple sharing a surname: "Ben and Ina Obi" are Ben Obi and Ina Obi (`_couple`).
- An owner NER took for a person, written once, is part of the place it names: "Fenwick's Crystal Theatre" (`_owned`).
- A country glued to a person or a place is two names: "President of Estonia Kaarel Tamm", "Perth Australia's"
  (`_glued`); so are two names glued into one person's, "on Zipline Obi accused" (`two_glued`).

Pure: works on the mentions extraction gave and the article's text, never on spaCy objects. `kg.runon` cuts run-on
names and widens names cut short before their head; `kg.resolve` runs `made_whole` first.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.extract.entities import Mention
from kg.extract.typeclues import known_place
from kg.model import EntityType
from kg.runon import name_words

__all__ = ["made_whole", "two_glued"]


_AND_FULL = re.compile(r"\s+(?:and|&)\s+([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)(?![\w'’-]| [A-Z])")  # " and Ina Obi"
_COUPLE = re.compile(r"^([A-Z][\w'’-]+)\s+(?:and|&)\s+([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)$")  # "Ben and Ina Obi"
_POSSESSOR = re.compile(r"['’]s ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?![\w-])")  # "'s Crystal Theatre"
_PLACE_HEADS = frozenset({"location", "object", "artifact"})  # WordNet classes of "Bay", "Cove", "Theatre"


def _once(word: str, text: str) -> bool:
    """Is `word` written exactly once in `text` (as a whole word)?"""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text)) == 1


def _alone_once(word: str, text: str) -> bool:
    """Is `word` written alone (not before another capitalised word, as a first name is) at most once in `text`?"""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])(?! [A-Z])", text)) <= 1


def _no_surname(word: str, mentions: list[Mention], text: str, *, given: bool = False) -> bool:
    """May a one-word name be an owner's name (written once) or, `given`, a first name (written alone once)? Never
    a surname of a full person name of the article, a country or a known place."""
    from kg.lexicon.world import country_named

    surnames = {m.name.split()[-1] for m in mentions if m.type == EntityType.PERSON and " " in m.name}
    return word.isalpha() and word not in surnames and (_alone_once(word, text) if given else _once(word, text)) \
        and not country_named(word) and not known_place(word)


def _body_word(word: str) -> bool:
    """Is `word` a body's head ("Peace and Freedom Party", "Farmers and Fishers Union"), never a surname?"""
    from kg.lexicon.speech import ORGANISATION_NOUNS
    from kg.lexicon.wordnet import noun_classes

    return word.lower() in ORGANISATION_NOUNS or noun_classes(word, 1) == frozenset({"group"})


def _couple(m: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """A couple sharing a surname: "Ben and Ina Obi" are Ben Obi and Ina Obi, whether the recogniser took the
    first name alone ("Ben", then "Ina Obi") or the whole as one name. The first name must be one the article
    writes once and no surname of its people ("Ortiz and Ina Obi" are two people); the whole taken as one name
    must be a person's by its type or by a person of that surname in the article."""
    whole = _COUPLE.match(m.name) if m.text == m.name else None
    if whole is not None and not _body_word(whole.group(3)):
        first, second, surname = whole.groups()
        people = {p.name.split()[-1] for p in mentions if p.type == EntityType.PERSON and " " in p.name}
        if (m.type == EntityType.PERSON or surname in people) and _no_surname(first, mentions, text, given=True):
            at = m.text.index(second, len(first))
            return [m._replace(end=m.start + len(first), text=first, name=f"{first} {surname}", type=EntityType.PERSON),
                    m._replace(start=m.start + at, text=m.text[at:], name=f"{second} {surname}",
                               type=EntityType.PERSON)]
    after = _AND_FULL.match(text, m.end)
    if " " in m.name or m.type != EntityType.PERSON or after is None or after.group(2) == m.name or \
            _body_word(after.group(2)) or \
            not _no_surname(m.name, mentions, text, given=True):
        return [m]
    return [m._replace(name=f"{m.name} {after.group(2)}")]


def _owned(m: Mention, mentions: list[Mention], text: str) -> Optional[tuple[Mention, Optional[Mention]]]:
    """A one-word name the recogniser took for a person's, written once, as the owner in the name of a place
    ("Fenwick's Crystal Theatre", "Ashby's Cove"), taken with that name: the place's whole name, and the mention of the owned part it replaces. None when
    the word is no such owner (a person of the article, a country or known place: "Leeds's Town Hall")."""
    from kg.lexicon.wordnet import noun_classes

    found = _POSSESSOR.match(text, m.end)
    if found is None or " " in m.name or m.text != m.name or m.type != EntityType.PERSON or \
            not _no_surname(m.name, mentions, text):
        return None  # (a body's possessive is its own: "the Lindqvist Trust's Harbour Museum")
    owned = next((o for o in mentions if o.start == found.start(1)), None)
    if owned is not None and owned.type not in (EntityType.PLACE, EntityType.ORGANISATION):
        return None
    tail = owned.name if owned is not None else found.group(1)
    head = tail.split(",")[0].split()[-1]
    if not (noun_classes(head, 1) or frozenset()) & _PLACE_HEADS:
        return None
    end = owned.end if owned is not None else found.end(1)
    end = m.start + len(text[m.start:end].rstrip(" ,;:"))  # "Ashby's Cove," before its country
    whole = text[m.start:end]
    name = whole[: owned.start - m.start] + owned.name.rstrip(" ,;:") if owned is not None else whole
    etype = EntityType.PLACE if owned is None or noun_classes(head, 1) & {"location", "object"} else owned.type
    return m._replace(end=end, text=whole, name=name, type=etype, rule=owned.rule if owned else m.rule), owned


def made_whole(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one article with names the recogniser cut made whole: a first name sharing a couple's
    surname ("Ben and Ina Obi"), an owner's name taken with the place it names ("Fenwick's Crystal Theatre"), a
    country and the name glued to it apart ("Estonia Kaarel Tamm"), two names glued into one person's apart ("on
    Zipline Obi accused"). See `_couple`, `_owned`, `_glued` and `two_glued`; `text` is the article's."""
    out: list[Mention] = []
    dropped: set[tuple[int, int]] = set()
    people = {m.name for m in mentions if m.type == EntityType.PERSON and " " in m.name}
    for m in mentions:
        owned = _owned(m, mentions, text)
        if owned is not None:
            m, part = owned
            if part is not None:
                dropped.add((part.start, part.end))
        for c in _couple(m, mentions, text):
            parts = two_glued(c, mentions, text)
            out.extend(_glued(c, people, text) if len(parts) == 1 else parts)
    return [m for m in out if (m.start, m.end) not in dropped]


def two_glued(m: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """A person's name glued from two names of the article ("on Zipline Obi accused", a comma left out): the first
    word a name the article writes alone as no person's (a mention of another type, or after "on", "in", "at":
    "announced on Zipline"), the second the surname of another person it names in
    full ("Ada Obi"). Then the two, each a mention of its own; else `m` alone."""
    words = m.name.split()
    if m.type != EntityType.PERSON or len(words) != 2 or not m.text.startswith(m.name):
        return [m]
    first, last = words
    apart = any(o.name == first and o.type != EntityType.PERSON for o in mentions) or \
        re.search(rf"\b(?:on|in|at|from|via) {re.escape(first)}\b(?! {re.escape(last)})", text) is not None
    owner = any(o.type == EntityType.PERSON and o.name != m.name and len(o.name.split()) >= 2 and
                o.name.split()[-1] == last for o in mentions)
    if not (apart and owner):
        return [m]
    at = m.start + m.text.index(last, len(first))
    kind = next((o.type for o in mentions if o.name == first and o.type != EntityType.PERSON), EntityType.ORGANISATION)
    return [m._replace(end=m.start + len(first), text=first, name=first, type=kind),
            m._replace(start=at, end=at + len(last), text=last, name=last)]


_OFFICE_OF = re.compile(r"\b[A-Z][a-z]+ (?:of|for) $")  # "President of ", "Minister for "


def _part(m: Mention, name: str, etype: str, *, last: bool = False) -> Optional[Mention]:
    """The mention of `name` inside `m` (its last occurrence when `last`), typed `etype`; None when not there."""
    at = m.text.rfind(name) if last else m.text.find(name)
    if at < 0:
        return None
    return Mention(m.start + at, m.start + at + len(name), name, name, etype, rule=m.rule)


def _glued(m: Mention, people: set[str], text: str) -> list[Mention]:
    """A name glued to a country: a country and a person after it ("President of Estonia Kaarel Tamm", where the
    article names Kaarel Tamm or an office stands before) are the two; so are a place and its country written with
    no comma ("make Perth Australia's capital"). Else `m` alone."""
    from kg.lexicon.wordnet import common_word
    from kg.lexicon.world import country_named

    words = m.name.split()
    if len(words) < 2 or known_place(m.name) or country_named(m.name):
        return [m]
    for k in range(1, min(3, len(words) - 1) + 1):
        lead, rest = " ".join(words[:k]), " ".join(words[k:])
        if country_named(lead) == lead and len(words) - k >= 2 and name_words(rest) and \
                (rest in people or _OFFICE_OF.search(text, max(0, m.start - 30), m.start)):
            parts = [_part(m, lead, EntityType.PLACE), _part(m, rest, EntityType.PERSON, last=True)]
            return [p for p in parts if p is not None] or [m]
        lead, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if m.type == EntityType.PLACE and country_named(tail) == tail and known_place(lead) and \
                not country_named(lead) and not any(common_word(w) for w in lead.split()):  # "Southern Poland"
            parts = [_part(m, lead, EntityType.PLACE), _part(m, tail, EntityType.PLACE, last=True)]
            return [p for p in parts if p is not None] or [m]
    return [m]

"""What the rules that type a name share: the view of a span they all read (`_View`), the answer that says a span
is no entity (`NO_ENTITY`, `_no`), kg's type names, the words of a body's or a force's name (`ORG_WORDS`,
`MIL_WORDS`), the places the world knows by name (`known_place`, `regions`) and a person's shape of name
(`_personal_shape`).

`kg.extract.typeclues` (the rule table) and `kg.extract.thingclues` (the rules for things that are no entity) both
build on it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from kg.lexicon.world import country_of
from kg.model import EntityType

__all__ = ["GROUP", "MIL", "MIL_WORDS", "NO_ENTITY", "ORG", "ORG_WORDS", "PERSON", "PLACE", "given_name", "known_place",
           "regions", "surname"]

PERSON, ORG, PLACE, MIL, GROUP = (EntityType.PERSON.value, EntityType.ORGANISATION.value, EntityType.PLACE.value,
                                  EntityType.MILITARY_UNIT.value, EntityType.GROUP.value)
NO_ENTITY = ""

ORG_WORDS = re.compile(r"\b(?:Ministry|Party|Council|Agency|Committee|Company|Inc|Corp|Corporation|University|"
                       r"Service|Office|Department|Bank|Institute|Commission|Court|Parliament|Assembly|"
                       r"Group|Union|Association|Foundation|Organi[sz]ation|Press|News|Times|Post|Journal|Team|"
                       r"Authority|Studios|Industries|Enterprises|Holdings|Airlines|Airways|Entertainment|"
                       r"Pictures|Records|Technologies|Networks|Labs|Laboratories|Railway|Railways|Railroad)\b")
MIL_WORDS = re.compile(r"(?<!Fire )(?<!Rescue )(?<!Boys' )\b(?:Army|Forces|Brigade|Battalion|Regiment|"
                       r"Division|Corps|Guard|Navy|Air Force|Marines|Militia|Fleet)\b")


class _View(NamedTuple):
    span: object
    text: str  # the canonical name
    low: str
    words: list
    prev: object
    after: object


def _view(span, text: str) -> _View:
    doc = span.doc
    return _View(span, text, text.lower(), text.split(), doc[span.start - 1] if span.start > 0 else None,
                 doc[span.end] if span.end < len(doc) else None)


def _no(cond) -> Optional[str]:
    return NO_ENTITY if cond else None


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Names of the top-level subdivisions ISO 3166-2 lists (states, provinces, regions), from pycountry."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions if not getattr(s, "parent_code", None))


def _personal_shape(v: _View) -> bool:
    """Is the name two or three capitalised words WordNet knows as no common noun, with no body's word ("Aino
    Kettunen"; not "Blue Fern", "Quill Games", "Halvard Corporation")?"""
    from kg.lexicon.wordnet import noun_classes

    return 2 <= len(v.words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in v.words) and \
        not ORG_WORDS.search(v.text) and not MIL_WORDS.search(v.text) and \
        not any(noun_classes(w.lower()) for w in v.words)


def known_place(name: str) -> bool:
    """Is `name` a place the world knows by that name: a country or capital, a state or province (ISO 3166-2), a
    location WordNet lists with a capital ("Lisbon", "Leeds")?"""
    from kg.lexicon.wordnet import proper_noun_class

    return bool(country_of(name)) or name in regions() or proper_noun_class(name) == "location"



# the census lists rank names by how many people bear them; past these ranks a name is rare enough to be a word too
_GIVEN_RANK, _SURNAME_RANK = 2500, 20000


@lru_cache(maxsize=4)
def _census(file: str, limit: int) -> frozenset[str]:
    """The names (upper case) of one of the US Census name-frequency lists the `names` package ships, to rank
    `limit`."""
    from importlib.resources import files

    lines = files("names").joinpath(file).read_text(encoding="ascii").splitlines()
    return frozenset(line.split()[0] for line in lines if line.split() and int(line.split()[-1]) <= limit)


def given_name(word: str) -> bool:
    """Is `word` a given name the US Census found common ("Keisha", "Brock"), written as a name (capitalised)?"""
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    up = word.upper()
    return up in _census("dist.female.first", _GIVEN_RANK) or up in _census("dist.male.first", _GIVEN_RANK)


def surname(word: str) -> bool:
    """Is `word` a surname the US Census found common ("Bottoms", "Lance"), written as a name?"""
    return word[:1].isupper() and not word.isupper() and word.replace("'", "").replace("-", "").isalpha() and \
        word.upper().replace("'", "") in _census("dist.all.last", _SURNAME_RANK)

"""Type evidence around a name: what the text says the thing is, where NER only guesses from the name.

- an apposition or a predicate noun: "Norvik, the state news agency," is an organisation; "Jane Roe, a
  singer," a person; the class of the describing noun comes from WordNet's lexicographer files (noun.group,
  noun.person, noun.location, noun.artifact);
- the head noun of a multi-word name NER took for a body or a site: "Johnson Space Center" and "Museum of
  Flight" are places (a building or site: noun.artifact, noun.location), "Brightwater Company" an organisation;
- WordNet's own entry for a one-word proper name: "Scientology", "Taliban", "Hamas" are groups (its commonest
  sense filed under noun.group, with the name capitalised in WordNet), whatever NER guessed;
- a preposition of place before a one-word name NER took for a person or body: "fighting in Sicily".

A place that acts ("Sicily voted") stays a place: verbs are no evidence against a place.
"""
from __future__ import annotations

from typing import Optional

from kg.lexicon.world import TITLES
from kg.model import EntityType

__all__ = ["apposition_type", "head_type", "place_by_preposition", "proper_noun_type"]

# WordNet lexicographer class of a describing noun -> kg type
_CLASS_TYPE = {"person": EntityType.PERSON, "group": EntityType.ORGANISATION, "location": EntityType.PLACE, "artifact": EntityType.PLACE}
# describing nouns whose commonest sense misleads: outlets are bodies, whatever WordNet files them under
_OUTLET_NOUNS = frozenset({"newspaper", "broadcaster", "magazine", "daily", "tabloid", "outlet", "channel",
                           "publisher", "website", "network", "carrier", "airline", "manufacturer", "maker",
                           "producer", "operator", "retailer", "insurer", "lender", "developer", "supplier",
                           "exporter", "importer", "company", "firm", "conglomerate", "giant", "chain", "label"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "throughout", "inside", "outside", "around", "into"})


def _class_type(word: str, *, allow_person: bool = True) -> Optional[str]:
    from kg.lexicon.wordnet import noun_classes

    low = word.lower()
    if low in _OUTLET_NOUNS or low.rstrip("s") in _OUTLET_NOUNS:
        return EntityType.ORGANISATION
    classes = noun_classes(low, 1)
    if not classes:
        return None
    t = _CLASS_TYPE.get(next(iter(classes)))
    return None if t == EntityType.PERSON and not allow_person else t


def apposition_type(span) -> Optional[str]:
    """The type an apposition or a copula gives the name `span`: "X, the state news agency," -> Organisation."""
    root = span.root
    inside = {t.i for t in span}
    describing = [c for c in root.children if c.dep_ == "appos" and c.i not in inside and c.i > span.end - 1]
    if root.dep_ == "appos" and root.head.i not in inside:
        describing.append(root.head)  # "the state news agency Norvik"
    for d in describing:
        if d.pos_ != "NOUN" or d.lower_ in TITLES:
            continue  # "X, the president of Y" gives a person through titles elsewhere; a name is no description
        t = _class_type(d.lemma_ or d.text)
        if t == EntityType.PLACE:
            from kg.lexicon.wordnet import is_site
            t = t if is_site(d.lemma_ or d.text) else None  # "a season-ticket holder" is no place
        if t is not None:
            return t
    return None


def head_type(text: str, label: str) -> Optional[str]:
    """The type the common head noun of a multi-word name gives it ("Johnson Space Center" -> Place), for names
    NER labelled as a body, facility or thing (never a person: "Mark Hall" is a man)."""
    from kg.namekeys import head_word

    if len(text.split()) < 2 or label not in ("ORG", "FAC", "GPE", "LOC"):
        return None
    from kg.lexicon.wordnet import is_site

    head = head_word(text)
    if not head[:1].isupper() or head.isupper():
        return None
    t = _class_type(head, allow_person=False)
    if t == EntityType.PLACE and not is_site(head):
        return None  # "Red Cross", "Apple Watch": a thing, not a site
    return t


def place_by_preposition(span) -> bool:
    """Is a one-word name NER took for a person or body governed by a preposition of place ("in Sicily")?"""
    if len(span) != 1 or span.label_ not in ("PERSON", "ORG") or span[0].text.isupper():
        return False
    from kg.lexicon.wordnet import noun_classes

    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.lower_ not in _PLACE_PREPOSITIONS or span[0].head.i != prev.i:
        return False
    classes = noun_classes(span[0].lemma_.lower() or span[0].lower_)
    return not classes or "location" in classes  # "in Olympiads": a common noun that is no place



def proper_noun_type(text: str) -> Optional[str]:
    """Organisation for a one-word name WordNet files, capitalised, under noun.group in its commonest sense
    ("Taliban", "Scientology", "NATO"); None otherwise."""
    from kg.lexicon.wordnet import proper_noun_class

    return EntityType.ORGANISATION if proper_noun_class(text) == "group" else None

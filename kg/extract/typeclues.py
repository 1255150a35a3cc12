"""Type evidence around a name, as one ordered table of named rules: what the text says the thing is, where NER
only guesses from the name.

`span_type(span, name)` runs `TYPE_RULES` through `kg.rules.first`: the first rule with an answer decides, and
its name is stamped on the entity (`rule` in entities.jsonl: "type: apposition; ..."). An answer of "" says
the span is no entity at all (a demonym, an amount, a headline's clause, a piece of a sentence). In order:

- what is no name: a demonym adjective, an amount, lower-case words, a stance ("Pro-Moscow"), a headline's
  clause, pieces of a sentence, wiki markup, a common noun capitalised by its place in the sentence;
- what the name says of itself: a street or square, a vessel's prefix, a country, an armed force's noun, a
  place word after it ("X region") or before it ("the city of X"), a place prefix ("Fort X", "Mount X"), a
  house of members ("House of Representatives");
- what the text says of it: "X, <state or country>" is a place; an apposition or a describing noun before it
  ("Norvik, the state news agency"; "the news agency Norvik"), the class of the describing noun from WordNet's
  lexicographer files; the head noun of a multi-word name ("Johnson Space Center" is a site); WordNet's own
  entry for a one-word proper name ("Taliban" a group, "Sicily" a location); a preposition of place ("fighting
  in Sicily", "travelled from X to Y");
- last, NER's label.

A place that acts ("Sicily voted") stays a place: verbs are no evidence against a place.

The rules that say a name names a thing (a document, an event, a field, a storm, an illness, a WordNet thing, a
platform) live in `kg.extract.thingclues`; what every rule reads (`_View`, `NO_ENTITY`, `ORG_WORDS`, `MIL_WORDS`,
`known_place`, `regions`) in `kg.extract.typebase`. This module holds the rest of the rules and the table.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Optional

from kg.extract.docindex import is_headline, text_of
from kg.extract.thingclues import _abstract, _document, _field, _illness, _platform, _storm, _thing, event_or_document
from kg.extract.typebase import (GROUP, MIL, MIL_WORDS, NO_ENTITY, ORG, ORG_WORDS, PERSON, PLACE, _no,
                                 _personal_shape, _View, _view, given_name, known_place, regions, surname)
from kg.lexicon.speech import REPORTING_VERBS
from kg.lexicon.world import (DEMONYMS, INSTITUTION_METONYMS, ISO_COUNTRIES, PLACE_WORDS, SUBDIVISION_WORDS, TITLES,
                              country_of)
from kg.namekeys import vessel_type
from kg.rules import RuleName, Step, first

__all__ = ["EVIDENCE", "GUESSES", "STRONG", "THING_RULES", "OUTLET_NOUNS", "event_or_document", "known_place", "PLACE_FIRST", "regions",
           "MIL_WORDS", "ORG_WORDS", "PLACED_BY_TEXT", "TYPE_RULES", "TypeRule", "apposition_type", "head_type",
           "place_by_preposition", "proper_noun_type", "span_type"]

_LABELS = {"PERSON": PERSON, "ORG": ORG, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
_COUNTRY_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")  # "US", "U.S.", "UK", "EU": a country's initials
_MONEY = re.compile(r"[A-Z]{3}\s?[\d.,]+[mbk]?")
# "X the Y Z": a name, then "the" and a new name (an epithet, "Ivan the Terrible", is one word); "A/B"
_PIECES = re.compile(r"\b[A-Z][\w’']+ the [A-Z]\w* [A-Z]|\b\w{3,}/\w{3,}\b|\w and The [A-Z]|"
                     r"^[A-Z]{2,}(?:of|the|and|for|in|on|to)$")  # "NGOof": an acronym glued to the word after it
_MARKUP = re.compile(r"\(\(|\)\)|\[\[|\]\]|\{\{|\}\}|\|")  # wiki markup: "((es))Spanish language"
_STREET_FIRST = frozenset({"Place", "Rue", "Piazza", "Plaza", "Via", "Calle", "Avenida", "Boulevard", "Platz", "Praça"})
_STREET_LAST = frozenset({"Street", "Avenue", "Road", "Boulevard", "Square", "Plaza", "Lane", "Bridge", "Park",
                          "Platz", "Strasse", "Straße", "Highway", "Drive"})
# the first word of a place's name in general English: "Fort Lee", "Mount Kenya", "Lake Geneva", "Greater London"
_THOROUGHFARES = frozenset({"Street", "Avenue", "Road", "Boulevard", "Highway", "Plaza", "Strasse", "Straße"})
PLACE_FIRST = frozenset({"Fort", "Mount", "Mt", "Lake", "Cape", "Port", "Isle", "Gulf", "Bay", "Greater", "Punta",
                          "Puerto", "Porto", "Monte", "Lago", "Isla", "Cabo", "Sierra", "Rio"})
_STANCE = re.compile(r"(?i)(?:pro|anti|non|ex|post|pre)-\w+")  # "Pro-Moscow", "anti-Kremlin": a stance
_CLAUSE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD", "PRP"})  # a finite verb or a pronoun makes a clause
_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al",
                             "el", "bin", "ibn", "ben", "dos", "das", "ter", "st.", "e", "d'"})
# WordNet lexicographer class of a describing noun -> kg type
_CLASS_TYPE = {"person": PERSON, "group": ORG, "location": PLACE, "artifact": PLACE}
# describing nouns whose commonest sense misleads: outlets and services are bodies, whatever WordNet files them under
_OUTLET_NOUNS = frozenset({"newspaper", "broadcaster", "magazine", "daily", "tabloid", "outlet", "channel",
                           "publisher", "website", "network", "carrier", "airline", "manufacturer", "maker",
                           "producer", "operator", "retailer", "insurer", "lender", "developer", "supplier",
                           "exporter", "importer", "company", "firm", "conglomerate", "giant", "chain", "label",
                           "agency", "platform", "app", "service", "startup", "wire", "website", "journal", "gazette",
                           "paper", "blog", "podcast", "newsletter", "bulletin"})
OUTLET_NOUNS = _OUTLET_NOUNS
_PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "throughout", "inside", "outside", "around", "into"})
# "to" and "from" name a place after a verb of going: "travelled from X to Y", "came back to X"
_MOTION_VERBS = frozenset({"go", "come", "travel", "return", "fly", "move", "drive", "head", "arrive", "flee",
                           "walk", "sail", "commute", "relocate", "migrate", "deport", "evacuate", "run", "ride",
                           "emigrate", "immigrate", "escape", "retreat", "march", "journey", "transfer"})


class TypeRule(RuleName):
    """The named rules that type a name (or say it is none), in the order `TYPE_RULES` tries them."""

    DEMONYM = "demonym"
    SHORT = "too short"
    AMOUNT = "amount"
    LOWER_CASE = "lower case"
    NO_NAME_START = "no name start"
    CLAUSE = "headline clause"
    PIECES = "sentence piece"
    SLOGAN = "verb first"
    TITLE_ALONE = "title alone"
    ECHO = "word said again"
    FAMILY = "family"
    DOCUMENT = "document"
    PEOPLE = "kind of people"
    WEB = "web address"
    CALLED = "called by a noun"
    POSSESSOR = "a person's kin or death"
    FIELD = "field or act"
    STORM = "storm"
    ILLNESS = "illness"
    THING = "wordnet thing"
    PLATFORM = "platform"
    MARKUP = "markup"
    STREET = "street"
    COMMON_NOUN = "common noun"
    ADJECTIVE = "adjective"
    VESSEL = "vessel"
    HEADLINE_WORD = "headline word"
    METONYM = "institution metonym"
    COUNTRY = "country"
    BODY_HEAD = "body's head word"
    FORCE = "force name"
    PLACE_WORD = "place word"
    PLACE_FIRST = "place prefix"
    PLACE_ELSEWHERE = "a subdivision elsewhere"
    HOUSE = "house of members"
    PLACE_REGION = "place, region"
    WHO = "who follows"
    APPOSITION = "apposition"
    DESCRIBED = "describing noun"
    MEMBER_OF = "what a person is of"
    GIVEN_NAME = "given name"
    COMMON_WORDS = "plain words, no name"
    SURNAME = "surname alone"
    BRAND = "brand shape"
    HEAD = "head noun"
    WORDNET = "wordnet proper noun"
    PREPOSITION = "preposition of place"
    ORG_WORD = "organisation word"
    LISTED = "listed with its kind"
    OFFICE = "an office"
    NER = "ner"
    # types given outside this table (kg.extract.entities, kg.resolve)
    DEFINED = "defined acronym"
    CONJUNCTION = "conjunction of people"
    FORCE_PHRASE = "force phrase"
    SPEAKER = "as speaker"
    PLACE_ACTS = "place that acts"
    AFFILIATION = "named as an affiliation"
    DISPUTER = "named by a dispute"
    PROPAGATED = "name repeated"
    UNPLACED = "a body never placed"


def _slogan(v: _View) -> Optional[str]:
    """"Make Quarrytown the first city to ...", "Save Harbour Park": a name that opens with a verb in the imperative,
    which no given name is, is a slogan or a piece of a sentence."""
    first = v.span[0]
    return _no(len(v.span) >= 2 and first.tag_ == "VB" and first.pos_ == "VERB" and not given_name(first.text) and
               v.span.label_ in ("PERSON", "ORG"))


def _demonym(v: _View) -> Optional[str]:
    c = country_of(v.text)
    return _no(v.low in DEMONYMS and c and v.low != c.lower() and not _COUNTRY_INITIALS.fullmatch(v.text))


def _name_start(word: str) -> bool:
    """Can a proper name start with `word`: capitalised, a figure, "iPhone"-like, or a particle ("de Gaulle")?"""
    low = word.lower()
    return (word[:1].isupper() or word[:1].isdigit() or any(c.isupper() for c in word[1:]) or
            low in _NAME_PARTICLES or low.split("-")[0] in _NAME_PARTICLES or low.split("'")[0] + "'" in _NAME_PARTICLES)


def _lower_elsewhere(tok) -> bool:
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


def _foreign(tok) -> bool:
    """Is `tok` written in a script other than Latin (a word of a quotation in Hindi, Russian, Arabic)?"""
    return any(c.isalpha() for c in tok.text) and not any(c.isascii() and c.isalpha() for c in tok.text) and \
        not any("LATIN" in unicodedata.name(c, "") for c in tok.text if c.isalpha())


def _common_noun(v: _View) -> Optional[str]:
    """A common noun capitalised by its place: at a sentence start, or an English word amid another script."""
    from kg.lexicon.wordnet import noun_classes

    s = v.span
    if len(s) != 1:
        return None
    amid = v.prev is not None and v.after is not None and _foreign(v.prev) and _foreign(v.after) and \
        noun_classes(s[0].lower_) is not None
    return _no(s[0].is_sent_start and s[0].tag_ in ("NN", "NNS") and _lower_elsewhere(s[0]) or
               _common_word_at_start(s[0]) or amid or _indefinite(s[0]) or _portfolio(s))


_PORTFOLIO_TITLES = frozenset({"Minister", "Ministry", "Secretary", "Commissioner", "Department"})


def _portfolio(span) -> bool:
    """"Road Transport and [Bridges] Minister": a plural common noun right before a minister's title is a piece of
    the portfolio's name, no person (a name comes after a title in English, not before it)."""
    from kg.lexicon.things import english_word

    tok, doc = span[0], span.doc
    return span.end < len(doc) and doc[span.end].text in _PORTFOLIO_TITLES and tok.text.endswith("s") and \
        english_word(tok.text[:-1]) and not known_place(tok.text)


def _indefinite(tok) -> bool:
    """"a small Espresso", "an Omelette": a one-word name with "a" or "an" is a common noun WordNet lists only in lower
    case (a proper name takes no indefinite article; "a Microsoft laptop" is a modifier of its noun)."""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    if tok.dep_ == "compound" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    if tok.is_upper and 2 <= len(tok.text) <= 5:
        return True  # "a CTO", "an NGO": an acronym with "a" is a role or a kind, no name
    return tok.is_title and noun_classes(tok.lower_) is not None and proper_noun_class(tok.text) is None


def _adjective(v: _View) -> Optional[str]:
    """"the Presidential race", "Female Magellanic penguins": an adjective of the noun after it."""
    return _no(v.span.label_ != "PERSON" and v.span[-1].tag_ == "JJ" and v.after is not None and
               v.after.tag_ in ("NN", "NNS") and not country_of(v.text))


def _street(v: _View) -> Optional[str]:
    """"Harbour Square", "Rue Royale"; a name NER took for a person only with a word no surname is ("Avenue")."""
    w = v.words
    if len(w) < 2 or not (w[0] in _STREET_FIRST or w[-1] in _STREET_LAST):
        return None
    return PLACE if v.span.label_ != "PERSON" or w[-1] in _THOROUGHFARES else None


def _headline_word(v: _View) -> Optional[str]:
    s = v.span
    return _no(is_headline(s.doc, s.start_char) and len(s) == 1 and v.text not in text_of(s.doc)[s.end_char:])


_STATE_HEADS = frozenset({"Republic", "Kingdom", "Principality", "Emirate", "Sultanate", "Commonwealth"})


def _country(v: _View) -> Optional[str]:
    s = v.span
    w = v.words
    if len(w) >= 2 and (w[-1] in _STATE_HEADS and country_of(w[0]) or w[0] in _STATE_HEADS and w[1] == "of"):
        return PLACE  # "the Slovak Republic", "the Republic of Artsakh": a state by its head
    return PLACE if country_of(v.text) and s.label_ != "NORP" and not (
        s.label_ == "PERSON" and v.text in ISO_COUNTRIES and (given_name(v.text) or surname(v.text))) else None


def _force(v: _View) -> Optional[str]:
    """"the 47th Brigade", "Coastal Fleet": a force's noun in the name; a "Division" or "Corps" is a force only where
    the name or its sentence is military ("82nd Airborne Division", "the division's troops"), else a body (a
    railway's or a firm's division, the Peace Corps)."""
    from kg.lexicon.wordnet import is_site

    if len(v.words) >= 2 and not MIL_WORDS.search(v.words[-1]) and (is_site(v.words[-1].lower()) or
                                                                    ORG_WORDS.fullmatch(v.words[-1])):
        return None  # "the Army's Referral Hospital", "Navy Information Agency": a site or body, left to its head
    if not MIL_WORDS.search(v.text) or v.span.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
        return None
    if all(m.group() in _AMBIGUOUS_FORCES for m in MIL_WORDS.finditer(v.text)) and not _military(v):
        return ORG
    return MIL


# force nouns that also name a civil body's part: "the Northern Division" of a railway, "the Peace Corps"
_AMBIGUOUS_FORCES = frozenset({"Division", "Corps"})
# words of a force's name that only an armed force has ("Airborne Division", "Marine Corps")
_ARMS = frozenset({"infantry", "armoured", "armored", "airborne", "mechanized", "mechanised", "panzer", "marine",
                   "rifle", "cavalry", "tank", "artillery", "guards", "motorized", "motorised", "mountain", "assault",
                   "commando", "parachute", "engineer", "engineers", "signal", "armour", "armor", "army", "military",
                   "naval", "grenadier", "fusilier", "ranger", "rangers", "expeditionary"})
# what only a war or an armed force has, in the sentence of a force's name
_WAR_WORDS = frozenset({"troops", "soldier", "soldiers", "army", "military", "brigade", "battalion", "regiment",
                        "combat", "war", "offensive", "infantry", "tank", "tanks", "artillery", "commander",
                        "deployed", "battle", "frontline", "front", "shelling", "airstrike", "invasion", "fighting"})


def _military(v: _View) -> bool:
    """Is a "Division" or "Corps" an armed force's: a number in or before its name, an arm's word in it, or a word of
    war in its sentence?"""
    s = v.span
    if any(c.isdigit() for c in v.text) or v.prev is not None and (v.prev.ent_type_ == "ORDINAL" or v.prev.like_num):
        return True
    if any(w.lower() in _ARMS for w in v.words):
        return True
    return any(t.lower_ in _WAR_WORDS for t in s.sent if not s.start <= t.i < s.end)


# the last word of a body's name that makes it a body whatever else the text says ("Hollin Taxpayers Party, the
# affiliate of ...", "Quarry Town Council", "the Chess Federation"); a place's name never ends so
_BODY_HEADS = frozenset({"party", "council", "federation", "confederation", "commission", "committee", "ministry",
                         "agency", "association", "foundation", "institute", "corporation", "inc", "corp", "ltd",
                         "llc", "plc", "organisation", "organization", "authority", "parliament", "department",
                         "society", "bureau", "board", "league", "congress", "senate", "tribunal"})


def _body_head(v: _View) -> Optional[str]:
    w = v.words
    if len(w) < 2 or not w[0][:1].isupper() or v.span.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"):
        return None
    return ORG if w[-1].lower().rstrip(".") in _BODY_HEADS else None


def _place_word(v: _View) -> Optional[str]:
    s, doc = v.span, v.span.doc
    if v.after is not None and v.after.lower_ in PLACE_WORDS and s.label_ != "NORP":
        return PLACE
    if v.prev is not None and v.prev.lower_ == "of" and s.start >= 2 and doc[s.start - 2].lower_ in PLACE_WORDS:
        return PLACE  # "the city of X"
    return None


_SUBDIVISIONS = "|".join(sorted(SUBDIVISION_WORDS))


def _place_elsewhere(v: _View) -> Optional[str]:
    """"the people of Qaran" where the article also writes "Qaran Province": a one-word name NER took for a person
    or body that the article names, elsewhere, with a subdivision's word after it is that place."""
    s = v.span
    if len(v.words) != 1 or s.label_ not in ("PERSON", "ORG") or not v.text.istitle():
        return None
    if any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == v.text for e in s.doc.ents):
        return None  # "Kamala Harris" and "Harris County": the surname of the article's person
    found = re.search(rf"\b{re.escape(v.text)} (?i:{_SUBDIVISIONS})\b", text_of(s.doc))
    return PLACE if found else None


def _place_first(v: _View) -> Optional[str]:
    w = v.words
    return PLACE if len(w) >= 2 and w[0].rstrip(".") in PLACE_FIRST and not ORG_WORDS.search(v.text) else None


def _house(v: _View) -> Optional[str]:
    """"House of Representatives", "Chamber of Deputies", "Council of Elders": a body of the people it names."""
    from kg.lexicon.wordnet import noun_classes

    w = v.words
    if len(w) >= 2 and w[-1] in ("House", "Senate", "Assembly") and \
            (country_of(" ".join(w[:-1])) or " ".join(w[:-1]) in regions()):
        return ORG  # "the U.S. House", "the Ohio House": a chamber of a legislature, no building
    if v.text.startswith("House of ") and v.words[-1][:1].isupper():
        return ORG  # "House of Commons", "House of Lords": a chamber
    m = re.search(r"\b[A-Z]\w+ of (?:the )?([A-Z]\w+s)$", v.text)
    if not m:
        return None
    plural = m.group(1).lower()
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return ORG if noun_classes(singular, 1) == frozenset({"person"}) else None


def _place_region(v: _View) -> Optional[str]:
    """"Fort Lee, New Jersey", "Halden, Norway": a name followed by a comma and a state or country is a place."""
    s, doc = v.span, v.span.doc
    if v.after is None or v.after.text != "," or s.end + 1 >= len(doc) or s.label_ not in ("PERSON", "GPE"):
        return None
    nxt = next((e for e in doc.ents if e.start == s.end + 1), None)
    if nxt is None or nxt.label_ not in ("GPE", "LOC"):
        return None
    if nxt.end < len(doc) and doc[nxt.end].is_alpha and doc[nxt.end].pos_ in ("PROPN", "NOUN"):
        return None  # "Smith, Texas Senator": the place qualifies what follows it
    return PLACE if country_of(nxt.text) or nxt.text in regions() else None


def _title_alone(v: _View) -> Optional[str]:
    """"the Sultan", "the Emir": a title or role word standing alone names no one by itself (who holds it is left
    to the description rules)."""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    if len(v.words) != 1:
        return None
    after_the = v.prev is not None and v.prev.lower_ == "the"
    return _no(v.low.rstrip(".") in TITLES or after_the and not v.text.isupper() and
               proper_noun_class(v.text) is None and noun_classes(v.low, 1) == frozenset({"person"}))


def _family(v: _View) -> Optional[str]:
    """"the Okafors", "the Lindqvists'": a surname in the plural, of a person the article names, is a family."""
    doc = v.span.doc
    if len(v.words) != 1 or not v.text.endswith("s") or v.prev is None or v.prev.lower_ != "the":
        return None
    stem = v.text[:-1]
    if country_of(v.text) or country_of(stem):
        return None  # "the Bahamas", "the Philippines"
    return GROUP if any(len(e) >= 2 and e[-1].text == stem and e.label_ not in ("GPE", "LOC", "FAC", "NORP")
                        for e in doc.ents) else None


def _echo(v: _View) -> Optional[str]:
    """"Ya ya", "Ha ha ha": a word said again is an interjection, no name."""
    low = [w.lower().strip(".!,") for w in v.words]
    return _no(len(low) >= 2 and len(set(low)) == 1 and len(low[0]) <= 3)


_AGENT_ENDINGS = ("ers", "ists", "ites")


def _kind_of_people(v: _View) -> Optional[str]:
    """"Truthers", "Green Hatters": a plural of a word for a person (or, one word, of an agent noun WordNet lacks),
    with no article, NER took for a body, names a kind of people (a Group); a body named in the plural takes "the"
    ("the Teamsters", "the Rolling Stones"), a team carries its place ("Leeds Rhinos"), and "League of Women
    Voters" is a body's name with a preposition."""
    from kg.lexicon.wordnet import hypernyms, names_one, noun_classes, proper_noun_class

    head, s = v.words[-1], v.span
    plural = s[-1].tag_ in ("NNPS", "NNS") or noun_classes(head[:-1].lower(), 1) == frozenset({"person"})
    if s.label_ != "ORG" or not head.endswith("s") or not plural or \
            not all(w[:1].isupper() for w in v.words) or v.prev is not None and v.prev.lower_ == "the" or \
            ORG_WORDS.search(v.text) or MIL_WORDS.search(v.text):
        return None
    if any(country_of(w) or w in regions() or proper_noun_class(w) == "location" for w in v.words[:-1]):
        return None
    if v.prev is not None and v.prev.lower_ in ("and", "of", "&") and s.start >= 2 and s.doc[s.start - 2].is_title or \
            v.after is not None and v.after.is_title and v.after.pos_ == "PROPN":
        return None  # "Maritime and [Transport Workers]", "[Dries] Mertens": a piece of a longer name
    if proper_noun_class(head) not in (None, "animal") or names_one(head) or \
            any(e.label_ == "PERSON" and e[-1].text == head for e in s.doc.ents):
        return None  # "Rogers", "Williams": a surname WordNet or the article gives a person
    known = noun_classes(head.lower(), 1)
    human = known == frozenset({"person"}) or "homo" in hypernyms(head.lower(), "n")  # "Neanderthals": early humans
    return GROUP if human or known is None and len(v.words) == 1 and _agent_noun(s) else None


def _agent_noun(span) -> bool:
    """Is a one-word plural WordNet lacks an agent noun made from a word it has ("Truthers": truth; not "Myers")?"""
    from kg.lexicon.wordnet import noun_classes

    word = span.text
    stem = next((word[:-len(e)] for e in _AGENT_ENDINGS if word.endswith(e)), "")
    return len(stem) >= 3 and noun_classes(stem.lower()) is not None


_WEB_ADDRESS = re.compile(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|news|io|co|[a-z]{2})")


def _web_address(v: _View) -> Optional[str]:
    """"Harbourwatch.co.nz", "Example.org": a web address names a site, a publisher's body, never a place or person."""
    return ORG if _WEB_ADDRESS.fullmatch(v.text) and "." in v.text and not _COUNTRY_INITIALS.fullmatch(v.text) \
        else None


def _called(v: _View) -> Optional[str]:
    """"a cave called Mirova", "a man named Ilo Tamm", "a firm dubbed Quox": the noun before "called" or "named"
    says what the name is."""
    p = v.prev
    from kg.lexicon.wordnet import noun_classes

    if p is None or p.lower_ not in ("called", "named", "dubbed") or p.head.pos_ != "NOUN" or p.head.i >= p.i:
        return None
    first_sense = noun_classes(p.head.lemma_.lower() or p.head.lower_, 1) or frozenset()
    if first_sense & {"location", "object"}:
        return PLACE  # "a site called X", "a cave called X": land, a landform
    t = _describing_type(p.head)
    return None if t == NO_ENTITY and v.span.label_ == "PERSON" else t


# what only a person has: kin, a birthday, a death by violence, a funeral ("Karim's killing", "Lena's husband")
_PERSONAL_NOUNS = frozenset({"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother",
                             "sister", "parents", "grandson", "granddaughter", "grandmother", "grandfather", "fiancée",
                             "fiancé", "fiance", "girlfriend", "boyfriend", "murder", "killing", "assassination",
                             "kidnapping", "funeral", "birthday", "autopsy", "obituary", "nephew", "niece", "uncle",
                             "aunt", "cousin", "stepson", "stepdaughter", "spouse"})


def _possessor(v: _View) -> Optional[str]:
    """"Karim's killing", "Okoro's widow": the owner of what only a person has is a person, whatever NER said (a
    country's or a body's name never counts: "Spain's ambassador" is no kin)."""
    s = v.span
    root = s.root
    if s.label_ in ("PERSON", "NORP") or root.dep_ != "poss" or root.head.i < s.end or country_of(v.text) or \
            ORG_WORDS.search(v.text) or MIL_WORDS.search(v.text) or len(v.words) > 3:
        return None
    return PERSON if root.head.lemma_.lower() in _PERSONAL_NOUNS or root.head.lower_ in _PERSONAL_NOUNS else None


def _who(v: _View) -> Optional[str]:
    """"the campaign of Anton Sirko, who was arrested": a name "who" refers back to is a person's (a body takes
    "which"), for a name of two or three capitalised words NER took for a body or place."""
    s, doc = v.span, v.span.doc
    nxt = doc[s.end + 1] if v.after is not None and v.after.text == "," and s.end + 1 < len(doc) else v.after
    if nxt is None or nxt.lower_ != "who" or s.label_ not in ("ORG", "GPE") or not 2 <= len(v.words) <= 3 or \
            ORG_WORDS.search(v.text) or MIL_WORDS.search(v.text) or country_of(v.text) or \
            not all(w[:1].isupper() and not w.isupper() for w in v.words):
        return None
    clause = nxt.head  # the relative clause "who" opens must hang on this name, not on a noun before it
    locative = s.root.dep_ == "pobj" and s.root.head.lower_ in _PLACE_PREPOSITIONS | {"on", "at", "to", "from"}
    return PERSON if clause.dep_ == "relcl" and s.start <= clause.head.i < s.end and not locative else None


def _member_of(v: _View) -> Optional[str]:
    """"Tom Vail of Quarry Lane", "Ada Obi of Halvard": what a person is "of" is the band, firm or place they belong
    to, never a second person (NER's person read of it is wrong); a place where the world knows it as one."""
    s, p = v.span, v.prev
    if s.label_ != "PERSON" or p is None or p.lower_ != "of" or s.start < 2 or not any(t.head.i == p.i for t in s):
        return None
    before = s.doc[s.start - 2]
    named = before.pos_ == "PROPN" and before.is_title and s.start >= 3 and s.doc[s.start - 3].pos_ == "PROPN" and \
        s.doc[s.start - 3].is_title and before.ent_type_ in ("", "PERSON")  # "Mike Vail of X", NER missing him
    if before.ent_type_ != "PERSON" and not named or p.ent_iob_ != "O":
        return None
    return PLACE if known_place(v.text) else ORG


def _class_type(word: str, *, allow_person: bool = True) -> Optional[str]:
    from kg.lexicon.wordnet import noun_classes

    low = word.lower()
    if low in _OUTLET_NOUNS or low.rstrip("s") in _OUTLET_NOUNS:
        return ORG
    classes = noun_classes(low, 1)
    if not classes:
        return None
    t = _CLASS_TYPE.get(next(iter(classes)))
    return None if t == PERSON and not allow_person else t


def _describing_type(d) -> Optional[str]:
    if d.pos_ != "NOUN" or d.lower_ in TITLES:
        return None  # "X, the president of Y" gives a person through titles elsewhere; a name is no description
    from kg.lexicon.things import is_thing_noun
    from kg.lexicon.wordnet import hypernyms, is_site, noun_classes

    word = (d.lemma_ or d.text).lower()
    left = d.doc[d.i - 1] if d.i > 0 else None
    if left is not None and left.is_alpha and noun_classes(f"{left.lower_} {word}") is not None:
        word = f"{left.lower_} {word}"  # "think tank", "news agency": the compound WordNet knows
    if word == "site" and left is not None and left.lower_ in _WEB_MODIFIERS:
        return ORG  # "the news site Quillfeed"; "a site called X" is a place
    t = _class_type(word)
    if t == PLACE:
        t = t if is_site(word) else None  # "a season-ticket holder" is no place
    if t is None and is_thing_noun(word) and word != "name" and "name" not in hypernyms(word, "n"):
        return NO_ENTITY  # "X, a slogan", "a film called X", "X, a video game": a thing ("a pseudonym" names someone)
    return t


_WEB_MODIFIERS = frozenset({"news", "web", "media", "video", "social", "dating", "shopping", "gossip", "fan",
                            "streaming", "sharing", "review", "booking", "auction", "networking", "porn", "betting"})


def apposition_type(span) -> Optional[str]:
    """The type an apposition or a copula gives the name `span`: "X, the state news agency," -> Organisation;
    "X is an open-source game" -> no entity (a copula says only what is no entity: "the EU is a partner")."""
    root = span.root
    inside = {t.i for t in span}
    describing = [c for c in root.children if c.dep_ == "appos" and c.i not in inside and c.i > span.end - 1]
    if root.dep_ == "appos" and root.head.i not in inside:
        describing.append(root.head)  # "the state news agency Norvik"
    found = next((t for t in map(_describing_type, describing) if t is not None), None)
    if found == NO_ENTITY and not any(_determined(d) for d in describing):
        found = None  # "Vitas Gerulaitis (tennis)": a field in brackets, no description of the name
    if found is None and root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.tag_ in ("VBZ", "VBD") \
            and not any(c.dep_ in ("neg", "aux") for c in root.head.children):
        attrs = [c for c in root.head.children if c.dep_ == "attr" and c.i > root.i]
        found = NO_ENTITY if attrs and _determined(attrs[0]) and _describing_type(attrs[0]) == NO_ENTITY else None
    return found


def _determined(noun) -> bool:
    """Does a describing noun take an article or an owner ("a game", "his longest project"), as a description does?"""
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def _as_person(v: _View, t: Optional[str], noun) -> Optional[str]:
    """A name NER read as a person, described by an agent noun that is first of all a person ("game developer X",
    "X, a producer"), stays a person: the noun's sense as a firm ("a developer", "a producer") is the rarer one."""
    from kg.lexicon.wordnet import noun_classes

    if t == ORG and noun is not None and noun_classes((noun.lemma_ or noun.text).lower(), 1) == frozenset({"person"}) \
            and (v.span.label_ == "PERSON" or _personal_shape(v)):
        return PERSON
    return t


def _unthinglike(v: _View) -> bool:
    """Does a name itself say it is no thing: a person's shape, a place the world knows, a body's or an outlet's
    head ("the publication Freedom Magazine", "Seattle would be a perfect fit")?"""
    return _personal_shape(v) or known_place(v.text) or \
        bool(ORG_WORDS.search(v.text)) or v.words[-1].lower() in _OUTLET_NOUNS


def _apposition(v: _View) -> Optional[str]:
    label = v.span.label_
    t = apposition_type(v.span) if label in _LABELS or label in _THING_LABELS else None
    if label in _THING_LABELS:
        return t if t == NO_ENTITY else None  # "the film Harbour Lights": NER's and the text's thing
    appos = [c for c in v.span.root.children if c.dep_ == "appos" and c.i >= v.span.end]
    t = _as_person(v, t, appos[0] if appos else None)
    if t == NO_ENTITY and (v.span.label_ == "PERSON" or _unthinglike(v)):
        return None  # "pageant participant X", "Ilo Tamm, fifth year at ...": still a person
    return t


# NER's labels of things: a name under one of them is a thing when the words around it say so too
_THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _described(v: _View) -> Optional[str]:
    """"the state news agency Norvik", "the social platform Quibble": a common noun just before the name, as its
    compound, says what it is (a person's role before a name is a title, left to the title rules)."""
    p = v.prev
    if p is not None and p.pos_ in ("ADJ", "ADV") and p.lower_ in ("daily", "weekly") and v.span.label_ != "GPE":
        return ORG  # "Greek daily Kathimerini": an outlet's noun the parser read as an adjective
    listed = _described_list(v)
    if listed is not None:
        return listed
    if _landform_after(v):
        return PLACE  # "the Kilauea volcano", "the Orinoco river": a name before a landform's noun
    if p is None or p.dep_ != "compound" or p.head.i not in range(v.span.start, v.span.end) or \
            v.span.label_ not in _LABELS and v.span.label_ not in _THING_LABELS:
        return None
    said = _describing_type(p)
    t = _as_person(v, said, p)
    if t == NO_ENTITY and _unthinglike(v):
        return None  # "the novel Ilo Tamm": a title named like a person is left to NER
    return t if t in (ORG, PLACE, NO_ENTITY) or t != said else None  # "the game Quillcraft": a thing


def _described_list(v: _View) -> Optional[str]:
    """"store chains Quillmart and Harlow Foods": a plural common noun right before a list of names that stands in
    apposition to it says what each of them is."""
    if v.span.label_ not in _LABELS:
        return None
    first = v.span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    d = first.head
    if first.dep_ != "appos" or d.tag_ != "NNS" or d.i + 1 != first.left_edge.i:
        return None
    t = _describing_type(d)
    return t if t in (ORG, PLACE) else None


def _landform_after(v: _View) -> bool:
    """Is the name the modifier of a landform's noun right after it ("the Kilauea volcano", "the Orinoco river")?"""
    from kg.lexicon.things import natural_feature

    a = v.after
    return v.span.label_ in _LABELS and a is not None and a.pos_ == "NOUN" and a.is_lower and \
        v.span.root.head.i == a.i and v.span.root.dep_ == "compound" and natural_feature(a.lemma_.lower())


def _given_name(v: _View) -> Optional[str]:
    """"entrepreneur Brock Pierce" NER took for a body: a common given name, then one or two capitalised words each a
    common surname or no common noun ("Bottoms", "Pierce"; a middle initial), is a person's name, unless the name
    says it is a place, a body or a thing ("Virginia Beach", "Lincoln Center", "Morgan Foundation")."""
    from kg.lexicon.wordnet import noun_classes

    w = v.words
    if not 2 <= len(w) <= 3 or v.span.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or not given_name(w[0]) or \
            w[0].lower() in _NAME_PARTICLES or country_of(w[0]):
        return None  # "Al Jazeera": an article; "India Ravi": a country run on into a name
    rest = [x for x in w[1:] if not re.fullmatch(r"[A-Z]\.", x)]
    if not rest or not all(x[:1].isupper() and not x.isupper() and (surname(x) or noun_classes(x.lower()) is None)
                           for x in rest):
        return None
    last = rest[-1]
    if ORG_WORDS.search(v.text) or MIL_WORDS.search(v.text):
        return None
    if any(e.label_ == "PERSON" and v.text in e.text and e.start != v.span.start for e in v.span.doc.ents):
        return PERSON  # NER took the same name for a person elsewhere in the article
    if v.span.label_ == "ORG" and not _role_before(v) and not _among_people(v.span) and \
            (given_name(w[-1]) or v.span.root.dep_ in ("compound", "nmod")):
        return None  # "Morgan Stanley analysts": a firm may bear its founders' names; a role or a surname says one man
    if known_place(v.text) or known_place(last) or last.lower() in PLACE_WORDS or last.lower() in _OUTLET_NOUNS or \
            head_type(v.text, "ORG") is not None:
        return None
    from kg.lexicon.things import thing_head

    return None if thing_head(last) else PERSON


def _surname_alone(v: _View) -> Optional[str]:
    """"At the time, Okafor said": one word NER took for a place or body, that is the last word of a person the
    article names in full ("Ada Okafor") and no place the world knows, is that person's surname."""
    s = v.span
    if len(v.words) != 1 or s.label_ not in ("ORG", "GPE", "LOC", "FAC") or not v.text.istitle() or \
            known_place(v.text) or ORG_WORDS.search(v.text):
        return None
    return PERSON if any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == v.text and e.start != s.start and
                         _first_name_word(e[0].text) for e in s.doc.ents) else None


def _first_name_word(word: str) -> bool:
    """Can `word` open a person's name: a given name, or no English word nor a place's prefix ("Ada", "Okonkwo";
    not "Team" of "Team Zorin", "Punta" of "Punta Verdosa")?"""
    from kg.lexicon.wordnet import common_word

    return given_name(word) or word.rstrip(".") not in PLACE_FIRST and not common_word(word) and \
        word.lower() not in TITLES


def _common_words(v: _View) -> Optional[str]:
    """"Civic Passion", "Quiet Harbour" NER took for a person: two or three words that are all plain English
    (WordNet knows them in lower case) and none a given name or surname the census lists name no one; a body,
    more likely than a person."""
    from kg.lexicon.wordnet import common_word

    w = v.words
    if v.span.label_ != "PERSON" or not 2 <= len(w) <= 3 or not all(x.isalpha() and x.istitle() for x in w):
        return None
    return ORG if all(common_word(x) and not given_name(x) and not surname(x) for x in w) else None


def _among_people(span) -> bool:
    """Is `span` one of a list of people NER found ("Ada Obi, Brock Tindall and Lena Marwick")?"""
    root = span.root
    kin = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(k.ent_type_ == "PERSON" and not span.start <= k.i < span.end for k in kin)


def _role_before(v: _View) -> bool:
    """Is the name just after a noun for a person ("entrepreneur Ada Obi", "the actor Ada Obi")?"""
    from kg.lexicon.wordnet import noun_classes

    p = v.prev
    return p is not None and p.pos_ == "NOUN" and noun_classes(p.lemma_.lower() or p.lower_, 1) == frozenset({"person"})


# a brand's shape: an inner capital after a small letter ("PayPal", "eBay"), which a place's name has only after a
# prefix of a surname ("McAllen", "DeKalb", "LaSalle")
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Du|La|Le|Van|Von|O')\w*[a-z][A-Z]\w*$")
_PUBLISHING = frozenset({"publish"})  # "written in X" is a language, "reported in X" a place


def _brand(v: _View) -> Optional[str]:
    """A one-word name NER took for a place that the world knows as no place, shaped as an acronym ("QFTA", not
    initials of a country: "USA") or a brand ("PayPal"), or where something was published ("published in Quillfeed"),
    is a body: a federation, a firm, a journal."""
    s = v.span
    if len(v.words) != 1 or s.label_ not in ("GPE", "LOC") or known_place(v.text) or _subdivision_code(v.text):
        return None
    if (v.text.isupper() and 3 <= len(v.text) <= 6 and v.text.isalpha()) or _CAMEL.match(v.text):
        return ORG
    p = v.prev
    return ORG if p is not None and p.lower_ == "in" and p.head.lemma_ in _PUBLISHING and s.root.head.i == p.i \
        else None


@lru_cache(maxsize=1)
def _subdivision_codes() -> frozenset[str]:
    import pycountry

    return frozenset(sd.code.split("-")[-1] for sd in pycountry.subdivisions)


def _subdivision_code(text: str) -> bool:
    """Is `text` the code of a state or province ("NSW", "KZN"), a place by its initials?"""
    return text.isupper() and text in _subdivision_codes()


# the heads of venues' names, which WordNet files as structures rather than sites: a sponsor's name before them
# ("Quillco Energy Arena") names the place, not the firm
_VENUES = frozenset({"Arena", "Stadium", "Ballpark", "Speedway", "Raceway", "Velodrome", "Coliseum", "Colosseum",
                     "Amphitheatre", "Amphitheater"})


def head_type(text: str, label: str) -> Optional[str]:
    """The type the common head noun of a multi-word name gives it ("Johnson Space Center" -> Place), for names
    NER labelled as a body, facility or thing (never a person: "Mark Hall" is a man)."""
    from kg.namekeys import head_word

    if len(text.split()) < 2 or label not in ("ORG", "FAC", "GPE", "LOC"):
        return None
    from kg.lexicon.things import landform
    from kg.lexicon.wordnet import is_site, proper_noun_class

    head = head_word(text)
    if _all_places(text) or head in _VENUES:
        return PLACE  # "Halden, Norway", "Tromsø Norway": a place and the country it is in; "Harlow Energy Arena"
    if not head[:1].isupper() or head.isupper() or proper_noun_class(head) is not None:
        return None  # "New York", "Ferrybus South": a proper name's word ("York", "the South") is no class
    t = _class_type(head, allow_person=False)
    if t == PLACE and not is_site(head):
        return None  # "Red Cross", "Apple Watch": a thing, not a site
    if t is None and landform(head):
        return PLACE  # "Mawddach Estuary", "Ilse Fjord": land or water, a place
    return t


def _all_places(text: str) -> bool:
    """Is `text` a place and the larger place it is in, with or without a comma ("Halden, Norway")?"""
    parts = [p.strip() for p in text.split(",")] if "," in text else text.split()
    return len(parts) == 2 and all(known_place(p) for p in parts)


def _head(v: _View) -> Optional[str]:
    if re.search(r"\b(?:Center|Centre) for\b", v.text):
        return ORG  # "Center for Health Security": a body that studies something, not a site
    return None if ORG_WORDS.search(v.text) else head_type(v.text, v.span.label_)


def proper_noun_type(text: str) -> Optional[str]:
    """Organisation for a one-word name WordNet files, capitalised, under noun.group in its commonest sense
    ("Taliban", "Scientology", "NATO"); None otherwise."""
    from kg.lexicon.wordnet import proper_noun_class

    return ORG if proper_noun_class(text) == "group" else None


def _wordnet(v: _View) -> Optional[str]:
    """A one-word name WordNet lists, capitalised, as a group ("Taliban"), as a person with no sense of a place
    ("Kepler" NER took for a place) or, where it is no speaker and no title precedes it, as a location ("Bangalore"
    NER took for a person)."""
    from kg.lexicon.wordnet import noun_classes, proper_noun_class

    s = v.span
    if s.label_ not in _LABELS or len(v.words) != 1:
        return None
    cls = proper_noun_class(v.text)
    if cls == "group":
        return ORG
    if cls == "person" and s.label_ in ("GPE", "LOC") and "location" not in (noun_classes(v.low) or ()) and \
            not (v.prev is not None and v.prev.lower_ in _PLACE_PREPOSITIONS | {"at", "to", "from"}):
        return PERSON  # "Kepler's and Newton's laws": a person WordNet knows, who names no place
    if cls != "location" or s.label_ in ("GPE", "LOC", "FAC") or ORG_WORDS.search(v.text):
        return None
    speaks = s.root.dep_ in ("nsubj", "nsubjpass") and s.root.head.lemma_ in REPORTING_VERBS
    titled = v.prev is not None and v.prev.lower_.rstrip(".") in TITLES
    return PLACE if not speaks and not titled and s.root.dep_ != "poss" else None


def place_by_preposition(span) -> bool:
    """Is a one-word name NER took for a person or body governed by a preposition of place ("in Sicily"), or by
    "to" or "from" after a verb of going ("travelled from Arles to Nîmes")?"""
    if len(span) != 1 or span.label_ not in ("PERSON", "ORG") or span[0].text.isupper():
        return False
    from kg.lexicon.wordnet import noun_classes

    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is None or span[0].head.i != prev.i:
        return False
    going = prev.lower_ in ("to", "from") and (prev.head.lemma_ in _MOTION_VERBS or prev.head.head.lemma_ in
                                                _MOTION_VERBS and prev.head.dep_ in ("advmod", "prep"))
    if prev.lower_ not in _PLACE_PREPOSITIONS and not going and not _at_site(prev):
        return False
    classes = noun_classes(span[0].lemma_.lower() or span[0].lower_)
    return not classes or "location" in classes  # "in Olympiads": a common noun that is no place


# verbs whose "at" gives where something is or happens: "based at X", "died at X"
_AT_VERBS = frozenset({"locate", "base", "hold", "station", "build", "bear", "die", "arrive", "land", "dock",
                       "stop", "live", "stay", "open", "close", "gather", "meet", "work", "study"})


def _at_site(prep) -> bool:
    """Is `prep` an "at" of place: after a site's noun ("the power plant at X", "a school at X") or a verb of where
    ("based at X"), never after a look or a jab ("looked at X", "a swipe at X")?"""
    from kg.lexicon.wordnet import is_site

    if prep.lower_ != "at":
        return False
    head = prep.head
    if head.pos_ == "NOUN":
        return is_site(head.lemma_.lower()) or is_site(f"{head.doc[head.i - 1].lower_}_{head.lemma_.lower()}")
    return head.pos_ == "VERB" and head.lemma_.lower() in _AT_VERBS


def _office(v: _View) -> Optional[str]:
    """"running for Sheriff of Milwaukee County", "the Governor of Tyumen Oblast": an office's title and what it is
    "of", with no holder's name, is an office, no body or place (its holder is a person the article may name)."""
    w = v.words
    if v.span.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or len(w) < 3:
        return None
    k = next((i for i, x in enumerate(w) if x.lower() not in TITLES), len(w))
    return _no(k >= 1 and k < len(w) - 1 and w[k] == "of" and w[0][:1].isupper() and w[0].lower() in _OFFICES)


# titles that name an office ("Sheriff of X", "Prime Minister of X"), not a courtesy ("Dr") or a rank of a body
_OFFICES = frozenset({"sheriff", "mayor", "governor", "president", "secretary", "minister", "prime", "chancellor",
                      "attorney", "speaker", "senator", "ambassador", "commissioner", "premier", "vice", "deputy",
                      "lieutenant", "treasurer", "comptroller", "auditor", "coroner", "prosecutor"})


def _listed(v: _View) -> Optional[str]:
    """"Newsweek, Politico, The Hill, Mediaite and TMZ published stories": a name listed with others, two or more and
    two thirds of them of one kind by NER, where it gave this one another, is of their kind (a guess, as NER's is)."""
    s = v.span
    if s.label_ not in _LABELS or known_place(v.text) or country_of(v.text) or \
            s.label_ == "PERSON" and len(v.words) >= 2 and given_name(v.words[0]):
        return None  # a known place stays one ("Huntsville, Alabama, the Air Museum and ..."), a person's full name
        # a person ("Grand Master (GM) Alexander Huzman")
    first = s.root
    while first.dep_ in ("conj", "appos") and first.head.i != first.i and first.head.pos_ == "PROPN":
        first = first.head
    members, todo = {first.i}, [first]
    while todo:
        for c in todo.pop().children:
            if c.dep_ in ("conj", "appos") and c.i not in members:
                members.add(c.i)
                todo.append(c)
    others = [e for e in s.doc.ents if e.root.i in members and e.start != s.start]
    kinds = Counter(_LABELS.get(e.label_) for e in others)
    kind, n = kinds.most_common(1)[0] if kinds else (None, 0)
    if kind is not None and n >= 2 and 3 * n >= 2 * len(others) and kind != _LABELS[s.label_]:
        return kind  # two thirds of the list or more, and two names at least
    return None


def _preposition(v: _View) -> Optional[str]:
    s = v.span
    if s.label_ in _LABELS and place_by_preposition(s) and not ORG_WORDS.search(v.text):
        return PLACE  # "fighting in Sicily"
    if s.label_ in ("PRODUCT", "WORK_OF_ART") and v.prev is not None and s.root.head.i == v.prev.i and \
            v.prev.lower_ in ("in", "into", "near", "from", "across", "towards", "toward"):  # not "in X's rules"
        return _no(_abstract(v.words)) or PLACE  # "an Olympiad in Neurosurgery": a field, no place
    return None


def _org_word(v: _View) -> Optional[str]:
    """A "person" named with a body's word ("Leeds Trust"), a paper's ("Quay Bulletin") or ending in a plural of a
    group noun ("Cree Nations")."""
    from kg.lexicon.wordnet import noun_classes

    last = v.words[-1]
    groups = len(v.words) >= 2 and last.endswith("s") and noun_classes(last.lower(), 1) == frozenset({"group"})
    outlet = len(v.words) >= 2 and last in _PAPER_HEADS
    return ORG if v.span.label_ == "PERSON" and (ORG_WORDS.search(v.text) or groups or outlet) else None


# the last word of a newspaper's or a magazine's name ("the Harbour Gazette", "Maritime Bulletin")
_PAPER_HEADS = frozenset({"Gazette", "Bulletin", "Herald", "Tribune", "Chronicle", "Magazine", "Courier", "Observer",
                          "Dispatch", "Sentinel", "Examiner", "Inquirer", "Monitor", "Ledger", "Gazeta"})


TYPE_RULES: tuple[Step[str], ...] = (
    Step(TypeRule.DEMONYM, _demonym),
    Step(TypeRule.SHORT, lambda v: _no(len(v.text) <= 2 and not country_of(v.text))),
    Step(TypeRule.AMOUNT, lambda v: _no(_MONEY.fullmatch(v.text))),
    Step(TypeRule.LOWER_CASE, lambda v: _no(not any(w[:1].isupper() or w[:1].isdigit() for w in v.words))),
    Step(TypeRule.NO_NAME_START, lambda v: _no(not _name_start(v.words[0]) or _STANCE.fullmatch(v.text))),
    Step(TypeRule.CLAUSE, lambda v: _no(len(v.span) >= 3 and any(t.tag_ in _CLAUSE_TAGS for t in v.span) or
                                        "\n" in v.span.text.strip())),
    Step(TypeRule.PIECES, lambda v: _no(_PIECES.search(v.text))),
    Step(TypeRule.SLOGAN, _slogan),
    Step(TypeRule.MARKUP, lambda v: _no(_MARKUP.search(v.span.text))),
    Step(TypeRule.WEB, _web_address),
    Step(TypeRule.TITLE_ALONE, _title_alone),
    Step(TypeRule.ECHO, _echo),
    Step(TypeRule.FAMILY, _family),
    Step(TypeRule.DOCUMENT, _document),
    Step(TypeRule.OFFICE, _office),
    Step(TypeRule.PEOPLE, _kind_of_people),
    Step(TypeRule.FIELD, _field),
    Step(TypeRule.STORM, _storm),
    Step(TypeRule.STREET, _street),
    Step(TypeRule.COMMON_NOUN, _common_noun),
    Step(TypeRule.ADJECTIVE, _adjective),
    Step(TypeRule.VESSEL, lambda v: vessel_type(v.text)),
    Step(TypeRule.HEADLINE_WORD, _headline_word),
    Step(TypeRule.METONYM, lambda v: ORG if v.low in INSTITUTION_METONYMS else None),
    Step(TypeRule.COUNTRY, _country),
    Step(TypeRule.BODY_HEAD, _body_head),
    Step(TypeRule.FORCE, _force),
    Step(TypeRule.ILLNESS, _illness),
    Step(TypeRule.PLACE_WORD, _place_word),
    Step(TypeRule.PLACE_FIRST, _place_first),
    Step(TypeRule.PLACE_ELSEWHERE, _place_elsewhere),
    Step(TypeRule.HOUSE, _house),
    Step(TypeRule.PLACE_REGION, _place_region),
    Step(TypeRule.WHO, _who),
    Step(TypeRule.POSSESSOR, _possessor),
    Step(TypeRule.MEMBER_OF, _member_of),
    Step(TypeRule.APPOSITION, _apposition),
    Step(TypeRule.CALLED, _called),
    Step(TypeRule.DESCRIBED, _described),
    Step(TypeRule.GIVEN_NAME, _given_name),
    Step(TypeRule.COMMON_WORDS, _common_words),
    Step(TypeRule.SURNAME, _surname_alone),
    Step(TypeRule.THING, _thing),
    Step(TypeRule.HEAD, _head),
    Step(TypeRule.BRAND, _brand),
    Step(TypeRule.WORDNET, _wordnet),
    Step(TypeRule.PLATFORM, _platform),
    Step(TypeRule.PREPOSITION, _preposition),
    Step(TypeRule.ORG_WORD, _org_word),
    Step(TypeRule.LISTED, _listed),
    Step(TypeRule.NER, lambda v: _LABELS.get(v.span.label_)),
)
# rules that say a name names a thing (a work, software, an illness, a storm, an event): every mention of that name
# in its article goes, unless another mention has strong evidence of an entity (see `STRONG`)
THING_RULES = frozenset({TypeRule.DOCUMENT, TypeRule.STORM, TypeRule.ILLNESS, TypeRule.THING, TypeRule.APPOSITION,
                         TypeRule.DESCRIBED, TypeRule.CALLED})
# rules whose answer is strong evidence of an entity's type: what the text says it is, or what the name says itself
STRONG = frozenset({TypeRule.BODY_HEAD, TypeRule.APPOSITION, TypeRule.DESCRIBED, TypeRule.CALLED, TypeRule.WHO, TypeRule.POSSESSOR,
                    TypeRule.COUNTRY, TypeRule.HOUSE, TypeRule.FORCE, TypeRule.PLACE_REGION, TypeRule.STREET,
                    TypeRule.PLACE_FIRST, TypeRule.PLACE_WORD, TypeRule.METONYM, TypeRule.VESSEL})
# rules that place a name by the words around it, not by the name alone
PLACED_BY_TEXT = frozenset({TypeRule.PREPOSITION, TypeRule.PLACE_WORD, TypeRule.PLACE_REGION, TypeRule.DESCRIBED,
                            TypeRule.APPOSITION, TypeRule.STREET, TypeRule.CALLED})
# rules that only guess (NER's label, the type a speaker was given, a copy of another mention's): any other rule's
# answer is evidence, and where an entity has evidence its guesses do not count
GUESSES = frozenset({TypeRule.NER, TypeRule.LISTED, TypeRule.BRAND, TypeRule.UNPLACED, TypeRule.SPEAKER, TypeRule.PROPAGATED, TypeRule.DEFINED, ""})
# rules whose answer is evidence from the text, weighed above NER's guess when an entity's mentions disagree
EVIDENCE = frozenset(s.name for s in TYPE_RULES) - {TypeRule.NER, TypeRule.BRAND}


def span_type(span, name: str) -> tuple[Optional[str], Optional[TypeRule]]:
    """kg's type for the spaCy entity `span` whose canonical name is `name`, and the rule that gave it; (None,
    rule) when a rule says it is no entity, (None, None) when no rule types it (NORP, dates, ...)."""
    if not name.split():
        return None, None
    found = first("type", TYPE_RULES, _view(span, name), what=name)
    if found is None:
        return None, None
    etype, rule = found
    return (etype or None), rule

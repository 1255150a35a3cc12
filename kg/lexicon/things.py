"""What a name can name that is no entity: a work, a product, software, an illness, a storm, an event, a law.

General English from WordNet's lexicographer classes, plus the few words news uses around such names ("the
COVID-19 pandemic", "tested positive for X", "Hurricane X"). kg keeps people, bodies, places and armed forces;
a name of one of these things gets no entity and no mention.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["english_word", "landform", "plain_thing", "thing_head", "ILLNESS_HEADS", "ILLNESS_VERBS", "STORM_WORDS", "THING_CLASSES", "is_thing_noun", "thing_proper_noun"]

# WordNet classes of nouns that name no person, body or place: acts, events, states (illnesses), processes,
# works and sayings, ideas, times, substances (drugs), foods, attributes; an artifact only when it is no site
THING_CLASSES = frozenset({"act", "event", "state", "process", "phenomenon", "communication", "cognition", "time",
                           "substance", "food", "attribute", "feeling", "artifact", "possession", "motive"})
# a storm's name starts with its kind: "Hurricane Odalys", "Typhoon Kesar", "Tropical Storm Ana"
STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm", "Depression"})
# the nouns an illness's name modifies ("the Ebola outbreak", "COVID-19 patients")
ILLNESS_HEADS = frozenset({"pandemic", "epidemic", "outbreak", "infection", "infections", "symptoms", "symptom",
                           "patients", "patient", "vaccine", "vaccines", "vaccination", "diagnosis", "transmission",
                           "cases", "deaths", "test", "tests", "testing", "lockdown", "lockdowns", "restrictions",
                           "spread"})
# verb + preposition that take an illness: "tested positive for X", "infected with X", "died of X"
ILLNESS_VERBS = {"positive": ("for",), "negative": ("for",), "infect": ("with",), "diagnose": ("with",),
                 "die": ("of", "from"), "recover": ("from",), "sicken": ("with",), "hospitalize": ("with",),
                 "hospitalise": ("with",), "contract": ()}
# hypernyms of an artifact that is a site or a vessel (an entity kg keeps: a place, a ship)
_SITE_SYNSETS = frozenset({"structure.n.01", "facility.n.01", "building.n.01", "location.n.01", "way.n.06",
                           "vessel.n.02", "craft.n.02", "establishment.n.04", "institution.n.01", "excavation.n.03",
                           "housing.n.01", "area.n.05"})
# heavenly bodies are WordNet objects; other objects (rivers, mountains) are places
_SKY_SYNSETS = frozenset({"celestial_body.n.01", "planet.n.01", "star.n.01", "galaxy.n.01", "comet.n.01"})


def _wn():
    from kg.lexicon.wordnet import _reader

    return _reader()


def _is_site(synset) -> bool:
    return any(h.name() in _SITE_SYNSETS for h in synset.closure(lambda x: x.hypernyms() + x.instance_hypernyms()))


@lru_cache(maxsize=20000)
def is_thing_noun(word: str) -> bool:
    """Does the common noun `word` name, in its commonest sense, a thing that is no entity ("game", "software",
    "mask", "disease", "film", "language"), and in none of its two commonest senses a person, a body or a place
    ("engine" yes; "company", "museum", "ship", "party" no)?"""
    wn = _wn()
    found = wn.synsets(word.lower().replace(" ", "_"), "n") if wn is not None and word else []
    if not found:
        return False
    lex = [s.lexname().removeprefix("noun.") for s in found[:2]]
    if lex[0] not in THING_CLASSES or set(lex) & {"group", "location"} or \
            any(s.lexname() == "noun.person" for s in found):
        return False  # "anchor": a newsreader too
    return not any(_is_site(s) for s in found[:2] if s.lexname() == "noun.artifact")


@lru_cache(maxsize=20000)
def thing_proper_noun(name: str) -> bool:
    """Does WordNet list the one-word name `name`, capitalised, as a thing in its commonest sense ("UTC" a time,
    "SARS" an illness, "Linux" software, "NAFTA" an act, "Venus" a planet), never a person, body or place?"""
    from kg.lexicon.wordnet import proper_noun_class

    cls = proper_noun_class(name)
    if cls is None:
        return False
    if name.isupper():
        return cls in ("time", "state")  # "UTC", "SARS"; an acronym's other senses ("AFP", "CBC") are often bodies
    if cls in THING_CLASSES - {"artifact"}:
        return True
    if cls != "object":
        return False
    first = _wn().synsets(name.lower(), "n")[0]
    return any(h.name() in _SKY_SYNSETS for h in first.closure(lambda x: x.hypernyms() + x.instance_hypernyms()))


@lru_cache(maxsize=20000)
def english_word(word: str) -> bool:
    """Is `word` (any case, a possessive aside) an English word WordNet lists ("Global", "Women's"; not "Doris")?"""
    wn = _wn()
    w = word.lower().removesuffix("'s").removesuffix("’s")
    return wn is not None and bool(w) and bool(wn.synsets(w))


@lru_cache(maxsize=20000)
def thing_head(word: str) -> bool:
    """Is `word`, the last word of a long form an acronym stands for, the head of a thing's name: software WordNet
    capitalises ("Linux"), or a noun only (never a verb: "Black Lives Matter") whose commonest sense is a thing and
    none a person ("Digital Rights Management", "Personal Protective Equipment")?"""
    from kg.lexicon.wordnet import proper_noun_class

    cls = proper_noun_class(word)
    if cls is not None:
        return cls in THING_CLASSES - {"artifact"}
    wn = _wn()
    low = word.lower()
    found = wn.synsets(low, "n") if wn is not None else []
    if not found or wn.synsets(low, "v") or any(s.lexname() == "noun.person" for s in found):
        return False
    return found[0].lexname().removeprefix("noun.") in THING_CLASSES and not (
        found[0].lexname() == "noun.artifact" and _is_site(found[0]))


@lru_cache(maxsize=20000)
def landform(word: str) -> bool:
    """Is the commonest sense of the noun `word` land or water (an estuary, a fjord, a canyon), not a heavenly body
    ("star", "moon") nor a lump of matter ("stone", "rock")?"""
    return _object_under(word, _LAND_SYNSETS, senses=1)


@lru_cache(maxsize=20000)
def natural_feature(word: str) -> bool:
    """Is one of the two commonest senses of the noun `word` a natural feature of land or water (a volcano, a river),
    narrower than `landform` (no "opening", "square" or "hole")?"""
    return _object_under(word, _FEATURE_SYNSETS, senses=2)


def _object_under(word: str, synsets: frozenset, senses: int) -> bool:
    """Is one of the `senses` commonest senses of the noun `word` a physical object under one of `synsets`?"""
    wn = _wn()
    found = wn.synsets(word.lower(), "n") if wn is not None and word else []
    return any(f.lexname() == "noun.object" and any(
        h.name() in synsets for h in f.closure(lambda x: x.hypernyms() + x.instance_hypernyms())) for f in found[:senses])


# land and water ("Rolling Stone" is no landform: a stone is an object, not land)
_LAND_SYNSETS = frozenset({"body_of_water.n.01", "geological_formation.n.01", "land.n.04", "location.n.01"})
_FEATURE_SYNSETS = frozenset({"body_of_water.n.01", "geological_formation.n.01"})


@lru_cache(maxsize=20000)
def plain_thing(word: str) -> bool:
    """Is the plural's noun `word` first of all a made thing, an animal or a plant that is no site ("tools",
    "banners", "rats"), with no body or place among its two commonest senses? A rarer sense as a person ("a tool",
    "a rat" of someone) does not make the plural people ("the rats pressed the lever")."""
    wn = _wn()
    found = wn.synsets(word.lower(), "n") if wn is not None and word else []
    if not found or found[0].lexname() not in ("noun.artifact", "noun.animal", "noun.plant", "noun.object"):
        return False
    if any(s.lexname() in ("noun.group", "noun.location") for s in found[:2]):
        return False
    return not (found[0].lexname() == "noun.artifact" and _is_site(found[0]))

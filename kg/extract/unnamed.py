"""Whether a description left unresolved is an unnamed source: the `anonymous` flag of the entity it makes.

Every claimer that is a description ("scientists", "the government", "a doctor", "his lawyers") and that no rule
resolved to a named entity is an unnamed source (the ontology's Group is "a collective or anonymous source"):
people described, never named. A body described by a name it carries ("the Trump campaign", "the German
government", "the Seoul city council") is that named body, not an unnamed one.
"""
from __future__ import annotations

from kg.lexicon.speech import ANONYMOUS_NOUNS, PERSON_ROLE_NOUNS
from kg.lexicon.world import DEMONYMS, TITLES, country_of
from kg.model import EntityType

__all__ = ["unnamed_source"]

# the lower-case particles of proper names ("al-Sisi", "van Dijk", "bin Salman")
_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "ar-", "an-", "az-", "bin", "ibn", "abu", "de", "del",
              "della", "der", "di", "da", "dos", "du", "la", "le", "van", "von", "ten", "ter", "y")
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)
_LEADS = frozenset({"the", "a", "an", "one", "some", "his", "her", "its", "their", "our", "my", "your", "this",
                    "that", "these", "those"})


def _named_qualifier(surface: str, lower: set[str]) -> bool:
    """Whether a described body's surface carries a name before its head: "the Trump campaign", "Seoul's
    government", "the German government"; a capital the other surfaces write in lower case ("Research team said"
    beside "the research team") is a sentence's start, no name."""
    words = surface.replace("’", "'").split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _LEADS:
        lead += 1
    for w in words[lead:-1]:
        bare = w.removesuffix("'s").strip(",.\"“”()")
        if country_of(bare) or bare.lower() in DEMONYMS or bare[:1].isupper() and bare.lower() not in lower:
            return True
    return False


def _named_person(name: str) -> bool:
    """Whether a person's name is a proper name ("Abdel Fattah al-Sisi", "Jan van Dijk"), not a description
    ("Ukrainian president", "Astronomer", "his agent")."""
    words = [w.split("-")[-1] if w.lower().startswith(_PARTICLES) else w for w in name.split()]
    words = [w for w in words if w.lower() not in _PARTICLES]
    if not words or any(not w[:1].isupper() for w in words):
        return False
    return len(words) > 1 or not _role_word(words[0])


def _role_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in PERSON_ROLE_NOUNS or low in ANONYMOUS_NOUNS or low in _TITLE_WORDS or \
        low.endswith("s") and low[:-1] in PERSON_ROLE_NOUNS


def unnamed_source(etype: str, generic: bool, surfaces: set[str] | list[str], *, name: str = "",
                   spoke: bool = True) -> bool:
    """Whether an entity of type `etype` whose name is a description (`generic`, `kg.namekeys.is_generic`) and that
    speaks (`spoke`: typed as a claimer) is an unnamed source: people described are (a Group, a Person not named by
    a proper name); a body is, unless a name qualifies it."""
    if not generic or not spoke:
        return False
    if etype == EntityType.GROUP:
        return True
    if etype == EntityType.PERSON:
        return not _named_person(name)
    lower = {w for s in surfaces for w in s.split() if w[:1].islower()}
    return not any(_named_qualifier(s, lower) for s in surfaces if s)

"""Pronouns and descriptions that refer to a named entity, by careful rules rather than a coreference model.

- A he or she stands for the one person named before it in its paragraph or the paragraph before whose gender
  does not clash, or, where several fit, the nearest when the text has told that one's gender (a title, "Mr",
  "Ms", a role word such as "spokeswoman", or a pronoun already resolved to them). Otherwise it stays unresolved.
- A definite description ("the church", "the university") stands for the one body or place named before it in
  the article whose name has that head word ("Church of Norwood", "University of Leeds", "Grand Mosque").
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Optional

__all__ = ["Antecedent", "resolve_descriptions", "resolve_pronouns"]

_PRONOUN = re.compile(r"(?<![\w\]'’-])(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_FEMININE = {"she", "her", "hers", "herself"}
_TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
                 "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "lady": "f", "dame": "f", "queen": "f",
                 "princess": "f", "madam": "f", "sister": "f"}
_ROLE_GENDER = re.compile(r"\b(?:(spokeswoman|chairwoman|congresswoman|businesswoman|actress|wife|mother|"
                          r"daughter|widow|sister|girl|woman)|(spokesman|chairman|congressman|businessman|actor|"
                          r"husband|father|son|widower|brother|boy|man))\b", re.IGNORECASE)
_BREAKS = re.compile(r"\n\s*\n")


class Antecedent(NamedTuple):
    """A named mention of a person: character span, entity id and the surface the text gives it."""

    start: int
    end: int
    entity_id: str
    surface: str


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _BREAKS.finditer(text)]


def _window_start(starts: list[int], at: int) -> int:
    """The start of the paragraph before the one holding `at` (a pronoun reaches back one paragraph break)."""
    inside = [s for s in starts if s <= at]
    return inside[-2] if len(inside) >= 2 else 0


def _gender_from(text: str, a: Antecedent) -> Optional[str]:
    """What the words just before a name, or the name's own title, say of the person's gender."""
    before = text[max(0, a.start - 40):a.start].lower().split()
    words = a.surface.lower().split()[:1] + before[-1:]
    for w in words:
        if w in _TITLE_GENDER:
            return _TITLE_GENDER[w]
    after = text[a.end:a.end + 40]
    m = _ROLE_GENDER.search(text[max(0, a.start - 30):a.start] + " " + after[:25])
    if m:
        return "f" if m.group(1) else "m"
    return None


def resolve_pronouns(text: str, people: Iterable[Antecedent],
                     taken: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each he/him/his/she/her in `text` that refers to one of `people` (named
    mentions of persons, any order); spans in `taken` are skipped."""
    people = sorted(people)
    if not people:
        return []
    starts = _paragraph_starts(text)
    gender: dict[str, str] = {}
    for a in people:
        g = _gender_from(text, a)
        if g:
            gender.setdefault(a.entity_id, g)
    out: list[tuple[int, int, str]] = []
    for m in _PRONOUN.finditer(text):
        if (m.start(), m.end()) in taken:
            continue
        want = "f" if m.group(1).lower() in _FEMININE else "m"
        lo = _window_start(starts, m.start())
        seen: list[str] = []
        for a in reversed(people):
            if a.end > m.start() or a.start < lo:
                continue
            if a.entity_id not in seen:
                seen.append(a.entity_id)
        fits = [e for e in seen if gender.get(e, want) == want]
        if not fits:
            continue
        if len(fits) > 1 and fits[0] not in gender:
            continue  # two people it may stand for, the nearer of unknown gender: leave it
        pick = fits[0]
        gender.setdefault(pick, want)
        out.append((m.start(), m.end(), pick))
    return out


_DESCRIPTION = re.compile(r"\b[Tt]he ([a-z]+)\b(?![\w-]| of\b)")


def _head(name: str) -> str:
    """The head word of a body's or place's name: the word before "of" or "for" ("Church of Norwood",
    "Council for Trade and Development"), else the last."""
    from kg.namekeys import head_word

    return head_word(name).lower()


def _body_name(surface: str) -> bool:
    """Is `surface` written like a body's or place's name (capitalised words, "of", "for", "and" between), not a
    slogan or a title with a verb ("Defund the Police")?"""
    words = surface.split()
    return all(w[:1].isupper() or w in ("of", "for", "and", "&", "de") or w == "the" and i and
               words[i - 1] in ("of", "for") for i, w in enumerate(words))


def resolve_descriptions(text: str, bodies: Iterable[Antecedent],
                         taken: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each "the X" in `text` that stands for one of `bodies` (named mentions of
    organisations and places): the one named before it whose name has the head X ("the church" after "Church
    of Norwood", "the mosque" after "Grand Mosque")."""
    from kg.lexicon.wordnet import noun_classes

    bodies = sorted(a for a in bodies if _body_name(a.surface))
    out: list[tuple[int, int, str]] = []
    for m in _DESCRIPTION.finditer(text):
        if (m.start(), m.end()) in taken or any(a.start <= m.start() < a.end for a in bodies):
            continue
        head = m.group(1)
        carrying = {a.entity_id for a in bodies if a.end <= m.start() and _head(a.surface) == head}
        if len(carrying) == 1 and noun_classes(head) is not None:
            out.append((m.start(), m.end(), next(iter(carrying))))
    return out

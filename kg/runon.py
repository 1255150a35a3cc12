"""Run-on names: a recognised name that runs on past its end is cut back to the name.

Three shapes, each a general rule of how news writes places and names:
- "Velmora, Kerala", "Paris, Texas": a place, a comma, and the larger place it is in (a country, a state or
  province, a place WordNet knows) are two places; the name is the first, and the larger place qualifies it
  (`Split.region`), so that "Paris, Texas" never joins the "Paris" of another article that does not name Texas;
  the larger place is a mention of its own, unless its name is also a city's ("New York").
- "Norilsk in Siberia", "Aldgate Chapel in Aldgate": a name, "in", and a known place (or a place the name itself
  carries) is the name; the place is a mention of its own.
- "COVID-19 से", "Union नहीं है": a word of another script glued on after a name is no part of it (the name is cut
  where the script of its first letter changes); nor are lower-case words with a figure before it ("between 3
  p.m. and 6 a.m. Thailand").

And one shape cut short: a name written right before a lower-case head that makes it another name of the
article ("the Tavira District hospital" after "Tavira District Hospital") is that name (`widened`).

Pure: works on the mentions extraction gave, never on spaCy objects.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Optional

from kg.extract.entities import Mention
from kg.extract.typeclues import TypeRule, known_place
from kg.model import EntityType

__all__ = ["Split", "city_too", "name_words", "script", "split_mention", "tail_widened", "untimed_start", "widened"]

_TAIL = re.compile(r"^(?P<a>.*?\w[.)]?)(?P<sep>,\s*|\s+in\s+)(?P<b>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")
_JOINERS = frozenset({"of", "the", "and", "for", "de", "du", "la", "le", "del", "van", "von", "&"})


class Split(NamedTuple):
    """What one mention becomes: the mention cut back to its name, the larger place it named after it (a mention
    of its own, or None) and the region that qualifies the name (a place's larger place, or None)."""

    mention: Mention
    place: Optional[Mention] = None
    region: Optional[str] = None


def script(ch: str) -> str:
    """The script of a letter by its Unicode name: 'LATIN', 'CYRILLIC', 'DEVANAGARI' ('' for a non-letter)."""
    if not ch.isalpha():
        return ""
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return ""


def _script_cut(s: str) -> int:
    """Where `s` first turns to a letter of another script than its first letter's (len(s) if it never does)."""
    first = next((script(c) for c in s if script(c)), "")
    for i, c in enumerate(s):
        sc = script(c)
        if sc and sc != first:
            return len(s[:i].rstrip())
    return len(s)


def _unglued(m: Mention) -> Mention:
    cut_text, cut_name = _script_cut(m.text), _script_cut(m.name)
    if cut_text == len(m.text) and cut_name == len(m.name):
        return m
    text, name = m.text[:cut_text], m.name[:cut_name].rstrip(" ,.;:-")
    if not any(c.isalpha() for c in name) or not text.strip():
        return m
    return m._replace(text=text, end=m.start + len(text), name=name)


def name_words(s: str) -> bool:
    """Is `s` written as a name: capitalised words, the joiners of names between them ("Bank of England")?"""
    words = s.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper() and \
        all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINERS for w in words)


def _two_names(m: Mention, a: str, b: str) -> Split:
    """Two names of one kind written as a list ("Prohibition Party, Reform Party"): the first, and the second as a
    mention of its own."""
    at, cut = m.text.rfind(b), m.text.find(a) + len(a)
    if at <= 0 or cut <= len(a) - 1:
        return Split(m)
    head = m._replace(text=m.text[:cut], end=m.start + cut, name=a)
    return Split(head, Mention(m.start + at, m.start + at + len(b), b, b, m.type, rule=m.rule))


def city_too(place: str) -> bool:
    """Is a larger place's name also a city's ("Saratoga Springs, New York", "Seattle, Washington")? Then it is
    left unmentioned: it would join the city of another article."""
    from kg.lexicon.wordnet import instance_kinds

    kinds = instance_kinds(place)
    return any(k.endswith(("city", "capital")) for k in kinds) and any(
        k.endswith(("state", "province", "county", "country")) for k in kinds)


def _untimed(m: Mention) -> Mention:
    """`m` begun at its name when lower-case words with a figure run before it ("between 3 p.m. and 6 a.m.
    Thailand")."""
    at = m.text.rfind(m.name)
    head = m.text[:at]
    if at <= 0 or not m.text.endswith(m.name) or not re.search(r"\d", head) or not head[:1].islower() or \
            any(w[:1].isupper() for w in head.split()):
        return m
    return m._replace(start=m.start + at, text=m.name)


def untimed_start(text: str, start: int, end: int) -> int:
    """Where the span start:end of `text` begins once lower-case words with a figure before its capitalised words
    are left out ("between 3 p.m. and 6 a.m. Thailand" -> "Thailand"); `start` when there are none."""
    span = text[start:end]
    found = re.search(r"(?:^|\s)([A-Z][^\s]*(?:\s+[A-Z][^\s]*)*)$", span)
    if found is None or found.start(1) == 0:
        return start
    m = Mention(start, end, span, found.group(1), "")
    return _untimed(m).start


def split_mention(m: Mention) -> Split:
    """`m` cut back to its name (see the module docstring); unchanged when no rule applies."""
    m = _untimed(_unglued(m))
    found = _TAIL.match(m.name)
    if found is not None and found.group("sep").startswith(",") and " " in found.group("a") and \
            " " in found.group("b") and found.group("a").split()[-1] == found.group("b").split()[-1] and \
            name_words(found.group("a")):
        return _two_names(m, found.group("a"), found.group("b"))  # "Prohibition Party, Reform Party"
    if found is None or not name_words(found.group("a")) or not (
            known_place(found.group("b")) or set(found.group("b").split()) < set(found.group("a").split())):
        return Split(m)  # a known place, or one the name itself carries: "Aldgate Chapel in Aldgate"
    a, b, comma = found.group("a"), found.group("b"), found.group("sep").startswith(",")
    if b.replace(".", "").isupper():
        return Split(m)  # "Washington, D.C.": an abbreviation after the comma is part of the name
    at = m.text.rfind(b)
    sep = re.search(r"(?:,\s*|\s+in\s+)$", m.text[:at]) if at > 0 else None
    if sep is None or sep.start() == 0:
        return Split(m)
    head = m._replace(text=m.text[:sep.start()], end=m.start + sep.start(), name=a)
    place = None if city_too(b) else \
        Mention(m.start + at, m.start + at + len(b), b, b, EntityType.PLACE, rule=TypeRule.PLACE_REGION)
    region = b if head.type == EntityType.PLACE and (comma or " " not in a) else None
    return Split(head, place, region)


_NEXT_WORD = re.compile(r" ([a-z][a-z-]+)\b")
_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")
_INSTITUTION_HEADS = frozenset({"foundation", "institute", "university", "hospital", "council", "association",
                                "society", "corporation", "agency", "trust", "fund", "college", "museum",
                                "commission", "committee", "federation", "academy"})


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“]))([A-Z][a-z]+) $")
_NOT_A_NAME_WORD = frozenset({"the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "for", "from", "to", "by",
                              "with", "as", "if", "when", "while", "after", "before", "since", "then", "so",
                              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "january", "february", "march", "april", "may", "june", "july", "august", "september",
                              "october", "november", "december", "north", "south", "east", "west", "central",
                              "northern", "southern", "eastern", "western", "greater", "downtown", "rural", "coastal"})


def _always_before(mentions: list[Mention], text: str) -> dict[str, str]:
    """One-word names of places and bodies the same capitalised word stands right before every time, inside a
    sentence at least once ("in Punta Arenal ... at Punta Arenal"): name -> that word. Never a person's (a title),
    nor a word that is no name's (a day, a compass point, "The")."""
    from kg.extract.typeclues import known_place
    from kg.lexicon.world import PERSONAL_TITLES, TITLES

    seen: dict[str, set] = {}
    inside: set[str] = set()
    for m in mentions:
        if " " in m.name or m.type == EntityType.PERSON or m.text != m.name:
            seen.setdefault(m.name, set()).add(None)
            continue
        w = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        seen.setdefault(m.name, set()).add(w.group(1) if w else None)
        if w and re.search(r"[a-z,] $", text[max(0, w.start() - 2):w.start()]):
            inside.add(m.name)
    out = {}
    for name, words in seen.items():
        w = next(iter(words))
        if len(words) == 1 and w and name in inside and w.lower() not in _NOT_A_NAME_WORD and \
                w.lower() not in TITLES and w.lower() not in PERSONAL_TITLES and not known_place(w) and \
                not known_place(name):  # "Canada" is whole by itself: "Brightwell Strikes Canada" is a headline
            out[name] = w
    return out


def _institutions(mentions: list[Mention], text: str) -> dict[str, tuple[str, str]]:
    """Names of two words or more the article writes at the front of an institution's name ("Ada Obi" of "Ada Obi
    Hospital"): name -> (the institution's name, its type). A possessive of such a name ("Ada Obi's clinic") is the
    institution's."""
    out: dict[str, tuple[str, str]] = {}
    for m in mentions:
        words = m.name.split()
        head = _HEAD_AFTER.match(text, m.end)
        if len(words) >= 3 and words[-1].lower() in _INSTITUTION_HEADS and all(w[:1].isupper() for w in words):
            out.setdefault(" ".join(words[:-1]), (m.name, m.type if m.type != EntityType.PERSON else EntityType.ORGANISATION))
        elif len(words) >= 2 and head and head.group(1).lower() in _INSTITUTION_HEADS and \
                all(w[:1].isupper() for w in words):  # a person's name, not "University of Kent"
            out.setdefault(m.name, (f"{m.name} {head.group(1)}", m.type if m.type in (EntityType.PLACE, EntityType.ORGANISATION)
                                    else EntityType.ORGANISATION))
    return out


def widened(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions, each written right before a lower-case word that makes it another name of the article taken
    as that name: "the Tavira District hospital" after "Tavira District Hospital" is the hospital, not a
    district; a name of two words or more right before an institution's head ("Foundation", "Hospital") taken
    with it; a name that is the tail of a longer name written right there taken whole (`tail_widened`); and a
    one-word name the same capitalised word always stands before taken with it ("Punta Arenal", see
    `_always_before`). Two mentions of one span are one. `text` is the article's."""
    from kg.namekeys import name_key

    names = {name_key(m.name): m.name for m in mentions if " " in m.name}
    longer = _longer_names(mentions)
    institutions = _institutions(mentions, text)
    out = []
    before = _always_before(mentions, text)
    taken = {(m.start - len(before[m.name]) - 1, m.start - 1) for m in mentions if m.name in before}
    for m in mentions:
        if (m.start, m.end) in taken:
            continue  # "Punta" the recogniser took apart: a word of the widened name
        head = _HEAD_AFTER.match(text, m.end)
        if head and head.group(1).lower() in _INSTITUTION_HEADS and \
                " " in m.name and not any(o.start == head.start(1) for o in mentions):
            # "Caos Linux Foundation" where the recogniser stopped before its head; "Ada Obi Hospital" too, a
            # person's name at the front of an institution's
            m = m._replace(text=text[m.start:head.end(1)], end=head.end(1), name=f"{m.name} {head.group(1)}",
                           type=m.type if m.type in (EntityType.PLACE, EntityType.ORGANISATION) else EntityType.ORGANISATION)
        elif m.name in institutions and re.search(r"['’]s?$", m.text):
            m = m._replace(name=institutions[m.name][0], type=institutions[m.name][1])  # "Ada Obi Hospital ... Ada Obi's"
        m = tail_widened(_campus(_and_more(m, mentions, text), text), longer, text)
        if m.name in before:  # "Punta Arenal" where the recogniser took "Arenal" each time
            w = before[m.name]
            m = m._replace(start=m.start - len(w) - 1, text=f"{w} {m.text}", name=f"{w} {m.name}")
        nxt = _NEXT_WORD.match(text, m.end)
        whole = names.get(name_key(f"{m.name} {nxt.group(1)}")) if nxt else None
        if whole is not None and whole != m.name:
            m = m._replace(text=text[m.start:nxt.end()], end=nxt.end(), name=whole)
        out.append(m)
    spans: set[tuple[int, int]] = set()
    return [m for m in out if (m.start, m.end) not in spans and not spans.add((m.start, m.end))]


_AND_MORE = re.compile(r" and ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?![\w'’-]| [A-Z]| of\b)")  # " and Infectious Diseases"


def _and_more(m: Mention, mentions: list[Mention], text: str) -> Mention:
    """A body's name cut before "and" taken whole: "National Institute of Soils [and Crop Science]", "Department of
    Energy [and Climate]": the words after "and" are no name the recogniser found (a second body: "Bank of Leith
    and Harlow Trust" where it found "Harlow Trust") and the name ends "of" a word."""
    more = _AND_MORE.match(text, m.end)
    words = m.name.split()
    if more is None or m.type not in (EntityType.ORGANISATION, EntityType.PLACE) or len(words) < 3 or \
            words[-2].lower() != "of" or not m.text.endswith(m.name) or \
            any(o.start < more.end() and o.end > more.start(1) for o in mentions):
        return m
    return m._replace(end=more.end(), text=text[m.start:more.end()], name=f"{m.name} and {more.group(1)}")


_CAMPUS = re.compile(r" at ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?)(?![\w'’-]| [A-Z])")  # " at Tyler"
_SCHOOLS = frozenset({"university", "college"})


def _campus(m: Mention, text: str) -> Mention:
    """A university's name taken with the campus written after "at" ("University of Texas at Tyler"), the whole
    name of one institution."""
    campus = _CAMPUS.match(text, m.end)
    if campus is None or not m.text.endswith(m.name) or not _SCHOOLS & {w.lower() for w in m.name.split()[:-1]}:
        return m
    return m._replace(end=campus.end(), text=text[m.start:campus.end()], name=f"{m.name} at {campus.group(1)}")


def _longer_names(mentions: list[Mention]) -> dict[str, str]:
    """The names of two words or more of an article's bodies and places, longest first: name -> type."""
    found = {m.name: m.type for m in mentions if " " in m.name and m.type != EntityType.PERSON}
    return {name: found[name] for name in sorted(found, key=len, reverse=True)}


def tail_widened(m: Mention, longer: dict[str, str], text: str) -> Mention:
    """`m` taken whole when it is the tail of a longer name of the article written right there ("Fire and
    [Rescue]" where the article names "Ardal Fire and Rescue"): the recogniser took the end of that name alone. A
    place's own name stays a mention of its own ("Environment [Canada]"). `longer`: see `_longer_names`."""
    from kg.lexicon.world import country_named

    if not m.text.startswith(m.name) or known_place(m.name) or country_named(m.name):
        return m
    for name, etype in longer.items():
        start = m.start - (len(name) - len(m.name))
        if name != m.name and name.endswith(" " + m.name) and start >= 0 and \
                text[start:m.start + len(m.name)] == name:
            return m._replace(start=start, text=text[start:m.end], name=name, type=etype)
    return m

"""Pronouns and descriptions that refer to a named entity, by careful rules rather than a coreference model.

- A he or she stands for the one person named before it in its paragraph or the paragraph before whose gender
  does not clash, or, where several fit, the nearest when the text has told that one's gender (a title, "Mr",
  "Ms", a role word the text gives the person, "spokeswoman Ada Obi", "Ada Obi, the actress,", or a pronoun
  already resolved to them). Otherwise it stays unresolved. A role word merely near a name ("his mother, Obi
  said") tells nothing.
- A description set in apposition after a name is a mention of it ("Ada Obi, a nurse from Kano,").
- An "its" stands for the body whose name opens its sentence, where the sentence names no other before it.
- An I, me or my inside a quotation stands for the named person the quotation is credited to; a we, us or our for
  the body that speaks, or the body its speaker speaks for (`resolve_speakers`).
- A definite or demonstrative description stands for the one entity named before it that fits it, preferring
  those named in its paragraph or the one before, and refused where two fit: "the church" for the body whose
  name has that head word ("Church of Norwood"); "the company", "the organisation", "the agency" for a body;
  "the country" for a country; "the city", "this district" for a place that is no country ("the city" for no
  state, province or region: "Victoria", "South Yemen"); "the senator" for
  the person the text gave that role ("Senator Ada Obi", "Ada Obi, a senator,"). A description that opens a
  longer noun phrase ("the company spokesman") is none.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, NamedTuple, Optional

from kg.lexicon.speech import ORGANISATION_NOUNS
from kg.lexicon.world import DEMONYMS
from kg.model import EntityType

__all__ = ["APPOSITION", "Antecedent", "resolve_appositions", "resolve_descriptions", "resolve_its", "resolve_pronouns", "resolve_speakers",
           "role_words"]

_PRONOUN = re.compile(r"(?<![\w\]'’-])(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_FEMININE = {"she", "her", "hers", "herself"}
_TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
                 "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "lady": "f", "dame": "f", "queen": "f",
                 "princess": "f", "madam": "f", "sister": "f"}
_ROLE_GENDER = re.compile(r"\b(?:(spokeswoman|chairwoman|congresswoman|businesswoman|actress|wife|mother|"
                          r"daughter|widow|sister|girl|woman)|(spokesman|chairman|congressman|businessman|actor|"
                          r"husband|father|son|widower|brother|boy|man))\b", re.IGNORECASE)
# an apposition after a name: ", the club's coach,", ", 19, a member of the band," (its words are the person's role)
APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:the|a|an)\s+([^,.;:()\"“”\n]{1,60}?)\s*(?:[,.;:]|$)")

# one before it, the name closing the phrase: "the club's new coach, Ada Obi," "their daughter, Ada."
_APPOSITION_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|\w+['’]s)\s+((?:[\w-]+\s+){0,3}[\w-]+),\s*$")


class Antecedent(NamedTuple):
    """A named mention of an entity: character span, entity id, the surface the text gives it and its type."""

    start: int
    end: int
    entity_id: str
    surface: str
    type: str = ""


_BREAKS = re.compile(r"\n\s*\n")


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _BREAKS.finditer(text)]


def _window_start(starts: list[int], at: int) -> int:
    """The start of the paragraph before the one holding `at` (a pronoun reaches back one paragraph break)."""
    inside = [s for s in starts if s <= at]
    return inside[-2] if len(inside) >= 2 else 0


def role_words(text: str, a: Antecedent) -> list[str]:
    """The words the text gives a named person as title or role: the name's own words ("Environment Minister
    Ada Obi"), the words right before it with nothing between, nearest first ("Kremlin spokeswoman Ada Obi"), and
    an apposition after it ("Ada Obi, the club's coach,") or before it ("their daughter, Ada."); lower case."""
    words = [w.strip(".,").lower() for w in a.surface.split()]
    before = re.search(r"((?:(?:[A-Z][a-z]{1,3}\.|[A-Za-z][\w-]*) ){1,3})$", text[max(0, a.start - 60):a.start])
    if before:
        words += [w.lower() for w in reversed(before.group(1).split())]  # the nearest first: "Kremlin spokesman"
    m = APPOSITION.match(text, a.end)
    if m:
        words += [w.lower() for w in re.findall(r"[\w-]+", m.group(1))]
    m = _APPOSITION_BEFORE.search(text[max(0, a.start - 60):a.start])
    if m and re.match(r"\s*(?:[,.;:)]|$)", text[a.end:a.end + 2]):
        words += [w.lower() for w in m.group(1).split()]  # "their daughter, Ada." (not "his mother, Ada said")
    return words


def _gender_from(text: str, a: Antecedent) -> Optional[str]:
    """What the name's own title, the word before it, or the role the text gives the person say of their gender."""
    words = role_words(text, a)
    for w in words[:1] + words[len(a.surface.split()):len(a.surface.split()) + 1]:
        if w in _TITLE_GENDER or w + "." in _TITLE_GENDER:
            return _TITLE_GENDER.get(w) or _TITLE_GENDER[w + "."]
    m = _ROLE_GENDER.search(" ".join(words))
    if m:
        return "f" if m.group(1) else "m"
    return None


_SENTENCE = re.compile(r"(?:[.!?][\"”’)]*[ \t]+|\n\s*)(?=[\"“]?[A-Z])")
_OPENING = re.compile(r"[\"“]?(?:[\w.’'-]+ ){0,3}")  # at most three words before a sentence's subject


def _previous_subject(text: str, sentences: list[int], at: int, people: list[Antecedent],
                      own: bool = False) -> Optional[str]:
    """For a pronoun that opens its sentence, the person named as the subject of the sentence before (the name
    that opens it: "Ada Obi, 42, met Kim Lee. She said ..."); with `own`, the subject of the pronoun's own
    sentence named before it ("Ada Obi treated the patients herself"); else None."""
    k = bisect_right(sentences, at) - 1
    if own:
        k += 1
    elif k < 1 or text[sentences[k]:at].strip("\"“ "):
        return None
    lo, hi = sentences[k - 1], at if own else sentences[k]
    first = next((a for a in people if lo <= a.start < hi), None)
    if first is None or not _OPENING.fullmatch(text[lo:first.start]) or "\n" in text[lo:first.start]:
        return None
    return first.entity_id


def _pick(fits: list[str], recent: list[str], subject: Optional[str], gender: dict) -> Optional[str]:
    """Who a he or she stands for, among the people it may (nearest first): the subject of the sentence before
    when the pronoun opens its sentence (or of its own sentence, for a himself or herself) and that subject is
    the one who fits there, or the one there whose gender the text told; else the one who fits in this sentence
    and the one before; else the nearest where it alone fits or its gender is told (and no other's of those
    named in this sentence and the one before); else nobody."""
    if subject in fits and (recent == [subject] or subject in gender and
                            not any(r in gender for r in recent if r != subject)):
        return subject  # "Ada Obi met Kim Lee. She said": the subject before goes on as the topic
    if len(recent) == 1:
        return recent[0]
    if sum(r in gender for r in recent) > 1:
        return None  # two men, or two women, named just before: leave it
    if not fits or len(fits) > 1 and fits[0] not in gender:
        return None  # two people it may stand for, the nearer of unknown gender: leave it
    return fits[0]


def resolve_pronouns(text: str, people: Iterable[Antecedent], taken: set[tuple[int, int]],
                     speakers: Iterable[tuple[int, int, Optional[str]]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each he/him/his/she/her in `text` that refers to one of `people` (named
    mentions of persons, any order); spans in `taken` are skipped. `speakers` are quotations (start, end, id of
    the person they are credited to): inside one, a he or she is never its speaker (who is "I")."""
    people = sorted(people)
    if not people:
        return []
    starts = _paragraph_starts(text)
    sentences = [0] + [m.end() for m in _SENTENCE.finditer(text)]
    speakers = list(speakers)
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
        near = sentences[max(0, bisect_right(sentences, m.start()) - 2)]
        quoted = {p for s, e, p in speakers if s <= m.start() < e}
        before = [a for a in reversed(people) if lo <= a.start and a.end <= m.start() and a.entity_id not in quoted]
        fits = [e for e in dict.fromkeys(a.entity_id for a in before) if gender.get(e, want) == want]
        recent = [e for e in dict.fromkeys(a.entity_id for a in before if a.start >= near) if e in fits]
        own = _previous_subject(text, sentences, m.start(), people, True)  # the subject of its own sentence
        between = {a.entity_id for a in before if a.start >= sentences[bisect_right(sentences, m.start()) - 1]}
        if own in fits and not any(e != own and e in fits for e in between):
            pick = own  # "Ada Obi lost the seat and resigned her post", "Kim Lee treated the patients herself"
        else:
            pick = _pick(fits, recent, _previous_subject(text, sentences, m.start(), people), gender)
        if pick is not None:
            gender.setdefault(pick, want)
            out.append((m.start(), m.end(), pick))
    return out


_FUNCTION = r"(?:of|from|in|at|for|with|on|who|which|that|whose|since|to|by|a|an|the|and|or|but|as)"
_APPOSED = re.compile(rf",\s+(?:\d{{1,3}},\s+)?((?:the|a|an)\s+(?:(?!{_FUNCTION}\b)[\w’'-]+\s+){{0,4}}?([a-z][a-z-]+))"
                      r"(?=\s*[,.;:)]|\s+(?:of|from|in|at|for|with|on|who|which|that|whose|since|to|by)\b)")


_APPOSED_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"([a-z][a-z-]+)),\s+$")


def resolve_appositions(text: str, named: Iterable[Antecedent],
                        taken: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each description set in apposition after a name, up to its head noun: "Ada
    Obi, 19, a student from Kano," gives "a student"; "Acme, the retailer," gives "the retailer". The head must
    be a noun for a person where the name is a person's, and one for a body or place where it is not. One
    before a name that closes the phrase counts too: "their daughter, Ada." (not "his mother, Ada said")."""
    out: list[tuple[int, int, str]] = []
    for a in named:
        before = _APPOSED_BEFORE.search(text, max(0, a.start - 80), a.start)
        if before and re.match(r"\s*(?:[,.;:)]|$)", text[a.end:a.end + 2]) and \
                _kind_fits(a, before.group(2)) and (before.start(1), before.end(2)) not in taken:
            out.append((before.start(1), before.end(2), a.entity_id))  # "their daughter, Ada."
        m = _APPOSED.match(text, a.end)
        if m is None or (m.start(1), m.end(2)) in taken or \
                re.search(r"\baccording to\s+$", text[max(0, a.start - 15):a.start], re.I):
            continue  # "According to Obi, a detective said": a clause follows, not an apposition
        if _kind_fits(a, m.group(2)):
            out.append((m.start(1), m.end(2), a.entity_id))
    return out


def _kind_fits(a: Antecedent, head: str) -> bool:
    """Is `head` a noun for a person where `a` names a person, and one for a body or place where it does not?"""
    from kg.lexicon.wordnet import noun_classes

    classes = noun_classes(head, 2) or frozenset()
    if a.type == EntityType.PERSON:
        return "person" in classes
    return bool(classes & {"group", "location"}) or head in ORGANISATION_NOUNS | _BODY_WORDS


_ITS = re.compile(r"(?<![\w'’-])its(?![\w'’-])")


def resolve_its(text: str, bodies: Iterable[Antecedent], taken: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each "its" whose sentence opens with the name of a body (at most three words
    before it: "Last week Acme said its profits fell") and names no other body or place before it."""
    bodies = sorted(a for a in bodies if a.type == EntityType.ORGANISATION or a.type == EntityType.PLACE)
    sentences = [0] + [m.end() for m in _SENTENCE.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for m in _ITS.finditer(text):
        lo = sentences[bisect_right(sentences, m.start()) - 1]
        before = [a for a in bodies if lo <= a.start and a.end <= m.start()]
        if (m.start(), m.end()) in taken or not before or len({a.entity_id for a in before}) > 1 or \
                before[0].type != EntityType.ORGANISATION or not _OPENING.fullmatch(text[lo:before[0].start]) or \
                _opens_phrase(text, before[0].end):  # "The Acme art gallery ... its": Acme is no subject
            continue
        out.append((m.start(), m.end(), before[0].entity_id))
    return out


_FIRST_SINGULAR = re.compile(r"(?<![\w'’-])(I|me|my|mine|myself)(?![\w'’-])")
_FIRST_PLURAL = re.compile(r"(?<![\w'’-])([Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves)(?![\w'’-])")


def resolve_speakers(text: str, quotations: Iterable[tuple[int, int, Optional[str], Optional[str]]],
                     taken: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for the first-person pronouns inside quotations: `quotations` are (start, end,
    person id, body id), the quoted words and who they are credited to: the named person who speaks (for I, me,
    my) and the body that speaks or that its speaker speaks for (for we, us, our); either may be None."""
    out: list[tuple[int, int, str]] = []
    for start, end, person, body in quotations:
        for pattern, eid in ((_FIRST_SINGULAR, person), (_FIRST_PLURAL, body)):
            if eid is None:
                continue
            for m in pattern.finditer(text, start, end):
                if (m.start(), m.end()) not in taken:
                    out.append((m.start(), m.end(), eid))
    return sorted(set(out))


_DESCRIPTION = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+([A-Za-z][a-z]+)\b(?![\w-])")  # "the President", "the agency"
# bodies and places a description names by its kind, not by the words of a name: "the company", "the country"
_BODY_WORDS = frozenset({"organization", "organisation", "company", "firm", "agency", "group", "team", "club",
                         "band", "charity", "network", "broadcaster", "airline", "carmaker", "retailer", "insurer"})
_COUNTRY_WORDS = frozenset({"country", "nation"})
_PLACE_WORDS = frozenset({"city", "town", "village", "capital", "province", "county", "island", "territory",
                          "municipality", "suburb", "borough"})
# heads of the names of bodies that are no company, organisation or team: "the company" is no "Police Department"
_PUBLIC_HEADS = frozenset({"department", "ministry", "police", "house", "council", "court", "government", "office",
                           "parliament", "congress", "senate", "committee", "commission", "university", "school",
                           "hospital", "church", "agency", "army", "navy", "embassy", "administration", "party"})
# words after a noun that are verbs or adverbs although WordNet also knows them as nouns ("the company says")
_NOT_COMPOUND = frozenset({"will", "can", "may", "might", "must", "says", "plans", "was", "has", "does", "still", "now",
                           "then", "hopes", "wants", "needs", "claims", "states", "reports", "faces", "warns", "calls",
                           "aims", "seeks", "expects", "holds", "looks", "works", "runs", "uses", "offers", "sees",
                           "today", "yesterday", "tomorrow", "itself", "himself", "herself", "last", "first", "too",
                           "in", "at", "or", "as", "so", "down", "out", "over", "who", "a", "an", "it", "its", "are",
                           "be", "have", "do", "no", "there", "here", "while"})  # function words WordNet has as nouns


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


def _next_noun(text: str, end: int) -> tuple[Optional[str], bool]:
    """The word after `end` where it goes on with the noun phrase ending there, and whether it names a person or
    a body ("the company spokesman", "the city council"); a word that may be a verb ends it ("the nominee
    spoke", "the company plans")."""
    from kg.lexicon.wordnet import noun_classes, synonyms

    m = re.match(r" ([a-z]+)\b", text[end:end + 30])
    if m is None or m.group(1) in _NOT_COMPOUND:
        return None, False
    classes = noun_classes(m.group(1), 1)
    if classes and classes & {"person", "group"}:
        return m.group(1), True
    return (None if classes is None or synonyms(m.group(1), "VERB") else m.group(1)), False


def _opens_phrase(text: str, end: int) -> bool:
    """Does the noun ending at `end` open a longer noun phrase ("the company spokesman", "the city council")?"""
    return _next_noun(text, end)[0] is not None


def _fits(a: Antecedent, head: str, roles: dict, mods: tuple[str, ...] = ()) -> bool:
    """Can the description with this head word (and these modifiers: "the Kremlin spokesman") stand for the
    entity named by `a`? Each modifier must be among its role words or in its name ("the prime minister" is no
    "Education Minister Ada Obi")."""
    from kg.lexicon.world import country_named

    if mods and not {w.lower() for w in mods} <= roles.get(a, set()) | {w.lower() for w in a.surface.split()}:
        return False
    if a.type == EntityType.PERSON:
        return head in roles.get(a, ()) and _kind_fits(a, head)  # a role, not "the Crown" of "Crown prosecutor"
    if _body_name(a.surface) and _head(a.surface) == head:
        return True  # "the church" after "Church of Norwood"
    country = country_named(a.surface) is not None
    if head in _COUNTRY_WORDS:
        return a.type == EntityType.PLACE and country
    if head in _PLACE_WORDS:
        return a.type == EntityType.PLACE and not country and (head not in _SETTLEMENT_WORDS or _settlement(a.surface))
    return head in _BODY_WORDS and a.type == EntityType.ORGANISATION and _head(a.surface) not in _PUBLIC_HEADS


_SETTLEMENT_WORDS = frozenset({"city", "town", "village", "capital", "suburb", "borough", "municipality"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})


def _settlement(name: str) -> bool:
    """May "the city" stand for the place `name`: a city, town or capital where WordNet knows it ("Melbourne",
    "Porto"), else no state or province (ISO 3166-2: "Victoria") and no "South Yemen" or "East Africa"?"""
    from kg.extract.typeclues import regions
    from kg.lexicon.wordnet import instance_kinds

    words = name.split()
    kinds = instance_kinds(name)
    if any(k.endswith(("city", "town", "capital", "village", "port", "borough")) for k in kinds):
        return True  # "Porto", a city as well as a district
    return bool(words) and not kinds and name not in regions() and words[0].lower() not in _COMPASS


def _one_fitting(named: list[Antecedent], at: int, lo: int, head: str, roles: dict,
                 mods: tuple[str, ...] = ()) -> Optional[str]:
    """The one entity named before `at` that the description fits, those named since `lo` (its paragraph and
    the one before) first; None where none fits or two do."""
    fit = [a for a in named if a.end <= at and _fits(a, head, roles, mods)]
    near = {a.entity_id for a in fit if a.start >= lo}
    ids = near or {a.entity_id for a in fit}
    return next(iter(ids)) if len(ids) == 1 else None


def _phrase(text: str, m: re.Match) -> tuple[int, list[str]]:
    """The end and the words of the noun phrase a "the X" opens: X and up to two nouns after it ("the Kremlin
    spokesman", "the company spokesman"); its last word is its head."""
    words, end = [m.group(1)], m.end()
    nxt, role = _next_noun(text, end)
    while len(words) < 3 and nxt is not None and role:
        words.append(nxt)
        end += 1 + len(nxt)
        nxt, role = _next_noun(text, end)
    return end, words


def resolve_descriptions(text: str, bodies: Iterable[Antecedent], taken: set[tuple[int, int]],
                         people: Iterable[Antecedent] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each "the X" or "this X" in `text` that stands for one of `bodies` (named
    mentions of organisations and places, typed) or `people` (named persons): see the module's docstring."""
    from kg.lexicon.wordnet import noun_classes

    people = list(people)
    named = sorted(list(bodies) + people)
    roles = {a: set(role_words(text, a)) - {w.lower() for w in a.surface.split()[-2:]} for a in people}
    starts = _paragraph_starts(text)
    out: list[tuple[int, int, str]] = []
    for m in _DESCRIPTION.finditer(text):
        end, words = _phrase(text, m)
        head, mods = words[-1].lower(), tuple(words[:-1])
        if words[0][0].isupper() and (head in DEMONYMS or len(words) == 1 and re.match(r" [A-Z]", text[end:])):
            continue  # "The President", "the Church" for the titled person or the body; not "the Ukrainian"
        if (m.start(), end) in taken or any(a.start <= m.start() < a.end for a in named) or \
                noun_classes(head) is None or re.match(r" of\b", text[end:end + 4]) or _opens_phrase(text, end):
            continue
        pool = [a for a in named if a.type != EntityType.PLACE] if words[-1][0].isupper() else named  # "the Kursk"
        eid = _one_fitting(pool, m.start(), _window_start(starts, m.start()), head, roles, mods)
        if eid is not None:
            out.append((m.start(), end, eid))
    return out

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

The turns of an interview transcript (who speaks each; inside one a he or she is never its speaker) are found by
`kg.transcript`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Iterable, NamedTuple, Optional

from kg.lexicon.speech import ORGANISATION_NOUNS
from kg.lexicon.world import DEMONYMS
from kg.model import EntityType
from kg.transcript import _BREAKS, transcript_turns

__all__ = ["APPOSITION", "Antecedent", "resolve_appositions", "resolve_descriptions", "resolve_its", "resolve_pronouns", "resolve_speakers",
           "role_words"]

_PRONOUN = re.compile(r"(?<![\w\]'’-])(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
# "his/her", "he or she", "him or her": anyone of either sex, no person named ("he and his wife" is one man)
_MASCULINE_FORMS, _FEMININE_FORMS = r"(?:he|him|his|himself)", r"(?:she|her|hers|herself)"
_GENERIC = re.compile(rf"\b(?:{_MASCULINE_FORMS}\s*(?:/|\bor\b|\band\b)\s*{_FEMININE_FORMS}|"
                      rf"{_FEMININE_FORMS}\s*(?:/|\bor\b|\band\b)\s*{_MASCULINE_FORMS})\b", re.IGNORECASE)
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
# a word whose period ends no sentence: an initial ("U.S. Senate", "J. Smith") or a title ("Dr. Sundar")
_ABBREVIATION = re.compile(r"(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Rev|No|Vol)\.$")


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts (a period after an initial or a title ends none)."""
    return [0] + [m.end() for m in _SENTENCE.finditer(text)
                  if m.group()[0] != "." or not _ABBREVIATION.search(text, max(0, m.start() - 5), m.start() + 1)]


_OPENING = re.compile(r"[\"“]?(?:[\w.’'-]+ ){0,3}")  # at most three words before a sentence's subject
# or a role in apposition before it: "Another voice actor, Ada Obi, would ..."
_SUBJECT_OPENING = re.compile(r"[\"“]?(?:(?:[\w.’'-]+ ){0,3}|(?:[Aa]n?|[Tt]he|[Aa]nother|[A-Z]\w+['’]s) (?:[\w’'-]+ ){0,3}"
                              r"[\w’'-]+, )")


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
    if first is None or not _SUBJECT_OPENING.fullmatch(text[lo:first.start]) or "\n" in text[lo:first.start] or \
            _PRONOUN.search(text[lo:first.start]):
        return None  # no name opens it, or a pronoun does: "He named Kim Lee as his deputy"
    return first.entity_id


def _pick(fits: list[str], recent: list[str], subject: Optional[str], gender: dict, named: Counter,
          here: set[str]) -> Optional[str]:
    """Who a he or she stands for, among the people it may (nearest first): the subject of the sentence before
    when the pronoun opens its sentence (or of its own sentence, for a himself or herself) and that subject is
    the one who fits there, or the one there whose gender the text told; else the one who fits in this sentence
    and the one before; else the nearest where it alone fits or its gender is told (and no other's of those
    named in this sentence and the one before); else nobody. `named` counts the names of each in reach, `here`
    are those named in the pronoun's own sentence. ("Obi said: 'That is why he ...'" is of Lee, named more.)"""
    if subject in fits and (recent == [subject] or subject in gender and
                            not any(r in gender for r in recent if r != subject)):
        return subject  # "Ada Obi met Kim Lee. She said": the subject before goes on as the topic
    if len(recent) == 1:
        # the one named just before; but one of untold sex named only in the sentence before yields to one of
        # told sex named more often
        told = [e for e in fits if e in gender and e != recent[0] and named[e] > named[recent[0]]]
        return recent[0] if recent[0] in gender or recent[0] in here or not told else None
    if sum(r in gender for r in recent) > 1:
        return None  # two men, or two women, named just before: leave it
    if not fits or len(fits) > 1 and fits[0] not in gender:
        return None  # two people it may stand for, the nearer of unknown gender: leave it
    return fits[0]


def resolve_pronouns(text: str, people: Iterable[Antecedent], taken: set[tuple[int, int]],
                     speakers: Iterable[tuple[int, int, Optional[str]]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each he/him/his/she/her in `text` that refers to one of `people` (named
    mentions of persons, any order); spans in `taken` are skipped. `speakers` are quotations (start, end, id of
    the person they are credited to): inside one, a he or she is never its speaker (who is "I"); nor inside the
    turns of a transcript that a named person's label opens ("((Ada Obi)) ...", "Ada Obi: ..."), whose labels
    are no antecedents."""
    people = sorted(people)
    turns, labels = transcript_turns(text, people)
    people = [a for a in people if not any(s <= a.start < e for s, e in labels)]
    if not people:
        return []
    starts = _paragraph_starts(text)
    sentences = sentence_starts(text)
    speakers = list(speakers) + turns
    gender: dict[str, str] = {}
    for a in people:
        g = _gender_from(text, a)
        if g:
            gender.setdefault(a.entity_id, g)
    out: list[tuple[int, int, str]] = []
    generic = [(g.start(), g.end()) for g in _GENERIC.finditer(text)]
    for m in _PRONOUN.finditer(text):
        if (m.start(), m.end()) in taken or any(s <= m.start() < e for s, e in generic):
            continue
        want = "f" if m.group(1).lower() in _FEMININE else "m"
        quoted = {p for s, e, p in speakers if s <= m.start() < e}
        turn = max((e for _, e in labels if e <= m.start()), default=0)  # never across a speaker's turn
        pick = _choose(text, m.start(), want, [a for a in people if a.entity_id not in quoted and a.start >= turn],
                       starts, sentences, gender, out)
        said = _said_by(text, m.start(), people) if m.group(1).lower() in ("he", "she") else None
        if said is not None:
            pick = said or None  # "Ada Obi said he ...": he is Obi, or someone the text names but no known person
        if pick is not None and not _someone_else_between(text, m.start(), want, pick, people, sentences):
            gender.setdefault(pick, want)
            out.append((m.start(), m.end(), pick))
    return out


def _choose(text: str, at: int, want: str, people: list[Antecedent], starts: list[int], sentences: list[int],
            gender: dict, done: list[tuple[int, int, str]]) -> Optional[str]:
    """Who the he or she at `at` stands for among `people` (none of them its speaker), or None; `done` are the
    pronouns resolved before it."""
    lo = _window_start(starts, at)
    k = bisect_right(sentences, at) - 1
    before = [a for a in reversed(people) if lo <= a.start and a.end <= at]
    fits = [e for e in dict.fromkeys(a.entity_id for a in before) if gender.get(e, want) == want]
    ahead = _cataphora(text, at, sentences, people)
    if ahead is not None:
        return ahead if gender.get(ahead, want) == want else None  # "Before she left, Ada Obi ..."
    opener = next((e for s, t, e in done if sentences[k] <= s < at and gender.get(e) == want and (
        text[s:t].lower() in ("he", "she") and _OPENING.fullmatch(text[sentences[k]:s]) or
        not text[sentences[k]:s].strip("\"“ "))), None)  # "He ..." or "His ..." opening it, not "In his ..."
    if opener is not None:
        return opener  # "He named Kim Lee as his deputy": the he that opens the sentence goes on
    if k >= 1 and _unknown_subject(text, sentences[k - 1], sentences[k], people) and \
            not text[sentences[k]:at].strip("\"“ ") or _unknown_subject(text, sentences[k], at, people, own=True):
        return None  # "Ada Obi was fined. Kim Lee was jailed. She ..." where Kim Lee is no known person
    recent = [e for e in dict.fromkeys(a.entity_id for a in before if a.start >= sentences[max(0, k - 1)])
              if e in fits]
    own = _previous_subject(text, sentences, at, people, True)  # the subject of its own sentence
    between = {a.entity_id for a in before if a.start >= sentences[k]}
    if own in fits and not any(e != own and e in fits for e in between):
        return own  # "Ada Obi lost the seat and resigned her post", "Kim Lee treated the patients herself"
    return _pick(fits, recent, _previous_subject(text, sentences, at, people), gender,
                 Counter(a.entity_id for a in before), between)


# a name right before a verb of saying or thinking that the pronoun's clause follows: "Ada Obi said (that) he"
_SAID = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) (?:said|says|told (?:\w+ )?|claimed|claims|"
                   r"added|stated|explained|argued|insisted|admitted|noted|wrote|writes|believes|believed|thinks|"
                   r"thought|knew|knows|felt|feels|hoped|hopes|denied|denies)(?: that)? $")


def _said_by(text: str, at: int, people: list[Antecedent]) -> Optional[str]:
    """Who a he or she right after "NAME said (that)" stands for: the person named there (their id), "" where the
    name is no known person's (a name the recogniser missed or mistyped: the pronoun is theirs, so no one's here),
    None where no name says it ("Police said he", "The court heard he"): the other rules decide."""
    from kg.names import proper_word

    m = _SAID.search(text, max(0, at - 80), at)
    if m is None:
        return None
    cut = list(re.finditer(r"\w{3,}\. ", m.group(1)))  # "posted to Twitter. Ada Obi said she": Ada Obi
    lo = m.start(1) + (cut[-1].end() if cut else 0)
    who = next((a.entity_id for a in people if a.start < m.end(1) <= a.end and lo <= a.start), None)
    if who is not None:
        return who
    words = text[lo:m.end(1)].split()
    if words and words[0].lower() in ("he", "she", "it", "they", "i", "we", "you"):
        return None  # "He said he": the other rules decide
    while words and not proper_word(words[0].strip(".")):
        words.pop(0)  # "Later Ortega said he", "The court said he": a word opening the sentence
    return "" if words and all(proper_word(w.strip(".")) for w in words) else None


_SUBORDINATE = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)[\"“]?(?:[Bb]efore|[Aa]fter|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|"
                          r"[Ss]ince|[Oo]nce|[Uu]ntil|[Bb]ecause|[Ii]f|[Aa]s)\s+[^.,;:!?\"“”]*$")
# a phrase that opens the sentence before its subject: "In addition to his seat in Congress, Ada Obi ran ..."
_FRONTED = re.compile(r"^[\"“]?(?:In|During|Despite|Throughout|Upon|On|For|With|Unlike|Like|Following|Without|"
                      r"Besides|Through|By|Apart from|In addition to)\s+[^.,;:!?\"“”]*$")


def _cataphora(text: str, at: int, sentences: list[int], people: list[Antecedent]) -> Optional[str]:
    """The person named right after the clause that a he or she opens or sits in, where that clause is put
    before its main clause ("Before she left office, Ada Obi signed ..."); else None."""
    k = bisect_right(sentences, at) - 1
    clause = _SUBORDINATE.search(text[sentences[k]:at]) or _FRONTED.search(text[sentences[k]:at])
    if not clause or any(sentences[k] + clause.start() <= a.start < at for a in people):
        return None  # "After Kim Lee left, he wrote to Ada Obi, ...": he is Lee
    m = re.match(r"[^.;:!?\"“”,]*,\s+", text[at:at + 200])
    if m is None:
        return None
    title = re.match(r"(?:[A-Z][\w.'’-]* ){0,2}", text[at + m.end():at + m.end() + 40])  # "Senator", "Ms"
    return next((a.entity_id for a in people if at + m.end() <= a.start <= at + m.end() + title.end()), None)


_CAPITALISED = re.compile(r"[\"“]?((?:[A-Z][a-z’'-]+ ){1,2}[A-Z][a-z’'-]+) (?:was|is|has|had|said|says|[a-z]+ed)\b")


def _unknown_subject(text: str, lo: int, hi: int, people: list[Antecedent], own: bool = False) -> bool:
    """Does the sentence at lo:hi open with a person's name written out ("Kim Lee was jailed") that is none of
    `people` (the recogniser missed it)? A pronoun that opens the next sentence may well be that person. With
    `own`, the pronoun's own sentence up to it (`hi`), its subject maybe after a role ("The club's new coach, Kim
    Lee, thanked his players")."""
    m = (_OWN_SUBJECT if own else _CAPITALISED).match(text, lo, hi)
    if own:
        from kg.lexicon.wordnet import noun_classes

        unnamed = _OWN_UNNAMED.match(text, lo, hi)  # "The mayor of Elm Falls thanked his staff"
        if unnamed is not None and not re.search(r"[\"“]", text[unnamed.end():hi]):
            head = unnamed.group(1)
            plural = head.endswith("s") and noun_classes(head[:-1], 1)  # "A group of protesters surrounded X and his"
            if not plural and "person" in (noun_classes(head, 1) or ()) and \
                    not any(head in role_words(text, a) for a in people if a.end <= lo):
                return True  # not "Guitarist Ada Obi ... The guitarist thanked her band"
        return m is not None and m.group(1).split()[0] not in ("The", "A", "An", "This", "In", "On", "At") and \
            not any(a.start < m.end(1) and m.start(1) < a.end for a in people) and \
            not re.search(r"[\"“]", text[m.end():hi])  # 'Kim Lee said, "He was kind"': he is not Lee
    if m is None:
        from kg.names import proper_word

        m = _ONE_NAME_SAYS.match(text, lo, hi)  # "Okafor said ...": a surname no recognised person bears
        if m is None or not proper_word(m.group(1)) or m.group(1).endswith("s") and not proper_word(m.group(1)[:-1]):
            return False  # "Visitors said": a plural of a common noun
    return m.group(1).split()[0] not in ("The", "A", "An", "This", "In", "On", "At") and \
        not any(a.start < lo + m.end(1) and lo < a.end for a in people)


_OWN_SUBJECT = re.compile(r"[\"“]?(?:(?:[Aa]n?|[Tt]he|[A-Z]\w+['’]s) (?:[\w’'-]+ ){0,5}?[\w’'-]+, )?"
                          r"((?:[A-Z][a-z’'-]+ ){1,2}[A-Z][a-z’'-]+)(?:, [^,.;:!?\"“”]{1,60},)?,? (?:[a-z]+ed|was|is|has|had|"
                          r"said|says)\b")
_OWN_UNNAMED = re.compile(r"[\"“]?(?:[Tt]he|[Aa]n?|[A-Z]\w+['’]s) (?:[\w’'-]+ ){0,4}?([a-z]+)(?: of (?:the )?[A-Z][\w’'-]*"
                          r"(?: [A-Z][\w’'-]*){0,3})? (?:[a-z]+ed|was|is|has|had|said|says)\b")
_ONE_NAME_SAYS = re.compile(r"[\"“]?([A-Z][a-z’'-]+),? (?:said|says|told|explained|added|wrote|noted|recalled)\b")


_FEMALE_NOUNS = ("woman|girl|mother|mum|mom|wife|daughter|sister|aunt|niece|grandmother|granddaughter|girlfriend|"
                 "lady|widow|actress|queen|princess|bride|waitress|spokeswoman|businesswoman|chairwoman|policewoman")
_MALE_NOUNS = ("man|boy|father|dad|husband|son|brother|uncle|nephew|grandfather|grandson|boyfriend|gentleman|"
               "widower|king|prince|groom|spokesman|businessman|chairman|policeman|gunman")


def _unnamed(want: str) -> re.Pattern:
    nouns = _FEMALE_NOUNS if want == "f" else _MALE_NOUNS
    return re.compile(rf"(?<![\w-])(?:[Aa]n?|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Tt]his|[Tt]hat)\s+"
                      rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})(?![\w-])(?!,?\s+[A-Z])")


def _someone_else_between(text: str, at: int, want: str, pick: str, people: list[Antecedent],
                          sentences: list[int]) -> bool:
    """Is a person of that gender left unnamed between the pick's last mention and the pronoun, in its paragraph
    or sentence before ("Ada Obi said her mother was ill and she ...": she may be the mother)? Not one in
    apposition to a name ("Ada Obi, a mother of two,") nor one said of him or her ("saw her as a mother")."""
    k = bisect_right(sentences, at) - 1
    last = max((a.end for a in people if a.entity_id == pick and a.end <= at), default=0)
    lo = max(last, min(text.rfind("\n\n", 0, at) + 1, sentences[max(0, k - 1)]))  # its paragraph, or more
    for m in _unnamed(want).finditer(text, lo, at):
        if not re.search(r"(?:[A-Z][\w.'’-]*,\s+(?:\d{1,3},\s+)?|\b(?:him|her)\s+as\s+)$",
                         text[max(0, m.start() - 40):m.start()]):
            return True  # not "Ada Obi, a mother of two," nor "described him as a good man"
    return False


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
        if _kind_fits(a, m.group(2)) and not _plural(m.group(2)):
            out.append((m.start(1), m.end(2), a.entity_id))  # never "the UAE, the Gulf nations of ...": several
    return out


def _plural(head: str) -> bool:
    """Is the noun `head` a plural whose singular WordNet knows ("nations", "students"; not "news", "class")?"""
    from kg.lexicon.wordnet import noun_classes

    low = head.lower()
    return low.endswith("s") and not low.endswith("ss") and len(low) > 3 and noun_classes(low[:-1]) is not None


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
    sentences = sentence_starts(text)
    out: list[tuple[int, int, str]] = []
    for m in _ITS.finditer(text):
        lo = sentences[bisect_right(sentences, m.start()) - 1]
        before = [a for a in bodies if lo <= a.start and a.end <= m.start()]
        if (m.start(), m.end()) in taken or not before or len({a.entity_id for a in before}) > 1 or \
                before[0].type != EntityType.ORGANISATION or not _OPENING.fullmatch(text[lo:before[0].start]) or \
                _opens_phrase(text, before[0].end):  # "The Acme art gallery ... its": Acme is no subject
            continue
        if _AND_ITS.search(text, max(lo, m.start() - 40), m.start()):
            continue  # "Acme wrote about the pandemic and its effects": its is the thing joined to it
        out.append((m.start(), m.end(), before[0].entity_id))
    return out


_AND_ITS = re.compile(r"\b[a-z][a-z-]+ (?:and|or) $")  # a common noun, then "and its": the noun's own
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
    """Does the noun ending at `end` open a longer noun phrase ("the company spokesman", "the city council"), or a
    compound WordNet lists ("the railway station", "the party line": no railway, no party)?"""
    from kg.lexicon.wordnet import noun_classes

    if _next_noun(text, end)[0] is not None:
        return True
    nxt, last = re.match(r" ([a-z]+)\b", text[end:end + 30]), re.search(r"([A-Za-z]+)$", text[max(0, end - 30):end])
    return bool(nxt and last and nxt.group(1) not in _NOT_COMPOUND and
                noun_classes(f"{last.group(1).lower()}_{nxt.group(1)}") is not None)


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at `at` open a sentence, a line or a quotation?"""
    return re.search(r"(?:^|[.!?:;\n][\"“”'‘’)]*)\s*[\"“'‘(]?$", text[max(0, at - 4):at]) is not None


def _modifier(head: str, text: str, end: int) -> bool:
    """Is `head`, which may be an adjective, followed by a noun it modifies ("the national interest", "the
    chief executive")?"""
    from kg.lexicon.wordnet import antonyms, noun_classes, synonyms

    m = re.match(r" ([a-z]+)\b", text[end:end + 30])
    if m is None or m.group(1) in _NOT_COMPOUND or noun_classes(m.group(1)) is None:
        return False
    return bool(synonyms(head, "ADJ") or antonyms(head, "ADJ"))


def _fits(a: Antecedent, head: str, roles: dict, mods: tuple[str, ...] = ()) -> bool:
    """Can the description with this head word (and these modifiers: "the Kremlin spokesman") stand for the
    entity named by `a`? Each modifier must be among its role words or in its name ("the prime minister" is no
    "Education Minister Ada Obi")."""
    from kg.lexicon.wordnet import noun_classes
    from kg.lexicon.world import country_named

    if mods and not {w.lower() for w in mods} <= roles.get(a, set()) | {w.lower() for w in a.surface.split()}:
        return False
    if a.type == EntityType.PERSON:
        return head in roles.get(a, ()) and _kind_fits(a, head)  # a role, not "the Crown" of "Crown prosecutor"
    country = country_named(a.surface) is not None
    if _body_name(a.surface) and _head(a.surface) == head and not country:
        return True  # "the church" after "Church of Norwood"; "the states" is never the United States
    if head in _COUNTRY_WORDS:
        return a.type == EntityType.PLACE and country
    if head in _PLACE_WORDS:  # "the city" for Leeds, not for the Marlow Lakes or Kano State (heads of their own)
        return a.type == EntityType.PLACE and not country and (len(a.surface.split()) == 1 or
                                                               noun_classes(_head(a.surface)) is None) and \
            (head not in _SETTLEMENT_WORDS or _settlement(a.surface))
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
                         people: Iterable[Antecedent] = (), rivals: Iterable[Antecedent] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for each "the X" or "this X" in `text` that stands for one of `bodies` (named
    mentions of organisations and places, typed) or `people` (named persons): see the module's docstring.
    `rivals` are named bodies no description stands for (confined to the article) that still block one: "Acme
    Party lost. Greens won seats. The party ..." is no Acme Party."""
    from kg.lexicon.wordnet import noun_classes

    people, rivals = list(people), list(rivals)
    named = sorted(list(bodies) + people)
    roles = {a: set(role_words(text, a)) - {w.lower() for w in a.surface.split()[-2:]} for a in people}
    starts = _paragraph_starts(text)
    sentences = sentence_starts(text)
    out: list[tuple[int, int, str]] = []
    for m in _DESCRIPTION.finditer(text):
        end, words = _phrase(text, m)
        head, mods = words[-1].lower(), tuple(words[:-1])
        if words[0][0].isupper() and (head in DEMONYMS or len(words) == 1 and re.match(r" [A-Z]", text[end:]) or
                                      m.group()[0] == "T" and not _opens_sentence(text, m.start())):
            continue  # "The President" for the titled person; not "the Ukrainian"; "read The Independent": a name
        if _modifier(head, text, end):
            continue  # "the national interest": an adjective before its noun
        if (m.start(), end) in taken or any(a.start <= m.start() < a.end for a in named) or \
                noun_classes(head) is None or re.match(r" of\b", text[end:end + 4]) or _opens_phrase(text, end):
            continue
        pool = [a for a in named if a.type != EntityType.PLACE] if words[-1][0].isupper() else named  # "the Kursk"
        eid = _one_fitting(pool, m.start(), _window_start(starts, m.start()), head, roles, mods)
        if eid is not None and not _other_body_since(text, named + rivals, eid, m.start(), sentences):
            out.append((m.start(), end, eid))
    return out


def _other_body_since(text: str, named: list[Antecedent], eid: str, at: int, sentences: list[int]) -> bool:
    """Does another body of the pick's type open the sentence of `at`, or the one before, after the pick's last
    mention ("Acme Party lost. Brightwell Futures fields Kim Lee. According to the party's site ...": the party
    is Brightwell)? Only bodies: "Porto in Portugal ... the city" is Porto."""
    mine = [a for a in named if a.entity_id == eid and a.end <= at]
    if not mine or mine[-1].type != EntityType.ORGANISATION:
        return False
    k = bisect_right(sentences, at) - 1
    opens = {sentences[k], sentences[max(0, k - 1)]}
    return any(a.entity_id != eid and a.type == mine[-1].type and mine[-1].end <= a.start and a.end <= at and
               any(s <= a.start and _OPENING.fullmatch(text[s:a.start]) for s in opens) for a in named)

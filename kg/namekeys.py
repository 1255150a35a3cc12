"""Keys of names: the string functions entity merging compares names by (pure, no spaCy).

These back `kg.names`; see its docstring for the rules they serve.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from rapidfuzz.distance import Levenshtein

from kg.lexicon.speech import ANONYMOUS_NOUNS, GROUP_NOUNS, MILITARY_NOUNS, ORGANISATION_NOUNS, PERSON_ROLE_NOUNS
from kg.lexicon.world import CIVIL_VESSEL_PREFIXES, NAVAL_VESSEL_PREFIXES, PERSONAL_TITLES, TITLES
from kg.model import EntityType

__all__ = ["PRONOUNS", "acronym", "timestamp_length", "untimed", "clean", "fold", "head_word", "initials", "is_generic", "name_key", "person_core",
           "skeleton", "spelling_close", "surname_key", "surnames", "vessel_type"]

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "his", "its", "their", "who", "that", "which"}
_POSSESSIVE_DETS = {"his", "her", "its", "their", "our", "my", "your"}
_ANON = " (anonymous)"

# "08:38 - ", "11.05 GMT: ", "3:15 p.m. —" before a name in live blogs
_TIMESTAMP = re.compile(r"^(?:\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[-–—:|]+\s*)+", re.IGNORECASE)
# "KYIV, Ukraine (Reuters) - " or "MOSCOW — " before a name
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s+")
_STRAY = re.compile(r"[\[\]{}<>|*_#\"“”«»]")
_NAME_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn"}
_POSS = re.compile(r"[’']s?$")


def timestamp_length(s: str) -> int:
    """How many leading characters of `s` are a live-blog timestamp ("14:24 - ", "11.05 GMT: "), 0 if none."""
    m = _TIMESTAMP.match(s)
    return m.end() if m else 0


def untimed(s: str) -> str:
    """`s` without a leading live-blog timestamp: '14:24 - US Defense Secretary' -> 'US Defense Secretary'."""
    return s[timestamp_length(s):]


_LATIN_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae",
                              "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ı": "i", "ð": "d", "Ð": "d"})


def fold(s: str) -> str:
    """`s` in lower case with accents dropped: 'Zelenskyy’s' -> 'zelenskyy’s', 'Stamenković' -> 'stamenkovic',
    'Łódź' -> 'lodz'. Letters of other scripts are kept ('Тюмень' -> 'тюмень'), so that two names written in
    Cyrillic or Devanagari never share the empty key."""
    out = unicodedata.normalize("NFKD", s.translate(_LATIN_EXTRA))
    return "".join(c for c in out if not unicodedata.combining(c)).lower()


def clean(name: str) -> str:
    """`name` without live-blog timestamps, datelines, stray brackets and quotes, leading articles or possessive.

    '08:38 - Russian President Vladimir Putin' -> 'Russian President Vladimir Putin'; 'Vladimir] Putin' -> 'Vladimir Putin'.
    """
    s = _TIMESTAMP.sub("", name.strip())
    s = _DATELINE.sub("", s)
    s = _STRAY.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:-–—(")
    if s.endswith(".") and not re.search(r"(?:\b\w\.)+$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.$", s):
        s = s[:-1].rstrip()  # a sentence's full stop, not the one of "U.S." or "Inc."
    if s.count("(") != s.count(")"):
        s = s.replace("(", " ").replace(")", " ").strip()
    s = _POSS.sub("", s) if re.search(r"\w[’']s?$", s) and not s.endswith("s'") else s.rstrip("’'")
    words = s.split()
    while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def name_key(name: str) -> str:
    """A key equal for names that differ only in case, punctuation, accents or a leading article.

    'U.S.' and 'US', 'UKRAINE' and 'Ukraine', 'J. K. Rowling' and 'JK Rowling' share a key.
    """
    s = fold(clean(name)).replace(".", "").replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    words = re.findall(r"[^\W_]+", s)
    out: list[str] = []
    for w in words:  # join runs of initials: 'j k rowling' -> 'jk rowling'
        if len(w) == 1 and out and len(out[-1]) <= 3 and out[-1].isalpha() and w.isalpha() and out[-1] not in ("the",):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def _is_title(word: str) -> bool:
    w = word.lower().rstrip(",")
    return w in TITLES or w.rstrip(".") in TITLES or w in PERSONAL_TITLES


def person_core(name: str) -> tuple[str, bool]:
    """The personal name inside `name` with titles, roles and their qualifiers dropped, and whether a title was.

    'Dutch Prime Minister Mark Rutte' -> ('Mark Rutte', True); 'PM Rutte' -> ('Rutte', True);
    'Senate President Thomas Rivera Schatz' -> ('Thomas Rivera Schatz', True). A name with no title, or one
    whose remainder is not capitalised words ('President of the Senate'), is returned unchanged.
    """
    words = clean(name).split()
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if w.lower() in ("of", "for"):
            break  # "Minister of Foreign Affairs": what follows "of" is the office's domain, not more title
        if _is_title(w):
            last_title = i
    if last_title < 0:
        return " ".join(words), False
    rest = words[last_title + 1:]
    if rest and rest[0].lower() in ("of", "for") and len(rest) >= 4 and all(_name_word(w) for w in rest[1:]):
        # "First Minister of Scotland Nicola Sturgeon": the office's place, then a two-word name
        tail = rest[-2:]
        if tail[0][:1].islower() and len(rest) >= 5:
            tail = rest[-3:]  # "Bill de Blasio"
        return " ".join(tail), True
    if not rest or not all(_name_word(w) for w in rest) or not rest[-1][:1].isupper() or \
            any(w.lower() in ("of", "for") for w in rest):
        return " ".join(words), False  # (a particle inside the name is the name's: "Sultan Omar bin Rashid")
    return " ".join(rest), True


def _name_word(w: str) -> bool:
    return w[:1].isupper() or w.lower() in _NAME_PARTICLES


def skeleton(word: str) -> str:
    """The consonant skeleton of a transliterated word: its first letter and its consonants, doubles collapsed.

    'Zelenskiy' and 'Zelensky' -> 'zlnsk'; 'Yanukovych' and 'Yanukovich' -> 'ynkvch'; 'Kharkiv' and 'Kharkov' -> 'hrkv';
    'Olexander' and 'Oleksander' -> 'olksndr'.
    """
    w = re.sub(r"[\W\d_]", "", fold(word))
    w = w.replace("kh", "h").replace("ck", "k").replace("j", "y").replace("x", "ks")  # Olexander / Oleksander
    if not w:
        return ""
    out = [w[0]]
    for ch in w[1:]:
        if ch in "aeiouy":
            continue
        if out[-1] != ch:
            out.append(ch)
    return "".join(out)


def acronym(name: str) -> bool:
    """Is `name` an acronym ('FAA', 'N.A.T.O.')?"""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def initials(name: str) -> str:
    """The initials of the capitalised words of `name`: 'Federal Aviation Administration' -> 'FAA'."""
    return "".join(w[0] for w in clean(name).split() if w[:1].isupper()).upper()


def surnames(name: str) -> list[str]:
    """The words of a full name that may stand alone for it: the last, and in a name of three or more
    words the one before it ("Ricardo Rosselló Nevares" -> Nevares, Rosselló), unless that is an initial."""
    words = clean(name).split()
    if not all(_name_word(w) for w in words):
        return []  # "Member of House panel" is a description, not a personal name
    out = words[-1:]
    if len(words) >= 3 and len(words[-2]) > 2 and not words[-2].endswith(".") and words[-2][:1].isupper():
        out.append(words[-2])
    return out


def surname_key(name: str) -> str:
    """The key of a person's surname: its consonant skeleton ('Volodymyr Zelenskiy' and 'Zelensky' agree)."""
    words = clean(name).split()
    return skeleton(words[-1]) if words else ""


def spelling_close(a: str, b: str) -> bool:
    """Are two words spellings of one transliterated name (same skeleton, at most two edits apart)?

    Words under five letters and acronyms must be equal (case and accents aside).
    """
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 5 or a.isupper() or b.isupper():
        return False  # short words and acronyms: "Sun" is not "Son", "PLOS" is not "Pelosi"
    sa = skeleton(fa)
    return sa == skeleton(fb) and Levenshtein.distance(fa, fb) <= 2


def vessel_type(name: str) -> Optional[str]:
    """'MilitaryUnit' for a naval vessel ('USS Donald Cook'), 'Place' for a civilian one ('MV Sewol'), else None."""
    first = name.split()[0].replace(".", "") if name.split() else ""
    if len(name.split()) < 2 or not first.isupper():
        return None  # "My parents", "Ms Obi": a prefix is written in capitals
    if first in NAVAL_VESSEL_PREFIXES:
        return EntityType.MILITARY_UNIT
    if first in CIVIL_VESSEL_PREFIXES:
        return EntityType.PLACE
    return None


def head_word(name: str) -> str:
    """The head word of a name: the last word before 'of', 'for', 'from', 'in' or 'at', else the last word."""
    words = name.split()
    for i, w in enumerate(words):
        if i and w.lower() in ("of", "for", "from", "in", "at", "on", "with", "who"):
            return words[i - 1]
    return words[-1] if words else ""


_COMMON = GROUP_NOUNS | ANONYMOUS_NOUNS | PERSON_ROLE_NOUNS | MILITARY_NOUNS | ORGANISATION_NOUNS


def _common(word: str) -> bool:
    w = word.lower().strip(".,")
    return w in _COMMON or w.rstrip("s") in _COMMON or w[:-2] in _COMMON and w.endswith("es") or w in TITLES


def is_generic(name: str, etype: str = "", surfaces: tuple[str, ...] | set[str] = (), *,
               anonymous: bool = False) -> bool:
    """Is `name` a description ('officials', 'the ministry', "Ukraine's health ministry") rather than a proper name?

    Collective sources (Group), anonymous sources, names led by a possessive pronoun ('his attorney') and names
    whose head word is lower-case in the name or in any of its surfaces are descriptions.
    """
    words = name.split()
    if not words:
        return True
    if anonymous or name.endswith(_ANON) or etype == EntityType.GROUP:
        return True
    if words[0].lower() in _POSSESSIVE_DETS:
        return True
    head = head_word(name)
    if head[:1].islower():
        return True
    if all(_common(w) for w in words):  # "Ministry", "Police", "Senior Officials": capitalised common nouns
        return True
    key = name_key(name)
    for s in surfaces:  # the name itself written with a lower-case head: "the health ministry"
        if name_key(s) == key and head_word(clean(s))[:1].islower():
            return True
    return False



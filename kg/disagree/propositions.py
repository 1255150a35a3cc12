"""Comparing claim frames: is it the same proposition, and do two claims give it opposite values?

Subjects compare by key: a resolved entity, the side (country) a subject names ("Ukrainian
forces", "Kyiv's advance" -> Ukraine), the claimer for "I"/"we"/"our", or a common noun's lemma.
Predicates compare by lemma, WordNet synonyms, hypernyms and derived forms ("involvement" ->
"involve"); they oppose by negation, WordNet antonyms ("win"/"lose", "guilty"/"innocent") or the
few polar pairs WordNet lacks (`kg.lexicon.predicates.POLAR_PAIRS`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.disagree.sides import side_of
from kg.lexicon.predicates import HEDGING_MODALS, POLAR_PAIRS
from kg.lexicon.stems import stem
from kg.lexicon.wordnet import antonyms, hypernyms, related, synonyms
from kg.lexicon.world import country_of
from kg.model import Claim, Frame

__all__ = ["UNRESOLVED", "content_stems", "frames_of", "opposite", "predicate_keys", "same_predicate", "subject_keys"]

UNRESOLVED = "?pronoun"
_FIRST = {"i", "we", "me", "us", "my", "our"}
_POSSESSIVE = {"his", "her", "their", "our", "my", "its"}
_THIRD = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "this", "that", "who"}


def content_stems(s: str) -> set[str]:
    """Content words of `s`, cut to a stem ("management", "managers" -> "manag"); stop words left out."""
    return {stem(w) for w in (x.lower() for x in re.findall(r"[A-Za-z]{4,}", s)) if w not in STOP_WORDS}


def frames_of(c: Claim) -> list[Frame]:
    """A claim's frame and the frames of its coordinated clauses."""
    return [c.frame] + list(c.frame.conjuncts) if c.frame.predicate else []


def subject_keys(c: Claim, f: Frame | None = None) -> frozenset[str]:
    """Keys naming what a claim's frame `f` (its main one by default) is about; empty when it has no subject."""
    f = f or c.frame
    words = f.subject.split()
    if not words or f.subject_head == "there" or words[0].lower() == "there":
        return frozenset()  # "there are laws that ...": an existential names no subject
    low = [w.lower() for w in words]
    keys: set[str] = set()
    if f.subject_id:
        keys.add(f.subject_id)
    if f.subject_head in _FIRST or (low and low[0] in _FIRST):
        keys |= {c.claimer_id, "side:" + side_of(c)}
        return frozenset(keys)
    if low[0] in _POSSESSIVE:  # "his troops", "their plan": in reported speech, the speaker's
        keys.add("side:" + side_of(c))
    for i, w in enumerate(words):
        if i + 1 < len(words) - 1 and words[i + 1] in ("’s", "'s"):
            continue  # a possessor ("Ukraine's backers") is not the subject
        country = country_of(w.removesuffix("’s").removesuffix("'s").strip("’'"))
        if country:
            keys.add("side:" + country)
    if f.subject_head in _THIRD and not keys:
        return frozenset({UNRESOLVED})
    if not keys and f.subject_head:
        keys.add("head:" + f.subject_head)
    return frozenset(keys)


@lru_cache(maxsize=50000)
def _expand(lemma: str, pos: str) -> frozenset[str]:
    out = {lemma} | related(lemma, pos) | synonyms(lemma, pos) | hypernyms(lemma, pos)
    for d in related(lemma, pos):  # "involvement" -> "involve" -> its synonyms
        out |= synonyms(d, "v")
    return frozenset(out)


def predicate_keys(c: Claim, f: Frame | None = None) -> frozenset[str]:
    """The lemma a frame's predicate is indexed under, and its complement's (for 'be')."""
    f = f or c.frame
    keys = {f.predicate} if f.predicate and f.predicate != "be" else set()
    if f.complement:
        keys.add(f.complement)
    return frozenset(keys)


def same_predicate(a: str, pa: str, b: str, pb: str) -> bool:
    """Whether two predicate lemmas say the same thing (equal, synonyms, one a kind of the other, derived)."""
    if a == b:
        return True
    return b in _expand(a, pa or "v") or a in _expand(b, pb or "v")


def _antonymous(a: str, pa: str, b: str, pb: str) -> bool:
    if frozenset({a, b}) in POLAR_PAIRS:
        return True
    for x, px, y, py in ((a, pa, b, pb), (b, pb, a, pa)):
        for pos in {px or "v", "v", "a"}:
            ants = antonyms(x, pos)
            if y in ants or any(y in related(t, pos) for t in ants):
                return True
    return False


def opposite(fa: Frame, fb: Frame) -> str | None:
    """How frames `fa` and `fb` give one proposition opposite values, or None.

    Assumes their subjects already match. Hedged claims ("could", "may") oppose nothing.
    """
    if fa.modality in HEDGING_MODALS or fb.modality in HEDGING_MODALS:
        return None
    if {fa.tense, fb.tense} == {"past", "future"}:
        return None  # "she has never sung in Vienna" and "she will sing there in May": two times
    pa = fa.complement or fa.predicate
    pb = fb.complement or fb.predicate
    if not pa or not pb or pa == "be" or pb == "be" or not (pa[:1].isalpha() and pb[:1].isalpha()):
        return None  # a misparsed apostrophe or figure is no predicate
    posa = "a" if fa.complement else fa.pos
    posb = "a" if fb.complement else fb.pos
    if same_predicate(pa, posa, pb, posb):
        if fa.negated != fb.negated:
            return f"“{pa}” {'denied' if fa.negated else 'affirmed'} and {'denied' if fb.negated else 'affirmed'}"
        return None
    if fa.negated == fb.negated and _antonymous(pa, posa, pb, posb):
        return f"“{pa}” against “{pb}”"
    return None

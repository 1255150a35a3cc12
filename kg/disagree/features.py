"""What a person weighs when asking whether two claims disagree, as numbers for the scorer.

The rules' own signals (which rule linked the pair, and how), what the rebuttal points at (a reference noun
against the kind of claim: "the accusations" answers an accusation), how close in meaning the rejected proposition
is to the candidate (MiniLM embeddings, `kg.disagree.meaning`), shared entities and subjects, negation and WordNet
antonyms, figures of one measure, distance in the text, and sides.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict

import numpy as np

from kg.disagree.candidates import Candidate, has_figure, negative
from kg.disagree.explicit import _CLAIM_NOUNS, _calls_false, _common_stems, _said_clause, rejects
from kg.disagree.numeric import _conflict
from kg.disagree.propositions import UNRESOLVED, content_stems, opposite, subject_keys
from kg.disagree.sides import opposed, side_of
from kg.lexicon.stems import stem
from kg.lexicon.wordnet import antonyms
from kg.model import Claim, Polarity

__all__ = ["FEATURES", "features", "proposition_of"]

FEATURES = [
    "rule_explicit", "rule_reference", "rule_restated", "rule_topic", "rule_contradiction", "rule_juxtaposed",
    "rule_numeric", "window", "measure", "rule_negated", "rule_figures",
    "b_rejects", "b_cue_rejects", "a_rejects", "ref_noun", "ref_kind_match",
    "sim", "sim_best", "sim_gap", "sim_content",
    "shared_entities", "shared_subject", "stem_jaccard", "shared_stems",
    "negation_differs", "opposite", "same_unit_figures", "figures_conflict",
    "same_article", "distance", "same_sentence", "b_after_a",
    "opposed", "known_sides", "b_names_a_claimer", "a_proposition", "a_words",
    "negative_differs", "matter_shared", "antonym_words", "figures_differ", "b_calls_false", "nearest_for_b",
    "a_alleges",
]

_REF = re.compile(rf"\b(?:these|those|the|that|this|such|his|her|their|its|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’-]+\s+)?"
                  rf"(?P<noun>{_CLAIM_NOUNS})\b", re.IGNORECASE)
# what kind of claim a reference noun answers: the stems of the cues that make such a claim
_KIND = {"accus": {"accus", "charg", "blame"}, "alleg": {"alleg", "accus", "charg"}, "charg": {"charg", "accus"},
         "claim": {"claim", "said", "say", "says", "insis", "asser"}, "repor": {"repor", "publi", "wrote", "write"},
         "estim": {"estim", "put", "count"}, "figur": {"estim", "put", "count"}, "state": {"said", "state", "decla"},
         "remar": {"said", "remar", "told", "say"}, "comme": {"said", "comme", "told", "say"},
         "sugge": {"sugge", "hinte", "impli"}, "findi": {"found", "concl"}, "concl": {"found", "concl"},
         "assert": {"asser", "insis", "claim"}}


def proposition_of(c: Claim) -> str:
    """What a claim holds true, or for a rejection what it says is false when it spells it out."""
    if rejects(c):
        said = _said_clause(c)
        if said:
            return said
        if c.frame.target and len(c.frame.target.split()) >= 3:
            return c.frame.target
    return c.content


def _ref_noun(b: Claim) -> str:
    m = _REF.search(b.content) or (_REF.search(b.sentence) if rejects(b) else None)
    return stem(m.group("noun")) if m else ""


def _figures(a: Claim, b: Claim) -> tuple[float, float]:
    same = conflict = 0.0
    for qa in a.quantities:
        for qb in b.quantities:
            if (qa.unit, qa.measure) == (qb.unit, qb.measure):
                same = 1.0
                if _conflict(qa, qb):
                    conflict = 1.0
    return same, conflict


def _names(b: Claim, a: Claim) -> bool:
    last = a.claimer.split()[-1] if a.claimer.split() else ""
    return len(last) > 2 and re.search(rf"\b{re.escape(last)}\b", b.sentence) is not None and \
        a.claimer_mention not in ("he", "she", "they", "it")


_ALLEGING = re.compile(r"^(?:alleg|accus|claim|charg|suggest|insist|assert|blam)", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.]*")
_LOWER = re.compile(r"\b[a-z]{3,}\b")


def _numbers(c: Claim) -> set[str]:
    return {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(c.content)}


def _antonymous(a: Claim, b: Claim) -> bool:
    """A word of one whose WordNet antonym is a word of the other ("win" / "lose", "legal" / "illegal")."""
    wa = set(_LOWER.findall(a.content)[:30]) | {a.frame.predicate, a.frame.complement} - {""}
    wb = set(_LOWER.findall(b.content)[:30]) | {b.frame.predicate, b.frame.complement} - {""}
    for w in wa:
        if any(antonyms(w, pos) & wb for pos in ("v", "a", "n")):
            return True
    return False


def _meaning_row(r, col: dict[str, int], a: Claim, b: Claim) -> None:
    """The features of the counterpart rules: negation, shared matter, antonyms, differing figures."""
    r[col["negative_differs"]] = negative(a) != negative(b)
    r[col["matter_shared"]] = min(5, len(_common_stems(a.content) & _common_stems(proposition_of(b))))
    r[col["antonym_words"]] = _antonymous(a, b)
    na, nb = _numbers(a), _numbers(b)
    r[col["figures_differ"]] = has_figure(a) and has_figure(b) and bool(na) and bool(nb) and not na & nb
    r[col["b_calls_false"]] = _calls_false(b)


def features(cands: list[Candidate], vectors: dict[str, np.ndarray]) -> np.ndarray:
    """One row of FEATURES per candidate. `vectors` maps a claim id to its content's embedding, and
    "p:" + id to a rejection's proposition's (when it differs)."""
    rows = np.zeros((len(cands), len(FEATURES)), dtype=np.float64)
    col = {f: i for i, f in enumerate(FEATURES)}
    sims = []
    for c in cands:
        va, vb = vectors.get(c.a.id), vectors.get("p:" + c.b.id, vectors.get(c.b.id))
        sims.append(float(va @ vb) if va is not None and vb is not None else 0.0)
    best: dict[str, float] = defaultdict(lambda: -1.0)
    near: dict[str, int] = {}
    for c, s in zip(cands, sims):
        best[c.b.id] = max(best[c.b.id], s)
        if c.a.article == c.b.article:
            near[c.b.id] = min(near.get(c.b.id, 10**9), abs(c.b.start - c.a.start))
    for i, (c, s) in enumerate(zip(cands, sims)):
        a, b, r = c.a, c.b, rows[i]
        for k, v in c.signals.items():
            if k in col:
                r[col[k]] = v
        r[col["b_rejects"]] = rejects(b)
        r[col["b_cue_rejects"]] = b.polarity == Polarity.DISPUTES
        r[col["a_rejects"]] = rejects(a)
        noun = _ref_noun(b)
        r[col["ref_noun"]] = bool(noun)
        cue = stem(a.cue)
        r[col["ref_kind_match"]] = bool(noun) and (cue in _KIND.get(noun, {noun}) or
                                                   noun in ("estim", "figur") and bool(a.quantities))
        r[col["sim"]] = s
        r[col["sim_best"]] = s >= best[b.id] - 1e-9
        r[col["sim_gap"]] = s - best[b.id]
        va, vb = vectors.get(a.id), vectors.get(b.id)
        r[col["sim_content"]] = float(va @ vb) if va is not None and vb is not None else 0.0
        r[col["shared_entities"]] = min(3, len(set(a.about) & set(b.about)))
        r[col["shared_subject"]] = bool((subject_keys(a) & subject_keys(b)) - {UNRESOLVED})
        sa, sb = content_stems(a.content), content_stems(proposition_of(b))
        r[col["stem_jaccard"]] = len(sa & sb) / max(1, len(sa | sb))
        r[col["shared_stems"]] = min(5, len(sa & sb))
        r[col["negation_differs"]] = a.frame.negated != b.frame.negated
        r[col["opposite"]] = bool(a.frame.predicate and b.frame.predicate and opposite(a.frame, b.frame))
        r[col["same_unit_figures"]], r[col["figures_conflict"]] = _figures(a, b)
        same = a.article == b.article
        r[col["same_article"]] = same
        r[col["distance"]] = math.log1p(abs(b.start - a.start)) / 10 if same else 1.0
        r[col["same_sentence"]] = same and a.sentence_start == b.sentence_start
        r[col["b_after_a"]] = not same or b.start > a.start
        r[col["opposed"]] = opposed(a, b)
        r[col["known_sides"]] = side_of(a) != a.claimer and side_of(b) != b.claimer
        r[col["b_names_a_claimer"]] = _names(b, a)
        r[col["a_proposition"]] = a.frame.pos in ("VERB", "AUX") or bool(a.frame.complement or a.frame.via)
        r[col["a_words"]] = math.log1p(len(a.content.split())) / 4
        _meaning_row(r, col, a, b)
        r[col["nearest_for_b"]] = same and abs(b.start - a.start) == near.get(b.id)
        r[col["a_alleges"]] = _ALLEGING.match(a.cue) is not None
    return rows

"""Contradictions: two claims give one proposition opposite values, without an explicit denial.

Candidates are looked up by key, never by comparing all pairs: each claim's frame is filed under
(subject key, predicate lemma); a claim looks up the keys of its predicate's synonyms, derived
forms and antonyms. Two claims contradict when their claimers are on different sides, their
subjects match, their objects do not differ, and the predicate is affirmed by one and denied by the
other, or they use antonyms. Across articles the subject must be a named entity or side and the
articles close in time. A journalist's own contrast ("X said A, though Y said B") links two claims
of opposed sides in one sentence. Paragraph breaks are never read.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from kg.disagree.propositions import (UNRESOLVED, _expand, content_stems, frames_of, opposite, predicate_keys,
                                      same_predicate, subject_keys)
from kg.disagree.sides import opposed, side_of
from kg.lexicon.predicates import (CONTRAST_MARKERS, GENERIC_PREDICATES, HEDGING_MODALS, MENTAL_PREDICATES, POLAR_PAIRS,
                                   POLL_CLAIMER)
from kg.lexicon.wordnet import antonyms, related
from kg.ids import dispute_id
from kg.model import Claim, Dispute, DisputeKind, Frame, Polarity

__all__ = ["contradictions", "juxtaposed"]

_MAX_BUCKET = 300
_FILLER = {"this", "that", "these", "those", "their", "there", "what", "which", "with", "from", "about", "some"}
_DAYS = 7
_SURE = 0.75  # the score of a match whose subjects resolve to the same thing


def _one_word(fa: Frame, fb: Frame) -> bool:
    """The very same predicate, or a form of it ("involved" / "involvement"), not a kind of it ("wait" is a way to
    "act") nor its antonym."""
    pa, pb = fa.complement or fa.predicate, fb.complement or fb.predicate
    return pa == pb or any(pb in related(pa, pos) or pa in related(pb, pos) for pos in ("v", "n", "a"))


def _patient_pairs(usable: list[Claim]) -> list[tuple[Claim, Claim, str]]:
    """A passive clause against an active one done to the same thing, in one article, one affirmed and the other
    denied: "the rebels have not been defeated" / "the army defeated the rebels"; looked up by (article, patient)."""
    done_to: dict[tuple[str, str], list[tuple[Claim, Frame]]] = defaultdict(list)
    for c in usable:
        for f in frames_of(c):
            head = f.subject_head if f.passive else f.object_head
            if head and head not in _FILLER and f.predicate not in GENERIC_PREDICATES and not f.complement \
                    and f.subject:  # an order ("don't shoot him") asserts nothing
                done_to[(c.article, head)].append((c, f))
    out = []
    for group in done_to.values():
        if len(group) > _MAX_BUCKET:
            continue
        for x, fx in group:
            if not fx.passive:
                continue
            for y, fy in group:
                if fy.passive or x.id == y.id or not opposed(x, y) or fx.negated == fy.negated or \
                        {fx.tense, fy.tense} == {"past", "future"} or fx.modality in HEDGING_MODALS or \
                        fy.modality in HEDGING_MODALS or not same_predicate(fx.predicate, "v", fy.predicate, "v"):
                    continue
                a, b = (x, y) if x.start < y.start else (y, x)
                first_denies = fx.negated if a is x else fy.negated
                how = ("denied", "affirmed") if first_denies else ("affirmed", "denied")
                out.append((a, b, f"“{fx.predicate}” ({fx.subject_head}) {how[0]} and {how[1]}"))
    return out


def _poll(c: Claim) -> bool:
    """A poll's finding or a share of its respondents ("one in three", "polls"): figures, not a side."""
    return bool(POLL_CLAIMER.match(c.claimer))


def _close_in_time(a: Claim, b: Claim) -> bool:
    if not a.date or not b.date:
        return True
    try:
        return abs((date.fromisoformat(a.date[:10]) - date.fromisoformat(b.date[:10])).days) <= _DAYS
    except ValueError:
        return True


def _objects_agree(fa: Frame, fb: Frame, strict: bool) -> bool:
    oa, ob = fa.object_head, fb.object_head
    if not oa or not ob:
        return not strict
    if oa == ob or ob in _expand(oa, "n") or oa in _expand(ob, "n"):
        return True
    # "the budget and his pledge" / "our schools and budget": a noun they share that heads one of them (not "party"
    # in "the history of the club" and "a sale of the club")
    wa, wb = (set(re.findall(r"[a-z]{4,}", f.object.lower())) - _FILLER for f in (fa, fb))
    return bool(wa & wb & {oa, ob})


def _say(c: Claim) -> str:
    return f"{c.claimer} says “{c.content[:110]}{'…' if len(c.content) > 110 else ''}”"


def _dispute(a: Claim, b: Claim, why: str, score: float) -> Dispute:
    return Dispute(id=dispute_id(a.id, b.id), a=a.id, b=b.id, kind=DisputeKind.CONTRADICTION, score=round(score, 2),
                   reason=f"{_say(b)}; {_say(a)} ({why})")


def _lookup_lemmas(c: Claim, f: Frame) -> set[str]:
    out: set[str] = set()
    pos = "a" if f.complement else f.pos
    for p in predicate_keys(c, f):
        out |= _expand(p, pos) | antonyms(p, pos) | antonyms(p, "v") | {p}
        out |= {w for pair in POLAR_PAIRS if p in pair for w in pair}
    return out


def _match(a: Claim, fa: Frame, b: Claim, fb: Frame) -> tuple[str, float] | None:
    """Why frame `fa` of `a` and `fb` of `b` contradict, with a score, or None."""
    ka, kb = subject_keys(a, fa), subject_keys(b, fb)
    if (not ka or not kb) and a.article == b.article and abs(a.start - b.start) <= 1500 and (ka | kb) <= {UNRESOLVED}:
        # a subjectless clause ("accused her of being asleep") against a pronoun's: only antonym complements link them
        why = opposite(fa, fb) if fa.complement and fb.complement else None
        return (why, 0.6) if why and "against" in why else None
    if not ka or not kb or fa.predicate in GENERIC_PREDICATES and not (fa.complement or fa.via) \
            or fb.predicate in GENERIC_PREDICATES and not (fb.complement or fb.via):
        return None
    shared = (ka & kb) - {UNRESOLVED}
    if (fa.predicate in MENTAL_PREDICATES or fb.predicate in MENTAL_PREDICATES) and \
            not (fa.subject_id and fa.subject_id == fb.subject_id):
        return None  # "I don't know the coach" / "they know the valley": two minds, unless one named person's
    if a.article != b.article:
        if not any(not k.startswith("head:") and k != UNRESOLVED for k in shared) or not _close_in_time(a, b) \
                or not _objects_agree(fa, fb, strict=True):
            return None
    elif not shared:
        if UNRESOLVED not in (ka | kb) or ka == kb or abs(a.start - b.start) > 1500 or \
                not _objects_agree(fa, fb, strict=False):
            return None  # an unresolved "he" or "they" may be anyone nearby: not with another object
        why = opposite(fa, fb)
        return (why, 0.6) if why and _one_word(fa, fb) else None
    elif not _objects_agree(fa, fb, strict=False):
        return None
    why = opposite(fa, fb)
    if why is None:
        return None
    return (why + (", in different articles" if a.article != b.article else ""), _SURE if shared else 0.6)


def contradictions(claims: list[Claim]) -> list[Dispute]:
    """Contradicting claim pairs, within and across articles (see the module docstring).

    Within an article each claim keeps its nearest contradiction: a reply answers the statement next to it.
    """
    usable = [c for c in claims if c.polarity == Polarity.ASSERTS and c.frame.predicate and not c.frame.rejects
              and not _poll(c)]  # a rejection ("your figures are false") is explicit, not a contradiction
    index: dict[tuple[str, str], list[tuple[Claim, Frame]]] = defaultdict(list)
    for c in usable:
        for f in frames_of(c):
            for s in subject_keys(c, f) | {"doc:" + c.article}:
                for p in predicate_keys(c, f):
                    index[(s, p)].append((c, f))
    found: dict[tuple[str, str], tuple[float, int, Dispute, str, str]] = {}
    for a, b, why in _patient_pairs(usable):  # "the bill was not passed" / "the senate passed the bill"
        found[(a.id, b.id)] = (0.6, abs(b.start - a.start), _dispute(a, b, why, 0.6), a.article, b.article)
    for b in usable:
        for fb in frames_of(b):
            for s in subject_keys(b, fb) | {"doc:" + b.article}:
                for p in _lookup_lemmas(b, fb):
                    bucket = index.get((s, p), ())
                    if len(bucket) > _MAX_BUCKET:
                        continue
                    for a, fa in bucket:
                        if (a.date or "", a.article, a.start) >= (b.date or "", b.article, b.start):
                            continue  # each pair once, the earlier claim as `a`
                        if (a.id, b.id) in found or not opposed(a, b):
                            continue
                        m = _match(a, fa, b, fb)
                        if m is None:
                            continue
                        # across articles, earlier statements first (a lead states what the story is about)
                        dist = abs(b.start - a.start) if a.article == b.article else 10**9 + a.start + b.start
                        found[(a.id, b.id)] = (m[1], dist, _dispute(a, b, m[0], m[1]), a.article, b.article)
    out, used = [], set()
    for (aid, bid), (score, dist, d, a_art, b_art) in sorted(found.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0])):
        if dist < 10**9 and ((aid, "b") in used or (bid, "a") in used):
            continue  # within an article, one contradiction per claim and direction: the nearest
        if dist < 10**9 and score < _SURE and (aid in used or bid in used):
            continue  # a weaker match (an unresolved "he") links a claim to its nearest counterpart only
        if dist >= 10**9 and ((aid, b_art) in used or (bid, a_art) in used):
            continue  # across articles, one per claim and other article: its first statement of the matter
        used |= {(aid, "b"), (bid, "a"), (aid, b_art), (bid, a_art), aid, bid}
        out.append(d)
    return out + juxtaposed(claims, skip=set(found))


def _known_side(c: Claim) -> bool:
    """Whether a claim's side is a camp or country, not just its claimer."""
    return side_of(c) != c.claimer


def _contrast_between(a: Claim, b: Claim) -> str | None:
    """A contrast word of the sentence between the end of `a`'s content and `b`'s content."""
    lo, hi = sorted((a.end, b.start))[0], max(a.end, b.start)
    if b.start < a.end:
        lo, hi = b.end, a.start
    text = a.sentence
    rel = text[max(0, lo - a.sentence_start): max(0, hi - a.sentence_start)].lower()
    words = {w.strip(",;:.\"“”") for w in rel.split()}
    found = words & CONTRAST_MARKERS
    return sorted(found)[0] if found else None


def juxtaposed(claims: list[Claim], *, skip: set | None = None) -> list[Dispute]:
    """Claims of opposed sides that the journalist sets against each other in one sentence."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.polarity == Polarity.ASSERTS and not c.frame.rejects:
            by_sentence[(c.article, c.sentence_start)].append(c)
    out = []
    for group in by_sentence.values():
        group.sort(key=lambda c: c.start)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a.id, b.id) in (skip or ()) or not opposed(a, b) or b.start < a.end:
                    continue
                if not (subject_keys(a) and subject_keys(b)) or len(b.content.split()) < 4 or _poll(a) or _poll(b):
                    continue  # a fragment ("to chip in") is no statement to set against another
                shared = content_stems(a.content) & content_stems(b.content) or \
                    (subject_keys(a) & subject_keys(b)) - {UNRESOLVED}
                if not shared and not (_known_side(a) and _known_side(b)):
                    # "A, though B" of two matters ("the firm paid no tax, though it gave $500 to a school"), unless
                    # two countries or camps are set against each other
                    continue
                marker = _contrast_between(a, b)
                if marker is None:
                    continue
                out.append(_dispute(a, b, f"set against each other with “{marker}” in one sentence", 0.6))
    return out

"""Disagreement: explicit disputes, numeric conflicts, contradictions; syndication and corroboration."""
from __future__ import annotations

import re

from kg.disagree.candidates import Candidate, CandidateRule, candidates, distinct
from kg.disagree.contradiction import contradictions, juxtaposed
from kg.disagree.explicit import explicit_disputes, rejects
from kg.disagree.features import FEATURES, features, proposition_of
from kg.disagree.meaning import embed
from kg.disagree.numeric import numeric_disputes
from kg.disagree.propositions import content_stems
from kg.disagree.scorer import ScorerRule, load
from kg.disagree.syndication import citations, claim_clusters, stories
from kg.ids import dispute_id
from kg.model import Claim, Dispute, Polarity
from kg.rules import stamp
from kg.disagree.sides import same_speaker

__all__ = ["citations", "claim_clusters", "contradictions", "explicit_disputes", "find_disputes", "juxtaposed",
           "numeric_disputes", "pair_rows", "propagate", "rejects", "sound", "stories"]

MIN_SCORE = 0.5  # disputes by an entity named only in the text (b is None): the rule's own score
PER_CLAIM = 3
PER_REBUTTAL = 2
_MIN_PROPOSITION_WORDS = 4  # "climate change", "the deal": a topic, not something that can be false
_ACCUSING = re.compile(r"^(?:alleg|accus|blam|claim)", re.IGNORECASE)  # "alleged Iranian involvement": Iran was involved


def _owned(a: Claim, b: Claim) -> bool:
    """Whether `b` names `a`'s claimer as the owner of what it rejects: "Rubio's claim that ... is not true"."""
    last = a.claimer.split()[-1] if a.claimer.split() else ""
    return bool(last) and re.search(rf"\b{re.escape(last)}['’]s?\s", b.content) is not None


_PERSONS = {"me", "us", "him", "you", "myself", "himself", "herself", "themselves"}


def _not_rejecting(b: Claim) -> bool:
    """A rejection that is itself denied ("did not deny the suggestion") or rejects a person ("his family rejected
    him"): it disputes no statement."""
    if b.cue and re.search(rf"\b(?:not|n['’]t|never)\s+(?:\w+ly\s+)?{re.escape(b.cue)}\b", b.sentence, re.IGNORECASE):
        return True
    target = (b.frame.target or b.content).strip().lower()
    return b.polarity == Polarity.DISPUTES and target in _PERSONS


def sound(d: Dispute, by_id: dict[str, Claim]) -> bool:
    """A dispute a person would accept: nobody disputes themselves (nor their own denial), a rejection is one (not
    "did not deny", not "rejected me"), and what is disputed is a proposition.

    Precision comes first, so these hold whatever rule found the dispute.
    """
    a = by_id.get(d.a)
    if a is None:
        return False
    b = by_id.get(d.b) if d.b else None
    if b is None and d.claimer_id is not None and d.claimer_id == a.claimer_id:
        return False  # a denial of what nobody here asserted: the claim's own polarity says so
    if b is not None and same_speaker(a, b):
        return False
    if b is not None and _not_rejecting(b):
        return False
    if b is not None and a.article == b.article and a.start < b.end and b.start < a.end and not _owned(a, b):
        return False  # one claim inside the other ("she said critics question Z" and the critics' "Z"): one statement
    return b is None or _proposition(a)


def _proposition(a: Claim) -> bool:
    """Whether a claim says something that can be false: four words or more, or a short clause ("Navalny was
    poisoned", "190 were dead"), or what an accusation names ("alleged Iranian involvement", "claimed the attack":
    that someone did it); a bare topic ("climate change", "the deal") is not."""
    words = len(a.content.split())
    return words >= _MIN_PROPOSITION_WORDS or bool(a.quantities and a.frame.predicate) or \
        words >= 3 and a.frame.pos in ("VERB", "AUX") and bool(a.frame.subject) or _ACCUSING.match(a.cue) is not None


def _same_claim_keys(c: Claim) -> list[tuple]:
    """Keys under which two occurrences are the same claim: one cluster, or one claimer saying one frame."""
    keys: list[tuple] = [("cluster", c.cluster)] if c.cluster else []
    f = c.frame
    if f.predicate and f.predicate != "be":
        keys.append(("frame", c.claimer_id, f.predicate, f.complement, f.negated, f.object_head))
    return keys


def propagate(disputes: list[Dispute], claims: list[Claim]) -> list[Dispute]:
    """A dispute between two claims holds wherever both are carried together: copies of the pair in another article.

    Looked up by key: the claim cluster (the same words carried by several articles) or the same claimer saying the
    same frame, so cost follows the size of those groups.
    """
    by_id = {c.id: c for c in claims}
    members: dict[tuple, list[Claim]] = {}
    for c in claims:
        for key in _same_claim_keys(c):
            members.setdefault(key, []).append(c)
    out = []
    for d in disputes:
        a, b = by_id.get(d.a), by_id.get(d.b) if d.b else None
        if a is None or b is None:
            continue
        docs_b: dict[str, dict[str, Claim]] = {}
        for key in _same_claim_keys(b):
            for y in members.get(key, ()):
                docs_b.setdefault(y.article, {})[y.id] = y
        xs = {x.id: x for key in _same_claim_keys(a) for x in members.get(key, ())}
        for x in xs.values():
            for y in docs_b.get(x.article, {}).values():
                if (x.id, y.id) == (a.id, b.id) or x.claimer_id == y.claimer_id:
                    continue
                out.append(d.model_copy(update={
                    "id": dispute_id(x.id, y.id), "a": x.id, "b": y.id, "score": round(d.score * 0.9, 2),
                    "reason": d.reason + f" (the same two claims as in {a.doc})",
                    "rule": stamp(("candidate", CandidateRule.COPIED),
                                  ("scorer", f"{ScorerRule.LOGISTIC} p={d.score:.2f}"))}))
    return out


def pair_rows(claims: list[Claim], context: dict[str, str] | None = None):
    """Stage 1 and the scorer's inputs: the candidate pairs among `claims`, their feature rows (columns
    `kg.disagree.features.FEATURES`), and the disputes by an entity named only in the text (b is None)."""
    cands, by_entity = candidates(claims, context)
    ids: dict[str, str] = {}
    for c in cands:
        ids.setdefault(c.a.id, c.a.content)
        ids.setdefault(c.b.id, c.b.content)
        prop = proposition_of(c.b)
        if prop != c.b.content:
            ids.setdefault("p:" + c.b.id, prop)
    keys = sorted(ids)
    vecs = embed([ids[k] for k in keys]) if keys else []
    vectors = dict(zip(keys, vecs))
    return cands, features(cands, vectors), by_entity


def _reason(c: Candidate, p: float, row) -> str:
    if c.reason:
        return c.reason
    col = {f: i for i, f in enumerate(FEATURES)}
    shared = sorted(content_stems(c.a.content) & content_stems(proposition_of(c.b)))[:4]
    why = f"close in meaning ({row[col['sim']]:.2f})" + (f", sharing {', '.join(shared)}" if shared else "")
    return (f"{c.b.claimer} {c.b.cue} “{c.b.content[:100]}”; {c.a.claimer} says “{c.a.content[:110]}” ({why})")


def find_disputes(claims: list[Claim], *, context: dict[str, str] | None = None, model: str | None = None,
                  min_score: float | None = None) -> list[Dispute]:
    """Every dispute among `claims` whose probability (the scorer's, `model` or the shipped one) is at least
    `min_score` (default: the model's threshold, chosen for precision), one per linked pair.

    `context` maps a claim id to the text around it (its sentence and the next), where numeric comparison phrases
    ("less than half the ministry's estimate") are looked for. A claim takes part in at most PER_CLAIM disputes, a
    rejection answers at most PER_REBUTTAL claims: the likeliest.
    """
    scorer = load(model)
    floor = scorer.threshold if min_score is None else min_score
    by_id = {c.id: c for c in claims}
    cands, rows, by_entity = pair_rows(claims, context)
    probs = scorer.probability(rows, FEATURES) if len(cands) else []
    ranked = sorted(((float(p), c, row) for p, c, row in zip(probs, cands, rows) if p >= floor),
                    key=lambda t: (-t[0], t[1].a.id, t[1].b.id))
    taken: dict[str, int] = {}
    answered: dict[str, int] = {}
    kept: list[Dispute] = []
    for p, c, row in ranked:
        d = Dispute(id=dispute_id(c.a.id, c.b.id), a=c.a.id, b=c.b.id, kind=c.kind, score=round(p, 3),
                    reason=_reason(c, p, row),
                    rule=stamp(("candidate", c.rule or CandidateRule.REBUTTAL),
                               ("scorer", f"{ScorerRule.LOGISTIC} p={p:.2f}")))
        if not sound(d, by_id):
            continue
        if taken.get(c.a.id, 0) >= PER_CLAIM or taken.get(c.b.id, 0) >= PER_CLAIM:
            continue
        if rejects(c.b) and answered.get(c.b.id, 0) >= PER_REBUTTAL:
            continue
        taken[c.a.id] = taken.get(c.a.id, 0) + 1
        taken[c.b.id] = taken.get(c.b.id, 0) + 1
        answered[c.b.id] = answered.get(c.b.id, 0) + 1
        kept.append(d)
    out: dict[frozenset, Dispute] = {}
    reps, _ = distinct(claims)
    for d in kept + propagate(kept, reps) + by_entity:
        if d.b is None and d.score < MIN_SCORE:
            continue
        if sound(d, by_id):
            out.setdefault(frozenset((d.a, d.b or f"entity:{d.claimer}")), d)
    return sorted(out.values(), key=lambda d: d.id)

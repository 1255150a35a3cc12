"""Disagreement: explicit disputes, numeric conflicts, contradictions; syndication and corroboration."""
from __future__ import annotations

import re

from kg.disagree.contradiction import contradictions, juxtaposed
from kg.disagree.explicit import explicit_disputes, rejects
from kg.disagree.numeric import numeric_disputes
from kg.disagree.syndication import citations, claim_clusters, stories
from kg.ids import dispute_id
from kg.model import Claim, Dispute
from kg.disagree.sides import same_speaker

__all__ = ["citations", "claim_clusters", "contradictions", "explicit_disputes", "find_disputes", "juxtaposed",
           "numeric_disputes", "propagate", "rejects", "sound", "stories"]

MIN_SCORE = 0.5
_MIN_PROPOSITION_WORDS = 4  # "climate change", "the deal": a topic, not something that can be false


def _owned(a: Claim, b: Claim) -> bool:
    """Whether `b` names `a`'s claimer as the owner of what it rejects: "Rubio's claim that ... is not true"."""
    last = a.claimer.split()[-1] if a.claimer.split() else ""
    return bool(last) and re.search(rf"\b{re.escape(last)}['’]s?\s", b.content) is not None


def sound(d: Dispute, by_id: dict[str, Claim]) -> bool:
    """A dispute a person would accept: nobody disputes themselves (nor their own denial), and what is disputed
    is a proposition.

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
    if b is not None and a.article == b.article and a.start < b.end and b.start < a.end and not _owned(a, b):
        return False  # one claim inside the other ("she said critics question Z" and the critics' "Z"): one statement
    return b is None or len(a.content.split()) >= _MIN_PROPOSITION_WORDS or bool(a.quantities and a.frame.predicate)
    # ("190 were dead" is short, and a proposition)


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
                    "reason": d.reason + f" (the same two claims as in {a.doc})"}))
    return out


def find_disputes(claims: list[Claim], *, context: dict[str, str] | None = None) -> list[Dispute]:
    """Every dispute among `claims` scoring at least MIN_SCORE, one per linked pair (explicit, numeric, contradiction).

    `context` maps a claim id to the text around it (its sentence and the next), where numeric comparison phrases
    ("less than half Moscow's estimate") are looked for.
    """
    out: dict[frozenset, Dispute] = {}
    by_id = {c.id: c for c in claims}
    found = explicit_disputes(claims) + numeric_disputes(claims, context) + contradictions(claims)
    for d in found + propagate(found, claims):
        key = frozenset((d.a, d.b or f"entity:{d.claimer}"))
        if d.score >= MIN_SCORE and sound(d, by_id):
            out.setdefault(key, d)
    return sorted(out.values(), key=lambda d: d.id)

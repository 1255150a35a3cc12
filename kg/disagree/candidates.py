"""Stage 1 of disagreement: candidate pairs, by rules, for high recall; the scorer (`kg.disagree.scorer`) decides.

Every candidate is found by key, never by comparing all pairs, and each claim gives a bounded number:
- the rules (`explicit`, `numeric`, `contradiction`): what they link, with how, as signals for the scorer;
- a rebuttal's neighbours: the nearest claims of other speakers before it (and a few after) in its article;
- the same measure: figures of one unit and measure in one article, from opposed sides, nearest first (not
  two polls: they measure two things).
Wider nets were measured and left out: each claim's three nearest claims of an opposed side, and claims of opposed
sides about one entity or subject, gave 3,900 more candidates holding 40 more disputes (1%), and the scorer,
trained with them, lost precision (.87 -> .60 out of fold) without finding more (see kg/data/DISPUTES-MODEL.md).
Identical or near-identical claims of one speaker in one article (a paragraph pasted twice) are one claim before
pairing: only the first is paired, so a repetitive article costs what its distinct claims cost.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from kg.disagree.contradiction import contradictions
from kg.disagree.explicit import explicit_disputes, rejects
from kg.disagree.numeric import _POLL, numeric_disputes
from kg.disagree.sides import opposed, same_speaker, speaker_key
from kg.lexicon.predicates import POLL_CLAIMER
from kg.model import Claim, Dispute, DisputeKind

__all__ = ["Candidate", "candidates", "distinct"]

BEFORE = 10  # a rebuttal's nearest earlier claims of other speakers
AFTER = 2  # and the next ones (a lead may deny before the charge is told)
WINDOW = 4000  # characters
AFTER_WINDOW = 800
MEASURE = 3  # a figure's nearest earlier figures of the same measure from an opposed side
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Candidate:
    """A pair that may be a dispute: `a` the disputed claim, `b` the disputing one, with what found it."""

    a: Claim
    b: Claim
    kind: str
    signals: dict[str, float] = field(default_factory=dict)
    reason: str = ""


def _near_key(c: Claim) -> tuple:
    """The same claim, near enough: one speaker, one article, the same first words (figures and case aside)."""
    words = [w for w in _WORD.findall(c.content.lower()) if not w.isdigit()]
    return c.article, speaker_key(c), tuple(words[:20])


def distinct(claims: list[Claim]) -> tuple[list[Claim], dict[str, str]]:
    """The claims that are paired (one per near-identical group, the first in the text), and copy id -> kept id."""
    kept: dict[tuple, Claim] = {}
    copy_of: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.article, c.start, c.id)):
        k = _near_key(c)
        if k in kept:
            copy_of[c.id] = kept[k].id
        else:
            kept[k] = c
    return list(kept.values()), copy_of


_HOW = (("refers to it", "rule_reference"), ("claim", "rule_reference"), ("restates", "rule_restated"),
        ("nearest claim about", "rule_topic"), ("answering", "rule_reference"),
        ("questions what", "rule_reference"))


def _rule_signal(d: Dispute) -> dict[str, float]:
    kind = d.kind.value if hasattr(d.kind, "value") else str(d.kind)
    if kind == DisputeKind.EXPLICIT:
        sig = {"rule_explicit": d.score}
        how = d.reason.split("” (", 1)[1] if "” (" in d.reason else ""
        for needle, name in _HOW:
            if needle in how.split(")")[0]:
                sig[name] = 1.0
                break
        return sig
    if kind == DisputeKind.NUMERIC:
        return {"rule_numeric": d.score}
    if "set against each other" in d.reason:
        return {"rule_juxtaposed": d.score}
    return {"rule_contradiction": d.score}


def _polls(a: Claim, b: Claim) -> bool:
    """Two polls' figures measure two things (DISPUTES.md): no candidate."""
    return bool(_POLL.search(a.claimer + " " + b.claimer) or POLL_CLAIMER.match(a.claimer) or
                POLL_CLAIMER.match(b.claimer) or _POLL.search(a.sentence) and _POLL.search(b.sentence))


def candidates(claims: list[Claim], context: dict[str, str] | None = None) -> tuple[list[Candidate], list[Dispute]]:
    """Candidate pairs among `claims` (see the module docstring), and the disputes by an entity named only in the
    text (b is None: "less than half the ministry's figures"), which need no scoring."""
    reps, _ = distinct(claims)
    by_id = {c.id: c for c in reps}
    found: dict[tuple[str, str], Candidate] = {}

    def add(a: Claim, b: Claim, kind: str, signals: dict[str, float], reason: str = "") -> None:
        if a.id == b.id or same_speaker(a, b):
            return
        key = (a.id, b.id)
        rev = (b.id, a.id)
        if key not in found and rev in found and not signals.get("rule_explicit") and not rejects(b):
            key = rev  # the same pair found the other way round: one candidate
        cand = found.get(key)
        if cand is None:
            x, y = (a, b) if key == (a.id, b.id) else (b, a)
            found[key] = Candidate(x, y, kind, dict(signals), reason)
            return
        for k, v in signals.items():
            cand.signals[k] = max(cand.signals.get(k, 0.0), v)
        if reason and not cand.reason:
            cand.reason, cand.kind = reason, kind

    entity_disputes = []
    for d in explicit_disputes(reps) + numeric_disputes(reps, context) + contradictions(reps):
        if d.b is None:
            entity_disputes.append(d)
            continue
        a, b = by_id.get(d.a), by_id.get(d.b)
        if a is not None and b is not None:
            add(a, b, d.kind.value if hasattr(d.kind, "value") else str(d.kind), _rule_signal(d), d.reason)

    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in reps:
        by_doc[c.article].append(c)
    for doc in by_doc.values():
        doc.sort(key=lambda c: (c.start, c.id))
        starts = [c.start for c in doc]
        for b in doc:
            if not rejects(b):
                continue
            i = bisect_left(starts, b.start)
            taken = 0
            for a in reversed(doc[:i]):
                if taken >= BEFORE or b.start - a.end > WINDOW:
                    break
                if not same_speaker(a, b) and not rejects(a):
                    add(a, b, "explicit", {"window": 1.0})
                    taken += 1
            taken = 0
            for a in doc[i + 1:]:
                if taken >= AFTER or a.start - b.end > AFTER_WINDOW:
                    break
                if not same_speaker(a, b) and not rejects(a):
                    add(a, b, "explicit", {"window": 1.0})
                    taken += 1
        # the same measure: figures of one unit and measure, neighbours first
        lists: dict[tuple, list[Claim]] = defaultdict(list)
        for c in doc:
            for k in {(q.unit, q.measure) for q in c.quantities}:
                lists[k].append(c)
        for group in lists.values():
            for j, b in enumerate(group):
                taken = 0
                for a in reversed(group[:j]):
                    if taken >= MEASURE or b.start - a.start > WINDOW:
                        break
                    if opposed(a, b) and not _polls(a, b):
                        add(a, b, "numeric", {"measure": 1.0})
                        taken += 1
    return sorted(found.values(), key=lambda c: (c.a.id, c.b.id)), entity_disputes

"""Numeric conflicts: two claims measure the same thing with figures that cannot both hold.

Figures are compared when they share a unit and a measured object (area, distance, people, a
counted noun). Hedged bounds ("at least", "nearly", "about") make ranges; ranges that do not
overlap conflict. The text can also say so itself: "more than double what Moscow's figures
indicate", "less than half Ukraine's estimate".
"""
from __future__ import annotations

import math
import re
from collections import defaultdict

from kg.disagree.propositions import same_predicate, subject_keys
from kg.disagree.sides import opposed
from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon.predicates import POLL_CLAIMER
from kg.lexicon.stems import stem
from kg.lexicon.world import country_of
from kg.ids import dispute_id
from kg.model import Claim, Dispute, DisputeKind, Quantity

__all__ = ["numeric_disputes"]

_SAID_SO = re.compile(
    r"\b(?:more than|less than|over|under|nearly|almost|about)?\s*(?:double|twice|triple|three times|half|a third|"
    r"a fraction of|a quarter)\s+(?:of\s+)?(?:what\s+)?(?P<who>(?:[A-Z][\w-]+\s?){1,3})(?:['’]s)?\s+"
    r"(?:own\s+)?(?:figures?|estimates?|count|tally|numbers?|assessment|claims?)")


def _fmt(q: Quantity) -> str:
    unit = {"km2": "km²", "km": "km", "percent": "%", "people": "people", "count": q.measure + "s",
            "currency": q.measure.removeprefix("money:")}[q.unit]
    lo, hi = q.low, q.high
    if math.isinf(hi):
        return f"≥{lo:,.0f} {unit}"
    if abs(hi - lo) < 1e-9:
        return f"{lo:,.0f} {unit}"
    return f"{lo:,.0f}–{hi:,.0f} {unit}"


_MAX_BUCKET = 400


def _same_data(a: Claim, b: Claim) -> bool:
    figures = {(q.unit, round(q.low, 6), round(q.high, 6)) for q in a.quantities}
    return any((q.unit, round(q.low, 6), round(q.high, 6)) in figures for q in b.quantities)


def _lead(c: Claim, q: Quantity) -> str:
    """The word before a figure ("holds $5bn", "owe $2bn"): what the figure is of, roughly."""
    before = [w for w in (w.lower().strip("$£€¥,") for w in c.content[: q.start - c.start].split()) if w]
    return before[-1] if before else ""


def _overlap(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"[a-z]{4,}", a.lower())), set(re.findall(r"[a-z]{4,}", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def _context(c: Claim, q: Quantity) -> tuple[str, str, str]:
    """What a figure counts, where and when, from the claim's frame."""
    for m in c.frame.measures:
        if q.start <= m.start < q.end or m.start <= q.start < m.end:
            return m.counts, m.where.lower(), m.when.lower()
    return "", "", ""


def _same_measure(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Same thing counted, at the same place and time (a part left unsaid matches anything)."""
    ca, cb = _context(a, qa), _context(b, qb)
    for x, y in zip(ca, cb):
        if x and y and x != y:
            return False
    return True


_POLL = re.compile(r"\b(?:polls?|survey|average|pollsters?)\b", re.IGNORECASE)


def _same_proposition(a: Claim, b: Claim) -> bool:
    fa, fb = a.frame, b.frame
    return bool(subject_keys(a) & subject_keys(b)) and bool(fa.predicate) and same_predicate(
        fa.complement or fa.predicate, fa.pos, fb.complement or fb.predicate, fb.pos)


def _whole(c: Claim) -> set[str]:
    """What a share is of: the words after "of" in its subject ("43 percent of all donations" -> donations)."""
    subject = c.frame.subject.lower()
    part = subject.split(" of ", 1)[1] if " of " in subject else ""
    return {stem(w) for w in re.findall(r"[a-z]{4,}", part) if w not in STOP_WORDS}


def _same_whole(a: Claim, b: Claim) -> bool:
    wa, wb = _whole(a), _whole(b)
    return not wa or not wb or len(wa & wb) * 2 >= min(len(wa), len(wb))


def _revision(a: Claim, b: Claim) -> bool:
    """One claimer giving a new figure in a later article."""
    return a.claimer_id == b.claimer_id and a.article != b.article and bool(a.date and b.date and a.date < b.date)


def _conflict(p: Quantity, q: Quantity) -> bool:
    tol = 0.05
    return p.high * (1 + tol) < q.low or q.high * (1 + tol) < p.low


def _said_so(claims: list[Claim], sentence_of: dict[str, str] | None) -> list[Dispute]:
    """Figures the text itself says another party contradicts ("less than half the ministry's figure"): b is None."""
    out: list[Dispute] = []
    for c in claims:
        if not c.quantities:
            continue
        m = _SAID_SO.search((sentence_of or {}).get(c.id, c.sentence))
        if m:
            who = m.group("who").strip()
            party = country_of(who) or who
            if party not in (c.affiliation, c.claimer):
                out.append(Dispute(
                    id=dispute_id(c.id, party), a=c.id, b=None, claimer=party, kind=DisputeKind.NUMERIC, score=0.7,
                    reason=f"{_fmt(c.quantities[0])} ({c.claimer}) is, the text says, {m.group().strip()} ({party})"))
    return out


def _polled(a: Claim, b: Claim) -> bool:
    """Two polls measure two things, unless one pollster revises its own (DISPUTES.md)."""
    return bool(_POLL.search(a.claimer + " " + b.claimer) or POLL_CLAIMER.match(a.claimer) or
                POLL_CLAIMER.match(b.claimer) or _POLL.search(a.sentence) and _POLL.search(b.sentence)) \
        and a.claimer_id != b.claimer_id


def _comparable(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Two figures of one thing, at one place and time, that conflict, from opposed sides or one claimer revising."""
    if _same_data(a, b):
        return False  # they report the same figures: a list of items, not a conflict
    if qa.unit in ("percent", "count", "currency") and (
            _overlap(a.content, b.content) < 0.35 or _lead(a, qa) != _lead(b, qb)):
        return False  # shares, counts and sums of different things are not comparable
    if not _same_measure(a, qa, b, qb):
        return False  # two figures for different things
    if qa.unit == "percent" and (not _same_proposition(a, b) or not _same_whole(a, b)):
        return False  # shares of different things: two races, two rates, two groups' money
    if _polled(a, b):
        return False
    return (opposed(a, b) or _revision(a, b) or _revision(b, a)) and _conflict(qa, qb)


def _figure_pairs(claims: list[Claim]) -> list[tuple]:
    """(distance, a, qa, b, qb) of comparable figures, found by key: unit and measure, and an article, a claimer or
    an entity they are about."""
    pairs = []
    seen: set[tuple[str, int, str, int]] = set()
    index: dict[tuple, list[tuple[Claim, Quantity]]] = defaultdict(list)
    for c in claims:
        for q in c.quantities:
            for key in [("doc", c.article), ("claimer", c.claimer_id)] + [("about", e) for e in c.about]:
                index[(q.unit, q.measure, key)].append((c, q))
    for items in index.values():
        if len(items) > _MAX_BUCKET:
            continue  # a figure type said of everything (a country's "people") compares nothing useful
        for i, (a, qa) in enumerate(items):
            for b, qb in items[i + 1:]:
                key = (a.id, qa.start, b.id, qb.start)
                if key in seen or a.id == b.id:
                    continue
                seen.add(key)
                if _comparable(a, qa, b, qb):
                    pairs.append((abs(a.start - b.start) if a.article == b.article else 10**9, a, qa, b, qb))
    return pairs


def _pair_dispute(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> Dispute:
    first, second = sorted(((a, qa), (b, qb)), key=lambda x: (x[0].date or "", x[0].article, x[0].start))
    what = _context(first[0], first[1])[0]
    if first[0].claimer_id == second[0].claimer_id:
        reason = (f"{first[0].claimer} revises its figure{' of ' + what if what else ''}: {_fmt(first[1])} "
                  f"(“{first[1].text}”, {first[0].doc}) then {_fmt(second[1])} "
                  f"(“{second[1].text}”, {second[0].doc})")
    else:
        reason = (f"{_fmt(first[1])} ({first[0].claimer}, “{first[1].text}”) vs {_fmt(second[1])} "
                  f"({second[0].claimer}, “{second[1].text}”){' for ' + what if what else ''}")
    return Dispute(id=dispute_id(first[0].id, second[0].id), a=first[0].id, b=second[0].id, kind=DisputeKind.NUMERIC,
                   score=0.7 if what else 0.6, reason=reason)


def numeric_disputes(claims: list[Claim], sentence_of: dict[str, str] | None = None) -> list[Dispute]:
    """Numeric conflicts between claims, and figures the text itself says another party contradicts.

    `sentence_of` maps a claim id to the text around it (its sentence and the next), where the
    comparison phrases are looked for; claims' own sentences are used when it is None. Each claim takes part in
    one conflict: its nearest.
    """
    out = _said_so(claims, sentence_of)
    used: set[str] = set()
    for _, a, qa, b, qb in sorted(_figure_pairs(claims), key=lambda p: (p[0], p[1].id, p[3].id)):
        if a.id in used or b.id in used:
            continue
        used |= {a.id, b.id}
        out.append(_pair_dispute(a, qa, b, qb))
    return out

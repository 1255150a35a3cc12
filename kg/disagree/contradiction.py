"""Contradictions without an explicit denial: claims about one event with incompatible predicates.

A claim's stance is (predicate class, negated), read from the dependency parse of its content: the
main predicate's class in `kg.lexicon.predicates` and whether it is negated ("no involvement",
"did not provide", "don't know"). Two claims contradict when their stances are opposed, their
claimers are on different sides, and they are about the same event: in the same sentence or
paragraph, sharing a place they mention, or the same predicate affirmed and denied close by. Precision over recall: each pair carries its reason.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from kg.disagree.sides import opposed
from kg.lexicon.predicates import OPPOSED_CLASSES, PREDICATE_CLASS
from kg.ids import dispute_id
from kg.model import Claim, Dispute

__all__ = ["contradictions", "predicates", "stance"]

_NEG = {"not", "n't", "no", "never", "without", "nothing", "neither", "nor", "none"}


def predicates(span) -> list[tuple[str, bool, str]]:
    """Every classified predicate of a parsed claim content as (class, negated, lemma), main ones first.

    Walks from the span's root(s) down; below a classified predicate only its conjuncts are visited,
    so "repelled attempts to advance" yields a halt (not an advance) and "gave no advance notice and
    had no involvement" yields two negated knowings.
    """
    roots = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    queue = list(roots)
    seen: set[int] = set()
    found: list[tuple[str, bool, str]] = []
    while queue:
        tok = queue.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        lemma = tok.lemma_.lower()
        cls = PREDICATE_CLASS.get(lemma)
        inside = [c for c in tok.children if span.start <= c.i < span.end]
        if cls and tok.pos_ in ("VERB", "NOUN", "ADJ", "AUX"):
            negated = any(c.lower_ in _NEG or c.dep_ == "neg" for c in tok.children)
            # "did not provide advance notice": the negation sits on the governing verb
            head = tok.head
            if not negated and tok.dep_ in ("dobj", "attr", "acomp", "pobj", "xcomp") and head.i != tok.i:
                negated = any(c.dep_ == "neg" or c.lower_ in _NEG for c in head.children)
            if tok.pos_ == "NOUN":
                negated = negated or any(c.lower_ in ("no", "without") for c in tok.children)
            if (cls, negated, lemma) not in found:
                found.append((cls, negated, lemma))
            queue.extend(c for c in inside if c.dep_ == "conj")
            continue
        # an adverbial clause with no subordinator ("..., the US had no involvement") is a misparsed conjunct
        queue.extend(c for c in inside if c.dep_ not in ("advcl", "relcl", "mark", "det", "punct", "prep")
                     or (c.dep_ == "advcl" and not any(g.dep_ == "mark" for g in c.children)))
    return found


def stance(span) -> Optional[tuple[str, bool, str]]:
    """The main predicate of a parsed claim content as (class, negated, lemma), or None if unclassified."""
    found = predicates(span)
    return found[0] if found else None


_NEAR = 1500  # characters: a reply to a statement follows it closely


def _event_link(a: Claim, b: Claim, sa, sb, places: dict[str, set[str]]) -> str | None:
    """Why `a` and `b` (a before b, one article) are about the same event, or None.

    Same sentence; same paragraph; a shared place they mention; or the same predicate said with
    opposite polarity close by ("had no involvement" ... "they are involved").
    """
    if a.sentence_start == b.sentence_start:
        return "in the same sentence"
    if a.paragraph_start == b.paragraph_start:
        return "in the same paragraph"
    shared = places.get(a.id, set()) & places.get(b.id, set())
    if shared:
        return "about " + ", ".join(sorted(shared))
    if sa[2][:5] == sb[2][:5] and sa[1] != sb[1] and abs(b.start - a.end) <= _NEAR:
        return f"“{sa[2]}” affirmed and denied"
    return None


def contradictions(claims: list[Claim], stances: dict[str, list[tuple[str, bool, str]]],
                   places: dict[str, set[str]]) -> list[Dispute]:
    """Contradicting claim pairs within each article.

    `stances` maps claim id -> its classified predicates (see `predicates`); `places` maps claim id -> names of the places
    its content mentions.
    """
    out = []
    by_doc = defaultdict(list)
    for c in claims:
        if c.id in stances and c.polarity == "asserts":
            by_doc[c.article].append(c)
    for doc_claims in by_doc.values():
        doc_claims.sort(key=lambda c: c.start)
        for i, a in enumerate(doc_claims):
            for b in doc_claims[i + 1:]:
                if not opposed(a, b):
                    continue
                why = None
                for sa in stances[a.id]:
                    for sb in stances[b.id]:
                        if sa[:2] != sb[:2] and frozenset({sa[:2], sb[:2]}) in OPPOSED_CLASSES:
                            why = _event_link(a, b, sa, sb, places)
                            if why:
                                break
                    if why:
                        break
                if why is None:
                    continue
                out.append(Dispute(
                    id=dispute_id(a.id, b.id), a=a.id, b=b.id, kind="contradiction",
                    reason=f"{a.claimer}: {'not ' if sa[1] else ''}{sa[2]} vs {b.claimer}: "
                           f"{'not ' if sb[1] else ''}{sb[2]} ({why})"))
    return out

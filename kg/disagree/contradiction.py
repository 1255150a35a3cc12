"""Contradictions without an explicit denial: claims about one event with incompatible predicates.

A claim's stance is (predicate class, negated), read from the dependency parse of its content: the
main predicate's class in `kg.lexicon.predicates` and whether it is negated ("no involvement",
"did not provide", "don't know"). Two claims contradict when their stances are opposed, their
claimers are on different sides, and they are about the same event: in the same sentence, or
sharing a place or force they mention. Precision over recall: each pair carries its reason.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from kg.disagree.sides import opposed
from kg.lexicon.predicates import OPPOSED_CLASSES, PREDICATE_CLASS
from kg.model import Claim, Dispute, digest

__all__ = ["contradictions", "stance"]

_NEG = {"not", "n't", "no", "never", "without", "nothing", "neither", "nor", "none"}


def stance(span) -> Optional[tuple[str, bool, str]]:
    """(class, negated, lemma) of a parsed claim content's main predicate, or None if unclassified.

    The first classified lemma met walking from the span's root(s) down wins, so "repelled attempts to
    advance" is a halt and "had no involvement" is a negated knowing.
    """
    roots = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    queue = list(roots)
    seen = set()
    while queue:
        tok = queue.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        lemma = tok.lemma_.lower()
        cls = PREDICATE_CLASS.get(lemma)
        if cls and tok.pos_ in ("VERB", "NOUN", "ADJ", "AUX"):
            negated = any(c.lower_ in _NEG or c.dep_ == "neg" for c in tok.children)
            # "did not provide advance notice": the negation sits on the governing verb
            head = tok.head
            if not negated and tok.dep_ in ("dobj", "attr", "acomp", "pobj", "xcomp") and head.i != tok.i:
                negated = any(c.dep_ == "neg" or c.lower_ in _NEG for c in head.children)
            if tok.pos_ == "NOUN":
                negated = negated or any(c.lower_ in ("no", "without") for c in tok.children)
            return cls, negated, lemma
        queue.extend(c for c in tok.children if span.start <= c.i < span.end and
                     c.dep_ not in ("advcl", "relcl", "mark", "det", "punct", "prep"))
    return None


def contradictions(claims: list[Claim], stances: dict[str, tuple[str, bool, str]],
                   places: dict[str, set[str]]) -> list[Dispute]:
    """Contradicting claim pairs within each article.

    `stances` maps claim id -> stance (see `stance`); `places` maps claim id -> ids of the places and
    forces its content mentions.
    """
    out = []
    by_doc = defaultdict(list)
    for c in claims:
        if c.id in stances and c.polarity == "asserts":
            by_doc[c.doc].append(c)
    for doc_claims in by_doc.values():
        doc_claims.sort(key=lambda c: c.start)
        for i, a in enumerate(doc_claims):
            for b in doc_claims[i + 1:]:
                sa, sb = stances[a.id], stances[b.id]
                if frozenset({sa[:2], sb[:2]}) not in OPPOSED_CLASSES or sa[:2] == sb[:2]:
                    continue
                if not opposed(a, b):
                    continue
                same_sentence = a.sentence_start == b.sentence_start
                shared = places.get(a.id, set()) & places.get(b.id, set())
                if not (same_sentence or shared):
                    continue
                why = "in the same sentence" if same_sentence else "about " + ", ".join(sorted(shared))
                out.append(Dispute(
                    id="d-" + digest(a.id, b.id, n=10), a=a.id, b=b.id, kind="contradiction",
                    reason=f"{a.claimer}: {'not ' if sa[1] else ''}{sa[2]} vs {b.claimer}: "
                           f"{'not ' if sb[1] else ''}{sb[2]} ({why})"))
    return out

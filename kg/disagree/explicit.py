"""Explicit disputes: a claim whose cue rejects another claim ("dismissed these claims", "denied").

The rejected claim is found by reference ("these claims", "the report", "that account", "it"):
the nearest earlier claim of another claimer in the same or the previous paragraph; or, when the
disputing claim restates what it rejects, the claim elsewhere whose content it shares.
"""
from __future__ import annotations

import re

from kg.ids import dispute_id
from kg.model import Claim, Dispute

__all__ = ["explicit_disputes"]

_CLAIM_NOUNS = (r"claims?|reports?|accounts?|allegations?|assertions?|suggestions?|statements?|charges?|"
                r"accusations?|version|figures?|estimates?|stories|story|remarks?|comments?|characteri[sz]ation|"
                r"assessment|notion|idea|suggestion|rumou?rs?")
# a reference back to something said: "these claims", "the Kremlin's account", "that", "it"
_ANAPHOR = re.compile(rf"^(?:(?:these|those|the|that|this|such|his|her|their|its|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s)"
                      rf"\s+(?:\w+\s+){{0,2}}(?:{_CLAIM_NOUNS})|it|this|that|them|these|those)$", re.IGNORECASE)


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", s)}


def explicit_disputes(claims: list[Claim]) -> list[Dispute]:
    """Disputes raised by claims of polarity `disputes`."""
    out = []
    postings: dict[str, list[Claim]] = {}
    for c in claims:
        for w in _words(c.content):
            postings.setdefault(w, []).append(c)
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.article, []).append(c)
    for doc_claims in by_doc.values():
        doc_claims.sort(key=lambda c: c.start)
        for c in doc_claims:
            if c.polarity != "disputes":
                continue
            target = None
            if _ANAPHOR.match(c.content.strip()):
                for prev in reversed([p for p in doc_claims if p.end <= c.start and p.claimer_id != c.claimer_id
                                      and p.polarity == "asserts"]):
                    if c.start - prev.end < 600:
                        target = prev
                    break
            elif len(_words(c.content)) >= 4:
                mine = _words(c.content)
                best = 0.0
                # candidates share a word; words said everywhere are not looked up
                candidates = {o.id: o for w in mine if len(postings.get(w, ())) <= 500 for o in postings[w]}
                for other in candidates.values():
                    if other.claimer_id == c.claimer_id or other.id == c.id or other.polarity == "disputes":
                        continue  # (co-claimers of one denial do not dispute each other)
                    theirs = _words(other.content)
                    score = len(mine & theirs) / max(1, len(mine | theirs))
                    if score > best and score >= 0.6:
                        best, target = score, other
            if target is None:
                continue
            out.append(Dispute(
                id=dispute_id(target.id, c.id), a=target.id, b=c.id, claimer=c.claimer,
                claimer_id=c.claimer_id, kind="explicit",
                reason=f"{c.claimer} {c.cue} “{c.content}”, rejecting {target.claimer}: “{target.content[:120]}”"))
    return out

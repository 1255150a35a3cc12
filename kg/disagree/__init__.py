"""Disagreement: explicit disputes, numeric conflicts, contradictions; syndication and corroboration."""
from __future__ import annotations

from kg.disagree.contradiction import contradictions, predicates, stance
from kg.disagree.explicit import explicit_disputes
from kg.disagree.numeric import numeric_disputes
from kg.disagree.syndication import citations, claim_clusters, stories
from kg.model import Claim, Dispute

__all__ = ["citations", "claim_clusters", "contradictions", "explicit_disputes", "find_disputes",
           "numeric_disputes", "predicates", "stance", "stories"]


def find_disputes(claims: list[Claim], *, stances: dict, places: dict, context: dict[str, str]) -> list[Dispute]:
    """Every dispute among `claims`, one per linked pair (explicit first, then numeric, then contradiction)."""
    out: dict[frozenset, Dispute] = {}
    for d in explicit_disputes(claims) + numeric_disputes(claims, context) + contradictions(claims, stances, places):
        key = frozenset((d.a, d.b or f"entity:{d.claimer}"))
        out.setdefault(key, d)
    return sorted(out.values(), key=lambda d: d.id)

"""Which side a claimer speaks for: its affiliation, or the country its name stands for."""
from __future__ import annotations

import re

from kg.lexicon.world import country_of
from kg.model import Claim

__all__ = ["opposed", "side_of"]


def side_of(claim: Claim) -> str:
    """The country or body a claim's claimer speaks for, else the claimer itself."""
    return claim.affiliation or country_of(claim.claimer) or _owner(claim.claimer) or claim.claimer


def _owner(name: str) -> str | None:
    """Whose voice a possessive claimer is: "the governor's spokesman" -> "governor"."""
    m = re.match(r"^(?:the\s+)?(.+?)['’]s?\s+\S+", name, re.IGNORECASE)
    return m.group(1).lower() if m else None


def opposed(a: Claim, b: Claim) -> bool:
    """Two claims come from different claimers on different sides."""
    return a.claimer_id != b.claimer_id and side_of(a) != side_of(b)

"""Which side a claimer speaks for: its affiliation, or the country its name stands for."""
from __future__ import annotations

import re

from kg.lexicon.world import country_of
from kg.model import Claim, EntityType
from kg.namekeys import fold, surnames

__all__ = ["one_camp", "opposed", "same_speaker", "side_of", "speaker_key"]


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


def speaker_key(c: Claim) -> str:
    """A person's surname, else the claimer id: "Okafor" and "Tom Okafor" are one speaker (the exact surname,
    not a spelling key, so two people whose names are merely alike stay two)."""
    last = surnames(c.claimer)[:1] if c.claimer_type == EntityType.PERSON and not c.anonymous else []
    return "person:" + fold(last[0]) if last else c.claimer_id


def same_speaker(a: Claim, b: Claim) -> bool:
    """Whether two claims are one speaker's (nobody disputes themselves)."""
    return a.claimer_id == b.claimer_id or speaker_key(a) == speaker_key(b)


def _camps(c: Claim) -> set[str]:
    """Its side, and the countries its claimer's name says it speaks for ("the Norwegian defence ministry")."""
    return {side_of(c)} | {k for w in re.findall(r"[A-Z][\w-]+", c.claimer) if (k := country_of(w))}


def one_camp(a: Claim, b: Claim) -> bool:
    """Whether two claims' claimers speak for one country or side, read loosely (for the wider candidate rules)."""
    return bool(_camps(a) & _camps(b))

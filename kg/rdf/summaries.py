"""Look-up keys and corpus summaries written into the corpus graph, so the shipped queries look up instead of scan.

- `name_keys`: the `kg:nameKey` values of an entity: the key of its name and of each alias, and of every run of up
  to `MAX_RUN` of their words ('Russian President Vladimir Putin' gives 'putin', 'vladimir putin', ...), so that
  `name=Putin` is one equality the store answers from its index. `search_key` makes the key of what a user types.
- `summarise`: per claimer its counts of claims and of disputes (against it, by it), per outlet the claims only it
  carries, per claim cluster the outlets that carry it. A build computes them from its records; a `--store` build
  recounts them over the whole store (kg.store), from the same plain facts, with the same function.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from kg.namekeys import name_key

__all__ = ["MAX_RUN", "SUMMARY_PREDICATES", "ClaimFact", "Summary", "name_keys", "search_key", "summarise",
           "summary_triples"]

MAX_RUN = 4
"""Longest run of words of a name written as its own key (the whole name is always a key)."""


def search_key(text: str) -> str:
    """The key a typed name is looked up by: 'Putin’s' -> 'putin', 'U.S.' -> 'us', 'Zelenskyy' -> 'zelenskyy'."""
    return name_key(text)


def name_keys(names: Iterable[str]) -> list[str]:
    """Every key of `names` (a name and its aliases), without duplicates, in a fixed order."""
    out: dict[str, None] = {}
    for n in names:
        key = name_key(n)
        if not key:
            continue
        out.setdefault(key, None)
        words = key.split()
        for size in range(1, min(MAX_RUN, len(words)) + 1):
            for i in range(len(words) - size + 1):
                out.setdefault(" ".join(words[i:i + size]), None)
    return list(out)


@dataclass(frozen=True)
class ClaimFact:
    """What the summaries read of one claim: its id, claimer, article's outlet (None when unknown) and cluster."""

    claim: str
    claimer: str
    outlet: Optional[str]
    cluster: Optional[str]


@dataclass
class Summary:
    claims: Counter = field(default_factory=Counter)  # claimer -> claims it asserts
    disputed: Counter = field(default_factory=Counter)  # claimer -> disputes against its claims
    disputing: Counter = field(default_factory=Counter)  # claimer or entity -> disputes it raises
    exclusive: dict[str, list[str]] = field(default_factory=dict)  # outlet -> claims only it carries
    carried: dict[str, list[str]] = field(default_factory=dict)  # cluster -> outlets, sorted

    def agents(self) -> list[str]:
        """Every agent with a count, in a fixed order (each gets all three counts, zeros included)."""
        return sorted(set(self.claims) | set(self.disputed) | set(self.disputing))


def summarise(claims: Iterable[ClaimFact], disputes: Iterable[tuple[str, Optional[str], Optional[str]]]) -> Summary:
    """The summaries of `claims` and `disputes` ((disputed claim, disputing claim or None, disputing entity or None)).

    A claim is exclusive to an outlet when every article of its cluster is published by that outlet (an article
    with no known outlet counts as another outlet); a claim in no cluster is exclusive to nobody."""
    s = Summary()
    claimer_of: dict[str, str] = {}
    members: dict[str, list[ClaimFact]] = defaultdict(list)
    for c in claims:
        s.claims[c.claimer] += 1
        claimer_of[c.claim] = c.claimer
        if c.cluster:
            members[c.cluster].append(c)
    for a, b, entity in disputes:
        if a in claimer_of:
            s.disputed[claimer_of[a]] += 1
        by = claimer_of.get(b) if b else entity
        if by:
            s.disputing[by] += 1
    exclusive: dict[str, list[str]] = defaultdict(list)
    for k in sorted(members):
        outlets = {c.outlet for c in members[k]}
        s.carried[k] = sorted(o for o in outlets if o)
        if len(outlets) == 1 and None not in outlets:
            exclusive[next(iter(outlets))] += [c.claim for c in members[k]]
    s.exclusive = {o: sorted(cs) for o, cs in sorted(exclusive.items())}
    return s


def summary_triples(s: Summary) -> list[tuple]:
    """The summaries as triples of rdflib terms, subjects and objects being the IRIs `summarise` was given."""
    from rdflib import Literal, URIRef

    from kg.rdf.namespace import KG

    out = []
    for a in s.agents():
        who = URIRef(a)
        out += [(who, KG.claimCount, Literal(s.claims[a])), (who, KG.disputedCount, Literal(s.disputed[a])),
                (who, KG.disputingCount, Literal(s.disputing[a]))]
    for k, outlets in s.carried.items():
        out += [(URIRef(k), KG.carriedBy, URIRef(o)) for o in outlets]
    for o, claims in s.exclusive.items():
        out += [(URIRef(o), KG.exclusiveClaim, URIRef(c)) for c in claims]
    return out


SUMMARY_PREDICATES = ("claimCount", "disputedCount", "disputingCount", "carriedBy", "exclusiveClaim")
"""The kg: properties `summary_triples` writes (a `--store` build replaces them all)."""

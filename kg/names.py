"""Name merging: which surface names denote one entity, and which of them is its canonical name.

Names are merged by key, not by comparing every pair: a person's key is the surname folded to
ASCII with a one-letter spelling tolerance ("Zelensky" / "Zelenskiy"), so cost grows with the
number of mentions. A lone surname ("Putin", "Mr Putin") joins the one full name that shares it.
The type of a surface name is decided by majority over all its mentions, which corrects spaCy's
per-mention mistakes ("Belgorod" tagged once as a person, three times as a place).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

__all__ = ["PRONOUNS", "Names", "fold", "surname_key"]


PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "his", "its", "their", "who", "that", "which"}


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()


def surname_key(name: str) -> str:
    last = fold(name.split()[-1]) if name.split() else ""
    # one-letter spelling variants of transliterated names share a key: -iy/-y, -ii/-i, doubled letters
    last = re.sub(r"(?:iy|yi|ii|y|i)$", "y", last)
    for a, b in (("kh", "h"), ("ck", "k")):
        last = last.replace(a, b)
    out = []
    for ch in last:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


class Names:
    """Variant names, grouped and given one canonical form per entity."""

    def __init__(self) -> None:
        self.types: dict[str, Counter] = defaultdict(Counter)
        self.count: Counter = Counter()
        self.docs: dict[str, set] = defaultdict(set)
        self.surfaces: dict[str, set] = defaultdict(set)
        self.meta: dict[str, tuple[bool, str | None]] = {}

    def add(self, name: str, etype: str, doc: str, surface: str, *, anonymous: bool = False,
            affiliation: str | None = None, weight: int = 1) -> None:
        self.types[name][etype] += weight
        self.count[name] += 1
        self.docs[name].add(doc)
        self.surfaces[name].add(surface.strip())
        if name not in self.meta or affiliation:
            self.meta[name] = (anonymous, affiliation)

    def type_of(self, name: str) -> str:
        return self.types[name].most_common(1)[0][0]

    def canonical_map(self) -> dict[str, str]:
        """variant name -> canonical name."""
        canon: dict[str, str] = {n: n for n in self.types}
        persons = [n for n in self.types if self.type_of(n) == "Person" and not n.endswith("(anonymous)")]
        groups: dict[str, list[str]] = defaultdict(list)
        for n in persons:
            groups[surname_key(n)].append(n)
        for members in groups.values():
            full = [n for n in members if len(n.split()) >= 2]
            firsts = {fold(n.split()[0]) for n in full}
            if len(firsts) > 1:
                # different people sharing a surname: merge each full name's variants only
                by_first: dict[str, list[str]] = defaultdict(list)
                for n in full:
                    by_first[fold(n.split()[0])].append(n)
                for variants in by_first.values():
                    best = max(variants, key=lambda n: (self.count[n], len(n)))
                    for n in variants:
                        canon[n] = best
                continue
            pool = full or members
            best = max(pool, key=lambda n: (self.count[n], len(n), n))
            for n in members:
                canon[n] = best
        return canon

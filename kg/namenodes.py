"""The records the name layer works on, shared by `kg.names` (within an article, and the final entities) and
`kg.namejoin` (joins across articles): one (article, name) pair as recorded (`_Entry`) and as read (`_Node`), the
union-find that joins them with the rule that did (`MergeRule`), the type evidence the name layer adds
(`TypeVote`), and a group's name, type and genericity (`_group_view`: the weighted majority type, the canonical
name).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from kg.lexicon.world import country_named
from kg.model import EntityType
from kg.rules import RuleName

__all__ = ["MergeRule", "TypeVote"]


class MergeRule(RuleName):
    """How an entity's names were joined (its `rule`: "name: same key, lone surname")."""

    ONE_NAME = "one name"
    SAME_KEY = "same key"
    SURNAME = "lone surname"
    FIRST_NAME = "lone first name"
    ACRONYM = "acronym"
    CUT_SHORT = "name cut short"
    TAIL = "tail of a body's name"
    BARE_HEAD = "bare head"
    TRANSLITERATION = "transliteration"
    INSTITUTION = "one institution"
    ALIAS = "short name joined elsewhere"
    MIDDLE_NAME = "middle name or initial"
    SAME_ID = "same id"


class TypeVote(RuleName):
    """Type evidence the name layer adds to what the mentions' rules said."""

    TITLE = "personal title"
    VESSEL = "vessel prefix"
    ACRONYM = "acronym is no person"
    SURNAME = "surname of a person"
    MAJORITY = "majority"
    OUTLET = "an outlet's noun"
    ONE_PERSON = "one person's noun"


@dataclass
class _Entry:
    """One (article, name) pair: what the mentions with that name in that article add up to."""

    doc: str
    name: str
    types: Counter = field(default_factory=Counter)
    count: int = 0
    surfaces: set = field(default_factory=set)
    anonymous: bool = False
    affiliation: Optional[str] = None
    titled: bool = False
    rules: Counter = field(default_factory=Counter)  # (type, rule that gave it) -> weight
    region: Optional[str] = None  # the larger place written after it: "Paris, Texas"
    conjoined: bool = False  # a first name before "and" and a full name: "Ottilie and Ivo Kern"
    determined: bool = False  # every mention written after a lower-case "the": "the West"
    offices: frozenset = frozenset()  # office titles written right before it, outside its span: "President"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}
        self.why: dict = {}  # root -> the merge rules that joined its members

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b, why: MergeRule = MergeRule.SAME_KEY) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.why[min(ra, rb)] = self.why.pop(ra, set()) | self.why.pop(rb, set()) | {why}


def _majority(types: Counter) -> str:
    return max(types.items(), key=lambda kv: (kv[1], kv[0] == EntityType.PERSON, kv[0]))[0] if types else EntityType.ORGANISATION


@dataclass
class _Node:
    """An entry read once: cleaned display name, its person core, type evidence and whether it is generic."""

    entry: _Entry
    display: str
    core: str
    types: Counter
    generic: bool
    anonymous: bool = False
    rules: Counter = field(default_factory=Counter)  # (type, rule) -> weight
    local: bool = False  # a one-word name that is also a common word ("Post"): kept to its article


def _person(n: _Node) -> None:
    """A lone surname of a person the article (or corpus) names in full is a person, whatever NER said."""
    total = sum(n.types.values())
    n.types = Counter({EntityType.PERSON: total})
    n.rules = Counter({(EntityType.PERSON, TypeVote.SURNAME): total})


def _most_used(names: list[tuple[str, _Node]]) -> str:
    """The spelling used in the most articles, then the most often: '(Volodymyr) Zelensky' over 'Zelenskiy'."""
    docs: dict[str, set] = defaultdict(set)
    count: Counter = Counter()
    for name, n in names:
        docs[name].add(n.entry.doc)
        count[name] += n.entry.count
    return max(docs, key=lambda k: (len(docs[k]), count[k], not k.isupper(), not k.islower(), len(k.split()), k))


_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el",
                        "bin", "ibn", "dos", "das", "ter"})


def particle_surname(words: list[str], tails: frozenset = frozenset()) -> bool:
    """Is a two-word name a surname with its particle ("De Zoysa", "van Dijk")? A particle that is also a common
    given name ("Al Sharpton", "Van Morrison") opens a full name, unless a longer name ends with the two words
    (`tails`: "Rosa Van Dalen" makes "Van Dalen" her surname)."""
    from kg.extract.typebase import given_name

    return len(words) == 2 and words[0].lower() in _PARTICLES and \
        (not given_name(words[0]) or " ".join(words).lower() in tails)


def _canonical(nodes: list[_Node], etype: str) -> str:
    if etype == EntityType.PERSON:  # a full name, never a surname with its particle ("De Zoysa")
        tails = frozenset(" ".join(n.core.split()[-2:]).lower() for n in nodes if len(n.core.split()) >= 3)
        full = [n for n in nodes if len(n.core.split()) >= 2 and not n.generic and
                not particle_surname(n.core.split(), tails)] or nodes
        return _most_used([(n.core, n) for n in full])
    if etype in (EntityType.PLACE, EntityType.ORGANISATION):
        countries = Counter({country_named(n.display): n.entry.count for n in nodes if country_named(n.display)})
        if countries:
            return countries.most_common(1)[0][0]
    if all(n.generic for n in nodes):  # a description keeps its qualifier: "young woman", not "woman"
        return max(nodes, key=lambda n: (len(n.display.split()), n.entry.count, n.display)).display
    named = [n for n in nodes if not n.generic]
    whole = [n for n in named if not any(len(o.display.split()) > len(n.display.split()) and
                                         (o.display.split()[:len(n.display.split())] == n.display.split() or
                                          n.display == o.display.split()[-1])
                                         for o in named)]  # never a name cut short: "Council for Trade", "Post"
    return _most_used([(n.display, n) for n in whole or named])


def _group_view(nodes: list[_Node]) -> tuple[str, str, bool, Counter]:
    types: Counter = Counter()
    named = [n for n in nodes if not n.generic]
    for n in named or nodes:  # "Police arrested ..." joined to "the Harbour Police Department": the name types it
        types += n.types
    etype = _majority(types)
    generic = all(n.generic for n in nodes)
    return _canonical(nodes, etype), etype, generic, types


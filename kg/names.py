"""Name merging: which surface names denote one entity, and which of them is its canonical name.

Within an article, variants of one name become one entity: case and punctuation ("UKRAINE",
"Vladimir] Putin"), titles and roles ("PM Rutte", "Dutch Prime Minister Mark Rutte"), and a lone
surname after the one full name that carries it. Generic heads ("officials", "the ministry",
"Ukraine's health ministry") stay in their article, keep their qualifier, and a bare head joins only
the one qualified entity of its article that has that head.

Across articles, proper names merge by a case- and punctuation-free key, transliteration variants
("Zelensky" / "Zelenskiy", "Yanukovych" / "Yanukovich", "Kharkiv" / "Kharkov") merge when their
consonant skeletons agree and their spellings are a couple of edits apart, and a lone surname joins
the one full name that carries it. Every cross-article step looks candidates up by key, so cost grows
with the number of names, not with their pairs.

Types come from evidence: the weighted majority of a cluster's mentions, a personal title before a
name, a vessel prefix ("USS", "HMS": a naval vessel is a MilitaryUnit, a civilian one a Place).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from kg.lexicon.speech import PERSON_ROLE_NOUNS
from kg.lexicon.world import PERSONAL_TITLES, TITLES, country_named, country_of
from kg.model import EntityType
from kg.extract.unnamed import unnamed_source
from kg.extract.typeclues import GUESSES, OUTLET_NOUNS, PLACED_BY_TEXT, TypeRule, known_place, regions
from kg.rules import RuleName
from kg.namekeys import (PRONOUNS, acronym, clean, fold, head_word, is_generic, name_key, person_core, skeleton,
                         initials, spelling_close, surname_key, surnames, untimed, vessel_type)

__all__ = ["PRONOUNS", "Cluster", "MergeRule", "NameIndex", "Names", "fold", "name_key", "proper_word", "surname_key"]


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

_ANON = " (anonymous)"
_ROLE_NOUNS = frozenset(PERSON_ROLE_NOUNS) | {t.rstrip(".") for t in TITLES} | PERSONAL_TITLES


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


@dataclass
class Cluster:
    """One entity: its canonical name and type, its aliases, and the article it is confined to (`scope`)."""

    name: str
    type: str
    scope: Optional[str]
    aliases: set = field(default_factory=set)
    mentions: int = 0
    docs: set = field(default_factory=set)
    anonymous: bool = False
    affiliation: Optional[str] = None
    local: bool = False  # a proper name kept to its article (`scope`), not a description
    members: list = field(default_factory=list, repr=False)
    type_rule: str = ""  # the rule whose evidence carried the type
    merge_rules: tuple = ()  # how its names were joined (MergeRule values)


class NameIndex:
    """The clusters of one resolution, and which cluster each (article, name) belongs to."""

    def __init__(self, clusters: list[Cluster], of: dict[tuple[str, str], Cluster]) -> None:
        self.clusters = clusters
        self._of = of

    def cluster_of(self, doc: str, name: str) -> Optional[Cluster]:
        """The cluster the name `name` found in article `doc` belongs to, or None if it was dropped."""
        return self._of.get((doc, name))


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


class Names:
    """Variant names collected from every article, grouped into entities by `resolve()`."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], _Entry] = {}

    def add(self, name: str, etype: str, doc: str, surface: str, *, anonymous: bool = False,
            affiliation: str | None = None, weight: int = 1, rule: str = "", region: str | None = None,
            conjoined: bool = False) -> None:
        """Record one mention of `name` (typed `etype`, written `surface`) in article `doc`; `region` is the larger
        place written after a place's name ("Paris, Texas"); `conjoined`, that a full name follows it after "and"
        ("Ottilie and Ivo Kern": Ottilie may be a Kern)."""
        e = self._entries.get((doc, name))
        if e is None:
            e = self._entries[(doc, name)] = _Entry(doc, name)
        e.types[etype] += weight
        e.rules[(etype, rule or TypeVote.MAJORITY)] += weight
        e.count += 1
        # a live-blog timestamp is never part of an alias, nor a leading article ("the Russian army")
        e.surfaces.add(re.sub(r"^(?:the|a|an)\s+(?=\S)", "", untimed(surface.strip()).strip(), flags=re.IGNORECASE))
        e.anonymous = e.anonymous or anonymous
        if affiliation and not e.affiliation:
            e.affiliation = affiliation
        if region and not e.region:
            e.region = region
        e.conjoined = e.conjoined or conjoined
        if not e.titled and person_core(surface)[1]:
            e.titled = any(w.lower().rstrip(".") in PERSONAL_TITLES for w in clean(surface).split()[:-1])
        if not e.titled and len(name.split()) >= 2:  # "a State Department spokesperson, Jane Roe": a role
            before = clean(surface)[: max(0, clean(surface).rfind(name))].rstrip(" ,").split()
            e.titled = bool(before) and before[-1].lower() in _ROLE_NOUNS

    def resolve(self) -> NameIndex:
        """Group every recorded name into clusters (see the module docstring for the rules)."""
        return _merge(list(self._entries.values()))


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


def _read(e: _Entry) -> Optional[_Node]:
    anon = e.anonymous or e.name.endswith(_ANON)
    display = clean(e.name[: -len(_ANON)] if e.name.endswith(_ANON) else e.name)
    if not any(c.isalpha() for c in display):
        return None
    types, rules = Counter(e.types), Counter(e.rules)
    if e.titled and not anon:
        types["Person"] += 2  # "President X", "Mr X", "a spokesperson, X": a title or role is evidence of a person
        rules[("Person", TypeVote.TITLE)] += 2
    evidence = Counter()
    for (t, rule), w in rules.items():
        if rule not in GUESSES and rule != TypeVote.MAJORITY:
            evidence[t] += w
    if evidence:  # "her organisation Faithless Hijabi": the text's evidence outweighs NER's repeated guess
        types = evidence
    vessel = vessel_type(display)
    if vessel:
        types = Counter({vessel: sum(types.values())})
        rules = Counter({(vessel, TypeVote.VESSEL): sum(types.values())})
    if types.get(EntityType.PERSON) and not e.titled and any(acronym(w) and 3 <= len(w.replace(".", "")) <= 4 and w.strip("IVX")
                                                     for w in display.split()):
        # "DAB said": an acronym names a body, not a person (a surname in capitals, "WALLACE:" in a transcript,
        # is longer than most acronyms)
        types["Organisation"] += types.pop(EntityType.PERSON)
        rules[("Organisation", TypeVote.ACRONYM)] += types["Organisation"]
    generic = is_generic(display, _majority(types), e.surfaces, anonymous=anon)
    retyped = _described_type(display, generic, _majority(types))
    if retyped is not None:
        total = sum(types.values())
        types, rules = Counter({retyped[0]: total}), Counter({retyped: total})
        generic = is_generic(display, retyped[0], e.surfaces, anonymous=anon)
    core = display
    if not generic and (_majority(types) == EntityType.PERSON or e.titled) and not vessel:
        core = person_core(display)[0]
    return _Node(e, display, core, types, generic, anon, rules)


def _described_type(display: str, generic: bool, etype: str) -> Optional[tuple[str, str]]:
    """The type a described speaker's own head noun gives it, against the type it spoke as: "the website said" is a
    publisher, "a police spokesman said" one person, "UNICEF reported they ..." a body, not a crowd."""
    from kg.lexicon.wordnet import noun_classes

    head = display.split()[-1]
    if generic and head.lower() in OUTLET_NOUNS and etype != EntityType.ORGANISATION:
        return EntityType.ORGANISATION, TypeVote.OUTLET
    plural = head.endswith(("s", "men", "people", "folk"))
    if generic and etype == EntityType.GROUP and head.islower() and not plural and \
            noun_classes(head, 1) == frozenset({"person"}) and display.split()[0].lower() not in _QUANTIFIERS:
        return EntityType.PERSON, TypeVote.ONE_PERSON
    if etype == EntityType.GROUP and acronym(display) and len(display.replace(".", "")) >= 3:
        return EntityType.ORGANISATION, TypeVote.ACRONYM
    return None


def _person(n: _Node) -> None:
    """A lone surname of a person the article (or corpus) names in full is a person, whatever NER said."""
    total = sum(n.types.values())
    n.types = Counter({EntityType.PERSON: total})
    n.rules = Counter({(EntityType.PERSON, TypeVote.SURNAME): total})


def _type_rule(members: list[_Node], etype: str) -> str:
    """The rule whose evidence weighs most for the type the entity was given."""
    votes: Counter = Counter()
    for n in members:
        for (t, rule), w in n.rules.items():
            if t == etype:
                votes[rule] += w
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] if votes else TypeVote.MAJORITY


_SURNAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al",
                                "el", "bin", "ibn", "dos", "das", "ter"})


def _shown_person(n: _Node) -> bool:
    """Does more than NER's label say that the full name `n` is a person's?"""
    return n.entry.count >= 2 or n.entry.titled or any(t == EntityType.PERSON and r not in (TypeRule.NER, TypeVote.MAJORITY)
                                                        for t, r in n.rules)


def _surnames_joined(nodes: list[_Node], uf: _UnionFind) -> dict[str, _Node]:
    """A lone surname joins the one full person name of its article carrying it, and is a person even when it is
    not clear whose. A capital may be a surname ("Valeska Orly ... Orly said") unless the text places it ("in
    Orly"); a country never is. Returns the full names by key."""
    full: dict[str, set] = defaultdict(set)  # surname skeleton -> keys of full person names
    full_node: dict[str, _Node] = {}
    for n in nodes:
        words = n.core.split()
        if not n.generic and len(words) >= 2 and _majority(n.types) == EntityType.PERSON:
            for last in surnames(n.core):
                full[skeleton(last)].add((name_key(n.core), last))
            full_node[name_key(n.core)] = n
    for n in nodes:
        words = n.core.split()
        if len(words) == 2 and words[0].lower() in _SURNAME_PARTICLES and not n.generic:
            words = words[1:]  # "La Riva", "van Dijk": a surname with its particle
        if n.generic or len(words) != 1 or country_named(words[0]) or country_of(words[0]) and \
                not n.types.get(EntityType.PERSON) and any(t == EntityType.PLACE and r in PLACED_BY_TEXT for t, r in n.rules):
            continue
        keys = {k for k, last in full.get(skeleton(words[0]), ()) if spelling_close(last, words[0])}
        if n.types.get(EntityType.PLACE) and not n.types.get(EntityType.PERSON) and known_place(words[0]):
            # a known place's name lends itself as a surname only to a full name the text shows is a person's (a
            # title, a speaker, more than once): never to "COVID Leeds" or "Make Leeds" NER took for people
            keys = {k for k in keys if _shown_person(full_node[k])}
        if len(keys) > 1:
            keys = _principal(keys, full_node)
        if len(keys) == 1:
            uf.union(id(full_node[next(iter(keys))]), id(n), MergeRule.SURNAME)
        if keys:  # a person's surname, whatever NER said, even when it is not clear whose
            _person(n)
        elif _majority(n.types) == EntityType.PERSON and not country_of(words[0]) and \
                (n.entry.count >= 2 or not n.entry.conjoined and not known_place(words[0])):
            _first_name_joined(n, words[0], full_node, nodes, uf)
    return full_node


def _principal(keys: set, full_node: dict[str, _Node]) -> set:
    """Of several full names carrying one surname, the one the article is about, when it names that one at least
    twice and twice as often as any other ("Ada Obi" four times, "her son Ben Obi" once: "Obi said" is Ada); else
    all of them (not clear whose)."""
    counts = sorted(((full_node[k].entry.count, k) for k in keys), reverse=True)
    top, second = counts[0][0], counts[1][0]
    return {counts[0][1]} if top >= 2 and top >= 2 * second else keys


def _first_name_joined(n: _Node, first: str, full_node: dict[str, _Node], nodes: list[_Node], uf: _UnionFind) -> None:
    """A first name alone ("Ada"; once will do unless it is also a place's name or stands before "and" and a full
    name) is the one person of the article
    named in full with it; a two-word name NER alone took for a body ("Judit Polgár") counts as a person's here, and
    becomes one when it is the only owner."""
    owners = {k: f for k, f in full_node.items() if f.core.split()[0] == first}
    guessed = {name_key(o.display): o for o in nodes if not o.generic and len(o.display.split()) == 2 and
               o.display.split()[0] == first and _majority(o.types) == EntityType.ORGANISATION and
               all(r in GUESSES for _, r in o.rules) and proper_word(o.display.split()[1])}
    owners = owners or guessed
    if len(owners) == 1:
        owner = next(iter(owners.values()))
        if owner in guessed.values():
            _person(owner)
        uf.union(id(owner), id(n), MergeRule.FIRST_NAME)


def _within_article(nodes: list[_Node], uf: _UnionFind) -> None:
    """Union the variants of one article: same key, lone surname -> its one full name, bare head -> its one
    qualified description."""
    by_key: dict[tuple[bool, str], int] = {}
    for i, n in enumerate(nodes):
        k = (n.generic, name_key(n.core))
        if k in by_key:
            uf.union(id(nodes[by_key[k]]), id(n), MergeRule.SAME_KEY)
        else:
            by_key[k] = i
    full_node = _surnames_joined(nodes, uf)
    long_forms: dict[str, set] = defaultdict(set)  # initials -> keys of proper names written out
    for n in nodes:
        if not n.generic and len(n.display.split()) >= 2:
            long_forms[initials(n.display)].add(name_key(n.display))
            full_node.setdefault(name_key(n.display), n)
    for n in nodes:
        if not n.generic and acronym(n.display) and country_named(n.display) is None:  # "US" is no "University of S."
            keys = long_forms.get(n.display.replace(".", "").upper(), set())
            if len(keys) == 1:  # "Federal Aviation Administration (FAA)"
                uf.union(id(full_node[next(iter(keys))]), id(n), MergeRule.ACRONYM)
    _truncated(nodes, uf)
    heads: dict[str, set] = defaultdict(set)
    head_node: dict[str, _Node] = {}
    for n in nodes:
        if n.generic and len(n.display.split()) > 1 and not n.anonymous and \
                n.display.split()[0].lower() not in _QUANTIFIERS:  # "every candidate" is no one candidate
            heads[fold(head_word(n.display))].add(name_key(n.display))
            head_node[name_key(n.display)] = n
    named: dict[str, set] = defaultdict(set)  # a head word -> the proper names of bodies carrying it
    for n in nodes:
        if not n.generic and _majority(n.types) == EntityType.ORGANISATION and len(n.display.split()) >= 2:
            for w in n.display.split():
                named[fold(w)].add(name_key(n.display))
                head_node.setdefault(name_key(n.display), n)
    for n in nodes:
        if n.generic and len(n.display.split()) == 1:
            keys = heads.get(fold(n.display), set())
            if not keys and not n.anonymous:  # "the party" -> the one named body of its article with that word
                keys = named.get(fold(n.display), set())
            if len(keys) == 1:
                uf.union(id(head_node[next(iter(keys))]), id(n), MergeRule.BARE_HEAD)


_QUANTIFIERS = frozenset({"every", "each", "all", "most", "many", "some", "several", "no", "any", "few", "both"})
_CUT_AT = frozenset({"and", "of", "for", "in", "on", "&"})


def _truncated(nodes: list[_Node], uf: _UnionFind) -> None:
    """A name cut short joins the one whole name of its article that it begins: "Council for Trade" joins
    "Council for Trade and Co-operation in Asia" (the whole name goes on with a function word, so
    "Bank of America" never joins "Bank of America Tower"; nor with "of" or "in" and a place: "Prohibition Party of
    Illinois" is a branch); a body's one-word tail standing alone joins the one
    body name ending with it ("the Times" -> "New York Times")."""
    bodies = [n for n in nodes if not n.generic and _majority(n.types) in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT)
              and len(n.display.split()) >= 2]
    for n in nodes:
        words = n.display.split()
        if n.generic or _majority(n.types) == EntityType.PERSON or acronym(n.display):
            continue
        longer = {name_key(b.display): b for b in bodies if len(b.display.split()) > len(words) and
                  b.display.split()[:len(words)] == words and b.display.split()[len(words)].lower() in _CUT_AT
                  and not _branch(b.display.split()[len(words):])}
        if len(words) == 1 and not longer:  # "the Times" -> "New York Times"; "the Church" -> "Church of X" above
            longer = {name_key(b.display): b for b in bodies if b.display.split()[-1] == words[0]
                      and not country_of(words[0]) and _majority(n.types) != EntityType.PLACE}
        if len(longer) == 1:
            uf.union(id(next(iter(longer.values()))), id(n), MergeRule.CUT_SHORT if len(words) >= 2 else MergeRule.TAIL)


def _branch(rest: list[str]) -> bool:
    """Does a longer name go on with a place, making it a branch of the shorter ("Prohibition Party" / "... of
    Illinois", "Red Cross" / "... in Kenya")?"""
    return len(rest) >= 2 and rest[0].lower() in ("of", "in") and known_place(" ".join(rest[1:]))


def _most_used(names: list[tuple[str, _Node]]) -> str:
    """The spelling used in the most articles, then the most often: '(Volodymyr) Zelensky' over 'Zelenskiy'."""
    docs: dict[str, set] = defaultdict(set)
    count: Counter = Counter()
    for name, n in names:
        docs[name].add(n.entry.doc)
        count[name] += n.entry.count
    return max(docs, key=lambda k: (len(docs[k]), count[k], not k.isupper(), not k.islower(), len(k.split()), k))


def _canonical(nodes: list[_Node], etype: str) -> str:
    if etype == EntityType.PERSON:
        full = [n for n in nodes if len(n.core.split()) >= 2 and not n.generic] or nodes
        return _most_used([(n.core, n) for n in full])
    if etype in (EntityType.PLACE, EntityType.ORGANISATION):
        countries = Counter({country_named(n.display): n.entry.count for n in nodes if country_named(n.display)})
        if countries:
            return countries.most_common(1)[0][0]
    if all(n.generic for n in nodes):  # a description keeps its qualifier: "young woman", not "woman"
        return max(nodes, key=lambda n: (len(n.display.split()), n.entry.count, n.display)).display
    named = [n for n in nodes if not n.generic]
    whole = [n for n in named if not any(len(o.display.split()) > len(n.display.split()) and
                                         o.display.split()[:len(n.display.split())] == n.display.split()
                                         for o in named)]  # never a name cut short: "Council for Trade"
    return _most_used([(n.display, n) for n in whole or named])


def _group_view(nodes: list[_Node]) -> tuple[str, str, bool, Counter]:
    types: Counter = Counter()
    for n in nodes:
        types += n.types
    etype = _majority(types)
    generic = all(n.generic for n in nodes)
    return _canonical(nodes, etype), etype, generic, types


def _across_articles(groups: dict[int, list[_Node]], uf: _UnionFind,
                     country_of_doc: dict[str, Optional[str]], region_of_doc: dict[str, Optional[str]]) -> dict[int, str]:
    """Union article-level groups across articles: same key, transliteration variant, lone surname, one
    institution; a force named by common words ("National Guard") only within one region (the article's main
    state or province, else its country). Returns the country that tells apart the nodes of institutions found in
    several countries."""
    views = {root: _group_view(ns) for root, ns in groups.items()}
    qualified = _institutions(groups, views, uf, country_of_doc)
    placed = _placed(groups, views, country_of_doc)
    forces: dict[str, dict[Optional[str], list[int]]] = defaultdict(lambda: defaultdict(list))
    by_key: dict[str, int] = {}
    for root, (name, etype, generic, _) in sorted(views.items(), key=lambda kv: kv[1][2]):
        country = country_named(name) if etype in (EntityType.PLACE, EntityType.ORGANISATION) else None
        k = name_key(country or name)  # "U.S.", "America" and "United States" are one country
        if root in placed:  # "Paris, Texas" joins only the Paris of articles that name Texas
            k = f"{k} @{name_key(placed[root])}"
        if all(n.local for n in groups[root]):  # "the Post" of one article is not the Post of another
            k = f"{k} @@{groups[root][0].entry.doc}"
        elif etype == EntityType.MILITARY_UNIT and _common_words(name):  # a state's "National Guard"
            forces[k][region_of_doc.get(groups[root][0].entry.doc)].append(root)
            k = f"{k} @@{region_of_doc.get(groups[root][0].entry.doc)}"
        if generic:
            if k in by_key:  # a description spelled like a proper name ("Democratic party")
                uf.union(by_key[k], root, MergeRule.SAME_KEY)
            continue
        if k in by_key:
            uf.union(by_key[k], root, MergeRule.SAME_KEY)
        else:
            by_key[k] = root
    _transliterations_joined(by_key, views, uf)
    _qualify_places(groups, views, placed, qualified)
    for by_region in forces.values():  # "National Guard (Oregon)" beside "National Guard (Vermont)"
        if len(by_region) > 1:
            qualified.update({id(n): region for region, roots in by_region.items() if region
                              for r in roots for n in groups[r]})
    _aliases_joined(groups, views, uf)
    _surnames_across(groups, views, uf)
    return qualified


def _transliterations_joined(by_key: dict[str, int], views: dict, uf: _UnionFind) -> None:
    """Union transliteration variants: same consonant skeleton word by word, a couple of edits apart, same type
    (a full name of two or more words spelt alike is one person even where NER typed one spelling as a body:
    "Oleksandra Petrenko" / "Olexandra Petrenko")."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for k, root in by_key.items():
        name, etype, _, _ = views[root]
        words = name.split()
        kind = "named" if len(words) >= 2 and etype in (EntityType.PERSON, EntityType.ORGANISATION) else etype
        buckets[(kind, tuple(skeleton(w) for w in words))].append(root)
    for (kind, skel), roots in buckets.items():
        if len(roots) < 2:
            continue
        for i, a in enumerate(roots):
            for b in roots[i + 1:]:
                if kind == "named" and EntityType.PERSON not in (views[a][1], views[b][1]):
                    continue
                if name_key(views[a][0]) != name_key(views[b][0]) and _same_transliteration(views[a][0], views[b][0]):
                    # (one name kept apart on purpose, by its article or its region, stays apart)
                    uf.union(a, b, MergeRule.TRANSLITERATION)


def _surnames_across(groups: dict[int, list[_Node]], views: dict, uf: _UnionFind) -> None:
    """A lone surname with person evidence joins the one full person name carrying it."""
    full: dict[str, set] = defaultdict(set)
    for root, (name, etype, generic, _) in views.items():
        words = name.split()
        if etype == EntityType.PERSON and not generic and len(words) >= 2:
            for last in surnames(name):
                full[skeleton(last)].add((root, last))
    for root, (name, etype, generic, types) in views.items():
        words = name.split()
        if generic or len(words) != 1 or not types.get(EntityType.PERSON) or country_of(name) or \
                types.get(EntityType.PLACE) and known_place(name):
            continue  # "a riot in Washington": a known place the text also took for a place is no lone surname
        targets = {uf.find(r) for r, last in full.get(skeleton(name), ()) if spelling_close(last, name)}
        if len(targets) == 1:
            uf.union(next(iter(targets)), root, MergeRule.SURNAME)
            for n in groups[root]:
                _person(n)


@lru_cache(maxsize=4096)
def _region_country(region: str) -> Optional[str]:
    """The country a region is in ("Texas" -> "United States"), or is ("New Zealand"); None when unknown
    ("Siberia")."""
    import pycountry

    if country_named(region):
        return country_named(region)
    codes = {s.country_code for s in pycountry.subdivisions if s.name == region}
    if len(codes) != 1:
        return None
    found = pycountry.countries.get(alpha_2=codes.pop())
    return (country_of(found.name) or found.name) if found else None


def _placed(groups: dict[int, list[_Node]], views: dict, country_of_doc: dict[str, Optional[str]]) -> dict[int, str]:
    """The region each article-level group of a place is placed in: the larger place written after it ("Paris,
    Texas"), else, for a place of the same name, the one such region its article names, or the one region whose
    country is unknown ("Omsk, Siberia") or the article's main country ("Karipur, Kerala" in an Indian story)."""
    out: dict[int, str] = {}
    regions: dict[str, set] = defaultdict(set)  # a place's key -> the regions written after it somewhere
    for root, (name, etype, generic, _) in views.items():
        region = next((n.entry.region for n in groups[root] if n.entry.region), None)
        if etype == EntityType.PLACE and not generic and region and name_key(region) != name_key(name):
            out[root] = region
            regions[name_key(name)].add(region)
    if not regions:
        return out
    named: dict[str, set] = defaultdict(set)  # article -> keys of the names it holds
    for nodes in groups.values():
        for n in nodes:
            named[n.entry.doc].add(name_key(n.display))
    for root, (name, etype, generic, _) in views.items():
        found = regions.get(name_key(name))
        if root in out or generic or not found:
            continue
        docs = {n.entry.doc for n in groups[root]}
        hits = {r for r in found if any(name_key(r) in named[d] for d in docs)} or \
            {r for r in found if _region_country(r) is None or _region_country(r) in {country_of_doc.get(d) for d in docs}}
        if len(hits) == 1:
            out[root] = hits.pop()
    return out


def _qualify_places(groups: dict[int, list[_Node]], views: dict, placed: dict[int, str],
                    qualified: dict[int, str]) -> None:
    """A placed place whose name another place of another region (or of none) also bears is named with its region:
    "Paris (Texas)" beside "Paris"."""
    regions: dict[str, set] = defaultdict(set)
    for root, (name, etype, generic, _) in views.items():
        if etype == EntityType.PLACE and not generic:
            regions[name_key(name)].add(placed.get(root))
    for root, region in placed.items():
        if len(regions[name_key(views[root][0])]) > 1:
            for n in groups[root]:
                qualified[id(n)] = region


def _aliases_joined(groups: dict[int, list[_Node]], views: dict, uf: _UnionFind) -> None:
    """A body's short name standing alone in one article ("Scientology", "NPP") joins the full name that another
    article joined it to ("Church of Scientology ... Scientology"), when only one full name claims it."""
    claimed: dict[str, set] = defaultdict(set)  # short name's key -> roots of full names that carry it
    for root, (name, etype, generic, _) in views.items():
        if generic or etype == EntityType.PERSON or len(name.split()) < 2:
            continue
        for n in groups[root]:
            if not n.generic and name_key(n.display) != name_key(name) and len(n.display.split()) == 1:
                claimed[name_key(n.display)].add(root)
    for root, (name, etype, generic, _) in views.items():
        if generic or etype == EntityType.PERSON or len(name.split()) != 1 or country_of(name):
            continue
        targets = {uf.find(r) for r in claimed.get(name_key(name), ())}
        if len(targets) == 1 and {views[r][1] for r in claimed[name_key(name)]} <= {etype, EntityType.ORGANISATION}:
            uf.union(next(iter(targets)), root, MergeRule.ALIAS)


_PARTICLES = frozenset({"of", "for", "and", "the", "on", "&"})


def _institution_name(name: str) -> bool:
    """A multi-word institution written as a name: every word capitalised ("Supreme Court", "State Department")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _PARTICLES for w in words) and words[0][:1].isupper()


def _common_words(name: str) -> bool:
    """Is every word of a name a common English word ("National Guard", "Border Police"; not "Royal Navy")?"""
    return all(not proper_word(w) for w in name.split() if w.lower() not in _PARTICLES)


def _main_region(nodes: list[_Node]) -> Optional[str]:
    """The state or province an article places itself in: the one it names clearly most often, else its main
    country."""
    counts: Counter = Counter()
    for n in nodes:
        if _majority(n.types) == EntityType.PLACE and n.display in regions():
            counts[n.display] += n.entry.count
    top = counts.most_common(2)
    if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        return top[0][0]
    return _main_country(nodes)


def _main_country(nodes: list[_Node]) -> Optional[str]:
    """The country an article places itself in: the one its places name clearly most often (twice as often as any
    other), a person's surname aside."""
    people = {w for n in nodes if _majority(n.types) == EntityType.PERSON and len(n.core.split()) >= 2
              for w in n.core.split()[1:]}
    counts: Counter = Counter()
    for n in nodes:
        if _majority(n.types) == EntityType.PLACE and n.display not in people:  # "Rep. Jim Jordan ... Jordan said"
            c = country_of(n.display)
            if c:
                counts[c] += n.entry.count
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else None  # clearly the main one


def _institutions(groups: dict[int, list[_Node]], views: dict, uf: _UnionFind,
                  country_of_doc: dict[str, Optional[str]]) -> dict[int, str]:
    """Union one institution's groups across articles ("Supreme Court", "State Department" in every article of a
    corpus) unless the articles place it in different countries (its own qualifier or affiliation, else the
    article's main country); an article that places it nowhere joins the one country there is. Returns, for the
    nodes of an institution found in several countries, that country (to tell the entities apart)."""
    buckets: dict[str, dict[Optional[str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for root, (name, etype, generic, _) in views.items():
        if not generic or etype != EntityType.ORGANISATION or not _institution_name(name) or \
                any(n.anonymous for n in groups[root]):
            continue
        nodes = groups[root]
        country = next((n.entry.affiliation for n in nodes if n.entry.affiliation), None) or \
            country_of_doc.get(nodes[0].entry.doc)
        buckets[name_key(name)][country].append(root)
    qualified: dict[int, str] = {}
    for by_country in buckets.values():
        known = [c for c in by_country if c]
        for country, roots in by_country.items():
            if country is None and len(known) == 1:
                roots = roots + by_country[known[0]][:1]
            for r in roots[1:]:
                uf.union(roots[0], r, MergeRule.INSTITUTION)
        if len(known) > 1:
            for country in known:
                for r in by_country[country]:
                    for n in groups[r]:
                        qualified[id(n)] = country
    return qualified


def _same_transliteration(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or [skeleton(w) for w in wa] != [skeleton(w) for w in wb]:
        return False
    if country_of(a) is not None and country_of(a) == country_of(b):
        return True  # short place names the world lexicon knows as one: "Kiev" / "Kyiv"
    return all(spelling_close(x, y) for x, y in zip(wa, wb))


def _final_view(members: list[_Node], qualified: dict[int, str]) -> tuple[str, str, bool, Counter]:
    """A final group's name, type, genericity and type evidence; an institution found in several countries is
    named with its own: "Supreme Court (Kenya)"."""
    name, etype, generic, types = _group_view(members)
    country = next((qualified[id(n)] for n in members if id(n) in qualified), None)
    return (f"{name} ({country})" if country else name), etype, generic, types


def _same_id_joined(nodes: list[_Node], uf: _UnionFind, qualified: dict[int, str]) -> dict[int, list[_Node]]:
    """The final groups, where two groups that would mint one entity id are one.

    A group's canonical name can change as groups join ("WTO" in one article and "W.T.O." in another join
    under their key, then the whole group is named "World Trade Organization"), so it can end up with the
    name and type of a group it was never compared with: same name, same type, same scope is one entity.
    """
    from kg.ids import entity_id

    while True:
        final: dict[int, list[_Node]] = defaultdict(list)
        for n in nodes:
            final[uf.find(id(n))].append(n)
        first: dict[str, int] = {}
        joined = False
        for root, members in final.items():
            name, etype, generic, _ = _final_view(members, qualified)
            docs = {n.entry.doc for n in members}
            key = entity_id(name, etype, scope=min(docs) if _kept(members) and len(docs) == 1 else None)
            if key in first:
                uf.union(first[key], root, MergeRule.SAME_ID)
                joined = True
            else:
                first[key] = root
        if not joined:
            return final


def proper_word(word: str) -> bool:
    """Is a one-word name a name wherever it is written: a country, or a word WordNet does not write in lower case
    as a noun's commonest sense (two for a region's name) nor as an adjective ("Toronto", "Mecca", "Scientology",
    "Google"; not "Post", "Independent", "Union", "Marine", "Centre")?"""
    from kg.lexicon.wordnet import common_word

    if country_of(word):
        return True
    return not common_word(word, 2 if word in regions() else 1)  # a region called "Centre" or "East" is a word


def _kept(members: list[_Node]) -> bool:
    """Is a group kept to its article: a description, or a one-word name that is also a common word?"""
    return all(n.generic for n in members) or all(n.local or n.generic for n in members) and \
        any(n.local for n in members)


def _merge(entries: list[_Entry]) -> NameIndex:
    nodes = [n for n in (_read(e) for e in entries) if n is not None]
    personal = {name_key(w) for n in nodes if _majority(n.types) == EntityType.PERSON for w in n.core.split()}
    for n in nodes:  # a one-word common word as a name ("the Post") is kept to its article, unless people bear it
        n.local = not n.generic and " " not in n.display and _majority(n.types) != EntityType.PERSON and \
            not acronym(n.display) and not country_named(n.display) and name_key(n.display) not in personal and \
            not proper_word(n.display)
    # a one-word name written in lower case somewhere ("family", "senate") is a common noun everywhere,
    # capitalised only where it starts a sentence
    common = {name_key(n.display) for n in nodes if n.generic and len(n.display.split()) == 1}
    for n in nodes:
        if not n.generic and len(n.display.split()) == 1 and name_key(n.display) in common:
            n.generic = True
    uf = _UnionFind()
    by_doc: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        uf.find(id(n))
        by_doc[n.entry.doc].append(n)
    for doc_nodes in by_doc.values():
        _within_article(doc_nodes, uf)
    local: dict[int, list[_Node]] = defaultdict(list)
    for n in nodes:
        local[uf.find(id(n))].append(n)
    country_of_doc = {doc: _main_country(doc_nodes) for doc, doc_nodes in by_doc.items()}
    region_of_doc = {doc: _main_region(doc_nodes) for doc, doc_nodes in by_doc.items()}
    qualified = _across_articles(local, uf, country_of_doc, region_of_doc)
    final = _same_id_joined(nodes, uf, qualified)
    clusters: list[Cluster] = []
    of: dict[tuple[str, str], Cluster] = {}
    for members in final.values():
        name, etype, generic, _ = _final_view(members, qualified)
        docs = {n.entry.doc for n in members}
        anonymous = any(n.anonymous for n in members) or unnamed_source(
            etype, generic, {s for n in members for s in n.entry.surfaces | {n.entry.name}}, name=name,
            spoke=any(rule == TypeRule.SPEAKER for n in members for _, rule in n.rules))
        aliases = set()
        for n in members:
            aliases |= {s for s in n.entry.surfaces if s} | {n.entry.name, n.display, n.core}
        aliases = {a.removesuffix(_ANON) for a in aliases}  # anonymity is a field, never part of a name
        aliases = {a for a in aliases if a != name and a.lower() not in PRONOUNS}
        affiliation = next((n.entry.affiliation for n in sorted(members, key=lambda n: -n.entry.count)
                            if n.entry.affiliation), None)
        c = Cluster(name=name, type=etype, scope=next(iter(docs)) if _kept(members) and len(docs) == 1 else None,
                    local=not generic and _kept(members) and len(docs) == 1,
                    aliases=aliases, mentions=sum(n.entry.count for n in members), docs=docs,
                    anonymous=anonymous, affiliation=affiliation, members=[n.entry.name for n in members],
                    type_rule=_type_rule(members, etype),
                    merge_rules=tuple(sorted(uf.why.get(uf.find(id(members[0])), ()))) or (MergeRule.ONE_NAME,))
        clusters.append(c)
        for n in members:
            of[(n.entry.doc, n.entry.name)] = c
    return NameIndex(clusters, of)

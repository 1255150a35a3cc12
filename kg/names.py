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
with the number of names, not with their pairs. Those steps live in `kg.namejoin`, the records both
modules share (`_Entry`, `_Node`, the union-find, `MergeRule`, `TypeVote`) in `kg.namenodes`; this module
holds the public API (`Names`, `NameIndex`, `Cluster`), the joins within an article and the final entities.

Types come from evidence: the weighted majority of a cluster's mentions, a personal title before a
name, a vessel prefix ("USS", "HMS": a naval vessel is a MilitaryUnit, a civilian one a Place).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from kg.lexicon.speech import PERSON_ROLE_NOUNS
from kg.lexicon.world import PERSONAL_TITLES, TITLES, country_named, country_of
from kg.model import EntityType
from kg.extract.unnamed import unnamed_source
from kg.extract.typeclues import GUESSES, OUTLET_NOUNS, PLACED_BY_TEXT, TypeRule, known_place
from kg.namekeys import (PRONOUNS, acronym, clean, fold, head_word, is_generic, name_key, person_core, skeleton,
                         initials, spelling_close, surname_key, surnames, untimed, vessel_type)
from kg.namejoin import _across_articles, _main_country, _main_region, proper_word
from kg.namenodes import _PARTICLES, MergeRule, particle_surname, TypeVote, _Entry, _group_view, _majority, _Node, _person, _UnionFind

__all__ = ["PRONOUNS", "Cluster", "MergeRule", "NameIndex", "Names", "fold", "name_key", "office_before", "proper_word",
           "surname_key"]


_ANON = " (anonymous)"
_ROLE_NOUNS = frozenset(PERSON_ROLE_NOUNS) | {t.rstrip(".") for t in TITLES} | PERSONAL_TITLES


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


class Names:
    """Variant names collected from every article, grouped into entities by `resolve()`."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], _Entry] = {}

    def add(self, name: str, etype: str, doc: str, surface: str, *, anonymous: bool = False,
            affiliation: str | None = None, weight: int = 1, rule: str = "", region: str | None = None,
            conjoined: bool = False, determined: bool = False, office: frozenset = frozenset()) -> None:
        """Record one mention of `name` (typed `etype`, written `surface`) in article `doc`; `region` is the larger
        place written after a place's name ("Paris, Texas"); `conjoined`, that a full name follows it after "and"
        ("Ottilie and Ivo Kern": Ottilie may be a Kern); `determined`, that a lower-case "the" stands before it ("the
        West": a name no person bears, when every mention of it in the article is so written); `office`, the office
        titles written right before it ("President" in "President Obi")."""
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
        e.offices |= office
        e.determined = determined if e.count == 1 else e.determined and determined
        if not e.titled and person_core(surface)[1]:
            e.titled = any(w.lower().rstrip(".") in PERSONAL_TITLES for w in clean(surface).split()[:-1])
        if not e.titled and len(name.split()) >= 2:  # "a State Department spokesperson, Jane Roe": a role
            before = clean(surface)[: max(0, clean(surface).rfind(name))].rstrip(" ,").split()
            e.titled = bool(before) and before[-1].lower() in _ROLE_NOUNS

    def resolve(self) -> NameIndex:
        """Group every recorded name into clusters (see the module docstring for the rules)."""
        return _merge(list(self._entries.values()))


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


def _type_rule(members: list[_Node], etype: str) -> str:
    """The rule whose evidence weighs most for the type the entity was given."""
    votes: Counter = Counter()
    for n in members:
        for (t, rule), w in n.rules.items():
            if t == etype:
                votes[rule] += w
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] if votes else TypeVote.MAJORITY


_SURNAME_PARTICLES = _PARTICLES


def _shown_person(n: _Node) -> bool:
    """Does more than NER's label say that the full name `n` is a person's?"""
    return n.entry.count >= 2 or n.entry.titled or any(t == EntityType.PERSON and r not in (TypeRule.NER, TypeVote.MAJORITY)
                                                        for t, r in n.rules)


def _surnames_joined(nodes: list[_Node], uf: _UnionFind, known: Counter | None = None) -> dict[str, _Node]:
    """A lone surname joins the one full person name of its article carrying it, and is a person even when it is
    not clear whose. A capital may be a surname ("Valeska Orly ... Orly said") unless the text places it ("in
    Orly"); a country never is. Returns the full names by key."""
    full: dict[str, set] = defaultdict(set)  # surname skeleton -> keys of full person names
    full_node: dict[str, _Node] = {}
    tails = frozenset(" ".join(n.core.split()[-2:]).lower() for n in nodes
                      if not n.generic and len(n.core.split()) >= 3)
    for n in nodes:
        words = n.core.split()
        if not n.generic and len(words) >= 2 and _majority(n.types) == EntityType.PERSON and \
                not particle_surname(words, tails):  # "De Blasio" is a surname, not a full name
            for last in surnames(n.core):
                full[skeleton(last)].add((name_key(n.core), last))
            full_node[name_key(n.core)] = n
    for n in nodes:
        words = n.core.split()
        if particle_surname(words, tails) and not n.generic:
            words = words[1:]  # "La Riva", "van Dijk": a surname with its particle
        word_named = n.generic and len(words) == 1 and words[0].istitle() and not n.anonymous and \
            all(clean(x).istitle() for x in n.entry.surfaces if x)  # "the running mate of Supreme": a name here
        if n.generic and not word_named or len(words) != 1 or country_named(words[0]) or n.entry.determined or \
                (country_of(words[0]) or known_place(words[0])) and \
                any(t == EntityType.PLACE and r in PLACED_BY_TEXT for t, r in n.rules):
            continue  # "in Orly": a place the text places; "the West": no one's surname
        keys = {k for k, last in full.get(skeleton(words[0]), ()) if spelling_close(last, words[0])}
        if n.types.get(EntityType.PLACE) and not n.types.get(EntityType.PERSON) and known_place(words[0]):
            # a known place's name lends itself as a surname only to a full name the text shows is a person's (a
            # title, a speaker, more than once): never to "COVID Leeds" or "Make Leeds" NER took for people
            keys = {k for k in keys if _shown_person(full_node[k])}
        keys = _same_office(n, keys, full_node)
        if len(keys) > 1:
            keys = _principal(keys, full_node, known or Counter())
        if len(keys) == 1:
            uf.union(id(full_node[next(iter(keys))]), id(n), MergeRule.SURNAME)
        if keys:  # a person's surname, whatever NER said, even when it is not clear whose
            _person(n)
        elif _majority(n.types) == EntityType.PERSON and not country_of(words[0]) and \
                (n.entry.count >= 2 or not n.entry.conjoined and not known_place(words[0])):
            _first_name_joined(n, words[0], full_node, nodes, uf)
    return full_node


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prof", "professor", "rev"})


def _offices(e: _Entry) -> set[str]:
    """The office titles written before a name ("President", "Senator"; not "Mr" or "Dr", which any bearer of the
    name may have)."""
    out: set[str] = set(e.offices)
    for s in e.surfaces:
        core, titled = person_core(s)
        whole = clean(s)
        if titled and whole.endswith(core):
            out |= {w.lower().rstrip(".,") for w in whole[: len(whole) - len(core)].split()}
    return {w for w in out if w in _ROLE_NOUNS and w not in _COURTESY}


def office_before(text: str, start: int) -> frozenset:
    """The office titles written right before a name at `start` of `text` ("the incumbent President [Ada Obi]"
    -> {"president"}), outside its span; courtesy titles aside."""
    found = re.search(r"((?:[A-Z][\w-]*\.? ){1,3})$", text[max(0, start - 40):start])
    words = {w.lower().rstrip(".") for w in found.group(1).split()} if found else set()
    return frozenset(w for w in words if w in _ROLE_NOUNS and w not in _COURTESY)


def _same_office(n: _Node, keys: set, full_node: dict[str, _Node]) -> set:
    """Of the full names a surname written with an office title ("President Obi") may stand for, those the article
    gives that office ("President Ben Obi", so never his niece "Ada Obi" named more often); else those given no
    other office ("Senator Ada Obi" is no "Governor Obi")."""
    office = _offices(n.entry)
    if not office or not keys:
        return keys
    held = {k: _offices(full_node[k].entry) for k in keys}
    same = {k for k in keys if held[k] & office}
    return same or {k for k in keys if not held[k]}


def _principal(keys: set, full_node: dict[str, _Node], known: Counter) -> set:
    """Of several full names carrying one surname, the one the article is about, when it names that one at least
    twice and twice as often as any other ("Ada Obi" four times, "her son Ben Obi" once: "Obi said" is Ada), or,
    named as often, the one the corpus names in three times as many articles and in five at least (the candidate
    across a season's news, not her son in two of its stories); else all of them (not clear whose)."""
    people: dict[tuple[str, str], list] = defaultdict(list)  # "Richard K. Guy" and "Richard Kenneth Guy": one
    for k in keys:
        words = full_node[k].core.split()
        people[(words[0], words[-1])].append(k)
    counts = sorted(((sum(full_node[k].entry.count for k in ks), max(ks, key=lambda k: full_node[k].entry.count))
                     for ks in people.values()), reverse=True)
    if len(counts) == 1:
        return {counts[0][1]}
    top, second = counts[0][0], counts[1][0]
    if top >= 2 and top >= 2 * second:
        return {counts[0][1]}
    reach = sorted(((max(known[k] for k in ks), sum(full_node[k].entry.count for k in ks),
                     max(ks, key=lambda k: full_node[k].entry.count)) for ks in people.values()), reverse=True)
    if reach[0][0] >= 5 and reach[0][0] >= 3 * reach[1][0] and reach[0][1] >= top:
        return {reach[0][2]}
    return keys


def _first_name_joined(n: _Node, first: str, full_node: dict[str, _Node], nodes: list[_Node], uf: _UnionFind) -> None:
    """A first name alone ("Ada"; once will do unless it is also a place's name or stands before "and" and a full
    name) is the one person of the article
    named in full with it; a two-word name NER alone took for a body ("Ilona Varga") counts as a person's here, and
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


def _within_article(nodes: list[_Node], uf: _UnionFind, known: Counter | None = None) -> None:
    """Union the variants of one article: same key, lone surname -> its one full name, bare head -> its one
    qualified description."""
    by_key: dict[tuple[bool, str], int] = {}
    for i, n in enumerate(nodes):
        k = (n.generic, name_key(n.core))
        if k in by_key:
            uf.union(id(nodes[by_key[k]]), id(n), MergeRule.SAME_KEY)
        else:
            by_key[k] = i
    _middle_names_joined(nodes, uf)
    full_node = _surnames_joined(nodes, uf, known or Counter())
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
        elif n.generic and 2 <= len(n.display.split()) <= 3 and n.display.islower():
            # "the fire service" -> the one named body whose name holds its words and ends with its head ("Harlow
            # Fire and Rescue Service"); never "the ambulance service" beside it
            words = [fold(w) for w in n.display.split()]
            keys = {k for k in named.get(words[-1], set()) if fold(head_node[k].display.split()[-1]) == words[-1]
                    and set(words) <= {fold(w) for w in head_node[k].display.split()}}
            if len(keys) == 1:
                uf.union(id(head_node[next(iter(keys))]), id(n), MergeRule.BARE_HEAD)


_QUANTIFIERS = frozenset({"every", "each", "all", "most", "many", "some", "several", "no", "any", "few", "both"})
_CUT_AT = frozenset({"and", "of", "for", "in", "on", "&"})


def _middle_names_joined(nodes: list[_Node], uf: _UnionFind) -> None:
    """One person written with and without a middle name or initial in one article ("Ada Obi", "Ada K. Obi", "Ada
    Kemi Obi") is one, when the article gives no other middle name that differs ("Ada K. Obi" and "Ada L. Obi" are
    two, and then "Ada Obi" is left apart)."""
    people: dict[tuple[str, str], list[_Node]] = defaultdict(list)
    for n in nodes:
        words = n.core.split()
        if not n.generic and len(words) >= 2 and _majority(n.types) == EntityType.PERSON:
            people[(fold(words[0]), fold(words[-1]))].append(n)
    for group in people.values():
        middles = {tuple(w[0].upper() for w in n.core.split()[1:-1]) for n in group} - {()}
        if len(group) >= 2 and len(middles) <= 1:
            for n in group[1:]:
                uf.union(id(group[0]), id(n), MergeRule.MIDDLE_NAME)


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
        tail = len(words) == 1 and words[0][:1].isupper() and not n.anonymous  # "the Post", written as a name
        if n.generic and not tail or _majority(n.types) == EntityType.PERSON or acronym(n.display):
            continue
        longer = {name_key(b.display): b for b in bodies if len(b.display.split()) > len(words) and
                  b.display.split()[:len(words)] == words and b.display.split()[len(words)].lower() in _CUT_AT
                  and not _branch(b.display.split()[len(words):])}
        if n.generic and len(words) == 1:
            longer = {}  # a common word opens no longer name ("the Post" is no "Post of Harlow Ltd")
        if len(words) == 1 and not longer:  # "the Times" -> "New York Times"; "the Church" -> "Church of X" above
            longer = {name_key(b.display): b for b in bodies if b.display.split()[-1] == words[0]
                      and not country_of(words[0]) and _majority(n.types) != EntityType.PLACE}
        if len(longer) == 1:
            uf.union(id(next(iter(longer.values()))), id(n), MergeRule.CUT_SHORT if len(words) >= 2 else MergeRule.TAIL)


def _branch(rest: list[str]) -> bool:
    """Does a longer name go on with a place, making it a branch of the shorter ("Prohibition Party" / "... of
    Illinois", "Red Cross" / "... in Kenya")?"""
    return len(rest) >= 2 and rest[0].lower() in ("of", "in") and known_place(" ".join(rest[1:]))


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


def _kept(members: list[_Node]) -> bool:
    """Is a group kept to its article: a description, or a one-word name that is also a common word?"""
    return all(n.generic for n in members) or all(n.local or n.generic for n in members) and \
        any(n.local for n in members)


def _role_written(alias: str) -> bool:
    """Does a person's alias hold a role: lower-case words ("director-general Ada Obi", "the agency's head Ada
    Obi", "President of Estonia Ada Obi") or an office's title ("Estonian President Ada Obi")? A name's own
    particles ("Said bin Taimur") are no role, nor a courtesy title ("Mr Obi", "Dr Ada Obi")."""
    if any(w[:1].islower() and w.lower() not in _SURNAME_PARTICLES for w in alias.split()):
        return True
    core, titled = person_core(alias)
    whole = clean(alias)
    return titled and whole.endswith(core) and any(
        w.lower().rstrip(".,") not in _COURTESY for w in whole[: len(whole) - len(core)].split())


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
    known = Counter(name_key(n.core) for n in nodes if not n.generic and len(n.core.split()) >= 2 and
                    _majority(n.types) == EntityType.PERSON)  # articles naming each full name (one entry each)
    for doc_nodes in by_doc.values():
        _within_article(doc_nodes, uf, known)
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
        aliases = {a for a in aliases if a != name and a.lower() not in PRONOUNS and
                   not (etype == EntityType.PERSON and not generic and _role_written(a))}
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

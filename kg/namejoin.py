"""Joins across articles: which article-level groups of names are one entity corpus-wide.

Proper names join by a case- and punctuation-free key; transliteration variants ("Zelensky" / "Zelenskiy") when
their consonant skeletons agree and their spellings are a couple of edits apart; a lone surname the one full name
that carries it; a body's short name the one full name another article joined it to; one institution ("Supreme
Court") unless the articles place it in different countries; a place of a common name ("Paris, Texas") only the
same place of the same region; a force named by common words ("National Guard") only within one region. Every step
looks candidates up by key, so cost grows with the number of names, not with their pairs. `_across_articles` runs
the steps; `kg.names` calls it between the joins within each article and the final entities.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Optional

from kg.extract.typeclues import known_place, regions
from kg.lexicon.world import country_named, country_of
from kg.model import EntityType
from kg.namekeys import name_key, skeleton, spelling_close, surnames
from kg.namenodes import MergeRule, _group_view, _majority, _Node, _person, _UnionFind

__all__ = ["proper_word"]


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
        if " " not in name and all(n.entry.determined for n in groups[root]):
            k = f"{k} @the"  # "the West" is one thing, and no person West (see below)
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
    for k, root in list(by_key.items()):  # "the Kremlin" is the Kremlin; "the West" no person West
        plain = by_key.get(k.removesuffix(" @the")) if k.endswith(" @the") else None
        if plain is not None and views[plain][1] != EntityType.PERSON:
            uf.union(plain, root, MergeRule.SAME_KEY)
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
    carried = {(n.entry.doc, skeleton(last)) for ns in groups.values() for n in ns
               if _majority(n.types) == EntityType.PERSON and len(n.core.split()) >= 2 for last in surnames(n.core)}
    for root, (name, etype, generic, types) in views.items():
        words = name.split()
        if generic or len(words) != 1 or not types.get(EntityType.PERSON) or country_of(name) or \
                types.get(EntityType.PLACE) and known_place(name) or all(n.entry.determined for n in groups[root]) \
                or all((n.entry.doc, skeleton(name)) in carried for n in groups[root]):
            # "a riot in Washington": a known place the text also took for a place is no lone surname; nor is "the
            # North"; a surname whose own article names people carrying it was settled there
            continue
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
    country is unknown ("Norilsk, Siberia") or the article's main country ("Velmora, Kerala" in an Indian story)."""
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
    if country_named(a) != country_named(b):
        return False  # a country's name is no spelling of a town's ("Colombia" / "Columbia")
    return all(spelling_close(x, y) for x, y in zip(wa, wb))


def proper_word(word: str) -> bool:
    """Is a one-word name a name wherever it is written: a country, or a word WordNet does not write in lower case
    as a noun's commonest sense (two for a region's name) nor as an adjective ("Toronto", "Mecca", "Scientology",
    "Google"; not "Post", "Independent", "Union", "Marine", "Centre")?"""
    from kg.lexicon.wordnet import common_word

    if country_of(word):
        return True
    return not common_word(word, 2 if word in regions() else 1)  # a region called "Centre" or "East" is a word


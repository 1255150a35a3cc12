"""Where each resolved entity is mentioned: the mention records (`mentions.jsonl`) of a build.

A mention is a span of an article's text, its entity and its kind (name, description, pronoun). Names come from
extraction (recognised names, claimers, the names inside longer names) and from the article itself (a name it
already gave one entity, written again); descriptions and pronouns from the careful rules of `kg.pronouns`
(he and she, I and we in quotations, "the company", appositions, "its"). A country's name that only ends a
longer name the recogniser missed ("the firm Hitwise UK") is no mention of the country.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract.documents import OUTLET_NOUNS, RECORD_NOUNS
from kg.lexicon.speech import DOCUMENT_NOUNS
from kg.lexicon.world import country_named
from kg.model import Entity, EntityType, MentionKind, QuoteKind
from kg.model import Mention as MentionRecord
from kg.names import PRONOUNS, NameIndex, name_key, proper_word
from kg.runon import untimed_start
from kg.pronouns import (APPOSITION, Antecedent, resolve_appositions, resolve_descriptions, resolve_its,
                         resolve_pronouns, resolve_speakers)

__all__ = ["mention_records"]


def _kind(surface: str, scoped: bool) -> MentionKind:
    """A mention's kind: a pronoun, a description (an entity confined to its article, or a lower-case or
    "the"-led surface: "the agency", "officials"), else a name."""
    words = surface.split()
    if surface.lower() in PRONOUNS:
        return MentionKind.PRONOUN
    if scoped or not words or not any(w[:1].isupper() for w in words) or words[0].lower() in ("the", "a", "an") and \
            not any(w[:1].isupper() for w in words[1:]):
        return MentionKind.DESCRIPTION
    return MentionKind.NAME


_WORD = re.compile(r"[\w.'’&-]+")
_NESTABLE = (EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE)


def _named_clusters(index: NameIndex) -> dict[str, object]:
    """Clusters by the key of their name, for names another name may carry inside it; a key two share is left out."""
    seen: dict[str, list] = {}
    for cl in index.clusters:
        if cl.scope is None and cl.type in _NESTABLE and not (cl.type == EntityType.PERSON and len(cl.name.split()) < 2):
            seen.setdefault(name_key(cl.name), []).append(cl)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _nested(art: str, surface: str, start: int, own, index: NameIndex, named: dict) -> list[tuple[int, int, object]]:
    """Names inside a longer name: "Ada Lovelace" in "Ada Lovelace Institute", "Norway" in "Visit Norway", "Leeds"
    in "University of Leeds" (its first words, its last words, or what follows "of"), where they name an entity;
    one word only where it is no common English word ("Post" of "Washington Post" is the paper itself), and last
    words only where one is no common word ("Chess Club" of "Montcada Chess Club" is that club's head); a place's
    name ends with another place only after "of" ("Gulf of Aden", "Hong Kong Island"; never "Hampshire" in
    "New Hampshire")."""
    words = list(_WORD.finditer(surface))
    first = 1 if words and words[0].group().lower() == "the" else 0  # "the Ada Lovelace Institute"
    subs = [(i, j) for i in range(first, len(words)) for j in range(i + 1, len(words) + 1)
            if (i, j) != (first, len(words)) and
            (i == first or j == len(words) or words[i - 1].group().lower() == "of")]
    out: list[tuple[int, int, object]] = []
    for i, j in sorted(subs, key=lambda ij: ij[0] - ij[1]):
        a, b = words[i].start(), words[j - 1].end()
        sub = surface[a:b]
        if not sub[:1].isupper() or sub.lower() in PRONOUNS or any(a < y and x < b for x, y, _ in out) or \
                " " not in sub and not proper_word(sub):
            continue  # "Post" in "Washington Post", "Independent" in "Independent Voters Network": a common word
        if i > first and j == len(words) and not any(proper_word(w) for w in sub.split()):
            continue  # "Chess Club" of "Montcada Chess Club": the longer name's own head, no other body's mention
        cl = index.cluster_of(art, sub) or named.get(name_key(sub))
        if cl is not None and own.type == EntityType.PLACE and cl.type == EntityType.PLACE and i > first and \
                j == len(words) and words[i - 1].group().lower() != "of":
            continue  # a place's name ends with no other place: "New Hampshire", "South Sudan"
        if cl is not None and cl is not own and cl.scope is None and cl.type in _NESTABLE:
            out.append((a, b, cl))
    return [(start + a, start + b, cl) for a, b, cl in out]


def mention_records(extractions: list, index: NameIndex, entity_of: dict[int, Entity],
                    claimer_names: Callable) -> list[MentionRecord]:
    """Every mention of a resolved entity, once per span, in article and text order: recognised names (and the
    names inside them, and a name written again), claimers (their pronouns and descriptions included), and the
    pronouns and descriptions that refer to a named entity. `extractions` are kg.resolve.ArticleExtraction;
    `claimer_names(extraction)` gives the name each claimer is resolved under (kg.resolve)."""
    by_key = _named_clusters(index)
    corpus = _corpus_names(index, entity_of)
    people = {e.id for e in entity_of.values() if e.type == EntityType.PERSON}
    scoped = {entity_of[id(cl)].id for cl in index.clusters if cl.scope}
    bodies = {e.id: e.type for e in entity_of.values()
              if e.type in (EntityType.ORGANISATION, EntityType.PLACE) and e.id not in scoped}
    bodies_here = {e.id for e in entity_of.values() if e.id in scoped and
                   e.type in (EntityType.ORGANISATION, EntityType.GROUP, EntityType.MILITARY_UNIT)}
    countries = {e.id: country_named(e.name) for e in entity_of.values()
                 if e.type == EntityType.PLACE and country_named(e.name)}
    out: dict[tuple[str, int, int], MentionRecord] = {}
    for ex in extractions:
        art, text = ex.source.article.id, ex.source.text
        claimers = claimer_names(ex)
        spans = [(m.name, m.start, m.end, False) for m in ex.mentions]
        spans += [(claimers[(c.claimer.name, c.claimer.mention)][0], untimed_start(text, c.claimer.start, c.claimer.end),
                   c.claimer.end, True) for c in ex.claims]
        for name, start, end, claimer in spans:
            cl = index.cluster_of(art, name)
            if cl is None or not 0 <= start < end <= len(text) or (art, start, end) in out or \
                    claimer and cl.scope is None and _a_document(text[start:end]):
                continue
            surface = text[start:end]
            kind = _kind(surface, cl.scope is not None and not cl.local)
            out[(art, start, end)] = MentionRecord(entity_id=entity_of[id(cl)].id, article=art, start=start, end=end,
                                                   text=surface, kind=kind)
            if kind == MentionKind.NAME and " " in surface.strip() and cl.type != EntityType.PERSON:
                for a, b, inner in _nested(art, surface, start, cl, index, by_key):
                    out.setdefault((art, a, b), MentionRecord(entity_id=entity_of[id(inner)].id, article=art, start=a,
                                                              end=b, text=text[a:b], kind=MentionKind.NAME))
        _repeated_names(art, text, out, set(people) | set(bodies), nestable=set(bodies))
        _repeated_names(art, text, out, set(), _elsewhere(art, corpus, index), set(bodies))
        _drop_country_tails(art, text, out)
        _country_names_only(art, text, out, countries)
        _pronoun_records(art, text, out, (people, bodies, bodies_here),
                         _quotations(ex, index, entity_of, out, bodies, claimer_names))
    return [out[k] for k in sorted(out)]


def _corpus_names(index: NameIndex, entity_of: dict[int, Entity]) -> dict[str, set[str]]:
    """The names an entity bears across the corpus that may be found again in an article that never recognised
    them: a name of two or more capitalised words ("Sea Org", "John Kerry"), or one word that is a known place or
    no common English word ("Toronto", "Scientology"; never "Post" or "Independent"); never a place whose name is
    also another's ("New York"). name -> entity ids."""
    from kg.runon import city_too

    out: dict[str, set[str]] = {}
    for cl in index.clusters:
        if cl.scope is not None or cl.type not in _NESTABLE or cl.anonymous:
            continue
        for name in {cl.name, *cl.aliases}:
            words = name.split()
            if not words or not all(w[:1].isupper() or w in _JOINERS for w in words) or not words[-1][:1].isupper():
                continue
            if len(words) == 1 and (cl.type == EntityType.PERSON or not proper_word(name)):
                continue
            if cl.type == EntityType.PLACE and city_too(name):
                continue  # "New York" in an article that never recognised it: the city or the state?
            out.setdefault(name, set()).add(entity_of[id(cl)].id)
    return out


_JOINERS = frozenset({"of", "for", "and", "the", "de", "da", "del", "van", "von", "&"})


def _elsewhere(art: str, corpus: dict[str, set[str]], index: NameIndex) -> dict[str, set[str]]:
    """The corpus's names (see `_corpus_names`) that the article itself never gave an entity."""
    return {name: eids for name, eids in corpus.items() if index.cluster_of(art, name) is None}


def _repeated_names(art: str, text: str, out: dict, named: set[str],
                    surfaces: dict[str, set[str]] | None = None, nestable: frozenset | set = frozenset()) -> None:
    """Add to `out` each further occurrence of a name the article already gave one entity ("Andy Warhol's death"
    after "Andy Warhol", where the recogniser missed it), or of `surfaces` (a name another article gave an entity:
    "the Sea Org" where the recogniser missed it here): written the same, inside or across no other mention (it
    may hold a shorter one: "Environment Canada" over a "Canada" the recogniser took alone), and a
    one-word name neither at the start of a sentence or line (where "Will" or "May" may be no name) nor beside
    another capitalised word (a longer name: "Quint" in "Quint Street"), unless it names a body or place
    (`nestable`) and opens a longer name that is no person's, the recogniser's or not (`_opens_name`)."""
    if surfaces is None:
        surfaces = {}
        for (a, _, _), r in out.items():
            if a == art and r.kind == MentionKind.NAME and r.entity_id in named:
                surfaces.setdefault(re.sub(r"['’]s?$", "", r.text.strip()), set()).add(r.entity_id)
    spans = sorted((s, e) for (a, s, e) in out if a == art)
    for surface, eids in sorted(surfaces.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if len(eids) != 1 or len(surface) < 2 or not surface[:1].isupper() or surface.lower() in PRONOUNS:
            continue
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(surface)}(?![\w-]|\.\w)", text):
            if not _free(text, m.start(), m.end(), spans, " " not in surface) and not (
                    " " not in surface and next(iter(eids)) in nestable and proper_word(surface) and
                    _opens_name(text, m.start(), m.end(), spans)):
                continue
            out[(art, m.start(), m.end())] = MentionRecord(entity_id=next(iter(eids)), article=art, start=m.start(),
                                                           end=m.end(), text=m.group(), kind=MentionKind.NAME)
            spans.append((m.start(), m.end()))


# words that may stand right before a country's name without making one name with it: "in UK", "The UK", "US Army"
_BEFORE_COUNTRY = frozenset({"the", "in", "at", "on", "for", "from", "to", "and", "or", "of", "by", "with", "as", "but",
                             "while", "when", "after", "before", "since", "across", "throughout", "into", "across",
                             "against", "between", "than", "if", "all", "both", "whole"})


def _drop_country_tails(art: str, text: str, out: dict) -> None:
    """Drop from `out` the mentions of a country whose name ends a longer name the recogniser missed: right after
    a capitalised word inside a sentence, not on a headline, that no mention covers and no function word or title
    is ("the firm Hitwise UK", "shares of Acme Canada")."""
    from kg.lexicon.world import PERSONAL_TITLES

    spans = [(s, e) for (a, s, e) in out if a == art]
    for (a, s, e), r in list(out.items()):
        if a != art or r.kind != MentionKind.NAME or country_named(r.text) is None:
            continue
        m = re.search(r"(?<![\w.'’-])([A-Z][\w&'’-]*) $", text[max(0, s - 40):s])
        if m is None or m.group(1).lower() in _BEFORE_COUNTRY or m.group(1).lower() in PERSONAL_TITLES or \
                country_named(m.group(1)) is not None:
            continue
        at = s - len(m.group(0))
        if _title_case_line(text, s):
            continue  # a headline capitalises every word: "Ukraine Pounds Russia with Drones"
        if re.search(r"(?:^|[.!?:;\n][\"“'‘]?)\s*$", text[max(0, at - 3):at]):
            continue  # a sentence's first word ("Meanwhile UK officials said") may be any word
        if not any(x <= at < y for x, y in spans if (x, y) != (s, e)):
            del out[(a, s, e)]


def _country_names_only(art: str, text: str, out: dict, countries: dict[str, str]) -> None:
    """A country is mentioned by its name, an alias or its demonym, never by a longer name that holds it: "The
    government of Norland" (a government is a body of its own), "Norland state of Pera", "Norland District judge"
    keep only the country's own name inside them (a name inside a longer name is a mention of its own thing); a
    name of something else ("Tunis", the capital) is none. `countries`: entity id -> country."""
    for (a, s, e), r in list(out.items()):
        country = countries.get(r.entity_id)
        if a != art or country is None or r.kind != MentionKind.NAME or _names_country(r.text, country):
            continue
        shared = re.match(r"(\w+) and \w+ ([A-Z][\w'’ -]+)", text[s:s + 60])
        tails = [" ".join(shared.group(2).split()[:k]) for k in (1, 2, 3)] if shared else []
        if shared and shared.group(1) == r.text and any(_names_country(f"{r.text} {t}", country) for t in tails):
            continue  # "[North] and South Korea": the compass word stands for the name the two share
        del out[(a, s, e)]
        for m in _WORD_RUN.finditer(r.text):
            inner = next((w for w in _runs(m.group()) if _names_country(w, country)), None)
            if inner is not None:
                x = s + m.start() + m.group().index(inner)
                out.setdefault((art, x, x + len(inner)), MentionRecord(
                    entity_id=r.entity_id, article=art, start=x, end=x + len(inner), text=inner, kind=MentionKind.NAME))
                break


_WORD_RUN = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*")  # capitalised words in a row


def _runs(words: str) -> list[str]:
    """The runs of whole words of `words`, longest first: "United States District" -> "United States District",
    "United States", "States District", "United", ..."""
    w = words.split(" ")
    return [" ".join(w[i:j]) for n in range(len(w), 0, -1) for i in range(len(w) - n + 1) for j in (i + n,)]


def _names_country(surface: str, country: str) -> bool:
    """Is `surface` a name, alias or demonym of `country` ("U.S.", "Norway's", "United-States", "British")?"""
    from kg.lexicon.world import country_of

    bare = re.sub(r"['’]s?$", "", surface.strip()).replace("-", " ")
    return country_named(bare) == country or country_of(bare) == country


_DOCUMENT_WORDS = (DOCUMENT_NOUNS | RECORD_NOUNS) - OUTLET_NOUNS  # "the website said" is the outlet's mention


def _a_document(surface: str) -> bool:
    """Does a claimer's words name a document ("FEC records", "reports from the interior ministry of Norland")?
    Its owner speaks through it, but the words are no mention of the owner (its name inside them is one)."""
    words = [w for i, w in enumerate(re.findall(r"[A-Za-z]+", surface)) if i == 0 or w.islower()]  # no name's word
    return any(w.lower() in _DOCUMENT_WORDS or w.lower()[:-1] in _DOCUMENT_WORDS for w in words)


def _title_case_line(text: str, at: int) -> bool:
    """Is character `at` on a title-case line (a headline): at least 3 long words, 70% of them capitalised?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _opens_name(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is the one-word name at start:end the first word of a longer name that no mention touches and that is no
    person's: the word after it a common English word ("Toronto Star", "Acme Browser"), or "the" before it
    ("the Leeds Ghostbusters")? A name inside a longer name is a mention of its own thing; never inside a
    person's name ("Jordan Peterson")."""
    nxt = re.match(r" ([A-Z][\w'’-]*)", text[end:end + 40])
    if nxt is None or re.search(r"(?<![\w.'’-])(?!The )[A-Z][\w.'’-]* $", text[max(0, start - 30):start]) or \
            any(s < end + nxt.end() and start < e for s, e in spans):
        return False
    from kg.lexicon.wordnet import common_word

    return common_word(nxt.group(1)) or re.search(r"(?<![\w-])[Tt]he $", text[max(0, start - 4):start]) is not None


def _free(text: str, start: int, end: int, spans: list[tuple[int, int]], one_word: bool) -> bool:
    """May a name found again at start:end be a mention? Not where a mention is, nor inside or across one (it
    may hold one: "Environment Canada" over a "Canada" the recogniser took alone); a one-word name touching
    none, and neither at a sentence's or line's start nor beside another capitalised word."""
    for s, e in spans:
        if s < end and start < e and not (start <= s and e <= end and not one_word) or (s, e) == (start, end):
            return False
    return not one_word or not (re.search(r"(?:^|[.!?:\n][\"“'‘]?)\s*$", text[max(0, start - 3):start]) or
                                re.search(r"[A-Z][\w.'’-]* $", text[max(0, start - 30):start]) or
                                re.match(r" [A-Z]", text[end:end + 2]))


def _inside_a_name(text: str, x: Antecedent, named: list[Antecedent]) -> bool:
    """Is the name `x` only a piece of a longer name ("Vietnam" in "the Vietnam War", "Leeds" in "Leeds Star")?
    Such an entity, named nowhere else in the article, is no antecedent for "the nation" or "the city"."""
    return any(a.start <= x.start and x.end <= a.end and (a.start, a.end) != (x.start, x.end) for a in named) or \
        re.match(r" [A-Z]", text[x.end:x.end + 2]) is not None or \
        re.search(r"(?<![\w.'’-])(?!The )[A-Z][\w.'’-]* $", text[max(0, x.start - 30):x.start]) is not None


def _quotations(ex, index: NameIndex, entity_of: dict[int, Entity], out: dict,
                bodies: dict, claimer_names: Callable) -> list[tuple]:
    """(start, end, person id, body id) of each quotation in a direct or mixed claim of the article: the named
    person it is credited to, and the body that speaks or that the speaker's mention or its apposition names
    ("Tunisia's coach Ada Obi", "Ada Obi, the Acme spokeswoman,"), for a later I or we."""
    from kg.extract.quotes import quotes_in

    art, text, found = ex.source.article.id, ex.source.text, []
    claimers = claimer_names(ex)
    quotes = quotes_in(text)
    for c in ex.claims:
        cl = index.cluster_of(art, claimers[(c.claimer.name, c.claimer.mention)][0])
        if c.quote == QuoteKind.INDIRECT or cl is None or cl.scope is not None or cl.anonymous:
            continue
        ent = entity_of[id(cl)]
        person = ent.id if ent.type == EntityType.PERSON else None
        apposition = APPOSITION.match(text, c.claimer.end)  # "Ada Obi, the Acme spokeswoman, said"
        reach = apposition.end() if apposition else c.claimer.end
        body = ent.id if ent.type == EntityType.ORGANISATION else next(
            (r.entity_id for (a, s, e), r in out.items() if a == art and c.claimer.start <= s < e <= reach
             and r.entity_id != ent.id and r.kind == MentionKind.NAME and r.entity_id in bodies), None)
        found += [(q.start, q.end, person, body) for q in quotes if q.start < c.end and c.start < q.end]
    return found + _quotes_after(text, quotes, found)


def _quotes_after(text: str, quotes: list, credited: list[tuple]) -> list[tuple]:
    """A quotation that follows a credited one in its paragraph, with no other quotation between, goes on in the
    same voice: '"We will appeal," Ada Obi said. "I am sure of it."'."""
    out: list[tuple] = []
    by_start = {s: c for c in credited for s in (c[0],)}
    for before, q in zip(quotes, quotes[1:]):
        voice = by_start.get(before.start)
        if voice is not None and q.start not in by_start and "\n" not in text[before.end:q.start]:
            out.append((q.start, q.end, voice[2], voice[3]))
            by_start[q.start] = out[-1]
    return out


def _pronoun_records(art: str, text: str, out: dict, kinds: tuple, quotations: list) -> None:
    """Add to `out` the he/she pronouns of an article that refer to a person it names, the first-person pronouns
    of the quotations credited to a named speaker, and the descriptions that refer to a body, place or person it
    names (kg.pronouns). `kinds`: the ids of people, bodies and places (id -> type), and bodies confined to the
    article (a mention of one written as a name, "Greens", is a rival for "the party")."""
    people, bodies, bodies_here = kinds
    rivals = [Antecedent(r.start, r.end, r.entity_id, r.text, EntityType.ORGANISATION) for (a, _, _), r in out.items()
              if a == art and r.entity_id in bodies_here and r.text[:1].isupper() and
              all(w[:1].isupper() or w in _JOINERS for w in r.text.split())]  # a name, not "Fifty officials"
    named = [Antecedent(r.start, r.end, r.entity_id, r.text, EntityType.PERSON) for (a, _, _), r in out.items()
             if a == art and r.kind == MentionKind.NAME and r.entity_id in people]
    taken = {(s, e) for (a, s, e) in out if a == art}
    speakers = [(s, e, person) for s, e, person, _ in quotations]
    found = [(s, e, eid, MentionKind.PRONOUN) for s, e, eid in resolve_pronouns(text, named, taken, speakers)]
    found += [(s, e, eid, MentionKind.PRONOUN) for s, e, eid in resolve_speakers(text, quotations, taken)]
    named_bodies = [Antecedent(r.start, r.end, r.entity_id, r.text, bodies[r.entity_id])
                    for (a, _, _), r in out.items()
                    if a == art and r.kind == MentionKind.NAME and r.entity_id in bodies]
    inner = {x for x in named_bodies if _inside_a_name(text, x, named_bodies)}
    standalone = {x.entity_id for x in named_bodies if x not in inner}
    named_bodies = [x for x in named_bodies if x not in inner or x.entity_id in standalone]
    found += [(s, e, eid, MentionKind.DESCRIPTION)
              for s, e, eid in resolve_descriptions(text, named_bodies, taken, named, rivals)]
    found += [(s, e, eid, MentionKind.PRONOUN) for s, e, eid in resolve_its(text, named_bodies, taken)]
    found += [(s, e, eid, MentionKind.DESCRIPTION)
              for s, e, eid in resolve_appositions(text, named + named_bodies, taken)]
    for start, end, eid, kind in found:
        out.setdefault((art, start, end), MentionRecord(entity_id=eid, article=art, start=start, end=end,
                                                        text=text[start:end], kind=kind))

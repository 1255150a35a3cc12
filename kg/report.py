"""The build report: what a user should know about a build before trusting it.

`report(records)` answers, from the records alone: which articles have no outlet or no date, which entities
were merged from several spellings, which look-alike entities were kept apart, and anything suspicious —
entities whose names differ only in case, punctuation or a title, a lone surname left beside the one full
name that carries it, a person named like a vessel, a name holding a timestamp. The pipeline writes it as
`report.json`; `summary(report)` is the few lines the CLI prints.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from kg.lexicon.world import country_of
from kg.model import EntityType, Records
from kg.namekeys import is_generic, name_key, person_core, skeleton, spelling_close, surnames, vessel_type

__all__ = ["report", "summary", "write_report"]

_TIME_IN_NAME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _value(x) -> str:
    return getattr(x, "value", x)


def _scoped(e) -> bool:
    """Is `e` kept to its article: a description ('officials', 'the ministry') or a one-word name that is also a
    common word ('the Post', kg.names.proper_word)?"""
    from kg.names import proper_word

    return len(e.articles) <= 1 and (is_generic(e.name, _value(e.type), set(e.aliases), anonymous=e.anonymous) or
                                     " " not in e.name and _value(e.type) != EntityType.PERSON and
                                     not proper_word(e.name))


def _variants(e) -> list[str]:
    """The aliases of `e` that are other spellings of its name, not just other surfaces of it."""
    own = name_key(e.name)
    seen, out = {own}, []
    for a in e.aliases:
        k = name_key(person_core(a)[0])
        if k and k not in seen and not a.lower().startswith(("he", "she", "they")):
            seen.add(k)
            out.append(a)
    return out


def _same_name_groups(entities) -> list[list[str]]:
    groups: dict[str, list] = defaultdict(list)
    for e in entities:
        if _scoped(e):
            continue
        core = person_core(e.name)[0] if _value(e.type) == EntityType.PERSON else e.name
        groups[name_key(core)].append(e)
    return [sorted(f"{e.name} ({e.id})" for e in g) for g in groups.values() if len(g) > 1]


def _lone_surnames(entities) -> tuple[list[dict], list[dict]]:
    """(lone surnames beside exactly one full name carrying them, surnames shared by several full names)."""
    full: dict[str, list] = defaultdict(list)
    for e in entities:
        words = e.name.split()
        if _value(e.type) == EntityType.PERSON and len(words) >= 2 and not _scoped(e):
            for last in surnames(e.name):
                full[skeleton(last)].append((e, last))
    lone, shared = [], []
    for e in entities:
        if len(e.name.split()) != 1 or _scoped(e) or _value(e.type) == EntityType.PLACE or country_of(e.name):
            continue
        matches = list({f.id: f for f, last in full.get(skeleton(e.name), ()) if spelling_close(last, e.name)}.values())
        if len(matches) == 1:
            lone.append({"surname": e.name, "id": e.id, "full_name": matches[0].name, "full_id": matches[0].id})
        elif len(matches) > 1:
            shared.append({"surname": e.name, "id": e.id, "full_names": sorted(f.name for f in matches)})
    return lone, shared


def report(records: Records) -> dict:
    """The build report of `records` (a JSON-ready dict; see the module docstring)."""
    arts = records.articles
    ents = records.entities
    lone, shared = _lone_surnames(ents)
    merged = [{"id": e.id, "name": e.name, "variants": v} for e in ents if (v := _variants(e))]
    suspicious = {
        "same_name": _same_name_groups(ents),
        "lone_surname": lone,
        "vessel_as_person": [e.id for e in ents if _value(e.type) == EntityType.PERSON and vessel_type(e.name)],
        "time_in_name": [e.id for e in ents if _TIME_IN_NAME.search(e.name)],
        "unattributed_claims": [c.id for c in records.claims if not c.claimer.strip()],
    }
    return {
        "articles": len(arts),
        "without_outlet": sorted(a.doc for a in arts if not a.outlet),
        "without_date": sorted(a.doc for a in arts if not a.date),
        "entities": len(ents),
        "entities_per_article_only": sum(_scoped(e) for e in ents),
        "merged": merged,
        "kept_apart": shared,
        "suspicious": suspicious,
    }


def summary(rep: dict) -> list[str]:
    """A few human lines about report `rep` (what the CLI prints after a build)."""
    n = rep["articles"]
    lines = [f"report: {len(rep['without_outlet'])}/{n} articles without outlet, "
             f"{len(rep['without_date'])}/{n} without date; {len(rep['merged'])} entities merged from variant "
             f"names, {len(rep['kept_apart'])} surnames left apart (several full names carry them)"]
    sus = {k: v for k, v in rep["suspicious"].items() if v}
    if sus:
        lines.append("report: suspicious: " + ", ".join(f"{len(v)} {k.replace('_', ' ')}" for k, v in sus.items()))
    return lines


def write_report(records: Records, path: Path) -> Path:
    """Write the build report of `records` to `path` (JSON) atomically; returns `path`."""
    from kg.io.atomic import atomic_write
    return atomic_write(Path(path), json.dumps(report(records), indent=1, ensure_ascii=False) + "\n")

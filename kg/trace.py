"""The fact-checker's trace: a claim, who asserts it, every article and outlet that carried it, the
wire agencies behind them, who disputes it and why, and how many independent sources carry it."""
from __future__ import annotations

import re

from kg.errors import KGError
from kg.model import Records

__all__ = ["find_claim", "render_trace", "trace"]

_WORD = re.compile(r"[\w’'-]+")


def _words(s: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(s)}


def find_claim(records: Records, query: str):
    """The claim whose id is `query`, else the claim whose content best matches its words.

    Raises KGError when nothing matches.
    """
    for c in records.claims:
        if c.id == query:
            return c
    want = _words(query)
    best, score = None, 0.0
    for c in records.claims:
        have = _words(c.content)
        if not have:
            continue
        s = len(want & have) / len(want | have)
        if s > score:
            best, score = c, s
    if best is None or score < 0.15:
        raise KGError(f"no claim matches {query!r}; give a claim id from claims.jsonl or more of its words")
    return best


def trace(records: Records, query: str) -> dict:
    """The trace of the claim `query` names, as plain data (see the module docstring)."""
    claim = find_claim(records, query)
    arts = {a.id: a for a in records.articles}
    cluster = next((k for k in records.clusters if claim.id in k.claims), None)
    member_ids = cluster.claims if cluster else [claim.id]
    by_id = {c.id: c for c in records.claims}
    appearances = []
    for mid in member_ids:
        c = by_id[mid]
        a = arts.get(c.article)
        appearances.append({
            "claim": c.id, "claimer": c.claimer, "claimer_mention": c.claimer_mention, "cue": c.cue, "quote": c.quote,
            "date": c.date, "doc": c.doc, "title": a.title if a else None, "outlet": a.outlet if a else None,
            "agencies": a.agencies if a else [], "story": a.story if a else None, "start": c.start, "end": c.end,
            "sentence": c.sentence})
    disputes = []
    for d in records.disputes:
        if d.a in member_ids or (d.b and d.b in member_ids):
            other_id = d.b if d.a in member_ids else d.a
            other = by_id.get(other_id) if other_id else None
            disputes.append({"id": d.id, "kind": d.kind, "reason": d.reason,
                             "by": other.claimer if other else d.claimer,
                             "direction": "disputed by" if d.a in member_ids else "disputes",
                             "other_claim": other.id if other else None,
                             "other_content": other.content if other else None,
                             "other_doc": other.doc if other else None})
    return {
        "claim": {"id": claim.id, "content": claim.content, "claimer": claim.claimer, "cue": claim.cue,
                  "quote": claim.quote, "polarity": claim.polarity, "date": claim.date, "doc": claim.doc},
        "asserted_by": sorted({a["claimer"] for a in appearances}),
        "appearances": appearances,
        "outlets": sorted({a["outlet"] for a in appearances if a["outlet"]}),
        "agencies": sorted({g for a in appearances for g in a["agencies"]}),
        "independent_sources": len({a["story"] for a in appearances}),
        "disputes": disputes,
    }


def render_trace(t: dict) -> str:
    """The trace as a readable tree."""
    c = t["claim"]
    lines = [f"claim {c['id']}", f"  “{c['content']}”"]
    lines.append(f"├─ asserted by: {', '.join(t['asserted_by'])}")
    lines.append(f"├─ carried by {len(t['appearances'])} article(s), {t['independent_sources']} independent source(s)")
    for i, a in enumerate(t["appearances"]):
        last = i == len(t["appearances"]) - 1
        branch = "│  └─" if last else "│  ├─"
        where = a["outlet"] or "outlet unknown"
        extra = f"; wire: {', '.join(a['agencies'])}" if a["agencies"] else ""
        lines.append(f"{branch} {a['doc']} ({where}, {a['date'] or 'undated'}{extra}): {a['claimer_mention']} "
                     f"[{a['claimer']}] {a['cue']} ({a['quote']}) @ {a['start']}-{a['end']}")
    if t["agencies"]:
        lines.append(f"├─ wire agencies behind the outlets: {', '.join(t['agencies'])}")
    if t["disputes"]:
        lines.append(f"└─ disputes ({len(t['disputes'])}):")
        for i, d in enumerate(t["disputes"]):
            branch = "   └─" if i == len(t["disputes"]) - 1 else "   ├─"
            other = f" “{d['other_content'][:100]}” ({d['other_doc']})" if d["other_content"] else ""
            lines.append(f"{branch} {d['direction']} {d['by']} [{d['kind']}]{other}")
            lines.append(f"{'      ' if i == len(t['disputes']) - 1 else '   │  '}why: {d['reason']}")
    else:
        lines.append("└─ no dispute found")
    return "\n".join(lines)

"""The fact-checker's trace: a claim, who asserts it, every article and outlet that carried it, the
wire agencies behind them, who disputes it and why, and how many independent sources carry it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import KGError
from kg.model import Polarity, Records

__all__ = ["carried_by", "find_claim", "find_claims", "render_frame", "render_matches", "render_trace", "trace"]

_WORD = re.compile(r"[\w’'-]+")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("es", ""), ("ed", ""), ("s", ""))
_MIN_SCORE = 0.15


@lru_cache(maxsize=1 << 16)
def _stem(w: str) -> str:
    """A crude English stem, so 'denies', 'denied' and 'deny' meet ('deny')."""
    w = w.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf, rep in _SUFFIXES:
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)] + rep
    return w


def _words(s: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(s or "")}


def _score(want: set[str], c) -> float:
    """How well the query words match a claim: its content, claimer and cue all count, content most."""
    content = _words(c.content)
    speaker = _words(c.claimer) | _words(c.claimer_mention) | _words(c.cue)
    if not content or not want:
        return 0.0
    # a word matched in who speaks or how ("Russia", "denies") counts half again as much as one in the content
    covered = (len(want & (content | speaker)) + 0.5 * len(want & speaker)) / (1.5 * len(want))
    jaccard = len(want & content) / len(want | content)
    return round(0.7 * covered + 0.3 * jaccard, 4)


def find_claims(records: Records, query: str, *, limit: int = 10, claims=None) -> list[tuple[float, object]]:
    """Every claim `query` matches, best first, as (score, claim), at most `limit` of them.

    `query` is a claim id (then that claim alone, score 1.0) or words of the claim, its claimer or
    its cue: "Russia denies" finds the claims Russia denies. Claims of one cluster (the same claim
    in several articles) count once. An empty list when nothing matches. `claims`: rank these (anything with a
    claim's id, content, claimer, claimer_mention, cue, polarity, doc, start and cluster) instead of the records'.
    """
    claims = records.claims if claims is None else claims
    for c in claims:
        if c.id == query:
            return [(1.0, c)]
    want = _words(query)
    seen, out = set(), []
    scored = sorted(((_score(want, c), c) for c in claims), key=lambda sc: (-sc[0], sc[1].doc, sc[1].start))
    for s, c in scored:
        if s < _MIN_SCORE or len(out) >= limit:
            break
        key = c.cluster or c.id
        if key not in seen:
            seen.add(key)
            out.append((s, c))
    return out


def find_claim(records: Records, query: str, *, graph: str = ""):
    """The best claim for `query` (see `find_claims`). Raises KGError, naming `graph`, when nothing matches."""
    found = find_claims(records, query, limit=1)
    if not found:
        where = f" in {graph}" if graph else ""
        raise KGError(f"no claim matches {query!r}{where}; give a claim id from claims.jsonl or more of its words"
                      + (" (or -g BUILD_FOLDER for another graph)" if graph else ""))
    return found[0][1]


def _by(polarity: str) -> str:
    return "denied by" if polarity == Polarity.DISPUTES else "asserted by"


def render_matches(matches: list[tuple[float, object]], query: str, graph: str) -> str:
    """The ranked list of claims a text search matched."""
    lines = [f"{len(matches)} claim(s) match {query!r} in {graph} (best first; `kg trace ID` traces one):"]
    for i, (s, c) in enumerate(matches, 1):
        text = c.content if len(c.content) <= 90 else c.content[:89] + "…"
        lines.append(f"{i:>3}. {c.id}  {s:.2f}  {_by(c.polarity)} {c.claimer} ({c.cue}, {c.doc}): “{text}”")
    return "\n".join(lines)


def trace(records: Records, query: str, *, graph: str = "") -> dict:
    """The trace of the claim `query` names (its best match), as plain data (see the module docstring).

    Raises KGError, naming `graph`, when no claim matches.
    """
    claim = find_claim(records, query, graph=graph)
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
            "polarity": c.polarity,
            "date": c.date, "doc": c.doc, "title": a.title if a else None, "outlet": a.outlet if a else None,
            "agencies": a.agencies if a else [], "story": a.story if a else None, "start": c.start, "end": c.end,
            "sentence": c.sentence, "rule": c.rule})
    disputes = []
    for d in records.disputes:
        if d.a in member_ids or (d.b and d.b in member_ids):
            other_id = d.b if d.a in member_ids else d.a
            other = by_id.get(other_id) if other_id else None
            disputes.append({"id": d.id, "kind": d.kind, "reason": d.reason, "score": d.score, "rule": d.rule,
                             "by": other.claimer if other else d.claimer,
                             "direction": "disputed by" if d.a in member_ids else "disputes",
                             "other_claim": other.id if other else None,
                             "other_content": other.content if other else None,
                             "other_doc": other.doc if other else None})
    return {
        "graph": graph,
        "claim": {"id": claim.id, "content": claim.content, "claimer": claim.claimer, "cue": claim.cue,
                  "quote": claim.quote, "polarity": claim.polarity, "date": claim.date, "doc": claim.doc,
                  "rule": claim.rule, "frame": claim.frame.model_dump(exclude_defaults=True)},
        **carried_by(appearances),
        "disputes": disputes,
    }


def carried_by(appearances: list[dict]) -> dict:
    """Who asserts and who denies a claim, and where it appears: the part of a trace its appearances give."""
    return {
        "asserted_by": sorted({a["claimer"] for a in appearances if a["polarity"] != Polarity.DISPUTES}),
        "denied_by": sorted({a["claimer"] for a in appearances if a["polarity"] == Polarity.DISPUTES}),
        "appearances": appearances,
        "outlets": sorted({a["outlet"] for a in appearances if a["outlet"]}),
        "agencies": sorted({g for a in appearances for g in a["agencies"]}),
        "independent_sources": len({a["story"] for a in appearances}),
    }


def render_frame(f: dict) -> str:
    """A frame as one line: subject, (not) predicate, object or complement, modality, tense, figures."""
    pred = ("not " if f.get("negated") else "") + (f.get("modality", "") + " " if f.get("modality") else "") + \
        (f.get("predicate", "") if f.get("predicate") != "be" else "be " + f.get("complement", ""))
    parts = [f"subject “{f.get('subject', '')}”" + (f" [{f['subject_id']}]" if f.get("subject_id") else ""),
             f"predicate {pred.strip()}" + (f" (via {f['via']})" if f.get("via") else "")]
    if f.get("object"):
        parts.append(f"object “{f['object']}”")
    if f.get("tense"):
        parts.append(f.get("tense"))
    if f.get("rejects"):
        parts.append("rejects" + (f" “{f['target']}”" if f.get("target") else ""))
    for m in f.get("measures", []):
        parts.append(f"figure {m['text']} of {m.get('counts') or '?'}")
    return "; ".join(parts)


def render_trace(t: dict) -> str:
    """The trace as a readable tree."""
    c = t["claim"]
    lines = [f"claim {c['id']}" + (f" in {t['graph']}" if t.get("graph") else ""), f"  “{c['content']}”"]
    if c.get("frame"):
        lines.append(f"├─ frame: {render_frame(c['frame'])}")
    if c.get("rule"):
        lines.append(f"├─ rule: {c['rule']}")
    for key, words in (("asserted_by", "asserted by"), ("denied_by", "denied by")):
        if t.get(key):
            lines.append(f"├─ {words}: {', '.join(t[key])}")
    lines.append(f"├─ carried by {len(t['appearances'])} article(s), {t['independent_sources']} independent source(s)")
    for i, a in enumerate(t["appearances"]):
        last = i == len(t["appearances"]) - 1
        branch = "│  └─" if last else "│  ├─"
        where = a["outlet"] or "outlet unknown"
        extra = f"; wire: {', '.join(a['agencies'])}" if a["agencies"] else ""
        lines.append(f"{branch} {a['doc']} ({where}, {a['date'] or 'undated'}{extra}): {_by(a['polarity'])} "
                     f"{a['claimer_mention']} [{a['claimer']}], “{a['cue']}” ({a['quote']}) @ {a['start']}-{a['end']}")
    if t["agencies"]:
        lines.append(f"├─ wire agencies behind the outlets: {', '.join(t['agencies'])}")
    lines += _render_disputes(t["disputes"])
    return "\n".join(lines)


def _render_disputes(disputes: list[dict]) -> list[str]:
    """The disputes of a trace: who, kind and score (when known), the other claim, why, and the rules that found it."""
    if not disputes:
        return ["└─ no dispute found"]
    lines = [f"└─ disputes ({len(disputes)}):"]
    for i, d in enumerate(disputes):
        last = i == len(disputes) - 1
        other = f" “{d['other_content'][:100]}” ({d['other_doc']})" if d["other_content"] else ""
        score = f", score {d['score']:.2f}" if d.get("score") is not None else ""
        lines.append(f"{'   └─' if last else '   ├─'} {d['direction']} {d['by']} [{d['kind']}{score}]{other}")
        lines.append(f"{'      ' if last else '   │  '}why: {d['reason']}")
        if d.get("rule"):
            lines.append(f"{'      ' if last else '   │  '}rule: {d['rule']}")
    return lines

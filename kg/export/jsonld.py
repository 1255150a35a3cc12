"""claims.jsonld: the claims as schema.org `Claim`s, for fact-checking tools (ClaimReview pipelines, Google's
Fact Check tools, any JSON-LD reader), and the disputes in kg's own vocabulary.

Each claim: `text`, `author` (a Person or Organization with its name), `datePublished`, `appearance`
(the NewsArticle it was read in: `url`, `publisher`, `datePublished`, `headline`) and `firstAppearance`
(the earliest article carrying the same claim). Every `@id` is the IRI the RDF export gives the same
record, so the two merge. The `@context` is inline: reading the file fetches nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.io.atomic import atomic_file
from kg.model import EntityType, Records
from kg.rdf.mapping import iri
from kg.rdf.namespace import ONTOLOGY_IRI

__all__ = ["CONTEXT", "to_jsonld", "write_jsonld"]

CONTEXT = {
    "@vocab": "https://schema.org/",
    "schema": "https://schema.org/",
    "kg": ONTOLOGY_IRI + "#",
    "url": {"@id": "schema:url", "@type": "@id"},
    "Dispute": "kg:Dispute",
    "disputed": {"@id": "kg:disputed", "@type": "@id"},
    "disputant": {"@id": "kg:disputant", "@type": "@id"},
    "disputeKind": "kg:disputeKind",
    "reason": "kg:reason",
    "cue": "kg:cue",
    "quoteKind": "kg:quoteKind",
    "claimId": "kg:claimId",
}
# schema.org has Person and Organization; a collective source ("officials") or a unit speaks as an organisation
_AUTHOR_TYPE = {EntityType.PERSON: "Person", EntityType.ORGANISATION: "Organization", EntityType.GROUP: "Organization",
                EntityType.MILITARY_UNIT: "Organization", EntityType.PLACE: "Place"}


def _article(a) -> dict:
    out = {"@id": str(iri("article", a.id)), "@type": "NewsArticle", "headline": a.title or a.doc}
    if a.url:
        out["url"] = a.url
    if a.outlet:
        out["publisher"] = {"@type": "Organization", "name": a.outlet}
    if a.date:
        out["datePublished"] = a.date
    return out


def _nodes(records: Records):
    arts = {a.id: a for a in records.articles}
    first: dict[str, object] = {}
    for c in records.claims:
        key = c.cluster or c.id
        if key not in first or (c.date or "9999", c.doc) < (first[key].date or "9999", first[key].doc):
            first[key] = c
    for c in records.claims:
        node = {"@id": str(iri("claim", c.id)), "@type": "Claim", "claimId": c.id, "text": c.content,
                "author": {"@id": str(iri("entity", c.claimer_id)), "@type": _AUTHOR_TYPE.get(c.claimer_type, "Thing"),
                           "name": c.claimer},
                "cue": c.cue, "quoteKind": c.quote}
        if c.date:
            node["datePublished"] = c.date
        if c.article in arts:
            node["appearance"] = _article(arts[c.article])
        earliest = first[c.cluster or c.id]
        if earliest.article in arts:
            node["firstAppearance"] = {"@id": str(iri("article", earliest.article))}
        yield node
    for d in records.disputes:
        by = str(iri("claim", d.b)) if d.b else str(iri("entity", d.claimer_id))
        yield {"@id": str(iri("dispute", d.id)), "@type": "Dispute", "disputed": str(iri("claim", d.a)),
               "disputant": by, "disputeKind": d.kind, "reason": d.reason}


def to_jsonld(records: Records) -> dict:
    """The JSON-LD document (see the module docstring)."""
    return {"@context": CONTEXT, "@graph": list(_nodes(records))}


class _Lazy(list):
    """A list json's encoder walks without it being held: its items are made as they are written."""

    def __init__(self, make, n: int) -> None:
        super().__init__()
        self._make, self._n = make, n

    def __len__(self) -> int:
        return self._n

    def __iter__(self):
        return iter(self._make())


def write_jsonld(records: Records, out: Path) -> Path:
    """Write claims.jsonld into the folder `out` atomically, one node at a time."""
    doc = {"@context": CONTEXT, "@graph": _Lazy(lambda: _nodes(records), len(records.claims) + len(records.disputes))}
    with atomic_file(Path(out) / "claims.jsonld") as f:
        buf = []
        for chunk in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(doc):
            buf.append(chunk)
            if len(buf) > 4096:
                f.write("".join(buf).encode("utf-8"))
                buf = []
        f.write("".join(buf).encode("utf-8"))
    return Path(out) / "claims.jsonld"

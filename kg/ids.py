"""Every id kg writes is minted here, and only here.

Ids are derived from normalised keys, so the same input gives the same ids (and the same IRIs) on
every run, whatever the order of the files or the number of processes:

- an article's id comes from its *input key*, the path it was found under (`kursk/000_x.txt`), so two
  files of one name in different folders are two articles;
- a claim's id is its article's id plus a digest of its span and claimer;
- an entity's id is its type and a slug of its canonical name;
- outlets, agencies, stories, clusters, disputes and citations take a digest of what defines them.

Exporters (RDF, GEXF, GraphML, CSV, HTML, JSONL) only look these ids up; they never mint one.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import PurePath
from typing import Iterable

__all__ = [
    "IdCollision",
    "agency_id",
    "article_id",
    "check_unique",
    "citation_id",
    "claim_id",
    "cluster_id",
    "digest",
    "dispute_id",
    "entity_id",
    "outlet_id",
    "slug",
    "story_id",
]


class IdCollision(ValueError):
    """Two different records were given one id."""


def digest(*parts: object, n: int = 12) -> str:
    """A short stable hex digest of `parts` (joined by a unit separator)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:n]


def slug(text: str, *, limit: int = 60) -> str:
    """An IRI-safe lower-case slug: 'Volodymyr Zelensky' -> 'volodymyr-zelensky'.

    Text with no ASCII letter or digit ('Москва') gets a digest, so the slug is never empty.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return s[:limit].rstrip("-") or "x" + digest(text, n=8)


def article_id(key: str) -> str:
    """The id of the article found at input key `key` ('kursk/000_x.txt' -> '000-x-1a2b3c4d')."""
    stem = PurePath(key).name.rsplit(".", 1)[0]
    return f"{slug(stem, limit=40)}-{digest(key, n=8)}"


def entity_id(name: str, etype: str, *, scope: str | None = None) -> str:
    """The id of the canonical entity `name` of type `etype` ('Person', 'Vladimir Putin' -> 'person-vladimir-putin').

    A description confined to one article ('officials') takes that article's id as `scope`, so the officials of
    two articles are two entities with two ids.
    """
    base = f"{str(etype).lower()}-{slug(name)}"
    return f"{base}-{digest(scope, n=6)}" if scope else base


def claim_id(article: str, start: int, end: int, claimer: str) -> str:
    """The id of the claim at `start:end` of `article` asserted by the entity `claimer`."""
    return f"{article}-c{digest(start, end, claimer, n=8)}"


def outlet_id(name: str) -> str:
    return "outlet-" + slug(name)


def agency_id(name: str) -> str:
    return "agency-" + slug(name)


def story_id(article: str) -> str:
    """The id of the story whose earliest copy (by id) is `article`."""
    return "s-" + article


def cluster_id(claims: Iterable[str]) -> str:
    return "k-" + digest(*sorted(claims), n=10)


def dispute_id(a: str, other: str) -> str:
    """The id of the dispute of claim `a` by claim (or entity) `other`."""
    return "d-" + digest(a, other, n=10)


def citation_id(article: str, target: str) -> str:
    return "cite-" + digest(article, target, n=10)


def check_unique(kind: str, ids: Iterable[str]) -> None:
    """Raise IdCollision when `ids` (of records of one `kind`) repeat one."""
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        raise IdCollision(f"{len(dup)} {kind} ids are shared by different records, e.g. {dup[0]!r}")

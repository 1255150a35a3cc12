"""The trace's index beside a build: an SQLite file with the claims' words in an FTS5 table and the records a trace
reads, keyed by claim, cluster and dispute, so that `kg trace` answers in the same time on any corpus size.

A build writes it (`INDEX_NAME` in the build folder); `open_index` makes it again from the build's JSONL when it is
missing or older than claims.jsonl. A text search asks FTS5 for the claims holding any of the query's words (Porter
stems, best BM25 first, at most `CANDIDATES`), then ranks those with `kg.trace`'s own score, so the order is the one
a scan of every claim would give whenever the best claims are among the candidates. A trace reads only the claim's
cluster, the articles that carried it and the disputes that touch it, and builds it with `kg.trace.trace`.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path
from typing import NamedTuple, Optional

from kg.errors import KGError
from kg.model import Records

__all__ = ["CANDIDATES", "INDEX_NAME", "Hit", "TraceIndex", "open_index", "write_index"]

INDEX_NAME = ".trace.sqlite"
CANDIDATES = 2000
"""Claims FTS5 returns for a text search, ranked again by `kg.trace`'s score."""
_VERSION = "1"
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE claims (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, cluster TEXT, content TEXT NOT NULL,
                     claimer TEXT NOT NULL, claimer_mention TEXT NOT NULL, cue TEXT NOT NULL, polarity TEXT NOT NULL,
                     doc TEXT NOT NULL, start INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX claims_cluster ON claims (cluster);
CREATE TABLE articles (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE clusters (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE disputes (n INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT, record TEXT NOT NULL);
CREATE INDEX disputes_a ON disputes (a);
CREATE INDEX disputes_b ON disputes (b);
CREATE VIRTUAL TABLE claim_words USING fts5 (content, speaker, content='', tokenize='porter unicode61');
"""
_TOKEN = re.compile(r"\w+")


class Hit(NamedTuple):
    """What a text search ranks and lists of a claim (the fields `kg.trace` scores and renders)."""

    id: str
    content: str
    claimer: str
    claimer_mention: str
    cue: str
    polarity: str
    doc: str
    start: int
    cluster: Optional[str]


def write_index(records: Records, folder: Path) -> Path:
    """Write the trace index of `records` into `folder` (replacing one there); returns its path."""
    path = Path(folder) / INDEX_NAME
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        con.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        ((i, c.id, c.cluster, c.content, c.claimer, c.claimer_mention, c.cue, c.polarity.value,
                          c.doc, c.start, c.model_dump_json()) for i, c in enumerate(records.claims)))
        con.executemany("INSERT INTO claim_words (rowid, content, speaker) VALUES (?,?,?)",
                        ((i, c.content, f"{c.claimer} {c.claimer_mention} {c.cue}") for i, c in enumerate(records.claims)))
        con.executemany("INSERT OR REPLACE INTO articles VALUES (?,?)", ((a.id, a.model_dump_json()) for a in records.articles))
        con.executemany("INSERT OR REPLACE INTO clusters VALUES (?,?)",
                        ((k.cluster, k.model_dump_json()) for k in records.clusters))
        con.executemany("INSERT INTO disputes VALUES (?,?,?,?)",
                        ((i, d.a, d.b, d.model_dump_json()) for i, d in enumerate(records.disputes)))
        con.executemany("INSERT INTO meta VALUES (?,?)", [("version", _VERSION), ("claims", str(len(records.claims)))])
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return path


def open_index(folder: Path) -> "TraceIndex":
    """The trace index of the build in `folder`, written first when it is missing, stale or of another version.

    Raises KGError when the folder holds no build."""
    folder = Path(folder)
    claims = folder / "claims.jsonl"
    if not claims.exists():
        raise KGError(f"{folder}: no claims.jsonl here; run `kg build` first")
    path = folder / INDEX_NAME
    if not (path.exists() and path.stat().st_mtime >= claims.stat().st_mtime and _version(path) == _VERSION):
        from kg.export.jsonl import read_records

        records = read_records(folder)
        if not records.claims:
            raise KGError(f"{folder}: no claims in claims.jsonl; nothing to trace")
        try:
            write_index(records, folder)
        except (OSError, sqlite3.Error):  # a read-only build: trace from the records in memory
            return TraceIndex(None, records)
    return TraceIndex(sqlite3.connect(f"file:{path}?mode=ro", uri=True), None)


def _version(path: Path) -> Optional[str]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


class TraceIndex:
    """Search and trace claims from the index (or, where it could not be written, from the records)."""

    def __init__(self, con: Optional[sqlite3.Connection], records: Optional[Records]) -> None:
        self._con = con
        self._records = records

    def find(self, query: str, *, limit: int = 10) -> list[tuple[float, Hit]]:
        """The claims `query` matches, best first (see `kg.trace.find_claims`)."""
        from kg.trace import find_claims

        if self._con is None:
            return find_claims(self._records, query, limit=limit)
        cols = "id, content, claimer, claimer_mention, cue, polarity, doc, start, cluster"
        row = self._con.execute(f"SELECT {cols} FROM claims WHERE id = ?", (query,)).fetchone()
        if row:
            return [(1.0, Hit(*row))]
        words = sorted(set(_TOKEN.findall(query.lower())))
        if not words:
            return []
        match = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self._con.execute(
            f"SELECT {cols} FROM claims WHERE n IN (SELECT rowid FROM claim_words WHERE claim_words MATCH ? "
            f"ORDER BY rank LIMIT {CANDIDATES})", (match,)).fetchall()
        return find_claims(Records(), query, limit=limit, claims=[Hit(*r) for r in rows])

    def trace(self, claim_id: str, *, graph: str = "") -> dict:
        """The trace of the claim `claim_id` (see `kg.trace.trace`)."""
        from kg.trace import trace

        if self._con is None:
            return trace(self._records, claim_id, graph=graph)
        q = self._con.execute
        cluster = q("SELECT cluster FROM claims WHERE id = ?", (claim_id,)).fetchone()
        if cluster is None:
            raise KGError(f"no claim {claim_id!r} in {graph}")
        ids = [claim_id] if cluster[0] is None else \
            [r[0] for r in q("SELECT id FROM claims WHERE cluster = ? ORDER BY n", (cluster[0],))]
        marks = ",".join("?" * len(ids))
        disputes = [json.loads(r[0]) for r in q(f"SELECT record FROM disputes WHERE a IN ({marks}) OR b IN ({marks}) "
                                                "ORDER BY n", ids + ids)]
        others = {d["a"] for d in disputes} | {d["b"] for d in disputes if d.get("b")}
        wanted = list(dict.fromkeys(ids + sorted(others - set(ids))))
        claims = [json.loads(r[0]) for r in q(f"SELECT record FROM claims WHERE id IN ({','.join('?' * len(wanted))}) "
                                              "ORDER BY n", wanted)]
        arts = sorted({c["article"] for c in claims})
        articles = [json.loads(r[0]) for r in q(f"SELECT record FROM articles WHERE id IN ({','.join('?' * len(arts))})",
                                                arts)]
        clusters = [json.loads(r[0]) for r in q("SELECT record FROM clusters WHERE id = ?", (cluster[0],))] \
            if cluster[0] else []
        records = Records(claims=claims, articles=articles, clusters=clusters, disputes=disputes)
        return trace(records, claim_id, graph=graph)

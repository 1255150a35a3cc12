"""The trace from a persistent Oxigraph store (`kg trace WORDS --store STORE`), without the build's files.

The words are searched in an SQLite FTS5 index kept inside the store folder (`SEARCH_NAME`): a `--store` build adds
its claims there and drops those of the articles it rebuilds (`update_search`), as the store replaces their graphs;
a store without one gets it made once from its own claims. The claims FTS5 finds are ranked by `kg.trace`'s score
(`kg.traceindex.TraceIndex.find`, the same search as a build's trace index), and the trace of the best one is read
from the store by a few bound SPARQL look-ups: the claim's cluster, each member's article, outlet and wire agencies,
and the disputes that touch them, so it costs the same on any store size. The store holds no claim frames nor dispute
scores; it holds each record's `kg:rule`.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import unquote

from kg.errors import KGError
from kg.model import Records
from kg.trace import carried_by

__all__ = ["SEARCH_NAME", "open_search", "store_trace", "update_search"]

SEARCH_NAME = ".kg-search.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS claims (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article TEXT NOT NULL,
    cluster TEXT, content TEXT NOT NULL, claimer TEXT NOT NULL, claimer_mention TEXT NOT NULL, cue TEXT NOT NULL,
    polarity TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article);
CREATE VIRTUAL TABLE IF NOT EXISTS claim_words USING fts5 (content, speaker, tokenize='porter unicode61');
"""
_PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""
_ROW = "id, article, cluster, content, claimer, claimer_mention, cue, polarity, doc, start"


def _write(path: Path, rows: list[tuple], articles: list[str]) -> None:
    """Drop the claims of `articles` from the search index at `path`, then add `rows` (`_ROW` each)."""
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        for i in range(0, len(articles), 500):
            part = articles[i:i + 500]
            marks = ",".join("?" * len(part))
            con.execute(f"DELETE FROM claim_words WHERE rowid IN (SELECT n FROM claims WHERE article IN ({marks}))", part)
            con.execute(f"DELETE FROM claims WHERE article IN ({marks})", part)
        for r in rows:
            n = con.execute(f"INSERT OR REPLACE INTO claims ({_ROW}) VALUES (?,?,?,?,?,?,?,?,?,?)", r).lastrowid
            con.execute("INSERT INTO claim_words (rowid, content, speaker) VALUES (?,?,?)", (n, r[3], f"{r[4]} {r[5]} {r[6]}"))
        con.commit()
    finally:
        con.close()


def update_search(store_path: Path, records: Records) -> Path:
    """Add the claims of `records` to the search index of the store at `store_path`, replacing those of the
    articles `records` rebuilds. Returns the index's path."""
    path = Path(store_path) / SEARCH_NAME
    rows = [(c.id, c.article, c.cluster, c.content, c.claimer, c.claimer_mention, c.cue, c.polarity.value, c.doc,
             c.start) for c in records.claims]
    _write(path, rows, [a.id for a in records.articles])
    return path


_ALL_CLAIMS = """SELECT ?id ?a ?k ?content ?claimer ?mention ?cue ?polarity ?doc ?start WHERE {
  ?c kg:claimId ?id ; kg:appearsIn ?a ; kg:content ?content ; prov:wasAttributedTo ?who ; kg:claimerMention ?mention ;
     kg:cue ?cue ; kg:polarity ?polarity ; kg:start ?start .
  ?who rdfs:label ?claimer . ?a kg:doc ?doc .
  OPTIONAL { ?c kg:inCluster ?k } }"""


def _from_store(store, path: Path) -> None:
    """Make the search index of a store built before it had one, from the store's own claims."""
    article_iri = "https://w3id.org/kg-news/id/article/"
    rows = []
    for s in store.query(_PREFIXES + _ALL_CLAIMS, use_default_graph_as_union=True):
        k = s["k"]
        rows.append((s["id"].value, unquote(s["a"].value[len(article_iri):]), k.value if k is not None else None,
                     s["content"].value, s["claimer"].value, s["mention"].value, s["cue"].value, s["polarity"].value,
                     s["doc"].value, int(s["start"].value)))
    _write(path, rows, [])


def open_search(store_path: Path, store):
    """The text search of the store at `store_path` (a `kg.traceindex.TraceIndex`), made first when missing."""
    from kg.traceindex import TraceIndex

    path = Path(store_path) / SEARCH_NAME
    if not path.exists():
        try:
            _from_store(store, path)
        except (OSError, sqlite3.Error) as e:
            raise KGError(f"{store_path}: cannot write the search index {SEARCH_NAME} ({e})") from None
    return TraceIndex(sqlite3.connect(f"file:{path}?mode=ro", uri=True), None)


_MEMBERS = """SELECT ?m WHERE { ?c kg:claimId ?id . ?c kg:inCluster ?k . ?m kg:inCluster ?k }"""
_CLAIM = """SELECT ?c WHERE { ?c kg:claimId ?id }"""
_APPEARANCE = """SELECT ?m ?id ?content ?claimer ?mention ?cue ?quote ?polarity ?doc ?start ?end ?sentence ?a ?date
    ?title ?outlet ?story ?rule WHERE {
  ?m kg:claimId ?id ; kg:content ?content ; prov:wasAttributedTo ?who ; kg:claimerMention ?mention ; kg:cue ?cue ;
     kg:quoteKind ?quote ; kg:polarity ?polarity ; kg:start ?start ; kg:end ?end ; kg:sentence ?sentence ;
     kg:appearsIn ?a .
  ?who rdfs:label ?claimer . ?a kg:doc ?doc ; kg:story ?story .
  OPTIONAL { ?m kg:date ?date } OPTIONAL { ?m kg:rule ?rule } OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a kg:publishedBy ?o OPTIONAL { ?o rdfs:label ?outlet } } }"""
_AGENCIES = """SELECT ?a ?agency WHERE { ?a kg:citesAgency ?g . ?g rdfs:label ?agency }"""
_DISPUTES = """SELECT ?x ?d ?dir ?other ?kind ?reason ?rule WHERE {
  { ?d kg:disputed ?x . ?d kg:disputant ?other . BIND("disputed by" AS ?dir) }
  UNION { ?d kg:disputant ?x . ?d kg:disputed ?other . BIND("disputes" AS ?dir) }
  ?d kg:disputeKind ?kind . ?d kg:reason ?reason .
  OPTIONAL { ?d kg:rule ?rule } }"""
_OTHER_CLAIM = """SELECT ?m ?content ?doc ?claimer WHERE {
  ?m kg:content ?content ; kg:appearsIn ?a ; prov:wasAttributedTo ?who . ?a kg:doc ?doc . ?who rdfs:label ?claimer }"""
_NAME = """SELECT ?m ?name WHERE { ?m rdfs:label ?name }"""


def _rows(store, text: str, values: dict[str, list]) -> list[dict]:
    """Rows of `text` (variable -> value or None) with `values` (variable -> Oxigraph terms) in a VALUES block at
    the start of its body: terms written by Oxigraph's own serialiser, so the planner starts from them."""
    block = " ".join(f"VALUES ?{v} {{ {' '.join(str(t) for t in ts)} }}" for v, ts in values.items())
    i = text.index("{", text.index("WHERE")) + 1
    res = store.query(_PREFIXES + text[:i] + " " + block + text[i:], use_default_graph_as_union=True)
    names = [v.value for v in res.variables]
    return [{n: (None if s[n] is None else s[n].value) for n in names} for s in res]


def _appearances(store, members: list) -> list[dict]:
    """Each member claim as `kg.trace.trace` lists it, in claim id order."""
    import pyoxigraph as ox

    rows = {r["m"]: r for r in _rows(store, _APPEARANCE, {"m": members})}
    arts = sorted({r["a"] for r in rows.values()})
    agencies: dict[str, set] = {}
    for r in _rows(store, _AGENCIES, {"a": [ox.NamedNode(a) for a in arts]}) if arts else []:
        agencies.setdefault(r["a"], set()).add(r["agency"])
    return [{"claim": r["id"], "content": r["content"], "claimer": r["claimer"], "claimer_mention": r["mention"], "cue": r["cue"],
             "quote": r["quote"], "polarity": r["polarity"], "date": r["date"], "doc": r["doc"], "title": r["title"],
             "outlet": r["outlet"], "agencies": sorted(agencies.get(r["a"], ())), "story": r["story"].rsplit("/", 1)[-1],
             "start": int(r["start"]), "end": int(r["end"]), "sentence": r["sentence"], "rule": r["rule"] or ""}
            for r in sorted(rows.values(), key=lambda r: r["id"])]


def _disputes(store, members: list) -> list[dict]:
    """The disputes that touch a member claim, as `kg.trace.trace` lists them (the store keeps no score)."""
    import pyoxigraph as ox

    rows = sorted(_rows(store, _DISPUTES, {"x": members}), key=lambda r: (r["d"], r["dir"]))
    claim_iri = "https://w3id.org/kg-news/id/claim/"
    others = sorted({r["other"] for r in rows})
    claims = [ox.NamedNode(o) for o in others if o.startswith(claim_iri)]
    names = [ox.NamedNode(o) for o in others if not o.startswith(claim_iri)]
    about = {r["m"]: r for r in _rows(store, _OTHER_CLAIM, {"m": claims})} if claims else {}
    about |= {r["m"]: {"claimer": r["name"]} for r in _rows(store, _NAME, {"m": names})} if names else {}
    out: dict[str, dict] = {}
    for r in rows:
        o = about.get(r["other"], {})
        out.setdefault(r["d"], {
            "id": r["d"].rsplit("/", 1)[-1], "kind": r["kind"], "reason": r["reason"], "score": None,
            "by": o.get("claimer", ""), "direction": r["dir"], "rule": r["rule"] or "",
            "other_claim": unquote(r["other"][len(claim_iri):]) if "content" in o else None,
            "other_content": o.get("content"), "other_doc": o.get("doc")})
    return list(out.values())


def store_trace(store, claim_id: str, *, graph: str = "") -> dict:
    """The trace of the claim `claim_id` from the Oxigraph `store`, in the shape of `kg.trace.trace`.

    Raises KGError, naming `graph`, when the store holds no such claim."""
    import pyoxigraph as ox

    cid = {"id": [ox.Literal(claim_id)]}
    found = _rows(store, _CLAIM, cid)
    if not found:
        raise KGError(f"no claim {claim_id!r} in {graph}")
    members = sorted({r["m"] for r in _rows(store, _MEMBERS, cid)} | {found[0]["c"]})
    nodes = [ox.NamedNode(m) for m in members]
    appearances = _appearances(store, nodes)
    me = next(a for a in appearances if a["claim"] == claim_id)
    return {
        "graph": graph,
        "claim": {k: me[k] for k in ("content", "claimer", "cue", "quote", "polarity", "date", "doc", "rule")}
        | {"id": claim_id},
        **carried_by(appearances),
        "disputes": _disputes(store, nodes),
    }

"""The persistent Oxigraph store: one named graph per article, replaced when the article is re-added."""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import StoreError, shown_path
from kg.model import Records

__all__ = ["PushReport", "add_records", "open_store", "push", "recount"]


def open_store(path: Path, *, read_only: bool = False):
    """Open (or create) the Oxigraph store in the folder `path`. Raises StoreError when it cannot."""
    import pyoxigraph as ox

    try:
        if read_only:
            if not Path(path).exists():
                raise StoreError(f"{path}: no store here")
            return ox.Store.read_only(str(path))
        Path(path).mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store ({e})") from None


def add_records(path: Path, records: Records) -> int:
    """Add the records' named graphs to the store at `path`, replacing graphs of the same name.

    Articles already in the store and not in `records` are kept untouched; the corpus graph (entities,
    clusters, disputes) takes what `records` says of it over what it held (`_merge_corpus`): what earlier builds
    said about anything `records` does not describe stays. Its summaries (kg.rdf.summaries) are then recounted over
    everything the store holds. Returns the number of graphs written.
    """
    from kg.rdf.mapping import CORPUS_GRAPH
    from kg.rdf.quads import graphs
    from kg.storetrace import update_search

    store = open_store(path)
    n = pending = 0
    try:
        stale = _claims_of(store, records)  # read before their articles' graphs are replaced
        for graph, quads in graphs(records):  # one graph at a time, as Oxigraph quads: linear and light at scale
            if not graph.startswith("https://w3id.org/kg-news/id/graph/"):
                continue
            if graph == str(CORPUS_GRAPH):
                _merge_corpus(store, graph, quads, stale)
            elif len(quads) <= _ONE_UPDATE:
                triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
                store.update(_replace_graph(f"<{graph}>", triples))
            else:
                _drop_and_load(store, graph, quads)
            n += 1
            pending += len(quads)
            if pending > _FLUSH_EVERY:  # the store's write buffers grow until flushed: keep them small
                store.flush()
                pending = 0
        store.flush()
        recount(store)
        store.flush()
        update_search(path, records)  # the text search of `kg trace --store`
    except (OSError, SyntaxError, sqlite3.Error) as e:
        raise StoreError(f"{path}: cannot write the store ({e})") from None
    return n


def _claims_of(store, records: Records) -> set:
    """The claims the store holds of the articles `records` rebuilds (their graphs are about to be replaced)."""
    import pyoxigraph as ox

    from kg.rdf.mapping import article_graph_iri
    from kg.rdf.namespace import KG

    claim_id = ox.NamedNode(str(KG.claimId))
    return {q.subject for a in records.articles
            for q in store.quads_for_pattern(None, claim_id, None, ox.NamedNode(str(article_graph_iri(a.id))))}


def _merge_corpus(store, graph: str, quads: list, stale: set) -> None:
    """Write the corpus graph's new `quads` over what it holds: each subject they describe loses its old statements
    (an entity the new build names takes its new label, name keys and counts), and so does whatever names a claim
    in `stale` (a dispute or a cluster that names one goes whole); everything else an earlier build said stays
    (the labels and name keys of entities only older articles name, their disputes and clusters). Not one
    transaction: a build killed in between leaves some subjects half-written until the next build describes them."""
    import pyoxigraph as ox

    from kg.rdf.namespace import ID

    g, whole = ox.NamedNode(graph), (str(ID["dispute/"]), str(ID["cluster/"]))
    old = [q for s in {q.subject for q in quads} | stale for q in store.quads_for_pattern(s, None, None, g)]
    for c in stale:
        for q in store.quads_for_pattern(None, None, c, g):
            old += store.quads_for_pattern(q.subject, None, None, g) if q.subject.value.startswith(whole) else [q]
    for q in set(old):
        store.remove(q)
    store.bulk_extend(quads)


_FACTS = """SELECT ?c ?who ?o ?k WHERE { GRAPH ?g { ?c <http://www.w3.org/ns/prov#wasAttributedTo> ?who ;
    <https://w3id.org/kg-news/ontology#appearsIn> ?a .
    OPTIONAL { ?c <https://w3id.org/kg-news/ontology#inCluster> ?k }
    OPTIONAL { ?a <https://w3id.org/kg-news/ontology#publishedBy> ?o } } }"""
_DISPUTES = """SELECT ?a ?b WHERE { GRAPH ?g { ?d <https://w3id.org/kg-news/ontology#disputed> ?a ;
    <https://w3id.org/kg-news/ontology#disputant> ?b } }"""


def recount(store) -> int:
    """Replace the summaries of the corpus graph (claims and disputes per claimer, outlets per cluster, exclusive
    claims per outlet) by those of every graph the store holds, so that adding or replacing articles keeps them
    true. Returns the number of summary triples written."""
    import pyoxigraph as ox

    from kg.rdf.mapping import CORPUS_GRAPH
    from kg.rdf.namespace import ID, KG
    from kg.rdf.quads import _Terms
    from kg.rdf.summaries import SUMMARY_PREDICATES, ClaimFact, summarise, summary_triples

    value = lambda t: None if t is None else t.value  # noqa: E731
    facts = [ClaimFact(s["c"].value, s["who"].value, value(s["o"]), value(s["k"])) for s in store.query(_FACTS)]
    claim_iri = str(ID["claim/"])
    disputes = [(s["a"].value, s["b"].value, None) if s["b"].value.startswith(claim_iri)
                else (s["a"].value, None, s["b"].value) for s in store.query(_DISPUTES)]
    corpus = f"<{CORPUS_GRAPH}>"
    for p in SUMMARY_PREDICATES:
        store.update(f"DELETE WHERE {{ GRAPH {corpus} {{ ?s <{KG[p]}> ?o }} }}")
    term, g = _Terms(), ox.NamedNode(str(CORPUS_GRAPH))
    quads = [ox.Quad(term(s), term(p), term(o), g) for s, p, o in summary_triples(summarise(facts, disputes))]
    store.bulk_extend(quads)
    return len(quads)


_ONE_UPDATE = 5000
"""Article graphs of up to this many quads are written as one SPARQL update; larger ones are bulk-loaded."""
_FLUSH_EVERY = 5_000
"""Quads written between two flushes of the store to disk."""


def _drop_and_load(store, graph: str, quads: list) -> None:
    """Replace the large article graph `graph` by `quads` without holding them in a transaction: the old graph is
    dropped in one update, then the quads are bulk-loaded. A build killed in between leaves this graph partly
    written, until the next `--store` build replaces it."""
    store.update(f"DROP SILENT GRAPH <{graph}>")
    store.bulk_extend(quads)


def _replace_graph(name: str, ntriples: str) -> str:
    """One SPARQL update that drops graph `name` and inserts `ntriples` into it: Oxigraph runs an update as
    one transaction, so a build killed at any moment leaves the store with the old graph or the new."""
    return f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{ntriples}\n}} }}"


@dataclass
class PushReport:
    """What `push` did with each named graph: written, refused by the server (with its status), failed on the
    network (outcome unknown), or not attempted (after a network failure or past the deadline)."""

    endpoint: str
    written: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_attempted: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.refused or self.failed or self.not_attempted)

    def lines(self) -> list[str]:
        """One line per graph that was not written, then the summary."""
        out = [f"refused {g}: {why}" for g, why in self.refused]
        out += [f"failed {g}: {why}" for g, why in self.failed]
        if self.not_attempted:
            out.append(f"not attempted: {len(self.not_attempted)} graph(s), first {self.not_attempted[0]}")
        total = len(self.written) + len(self.refused) + len(self.failed) + len(self.not_attempted)
        out.append(f"pushed {len(self.written)} of {total} named graphs to {self.endpoint}")
        return out


_MAX_REPLY = 1_000_000  # bytes of a server's answer read at most


def _check_endpoint(endpoint: str):
    from urllib.parse import urlsplit

    try:
        url = urlsplit(endpoint)
        port = url.port
    except ValueError as e:
        raise StoreError(f"{endpoint!r}: not a usable URL ({e})") from None
    if url.scheme not in ("http", "https") or not url.hostname:
        raise StoreError(f"{endpoint!r}: give an http:// or https:// Graph Store endpoint URL")
    return url, port


def _put(url, port, target: str, body: bytes, deadline: float) -> tuple[int, str]:
    """PUT `body` to `target`; (status, reason). The whole exchange is cut at `deadline` (a watchdog closes
    the socket), so a server that trickles its answer cannot hold the push past it."""
    import http.client
    import socket

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("deadline reached")
    cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    conn = cls(url.hostname, port, timeout=remaining)

    aborted = threading.Event()

    def abort() -> None:
        aborted.set()
        sock = conn.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    watchdog = threading.Timer(remaining, abort)
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.request("PUT", target, body=body, headers={"Content-Type": "application/n-triples"})
        resp = conn.getresponse()
        data = resp.read(_MAX_REPLY)
        if aborted.is_set():  # the watchdog cut the socket: what was read is not the server's whole answer
            raise TimeoutError("deadline reached")
        if resp.length and len(data) < _MAX_REPLY:
            raise http.client.IncompleteRead(data, resp.length)
        return resp.status, resp.reason
    except OSError:
        if aborted.is_set():
            raise TimeoutError("deadline reached") from None
        raise
    finally:
        watchdog.cancel()
        conn.close()


def _network_problem(e: BaseException, deadline: float) -> str:
    import http.client

    if time.monotonic() >= deadline - 0.01:
        return "the push deadline passed"
    if isinstance(e, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(e).__name__}: {shown_path(str(e)[:100])})"
    return f"cannot reach the endpoint ({shown_path(getattr(e, 'strerror', None) or e)})"


def push(records: Records, endpoint: str, *, timeout: float = 30.0) -> PushReport:
    """Send every named graph of `records` to a SPARQL 1.1 Graph Store Protocol endpoint.

    Each graph is PUT (`?graph=IRI`), so pushing an article again replaces its graph. Works with
    Fuseki, Virtuoso, GraphDB and Oxigraph's server (`http://host:7878/store`). `timeout` bounds the
    whole push. A graph the server refuses is reported and the others are still sent; after a network
    failure the rest are not attempted. Raises StoreError when `endpoint` is not an http(s) URL.
    """
    import http.client
    import urllib.parse

    from kg.rdf import to_dataset

    url, port = _check_endpoint(endpoint)
    deadline = time.monotonic() + timeout
    report = PushReport(endpoint)
    graphs = [g for g in sorted(to_dataset(records).graphs(), key=lambda g: str(g.identifier))
              if len(g) and str(g.identifier).startswith("https://w3id.org/kg-news/id/graph/")]
    for i, g in enumerate(graphs):
        name = str(g.identifier)
        query = (url.query + "&" if url.query else "") + "graph=" + urllib.parse.quote(name, safe="")
        target = (url.path or "/") + "?" + query
        try:
            status, reason = _put(url, port, target, g.serialize(format="nt").encode("utf-8"), deadline)
        except (OSError, http.client.HTTPException) as e:
            report.failed.append((name, _network_problem(e, deadline)))
            report.not_attempted += [str(h.identifier) for h in graphs[i + 1:]]
            break
        if 200 <= status < 300:
            report.written.append(name)
        else:
            report.refused.append((name, f"{status} {reason}"[:200]))
    return report

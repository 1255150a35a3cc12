"""A read-only SPARQL 1.1 Protocol endpoint over a build or a store, bounded by default.

HTTP is the standard library's WSGI server; queries run on Oxigraph. What this module adds is the
protocol mapping and the bounds Oxigraph's own server lacks: a result cap and a time limit.

- `GET /sparql?query=...` and `POST /sparql` (form-encoded or `application/sparql-query`).
- SELECT/ASK answer as SPARQL JSON, XML, CSV or TSV by `Accept` (or `format=`); CONSTRUCT and
  DESCRIBE as Turtle (or N-Triples).
- Updates (`update=`, `application/sparql-update`, or an update in `query=`) are refused with 403.
- At most `max_rows` solutions are returned, and at most n for a query ending in `LIMIT n` (the response
  says it was cut, by `max_rows` or because more than n rows follow, in an `X-KG-Truncated` header); evaluation stops once `timeout` seconds have passed, answering 503.
- Bound to 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import queue
import re
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from socketserver import ThreadingMixIn
from xml.sax.saxutils import escape, quoteattr

from kg.errors import StoreError
from kg.io.escape import xml_safe
from kg.serveguard import allowed_host_names, host_ok, service_allowed, service_targets
from kg.query import probe_limit, with_prefixes
from kg.queryui import CORS, PREFLIGHT, ui_response

__all__ = ["make_app", "open_for_serving", "serve"]

log = logging.getLogger(__name__)

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)
_SELECT_TYPES = [("application/sparql-results+json", "json"), ("application/json", "json"),
                 ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
                 ("text/csv", "csv"), ("text/tab-separated-values", "tsv")]
_GRAPH_TYPES = [("text/turtle", "turtle"), ("application/n-triples", "ntriples"), ("text/plain", "ntriples")]


class _Timeout(Exception):
    pass


class _Stopped(BaseException):
    """SIGTERM: stop serving (a BaseException, like KeyboardInterrupt, so no request handler swallows it)."""


def open_for_serving(source: Path):
    """An Oxigraph store to serve: a store folder (opened read-only) or a build folder / RDF file (loaded in memory)."""
    import pyoxigraph as ox

    from kg.query import load_graph

    source = Path(source)
    if source.is_dir() and not (source / "graph.trig").exists():
        from kg.store import open_store
        return open_store(source, read_only=True)
    graph = load_graph(source, "oxigraph")
    if not isinstance(graph, ox.Store):
        raise StoreError(f"{source}: cannot be served")
    return graph


def _term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}  # JSON escapes any character; XML needs xml_safe below
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def _term_xml(t) -> str:
    j = _term_json(t)
    if j["type"] == "uri":
        return f"<uri>{escape(xml_safe(j['value']))}</uri>"
    if j["type"] == "bnode":
        return f"<bnode>{escape(xml_safe(j['value']))}</bnode>"
    attrs = (f" xml:lang={quoteattr(j['xml:lang'])}" if "xml:lang" in j else "") + \
            (f" datatype={quoteattr(j['datatype'])}" if "datatype" in j else "")
    return f"<literal{attrs}>{escape(xml_safe(j['value']))}</literal>"


def _select_body(variables: list[str], rows: list[list], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>" for v, t in zip(variables, row) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>")
        return "".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        w.writerows([["" if t is None else t.value for t in row] for row in rows])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _negotiate(accept: str, options: list[tuple[str, str]], explicit: Optional[str]) -> tuple[str, str]:
    if explicit:
        for mime, fmt in options:
            if explicit in (fmt, mime):
                return mime, fmt
    for part in (accept or "").split(","):
        mime = part.split(";")[0].strip().lower()
        for m, fmt in options:
            if mime == m:
                return m, fmt
    return options[0]


def _run(store, query: str, *, accept: str, fmt: Optional[str], timeout: float, max_rows: int):
    """Evaluate `query`; returns (status, content type, body, extra headers)."""
    import pyoxigraph as ox

    deadline = time.monotonic() + timeout
    result = store.query(query, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        mime, f = _negotiate(accept, _SELECT_TYPES, fmt)
        if f == "json":
            body = json.dumps({"head": {}, "boolean": bool(result)}).encode()
        elif f == "xml":
            body = (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{str(bool(result)).lower()}</boolean></sparql>").encode()
        else:
            body = (str(bool(result)).lower() + "\n").encode()
        return "200 OK", mime, body, []
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows, truncated = [], False
        for sol in result:
            if time.monotonic() > deadline:
                raise _Timeout
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append([sol[v] for v in variables])
        mime, f = _negotiate(accept, _SELECT_TYPES, fmt)
        return "200 OK", mime, _select_body(variables, rows, f), [("X-KG-Truncated", str(truncated).lower())]
    triples, truncated = [], False
    for t in result:
        if time.monotonic() > deadline:
            raise _Timeout
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    mime, f = _negotiate(accept, _GRAPH_TYPES, fmt)
    out = io.BytesIO()
    ox.serialize(triples, out, format=ox.RdfFormat.TURTLE if f == "turtle" else ox.RdfFormat.N_TRIPLES)
    return "200 OK", mime, out.getvalue(), [("X-KG-Truncated", str(truncated).lower())]


class _Workers:
    """Query slots, each a worker process holding the store: a query past its time limit is stopped by
    killing its worker (SIGKILL), which frees the slot; a fresh worker takes its place.

    Workers are forked, so they share the parent's loaded store without copying it up front.
    """

    def __init__(self, store, size: int) -> None:
        import multiprocessing as mp

        self._ctx = mp.get_context("fork")
        self._store = store
        self._idle: "queue.Queue" = queue.Queue()
        self._lock = threading.Lock()
        self._all: set = set()
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_loop, args=(self._store, child), daemon=True)
        proc.start()
        child.close()
        with self._lock:
            self._all.add(proc)
        return proc, parent

    def run(self, job: tuple, *, wait: float, timeout: float):
        """The worker's answer to `job`, or None when no slot freed within `wait` s; raises _Timeout when
        the query ran past `timeout` s (its worker is killed and replaced)."""
        try:
            proc, conn = self._idle.get(timeout=wait)
        except queue.Empty:
            return None
        try:
            conn.send(job)
            if conn.poll(timeout):
                answer = conn.recv()
                self._idle.put((proc, conn))
                return answer
        except (EOFError, OSError):
            pass
        self._kill(proc, conn)
        self._idle.put(self._spawn())
        raise _Timeout

    def _kill(self, proc, conn) -> None:
        proc.kill()
        proc.join(5)
        conn.close()
        with self._lock:
            self._all.discard(proc)

    def close(self) -> None:
        with self._lock:
            procs = list(self._all)
            self._all.clear()
        for p in procs:
            p.kill()
            p.join(5)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (even by SIGKILL), so no worker is left orphaned."""
    import ctypes
    import ctypes.util
    import os
    import signal

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):  # not Linux: the server's own shutdown still stops its workers
        return
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(0)


def _worker_loop(store, conn) -> None:  # pragma: no cover - runs in the worker process
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which kills its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the server's handler, inherited by the fork
    _die_with_parent()
    while True:
        try:
            query, accept, fmt, timeout, max_rows = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = ("ok", _run(store, query, accept=accept, fmt=fmt, timeout=timeout, max_rows=max_rows))
        except _Timeout:
            answer = ("timeout", None)
        except (SyntaxError, ValueError) as e:
            answer = ("bad", str(e).splitlines()[0][:500] if str(e) else type(e).__name__)
        except Exception as e:  # noqa: BLE001 - the client gets one line, never a trace
            answer = ("error", type(e).__name__)
        conn.send(answer)


def _read_body(stream, length: int) -> bytes:
    """Up to `length` bytes of a request body; fewer when the client closed the connection first. A client that
    stalls raises OSError (socket.timeout) once the connection's idle limit passes."""
    parts, got = [], 0
    while got < length:
        chunk = stream.read(min(length - got, 65536))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def make_app(store, *, timeout: float = 10.0, max_rows: int = 10_000, max_body: int = 1_000_000,
             max_running: int = 4, queue_wait: float = 30.0, allowed_hosts: Optional[frozenset[str]] = None,
             service_hosts: frozenset[str] = frozenset()) -> Callable:
    """The WSGI application serving `store` read-only at /sparql.

    Queries run in `max_running` worker processes; one past `timeout` s is killed (503) and its slot
    freed; a request waits up to `queue_wait` s for a slot. SERVICE is refused (403) unless its IRI names
    one of `service_hosts`. With `allowed_hosts`, a request whose Host header names another host gets 421.
    `app.close()` stops the workers.
    """
    workers = _Workers(store, max_running)

    def reply(start_response, status: str, body: bytes, mime: str = "text/plain; charset=utf-8", extra=(),
              exc_info=None):
        start_response(status, [("Content-Type", mime), ("Content-Length", str(len(body))),
                                ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"), *CORS, *extra],
                       *([exc_info] if exc_info else []))
        return [body]

    def sparql(environ, start_response):
        method = environ["REQUEST_METHOD"]
        params = parse_qs(environ.get("QUERY_STRING", ""))
        if method == "POST":
            raw = environ.get("CONTENT_LENGTH") or "0"
            if not raw.strip().isdigit():
                return reply(start_response, "400 Bad Request", b"Content-Length must be a whole number\n")
            length = int(raw)
            if length > max_body:
                return reply(start_response, "413 Payload Too Large", b"request body too large\n")
            try:
                data = _read_body(environ["wsgi.input"], length)
            except OSError:  # the client stopped sending (the connection's idle limit) or went away
                return reply(start_response, "408 Request Timeout", b"request body not received in time\n")
            if len(data) < length:
                return reply(start_response, "400 Bad Request",
                             f"request body shorter than its Content-Length ({len(data)} of {length} bytes)\n".encode())
            body = data.decode("utf-8", "replace")
            ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return reply(start_response, "403 Forbidden", b"read-only endpoint: updates are refused\n")
            if ctype == "application/sparql-query":
                params.setdefault("query", []).append(body)
            else:
                for k, v in parse_qs(body).items():
                    params.setdefault(k, []).extend(v)
        elif method not in ("GET", "HEAD"):
            return reply(start_response, "405 Method Not Allowed", b"use GET or POST\n", extra=[("Allow", "GET, POST")])
        if "update" in params:
            return reply(start_response, "403 Forbidden", b"read-only endpoint: updates are refused\n")
        queries = params.get("query", [])
        if len(queries) != 1:
            return reply(start_response, "400 Bad Request", b"give exactly one 'query' parameter\n")
        query = with_prefixes(queries[0])  # kg's prefixes, when the query uses them undeclared
        if _UPDATE.match(query):
            return reply(start_response, "403 Forbidden", b"read-only endpoint: updates are refused\n")
        refused = [t for t in service_targets(query) if not service_allowed(t, service_hosts)]
        if refused:
            return reply(start_response, "403 Forbidden",
                         f"SERVICE {refused[0][:200]} is not allowed by this endpoint\n".encode())
        query, page = probe_limit(query)  # one row past a final LIMIT n tells whether the page was cut
        job = (query, environ.get("HTTP_ACCEPT", ""), (params.get("format") or [None])[0], timeout,
               max_rows if page is None else min(max_rows, page))
        try:
            answer = workers.run(job, wait=queue_wait, timeout=timeout + 1.0)
        except _Timeout:
            answer = ("timeout", None)
        if answer is None:
            return reply(start_response, "503 Service Unavailable", b"too many queries running\n",
                         extra=[("Retry-After", "5")])
        kind, value = answer
        if kind == "timeout":
            return reply(start_response, "503 Service Unavailable", f"query exceeded the {timeout:g} s limit\n".encode())
        if kind == "bad":
            return reply(start_response, "400 Bad Request", f"bad query: {value}\n".encode())
        if kind == "error":
            return reply(start_response, "500 Internal Server Error", f"query failed ({value})\n".encode())
        status, mime, body, extra = value
        if method == "HEAD":
            body = b""
        return reply(start_response, status, body, mime + ("; charset=utf-8" if mime.startswith("text/") else ""), extra)

    routes: dict[str, Callable] = {"/sparql": sparql, "/sparql/": sparql}

    def app(environ, start_response):
        if not host_ok(environ.get("HTTP_HOST", ""), allowed_hosts):
            return reply(start_response, "421 Misdirected Request", b"this server does not answer for that host\n")
        page = ui_response(environ.get("PATH_INFO", ""))  # the query UI at / (kg/queryui)
        if page is not None and environ["REQUEST_METHOD"] in ("GET", "HEAD"):
            return reply(start_response, "200 OK", page[1] if environ["REQUEST_METHOD"] == "GET" else b"", page[0])
        if environ["REQUEST_METHOD"] == "OPTIONS":  # CORS preflight
            return reply(start_response, "204 No Content", b"", extra=PREFLIGHT)
        handler = routes.get(environ.get("PATH_INFO", ""))
        if handler is None:
            return reply(start_response, "404 Not Found", b"kg serves SPARQL at /sparql\n")
        try:
            return handler(environ, start_response)
        except Exception as e:  # noqa: BLE001 - one line for the operator (the trace with --debug), none to the client
            log.error("request failed: %s: %s", type(e).__name__, e)
            log.debug("request failed", exc_info=True)
            return reply(start_response, "500 Internal Server Error", b"internal error\n", exc_info=sys.exc_info())

    app.routes = routes  # other front ends (a query page) add theirs here
    app.close = workers.close
    return app


class _Server(ThreadingMixIn, WSGIServer):
    """Threads per connection, at most `max_connections` at once (more are closed at once)."""

    daemon_threads = True
    max_connections = 256
    request_queue_size = 128  # the listen backlog (5 by default: a burst of clients met resets and 1 s retries)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._connections = threading.BoundedSemaphore(self.max_connections)

    def process_request(self, request, client_address):
        if not self._connections.acquire(blocking=False):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def handle_error(self, request, client_address):
        log.debug("connection from %s failed", client_address, exc_info=True)  # idle timeouts, resets

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()


class _DebugLog:
    """A stream for wsgiref's error output (tracebacks of a failed connection): kg's debug log, never the terminal."""

    def write(self, text: str) -> int:
        if text.strip():
            log.debug("%s", text.rstrip())
        return len(text)

    def flush(self) -> None:
        return None


class _QuietHandler(WSGIRequestHandler):
    timeout = 15  # seconds a connection may stay idle (or trickle a request) before it is closed

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        return None

    def get_stderr(self):
        return _DebugLog()


def serve(source: Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
          max_rows: int = 10_000, service_hosts: frozenset[str] = frozenset(),
          ready: Callable[[str], None] | None = None) -> None:
    """Serve `source` (a build folder, RDF file or store folder) until interrupted (SIGINT) or terminated (SIGTERM);
    either way its query worker processes are stopped before it returns."""
    store = open_for_serving(source)
    app = make_app(store, timeout=timeout, max_rows=max_rows, allowed_hosts=allowed_host_names(host),
                   service_hosts=frozenset(h.lower() for h in service_hosts))
    from kg.serveview import view_app

    app.routes["/view"] = view_app(source)  # the build's graph.html, linked from the query UI
    try:
        httpd = make_server(host, port, app, server_class=_Server, handler_class=_QuietHandler)
    except OSError as e:
        app.close()
        raise StoreError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
    import signal

    def stop(signum, frame):  # noqa: ANN001 - SIGTERM (kill, systemd, docker stop) stops it as Ctrl-C does
        raise _Stopped

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with httpd:
            if ready:
                ready(f"http://{host}:{httpd.server_port}/sparql")
            httpd.serve_forever()
    except _Stopped:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        app.close()  # the worker processes are stopped before the server exits, whatever stopped it

"""A read-only SPARQL 1.1 Protocol endpoint over a build or a store, bounded by default.

HTTP is the standard library's WSGI server; queries run on Oxigraph. What kg adds is the protocol mapping and
the bounds Oxigraph's own server lacks: a result cap and a time limit. This module is the HTTP app and server;
`kg.sparqlresults` does content negotiation and the result formats, `kg.queryworkers` the worker pool.

- `GET /sparql?query=...` and `POST /sparql` (form-encoded or `application/sparql-query`).
- SELECT/ASK answer as SPARQL JSON, XML, CSV or TSV by `Accept` (or `format=`); CONSTRUCT and
  DESCRIBE as Turtle (or N-Triples).
- Updates (`update=`, `application/sparql-update`, or an update in `query=`) are refused with 403.
- At most `max_rows` solutions are returned, and at most n for a query ending in `LIMIT n` (the response
  says it was cut, by `max_rows` or because more than n rows follow, in an `X-KG-Truncated` header); evaluation stops once `timeout` seconds have passed, answering 503.
- Bound to 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import logging
import re
import sys
import threading
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from socketserver import ThreadingMixIn

from kg.errors import StoreError
from kg.serveguard import allowed_host_names, host_ok, service_allowed, service_targets
from kg.query import probe_limit, with_prefixes
from kg.queryworkers import QueryWorkers
from kg.queryui import CORS, PREFLIGHT, ui_response
from kg.sparqlresults import QueryTimeout

__all__ = ["make_app", "open_for_serving", "serve"]

log = logging.getLogger(__name__)

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)


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


class _Refusal(Exception):
    """A request answered without running a query: status line, text and extra headers."""

    def __init__(self, status: str, text: str, extra=()) -> None:
        super().__init__(text)
        self.status, self.text, self.extra = status, text, list(extra)


def _reply(start_response, status: str, body: bytes, mime: str = "text/plain; charset=utf-8", extra=(),
           exc_info=None):
    start_response(status, [("Content-Type", mime), ("Content-Length", str(len(body))),
                            ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"), *CORS, *extra],
                   *([exc_info] if exc_info else []))
    return [body]


_READ_ONLY = "read-only endpoint: updates are refused\n"


def _post_params(environ, params: dict, max_body: int) -> None:
    """Add a POST body's parameters to `params` (a query body, or a form). Raises _Refusal."""
    raw = environ.get("CONTENT_LENGTH") or "0"
    if not raw.strip().isdigit():
        raise _Refusal("400 Bad Request", "Content-Length must be a whole number\n")
    length = int(raw)
    if length > max_body:
        raise _Refusal("413 Payload Too Large", "request body too large\n")
    try:
        data = _read_body(environ["wsgi.input"], length)
    except OSError:  # the client stopped sending (the connection's idle limit) or went away
        raise _Refusal("408 Request Timeout", "request body not received in time\n") from None
    if len(data) < length:
        raise _Refusal("400 Bad Request", f"request body shorter than its Content-Length ({len(data)} of {length} bytes)\n")
    body = data.decode("utf-8", "replace")
    ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
    if ctype == "application/sparql-update":
        raise _Refusal("403 Forbidden", _READ_ONLY)
    if ctype == "application/sparql-query":
        params.setdefault("query", []).append(body)
    else:
        for k, v in parse_qs(body).items():
            params.setdefault(k, []).extend(v)


def _query_of(environ, max_body: int, service_hosts: frozenset[str]) -> tuple[str, dict]:
    """The one read-only query a request asks (with kg's prefixes) and its parameters. Raises _Refusal."""
    method = environ["REQUEST_METHOD"]
    params = parse_qs(environ.get("QUERY_STRING", ""))
    if method == "POST":
        _post_params(environ, params, max_body)
    elif method not in ("GET", "HEAD"):
        raise _Refusal("405 Method Not Allowed", "use GET or POST\n", [("Allow", "GET, POST")])
    if "update" in params:
        raise _Refusal("403 Forbidden", _READ_ONLY)
    queries = params.get("query", [])
    if len(queries) != 1:
        raise _Refusal("400 Bad Request", "give exactly one 'query' parameter\n")
    query = with_prefixes(queries[0])  # kg's prefixes, when the query uses them undeclared
    if _UPDATE.match(query):
        raise _Refusal("403 Forbidden", _READ_ONLY)
    refused = [t for t in service_targets(query) if not service_allowed(t, service_hosts)]
    if refused:
        raise _Refusal("403 Forbidden", f"SERVICE {refused[0][:200]} is not allowed by this endpoint\n")
    return query, params


def _answered(answer, timeout: float) -> tuple[str, bytes, str, list]:
    """(status, body, content type, extra headers) of a worker's answer (None: no worker was free)."""
    plain = "text/plain; charset=utf-8"
    if answer is None:
        return "503 Service Unavailable", b"too many queries running\n", plain, [("Retry-After", "5")]
    kind, value = answer
    if kind == "timeout":
        return "503 Service Unavailable", f"query exceeded the {timeout:g} s limit\n".encode(), plain, []
    if kind == "bad":
        return "400 Bad Request", f"bad query: {value}\n".encode(), plain, []
    if kind == "error":
        return "500 Internal Server Error", f"query failed ({value})\n".encode(), plain, []
    status, mime, body, extra = value
    return status, body, mime + ("; charset=utf-8" if mime.startswith("text/") else ""), extra


def _sparql_route(workers, *, timeout: float, max_rows: int, max_body: int, queue_wait: float,
                  service_hosts: frozenset[str]) -> Callable:
    """The WSGI handler of /sparql: refuse what is not one read-only query, else run it on a worker."""
    def sparql(environ, start_response):
        try:
            query, params = _query_of(environ, max_body, service_hosts)
        except _Refusal as r:
            return _reply(start_response, r.status, r.text.encode(), extra=r.extra)
        query, page = probe_limit(query)  # one row past a final LIMIT n tells whether the page was cut
        job = (query, environ.get("HTTP_ACCEPT", ""), (params.get("format") or [None])[0], timeout,
               max_rows if page is None else min(max_rows, page))
        try:
            answer = workers.run(job, wait=queue_wait, timeout=timeout + 1.0)
        except QueryTimeout:
            answer = ("timeout", None)
        status, body, mime, extra = _answered(answer, timeout)
        return _reply(start_response, status, b"" if environ["REQUEST_METHOD"] == "HEAD" else body, mime, extra)

    return sparql


def make_app(store, *, timeout: float = 10.0, max_rows: int = 10_000, max_body: int = 1_000_000,
             max_running: int = 4, queue_wait: float = 30.0, allowed_hosts: Optional[frozenset[str]] = None,
             service_hosts: frozenset[str] = frozenset()) -> Callable:
    """The WSGI application serving `store` read-only at /sparql.

    Queries run in `max_running` worker processes; one past `timeout` s is killed (503) and its slot
    freed; a request waits up to `queue_wait` s for a slot. SERVICE is refused (403) unless its IRI names
    one of `service_hosts`. With `allowed_hosts`, a request whose Host header names another host gets 421.
    `app.close()` stops the workers.
    """
    workers = QueryWorkers(store, max_running)
    sparql = _sparql_route(workers, timeout=timeout, max_rows=max_rows, max_body=max_body, queue_wait=queue_wait,
                           service_hosts=service_hosts)
    routes: dict[str, Callable] = {"/sparql": sparql, "/sparql/": sparql}

    def app(environ, start_response):
        if not host_ok(environ.get("HTTP_HOST", ""), allowed_hosts):
            return _reply(start_response, "421 Misdirected Request", b"this server does not answer for that host\n")
        page = ui_response(environ.get("PATH_INFO", ""))  # the query UI at / (kg/queryui)
        if page is not None and environ["REQUEST_METHOD"] in ("GET", "HEAD"):
            return _reply(start_response, "200 OK", page[1] if environ["REQUEST_METHOD"] == "GET" else b"", page[0])
        if environ["REQUEST_METHOD"] == "OPTIONS":  # CORS preflight
            return _reply(start_response, "204 No Content", b"", extra=PREFLIGHT)
        handler = routes.get(environ.get("PATH_INFO", ""))
        if handler is None:
            return _reply(start_response, "404 Not Found", b"kg serves SPARQL at /sparql\n")
        try:
            return handler(environ, start_response)
        except Exception as e:  # noqa: BLE001 - one line for the operator (the trace with --debug), none to the client
            log.error("request failed: %s: %s", type(e).__name__, e)
            log.debug("request failed", exc_info=True)
            return _reply(start_response, "500 Internal Server Error", b"internal error\n", exc_info=sys.exc_info())

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

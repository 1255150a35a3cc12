"""The graph view (`graph.html`, written by every build) served by `kg serve` at `/view`, beside the query UI.

The page is read from the build folder at each request, so a rebuild into the same folder is shown at once. It is
sent with the same Content-Security-Policy it carries in its own `<meta>` (no network, inline script only). A source
with no view (an RDF file, a store) answers 404 saying so.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

__all__ = ["VIEW_CSP", "view_app"]

VIEW_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:")


def view_app(source: Path) -> Callable:
    """A WSGI handler for `/view`: `source`/graph.html when `source` is a build folder that has one."""
    page = Path(source) / "graph.html"

    def view(environ, start_response):
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            body, status, mime, extra = b"use GET\n", "405 Method Not Allowed", "text/plain; charset=utf-8", [
                ("Allow", "GET, HEAD")]
        else:
            try:
                body, status, mime, extra = page.read_bytes(), "200 OK", "text/html; charset=utf-8", [
                    ("Content-Security-Policy", VIEW_CSP)]
            except OSError:
                body = (f"no graph view here: {Path(source).name or source} is not a build folder with a graph.html "
                        "(run `kg build`, then serve its folder)\n").encode()
                status, mime, extra = "404 Not Found", "text/plain; charset=utf-8", []
        start_response(status, [("Content-Type", mime), ("Content-Length", str(len(body))),
                                ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"), *extra])
        return [b"" if method == "HEAD" else body]

    return view

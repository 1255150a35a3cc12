"""`kg serve BUILD` serves the build's graph view at /view, linked from the query UI."""
from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from kg.serveview import view_app


def _call(app, method="GET"):
    got = {}

    def start_response(status, headers):
        got["status"], got["headers"] = status, dict(headers)

    body = b"".join(app({"REQUEST_METHOD": method, "PATH_INFO": "/view"}, start_response))
    return got["status"], got["headers"], body


def test_a_build_folder_serves_its_graph_html_with_its_csp(demo):
    out, _ = demo
    status, headers, body = _call(view_app(out))
    assert status == "200 OK" and body == (out / "graph.html").read_bytes()
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert _call(view_app(out), "HEAD")[2] == b""
    assert _call(view_app(out), "POST")[0].startswith("405")


def test_a_source_without_a_view_says_so(tmp_path):
    status, _, body = _call(view_app(tmp_path / "graph.ttl"))
    assert status.startswith("404") and b"no graph view here" in body


def test_kg_serve_links_the_view_from_the_query_ui_and_serves_it(demo):
    out, _ = demo
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        base = re.search(r"query UI at (http://\S+/),", line).group(1)
        assert f"graph view at {base}view" in line
        ui = urllib.request.urlopen(base, timeout=10).read().decode()
        assert '<a href="view">' in ui
        with urllib.request.urlopen(base + "view", timeout=10) as r:
            assert r.read() == (out / "graph.html").read_bytes()
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "nothing-here", timeout=10)
    finally:
        proc.terminate()
        proc.wait(timeout=10)

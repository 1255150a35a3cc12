"""The query UI at / (YASGUI, vendored) and the endpoint's CORS and prefix handling, with real clients:
headless chromium behind a recording proxy, SPARQLWrapper and curl."""
import json
import re
import shutil
import socket
import socketserver
import subprocess
import threading
from wsgiref.simple_server import make_server

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.serve import _QuietHandler, _Server, make_app, open_for_serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CURL = shutil.which("curl")


@pytest.fixture(scope="module")
def base(demo):
    out, _ = demo
    httpd = make_server("127.0.0.1", 0, make_app(open_for_serving(out)), server_class=_Server,
                        handler_class=_QuietHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()


class _Recorder(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.seen = []

        class Handler(socketserver.StreamRequestHandler):
            def handle(inner):
                line = inner.rfile.readline(4096).decode("latin-1").strip()
                if line:
                    self.seen.append(line)
                inner.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

        super().__init__(("127.0.0.1", 0), Handler)


# chromium's own update and sign-in services, which it calls whatever page it shows (the flags below silence the rest)
_BROWSER_OWN = {"update.googleapis.com", "accounts.google.com", "clients2.google.com", "content-autofill.googleapis.com"}


def _host(request_line: str) -> str:
    target = request_line.split()[1]
    return re.sub(r"^https?://", "", target).split("/")[0].split(":")[0]


def _chromium(url, proxy_port):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--disable-domain-reliability", "--disable-quic",
           "--disable-default-apps", "--disable-extensions", "--no-pings", "--disable-client-side-phishing-detection",
           "--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,"
           "Translate,CertificateTransparencyComponentUpdater",
           f"--proxy-server=127.0.0.1:{proxy_port}", "--virtual-time-budget=10000", "--dump-dom", url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by scripts/dev test")
def test_query_ui_loads_runs_a_shipped_query_and_nothing_leaves_the_machine(base, demo):
    _, result = demo
    proxy = _Recorder()
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        # the recorder sees what leaves: a page on another host goes through it (chromium reaches 127.0.0.1 directly)
        _chromium("http://kg-outside.invalid/", proxy.server_address[1])
        assert any("kg-outside.invalid" in s for s in proxy.seen), proxy.seen
        proxy.seen.clear()
        proc = _chromium(base + "?run", proxy.server_address[1])
    finally:
        proxy.shutdown()
    dom = proc.stdout
    assert 'data-answered="1"' in dom, proc.stderr[-1500:]  # the first shipped query ran against /sparql ...
    assert all(a.doc in dom for a in result.records.articles)  # ... and its table lists every article
    for name in ("claims_by_claimer", "disputes", "trace_claim"):
        assert name in dom  # the shipped queries are the tabs
    left = [s for s in proxy.seen if _host(s) not in _BROWSER_OWN]
    assert left == []  # no prefix.cc, no LOV, no font, no CDN: nothing the page asked for


def test_ui_page_and_its_files_are_served_with_the_licence(base):
    import urllib.request

    with urllib.request.urlopen(base) as r:
        page = r.read().decode()
        assert r.headers["Content-Type"].startswith("text/html")
    assert "connect-src 'self'" in page and 'autocompleters = ["variables"]' in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    with urllib.request.urlopen(base + "LICENSE-yasgui.txt") as r:
        assert "MIT" in r.read().decode()
    with urllib.request.urlopen(base + "yasgui.min.js") as r:
        assert r.headers["Content-Type"].startswith("application/javascript") and b"sourceMappingURL" not in r.read()


def test_sparqlwrapper_query_without_prefixes_gets_the_projects(base):
    client = SPARQLWrapper(base + "sparql")
    client.setQuery("SELECT ?who (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim ; prov:wasAttributedTo/rdfs:label ?who } "
                    "GROUP BY ?who")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert len(rows) > 10 and sum(int(r["n"]["value"]) for r in rows) >= 100


@pytest.mark.skipif(CURL is None, reason="curl is not installed")
def test_curl_get_answers_carry_cors_headers_and_preflight_is_answered(base):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Dispute }"
    proc = subprocess.run([CURL, "-s", "-i", "-G", "--data-urlencode", f"query={q}", "-H",
                           "Accept: application/sparql-results+json", "-H", "Origin: https://example.org",
                           base + "sparql"], capture_output=True, text=True, timeout=30)
    head, _, body = proc.stdout.partition("\n\n")  # text mode: curl's CRLF arrive as LF
    assert head.startswith("HTTP/1.0 200") and "Access-Control-Allow-Origin: *" in head
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) >= 1
    proc = subprocess.run([CURL, "-s", "-i", "-X", "OPTIONS", "-H", "Origin: https://example.org", "-H",
                           "Access-Control-Request-Method: POST", "-H", "Access-Control-Request-Headers: content-type",
                           base + "sparql"], capture_output=True, text=True, timeout=30)
    assert proc.stdout.startswith("HTTP/1.0 204") and "Access-Control-Allow-Methods: GET, POST, OPTIONS" in proc.stdout
    assert "Content-Type" in proc.stdout.split("Access-Control-Allow-Headers:")[1].splitlines()[0]

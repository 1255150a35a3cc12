"""The read-only SPARQL endpoint, spoken to by real clients (SPARQLWrapper, urllib as curl would)."""
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from wsgiref.simple_server import make_server

import pytest
from SPARQLWrapper import JSON, XML, SPARQLWrapper

from kg.serve import _QuietHandler, _Server, make_app, open_for_serving

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def endpoint(demo):
    out, _ = demo
    store = open_for_serving(out)
    servers = []

    def start(**kw):
        httpd = make_server("127.0.0.1", 0, make_app(store, **kw), server_class=_Server, handler_class=_QuietHandler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_port}/sparql"

    yield start
    for s in servers:
        s.shutdown()
        s.get_app().close()


def test_sparqlwrapper_select_as_json_and_xml(endpoint):
    url = endpoint()
    client = SPARQLWrapper(url)
    client.setQuery("PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT ?c WHERE { ?c a kg:Claim }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert len(rows) >= 60 and rows[0]["c"]["type"] == "uri"
    client.setReturnFormat(XML)
    doc = client.query().convert()
    assert len(doc.getElementsByTagName("result")) == len(rows)


def test_updates_are_refused_with_403(endpoint):
    url = endpoint()
    client = SPARQLWrapper(url)
    client.setMethod("POST")
    client.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(Exception) as e:
        client.query()
    assert "403" in str(e.value) or "Forbidden" in str(e.value) or "Unauthorized" in type(e.value).__name__
    req = urllib.request.Request(url, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req)
    assert e.value.code == 403
    # nothing was deleted
    body = urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": COUNT})).read()
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 1000


def test_result_cap_and_time_limit(endpoint):
    capped = endpoint(max_rows=5)
    q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    with urllib.request.urlopen(f"{capped}?{q}") as resp:
        assert resp.headers["X-KG-Truncated"] == "true"
        assert len(json.loads(resp.read())["results"]["bindings"]) == 5
    slow = endpoint(timeout=0.5, max_rows=10**9)
    q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"{slow}?{q}")
    assert e.value.code == 503 and time.monotonic() - started < 60  # stopped, not left to run (no speed claim)


@pytest.mark.parametrize("accept, marker", [("text/csv", "n\r\n"), ("text/tab-separated-values", "?n\n"),
                                            ("application/sparql-results+xml", "<sparql")])
def test_results_by_accept_header(endpoint, accept, marker):
    req = urllib.request.Request(endpoint() + "?" + urllib.parse.urlencode({"query": COUNT}), headers={"Accept": accept})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith(accept) and marker in resp.read().decode()


def test_construct_answers_turtle(endpoint):
    q = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3"
    req = urllib.request.Request(endpoint(), data=urllib.parse.urlencode({"query": q}).encode(),
                                 headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith("text/turtle") and b"<https://w3id.org/kg-news/" in resp.read()


def test_kg_serve_command_binds_loopback_and_answers(demo):
    out, _ = demo
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        url = re.search(r"http://\S+/sparql", line).group()
        assert url.startswith("http://127.0.0.1:")
        body = urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": COUNT}), timeout=10).read()
        assert json.loads(body)["head"]["vars"] == ["n"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- hardening (#13): SSRF, runaway queries, bodies, Host, idle sockets, load ---------------------------

import http.client
import socket
from concurrent.futures import ThreadPoolExecutor

from kg.serveguard import allowed_host_names, service_targets

HEAVY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _get(url, query, **headers):
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.fixture()
def listener():
    """A socket on 127.0.0.1 that records whether anything connected to it (a SERVICE target)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    s.settimeout(0.5)
    yield s
    s.close()


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:PORT/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:PORT/x> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:PORT/> AS ?u) SERVICE ?u { ?s ?p ?o } }",
])
def test_service_is_refused_and_nothing_is_contacted(endpoint, listener, query):
    query = query.replace("PORT", str(listener.getsockname()[1]))
    status, body = _get(endpoint(), query)
    assert status == 403 and b"SERVICE" in body
    with pytest.raises(socket.timeout):
        listener.accept()


def test_service_word_inside_strings_iris_and_comments_is_not_a_service_call():
    assert service_targets('SELECT * { ?s ?p "SERVICE <http://a/>" . ?s <http://x/SERVICE> ?o } # SERVICE <http://b/>') == []
    assert service_targets("SELECT * {SERVICE<http://a.example/q>{}}") == ["<http://a.example/q>"]


def test_service_to_an_allowed_host_is_let_through(endpoint):
    status, body = _get(endpoint(service_hosts=frozenset({"127.0.0.1"})),
                        "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/none> { ?s ?p ?o } } LIMIT 1")
    assert status == 200  # SILENT: the unreachable service gives no rows, not an error


def test_a_query_past_its_limit_is_killed_and_frees_its_slot(endpoint):
    url = endpoint(timeout=0.5, max_rows=10**9, max_running=1, queue_wait=10)
    started = time.monotonic()
    assert _get(url, HEAVY)[0] == 503
    assert _get(url, HEAVY)[0] == 503  # the one slot was freed by killing the first
    status, body = _get(url, COUNT)
    assert status == 200 and json.loads(body)["head"]["vars"] == ["n"]
    assert time.monotonic() - started < 60  # the slot came back: no speed claim


@pytest.mark.parametrize("length, code", [("-1", 400), ("abc", 400), ("999999999999", 413), ("2000001", 413)])
def test_request_bodies_are_bounded_whatever_content_length_says(endpoint, length, code):
    host, port = urllib.parse.urlsplit(endpoint()).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.putheader("Content-Length", length)
    conn.endheaders()
    conn.send(b"SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    resp = conn.getresponse()
    assert resp.status == code and b"Traceback" not in resp.read()
    conn.close()


def test_host_header_must_name_the_bound_address(demo):
    out, _ = demo
    store = open_for_serving(out)
    app = make_app(store, allowed_hosts=allowed_host_names("127.0.0.1"), max_running=1)
    httpd = make_server("127.0.0.1", 0, app, server_class=_Server, handler_class=_QuietHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_port}/sparql"
        assert _get(url, COUNT, Host="attacker.example")[0] == 421
        assert _get(url, COUNT, Host=f"attacker.example:{httpd.server_port}")[0] == 421
        assert _get(url, COUNT, Host=f"localhost:{httpd.server_port}")[0] == 200
        assert _get(url, COUNT)[0] == 200
    finally:
        httpd.shutdown()
        app.close()
    assert allowed_host_names("0.0.0.0") is None


def test_idle_connections_are_closed(endpoint, monkeypatch):
    monkeypatch.setattr(_QuietHandler, "timeout", 0.5)
    host, port = urllib.parse.urlsplit(endpoint()).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"GET /sparql?query=ASK")  # never finishes its request line
        time.sleep(1.5)
        data = s.recv(100)
        assert data == b"" or data.startswith(b"HTTP/1.0 408") or data.startswith(b"HTTP/1.0 400")


def test_errors_never_carry_a_stack_trace(endpoint):
    status, body = _get(endpoint(), "SELECT * WHERE { ?s ?p ")
    assert status == 400 and b"Traceback" not in body and b'File "' not in body


def test_light_queries_get_answers_while_heavy_ones_run(endpoint):
    """A bounded load test on loopback: 240 concurrent requests, one in eight of them heavy."""
    url = endpoint(timeout=0.5, max_rows=10**9, max_running=4, queue_wait=60)
    jobs = [HEAVY if i % 8 == 0 else COUNT for i in range(240)]
    with ThreadPoolExecutor(max_workers=48) as pool:
        results = list(pool.map(lambda q: (q, _get(url, q)[0]), jobs))
    light = [s for q, s in results if q == COUNT]
    heavy = [s for q, s in results if q == HEAVY]
    assert light == [200] * len(light)
    assert set(heavy) <= {200, 503} and len(heavy) == 30


def test_a_page_cut_by_the_query_s_own_limit_is_flagged(endpoint):
    url = endpoint()
    three = "SELECT ?c WHERE { ?c a kg:Claim } ORDER BY ?c LIMIT 3"

    def ask(q):
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': q})}") as resp:
            return resp.headers["X-KG-Truncated"], len(json.loads(resp.read())["results"]["bindings"])

    assert ask(three) == ("true", 3)  # the demo has more than three claims: the page was cut
    assert ask(three.replace("LIMIT 3", "LIMIT 100000")) == ("false", ask("SELECT ?c WHERE { ?c a kg:Claim }")[1])
    assert ask("SELECT ?c WHERE { ?c a kg:Claim } ORDER BY ?c OFFSET 2 LIMIT 1") == ("true", 1)

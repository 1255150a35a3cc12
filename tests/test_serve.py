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
    assert e.value.code == 503 and time.monotonic() - started < 5


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

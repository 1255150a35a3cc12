"""`kg push` against a misbehaving Graph Store server on loopback: every graph's outcome is reported, every
network failure is one line, the deadline is real, and only http(s) endpoints are accepted."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import pytest

from kg.errors import StoreError
from kg.store import push

OK = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
REFUSE = b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnope"


class FakeStore:
    """Answers the n-th PUT with the n-th behaviour (the last one repeats); counts what it received."""

    def __init__(self, behaviours):
        self.behaviours = behaviours
        self.received = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/store"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = int(next((l.split(b":")[1] for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")), 0))
                while len(body) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    body += chunk
                behaviour = self.behaviours[min(self.received, len(self.behaviours) - 1)]
                self.received += 1
                try:
                    behaviour(conn, self.stop)
                except OSError:
                    pass

    def close(self):
        self.stop.set()
        self.sock.close()


def send(data):
    return lambda conn, stop: conn.sendall(data)


def trickle(conn, stop):
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while not stop.is_set():
        conn.sendall(b"X")
        time.sleep(0.2)


@pytest.fixture()
def fake():
    servers = []

    def start(*behaviours):
        s = FakeStore(list(behaviours))
        servers.append(s)
        return s

    yield start
    for s in servers:
        s.close()


def test_a_refused_graph_is_reported_and_the_others_still_written(demo, fake):
    records = demo[1].records
    server = fake(send(OK), send(OK), send(REFUSE), send(OK))
    report = push(records, server.url, timeout=20)
    total = len(records.articles) + 1
    assert len(report.written) == total - 1 and len(report.refused) == 1 and not report.not_attempted
    assert report.refused[0][1] == "500 Internal Server Error"
    assert report.lines()[-1] == f"pushed {total - 1} of {total} named graphs to {server.url}"


@pytest.mark.parametrize("behaviour, problem", [
    (send(b"GARBAGE\r\n\r\n"), "not valid HTTP"),
    (send(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n"), "not valid HTTP"),
    (send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"), "not valid HTTP"),
    (lambda conn, stop: conn.close(), ""),
])
def test_a_network_failure_on_the_third_graph_says_what_was_written(demo, fake, behaviour, problem):
    records = demo[1].records
    server = fake(send(OK), send(OK), behaviour)
    report = push(records, server.url, timeout=20)
    assert len(report.written) == 2 and len(report.failed) == 1 and problem in report.failed[0][1]
    assert len(report.not_attempted) == len(records.articles) + 1 - 3
    assert all("\n" not in line for line in report.lines())


def test_the_deadline_bounds_a_server_that_sends_a_byte_a_second(demo, fake):
    server = fake(trickle)
    started = time.monotonic()
    report = push(demo[1].records, server.url, timeout=1.5)
    assert time.monotonic() - started < 60  # cut off by the deadline, not left to trickle (no speed claim)
    assert report.failed and report.failed[0][1] == "the push deadline passed" and not report.written


@pytest.mark.parametrize("endpoint", ["notaurl", "file:///etc/passwd", "ftp://127.0.0.1/x", "http://127.0.0.1:99999/x",
                                      "http://127.0.0.1:port/x", "http:///nohost"])
def test_only_http_endpoints_are_accepted(demo, endpoint):
    with pytest.raises(StoreError) as e:
        push(demo[1].records, endpoint, timeout=2)
    assert "\n" not in str(e.value)


def test_kg_push_prints_one_line_per_problem_and_fails(demo, fake):
    server = fake(send(OK), send(b"GARBAGE\r\n\r\n"))
    p = subprocess.run([sys.executable, "-m", "kg.cli", "push", server.url, "-g", str(demo[0]), "--timeout", "20"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert p.stderr.splitlines()[0].startswith("kg: push: failed https://w3id.org/kg-news/id/graph/")
    assert p.stdout.startswith("pushed 1 of ")
    bad = subprocess.run([sys.executable, "-m", "kg.cli", "push", "file:///tmp/x", "-g", str(demo[0])],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and len(bad.stderr.splitlines()) == 1 and "http://" in bad.stderr

"""GEXF's lastmodifieddate is the build's date, never the clock's: SOURCE_DATE_EPOCH's day, else the newest article
date, else left out; so building the same articles again writes the same bytes."""
from __future__ import annotations

import io

import networkx as nx

from kg.export.gexf import modified_date, write_gexf


def test_source_date_epoch_wins(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14T22:13:20Z
    assert modified_date(["2024-08-14"]) == "2023-11-14"


def test_else_the_newest_article_date_and_none_when_no_date_is_known(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert modified_date(["2024-08-14", None, "2024-08-15T09:00:00Z", "2023-01-01"]) == "2024-08-15"
    assert modified_date([None, ""]) is None


def test_the_streamed_gexf_carries_the_date_or_none():
    for date, expect in (("2024-08-14", b'lastmodifieddate="2024-08-14"'), (None, b"<meta>")):
        buf = io.BytesIO()
        write_gexf(lambda: [("a", {"label": "A"})], lambda: [("a", "a", 0, {"relation": "x"})], buf, date=date)
        assert expect in buf.getvalue()
        assert nx.read_gexf(io.BytesIO(buf.getvalue())).number_of_nodes() == 1


def test_the_demo_gexf_is_dated_by_its_newest_article(demo, monkeypatch):
    out, _ = demo
    for name in ("graph.gexf", "disputes.gexf"):
        assert b'lastmodifieddate="2024-08-14"' in (out / name).read_bytes()[:400]

"""Web archives, exports, feeds and URL lists (kg.ingest.containers and its readers), item by item: what becomes an
article, what is kept about it, and what is reported. No spaCy here: only reading."""
from __future__ import annotations

import http.server
import io
import json
import threading
import zipfile
from pathlib import Path

import packing
import pytest
from news_pages import PAGE1, PAGE3
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import InputError
from kg.ingest.containers import load_container, sources_from_items
from kg.ingest.read import discover
from kg.ingest.urls import read_urls

TEXT = ("The harbour authority said on Monday that the new ferry terminal would open in May.\n\n"
        "Local traders disputed the date, saying building work had stopped in March.\n")
ARTS = [("harbour.txt", TEXT, {"title": "Ferry terminal to open in May", "url": "https://port.example/terminal",
                               "date": "2025-03-03", "outlet": "Harbour Times"}),
        ("school.txt", "The school board said the vote would take place next week.\n",
         {"title": None, "url": None, "date": None, "outlet": None})]


def _load(path: Path, **kw):
    return load_container(path, f"t/{path.name}", **kw)


def _warc_with_pages(path: Path) -> Path:
    """A crawl as a crawler writes it: two HTML pages, a redirect, a 404, an image, a revisit, and request records."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)

        def response(url, status, ctype, body, date="2025-03-04T10:00:00Z"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": date}))

        response("https://valley.example/library", "200 OK", "text/html; charset=utf-8", PAGE1.html.encode())
        response("https://valley.example/old", "301 Moved Permanently", "text/html", b"<a href=/library>moved</a>")
        response("https://valley.example/missing", "404 Not Found", "text/html", b"<h1>Not found</h1>")
        response("https://valley.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://radio.example/measles", "200 OK", "text/html", PAGE3.html.encode("cp1252"),
                 date="2025-03-05T08:15:00Z")
    return path


def test_every_html_response_of_a_crawl_is_an_article_with_its_url_and_fetch_date(tmp_path):
    sources, failures = _load(_warc_with_pages(tmp_path / "crawl.warc.gz"))
    assert not failures
    arts = [s.article for s in sources]
    assert [a.url for a in arts] == ["https://valley.example/library", "https://radio.example/measles"]
    assert [a.fetched for a in arts] == ["2025-03-04T10:00:00Z", "2025-03-05T08:15:00Z"]
    assert arts[0].title == PAGE1.title and arts[0].outlet == "The Valley Courier" and arts[0].date == "2023-10-02"
    assert all(p in sources[0].text for p in PAGE1.body) and "Most read" not in sources[0].text
    assert "Health officials confirmed 48 new cases" in sources[1].text  # no charset said: the bytes are detected
    assert len({a.id for a in arts}) == 2 and all(a.format == "warc" for a in arts)


def test_a_wacz_reads_the_warcs_its_datapackage_lists(tmp_path):
    sources, failures = _load(packing.write_wacz(tmp_path / "crawl.wacz", ARTS))
    assert not failures
    assert [s.text for s in sources] == [TEXT, ARTS[1][1]]
    assert sources[0].article.url == "https://port.example/terminal"


def test_a_zip_without_datapackage_is_not_a_wacz(tmp_path):
    bad = tmp_path / "notes.wacz"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("archive/data.warc.gz", packing.warc_bytes(ARTS))
    sources, failures = _load(bad)
    assert not sources and "no datapackage.json" in str(failures[0]) and "notes.wacz" in str(failures[0])


def test_a_damaged_warc_keeps_the_records_before_the_damage(tmp_path):
    data = packing.warc_bytes(ARTS, gz=False)
    cut = data.index(b"WARC/1.", data.index(b"school.txt") - 2000 if b"school.txt" in data else len(data) // 2)
    bad = tmp_path / "cut.warc"
    bad.write_bytes(data[:cut] + b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    sources, failures = _load(bad)
    assert [s.text for s in sources] == [TEXT]
    assert failures and "cut.warc" in str(failures[0])


def test_csv_columns_are_found_by_common_names_and_metadata_kept(tmp_path):
    path = packing.write_csv(tmp_path / "export.csv", ARTS)
    sources, failures = _load(path)
    assert not failures
    a = sources[0].article
    assert (a.title, a.url, a.date, a.outlet, a.format) == ("Ferry terminal to open in May",
                                                            "https://port.example/terminal", "2025-03-03",
                                                            "Harbour Times", "csv")
    assert sources[0].text == TEXT and sources[0].article.doc == "export-0001"


def test_csv_columns_can_be_named_and_a_missing_one_is_said(tmp_path):
    path = packing.write_csv(tmp_path / "odd.csv", ARTS, header=("story", "headline", "when", "paper"),
                              fields=("text", "title", "date", "outlet"))
    with pytest.raises(InputError, match="no text column .*'story'.*--text-column"):
        list(__import__("kg.ingest.tabular", fromlist=["read_csv"]).read_csv(path))
    sources, failures = _load(path, columns={"text": "story", "date": "when", "outlet": "paper"})
    assert not failures and sources[0].text == TEXT
    assert (sources[0].article.date, sources[0].article.outlet) == ("2025-03-03", "Harbour Times")
    sources, failures = _load(path, columns={"text": "body_text"})
    assert not sources and "no column 'body_text'" in str(failures[0])


def test_a_row_without_text_is_reported_and_the_others_read(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("title,text\nEmpty one,\nFull one,\"The mayor said the bridge would reopen.\"\n", encoding="utf-8")
    sources, failures = _load(path)
    assert [s.text for s in sources] == ["The mayor said the bridge would reopen."]
    assert len(failures) == 1 and "rows.csv: row 2: no text in column 'text'" in str(failures[0])


def test_json_lines_with_nested_source_and_a_bad_line(tmp_path):
    path = packing.write_jsonl(tmp_path / "api.jsonl", ARTS)
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    sources, failures = _load(path)
    assert [s.article.outlet for s in sources] == ["Harbour Times", None]
    assert len(failures) == 1 and "line 3: not JSON" in str(failures[0])


def test_an_html_body_in_an_export_is_read_as_a_page(tmp_path):
    path = tmp_path / "html.jsonl"
    path.write_text(json.dumps({"body": PAGE1.html, "url": "https://valley.example/library"}) + "\n", encoding="utf-8")
    sources, _ = _load(path)
    assert PAGE1.body[0] in sources[0].text and "<p>" not in sources[0].text
    assert sources[0].article.title == PAGE1.title


def test_feed_items_with_full_content_are_articles_and_summaries_are_reported(tmp_path):
    path = packing.write_rss(tmp_path / "news.rss", ARTS, summary_only=2)
    sources, failures = _load(path)
    assert [s.text.strip() for s in sources] == [TEXT.strip(), ARTS[1][1].strip()]
    a = sources[0].article
    assert (a.title, a.url, a.date, a.outlet) == ("Ferry terminal to open in May", "https://port.example/terminal",
                                                  "2025-03-03", "Harbour Times")
    assert len(failures) == 2
    assert "item 3 (https://news.example.org/teaser-0): only a summary" in str(failures[0])


def test_an_atom_feed_with_html_content_and_the_feed_title_as_outlet(tmp_path):
    path = tmp_path / "site.atom"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title><id>urn:x</id><updated>2023-10-02T00:00:00Z</updated>
<entry><title>Council votes</title><id>urn:1</id><link href="https://valley.example/library"/>
<published>2023-10-02T18:00:00Z</published><updated>2023-10-02T18:00:00Z</updated>
<content type="html">{"".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PAGE1.body).replace("“", "&#8220;")}</content></entry></feed>""",
                    encoding="utf-8")
    sources, failures = _load(path)
    assert not failures
    assert sources[0].text == "\n\n".join(PAGE1.body) + "\n"
    assert (sources[0].article.outlet, sources[0].article.date) == ("Valley Courier", "2023-10-02")


def test_text_that_is_not_a_feed_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("this is not XML at all", encoding="utf-8")
    sources, failures = _load(path)
    assert not sources and "broken.rss: not an RSS or Atom feed" in str(failures[0])


def test_containers_are_found_in_folders(tmp_path):
    packing.write_warc(tmp_path / "a.warc.gz", ARTS)
    packing.write_csv(tmp_path / "b.csv", ARTS)
    (tmp_path / "c.gz").write_bytes(b"")  # a .gz that is no WARC is not an input
    assert sorted(p.name for p in discover([tmp_path])) == ["a.warc.gz", "b.csv"]


# --- URL lists, against a server on 127.0.0.1 only ---

class _Site(http.server.BaseHTTPRequestHandler):
    pages = {"/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
             "/library": (200, "text/html; charset=utf-8", PAGE1.html.encode()),
             "/private/memo": (200, "text/html", PAGE3.html.encode()),
             "/gone": (404, "text/html", b"<h1>gone</h1>")}
    log: list = []

    def do_GET(self):
        self.log.append(self.path)
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture
def site():
    _Site.log = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_politely_cached_and_read_as_pages(tmp_path, site):
    lst = tmp_path / "links.txt"
    lst.write_text(f"# my reading list\n{site}/library\n\n{site}/private/memo\n{site}/gone\nftp://x/y\n",
                   encoding="utf-8")
    cache = tmp_path / "cache"
    sources, failures = sources_from_items(lst, "t/links.txt", read_urls(lst, cache=cache, delay=0), "url")
    assert [s.article.url for s in sources] == [f"{site}/library"]
    assert PAGE1.body[0] in sources[0].text and sources[0].article.fetched
    problems = [str(f) for f in failures]
    assert "robots.txt does not allow" in problems[0] and "line 4" in problems[0]
    assert "answered 404" in problems[1] and "not an http(s) URL" in problems[2]
    assert _Site.log == ["/robots.txt", "/library", "/gone"]  # robots.txt first; the disallowed page never asked
    assert len(list(cache.glob("*.warc.gz"))) == 1
    _Site.log.clear()
    again, _ = sources_from_items(lst, "t/links.txt", read_urls(lst, cache=cache, delay=0), "url")
    assert [s.text for s in again] == [s.text for s in sources]
    assert _Site.log == ["/robots.txt", "/gone"]  # the cached page is not fetched again


def test_no_network_is_one_line_per_url(tmp_path):
    lst = tmp_path / "links.txt"
    lst.write_text("http://127.0.0.1:9/nothing-listens-here\n", encoding="utf-8")
    sources, failures = sources_from_items(lst, "t/links.txt", read_urls(lst, cache=tmp_path / "c", delay=0), "url")
    assert not sources and "cannot be fetched" in str(failures[0]) and "links.txt: line 1" in str(failures[0])


def test_a_legacy_encoded_csv_is_read_as_its_encoding(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("title;text\r\nCaf\u00e9 reopens;\"The caf\u00e9\u2019s owner said it would reopen.\"\r\n"
                     .encode("cp1252"))
    sources, failures = _load(path)
    assert not failures and sources[0].text == "The caf\u00e9\u2019s owner said it would reopen."
    assert sources[0].article.title == "Caf\u00e9 reopens"


def test_an_overlong_json_line_is_one_error_and_the_next_line_is_read(tmp_path, monkeypatch):
    from kg.ingest import tabular

    monkeypatch.setattr(tabular, "_MAX_FIELD_CHARS", 200)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x " * 500}) + "\n" + json.dumps({"text": "The mayor said yes."}) + "\n",
                    encoding="utf-8")
    sources, failures = _load(path)
    assert [s.text for s in sources] == ["The mayor said yes."]
    assert "line 1: longer than 200 characters" in str(failures[0])


@pytest.mark.parametrize("name", ["pipe.csv", "pipe.jsonl", "pipe.warc", "pipe.rss", "pipe.wacz"])
def test_a_fifo_named_as_a_container_is_refused_without_blocking(tmp_path, name):
    import os

    fifo = tmp_path / name
    os.mkfifo(fifo)
    sources, failures = _load(fifo)
    assert not sources and "not a regular file" in str(failures[0])


def test_a_feed_saved_as_xml_is_read_when_named_but_not_picked_up_from_a_folder(tmp_path):
    from kg.pipeline import read_sources

    packing.write_rss(tmp_path / "feed.xml", ARTS)
    sources, failures = read_sources([tmp_path / "feed.xml"])
    assert not failures and [s.article.format for s in sources] == ["rss", "rss"]
    assert read_sources([tmp_path])[0] == []

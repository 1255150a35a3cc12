"""Writing articles into the files people keep them in, with the libraries that write those files: WARC (warcio's
WARCWriter), WACZ (zipfile, with its datapackage.json and pages.jsonl), CSV (csv), JSON Lines (json), RSS 2.0
(ElementTree, with `content:encoded`). Each takes [(name, text, meta)] with meta's title, url, date, outlet."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import zipfile
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CRAWL_DATE = "2024-08-15T06:30:00Z"


def _url(name: str, meta: dict) -> str:
    return meta.get("url") or f"https://news.example.org/2024/08/{name.rsplit('.', 1)[0]}"


def warc_bytes(articles, *, gz: bool = True, content_type: str = "text/plain; charset=utf-8") -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "kg tests", "format": "WARC 1.1"}))
    for name, text, meta in articles:
        url = _url(name, meta)
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req,
                                                      warc_headers_dict={"WARC-Date": CRAWL_DATE}))
        body = text.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": CRAWL_DATE}))
    return buf.getvalue()


def write_warc(path: Path, articles, **kw) -> Path:
    path.write_bytes(warc_bytes(articles, gz=path.name.endswith(".gz"), **kw))
    return path


def write_wacz(path: Path, articles, **kw) -> Path:
    data = warc_bytes(articles, gz=True, **kw)
    pages = "\n".join([json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})] + [
        json.dumps({"id": hashlib.md5(_url(n, m).encode()).hexdigest(), "url": _url(n, m), "ts": CRAWL_DATE,
                    "title": m.get("title") or n}) for n, _, m in articles]) + "\n"
    files = {"archive/data.warc.gz": data, "pages/pages.jsonl": pages.encode()}
    package = {"profile": "data-package", "wacz_version": "1.1.1", "title": "kg test crawl",
               "created": CRAWL_DATE, "software": "kg tests",
               "resources": [{"name": Path(p).name, "path": p, "hash": "sha256:" + hashlib.sha256(b).hexdigest(),
                              "bytes": len(b)} for p, b in files.items()]}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("archive/data.warc.gz"), data, compress_type=zipfile.ZIP_STORED)
        z.writestr("pages/pages.jsonl", files["pages/pages.jsonl"], compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("datapackage.json", json.dumps(package, indent=2), compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_csv(path: Path, articles, header=("url", "title", "publish_date", "media_name", "text"),
              fields=("url", "title", "date", "outlet", "text")) -> Path:
    """A CSV export: `header` names the columns, `fields` what each holds (url, title, date, outlet, text)."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for name, text, meta in articles:
            w.writerow([text if fld == "text" else (meta.get(fld) or "") for fld in fields])
    return path


def write_jsonl(path: Path, articles) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for name, text, meta in articles:
            f.write(json.dumps({"url": _url(name, meta), "title": meta.get("title"), "publish_date": meta.get("date"),
                                "source": {"name": meta.get("outlet")}, "content": text}, ensure_ascii=False) + "\n")
    return path


def write_rss(path: Path, articles, *, summary_only: int = 0) -> Path:
    """RSS 2.0 as an aggregator writes it (each item's outlet in <source>), with each article's full text in
    content:encoded, then `summary_only` items with a description only."""
    content = "http://purl.org/rss/1.0/modules/content/"
    ET.register_namespace("content", content)
    rss = ET.Element("rss", version="2.0")
    ch = ET.SubElement(rss, "channel")
    ET.SubElement(ch, "title").text = "Example News"
    ET.SubElement(ch, "link").text = "https://news.example.org/"
    ET.SubElement(ch, "description").text = "Latest stories"
    for name, text, meta in articles:
        it = ET.SubElement(ch, "item")
        if meta.get("title"):
            ET.SubElement(it, "title").text = meta["title"]
        ET.SubElement(it, "link").text = _url(name, meta)
        if meta.get("date"):
            d = datetime.fromisoformat(meta["date"]).replace(hour=9, tzinfo=timezone.utc)
            ET.SubElement(it, "pubDate").text = format_datetime(d, usegmt=True)
        ET.SubElement(it, "description").text = text[:200]
        if meta.get("outlet"):
            ET.SubElement(it, "source", url="https://news.example.org/feeds/" + str(len(meta["outlet"]))).text = \
                meta["outlet"]
        ET.SubElement(it, f"{{{content}}}encoded").text = text
    for i in range(summary_only):
        it = ET.SubElement(ch, "item")
        ET.SubElement(it, "title").text = f"Teaser {i}"
        ET.SubElement(it, "link").text = f"https://news.example.org/teaser-{i}"
        ET.SubElement(it, "description").text = "Council approves the budget after a long debate."
    ET.ElementTree(rss).write(path, encoding="utf-8", xml_declaration=True)
    return path


def gunzip(data: bytes) -> bytes:
    return gzip.decompress(data)

"""Web archives: WARC and WARC.gz (read with warcio), and WACZ (a zip of WARCs with a datapackage.json).

Every successful (2xx) `response` record, and every `resource` record (what ArchiveWeb.page and Webrecorder store
for pages they capture), whose content is HTML or plain text is an article: its URL (`WARC-Target-URI`) and fetch
date (`WARC-Date`) are kept. Requests, metadata, revisits, redirects and other media are not articles and are
passed over.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import IO, Iterator, Union

from kg.bounds import MAX_ARTICLE_CHARS
from kg.errors import InputError
from kg.ingest.item import Item
from kg.ingest.read import decode

__all__ = ["read_wacz", "read_warc"]

_MAX_RECORD_BYTES = MAX_ARTICLE_CHARS * 40  # a page's HTML is many times its text; past this it is not an article


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip().strip("\"'")
    return None


def _records(stream: IO[bytes], path: Path, where: str) -> Iterator[Union[Item, InputError]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream):
            n += 1
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            kind = ctype.split(";")[0].strip().lower()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            here = f"{where}record {n} ({url})" if url else f"{where}record {n}"
            data = record.content_stream().read(_MAX_RECORD_BYTES + 1)
            if len(data) > _MAX_RECORD_BYTES:
                yield InputError(path, f"{here}: larger than {_MAX_RECORD_BYTES:,} bytes; not read")
                continue
            notes: list[str] = []
            charset = _charset(ctype)
            try:
                body = data.decode(charset) if charset else decode(path, data, notes)
            except (LookupError, UnicodeDecodeError):
                try:
                    body = decode(path, data, notes)
                except InputError as e:
                    yield InputError(path, f"{here}: {e.problem}")
                    continue
            except InputError as e:
                yield InputError(path, f"{here}: {e.problem}")
                continue
            yield Item(where=here, body=body, html=kind != "text/plain", meta={"url": url},
                       fetched=record.rec_headers.get_header("WARC-Date"), notes=tuple(notes))
    except ArchiveLoadFailed as e:
        yield InputError(path, f"{where}not a WARC file, or damaged after record {n} ({str(e).strip()[:200]})")
    except Exception as e:  # warcio meets a broken record in many ways (AttributeError on missing headers, ...)
        yield InputError(path, f"{where}damaged after record {n} ({type(e).__name__}: {e})")


def read_warc(path: Path) -> Iterator[Union[Item, InputError]]:
    """The articles of a WARC or WARC.gz file."""
    if not Path(path).is_file():
        raise InputError(path, "not a regular file")
    try:
        f = open(path, "rb")
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None
    with f:
        yield from _records(f, path, "")


def read_wacz(path: Path) -> Iterator[Union[Item, InputError]]:
    """The articles of the WARCs inside a WACZ file (those its datapackage.json lists under archive/)."""
    if not Path(path).is_file():
        raise InputError(path, "not a regular file")
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as e:
        raise InputError(path, f"not a WACZ file (not a zip: {e})") from None
    with z:
        names = set(z.namelist())
        if "datapackage.json" not in names:
            raise InputError(path, "not a WACZ file (no datapackage.json)")
        try:
            package = json.loads(z.read("datapackage.json"))
            listed = [r["path"] for r in package.get("resources", []) if isinstance(r, dict) and "path" in r]
        except (ValueError, KeyError, TypeError, zipfile.BadZipFile) as e:
            raise InputError(path, f"not a WACZ file (datapackage.json unreadable: {e})") from None
        warcs = sorted(p for p in listed if p.startswith("archive/") and p.lower().endswith((".warc", ".warc.gz")))
        missing = [p for p in warcs if p not in names]
        if missing:
            yield InputError(path, f"{missing[0]} is listed in datapackage.json but not in the file; its pages "
                                   "are not read")
        for name in (p for p in warcs if p in names):
            with z.open(name) as stream:
                yield from _records(stream, path, f"{name} ")

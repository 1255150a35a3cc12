"""Exports of news databases and APIs: CSV (read with the csv module) and JSON Lines, one article per row.

Columns are found by the names such exports use (Media Cloud, GDELT-style dumps, most news APIs), case and
punctuation aside: the text in `text`, `body`, `content`, `full_text`, `article_text`; `title`/`headline`;
`url`/`link`; `date`, `publish_date`, `published`, `pubdate`; `outlet`, `source`, `media_name`, `publisher`. Any of
them can be named instead (`kg build --text-column story`). A text field holding HTML is read as a web page.
"""
from __future__ import annotations

import codecs
import csv
import json
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional, TextIO, Union

from kg.bounds import MAX_ARTICLE_CHARS
from kg.errors import InputError
from kg.ingest.item import Item, looks_like_html

__all__ = ["COLUMN_NAMES", "read_csv", "read_jsonl"]

COLUMN_NAMES = {
    "text": ("text", "body", "content", "full_text", "fulltext", "article_text", "article", "story_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "article_url", "canonical_url"),
    "date": ("date", "publish_date", "published", "published_at", "publication_date", "pubdate", "pub_date",
             "datetime", "timestamp"),
    "outlet": ("outlet", "source", "media_name", "media", "publisher", "source_name", "site_name", "domain"),
}
_MAX_FIELD_CHARS = MAX_ARTICLE_CHARS * 10  # one row's text (an HTML body is several times its article)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")


def pick_columns(header: Iterable[str], given: Optional[dict] = None) -> dict[str, str]:
    """field -> the column it is read from: the column `given` names, or the first of the common names present.

    Raises KeyError naming a column that `given` names but the header lacks.
    """
    header = list(header)
    by_norm = {}
    for h in header:
        by_norm.setdefault(_norm(h), h)
    out = {}
    for fld, names in COLUMN_NAMES.items():
        want = (given or {}).get(fld)
        if want:
            if want in header:
                out[fld] = want
            elif _norm(want) in by_norm:
                out[fld] = by_norm[_norm(want)]
            else:
                raise KeyError(want)
            continue
        found = next((by_norm[n] for n in names if n in by_norm), None)
        if found is not None:
            out[fld] = found
    return out


def _item(row: dict, cols: dict[str, str], where: str, path: Path) -> Union[Item, InputError]:
    def value(fld: str) -> Optional[str]:
        v = row.get(cols[fld]) if fld in cols else None
        if v is None:
            return None
        if isinstance(v, (dict, list)):
            v = v.get("name") if isinstance(v, dict) else None  # {"source": {"name": "..."}} as news APIs give
            if v is None:
                return None
        return str(v).strip() or None

    text = row.get(cols["text"])
    if not isinstance(text, str) or not text.strip():
        return InputError(path, f"{where}: no text in column {cols['text']!r}")
    meta = {f: value(f) for f in ("title", "url", "date", "outlet")}
    return Item(where=where, body=text, html=looks_like_html(text), meta=meta)


def _no_text_column(path: Path, header: list[str]) -> InputError:
    shown = ", ".join(repr(h) for h in header[:12]) or "none"
    return InputError(path, f"no text column (looked for {', '.join(COLUMN_NAMES['text'])}; the columns are "
                            f"{shown}); name it with --text-column")


def _columns(path: Path, header: list[str], given: Optional[dict]) -> dict[str, str]:
    try:
        cols = pick_columns(header, given)
    except KeyError as e:
        raise InputError(path, f"no column {e.args[0]!r} (the columns are "
                               f"{', '.join(repr(h) for h in header[:12])})") from None
    if "text" not in cols:
        raise _no_text_column(path, header)
    return cols


def _encoding(path: Path, head: bytes) -> str:
    """The text encoding of a file, judged on its first megabyte: UTF-8 (with or without BOM), UTF-16 with a BOM,
    else the legacy encoding charset-normalizer finds (as for article files, `kg.ingest.read.decode`)."""
    from kg.ingest.read import _legacy

    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a character cut at the end is fine
        return "utf-8-sig"
    except UnicodeDecodeError:
        return _legacy(head) or "cp1252"


@contextmanager
def _open_text(path: Path) -> Iterator[TextIO]:
    """The file as text, streamed (an export may be larger than memory), bad bytes replaced by U+FFFD."""
    try:
        if not path.is_file():
            raise InputError(path, "not a regular file")
        with open(path, "rb") as f:
            head = f.read(1 << 20)
        if not head.strip():
            raise InputError(path, "file is empty")
        f = open(path, encoding=_encoding(path, head), errors="replace", newline="")
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None
    with f:
        yield f


def read_csv(path: Path, columns: Optional[dict] = None) -> Iterator[Union[Item, InputError]]:
    """One article per row of a CSV file with a header row (comma, semicolon or tab separated)."""
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD_CHARS))
    with _open_text(path) as f:
        first = f.readline(_MAX_FIELD_CHARS)
        f.seek(0)
        delimiter = max(",;\t", key=first.count)  # the header's separator: comma, semicolon (spreadsheets) or tab
        reader = csv.DictReader(f, delimiter=delimiter)
        try:
            header = [h for h in (reader.fieldnames or []) if h is not None]
        except csv.Error as e:
            raise InputError(path, f"not valid CSV in its header row ({e})") from None
        if not header:
            raise InputError(path, "no header row")
        cols = _columns(path, header, columns)
        n = 1
        try:
            for row in reader:
                n += 1
                yield _item(row, cols, f"row {n}", path)
        except csv.Error as e:
            yield InputError(path, f"not valid CSV after row {n} (line {reader.line_num}: {e}); the rest is not read")


def read_jsonl(path: Path, columns: Optional[dict] = None) -> Iterator[Union[Item, InputError]]:
    """One article per line of a JSON Lines file (each line one JSON object)."""
    cols: Optional[dict] = None
    with _open_text(path) as f:
        i = 0
        while True:
            line = f.readline(_MAX_FIELD_CHARS)
            if not line:
                break
            i += 1
            if len(line) >= _MAX_FIELD_CHARS and not line.endswith("\n"):
                while line and not line.endswith("\n"):  # the rest of the overlong line, a bounded piece at a time
                    line = f.readline(_MAX_FIELD_CHARS)
                yield InputError(path, f"line {i}: longer than {_MAX_FIELD_CHARS:,} characters; not read")
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                yield InputError(path, f"line {i}: not JSON ({e})")
                continue
            if not isinstance(row, dict):
                yield InputError(path, f"line {i}: not a JSON object")
                continue
            if cols is None or cols["text"] not in row:
                try:
                    cols = _columns(path, list(row), columns)
                except InputError as e:
                    yield InputError(path, f"line {i}: {e.problem}")
                    continue
            yield _item(row, cols, f"line {i}", path)

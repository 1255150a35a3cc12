"""Files that hold many articles: web archives (WARC, WARC.gz, WACZ), exports (CSV, JSON Lines), feeds (RSS,
Atom), and lists of URLs to fetch.

Each reader (`kg.ingest.warc`, `tabular`, `feeds`, `urls`) yields `Item`s; here every item becomes a `Source` like
any article file: an HTML body is read by `kg.ingest.pages`, a plain-text body is kept as it is. Its `doc` is the
container's name and the item's number (`news-0003`), its key the container's key and that number, so every item
has its own article id; its text is written to `text/DOC.txt` by the build, and claim offsets point into it.

One bad item (no text, undecodable bytes, an HTML page with no article) is one InputError naming the container and
the item; the container's other items are still read.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Union

from kg.errors import InputError
from kg.ingest.item import Item

__all__ = ["CONTAINER_SUFFIXES", "Item", "is_container", "load_container", "sources_from_items"]

CONTAINER_SUFFIXES = (".warc", ".warc.gz", ".wacz", ".csv", ".jsonl", ".ndjson", ".rss", ".atom")


def is_container(path: Path, named: bool = False) -> bool:
    """Whether `path` holds many articles; a file `named` explicitly may also be a feed saved as `.xml`."""
    return path.name.lower().endswith(CONTAINER_SUFFIXES + ((".xml",) if named else ()))


def _items(path: Path, columns: Optional[dict]) -> Iterator[Union[Item, InputError]]:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        from kg.ingest.warc import read_warc
        return read_warc(path)
    if name.endswith(".wacz"):
        from kg.ingest.warc import read_wacz
        return read_wacz(path)
    if name.endswith(".csv"):
        from kg.ingest.tabular import read_csv
        return read_csv(path, columns)
    if name.endswith((".jsonl", ".ndjson")):
        from kg.ingest.tabular import read_jsonl
        return read_jsonl(path, columns)
    from kg.ingest.feeds import read_feed
    return read_feed(path)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(CONTAINER_SUFFIXES + (".xml",), key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or "items"
    return path.stem


def sources_from_items(path: Path, key: str, items, fmt: str) -> tuple[list, list[InputError]]:
    """Sources of `items` (from the container at `path`, input key `key`), and the items that failed."""
    from kg.ingest import _checked_meta, source_from_text
    from kg.ingest.pages import read_page

    sources, failures = [], []
    stem = _stem(path)
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    n = 0
    try:
        for item in items:
            n += 1
            if isinstance(item, InputError):
                failures.append(item)
                continue
            notes = list(item.notes)
            meta = {k: v for k, v in item.meta.items() if v}
            text = item.body.replace("\r\n", "\n").replace("\r", "\n")
            if item.html:
                page = read_page(text, meta.get("url"))
                text = page.text
                for k in ("title", "date", "url", "outlet"):
                    meta.setdefault(k, getattr(page, k) or None)
            if not text.strip():
                failures.append(InputError(path, f"{item.where}: no article text"))
                continue
            meta = _checked_meta({k: v for k, v in meta.items() if v}, path, notes)
            if item.fetched:
                meta["fetched"] = item.fetched
            doc = f"{stem}-{n:04d}"
            sources.append(source_from_text(doc, text, path=shown, key=f"{key}#{n}", fmt=item.fmt or fmt, meta=meta,
                                            notes=tuple(f"{item.where}: {x}" for x in notes)))
    except InputError as e:  # the container itself went bad part way: what was read is kept
        failures.append(e)
    return sources, failures


def load_container(path: Path, key: str, columns: Optional[dict] = None) -> tuple[list, list[InputError]]:
    """The articles in the container file `path` (input key `key`), and one InputError per item that failed.

    Raises InputError when the file is not a container of its kind at all (an empty CSV, a zip that is not a WACZ).
    """
    name = path.name.lower()
    fmt = next((s.lstrip(".").split(".")[0] for s in sorted(CONTAINER_SUFFIXES, key=len, reverse=True)
                if name.endswith(s)), "rss")
    fmt = {"ndjson": "jsonl"}.get(fmt, fmt)
    return sources_from_items(path, key, _items(path, columns), fmt)

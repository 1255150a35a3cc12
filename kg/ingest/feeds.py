"""RSS and Atom feeds, read with feedparser.

An item whose feed carries its full content (`content:encoded`, Atom `<content>`) is an article: its title, link,
date and outlet are kept (the outlet is the item's `<source>` in an aggregator's feed, else the feed's title). An
item with only a summary (`<description>`, `<summary>`) is no article: it is reported, naming its link, so it can
be fetched (`kg build --urls`).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator, Union

from kg.bounds import MAX_ARTICLE_CHARS
from kg.errors import InputError
from kg.ingest.item import Item, looks_like_html

__all__ = ["read_feed"]

_MAX_FEED_BYTES = MAX_ARTICLE_CHARS * 500  # 50 MB: feeds are read whole (feedparser parses a document)


def _iso(parsed) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(path: Path) -> Iterator[Union[Item, InputError]]:
    """The items of an RSS or Atom feed file that carry their full text."""
    import feedparser

    try:
        if not path.is_file():
            raise InputError(path, "not a regular file")
        with open(path, "rb") as f:
            data = f.read(_MAX_FEED_BYTES + 1)
        if len(data) > _MAX_FEED_BYTES:
            raise InputError(path, f"larger than {_MAX_FEED_BYTES:,} bytes; not read")
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(path, f"not an RSS or Atom feed, or a feed with no items{problem}")
    # an aggregator's feed names each item's outlet (<source>); a publisher's own feed is its outlet
    aggregated = any(e.get("source", {}).get("title") for e in feed.entries)
    outlet = None if aggregated else feed.feed.get("title") or None
    fmt = "atom" if str(feed.get("version", "")).startswith("atom") else "rss"
    for i, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        title = entry.get("title")
        where = f"item {i}" + (f" ({link})" if link else f" ({title!r})" if title else "")
        contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
        if not contents:
            words = len((entry.get("summary") or "").split())
            yield InputError(path, f"{where}: only a summary ({words} words), not the article; "
                                   "fetch its link with `kg build --urls`")
            continue
        body = max(contents, key=lambda c: len(c.value)).value
        kind = (contents[0].get("type") or "").lower()
        html = kind != "text/plain" and looks_like_html(body)
        date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield Item(where=where, body=body, html=html, fmt=fmt,
                   meta={"title": title, "url": link, "date": date,
                         "outlet": entry.get("source", {}).get("title") if aggregated else outlet})

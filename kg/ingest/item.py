"""One article inside a container (`Item`), as every container reader (WARC, CSV and JSON Lines, feeds) gives it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

__all__ = ["Item", "looks_like_html"]

_HTML = re.compile(r"<(?:p|div|br|span|a|h[1-6]|article|section|ul|ol|li|em|strong|b|i|blockquote|html|body|table)\b"
                   r"[^<>]*/?>", re.IGNORECASE)


@dataclass
class Item:
    """One article inside a container: where it is (`record 3`, `row 12`, `item 5`), its body, and metadata."""

    where: str
    body: str
    html: bool = False
    meta: dict = field(default_factory=dict)
    """title, date, url, outlet as the container gives them (None where it does not)."""
    fetched: Optional[str] = None
    """When a crawler fetched it (a WARC record's date), ISO 8601."""
    notes: tuple[str, ...] = ()
    fmt: Optional[str] = None
    """The article's format where the item knows it better than the file's name (a feed named .xml)."""


def looks_like_html(body: str) -> bool:
    """Whether a text field holds HTML markup (feeds and exports give either)."""
    return bool(_HTML.search(body[:20000]))

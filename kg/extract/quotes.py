"""Direct quotations: where quoted speech starts and ends, paragraph by paragraph.

Curly and straight marks are both handled. A quote left open at the end of a paragraph runs to the
paragraph's end (news style opens each paragraph of a multi-paragraph quote and closes only the
last), so one unbalanced mark never spoils more than its own paragraph.
"""
from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Quote", "quotes_in"]

_OPEN = {"“": "”", "«": "»", "„": "“"}
_STRAIGHT = '"'


class Quote(NamedTuple):
    """Inner span of a quotation (marks excluded); `closed` is False for a quote open at paragraph end."""

    start: int
    end: int
    closed: bool


def _paragraph_quotes(text: str, start: int, end: int) -> list[Quote]:
    out: list[Quote] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN or ch == _STRAIGHT:
            closer = _OPEN.get(ch, _STRAIGHT)
            # a straight quote that closes a word (5'11") is not an opening mark
            if ch == _STRAIGHT and i > start and text[i - 1].isalnum():
                i += 1
                continue
            j = text.find(closer, i + 1, end)
            if j == -1:
                inner = (i + 1, end)
                if text[inner[0]:inner[1]].strip():
                    out.append(Quote(inner[0], inner[1], False))
                break
            if text[i + 1:j].strip():
                out.append(Quote(i + 1, j, True))
            i = j + 1
            continue
        if ch == "‘" and (i == start or not text[i - 1].isalnum()):
            # single curly quotes (headline style): the closing ’ is the one not inside a word (don’t)
            j = i + 1
            while True:
                j = text.find("’", j, end)
                if j == -1 or j + 1 >= end or not text[j + 1].isalpha():
                    break
                j += 1
            if j != -1 and text[i + 1:j].strip() and len(text[i + 1:j].split()) >= 2:
                out.append(Quote(i + 1, j, True))
                i = j + 1
                continue
        if ch == "”":  # a closing mark with no opening: the quote began in an earlier paragraph
            if i > start and not out and text[start:i].strip():
                out.append(Quote(start, i, True))
        i += 1
    return out


def quotes_in(text: str) -> list[Quote]:
    """Every quotation in `text`, in order, found paragraph by paragraph (a line is a paragraph)."""
    quotes: list[Quote] = []
    for m in re.finditer(r"[^\n]+", text):
        quotes.extend(_paragraph_quotes(text, m.start(), m.end()))
    return quotes

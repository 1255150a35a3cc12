"""Paragraph spans of an article's text, for the paragraph fields of claim records."""
from __future__ import annotations

import bisect
import re

__all__ = ["paragraph_at", "paragraph_spans"]

_BREAK = re.compile(r"\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line-delimited paragraph of `text`, in order, covering it without gaps."""
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def paragraph_at(spans: list[tuple[int, int]], start: int, end: int, starts: list[int] | None = None) -> tuple[int, int]:
    """The span from the paragraph holding `start` to the one holding `end` (`spans` from `paragraph_spans`;
    pass `starts`, their start offsets, when asking for many claims of one article)."""
    starts = starts if starts is not None else [s for s, _ in spans]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = max(i, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    return spans[i][0], spans[j][1]

"""Per-document look-ups computed once per Doc: its text, its lines (paragraphs) and which lines are headlines.

spaCy's `Doc.text` joins every token again on each access, so a `doc.text[...]` inside a loop over
mentions, tokens or cues makes an article's cost quadratic in its length. Extraction reads the text
through `text_of(doc)`, which keeps it on the Doc (in `doc.user_data`) after the first call; the
line index is built once the same way. A Doc is not changed after parsing, so nothing goes stale.
"""
from __future__ import annotations

from bisect import bisect_right

__all__ = ["is_headline", "line_at", "text_of"]

_TEXT = "kg.text"
_LINES = "kg.lines"
_HEADLINES = "kg.headlines"


def text_of(doc) -> str:
    """`doc.text`, computed once per Doc."""
    data = doc.user_data
    text = data.get(_TEXT)
    if text is None:
        text = data[_TEXT] = doc.text
    return text


def _line_starts(doc) -> list[int]:
    data = doc.user_data
    starts = data.get(_LINES)
    if starts is None:
        text = text_of(doc)
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        data[_LINES] = starts
    return starts


def line_at(doc, idx: int) -> tuple[int, int]:
    """(start, end) of the line holding character `idx`; `end` is the newline's offset or the text's length."""
    starts = _line_starts(doc)
    k = bisect_right(starts, idx) - 1
    end = starts[k + 1] - 1 if k + 1 < len(starts) else len(text_of(doc))
    return starts[k], end


def is_headline(doc, idx: int) -> bool:
    """Is character `idx` on a title-case line (a headline): at least 3 long words, 70% of them capitalised?"""
    start, end = line_at(doc, idx)
    cache = doc.user_data.setdefault(_HEADLINES, {})
    found = cache.get(start)
    if found is None:
        words = [w for w in text_of(doc)[start:end].split() if len(w) > 3 and w[0].isalpha()]
        found = cache[start] = len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7
    return found

"""Direct quotations: where quoted speech starts and ends, paragraph by paragraph.

Curly and straight marks are both handled, nested quotations stay inside their outer one (straight
marks are told opening from closing by the spacing around them), a quote left open at the end of a
paragraph runs to the paragraph's end (news style opens each paragraph of a multi-paragraph quote and
closes only the last), so one unbalanced mark never spoils more than its own paragraph.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.model import QuoteKind

__all__ = ["Quote", "quote_kind", "quotes_in", "set_off_paragraph"]

_OPEN = {"“": "”", "«": "»", "„": "“"}
_STRAIGHT = '"'


class Quote(NamedTuple):
    """Inner span of a quotation (marks excluded); `closed` is False for a quote open at paragraph end."""

    start: int
    end: int
    closed: bool


_CLOSERS = {"”", "»"}
_BEFORE_OPEN = set(" \t([{—–-/“‘")
_AFTER_CLOSE = set(" \t.,;:!?)]}—–-…”’")


def _straight_role(text: str, i: int, start: int, end: int, open_straight: bool) -> str:
    """Whether the straight mark at `i` opens, closes or is neither (5'11"), from the characters around it."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    opens = prev in _BEFORE_OPEN and not nxt.isspace()
    closes = not prev.isspace() and (nxt in _AFTER_CLOSE or i + 1 == end)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close" if open_straight or not prev.isalnum() else "none"
    return "close" if open_straight else ("open" if not prev.isalnum() else "none")


def _paragraph_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Outermost quotations of one paragraph; a quotation nested in another (in the other kind of mark or,
    told apart by the spacing around it, the same kind) stays inside its outer one."""
    out: list[Quote] = []
    stack: list[tuple[int, str]] = []  # (position of the opening mark, the mark that closes it)
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN:
            stack.append((i, _OPEN[ch]))
        elif ch == _STRAIGHT:
            role = _straight_role(text, i, start, end, any(c == _STRAIGHT for _, c in stack))
            if role == "open":
                stack.append((i, _STRAIGHT))
            elif role == "close":
                _close(text, stack, out, i, _STRAIGHT, start)
        elif ch in _CLOSERS or (ch == "“" and stack and stack[-1][1] == "“"):
            _close(text, stack, out, i, ch, start)
        elif ch == "‘" and not stack and (i == start or not text[i - 1].isalnum()):
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
        i += 1
    if stack and text[stack[0][0] + 1:end].strip():
        # a quote left open runs to the paragraph's end (the next paragraph goes on with it)
        out.append(Quote(stack[0][0] + 1, end, False))
    return out


def _close(text: str, stack: list, out: list, i: int, mark: str, start: int) -> None:
    """Close the innermost quotation the mark at `i` closes; record it when it was an outermost one."""
    depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == mark), None)
    if depth is None and stack and {mark, stack[-1][1]} == {"”", _STRAIGHT}:
        depth = len(stack) - 1  # '"words,” said X': a double quotation opened in one style and closed in the other
    if depth is None:
        if not stack and not out and mark != _STRAIGHT and text[start:i].strip():
            out.append(Quote(start, i, True))  # a closing mark with no opening: the quote began a paragraph before
        return
    pos = stack[depth][0]
    del stack[depth:]
    if not stack and text[pos + 1:i].strip():
        out.append(Quote(pos + 1, i, True))


def quotes_in(text: str) -> list[Quote]:
    """Every quotation in `text`, in order, found paragraph by paragraph (a line is a paragraph)."""
    quotes: list[Quote] = []
    for m in re.finditer(r"[^\n]+", text):
        quotes.extend(_paragraph_quotes(text, m.start(), m.end()))
    return quotes


def set_off_paragraph(text: str, end: int) -> tuple[int, int] | None:
    """The paragraph a line ending in a colon at `end` sets off, as block quotations are: (start, end) or None.

    "The judge wrote:" then, on the next line, the words without marks. A paragraph that opens with a
    quotation mark (the quotation rules read it) or a dash (a credit) is not one.
    """
    head = text[:end].rstrip()
    if not head.endswith(":"):
        return None
    m = re.match(r"[^\S\n]*\n\s*", text[len(head) + 1:])
    if m is None:
        return None
    start = len(head) + 1 + m.end()
    stop = text.find("\n", start)
    stop = len(text) if stop == -1 else stop
    body = text[start:stop].rstrip()
    if len(body.split()) < 3 or body[:1] in ("\"", "“", "‘", "'", "–", "—", "―", "-") or body.endswith(":"):
        return None
    return start, start + len(body)


def quote_kind(start: int, end: int, quotes: list[Quote]) -> tuple[QuoteKind, int, int]:
    """direct when the content lies inside one quotation, mixed when it contains one, else indirect."""
    for q in quotes:
        if q.start - 2 <= start and end <= q.end + 2:
            # the quotation marks, not the parser's sentence, bound what was said: keep all of it
            return QuoteKind.DIRECT, q.start, q.end
    for q in quotes:
        if start <= q.start and q.end <= end:
            return QuoteKind.MIXED, start, end
        if q.start < end and start < q.end:
            # content covers most of the quotation plus more: mixed; else a fragment of a quote: direct
            inside = min(end, q.end) - max(start, q.start)
            if inside >= 0.8 * (end - start):
                return QuoteKind.DIRECT, max(start, q.start), min(end, q.end)
            return QuoteKind.MIXED, start, end
    return QuoteKind.INDIRECT, start, end

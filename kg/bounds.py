"""Per-article budgets: what keeps one hostile article from stalling a build.

News text comes from scrapers and feeds. One file can hold a megabyte with no sentence end, thousands
of quotation marks or deeply nested markup. kg bounds the work per article in three ways:

- `MAX_ARTICLE_CHARS`: an article's text is cut at this length (at a paragraph end when there is one
  in the last half), and the build says so in one line;
- `CHUNK_CHARS`: extraction runs on pieces of at most this many characters, cut at paragraph ends,
  so the cost of an article grows linearly with its length (each piece is parsed as its own Doc and
  the offsets found in it are shifted back into the article);
- `MAX_SENTENCE_TOKENS`: the parser never sees a longer sentence (a sentence start is forced).

An ordinary news article (under 20,000 characters) is one piece and is parsed exactly as before.
"""
from __future__ import annotations

import dataclasses
from typing import Iterator

__all__ = ["CHUNK_CHARS", "MAX_ARTICLE_CHARS", "MAX_SENTENCE_TOKENS", "cap_text", "chunks", "shift_claim", "shift_frame",
           "shift_mention"]

MAX_ARTICLE_CHARS = 100_000
CHUNK_CHARS = 20_000
MAX_SENTENCE_TOKENS = 150


def _cut(text: str, limit: int) -> int:
    """Where to cut `text` at or before `limit`: after a line break, else after a space, else at `limit`."""
    for sep in ("\n", " "):
        i = text.rfind(sep, limit // 2, limit)
        if i != -1:
            return i + 1
    return limit


def cap_text(text: str, limit: int = MAX_ARTICLE_CHARS) -> tuple[str, bool]:
    """`text` cut to at most `limit` characters, and whether it was cut."""
    if len(text) <= limit:
        return text, False
    return text[:_cut(text, limit)], True


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) spans covering `text` in order, each at most `size` characters, cut at paragraph ends."""
    start = 0
    while len(text) - start > size:
        end = start + _cut(text[start:start + size], size)
        yield start, end
        start = end
    yield start, len(text)


def shift_mention(m, offset: int):
    """An entity mention found in a piece, moved to article offsets."""
    return m if not offset else m._replace(start=m.start + offset, end=m.end + offset)


def shift_frame(f, offset: int):
    """A claim frame read in a piece, moved (with its figures and conjuncts) to article offsets."""
    if not offset:
        return f
    update = {"measures": [m.model_copy(update={"start": m.start + offset, "end": m.end + offset})
                           for m in f.measures],
              "conjuncts": [shift_frame(g, offset) for g in f.conjuncts]}
    if f.subject_start is not None:
        update.update(subject_start=f.subject_start + offset, subject_end=f.subject_end + offset)
    return f.model_copy(update=update)


def shift_claim(rc, offset: int):
    """A raw claim found in a piece, moved (with its claimer) to article offsets."""
    if not offset:
        return rc
    claimer = dataclasses.replace(rc.claimer, start=rc.claimer.start + offset, end=rc.claimer.end + offset)
    return rc._replace(claimer=claimer, cue_start=rc.cue_start + offset, start=rc.start + offset,
                       end=rc.end + offset, sentence_start=rc.sentence_start + offset,
                       sentence_end=rc.sentence_end + offset)


"""Per-article budgets: what keeps one hostile article from stalling a build.

News text comes from scrapers and feeds. One file can hold a megabyte with no sentence end, thousands
of quotation marks or deeply nested markup. kg bounds the work per article in three ways:

- `MAX_ARTICLE_CHARS`: an article's text is cut at this length (at a paragraph end when there is one
  in the last half), and the build says so in one line;
- `CHUNK_CHARS`: extraction runs on pieces of at most this many characters, cut at paragraph ends,
  so the cost of an article grows linearly with its length (each piece is parsed as its own Doc and
  the offsets found in it are shifted back into the article);
- `MAX_SENTENCE_TOKENS`: the parser never sees a longer sentence (a sentence start is forced);
- `MAX_TEXT_BYTES` / `MAX_MARKUP_BYTES`: an article file is read up to this many bytes, never more (a
  file that is larger, or endless like /dev/zero, is cut there and the build says so);
- `break_runs`: of a long run without a space (a wall of '&' or '!?') spaCy sees only the start, the rest
  blanked (its tokenizer is quadratic in the length of such a run); the text keeps its length, so offsets hold;
- `ARTICLE_SECONDS` / `ARTICLE_MEMORY_MB`: the parse and extraction of one article that runs longer,
  or grows the process by more, stops with `BudgetExceeded` and the article is reported as failed.

An ordinary news article (under 20,000 characters) is one piece and is parsed exactly as before.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import signal
import sys
import threading
import time
from typing import Iterator

__all__ = ["ARTICLE_MEMORY_MB", "ARTICLE_SECONDS", "BudgetExceeded", "CHUNK_CHARS", "MAX_ARTICLE_CHARS",
           "MAX_MARKUP_BYTES", "MAX_SENTENCE_TOKENS", "MAX_TEXT_BYTES", "budget", "break_runs", "cap_text", "chunks",
           "shift_claim", "shift_frame", "shift_mention"]

MAX_ARTICLE_CHARS = 100_000
CHUNK_CHARS = 20_000
MAX_SENTENCE_TOKENS = 150
MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS + 4
"""Bytes of a text file read at most: the character cap in the widest encoding (UTF-32 and its byte-order mark)."""
MAX_MARKUP_BYTES = 10_000_000
"""Bytes of an HTML page read at most (markup, scripts and styles around 100,000 characters of text)."""
MAX_PUNCT_RUN = 32
"""Longest run of punctuation (no letter, digit or space) spaCy sees; the rest of a longer one is blanked."""
MAX_RUN = 256
"""Longest run of any characters without a space spaCy sees (a long URL is shorter); the rest is blanked."""
ARTICLE_SECONDS = 60.0
ARTICLE_MEMORY_MB = 1024
"""Growth of the parsing process's resident memory allowed while one article (or one batch) is parsed."""

_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_PUNCT_RUN + 1))
_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


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



def _blanked(run: str, keep: int) -> str:
    """`run` with all but its first `keep` characters turned into spaces (the same length)."""
    return run[:keep] + " " * (len(run) - keep)


def break_runs(text: str) -> str:
    """`text` as spaCy may safely see it: of a run of over MAX_PUNCT_RUN punctuation characters, or of over MAX_RUN
    characters without a space, only the start is kept and the rest is turned into spaces (spaCy's tokenizer takes
    time quadratic in the length of such a run, and such a run is never prose). The length and every other
    character are kept, so an offset found in the result points at the same place in `text`."""
    if _RUN.search(text) is None and _PUNCT_RUN.search(text) is None:
        return text
    text = _PUNCT_RUN.sub(lambda m: _blanked(m.group(0), MAX_PUNCT_RUN), text)
    return _RUN.sub(lambda m: _blanked(m.group(0), MAX_RUN), text)


class BudgetExceeded(Exception):
    """One article's parse or extraction ran past its time or memory budget."""


def _rss_mb() -> float:
    """This process's resident memory in MB (Linux /proc; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


@contextlib.contextmanager
def budget(seconds: float | None = None, memory_mb: float | None = None, *, every: float = 0.25):
    """Raise BudgetExceeded inside the block once it has run `seconds` (default ARTICLE_SECONDS), or grown this
    process's resident memory by `memory_mb` MB (default ARTICLE_MEMORY_MB).

    A timer signal checks both every `every` seconds; where signals cannot be used (a thread other than the main
    one, as in a Dask worker; a system without SIGALRM) the block runs unbounded. The check runs between Python
    steps, so one C call that never returns to Python is not stopped by it (`break_runs` keeps the tokenizer's
    input short for that reason)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    seconds = ARTICLE_SECONDS if seconds is None else seconds
    memory_mb = ARTICLE_MEMORY_MB if memory_mb is None else memory_mb
    start, base = time.monotonic(), _rss_mb()

    def check(signum, frame):  # noqa: ANN001 - a signal handler's signature
        if time.monotonic() - start > seconds:
            raise BudgetExceeded(f"ran past the {seconds:g} s budget for one article")
        if base and _rss_mb() - base > memory_mb:
            raise BudgetExceeded(f"grew past the {memory_mb:g} MB memory budget for one article")

    def unraisable(u) -> None:  # noqa: ANN001 - raised inside a __del__ it is dropped there; the next check says it
        if not isinstance(u.exc_value, BudgetExceeded):
            hook(u)

    hook, sys.unraisablehook = sys.unraisablehook, unraisable
    previous = signal.signal(signal.SIGALRM, check)
    signal.setitimer(signal.ITIMER_REAL, every, every)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = hook

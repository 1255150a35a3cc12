"""Reading article files into text plus metadata, with boilerplate masked for extraction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path

from kg.bounds import MAX_ARTICLE_CHARS, MAX_MARKUP_BYTES, MAX_TEXT_BYTES, break_runs, cap_text
from kg.errors import InputError
from kg.ingest.boilerplate import boilerplate_spans, mask
from kg.ingest.files import read_capped
from kg.ingest.pages import read_page
from kg.ingest.meta import read_sidecar, sniff
from kg.ids import article_id
from kg.ingest.read import SUFFIXES, decode, discover, input_keys
from kg.model import Article

__all__ = ["SUFFIXES", "Source", "discover", "input_keys", "load_source", "source_from_text"]


@dataclass(frozen=True)
class Source:
    """One article ready for parsing.

    `text` is the article's text (the file's text, or for HTML the extracted text); every offset kg
    writes points into it. `clean` is `text` with boilerplate blanked out, the same length.
    """

    article: Article
    text: str
    clean: str
    notes: tuple[str, ...] = ()
    """Warnings about this article (text cut at the length cap, bytes replaced): one line each."""


def source_from_text(doc: str, text: str, *, path: str = "", key: str | None = None, fmt: str = "text",
                     meta: dict | None = None, notes: tuple[str, ...] = ()) -> Source:
    """Build a Source from text already in memory; `meta` overrides what is sniffed.

    `key` is the article's input key (see `input_keys`), from which its id is minted; it defaults to `doc`.

    Text longer than `kg.bounds.MAX_ARTICLE_CHARS` is cut there (said in `Source.notes`). `clean` has long runs
    without a space broken up (`kg.bounds.break_runs`, same length) so that no article can stall the tokenizer.
    """
    text, cut = cap_text(text)
    if cut:
        notes = (*notes, f"article text cut at {len(text):,} characters (the cap is {MAX_ARTICLE_CHARS:,}); "
                         "the rest is not read")
    found = sniff(text)
    for k, v in (meta or {}).items():
        if v is not None:
            found[k] = v
    spans = boilerplate_spans(text)
    article = Article(
        id=article_id(key or doc),
        doc=doc,
        key=key or doc,
        path=path,
        format=fmt,
        chars=len(text),
        **found,
    )
    return Source(article=article, text=text, clean=break_runs(mask(text, spans)), notes=notes)


def _valid_text(value: str) -> str:
    """`value` with lone surrogates (from a side-car's JSON escapes) replaced by U+FFFD: no writer can encode them."""
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _checked_meta(meta: dict, where: Path, notes: list[str]) -> dict:
    """Metadata every writer can take: text without lone surrogates, and a date that is a real ISO date."""
    out = {}
    for k, v in meta.items():
        if isinstance(v, str):
            v = _valid_text(v)
        elif isinstance(v, list):
            v = [_valid_text(x) for x in v]
        out[k] = v
    d = out.get("date")
    if d is not None:
        try:
            out["date"] = _date.fromisoformat(d[:10]).isoformat() if len(d) >= 10 and d[4:5] == "-" else None
        except ValueError:
            out["date"] = None
        if out["date"] is None:
            shown = d if len(d) <= 40 else d[:40] + "…"
            notes.append(f"date {shown!r} is not a calendar date (YYYY-MM-DD) and is ignored")
    return out


def load_source(path: Path, key: str | None = None) -> Source:
    """Read, decode and sniff one article file.

    Raises InputError naming the file when it cannot be read or decoded, or its side-car is invalid.
    Problems that leave the article usable (replaced bytes, a legacy encoding, text past the length cap,
    a date that is not a date) are said in `Source.notes`.
    """
    path = Path(path)
    markup = path.suffix.lower() in (".html", ".htm")
    limit = MAX_MARKUP_BYTES if markup else MAX_TEXT_BYTES
    try:  # only a regular file, and never more than `limit` bytes of it (kg.ingest.files)
        data, size = read_capped(path, limit)
    except ValueError as e:
        raise InputError(path, f"is {e}, not a regular file") from None
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None
    notes: list[str] = []
    if size > limit:
        notes.append(f"file is {size:,} bytes; only the first {limit:,} are read (the cap for "
                     f"{'an HTML page' if markup else 'a text file'})")
    text = decode(path, data, notes, partial=size > limit)
    meta: dict = {}
    fmt = "text"
    if markup:
        page = read_page(text)
        if not page.text.strip():
            raise InputError(path, "HTML page has no visible article text")
        text, fmt = page.text, "html"
        meta = {k: getattr(page, k) for k in ("title", "date", "url", "outlet") if getattr(page, k)}
    meta.update(read_sidecar(path))
    meta = _checked_meta(meta, path, notes)
    if not text.strip():
        raise InputError(path, "no text")
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    return source_from_text(path.name, text, path=shown, key=key or f"{path.resolve().parent.name}/{path.name}",
                            fmt=fmt, meta=meta, notes=tuple(notes))

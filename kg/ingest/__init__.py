"""Reading article files into text plus metadata, with boilerplate masked for extraction."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.boilerplate import boilerplate_spans, mask
from kg.ingest.html import parse_html
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


def source_from_text(doc: str, text: str, *, path: str = "", key: str | None = None, fmt: str = "text",
                     meta: dict | None = None) -> Source:
    """Build a Source from text already in memory; `meta` overrides what is sniffed.

    `key` is the article's input key (see `input_keys`), from which its id is minted; it defaults to `doc`.
    """
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
    return Source(article=article, text=text, clean=mask(text, spans))


def load_source(path: Path, key: str | None = None) -> Source:
    """Read, decode and sniff one article file.

    Raises InputError naming the file when it cannot be read or decoded, or its side-car is invalid.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None
    text = decode(path, data)
    meta: dict = {}
    fmt = "text"
    if path.suffix.lower() in (".html", ".htm"):
        page = parse_html(text)
        if not page.text.strip():
            raise InputError(path, "HTML page has no visible article text")
        text, fmt = page.text, "html"
        meta = {k: getattr(page, k) for k in ("title", "date", "url", "outlet") if getattr(page, k)}
        if meta.get("date"):
            meta["date"] = meta["date"][:10]
    meta.update(read_sidecar(path))
    if not text.strip():
        raise InputError(path, "no text")
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    return source_from_text(path.name, text, path=shown, key=key or f"{path.resolve().parent.name}/{path.name}",
                            fmt=fmt, meta=meta)

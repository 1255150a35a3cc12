"""Article text and metadata out of an HTML page.

The article text is the visible text of the page's `<article>` (or `<main>`, or `<body>`), with block
elements as paragraphs; navigation, scripts, forms, headers, footers and asides are left out. Claim
offsets of an HTML input point into this extracted text (written beside the outputs as `text/`).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["HtmlPage", "parse_html"]

_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg",
         "button", "select", "iframe", "figure", "figcaption"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "blockquote", "br", "tr", "table", "pre", "hr", "dd", "dt"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "area", "base", "col", "embed", "wbr", "track"}


class HtmlPage:
    """What was read from a page: `text` plus metadata found in its head."""

    def __init__(self) -> None:
        self.text = ""
        self.title: str | None = None
        self.date: str | None = None
        self.url: str | None = None
        self.outlet: str | None = None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPage()
        self.chunks: dict[str, list[str]] = {"article": [], "main": [], "body": [], "all": []}
        self.open: list[str] = []
        self.depth: dict[str, int] = {}  # open elements by tag, so no lookup walks the stack
        self.skip = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            content = a.get("content", "").strip()
            if key in ("og:title", "twitter:title") and content and not self.page.title:
                self.page.title = content
            elif key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date") and content:
                self.page.date = self.page.date or content
            elif key == "og:url" and content:
                self.page.url = self.page.url or content
            elif key in ("og:site_name", "publisher") and content:
                self.page.outlet = self.page.outlet or content
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.page.url = a["href"]
        if tag in _VOID:
            if tag == "br":
                self._emit("\n")
            return
        self.open.append(tag)
        self.depth[tag] = self.depth.get(tag, 0) + 1
        if tag in _SKIP:
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.depth.get(tag):
            return
        while self.open:
            t = self.open.pop()
            self.depth[t] -= 1
            if t in _SKIP:
                self.skip -= 1
            if t == "title":
                self.in_title = False
            if t == "h1":
                self.in_h1 = False
            if t in _BLOCK:
                self._emit("\n\n")
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if self.in_h1:
            self.h1.append(data)
        self._emit(re.sub(r"\s+", " ", data))

    def _emit(self, s: str) -> None:
        scopes = ["all"] + [t for t in ("article", "main", "body") if self.depth.get(t)]
        for scope in scopes:
            self.chunks[scope].append(s)


def _tidy(chunks: list[str]) -> str:
    text = "".join(chunks)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip() + "\n"


def parse_html(source: str) -> HtmlPage:
    """Extract the article text and head metadata of an HTML page."""
    ex = _Extractor()
    ex.feed(source)
    ex.close()
    page = ex.page
    for scope in ("article", "main", "body", "all"):
        text = _tidy(ex.chunks[scope])
        if len(text.split()) >= 20 or scope == "all":
            page.text = text
            break
    h1 = " ".join("".join(ex.h1).split())
    title = " ".join("".join(ex.title_parts).split())
    page.title = page.title or h1 or title or None
    return page

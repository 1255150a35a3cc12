"""HTML extraction measured on pages in the shapes of real news sites (tests/ingest/news_pages.py): for kg's
hand-written reader, trafilatura alone, and kg.ingest.pages.read_page (trafilatura with the hand-written reader's
head metadata and fallback), the share of article paragraphs found, of page furniture kept, and of title, date and
outlet right.

    PYTHONPATH=. python benchmarks/html_extraction.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ingest"))

from news_pages import PAGES, score  # noqa: E402

from kg.ingest.html import parse_html  # noqa: E402
from kg.ingest.pages import read_page  # noqa: E402


def _trafilatura(html: str, url=None):
    import trafilatura

    d = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    return (d.text or "", d.title, d.date, d.sitename) if d else ("", None, None, None)


READERS = {
    "hand-written (kg.ingest.html)": lambda p: (lambda h: (h.text, h.title, h.date, h.outlet))(parse_html(p.html)),
    "trafilatura alone": lambda p: _trafilatura(p.html, p.url),
    "read_page (both)": lambda p: (lambda h: (h.text, h.title, h.date, h.outlet))(read_page(p.html, p.url)),
}


def measure() -> dict[str, dict[str, float]]:
    out = {}
    for name, reader in READERS.items():
        scores = [score(*reader(p), p) for p in PAGES]
        out[name] = {k: sum(s[k] for s in scores) / len(scores) for k in ("body", "junk", "meta")}
        out[name]["per page"] = " ".join(f"{p.name}:{s['body']:.2f}/{s['junk']:.2f}/{s['meta']:.2f}"
                                         for p, s in zip(PAGES, scores))
    return out


if __name__ == "__main__":
    for name, m in measure().items():
        print(f"{name:32s} body found {m['body']:.3f}  furniture kept {m['junk']:.3f}  metadata right {m['meta']:.3f}")
        print(f"    {m['per page']}")

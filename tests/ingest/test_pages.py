"""HTML extraction (kg.ingest.pages.read_page: trafilatura with kg's own reader) on pages in the shapes of real news
sites; the figures are those of `benchmarks/html_extraction.py`, floors just under them."""
from __future__ import annotations

import pytest
from news_pages import PAGES, score

from kg.ingest.html import parse_html
from kg.ingest.pages import read_page


def _mean(reader, key):
    return sum(score(*reader(p), p)[key] for p in PAGES) / len(PAGES)


def _read(p):
    page = read_page(p.html, p.url)
    return page.text, page.title, page.date, page.outlet


def _hand(p):
    page = parse_html(p.html)
    return page.text, page.title, page.date, page.outlet


def test_every_article_paragraph_is_found():
    assert _mean(_read, "body") == 1.0


def test_page_furniture_is_left_out_far_more_than_by_the_hand_written_reader():
    assert _mean(_read, "junk") <= 0.10  # now 0.083: "Advertisement" and a paywall line on one page
    assert _mean(_hand, "junk") >= 0.5  # the hand-written reader keeps what sites put in plain <div>s


def test_title_date_and_outlet_are_read_from_head_tags_and_json_ld():
    assert _mean(_read, "meta") == 1.0
    p = next(p for p in PAGES if p.name == "national-jsonld")  # no OpenGraph: only JSON-LD says date and outlet
    page = read_page(p.html)
    assert (page.date, page.outlet) == ("2024-11-07", "Meridian Business")


@pytest.mark.parametrize("html", [
    "<html><body><p>The port reopened on Tuesday, officials said.</p></body></html>",  # too short for trafilatura
    "<html><body><div>" + "Ferry services resume after the storm, the operator said. " * 3 + "</div></body></html>",
])
def test_a_page_trafilatura_finds_no_body_in_is_read_by_the_hand_written_reader(html):
    assert "said" in read_page(html).text


def test_paragraphs_are_separated_by_blank_lines_and_text_is_not_html_escaped():
    p = next(p for p in PAGES if p.name == "regional-wordpress")
    text = read_page(p.html).text
    assert "\n\n".join(p.body[:2]) in text
    assert "&" not in text and "<" not in text

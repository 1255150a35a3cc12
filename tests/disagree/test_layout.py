"""One article, one answer whatever its layout: the same text with its paragraph breaks removed (the whole body on
one line) gives the same claims and the same disputes. All text is invented for this test.

The body on one line is longer than the longest sentence the parser is given (kg.bounds.MAX_SENTENCE_TOKENS), so
a bound counted from the line's start, not from the last sentence end, would cut sentences in the middle and
change what is claimed.
"""
from __future__ import annotations

import re

import pytest

from kg.bounds import MAX_SENTENCE_TOKENS
from kg.ingest import load_source
from kg.pipeline import extract

PARAGRAPHS = [
    "The harbour authority of Port Selden said on Monday that the new container terminal would open in March, "
    "two months ahead of the schedule agreed with the shipping lines.",
    "The dockworkers' union said the terminal would not open before the autumn because the cranes had failed "
    "their safety inspection in January and had not been tested again since then.",
    "Acme Freight said its sales rose in the third quarter as the number of containers handled at its inland "
    "depots reached a record for the month of September.",
    "Analysts at Banco Norte said the company's sales fell in the third quarter once the fuel surcharges that it "
    "had passed on to its customers were taken out of the figures.",
    "The regional health agency said the outbreak of measles had not spread to the capital, where every school "
    "had vaccinated its pupils during the summer holidays.",
    "Doctors at the central hospital said the outbreak had spread to the capital and that eleven children had "
    "been admitted with the illness in the last week alone.",
    "The league said the referee did not award a penalty in the final minute of the match at the Riverside "
    "ground on Saturday afternoon.",
    "The Rovers captain claimed the referee awarded a penalty and then changed his mind after the players of "
    "the home side surrounded him near the halfway line.",
    "The city council said 12 people had died in the floods that hit the lower valley on Thursday night.",
    "Hospital officials said 25 people were killed in the flooding, most of them in the villages along the "
    "river where the warning came too late.",
]
TITLE = "Terminal, sales, measles, a penalty and a flood: a week of disputes"


def _records(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(f"{TITLE}\n\n{body}\n", encoding="utf-8")
    return extract([load_source(path)], min_score=0.2)


def _claims(records) -> set[tuple[str, str]]:
    return {(c.claimer, c.content) for c in records.claims}


def _disputes(records) -> set[frozenset]:
    by_id = {c.id: c for c in records.claims}
    return {frozenset(((by_id[d.a].claimer, by_id[d.a].content),
                       (by_id[d.b].claimer, by_id[d.b].content) if d.b else d.claimer)) for d in records.disputes}


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("layout")
    return (_records(tmp, "paragraphs.txt", "\n\n".join(PARAGRAPHS)),
            _records(tmp, "oneline.txt", " ".join(PARAGRAPHS)))


def test_the_body_on_one_line_is_longer_than_a_sentence_may_be():
    tokens = len(re.findall(r"\w+|[^\w\s]", " ".join(PARAGRAPHS)))
    assert tokens > MAX_SENTENCE_TOKENS


def test_the_same_claims_with_or_without_paragraph_breaks(layouts):
    with_breaks, one_line = layouts
    assert len(with_breaks.claims) >= len(PARAGRAPHS)
    assert _claims(with_breaks) == _claims(one_line)


def test_the_same_disputes_with_or_without_paragraph_breaks(layouts):
    with_breaks, one_line = layouts
    assert len(with_breaks.disputes) >= 2, [d.reason for d in with_breaks.disputes]
    assert _disputes(with_breaks) == _disputes(one_line)


def test_a_line_with_no_sentence_end_is_still_cut(nlp):
    """The bound still holds where a line never ends a sentence (a scraped wall of words)."""
    doc = nlp(" ".join(["officials said the port would open"] * 120))
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS

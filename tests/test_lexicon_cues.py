"""The cue table: each verb is written once, and the views the extractors read agree with it."""
from __future__ import annotations

import pytest

from kg.lexicon import cues, speech
from kg.lexicon.cues import CUES, Cue


def test_every_verb_that_takes_a_content_shape_reports():
    """A verb whose clause, object or infinitive is read as the claim must be a reporting verb, or it is never read."""
    for flag in ("takes_object", "takes_clause", "attitude"):
        unread = sorted(v for v, cue in CUES.items() if getattr(cue, flag) and not cue.reports)
        assert unread == [], flag


def test_keys_are_lowercase_single_word_lemmas():
    assert [v for v in CUES if not (v.isalpha() and v == v.lower())] == []


@pytest.mark.parametrize("lemma, expected", [
    ("say", Cue(takes_clause=True)),
    ("deny", Cue(takes_object=True, takes_infinitive=True, factive=True, rejects=True)),
    ("issue", Cue(reports=False, issues=True)),
])
def test_one_verb_one_entry(lemma, expected):
    assert CUES[lemma] == expected


def test_speech_module_re_exports_the_same_views():
    assert speech.REPORTING_VERBS is cues.REPORTING_VERBS
    assert speech.TOPIC_PREPOSITIONS is cues.TOPIC_PREPOSITIONS

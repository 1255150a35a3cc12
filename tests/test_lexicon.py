"""Word knowledge: the cue table (each verb written once, its views agree with it) and the one stem helper."""
from __future__ import annotations

import pytest

from kg.lexicon import cues, speech
from kg.lexicon.cues import CUES, Cue
from kg.lexicon.stems import stem


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


@pytest.mark.parametrize("a, b", [("management", "Managers"), ("denied", "denies"), ("Estimates", "estimated")])
def test_one_stem_joins_forms_of_a_word(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("deny", "denial"), ("report", "repeat"), ("claim", "clash")])
def test_stem_keeps_other_words_apart(a, b):
    assert stem(a) != stem(b)

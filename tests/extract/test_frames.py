"""Claim frames read off the real parse: subject, predicate, negation, modality, tense, object, figures."""
from __future__ import annotations

import pytest

from kg.extract.frames import frame


def _f(nlp, text):
    return frame(nlp(text)[:])


@pytest.mark.parametrize("text, subject, predicate, negated", [
    ("the striker did not score in the final", "the striker", "score", False ^ True),
    ("the company never paid the fine", "the company", "pay", True),
    ("the city gave no notice of the closure", "the city", "notice", True),
    ("the goalkeeper failed to stop the penalty", "the goalkeeper", "stop", True),
    ("the defenders repelled attempts by the rebels to cross the river", "the rebels", "cross", True),
    ("the regulator halted the bank's expansion", "the bank 's", "expansion", True),
    ("neither the mayor nor his staff approved the contract", "neither the mayor nor his staff", "approve", True),
    ("the senator voted for the bill", "the senator", "vote", False),
])
def test_frame_reads_subject_predicate_and_polarity(nlp, text, subject, predicate, negated):
    f = _f(nlp, text)
    assert (f.subject, f.predicate, f.negated) == (subject, predicate, negated)


def test_frame_reads_copula_complement_modality_and_tense(nlp):
    f = _f(nlp, "the defendant is not guilty")
    assert (f.subject_head, f.complement, f.negated) == ("defendant", "guilty", True)
    f = _f(nlp, "the candidate was against the war")
    assert f.complement == "oppose"
    f = _f(nlp, "the merger could cost jobs")
    assert (f.predicate, f.modality, f.object_head) == ("cost", "could", "job")
    assert _f(nlp, "the team will win the cup").tense == "future"
    assert _f(nlp, "the team won the cup").tense == "past"


def test_frame_reads_each_coordinated_clause(nlp):
    f = _f(nlp, "the club paid the fee and the player signed a contract")
    assert f.predicate == "pay"
    assert [(c.subject, c.predicate) for c in f.conjuncts] == [("the player", "sign")]


@pytest.mark.parametrize("text, rejects", [
    ("the report is false", True),
    ("these claims are nonsense", True),
    ("there is no evidence that the vote was rigged", True),
    ("the minister is lying about the budget", True),
    ("the regulator exaggerated the risk to savers", True),
    ("the club did not exaggerate the injury", False),
    ("the report is accurate", False),
    ("the budget is not false", False),
    ("that is not true", True),
    ("the figures are not accurate", True),
    ("the regulator published its report on Monday. It is false", True),
    ("the striker scored twice. It is true", False),
    ("the striker did not score. That is correct", False),
    ("the minister spoke on Monday. It is wrong to cut the budget", False),
    ("that is simply not the case", True),
    ("the minister is mistaken", True),
    ("their argument does not hold water", True),
    ("the bridge did not hold up in the flood", False),
    ("their case does not hold up", True),
    ("the dam held up in the flood", False),
    ("the report came out in May. That is the case", False),
])
def test_frame_says_when_a_claim_calls_something_false(nlp, text, rejects):
    assert _f(nlp, text).rejects is rejects


def test_frame_measures_say_what_a_figure_counts(nlp):
    f = _f(nlp, "21 soldiers were killed in Donetsk on Monday")
    (m,) = f.measures
    assert (m.text, m.counts, m.where, m.when) == ("21", "soldier kill", "Donetsk", "Monday")


@pytest.mark.parametrize("text, predicate, negated, tense", [
    ("the team is going to win the title", "win", False, "future"),
    ("the minister is not going to resign", "resign", True, "future"),
    ("I have never voted in a primary, but I'm going to vote in this one", "vote", True, "past"),
    ("the club is going to the final", "go", False, "present"),  # going somewhere, no future
])
def test_going_to_is_the_future_of_the_verb_after_it(nlp, text, predicate, negated, tense):
    f = _f(nlp, text)
    assert (f.predicate, f.negated, f.tense) == (predicate, negated, tense)

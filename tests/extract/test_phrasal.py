"""Speech reported by a phrase ("made clear that", "took the view that", "was adamant that") or by a cue hanging
on a verb of doing it ("went on to say", "was quick to point out"), on the real pipeline."""
from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims


def _claims(nlp, text):
    return [(c.claimer.name.lower(), c.cue, text[c.start:c.end]) for c in extract_claims(nlp(text))]


@pytest.mark.parametrize("text, claimer, cue, content", [
    ("The coach made clear that the club would appeal the ban.", "coach", "made clear",
     "the club would appeal the ban"),
    ("The health minister made it plain that clinics would stay open over the holiday.", "health minister",
     "made it plain", "clinics would stay open over the holiday"),
    ("The prosecutor made the case that the defendant had fled the country.", "prosecutor", "made the case",
     "the defendant had fled the country"),
    ("The regulator took the view that the merger would raise fares.", "regulator", "took the view",
     "the merger would raise fares"),
    ("The union made no secret that it wanted a strike before the election.", "union", "made no secret",
     "it wanted a strike before the election"),
    ("The structural engineer left no doubt that the bridge was unsafe.", "structural engineer", "left no doubt",
     "the bridge was unsafe"),
    ("The mayor was adamant that the stadium would be finished by August.", "mayor", "was adamant",
     "the stadium would be finished by August"),
    ("The senator went on to say that the bill would fail in committee.", "senator", "say",
     "the bill would fail in committee"),
    ("The farmer was quick to point out that the drought had ended.", "farmer", "point", "the drought had ended"),
    ("Hospital managers were keen to stress that the water was safe to drink.", "hospital managers", "stress",
     "the water was safe to drink"),
])
def test_a_phrase_or_a_performed_infinitive_reports_what_follows(nlp, text, claimer, cue, content):
    assert (claimer, cue, content) in _claims(nlp, text), _claims(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister is going to say that taxes will rise.",  # not said yet
    "The minister is expected to say that taxes will rise.",
    "The coach did not make clear whether the club would appeal.",  # nothing made clear
    "The firm made a profit that surprised analysts.",  # "make" with another object
    "The team kept a secret that nobody guessed until the final.",  # a secret kept is not "no secret"
    "The plan made it clear that the council had run out of money.",  # a plan does not speak
])
def test_the_same_words_that_report_nothing(nlp, text):
    assert not [c for c in _claims(nlp, text) if c[1].startswith(("made", "say", "kept"))], _claims(nlp, text)

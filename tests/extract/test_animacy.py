"""Whether a noun can name a speaker, and one person (kg.extract.animacy), on the real spaCy pipeline."""
import pytest

from kg.extract.animacy import can_speak, person_noun
from kg.extract.claims import extract_claims



def _subject(nlp, text):
    return next(t for t in nlp(text) if t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.parametrize("text, speaks", [
    ("The spokesman said the talks had failed.", True),
    ("The committee said the talks had failed.", True),
    ("The statement said the talks had failed.", True),
    ("Residents said the water was brown.", True),
    ("The use of pesticides costs farmers dearly.", False),
    ("The borrowing rose sharply in March.", False),
    ("The filling station closed at noon.", False),
    ("Sixty percent said they would vote.", True),
])
def test_can_speak(nlp, text, speaks):
    assert can_speak(_subject(nlp, text)) is speaks


@pytest.mark.parametrize("text, person", [
    ("The nurse said the ward was full.", True),
    ("The striker said the pitch was wet.", True),
    ("The committee said the ward was full.", False),
    ("The budget said nothing about schools.", False),
])
def test_person_noun(nlp, text, person):
    assert person_noun(_subject(nlp, text)) is person


@pytest.mark.parametrize("text", [
    'The use of cheap imports "hurts local farmers," the report found.',
    "A filling station near the border said fuel would run out by noon.",
    "Profits were slim, noting that demand had been falling for years.",
])
def test_a_thing_or_an_act_is_never_a_claimer(nlp, text):
    names = [c.claimer.name.lower() for c in extract_claims(nlp(text))]
    assert not any(w in n for n in names for w in ("use", "filling station", "profits")), names
    if "the report found" in text:  # the sentence still has its claim, given to the report's unnamed source
        assert names == ["source of the report"], names

"""Who a he or she stands for, and who "the commissioner" is (kg.extract.coref), on the real spaCy pipeline.

Every sentence was written for these tests (business, sport, health, courts, elections, science, city
news); none comes from the demo corpus, Wikinews or PolNeAR.
"""
import pytest

from kg.extract.claims import extract_claims


def _claims(nlp, text):
    return [(c.claimer.name, c.claimer.mention, text[c.start:c.end]) for c in extract_claims(nlp(text))]


def _claimer_of(found, content_start):
    return [name for name, _, content in found if content.startswith(content_start)]


@pytest.mark.parametrize("text, content, who, not_who", [
    # the nearest compatible speaker: a new speaker is never jumped over for an older one
    ("Mayor Tom Baxter said the bridge would reopen in May. Engineer Sam Ortiz said the cracks were deeper "
     "than expected. He added that divers would inspect the pillars.", "divers would inspect", "Sam Ortiz",
     "Tom Baxter"),
    # she is a woman the text has named, not the company that spoke before her
    ("Acme Holdings reported a loss on Monday. Chief financial officer Dana Whitfield, a former banker, said "
     "costs had risen. She said the company would cut 200 jobs.", "the company would cut", "Dana Whitfield",
     "Acme"),
    # an unnamed person as a subject is who the next she is
    ("The hospital board met on Tuesday. One of the nurses agreed to speak to reporters. She said the ward had "
     "been short of staff for months.", "the ward had been short", "nurses", "board"),
    # a person named as the owner of a clause's subject is an antecedent too
    ("Coach Ellen Park praised the squad. Striker Kevin Marlow's transfer to the club was confirmed on Monday. "
     "He said he had always wanted to play in the city.", "he had always wanted", "Marlow", "Ellen Park"),
    # a person inside what the speaker said is no topic for the speaker's next he
    ("Tomas Berg runs the ferry to the island. He told me that his partner also works on the boats. He told me "
     "that the crossing takes an hour.", "the crossing takes", "Tomas Berg", "partner"),
])
def test_a_pronoun_is_the_nearest_compatible_person(nlp, text, content, who, not_who):
    found = _claims(nlp, text)
    names = _claimer_of(found, content)
    assert names and all(who.lower() in n.lower() for n in names), found
    assert not any(not_who.lower() in n.lower() for n in names), found


def test_she_is_never_an_organisation(nlp):
    text = ("The Ministry of Health issued new guidance on Friday. She said the clinics would stay open over the "
            "holiday.")
    found = _claims(nlp, text)
    assert not any("ministry" in n.lower() for n in _claimer_of(found, "the clinics would stay open")), found


def test_a_person_inside_a_quotation_is_not_the_next_he(nlp):
    text = ('Judge Aaron Webb adjourned the trial. "The witness lied to this court," the prosecutor, Nina Shah, '
            'told reporters. She said the case would resume in June.')
    found = _claims(nlp, text)
    names = _claimer_of(found, "the case would resume")
    assert names and all("Nina Shah" in n for n in names), found


def test_the_commissioner_is_the_person_the_text_gave_that_role(nlp):
    text = ("Lena Fischer, the European trade commissioner, met farmers in Ghent on Monday. The commissioner said "
            "tariffs on grain would fall next year.")
    found = _claims(nlp, text)
    names = _claimer_of(found, "tariffs on grain would fall")
    assert names and all("Lena Fischer" in n for n in names), found


def test_a_surname_alone_is_still_the_person_for_a_later_he(nlp):
    text = ("The radio station ran a long talk with Pieter Hals, the city's chief planner. "
            "Hals said the port would hire 300 engineers. He said the first reactor would open in 2031.")
    found = _claims(nlp, text)
    names = _claimer_of(found, "the first reactor would open")
    assert names and all("Hals" in n for n in names), found


def test_they_after_an_unnamed_body_as_subject_is_not_the_body_named_before(nlp):
    text = ("Norvale Shipping lost its licence in March. When the harbour committee met, they said the fees would "
            "rise.")
    found = _claims(nlp, text)
    assert not any("Norvale" in n for n in _claimer_of(found, "the fees would rise")), found
    text = "Norvale Shipping lost its licence in March. On Monday they said the fees would rise."
    assert any("Norvale" in n for n in _claimer_of(_claims(nlp, text), "the fees would rise"))


def test_a_he_inside_an_interview_answer_is_nobody_named_before_the_answer(nlp):
    text = ("((Interviewer)) Did Tomas Brandauer speak to the union?\n\n"
            "((Ilse Varga)) Yes. He said the wages would be paid on Friday.")
    found = _claims(nlp, text)
    assert not any("Brandauer" in n for n in _claimer_of(found, "the wages would be paid")), found


def test_which_never_stands_for_a_person(nlp):
    """Where the parse gives a relative "which" a person as antecedent, the body named right before it speaks."""
    from kg.extract.coref import Claimer, which_body
    from kg.extract.entities import mentions
    from kg.model import EntityType

    doc = nlp("Ingrid Solberg spoke to the Norvale Herald, which reported that the pier would close.")
    which = next(t for t in doc if t.lower_ == "which")
    person = Claimer("Ingrid Solberg", "Ingrid Solberg", EntityType.PERSON, 0, 14)
    found = which_body(person, which, mentions(doc))
    assert found is not None and found.name == "Norvale Herald"
    body = Claimer("Norvale Herald", "Norvale Herald", EntityType.ORGANISATION, 28, 42)
    assert which_body(body, which, mentions(doc)) is None  # a body already: nothing to correct
    doc = nlp("Ingrid Solberg met Tomas Brandauer, who said that the pier would close.")
    who = next(t for t in doc if t.lower_ == "who")
    assert which_body(person, who, mentions(doc)) is None  # a who may well be a person


def test_they_after_a_plural_that_cannot_speak_is_still_the_body_named_before(nlp):
    text = "Norvale Shipping lost its licence in March. After the ships were inspected, they said the fees would rise."
    names = _claimer_of(_claims(nlp, text), "the fees would rise")
    assert names and all("Norvale" in n for n in names), names

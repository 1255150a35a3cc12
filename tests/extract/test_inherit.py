"""Quotations with no cue of their own (kg.extract.inherit), on the real pipeline; sentences written for these tests."""
from kg.extract.claims import extract_claims


def _claims(nlp, text):
    return [(c.claimer.name, text[c.start:c.end]) for c in extract_claims(nlp(text))]


def test_a_long_credit_does_not_break_the_quotation_that_follows_it(nlp):
    text = ('"We will not sell the club," said Maria Lopez, a lawyer who has represented the owners for more than '
            'a decade in several disputes. "The family wants to keep it for another generation."')
    assert ("Maria Lopez", "The family wants to keep it for another generation") in _claims(nlp, text)


def test_a_quotation_after_a_sentence_on_something_else_is_not_inherited(nlp):
    # negative: a narrative sentence stands between the credit and the next quotation
    text = ('"We will not sell the club," said Maria Lopez, a lawyer who has represented the owners. The team lost '
            'its opening game of the season on Saturday at home. "It was a poor performance from everyone."')
    found = _claims(nlp, text)
    assert ("Maria Lopez", "We will not sell the club") in found, found
    assert not any(c == "It was a poor performance from everyone" and n == "Maria Lopez" for n, c in found)

"""A cue's source resolved to a named claimer (kg.extract.claimers): appositions, descriptions, split words.

Sentences written for these tests (labour, publishing, technology, finance, health); none from any corpus here.
"""
import pytest

from kg.extract.claims import extract_claims


def _claims(nlp, text):
    return [(c.claimer.name, c.claimer.mention, c.claimer.type, text[c.start:c.end])
            for c in extract_claims(nlp(text))]


def test_a_description_with_a_body_in_apposition_is_that_body(nlp):
    text = ("Two unions met the ministers. One of the two unions, the Nurses Federation, rejected the offer and "
            "said its members would strike on Monday.")
    found = _claims(nlp, text)
    names = [n for n, _, _, content in found if content.startswith("its members would strike")]
    assert names and all("Nurses Federation" in n for n in names), found


def test_an_apposition_never_crosses_the_cue_into_the_quotation(nlp):
    text = 'Novelist Ada Crane wrote on her blog, "Peter Vance, a generous editor, taught me everything I know."'
    found = _claims(nlp, text)
    assert found and all(n == "Ada Crane" and "Peter Vance" not in m for n, m, _, _ in found), found


def test_a_hyphenated_role_keeps_the_name_in_apposition(nlp):
    text = "Another co-founder, software engineer Raj Mehta, said the app would stay free for students."
    found = _claims(nlp, text)
    assert [(n, t) for n, _, t, c in found if c.startswith("the app would stay free")] == [("Raj Mehta", "Person")]


def test_a_hyphenated_description_is_not_cut_at_the_hyphen(nlp):
    text = "His ex-wife told the court that the house had been sold in secret."
    found = _claims(nlp, text)
    assert any(m == "His ex-wife" for _, m, _, _ in found), found


@pytest.mark.parametrize("text, words", [
    ("A source within the Finance Ministry said the budget would be delayed until June.", "finance ministry"),
    ("Sources close to the negotiations said a deal could be signed within days.", "close to the negotiations"),
])
def test_an_unnamed_source_keeps_where_it_sits(nlp, text, words):
    found = _claims(nlp, text)
    assert found and all(words in n.lower() for n, _, _, _ in found), found


def test_a_role_of_a_place_then_the_name_in_commas_is_the_person(nlp):
    text = ("Three regions tightened their rules. The governor of Norvale, Mike Tandry, announced the region had "
            "extended its stay-at-home order until May.")
    found = _claims(nlp, text)
    names = [(n, t) for n, _, t, content in found if "extended" in content]
    assert names and all(n == "Mike Tandry" and t == "Person" for n, t in names), found

"""Which token names a cue's speaker when the parse misplaces it (kg.extract.speakers), on the real pipeline.

Sentences written for these tests (health, sport, business, courts, science, war); none from any corpus here.
"""
import pytest

from kg.extract.claims import extract_claims


def _claims(nlp, text):
    return [(c.claimer.name, text[c.start:c.end]) for c in extract_claims(nlp(text))]


def _names(found, content_start):
    return [name for name, content in found if content.startswith(content_start)]


@pytest.mark.parametrize("text, content, who, never", [
    # a participle after a reported clause whose subject is a thing: the reporter says it
    ('Health Minister Joan Carter said the use of paper records "wastes thousands of hours," further saying '
     'the waiting lists would be cut by half.', "the waiting lists would be cut", "Joan Carter", "use"),
    ("Coach Marta Silva said the heat was brutal, saying the players needed a week of rest.",
     "the players needed a week of rest", "Marta Silva", "heat"),
    # ... and whose subject names a person only in a rare sense ("factor")
    ("Doctors said several factors had caused the outbreak, warning that the vaccine supply was too low.",
     "the vaccine supply was too low", "Doctors", "factors"),
    # who is a person or group: the farmers, not the symbol
    ("The film has become a symbol for farmers across the region, who say the drought was ignored by officials.",
     "the drought was ignored", "farmers", "symbol"),
    # a participle on the medium something was posted on: who posted it
    ("Club president Omar Haddad posted a message on Facebook blaming the referee for the defeat.",
     "", "Omar Haddad", "Facebook"),
    # of two parsed subjects, the one nearer the cue
    ("The landlord asked for the report to be kept private, but the inspector stated the building was unsafe.",
     "the building was unsafe", "inspector", "landlord"),
])
def test_the_speaker_is_who_can_say_it(nlp, text, content, who, never):
    found = _claims(nlp, text)
    names = _names(found, content)
    assert names and all(who.lower() in n.lower() for n in names), found
    assert not any(never.lower() in n.lower() for n in _names(found, content)), found


@pytest.mark.parametrize("text, content, source, outlet", [
    # an outlet passing on what its sources said: the claim is the sources'
    ("The Daily Courier, citing two hospital officials, reported that the outbreak had spread to a second ward.",
     "the outbreak had spread", "officials", "Courier"),
    ("According to the broadcaster, which cited two aides of the mayor, the budget vote had been "
     "postponed.", "the budget vote had been", "two aides of the mayor", "broadcaster"),
])
def test_a_cited_source_speaks_for_the_outlet_citing_it(nlp, text, content, source, outlet):
    found = _claims(nlp, text)
    names = _names(found, content)
    assert names and all(source.lower() in n.lower() and outlet.lower() not in n.lower() for n in names), found


def test_citing_a_reason_keeps_the_speaker(nlp):
    text = "The airline cancelled forty flights on Sunday, citing heavy snow at its main hub."
    found = _claims(nlp, text)
    assert not any("snow" in name.lower() for name, _ in found), found


def test_naming_a_source_is_no_claim_of_its_own(nlp):
    text = "The Evening Star, citing three senior officials, reported that the minister would resign on Friday."
    found = _claims(nlp, text)
    assert not any(content.strip() == "three senior officials" for _, content in found), found
    assert _names(found, "the minister would resign"), found

"""Types from evidence around a name: appositions, the head noun of a name, WordNet's proper nouns, prepositions
of place, ISO country names; a place that acts stays a place. Invented sentences, with negatives."""
import pytest

from kg.extract.entities import mentions
from kg.extract.typeclues import head_type, proper_noun_type


def _types(nlp, text):
    return {m.name: m.type for m in mentions(nlp(text))}


@pytest.mark.parametrize("text, name, etype", [
    # an apposition says what the thing is
    ("Brindlecast, the state news agency, reported the figures on Monday.", "Brindlecast", "Organisation"),
    ("Quarrington, a small logistics firm, lost its licence last year.", "Quarrington", "Organisation"),
    # the head noun of a multi-word name: a building or site is a place, a company an organisation
    ("Visitors queued outside the Halvorsen Aviation Museum on Saturday.", "Halvorsen Aviation Museum", "Place"),
    ("Engineers at the Marchetti Space Center tested the engine.", "Marchetti Space Center", "Place"),
    # WordNet lists the name itself, capitalised, as a group
    ("Leaders of the Taliban met negotiators in the capital.", "Taliban", "Organisation"),
    # a country ISO 3166 knows, absent from kg's own table, is a place
    ("The ship left Panama on Tuesday with grain for Europe.", "Panama", "Place"),
])
def test_evidence_types_a_name(nlp, text, name, etype):
    found = _types(nlp, text)
    assert found.get(name) == etype, found


@pytest.mark.parametrize("text, name, etype", [
    # a person named like a building is still a person: the head rule never retypes a PERSON
    ("Mark Hall said the vote would be close.", "Mark Hall", "Person"),
    # an office, a post, a journal is a body, not a building
    ("The Home Office said the rules would change.", "Home Office", "Organisation"),
    ("The Huffington Post reported the story first.", "Huffington Post", "Organisation"),
])
def test_evidence_never_overrules_a_stronger_sign(nlp, text, name, etype):
    found = _types(nlp, text)
    assert found.get(name) == etype, found


@pytest.mark.parametrize("text, head, etype", [
    ("Johnson Space Center", "ORG", "Place"),
    ("Brightwater Company", "ORG", "Organisation"),
    ("Mark Hall", "PERSON", None),
    ("Apple Watch", "PRODUCT", None),
])
def test_head_type(text, head, etype):
    assert head_type(text, head) == etype


def test_a_proper_noun_only_when_wordnet_capitalises_it():
    assert proper_noun_type("Hamas") == "Organisation"
    assert proper_noun_type("Union") is None  # a common noun at a sentence start
    assert proper_noun_type("Sicily") is None  # a place, not a group


@pytest.mark.parametrize("text, name, etype", [
    ("The Red Cross opened two field hospitals near the border.", "Red Cross", "Organisation"),  # a cross, no site
    ("\u201cWe lost.\u201d \u2014 Tomas Heller, a season-ticket holder", "Tomas Heller", "Person"),  # a holder, no site
])
def test_only_a_site_makes_a_place(nlp, text, name, etype):
    found = _types(nlp, text)
    assert found.get(name) == etype, found

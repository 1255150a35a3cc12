"""Entity mentions and their types, with the real pipeline and the rules that correct it."""
import pytest

from kg.extract.entities import canonical_form, mentions


def _types(nlp, text):
    return {m.name: m.type for m in mentions(nlp(text))}


@pytest.mark.parametrize("text, name, etype", [
    ("Fighting continued in the Zaporizhzhia region on Monday.", "Zaporizhzhia", "Place"),
    ("Police said the attack on the town of Bakhmut killed five.", "Bakhmut", "Place"),
    ("Georgian troops crossed into the valley overnight.", "Armed Forces of Georgia", "MilitaryUnit"),
    ("Officials said Beijing's military had staged drills.", "Armed Forces of China", "MilitaryUnit"),
    ("The 47th Mechanized Brigade said it held the line.", "47th Mechanized Brigade", "MilitaryUnit"),
    ("The White House declined to comment on Tuesday.", "White House", "Organisation"),
])
def test_types_are_corrected_by_general_rules(nlp, text, name, etype):
    found = _types(nlp, text)
    assert found.get(name) == etype, found


def test_demonyms_are_not_entities(nlp):
    assert "Ukrainian" not in _types(nlp, "A Ukrainian drone struck a depot near the city.")


@pytest.mark.parametrize("text, expected", [
    ("President Vladimir Putin's", "Vladimir Putin"),
    ("Mr. Smith", "Smith"),
    ("the Kremlin", "Kremlin"),
])
def test_canonical_form_drops_articles_titles_and_possessives(text, expected):
    assert canonical_form(text) == expected


@pytest.mark.parametrize("text, name, etype", [
    ("The destroyer USS Donald Cook sailed into the Black Sea on Thursday.", "USS Donald Cook", "MilitaryUnit"),
    ("The Sudanese Liberation Forces said they had taken the town.", "Sudanese Liberation Forces", "MilitaryUnit"),
    ("A spokesman for the Leeds Fire Brigade said crews arrived quickly.", "Leeds Fire Brigade", "Organisation"),
])
def test_ships_named_forces_and_fire_brigades_are_not_people_or_armies(nlp, text, name, etype):
    found = _types(nlp, text)
    assert found.get(name) == etype, found


@pytest.mark.parametrize("text, not_a_name", [
    ("Libyan militias fired rockets at the airport overnight.", "Armed Forces of Libya"),
    ("The Sudanese Liberation Forces said they had taken the town.", "Armed Forces of Sudan"),
])
def test_irregular_and_named_forces_are_not_a_country_s_armed_forces(nlp, text, not_a_name):
    assert not_a_name not in _types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("08:38 - Russian President Vladimir Putin", "Vladimir Putin"),
    ("the High Court of Appeal", "High Court of Appeal"),
    ("the Bishop of Kraków", "Bishop of Kraków"),
    ("Vladimir] Putin", "Vladimir Putin"),
])
def test_canonical_form_drops_timestamps_and_only_the_titles_of_people(text, expected):
    assert canonical_form(text) == expected


@pytest.mark.parametrize("text, word, is_entity", [
    ("Protests erupted in the capital on Sunday. The protests went on all night.", "Protests", False),
    ("Lawmakers met on Monday. The term of the military part of the deal was not discussed.", "term", False),
    ("Okonkwo said the budget was fair. Critics said Okonkwo had cut schools.", "Okonkwo", True),
])
def test_common_nouns_are_not_entities_and_names_at_a_sentence_start_are(nlp, text, word, is_entity):
    assert (word in _types(nlp, text)) is is_entity


def test_a_place_keeps_a_title_word_that_is_part_of_its_name(nlp):
    found = _types(nlp, "Flooding hit a hospital in Port Saint Ana City on Friday, officials said.")
    assert found.get("Port Saint Ana City") == "Place", found

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
    ("First Nations", "First Nations"),  # a title word before a plural common noun is part of the name
    ("First Minister Nicola Sturgeon", "Nicola Sturgeon"),
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


@pytest.mark.parametrize("text, absent", [
    ("Mayor Says Bridges Will Reopen Soon\n\nThe council met on Monday.", "Mayor Says Bridges Will Reopen Soon"),
    ("Pro-Brussels groups marched on Sunday.", "Pro-Brussels"),
    ("An elderly couple - Arif - said they fled.", "elderly couple - Arif"),
])
def test_headline_clauses_stances_and_sentence_pieces_are_not_entities(nlp, text, absent):
    assert absent not in {m.name for m in mentions(nlp(text))}


def test_people_named_together_are_each_a_person():
    from kg.extract.entities import Mention, _people_apart

    text = "Maria Okonjo and Daniel Fry were charged. Okonjo and Fry pleaded. Marks & Spencer said. Ann, Bo and Cy sang."
    def m(s, etype):
        i = text.index(s)
        return Mention(i, i + len(s), s, s, etype)
    found = _people_apart(None, [m("Maria Okonjo", "Person"), m("Daniel Fry", "Person"),
                                 m("Okonjo and Fry", "Organisation"), m("Marks & Spencer", "Organisation"),
                                 m("Ann, Bo and Cy", "Organisation")])
    names = {x.text: x.type for x in found}
    assert "Okonjo and Fry" not in names and names["Okonjo"] == "Person" and names["Fry"] == "Person"
    assert names["Marks & Spencer"] == "Organisation"  # a company named after two people
    assert "Ann, Bo and Cy" not in names  # first names listed together are no body
    assert [text[x.start:x.end] for x in found] == [x.text for x in found]


def test_a_long_form_defined_with_its_acronym_is_one_name(nlp):
    ms = mentions(nlp("The Council for Maritime Safety and Cooperation in Africa (CMSCA) sent inspectors. "
                      "CMSCA said the port was safe."))
    assert "Council for Maritime Safety and Cooperation in Africa" in {m.name for m in ms}, ms


def test_a_live_blog_timestamp_is_not_part_of_a_mention(nlp):
    ms = mentions(nlp("14:24 - Defense Secretary Ana Ruiz said the troops would stay."))
    assert all(not m.text[:1].isdigit() for m in ms), ms


def test_a_region_word_joins_the_mention_not_the_name(nlp):
    ms = [m for m in mentions(nlp("Fighting continued in the Zaporizhzhia region on Monday.")) if m.type == "Place"]
    assert ms and ms[0].text == "Zaporizhzhia region" and ms[0].name == "Zaporizhzhia", ms


@pytest.mark.parametrize("text, name, etype", [
    ("The procession ended at the Place Lucien Morel in Lyon.", "Place Lucien Morel", "Place"),
    ("The march crossed Rue Marcel Fabre at noon.", "Rue Marcel Fabre", "Place"),
    ("Protesters camped in Liberty Square for a week.", "Liberty Square", "Place"),
    ("Governor Ellen Park said the shelters were open.", "Ellen Park", "Person"),  # a person, whatever her name
    ("Members of Team Vasko said they would appeal.", "Team Vasko", "Organisation"),
])
def test_streets_and_squares_are_places_and_teams_bodies(nlp, text, name, etype):
    found = {m.name: m.type for m in mentions(nlp(text))}
    assert found.get(name) == etype, found


def test_sentence_pieces_joined_by_the_or_a_slash_are_not_names(nlp):
    names = {m.name for m in mentions(nlp("It made Okafor the Labour Party's first female leader. "
                                           "Topics included Kubernetes/Containers and security."))}
    assert not any(" the " in n or "/" in n for n in names), names


@pytest.mark.parametrize("text, absent", [
    ("Attendance was lower than expected at the rally.", "Attendance"),
    ("\u201cLaw and order\u201d was the slogan of the night.", "Law"),
])
def test_a_common_noun_starting_a_sentence_is_no_name(nlp, text, absent):
    assert absent not in {m.name for m in mentions(nlp(text))}


def test_a_surname_starting_a_sentence_stays_a_name(nlp):
    names = {m.name for m in mentions(nlp("Gordon Brown met voters. Brown said the vote was close."))}
    assert "Brown" in names, names


@pytest.mark.parametrize("text, absent", [
    ("She has dropped out of the Presidential race.", "Presidential"),
    ("Female Magellanic penguins are lighter than males.", "Female Magellanic"),
])
def test_a_name_never_ends_in_an_adjective(nlp, text, absent):
    assert absent not in {m.name for m in mentions(nlp(text))}

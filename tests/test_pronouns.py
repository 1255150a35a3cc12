"""Pronouns and descriptions resolved to named entities by careful rules (kg.pronouns). Invented texts."""
from kg.pronouns import Antecedent, resolve_descriptions, resolve_pronouns


def _people(text, *names):
    out = []
    for name, eid in names:
        at = text.find(name)
        while at >= 0:
            out.append(Antecedent(at, at + len(name), eid, name))
            at = text.find(name, at + 1)
    return out


def _resolved(text, found):
    return [(text[s:e], eid) for s, e, eid in found]


def test_a_pronoun_stands_for_the_one_person_before_it():
    text = "Mira Olsen won the race. She thanked her coach."
    found = _resolved(text, resolve_pronouns(text, _people(text, ("Mira Olsen", "p1")), set()))
    assert found == [("She", "p1"), ("her", "p1")]


def test_two_people_of_unknown_gender_leave_the_pronoun_unresolved():
    text = "Kim Aldous met Sasha Petrov. He left early."
    assert resolve_pronouns(text, _people(text, ("Kim Aldous", "p1"), ("Sasha Petrov", "p2")), set()) == []


def test_a_title_tells_the_gender_and_picks_the_person():
    text = "Mr Tobias Wren met Ms Ines Calder. She said the talks went well."
    found = _resolved(text, resolve_pronouns(text, _people(text, ("Tobias Wren", "p1"), ("Ines Calder", "p2")),
                                             set()))
    assert found == [("She", "p2")]


def test_a_pronoun_never_reaches_back_over_two_paragraph_breaks():
    text = "Mira Olsen won.\n\nThe weather was fine.\n\nThe crowd cheered.\n\nShe was not there."
    assert resolve_pronouns(text, _people(text, ("Mira Olsen", "p1")), set()) == []


def test_a_description_stands_for_the_one_body_whose_name_has_its_head():
    text = "The Church of the Lantern opened a school. The church said it would hire teachers. The flag flew."
    bodies = _people(text, ("Church of the Lantern", "o1")) + _people(text, ("Lantern Flag Society", "o2"))
    found = _resolved(text, resolve_descriptions(text, bodies, set()))
    assert ("The church", "o1") in found
    assert not any(s.lower() == "the flag" for s, _ in found)  # "flag" is no head of a name before it


def test_a_pronoun_inside_a_word_or_an_edited_quotation_is_none():
    text = "Mira Olsen spoke. \"[T]he plan stands,\" the statement read; theirs was other."
    assert resolve_pronouns(text, _people(text, ("Mira Olsen", "p1")), set()) == []


def test_a_description_takes_the_head_before_for_not_the_last_word():
    text = "The Council for Trade and Development met. The development of roads was slow. The council agreed."
    bodies = _people(text, ("Council for Trade and Development", "o1"))
    found = _resolved(text, resolve_descriptions(text, bodies, set()))
    assert found == [("The council", "o1")]

"""Wire-grade attribution (#11): quotation marks, transcripts, datelines, pronouns and speech acts.

Every sentence here was written for these tests (sport, business, courts, health, science, elections,
war, weather); none comes from the demo corpus, Wikinews or PolNeAR. Each runs the real spaCy pipeline.
"""
import pytest

from helpers import claim_rows, has_claim


# --- quotation spans that survive missing punctuation, missing or mismatched marks ---------------------------

@pytest.mark.parametrize("text, claimer, content", [
    # a quotation right after the cue and an adjunct, with no comma or colon
    ('The referee said on Sunday "Nobody will be sent off for celebrating with the fans."',
     "referee", "Nobody will be sent off for celebrating with the fans"),
    # the parser's clause runs on past the closing mark; the quotation bounds what was said
    ('The chief executive told shareholders "Profits will double by the end of the decade," and the shares rose.',
     "chief executive", "Profits will double by the end of the decade"),
    # a quotation never closed runs to the end of its paragraph
    ('The governor wrote "The storm has passed and the schools will open on Monday.\n'
     'Roads in the valley stayed shut.',
     "governor", "The storm has passed and the schools will open on Monday"),
])
def test_a_quotation_opened_by_its_cue_is_direct(nlp, text, claimer, content):
    found = claim_rows(nlp, text)
    assert has_claim(found, claimer, content, "direct"), found


@pytest.mark.parametrize("text, claimer, content", [
    # the cue before its speaker
    ('Remarked the team\'s captain, Leah Morgan, "We never stopped believing in each other."', "Leah Morgan",
     "We never stopped believing in each other"),
    # the speaker's name in apposition at the end of the sentence
    ('"The harbour was the best in the region," said the port\'s director, Elena Rossi.', "Elena Rossi",
     "The harbour was the best in the region"),
])
def test_an_inverted_cue_names_the_speaker_after_it(nlp, text, claimer, content):
    found = claim_rows(nlp, text)
    assert has_claim(found, claimer, content, "direct"), found


def test_two_quotations_under_one_cue_are_two_claims(nlp):
    found = claim_rows(nlp, 'The health minister said on Tuesday "The vaccine is safe for children" and '
                         '"Every school will get a clinic by spring."')
    assert has_claim(found, "health minister", "The vaccine is safe for children", "direct"), found
    assert has_claim(found, "health minister", "Every school will get a clinic by spring", "direct"), found


def test_a_quotation_split_by_a_statement_gives_both_halves_to_its_owner(nlp):
    found = claim_rows(nlp, '"The verdict is final," reads the court\'s statement, "and no appeal will be heard."')
    assert has_claim(found, "court", "The verdict is final", "direct"), found
    assert has_claim(found, "court", "no appeal will be heard", "direct"), found
    assert not any("'s" in c[0] for c in found), found


def test_a_quotation_nested_in_the_same_marks_does_not_shift_the_pairs(nlp):
    text = ('The coach said, "The "new" stadium is a disgrace. Nobody asked the fans." '
            'The chairman later wrote, "The stadium was paid for by the city, not the club."')
    found = claim_rows(nlp, text)
    assert has_claim(found, "coach", 'The "new" stadium is a disgrace. Nobody asked the fans', "direct"), found
    assert has_claim(found, "chairman", "The stadium was paid for by the city, not the club", "direct"), found


def test_an_unclosed_quotation_inside_a_clause_is_mixed(nlp):
    found = claim_rows(nlp, 'The goalkeeper said the penalty was "never a foul and everyone in the stadium saw it.')
    assert has_claim(found, "goalkeeper", 'the penalty was "never a foul and everyone in the stadium saw it', "mixed"), found


def test_a_finished_quotation_is_not_the_first_half_of_the_next_speakers(nlp):
    found = claim_rows(nlp, '"The roads are closed." Governor Amy Bell added, "Stay at home tonight and keep off the bridges."')
    assert has_claim(found, "Amy Bell", "Stay at home tonight and keep off the bridges", "direct"), found
    assert not any(c[2] == "The roads are closed" for c in found), found


def test_a_nickname_in_quotation_marks_is_not_speech(nlp):
    found = claim_rows(nlp, 'The hacker, who goes by the name "Nightjar", said the files were fake.')
    assert has_claim(found, "Nightjar", "the files were fake", "indirect"), found
    assert not any(c[2] == "Nightjar" for c in found), found


# --- datelines and time stamps stay out of content -----------------------------------------------------

@pytest.mark.parametrize("text, claimer, content", [
    ("NAIROBI, March 3 (Reuters) \u2014 The electoral commission said turnout had passed 60 percent in most counties.",
     "electoral commission", "turnout had passed 60 percent in most counties"),
    ("LONDON, June 12 (AP) - Shares in the retailer will be suspended on Monday, the company said.",
     "company", "Shares in the retailer will be suspended on Monday"),
    ("14:05 - Shares in the airline fell by a third after the crash, the stock exchange said.",
     "stock exchange", "Shares in the airline fell by a third after the crash"),
    ("Updated 17:40 GMT: The river will peak overnight, the flood agency said.",
     "flood agency", "The river will peak overnight"),
])
def test_datelines_and_stamps_are_cut_from_content(nlp, text, claimer, content):
    found = claim_rows(nlp, text)
    assert has_claim(found, claimer, content), found


# --- pronouns and new speakers ------------------------------------------------------------------------

@pytest.mark.parametrize("text, content, claimer", [
    # the nearest speaker is a man for all the text says, but "she" has a woman the text has named as such
    ("Ms Ines Laurent, the lead researcher, said the trial had met its goal. Professor Karl Brandt said the "
     "sample was too small. She said a larger study would start in the autumn.",
     "a larger study would start in the autumn", "Ines Laurent"),
    ("The chairwoman, Ruth Adler, said profits had doubled. Analyst Mark Chen said the figures were flattered "
     "by a one-off sale. She said the company would publish a full breakdown in May.",
     "the company would publish a full breakdown in May", "Ruth Adler"),
    # a person newly named as a subject stands between the pronoun and the older speaker
    ("Senator Lena Park said the bill would pass. Governor Mike Dunn vetoed a similar bill last year. "
     "He said this one was no better.", "this one was no better", "Mike Dunn"),
])
def test_a_pronoun_takes_the_nearest_compatible_person(nlp, text, content, claimer):
    found = {c[2]: c[0] for c in claim_rows(nlp, text)}
    assert found.get(content) == claimer, found


def test_they_takes_the_body_named_as_subject(nlp):
    found = claim_rows(nlp, "The Red Cross opened two field hospitals near the border. They warned that medicine "
                         "would run out within a week.")
    assert has_claim(found, "Red Cross", "medicine would run out within a week"), found


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    found = claim_rows(nlp, "The army released a statement saying the missile strike caused no casualties.")
    assert has_claim(found, "army", "the missile strike caused no casualties"), found
    assert not any(c[0].lower() == "statement" for c in found), found


@pytest.mark.parametrize("text, content, claimer", [
    # "the minister" is the person the article named with that role, though she has not spoken yet
    ("Health Minister Sara Kent visited the ward on Monday. The minister said the hospital would get new scanners.",
     "the hospital would get new scanners", "Sara Kent"),
    ("Sara Kent, the health minister, toured the ward. The opposition said the ward was a showpiece. "
     "The minister said the hospital would get new scanners.", "the hospital would get new scanners", "Sara Kent"),
    # a role someone else holds is no match: the nearest minister, not the nearest speaker
    ("Finance Minister Omar Haddad said taxes would rise. Opposition leader Lina Frost said the plan would hurt "
     "families. The minister said the rise was unavoidable.", "the rise was unavoidable", "Omar Haddad"),
])
def test_a_definite_role_takes_the_nearest_person_given_that_role(nlp, text, content, claimer):
    found = {c[2]: c[0] for c in claim_rows(nlp, text)}
    assert found.get(content) == claimer, found


def test_a_quotation_after_a_new_subject_is_theirs_not_the_last_speakers(nlp):
    text = ('Rescue workers said the tunnel was stable. The engineer in charge, Omar Nasser, was less sure. '
            '"Another tremor could bring the whole roof down."')
    found = claim_rows(nlp, text)
    assert has_claim(found, "Omar Nasser", "Another tremor could bring the whole roof down", "direct"), found
    assert not has_claim(found, "Rescue workers", "Another tremor could bring the whole roof down"), found


def test_a_quotation_right_after_a_reported_clause_continues_its_speaker(nlp):
    found = claim_rows(nlp, 'The candidate insisted the polls were wrong. "We will win this seat by a landslide."')
    assert has_claim(found, "candidate", "We will win this seat by a landslide", "direct"), found


# --- requests, warnings, vows, denials, rulings and claims of responsibility ------------------------------

@pytest.mark.parametrize("text, claimer, cue, content, polarity", [
    ("The court ruled that the strike was lawful.", "court", "ruled", "the strike was lawful", "asserts"),
    ("The election commission rejected claims that the count had been rigged.", "election commission",
     "rejected", "claims that the count had been rigged", "disputes"),
    ("The hospital threatened to close its emergency ward unless funding was restored.", "hospital",
     "threatened", "to close its emergency ward unless funding was restored", "asserts"),
    ("The regulator instructed the bank to repay the overcharged customers.", "regulator", "instructed",
     "the bank to repay the overcharged customers", "asserts"),
    ("The rebel front has claimed responsibility for the ambush near the dam.", "rebel front", "claimed",
     "the ambush near the dam", "asserts"),
    ("The explosion at the refinery was claimed by a separatist group.", "separatist group", "claimed",
     "The explosion at the refinery", "asserts"),
    ("The president has called for member states to raise their defence spending.", "president", "called",
     "member states to raise their defence spending", "asserts"),
    ("The striker talked about how the club had treated him after the injury.", "striker", "talked",
     "how the club had treated him after the injury", "asserts"),
    ("Some studies suggest a link between screen time and poor sleep.", "studies", "suggest",
     "a link between screen time and poor sleep", "asserts"),
])
def test_speech_acts_are_cues_with_content(nlp, text, claimer, cue, content, polarity):
    found = claim_rows(nlp, text)
    assert any(claimer.lower() in c[0].lower() and c[1] == cue and c[2] == content and c[4] == polarity
               for c in found), found


@pytest.mark.parametrize("text, claimer, content", [
    # the source phrase ends at its comma, relative clause included
    ("According to the coroner, who examined the report last week, the climber died of exposure.",
     "coroner", "the climber died of exposure"),
    # the cue parsed as a clause of what follows its comma
    ("The mill's owner said last week, orders for steel had dropped by half.", "owner",
     "orders for steel had dropped by half"),
    ("At dawn, the army said, the convoy crossed the river.", "army", "the convoy crossed the river"),
    # a clause before a semicolon is not what the cue after it reports
    ("The dam held overnight; the engineers warned that the spillway could fail.", "engineers",
     "the spillway could fail"),
])
def test_the_content_is_the_clause_the_cue_reports(nlp, text, claimer, content):
    found = claim_rows(nlp, text)
    assert has_claim(found, claimer, content), found


def test_an_attribution_inside_a_with_phrase_is_its_own_claim(nlp):
    found = claim_rows(nlp, "Scientists said the comet would pass close to Earth, with astronomers warning it "
                         "could break apart.")
    assert has_claim(found, "scientists", "the comet would pass close to Earth"), found
    assert has_claim(found, "astronomers", "it could break apart"), found


@pytest.mark.parametrize("text", [
    "No group claimed the attack on the convoy.",
    "The glider, planning to circle the valley twice, came down early in a field.",
    "The tanker, hoping to reach port before the storm, lost power off the coast.",
    "Photos showed the ferry listing badly in the harbour.",
    "Two senators opposing the tariff walked out of the chamber.",
])
def test_nobody_and_things_with_intentions_make_no_claim(nlp, text):
    assert claim_rows(nlp, text) == []


def test_a_cue_with_an_object_does_not_take_the_quotation_before_it(nlp):
    text = ('"Our fighters will not stop until the city is free," a rebel commander said.\n'
            'The rebel group has claimed responsibility.')
    found = claim_rows(nlp, text)
    assert has_claim(found, "rebel commander", "Our fighters will not stop until the city is free", "direct"), found
    assert not any(c[0].lower().endswith("group") for c in found), found

"""Attribution on real-world sentence patterns, with the real spaCy pipeline (extraction quality is the point).

None of these sentences comes from the demo corpus or PolNeAR.
"""
import pytest

from kg.extract.claims import extract_claims
from helpers import claim_rows, has_claim


@pytest.mark.parametrize("text, claimer, cue, content", [
    ("The finance minister said the budget deficit would narrow next year.",
     "finance minister", "said", "the budget deficit would narrow next year"),
    ("Prime Minister Jane Holloway told reporters that the ceasefire was holding.",
     "Jane Holloway", "told", "the ceasefire was holding"),
    ("The flood killed at least 40 people, according to local officials.",
     "Local officials", "according to", "The flood killed at least 40 people"),
    ("According to the World Health Organization, cases rose by a third in March.",
     "World Health Organization", "according to", "cases rose by a third in March"),
    ("\u201cWe will not give up an inch of our land,\u201d the defence minister said.",
     "defence minister", "said", "We will not give up an inch of our land"),
    ("Senator Maria Lopez warned that the bill would raise prices for families.",
     "Maria Lopez", "warned", "the bill would raise prices for families"),
    ("Beijing insisted the drills were routine and posed no threat to shipping.",
     "China", "insisted", "the drills were routine and posed no threat to shipping"),
    ("The Kremlin denied that its troops had crossed the border.",
     "Kremlin", "denied", "its troops had crossed the border"),
    ("A senior European diplomat said the sanctions package was almost agreed.",
     "European diplomat", "said", "the sanctions package was almost agreed"),
    ("Police have vowed to find those responsible for the attack on the mosque.",
     "Police", "vowed", "to find those responsible for the attack on the mosque"),
    # an epithet: the object and what it is called
    ("The opposition leader called the new tax \u201ca raid on pensioners\u201d.",
     "opposition leader", "called", "the new tax \u201ca raid on pensioners"),
    ("At the rally, Senator Tom Reyes called him dangerous and accused him of lying to voters.",
     "Tom Reyes", "called", "him dangerous"),
    # a demand: who is called on and what to do
    ("The aid agency has called on both sides to open a corridor for civilians.",
     "aid agency", "called", "both sides to open a corridor for civilians"),
    # manners of speaking
    ("\u201cGive us our wages,\u201d the workers shouted outside the factory gates.",
     "Workers", "shouted", "Give us our wages"),
    # a quantified or numbered collective source
    ("Several local newspapers said the mayor had misled the council about the contract.",
     "local newspapers", "said", "the mayor had misled the council about the contract"),
    ("Some economists said that meant higher borrowing costs for small firms.",
     "economists", "said", "meant higher borrowing costs for small firms"),
    # a conditional clause is part of what is said, not an attribution of its own
    ("The governor said she would resign if the inquiry told her to step aside.",
     "governor", "said", "she would resign if the inquiry told her to step aside"),
    # a survey's finding with a verbless complement
    ("A survey of nurses found that two-thirds back the strike.",
     "survey of nurses", "found", "two-thirds back the strike"),
    # a request: who is asked and what to do
    ("The union urged its members to reject the pay offer.",
     "union", "urged", "its members to reject the pay offer"),
    # a reason given with the object
    ("The coach mocked the referee for ignoring two clear fouls.",
     "coach", "mocked", "the referee for ignoring two clear fouls"),
    # the quotation a cue opens wins over the clause before it, even after a long adjunct
    ("At one point a reporter asked about the deal and the mayor said, \u201cWe will publish every contract.\u201d",
     "mayor", "said", "We will publish every contract"),
    ("Nadia Petrova asks at the town hall in Leeds, \u201cWho pays for the new bridge?\u201d",
     "Nadia Petrova", "asks", "Who pays for the new bridge?"),
    # a quotation of several sentences whose last one the parser joins to the cue
    ("\u201cThe harvest failed. Prices doubled in a month, and nobody listened,\u201d Amira Haddad told reporters.",
     "Amira Haddad", "told", "The harvest failed. Prices doubled in a month, and nobody listened"),
    # an owned stance noun and what it is about
    ("The minister's support for a wealth tax split the cabinet.", "minister", "support", "a wealth tax"),
    ("Lena Ortiz defended her refusal to testify before the committee.", "Lena Ortiz", "refusal",
     "to testify before the committee"),
])
def test_cue_claimer_and_content(nlp, text, claimer, cue, content):
    found = claim_rows(nlp, text)
    assert any(claimer.lower() in c[0].lower() and c[1] == cue and c[2] == content for c in found), found


@pytest.mark.parametrize("text", [
    "Hundreds of volunteers poured into the harbour town overnight.",
    "The committee called the meeting for Tuesday afternoon.",
    "Residents waved at the passing convoy from their balconies.",
])
def test_verbs_that_only_sometimes_report_speech(nlp, text):
    assert claim_rows(nlp, text) == []


@pytest.mark.parametrize("text, claimer, content", [  # the twins of the three above, where the verb does report
    ("Hundreds of volunteers poured into the harbour town overnight, the ministry said.", "ministry",
     "Hundreds of volunteers poured into the harbour town overnight"),
    ("The committee called the proposal unworkable.", "committee", "the proposal unworkable"),
    ("Residents told reporters the convoy had passed at dawn.", "residents", "the convoy had passed at dawn"),
])
def test_the_same_verbs_and_events_reported_by_someone_are_claims(nlp, text, claimer, content):
    assert [(c[0].lower(), c[2]) for c in claim_rows(nlp, text)] == [(claimer, content)]


def test_trailing_attribution_split_quote_inherits_the_speaker(nlp):
    text = ("\u201cThe dam is safe,\u201d said Ahmed Karimi, the regional water chief. "
            "\u201cThere is no reason to evacuate the valley.\u201d")
    found = claim_rows(nlp, text)
    contents = {c[2]: c for c in found}
    assert contents["The dam is safe"][0] == "Ahmed Karimi"
    inherited = contents["There is no reason to evacuate the valley"]
    assert inherited[0] == "Ahmed Karimi" and inherited[3] == "direct"


def test_colon_quote_and_mixed_quote(nlp):
    text = ('The mayor added: "Every family will be housed before winter."\n'
            'The union said the offer was "an insult to nurses" and called a strike.')
    found = claim_rows(nlp, text)
    assert ("mayor", "added", "Every family will be housed before winter", "direct") in \
        [(c[0].lower(), c[1], c[2], c[3]) for c in found]
    assert any(c[1] == "said" and "an insult to nurses" in c[2] and c[3] == "mixed" for c in found)


def test_pronoun_resolves_to_the_last_named_speaker(nlp):
    text = ("Central bank governor Luis Ortega said inflation had peaked. "
            "He added that rates would stay high until the summer.")
    found = claim_rows(nlp, text)
    assert [c[0] for c in found] == ["Luis Ortega", "Luis Ortega"]


def test_dismissal_is_a_disputing_claim(nlp):
    text = "Health officials rejected the allegations."
    found = claim_rows(nlp, text)
    assert found and found[0][4] == "disputes" and found[0][2] == "the allegations"


def test_unclosed_quote_fails_only_its_paragraph(nlp):
    text = ('"This paragraph opens a quote that never closes, the chairman said\n'
            "The treasurer said the accounts were in order.")
    found = claim_rows(nlp, text)
    assert any(c[2] == "the accounts were in order" for c in found)


def test_sentences_without_attribution_give_no_claims(nlp):
    text = "The river rose overnight. Shops in the old town stayed shut on Tuesday."
    assert claim_rows(nlp, text) == []
    found = claim_rows(nlp, "The river rose overnight, the fire brigade said. Shops in the old town stayed shut on Tuesday.")
    assert [(c[0], c[2]) for c in found] == [("fire brigade", "The river rose overnight")]


def test_speech_reported_inside_a_quotation_is_not_an_attribution(nlp):
    text = ('The senator said the deal was dead. "It is absurd when they say they knew nothing about it," '
            "the senator added.")
    found = claim_rows(nlp, text)
    assert all(c[0] == "senator" for c in found), found
    assert not any(c[2].startswith("they knew nothing") for c in found)


def test_a_described_speaker_takes_the_side_of_its_demonym(nlp):
    doc = nlp("Brazilian economist Ana Souza said the real would weaken further.")
    (claim,) = extract_claims(doc)
    assert (claim.claimer.name, claim.claimer.affiliation) == ("Ana Souza", "Brazil")


def test_relative_pronoun_speaker_and_continued_quote(nlp):
    text = ('The senator, who said the bill was dead, left early.\n'
            'The mayor continued: "We will rebuild every home on this street."')
    found = claim_rows(nlp, text)
    assert ("senator", "said", "the bill was dead") in [(c[0].lower(), c[1], c[2]) for c in found]
    said = next(c for c in extract_claims(nlp(text)) if c.cue == "said")
    assert said.claimer.mention == "who"  # the surface in the sentence, as "he" is for a pronoun
    assert any(c[0].lower() == "mayor" and c[1] == "continued" and c[3] == "direct" for c in found), found


def test_a_pronoun_skips_speakers_of_the_other_gender_and_crowd_shares(nlp):
    text = ("Senator Tom Reyes said the budget was balanced. Assemblywoman Mary Lee said the budget hid a deficit. "
            "More than half of the voters said the state was on the wrong track. "
            "He said the assemblywoman had misread the figures. "
            "The acting governor in the province, Ivan Petrenko, said the dam would hold. "
            "He said the evacuation was a precaution.")
    found = {c[2]: c[0] for c in claim_rows(nlp, text)}
    assert found["the assemblywoman had misread the figures"] == "Tom Reyes", found
    assert found["the evacuation was a precaution"] == "Ivan Petrenko", found


def test_a_stance_noun_without_an_owner_is_no_claim(nlp):
    assert claim_rows(nlp, "Support for a wealth tax has grown in recent years.") == []
    found = claim_rows(nlp, "Support for a wealth tax has grown in recent years, the pollster said.")
    assert [(c[0], c[2]) for c in found] == [("pollster", "Support for a wealth tax has grown in recent years")]


def test_a_sentence_case_title_names_its_speaker_but_a_dateline_does_not(nlp):
    text = ("Okafor: New port will double the country's exports\n\n"
            "LAGOS: The transport minister opened the port on Monday.\n\n"
            "OKAFOR: We have waited thirty years for a port of this size, and now it is ours.\n\n"
            "BELLO: What will it cost?\n\n"
            "OKAFOR: Less than the roads we would otherwise have had to build across the delta.\n")
    found = [(c[0], c[1], c[2]) for c in claim_rows(nlp, text)]
    assert ("Okafor", ":", "New port will double the country's exports") in found, found
    assert any(c[0] == "OKAFOR" and c[2].startswith("We have waited thirty years") for c in found), found
    assert not any(c[0].lower() in ("lagos", "nigeria") for c in found), found


# --- recall (#11): set-off paragraphs, issued statements, a he or she before a quotation -----------------

def test_a_paragraph_set_off_after_a_colon_is_the_speakers_words(nlp):
    text = ("The judge rejected this argument:\n\n"
            "The statute cannot be read to allow a search without a warrant, and the state offers no reason to "
            "think otherwise.\n\nThe ruling was appealed.")
    found = claim_rows(nlp, text)
    assert has_claim(found, "judge", "The statute cannot be read to allow a search without a warrant, and the state "
                                "offers no reason to think otherwise", "direct"), found
    assert len(found) == 1, found  # "offers" inside the judge's words is no claim of the state's


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    found = claim_rows(nlp, 'The county health department issued a statement that two wells had been '
                         'contaminated: "Residents should boil their water until further notice."')
    assert has_claim(found, "health department", "two wells had been contaminated", "indirect"), found
    assert has_claim(found, "health department", "Residents should boil their water until further notice",
                "direct"), found
    found = claim_rows(nlp, 'The airline made the following announcement: "All flights to the island are '
                         'cancelled until Monday."')
    assert has_claim(found, "airline", "All flights to the island are cancelled until Monday", "direct"), found


def test_making_a_statement_of_intent_says_nothing(nlp):
    assert claim_rows(nlp, "The club made a statement of intent by signing three players in one week.") == []
    found = claim_rows(nlp, "The club made a statement that it would appeal the ban.")
    assert [(c[0].lower(), c[2]) for c in found] == [("club", "it would appeal the ban")]


def test_a_quotation_after_a_sentence_about_her_is_hers(nlp):
    text = ("Sarah Collins, a midfielder, joined Leeds United in 2015 and scored forty goals in three seasons.\n\n"
            "Unhappy with her minutes on the pitch, she left the squad toward the end of the spring. "
            "\"I did not come here to sit on the bench. I wanted to play every week.\"")
    found = claim_rows(nlp, text)
    assert has_claim(found, "Sarah Collins", "I did not come here to sit on the bench. I wanted to play every week",
                "direct"), found


def test_a_confidence_shared_is_a_claim(nlp):
    found = claim_rows(nlp, "In a video posted on Sunday, the singer shared that she had been unwell for months.")
    assert has_claim(found, "singer", "she had been unwell for months"), found


@pytest.mark.parametrize("text, claimer, content", [
    # an attitude inside what someone reports is part of that report, not a claim of its own
    ("The aide said the mayor believes the budget is too small.", "aide", "the mayor believes the budget is too small"),
    ("The chemist said she plans to publish the results next spring.", "chemist",
     "she plans to publish the results next spring"),
    # a finding or an undertaking inside the report is part of it
    ("The regulator said a new inspection shows the reactor is safe to restart.", "regulator",
     "a new inspection shows the reactor is safe to restart"),
    # a speaker reporting her own words: one claim, not two
    ("The coach said he told the players that the season was not over.", "coach",
     "he told the players that the season was not over"),
])
def test_what_a_report_contains_is_not_a_second_claim(nlp, text, claimer, content):
    found = claim_rows(nlp, text)
    assert len(found) == 1 and has_claim(found, claimer, content), found


def test_someone_else_reported_inside_a_claim_still_speaks(nlp):
    # negative: another speaker's words inside the report stay a claim of theirs; an attitude alone stays too
    found = claim_rows(nlp, "The coach said the captain told the players that the season was not over.")
    assert has_claim(found, "captain", "the season was not over"), found
    found = claim_rows(nlp, "The union wants a pay rise of ten percent for all nurses.")
    assert has_claim(found, "union", "a pay rise of ten percent for all nurses"), found

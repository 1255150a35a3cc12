"""Headlines, transcript turns and live-blog entries that name their speaker before a colon (kg.extract.turns).

Every line here was written for these tests; each runs the real spaCy pipeline.
"""
import pytest

from helpers import claim_rows, has_claim


# --- transcripts, live blogs and lines that only look like them ------------------------------------------

def test_transcript_turns_are_claims_but_questions_are_not(nlp):
    text = ("Interview with the coach\n\n"
            "Marta Silva: We trained twice a day all summer and it showed tonight.\n"
            "Tom Becker: Did you expect to win the cup?\n"
            "Marta Silva: Honestly, nobody in this squad expected it.")
    found = claim_rows(nlp, text)
    assert has_claim(found, "Marta Silva", "We trained twice a day all summer and it showed tonight", "direct"), found
    assert has_claim(found, "Marta Silva", "Honestly, nobody in this squad expected it", "direct"), found
    assert not any(c[0] == "Tom Becker" for c in found), found
    # speech inside a turn is the speaker's own words, not a claim of "it"
    assert len(found) == 2, found


def test_a_live_blog_time_stamp_is_neither_speaker_nor_content(nlp):
    text = ("Storm live\n\n"
            "08:38 - Governor Ellen Park: We are opening three shelters in the north of the county.\n"
            "08:52 - Two fishing boats are missing off the cape, the coastguard said.")
    found = claim_rows(nlp, text)
    assert has_claim(found, "Ellen Park", "We are opening three shelters in the north of the county", "direct"), found
    assert has_claim(found, "coastguard", "Two fishing boats are missing off the cape"), found


@pytest.mark.parametrize("text", [
    "Harbour blaze\n\nImage: Paul Grant.\n\nA tug burns at the quay. Photo: Anna Lee\n\n"
    "The fire service said the blaze was under control.",
    "Nina Vale: The Farewell Tour\n\nThe singer said the tour would be her last.",
    "Slippery slope: Councils cut bus routes across the north\n\n"
    "The transport union said hundreds of drivers would lose their jobs.",
])
def test_credits_subtitles_and_kickers_name_no_speaker(nlp, text):
    found = claim_rows(nlp, text)
    assert found and all(c[1] == "said" for c in found), found


# --- quotations signed after a dash, and transcripts quoted whole ------------------------------------------

def test_a_quotation_signed_after_a_dash_is_the_signers(nlp):
    text = ("Fans reacted on social media after the final.\n"
            "\u201cThe stadium has never been this loud. We will remember this night.\u201d \u2015 Priya Raman\n"
            "\u201cNobody expected the goalkeeper to score.\u201d\u2014 Tomas Heller, a season-ticket holder")
    found = claim_rows(nlp, text)
    assert has_claim(found, "Priya Raman", "The stadium has never been this loud. We will remember this night",
                "direct"), found
    assert has_claim(found, "Tomas Heller", "Nobody expected the goalkeeper to score", "direct"), found


def test_a_set_off_paragraph_signed_on_the_next_line_is_the_signers(nlp):
    text = ("The appeal was dismissed on Thursday.\n\n"
            "The statute cannot be read to allow a search of a home without a warrant.\n\n"
            "\u2013 Judge Maria Olsen, \"Opinion of the Court\"\n\n"
            "The state said it would not appeal again.")
    found = claim_rows(nlp, text)
    assert has_claim(found, "Maria Olsen", "The statute cannot be read to allow a search of a home without a warrant",
                "direct"), found
    # the title quoted in the credit is nobody's words
    assert not any(c[2] == "Opinion of the Court" for c in found), found


def test_a_dash_after_a_quotation_without_a_name_signs_nothing(nlp):
    found = claim_rows(nlp, "Organisers called the turnout \u201cthe biggest in a decade\u201d \u2014 by most counts, "
                         "the march was peaceful.")
    assert not any(c[1] in ("\u2014", "\u2013", "\u2015") for c in found), found


def test_transcript_turns_quoted_whole_lose_the_speakers_name(nlp):
    text = ('The host spoke with the senator on Sunday.\n'
            '"HOST: Will the farm bill pass this week?\n'
            '"KOWALSKI: I think it will pass with votes from both parties.\n'
            '"HOST: And the budget?\n'
            '"KOWALSKI: The budget is a harder fight.')
    found = claim_rows(nlp, text)
    assert has_claim(found, "KOWALSKI", "I think it will pass with votes from both parties", "direct"), found
    assert has_claim(found, "KOWALSKI", "The budget is a harder fight", "direct"), found
    assert not any("KOWALSKI:" in c[2] or "HOST:" in c[2] for c in found), found

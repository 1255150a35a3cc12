"""Headlines, transcript turns and live-blog entries that name their speaker before a colon (kg.extract.turns).

Every line here was written for these tests; each runs the real spaCy pipeline.
"""
import pytest

from kg.extract.claims import extract_claims


def _claims(nlp, text):
    doc = nlp(text)
    return [(c.claimer.name, c.cue, text[c.start:c.end], c.quote, c.polarity) for c in extract_claims(doc)]


def _has(found, claimer, content, quote=None):
    return any(claimer.lower() in c[0].lower() and c[2] == content and (quote is None or c[3] == quote)
               for c in found)


# --- transcripts, live blogs and lines that only look like them ------------------------------------------

def test_transcript_turns_are_claims_but_questions_are_not(nlp):
    text = ("Interview with the coach\n\n"
            "Marta Silva: We trained twice a day all summer and it showed tonight.\n"
            "Tom Becker: Did you expect to win the cup?\n"
            "Marta Silva: Honestly, nobody in this squad expected it.")
    found = _claims(nlp, text)
    assert _has(found, "Marta Silva", "We trained twice a day all summer and it showed tonight", "direct"), found
    assert _has(found, "Marta Silva", "Honestly, nobody in this squad expected it", "direct"), found
    assert not any(c[0] == "Tom Becker" for c in found), found
    # speech inside a turn is the speaker's own words, not a claim of "it"
    assert len(found) == 2, found


def test_a_live_blog_time_stamp_is_neither_speaker_nor_content(nlp):
    text = ("Storm live\n\n"
            "08:38 - Governor Ellen Park: We are opening three shelters in the north of the county.\n"
            "08:52 - Two fishing boats are missing off the cape, the coastguard said.")
    found = _claims(nlp, text)
    assert _has(found, "Ellen Park", "We are opening three shelters in the north of the county", "direct"), found
    assert _has(found, "coastguard", "Two fishing boats are missing off the cape"), found


@pytest.mark.parametrize("text", [
    "Harbour blaze\n\nImage: Paul Grant.\n\nA tug burns at the quay. Photo: Anna Lee\n\n"
    "The fire service said the blaze was under control.",
    "Nina Vale: The Farewell Tour\n\nThe singer said the tour would be her last.",
    "Slippery slope: Councils cut bus routes across the north\n\n"
    "The transport union said hundreds of drivers would lose their jobs.",
])
def test_credits_subtitles_and_kickers_name_no_speaker(nlp, text):
    found = _claims(nlp, text)
    assert found and all(c[1] == "said" for c in found), found

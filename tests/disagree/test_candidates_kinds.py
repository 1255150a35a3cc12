"""Stage 1 on kinds of dispute it used to miss, read by the real pipeline: a power questioned by the holder's office
("the President's power"), a short accusation ("alleged Iranian involvement"), death counts in other words, an
agency named "Survey"; each with negatives. Sentences are invented, from several domains."""
from __future__ import annotations

import pytest

from kg.disagree import sound
from kg.disagree.candidates import CandidateRule, candidates
from kg.ids import dispute_id
from kg.ingest import load_source
from kg.model import Dispute, DisputeKind
from kg.pipeline import extract

_NUMERIC = {CandidateRule.FIGURES, CandidateRule.MEASURE, CandidateRule.NUMERIC}


def _read(tmp_path, text: str):
    p = tmp_path / "article.txt"
    p.write_text(f"Report\n\n{text}\n", encoding="utf-8")
    return extract([load_source(p)], n_process=1)


def _pairs(records) -> dict[tuple[str, str], str]:
    """(disputed claim's claimer, disputing claim's claimer) -> rule, for the candidates a person would accept."""
    by_id = {c.id: c for c in records.claims}
    cands, _ = candidates(records.claims)
    return {(c.a.claimer, c.b.claimer): c.rule for c in cands if sound(
        Dispute(id=dispute_id(c.a.id, c.b.id), a=c.a.id, b=c.b.id, kind=DisputeKind.EXPLICIT, reason="."), by_id)}


def _contents(records, claimer: str) -> set[str]:
    return {c.content for c in records.claims if c.claimer == claimer}


# the holder of an office says what they can or will do; later, someone questions "the <office>'s power"
POWER = [
    ("President Ana Ruiz said on Monday she can close the northern border by decree. The opposition leader, Tomas "
     "Berg, said the border must stay open for trade. Ruiz also said she will ask the army to guard the crossings. "
     "Senator Lidia Marsh questioned the President's power to do so.", "Ana Ruiz", "Lidia Marsh"),
    ("Governor Paul Okafor said he can cancel the stadium contract at any time. The builders' union said the stadium "
     "would create 900 jobs. Two city councillors, Mia Holt and Sam Reyes, disputed the Governor's authority to cancel "
     "it.", "Paul Okafor", "Mia Holt"),
]


@pytest.mark.parametrize("text, holder, questioner", POWER)
def test_a_power_questioned_by_office_answers_the_office_holder(tmp_path, text, holder, questioner):
    r = _read(tmp_path, text)
    pairs = _pairs(r)
    answered = {a for (a, b), rule in pairs.items() if b == questioner and rule == CandidateRule.REFERENCE}
    assert answered == {holder}, (pairs, [(c.claimer, c.content) for c in r.claims])


def test_every_statement_of_what_the_holder_can_do_is_answered(tmp_path):
    r = _read(tmp_path, POWER[0][0])
    by_id = {c.id: c for c in r.claims}
    cands, _ = candidates(r.claims)
    answered = {by_id[c.a.id].content for c in cands if c.b.claimer == "Lidia Marsh" and c.rule == CandidateRule.REFERENCE}
    assert len(answered) == 2 and all("Ruiz" not in x for x in answered), answered


def test_an_office_nobody_here_holds_answers_nobody_else(tmp_path):
    """"The Mayor's power" when no mayor speaks: not the nearest speaker's claim (a guess the text does not make)."""
    r = _read(tmp_path, "The harbour board said it can sell the old pier to a developer. Residents said the pier "
                        "was part of the town's history. A lawyer for the residents questioned the Mayor's power to "
                        "approve the sale.")
    pairs = _pairs(r)
    assert not [k for k, rule in pairs.items() if rule == CandidateRule.REFERENCE], pairs


def _sound_between(records, a_claimer: str, b_claimer: str) -> bool:
    by_id = {c.id: c for c in records.claims}
    a = next(c for c in records.claims if c.claimer == a_claimer)
    b = next(c for c in records.claims if c.claimer == b_claimer)
    return sound(Dispute(id=dispute_id(a.id, b.id), a=a.id, b=b.id, kind=DisputeKind.EXPLICIT, reason="."), by_id)


@pytest.mark.parametrize("text, accuser, answer", [
    # what an accusation names: that Russia was involved
    ("The United States and Britain alleged Russian involvement. The Kremlin denied any role in the cyber attack.",
     "United States", "Kremlin"),
    # a short clause
    ("Friends of the singer alleged she was drugged. Police said no drugs were found in her blood.",
     "Friends of the singer", "Police"),
])
def test_a_short_accusation_is_a_proposition_that_can_be_disputed(tmp_path, text, accuser, answer):
    r = _read(tmp_path, text)
    assert _sound_between(r, accuser, answer), [(c.claimer, c.cue, c.content) for c in r.claims]


def test_a_bare_topic_is_still_no_proposition(tmp_path):
    r = _read(tmp_path, "The minister mentioned the deal. The opposition said the deal was dead.")
    assert [c.content for c in r.claims if c.claimer == "minister"] == ["the deal"]
    assert not _sound_between(r, "minister", "Opposition")


@pytest.mark.parametrize("text", [
    "Police said 14 people died in the coach crash on the mountain road. A hospital spokesman said the crash killed "
    "nine.",
    "A local doctor described seeing 35 bodies at the district hospital after the raid. The governor said the raid "
    "killed twelve.",
    "Officials said at least a dozen people lost their lives in the ferry fire. The coast guard said 18 people died "
    "in the fire.",
])
def test_death_counts_in_other_words_are_a_numeric_candidate(tmp_path, text):
    rules = set(_pairs(_read(tmp_path, text)).values())
    assert rules & _NUMERIC, rules


@pytest.mark.parametrize("text", [
    # deaths against injuries
    "Police said 14 people died in the coach crash. A hospital spokesman said 40 people were injured in the crash.",
    # people losing their jobs are no deaths
    "The union said 300 workers lost their jobs at the mill. The owner said 12 people died at the mill in 1990.",
])
def test_deaths_against_other_counts_are_no_numeric_candidate(tmp_path, text):
    rules = set(_pairs(_read(tmp_path, text)).values())
    assert not rules & {CandidateRule.FIGURES, CandidateRule.MEASURE}, rules


def test_an_agency_named_survey_is_no_poll(tmp_path):
    r = _read(tmp_path, "The national seismic agency reported the magnitude of the earthquake was 6.6. The US "
                        "Geological Survey reported it was of 7.0 magnitude.")
    assert set(_pairs(r).values()) & _NUMERIC, _pairs(r)


def test_two_polls_still_measure_two_things(tmp_path):
    r = _read(tmp_path, "A poll by the Herald found 41 percent of voters backed the mayor. A survey by the Courier "
                        "found 48 percent backed the mayor.")
    assert not set(_pairs(r).values()) & {CandidateRule.FIGURES, CandidateRule.MEASURE}, _pairs(r)


def test_a_negated_counterpart_sharing_most_of_the_matter_comes_before_nearer_ones(tmp_path):
    r = _read(tmp_path, "Investigators said the laboratory found arsenic in the town's water supply. Residents said "
                        "the water tasted of metal. Campaigners said the water made children ill. The water company "
                        "said no arsenic was found in the water supply.")
    assert _pairs(r).get(("Investigators", "Water company")) == CandidateRule.NEGATED, _pairs(r)


@pytest.mark.parametrize("text, negated", [
    # one person the two claims are about, and no other word in common
    ("Tenants said Holt promised them new windows. A city hall spokesman said Holt was never at the meeting.", True),
    # a name only in passing in both
    ("Tenants said the windows were fitted by a firm that Holt had hired. A city hall spokesman said the roof of the "
     "block that Holt manages was never repaired.", False),
])
def test_claims_about_one_named_person_are_on_one_matter(tmp_path, text, negated):
    assert (CandidateRule.NEGATED in _pairs(_read(tmp_path, text)).values()) is negated, _pairs(_read(tmp_path, text))


LEAD_DENIAL = ("Energy minister Ivan Sokol said those who blame his country for the pipeline blast are lying. Analysts "
               "said gas prices rose by a fifth after the blast. Fishermen said the sea near the pipeline was closed "
               "for a week. Divers said the damage was on the sea floor. {last}")


@pytest.mark.parametrize("last, claimer, paired", [
    # the charge the lead denies, told after it
    ("Norway and Denmark alleged Russian involvement.", "Denmark", True),
    # a later claim that accuses nobody, past the two next ones
    ("Norway said the pipeline would be repaired by the spring.", "Norway", False),
])
def test_a_denial_in_the_lead_answers_an_accusation_told_after_it(tmp_path, last, claimer, paired):
    pairs = _pairs(_read(tmp_path, LEAD_DENIAL.format(last=last)))
    assert ((claimer, "Ivan Sokol") in pairs) is paired, pairs


@pytest.mark.parametrize("text, said, rejecter, restated", [
    ("The city council said the repairs to the Eastfield reservoir were finished ahead of schedule and within budget. "
     "Residents said the tap water tasted of chlorine. The waterworks union rejected the council's claim that the "
     "repairs were finished.", "the repairs to the Eastfield reservoir", "Waterworks union", True),
    ("The club said the new training ground was completed in March at a cost of 40 million euros. Fans said ticket "
     "prices rose again. The players' union rejected the club's claim that the training ground was completed.",
     "the new training ground", "players' union", True),
    # what the rejection spells out was not said before
    ("The city council said the repairs to the Eastfield reservoir were finished ahead of schedule and within budget. "
     "Residents said the tap water tasted of chlorine. The waterworks union rejected the council's claim that the "
     "pumps had been tested for lead.", "the repairs to the Eastfield reservoir", "Waterworks union", False),
])
def test_a_rejection_spelling_out_a_fuller_earlier_statement_answers_it(tmp_path, text, said, rejecter, restated):
    r = _read(tmp_path, text)
    cands, _ = candidates(r.claims)
    found = {c.rule for c in cands if c.a.content.startswith(said) and rejecter.lower() in c.b.claimer.lower()}
    assert (CandidateRule.RESTATED in found) is restated, [(c.a.content[:30], c.b.claimer, c.rule) for c in cands]

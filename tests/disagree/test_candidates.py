"""Stage 1's wider rules, read by the real pipeline: negated counterparts, figures on one topic, rebuttals the frame
does not read, a claim named by its capital; and every dispute says which rules made it. Sentences are invented."""
from __future__ import annotations

import pytest

from kg.disagree.candidates import CandidateRule, candidates
from kg.disagree.explicit import rejects
from kg.ingest import load_source
from kg.pipeline import extract


def _read(tmp_path, text: str, min_score=None):
    p = tmp_path / "article.txt"
    p.write_text(f"Report\n\n{text}\n", encoding="utf-8")
    return extract([load_source(p)], n_process=1, min_score=min_score)


def _rules(records) -> dict[frozenset, str]:
    by_id = {c.id: c for c in records.claims}
    cands, _ = candidates(records.claims)
    return {frozenset((by_id[c.a.id].claimer, by_id[c.b.id].claimer)): c.rule for c in cands}


def test_a_negated_counterpart_on_the_same_matter_is_a_candidate(tmp_path):
    r = _read(tmp_path, "Relatives of the cyclist alleged that he had been given a banned stimulant. "
                        "Doctors at the Valmora clinic said no trace of any stimulant was found in his blood.")
    found = _rules(r)
    assert CandidateRule.NEGATED in found.values(), found


@pytest.mark.parametrize("text", [
    # one side: the ministry and its army
    "The Norwegian army said its troops crossed the river. The Norwegian defence ministry said its troops did not "
    "cross the river.",
    # what will be against what has not been
    "The promoter said the band will play in Oslo in May. The band's manager said the band has never played in Oslo.",
    # no word of one matter
    "The harbour master said the ferry left on time. Fishermen said the catch was not worth selling.",
])
def test_no_negated_counterpart_without_two_sides_one_time_and_one_matter(tmp_path, text):
    assert CandidateRule.NEGATED not in _rules(_read(tmp_path, text)).values()


def test_figures_read_with_different_units_are_a_candidate(tmp_path):
    r = _read(tmp_path, "Local officials said 24 people have been hospitalised, but a wire agency reported as many as "
                        "32 hospitalised.")
    assert {CandidateRule.FIGURES, CandidateRule.MEASURE, CandidateRule.NUMERIC} & set(_rules(r).values())


@pytest.mark.parametrize("text", [
    "The ministry said 30 soldiers were killed on Monday. Freedonia said 300 soldiers were wounded on Monday.",
    "The health agency said 120 people were infected in the north. Doctors said 45 people were infected in the south.",
    "The charity said coverage was 31 percent in March. The agency said coverage had risen to 55 percent.",
])
def test_figures_of_different_things_are_no_candidate(tmp_path, text):
    rules = set(_rules(_read(tmp_path, text)).values())
    assert not {CandidateRule.FIGURES, CandidateRule.MEASURE} & rules, rules


@pytest.mark.parametrize("text, rejecting", [
    ("Senator Okoye labeled the report as fake news.", True),
    ("\"It is a propaganda stunt that nobody believes,\" the spokesman added.", True),
    ("\"It is a big win for the town,\" the spokesman added.", False),
    ("The coach described the match as a hard fight.", False),
])
def test_a_verdict_of_falsehood_rejects(tmp_path, text, rejecting):
    r = _read(tmp_path, text)
    assert r.claims
    assert any(rejects(c) for c in r.claims) is rejecting, [(c.cue, c.content) for c in r.claims]


def test_the_claim_from_a_capital_is_that_countrys(tmp_path):
    r = _read(tmp_path, "Portugal said the tanker had dumped oil off its coast. Spain's coast guard said the spill "
                        "was small. Morocco dismissed the claim from Lisbon as groundless.")
    cands, _ = candidates(r.claims)
    answered = {c.a.claimer for c in cands if c.rule == CandidateRule.REFERENCE}
    assert answered == {"Portugal"}, [(c.a.claimer, c.b.claimer, c.rule) for c in cands]


def test_every_dispute_says_which_rules_made_it(tmp_path):
    r = _read(tmp_path, "The club said the stadium passed every safety inspection. The fire brigade denied that the "
                        "stadium passed its safety inspections. The city council said 40 people were hurt in the "
                        "crush. Hospital officials said 75 people were hurt in the crush.", min_score=0.0)
    assert r.disputes
    for d in r.disputes:
        assert d.rule.startswith("candidate: ") and "; scorer: " in d.rule, d.rule
        assert d.rule.split(";")[0].removeprefix("candidate: ") in {x.value for x in CandidateRule}

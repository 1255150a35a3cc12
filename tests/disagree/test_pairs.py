"""Disputes between two reported statements, read by the real pipeline: sentence pairs from many domains.

Positives must give a dispute between the two speakers; negatives (same topic without conflict, one speaker
elaborating, figures for different things) must give none. All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from kg.ingest import load_source
from kg.pipeline import extract

POSITIVES = [
    # a claim named as its owner's inside the rejection; "it is false to say that"
    ("Senator Ruiz said the governor raised taxes twice.",
     "The governor's office said Senator Ruiz's claim that the governor raised taxes twice is simply not true."),
    ("The league said the club broke the wage rules.",
     "The club's owner said it is false to say that the club broke the wage rules."),
    ("The city council said the death toll had risen to 12.",
     "Hospital officials said 25 people were killed in the flooding."),
    # the reference in the cue's object, the rejection in the quotation after it
    ("The defence argued that the driver could not have seen the cyclist in the fog.",
     "The judge rejected this argument: \"The lorry's own camera shows the cyclist clearly at sixty metres.\""),
    # a passive clause against an active one done to the same thing
    ("The ministry said the rebels had been defeated in the valley.",
     "A rebel commander said the rebels have not been defeated."),
    ("The coach said his players did not break the curfew.",
     "The hotel manager said the curfew was broken twice."),
    # questioning someone's power to do what they said they can or will do
    ("The governor said she will close the port to foreign trawlers.",
     "The fishermen's union questioned her power to shut it."),
    ("The league chairman said he can ban the club from the cup.",
     "The club's lawyers disputed the chairman's power to do that."),
    # two death tolls, one with no noun after the figure
    ("The rebel spokesman said 140 were dead after the raid.",
     "The provincial police chief said the raid killed nine and wounded 14."),
    # sport
    ("The Rovers manager said the Rovers won the derby on Saturday.",
     "The Harbour City coach said the Rovers lost the derby on Saturday."),
    ("The Olympic committee said the sprinter was guilty of doping.",
     "The sprinter's lawyer said the sprinter was innocent of doping."),
    ("The league said the referee did not award a penalty.",
     "The Rovers captain claimed the referee awarded a penalty."),
    ("The club said the striker signed a new contract.",
     "The striker's agent denied that the striker signed a new contract."),
    # business
    ("Acme Corp said sales rose in the third quarter.",
     "Analysts at Banco Norte said sales fell in the third quarter."),
    ("The union said the factory would close in June.",
     "Acme Corp dismissed these claims."),
    ("Regulators said the bank misled investors about its losses.",
     "The bank rejected the regulators' findings."),
    ("Acme Corp said it paid the fine in full.",
     "The regulator said Acme Corp never paid the fine."),
    # health
    ("The ministry said the new drug is legal.",
     "The campaign group said the new drug is illegal."),
    ("The hospital said the patient was conscious on arrival.",
     "The family said the patient was unconscious on arrival."),
    ("The health agency said the outbreak has not spread to the capital.",
     "Doctors in the capital said the outbreak has spread to the capital."),
    ("Mayor Lena Ortiz said the clinic had no involvement in the trial.",
     "\"Of course they were involved,\" a nurse at the clinic said."),
    # courts
    ("Prosecutors said the defendant was present at the scene.",
     "The defence said the defendant was absent from the scene."),
    ("The prosecutor said the accused is guilty.",
     "The accused's mother said the accused is innocent."),
    ("The prosecutor said the witness saw the accused.",
     "The defence lawyer said the report was false."),
    ("Judge Amara Bello said the company broke the law.",
     "The company said it did not break the law."),
    # elections
    ("The election commission said turnout increased this year.",
     "The opposition said turnout decreased this year."),
    ("The governor's campaign said the governor won the debate.",
     "The challenger's spokesman said there is no evidence that the governor won the debate."),
    ("The ruling party said the count was accurate.",
     "The opposition leader said the count was inaccurate."),
    # war
    ("The Norwegian army said its troops captured the bridge.",
     "Sweden said its forces repelled attempts by Norwegian troops to capture the bridge."),
    ("Norway said its navy did not attack the convoy.",
     "Sweden said the Norwegian navy attacked the convoy."),
    # a rejection answering by what it says, names or calls false
    ("The referee said the second goal was offside.",
     "\"That is not true,\" the Rovers striker said."),
    ("The drug maker said its flu vaccine protects older patients.",
     "Dr Lena Moss called the flu vaccine a hoax."),
    ("Prosecutor Ana Velde said the defendant was at the warehouse that night.",
     "Defence lawyer Tom Hale said Velde is lying about the warehouse."),
    ("The governor said the new voting machines were tested in every county.",
     "Election monitor Sam Price said the governor's claim is not accurate."),
    ("The rebels said their fighters captured the airport.",
     "\"They are lying. The airport is under our control,\" an army spokesman said."),
    ("Acme Corp said the merger would create hundreds of jobs in the region.",
     "Union leader Maria Kohl said there is no evidence the merger would create jobs."),
    ("The club's board said the stadium would be sold to a property developer.",
     "Supporters' groups urged the board to reconsider."),
    ("Dr Omar Haddad claimed the clinic's water was contaminated.",
     "\"Dr Haddad ought to take that back,\" the clinic director said."),
    ("The opposition said the new tax would ruin small farms.",
     "The finance minister said the tax is not the disaster that critics make it out to be."),
    ("Pundits said the coach's tactics were far too cautious.",
     "\"To those who criticize me for cautious tactics: look at the table,\" the coach said."),
]

NEGATIVES = [
    # same topic, no conflict
    ("The Rovers manager said his side won the derby on Saturday.",
     "The Harbour City coach said his players were tired after the derby."),
    ("Acme Corp said its profits rose in the third quarter.",
     "Analysts at Banco Norte said Acme Corp's sales rose in the third quarter."),
    ("The ministry said the vaccine is safe for children.",
     "The campaign group said parents should talk to their doctors."),
    ("Prosecutors said the defendant was present at the scene.",
     "The defence said the trial would resume on Monday."),
    ("The election commission said turnout increased this year.",
     "The opposition said the campaign was long and bitter."),
    ("Ruritania said its navy escorted the convoy.",
     "Freedonia said its air force patrolled the coast."),
    ("The hospital said the patient was conscious on arrival.",
     "The family thanked the nurses for their care."),
    ("The club said the striker signed a new contract.",
     "The striker's agent said the striker was happy in the city."),
    # the same speaker elaborating
    ("The club said the striker did not play on Sunday.",
     "The club said the striker played on Wednesday."),
    ("Acme Corp said it did not close the factory.",
     "Acme Corp said it closed a warehouse."),
    ("The ministry said the outbreak has not spread.",
     "The ministry said cases rose in the north."),
    ("Senator Paul Grant said he supported the trade agreement.",
     "Senator Paul Grant said he opposed the tax bill."),
    # the same side
    ("The Norwegian army said its troops captured the bridge.",
     "The Norwegian defence ministry said its troops did not capture the bridge."),
    ("The governor's campaign said the governor won the debate.",
     "The governor's spokesman said the governor did not win the debate outright."),
    # figures for different things
    ("The health agency said 120 people were infected in the north.",
     "Doctors said 45 people were infected in the south."),
    ("The ministry said 30 soldiers were killed on Monday.",
     "Freedonia said 300 soldiers were wounded on Monday."),
    ("The pollster Civica said 46 percent of voters back the mayor.",
     "The pollster Datamar said 41 percent of voters back the governor."),
    ("Acme Corp said it earned $5 million in March.",
     "Banco Norte said Acme Corp spent $9 million on advertising."),
    ("The league said 20,000 fans attended the final.",
     "The club said 300 stewards worked at the final."),
    # hedged or unrelated
    ("The union said the factory might close in June.",
     "Acme Corp said the factory will not close in June."),
    ("The regulator said the bank broke no rules last year.",
     "The bank's chairman said he expects record profits next year."),
    ("The commission said the count was accurate.",
     "The opposition said the count took too long."),
    # "true", "but", a rejection on another topic
    ("The coach said the team trained well this week.",
     "The captain said that is true of the younger players."),
    ("Acme Corp said sales rose in May.",
     "But analysts at Banco Norte said the company still faces high costs."),
    ("The judge said the trial will resume on Monday.",
     "The defence lawyer said there is no evidence that the witness was paid."),
    ("The army said the convoy reached the town on Tuesday.",
     "Aid workers said there is no evidence that the food reached the villages."),
    ("The health minister said the clinic will open in March.",
     "The health minister said the reports of a delay are false."),
    ("The senator said she will vote for the farm bill.",
     "Her rival said the senator's opponents have raised more money."),
    # criticism of a decision alone; a statement of someone who says nothing here
    ("The defence ministry said the border crossing would reopen on Friday.",
     "Aid groups criticized the decision."),
    ("The mayor said the bridge will be repaired by June.",
     "The council opposed Senator Kale's proposal."),
    ("The airline said the flight was cancelled because of the storm.",
     "Staff said passengers should take their bags back to the check-in desk."),
    ("The mayor said the new park will open in spring.",
     "\"People who attack me over the budget do not know the figures,\" the treasurer said."),
    # unseen-news errors: one statement nested in another, an existential "there", two minds, poll answers,
    # two pollsters, "though" between two matters, an "it" standing for a clause, "the notion that ...",
    # condemning a statement, judging a deed, a hedged "overstated", two times
    ("The coach said critics should question why the club sold its best players.",
     "The club said the ticket office opens at noon."),
    ("The regulator said there are several rules that apply to small lenders.",
     "The lender's lawyer said there is no rule that the lender broke."),
    ("The farmer said he knows the valley well.",
     "The dam inspector said she does not know the valley."),
    ("One in three voters said the party cares about farmers.",
     "The same number said the party does not care about farmers at all."),
    ("The pollster Civica said the mayor leads the race by seven points.",
     "The pollster Datamar said the mayor leads the race by 15 points."),
    ("Land records show the councillor did not own a house, though campaign filings said he gave $5,000 to candidates.",
     "The council meets on Thursdays."),
    ("The union said the factory would close in June.",
     "The mayor said it is absurd that the council spent a million dollars on a statue."),
    ("The club said the stadium would be sold to a developer.",
     "The chairman denied the notion that the coach would be sacked."),
    ("The minister said the new levy would pay for rural schools.",
     "Opposition leaders denounced the minister's remarks."),
    ("The council said it will close the library next year.",
     "A councillor said the council is wrong to close the library."),
    ("The start-up said its sales would double this year.",
     "Analysts said the start-up's growth may be overstated."),
    ("The governor said the port handled more cargo than ever last year.",
     "The fishermen's union questioned her authority to close it."),  # nothing she said she would do
    ("The coach told the players: \"Don't break the curfew.\"",
     "The hotel manager said the curfew was broken twice."),  # an order asserts nothing
    ("The ministry said the bridge was not damaged in the storm.",
     "Engineers said the storm damaged the harbour wall."),  # done to two things
    ("The striker said he has never scored at the old ground, but he is going to score there on Sunday.",
     "The keeper's coach said the striker will score on Sunday."),  # "never" belongs to the first clause
    ("The singer said she has never performed in Berlin.",
     "The promoter said she will perform in Berlin in May."),
    # insults and calls to quit answer no statement
    ("The coach said the players would train on Sunday.",
     "\"You're being ridiculous,\" the captain told reporters about the coach's critics."),
    ("The striker said he enjoyed playing in the cup final.",
     "Angry fans called on him to drop out of the squad."),
    ("The chairman said the bank's results were the best in its history.",
     "A former director said both of those things were not true of the old bank."),
]


def _disputes(tmp_path, first: str, second: str, min_score=None):
    path = tmp_path / "article.txt"
    path.write_text(f"Report\n\n{first} {second}\n", encoding="utf-8")
    records = extract([load_source(path)], min_score=min_score)
    return records, records.disputes


LENIENT = 0.2  # `--min-score`: the shipped threshold is chosen for precision on real news, where a rejection's
# target is often another claim nearby; these two-sentence articles are clear, and the scorer must rank them at
# least this high (the negatives give nothing even at the shipped threshold)


def _speakers(records, d):
    by_id = {c.id: c for c in records.claims}
    return {by_id[d.a].claimer, by_id[d.b].claimer if d.b else d.claimer}


@pytest.mark.parametrize("first, second", POSITIVES)
def test_conflicting_statements_of_two_sides_are_a_dispute(tmp_path, first, second):
    records, disputes = _disputes(tmp_path, first, second, LENIENT)
    assert disputes, [(c.claimer, c.content, c.frame.predicate, c.frame.negated) for c in records.claims]
    d = disputes[0]
    assert d.reason and 0 < d.score <= 1 and len(_speakers(records, d)) == 2


@pytest.mark.parametrize("first, second", NEGATIVES)
def test_statements_that_do_not_conflict_are_no_dispute(tmp_path, first, second):
    records, disputes = _disputes(tmp_path, first, second)
    assert disputes == [], [d.reason for d in disputes]



def test_a_statement_of_two_claimers_is_answered_once(tmp_path):
    """'A and B said X ... C rejected that argument': one dispute, with the first claimer named; nothing in the
    text says which of the two C answers, and a fact-checker reads one link, not two."""
    records, disputes = _disputes(
        tmp_path, "The Herald and the Courier argued that the council hid the audit from voters.",
        "Council leader Rosa Lind rejected that argument.", LENIENT)
    assert len(disputes) == 1, [d.reason for d in disputes]
    assert _speakers(records, disputes[0]) == {"Herald", "Rosa Lind"}, disputes[0].reason


def test_a_denial_that_is_itself_denied_or_of_a_person_disputes_nothing(tmp_path):
    _, disputes = _disputes(tmp_path, "The union said the manager wants to close the depot.",
                            "The manager did not deny the suggestion.", LENIENT)
    assert disputes == [], [d.reason for d in disputes]
    _, disputes = _disputes(tmp_path, "The singer said she had no one to turn to after the accident.",
                            "\"My own band rejected me,\" the singer's brother said.", LENIENT)
    assert disputes == [], [d.reason for d in disputes]
    _, disputes = _disputes(tmp_path, "The union said the manager wants to close the depot.",
                            "The manager denied the suggestion.", LENIENT)
    assert len(disputes) == 1

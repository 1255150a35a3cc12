"""Every claim says which named rules made it (kg.rules): its speaker, its content or quotation, its frame.

Sentences written for these tests (sport, health, farming, retail, courts, transport, science, culture, energy);
none from any corpus here. Each positive names the rule that must fire; the negatives name one that must not.
"""
import pytest

from kg.extract.claimers import SPEAKER_RULES, SpeakerRule
from kg.extract.claims import extract_claims
from kg.extract.contents import CONTENT_RULES, ContentRule
from kg.extract.frames import FrameRule, framed
from kg.extract.inherit import QuoteOrigin
from kg.rules import RuleName

from helpers import read_jsonl


def _claims(nlp, text):
    """(content, rule with the frame's rules) of each claim, as kg.article stamps them."""
    doc = nlp(text)
    out = []
    for c in extract_claims(doc):
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        out.append((text[c.start:c.end], f"{c.rule}; {framed(span)[1]}", c))
    return out


def _rule_of(nlp, text, content_start):
    found = [(rule, c) for content, rule, c in _claims(nlp, text) if content.startswith(content_start)]
    assert len(found) == 1, _claims(nlp, text)
    return found[0]


def _parts(rule: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in rule.split("; "):
        stage, _, name = part.partition(": ")
        out.setdefault(stage, []).append(name)
    return out


@pytest.mark.parametrize("text, content, rule", [
    ("The club's head coach, Marta Olsen, said the squad was ready for the final.", "the squad was",
     SpeakerRule.APPOSITION),
    ("The director of the museum, Paul Okafor, said the painting was a forgery.", "the painting",
     SpeakerRule.APPOSITION),
    ("A source said the merger talks had stalled over pension costs.", "the merger talks", SpeakerRule.ANONYMOUS),
    ("Dr Lena Park presented the results on Tuesday. She said the vaccine was safe for children.", "the vaccine",
     SpeakerRule.PRONOUN),
    ("Residents said the tap water tasted of metal for weeks.", "the tap water", SpeakerRule.GROUP),
    ("Acme Robotics said its quarterly profits had doubled.", "its quarterly", SpeakerRule.NAMED),
    ("Norway said the cod quota would be cut by a fifth.", "the cod quota", SpeakerRule.COUNTRY),
    ("The senator said the governor lied about the budget deficit.", "the governor", SpeakerRule.ROLE),
    ("A nurse at the clinic said the shifts were too long for anyone.", "the shifts", SpeakerRule.DESCRIBED_ANONYMOUS),
    ("The chef called the review unfair and lazy.", "the review", SpeakerRule.DESCRIBED_PERSON),
])
def test_the_speaker_rule_that_found_the_claimer_is_named(nlp, text, content, rule):
    stamped, _ = _rule_of(nlp, text, content)
    assert _parts(stamped)["speaker"] == [rule], stamped


@pytest.mark.parametrize("text, content, rule", [
    ("Engineers said on Monday that the tunnel would open in spring.", "the tunnel", ContentRule.CLAUSE_AFTER),
    ('"The roof will be repaired by June," the landlord said.', "The roof", ContentRule.CLAUSE_BEFORE),
    ("The union vowed to strike until wages rise.", "to strike", ContentRule.INFINITIVE),
    ("The coach urged the fans to stay calm during the match.", "the fans", ContentRule.REQUEST),
    ("The minister denied the allegations of bribery in the tender.", "the allegations", ContentRule.OBJECT),
    ("The chef called the review unfair and lazy.", "the review", ContentRule.CALLED),
    ("The bridge will close for repairs in March, according to the city council.", "The bridge",
     ContentRule.ACCORDING_BESIDE),
    ("The company's claim that the battery never overheats was challenged by regulators.", "the battery",
     ContentRule.NOUN_CLAUSE),
])
def test_the_content_rule_that_found_the_words_is_named(nlp, text, content, rule):
    stamped, _ = _rule_of(nlp, text, content)
    assert _parts(stamped)["content"] == [rule], stamped


@pytest.mark.parametrize("text, content, rule", [
    ('Mayor Ruiz: "We will rebuild the harbour before winter"', "We will", QuoteOrigin.HEADLINE),
    ('Dr Park said the trial had gone well. "We saw fewer side effects than expected in every group of patients."',
     "We saw", QuoteOrigin.CONTINUES),
])
def test_a_claim_without_a_cue_of_its_own_names_how_its_quotation_got_a_speaker(nlp, text, content, rule):
    stamped, _ = _rule_of(nlp, text, content)
    assert _parts(stamped)["quote"] == [rule] and "content" not in _parts(stamped), stamped


@pytest.mark.parametrize("text, content, stage, rule", [
    ("The brewer said it had no involvement in the recall of the bottles.", "it had", "frame", FrameRule.LIGHT_VERB),
    ("The police said guards repelled attempts by protesters to enter the town hall.", "guards", "frame",
     FrameRule.NEGATIVE_IMPLICATIVE),
    ("The farmer said the inspector's report was false.", "the inspector", "rejects", FrameRule.CALLED_FALSE),
    ("The judge said there was no evidence that the ballots were altered.", "there was", "rejects",
     FrameRule.NO_EVIDENCE_THERE),
    ("The senator said the governor lied about the budget deficit.", "the governor", "rejects", FrameRule.LYING),
    ("The coach said the team is going to win the cup this year.", "the team", "future", FrameRule.GOING_TO),
])
def test_the_frame_rules_that_read_the_claim_are_named(nlp, text, content, stage, rule):
    stamped, _ = _rule_of(nlp, text, content)
    assert rule in _parts(stamped)[stage], stamped


@pytest.mark.parametrize("text, content, stage, rule", [
    # a named person is no anonymous source, nor is a role with "the"
    ("The plant's owner, Ivo Marek, said the harvest was late.", "the harvest", "speaker", SpeakerRule.ANONYMOUS),
    ("The pharmacist said the cough syrup was out of stock.", "the cough", "speaker", SpeakerRule.ANONYMOUS),
    # a clause after the cue is not one before it
    ("Astronomers said the comet would pass close to Mars.", "the comet", "content", ContentRule.CLAUSE_BEFORE),
    # a claim that calls nothing false rejects nothing; a true report is not called false
    ("The farmer said the inspector's report was accurate.", "the inspector", "rejects", FrameRule.CALLED_FALSE),
    ("The grocer said prices had risen since the storm.", "prices", "rejects", FrameRule.LYING),
    # an ordinary verb is read as itself, not through a light verb
    ("The pilot said the engine stopped over the lake.", "the engine", "frame", FrameRule.LIGHT_VERB),
])
def test_a_rule_that_does_not_apply_is_not_named(nlp, text, content, stage, rule):
    stamped, _ = _rule_of(nlp, text, content)
    assert rule not in _parts(stamped).get(stage, []), stamped


def test_an_unnamed_source_is_anonymous_by_its_field_not_by_its_name(nlp):
    _, c = _rule_of(nlp, "One official said the border crossing would reopen on Friday.", "the border")
    assert c.claimer.anonymous and "anonymous" not in c.claimer.name, c.claimer


def test_a_he_after_an_unnamed_source_is_that_source(nlp):
    text = "A source said the merger talks had stalled. He said both boards would meet again in June."
    stamped, c = _rule_of(nlp, text, "both boards")
    assert _parts(stamped)["speaker"] == [SpeakerRule.PRONOUN] and c.claimer.anonymous, (stamped, c.claimer)


def test_nobody_named_by_no_makes_no_claim(nlp):
    assert _claims(nlp, "No group claimed the fire at the warehouse on the quay.") == []


def test_every_stage_names_its_rules_once_each_as_short_lowercase_words():
    for table, enum in ((SPEAKER_RULES, SpeakerRule), (CONTENT_RULES, ContentRule)):
        names = [s.name for s in table]
        assert len(set(names)) == len(names) and all(isinstance(n, enum) for n in names)
    for enum in (SpeakerRule, ContentRule, FrameRule, QuoteOrigin):
        assert issubclass(enum, RuleName)
        assert all(m.value == m.value.lower() and m.value.replace(" ", "").isalpha() for m in enum), enum


def test_every_claim_of_the_demo_build_names_its_rules(demo):
    out, result = demo
    claims = result.records.claims
    assert claims
    for c in claims:
        parts = _parts(c.rule)
        assert ("content" in parts) != ("quote" in parts) and parts.get("frame"), (c.id, c.rule)
    written = {r["id"]: r["rule"] for r in read_jsonl(out / "claims.jsonl")}
    assert written == {c.id: c.rule for c in claims}

import pytest

from kg.disagree.contradiction import stance


@pytest.mark.parametrize("text, expected", [
    ("the offensive had been halted near the river", ("halt", False)),
    ("its forces continued to advance toward the city", ("progress", False)),
    ("the rebels repelled attempts to advance on the port", ("halt", False)),
    ("Washington had no involvement in the raid", ("know", True)),
    ("the allies must have known about the plan", ("know", False)),
    ("the government did not know about the operation", ("know", True)),
])
def test_stance_reads_predicate_class_and_negation(nlp, text, expected):
    doc = nlp(text)
    assert stance(doc[:])[:2] == expected


def test_unclassified_content_has_no_stance(nlp):
    assert stance(nlp("the weather was mild in the north")[:]) is None


@pytest.mark.parametrize("text, expected", [
    ("the city gave no notice of the strike and the army had no involvement",
     [("know", True, "notice"), ("know", True, "involvement")]),
])
def test_predicates_read_every_classified_conjunct(nlp, text, expected):
    from kg.disagree.contradiction import predicates
    assert [p for p in predicates(nlp(text)[:]) if p[2] in {e[2] for e in expected}] == expected


def _c(cid, claimer, affiliation, content, start, sentence_start):
    from kg.model import Claim
    return Claim(id=cid, doc="d.txt", article="d", paragraph_start=sentence_start, paragraph_end=start + len(content),
                 claimer=claimer, claimer_id="e-" + claimer, claimer_mention=claimer,
                 claimer_type="Organisation", affiliation=affiliation, cue="said", quote="indirect", content=content,
                 start=start, end=start + len(content), sentence=content, sentence_start=sentence_start,
                 sentence_end=start + len(content))


def test_denial_answered_in_a_later_paragraph_is_a_contradiction(nlp):
    from kg.disagree.contradiction import contradictions, predicates
    text = ("Freedonia said it had no involvement in the raid.\n"
            "A photo shows the harbour at dawn.\n"
            "\"Of course they are involved,\" a Ruritanian minister said.\n")
    a = _c("a", "Freedonia", "Freedonia", "it had no involvement in the raid", 15, 0)
    b = _c("b", "minister", "Ruritania", "Of course they are involved", 87, 86)
    stances = {c.id: predicates(nlp(c.content)[:]) for c in (a, b)}
    (d,) = contradictions([a, b], stances, {})
    assert (d.a, d.b, d.kind) == ("a", "b", "contradiction") and "involv" in d.reason


def test_same_side_claims_are_never_contradictions(nlp):
    from kg.disagree.contradiction import contradictions, predicates
    a = _c("a", "Freedonia", "Freedonia", "its army halted the enemy advance", 0, 0)
    b = _c("b", "Freedonia army", "Freedonia", "its troops continued to advance", 40, 0)
    stances = {c.id: predicates(nlp(c.content)[:]) for c in (a, b)}
    assert contradictions([a, b], stances, {}) == []

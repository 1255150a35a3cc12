"""Contradictions are looked up from frames: same subject and predicate, opposite values; never by paragraph."""
from __future__ import annotations

import pytest

from kg.disagree import find_disputes
from kg.disagree.contradiction import contradictions
from kg.extract.frames import frame
from kg.model import Claim


def _c(nlp, cid, claimer, affiliation, content, start, doc="d.txt", date=None):
    return Claim(id=cid, doc=doc, article="a-" + doc, paragraph_start=start, paragraph_end=start + len(content),
                 claimer=claimer, claimer_id="e-" + claimer, claimer_mention=claimer,
                 claimer_type="Organisation", affiliation=affiliation, cue="said", quote="indirect", content=content,
                 start=start, end=start + len(content), sentence=content, sentence_start=start,
                 sentence_end=start + len(content), frame=frame(nlp(content)[:]), date=date)


def test_same_side_claims_are_never_contradictions(nlp):
    a = _c(nlp, "a", "Norwegian army", "Norway", "the bridge was destroyed", 0)
    b = _c(nlp, "b", "Norwegian navy", "Norway", "the bridge was not destroyed", 100)
    assert contradictions([a, b]) == []


def test_a_denial_across_articles_is_found_by_key_with_a_reason(nlp):
    a = _c(nlp, "a", "Sweden", "Sweden", "Norwegian troops entered the valley", 0, doc="one.txt", date="2024-05-01")
    b = _c(nlp, "b", "Norway", "Norway", "Norwegian troops did not enter the valley", 50, doc="two.txt",
           date="2024-05-02")
    (d,) = contradictions([a, b])
    assert (d.a, d.b, d.kind) == ("a", "b", "contradiction")
    assert "Norway" in d.reason and "Sweden" in d.reason and "different articles" in d.reason and d.score > 0.5


def test_articles_far_apart_in_time_do_not_contradict(nlp):
    a = _c(nlp, "a", "Sweden", "Sweden", "Norwegian troops entered the valley", 0, doc="one.txt", date="2020-05-01")
    b = _c(nlp, "b", "Norway", "Norway", "Norwegian troops did not enter the valley", 50, doc="two.txt",
           date="2024-05-02")
    assert contradictions([a, b]) == []


def test_hedged_claims_contradict_nothing(nlp):
    a = _c(nlp, "a", "Sweden", "Sweden", "Norwegian troops might enter the valley", 0)
    b = _c(nlp, "b", "Norway", "Norway", "Norwegian troops did not enter the valley", 50)
    assert find_disputes([a, b]) == []


def _claimed(cid, claimer, content, ctype="Person", at=0):
    from kg.model import Claim
    return Claim(id=cid, doc="d.txt", article="d", paragraph_start=0, paragraph_end=0, claimer=claimer,
                 claimer_id="person-" + claimer.lower().replace(" ", "-"), claimer_mention=claimer, claimer_type=ctype,
                 cue="said", quote="indirect", content=content, start=at, end=at + len(content), sentence=content,
                 sentence_start=at, sentence_end=at + len(content))


@pytest.mark.parametrize("a, b, ok", [
    # a surname and the full name are one speaker, whichever the resolver left apart
    (("Ward", "the convoy crossed the border at night"), ("Clarissa Ward", "the convoy never crossed the border"), False),
    (("Ana Duarte", "the clinic will close in May"), ("Ana Duarte", "the clinic will stay open"), False),
    # what is disputed must be a proposition, not a topic
    (("Mayor Lee", "the budget"), ("Tom Okafor", "the mayor is wrong about the budget"), False),
    (("Mayor Lee", "the budget will balance next year"), ("Tom Okafor", "the budget will not balance"), True),
])
def test_nobody_disputes_themselves_and_topics_are_not_disputed(a, b, ok):
    from kg.disagree import sound
    from kg.model import Dispute
    ca, cb = _claimed("a", *a), _claimed("b", *b, at=200)
    d = Dispute(id="d1", a="a", b="b", kind="contradiction", reason="r", score=0.8)
    assert sound(d, {"a": ca, "b": cb}) is ok


def test_a_claim_and_one_nested_in_it_are_one_statement_unless_it_names_its_owner():
    """"She said critics question X" holds the critics' "X": one statement reported, not two sides; but "Ruiz's claim
    that X is not true" rejects Ruiz's X, nested or not."""
    from kg.disagree import sound
    from kg.model import Dispute
    outer = _claimed("a", "Zoe Marsh", "critics should question why the club sold its best players")
    inner = _claimed("b", "Critics", "why the club sold its best players", at=27)
    d = Dispute(id="d1", a="a", b="b", kind="explicit", reason="r", score=0.8)
    assert not sound(d, {"a": outer, "b": inner})
    claim = _claimed("a", "Senator Ruiz", "the governor raised taxes twice", at=40)
    rejection = _claimed("b", "Governor's office", "Senator Ruiz's claim that the governor raised taxes twice is false",
                         at=14)
    assert sound(Dispute(id="d2", a="a", b="b", kind="explicit", reason="r", score=0.8),
                 {"a": claim, "b": rejection})


def test_a_denial_of_what_nobody_asserted_is_not_a_dispute_with_oneself():
    from kg.disagree import sound
    from kg.model import Dispute
    denial = _claimed("a", "Ana Duarte", "the clinic has ever turned patients away")
    d = Dispute(id="d1", a="a", b=None, claimer="Ana Duarte", claimer_id=denial.claimer_id, kind="explicit",
                reason="r", score=0.5)
    assert not sound(d, {"a": denial})
    other = d.model_copy(update={"claimer": "Tom Okafor", "claimer_id": "person-tom-okafor"})
    assert sound(other, {"a": denial})

"""Contradictions are looked up from frames: same subject and predicate, opposite values; never by paragraph."""
from __future__ import annotations

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

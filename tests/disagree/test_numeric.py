from kg.disagree.numeric import numeric_disputes
from kg.extract.quantities import quantities
from kg.model import Claim


def _claim(cid, claimer, affiliation, content, start=0):
    return Claim(id=cid, doc="d.txt", article="d", paragraph_start=0, paragraph_end=0, claimer=claimer, claimer_id="e-" + claimer, claimer_mention=claimer,
                 claimer_type="Organisation", affiliation=affiliation, cue="said", quote="indirect", content=content,
                 start=start, end=start + len(content), sentence=content, sentence_start=start,
                 sentence_end=start + len(content), quantities=quantities(content, start))


def test_incompatible_hedged_figures_of_opposed_sides_conflict_with_a_reason():
    a = _claim("a", "Ruritania", "Ruritania", "its troops control at least 900 sq km of the valley")
    b = _claim("b", "Freedonia", "Freedonia", "the enemy holds a zone about 10 km deep and 20 km wide", 500)
    (d,) = numeric_disputes([a, b])
    assert d.kind == "numeric" and {d.a, d.b} == {"a", "b"}
    assert "900" in d.reason and "180" in d.reason


def test_compatible_figures_or_same_side_do_not_conflict():
    a = _claim("a", "Ruritania", "Ruritania", "nearly 2,000 people were evacuated from the valley")
    b = _claim("b", "Freedonia", "Freedonia", "about 1,900 people were evacuated from the valley", 300)
    c = _claim("c", "Ruritania army", "Ruritania", "more than 5,000 people were evacuated from the valley", 600)
    assert numeric_disputes([a, b]) == []
    assert [d for d in numeric_disputes([a, c])] == []


def test_text_that_says_a_figure_is_contested_names_the_other_party():
    a = _claim("a", "Ruritania", "Ruritania", "its troops control 900 sq km, more than double what Freedonia's figures indicate")
    (d,) = numeric_disputes([a])
    assert d.b is None and d.claimer == "Freedonia"


def test_figures_of_different_things_or_shared_lists_do_not_conflict():
    a = _claim("a", "Analysts", None, "Acme holds $20 billion abroad and would owe $5 billion in tax")
    b = _claim("b", "Regulator", None, "Acme holds $20 billion abroad while Bolt holds $3 billion", 300)
    c = _claim("c", "Union", None, "workers at the plant earn $3 billion a year in total wages", 600)
    assert numeric_disputes([a, b]) == []  # the same $20 billion: one list reported twice
    assert numeric_disputes([a, c]) == []  # "owe" and "earn" are not the same measure


def test_a_claimer_revising_its_own_figure_is_reported_as_a_revision():
    def said(cid, doc, date, content):
        return _claim(cid, "Health ministry", "Freedonia", content).model_copy(
            update={"doc": doc, "article": doc, "date": date})
    old = said("a", "mon.txt", "2024-03-04", "nearly 2,000 people were evacuated from the valley")
    new = said("b", "tue.txt", "2024-03-05", "more than 5,000 people were evacuated from the valley")
    (d,) = numeric_disputes([new, old])
    assert (d.a, d.b, d.kind) == ("a", "b", "numeric") and "revises" in d.reason
    same_day = said("c", "mon.txt", "2024-03-04", "more than 5,000 people were evacuated from the valley")
    assert numeric_disputes([old, same_day]) == []

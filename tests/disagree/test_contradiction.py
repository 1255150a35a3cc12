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

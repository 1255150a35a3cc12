import pytest

from kg.extract.clauses import trim


@pytest.mark.parametrize("text, expected", [
    (' that the bridge would open,', "the bridge would open"),
    ('“We will win,” ', "We will win"),
    ("whether talks resume.", "talks resume"),
    ("thatcherism is over", "thatcherism is over"),  # a word starting like a complementiser is kept
])
def test_trim_shaves_complementisers_quotes_and_punctuation(nlp, text, expected):
    doc = nlp(text)
    s, e = trim(doc, 0, len(text))
    assert text[s:e] == expected


def _contents(nlp, text, cue):
    from kg.extract.claims import extract_claims
    return [text[c.start:c.end] for c in extract_claims(nlp(text)) if c.cue == cue]


@pytest.mark.parametrize("text, cue, content", [
    # a relative clause whose subject is "who" or "that" describes someone in the content: it stays in it
    ('The physician said there are still "many patients" who fear the vaccine, "but the numbers are falling."',
     "said", 'there are still "many patients" who fear the vaccine'),
    ("The coach admitted that some players who doubted the new tactics had since changed their minds.",
     "admitted", "some players who doubted the new tactics had since changed their minds"),
])
def test_a_relative_clause_describing_the_content_stays_in_it(nlp, text, cue, content):
    assert content in _contents(nlp, text, cue)


def test_a_nested_attribution_with_its_own_source_still_leaves_the_content(nlp):
    # negative: "which the auditors said ..." is the auditors' claim, not part of what the minister says
    text = "The minister said the budget, which the auditors said was overstated, would be cut by a tenth."
    found = _contents(nlp, text, "said")
    assert not any("auditors" in c for c in found), found

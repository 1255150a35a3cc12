import pytest

from kg.extract.clauses import quote_kind, trim
from kg.extract.quotes import Quote, quotes_in


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


def test_quote_kind_direct_keeps_the_whole_quotation():
    text = '“The dam is safe. Nobody needs to leave,” the chief said.'
    (q,) = quotes_in(text)
    kind, s, e = quote_kind(1, 17, [q])
    assert kind == "direct" and text[s:e] == "The dam is safe. Nobody needs to leave,"


def test_quote_kind_mixed_and_indirect():
    text = 'The union said the offer was “an insult” to nurses.'
    q = quotes_in(text)
    assert quote_kind(15, 50, q)[0] == "mixed"
    assert quote_kind(15, 25, [Quote(40, 45, True)])[0] == "indirect"

"""Quotation spans: which claims are direct, mixed or indirect."""
from kg.extract.quotes import Quote, quote_kind, quotes_in


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

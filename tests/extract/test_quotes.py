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


def test_a_quotation_opened_in_one_style_and_closed_in_the_other_is_one_quotation():
    for text in ['"The season is long and costly,” said the treasurer.', '“We won the appeal," the lawyer said.']:
        assert [text[q.start:q.end] for q in quotes_in(text)] == [text[1:text.index(",") + 1]], text
    # the other style inside a quotation stays nested, and a height in inches is no quotation
    assert [q for q in quotes_in('“The sign said "closed" all week,” she said.')][0].start == 1
    assert quotes_in('“Outer "inner" end,” he said.')[0].end == len('“Outer "inner" end,')
    assert [t for t in ['A 6\'2" centre said “no.”'] for q in quotes_in(t) if t[q.start:q.end] != "no."] == []


def test_a_mismatched_quotation_goes_to_the_speaker_of_its_cue_not_the_subject_before_it(nlp):
    from kg.extract.claims import extract_claims
    text = ('In May, Lena Park is getting help from the booster group, which is sending letters to members. '
            '"This is a long and costly season for clubs with small budgets,” said Paul Ortiz, its spokesman.')
    claims = [c for c in extract_claims(nlp(text)) if "costly season" in text[c.start:c.end]]
    assert [c.claimer.name for c in claims] == ["Paul Ortiz"]

"""Per-document look-ups: computed once, and equal to what spaCy's Doc gives."""
from kg.extract.docindex import is_headline, line_at, text_of
from kg.extract.entities import mentions

TEXT = ("Storm Closes Harbour Ahead Of Regatta Weekend\n"
        "The harbour master said the port would stay shut until Monday.\n"
        "\n"
        "Sailors were told to move their boats inland.")


def test_text_of_is_the_docs_text_and_is_kept(nlp):
    doc = nlp(TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert text_of(doc) is text_of(doc)  # computed once, not rebuilt on each call


def test_line_at_gives_the_paragraph_around_an_offset(nlp):
    doc = nlp(TEXT)
    harbour = TEXT.index("harbour master")
    s, e = line_at(doc, harbour)
    assert TEXT[s:e] == "The harbour master said the port would stay shut until Monday."
    s, e = line_at(doc, TEXT.index("Sailors"))
    assert TEXT[s:e] == "Sailors were told to move their boats inland."
    assert line_at(doc, 0) == (0, TEXT.index("\n"))
    blank = TEXT.index("\n\n") + 1
    assert line_at(doc, blank) == (blank, blank)


def test_is_headline_only_for_title_case_lines(nlp):
    doc = nlp(TEXT)
    assert is_headline(doc, TEXT.index("Harbour"))
    assert not is_headline(doc, TEXT.index("master"))
    assert not is_headline(doc, TEXT.index("Sailors"))


def test_mentions_are_the_same_with_a_warm_or_cold_index(nlp):
    cold = nlp(TEXT + "\nMayor Ana Lopes thanked the coast guard in Porto.")
    warm = nlp(TEXT + "\nMayor Ana Lopes thanked the coast guard in Porto.")
    for i in range(len(text_of(warm))):
        is_headline(warm, i)
    assert mentions(cold) == mentions(warm)
    assert any(m.text == "Ana Lopes" for m in mentions(cold))

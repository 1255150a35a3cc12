"""Word knowledge: the cue table and the claim-noun table (each word written once, the old sets views of them),
and the one stem helper."""
from __future__ import annotations

import re

import pytest

from kg.lexicon import cues, predicates, speech
from kg.lexicon.claimnouns import CLAIM_NOUN_PATTERN, CLAIM_NOUNS, NOUN_CUES, STATEMENT_NOUNS
from kg.lexicon.cues import CUES, Cue
from kg.lexicon.stems import stem


def test_every_verb_that_takes_a_content_shape_reports():
    """A verb whose clause, object or infinitive is read as the claim must be a reporting verb, or it is never read."""
    for flag in ("takes_object", "takes_clause", "attitude"):
        unread = sorted(v for v, cue in CUES.items() if getattr(cue, flag) and not cue.reports)
        assert unread == [], flag


def test_keys_are_lowercase_single_word_lemmas():
    assert [v for v in CUES if not (v.isalpha() and v == v.lower())] == []


@pytest.mark.parametrize("lemma, expected", [
    ("say", Cue(takes_clause=True)),
    ("deny", Cue(takes_object=True, takes_infinitive=True, factive=True, rejects=True)),
    ("issue", Cue(reports=False, issues=True)),
])
def test_one_verb_one_entry(lemma, expected):
    assert CUES[lemma] == expected


def test_speech_module_re_exports_the_same_views():
    assert speech.REPORTING_VERBS is cues.REPORTING_VERBS
    assert speech.TOPIC_PREPOSITIONS is cues.TOPIC_PREPOSITIONS


@pytest.mark.parametrize("a, b", [("management", "Managers"), ("denied", "denies"), ("Estimates", "estimated")])
def test_one_stem_joins_forms_of_a_word(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("deny", "denial"), ("report", "repeat"), ("claim", "clash")])
def test_stem_keeps_other_words_apart(a, b):
    assert stem(a) != stem(b)


@pytest.mark.parametrize("text, noun", [
    ("these claims are false", "claims"), ("her characterization of the vote", "characterization"),
    ("the rumours were baseless", "rumours"), ("that story is untrue", "story"),
])
def test_claim_noun_pattern_finds_what_a_rejection_answers(text, noun):
    m = re.search(rf"\b(?P<noun>{CLAIM_NOUN_PATTERN})\b", text)
    assert m is not None and m.group("noun") == noun


@pytest.mark.parametrize("text", ["the claimant appealed", "the reporter left", "a storyteller"])
def test_claim_noun_pattern_skips_other_words(text):
    assert re.search(rf"\b(?:{CLAIM_NOUN_PATTERN})\b", text) is None


def test_claim_nouns_are_one_table():
    assert speech.NOUN_CUES is NOUN_CUES and predicates.STATEMENT_NOUNS is STATEMENT_NOUNS
    assert {"claim", "statement", "assertion"} <= NOUN_CUES & STATEMENT_NOUNS
    assert all(w.isalpha() and w == w.lower() for w in CLAIM_NOUNS)


# Each hand list of nouns, the WordNet lexicographer classes its words have in at least one sense, and the words
# kept by hand although WordNet classes them otherwise (each for a reason). A word added to a list must agree with
# WordNet or be added here; a word WordNet comes to agree with must leave the exceptions.
_NOUN_CLASSES = [
    ("PERSON_ROLE_NOUNS", {"person", "Tops"}, set()),
    ("ANONYMOUS_NOUNS", {"person", "Tops"}, set()),
    # findings and documents that speak for those behind them: "polls show", "records indicate"; "locals" (people)
    # is only an artifact (a local train) in WordNet
    ("GROUP_NOUNS", {"person", "group", "Tops"},
     {"analysis", "documents", "estimates", "locals", "outlets", "poll", "polls", "records", "reports", "statistics",
      "survey", "surveys", "tabloids"}),
    # businesses WordNet files as artifacts or people ("airline", "retailer"), offices, and reports that speak as one
    # body ("the audit found", "the review said")
    ("ORGANISATION_NOUNS", {"group", "Tops"},
     {"airline", "assessment", "audit", "broadcaster", "campaign", "channel", "investigation", "outlet", "poll",
      "presidency", "prosecutor's office", "regulator", "report", "retailer", "review", "statement", "study", "survey",
      "watchdog"}),
    # armed men as a force ("mercenaries"), and words WordNet lacks
    ("MILITARY_NOUNS", {"group", "Tops"}, {"airborne", "battlegroup", "mercenaries", "paratroopers"}),
    # a post or feed as something issued; words WordNet lacks
    ("DOCUMENT_NOUNS", {"communication", "artifact", "act"}, {"communiqué", "feed", "op-ed", "tweet", "tweets"}),
]


@pytest.mark.parametrize("name, classes, exceptions", _NOUN_CLASSES, ids=[n for n, _, _ in _NOUN_CLASSES])
def test_noun_lists_agree_with_wordnet_but_for_their_exceptions(name, classes, exceptions):
    from kg.lexicon.wordnet import noun_classes

    disagree = set()
    for word in getattr(speech, name):
        found = noun_classes(word, senses=99)
        if found is None or not found & classes:
            disagree.add(word)
    assert disagree == exceptions

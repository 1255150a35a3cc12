"""Whether a noun phrase can name someone who speaks (people, bodies of people, what they issue), and whom
a reporting source cites as its own source.

"The use of paper records wastes ...", "profits are slim, noting ...", "the filling station said":
a parser can hand a reporting verb a subject that is a thing or an act. WordNet's classes of a noun's
senses tell: a noun with a person, group or communication sense ("spokesman", "panel", "statement")
can be a claimer; a noun with none ("use", "margin", "filling station", "borrowing") cannot. Words
WordNet does not know are given the benefit of the doubt.
"""
from __future__ import annotations

from kg.lexicon.speakers import SHARE_WORDS
from kg.lexicon.speech import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MILITARY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_ROLE_NOUNS,
)
from kg.lexicon.wordnet import noun_classes

__all__ = ["can_speak", "cited_source", "is_source", "human", "likely_speaker", "person_noun"]

# WordNet lexicographer classes whose nouns can speak (in any sense) or be what someone said (in a common one)
_ALWAYS = frozenset({"person", "group", "Tops", "quantity"})
_COMMONLY = frozenset({"communication"})
_KNOWN = ANONYMOUS_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS | MILITARY_NOUNS | ORGANISATION_NOUNS | PERSON_ROLE_NOUNS


def can_speak(head) -> bool:
    """Whether the common-noun token `head` (with its compound modifier) can be a claimer's head."""
    lemma, low = head.lemma_.lower(), head.lower_
    if lemma in _KNOWN or low in _KNOWN or lemma in SHARE_WORDS:
        return True
    if head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or head.is_title and not head.is_sent_start or \
            head.is_upper and len(head) > 1:
        return True  # "Parks for Everyone said", "Bricks said": a name the tagger took for a noun
    if head.is_title and not any(c.dep_ == "det" for c in head.children) and \
            any(c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.children) for c in head.children):
        return True  # "Parks for Everyone told ...", opening its sentence: a name all the same
    if any(c.dep_ == "nummod" for c in head.children):
        return True  # "63 percent", "two thirds": a share of those asked
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == head.i and \
            _speaks(f"{before.lower_} {lemma}"):
        return True  # "news agency", "fire brigade": the compound as WordNet knows it
    found = _speaks(lemma)
    if found is None and low != lemma:
        found = _speaks(low)
    return found is None or found


def _speaks(word: str):
    """True or False when WordNet knows the noun, None when it does not: a person or group in any sense, or
    something said in one of its commonest senses ("statement"; not "margin", whose fifth sense is one)."""
    every = noun_classes(word, senses=99)
    if every is None:
        return None
    return bool(every & _ALWAYS or noun_classes(word, senses=3) & _COMMONLY)


def cited_source(tok):
    """The source a reporter names as its own: "Reuters, citing anonymous sources, reported ...", "according to
    the agency, which cited officials, ...". `tok` is the reporting verb or the reporter's token; None if none.

    News convention: the claim belongs to the cited source, not the outlet passing it on. Only a source that
    can speak counts ("citing continued attacks" names a reason, not a source).
    """
    near = list(tok.children)
    near += [g for c in near if c.dep_ in ("xcomp",) and c.pos_ in ("VERB", "AUX") for g in c.children]
    for c in near:
        if c.lemma_.lower() != "cite" or c.dep_ not in ("advcl", "xcomp", "acl", "relcl", "conj") or \
                c.tag_ not in ("VBG", "VBD", "VBN", "VBZ"):
            continue
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is None:
            continue
        if is_source(obj):
            return obj
    return None


def is_source(obj) -> bool:
    """Whether what a reporter cites is a source ("anonymous sources", "two officials", "the agency"), not a
    reason ("heavy snow")."""
    return obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "") or \
        obj.pos_ == "NOUN" and (obj.lemma_.lower() in GROUP_NOUNS or obj.lemma_.lower() in ANONYMOUS_NOUNS or
                                obj.lower_ in GROUP_NOUNS)


def person_noun(tok) -> bool:
    """Whether a common noun names one person ("the victim", "a nurse", "the striker"), not a body or a thing."""
    lemma = tok.lemma_.lower()
    if lemma in PERSON_ROLE_NOUNS or lemma in ANONYMOUS_NOUNS:
        return True
    classes = noun_classes(lemma, senses=2)
    return classes is not None and "person" in classes and "group" not in classes


def likely_speaker(tok) -> bool:
    """Whether a noun usually names who speaks: a name, a pronoun, or a person, group or statement in its
    commonest senses ("factors" can name a person only in a rare sense, so it is unlikely)."""
    if tok.pos_ != "NOUN":
        return tok.pos_ in ("PROPN", "PRON")
    lemma = tok.lemma_.lower()
    if lemma in _KNOWN or tok.lower_ in _KNOWN or lemma in SHARE_WORDS:
        return True
    classes = noun_classes(lemma, senses=3)
    return classes is None or bool(classes & {"person", "group", "Tops", "communication"})


def human(tok) -> bool:
    """Whether a token can be what "who" stands for: a name, or a person or group in its commonest senses."""
    if tok.pos_ != "NOUN":
        return tok.pos_ == "PROPN"
    lemma = tok.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in PERSON_ROLE_NOUNS or lemma in ANONYMOUS_NOUNS or tok.lower_ in GROUP_NOUNS:
        return True
    classes = noun_classes(lemma, senses=3)
    return classes is not None and bool(classes & {"person", "group"})

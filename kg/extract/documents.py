"""Documents and things as a cue's subject: who speaks when a report, a poll or a statement "says" something.

A document speaks for whoever issued it: its owner when the text names one ("the judge's ruling", "FEC records",
"data from the health agency", "a study by two economists"), else an unnamed source the claimer rules name after
the document ("reports said": the unnamed source of the reports). A thing or an act that is neither someone nor
something said ("the attack showed", "the way it works suggests") is nobody speaking.

What counts as a document is read off WordNet's lexicographer classes of the head noun (noun.communication in its
commonest sense, with no person or group among its first senses), with a short list of general English record
nouns WordNet files elsewhere ("data" as a group, "results" as a phenomenon, "poll" as cognition).
"""
from __future__ import annotations

from typing import Optional

from kg.extract.entities import Mention
from kg.model import EntityType
from kg.lexicon.speech import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ISSUING_VERBS,
    MILITARY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_ROLE_NOUNS,
)

__all__ = ["OUTLET_NOUNS", "described_kind", "document_owner", "is_document", "no_one", "no_people", "told_in"]

# records and findings WordNet files under another class than noun.communication (general English)
RECORD_NOUNS = frozenset({
    "report", "study", "studies", "survey", "poll", "polls", "polling", "data", "statistics", "statistic",
    "analysis", "analyses", "result", "results", "record", "records", "figures", "finding", "findings", "estimate",
    "estimates", "projection", "projections", "census", "tally", "research", "review", "audit", "assessment",
    "investigation", "inquiry", "probe", "book", "article", "story", "document", "documents", "paper", "papers",
    "release", "transcript", "footage", "video", "recording", "model", "models", "forecast", "forecasts",
    "average", "averages", "policy", "index", "numbers", "count", "law", "laws", "rule", "rules", "regulation",
    "regulations", "constitution", "treaty", "bill", "guidelines",
})
# nouns that name someone in news though WordNet's commonest sense is a text or a sign ("a senior figure said",
# "the media reported", "the paper said" of a newspaper, "the press")
_SPEAKING = frozenset({"figure", "source", "sources", "voice", "voices"})
# outlets and services WordNet files as texts or acts: a body when they speak ("the website reported", "local news
# said", "the fire service said"); an owner's outlet speaks for the owner ("the agency's website")
OUTLET_NOUNS = frozenset({"media", "press", "paper", "newspaper", "news", "journal", "magazine", "television", "tv",
                          "radio", "broadcast", "website", "site", "channel", "wire", "page", "feed", "service",
                          "security", "intelligence", "defence", "defense"})
_SPEAKERS = ANONYMOUS_NOUNS | GROUP_NOUNS | MILITARY_NOUNS | ORGANISATION_NOUNS | PERSON_ROLE_NOUNS
_SOMEONE = frozenset({"person", "group", "Tops"})
_OWNING_PREPOSITIONS = ("by", "from", "of")
_ISSUING = ISSUING_VERBS | {"produce", "prepare", "write", "compile", "commission", "conduct", "carry"}
# classes of abstract things: a thing or place (noun.artifact, noun.location) may stand for the body in it ("the
# consulate said", "the station reported"), an act or an idea never does
_ABSTRACT = frozenset({"act", "event", "cognition", "attribute", "state", "phenomenon", "process", "feeling",
                       "motive", "relation", "time"})
_THINGS = frozenset({"animal", "plant", "object", "substance", "food", "body"})


def _classes(word: str, senses: int):
    from kg.lexicon.wordnet import noun_classes  # WordNet is loaded lazily

    return noun_classes(word, senses) if word.replace("-", "").replace("_", "").isalpha() else None


def _word(head) -> str:
    """The head's lemma, or with the compound before it when WordNet knows the pair ("stock exchange")."""
    lemma = head.lemma_.lower()
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == head.i and \
            _classes(f"{before.lower_}_{lemma}", 1):
        return f"{before.lower_}_{lemma}"
    return lemma


def is_document(head) -> bool:
    """Whether a common noun names something written, said or recorded rather than someone: "report", "poll",
    "statement", "witness accounts", "data" (never "figure" or "paper", which news uses for people and papers)."""
    lemma, low = head.lemma_.lower(), head.lower_
    if _written(head):
        return True
    if low in _SPEAKING or lemma in _SPEAKING or lemma in OUTLET_NOUNS and low != "papers":
        return False
    if lemma in RECORD_NOUNS or low in RECORD_NOUNS or lemma in DOCUMENT_NOUNS or low in DOCUMENT_NOUNS:
        return True
    if lemma in _SPEAKERS or low in _SPEAKERS:
        return False
    first, common = _classes(lemma, 1), _classes(lemma, 3)
    return bool(first and common is not None and "communication" in first and not common & _SOMEONE)


def _written(head) -> bool:
    """A compound WordNet files as a text ("a press conference", "a white paper"), or a paper of a field or an act
    ("the research paper", "a discussion paper"; "the student paper" is a newspaper)."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if (_classes(head.lemma_.lower(), 1) or set()) & _SOMEONE:
        return False  # "the first person" is someone, whatever WordNet says of the pair
    if before is not None and before.head.i == head.i and before.dep_ in ("compound", "amod"):
        first = _classes(f"{before.lower_}_{head.lemma_.lower()}", 1)
        if first:
            return "communication" in first
    return head.lemma_.lower() == "paper" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and
        (_classes(c.lemma_.lower(), 1) or {"person"}) <= _ABSTRACT | {"communication"}
        for c in head.lefts)


def no_one(head) -> bool:
    """Whether a common noun names neither someone nor something said in any of its commonest senses: an act, an
    event, an idea, a thing ("the attack", "the fact", "the current system"). Unknown words and the speaker
    lexicons' words are someone; so is a noun the tagger took for a name."""
    lemma = head.lemma_.lower()
    if lemma in _SPEAKERS or head.lower_ in _SPEAKERS or lemma in _SPEAKING | OUTLET_NOUNS or head.ent_type_ or \
            head.is_title and not head.is_sent_start or any(c.dep_ == "nummod" for c in head.children):
        return False
    lemma = _word(head)
    first, common = _classes(lemma, 1), _classes(lemma, 3)
    return bool(first and common is not None and first <= _ABSTRACT and not common & (_SOMEONE | {"quantity"}))


def _owning_noun(tok) -> bool:
    """A common noun that can own a document as its issuer: a body or a group ("government statement", "police
    report"), never a kind of text ("press release", "news reports", "opinion polls")."""
    if tok.pos_ != "NOUN" or is_document(tok) or tok.lower_ in ("press", "news", "opinion", "exit", "media"):
        return False
    first = _classes(tok.lemma_.lower(), 1)
    return bool(first and "group" in first) or tok.lemma_.lower() in ORGANISATION_NOUNS


def _in_name(tok, mentions: list[Mention]) -> bool:
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False  # "a March 2019 press release"
    return tok.pos_ == "PROPN" or any(m.start <= tok.idx < m.end for m in mentions)


def document_owner(head, mentions: list[Mention]) -> Optional[object]:
    """The token naming who issued the document `head` is: its possessor ("the judge's ruling"), a name compounded
    with it ("FEC records", "a 2019 Acme University poll"), the name or body after by, from or of ("data from the
    health agency"), or a body compounded with it ("a government statement"); None when the text names none."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    compounds = [c for c in head.lefts if c.dep_ in ("compound", "nmod")]
    named = [c for c in compounds if _in_name(c, mentions)]
    bodies = [c for c in named if any(m.start <= c.idx < m.end and m.type == EntityType.ORGANISATION
                                      for m in mentions)]
    if named:  # "Acme University (AU) data": the name before its acronym; "a New York Times poll": the body
        return (bodies or named)[0]
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in _OWNING_PREPOSITIONS):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and (_in_name(obj, mentions) or _owning_noun(obj) or
                                prep.lower_ != "of" and _person(obj)):
            return obj
    body = next((c for c in reversed(compounds) if _owning_noun(c)), None) or _issued_by(head)
    if body is None and head.dep_ == "dobj" and head.head.lemma_.lower() in _ISSUING:
        # "the commission published a report": who issued it
        body = next((c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    return body


def told_in(head) -> Optional[object]:
    """Who the clause around a document says spoke in it: "Ford said in a filing", "In an advisory, the hurricane
    centre warned" (the subject of the verb the document's "in" hangs on); None for any other shape."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def _issued_by(head) -> Optional[object]:
    """Who a participle after the document says issued it: "a statement released by the court", "a study conducted
    by two geologists" (the agent); "a post shared on the club's account" (the account's owner); "a report citing
    the mayor's office" (the source it cites)."""
    for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")):
        if acl.tag_ == "VBG":
            if acl.lemma_.lower() == "cite":
                return next((c for c in acl.children if c.dep_ == "dobj"), None)
            continue
        for prep in (c for c in acl.children if c.dep_ in ("agent", "prep")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and prep.dep_ == "agent":
                return obj if obj.pos_ != "NUM" else None  # "collected by one of the crews": which, untold
            poss = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
            if poss is not None and prep.lower_ in ("on", "to", "from", "via"):
                return poss
    return None


def _person(tok) -> bool:
    from kg.extract.animacy import person_noun  # animacy reads WordNet lazily

    return tok.pos_ == "NOUN" and person_noun(tok)


def described_kind(head) -> Optional[str]:
    """The type of who a described singular noun names ("the treasurer": a Person; "the city", "the council": the
    body, an Organisation), or None when WordNet's commonest senses make it a thing or an idea ("the current
    system", "direct democracy"). Unknown words and the speaker lexicons' words are a person, as before."""
    lemma = head.lemma_.lower()
    if lemma in OUTLET_NOUNS:
        return EntityType.ORGANISATION
    if lemma in _SPEAKERS or head.lower_ in _SPEAKERS or lemma in _SPEAKING:
        return EntityType.PERSON
    lemma = _word(head)
    first, two = _classes(lemma, 1), _classes(lemma, 2)
    if first is None or two is None or "person" in two or "Tops" in two:
        return EntityType.PERSON
    if not first <= _ABSTRACT and "group" not in first:
        return EntityType.ORGANISATION  # "the city said": its government; "the fund said", "the consulate said"
    if "group" in first:
        return EntityType.GROUP  # "the family said"
    return None


def no_people(head) -> bool:
    """Whether a plural noun names no people and no bodies in WordNet's two commonest senses: things, animals or
    ideas ("two priorities", "trademarks", "the samples"); unknown words and the speaker lexicons' words are
    people."""
    lemma = head.lemma_.lower()
    if lemma in _SPEAKERS or head.lower_ in _SPEAKERS or lemma in _SPEAKING | OUTLET_NOUNS:
        return False
    from kg.lexicon.things import plain_thing

    if plain_thing(_word(head)):
        return True  # "the tools showed", "banners which said", "the rats preferred": no one ("embassies" are)
    first, two = _classes(_word(head), 1), _classes(_word(head), 2)
    return bool(first and two is not None and first <= _ABSTRACT | _THINGS and not two & _SOMEONE)

"""Complements the parser tore apart: what a cue reports when its clause lost its shape.

Pure functions over spaCy tokens, used by `kg.extract.contents` before its object rules:
- a small clause, object plus predicate: "found the samples to be intact", "declared the vote void";
- a clause whose subject the parser took for the cue's object: "ruled the fee is unlawful" parsed as
  "ruled [the fee]" and a verb of its own, "asked the court intervene";
- "said" with an object that holds a verb: "said Smith required surgery" parsed as a noun phrase.
Each returns the tokens of the content, or [] when the shape is not theirs.
"""
from __future__ import annotations

from kg.lexicon.speech import REPORTING_VERBS, SMALL_CLAUSE_CUES

__all__ = ["broken_clause", "small_clause", "subject_as_object", "trailing_source", "dangling_clause", "drop_aside", "passive_as", "quoted_speaker"]

import re

from kg.extract.docindex import text_of

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_EMPTY_OBJECTS = {"it", "this", "that", "so", "nothing", "something", "anything", "much", "little", "more", "what",
                  "which", "everything", "them", "him", "her", "me", "us", "you", "one", "lot", "things", "words"}


def _object(verb):
    """The cue's direct object on its right, unless it is a pronoun or an empty word ("said so", "said nothing")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" or obj.lower_ in _EMPTY_OBJECTS:
        return None
    return obj


def _finite(tok) -> bool:
    return tok.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in tok.children)


def _to_infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children)


def _until_semicolon(verb, toks):
    """Tokens right of the cue, up to a semicolon that ends its sentence's first clause."""
    semi = next((t.i for t in verb.doc[verb.i + 1: verb.sent.end] if t.text == ";"), None)
    return [t for t in toks if t.i > verb.i and (semi is None or t.i < semi)]


def small_clause(verb, lemma: str):
    """"reported the leader to be dead", "found the law unlawful", "declared the result void": object and predicate."""
    if lemma not in SMALL_CLAUSE_CUES:
        return []
    obj = _object(verb)
    if obj is None:
        return []
    for c in verb.children:
        if c.i <= obj.right_edge.i or c.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        gap = verb.doc[obj.right_edge.i + 1: c.left_edge.i]
        if any(t.text in (";", ":", "—", "–") for t in gap):
            return []
        predicate = c.dep_ in ("xcomp", "oprd", "acomp") or \
            (c.dep_ in ("advcl", "ccomp") and _to_infinitive(c) and not any(g.dep_ == "mark" for g in c.children)) or \
            (c.dep_ == "advmod" and c.pos_ == "ADJ")  # "finds the ban unlawful", the adjective misparsed
        if predicate:
            return [t for t in verb.doc[obj.left_edge.i: c.right_edge.i + 1]]
        return []
    return []


def broken_clause(verb, lemma: str, clause_cues):
    """"ruled the fee charged to tenants is unlawful": the clause's subject parsed as the cue's object and its
    verb hung on the cue as a conjunct or adverbial clause; the whole clause is what the cue reports."""
    if lemma not in clause_cues or lemma == "tell":
        return []
    obj = _object(verb)
    if obj is None:
        return []
    if lemma == "say" and any(t.pos_ == "VERB" and t.dep_ in ("amod", "compound", "nmod") and t.i < obj.i
                              for t in obj.subtree):
        # "said Smith required surgery": a clause parsed as one noun phrase with a verb inside it
        return _until_semicolon(verb, verb.subtree)
    for c in verb.children:
        if c.i <= obj.right_edge.i or c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("conj", "advcl"):
            continue
        if c.lemma_.lower() in REPORTING_VERBS or not _finite(c) or any(g.dep_ == "mark" for g in c.children):
            return []
        if any(g.dep_ == "cc" and verb.i < g.i < c.i for g in verb.children):
            return []  # "announced a plan and was ...": two things the source did
        if any(g.dep_ in ("nsubj", "nsubjpass") and g.i < obj.i for g in c.children):
            return []
        return _until_semicolon(verb, [t for t in verb.subtree if t.i <= c.right_edge.i])
    return []


def subject_as_object(verb, clause):
    """"asked the court intervene": a subjectless clause whose subject the parser made the cue's object."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) or _to_infinitive(clause):
        return []
    obj = _object(verb)
    if obj is None or not (verb.i < obj.i < clause.i):
        return []
    # only the object's own words, or phrases hung on the cue ("asked the court in Ohio intervene"), between
    between = {t.i for c in verb.children if c.dep_ == "prep" and obj.i < c.i < clause.i for t in c.subtree}
    if any(i not in between for i in range(obj.right_edge.i + 1, clause.left_edge.i)):
        return []
    return [t for t in verb.doc[obj.left_edge.i: clause.right_edge.i + 1]]


def trailing_source(doc, verb, subj, quote_end: int) -> bool:
    """'"...," a spokeswoman for the county's water board told reporters': the cue's whole subject, however
    long, stands between a closing quotation and the cue."""
    if subj is None or not (quote_end <= subj.left_edge.idx and subj.right_edge.i < verb.i):
        return False
    if not re.fullmatch(r"[,!?—–-]?[”\"’]{0,2}[,!?—–-]?\s*", text_of(doc)[quote_end:subj.left_edge.idx]):
        return False
    return all(t.is_punct or t.dep_ in ("aux", "neg", "advmod") for t in doc[subj.right_edge.i + 1: verb.i])


def dangling_clause(verb, lemma: str, clause_cues):
    """"..., with local papers reporting no one was hurt": a cue left with nothing on its right, the clause it
    reports hung elsewhere in the sentence; the clause is the run of words right after the cue, when it has a
    finite verb with its own subject."""
    if lemma not in clause_cues or verb.right_edge.i != verb.i or verb.i + 1 >= verb.sent.end:
        return []
    nxt = verb.doc[verb.i + 1]
    if nxt.is_punct or nxt.pos_ in ("ADP", "SCONJ", "CCONJ", "PART", "ADV") or nxt.is_space:
        return []
    run = []
    for t in verb.doc[verb.i + 1: verb.sent.end]:
        if t.text in (";", ":", "—", "–", ",") or t.is_space:
            break
        run.append(t)
    inside = {t.i for t in run}
    if any(t.pos_ in ("VERB", "AUX") and _finite(t) and t.dep_ not in ("relcl", "acl") and
           any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside and c.i < t.i for c in t.children) for t in run):
        return run
    return []


def drop_aside(doc, run: list[int], verb) -> list[int]:
    """A reported clause without the writer's aside closing it: "the temple was built for the goddess Athena[, who is
    often shown with an ibis head]" -- a ", which/who ..." clause on the clause's last noun, after the cue."""
    if not run or run[0] < verb.i:
        return run
    last = doc[run[-1]]
    for t in doc[run[0]: run[-1] + 1]:
        if t.dep_ == "relcl" and t.right_edge.i >= last.i - 1 and t.head.pos_ in ("NOUN", "PROPN") and \
                t.left_edge.i > run[0] + 2 and doc[t.left_edge.i - 1].text == "," and \
                t.left_edge.lower_ in ("which", "who"):
            return [i for i in run if i < t.left_edge.i - 1]
    return run


def _agent(verb):
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def passive_as(verb):
    """"described by the local paper as a born storyteller", "a van, reported by local radio as belonging
    to the post office": what the agent calls the thing is the "as" phrase. Returns (agent, content tokens) or None."""
    if verb.tag_ != "VBN":
        return None
    agent = _agent(verb)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if agent is None or prep is None:
        return None
    if any(c.tag_ == "VBG" and c.lemma_.lower() in REPORTING_VERBS for c in prep.children):
        return None  # "quoted by the paper as saying ...": the one quoted says it (see `quoted_speaker`)
    toks = [t for c in prep.children for t in c.subtree]
    return (agent, toks) if toks else None


def quoted_speaker(verb):
    """"Smith was quoted (by the paper) as saying ...": the subject of "quoted" speaks, or None."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)

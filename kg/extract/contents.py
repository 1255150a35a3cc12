"""What a reporting verb reports: the content stage's named rules (kg.rules), tried in order.

`find_content(verb, lemma)` returns the tokens that carry what the verb reports, whether the verb trails
them, and the name of the rule that found them: the clause after or before the cue, a to-infinitive, the
object of a cue whose object is the claim ("denied the allegations"), "called X Y", "accused X of Y",
"reported on ...", and clauses the parser attached elsewhere. `kg.extract.clauses.content_span` then cuts
the contiguous span out of the tokens.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.clauses import detachable, subject
from kg.extract.complements import broken_clause, small_clause, subject_as_object
from kg.lexicon.cues import CLAUSE_CUES, DOBJ_CUES, FACT_CUES, REQUEST_CUES, XCOMP_CUES
from kg.lexicon.speech import REPORTING_VERBS, TOPIC_PREPOSITIONS
from kg.rules import RuleName, Step, first

__all__ = ["CONTENT_RULES", "ContentRule", "content_of", "find_content"]


def _quoted_after(tok) -> bool:
    """Whether a quotation mark opens inside the token's subtree: "calls her “a liar”"."""
    return any(t.text in ("“", "\"", "‘") for t in tok.subtree)


class ContentRule(RuleName):
    """The content stage's rules (what a reporting verb reports), in the order `CONTENT_RULES` tries them, and
    the rules `kg.extract.claims` applies when none of them finds anything."""

    RESPONSIBILITY = "responsibility for"
    CLAUSE_AFTER = "clause after cue"
    CLAUSE_BEFORE = "clause before cue"
    SMALL_CLAUSE = "small clause"
    BROKEN_CLAUSE = "broken clause"
    REQUEST = "request with object"
    INFINITIVE = "infinitive"
    CALLED = "called predicate"
    CALLED_QUOTED = "called quoted epithet"
    CALLED_FOR_CLAUSE = "called for clause"
    CALLED_FOR = "called for or on"
    ACCUSED_OF = "accused of"
    ACCUSED = "accused object"
    TOPIC = "topic preposition"
    ADJUNCT_CLAUSE = "clause on adjunct"
    OBJECT = "object of cue"
    CUE_INSIDE = "cue inside content"
    SPLIT_CLAUSE = "split clause"
    CUE_AFTER = "cue after content"
    # applied by kg.extract.claims after the table
    NAMED_AS = "named as"
    PASSIVE_THEME = "passive theme"
    DANGLING_CLAUSE = "dangling clause"
    QUOTATION = "quotation of cue"
    SET_OFF = "set off paragraph"
    # the content of the other cues kg.extract.claims reads
    ACCORDING_LEADS = "clause after according to"
    ACCORDING_BESIDE = "clause beside according to"
    NOUN_CLAUSE = "clause of claim noun"
    STANCE = "object of stance noun"
    PHRASAL = "clause of phrasal cue"


def _responsibility(verb, lemma: str):
    """"claimed responsibility for the attack", "took the blame for ...": what it is for is the claim."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in ("responsibility", "credit", "blame"):
        return None
    prep = next((c for c in list(obj.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None:
        return None
    return [t for c in prep.children for t in c.subtree], False


def _clause_after(verb, lemma: str):
    right = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if right:
        return subject_as_object(verb, right[0]) or list(right[0].subtree), False
    return None


def _clause_before(verb, lemma: str):
    """"..., the agency reported": the clause before the cue (its first one)."""
    child = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if child is None:
        return None
    # "A happened; the agency reported B": a clause beyond a semicolon is not what the cue reports
    # when the cue has content of its own on its right
    if any(t.text == ";" for t in verb.doc[child.right_edge.i + 1: verb.i]) and \
            any(c.i > verb.i and c.dep_ in ("xcomp", "dobj", "prep", "attr") for c in verb.children):
        return None
    return list(child.subtree), True


def _small_clause(verb, lemma: str):
    torn = small_clause(verb, lemma)
    return (torn, False) if torn else None


def _broken_clause(verb, lemma: str):
    torn = broken_clause(verb, lemma, CLAUSE_CUES)
    return (torn, False) if torn else None


def _xcomp(verb, lemma: str):
    return next((c for c in verb.children if c.dep_ == "xcomp" and (lemma in XCOMP_CUES or lemma in REQUEST_CUES or
                                                                     c.tag_ == "VBG")), None)


def _request(verb, lemma: str):
    """"urged both sides to talk": who is asked is part of the request."""
    child = _xcomp(verb, lemma) if lemma in REQUEST_CUES else None
    if child is None:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < child.i), None)
    return (list(obj.subtree) + list(child.subtree), False) if obj is not None else None


def _infinitive(verb, lemma: str):
    """"vowed to hit back", "threatened to ...", "kept insisting ..."."""
    child = _xcomp(verb, lemma)
    return (list(child.subtree), False) if child is not None else None


def _called(verb, lemma: str):
    """"called the decision “arbitrary”": the object and what it is called."""
    if lemma != "call":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    pred = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp") and c.i > verb.i and
                 (obj is None or c.i > obj.i)), None)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if pred is not None and (obj is not None or (after is not None and after.pos_ in ("PRON", "DET", "PROPN", "NOUN"))):
        toks = list(pred.subtree) + (list(obj.subtree) if obj is not None else [])
        return [t for t in verb.doc[verb.i + 1: max(t.i for t in toks) + 1]], False
    return None


def _called_quoted(verb, lemma: str):
    """"calls her “an intelligent woman”", the epithet parsed into the object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if lemma == "call" else None
    return (list(obj.subtree), False) if obj is not None and _quoted_after(obj) else None


def _called_for_clause(verb, lemma: str):
    """"called for NATO members to increase spending", parsed as a for-clause."""
    if lemma != "call":
        return None
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i and
                   any(g.dep_ == "mark" and g.lower_ == "for" and g.i == verb.i + 1 for g in c.children)), None)
    return ([t for t in clause.subtree if t.i > verb.i + 1], False) if clause is not None else None


def _called_for(verb, lemma: str):
    """"called for an inquiry", "called on X to ..."."""
    if lemma != "call":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and
                 c.i == verb.i + 1), None)
    if prep is None:
        return None
    objs = [t for c in prep.children for t in c.subtree]
    if prep.lower_ != "for":
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > prep.i), None)
        objs = objs + list(xcomp.subtree) if xcomp is not None and objs else []
    return (objs, False) if objs else None


_ACCUSING = ("accuse", "charge", "blame", "criticise", "criticize")


def _accused_of(verb, lemma: str):
    """"accused X of Y", "blamed X for Y": what X is accused of."""
    if lemma not in _ACCUSING:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            objs = [t for c in child.children for t in c.subtree]
            if objs:
                return objs, False
    return None


def _accused(verb, lemma: str):
    """"accused X of Y" with "of Y" attached to X."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if lemma in _ACCUSING else None
    return (list(obj.subtree), False) if obj is not None else None


def _topic(verb, lemma: str):
    """"reported on a power cut", "talked about how the team was overlooked"."""
    preps = TOPIC_PREPOSITIONS.get(lemma)
    if not preps:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i and
                 not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)), None)
    objs = [t for c in prep.children for t in c.subtree] if prep is not None else []
    return (objs, False) if objs else None


def _adjunct_clause(verb, lemma: str):
    """"said on Friday during a news conference that he may wait": the clause misattached to an adjunct."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i:
            for t in child.subtree:
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl", "ccomp") and \
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children) and \
                        t.left_edge.lower_ == "that":
                    return list(t.subtree), False
    return None


def _object(verb, lemma: str):
    """"dismissed these claims", "touted the push ... as a way to ...", "reported 20 victims at a clinic"."""
    if lemma not in DOBJ_CUES:
        return None
    child = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
    if child is None:
        return None
    toks = list(child.subtree)
    for c2 in verb.children:  # "touted the push ... as a way to ...", "mocked X for ..."
        if c2.dep_ in ("prep", "oprd", "advcl") and c2.i > child.i and c2.lower_ in ("as", "with", "of", "for", "on") \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in c2.subtree):
            toks.extend(c2.subtree)
        elif lemma in FACT_CUES and c2.dep_ == "prep" and c2.i == child.right_edge.i + 1 and not any(
                t.ent_type_ in ("DATE", "TIME") for t in c2.subtree):
            toks.extend(c2.subtree)  # "reported 20 victims at a clinic that ..."
    return toks, False


def _cue_inside(verb, lemma: str):
    """"X said on Monday, sales had fallen", "By then, her lawyer said, she had left": the cue parsed as a clause
    of what it reports, which follows it after a comma."""
    edge = verb.right_edge.i
    comma = verb.doc[edge].text == "," or (edge + 1 < len(verb.doc) and verb.doc[edge + 1].text == ",")
    head = verb.head
    if not (verb.dep_ in ("parataxis", "ccomp") and head.i > verb.i and head.pos_ in ("VERB", "AUX") and comma):
        return None
    own = set(t.i for t in verb.subtree)
    toks = [t for t in head.subtree if t.i not in own and t.i > verb.right_edge.i and not t.is_punct]
    if toks and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) or toks and any(
            g.dep_ in ("nsubj", "nsubjpass") for c in head.children if c.dep_ in ("aux", "auxpass")
            and c.i < verb.i for g in c.children):  # "they had, her father says, paid ..."
        return [t for t in head.subtree if t.i not in own and t.i > verb.right_edge.i], False
    return None


def _split_clause(verb, lemma: str):
    """"ruled the council's rule of fining tenants but not owners is unlawful": the parser split the clause into an
    object and a conjoined verb; the clause is everything to the cue's right."""
    if lemma not in CLAUSE_CUES:
        return None
    split = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                  and c.lemma_.lower() not in REPORTING_VERBS and
                  any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children) and
                  not any(g.dep_ == "cc" and verb.i < g.i < c.i for g in verb.children)), None)
    if split is not None and any(c.dep_ == "dobj" and verb.i < c.i < split.i for c in verb.children):
        return [t for t in verb.subtree if t.i > verb.i], False
    return None


def _cue_after(verb, lemma: str):
    """"..., the minister said." attached as parataxis to the clause it reports."""
    head = verb.head
    if not (verb.dep_ in ("parataxis", "advcl", "conj") and head.i < verb.i and head.pos_ in ("VERB", "AUX")):
        return None
    own = set(t.i for t in verb.subtree)
    toks = [t for t in head.subtree if t.i not in own and t.i < verb.i]
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if toks and subject(verb) is not None and (verb.dep_ != "conj" or own_subject) and \
            (verb.dep_ != "advcl" or detachable(verb)):
        return toks, True
    return None


C = ContentRule
CONTENT_RULES: tuple[Step, ...] = tuple(Step(name, fn) for name, fn in (
    (C.RESPONSIBILITY, _responsibility), (C.CLAUSE_AFTER, _clause_after), (C.CLAUSE_BEFORE, _clause_before),
    (C.SMALL_CLAUSE, _small_clause), (C.BROKEN_CLAUSE, _broken_clause), (C.REQUEST, _request),
    (C.INFINITIVE, _infinitive), (C.CALLED, _called), (C.CALLED_QUOTED, _called_quoted),
    (C.CALLED_FOR_CLAUSE, _called_for_clause), (C.CALLED_FOR, _called_for), (C.ACCUSED_OF, _accused_of),
    (C.ACCUSED, _accused), (C.TOPIC, _topic), (C.ADJUNCT_CLAUSE, _adjunct_clause), (C.OBJECT, _object),
    (C.CUE_INSIDE, _cue_inside), (C.SPLIT_CLAUSE, _split_clause), (C.CUE_AFTER, _cue_after),
))
"""What a reporting verb reports: the first rule that finds tokens decides."""
del C


def find_content(verb, lemma: str) -> tuple[list, bool, Optional[ContentRule]]:
    """Tokens that carry what `verb` reports, whether the verb trails its content, and the rule that found them
    (`CONTENT_RULES`; no tokens and None when none did)."""
    found = first("content", CONTENT_RULES, verb, lemma, what=f"{verb.text!r}@{verb.idx}")
    if found is None:
        return [], False, None
    (toks, trailing), name = found
    return toks, trailing, name


def content_of(verb, lemma: str):
    """Tokens that carry what `verb` reports, and whether the verb trails its content."""
    toks, trailing, _ = find_content(verb, lemma)
    return toks, trailing

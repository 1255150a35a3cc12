"""Claim frames: what a claim asserts, read off the dependency parse of its content.

A frame is the claim's proposition in a comparable form: its subject, its predicate (lemma, with
negation, modality and tense), its object or complement, and the figures it gives with what they
count. "The mayor gave no warning" -> subject mayor, predicate warning (a light verb with a
noun), negated. "the guards repelled attempts by the crowd to enter" -> a negative implicative:
subject Ukrainian forces, predicate advance, negated, via repel. The frame also says whether the
claim rejects something said ("the report is false", "there is no evidence that ...", "X is lying").

`frame(span)` is pure: it reads a spaCy `Span` and returns a `Frame`; the subject's entity id is
filled in later, after entity resolution.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from kg.lexicon.predicates import (ATTEMPT_NOUNS, FALSEHOOD_WORDS, HEDGING_MODALS, LIGHT_VERBS, LYING_VERBS, MODALS,
                                   NEGATIVE_IMPLICATIVES, NEGATORS, NO_EVIDENCE_NOUNS, POLAR_PREPOSITIONS,
                                   STATEMENT_NOUNS, TRUTH_WORDS, UNIT_WORDS, UNSOUND_OBJECTS)
from kg.lexicon.speech import REPORTING_VERBS
from kg.model import Frame, Measure
from kg.rules import RuleName, Step, first, stamp

__all__ = ["FrameRule", "frame", "framed", "main_predicate"]

_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_OBJ = {"dobj", "attr", "oprd", "dative"}
_COMP = {"acomp", "attr", "oprd"}
_TRIM = " ,.;:\"“”'‘’"


def _inside(span, tok) -> bool:
    return span.start <= tok.i < span.end


def _children(span, tok, deps) -> list:
    return [c for c in tok.children if c.dep_ in deps and _inside(span, c)]


def main_predicate(span):
    """The token heading the claim's main clause: the first verb, auxiliary or predicate word among the roots."""
    roots = [t for t in span if t.head.i == t.i or not _inside(span, t.head)]
    for pos in (("VERB", "AUX"), ("ADJ", "NOUN", "PROPN")):
        for r in roots:
            if r.pos_ in pos:
                return r
    return roots[0] if roots else None


def _phrase(span, tok, limit: int = 10) -> str:
    toks = [t for t in tok.subtree if _inside(span, t) and t.dep_ not in ("relcl", "acl", "appos", "punct")
            or t.i == tok.i]
    toks = [t for t in toks if t.i >= tok.left_edge.i][:limit]
    return " ".join(t.text for t in toks).strip(_TRIM)


def _negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in NEGATORS:
            return True
        if c.dep_ in _SUBJ and (c.lower_ in ("nobody", "nothing", "no one", "neither")
                                or any(g.lower_ in ("neither", "no") and g.dep_ in ("preconj", "det") for g in c.children)):
            return True
    return False


def _tense(tok) -> str:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() in ("will", "shall") or a.lower_ == "'ll" for a in auxes):
        return "future"
    if any(a.lower_ == "going" for a in auxes) or any(c.lower_ == "going" and c.dep_ != "conj" for c in tok.children):
        # (not a "going" that heads the next clause: "I have never voted, but I'm going to vote")
        return "future"
    for t in [tok] + auxes:
        if "Past" in t.morph.get("Tense"):
            return "past"
    return "present"


def _modality(tok) -> str:
    for c in tok.children:
        if c.dep_ == "aux" and c.lemma_.lower() in MODALS:
            return c.lemma_.lower()
    return ""


def _agent_of_event(span, noun):
    """Who does an event noun: "Kyiv's advance" -> Kyiv; "attempts by Ukrainian forces" -> Ukrainian forces."""
    for c in noun.children:
        if c.dep_ == "poss" and _inside(span, c):
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _inside(span, obj):
                return obj
    return None


def _implied(span, pred):
    """A negative implicative's event: "repelled attempts by X to enter" -> (enter, X)."""
    objs = _children(span, pred, {"dobj", "xcomp", "ccomp", "nsubjpass"}) or _children(span, pred, {"attr"})
    for obj in objs:
        agent = _agent_of_event(span, obj)
        event = obj
        if obj.lemma_.lower() in ATTEMPT_NOUNS or obj.dep_ == "xcomp":
            inner = next((c for c in obj.children if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"
                          and _inside(span, c)), None)
            if inner is not None:
                event = inner
            if agent is None:
                agent = _agent_of_event(span, obj)
        if event.pos_ in ("VERB", "NOUN"):
            return event, agent
    return None, None


def _light_noun(span, pred):
    """'had no involvement', 'gave no warning': the noun carrying the meaning of a light verb."""
    for obj in _children(span, pred, {"dobj"}):
        if obj.pos_ == "NOUN":
            return obj
    return None


def _measures(span) -> list[Measure]:
    out = []
    places = [e.text for e in span.ents if e.label_ in ("GPE", "LOC", "FAC")]
    places += [t.text for t in span if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN")
               and t.head.lower_ in ("in", "at", "near") and t.ent_type_ not in ("DATE", "TIME", "PERSON")]
    dates = [e.text for e in span.ents if e.label_ in ("DATE", "TIME")]
    for tok in span:
        if not (tok.like_num or tok.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")) or tok.dep_ == "compound" \
                and tok.head.like_num:
            continue
        if tok.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        head = tok.head
        while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i and head.like_num:
            head = head.head
        counts = head.lemma_.lower() if head.i != tok.i and head.pos_ in ("NOUN", "PROPN") else ""
        if counts in UNIT_WORDS:  # "40 sq km of farmland": the unit is not what is measured
            counts = next((g.lemma_.lower() for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), "")
        if not counts and head.dep_ in ("pobj",) and head.head.head.pos_ == "NOUN":
            counts = head.head.head.lemma_.lower()
        if counts and head.lemma_.lower() == counts and head.head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            counts += " " + head.head.lemma_.lower()  # "30 soldiers were killed" is not "30 soldiers were wounded"
        if not counts:
            # "killed 21": the figure's verb says what is counted
            counts = head.lemma_.lower() if head.pos_ == "VERB" else ""
        out.append(Measure(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), counts=counts,
                           where=places[0] if places else "", when=dates[0] if dates else ""))
    return out


def frame(span) -> Frame:
    """The frame of a parsed claim content `span` (see `framed`)."""
    return framed(span)[0]


def framed(span) -> tuple[Frame, str]:
    """The frame of a parsed claim content `span` (see the module docstring) and the rules that read it
    (``"frame: light verb; rejects: no evidence"``, kg.rules).

    Clauses coordinated with the main one and having their own subject ("Ukraine gave no notice and the
    US had no involvement") get frames of their own, in `conjuncts`.
    """
    pred = main_predicate(span)
    if pred is None:
        return Frame(), stamp(("frame", FrameRule.NO_PREDICATE))
    main, rule = _framed(span, pred)
    conj = []
    for c in pred.children:
        if not _inside(span, c) or c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("conj", "advcl"):
            continue
        if c.dep_ == "advcl" and any(g.dep_ == "mark" for g in c.children):
            continue  # a real adverbial clause ("because ...") is not a second assertion
        subj = _subject_of(span, c)
        if subj is not None:
            conj.append(_frame_of(span, c, subj))
    if conj:
        main = main.model_copy(update={"conjuncts": [f for f in conj if f.predicate]})
    return main, rule


def _clause_of(span, noun) -> str:
    """The clause a noun introduces: "evidence that the vote was rigged" -> "the vote was rigged"."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and _inside(span, c)), None)
    if clause is None:
        return ""
    toks = [t for t in clause.subtree if _inside(span, t) and not (t.dep_ == "mark" and t.head.i == clause.i)]
    return " ".join(t.text for t in toks).strip(_TRIM)


def _subject_of(span, pred):
    """The subject of a clause; for "A did X and B had Y" misparsed with B as a conjunct of X's object, B."""
    own = next(iter(_children(span, pred, _SUBJ)), None)
    if own is not None:
        return own
    prev = span.doc[pred.i - 1] if pred.i > span.start else None
    if prev is not None and prev.dep_ == "conj" and prev.pos_ in ("PROPN", "NOUN", "PRON"):
        return prev
    return None


_REFERRING = {"it", "this", "that", "they", "these", "those", "which"}


def _later_verdict(span, pred) -> str | None:
    """A later sentence of the content calling what it refers to false ("... They are wrong.", "That is not
    true."): what it calls false (its subject), or None."""
    for root in span:
        if root.i <= pred.i or not (root.head.i == root.i or not _inside(span, root.head)) or root.lemma_.lower() != "be":
            continue
        comp = next(iter(_children(span, root, _COMP)), None)
        subj = next(iter(_children(span, root, _SUBJ)), None)
        if comp is None or subj is None or any(c.dep_ in ("xcomp", "ccomp") for c in (*root.children, *comp.children)):
            continue  # "It is wrong to cut the budget": a judgement of a deed, not of something said
        word = comp.lemma_.lower() if comp.lemma_.lower() in FALSEHOOD_WORDS | TRUTH_WORDS else comp.lower_
        negated = _negated(root) or any(c.lower_ in NEGATORS for c in comp.children)
        if subj.lower_ in _REFERRING and (word in FALSEHOOD_WORDS and not negated or word in TRUTH_WORDS and negated):
            return _phrase(span, subj)
    return None


class FrameRule(RuleName):
    """The frame stages' rules: the future read through "going to", how the predicate is read, its complement,
    and how the claim rejects something said."""

    NO_PREDICATE = "no predicate"
    GOING_TO = "going to"
    NEGATIVE_IMPLICATIVE = "negative implicative"
    LIGHT_VERB = "light verb"
    MAIN_PREDICATE = "main predicate"
    COPULA = "copula"
    CALLED_NOUN = "noun called false"
    FALSEHOOD_PREDICATE = "falsehood predicate"
    NOUN_VERDICT = "noun verdict"
    LYING = "lying verb"
    HOLDS_NO_WATER = "holds no water"
    CALLED_FALSE = "called false"
    NO_EVIDENCE_THERE = "there is no evidence"
    NO_EVIDENCE = "no evidence"
    LATER_VERDICT = "later verdict"


@dataclass
class _Reading:
    """A frame as its rules build it up: the predicate token, its subject, and what has been read so far."""

    span: Any
    pred: Any
    subj: Any
    negated: bool
    modality: str
    tense: str
    lemma: str = ""
    pos: str = ""
    via: str = ""
    complement: str = ""
    obj: Any = None
    comp: Any = None
    no_evidence: Optional[str] = None  # what a light verb's "no evidence" rejects (its clause)
    no_evidence_there: Optional[str] = None  # what "there is no evidence that ..." rejects
    target: Optional[str] = None  # what the claim calls false ("" when unnamed), None when it rejects nothing


def _going_to(r: _Reading):
    """"the team is going to win": the predicate is "win", said of the future."""
    if r.pred.lower_ != "going":
        return None
    event = next((c for c in _children(r.span, r.pred, {"xcomp"}) if c.pos_ in ("VERB", "AUX") and
                  any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if event is None:
        return None
    r.negated, r.tense, r.pred = r.negated or _negated(event), "past" if r.tense == "past" else "future", event
    return True


def _negative_implicative(r: _Reading):
    """"the guards repelled attempts by the crowd to enter": the crowd did not enter."""
    if r.lemma not in NEGATIVE_IMPLICATIVES:
        return None
    event, agent = _implied(r.span, r.pred)
    if event is None:
        return None
    r.via, r.lemma, r.pos = r.lemma, event.lemma_.lower(), "VERB"
    r.negated = not r.negated
    r.subj = agent if agent is not None else (r.subj if r.pred.lemma_.lower() in ("fail", "refuse") else None)
    r.obj = next(iter(_children(r.span, event, {"dobj"})), None)
    return True


def _light_verb(r: _Reading):
    """"gave no warning", "had no involvement": the noun carries the meaning."""
    noun = _light_noun(r.span, r.pred) if r.lemma in LIGHT_VERBS else None
    if noun is None:
        return None
    r.via, r.lemma, r.pos = r.lemma, noun.lemma_.lower(), "NOUN"
    r.negated = r.negated or any(c.lower_ in NEGATORS for c in noun.children)
    if r.lemma in NO_EVIDENCE_NOUNS and r.negated:
        r.no_evidence = _clause_of(r.span, noun)
    r.obj = next((g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    return True


def _main_predicate(r: _Reading):
    return True


def _copula(r: _Reading):
    """"the report is false", "the mayor is against the plan", "there is no evidence that ..."."""
    if not (r.pred.pos_ == "AUX" or r.lemma == "be"):
        return None
    comp = r.comp
    if comp is not None:
        r.complement = comp.lemma_.lower()
        r.negated = r.negated or any(c.lower_ in NEGATORS for c in comp.children)
        r.obj = None
    prep = next((c for c in _children(r.span, r.pred, {"prep"}) if c.lower_ in POLAR_PREPOSITIONS), None)
    if prep is not None and not r.complement:
        r.complement = POLAR_PREPOSITIONS[prep.lower_]
    if r.subj is not None and r.subj.lower_ == "there" and comp is not None and \
            comp.lemma_.lower() in NO_EVIDENCE_NOUNS and r.negated:
        r.no_evidence_there = _clause_of(r.span, comp)
    return True


def _roots(span) -> list:
    return [t for t in span if t.head.i == t.i or not _inside(span, t.head)]


def _called_noun(r: _Reading):
    """"called the charges unsubstantiated": a content of two roots, a noun and what it is called."""
    roots = _roots(r.span)
    called = next((t for t in roots if t.lemma_.lower() in FALSEHOOD_WORDS or t.lower_ in FALSEHOOD_WORDS), None)
    if called is None or not (not r.complement and r.pred.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") or (
            called.i != r.pred.i and r.pred.pos_ in ("NOUN", "PROPN", "PRON"))):
        return None
    r.complement = called.lemma_.lower() if called.lemma_.lower() in FALSEHOOD_WORDS else called.lower_
    r.subj = next((t for t in roots if t.i != called.i and t.pos_ in ("NOUN", "PROPN", "PRON")), r.subj)
    return True


def _falsehood_predicate(r: _Reading):
    """"the charges unsubstantiated and fabricated" (what a cue like "called" names): a noun and its verdict."""
    pred, span = r.pred, r.span
    if r.complement or not (pred.lower_ in FALSEHOOD_WORDS or r.lemma in FALSEHOOD_WORDS):
        return None
    noun = next((c for c in pred.children if c.pos_ in ("NOUN", "PROPN") and c.i < pred.i and _inside(span, c)), None)
    if noun is None and pred.i > span.start and span.doc[pred.i - 1].pos_ in ("NOUN", "PROPN"):
        noun = span.doc[pred.i - 1]
    if noun is None:
        return None
    r.complement, r.subj = (r.lemma if r.lemma in FALSEHOOD_WORDS else pred.lower_), noun
    return True


def _noun_verdict(r: _Reading):
    """"claims false and baseless": a noun with its verdict after it."""
    pred = r.pred
    if r.complement or pred.pos_ not in ("NOUN", "PROPN"):
        return None
    verdict = next((c for c in pred.children if c.dep_ in ("amod", "acl", "appos", "conj") and _inside(r.span, c)
                    and (c.lemma_.lower() in FALSEHOOD_WORDS or c.lower_ in FALSEHOOD_WORDS)
                    and c.i > pred.i), None)
    if verdict is None:
        return None
    r.complement = verdict.lemma_.lower() if verdict.lemma_.lower() in FALSEHOOD_WORDS else verdict.lower_
    r.subj = pred
    return True


def _lying(r: _Reading):
    """"X is lying about Y", "distorted the record" (not "the risk may be overstated"): what is lied about."""
    if r.lemma not in LYING_VERBS or r.negated or r.modality in HEDGING_MODALS:
        return None
    about = next((g for c in _children(r.span, r.pred, {"prep"}) if c.lower_ in ("about", "on")
                  for g in c.children if g.dep_ == "pobj"), None) or r.obj
    return _phrase(r.span, about) if about is not None else ""


def _holds_no_water(r: _Reading):
    """"the figures don't hold water", "the story does not hold up"."""
    subj = r.subj
    if r.lemma == "hold" and r.negated and subj is not None and any(
            c.lower_ in UNSOUND_OBJECTS or c.lower_ == "up" and subj.lemma_.lower() in STATEMENT_NOUNS
            for c in r.pred.children if c.dep_ in ("dobj", "prt") and _inside(r.span, c)):
        return _phrase(r.span, subj)
    return None


def _deed(r: _Reading) -> bool:
    """"the council is wrong to close the library": a deed judged, not words called false (but "false to say")."""
    pred, complement = r.pred, r.complement
    return any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for w in (pred, *(x for x in pred.children if x.lower_ == complement or x.lemma_.lower() == complement))
               for c in w.children if c.i > w.i and c.lemma_.lower() not in REPORTING_VERBS)


def _called_false(r: _Reading):
    """"the report is false", "that is not true", "called the charges baseless": its subject is called false."""
    if not (r.complement in FALSEHOOD_WORDS and not r.negated or r.complement in TRUTH_WORDS and r.negated) or _deed(r):
        return None
    return _phrase(r.span, r.subj) if r.subj is not None else ""


def _no_evidence_there(r: _Reading):
    return r.no_evidence_there


def _no_evidence(r: _Reading):
    return r.no_evidence


def _later_verdict_rule(r: _Reading):
    return _later_verdict(r.span, r.pred)


def _table(*pairs) -> tuple[Step, ...]:
    return tuple(Step(name, fn) for name, fn in pairs)


F = FrameRule
FUTURE_RULES = _table((F.GOING_TO, _going_to))
PREDICATE_RULES = _table((F.NEGATIVE_IMPLICATIVE, _negative_implicative), (F.LIGHT_VERB, _light_verb),
                         (F.MAIN_PREDICATE, _main_predicate))
COPULA_RULES = _table((F.COPULA, _copula))
COMPLEMENT_RULES = _table((F.CALLED_NOUN, _called_noun), (F.FALSEHOOD_PREDICATE, _falsehood_predicate),
                          (F.NOUN_VERDICT, _noun_verdict))
# the last rule to apply wins: a lying verb over a verdict on the subject, that over "no evidence", and a later
# sentence's verdict only when nothing in the claim's own clause rejects
REJECTION_RULES = _table((F.LYING, _lying), (F.HOLDS_NO_WATER, _holds_no_water), (F.CALLED_FALSE, _called_false),
                         (F.NO_EVIDENCE_THERE, _no_evidence_there), (F.NO_EVIDENCE, _no_evidence),
                         (F.LATER_VERDICT, _later_verdict_rule))
del F


def _stage(stage: str, table, r: _Reading, fired: list) -> Optional[tuple]:
    found = first(stage, table, r, what=f"{r.pred.text!r}@{r.pred.idx}")
    fired.append((stage, found[1] if found else None))
    return found


def _read(span, pred, subj) -> tuple[_Reading, str]:
    """Run the frame's stages over the clause headed by `pred`: the reading, and the rules that applied
    (``"frame: light verb; rejects: no evidence"``)."""
    r = _Reading(span, pred, subj if subj is not None else next(iter(_children(span, pred, _SUBJ)), None),
                 _negated(pred), _modality(pred), _tense(pred))
    fired: list[tuple[str, Optional[RuleName]]] = []
    _stage("future", FUTURE_RULES, r, fired)
    r.lemma, r.pos = r.pred.lemma_.lower(), r.pred.pos_
    r.obj = next(iter(_children(span, r.pred, _OBJ)), None)
    r.comp = next(iter(_children(span, r.pred, _COMP)), None)
    _stage("frame", PREDICATE_RULES, r, fired)
    _stage("complement", COPULA_RULES, r, fired)
    _stage("complement", COMPLEMENT_RULES, r, fired)
    rejected = _stage("rejects", REJECTION_RULES, r, fired)
    if rejected is not None:
        r.target = rejected[0]
    return r, stamp(*fired)


def _frame_of(span, pred, subj=None) -> Frame:
    return _framed(span, pred, subj)[0]


def _framed(span, pred, subj=None) -> tuple[Frame, str]:
    """The frame of the clause headed by `pred`, and the rules that made it."""
    r, rule = _read(span, pred, subj)
    pred, subj, obj, complement = r.pred, r.subj, r.obj, r.complement
    if obj is None and pred.pos_ == "VERB" and not complement:
        prep = next(iter(_children(span, pred, {"prep"})), None)
        if prep is not None:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return Frame(
        subject=_phrase(span, subj, 8) if subj is not None else "",
        subject_start=subj.left_edge.idx if subj is not None else None,
        subject_end=(subj.idx + len(subj.text)) if subj is not None else None,
        subject_head=subj.lemma_.lower() if subj is not None else "",
        predicate=r.lemma, pos=r.pos,
        via=r.via, negated=r.negated, modality=r.modality, tense=r.tense,
        object=_phrase(span, obj, 8) if obj is not None else "",
        object_head=obj.lemma_.lower() if obj is not None else "",
        complement=complement, rejects=r.target is not None, target=r.target or "", passive=subj is not None and
        subj.dep_ == "nsubjpass" and not complement and pred.pos_ == "VERB" and not r.via,
        measures=_measures(span) if pred.dep_ != "conj" else []), rule

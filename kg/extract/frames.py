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

from kg.lexicon.predicates import (ATTEMPT_NOUNS, FALSEHOOD_WORDS, HEDGING_MODALS, LIGHT_VERBS, LYING_VERBS, MODALS,
                                   NEGATIVE_IMPLICATIVES, NEGATORS, NO_EVIDENCE_NOUNS, POLAR_PREPOSITIONS,
                                   STATEMENT_NOUNS, TRUTH_WORDS, UNIT_WORDS, UNSOUND_OBJECTS)
from kg.lexicon.speech import REPORTING_VERBS
from kg.model import Frame, Measure

__all__ = ["frame", "main_predicate"]

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
    """The frame of a parsed claim content `span` (see the module docstring).

    Clauses coordinated with the main one and having their own subject ("Ukraine gave no notice and the
    US had no involvement") get frames of their own, in `conjuncts`.
    """
    pred = main_predicate(span)
    if pred is None:
        return Frame()
    main = _frame_of(span, pred)
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
    return main


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


def _frame_of(span, pred, subj=None) -> Frame:
    negated = _negated(pred)
    modality = _modality(pred)
    tense = _tense(pred)
    subj = subj if subj is not None else next(iter(_children(span, pred, _SUBJ)), None)
    event = next((c for c in _children(span, pred, {"xcomp"}) if c.pos_ in ("VERB", "AUX") and
                  any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None) if pred.lower_ == "going" else None
    if event is not None:  # "the team is going to win": the predicate is "win", said of the future
        negated, tense, pred = negated or _negated(event), "past" if tense == "past" else "future", event
    lemma = pred.lemma_.lower()
    via = ""
    complement = ""
    obj = next(iter(_children(span, pred, _OBJ)), None)
    comp = next(iter(_children(span, pred, _COMP)), None)
    rejects = False
    target = ""
    pos = pred.pos_
    if lemma in NEGATIVE_IMPLICATIVES:
        event, agent = _implied(span, pred)
        if event is not None:
            via, lemma, pos = lemma, event.lemma_.lower(), "VERB"
            negated = not negated
            subj = agent if agent is not None else (subj if pred.lemma_.lower() in ("fail", "refuse") else None)
            obj = next(iter(_children(span, event, {"dobj"})), None)
    elif lemma in LIGHT_VERBS and (noun := _light_noun(span, pred)) is not None:
        via, lemma, pos = lemma, noun.lemma_.lower(), "NOUN"
        negated = negated or any(c.lower_ in NEGATORS for c in noun.children)
        if lemma in NO_EVIDENCE_NOUNS and negated:
            rejects = True
            target = _clause_of(span, noun)
        obj = next((g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    if pred.pos_ == "AUX" or lemma == "be":
        if comp is not None:
            complement = comp.lemma_.lower()
            negated = negated or any(c.lower_ in NEGATORS for c in comp.children)
            obj = None
        prep = next((c for c in _children(span, pred, {"prep"}) if c.lower_ in POLAR_PREPOSITIONS), None)
        if prep is not None and not complement:
            complement = POLAR_PREPOSITIONS[prep.lower_]
        # "there is no evidence that ...": a rejection of what follows
        if subj is not None and subj.lower_ == "there" and comp is not None and comp.lemma_.lower() in NO_EVIDENCE_NOUNS \
                and negated:
            rejects = True
            target = _clause_of(span, comp)
    # "called the charges unsubstantiated": a content of two roots, a noun and what it is called
    roots = [t for t in span if t.head.i == t.i or not _inside(span, t.head)]
    called = next((r for r in roots if r.lemma_.lower() in FALSEHOOD_WORDS or r.lower_ in FALSEHOOD_WORDS), None)
    if called is not None and not complement and pred.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") or (
            called is not None and called.i != pred.i and pred.pos_ in ("NOUN", "PROPN", "PRON")):
        complement = called.lemma_.lower() if called.lemma_.lower() in FALSEHOOD_WORDS else called.lower_
        subj = next((r for r in roots if r.i != called.i and r.pos_ in ("NOUN", "PROPN", "PRON")), subj)
    # "the charges unsubstantiated and fabricated" (what a cue like "called" names): a noun and its verdict
    if not complement and (pred.lower_ in FALSEHOOD_WORDS or lemma in FALSEHOOD_WORDS):
        noun = next((c for c in pred.children if c.pos_ in ("NOUN", "PROPN") and c.i < pred.i and _inside(span, c)), None)
        if noun is None and pred.i > span.start and span.doc[pred.i - 1].pos_ in ("NOUN", "PROPN"):
            noun = span.doc[pred.i - 1]
        if noun is not None:
            complement, subj = (lemma if lemma in FALSEHOOD_WORDS else pred.lower_), noun
    if not complement and pred.pos_ in ("NOUN", "PROPN"):
        verdict = next((c for c in pred.children if c.dep_ in ("amod", "acl", "appos", "conj") and _inside(span, c)
                        and (c.lemma_.lower() in FALSEHOOD_WORDS or c.lower_ in FALSEHOOD_WORDS)
                        and c.i > pred.i), None)
        if verdict is not None:
            complement = verdict.lemma_.lower() if verdict.lemma_.lower() in FALSEHOOD_WORDS else verdict.lower_
            subj = pred
    deed = any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for w in (pred, *(x for x in pred.children if x.lower_ == complement or x.lemma_.lower() == complement))
               for c in w.children if c.i > w.i and c.lemma_.lower() not in REPORTING_VERBS)  # not "false to say"; "the council is wrong to close the library": a deed judged, not words called false
    if (complement in FALSEHOOD_WORDS and not negated or complement in TRUTH_WORDS and negated) and not deed:
        rejects = True
        target = _phrase(span, subj) if subj is not None else ""
    if lemma == "hold" and negated and subj is not None and any(
            c.lower_ in UNSOUND_OBJECTS or c.lower_ == "up" and subj.lemma_.lower() in STATEMENT_NOUNS
            for c in pred.children if c.dep_ in ("dobj", "prt") and _inside(span, c)):
        rejects, target = True, _phrase(span, subj)  # "the figures don't hold water"
    if not rejects and (verdict := _later_verdict(span, pred)) is not None:
        rejects, target = True, verdict
    if lemma in LYING_VERBS and not negated and modality not in HEDGING_MODALS:  # not "the risk may be overstated"
        rejects = True
        about = next((g for c in _children(span, pred, {"prep"}) if c.lower_ in ("about", "on")
                      for g in c.children if g.dep_ == "pobj"), None) or obj  # "distorted the record"
        target = _phrase(span, about) if about is not None else ""
    if obj is None and pred.pos_ == "VERB" and not complement:
        prep = next(iter(_children(span, pred, {"prep"})), None)
        if prep is not None:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return Frame(
        subject=_phrase(span, subj, 8) if subj is not None else "",
        subject_start=subj.left_edge.idx if subj is not None else None,
        subject_end=(subj.idx + len(subj.text)) if subj is not None else None,
        subject_head=subj.lemma_.lower() if subj is not None else "",
        predicate=lemma, pos=pos,
        via=via, negated=negated, modality=modality, tense=tense,
        object=_phrase(span, obj, 8) if obj is not None else "",
        object_head=obj.lemma_.lower() if obj is not None else "",
        complement=complement, rejects=rejects, target=target, passive=subj is not None and subj.dep_ == "nsubjpass"
        and not complement and pred.pos_ == "VERB" and not via,
        measures=_measures(span) if pred.dep_ != "conj" else [])

"""Speech reported by a phrase rather than a verb: "made clear that ...", "took the view that ...", "was adamant
that ...", and speaking said to have been done ("went on to say"). Pure functions of a parsed sentence; `kg.extract.claims` turns what they find into claims."""
from __future__ import annotations

from typing import NamedTuple

from kg.lexicon.speech import INSISTENT_ADJECTIVES, PERFORMED_HEADS, PHRASAL_CUES

__all__ = ["PhrasalCue", "performer", "phrasal_cues"]


class PhrasalCue(NamedTuple):
    verb: object  # the light verb, whose subject speaks ("made")
    cue: object  # the last token of the phrase ("clear", "view", "adamant")
    content: list  # the tokens of the that-clause


def _that_clause(*heads) -> list:
    """The subtree of a finite clause introduced by "that" under any of `heads` ("that" may be left out after
    "clear": "made clear the offer stands")."""
    for h in heads:
        for c in h.children:
            if c.dep_ in ("ccomp", "acl", "advcl") and c.i > h.i and c.pos_ in ("VERB", "AUX") and \
                    any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and \
                    not any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children):
                return list(c.subtree)
    return []


def phrasal_cues(sent) -> list[PhrasalCue]:
    """Every phrasal reporting cue in `sent` with the clause it reports."""
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not make clear that ...": nothing was said
        if lemma in PHRASAL_CUES:
            words = PHRASAL_CUES[lemma]
            for part in verb.children:
                if part.dep_ not in ("dobj", "ccomp", "acomp", "oprd", "xcomp") or part.lower_ not in words:
                    continue
                if part.lower_ in ("secret", "doubt") and not any(d.lower_ == "no" for d in part.children):
                    continue  # "made no secret that", "left no doubt that", but not "kept a secret"
                content = _that_clause(part, verb)
                if content:
                    out.append(PhrasalCue(verb, part, content))
                    break
        elif lemma == "be" or lemma in ("remain", "stay"):
            adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in INSISTENT_ADJECTIVES), None)
            content = _that_clause(adj, verb) if adj is not None else []
            if content:
                out.append(PhrasalCue(verb, adj, content))
    return out


def performer(verb):
    """For an infinitive cue whose speaking happened ("went on to say", "was quick to point out", "took pains to
    stress"), the verb whose subject speaks; None otherwise ("is expected to say", "refused to say", "asked him to
    explain")."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() in PERFORMED_HEADS or any(c.lower_ in PERFORMED_HEADS for c in head.children
                                                     if c.dep_ in ("dobj", "prt") and c.lower_ != "on"):
        return head.head if head.dep_ == "acomp" else head
    if head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
        return head
    return None

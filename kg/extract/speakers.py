"""Which token names a reporting verb's speaker, when the parser's subject of a participle is not one.

`kg.extract.clauses.subject` reads the parse; this module corrects it where the parse puts a participle
("..., saying ...", "... blaming ...") under the wrong clause:
- "X said the use of paper records wastes hours, further saying ...": the participle hangs off the
  reported clause, whose subject is a thing; the speaker is the reporting clause's subject, X.
- "X posted a message on its website blaming Y": the participle hangs off the medium ("its website"),
  which does not speak; X does.
- "A asked for secrecy, but B stated ...", parsed with both A and B as subjects of "stated": the nearer one.
- "Reuters, citing anonymous sources, reported ...": the cited sources (`kg.extract.animacy.cited_source`).
"""
from __future__ import annotations

from kg.extract.animacy import can_speak, cited_source, human, is_source, likely_speaker
from kg.extract.clauses import subject
from kg.lexicon.speakers import MEDIUM_PREPOSITIONS
from kg.lexicon.speech import DOCUMENT_NOUNS

__all__ = ["speaker_token"]

_CLIMB = 3  # clause levels a participle's speaker is looked for above it


def _mute(tok) -> bool:
    return tok.pos_ == "NOUN" and not can_speak(tok)


def speaker_token(verb):
    """The token naming who speaks through the reporting verb `verb`, or None."""
    if verb.lemma_.lower() == "cite" and any(c.dep_ == "dobj" and is_source(c) for c in verb.children) and \
            not any(c.dep_ in ("prep", "advcl", "xcomp", "ccomp", "oprd") for c in verb.children if c.i > verb.i) \
            and not any(c.dep_ in ("prep", "acl") for o in verb.children if o.dep_ == "dobj" for c in o.children
                        if c.lower_ == "as" or c.tag_ == "VBG"):
        # "Reuters, citing anonymous sources, ...": naming a source is no claim of its own ("cited the army as
        # saying ..." still reports what the army said)
        return None
    found = subject(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if found is not None and len(subjects) > 1 and found.i == subjects[0].i:
        # "The buyer asked ..., but the mayor stated ..." parsed with two subjects: the nearer speaks
        found = subjects[-1]
    if found is not None and verb.lemma_.lower() != "cite":
        # "Reuters, citing anonymous sources, reported ...": the cited sources say it
        cited = cited_source(verb) or cited_source(found)
        if cited is not None:
            return cited
    if found is not None and verb.dep_ == "relcl" and found.i == verb.head.i and not human(found) and \
            any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        # "the video became a rallying point for protesters, who called for ...": who is a person, the
        # nearest noun before it that can be one
        person = next((t for t in reversed(verb.doc[found.i + 1: verb.i]) if t.pos_ in ("NOUN", "PROPN") and
                       human(t) and t.head.i != verb.i), None)
        if person is not None:
            return person
    if verb.tag_ != "VBG" or found is None:
        return found
    if verb.dep_ == "pcomp" and verb.head.lower_ in MEDIUM_PREPOSITIONS and found.head.i == verb.i and \
            found.dep_ == "nsubj" and found.i < verb.i:
        # "posted a message on Facebook blaming ...", parsed with Facebook as the participle's subject
        clause = verb.head.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        poster = subject(clause) if clause.pos_ in ("VERB", "AUX") else None
        if poster is not None:
            return poster
    if verb.dep_ == "acl" and found.i == verb.head.i and found.i < verb.i and found.dep_ in ("pobj", "dobj") and (
            found.dep_ == "pobj" and found.head.lower_ in MEDIUM_PREPOSITIONS or
            found.pos_ == "NOUN" and (found.lemma_.lower() in DOCUMENT_NOUNS or _mute(found))):
        # "wrote a post on Facebook blaming ...", "unleashed a barrage of tweets criticizing ...": the one
        # who posted, not the medium or the thing posted
        clause = found.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        poster = subject(clause) if clause.pos_ in ("VERB", "AUX") else None
        if poster is not None and poster.i != found.i:
            return poster
    if verb.dep_ not in ("advcl", "xcomp", "conj"):
        return found
    # "X said the plan costs billions, saying ...": a thing cannot say; the reporting clause's speaker does
    clause, steps = verb.head, 0
    while not likely_speaker(found) and steps < _CLIMB and clause.head.i != clause.i:
        clause, steps = clause.head, steps + 1
        if clause.pos_ in ("VERB", "AUX"):
            outer = subject(clause)
            if outer is not None:
                found = outer
    return found

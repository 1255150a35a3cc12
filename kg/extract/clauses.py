"""What a cue reports: its grammatical source and the character span of its content.

Pure functions over spaCy tokens, used by `kg.extract.claims`: the subject of a reporting verb, the
contiguous span of its content without the cue, its source or nested attributions, and the quotation a
bare cue introduces or closes. Which tokens carry the content is read by the named rules of
`kg.extract.contents`.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.extract.claimers import Claimer
from kg.extract.complements import drop_aside
from kg.extract.docindex import text_of
from kg.extract.phrasal import performer
from kg.lexicon.cues import CLAUSE_CUES, DOBJ_CUES  # the cue table
from kg.lexicon.speech import ATTITUDE_VERBS, DOCUMENT_NOUNS, REPORTING_VERBS, TOPIC_PREPOSITIONS

__all__ = ["CLAUSE_CUES", "DATELINE", "DOBJ_CUES", "dateline_end", "passive_theme", "conjuncts", "content_span",
           "detachable", "nested_cue", "subject", "subtree_span", "trim"]

# what is shaved off either end of a content span
TRIM_LEFT = {"that", "whether", "if", ",", ":", "—", "–", "-", "\"", "“", "”", "‘", "’", "'", "and", "but"}
TRIM_RIGHT = {",", ";", ":", "—", "–", "-", "\"", "“", "”", "(", "‘", "’", "'", "and", "but", "."}


# a dateline or live-blog stamp opening a paragraph: "MOSCOW, August 8 (RIA Novosti) —", "Kyiv (Reuters) -",
# "08:38 -", "Updated 17:40 GMT:"
DATELINE = re.compile(r"""(?:
    (?:(?:Updated|UPDATED|Posted|POSTED)\s+)?\d{1,2}[:.h]\d{2}
        (?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|local\s+time|hrs))?
  | [A-Z][A-Z.'’-]{2,}(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}
        (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([^()\n]{2,40}\))?
  | [A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^()\n]{2,40}\))?
  | [A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*\([A-Z][^()\n]{1,38}\)
)\s*(?:[—–:]|--?)\s+""", re.X)


def dateline_end(text: str, start: int) -> int:
    """Where the content of a paragraph starting at `start` begins once a dateline or time stamp is skipped."""
    m = DATELINE.match(text, start)
    return m.end() if m else start


def trim(doc, start: int, end: int) -> tuple[int, int]:
    """Shrink a character span past surrounding space, quote marks, commas, complementisers and datelines."""
    text = text_of(doc)
    while start < end and text[start].isspace():
        start += 1
    if start == 0 or text[start - 1] == "\n":
        start = min(end, dateline_end(text, start))
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        for w in sorted(TRIM_LEFT, key=len, reverse=True):
            if text.startswith(w, start) and start + len(w) <= end:
                after = text[start + len(w): start + len(w) + 1]
                if not w.isalpha() or after in (" ", ""):
                    start += len(w)
                    changed = True
                    break
        for w in sorted(TRIM_RIGHT, key=len, reverse=True):
            if text.endswith(w, start, end):
                before = text[end - len(w) - 1: end - len(w)]
                if not w.isalpha() or before in (" ", ""):
                    end -= len(w)
                    changed = True
                    break
    return start, end


def subtree_span(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def subject(verb):
    """The token naming who a reporting verb's speaker is, or None."""
    found = _subject(verb)
    if found is not None and found.lower_ in DOCUMENT_NOUNS and found.dep_ == "dobj" and found.head.pos_ == "VERB" \
            and not any(c.dep_ == "poss" for c in found.children):
        # "the army released a statement saying ...": who issued the statement says it
        issuer = _subject(found.head)
        if issuer is not None:
            return issuer
    return found


def _subject(verb):
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            return verb.head  # "Jane Doe, who said ...": the relative pronoun stands for its antecedent
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            if child.dep_ == "nsubjpass":
                # "it was reported by X" -> the agent
                for c in verb.children:
                    if c.dep_ == "agent":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return p
                return None
            return child
    # "X said ... and added ...", "has vowed to ... and accused ..."
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.i == verb.sent.start and verb.tag_ == "VBD" and verb.is_title:
        # 'Remarked the team's captain, Jane Doe, "..."': a cue opening its sentence, its speaker after it
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN", "PRON") and \
            verb.lemma_.lower() not in ATTITUDE_VERBS:
        return verb.head  # "despite Moscow claiming ...", but not "the ferry, hoping to dock"
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and prev is not None and prev.dep_ == "pobj" and prev.pos_ in ("PROPN", "NOUN", "PRON") \
            and prev.head.lower_ in ("despite", "with", "without", "amid", "after", "following", "over", "against"):
        return prev  # "despite Moscow claiming ...", parsed with Moscow as the preposition's object
    if verb.tag_ == "VBG" and verb.dep_ in ("pobj", "pcomp"):
        # "with regional papers reporting ...": the noun the parser compounded onto the participle
        own = [c for c in verb.lefts if c.dep_ in ("compound", "nsubj", "nmod", "poss") and
               c.pos_ in ("NOUN", "PROPN", "PRON")]
        if own:
            return own[-1]
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VBG":
        # "..., adding the measure was temporary", "..., citing continued attacks"
        return subject(verb.head)
    doer = performer(verb)  # "went on to say ...", "was quick to point out ..." (kg.extract.phrasal)
    if doer is not None:
        return subject(doer)
    return None


def conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(conjuncts(c))
    return out


def passive_theme(verb, lemma: str):
    """"The attack was claimed by X": the passive subject of a cue with an agent is what X claims."""
    if lemma not in DOBJ_CUES and lemma not in ("claim", "deny", "confirm", "report"):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = any(c.dep_ == "agent" for c in verb.children)
    if subj is None or not agent or subj.pos_ == "PRON":
        return []
    return list(subj.subtree)


def nested_cue(tok) -> bool:
    """A reporting verb with a subject of its own: an attribution nested in another's content."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "no reason for the club to sign": an infinitive reports nothing said
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS and subject(tok) is not None


_RELATIVE_SUBJECTS = {"who", "that", "which"}
_SUBORDINATORS = {"if", "when", "whether", "because", "unless", "since", "after", "before", "until", "once", "so"}


def _inside(tok, quotes) -> bool:
    return any(q.start <= tok.idx < q.end for q in quotes or ())


def _absolute(tok) -> bool:
    """"..., with regional papers reporting ...", "despite X claiming ...": a phrase carrying an attribution of its own."""
    return tok.dep_ == "prep" and tok.lower_ not in ("of", "to", "that")


def detachable(clause) -> bool:
    """A clause that is an attribution of its own, not part of what the outer source says.

    "..., which the White House said ...", "..., as officials said" and "..., though X said ..." are;
    a conditional, causal or temporal clause ("if he had told her") is not.
    """
    if clause.dep_ == "advcl":
        mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
        return mark not in _SUBORDINATORS
    if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in clause.children):
        return False  # "there are still voters who feel that way": the clause says who they are, not who says it
    return True


def content_span(doc, toks, verb, claimer: Claimer, trailing: bool, quotes=None) -> Optional[tuple[int, int]]:
    """The contiguous run of content tokens next to the cue, without the cue, its source or nested attributions."""
    keep = {t.i for t in toks}
    keep.discard(verb.i)
    for t in toks:
        if t.i != verb.i and nested_cue(t) and not _inside(t, quotes):
            # drop the clause that carries the nested attribution ("..., which the White House said ...")
            top = t
            while top.head.i in keep and top.dep_ not in ("relcl", "advcl", "conj", "parataxis") and \
                    not _absolute(top) and top.head.i != top.i:
                top = top.head
            if (top.dep_ in ("relcl", "advcl", "conj", "parataxis") or _absolute(top)) and detachable(top):
                keep -= {x.i for x in top.subtree}
    source = doc.char_span(claimer.start, claimer.end, alignment_mode="expand")
    if source is not None:
        keep -= set(range(source.start, source.end))
    if not keep:
        return None
    # the longest run of consecutive kept tokens on the content side of the cue
    idx = sorted(keep)
    runs, run = [], [idx[0]]
    for i in idx[1:]:
        if i == run[-1] + 1 or all(doc[j].is_space or doc[j].is_punct for j in range(run[-1] + 1, i)):
            run.append(i)
        else:
            runs.append(run)
            run = [i]
    runs.append(run)
    side = [r for r in runs if (r[0] < verb.i) == trailing]
    if not side:
        return None
    best = max(side, key=len)
    clause = any(c.dep_ == "ccomp" and c.i in best for c in verb.children)
    if not clause and not any(doc[i].pos_ in ("VERB", "AUX") for i in best) and verb.lemma_.lower() not in DOBJ_CUES \
            and verb.lemma_.lower() not in ("accuse", "charge", "blame", "call", "claim") \
            and verb.lemma_.lower() not in TOPIC_PREPOSITIONS:
        return None
    best = drop_aside(doc, best, verb)
    first, last = doc[best[0]], doc[best[-1]]
    return first.idx, last.idx + len(last.text)

"""Which quotation a cue with no clause of its own takes: the one it opens, closes or is split by.

`colon_quote` is used by `kg.extract.claims` for `X added: "..."`, `X said, "..."`, `"..." X said.` and a
quotation split by its cue; the quotation marks, not the parser's clause, bound what was said.
"""
from __future__ import annotations

import re

from kg.extract.clauses import subject
from kg.extract.complements import trailing_source
from kg.extract.docindex import text_of
from kg.extract.quotes import Quote

__all__ = ["colon_quote"]

# the closing of a quotation before its source: '," ', '!” ', '”— '
_CLOSE = r"[,!?—–-]?[”\"’]{0,2}[,!?—–-]?\s*"


def colon_quote(doc, verb, quotes: list[Quote], content=()) -> list[tuple[int, int]]:
    """The quotations a cue with no clause of its own introduces or closes, in text order.

    `X added: "..."`, `X said, "..."` and `X said on Friday "..."` (the quotation right after the cue and
    its adjuncts), and `"..." X said.` where the quotation closes just before the source and cue; a
    quotation split by its cue (`"...," she said, "..."`) gives both halves. `content` holds the token
    indices the parser gave the cue as its clause: words in it are no adjunct between cue and quote.
    """
    out: list[tuple[int, int]] = []
    sent = verb.sent
    subj = subject(verb)
    for q in quotes:
        # "“Give us our wages,” the workers shouted": the quotation opens the cue's sentence, or the cue's
        # sentence starts inside a quotation of several sentences; the source may be a long description
        if q.closed and q.start <= sent.start_char + 2 and sent.start_char < q.end <= verb.idx \
                and (re.fullmatch(_CLOSE + r"(?:[\w'’.,()-]+\s+){0,6}", text_of(doc)[q.end:verb.idx]) or
                     trailing_source(doc, verb, subj, q.end)):
            out.append((q.start, q.end))
            break
    rest = [t for t in doc[verb.i + 1: sent.end] if not (t.is_punct or t.is_space)]
    if not out and verb.dep_ != "relcl" and subj is not None and subj.left_edge.i <= sent.start + 1 and \
            len(rest) <= 4 and not any(t.dep_ in ("dobj", "ccomp", "xcomp") for t in rest):
        # '"Who are they?" X said.': only when the source and cue open the sentence ("Under him, X protested"
        # reports something else)
        head_words = text_of(doc)[sent.start_char:verb.idx].split()
        if len(head_words) <= 6:
            before = text_of(doc)[max(0, sent.start_char - 4):sent.start_char]
            for q in quotes:
                if q.closed and 0 <= sent.start_char - q.end <= 3 and \
                        re.fullmatch(r"[”\"’]?\s*", text_of(doc)[q.end:sent.start_char]) and before.strip():
                    out.append((q.start, q.end))
                    break
    end = verb.idx + len(verb.text)
    after = text_of(doc)[end: end + 80]
    m = re.match(r"(?:[^\S\n]*,?[^\S\n]+[\w'’.-]+){0,6}?\s*[:,]\s*[\"“]", after) or \
        re.match(r"(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]*[\"“]", after)
    if m:
        pos = end + m.end()
        gap = [t for t in doc[verb.i + 1:] if t.idx < pos - 1]
        punctuated = bool(re.search(r"[:,]\s*[\"“]$", m.group()))
        if punctuated or not any(t.i in content for t in gap):
            for q in quotes:
                if q.start == pos and (punctuated or len(text_of(doc)[q.start:q.end].split()) >= 3):
                    # a quotation before the cue is its first half only when it breaks off at a comma:
                    # '"A," she said, "B"', not '"A." She said: "B"'
                    out = [(s, e) for s, e in out if re.match(r"\s*,|[^.!?]*?[”\"’]\s*,", text_of(doc)[e:e + 3])
                           or text_of(doc)[e - 1:e] == ","] + [(q.start, q.end)]
    return out

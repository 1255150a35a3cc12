"""The turns of an interview transcript: paragraphs that a speaker's label opens ("((Ada Obi)) ...", "Ada Obi: ..."),
each going on, paragraph after paragraph, while it speaks in the first person, to the next label.

`kg.pronouns.resolve_pronouns` reads them: inside a named person's turn a he or she is never that person (who is
"I"), and a label is no antecedent. (`kg.extract.turns` makes claims of such lines; this module only finds the
turns and who speaks them.)
"""
from __future__ import annotations

import re

from kg.lexicon.speech import CREDIT_LABELS

__all__ = ["transcript_turns"]

_BREAKS = re.compile(r"\n\s*\n")  # a paragraph break
# a transcript's turn label opening a paragraph: "((Ada Obi)) ..." or "Ada Obi: ..." (at most four words)
_LABEL = re.compile(r"^(?:\(\(([^()\n]{1,60})\)\)|([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):)[ \t]", re.M)


def transcript_turns(text: str, people: list) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The turns of a transcript that a named person speaks, (start, end, their id), each from its label to the
    next label (the paragraphs between go on in the same voice), and the spans of all the labels; `people` are the
    named mentions of persons (`kg.pronouns.Antecedent`: start, end, entity_id, surface)."""
    found = [m for m in _LABEL.finditer(text)
             if not {w.lower() for w in (m.group(1) or m.group(2)).split()} & CREDIT_LABELS]  # "Ada Obi Image:"
    labels = found if len(found) >= 2 else []  # a transcript takes turns
    turns: list[tuple[int, int, str]] = []
    for i, m in enumerate(labels):
        s, e = m.span(1) if m.group(1) else m.span(2)
        label = text[s:e].strip()
        who = next((a.entity_id for a in people if s <= a.start < e), None) or next(
            (a.entity_id for a in people if a.surface == label or a.surface.split()[-1] == label.split()[-1]), None)
        if who is not None:
            turns.append((m.end(), _turn_end(text, m.end(), labels[i + 1].start() if i + 1 < len(labels) else len(text)),
                          who))
    return turns, [m.span() for m in labels]


_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|me|my|we|us|our)(?![\w'’-])")


def _turn_end(text: str, start: int, end: int) -> int:
    """Where a turn that opens at `start` ends, by the next label at `end`: the paragraphs after its first go on
    in its voice while they speak in the first person; one that does not is the writer's."""
    for b in _BREAKS.finditer(text, start, end):
        nxt = text.find("\n\n", b.end(), end)
        if not _FIRST_PERSON.search(text, b.end(), nxt if nxt >= 0 else end):
            return b.start()
    return end


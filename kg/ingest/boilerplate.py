"""Keeping page furniture out of extraction while offsets still point into the original text.

`mask(text)` returns a string of the same length in which boilerplate characters are blanked
(newlines kept), so every offset into the masked text is an offset into the original.
"""
from __future__ import annotations

import re

from kg.lexicon.news import BOILERPLATE_LINE, PROMO_WORDS

__all__ = ["boilerplate_spans", "mask", "paragraphs"]

_CREDIT = re.compile(r"\((?:[^()]{0,80}?(?:/|\bvia\b|\bphoto\b|\bimages?\b|\bpool\b)[^()]{0,80}|AP|AFP|Reuters|Getty Images)\s*\)\s*$",
                     re.IGNORECASE)
_SENT_END = re.compile(r"(?<=[.!?])(?=[A-Z“\"])")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|your)\b", re.IGNORECASE)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of `text`; in news copy a line is a paragraph."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that are page furniture rather than reporting.

    Furniture: lines matching a general boilerplate pattern (comment prompts, sign-in, URLs),
    photo captions (a line ending in a photo credit, such as "(AP)" or "(Name/AFP via Getty Images)"),
    the second and later copies of a repeated line (headline, caption), and publisher appeals
    (a run of lines addressed to readers about donations, paywalls or subscriptions).
    """
    spans: list[tuple[int, int]] = []
    paras = paragraphs(text)
    seen: set[str] = set()
    promo = []
    for start, end in paras:
        line = text[start:end]
        key = _norm(line)
        if PROMO_WORDS.search(line) and _FIRST_PERSON.search(line):
            promo.append(True)
            continue
        if BOILERPLATE_LINE.match(line) or _CREDIT.search(line):
            spans.append((start, end))
            promo.append(False)
            continue
        if key in seen and len(key) > 3:
            spans.append((start, end))
            promo.append(False)
            continue
        seen.add(key)
        promo.append(bool(PROMO_WORDS.search(line) and _FIRST_PERSON.search(line)))
    # a line between two appeal lines that speaks to readers in the first person belongs to the appeal
    for i, (start, end) in enumerate(paras):
        if promo[i]:
            continue
        line = text[start:end]
        before = any(promo[j] for j in range(max(0, i - 2), i))
        after = any(promo[j] for j in range(i + 1, min(len(paras), i + 3)))
        if before and after and _FIRST_PERSON.search(line):
            promo[i] = True
    for i, (start, end) in enumerate(paras):
        if not promo[i]:
            continue
        # an appeal glued to the story's first sentence ("...the difference.Ukraine has ...")
        line = text[start:end]
        cut = end
        for m in _SENT_END.finditer(line):
            rest = line[m.start():]
            if not PROMO_WORDS.search(rest[:300]) and not _FIRST_PERSON.search(rest[:200]):
                cut = start + m.start()
                break
        spans.append((start, cut))
    return sorted(spans)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every character inside `spans` but newlines replaced by a space."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)

"""Quotations with no cue of their own: whose they are.

`inherit_quotes(col, min_words)` adds to a claims collector (`kg.extract.claims`) every quotation no cue
took: it goes to someone named as the subject of the sentence leading into it, else continues the speaker
of the quotation just before it, else, when that speaker is far, to the "he" or "she" the sentence before
it is about.
"""
from __future__ import annotations

from kg.extract.claimers import Claimer, resolve_source
from kg.extract.docindex import text_of
from kg.lexicon.speech import REPORTING_VERBS
from kg.model import EntityType, QuoteKind

__all__ = ["inherit_quotes"]


def _new_speaker(col, q, gap_start: int, prev):
    """(claimer, verb) of a person named as the subject of the sentence that leads into a quotation.

    "The engineer, Omar Nasser, was less sure. “Another tremor could ...”": the subject must be in the
    quotation's paragraph, in the sentence just before it or in the quotation's own sentence before it, and
    must not be the previous speaker.
    """
    para = text_of(col.doc).rfind("\n", 0, q.start) + 1
    first = col.doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None:
        return None
    own = first[0].sent
    before = col.doc[own.start - 1].sent if own.start > 0 else own
    lo = max(para, gap_start, before.start_char)
    for m in reversed(col.ctx.subjects):
        if not (lo <= m.start and m.end <= q.start) or (prev is not None and m.name == prev.claimer.name):
            continue
        if any(qq.start <= m.start < qq.end for qq in col.quotes):
            continue
        tok = col.doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            return None
        root = tok.root
        while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
            root = root.head
        verb = root.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return Claimer(m.name, m.text, EntityType.PERSON, m.start, m.end), verb
    return None


def _pronoun_speaker(col, q, span):
    """(claimer, verb) of a "he"/"she" subject of the sentence before a quotation, in its paragraph, or None."""
    own = span[0].sent
    if col.doc[own.start:span[0].i].text.strip(" \"“‘"):
        return None  # the quotation is inside a sentence of its own words
    if own.start == 0:
        return None
    before = col.doc[own.start - 1].sent
    para = text_of(col.doc).rfind("\n", 0, q.start) + 1
    if before.start_char < para:
        return None
    for tok in before:
        if tok.dep_ == "nsubj" and tok.lower_ in ("he", "she") and tok.head.pos_ in ("VERB", "AUX") and \
                tok.head.dep_ == "ROOT" and not any(qq.start <= tok.idx < qq.end for qq in col.quotes):
            claimer = resolve_source(tok, col.mentions, col.ctx)
            if claimer is not None and claimer.type == EntityType.PERSON:
                return claimer, tok.head
    return None


def _next_sentence(col, prev, q) -> bool:
    """Whether a quotation opens the sentence right after the one whose cue credits the quotation before it:
    '“A,” said Jane Doe, a lawyer who has argued such cases for years. “B.”' (a long credit is no new topic)."""
    if prev.quote not in (QuoteKind.DIRECT, QuoteKind.MIXED) or not prev.sentence_start <= prev.cue_start < prev.sentence_end:
        return False
    gap = text_of(col.doc)[prev.sentence_end:q.start]
    return "\n" not in gap and not gap.strip(" \"“‘'")


def inherit_quotes(col, min_words: int) -> None:
    """A quotation with no cue of its own continues the speaker of the quotation just before it."""
    claimed = [(c.start, c.end) for c in col.claims]
    for q in col.quotes:
        if any(s <= q.start < e or q.start <= s < q.end for s, e in claimed):
            continue
        if len(text_of(col.doc)[q.start:q.end].split()) < min_words:
            continue
        prev = None
        for c in sorted(col.claims, key=lambda c: c.start):
            if c.end <= q.start and q.start - c.end < 400 and (
                    c.quote in (QuoteKind.DIRECT, QuoteKind.MIXED) or not text_of(col.doc)[c.end:q.start].strip(" .,;:—–-\"“”")):
                prev = c  # a quotation, or a reported clause the quotation follows at once
        span = col.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        gap_start = max(prev.end, prev.cue_start + len(prev.cue)) if prev is not None else 0
        newcomer = _new_speaker(col, q, gap_start, prev)
        if newcomer is not None:
            # someone new took the floor just before the quotation: it is theirs, not an earlier speaker's
            claimer, verb = newcomer
            col.add(claimer, verb.text, verb.idx, q.start, q.end, span[0].sent, force_kind=QuoteKind.DIRECT)
            continue
        between = text_of(col.doc)[gap_start:q.start]
        if prev is None or between.count("\n") > 1 or len(between.split()) > 12 and not _next_sentence(col, prev, q):
            # too far from the last speaker: the quotation is the person the sentence before it is about,
            # when that sentence's subject is "he" or "she" ("She left the show. “It was not for me.”")
            found = _pronoun_speaker(col, q, span)
            if found is not None:
                col.add(found[0], found[1].text, found[1].idx, q.start, q.end, span[0].sent, force_kind=QuoteKind.DIRECT)
            continue
        # a quotation inside a sentence with its own reporting verb belongs to that verb's source
        if any(t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not (q.start <= t.idx < q.end)
               and t.idx != prev.cue_start for t in span[0].sent):
            continue
        claimer = prev.claimer
        col.add(claimer, prev.cue, prev.cue_start, q.start, q.end, span[0].sent, force_kind=QuoteKind.DIRECT)

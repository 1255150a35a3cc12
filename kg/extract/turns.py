"""Lines that name their speaker before a colon: headlines, transcript and Q&A turns, live-blog entries.

`headline_quotes(col)` adds to a claims collector (`kg.extract.claims`) every `Speaker: "words"`
headline, `NAME: words` or `Jane Doe: words` transcript turn and `08:38 - Jane Doe: words` live-blog
entry; credits ("Image: ..."), datelines ("KYIV: ..."), subtitles and kickers are no speakers, and an
interviewer's question asserts nothing.
"""
from __future__ import annotations

import re

from kg.extract.claimers import Claimer, resolve_source
from kg.extract.docindex import text_of
from kg.extract.quotes import Quote
from kg.lexicon.speech import (
    ANONYMOUS_NOUNS,
    CREDIT_LABELS,
    GROUP_NOUNS,
    MILITARY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_ROLE_NOUNS,
)
from kg.lexicon.world import country_of
from kg.model import EntityType, QuoteKind

__all__ = ["dash_credits", "headline_quotes"]

_HEADLINE = re.compile(r"^(?P<who>[A-Z][^\n:]{1,60}?)(?:\s+on\s+[^\n:]{1,60})?:\s+[\"“‘]?(?P<what>[A-Z][^\n]{5,3000}?)[\"”’]?[.!?]?\s*$")


_SPEAKER_NOUNS = PERSON_ROLE_NOUNS | GROUP_NOUNS | ANONYMOUS_NOUNS | ORGANISATION_NOUNS | MILITARY_NOUNS
_STAMP = re.compile(r"(?:(?:Updated|UPDATED|Posted|POSTED)\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|"
                    r"EST|EDT|ET|PT|local time))?\s*(?:[—–:]|--?)\s+")
_TURN = re.compile(r"^[\"“]?(?:\d{1,2}[:.]\d{2}\s*[—–-]+\s*)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s+\S", re.M)


def headline_quotes(col) -> None:
    """`Speaker: "What they said"`, `Speaker on Topic: What they said` (headlines) and `NAME: ...` (transcripts).

    The speaker must be a short noun phrase; the line must be the article's title, a title-case headline,
    quote what follows the colon, or name the speaker in capitals as interview transcripts do.
    """
    text = text_of(col.doc)
    turns = len(_TURN.findall(text))
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        stamp = _STAMP.match(line)
        if stamp:  # "08:38 - Jane Doe: ...": a live blog's time stamp is no part of the speaker
            line, base = line[stamp.end():], base + stamp.end()
        if line[:1] in ("\"", "“") and _TURN.match(line):  # '"NAME: words', a transcript quoted whole
            line, base = line[1:], base + 1
        h = _HEADLINE.match(line)
        if not h:
            continue
        who = h.group("who")
        if ". " in who or who.lower() in CREDIT_LABELS or who.split()[0].lower().rstrip(".") in CREDIT_LABELS:
            continue  # "Image: Jane Doe", "Reporting by ...": a credit, not a speaker
        ws, we = base + h.start("who"), base + h.end("who")
        span = col.doc.char_span(ws, we, alignment_mode="expand")
        if span is None or len(span) > 6 or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        # a transcript: several "Name: words" turns, this one by a named person
        # (or a live blog's stamped entry)
        transcript = (turns >= 2 or stamp is not None) and any(
            mm.type == EntityType.PERSON and (ws <= mm.start < we or who in (mm.text, mm.name)) for mm in col.mentions)
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        titled = len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6
        quoted = line[h.start("what") - 1: h.start("what")] in ("\"", "“", "‘")
        caps = h.group("who").isupper() and len(h.group("who")) > 2
        if caps and not (titled or quoted) and (
                country_of(h.group("who").title()) or any(t.ent_type_ in ("GPE", "LOC") for t in span) or
                len(re.findall(rf"^[\"“]?{re.escape(h.group('who'))}\s*:", text, re.M)) < 2):
            continue  # a dateline ("KYIV: ..."), not a transcript's speaker, who takes turns
        if transcript and not (titled or quoted) and line.rstrip().rstrip("\"”’").endswith("?"):
            continue  # an interviewer's question asserts nothing
        first_line = not text[:m.start()].strip()  # the article's title, in any case
        if not (titled or quoted or caps or transcript or (first_line and len(line) <= 200)):
            continue
        what = h.group("what").split()
        if len(what) <= 4 and all(w[0].isupper() or w.lower() in ("of", "the", "and", "in", "a") for w in what):
            continue  # "Harbour Lights: The Last Voyage": a title's subtitle, not words said
        claimer = _line_speaker(col, who, span, ws, we, caps)
        if claimer is None:
            continue
        if transcript or text[base - 1: base] in ("\"", "“"):
            # what a speaker says in a turn is their own words: cues inside it are not attributions; a turn
            # quoted whole ('"NAME: words') is a quotation of the words, not of the speaker's name
            col.quotes[:] = [q for q in col.quotes if q.start != base]
            col.quotes.append(Quote(base + h.start("what"), base + h.end("what"), True))
        sent = col.doc[span.start].sent
        col.add(claimer, ":", base + h.end("who"), base + h.start("what"), base + h.end("what"), sent,
                force_kind=QuoteKind.DIRECT)


def _line_speaker(col, who: str, span, ws: int, we: int, caps: bool) -> Claimer | None:
    """Who speaks the line `who: ...`, or None when `who` is no speaker (a kicker, a place)."""
    named = next((mm for mm in col.mentions if mm.type == EntityType.PERSON and who in (mm.text, mm.name)), None)
    if named is not None and not any(ws <= mm.start < we for mm in col.mentions):
        # the parser missed the name here but knows it elsewhere: "Jane Doe: ..." opening a transcript
        claimer = Claimer(named.name, who, EntityType.PERSON, ws, we)
    else:
        claimer = resolve_source(span.root, col.mentions, col.ctx)
    if claimer is None or claimer.type not in (EntityType.PERSON, EntityType.ORGANISATION, EntityType.MILITARY_UNIT,
                                               EntityType.GROUP):
        return None
    if not any(ws <= mm.start < we for mm in col.mentions) and named is None and not caps and \
            not who.istitle() and span.root.pos_ != "PROPN" and span.root.lemma_.lower() not in _SPEAKER_NOUNS:
        return None  # "Sticky situation: ...": a headline's kicker, not someone speaking
    return claimer


# a quotation signed with a dash: '“We will rebuild.” ― Jane Doe', or a set-off paragraph and, on the next
# line, '– Judge Jane Doe, in her ruling'
_AFTER_QUOTE = re.compile(r"[”\"’]?[^\S\n]*(?:[―—–]|--?(?=\s))[^\S\n]*")
_CREDIT_LINE = re.compile(r"^[^\S\n]*(?:[―—–]|--?)[^\S\n]*(?=[A-Z])", re.M)


def _signer(col, start: int):
    """The person or body named right at `start`, when the name ends its line or a clause of it."""
    text = text_of(col.doc)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    lead = re.match(r"(?:[A-Z][\w.]*[^\S\n]+){0,5}", text[start:line_end]).end()  # "Judge Jane Doe"
    for m in col.mentions:
        if start <= m.start <= start + lead and m.type in (EntityType.PERSON, EntityType.ORGANISATION) and \
                re.match(r"[^\S\n]*(?:[,.(]|$)", text[m.end:line_end + 1]) and len(text[start:line_end].split()) <= 12:
            return Claimer(m.name, text[start:m.end], m.type, start, m.end, False, m.affiliation)
    return None


def dash_credits(col) -> None:
    """Quotations signed after a dash, as vox pops, pull quotes and epigraphs are: the signer said them."""
    text = text_of(col.doc)
    for q in col.quotes:
        if not q.closed:
            continue
        m = _AFTER_QUOTE.match(text, q.end)
        if m is None or m.end() == q.end or not re.search(r"[―—–-]", m.group()):
            continue
        claimer = _signer(col, m.end())
        if claimer is not None:
            col.add(claimer, m.group().strip(" ”\"’"), m.start(), q.start, q.end, col.doc.char_span(
                q.start, q.end, alignment_mode="expand")[0].sent, force_kind=QuoteKind.DIRECT)
    for m in _CREDIT_LINE.finditer(text):
        # a paragraph set off without marks, signed on the next line
        claimer = _signer(col, m.end())
        prev_end = text.rfind("\n", 0, m.start())
        if claimer is None or prev_end <= 0:
            continue
        body_end = len(text[:prev_end].rstrip())
        body_start = text.rfind("\n", 0, body_end) + 1
        if any(q.start <= body_start < q.end or body_start <= q.start < body_end for q in col.quotes):
            continue  # a quotation there is signed by the rule above or has its own cue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        # a title quoted in the credit ('– Judge Jane Doe, "Opinion of the Court"') is nobody's words
        col.quotes[:] = [q for q in col.quotes if not (m.end() <= q.start < line_end)]
        span = col.doc.char_span(body_start, body_end, alignment_mode="expand")
        if span is not None and len(text[body_start:body_end].split()) >= 3:
            col.add(claimer, m.group().strip(), m.start(), body_start, body_end, span[0].sent, force_kind=QuoteKind.DIRECT)

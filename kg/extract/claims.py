"""Attributed claims in a parsed article: claimer, cue, content span, quote kind, polarity.

A pure function of a spaCy Doc (and the article's entity mentions): `extract_claims(doc)` returns
`RawClaim` tuples with character offsets into `text_of(doc)`. Handled: reporting verbs in any tense and
voice with their complement clause, "according to X", "X's claim that", colon-introduced quotes
and `X: "..."` headlines, attributions trailing or splitting a quotation, and quotation sentences
with no cue of their own, which inherit the speaker of the quotation before them. This module finds
the cues; `kg.extract.clauses` reads each cue's source and content span.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from kg.extract.claimers import Claimer, Context, gender_of, resolve_source
from kg.extract.clauses import (
    DOBJ_CUES,
    colon_quote,
    conjuncts,
    content_of,
    content_span,
    passive_theme,
    quote_kind,
    subject,
    subtree_span,
    trim,
)
from kg.extract.docindex import text_of
from kg.extract.entities import Mention, mentions as find_mentions
from kg.extract.quotes import Quote, quotes_in
from kg.lexicon.speech import (
    ANONYMOUS_NOUNS,
    ATTITUDE_VERBS,
    CREDIT_LABELS,
    DEPICTIONS,
    DISPUTE_CUES,
    GROUP_NOUNS,
    MILITARY_NOUNS,
    NOUN_CUES,
    ORGANISATION_NOUNS,
    PARTICLE_CUES,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS,
    STANCE_NOUNS,
)
from kg.lexicon.world import country_of

__all__ = ["RawClaim", "extract_claims"]

_MIN_CONTENT_WORDS = 3
# verbs that report speech only when a quotation follows them: "Cruz continued: “...”"
_COLON_ONLY_CUES = {"continue", "go", "begin", "conclude", "write", "put", "explain", "read", "react", "remark",
                    "reflect", "recall", "joke", "quip", "muse", "speak", "weigh", "chime"}


class RawClaim(NamedTuple):
    """A claim as found in one article, before entities are resolved across articles."""

    claimer: Claimer
    cue: str
    cue_start: int
    quote: str
    polarity: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


def _is_subject(doc, m: Mention) -> bool:
    """Whether a person's mention is the subject of its clause (or in apposition to one)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


class _Collector:
    def __init__(self, doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.quotes = quotes_in(text_of(doc))
        people = [m for m in mentions if m.type == "Person"]
        self.ctx = Context(people=people, subjects=[m for m in people if _is_subject(doc, m)],
                           bodies=[m for m in mentions if m.type in ("Organisation", "MilitaryUnit") and
                                   _is_subject(doc, m)])
        text = text_of(doc)
        for m in people:  # "Health Minister Jane Doe", "Jane Doe, the minister,": the roles the text gives her
            line_start = text.rfind("\n", 0, m.start) + 1
            after = text[m.end:m.end + 60]
            appos = after[1:].split(",")[0] if after.startswith(",") else ""  # "Jane Doe, the minister, said"
            around = text[max(line_start, m.start - 40):m.start] + " " + appos
            self.ctx.titles.append((m, around.lower()))
        for m in people:  # "Ms Jane Doe", "spokeswoman Jane Doe": what the text says of her gender
            g = gender_of(text_of(doc)[max(0, m.start - 25):m.end].split()[-6:])
            if g:
                self.ctx.gender.setdefault(m.name, g)
        self.claims: list[RawClaim] = []

    def add(self, claimer: Claimer, cue: str, cue_start: int, start: int, end: int, sent, *,
            polarity: str = "asserts", force_kind: str | None = None, min_words: int = _MIN_CONTENT_WORDS) -> None:
        if polarity == "disputes":
            min_words = 1
        start, end = trim(self.doc, start, end)
        if end <= start or len(text_of(self.doc)[start:end].split()) < min_words:
            if not (force_kind == "direct" and end > start):
                return
        kind, start, end = quote_kind(start, end, self.quotes)
        if force_kind:
            kind = force_kind
        start, end = trim(self.doc, start, end)
        if end <= start:
            return
        for c in self.claims:
            if c.start == start and c.end == end and c.claimer.name == claimer.name:
                return
        self.claims.append(RawClaim(claimer, cue, cue_start, kind, polarity, start, end,
                                    sent.start_char, sent.end_char))
        self.ctx.speakers.append(claimer)
        g = gender_of(claimer.mention.split()) if claimer.type == "Person" else None
        if g:
            self.ctx.gender.setdefault(claimer.name, g)


def _verb_cues(col: _Collector, sent) -> set[int]:
    """Claims introduced by reporting verbs; returns the token indices used as content."""
    used: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or (lemma not in REPORTING_VERBS and lemma not in _COLON_ONLY_CUES):
            continue
        if any(q.start <= tok.idx < q.end for q in col.quotes):
            continue  # speech reported inside a quotation is part of what the speaker says
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
            continue  # "if voters think ...": a hypothetical, not an attribution
        if tok.tag_ == "VBG" and lemma in ATTITUDE_VERBS and tok.dep_ in ("acl", "advcl", "xcomp", "pcomp", "pobj") \
                and not any(c.dep_ == "nsubj" for c in tok.children):
            continue  # "the plane, intending to land", "members opposing the bill": a participle, not a stance taken
        if lemma in PARTICLE_CUES and not any(t.lower_ in PARTICLE_CUES[lemma] for t in col.doc[tok.i + 1: tok.i + 4]):
            continue  # "troops poured into", but "poured scorn on"
        toks, trailing = content_of(tok, lemma) if lemma in REPORTING_VERBS else ([], False)
        if not toks and lemma in REPORTING_VERBS:
            toks = passive_theme(tok, lemma)
            trailing = True
        quoted = colon_quote(col.doc, tok, col.quotes, {t.i for t in toks})
        opened = [q for q in quoted if q[0] > tok.idx]
        colon = None
        if opened and (trailing or not toks or _ends_clause(text_of(col.doc), opened[0][1])):
            # 'At one point, X said, “...”', 'X said on Friday "..." and ...': the quotation the cue opens,
            # not the clause before it nor the parser's clause running past the closing mark
            colon = quoted
        elif not toks:
            if not quoted:
                continue
            colon = quoted
        subj = subject(tok)
        if subj is None or lemma == "show" and subj.lemma_.lower() in DEPICTIONS:
            continue  # "photos showed ...": a picture shows, nobody claims
        polarity = "disputes" if lemma in DISPUTE_CUES else "asserts"
        cue = tok.text
        relative = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")
                         and tok.dep_ == "relcl"), None)
        for source in conjuncts(subj):
            claimer = resolve_source(source, col.mentions, col.ctx)
            if claimer is None:
                continue
            if relative is not None:
                # "Jane Doe, who said ...": the antecedent speaks; the mention is the pronoun, as with "he"
                claimer = replace(claimer, mention=relative.text, start=relative.idx,
                                  end=relative.idx + len(relative.text))
            if colon:
                for qs, qe in colon:
                    col.add(claimer, cue, tok.idx, qs, qe, sent, polarity=polarity, force_kind="direct")
                continue
            span = content_span(col.doc, toks, tok, claimer, trailing, col.quotes)
            if span is None:
                continue
            start, end = span
            nominal = not any(t.pos_ in ("VERB", "AUX") for t in toks if start <= t.idx < end)
            col.add(claimer, cue, tok.idx, start, end, sent, polarity=polarity,
                    min_words=2 if lemma == "call" or nominal and (lemma in DOBJ_CUES or lemma == "claim")
                    else _MIN_CONTENT_WORDS)
            used.update(t.i for t in toks)
    return used


def _ends_clause(text: str, end: int) -> bool:
    """Whether a quotation closing at `end` is a whole utterance, not a phrase inside the reporter's clause."""
    if text[end - 1: end] in (".", ",", "!", "?", "…"):
        return True
    return bool(re.match(r"[”\"’]?\s*(?:[,.;:!?—–]|-\s|and\b|but\b|$)", text[end:end + 6]))


def _leading_phrase(doc, sent, tok, pobj):
    """(start, end) of the clause after a sentence-opening "According to X[, which ...]," or None."""
    if text_of(doc)[sent.start_char:tok.idx].strip(" \t\n\"“'‘—–-,"):
        return None
    # the phrase ends at the first comma after its object and any relative clause on it
    last = max([pobj.i] + [t.i for c in pobj.children if c.dep_ in ("relcl", "acl") for t in c.subtree])
    comma = next((t for t in doc[pobj.i: sent.end] if t.text == "," and t.i > last), None)
    if comma is None or comma.i + 1 >= sent.end:
        return None
    rest = [t for t in doc[comma.i + 1: sent.end] if not t.is_space]
    semi = next((t for t in rest if t.text == ";"), None)
    if semi is not None:
        rest = [t for t in rest if t.i < semi.i]
    if not rest or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return subtree_span(rest)


def _according_to(col: _Collector, sent) -> None:
    """"X did Y, according to Z" and "According to Z, X did Y"."""
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(col.doc) or col.doc[tok.i + 1].lower_ != "to":
            continue
        to = col.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = set(t.i for t in tok.subtree) | set(t.i for t in to.subtree)
        sources = conjuncts(pobj)
        lead = _leading_phrase(col.doc, sent, tok, pobj)
        if lead is not None:
            # "According to X, which cited Y, Z happened": the phrase ends at its comma, the clause follows
            start, end, sources = lead[0], lead[1], [s for s in sources if s.idx < lead[0]]
        else:
            content = [t for t in sent if t.i not in phrase and not t.is_space]
            if not content:
                continue
            # the content is the clause side of the phrase: before it if it trails, after it if it leads
            before = [t for t in content if t.i < tok.i]
            after = [t for t in content if t.i > max(phrase)]
            side = before if len(before) >= len(after) else after
            if not side:
                continue
            start, end = subtree_span(side)
        for source in sources:
            claimer = resolve_source(source, col.mentions, col.ctx)
            if claimer is not None:
                col.add(claimer, "according to", tok.idx, start, end, sent)


def _noun_cues(col: _Collector, sent) -> None:
    """"X's claim that ...", "a statement by X saying ..."."""
    for tok in sent:
        if tok.lower_ not in NOUN_CUES or tok.pos_ != "NOUN":
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and
                       any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
        if clause is None:
            continue
        _add_noun_claim(col, tok, list(clause.subtree), sent)


def _stance_nouns(col: _Collector, sent) -> None:
    """"X's support for Y", "her refusal to testify": an owned stance and what it is about."""
    for tok in sent:
        preps = STANCE_NOUNS.get(tok.lower_)
        if not preps or tok.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in tok.children):
            continue
        content = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i:
                content = [t for g in c.children for t in g.subtree]
            elif c.dep_ in ("acl", "relcl") and "to" in preps and c.i > tok.i and \
                    any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                content = list(c.subtree)  # "his plan to cut taxes"
            if content:
                break
        if content:
            _add_noun_claim(col, tok, content, sent, min_words=2)


def _add_noun_claim(col: _Collector, tok, content, sent, *, min_words: int = _MIN_CONTENT_WORDS) -> None:
    """A claim cued by a noun, owned by its possessor ("X's claim") or its by-phrase ("a claim by X")."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None:
        return
    claimer = resolve_source(owner, col.mentions, col.ctx)
    if claimer is not None:
        start, end = subtree_span(content)
        col.add(claimer, tok.text, tok.idx, start, end, sent, min_words=min_words)


_HEADLINE = re.compile(r"^(?P<who>[A-Z][^\n:]{1,60}?)(?:\s+on\s+[^\n:]{1,60})?:\s+[\"“‘]?(?P<what>[A-Z][^\n]{5,3000}?)[\"”’]?[.!?]?\s*$")


_SPEAKER_NOUNS = PERSON_ROLE_NOUNS | GROUP_NOUNS | ANONYMOUS_NOUNS | ORGANISATION_NOUNS | MILITARY_NOUNS
_STAMP = re.compile(r"(?:(?:Updated|UPDATED|Posted|POSTED)\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|"
                    r"EST|EDT|ET|PT|local time))?\s*(?:[—–:]|--?)\s+")
_TURN = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*[—–-]+\s*)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s+\S", re.M)


def _headline_quotes(col: _Collector) -> None:
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
            mm.type == "Person" and (ws <= mm.start < we or who in (mm.text, mm.name)) for mm in col.mentions)
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        titled = len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6
        quoted = line[h.start("what") - 1: h.start("what")] in ("\"", "“", "‘")
        caps = h.group("who").isupper() and len(h.group("who")) > 2
        if caps and not (titled or quoted) and (
                country_of(h.group("who").title()) or any(t.ent_type_ in ("GPE", "LOC") for t in span) or
                len(re.findall(rf"^{re.escape(h.group('who'))}\s*:", text, re.M)) < 2):
            continue  # a dateline ("KYIV: ..."), not a transcript's speaker, who takes turns
        if transcript and not (titled or quoted) and line.rstrip().rstrip("\"”’").endswith("?"):
            continue  # an interviewer's question asserts nothing
        first_line = not text[:m.start()].strip()  # the article's title, in any case
        if not (titled or quoted or caps or transcript or (first_line and len(line) <= 200)):
            continue
        what = h.group("what").split()
        if len(what) <= 4 and all(w[0].isupper() or w.lower() in ("of", "the", "and", "in", "a") for w in what):
            continue  # "Star Wars: The Force Awakens": a title's subtitle, not words said
        named = next((mm for mm in col.mentions if mm.type == "Person" and who in (mm.text, mm.name)), None)
        if named is not None and not any(ws <= mm.start < we for mm in col.mentions):
            # the parser missed the name here but knows it elsewhere: "Jane Doe: ..." opening a transcript
            claimer = Claimer(named.name, who, "Person", ws, we)
        else:
            claimer = resolve_source(span.root, col.mentions, col.ctx)
        if claimer is None or claimer.type not in ("Person", "Organisation", "MilitaryUnit", "Group"):
            continue
        if not any(ws <= mm.start < we for mm in col.mentions) and named is None and not caps and \
                not who.istitle() and span.root.pos_ != "PROPN" and span.root.lemma_.lower() not in _SPEAKER_NOUNS:
            continue  # "Slippery business: ...": a headline's kicker, not someone speaking
        if transcript:
            # what a speaker says in a turn is their own words: cues inside it are not attributions
            col.quotes.append(Quote(base + h.start("what"), base + h.end("what"), True))
        sent = col.doc[span.start].sent
        col.add(claimer, ":", base + h.end("who"), base + h.start("what"), base + h.end("what"), sent,
                force_kind="direct")


def _new_speaker(col: _Collector, q, gap_start: int, prev):
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
        return Claimer(m.name, m.text, "Person", m.start, m.end), verb
    return None


def _inherit_quotes(col: _Collector) -> None:
    """A quotation with no cue of its own continues the speaker of the quotation just before it."""
    claimed = [(c.start, c.end) for c in col.claims]
    for q in col.quotes:
        if any(s <= q.start < e or q.start <= s < q.end for s, e in claimed):
            continue
        if len(text_of(col.doc)[q.start:q.end].split()) < _MIN_CONTENT_WORDS:
            continue
        prev = None
        for c in sorted(col.claims, key=lambda c: c.start):
            if c.end <= q.start and q.start - c.end < 400 and (
                    c.quote in ("direct", "mixed") or not text_of(col.doc)[c.end:q.start].strip(" .,;:—–-\"“”")):
                prev = c  # a quotation, or a reported clause the quotation follows at once
        span = col.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        gap_start = max(prev.end, prev.cue_start + len(prev.cue)) if prev is not None else 0
        newcomer = _new_speaker(col, q, gap_start, prev)
        if newcomer is not None:
            # someone new took the floor just before the quotation: it is theirs, not an earlier speaker's
            claimer, verb = newcomer
            col.add(claimer, verb.text, verb.idx, q.start, q.end, span[0].sent, force_kind="direct")
            continue
        if prev is None:
            continue
        between = text_of(col.doc)[gap_start:q.start]
        if between.count("\n") > 1 or len(between.split()) > 12:
            continue
        # a quotation inside a sentence with its own reporting verb belongs to that verb's source
        if any(t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not (q.start <= t.idx < q.end)
               and t.idx != prev.cue_start for t in span[0].sent):
            continue
        claimer = prev.claimer
        col.add(claimer, prev.cue, prev.cue_start, q.start, q.end, span[0].sent, force_kind="direct")


def extract_claims(doc, mentions: list[Mention] | None = None) -> list[RawClaim]:
    """Every attributed claim in `doc`, in text order.

    Parameters
    ----------
    doc : a spaCy Doc parsed by kg's pipeline (a line break ends a sentence).
    mentions : the article's entity mentions; found with `kg.extract.entities.mentions` when None.
    """
    col = _Collector(doc, mentions if mentions is not None else find_mentions(doc))
    _headline_quotes(col)
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        _verb_cues(col, sent)
        _according_to(col, sent)
        _noun_cues(col, sent)
        _stance_nouns(col, sent)
    _inherit_quotes(col)
    return sorted(col.claims, key=lambda c: (c.start, c.claimer.name))

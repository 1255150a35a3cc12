"""Attributed claims in a parsed article: claimer, cue, content span, quote kind, polarity.

A pure function of a spaCy Doc (and the article's entity mentions): `extract_claims(doc)` returns
`RawClaim` tuples with character offsets into `text_of(doc)`. Handled: reporting verbs in any tense and
voice with their complement clause, "according to X", "X's claim that", colon-introduced quotes
and `X: "..."` headlines, attributions trailing or splitting a quotation, and quotation sentences
with no cue of their own, which inherit the speaker of the quotation before them (`kg.extract.inherit`).
This module finds the cues; `kg.extract.clauses` and `kg.extract.complements` read each cue's source and
content span, `kg.extract.cuequotes` the quotation a bare cue takes, `kg.extract.turns` the lines that
name their speaker before a colon or sign a quotation after a dash.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from kg.extract.claimers import Claimer, Context, gender_of, resolve_source
from kg.extract.coref import which_body
from kg.extract.complements import dangling_clause, passive_as, quoted_speaker
from kg.extract.clauses import (
    conjuncts,
    content_span,
    passive_theme,
    subject,
    subtree_span,
    trim,
)
from kg.extract.contents import ContentRule, find_content
from kg.extract.cuequotes import colon_quote
from kg.extract.docindex import text_of
from kg.extract.entities import Mention, mentions as find_mentions
from kg.extract.inherit import QuoteOrigin, inherit_quotes
from kg.extract.phrasal import phrasal_cues
from kg.extract.quotes import Quote, quote_kind, quotes_in, set_off_paragraph
from kg.extract.speakers import speaker_token
from kg.extract.turns import dash_credits, headline_quotes
from kg.lexicon.cues import (
    ACT_OBJECTS,
    ATTITUDE_VERBS,
    CLAUSE_CUES,
    COLON_ONLY_CUES,
    DISPUTE_CUES,
    DOBJ_CUES,
    EMBEDDED_CUES,
    ISSUING_VERBS,
    PARTICLE_CUES,
    REPORTING_VERBS,
)
from kg.lexicon.speech import DEPICTIONS, DOCUMENT_NOUNS, NOUN_CUES, STANCE_NOUNS
from kg.model import EntityType, Polarity, QuoteKind
from kg.rules import RuleName, stamp

__all__ = ["RawClaim", "extract_claims"]

_MIN_CONTENT_WORDS = 3
C = ContentRule


class RawClaim(NamedTuple):
    """A claim as found in one article, before entities are resolved across articles."""

    claimer: Claimer
    cue: str
    cue_start: int
    quote: QuoteKind
    polarity: Polarity
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    rule: str = ""  # the named rules that made it: "speaker: apposition; content: clause after cue" (kg.rules)


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
        people = [m for m in mentions if m.type == EntityType.PERSON]
        self.ctx = Context(people=people, subjects=[m for m in people if _is_subject(doc, m)],
                           bodies=[m for m in mentions if m.type in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT) and
                                   _is_subject(doc, m)], doc=doc)
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
        self.origin: tuple[str, RuleName] | None = None  # the rule of a path that names none (kg.extract.turns)

    def add(self, claimer: Claimer, cue: str, cue_start: int, start: int, end: int, sent, *,
            polarity: Polarity = Polarity.ASSERTS, force_kind: QuoteKind | None = None,
            min_words: int = _MIN_CONTENT_WORDS, how: tuple[str, RuleName] | None = None) -> None:
        """Add a claim unless it is too short or said already; `how`: the (stage, rule) that found its content."""
        if polarity == Polarity.DISPUTES:
            min_words = 1
        start, end = trim(self.doc, start, end)
        if end <= start or len(text_of(self.doc)[start:end].split()) < min_words:
            if not (force_kind == QuoteKind.DIRECT and end > start):
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
        rule = stamp(("speaker", claimer.rule), how or self.origin)
        self.claims.append(RawClaim(claimer, cue, cue_start, kind, polarity, start, end,
                                    sent.start_char, sent.end_char, rule))
        self.ctx.speakers.append(claimer)
        g = gender_of(claimer.mention.split()) if claimer.type == EntityType.PERSON else None
        if g:
            self.ctx.gender.setdefault(claimer.name, g)


def _verb_cues(col: _Collector, sent) -> set[int]:
    """Claims introduced by reporting verbs; returns the token indices used as content."""
    used: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        found = _verb_content(col, tok, lemma, sent) if _is_verb_cue(col, tok, lemma) else None
        if found is None:
            continue
        named_as, toks, trailing, colon, how = found
        # the parse's subject, corrected for participles (kg.extract.speakers)
        subj = named_as[0] if named_as else quoted_speaker(tok) or speaker_token(tok)
        if subj is None or lemma == "show" and subj.lemma_.lower() in DEPICTIONS:
            continue  # "photos showed ...": a picture shows, nobody claims
        polarity = Polarity.DISPUTES if lemma in DISPUTE_CUES else Polarity.ASSERTS
        cue = tok.text
        relative = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")
                         and tok.dep_ == "relcl"), None)
        for source in conjuncts(subj):
            claimer = resolve_source(source, col.mentions, col.ctx)
            if claimer is None:
                continue
            if relative is not None:
                # "Jane Doe, who said ...": the antecedent speaks; the mention is the pronoun, as with "he"
                claimer = which_body(claimer, relative, col.mentions) or claimer
                claimer = replace(claimer, mention=relative.text, start=relative.idx,
                                  end=relative.idx + len(relative.text))
            if colon:
                for qs, qe in colon:
                    col.add(claimer, cue, tok.idx, qs, qe, sent, polarity=polarity, force_kind=QuoteKind.DIRECT,
                            how=("content", how))
                continue
            span = content_span(col.doc, toks, tok, claimer, trailing, col.quotes)
            if span is None:
                continue
            start, end = span
            nominal = not any(t.pos_ in ("VERB", "AUX") for t in toks if start <= t.idx < end)
            col.add(claimer, cue, tok.idx, start, end, sent, polarity=polarity,
                    min_words=2 if lemma == "call" or nominal and (lemma in DOBJ_CUES or lemma == "claim")
                    else _MIN_CONTENT_WORDS, how=("content", how))
            used.update(t.i for t in toks)
    return used


def _is_verb_cue(col: _Collector, tok, lemma: str) -> bool:
    """Whether `tok` is a verb reporting speech here (not inside a quotation, a hypothetical or a participle)."""
    if tok.pos_ not in ("VERB", "AUX") or (lemma not in REPORTING_VERBS and lemma not in COLON_ONLY_CUES
                                           and not _issues_statement(tok, lemma)):
        return False
    if any(q.start <= tok.idx < q.end for q in col.quotes):
        return False  # speech reported inside a quotation is part of what the speaker says
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
        return False  # "if voters think ...": a hypothetical, not an attribution
    if tok.tag_ == "VBG" and lemma in ATTITUDE_VERBS and tok.dep_ in ("acl", "advcl", "xcomp", "pcomp", "pobj") \
            and not any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "the ferry, hoping to dock", "members opposing the bill": a participle, not a stance taken
    if lemma in PARTICLE_CUES and not any(t.lower_ in PARTICLE_CUES[lemma] for t in col.doc[tok.i + 1: tok.i + 4]):
        return False  # "volunteers poured into", but "poured scorn on"
    return True


def _verb_content(col: _Collector, tok, lemma: str, sent):
    """(named_as, content tokens, trailing, quotations, content rule) of a cue verb, or None when it reports nothing
    here."""
    named_as = passive_as(tok) if lemma in REPORTING_VERBS else None
    toks, trailing, how = (named_as[1], False, C.NAMED_AS) if named_as else \
        find_content(tok, lemma) if lemma in REPORTING_VERBS else ([], False, None)
    if lemma in ACT_OBJECTS and toks and not any(t.pos_ in ("VERB", "AUX") for t in toks) and \
            any(t.lemma_.lower() in ACT_OBJECTS[lemma] or t.lower_ in ACT_OBJECTS[lemma] for t in toks):
        return None  # "citing anonymous sources", "confirmed the nomination": an act, not a claim
    if not toks and lemma in REPORTING_VERBS:
        toks, trailing, how = passive_theme(tok, lemma), True, C.PASSIVE_THEME
    if not toks and lemma in REPORTING_VERBS:
        toks, trailing, how = dangling_clause(tok, lemma, CLAUSE_CUES), False, C.DANGLING_CLAUSE
    quoted = colon_quote(col.doc, tok, col.quotes, {t.i for t in toks})
    opened = [q for q in quoted if q[0] > tok.idx]
    colon = None
    if opened and (trailing or not toks or _ends_clause(text_of(col.doc), opened[0][1])):
        # 'At one point, X said, “...”', 'X said on Friday "..." and ...': the quotation the cue opens,
        # not the clause before it nor the parser's clause running past the closing mark
        colon, how = quoted, C.QUOTATION
    elif tok.dep_ == "ROOT" and not opened and set_off_paragraph(text_of(col.doc), sent.end_char):
        # 'The judge wrote:' and the next paragraph, set off without quotation marks
        colon, how = [set_off_paragraph(text_of(col.doc), sent.end_char)], C.SET_OFF
        col.quotes.append(Quote(*colon[0], True))  # the words are the speaker's: no cue in them is another's
    elif not toks:
        if not quoted:
            return None
        colon, how = quoted, C.QUOTATION
    return named_as, toks, trailing, colon, how


def _issues_statement(tok, lemma: str) -> bool:
    """"issued a statement: ...", "made the following announcement: ...": the issuer speaks the quotation."""
    return lemma in ISSUING_VERBS and any(c.dep_ == "dobj" and c.lower_ in DOCUMENT_NOUNS | NOUN_CUES
                                          for c in tok.children)


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
            how = C.ACCORDING_LEADS
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
            how = C.ACCORDING_BESIDE
        for source in sources:
            claimer = resolve_source(source, col.mentions, col.ctx)
            if claimer is not None:
                col.add(claimer, "according to", tok.idx, start, end, sent, how=("content", how))


def _noun_cues(col: _Collector, sent) -> None:
    """"X's claim that ...", "a statement by X saying ..."."""
    for tok in sent:
        if tok.lower_ not in NOUN_CUES or tok.pos_ != "NOUN":
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and
                       any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
        if clause is None:
            continue
        _add_noun_claim(col, tok, list(clause.subtree), sent, how=C.NOUN_CLAUSE)


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
            _add_noun_claim(col, tok, content, sent, min_words=2, how=C.STANCE)


def _phrasal(col: _Collector, sent) -> None:
    """"X made clear that ...", "X took the view that ...", "X was adamant that ..." (`kg.extract.phrasal`)."""
    text = text_of(col.doc)
    for p in phrasal_cues(sent):
        if any(q.start <= p.verb.idx < q.end for q in col.quotes):
            continue  # inside a quotation: part of what its speaker says
        subj = speaker_token(p.verb)
        claimer = resolve_source(subj, col.mentions, col.ctx) if subj is not None else None
        if claimer is None:
            continue
        span = content_span(col.doc, p.content, p.cue, claimer, False, col.quotes)
        if span is not None:
            col.add(claimer, text[p.verb.idx:p.cue.idx + len(p.cue.text)], p.verb.idx, *span, sent,
                    how=("content", C.PHRASAL))


def _add_noun_claim(col: _Collector, tok, content, sent, *, min_words: int = _MIN_CONTENT_WORDS,
                    how: ContentRule) -> None:
    """A claim cued by a noun, owned by its possessor ("X's claim") or its by-phrase ("a claim by X")."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING_VERBS:
        owner = subject(tok.head)  # "the ministry issued a statement that ...": the issuer
    if owner is None:
        return
    claimer = resolve_source(owner, col.mentions, col.ctx)
    if claimer is not None:
        start, end = subtree_span(content)
        col.add(claimer, tok.text, tok.idx, start, end, sent, min_words=min_words, how=("content", how))


def extract_claims(doc, mentions: list[Mention] | None = None) -> list[RawClaim]:
    """Every attributed claim in `doc`, in text order.

    Parameters
    ----------
    doc : a spaCy Doc parsed by kg's pipeline (a line break ends a sentence).
    mentions : the article's entity mentions; found with `kg.extract.entities.mentions` when None.
    """
    col = _Collector(doc, mentions if mentions is not None else find_mentions(doc))
    col.origin = ("quote", QuoteOrigin.HEADLINE)
    headline_quotes(col)
    col.origin = None
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        _verb_cues(col, sent)
        _according_to(col, sent)
        _noun_cues(col, sent)
        _stance_nouns(col, sent)
        _phrasal(col, sent)
    col.origin = ("quote", QuoteOrigin.DASH_CREDIT)
    dash_credits(col)
    col.origin = None
    inherit_quotes(col, _MIN_CONTENT_WORDS)
    return sorted(_without_reported_attitudes(col), key=lambda c: (c.start, c.claimer.name))


def _without_reported_attitudes(col: _Collector) -> list[RawClaim]:
    """The claims less those that are part of what someone else reports: an attitude, finding or promise
    inside another claim's reported words ("the aide said the mayor plans to run": the plan is the aide's
    claim), and a speaker reporting herself ("the mayor said she told the council ..." is one claim, not two)."""
    out = []
    for c in col.claims:
        cue = col.doc.char_span(c.cue_start, c.cue_start + len(c.cue), alignment_mode="expand")
        if cue is not None and any(d is not c and d.quote != QuoteKind.DIRECT and d.start <= c.cue_start < d.end and
                                   (cue.root.lemma_.lower() in ATTITUDE_VERBS | EMBEDDED_CUES or
                                    d.claimer.name == c.claimer.name)
                                   for d in col.claims):
            continue
        out.append(c)
    return out

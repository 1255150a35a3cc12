"""Attributed claims in a parsed article: claimer, cue, content span, quote kind, polarity.

A pure function of a spaCy Doc (and the article's entity mentions): `extract_claims(doc)` returns
`RawClaim` tuples with character offsets into `doc.text`. Handled: reporting verbs in any tense and
voice with their complement clause, "according to X", "X's claim that", colon-introduced quotes
and `X: "..."` headlines, attributions trailing or splitting a quotation, and quotation sentences
with no cue of their own, which inherit the speaker of the quotation before them.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from kg.extract.claimers import Claimer, Context, resolve_source
from kg.extract.entities import Mention, mentions as find_mentions
from kg.extract.quotes import Quote, quotes_in
from kg.lexicon.speech import DISPUTE_CUES, NOUN_CUES, REPORTING_VERBS

__all__ = ["RawClaim", "extract_claims"]

# verbs whose to-infinitive is the claim: "vowed to hit back", "threatened to ..."
_XCOMP_CUES = {"vow", "promise", "threaten", "pledge", "claim", "urge", "swear", "offer", "deny", "warn", "appear",
               "propose", "demand", "refuse", "expect", "hope", "plan", "want", "intend", "prefer", "agree"}
# verbs whose direct object is itself the claim: "dismissed these claims", "cited an increase"
_DOBJ_CUES = {"deny", "dismiss", "reject", "refute", "dispute", "contest", "rebut", "question", "cite", "report",
              "confirm", "announce", "tout", "describe", "predict", "estimate", "acknowledge", "admit", "reveal",
              "disclose", "allege", "forecast", "decry", "denounce", "condemn", "welcome", "praise", "criticise",
              "criticize", "blame", "highlight", "underline", "mock", "doubt", "fear", "promise", "pledge",
              "propose", "demand", "warn", "recall", "mention", "unveil", "show", "support", "endorse", "back",
              "oppose", "want", "favor", "favour", "prefer"}
# verbs that report only with a clause: a bare object ("she told reporters") is no claim
_TRIM_LEFT = {"that", "whether", "if", ",", ":", "—", "–", "-", "\"", "“", "”", "‘", "’", "'", "and", "but"}
_TRIM_RIGHT = {",", ";", ":", "—", "–", "-", "\"", "“", "”", "(", "‘", "’", "'", "and", "but", "."}
_MIN_CONTENT_WORDS = 3


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


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Shrink a character span past surrounding space, quote marks, commas and complementisers."""
    text = doc.text
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        for w in sorted(_TRIM_LEFT, key=len, reverse=True):
            if text.startswith(w, start) and start + len(w) <= end:
                after = text[start + len(w): start + len(w) + 1]
                if not w.isalpha() or after in (" ", ""):
                    start += len(w)
                    changed = True
                    break
        for w in sorted(_TRIM_RIGHT, key=len, reverse=True):
            if text.endswith(w, start, end):
                before = text[end - len(w) - 1: end - len(w)]
                if not w.isalpha() or before in (" ", ""):
                    end -= len(w)
                    changed = True
                    break
    return start, end


def _subtree_span(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _quote_kind(start: int, end: int, quotes: list[Quote]) -> tuple[str, int, int]:
    """direct when the content lies inside one quotation, mixed when it contains one, else indirect."""
    for q in quotes:
        if q.start - 2 <= start and end <= q.end + 2:
            # the quotation marks, not the parser's sentence, bound what was said: keep all of it
            return "direct", q.start, q.end
    for q in quotes:
        if start <= q.start and q.end <= end:
            return "mixed", start, end
        if q.start < end and start < q.end:
            # content covers most of the quotation plus more: mixed; else a fragment of a quote: direct
            inside = min(end, q.end) - max(start, q.start)
            if inside >= 0.8 * (end - start):
                return "direct", max(start, q.start), min(end, q.end)
            return "mixed", start, end
    return "indirect", start, end


def _subject(verb):
    for child in verb.children:
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
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.head  # "despite Moscow claiming ..."
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and prev is not None and prev.dep_ == "pobj" and prev.pos_ in ("PROPN", "NOUN", "PRON"):
        return prev  # "despite Moscow claiming ...", parsed with Moscow as the preposition's object
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VBG":
        # "..., adding the measure was temporary", "..., citing continued attacks"
        return _subject(verb.head)
    return None


def _conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(c))
    return out


def _content_of(verb, lemma: str):
    """Tokens that carry what `verb` reports, and whether the verb trails its content."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return list(child.subtree), child.i < verb.i
    for child in verb.children:
        if child.dep_ == "xcomp" and (lemma in _XCOMP_CUES or child.tag_ == "VBG"):
            return list(child.subtree), False
    if lemma == "call":
        # "called the decision “arbitrary”", "called for an inquiry"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        pred = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") and (obj is None or c.i > obj.i)), None)
        if obj is not None and pred is not None:
            return list(obj.subtree) + list(pred.subtree), False
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is not None:
            objs = [t for c in prep.children for t in c.subtree]
            if objs:
                return objs, False
    if lemma in ("accuse", "charge", "blame", "criticise", "criticize"):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                objs = [t for c in child.children for t in c.subtree]
                if objs:
                    return objs, False
        for child in verb.children:  # "accused X of Y" with "of Y" attached to X
            if child.dep_ == "dobj":
                return list(child.subtree), False
    # "said on Friday during a news conference that he may wait": the clause misattached to an adjunct
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i:
            for t in child.subtree:
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl", "ccomp") and \
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children) and \
                        t.left_edge.lower_ == "that":
                    return list(t.subtree), False
    if lemma in _DOBJ_CUES:
        for child in verb.children:
            if child.dep_ in ("dobj", "attr"):
                toks = list(child.subtree)
                for c2 in verb.children:  # "touted the push ... as a way to ..."
                    if c2.dep_ in ("prep", "oprd", "advcl") and c2.i > child.i and c2.lower_ in ("as", "with", "of"):
                        toks.extend(c2.subtree)
                return toks, False
    # "..., the minister said." attached as parataxis to the clause it reports
    if verb.dep_ in ("parataxis", "advcl", "conj") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        own = set(t.i for t in verb.subtree)
        toks = [t for t in head.subtree if t.i not in own and t.i < verb.i]
        if toks and not _subject(verb) is None:
            return toks, True
    return [], False


def _nested_cue(tok) -> bool:
    """A reporting verb with a subject of its own: an attribution nested in another's content."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS and _subject(tok) is not None


def _content_span(doc, toks, verb, claimer: Claimer, trailing: bool) -> Optional[tuple[int, int]]:
    """The contiguous run of content tokens next to the cue, without the cue, its source or nested attributions."""
    keep = {t.i for t in toks}
    keep.discard(verb.i)
    for t in toks:
        if t.i != verb.i and _nested_cue(t):
            # drop the clause that carries the nested attribution ("..., which the White House said ...")
            top = t
            while top.head.i in keep and top.dep_ not in ("relcl", "advcl", "conj", "parataxis") and top.head.i != top.i:
                top = top.head
            if top.dep_ in ("relcl", "advcl", "conj", "parataxis"):
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
    if not any(doc[i].pos_ in ("VERB", "AUX") for i in best) and verb.lemma_.lower() not in _DOBJ_CUES \
            and verb.lemma_.lower() not in ("accuse", "charge", "blame", "call"):
        return None
    first, last = doc[best[0]], doc[best[-1]]
    return first.idx, last.idx + len(last.text)


def _colon_quote(doc, verb, quotes: list[Quote]) -> Optional[tuple[int, int]]:
    """The quotation a cue with no clause of its own introduces or closes.

    `X added: "..."` and `X said, "..."` (the quotation right after the cue), or `"Who are they?"
    X said.` where the parser ended the sentence inside the quotation (the one just before the cue's
    sentence, when the source and cue open that sentence).
    """
    after = doc.text[verb.idx + len(verb.text): verb.idx + len(verb.text) + 40]
    m = re.match(r"(?:\s+\w+){0,3}?\s*[:,]\s*[\"“]", after)
    if m:
        pos = verb.idx + len(verb.text) + m.end()
        for q in quotes:
            if q.start == pos:
                return q.start, q.end
    sent = verb.sent
    head_words = doc.text[sent.start_char:verb.idx].split()
    if len(head_words) <= 6:
        before = doc.text[max(0, sent.start_char - 4):sent.start_char]
        for q in quotes:
            if q.closed and 0 <= sent.start_char - q.end <= 3 and re.fullmatch(r"[”\"’]?\s*", doc.text[q.end:sent.start_char]) \
                    and before.strip():
                return q.start, q.end
    return None


class _Collector:
    def __init__(self, doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.quotes = quotes_in(doc.text)
        self.ctx = Context(people=[m for m in mentions if m.type == "Person"])
        self.claims: list[RawClaim] = []

    def add(self, claimer: Claimer, cue: str, cue_start: int, start: int, end: int, sent, *,
            polarity: str = "asserts", force_kind: str | None = None) -> None:
        start, end = _trim(self.doc, start, end)
        if end <= start or len(self.doc.text[start:end].split()) < (1 if polarity == "disputes" else _MIN_CONTENT_WORDS):
            if not (force_kind == "direct" and end > start):
                return
        kind, start, end = _quote_kind(start, end, self.quotes)
        if force_kind:
            kind = force_kind
        start, end = _trim(self.doc, start, end)
        if end <= start:
            return
        for c in self.claims:
            if c.start == start and c.end == end and c.claimer.name == claimer.name:
                return
        self.claims.append(RawClaim(claimer, cue, cue_start, kind, polarity, start, end,
                                    sent.start_char, sent.end_char))
        self.ctx.speakers.append(claimer)


def _verb_cues(col: _Collector, sent) -> set[int]:
    """Claims introduced by reporting verbs; returns the token indices used as content."""
    used: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_VERBS:
            continue
        if any(q.start <= tok.idx < q.end for q in col.quotes):
            continue  # speech reported inside a quotation is part of what the speaker says
        toks, trailing = _content_of(tok, lemma)
        colon = None
        if not toks:
            colon = _colon_quote(col.doc, tok, col.quotes)
            if colon is None:
                continue
        subj = _subject(tok)
        if subj is None:
            continue
        polarity = "disputes" if lemma in DISPUTE_CUES else "asserts"
        cue = tok.text
        for source in _conjuncts(subj):
            claimer = resolve_source(source, col.mentions, col.ctx)
            if claimer is None:
                continue
            if colon:
                col.add(claimer, cue, tok.idx, colon[0], colon[1], sent, polarity=polarity, force_kind="direct")
                continue
            span = _content_span(col.doc, toks, tok, claimer, trailing)
            if span is None:
                continue
            start, end = span
            col.add(claimer, cue, tok.idx, start, end, sent, polarity=polarity)
            used.update(t.i for t in toks)
    return used


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
        content = [t for t in sent if t.i not in phrase and not t.is_space]
        if not content:
            continue
        # the content is the clause side of the phrase: before it if it trails, after it if it leads
        before = [t for t in content if t.i < tok.i]
        after = [t for t in content if t.i > max(phrase)]
        side = before if len(before) >= len(after) else after
        if not side:
            continue
        start, end = _subtree_span(side)
        for source in _conjuncts(pobj):
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
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if owner is None:
            continue
        claimer = resolve_source(owner, col.mentions, col.ctx)
        if claimer is not None:
            start, end = _subtree_span(list(clause.subtree))
            col.add(claimer, tok.text, tok.idx, start, end, sent)


_HEADLINE = re.compile(r"^(?P<who>[A-Z][^\n:]{1,60}?)(?:\s+on\s+[^\n:]{1,60})?:\s+[\"“‘]?(?P<what>[A-Z][^\n]{5,200}?)[\"”’]?[.!?]?\s*$")


def _headline_quotes(col: _Collector) -> None:
    """`Speaker: "What they said"`, `Speaker on Topic: What they said` (headlines) and `NAME: ...` (transcripts).

    The speaker must be a short noun phrase; the line must be a title-case headline, quote what follows
    the colon, or name the speaker in capitals as interview transcripts do.
    """
    text = col.doc.text
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        h = _HEADLINE.match(line)
        if not h:
            continue
        ws, we = m.start() + h.start("who"), m.start() + h.end("who")
        span = col.doc.char_span(ws, we, alignment_mode="expand")
        if span is None or len(span) > 6 or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        titled = len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6
        quoted = line[h.start("what") - 1: h.start("what")] in ("\"", "“", "‘")
        caps = h.group("who").isupper() and len(h.group("who")) > 2
        if not (titled or quoted or caps):
            continue
        claimer = resolve_source(span.root, col.mentions, col.ctx)
        if claimer is None or claimer.type not in ("Person", "Organisation", "MilitaryUnit", "Group"):
            continue
        sent = col.doc[span.start].sent
        col.add(claimer, ":", m.start() + h.end("who"), m.start() + h.start("what"), m.start() + h.end("what"), sent,
                force_kind="direct")


def _inherit_quotes(col: _Collector) -> None:
    """A quotation with no cue of its own continues the speaker of the quotation just before it."""
    claimed = [(c.start, c.end) for c in col.claims]
    for q in col.quotes:
        if any(s <= q.start < e or q.start <= s < q.end for s, e in claimed):
            continue
        if len(col.doc.text[q.start:q.end].split()) < _MIN_CONTENT_WORDS:
            continue
        prev = None
        for c in sorted(col.claims, key=lambda c: c.start):
            if c.quote in ("direct", "mixed") and c.end <= q.start and q.start - c.end < 400:
                prev = c
        if prev is None:
            continue
        between = col.doc.text[max(prev.end, prev.cue_start):q.start]
        if between.count("\n") > 1 or len(between.split()) > 12:
            continue
        span = col.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        # a quotation inside a sentence with its own reporting verb belongs to that verb's source
        if any(t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not (q.start <= t.idx < q.end)
               for t in span[0].sent):
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
    _inherit_quotes(col)
    return sorted(col.claims, key=lambda c: (c.start, c.claimer.name))

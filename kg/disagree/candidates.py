"""Stage 1 of disagreement: candidate pairs, by rules, for high recall; the scorer (`kg.disagree.scorer`) decides.

Every candidate is found by key or by a bounded walk through its article, never by comparing all pairs, and each
claim gives a bounded number. Each rule is a `CandidateRule`, stamped on the disputes it yields:
- the rules (`explicit`, `numeric`, `contradiction`): what they link, with how, as signals for the scorer;
- a rebuttal's neighbours: the nearest claims of other speakers before it (and a few after) in its article;
- the same measure: figures of one unit and measure in one article, from opposed sides, nearest first (not
  two polls: they measure two things);
- negated counterparts: claims of an opposed side in reach on a word of the same matter, or about one named person
  (a name in the first words of both: "Biden was not at the event"), one saying "not" or "no" and the other
  not ("no traces of poison were found" against "he was poisoned"), those sharing most first; a hedge ("might",
  "can") is no counterpart;
- figures on one topic: the nearest claims of an opposed side giving a figure on a word of the same matter, whatever
  their units were read as ("24 people hospitalised" against "as many as 32 hospitalised"); deaths are one matter
  whatever the words ("35 bodies", "killed twelve", "a dozen lost their lives"), and an agency named "Survey"
  is no poll.
Wider nets were measured and left out: each claim's three nearest claims of an opposed side, and claims of opposed
sides about one entity or subject, gave 3,900 more candidates holding 40 more disputes (1%), and the scorer,
trained with them, lost precision (.87 -> .60 out of fold) without finding more (see kg/data/DISPUTES-MODEL.md).
Identical or near-identical claims of one speaker in one article (a paragraph pasted twice) are one claim before
pairing: only the first is paired, so a repetitive article costs what its distinct claims cost.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice, takewhile

from spacy.lang.en.stop_words import STOP_WORDS

from kg.disagree.contradiction import contradictions
from kg.disagree.explicit import _common_stems, explicit_disputes, rejects
from kg.disagree.numeric import _POLL, _same_proposition, _same_whole, numeric_disputes
from kg.disagree.scorer import ScorerRule
from kg.disagree.sides import one_camp, opposed, same_speaker, speaker_key
from kg.extract.quantities import parse_number
from kg.lexicon.predicates import HEDGING_MODALS, POLL_CLAIMER
from kg.lexicon.stems import stem
from kg.model import Claim, Dispute, DisputeKind
from kg.rules import RuleName, stamp

__all__ = ["Candidate", "CandidateRule", "candidates", "distinct"]

BEFORE = 10  # a rebuttal's nearest earlier claims of other speakers
AFTER = 2  # and the next ones (a lead may deny before the charge is told)
WINDOW = 4000  # characters
AFTER_WINDOW = 800
MEASURE = 3  # a figure's nearest earlier figures of the same measure from an opposed side
NEGATED = 2  # a claim's nearest earlier claims of an opposed side on its matter, one negated and one not
FIGURES = 2  # a figure's nearest earlier figures of an opposed side on its matter
NEAR = 1500  # characters: how far back those two look
WALK = 40  # claims walked back at most (a dense article stays bounded)
_NEGATIVE = re.compile(r"\b(?:no|not|never|nothing|none|neither|nor|without|n['’]t)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CHANGE = re.compile(r"\b(?:r[io]sen?|rises|rising|fell|fall(?:en|s|ing)?|increas|decreas|grew|grow|drop|climb|doubl|"
                     r"goal|target|aim|expect)\w*", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_ACCUSES = re.compile(r"^(?:alleg|accus|blam)", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SURVEY_NAME = re.compile(r"\b(?:[A-Z][\w.]*\s+)+Survey\b")  # an agency's name: "the British Geological Survey"
_DEATH_WORDS = {"die", "died", "dead", "death", "deaths", "kill", "killed", "body", "bodies", "bodie", "fatality",
                "fatalities", "perish", "toll"}
_LIVES = re.compile(r"\blives\b|\blost\s+(?:his|her|their)\s+life\b", re.IGNORECASE)


class CandidateRule(RuleName):
    """How stage 1 found a pair (a Dispute's `rule` says "candidate: <this>")."""

    REFERENCE = "rebuttal by reference"
    RESTATED = "rebuttal restating"
    TOPIC = "rebuttal on topic"
    REBUTTAL = "rebuttal"
    NUMERIC = "numeric conflict"
    CONTRADICTION = "frame contradiction"
    JUXTAPOSED = "juxtaposed"
    WINDOW = "rebuttal window"
    MEASURE = "same measure"
    NEGATED = "negated counterpart"
    FIGURES = "figures on one topic"
    STATED = "stated by the text"
    COPIED = "same pair in another article"


_SIGNAL_RULE = {"rule_reference": CandidateRule.REFERENCE, "rule_restated": CandidateRule.RESTATED,
                "rule_topic": CandidateRule.TOPIC, "rule_explicit": CandidateRule.REBUTTAL,
                "rule_numeric": CandidateRule.NUMERIC, "rule_contradiction": CandidateRule.CONTRADICTION,
                "rule_juxtaposed": CandidateRule.JUXTAPOSED, "window": CandidateRule.WINDOW,
                "measure": CandidateRule.MEASURE, "rule_negated": CandidateRule.NEGATED,
                "rule_figures": CandidateRule.FIGURES}


@dataclass
class Candidate:
    """A pair that may be a dispute: `a` the disputed claim, `b` the disputing one, with what found it."""

    a: Claim
    b: Claim
    kind: str
    signals: dict[str, float] = field(default_factory=dict)
    reason: str = ""
    rule: str = ""


def _near_key(c: Claim) -> tuple:
    """The same claim, near enough: one speaker, one article, the same first words (figures and case aside)."""
    words = [w for w in _WORD.findall(c.content.lower()) if not w.isdigit()]
    return c.article, speaker_key(c), tuple(words[:20])


def distinct(claims: list[Claim]) -> tuple[list[Claim], dict[str, str]]:
    """The claims that are paired (one per near-identical group, the first in the text), and copy id -> kept id."""
    kept: dict[tuple, Claim] = {}
    copy_of: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.article, c.start, c.id)):
        k = _near_key(c)
        if k in kept:
            copy_of[c.id] = kept[k].id
        else:
            kept[k] = c
    return list(kept.values()), copy_of


_HOW = (("refers to it", "rule_reference"), ("claim", "rule_reference"), ("restates", "rule_restated"),
        ("nearest claim about", "rule_topic"), ("answering", "rule_reference"),
        ("questions what", "rule_reference"))


def _rule_signal(d: Dispute) -> dict[str, float]:
    if d.kind == DisputeKind.EXPLICIT:
        sig = {"rule_explicit": d.score}
        how = d.reason.split("” (", 1)[1] if "” (" in d.reason else ""
        for needle, name in _HOW:
            if needle in how.split(")")[0]:
                sig[name] = 1.0
                break
        return sig
    if d.kind == DisputeKind.NUMERIC:
        return {"rule_numeric": d.score}
    if "set against each other" in d.reason:
        return {"rule_juxtaposed": d.score}
    return {"rule_contradiction": d.score}


def _unnamed(text: str) -> str:
    """`text` without the names of survey agencies ("the US Geological Survey" measures, it polls nobody)."""
    return _SURVEY_NAME.sub(" ", text)


def _polls(a: Claim, b: Claim) -> bool:
    """Two polls' figures measure two things (DISPUTES.md): no candidate."""
    ca, cb, sa, sb = (_unnamed(t) for t in (a.claimer, b.claimer, a.sentence, b.sentence))
    return bool(_POLL.search(ca + " " + cb) or POLL_CLAIMER.match(ca) or POLL_CLAIMER.match(cb) or
                _POLL.search(sa) and _POLL.search(sb))


class _Found:
    """The candidates so far, one per pair: a pair found twice keeps the first rule and both rules' signals."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], Candidate] = {}

    def add(self, a: Claim, b: Claim, kind: str, signals: dict[str, float], reason: str = "") -> None:
        if a.id == b.id or same_speaker(a, b):
            return
        key, rev = (a.id, b.id), (b.id, a.id)
        if key not in self.pairs and rev in self.pairs and not signals.get("rule_explicit") and not rejects(b):
            key = rev  # the same pair found the other way round: one candidate
        cand = self.pairs.get(key)
        rule = next((r for k, r in _SIGNAL_RULE.items() if k in signals), "")
        if cand is None:
            x, y = (a, b) if key == (a.id, b.id) else (b, a)
            self.pairs[key] = Candidate(x, y, kind, dict(signals), reason, rule)
            return
        for k, v in signals.items():
            cand.signals[k] = max(cand.signals.get(k, 0.0), v)
        if reason and not cand.reason:
            cand.reason, cand.kind, cand.rule = reason, kind, rule


def _from_rules(reps: list[Claim], context: dict[str, str] | None, found: _Found) -> list[Dispute]:
    """The pairs the rules link; the disputes by an entity named only in the text (b is None) are returned."""
    by_id = {c.id: c for c in reps}
    entity_disputes = []
    for d in explicit_disputes(reps) + numeric_disputes(reps, context) + contradictions(reps):
        if d.b is None:
            entity_disputes.append(d.model_copy(update={"rule": stamp(
                ("candidate", CandidateRule.STATED), ("scorer", f"{ScorerRule.RULE_SCORE} p={d.score:.2f}"))}))
            continue
        a, b = by_id.get(d.a), by_id.get(d.b)
        if a is not None and b is not None:
            found.add(a, b, DisputeKind(d.kind), _rule_signal(d), d.reason)
    return entity_disputes


def _window(doc: list[Claim], starts: list[int], found: _Found) -> None:
    """A rebuttal's nearest claims of other speakers: BEFORE before it, AFTER after it, and the accusations told
    after it in reach (a lead may deny the charge a later paragraph reports: "X alleged Iranian involvement")."""
    for b in doc:
        if not rejects(b):
            continue
        i = bisect_left(starts, b.start)
        earlier = takewhile(lambda a: b.start - a.end <= WINDOW, reversed(doc[:i]))
        later = list(takewhile(lambda a: a.start - b.end <= AFTER_WINDOW, doc[i + 1:i + 1 + WALK]))
        accusations = (a for a in later if _ACCUSES.match(a.cue))
        for group, most in ((earlier, BEFORE), (later, AFTER), (accusations, AFTER)):
            for a in islice((a for a in group if not same_speaker(a, b) and not rejects(a)), most):
                found.add(a, b, DisputeKind.EXPLICIT, {"window": 1.0})


def _same_measure(doc: list[Claim], found: _Found) -> None:
    """Figures of one unit and measure, from opposed sides, nearest first."""
    lists: dict[tuple, list[Claim]] = defaultdict(list)
    for c in doc:
        for k in {(q.unit, q.measure) for q in c.quantities}:
            lists[k].append(c)
    for group in lists.values():
        for j, b in enumerate(group):
            near = takewhile(lambda a: b.start - a.start <= WINDOW, reversed(group[:j]))
            for a in islice((a for a in near if opposed(a, b) and not _polls(a, b) and _one_count(a, b)), MEASURE):
                found.add(a, b, DisputeKind.NUMERIC, {"measure": 1.0})


def negative(c: Claim) -> bool:
    """Whether a claim says no or not ("no traces were found", "was not at the event")."""
    return c.frame.negated or c.negated or _NEGATIVE.search(c.content) is not None


def has_figure(c: Claim) -> bool:
    return bool(c.quantities) or any(_DIGIT.search(m.text) for m in c.frame.measures)


def _counted(m, content: str) -> str:  # noqa: ANN001 - a frame's Measure
    """What a figure counts, by the last word of what the frame says it counts, deaths read as one thing whatever the
    word ("35 bodies", "killed twelve", "18 people died", "a dozen people lost their lives": deaths)."""
    words = m.counts.split()
    if any(w in _DEATH_WORDS for w in words) or words[-1:] == ["lose"] and _LIVES.search(content):
        return "death"
    return words[-1] if words else ""


def _figure(text: str) -> bool:
    """Whether a measure's words are a figure: digits or a number word ("twelve", "a dozen")."""
    return bool(_DIGIT.search(text)) or parse_number(text) is not None


def _matter(c: Claim) -> set[str]:
    """What a claim is about, as stems of its lower-case content words and of what its figures count (a death
    count is about deaths, whatever its words)."""
    counted = {_counted(m, c.content) for m in c.frame.measures if _figure(m.text)}
    return _common_stems(c.content) | {stem(w) for m in c.frame.measures for w in m.counts.split() if len(w) > 3} | \
        ({"death"} & counted) | _names(c.content)


def _names(text: str) -> set[str]:
    """The capitalised words of `text` as name keys ("name:biden"), stop words aside ("The", "This")."""
    return {"name:" + w.lower() for w in _NAME.findall(text) if w.lower() not in STOP_WORDS}


def _on_one_matter(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Whether what two claims share is a matter: a content word or a figure's topic, or a name that both are
    about (in the first words of each: "Biden was not at the event" and "Biden commented on ..."), not one named
    in passing (a name leading only one of them was measured: 35 more pairs on a measured set for one dispute)."""
    words = {w for w in shared if not w.startswith("name:")}
    return bool(words) or bool(shared & _names(_lead_words(a.content)) & _names(_lead_words(b.content)))


def _lead_words(text: str) -> str:
    return " ".join(text.split()[:3])


def _hedged(a: Claim, b: Claim) -> bool:
    """A claim that something might be, or will be, says nothing that a denial of what was contradicts. (A denied
    ability, "can't be considered", reads as a hedge too: taking it as a denial was measured, and gave many pairs
    for one more dispute.)"""
    return a.frame.modality in HEDGING_MODALS or b.frame.modality in HEDGING_MODALS or \
        (a.frame.tense == "future") != (b.frame.tense == "future")


def _one_count(a: Claim, b: Claim) -> bool:
    """Figures that may count one thing: what they count ends in the same word ("people infect", "infect"), at no
    two different places or times (a part left unsaid matches anything), neither a change ("had risen to 55
    percent": a later time) nor a goal, and shares of one whole said of one thing."""
    if _CHANGE.search(a.content) or _CHANGE.search(b.content):
        return False
    if any(q.unit == "percent" for q in a.quantities + b.quantities) and not (
            _same_proposition(a, b) and _same_whole(a, b)):
        return False  # shares of two things: two races, two rates, two groups (DISPUTES.md)
    for ma in a.frame.measures:
        for mb in b.frame.measures:
            if not (_figure(ma.text) and _figure(mb.text)):
                continue
            if ma.counts and mb.counts and _counted(ma, a.content) != _counted(mb, b.content):
                continue
            if all(not x or not y or x == y for x, y in ((ma.where, mb.where), (ma.when, mb.when))):
                return True
    return not (a.frame.measures and b.frame.measures)


def _counterparts(doc: list[Claim], found: _Found) -> None:
    """NEGATED and FIGURES: for each claim, the earlier claims of an opposed side on its matter, in reach: negated
    counterparts those sharing most of its matter first (then the nearest), figures the nearest first."""
    matter = {c.id: _matter(c) for c in doc}
    for j, b in enumerate(doc):
        neg, fig = negative(b), has_figure(b)
        negated, figures = [], []
        for k, a in enumerate(doc[max(0, j - WALK):j][::-1]):
            if b.start - a.end > NEAR:
                break
            shared = matter[a.id] & matter[b.id]
            if not opposed(a, b) or one_camp(a, b) or not _on_one_matter(a, b, shared) or rejects(a) and rejects(b) \
                    or _polls(a, b):
                continue
            if negative(a) != neg and not _hedged(a, b):
                negated.append((-len(shared), k, a))
            if fig and has_figure(a) and _one_count(a, b) and len(figures) < FIGURES:
                figures.append(a)
        for _, _, a in sorted(negated, key=lambda t: t[:2])[:NEGATED]:
            found.add(a, b, DisputeKind.CONTRADICTION, {"rule_negated": 1.0})
        for a in figures:
            found.add(a, b, DisputeKind.NUMERIC, {"rule_figures": 1.0})


def candidates(claims: list[Claim], context: dict[str, str] | None = None) -> tuple[list[Candidate], list[Dispute]]:
    """Candidate pairs among `claims` (see the module docstring), and the disputes by an entity named only in the
    text (b is None: "less than half the ministry's figures"), which need no scoring."""
    reps, _ = distinct(claims)
    found = _Found()
    entity_disputes = _from_rules(reps, context, found)
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in reps:
        by_doc[c.article].append(c)
    for doc in by_doc.values():
        doc.sort(key=lambda c: (c.start, c.id))
        _window(doc, [c.start for c in doc], found)
        _same_measure(doc, found)
        _counterparts(doc, found)
    return sorted(found.pairs.values(), key=lambda c: (c.a.id, c.b.id)), entity_disputes

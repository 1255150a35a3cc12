"""Explicit disputes: a claim that rejects something said, linked to the claim it answers.

A claim rejects when its cue does ("denied", "dismissed", "rejected"), its frame does ("the report is
false", "that is not true", "there is no evidence that ...", "X is lying about ...", "X exaggerated
...") or its words answer someone (`kg.lexicon.rebuttals`: "urged them to reconsider", "he ought to
take that back", "not the disaster critics make it out to be", "to those knocking me for ...").
What it answers is found, in this order:
1. by the claimer accused ("X is lying about Y"): X's claim in the article closest to Y;
2. by reference ("these claims", "the report", "the Kremlin's account"): the named claimer's nearest
   earlier claim in the article, on what the reference says it is about ("X's remarks about trade"), and
   none when they say nothing near here; else the nearest earlier claim of another side. Not a reference:
   an "it" standing for a clause ("it is absurd that ..."), a claim noun saying what it holds ("the
   notion that ..."): those restate (4);
3. by whom it names, or the claim just before it (a demand to take words back, a denied portrayal);
   by the critics' topic (an answer to critics);
4. by the proposition restated: a claim elsewhere, in any article, with the same subject and
   predicate, or most of the same words (looked up by key, never all pairs);
5. by the claimer answered: that claimer's claim in the article sharing most words with the rejection;
6. by topic: the nearest earlier claim of another side holding what is called false ("called the
   vaccine a hoax"), or sharing a content word with a rejection that names nothing; names are not
   topics ("the mayor was not truthful" names a person, "your figures" a claim, neither a topic).
Condemning ("denounced his remarks", "mocked the plan") disputes only what it restates (4): criticism
alone is no dispute.
A statement made by several claimers at once is answered once, in the first one named. A rejection
whose target is not found gives no dispute.
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.lang.en.stop_words import STOP_WORDS

from kg.disagree.propositions import UNRESOLVED, content_stems, predicate_keys, same_predicate, subject_keys
from kg.disagree.sides import same_speaker, side_of, speaker_key
from kg.ids import dispute_id
from kg.lexicon.claimnouns import CLAIM_NOUN_PATTERN
from kg.lexicon.predicates import (FALSEHOOD_WORDS, GENERIC_PREDICATES, HEDGING_MODALS, LYING_VERBS, POLAR_PAIRS,
                                   TRUTH_WORDS)
from kg.lexicon.rebuttals import (CONDEMNING_CUES, CRITICS, EXPLETIVE_IT, PORTRAYAL, RETRACTION, REVERSAL, URGING_CUES,
                                  VAGUE_STEMS)
from kg.lexicon.speech import PERSON_ROLE_NOUNS
from kg.lexicon.stems import stem
from kg.lexicon.world import country_of
from kg.model import Claim, Dispute, DisputeKind, EntityType, Polarity, QuoteKind

__all__ = ["explicit_disputes", "rejects"]

# what a rejection answers: a claim noun, or a power claimed ("challenged her power to close the port": what she
# said she would do)
_CLAIM_NOUNS = CLAIM_NOUN_PATTERN + r"|power|authority|right|mandate"
_OWNER = r"(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})['’]s?"
_REFERENCE = re.compile(rf"^(?:(?:(?:these|those|the|that|this|such|his|her|their|its|{_OWNER})"
                        rf"\s+(?:[\w'’-]+\s+){{0,2}})?(?:{_CLAIM_NOUNS})\b.*|it|this|that|them|these|those)$",
                        re.IGNORECASE | re.DOTALL)
_CLAIM_STEMS = {stem(w) for w in re.findall(r"[a-z]+", _CLAIM_NOUNS)}
_AUTHORITY = re.compile(r"\b(?:power|authority|right|mandate)\b", re.IGNORECASE)
_ABLE = {"can", "may", "will", "shall"}
_PLEDGES = re.compile(r"^(?:pledg|vow|promis|threat)", re.IGNORECASE)
_NEAR = 600  # characters: an answer by reference follows what it answers closely
_NEAR_PRONOUN = 300  # "it", "this", "that": what was said just before
_FAR = 1500  # characters: how far back a rejection naming its topic may answer
_PEOPLE = {"you", "i", "we", "you all", "you guys"}
_MAX_POSTING = 300
_CONTAINED = 0.6  # a short restatement all of whose words a fuller, earlier statement holds
_POWER_HOW = "questions what it says will be done"
_POWERS = 3  # statements of what one will or can do that a questioned power answers


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", s)}


# (criticising or condemning a decision is no dispute of a statement: DISPUTES.md, "criticism alone")
_OPPOSING_CUES = re.compile(r"^(?:oppos|object)", re.IGNORECASE)


_NAMING_CUES = re.compile(r"^(?:call|label|brand|term|describ|dismiss|characteri[sz])", re.IGNORECASE)
_VERDICT_ON_IT = re.compile(r"^(?:it|this|that|these|those|(?:the|this|that|these|those)\s+\w+)\s+"
                            r"(?:is|was|are|were)\s+"
                            rf"(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(FALSEHOOD_WORDS))})\b", re.IGNORECASE)
_REJECTING_VERB = re.compile(r"^(?:denied|rejected|dismissed|refuted|disputed)\s+(?:the|this|that|these|those|his|her|"
                             r"their|its|[A-Z][\w.-]*['’]s?)\s", re.IGNORECASE)


def _calls_false(c: Claim) -> bool:
    """A verdict on something said that the frame does not read: "labeled the report as fake news", "it is a
    propaganda stunt", a content that opens with the rejection itself ("rejected the minister's suggestion")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", c.content[:120])}
    if _NAMING_CUES.match(c.cue) and words & FALSEHOOD_WORDS:
        return True
    if _VERDICT_ON_IT.match(c.content):
        return True
    return _REJECTING_VERB.match(c.content) is not None


def rejects(c: Claim) -> bool:
    """Whether a claim rejects something said: by its cue, by what it says, by opposing a named statement
    ("opposed the resolution"), or by urging someone to take back theirs ("urged them to reconsider")."""
    if c.polarity == Polarity.DISPUTES or c.frame.rejects or _calls_false(c):
        return True
    if URGING_CUES.match(c.cue) and REVERSAL.match(c.content) or RETRACTION.search(c.content) \
            or PORTRAYAL.search(c.content) or CRITICS.search(c.content):
        return True
    return bool(_OPPOSING_CUES.match(c.cue)) and _reference(c) is not None and len(c.content.split()) <= 8


def _reference(c: Claim) -> re.Match | None:
    if URGING_CUES.match(c.cue) and (urged := REVERSAL.match(c.content)):
        return urged  # whom it urges to take a stance back: what they said is answered
    if c.polarity == Polarity.DISPUTES and c.quote == QuoteKind.DIRECT and c.cue:
        # "The judge rejected this argument:" and the words that follow: the reference is the cue's object
        lead = re.search(rf"\b{re.escape(c.cue)}\s+(?P<ref>(?:this|that|these|those|the|his|her|their)\s+"
                         rf"(?:[\w'’-]+\s+)?(?:{_CLAIM_NOUNS}))\s*:", c.sentence, re.IGNORECASE)
        if lead:
            return _REFERENCE.match(lead.group("ref"))
    text = (c.frame.target if c.frame.rejects and c.frame.target else c.content).strip()
    if len(text.split()) > 8 or c.frame.rejects and c.frame.target and c.frame.via:
        return None  # "no evidence that <clause>" restates, it does not refer
    if text.lower() == "it" and EXPLETIVE_IT.match(c.content):
        return None  # "it is absurd that ...": the clause is what is called absurd
    m = _REFERENCE.match(text)
    if m and not m.group("owner") and re.search(rf"\b(?:{_CLAIM_NOUNS})\s+(?:that|of)\s+\w", text, re.IGNORECASE):
        return None  # "the notion that the plant will close" says what it denies: restated, not pointed at
    return m


def _dispute(a: Claim, c: Claim, how: str, score: float) -> Dispute:
    return Dispute(id=dispute_id(a.id, c.id), a=a.id, b=c.id, claimer=c.claimer, claimer_id=c.claimer_id,
                   kind=DisputeKind.EXPLICIT, score=score,
                   reason=f"{c.claimer} {c.cue} “{c.content[:100]}” ({how}); {a.claimer} says “{a.content[:110]}”")


class _Index:
    """Claims looked up by key: by article, by claimer, by (subject, predicate), by word."""

    def __init__(self, claims: list[Claim]):
        self.by_doc: dict[str, list[Claim]] = defaultdict(list)
        self.by_name: dict[str, list[Claim]] = defaultdict(list)
        self.by_name_in: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        self.by_prop: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        self.postings: dict[str, list[Claim]] = defaultdict(list)
        for c in sorted(claims, key=lambda c: (c.article, c.start)):
            self.by_doc[c.article].append(c)
            if rejects(c):
                continue
            for w in c.claimer.lower().split():
                self.by_name[w].append(c)
                self.by_name_in[(w, c.article)].append(c)
            for s in subject_keys(c):
                for p in predicate_keys(c):
                    self.by_prop[(s, p)].append(c)
            for w in _words(c.content):
                self.postings[w].append(c)


_FROM_CAPITAL = re.compile(rf"^\S+(?:\s+\S+){{0,2}}?\s+(?:{_CLAIM_NOUNS})\s+(?:from|by)\s+(?P<place>[A-Z][\w-]+)\b")


def _by_reference(c: Claim, m: re.Match, ix: _Index) -> tuple[Claim | None, str]:
    """What a reference answers: the named claimer's claim, else the nearest earlier claim of another side.

    A plural ("these claims") may sum up several, but which ones the text does not say: only the nearest is taken.
    """
    owner = m.group("owner") if m and m.groupdict().get("owner") else None
    source = _FROM_CAPITAL.search(m.group(0)) if m and not owner and m.re is _REFERENCE else None
    if source and country_of(source.group("place")):
        owner = source.group("place")  # "the claim from Berlin": Germany's, as "Berlin's claim" would be
    if owner:
        last = owner.split()[-1].lower()
        # what the reference says it is about: "the minister's remarks about trade" -> trade (not "X to reconsider")
        about = _common_stems(m.group(0)[m.end("owner"):]) - _CLAIM_STEMS if m.re is _REFERENCE and not source \
            else set()
        named = [p for p in ix.by_name.get(last, []) if p.claimer_id != c.claimer_id and
                 (not about or about & content_stems(p.content))]
        before = [p for p in named if p.article == c.article and p.end <= c.start and c.start - p.end < _FAR]
        if before:
            return before[-1], f"answering {owner}'s claim"
        if named or about:
            # which of their statements elsewhere, "the minister's remarks" does not say (a restatement may: rule 4)
            return None, ""
        if not country_of(owner):
            return None, ""  # "Senator Marsh's position": his, and he says nothing here
    person = re.match(r"(?:his|her)\b", m.group(0), re.IGNORECASE) is not None
    power = m.re is _REFERENCE and _AUTHORITY.search(m.group(0)) is not None
    holders = _role_holders(c, m.group(0), ix)
    for p in reversed(ix.by_doc[c.article]):
        if p.end > c.start or rejects(p) or side_of(p) == side_of(c):
            continue
        if holders is not None and speaker_key(p) not in holders:
            if c.start - p.end >= _FAR:
                break
            continue  # "the President's power": the President's words, not the nearest speaker's
        if power:
            # "challenged her power to close the port": what she said she can or will do, in the last paragraphs
            if c.start - p.end >= _FAR:
                break
            if p.frame.modality in _ABLE or p.frame.tense == "future" or _PLEDGES.match(p.cue):
                return _first_voice(p, ix), f"“{m.group(0)[:40]}” {_POWER_HOW}"
            continue
        if person and p.claimer_type != EntityType.PERSON:
            continue  # "her proposals" are a person's
        if owner and side_of(p) != country_of(owner):
            continue  # "Moscow's account": Russia's
        if c.start - p.end < (_NEAR_PRONOUN if m.group(0).lower() in ("it", "this", "that") else _NEAR):
            return _first_voice(p, ix), f"“{m.group(0)[:40]}” refers to it"
        break
    return None, ""


_ROLE_OWNER = re.compile(r"^the\s+(?:[A-Z][\w-]*\s+)?(?P<role>[A-Za-z]+)['’]s?\s", re.IGNORECASE)


def _role_holders(c: Claim, ref: str, ix: _Index) -> set[str] | None:
    """Whom a reference names by office ("the President's power", "the minister's claims"): the speakers of the
    claims before it, in reach, whose mention carries that office ("President Jane Doe said", "the minister
    said"); None when the reference names no office."""
    m = _ROLE_OWNER.match(ref)
    role = m.group("role").lower() if m else ""
    if role not in PERSON_ROLE_NOUNS:
        return None
    holders = set()
    for p in reversed(ix.by_doc[c.article]):
        if c.start - p.end >= _FAR:
            break
        if p.end <= c.start and role in p.claimer_mention.lower().split():
            holders.add(speaker_key(p))
    return holders


def _more_powers(p: Claim, c: Claim, ix: _Index) -> list[Claim]:
    """The other statements, in reach before a questioned power, in which its holder says what they can or will do
    ("I can do it if I want" and "he may declare an emergency"): the question answers each (at most _POWERS)."""
    out = []
    for o in reversed(ix.by_doc[c.article]):
        if c.start - o.end >= _FAR or len(out) >= _POWERS - 1:
            break
        if o.end <= c.start and o.id != p.id and speaker_key(o) == speaker_key(p) and not rejects(o) and (
                o.frame.modality in _ABLE or o.frame.tense == "future" or _PLEDGES.match(o.cue)):
            out.append(o)
    return out


def _first_voice(p: Claim, ix: _Index) -> Claim:
    """Of a statement several claimers make at once ("the Herald and the Courier argued ..."), the claim of the
    first one named: an answer is linked once, not to every co-claimer."""
    same = [o for o in ix.by_doc[p.article] if (o.start, o.end) == (p.start, p.end) and not rejects(o)] or [p]
    return min(same, key=lambda o: (_named_at(o), o.id))


def _named_at(c: Claim) -> int:
    """Where a claim's claimer is named in its sentence (the end of the sentence when it is not)."""
    at = c.sentence.find(c.claimer_mention) if c.claimer_mention else -1
    return at if at >= 0 else len(c.sentence)


def _by_proposition(c: Claim, ix: _Index) -> tuple[Claim | None, str]:
    best, how, score = None, "", 0.0
    # sets are walked sorted and candidates by id, so ties break the same way in every process (hash seeds differ)
    for s in sorted(subject_keys(c) - {UNRESOLVED}):
        for p in sorted(predicate_keys(c) - GENERIC_PREDICATES):
            for other in ix.by_prop.get((s, p), ()):
                if same_speaker(other, c) or side_of(other) == side_of(c) or _inside(other, c):
                    continue
                if other.frame.negated == c.frame.negated and other.frame.modality not in HEDGING_MODALS and same_predicate(
                        other.frame.predicate, other.frame.pos, c.frame.predicate, c.frame.pos):
                    near = 1.0 if other.article == c.article else 0.9
                    if near > score:
                        best, how, score = other, "it restates what it denies", near
    if best is not None:
        return best, how
    said = _said_clause(c)
    mine = _words(said) - _VERDICT_WORDS if said else \
        _words(c.frame.target) if c.frame.rejects and c.frame.target else _words(c.content)
    if len(mine) < 2 or len(mine) < 4 and not c.frame.target and not said:
        return None, ""
    cands = {o.id: o for w in mine if len(ix.postings.get(w, ())) <= _MAX_POSTING for o in ix.postings.get(w, ())}
    for other in sorted(cands.values(), key=lambda o: o.id):
        if same_speaker(other, c) or other.id == c.id or side_of(other) == side_of(c) or not _proposition(other) \
                or _inside(other, c):
            continue  # (a name or a call, "former Governor Jane Doe", "her call for a ban", can be rejected, not denied)
        theirs = _words(other.content)
        j = len(mine & theirs) / max(1, len(mine | theirs)) * (1.0 if other.article == c.article else 0.9)
        if said and len(mine) >= 3 and mine <= theirs and other.article == c.article and other.end <= c.start:
            # "the council's claim that the repairs were finished" spells out, in short, a fuller statement made
            # before it: every word it says was said
            j = max(j, _CONTAINED)
        if j >= 0.5 and j > score:
            best, how, score = other, f"it restates what it denies ({j:.0%} of the words)", j
    return best, how


def _inside(other: Claim, c: Claim) -> bool:
    """Whether `other` is read inside the rejection itself ("rejected the council's claim that the repairs were
    finished" holds the council's "the repairs were finished"): the words it restates, not the statement it answers,
    which was made before."""
    return other.article == c.article and other.start < c.end and c.start < other.end


_SAID = re.compile(rf"(?:\b(?:{_CLAIM_NOUNS})|^it(?:['’]s|\s+(?:is|was))\s+[^.;]*?\b(?:say|claim|suggest)(?:s|ing)?)\s+that\s+"
                   r"(?P<rest>[^.;]+)", re.IGNORECASE)
_VERDICT_WORDS = {w for w in FALSEHOOD_WORDS | TRUTH_WORDS if len(w) >= 4} | {"simply", "just", "entirely", "completely"}


def _said_clause(c: Claim) -> str:
    """What a rejection says was said, when it spells it out: "X's claim that <it>" is false, "it is false to say
    that <it>", "rejected the council's claim that <it>"."""
    if not c.frame.rejects and c.polarity != Polarity.DISPUTES:
        return ""
    m = _SAID.search(c.content)
    return m.group("rest") if m else ""


def _proposition(c: Claim) -> bool:
    """Whether a claim states something that can be false: a clause, or a verdict on something."""
    return c.frame.pos in ("VERB", "AUX") or bool(c.frame.complement or c.frame.via)


def _common_stems(s: str) -> set[str]:
    """Stems of the words of `s` written in lower case: what is said, not who or where (names are everyone's topic;
    a headline in title case gives none)."""
    return {stem(w) for w in re.findall(r"\b[a-z][a-z]{3,}", s) if w.lower() not in STOP_WORDS}


def _words_of(s: str, stems: set[str]) -> list[str]:
    """The words of `s` behind `stems`, first spelling of each, in the order they come ("management, rules"), so a
    reason shows words a reader knows rather than stems."""
    seen: dict[str, str] = {}
    for x in re.findall(r"[A-Za-z]{4,}", s):
        cut = stem(x)
        if cut in stems and cut not in seen:
            seen[cut] = x
    return list(seen.values())


def _by_topic(c: Claim, ix: _Index) -> tuple[Claim | None, str]:
    """A rejection naming no claim and restating none ("there is no evidence this would work", "called the
    vaccine a hoax"): the nearest earlier claim of another side in the article on its topic, i.e. holding every
    content word of what is called false, or, with nothing named, sharing a content word with the rejection."""
    if c.frame.target.lower() in _PEOPLE:
        return None, ""  # "you're being ridiculous": said of people, not of something they said
    target = c.frame.target if c.frame.predicate not in LYING_VERBS else ""
    named = _common_stems(target)
    if target and not named or named and named <= VAGUE_STEMS | _CLAIM_STEMS:
        return None, ""  # "the mayor is not truthful" (a person), "those things", "your figures": no topic said
    # "X exaggerated the reach of the rules": any word of it but the accusation's own (names aside: everyone's)
    mine = named or _common_stems(c.content) - content_stems(c.frame.predicate) - VAGUE_STEMS
    if not mine or len(named) > 4:
        return None, ""
    for p in reversed(ix.by_doc[c.article]):
        if p.end > c.start or rejects(p) or side_of(p) == side_of(c):
            continue
        if c.start - p.end >= (_FAR if named else _NEAR):
            break
        theirs = _common_stems(p.content)
        if named and named <= theirs or not named and mine & theirs:
            return p, f"the nearest claim about {', '.join(_words_of(p.content, mine & theirs))}"
    return None, ""


def _by_claimer(c: Claim, ix: _Index) -> tuple[Claim | None, str]:
    """'X is lying about Y': X's claim in the article closest in words to the rejection."""
    if not c.frame.rejects or not c.frame.subject or c.frame.via:
        return None, ""  # "investigators had no evidence that ...": who lacks the evidence is not answered
    last = c.frame.subject.split()[-1].lower().strip("’'")
    mine = _words(c.content) | _words(c.frame.target)
    about = {w.lower() for w in re.findall(r"[A-Za-z]+", c.frame.target)}
    best, score = None, -1.0
    for p in ix.by_name_in.get((last, c.article), ()):
        if p.claimer_id == c.claimer_id or side_of(p) == side_of(c) or c.start <= p.start and p.end <= c.end:
            continue  # a claim read inside the accusation ("lying about his vote on the bill") is its own words
        shared = len(mine & _words(p.content))
        if abs(c.start - p.start) > _FAR and shared < 2:
            continue  # far from the accusation and sharing no more than a word: not what it answers
        s = shared - abs(c.start - p.start) / 10000
        pred = p.frame.complement or p.frame.predicate
        if pred and any(w == pred or frozenset({w, pred}) in POLAR_PAIRS for w in about):
            s += 2  # "lying about his record on the bill" answers "he backed the bill"
        if s > score:
            best, score = p, s
    return best, (f"answering {best.claimer}" if best else "")


def _by_critic(c: Claim, ix: _Index) -> tuple[Claim | None, str]:
    """An answer to one's critics ("to those knocking me for cautious tactics ..."): the nearest earlier claim of
    another speaker on what they criticise, criticism included, i.e. sharing a content word with it."""
    critics = CRITICS.search(c.content)
    mine = content_stems(critics.group("topic") or "") if critics else set()  # what they are knocked for, not the answer
    for p in reversed(ix.by_doc[c.article]):
        if p.end > c.start or same_speaker(p, c) or side_of(p) == side_of(c):
            continue
        if c.start - p.end >= _FAR:
            break
        shared = mine & content_stems(p.content)
        if shared:
            return p, f"answering the critics of {c.claimer} on {', '.join(sorted(shared))}"
    return None, ""


def _by_named(c: Claim, ix: _Index) -> tuple[Claim | None, str]:
    """A demand that someone take their words back ("He ought to take that back") or a denial of their portrayal
    ("not the monster they make it out to be"): the nearest earlier claim of a claimer it names, else of another
    side nearby."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", c.content)}
    best = None
    for w in names:
        for p in ix.by_name_in.get((w, c.article), ()):
            if p.end <= c.start and not same_speaker(p, c) and side_of(p) != side_of(c) and (best is None or p.start > best.start):
                best = p
    if best is not None:
        return best, f"answering {best.claimer}"
    for p in reversed(ix.by_doc[c.article]):
        if p.end > c.start or rejects(p) or side_of(p) == side_of(c):
            continue
        return (p, "answering the claim before it") if c.start - p.end < _NEAR else (None, "")
    return None, ""


def explicit_disputes(claims: list[Claim]) -> list[Dispute]:
    """Disputes raised by claims that reject something said (see the module docstring).

    A claim said by several claimers at once ("the Herald and the Courier argued X") is answered once, in the
    claimer the rejection names or is nearest to: the others said it too, but nothing says they are answered.
    """
    ix = _Index(claims)
    out = []
    for c in claims:
        if not rejects(c):
            continue
        if CONDEMNING_CUES.match(c.cue):
            target, how = _by_proposition(c, ix)  # criticism disputes only what it restates
            if target is not None:
                out.append(_dispute(target, c, how, 0.65))
            continue
        m = _reference(c)
        target, how, score = None, "", 0.0
        if c.frame.predicate in LYING_VERBS and c.frame.subject:
            (target, how), score = _by_claimer(c, ix), 0.7  # "X is lying about Y" answers X
        if target is None and m:
            (target, how), score = _by_reference(c, m, ix), 0.8
        if target is None and not m and (RETRACTION.search(c.content) or PORTRAYAL.search(c.content)):
            (target, how), score = _by_named(c, ix), 0.65
        if target is None and not m and CRITICS.search(c.content):
            (target, how), score = _by_critic(c, ix), 0.6
        if target is None and not m:
            target, how = _by_proposition(c, ix)
            if target is not None and target.article != c.article and c.frame.rejects:
                near, near_how = _by_topic(c, ix)  # what is answered next to the rejection comes first
                target, how = (near, near_how) if near is not None else (target, how)
            score = 0.75 if target is not None and target.article == c.article else 0.65
        if target is None and not m:
            (target, how), score = _by_claimer(c, ix), 0.6
        if target is None and not m and c.frame.rejects:
            (target, how), score = _by_topic(c, ix), 0.6
        if target is not None:
            out.append(_dispute(target, c, how, score))
            if how.endswith(_POWER_HOW):
                out += [_dispute(o, c, how, score) for o in _more_powers(target, c, ix)]
    return out

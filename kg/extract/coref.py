"""Who a he, she or they stands for, and who "the minister" is: the article context claimers resolve against.

`Context` keeps what an article has said so far (speakers, people named as subjects, the roles and
genders the text gives them) and answers a pronoun or definite description with the nearest compatible
one: gender and number agree, a he or she is never an organisation or a crowd, and it never jumps over
a newer speaker or named subject to an older one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from kg.extract.docindex import text_of
from kg.extract.entities import Mention
from kg.lexicon.speakers import COMPANY_WORDS
from kg.lexicon.speech import ANONYMOUS_NOUNS, ORGANISATION_NOUNS
from kg.lexicon.world import country_of
from kg.model import EntityType

__all__ = ["Claimer", "Context", "agrees", "enrich", "gender_of", "which_body"]


@dataclass(frozen=True)
class Claimer:
    """Who asserts a claim: canonical `name`, surface `mention` and its character span."""

    name: str
    mention: str
    type: str
    start: int
    end: int
    anonymous: bool = False
    affiliation: Optional[str] = None
    rule: str = ""  # the speaker rule that found it (kg.extract.claimers.SPEAKER_RULES)


_TOPIC_REACH = 250  # characters from an unnamed or owning person to a he or she that may stand for them


@dataclass
class Context:
    """What an article has said so far: speakers and people, for pronouns and descriptions."""

    speakers: list[Claimer] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)
    # people named as the subject of a clause: a he or she never jumps over one of them to an older speaker
    subjects: list[Mention] = field(default_factory=list)
    # people with the words that introduce them ("Health Minister", "the club's coach"), for "the minister"
    titles: list[tuple[Mention, str]] = field(default_factory=list)
    # organisations named as the subject of a clause, for a later "they"
    bodies: list[Mention] = field(default_factory=list)
    # what the article has told of a person's gender: name -> "f" or "m" (titles, role words, pronouns used)
    gender: dict[str, str] = field(default_factory=dict)
    # people a he or she may stand for besides subjects: an unnamed person as a subject ("one of the
    # victims decided ..."), a person owning the subject ("Jane Doe's appearance was ..."); see `enrich`
    topics: list[Mention] = field(default_factory=list)
    enriched: bool = False
    # the parsed article, for the turns of a transcript and the unnamed plurals a "they" may stand for
    doc: object = None
    _labels: Optional[list[int]] = None

    def last(self, want: str, before: int, role: str | None = None, pronoun: str = "") -> Optional[Claimer]:
        found = self._find(want, before, role, pronoun)
        if found is not None and not role and (found.start < self._turn_start(before) or
                                               want == "Plural" and self._plural_since(found.end, before)):
            return None  # never across a speaker's turn; "the council met and they chose": the council
        if found is not None and pronoun in ("he", "him", "she", "her") and found.type == EntityType.PERSON and \
                not any(m.start == found.start for m in self.topics):
            self.gender.setdefault(found.name, "f" if pronoun in ("she", "her") else "m")
        return found

    def _turn_start(self, at: int) -> int:
        """Where the transcript turn holding `at` starts (the end of its speaker's label), else 0: a pronoun
        inside an interview's answer never stands for someone named before the answer (kg.transcript)."""
        if self.doc is None:
            return 0
        if self._labels is None:
            from kg.transcript import transcript_turns

            self._labels = [e for _, e in transcript_turns(text_of(self.doc), [])[1]]
        return max((e for e in self._labels if e <= at), default=0)

    def _plural_since(self, after: int, before: int) -> bool:
        """Is an unnamed body or several people the subject of a clause between `after` and `before`, in the
        sentence of `before` ("When the royal council met, they chose": they is the council, not the body named
        before; not "if the birds were farmed, they reasoned")?"""
        if self.doc is None:
            return False
        from kg.lexicon.wordnet import noun_classes

        span = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if span is None:
            return False
        lo = max(after, span.sent.start_char)
        named = [(m.start, m.end) for m in self.people + self.bodies]
        return any(lo <= t.idx < before and t.dep_ in ("nsubj", "nsubjpass") and t.text.islower() and t.pos_ in ("NOUN", "PROPN") and
                   not any(s <= t.idx < e for s, e in named) and
                   (noun_classes(t.lemma_.lower(), 1) or frozenset()) & ({"person", "group"} if t.tag_ == "NNS" else
                                                                          {"group"})
                   for t in span.sent if t.idx < before)

    def _agrees(self, c: Claimer, pronoun: str) -> bool:
        known = self.gender.get(c.name)
        if known == "f" and pronoun in ("he", "him") or known == "m" and pronoun in ("she", "her"):
            return False
        return agrees(c, pronoun)

    def _find(self, want: str, before: int, role: str | None, pronoun: str) -> Optional[Claimer]:
        if role:
            # "the minister": the nearest speaker or named person the article has given that role
            found = self._last_speaker(want, before, role, pronoun)
            newer = found.start if found is not None else -1
            titled = next((m for m, words in reversed(self.titles) if newer < m.start and m.end <= before and
                           role in words), None)
            if titled is not None:
                return Claimer(titled.name, titled.text, EntityType.PERSON, titled.start, titled.end)
            return found
        if want == "Plural" and not role:
            # "they": the nearest speaking body, or a body named as a subject since
            found = self._last_speaker(want, before, role, pronoun)
            newer = found.start if found is not None else -1
            body = next((m for m in reversed(self.bodies) if newer < m.start and m.end <= before), None)
            if body is not None:
                return Claimer(body.name, body.text, body.type, body.start, body.end)
            return found
        if want != EntityType.PERSON or role or pronoun not in ("he", "him", "she", "her"):
            return self._last_speaker(want, before, role, pronoun)
        # the nearest compatible speaker or named subject; for "she", among the three nearest, a woman the
        # article has named as such wins over someone whose gender it has not told (most unmarked speakers
        # in news are men; for "he" the nearest wins)
        pool = [c for c in self.speakers if c.start < before and
                (c.type == EntityType.PERSON or c.anonymous or self._maybe_person(c))]
        pool += [Claimer(m.name, m.text, EntityType.PERSON, m.start, m.end) for m in self.subjects if m.end <= before]
        # a topic only for the next sentence or so: "One of the nurses agreed to talk. She said ..."
        topics = [Claimer(m.name, m.text, EntityType.PERSON, m.start, m.end) for m in self.topics
                  if m.end <= before and before - m.end <= _TOPIC_REACH]
        pool.sort(key=lambda c: c.start, reverse=True)
        near: list[Claimer] = []
        for c in pool:
            if self._agrees(c, pronoun) and all(c.name != n.name for n in near):
                near.append(c)
                if len(near) == 3:
                    break
        topic = next((c for c in sorted(topics, key=lambda c: c.start, reverse=True) if self._agrees(c, pronoun)),
                     None)
        if topic is not None and (not near or topic.start > near[0].start) and \
                not (near and self._same_sentence(near[0].start, topic.start)):
            return topic  # nobody spoke or was named as a subject since (nor opened the topic's sentence: "He
            # said that his partner works there. He said ..." is the speaker again)
        if near:
            if pronoun in ("she", "her") and near[0].name not in self.gender:
                return next((c for c in near if c.name in self.gender), near[0])
            return near[0]
        return self._last_speaker(want, before, role, pronoun)

    def _same_sentence(self, a: int, b: int) -> bool:
        """Are the characters at `a` and `b` in one sentence of the parsed article (False when it is not parsed)?"""
        if self.doc is None:
            return False
        x = self.doc.char_span(a, a + 1, alignment_mode="expand")
        y = self.doc.char_span(b, b + 1, alignment_mode="expand")
        return x is not None and y is not None and x.sent.start == y.sent.start

    def _maybe_person(self, c: Claimer) -> bool:
        """Whether a named speaker the recogniser typed as a place or body may be a person all the same.

        Foreign names are often mistyped ("Gaspar Maroth" as an organisation); a proper name of one to three
        words that is no country, acronym or company can still be a he or she.
        """
        if c.type not in (EntityType.ORGANISATION, EntityType.PLACE) or c.anonymous or country_of(c.name):
            return False
        words = c.mention.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
            return False
        return not any(w.lower().strip(".,") in COMPANY_WORDS or w.lower() in ORGANISATION_NOUNS for w in words)

    def _last_speaker(self, want: str, before: int, role: str | None, pronoun: str) -> Optional[Claimer]:
        for c in reversed(self.speakers):
            if c.start >= before:
                continue
            if pronoun and not self._agrees(c, pronoun):
                continue
            if role:
                if role in re.findall(r"[a-z]+", f"{c.mention} {c.name}".lower()):
                    return c  # "the candidate" is never "most candidates": the role's own word, singular
                continue
            if want == EntityType.PERSON and (c.type == EntityType.PERSON or c.anonymous):
                return c  # "a soldier said ... he said": an unnamed individual is a he or she too
            if want == "Org" and c.type in (EntityType.ORGANISATION, EntityType.MILITARY_UNIT, EntityType.PLACE):
                return c
            if want == "Plural" and c.type in (EntityType.GROUP, EntityType.MILITARY_UNIT, EntityType.ORGANISATION):
                return c
        if want == EntityType.PERSON and not role:
            for m in reversed(self.people):
                if m.end <= before:
                    found = Claimer(m.name, m.text, EntityType.PERSON, m.start, m.end)
                    if not pronoun or self._agrees(found, pronoun):
                        return found
        return None


_FEMININE = {"she", "her", "woman", "women", "mother", "wife", "daughter", "girl", "lady", "actress", "spokeswoman",
             "congresswoman", "chairwoman", "businesswoman", "sister", "grandmother", "mrs", "mrs.", "ms", "ms."}
_MASCULINE = {"he", "him", "his", "man", "men", "father", "husband", "son", "boy", "actor", "spokesman", "congressman",
              "chairman", "businessman", "brother", "grandfather", "mr", "mr.", "sir", "assemblyman", "councilman",
              "alderman", "anchorman"}
_PLURAL_WORDS = {"percent", "%", "half", "third", "quarter", "majority", "majorities", "most", "people", "voters",
                 "women", "men"}
_SHARE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) in (?:\d+|ten)\b", re.I)


def gender_of(words) -> Optional[str]:
    """"f" or "m" when the words around a name tell (Ms, Mr, spokeswoman, chairman), else None."""
    low = {w.lower().strip(",;:()\"“”'’") for w in words}
    if low & _FEMININE or any(w.endswith("woman") for w in low):
        return "f"
    if low & _MASCULINE or any(w.endswith("man") and w not in ("human", "german", "roman") for w in low):
        return "m"
    return None


def agrees(c: Claimer, pronoun: str) -> bool:
    """Whether a he or she can stand for this claimer: no clash of gender, not a share of a crowd."""
    words = set(c.mention.lower().replace(",", " ").split())
    if any(w.endswith(("woman", "women")) for w in words):
        words.add("woman")
    if c.anonymous and c.name.split()[-1].lower() not in ANONYMOUS_NOUNS:
        return False  # "a unifier" is no unnamed source for a later he or she
    if pronoun in ("he", "him") and words & _FEMININE:
        return False
    if pronoun in ("she", "her") and words & _MASCULINE:
        return False
    if pronoun in ("he", "him", "she", "her") and (words & _PLURAL_WORDS or _SHARE.search(c.mention) or
                                                    c.type == EntityType.GROUP and not c.anonymous):
        return False
    return True


def which_body(claimer: Claimer, relative, mentions: list[Mention]) -> Optional[Claimer]:
    """A "which" never stands for a person: where the parse gives a relative "which" a person as its antecedent,
    the body or place named right before it is the one ("Ada Obi told the Norvale Herald, which reported ..."
    is the Herald); else None."""
    if relative.lower_ != "which" or claimer.type != EntityType.PERSON:
        return None
    text = text_of(relative.doc)
    near = next((m for m in mentions if m.end <= relative.idx and not text[m.end:relative.idx].strip(" ,") and
                 m.type in (EntityType.ORGANISATION, EntityType.PLACE, EntityType.MILITARY_UNIT)), None)
    return None if near is None else Claimer(near.name, near.text, near.type, near.start, near.end)


def _root(doc, m: Mention):
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def _roles(doc, m: Mention) -> list:
    """The tokens the syntax attaches to a person's mention as title or role: its left modifiers outside the
    name, its appositions, and the noun it is in apposition to."""
    root = _root(doc, m)
    if root is None:
        return []
    inside = {t.i for t in doc.char_span(m.start, m.end, alignment_mode="expand")}
    out = [t for t in root.subtree if t.i not in inside and t.i < min(inside) and t.dep_ != "punct"]
    for c in root.children:
        if c.dep_ == "appos" and c.i not in inside:
            out += [t for t in c.subtree if t.i not in inside]
    if root.dep_ == "appos" and root.head.i not in inside:
        out += [t for t in root.head.subtree if t.i not in inside and t.i < min(inside)]
    return [t for t in out if not t.is_punct]


def enrich(ctx: Context, doc, mentions: list[Mention]) -> None:
    """Add to `ctx.topics`, once per article, the people a later he or she may stand for that are not named
    subjects: a named person owning a clause's subject, and an unnamed person who is a clause's subject."""
    if ctx.enriched:
        return
    ctx.enriched = True
    from kg.extract.animacy import person_noun  # here: animacy reads WordNet, which is loaded lazily
    from kg.extract.quotes import quotes_in

    text = text_of(doc)
    quoted = [(q.start, q.end) for q in quotes_in(text)]  # people inside a quotation are the speaker's words
    for m in ctx.people:
        if any(s <= m.start < e for s, e in quoted):
            continue
        root = _root(doc, m)
        if root is not None and root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"):
            ctx.topics.append(m)  # "Actor Jane Doe's arrival was delayed. She said ..."
    # the roles the text gives each person, read from the syntax: "Health Minister Jane Doe", "Jane Doe, the
    # minister,", "the club's coach, Jane Doe" (a role merely near a name, "the minister met X", is not X's)
    titles = []
    for m in mentions:
        mistyped = m.type in (EntityType.ORGANISATION, EntityType.PLACE) and not country_of(m.name)
        if m.type != EntityType.PERSON and not mistyped:
            continue
        words = _roles(doc, m)
        if mistyped and not any(person_noun(t) for t in words):
            continue  # "Jane Doe, the city treasurer," typed as a body: only a role makes her a person
        if words:
            titles.append((m._replace(type=EntityType.PERSON), " ".join(t.lower_ for t in words)))
    ctx.titles = sorted(titles, key=lambda t: t[0].start)
    named = [(m.start, m.end) for m in mentions] + quoted
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "NUM"):
            continue
        head = tok
        if tok.lower_ == "one":  # "one of the victims"
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            head = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if head is None or head.tag_ != "NNS":
                continue
        elif tok.tag_ != "NN":
            continue
        if not person_noun(head) or any(s <= tok.idx < e for s, e in named):
            continue
        after = tok.right_edge.idx + len(tok.right_edge.text)
        if any(c.dep_ == "appos" for c in tok.children) or \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and c.pos_ == "PROPN" for c in tok.head.children) \
                or any(m.type == EntityType.PERSON and after <= m.start <= after + 3 and text[after:m.start].strip() == ","
                       for m in mentions):
            continue  # "the top prosecutor, Jane Doe, said": a description of a named person, not someone new
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "poss")])
        start, end = doc[left].idx, head.idx + len(head.text)
        words = text[start:end]
        core = words.split(" ", 1)[1] if words.split(" ", 1)[0].lower() in ("the", "a", "an") and " " in words else words
        ctx.topics.append(Mention(start, end, words, core, EntityType.PERSON))
    ctx.topics.sort(key=lambda m: m.start)

"""Cue verbs: one table of how each verb reports speech, so each verb is written once.

`CUES` maps a verb's lemma to its `Cue` flags: whether it reports speech, belief or finding on its own
("said", "believes", "found"), what it takes as the claim (a clause, a direct object, a to-infinitive, an
object and infinitive of a request, a small clause), whether its meaning rejects what was said ("denied"),
whether it is an attitude held rather than words said, and the prepositions, particles and idiom words it
reports through. The sets the extractors read (`REPORTING_VERBS`, `DOBJ_CUES`, ...) are views of this table.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ACT_OBJECTS", "ATTITUDE_VERBS", "CLAUSE_CUES", "COLON_ONLY_CUES", "CUES", "Cue", "DISPUTE_CUES", "DOBJ_CUES",
    "EMBEDDED_CUES", "FACT_CUES", "ISSUING_VERBS", "PARTICLE_CUES", "PHRASAL_CUES", "REPORTING_VERBS", "REQUEST_CUES",
    "SMALL_CLAUSE_CUES", "TOPIC_PREPOSITIONS", "XCOMP_CUES",
]


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


@dataclass(frozen=True)
class Cue:
    """How one verb reports (all flags of a general-English verb sense, none fitted to a story)."""

    reports: bool = True  # what its subject says, writes, believes or found is a claim: "said", "believes"
    takes_object: bool = False  # its direct object is itself the claim: "dismissed these claims", "cited an increase"
    takes_clause: bool = False  # it reports a whole clause, even one the parser broke: "said", "ruled", "found"
    takes_infinitive: bool = False  # its to-infinitive is the claim: "vowed to hit back", "threatened to ..."
    request: bool = False  # its object and to-infinitive are the claim: "asked voters to stay home"
    factive: bool = False  # its object and the phrase right after state a fact: "reported 20 victims at a clinic"
    small_clause: bool = False  # an object and what is said of it: "found the ban unlawful", "declared the vote void"
    rejects: bool = False  # its own meaning rejects something said before: "denied", "dismissed"
    attitude: bool = False  # a stance held, not words said: a participle ("the ferry, hoping to dock") names no speaker
    embedded: bool = False  # inside someone's reported words it is part of that report: "the audit shows ..."
    before_quote: bool = False  # reports a quotation that follows it: "Cruz continued: “...”"
    issues: bool = False  # puts out a statement whose issuer speaks it: "issued a statement that ..."
    topics: frozenset[str] = frozenset()  # prepositions whose object is what it reports: "warned of shortages"
    particles: frozenset[str] = frozenset()  # reports only with one of these after it: "shrugged off", "pointed out"
    acts: frozenset[str] = frozenset()  # objects that make it an act, not a claim: "cited sources", "declared war"
    idioms: frozenset[str] = frozenset()  # words it reports with: "made clear that ...", "took the view that ..."


CUES: dict[str, Cue] = {
    "say": Cue(takes_clause=True), "tell": Cue(takes_clause=True, request=True, topics=_w("about of")),
    "add": Cue(takes_clause=True), "claim": Cue(takes_clause=True, takes_infinitive=True, small_clause=True),
    "insist": Cue(takes_clause=True, topics=_w("on")),
    "confirm": Cue(takes_object=True, takes_clause=True, factive=True, small_clause=True,
                   acts=_w("appointee appointment nomination nominee pick")),
    "deny": Cue(takes_object=True, takes_infinitive=True, factive=True, rejects=True),
    "dismiss": Cue(takes_object=True, rejects=True),
    "warn": Cue(takes_object=True, takes_clause=True, takes_infinitive=True, request=True,
                topics=_w("about against of")),
    "accuse": Cue(), "vow": Cue(takes_infinitive=True), "note": Cue(takes_clause=True),
    "argue": Cue(takes_clause=True), "suggest": Cue(takes_object=True, takes_clause=True, embedded=True),
    "report": Cue(takes_object=True, takes_clause=True, factive=True, small_clause=True, topics=_w("on")),
    "estimate": Cue(takes_object=True, takes_clause=True, factive=True, small_clause=True),
    "describe": Cue(takes_object=True, small_clause=True), "state": Cue(takes_clause=True),
    "announce": Cue(takes_object=True, takes_clause=True, factive=True),
    "explain": Cue(takes_clause=True, before_quote=True),
    "write": Cue(takes_clause=True, before_quote=True, topics=_w("about of")), "tweet": Cue(issues=True),
    "post": Cue(issues=True), "acknowledge": Cue(takes_object=True, takes_clause=True, factive=True),
    "admit": Cue(takes_object=True, takes_clause=True, factive=True),
    "allege": Cue(takes_object=True, takes_clause=True, factive=True, small_clause=True),
    "assert": Cue(takes_clause=True), "contend": Cue(),
    "declare": Cue(takes_clause=True, small_clause=True,
                   acts=_w("bankruptcy candidacy curfew disaster emergency holiday war")),
    "predict": Cue(takes_object=True, takes_clause=True, factive=True),
    "promise": Cue(takes_object=True, takes_infinitive=True, embedded=True),
    "reject": Cue(takes_object=True, rejects=True), "refute": Cue(takes_object=True, rejects=True),
    "dispute": Cue(takes_object=True, rejects=True),
    "cite": Cue(takes_object=True, factive=True, acts=_w("aide aides diplomat diplomats insider insiders media official "
                                                         "officials people person report reports source sources witness "
                                                         "witnesses")),
    "question": Cue(takes_object=True, rejects=True), "tout": Cue(takes_object=True),
    "threaten": Cue(takes_infinitive=True), "urge": Cue(takes_infinitive=True, request=True),
    "stress": Cue(takes_object=True), "emphasise": Cue(takes_object=True), "emphasize": Cue(takes_object=True),
    "indicate": Cue(takes_object=True, takes_clause=True, embedded=True),
    "conclude": Cue(takes_clause=True, before_quote=True),
    "reveal": Cue(takes_object=True, takes_clause=True, factive=True, small_clause=True, embedded=True),
    "recall": Cue(takes_object=True, before_quote=True), "complain": Cue(topics=_w("about of")), "concede": Cue(),
    "testify": Cue(topics=_w("about to")), "maintain": Cue(), "reiterate": Cue(), "repeat": Cue(),
    "respond": Cue(), "reply": Cue(), "answer": Cue(), "ask": Cue(request=True),
    "demand": Cue(takes_object=True, takes_infinitive=True),
    "believe": Cue(takes_clause=True, small_clause=True, attitude=True),
    "think": Cue(takes_clause=True, small_clause=True, attitude=True), "charge": Cue(),
    "boast": Cue(topics=_w("about of")), "pledge": Cue(takes_object=True, takes_infinitive=True), "assure": Cue(),
    "caution": Cue(topics=_w("about against")), "contest": Cue(takes_object=True, rejects=True),
    "counter": Cue(rejects=True), "disclose": Cue(takes_object=True, factive=True),
    "forecast": Cue(takes_object=True, factive=True), "hint": Cue(topics=_w("at")),
    "imply": Cue(takes_object=True), "inform": Cue(), "lament": Cue(), "mention": Cue(takes_object=True),
    "observe": Cue(), "offer": Cue(takes_infinitive=True), "opine": Cue(), "proclaim": Cue(small_clause=True),
    "propose": Cue(takes_object=True, takes_infinitive=True), "remark": Cue(before_quote=True), "retort": Cue(),
    "signal": Cue(), "speculate": Cue(topics=_w("about on")), "swear": Cue(takes_infinitive=True),
    "unveil": Cue(takes_object=True), "agree": Cue(takes_infinitive=True),
    "show": Cue(takes_object=True, small_clause=True, embedded=True),
    "find": Cue(takes_clause=True, small_clause=True, embedded=True), "brief": Cue(topics=_w("on")),
    "quote": Cue(), "comment": Cue(topics=_w("on")), "affirm": Cue(), "accept": Cue(), "guarantee": Cue(),
    "highlight": Cue(takes_object=True), "underline": Cue(takes_object=True), "underscore": Cue(),
    "recount": Cue(), "joke": Cue(before_quote=True, topics=_w("about")), "scoff": Cue(rejects=True),
    "mock": Cue(takes_object=True, rejects=True), "blame": Cue(takes_object=True),
    "criticise": Cue(takes_object=True), "criticize": Cue(takes_object=True), "condemn": Cue(takes_object=True),
    "praise": Cue(takes_object=True), "welcome": Cue(takes_object=True),
    "doubt": Cue(takes_object=True, rejects=True), "fear": Cue(takes_object=True, attitude=True),
    "hope": Cue(takes_infinitive=True, attitude=True),
    "expect": Cue(takes_infinitive=True, small_clause=True, attitude=True), "know": Cue(attitude=True),
    "learn": Cue(attitude=True), "feel": Cue(attitude=True), "calculate": Cue(), "project": Cue(),
    "recommend": Cue(takes_object=True), "advise": Cue(request=True, topics=_w("against on")), "alert": Cue(),
    "notify": Cue(), "order": Cue(), "instruct": Cue(request=True), "call": Cue(), "label": Cue(takes_object=True),
    "brand": Cue(takes_object=True), "characterize": Cue(takes_object=True),
    "characterise": Cue(takes_object=True), "decry": Cue(takes_object=True, rejects=True),
    "denounce": Cue(takes_object=True, rejects=True), "lash": Cue(particles=_w("out")), "slam": Cue(),
    "blast": Cue(), "rebut": Cue(takes_object=True, rejects=True),
    "brush": Cue(rejects=True, particles=_w("aside off")), "shrug": Cue(particles=_w("aside off")),
    "wave": Cue(particles=_w("aside away off")), "pour": Cue(particles=_w("cold scorn")),
    "point": Cue(particles=_w("out")),
    # manners of speaking
    "shout": Cue(), "yell": Cue(), "scream": Cue(), "exclaim": Cue(), "cry": Cue(particles=_w("foul out")),
    "whisper": Cue(), "mutter": Cue(), "quip": Cue(before_quote=True), "chant": Cue(), "thunder": Cue(),
    "roar": Cue(), "plead": Cue(topics=_w("for")), "bemoan": Cue(), "confess": Cue(), "profess": Cue(),
    "echo": Cue(takes_object=True), "remind": Cue(), "muse": Cue(before_quote=True), "wonder": Cue(),
    "gush": Cue(), "rail": Cue(particles=_w("against at")), "insinuate": Cue(), "concur": Cue(),
    # speech acts of praise, thanks and rebuke, and voicing a stance
    "thank": Cue(takes_object=True), "congratulate": Cue(takes_object=True), "applaud": Cue(takes_object=True),
    "hail": Cue(takes_object=True), "laud": Cue(takes_object=True), "commend": Cue(takes_object=True),
    "champion": Cue(takes_object=True), "advocate": Cue(takes_object=True), "express": Cue(takes_object=True),
    "voice": Cue(takes_object=True, idioms=_w("belief view")), "ridicule": Cue(takes_object=True),
    "lambast": Cue(takes_object=True), "berate": Cue(takes_object=True), "chide": Cue(takes_object=True),
    "rebuke": Cue(takes_object=True), "scold": Cue(takes_object=True), "castigate": Cue(takes_object=True),
    "assail": Cue(takes_object=True), "downplay": Cue(takes_object=True), "regret": Cue(takes_object=True),
    "apologise": Cue(), "apologize": Cue(),
    # attitudes: what someone wants, plans, supports or opposes is a stance they can be held to
    "want": Cue(takes_object=True, takes_infinitive=True, attitude=True),
    "plan": Cue(takes_infinitive=True, attitude=True), "intend": Cue(takes_infinitive=True, attitude=True),
    "support": Cue(takes_object=True, attitude=True), "endorse": Cue(takes_object=True, attitude=True),
    "back": Cue(takes_object=True, attitude=True), "oppose": Cue(takes_object=True, attitude=True),
    "refuse": Cue(takes_infinitive=True, attitude=True), "favor": Cue(takes_object=True, attitude=True),
    "favour": Cue(takes_object=True, attitude=True),
    "prefer": Cue(takes_object=True, takes_infinitive=True, attitude=True), "worry": Cue(attitude=True),
    # verbs that report through a preposition: "talked about ...", "spoke of ..." (see TOPIC_PREPOSITIONS)
    "talk": Cue(topics=_w("about of")), "speak": Cue(before_quote=True, topics=_w("about of")),
    # rulings, requests and protests
    "rule": Cue(takes_clause=True, small_clause=True), "determine": Cue(takes_clause=True),
    "request": Cue(takes_object=True, request=True), "protest": Cue(topics=_w("against over")),
    "term": Cue(takes_object=True), "dub": Cue(takes_object=True),
    # verbs of reasoning, stating and confiding that take a clause: "shared that she ...", "reasoned that ..."
    "share": Cue(issues=True), "reason": Cue(), "stipulate": Cue(), "intimate": Cue(), "surmise": Cue(),
    "posit": Cue(), "theorize": Cue(), "theorise": Cue(), "hypothesize": Cue(), "hypothesise": Cue(),
    "postulate": Cue(), "aver": Cue(), "attest": Cue(), "reckon": Cue(), "suspect": Cue(), "clarify": Cue(),
    "specify": Cue(), "reaffirm": Cue(), "restate": Cue(), "reassure": Cue(), "pronounce": Cue(small_clause=True),
    "decree": Cue(), "grumble": Cue(), "fret": Cue(), "interject": Cue(), "brag": Cue(), "gripe": Cue(),
    # requests whose object and infinitive are the claim: "encouraged voters to ..."
    "encourage": Cue(request=True), "implore": Cue(request=True), "exhort": Cue(request=True), "beseech": Cue(),
    # not reporting verbs on their own: with a statement as object, an idiom, a quotation, or a request
    "appear": Cue(reports=False, takes_infinitive=True), "assume": Cue(reports=False, small_clause=True),
    "beg": Cue(reports=False, request=True), "begin": Cue(reports=False, before_quote=True),
    "certify": Cue(reports=False, small_clause=True), "challenge": Cue(reports=False, request=True, rejects=True),
    "chime": Cue(reports=False, before_quote=True), "circulate": Cue(reports=False, issues=True),
    "consider": Cue(reports=False, small_clause=True), "continue": Cue(reports=False, before_quote=True),
    "contradict": Cue(reports=False, rejects=True), "count": Cue(reports=False, factive=True),
    "debunk": Cue(reports=False, rejects=True), "deem": Cue(reports=False, small_clause=True),
    "deliver": Cue(reports=False, issues=True), "deride": Cue(reports=False, rejects=True),
    "disavow": Cue(reports=False, rejects=True), "elaborate": Cue(reports=False, topics=_w("on")),
    "file": Cue(reports=False, issues=True), "give": Cue(reports=False, issues=True),
    "go": Cue(reports=False, before_quote=True),
    "hold": Cue(reports=False, small_clause=True, idioms=_w("position view")),
    "invite": Cue(reports=False, request=True), "issue": Cue(reports=False, issues=True),
    "judge": Cue(reports=False, small_clause=True), "leave": Cue(reports=False, idioms=_w("doubt")),
    "list": Cue(reports=False, small_clause=True),
    "make": Cue(reports=False, issues=True, idioms=_w("argument assertion case claim clear plain point secret")),
    "press": Cue(reports=False, request=True), "presume": Cue(reports=False, small_clause=True),
    "prove": Cue(reports=False, small_clause=True, embedded=True), "publish": Cue(reports=False, issues=True),
    "push": Cue(reports=False, request=True), "put": Cue(reports=False, before_quote=True, issues=True),
    "rate": Cue(reports=False, small_clause=True), "react": Cue(reports=False, before_quote=True),
    "read": Cue(reports=False, before_quote=True, issues=True), "record": Cue(reports=False, factive=True),
    "reflect": Cue(reports=False, before_quote=True, topics=_w("on")), "release": Cue(reports=False, issues=True),
    "send": Cue(reports=False, issues=True), "sign": Cue(reports=False, issues=True),
    "suppose": Cue(reports=False, small_clause=True),
    "take": Cue(reports=False, idioms=_w("line position stance view")),
    "weigh": Cue(reports=False, before_quote=True),
}


def _having(flag: str) -> frozenset[str]:
    return frozenset(v for v, cue in CUES.items() if getattr(cue, flag))


# the views the extractors read
REPORTING_VERBS = _having("reports")
DOBJ_CUES = _having("takes_object")
CLAUSE_CUES = _having("takes_clause")
XCOMP_CUES = _having("takes_infinitive")
REQUEST_CUES = _having("request")
FACT_CUES = _having("factive")
SMALL_CLAUSE_CUES = _having("small_clause")
DISPUTE_CUES = _having("rejects")
ATTITUDE_VERBS = _having("attitude")
EMBEDDED_CUES = _having("embedded")
COLON_ONLY_CUES = _having("before_quote")
ISSUING_VERBS = _having("issues")
TOPIC_PREPOSITIONS = {v: cue.topics for v, cue in CUES.items() if cue.topics}
PARTICLE_CUES = {v: cue.particles for v, cue in CUES.items() if cue.particles}
ACT_OBJECTS = {v: cue.acts for v, cue in CUES.items() if cue.acts}
PHRASAL_CUES = {v: cue.idioms for v, cue in CUES.items() if cue.idioms}

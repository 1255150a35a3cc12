"""General English knowledge about reported speech: cues, sources, and who is speaking."""
from __future__ import annotations

__all__ = [
    "ANONYMOUS_NOUNS",
    "DISPUTE_CUES",
    "GROUP_NOUNS",
    "MILITARY_NOUNS",
    "NOUN_CUES",
    "PARTICLE_CUES",
    "PERSON_ROLE_NOUNS",
    "REPORTING_VERBS",
    "SOURCE_PREPOSITIONS",
]

# lemmas of verbs that report what someone said, wrote, believes or found
REPORTING_VERBS = frozenset({
    "say", "tell", "add", "claim", "insist", "confirm", "deny", "dismiss", "warn", "accuse", "vow", "note",
    "argue", "suggest", "report", "estimate", "describe", "state", "announce", "explain", "write", "tweet",
    "post", "acknowledge", "admit", "allege", "assert", "contend", "declare", "predict", "promise", "reject",
    "refute", "dispute", "cite", "question", "tout", "threaten", "urge", "stress", "emphasise", "emphasize",
    "indicate", "conclude", "reveal", "recall", "complain", "concede", "testify", "maintain", "reiterate",
    "repeat", "respond", "reply", "answer", "ask", "demand", "believe", "think", "charge", "boast", "pledge",
    "assure", "caution", "contest", "counter", "disclose", "forecast", "hint", "imply", "inform", "lament",
    "mention", "observe", "offer", "opine", "proclaim", "propose", "remark", "retort", "signal", "speculate",
    "swear", "unveil", "agree", "show", "find", "brief", "quote", "comment", "affirm", "accept", "guarantee",
    "highlight", "underline", "underscore", "recount", "joke", "scoff", "mock", "blame", "criticise",
    "criticize", "condemn", "praise", "welcome", "doubt", "fear", "hope", "expect", "know", "learn", "feel",
    "calculate", "project", "recommend", "advise", "alert", "notify", "order", "instruct", "call", "label",
    "brand", "characterize", "characterise", "decry", "denounce", "lash", "slam", "blast", "rebut", "brush",
    "shrug", "wave", "pour", "point",
    # manners of speaking
    "shout", "yell", "scream", "exclaim", "cry", "whisper", "mutter", "quip", "chant", "thunder", "roar", "plead",
    "bemoan", "confess", "profess", "echo", "remind", "muse", "wonder", "gush", "rail", "insinuate", "concur",
    # speech acts of praise, thanks and rebuke, and voicing a stance
    "thank", "congratulate", "applaud", "hail", "laud", "commend", "champion", "advocate", "express", "voice",
    "ridicule", "lambast", "berate", "chide", "rebuke", "scold", "castigate", "assail", "downplay", "regret",
    "apologise", "apologize",
    # attitudes: what someone wants, plans, supports or opposes is a stance they can be held to
    "want", "plan", "intend", "support", "endorse", "back", "oppose", "refuse", "favor", "favour", "prefer",
    "worry",
    # verbs that report through a preposition: "talked about ...", "spoke of ..." (see TOPIC_PREPOSITIONS)
    "talk", "speak",
    # rulings, requests and protests
    "rule", "determine", "request", "protest", "term", "dub",
    # verbs of reasoning, stating and confiding that take a clause: "shared that she ...", "reasoned that ..."
    "share", "reason", "stipulate", "intimate", "surmise", "posit", "theorize", "theorise", "hypothesize",
    "hypothesise", "postulate", "aver", "attest", "reckon", "suspect", "clarify", "specify", "reaffirm", "restate",
    "reassure", "pronounce", "decree", "grumble", "fret", "interject", "brag", "gripe",
    # requests whose object and infinitive are the claim: "encouraged voters to ..."
    "encourage", "implore", "exhort", "beseech",
})

# verbs whose topic, after one of these prepositions, is what they report: "reported on a power cut",
# "talked of being dropped", "warned of shortages"
TOPIC_PREPOSITIONS = {
    "report": frozenset({"on"}), "talk": frozenset({"about", "of"}), "speak": frozenset({"about", "of"}),
    "tell": frozenset({"of", "about"}), "write": frozenset({"about", "of"}), "comment": frozenset({"on"}),
    "testify": frozenset({"about", "to"}), "complain": frozenset({"about", "of"}), "boast": frozenset({"about", "of"}),
    "warn": frozenset({"of", "about", "against"}), "caution": frozenset({"against", "about"}),
    "speculate": frozenset({"about", "on"}), "joke": frozenset({"about"}), "reflect": frozenset({"on"}),
    "elaborate": frozenset({"on"}), "insist": frozenset({"on"}), "brief": frozenset({"on"}),
    "advise": frozenset({"against", "on"}), "hint": frozenset({"at"}), "plead": frozenset({"for"}),
    "protest": frozenset({"against", "over"}),
}
__all__ += ["TOPIC_PREPOSITIONS"]

# verbs that report a small clause, an object and what is said of it: "reported the leader to be dead",
# "found the ban unlawful", "declared the vote void"
SMALL_CLAUSE_CUES = frozenset({
    "report", "find", "declare", "consider", "deem", "believe", "think", "rule", "judge", "show", "reveal",
    "confirm", "estimate", "expect", "prove", "hold", "presume", "assume", "suppose", "pronounce", "proclaim",
    "rate", "certify", "list", "describe", "claim", "allege",
})
__all__ += ["SMALL_CLAUSE_CUES"]

# verbs that put out a statement, whose issuer says what it says: "issued a statement that ...",
# "made the following announcement: ..."
ISSUING_VERBS = frozenset({"issue", "release", "make", "publish", "post", "put", "send", "deliver", "give", "file",
                           "read", "circulate", "tweet", "share", "sign"})
__all__ += ["ISSUING_VERBS"]

# objects that make a cue an act, not a claim: "citing anonymous sources" names where words came from,
# "confirmed the nomination" is a vote, "declared a state of emergency" an order
ACT_OBJECTS = {
    "cite": frozenset({"source", "sources", "official", "officials", "person", "people", "insider", "insiders",
                       "aide", "aides", "diplomat", "diplomats", "witness", "witnesses", "report", "reports", "media"}),
    "confirm": frozenset({"nomination", "nominee", "appointment", "appointee", "pick"}),
    "declare": frozenset({"emergency", "war", "bankruptcy", "curfew", "holiday", "disaster", "candidacy"}),
}
__all__ += ["ACT_OBJECTS"]

# verbs that report speech only with their particle or idiom: "shrugged off", "poured scorn on", "pointed out"
PARTICLE_CUES = {
    "shrug": frozenset({"off", "aside"}), "wave": frozenset({"away", "off", "aside"}),
    "brush": frozenset({"off", "aside"}), "pour": frozenset({"scorn", "cold"}), "point": frozenset({"out"}),
    "cry": frozenset({"out", "foul"}), "lash": frozenset({"out"}), "rail": frozenset({"against", "at"}),
}

# cues whose own meaning rejects something said before
DISPUTE_CUES = frozenset({
    "deny", "dismiss", "reject", "refute", "dispute", "contest", "counter", "rebut", "deride", "scoff",
    "mock", "decry", "denounce", "question", "doubt", "contradict", "challenge", "brush", "disavow", "debunk",
})

# nouns that carry a claim: "X's claim that ...", "a statement saying ..."
NOUN_CUES = frozenset({
    "claim", "claims", "statement", "assertion", "allegation", "allegations", "announcement", "report",
    "warning", "denial", "insistence", "admission", "argument", "estimate", "assessment", "belief", "view",
    "suggestion", "accusation", "accusations", "charge", "charges", "promise", "pledge", "prediction",
    "contention", "remarks", "comments", "testimony", "findings", "conclusion", "message",
})

# nouns whose owner takes a stance on what their phrase names: "X's support for Y", "her refusal to ..."
STANCE_NOUNS = {
    "support": frozenset({"for"}), "opposition": frozenset({"to"}), "call": frozenset({"for"}),
    "calls": frozenset({"for"}), "criticism": frozenset({"of"}), "condemnation": frozenset({"of"}),
    "praise": frozenset({"for", "of"}), "endorsement": frozenset({"of"}), "denial": frozenset({"of"}),
    "rejection": frozenset({"of"}), "demand": frozenset({"for"}), "demands": frozenset({"for"}),
    "proposal": frozenset({"for", "to"}), "plan": frozenset({"for", "to"}), "plans": frozenset({"for", "to"}),
    "promise": frozenset({"of", "to"}), "pledge": frozenset({"to", "of"}), "vow": frozenset({"to"}),
    "refusal": frozenset({"to"}), "threat": frozenset({"to"}), "warning": frozenset({"of", "about", "against"}),
    "concerns": frozenset({"about", "over"}), "concern": frozenset({"about", "over"}),
    "complaints": frozenset({"about", "of"}), "accusation": frozenset({"of"}), "accusations": frozenset({"of"}),
    "allegations": frozenset({"of"}), "defence": frozenset({"of"}), "defense": frozenset({"of"}),
    "embrace": frozenset({"of"}), "push": frozenset({"for", "to"}), "bid": frozenset({"to", "for"}),
    "request": frozenset({"for"}), "appeal": frozenset({"for", "to"}), "insistence": frozenset({"on"}),
}
__all__ += ["STANCE_NOUNS"]

# plural nouns naming a collective source: "Russian officials said", "analysts say"
GROUP_NOUNS = frozenset({
    "official", "officials", "source", "sources", "analyst", "analysts", "critic", "critics", "expert", "experts",
    "observer", "observers", "resident", "residents", "witness", "witnesses", "soldier", "soldiers",
    "serviceman", "servicemen", "commander", "commanders", "lawmaker", "lawmakers", "legislator", "legislators",
    "diplomat", "diplomats", "authorities", "leaders", "aides", "aide", "advisers", "adviser", "advisors",
    "investigators", "investigator", "prosecutors", "prosecutor", "police", "activists", "activist",
    "supporters", "opponents", "voters", "people", "economists", "economist", "scientists", "researchers",
    "doctors", "medics", "rescuers", "workers", "villagers", "locals", "insiders", "insider", "democrats",
    "republicans", "conservatives", "liberals", "protesters", "campaigners", "members", "staff", "employees",
    "bloggers", "commentators", "pundits", "pollsters", "strategists", "organizers", "organisers", "reports",
    "polls", "poll", "survey", "surveys", "studies", "study", "data", "figures", "statistics", "estimates",
    "analysis", "documents", "records", "intelligence", "media", "officers", "military", "army", "troops",
    "forces", "government", "ministry", "spokesman", "spokeswoman", "spokesperson", "representative",
    "person", "individual", "official", "gunner", "pilot", "volunteer", "fighter", "fighters", "negotiators",
    # the press as a collective source: "local press reported", "state media said", "news outlets claimed"
    "press", "outlets", "newspapers", "papers", "tabloids", "broadcasters", "journalists", "reporters",
})

# nouns whose singular indefinite use marks an unnamed individual source: "a US official"
ANONYMOUS_NOUNS = frozenset({
    "official", "source", "soldier", "diplomat", "aide", "adviser", "insider", "officer", "person",
    "individual", "resident", "witness", "gunner", "pilot", "volunteer", "fighter", "serviceman", "analyst",
    "lawmaker", "commander", "spokesman", "spokeswoman", "spokesperson", "employee", "member", "investigator",
    "prosecutor", "doctor", "medic", "worker", "expert", "negotiator", "staffer",
})

# role nouns a definite description can refer back to a named person by: "the minister said"
PERSON_ROLE_NOUNS = frozenset({
    "minister", "president", "governor", "spokesman", "spokeswoman", "spokesperson", "commander", "general",
    "mayor", "senator", "lawmaker", "official", "source", "soldier", "leader", "chief", "ambassador", "envoy",
    "secretary", "chancellor", "premier", "candidate", "nominee", "analyst", "expert", "blogger", "founder",
    "director", "head", "chairman", "judge", "prosecutor", "officer", "diplomat", "aide", "adviser", "gunner",
    "pilot", "resident", "witness", "woman", "man", "congressman", "congresswoman", "representative",
})

# heads that make a noun phrase an armed force: "Ukrainian forces", "the Russian army", "3rd Brigade"
MILITARY_NOUNS = frozenset({
    "forces", "force", "troops", "army", "armies", "military", "militaries", "navy", "brigade", "brigades",
    "battalion", "battalions", "regiment", "regiments", "division", "divisions", "corps", "units", "unit",
    "guard", "militia", "militias", "marines", "airborne", "paratroopers", "battlegroup", "fleet", "garrison",
    "special forces", "armed forces", "mercenaries",
})

# singular nouns naming an organisation that speaks as one body: "the union said", "the ministry said"
ORGANISATION_NOUNS = frozenset({
    "union", "company", "firm", "party", "government", "ministry", "council", "committee", "court", "agency",
    "department", "campaign", "board", "bank", "coalition", "alliance", "commission", "office", "embassy",
    "administration", "parliament", "senate", "congress", "regulator", "authority", "watchdog", "charity",
    "organisation", "organization", "group", "network", "newspaper", "broadcaster", "channel", "outlet",
    "institute", "university", "hospital", "school", "club", "league", "federation", "association", "team",
    "prosecutor's office", "presidency", "cabinet", "junta", "regime", "movement", "militia", "opposition",
    "airline", "retailer", "manufacturer", "insurer", "publisher",
    "report", "study", "survey", "poll", "statement", "investigation", "review", "audit", "assessment",
})
__all__ += ["ORGANISATION_NOUNS"]

# things a speaker issues, which speak for their owner: "the minister's statement read", "her tweet said"
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "tweet", "tweets", "post", "posting", "release", "message", "email", "e-mail", "memo",
    "ruling", "opinion", "verdict", "judgment", "judgement", "decision", "filing", "lawsuit", "complaint", "affidavit",
    "testimony", "speech", "remarks", "comments", "note", "notice", "announcement", "communique", "communiqué",
    "blog", "column", "editorial", "op-ed", "account", "website", "feed", "page",
})
__all__ += ["DOCUMENT_NOUNS"]

# prepositions introducing a source: "according to X", "in the words of X"
SOURCE_PREPOSITIONS = frozenset({"according to", "in the words of", "as told by", "per"})

# labels of credit and furniture lines, which name no speaker: "Image: Jane Doe", "Reporting by ..."
CREDIT_LABELS = frozenset({
    "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "credit", "credits",
    "source", "sources", "video", "caption", "file", "file photo", "map", "graphic", "graphics", "illustration",
    "updated", "update", "posted", "published", "by", "reporting", "additional reporting", "editing", "edited by",
    "written by", "writing", "contact", "email", "e-mail", "tags", "related", "read more", "see also", "watch",
    "listen", "note", "editor's note", "editor’s note", "correction", "disclaimer", "copyright", "filed under",
    "topics", "date", "time", "location", "dateline", "interview", "transcript",
})
__all__ += ["CREDIT_LABELS"]

# attitude verbs among the cues: a stance someone holds, not something they say, so a participle of one
# ("the ferry, hoping to dock") names no speaker
ATTITUDE_VERBS = frozenset({
    "want", "plan", "intend", "support", "endorse", "back", "oppose", "refuse", "favor", "favour", "prefer",
    "worry", "hope", "expect", "fear", "feel", "know", "learn", "believe", "think",
})
__all__ += ["ATTITUDE_VERBS"]

# pictures, which show without claiming: "photos showed the wreck"
DEPICTIONS = frozenset({"photo", "photograph", "image", "picture", "footage", "video", "clip", "still", "snapshot"})
__all__ += ["DEPICTIONS"]

# cues that, inside someone's reported words, are part of that report, not a second claim: a finding, a
# sign, an undertaking ("the aide said the audit shows ...", "she said the firm promised ...")
EMBEDDED_CUES = frozenset({"show", "suggest", "indicate", "reveal", "find", "prove", "promise"})
__all__ += ["EMBEDDED_CUES"]

# a verb and a word that together report speech: "made clear that ...", "made it plain that ...", "made the case
# that ...", "took the view that ...", "made no secret that ...", "left no doubt that ..."
PHRASAL_CUES = {
    "make": frozenset({"clear", "plain", "case", "point", "secret", "argument", "claim", "assertion"}),
    "take": frozenset({"view", "position", "line", "stance"}),
    "hold": frozenset({"view", "position"}),
    "leave": frozenset({"doubt"}),
    "voice": frozenset({"belief", "view"}),
}
__all__ += ["PHRASAL_CUES"]

# adjectives of a speaker holding firm to what follows: "was adamant that ...", "remained insistent that ..."
INSISTENT_ADJECTIVES = frozenset({"adamant", "insistent", "emphatic", "categorical", "unequivocal", "firm"})
__all__ += ["INSISTENT_ADJECTIVES"]

# what an infinitive cue hangs on when the speaking did happen: "went on to say", "was quick to point out",
# "took pains to stress"; not "is expected to say", "refused to say", "asked him to explain"
PERFORMED_HEADS = frozenset({"proceed", "hasten", "quick", "careful", "keen", "pains"})
__all__ += ["PERFORMED_HEADS"]

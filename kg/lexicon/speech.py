"""General English knowledge about reported speech: claim nouns, sources, and who is speaking.

The cue verbs are one table, `kg.lexicon.cues.CUES`, and the claim nouns another, `kg.lexicon.claimnouns`;
the sets of cue verbs and claim nouns named here are views of them, re-exported for the modules that read
them from this one.
"""
from __future__ import annotations

from kg.lexicon.claimnouns import NOUN_CUES
from kg.lexicon.cues import (
    ACT_OBJECTS,
    ATTITUDE_VERBS,
    DISPUTE_CUES,
    EMBEDDED_CUES,
    ISSUING_VERBS,
    PARTICLE_CUES,
    PHRASAL_CUES,
    REPORTING_VERBS,
    SMALL_CLAUSE_CUES,
    TOPIC_PREPOSITIONS,
)

__all__ = [
    "ACT_OBJECTS", "ANONYMOUS_NOUNS", "ATTITUDE_VERBS", "CREDIT_LABELS", "DEPICTIONS", "DISPUTE_CUES", "DOCUMENT_NOUNS",
    "EMBEDDED_CUES", "GROUP_NOUNS", "INSISTENT_ADJECTIVES", "ISSUING_VERBS", "MILITARY_NOUNS", "NOUN_CUES",
    "ORGANISATION_NOUNS", "PARTICLE_CUES", "PERFORMED_HEADS", "PERSON_ROLE_NOUNS", "PHRASAL_CUES", "REPORTING_VERBS",
    "SMALL_CLAUSE_CUES", "STANCE_NOUNS", "TOPIC_PREPOSITIONS",
]

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

# things a speaker issues, which speak for their owner: "the minister's statement read", "her tweet said"
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "tweet", "tweets", "post", "posting", "release", "message", "email", "e-mail", "memo",
    "ruling", "opinion", "verdict", "judgment", "judgement", "decision", "filing", "lawsuit", "complaint", "affidavit",
    "testimony", "speech", "remarks", "comments", "note", "notice", "announcement", "communique", "communiqué",
    "blog", "column", "editorial", "op-ed", "account", "website", "feed", "page",
})

# labels of credit and furniture lines, which name no speaker: "Image: Jane Doe", "Reporting by ..."
CREDIT_LABELS = frozenset({
    "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "credit", "credits",
    "source", "sources", "video", "caption", "file", "file photo", "map", "graphic", "graphics", "illustration",
    "updated", "update", "posted", "published", "by", "reporting", "additional reporting", "editing", "edited by",
    "written by", "writing", "contact", "email", "e-mail", "tags", "related", "read more", "see also", "watch",
    "listen", "note", "editor's note", "editor’s note", "correction", "disclaimer", "copyright", "filed under",
    "topics", "date", "time", "location", "dateline", "interview", "transcript",
})

# pictures, which show without claiming: "photos showed the wreck"
DEPICTIONS = frozenset({"photo", "photograph", "image", "picture", "footage", "video", "clip", "still", "snapshot"})

# adjectives of a speaker holding firm to what follows: "was adamant that ...", "remained insistent that ..."
INSISTENT_ADJECTIVES = frozenset({"adamant", "insistent", "emphatic", "categorical", "unequivocal", "firm"})

# what an infinitive cue hangs on when the speaking did happen: "went on to say", "was quick to point out",
# "took pains to stress"; not "is expected to say", "refused to say", "asked him to explain"
PERFORMED_HEADS = frozenset({"proceed", "hasten", "quick", "careful", "keen", "pains"})

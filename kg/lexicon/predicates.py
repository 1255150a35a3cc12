"""General English words that frames and disagreement rules read (no class fitted to one story).

Antonyms, synonyms and derived forms come from WordNet (`kg.lexicon.wordnet`); the sets here are
closed grammatical classes WordNet does not encode: negators, modals, light verbs, negative
implicatives (verbs whose truth denies their complement: "X repelled Y's attempt to advance" ->
Y did not advance), and the words with which a speaker calls something said false.
"""
from __future__ import annotations

import re

from kg.lexicon.claimnouns import STATEMENT_NOUNS  # statements that can fail to hold (the claim-noun table)

__all__ = ["MENTAL_PREDICATES", "POLL_CLAIMER", "ATTEMPT_NOUNS", "FALSEHOOD_WORDS", "UNIT_WORDS", "GENERIC_PREDICATES", "HEDGING_MODALS", "LIGHT_VERBS", "LYING_VERBS", "TRUTH_WORDS", "UNSOUND_OBJECTS", "STATEMENT_NOUNS",
           "MODALS", "NEGATIVE_IMPLICATIVES", "NEGATORS", "NO_EVIDENCE_NOUNS", "POLAR_PAIRS", "POLAR_PREPOSITIONS",
           "CONTRAST_MARKERS"]

NEGATORS = frozenset({"not", "n't", "no", "never", "nothing", "neither", "nor", "none", "without", "nobody"})

MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall", "ought"})
# modals that make a claim a possibility rather than an assertion: not contradicted by a denial
HEDGING_MODALS = frozenset({"could", "may", "might", "would", "should", "can", "ought"})

# verbs whose object noun carries the meaning: "had no involvement", "gave notice", "made a payment"
LIGHT_VERBS = frozenset({"have", "give", "provide", "make", "offer", "get", "receive"})

# verbs (and their negations of a complement) that entail the complement did not happen
NEGATIVE_IMPLICATIVES = frozenset({
    "fail", "refuse", "prevent", "stop", "halt", "repel", "repulse", "thwart", "block", "foil", "avert", "rebuff",
    "beat back", "fend", "stall", "frustrate", "deter",
})
ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "try", "push", "offensive", "plan", "plot"})

# what a speaker calls something said: "the report is false", "these claims are nonsense"
FALSEHOOD_WORDS = frozenset({
    "false", "untrue", "wrong", "inaccurate", "baseless", "groundless", "unfounded", "unsubstantiated", "fabricated",
    "nonsense", "ridiculous", "absurd", "lie", "lies", "fabrication", "misleading", "fiction", "fake", "hoax",
    "incorrect", "erroneous", "bogus", "preposterous", "laughable", "propaganda", "misinformation", "disinformation",
    "mistaken", "distortion", "exaggeration", "myth", "smear", "falsehood", "untruth", "fantasy",
})
# what a claim that does NOT hold has not: "the argument does not hold water"; "doesn't hold up" only of a
# statement ("their case doesn't hold up"), a bridge may not hold up either
UNSOUND_OBJECTS = frozenset({"water", "weight"})
# what is said to be NOT so when something said is called false: "that's not true", "it is not accurate"
TRUTH_WORDS = frozenset({"true", "accurate", "correct", "factual", "truthful", "so", "case"})  # "not the case"
# verbs accusing their subject of misstating something: "X is lying about Y", "X exaggerated the threat"
# ("deceive", "mislead" take a person: "the patients deceived him" accuses, it answers no statement)
LYING_VERBS = frozenset({"lie", "exaggerate", "overstate", "distort", "misrepresent", "mischaracterize",
                         "mischaracterise", "fabricate", "falsify"})
NO_EVIDENCE_NOUNS = frozenset({"evidence", "proof", "basis", "indication", "sign", "truth"})

# units of measure: what a figure is in, not what it counts
UNIT_WORDS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "sq", "square", "hectare", "acre",
                        "percent", "%", "per", "cent", "percentage", "point", "dollar", "euro", "pound", "yen", "kg",
                        "kilogram", "ton", "tonne", "foot", "feet", "yard", "inch"})

# "be against X" / "be for X": stances prepositions carry, as the verbs they stand for
POLAR_PREPOSITIONS = {"against": "oppose", "for": "support"}

# opposite predicates WordNet 3.0 does not list as antonyms (it links them by gloss only)
POLAR_PAIRS = frozenset({
    frozenset({"support", "oppose"}), frozenset({"confirm", "deny"}), frozenset({"admit", "deny"}),
    frozenset({"accept", "reject"}), frozenset({"approve", "reject"}), frozenset({"lead", "trail"}),
    frozenset({"advance", "retreat"}), frozenset({"guilty", "innocent"}), frozenset({"win", "lose"}),
})

# predicates too general to say what a claim is about: two claims sharing one share nothing
GENERIC_PREDICATES = frozenset({"be", "have", "do", "say", "get", "make", "go", "come", "take", "want", "think",
                                "see", "need", "use", "try", "tell", "ask", "call", "let", "seem", "become", "mean", "believe",
                                "show", "plan", "give", "put", "keep", "find", "look", "work"})

# words that mark a contrast between two statements reported in one sentence
# ("but" and "while" also join claims that merely differ, so they are not read as contrasts)
CONTRAST_MARKERS = frozenset({"though", "although", "whereas", "despite"})

# predicates of a mind, not of the world: "I don't know the coach" and "they know the valley" are two people's
# states of mind, which conflict only when said of one and the same named person
MENTAL_PREDICATES = frozenset({
    "know", "think", "believe", "expect", "hope", "want", "care", "feel", "fear", "doubt", "recall", "remember",
    "like", "love", "hate", "wish", "guess", "suppose", "understand", "worry", "trust", "mind", "prefer",
})

# who answers a poll: a share of respondents ("one in three", "most voters", "60 percent") or the poll itself; two
# answers to one poll, or two polls, are findings side by side, not sides in a dispute (figures: kg.disagree.numeric)
POLL_CLAIMER = re.compile(r"^(?:(?:the\s+)?same\s+(?:number|share|proportion)|(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                          r"(?:one|two|three|four|five|\d+)\s+(?:in|out\s+of)\s+\w+|(?:about\s+|nearly\s+)?\d+(?:\.\d+)?\s*"
                          r"(?:%|percent|per\s+cent)|(?:the\s+)?(?:majority|minority|plurality|half|most)\b"
                          r"|.*\b(?:polls?|surveys?)\b)", re.IGNORECASE)

"""Claim nouns: one table of the nouns that name something said, so each noun is written once.

A noun can cue a claim ("X's claim that ...", "the ministry's statement that ..."), name a statement that can
fail to hold ("their case doesn't hold up"), or be what a rejection points at ("these claims are false", "her
characterisation of the vote"). Keys are word forms as written (plurals too, where they behave differently from
their singular); `NOUN_CUES`, `STATEMENT_NOUNS` and `CLAIM_NOUN_PATTERN` are views of the table.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CLAIM_NOUNS", "CLAIM_NOUN_PATTERN", "ClaimNoun", "NOUN_CUES", "STATEMENT_NOUNS"]


@dataclass(frozen=True)
class ClaimNoun:
    cue: bool = False  # with a that-clause, a claim by its owner: "X's claim that ...", "a statement by X that ..."
    statement: bool = False  # (a lemma) a statement that can be unsound: "the argument does not hold water"
    answered: bool = False  # what a rejection points at: "these claims are false", "his account is untrue"


_N = ClaimNoun

CLAIM_NOUNS: dict[str, ClaimNoun] = {
    "account": _N(statement=True, answered=True), "accounts": _N(answered=True),
    "accusation": _N(cue=True, answered=True), "accusations": _N(cue=True, answered=True),
    "admission": _N(cue=True), "allegation": _N(cue=True, statement=True, answered=True),
    "allegations": _N(cue=True, answered=True), "analysis": _N(answered=True), "announcement": _N(cue=True),
    "argument": _N(cue=True, statement=True, answered=True), "arguments": _N(answered=True),
    "assertion": _N(cue=True, statement=True, answered=True), "assertions": _N(answered=True),
    "assessment": _N(cue=True, answered=True), "belief": _N(cue=True), "case": _N(statement=True),
    "characterisation": _N(answered=True), "characterisations": _N(answered=True),
    "characterization": _N(answered=True), "characterizations": _N(answered=True),
    "charge": _N(cue=True, statement=True, answered=True), "charges": _N(cue=True, answered=True),
    "claim": _N(cue=True, statement=True, answered=True), "claims": _N(cue=True, answered=True),
    "comment": _N(answered=True), "comments": _N(cue=True, answered=True),
    "conclusion": _N(cue=True, answered=True), "conclusions": _N(answered=True),
    "contention": _N(cue=True, answered=True), "criticism": _N(answered=True), "decision": _N(answered=True),
    "denial": _N(cue=True), "description": _N(answered=True), "descriptions": _N(answered=True),
    "estimate": _N(cue=True, answered=True), "estimates": _N(answered=True), "excuse": _N(statement=True),
    "explanation": _N(statement=True), "figure": _N(statement=True, answered=True), "figures": _N(answered=True),
    "finding": _N(answered=True), "findings": _N(cue=True, answered=True), "idea": _N(answered=True),
    "insistence": _N(cue=True), "logic": _N(statement=True), "message": _N(cue=True),
    "narrative": _N(answered=True), "notion": _N(answered=True), "pledge": _N(cue=True),
    "position": _N(answered=True), "positions": _N(answered=True), "prediction": _N(cue=True),
    "promise": _N(cue=True), "proposal": _N(answered=True), "proposals": _N(answered=True),
    "rationale": _N(statement=True, answered=True), "rationales": _N(answered=True),
    "reasoning": _N(statement=True), "remark": _N(answered=True), "remarks": _N(cue=True, answered=True),
    "report": _N(cue=True, answered=True), "reporting": _N(answered=True), "reports": _N(answered=True),
    "resolution": _N(answered=True), "resolutions": _N(answered=True), "result": _N(answered=True),
    "results": _N(answered=True), "ruling": _N(answered=True), "rumor": _N(answered=True),
    "rumors": _N(answered=True), "rumour": _N(answered=True), "rumours": _N(answered=True),
    "statement": _N(cue=True, statement=True, answered=True), "statements": _N(answered=True),
    "stories": _N(answered=True), "story": _N(statement=True, answered=True),
    "suggestion": _N(cue=True, answered=True), "suggestions": _N(answered=True), "testimony": _N(cue=True),
    "theory": _N(statement=True, answered=True), "verdict": _N(answered=True), "version": _N(answered=True),
    "view": _N(cue=True), "warning": _N(cue=True),
}

NOUN_CUES = frozenset(w for w, n in CLAIM_NOUNS.items() if n.cue)
STATEMENT_NOUNS = frozenset(w for w, n in CLAIM_NOUNS.items() if n.statement)
# a regular expression matching any noun a rejection answers, longest first ("claims" before "claim")
CLAIM_NOUN_PATTERN = "|".join(sorted((w for w, n in CLAIM_NOUNS.items() if n.answered), key=lambda w: (-len(w), w)))

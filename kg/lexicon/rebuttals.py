"""How news reports one speaker answering another, in general English: patterns, not word lists fitted to a story.

Read by `kg.disagree.explicit`: each marks a claim that rejects something said and hints at what it answers.
"""
from __future__ import annotations

import re

__all__ = ["CRITICS", "PORTRAYAL", "RETRACTION", "REVERSAL", "URGING_CUES", "VAGUE_STEMS"]

# cues of urging, and what is urged when it is taking a stance back: "urged the board to reconsider"
URGING_CUES = re.compile(r"^(?:urg|call|ask|press|demand|implor)", re.IGNORECASE)

REVERSAL = re.compile(r"^(?:(?:them|him|her|it)\b|(?P<owner>(?:the\s+)?[\w.’'-]+(?:\s[\w.’'-]+){0,2}?))\s+to\s+"
                      r"(?:reconsider|reverse|rescind|retract|overturn|rethink)\b")  # not "to drop out", "to withdraw"

# a demand that someone take their words back: "he should retract it", "she ought to take that back"
RETRACTION = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\s+(?:\w+ly\s+)?(?:retract|"
                        r"(?:take|pull|walk)\s+(?:it|that|this|those|them|(?:his|her|their)\s+(?:words|remarks?|comments?|"
                        r"statements?|claims?))\s+back)\b",
                        re.IGNORECASE)

# a denial of someone's portrayal: "the plan is not the monster its critics make it out to be"
PORTRAYAL = re.compile(r"\b(?:not|n't|never)\b[^.;]{0,120}\b(?:make|makes|made|making)\s+(?:it|him|her|them|this|that)"
                       r"\s+out\s+to\s+be\b", re.IGNORECASE)

# an answer to one's critics: "to those who criticize me for ...", "people knocking us for ..."
CRITICS = re.compile(r"\b(?:those|people|critics|anyone|everyone)\b[^.;]{0,40}?\b(?:knock|criticiz|criticis|attack|"
                     r"question|mock|slam|blast|bash|accus|fault)\w*\s+(?:me|us)\b"
                     r"(?:\s+(?:for|over|about|on)\s+(?P<topic>[^,.;:!?]+))?", re.IGNORECASE)

# words too vague to say what a rejection is about ("those things are false"), as 5-letter stems
VAGUE_STEMS = frozenset({"thing", "stuff", "somet", "anyth", "every", "whole", "kind", "sort", "lot", "part", "point",
                         "issue", "matte", "way", "fact", "peopl"})

# cues of condemning, not of calling false: "denounced his remarks", "mocked the plan" criticise; they dispute a claim
# only when they restate it, never by pointing at "his remarks" (docs/disputes.md: criticism alone is no dispute)
CONDEMNING_CUES = re.compile(r"^(?:denounc|decr[iy]|condemn|mock|derid|scoff|slam|blast|lambast)", re.IGNORECASE)

# "it is absurd that ...", "it's not right to ...": an "it" standing for the clause after it, which refers to nothing
EXPLETIVE_IT = re.compile(r"^it(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|has\s+been|seems|remains))\s+[^.;]*?\b(?:that|to)\s",
                          re.IGNORECASE)
__all__ += ["CONDEMNING_CUES", "EXPLETIVE_IT"]

"""Classes of predicates whose members contradict each other when said of the same event.

General English: an advance contradicts a halt; knowing contradicts not knowing. A claim's class
is read off its main verb or noun lemma; negation flips knowledge-like classes.
"""
from __future__ import annotations

__all__ = ["OPPOSED_CLASSES", "PREDICATE_CLASS"]

PREDICATE_CLASS: dict[str, str] = {}
for _lemma in ("advance", "gain", "push", "move", "capture", "seize", "take", "progress", "penetrate",
               "expand", "continue", "storm", "overrun", "liberate", "enter", "win"):
    PREDICATE_CLASS[_lemma] = "progress"
for _lemma in ("halt", "stop", "stabilise", "stabilize", "repel", "repulse", "contain", "block", "thwart",
               "defeat", "stall", "freeze", "rebuff", "beat", "fail", "destroy", "eliminate", "retreat",
               "withdraw", "expel", "dislodge", "hold"):
    PREDICATE_CLASS[_lemma] = "halt"
for _lemma in ("know", "involve", "involved", "involvement", "aware", "notice", "inform", "notify", "coordinate",
               "approve", "authorise", "authorize", "sanction", "participate", "support", "help", "assist"):
    PREDICATE_CLASS[_lemma] = "know"

# (class, negated) pairs that contradict each other
OPPOSED_CLASSES: set[frozenset] = {
    frozenset({("progress", False), ("halt", False)}),
    frozenset({("know", False), ("know", True)}),
    frozenset({("progress", False), ("progress", True)}),
}

"""Named rules: every extraction decision is a small function with a name, tried in order by one runner.

A stage (the speaker of a claim, its content span, its frame, an entity's type, a dispute's candidate)
keeps an ordered table of `Step`s. `first` runs them until one gives an answer and returns the answer with
the name of the rule that gave it; the caller stamps that name on the record it makes (`rule` in
claims.jsonl, entities.jsonl and disputes.jsonl), so a wrong record says which rule to read. With the
logger ``kg.rules`` at DEBUG (``kg build --explain``) every rule tried is logged, fired or not.

Rule names are `RuleName` members (a `str` too), one enum per stage, defined beside the stage's rules.
A record's `rule` is its stages joined: ``"speaker: apposition; content: clause after cue"``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Generic, Iterable, Optional, TypeVar

__all__ = ["RuleName", "Step", "first", "stamp", "explain_logger"]

T = TypeVar("T")

explain_logger = logging.getLogger("kg.rules")


class RuleName(str, Enum):
    """Base of every stage's rule names: a member is its value as a string too."""

    __str__ = str.__str__
    __format__ = str.__format__


@dataclass(frozen=True)
class Step(Generic[T]):
    """One named rule of a stage: `fn` returns its answer, or None when it does not apply."""

    name: RuleName
    fn: Callable[..., Optional[T]]


def first(stage: str, table: Iterable[Step[T]], *args: Any, what: str = "") -> Optional[tuple[T, RuleName]]:
    """Run `table` in order; the first answer that is not None wins, with the name of its rule."""
    debug = explain_logger.isEnabledFor(logging.DEBUG)
    for step in table:
        out = step.fn(*args)
        if debug:
            explain_logger.debug("%s %s: %s %s", stage, what, step.name, "fired" if out is not None else "no")
        if out is not None:
            return out, step.name
    return None


def stamp(*parts: tuple[str, Optional[str]]) -> str:
    """A record's `rule`: its stages and the rule each fired, ``"speaker: apposition; content: ..."``."""
    return "; ".join(f"{stage}: {name}" for stage, name in parts if name)

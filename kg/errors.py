"""The one exception tree of kg.

    KGError                  base: every error kg raises on purpose
    ├── InputError           an input file cannot be read, decoded or understood
    ├── PipelineError        the spaCy pipeline cannot be loaded or run
    ├── QueryError           a SPARQL query is unknown, malformed or badly parameterised
    ├── StoreError           the persistent RDF store or a remote endpoint failed
    └── OutputError          an output cannot be written

Every message names the value, the file and, where it helps, what would be valid.
The CLI turns them into one line on stderr and a non-zero exit code.
"""
from __future__ import annotations

__all__ = ["InputError", "KGError", "OutputError", "PipelineError", "QueryError", "StoreError", "shown_path"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """An input file cannot be read, decoded or understood."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{shown_path(self.path)}: {problem}")


def shown_path(path: object) -> str:
    """`path` as one printable line: a file name may hold line breaks or terminal escapes."""
    s = str(path)
    if s.isprintable():
        return s
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in s)


class PipelineError(KGError):
    """The spaCy pipeline cannot be loaded or run."""


class QueryError(KGError):
    """A SPARQL query is unknown, malformed or badly parameterised."""


class StoreError(KGError):
    """The persistent store or a remote SPARQL endpoint failed."""


class OutputError(KGError):
    """An output file cannot be written."""

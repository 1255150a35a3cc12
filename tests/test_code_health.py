"""The package's own code stays clean: no pyflakes finding (unused imports and locals, undefined names), no enum
value written as a string literal outside kg/model.py, no function longer than 60 lines."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pyflakes.api import checkPath
from pyflakes.reporter import Reporter

KG = Path(__file__).resolve().parent.parent / "kg"


class _Collect(Reporter):
    def __init__(self):
        self.lines: list[str] = []

    def unexpectedError(self, filename, msg):
        self.lines.append(f"{filename}: {msg}")

    def syntaxError(self, filename, msg, lineno, offset, text):
        self.lines.append(f"{filename}:{lineno}: {msg}")

    def flake(self, message):
        self.lines.append(str(message))


def test_pyflakes_finds_nothing_in_kg():
    report = _Collect()
    for path in sorted(KG.rglob("*.py")):
        checkPath(str(path), report)
    assert report.lines == []


def test_the_check_sees_a_finding(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef f():\n    x = 1\n    return y\n")
    report = _Collect()
    checkPath(str(bad), report)
    assert any("'os' imported but unused" in line for line in report.lines)
    assert any("undefined name 'y'" in line for line in report.lines)


def test_no_undefined_name_in_tests_benchmarks_or_scripts():
    """A name used but never defined (a helper removed in one branch, still called in another) fails here, not in
    the one test that reaches it."""
    report = _Collect()
    for folder in ("tests", "benchmarks", "scripts"):
        for path in sorted((KG.parent / folder).rglob("*.py")):
            if "node_modules" not in path.parts:
                checkPath(str(path), report)
    assert [line for line in report.lines if "undefined name" in line] == []


# --- the record contract: enum values are written as enum members, never as string literals -------------------

def _enum_values() -> dict[str, str]:
    """Each value of the enums of kg/model.py -> the member that spells it ("disputes" -> "Polarity.DISPUTES")."""
    from kg.model import CitationKind, DisputeKind, EntityType, MentionKind, Polarity, QuoteKind

    return {m.value: f"{e.__name__}.{m.name}"
            for e in (EntityType, DisputeKind, Polarity, QuoteKind, CitationKind, MentionKind) for m in e}


# names of record fields (and of variables and parameters holding them) whose values are enum members
_ENUM_FIELDS = frozenset({"type", "kind", "quote", "polarity", "claimer_type", "typ"})


def _field_like(name) -> bool:
    return isinstance(name, str) and (name in _ENUM_FIELDS or name.endswith(("_type", "_kind", "_polarity")))


def _names_a_field(node: ast.AST) -> bool:
    """`x.kind`, `kind`, `row["kind"]`, `row.get("kind")`: an expression reading an enum-typed field."""
    if isinstance(node, ast.Attribute):
        return _field_like(node.attr)
    if isinstance(node, ast.Name):
        return _field_like(node.id)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return _field_like(node.slice.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" and node.args:
        return isinstance(node.args[0], ast.Constant) and _field_like(node.args[0].value)
    return False


def _elements(node: ast.AST) -> list[ast.AST]:
    """The items of a literal collection (`("a", "b")`, `{"a"}`, `frozenset({"a"})`), else the node itself."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set") \
            and node.args:
        node = node.args[0]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return list(node.elts)
    return [node]


class _EnumLiterals:
    """The rules of `enum_value_literals`, one method per kind of syntax node; `found` collects the hits."""

    def __init__(self):
        self.values = _enum_values()
        self.types = {v for v, member in self.values.items() if member.startswith("EntityType.")}
        self.found: dict[tuple[int, int], tuple[int, int, str, str]] = {}

    def hit(self, node, pool=None, expand=True):
        """Record `node` (or each item of a literal collection, or each branch of `a if c else b`) when it is a
        string literal in `pool` (default: every enum value)."""
        pool = self.values if pool is None else pool
        for el in (_elements(node) if expand else [node]) if node is not None else ():
            if isinstance(el, ast.IfExp):
                self.hit(el.body, pool, expand), self.hit(el.orelse, pool, expand)
            elif isinstance(el, ast.Constant) and isinstance(el.value, str) and el.value in pool:
                self.found[(el.lineno, el.col_offset)] = (el.lineno, el.col_offset, el.value, self.values[el.value])

    def compare(self, node: ast.Compare) -> None:
        sides = [node.left, *node.comparators]
        for s in sides:
            self.hit(s, None if any(_names_a_field(x) for x in sides) else self.types)

    def keyword(self, node: ast.keyword) -> None:
        if _field_like(node.arg):
            self.hit(node.value)

    def arguments(self, node: ast.arguments) -> None:
        params = node.posonlyargs + node.args
        for arg, default in [*zip(params[len(params) - len(node.defaults):], node.defaults),
                             *zip(node.kwonlyargs, node.kw_defaults)]:
            if _field_like(arg.arg):
                self.hit(default)

    def assign(self, node: ast.Assign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(_names_a_field(t) for t in targets):
            self.hit(node.value)
        else:
            self.hit(node.value, self.types, expand=False)

    def dict(self, node: ast.Dict) -> None:
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        enums = {self.values[k].split(".")[0] if k in self.values else "" for k in keys}
        one_enum = len(keys) > 1 and len(enums) == 1 and "" not in enums and enums != {"MentionKind"}
        for k, v in zip(node.keys, node.values):
            self.hit(k, None if one_enum else self.types)  # a table keyed by one enum's values only
            if isinstance(k, ast.Constant) and k.value not in self.values:
                self.hit(v, self.types, expand=False)  # {"PERSON": "Person"}: a table into entity types

    def function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if _field_like(node.name):
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return):
                    self.hit(ret.value)  # quote_kind() returning "direct"

    def returned(self, node: ast.Return) -> None:
        self.hit(node.value, self.types)

    def if_exp(self, node: ast.IfExp) -> None:
        self.hit(node.body, self.types, expand=False)
        self.hit(node.orelse, self.types, expand=False)

    def call(self, node: ast.Call) -> None:
        for arg in node.args:
            self.hit(arg, self.types, expand=False)


_RULES = [(ast.Compare, _EnumLiterals.compare), (ast.keyword, _EnumLiterals.keyword),
          (ast.arguments, _EnumLiterals.arguments), ((ast.Assign, ast.AnnAssign), _EnumLiterals.assign),
          (ast.Dict, _EnumLiterals.dict), ((ast.FunctionDef, ast.AsyncFunctionDef), _EnumLiterals.function),
          (ast.Return, _EnumLiterals.returned), (ast.IfExp, _EnumLiterals.if_exp), (ast.Call, _EnumLiterals.call)]


def enum_value_literals(source: str) -> list[tuple[int, int, str, str]]:
    """(line, column, literal, member) for each string literal in `source` that stands for an enum of kg/model.py.

    A literal stands for an enum where it is compared with an enum-typed field (`c.polarity == "disputes"`,
    `m.kind in ("name", "pronoun")`), passed, defaulted or assigned to one (`kind="explicit"`,
    `polarity: str = "asserts"`), is returned by a function named for one (`quote_kind`), keys a per-type table
    (`{"asserts": ..., "disputes": ...}`, keyed by one enum's values only; not by "name" and "description", JSON's
    field names too), or is an entity type anywhere an expression goes (`return "Place"`, `Claimer("Person", ...)`):
    entity types are capitalised names no other vocabulary here uses, so only sets of words ("Place de ...") pass.
    """
    finder = _EnumLiterals()
    for node in ast.walk(ast.parse(source)):
        for kind, rule in _RULES:
            if isinstance(node, kind):
                rule(finder, node)
    return sorted(finder.found.values())


def test_no_enum_value_literals():
    """`kind="explicit"`, `c.polarity == "disputes"`, `return "Place"`: write the enum member instead."""
    report = []
    for path in sorted(KG.rglob("*.py")):
        if path.name != "model.py":
            report += [f"{path.relative_to(KG.parent)}:{line}: {lit!r} is {member}"
                       for line, _, lit, member in enum_value_literals(path.read_text(encoding="utf-8"))]
    assert report == []


@pytest.mark.parametrize("code, literal", [
    ('if c.polarity == "disputes":\n    pass\n', "disputes"),
    ('ok = m.kind in ("name", "pronoun")\n', "pronoun"),
    ('d = Dispute(kind="explicit")\n', "explicit"),
    ('def add(polarity: str = "asserts"):\n    pass\n', "asserts"),
    ('COLORS = {"asserts": 1, "disputes": 2}\n', "disputes"),
    ('def f():\n    return "Place"\n', "Place"),
    ('c = Claimer("Person", name)\n', "Person"),
    ('LABELS = {"PERSON": "Person"}\n', "Person"),
    ('kind = "Group" if x else y\n', "Group"),
    ('polarity = "disputes" if x else "asserts"\n', "asserts"),
    ('if row.get("quote") != "direct":\n    pass\n', "direct"),
    ('def quote_kind(q):\n    return "mixed", q.start, q.end\n', "mixed"),
])
def test_the_enum_check_sees_a_literal(code, literal):
    assert literal in [lit for _, _, lit, _ in enum_value_literals(code)]


@pytest.mark.parametrize("code", [
    'row = {"name": n, "description": d}\n',  # JSON fields, not mention kinds
    'if rel == "disputes":\n    pass\n',  # a graph relation, not a polarity
    'STREET = frozenset({"Place", "Rue"})\n',  # a word of a name
    'x = data["disputes"]\n',
    'EDGE_COLORS = {"asserts": 1, "disputes": 2, "cites": 3}\n',  # graph relations, not polarities
    'if c.polarity == Polarity.DISPUTES:\n    pass\n',
    '"""A Person speaks."""\n',
])
def test_the_enum_check_passes_other_words(code):
    assert enum_value_literals(code) == []


# --- functions a reader can hold in mind ---------------------------------------------------------------------

MAX_FUNCTION_LINES = 60


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of each function or method in `source` longer than `limit` lines, decorators and docstring
    included (a nested function counts within its parent and on its own)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            length = node.end_lineno - first + 1
            if length > limit:
                out.append((node.name, length))
    return out


def test_no_long_functions():
    report = [f"{path.relative_to(KG.parent)}::{name} {length} lines"
              for path in sorted(KG.rglob("*.py")) for name, length in long_functions(path.read_text(encoding="utf-8"))]
    assert report == []


def test_the_length_check_sees_a_long_function():
    body = "".join(f"    x{i} = {i}\n" for i in range(60))
    assert long_functions(f"def f():\n{body}") == [("f", 61)]
    assert long_functions(f"def f():\n{body[:-11]}") == []

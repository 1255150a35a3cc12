"""kg's import graph has no cycle: not between modules, and not between folders (each sub-package of kg is one
node, each top-level module its own). Imports inside functions count as much as those at the top of a module:
a cycle hidden in a function is still a cycle. The graph is read from the source with `ast`; nothing is imported."""
from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"


def _name(root: Path, path: Path) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.AST, package: str, modules: set[str]) -> list[str]:
    """The package's modules that one import statement names (`from a import b` names a.b when b is a module)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            above = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join(above + ([base] if base else []))
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
    else:
        return []
    out = []
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            out.append(name)
    return out


def import_graph(root: Path) -> dict[str, set[str]]:
    """module -> the package's modules it imports, anywhere in its body."""
    files = {_name(root, p): p for p in sorted(root.rglob("*.py"))}
    graph = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[name] = {m for node in ast.walk(tree) for m in _imported(node, package, set(files)) if m != name}
    return graph


def folder_graph(root: Path, graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The same graph with each sub-package of `root` drawn together as one node."""
    subpackages = {p.parent.name for p in root.glob("*/__init__.py")}

    def unit(module: str) -> str:
        parts = module.split(".")
        return ".".join(parts[:2]) if len(parts) > 2 or (len(parts) == 2 and parts[1] in subpackages) else module

    out: dict[str, set[str]] = {}
    for a, targets in graph.items():
        out.setdefault(unit(a), set()).update(unit(b) for b in targets if unit(b) != unit(a))
    return out


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as e:
        return e.args[1]
    return None


def test_no_module_imports_itself_through_others():
    assert cycle(import_graph(KG)) is None


def test_no_folder_of_kg_imports_itself_through_others():
    assert cycle(folder_graph(KG, import_graph(KG))) is None


def test_the_graph_sees_kg_import_edges():
    graph = import_graph(KG)
    assert "kg.io.atomic" in graph["kg.pipeline"]  # a module-level import
    assert "kg.article" in graph["kg.parallel"]  # an import inside a function


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    pkg = _package(tmp_path / "pkg", {"__init__.py": "", "a.py": "from pkg import b\n",
                                      "b.py": "def f():\n    from pkg.a import x\n", "c.py": "from . import a\n"})
    found = cycle(import_graph(pkg))
    assert found is not None and set(found) == {"pkg.a", "pkg.b"}


def test_a_cycle_between_folders_is_found_where_modules_have_none(tmp_path):
    pkg = _package(tmp_path / "pkg", {"__init__.py": "", "x/__init__.py": "", "y/__init__.py": "",
                                      "x/one.py": "import pkg.y.two\n", "y/two.py": "",
                                      "y/three.py": "from ..x import one\n"})
    graph = import_graph(pkg)
    assert cycle(graph) is None
    assert set(cycle(folder_graph(pkg, graph))) == {"pkg.x", "pkg.y"}

"""kg's mark on an output folder: `kg-manifest.json`, the version that wrote it and every file it wrote.

kg replaces an output folder whole, so it must never take a folder of the user's for one of its own.
It replaces a folder only when the folder is empty or is a kg build:

- it carries the manifest, and every file in it is one the manifest lists (or an HTML view `kg view`
  wrote beside them, `graph-*.html`, or the trace index `kg trace` rebuilt, `.trace.sqlite`); a file the user put there makes kg refuse;
- or (a build written before kg wrote manifests) it has no manifest, holds `articles.jsonl`,
  `claims.jsonl` and `entities.jsonl`, and every file in it has the name of a file kg writes. Anything
  else in it makes kg refuse.

The same test keeps a walk of the inputs out of kg's own outputs (`-o` inside an input folder).
"""
from __future__ import annotations

import fnmatch
import json
import os
from pathlib import Path
from typing import Optional

__all__ = ["MANIFEST", "is_kg_build", "manifest_text", "not_replaceable"]

MANIFEST = "kg-manifest.json"
_MAX_MANIFEST_BYTES = 10_000_000
# what kg has written into a build folder (before manifests, and by `kg view` beside a build)
_KG_NAMES = ("articles.jsonl", "citations.jsonl", "claims.jsonl", "claims.jsonld", "clusters.jsonl", "disputes.gexf",
             "disputes.jsonl", "edges.csv", "entities.jsonl", "graph.gexf", "graph.graphml", "graph.html", "graph.nq",
             "graph.trig", "graph.ttl", "nodes.csv", "report.json", "graph.jsonld", "text/*.txt", "graph-*.html",
             "mentions.jsonl", ".trace.sqlite*")
_VIEWS = ("graph-*.html", ".trace.sqlite*")  # what `kg view` and `kg trace` may write beside a build
_LEGACY_CORE = ("articles.jsonl", "claims.jsonl", "entities.jsonl")  # what every kg build has always held


def _version() -> str:
    try:
        from importlib.metadata import version
        return version("kg")
    except Exception:  # noqa: BLE001 - not installed as a package (run from a checkout)
        return "unknown"


def _files(folder: Path) -> list[str]:
    """Every file under `folder` (links included, not followed), as sorted '/'-separated relative paths."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        out += [Path(root, f).relative_to(folder).as_posix() for f in files]
        out += [Path(root, d).relative_to(folder).as_posix() for d in dirs if os.path.islink(os.path.join(root, d))]
    return sorted(out)


def manifest_text(folder: Path) -> str:
    """The body of `kg-manifest.json` for the output folder `folder`, listing every file now in it (the caller
    writes it, atomically, as `folder / MANIFEST`)."""
    files = [f for f in _files(folder) if f != MANIFEST]
    return json.dumps({"written_by": "kg", "version": _version(), "files": files}, indent=1) + "\n"


def _listed(folder: Path) -> Optional[set[str]]:
    """The files the manifest in `folder` lists; None when there is none or it is not kg's."""
    path = folder / MANIFEST
    try:
        if not path.is_file() or path.stat().st_size > _MAX_MANIFEST_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("written_by") != "kg" or not isinstance(data.get("files"), list):
        return None
    return {f for f in data["files"] if isinstance(f, str)}


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) and name.count("/") == p.count("/") for p in patterns)


def not_replaceable(folder: Path) -> Optional[str]:
    """Why kg must not replace the existing folder `folder` (a sentence), or None when it may: it is empty or a
    kg build (see the module's doc)."""
    folder = Path(folder)
    try:
        files = _files(folder)
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    if not files and not any(folder.iterdir()):
        return None
    listed = _listed(folder)
    if listed is not None:
        foreign = [f for f in files if f != MANIFEST and f not in listed and not _matches(f, _VIEWS)]
        what = "kg did not write"
    else:
        if not set(_LEGACY_CORE) <= set(files):
            return f"is not a kg build folder (no {MANIFEST})"
        foreign = [f for f in files if not _matches(f, _KG_NAMES)]
        what = f"kg does not write (and no {MANIFEST})"
    if foreign:
        return f"holds {len(foreign)} file{'s' if len(foreign) != 1 else ''} {what} (first: {foreign[0]})"
    return None


def is_kg_build(folder: Path) -> bool:
    """Whether `folder` is a kg build folder (to be left out of a walk of the inputs). Cheap when it is not."""
    folder = Path(folder)
    if (folder / MANIFEST).is_file():
        return _listed(folder) is not None
    return (folder / "articles.jsonl").is_file() and (folder / "claims.jsonl").is_file() and \
        not_replaceable(folder) is None

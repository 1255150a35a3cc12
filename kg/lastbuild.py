"""The last build `kg build` wrote, remembered in the user's cache, so `kg query`, `kg trace`, `kg view`, `kg push`
and `kg serve` read it when no graph is named.

The record is one JSON file, `<user cache>/kg/last-build.json` (`KG_LAST_BUILD` names another file). A record
that cannot be read, or that names a folder no longer holding a build, is passed over: the demo build
(exports/kursk) is read instead, and the commands say which graph they read.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

__all__ = ["default_graph", "last_build", "record"]


def _record_file() -> Path:
    env = os.environ.get("KG_LAST_BUILD")
    if env:
        return Path(env)
    from kg.lexicon.wordnet_data import cache_root

    return cache_root() / "last-build.json"


def record(out: Path) -> Optional[str]:
    """Remember `out` as the last build; returns a warning line when it cannot be written (the build stands)."""
    from kg.errors import KGError
    from kg.io.atomic import atomic_write

    path = _record_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps({"build": str(Path(out).resolve())}) + "\n")
    except (OSError, KGError) as e:
        return f"cannot remember this build as the last one in {path} ({getattr(e, 'strerror', None) or e})"
    return None


def last_build() -> Optional[Path]:
    """The folder of the last build written, when it still holds one."""
    try:
        folder = Path(json.loads(_record_file().read_text(encoding="utf-8"))["build"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return folder if (folder / "claims.jsonl").is_file() else None


def default_graph(fallback: Path) -> tuple[Path, str]:
    """(graph to read, why): the last build written, else `fallback`."""
    last = last_build()
    if last is not None:
        return last, "the last build written"
    return Path(fallback), "the demo build"

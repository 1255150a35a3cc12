"""Writing files so that a reader never sees half of one: write beside, then rename over."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError

__all__ = ["atomic_write"]


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write `data` to `path` atomically (a temporary file in the same folder, then `os.replace`).

    Raises OutputError naming the path when the folder cannot be written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
    return path

"""Writing outputs so that a reader never sees half of them.

- `atomic_write`: one file, written beside its target and renamed over it; `atomic_file` the same for a file
  written piece by piece (so a large output is never held whole in memory).
- `replace_folder`: a whole output set, written into a new folder beside the target and swapped in
  (an atomic exchange where the kernel offers one, else two renames), so a build killed or failing at
  any moment leaves the previous set whole. Only an empty folder or a kg build (`kg.io.manifest`) is
  replaced. A lock file beside the folder (`.NAME.lock`) keeps two builds from writing one folder; what a
  killed build left behind is removed by the next one.

Files get the permissions the umask asks for, as any other program's would.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

from kg.errors import OutputError, shown_path
from kg.io.manifest import MANIFEST, manifest_text, not_replaceable

__all__ = ["atomic_file", "atomic_write", "check_replaceable", "replace_folder"]

_RENAME_EXCHANGE = 2


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator:
    """A binary file to write `path`'s content into; on success it replaces `path` at once, on any failure
    `path` is left as it was.

    Raises OutputError naming the path when the folder cannot be written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{shown_path(path)}: cannot write ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
            os.fchmod(f.fileno(), 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise OutputError(f"{shown_path(path)}: cannot write ({e.strerror or e})") from None
        raise


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write `data` to `path` atomically (a temporary file in the same folder, then `os.replace`).

    Raises OutputError naming the path when the folder cannot be written.
    """
    with atomic_file(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    at_fdcwd = -100
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _leftovers(parent: Path, name: str) -> list[Path]:
    return [p for p in parent.glob(f".{name}.*-*") if p.name.startswith((f".{name}.tmp-", f".{name}.old-"))]


def check_replaceable(out: Path) -> None:
    """Raise OutputError unless `out` is missing, empty or a kg build (`kg.io.manifest`): the folder kg may
    replace. `build` asks before any work; `replace_folder` asks again under the lock."""
    out = Path(out)
    shown = shown_path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{shown}: is a file, not an output folder")
    why = not_replaceable(out) if out.is_dir() else None
    if why:
        raise OutputError(f"{shown}: {why}; kg replaces the whole output folder, so it refuses this one: "
                          "choose a new or empty folder, or move those files out")


@contextlib.contextmanager
def replace_folder(out: Path) -> Iterator[Path]:
    """Yield a new empty folder to write an output set into; on success it replaces `out` as a whole.

    On any failure (or interruption) the new folder is removed and `out` is left as it was. Raises
    OutputError when `out` cannot be written, when another build holds it, or when it exists and holds
    something other than a kg build (kg never replaces a folder it did not write: `kg.io.manifest`).
    The new folder gets kg's manifest, listing every file written into it.
    """
    import fcntl

    out = Path(os.path.abspath(out))
    parent, shown = out.parent, shown_path(out)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        lock = open(parent / f".{out.name}.lock", "a+b")
    except OSError as e:
        raise OutputError(f"{shown}: cannot write ({e.strerror or e})") from None
    with lock:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(f"{shown}: another kg build is writing this folder; wait for it or choose "
                              "another -o") from None
        check_replaceable(out)
        for old in _leftovers(parent, out.name):  # a killed build's, safe to remove under the lock
            shutil.rmtree(old, ignore_errors=True)
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=parent))
            os.chmod(tmp, 0o777 & ~_umask())
        except OSError as e:
            raise OutputError(f"{shown}: cannot write ({e.strerror or e})") from None
        try:
            yield tmp
            # kg's mark: the next build may replace this folder, and no other
            atomic_write(tmp / MANIFEST, manifest_text(tmp))
            if out.is_dir() and _exchange(tmp, out):
                shutil.rmtree(tmp, ignore_errors=True)  # now the previous set
            else:
                aside = parent / f".{out.name}.old-{tmp.name.rsplit('-', 1)[-1]}"
                if out.exists():
                    os.rename(out, aside)
                os.rename(tmp, out)
                shutil.rmtree(aside, ignore_errors=True)
        except BaseException as e:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(e, OSError):
                raise OutputError(f"{shown}: cannot replace the output folder ({e.strerror or e})") from None
            raise

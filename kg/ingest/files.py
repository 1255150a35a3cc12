"""Reading input files safely: only regular files, never more than a cap, never a hang.

`open()` on a named pipe (FIFO) blocks until a writer comes, and `/dev/zero` never ends; a file of
gigabytes is read whole by `read_bytes()`. So every input is looked at (`os.stat`, which opens
nothing) before it is opened, opened non-blocking, checked again on the open descriptor (a file
swapped between the two looks is caught) and read up to a cap in bytes.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Optional

__all__ = ["not_a_file", "problem", "read_capped"]

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def not_a_file(path: Path) -> Optional[str]:
    """Why `path` cannot be read as a file (a broken link, a link loop, a pipe, a device, a folder, missing),
    or None when it is a regular file (or a link to one). Opens nothing."""
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link loop"
        if e.errno == errno.ENOENT and os.path.islink(path):
            try:
                return f"a broken symbolic link (to {os.readlink(path)})"
            except OSError:
                return "a broken symbolic link"
        if e.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot be read ({e.strerror or e})"
    if stat.S_ISREG(st.st_mode):
        return None
    return _kind(st.st_mode)


def problem(why: str) -> str:
    """The line that says a path `not_a_file` refused is not read."""
    return why if why.startswith(("no such", "cannot")) else f"is {why}, not a regular file"


def read_capped(path: Path, limit: int) -> tuple[bytes, int]:
    """(the first `limit` bytes of the regular file `path`, its size in bytes). Never opens anything but a
    regular file and never reads past `limit`.

    Raises OSError for an unreadable file and ValueError (saying what it is) for anything that is not a
    regular file.
    """
    why = not_a_file(path)
    if why is not None:
        raise ValueError(why)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped for something else after the first look
            raise ValueError(_kind(st.st_mode))
        chunks, got = [], 0
        while got < limit:
            chunk = os.read(fd, min(limit - got, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks), max(st.st_size, got)
    finally:
        os.close(fd)

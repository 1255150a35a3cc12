"""Finding input files and decoding them into text."""
from __future__ import annotations

import codecs
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError

__all__ = ["SUFFIXES", "decode", "discover", "input_keys"]

SUFFIXES = (".txt", ".text", ".html", ".htm")


def discover(inputs: Iterable[Path]) -> Iterator[Path]:
    """Yield the article files named by `inputs` (files, or folders searched recursively), sorted.

    Raises InputError for a path that does not exist. Side-car files (`*.meta.json`) and files of
    other kinds inside folders are skipped; a file named explicitly is always yielded.
    """
    seen: set[Path] = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            found = [p]
        else:
            raise InputError(p, "no such file or folder")
        for f in found:
            r = f.resolve()
            if r not in seen:
                seen.add(r)
                yield f


def input_keys(inputs: Iterable[Path]) -> list[tuple[Path, str]]:
    """The article files named by `inputs`, each with its input key: the path it was found under.

    A file found in a folder is keyed by the folder's name and its path inside it ('kursk/000_x.txt'); a
    file named explicitly by its parent folder's name and its own ('kursk/000_x.txt'). Keys do not
    depend on the working directory or on the order of `inputs`. Where two files would share a key,
    both are keyed by their full resolved path, so every input path gives a distinct article id.
    Raises InputError like `discover`.
    """
    found: list[tuple[Path, str]] = []
    for item in inputs:
        root = Path(item)
        for f in discover([root]):
            if root.is_dir():
                rel = f.relative_to(root).as_posix()
                name = root.resolve().name
                found.append((f, f"{name}/{rel}" if name else rel))
            else:
                found.append((f, f"{f.resolve().parent.name}/{f.name}"))
    seen: set[Path] = set()
    unique = []
    for f, key in found:
        if f.resolve() not in seen:
            seen.add(f.resolve())
            unique.append((f, key))
    counts: dict[str, int] = {}
    for _, key in unique:
        counts[key] = counts.get(key, 0) + 1
    return [(f, key if counts[key] == 1 else f.resolve().as_posix()) for f, key in unique]


def decode(path: Path, data: bytes) -> str:
    """Decode file bytes as UTF-8 (a BOM selects UTF-8 or UTF-16); line endings become '\\n'.

    Raises InputError naming the file and the byte offset when the bytes are not text.
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(path, f"not {encoding.replace('-sig', '')} text (undecodable byte 0x{data[e.start]:02x} "
                               f"at offset {e.start}); re-save it as UTF-8") from None
    if "\x00" in text:
        raise InputError(path, "contains NUL characters: a binary file, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")

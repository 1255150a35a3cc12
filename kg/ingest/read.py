"""Finding input files and decoding them into text."""
from __future__ import annotations

import codecs
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError

__all__ = ["SUFFIXES", "decode", "discover"]

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

"""Finding input files and decoding them into text."""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import Iterable, Iterator, Optional

from kg.errors import InputError
from kg.io.manifest import is_kg_build
from kg.ingest.files import not_a_file, problem

__all__ = ["SUFFIXES", "decode", "discover", "input_keys"]

SUFFIXES = (".txt", ".text", ".html", ".htm",  # one article a file
            ".warc", ".warc.gz", ".wacz", ".csv", ".jsonl", ".ndjson", ".rss", ".atom")  # many (kg.ingest.containers)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# a valid UTF-8 sequence of two to four bytes: its presence tells UTF-8 with a stray byte from a legacy encoding
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_PREFERRED = "cp1252"  # the legacy encoding of most older English-language news
_PREFERRED_MARGIN = 0.1  # how much less plausible than the best guess Windows-1252 may look and still be taken
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _hidden(path: Path, top: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(top).parts)


def _walk(top: Path, errors: list[InputError]) -> list[Path]:
    def unreadable(e: OSError) -> None:
        errors.append(InputError(e.filename or top, f"folder cannot be read ({e.strerror or e}); its files are skipped"))

    found = []
    for root, dirs, files in os.walk(top, onerror=unreadable):
        # kg's own output folders (an -o inside the input) are never read back as articles
        dirs[:] = sorted(d for d in dirs if not is_kg_build(Path(root) / d))
        for name in files:
            f = Path(root) / name
            if not name.lower().endswith(SUFFIXES) or _hidden(f, top):
                continue
            why = not_a_file(f)  # a pipe, a device, a broken link or a link loop is said, never opened
            if why is None:
                found.append(f)
            else:
                errors.append(InputError(f, problem(why)))
    return sorted(found)


def discover(inputs: Iterable[Path], *, errors: Optional[list[InputError]] = None) -> Iterator[Path]:
    """Yield the article files named by `inputs` (files, or folders searched recursively).

    Side-car files (`*.meta.json`) and files of other kinds inside folders are skipped; a file named
    explicitly is yielded when it is a regular file. A path that does not exist or is not a regular file (a pipe, a
    device, a broken link, a link loop; never opened), or a folder that cannot be read, is an
    InputError: appended to `errors` when a list is given (and the other inputs are still walked),
    raised otherwise.
    """
    seen: set[Path] = set()
    problems: list[InputError] = [] if errors is None else errors
    for item in inputs:
        p = Path(item)
        before = len(problems)
        why = None if p.is_dir() else not_a_file(p)
        if why is None:
            found = _walk(p, problems) if p.is_dir() else [p]
        else:  # named explicitly: a missing path, a pipe, a device, a broken link or a loop is an error line
            found = []
            problems.append(InputError(p, problem(why)))
        if errors is None and len(problems) > before:
            raise problems[before]
        for f in found:
            r = f.resolve()
            if r not in seen:
                seen.add(r)
                yield f


def input_keys(inputs: Iterable[Path], *, errors: Optional[list[InputError]] = None) -> list[tuple[Path, str]]:
    """The article files named by `inputs`, each with its input key: the path it was found under.

    A file found in a folder is keyed by the folder's name and its path inside it ('kursk/000_x.txt'); a
    file named explicitly by its parent folder's name and its own ('kursk/000_x.txt'). Keys do not
    depend on the working directory or on the order of `inputs`. Where two files would share a key,
    both are keyed by their full resolved path, so every input path gives a distinct article id.
    Missing paths and unreadable folders are appended to `errors`, or raised when it is None, like `discover`.
    """
    found: list[tuple[Path, str]] = []
    for item in inputs:
        root = Path(item)
        for f in discover([root], errors=errors):
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


def _legacy(data: bytes) -> Optional[str]:
    """The encoding charset-normalizer finds for bytes that are not UTF-8; Windows-1252 when it decodes them and is
    about as plausible as the best guess (Western texts fit several single-byte code pages about equally well)."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    try:
        as_preferred = data.decode(_PREFERRED)
    except UnicodeDecodeError:
        as_preferred = None
    # typographic quotes, dashes and the euro sign cost Windows-1252 a little "mess" that a DOS or Mac code page
    # (cp437, cp775, mac_iceland) reading them as letters does not: within this margin, Windows-1252 wins
    if as_preferred is not None and mess_ratio(as_preferred, 1.0) <= (best.chaos if best else 0.2) + _PREFERRED_MARGIN:
        return _PREFERRED
    return best.encoding if best else None


def _complete(data: bytes, encoding: str) -> str:
    """`data`, the first bytes of a longer file, decoded strictly but without a character cut at its end."""
    return codecs.getincrementaldecoder(encoding)().decode(data, final=False)


def decode(path: Path, data: bytes, notes: Optional[list[str]] = None, *, partial: bool = False) -> str:
    """Decode file bytes into text; line endings become '\\n'.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such (strictly). UTF-8 text with a few stray
    bytes has them replaced by U+FFFD; bytes in a legacy encoding (Windows-1252, Latin-1, ...) are
    decoded as charset-normalizer detects them. Either is said in one line appended to `notes`.

    `partial`: `data` is the start of a longer file, so a character cut in two at its end is dropped.

    Raises InputError naming the file when it is empty or its bytes are not text.
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    notes = [] if notes is None else notes
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding:
        try:
            text = _complete(data, encoding) if partial else data.decode(encoding)
        except UnicodeDecodeError as e:  # a byte-order mark promised this encoding: not text after all
            raise InputError(path, f"not {encoding.replace('-sig', '')} text although it starts with its byte-order "
                                   f"mark (undecodable bytes at offset {e.start})") from None
    else:
        try:
            text = _complete(data, "utf-8") if partial else data.decode("utf-8")
        except UnicodeDecodeError as e:
            first = e.start
            bad = data.decode("utf-8", errors="replace").count("\ufffd")
            if _UTF8_MULTIBYTE.search(data) and data.count(b"\x00") == 0 and bad <= max(16, len(data) // 200):
                text = data.decode("utf-8", errors="replace")
                n = text.count("\ufffd")
                notes.append(f"{n} undecodable byte(s) in UTF-8 text replaced by U+FFFD (first at byte offset {first})")
            else:
                legacy = None if b"\x00" in data else _legacy(data)
                if legacy is None:
                    raise InputError(path, f"not text (undecodable byte 0x{data[first]:02x} at offset {first} "
                                           "and no text encoding fits); re-save it as UTF-8") from None
                text = data.decode(legacy, errors="replace")
                notes.append(f"not UTF-8: read as {legacy} (detected)")
    if "\x00" in text:
        raise InputError(path, "contains NUL characters: a binary file, not an article")
    if len(_BINARY_CONTROLS.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise InputError(path, "full of control characters: a binary file, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")

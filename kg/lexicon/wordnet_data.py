"""Where kg's WordNet 3.0 files are: the copy shipped inside the package, unpacked once into the user's cache.

kg ships WordNet 3.0's database files (`kg/data/wordnet/wordnet-3.0.tar.xz`, with its licence) so that a build
reads the same WordNet on every machine, whatever the operating system has installed. The first use unpacks them
into `<user cache>/kg/wordnet-3.0-<digest>/` (checked file by file against `SHA256SUMS`); later uses read that
folder. `KG_WORDNET=/some/folder` reads a WordNet 3.0 folder of the user's own instead.

A missing or damaged copy is a KGError naming what is wrong: kg never builds with WordNet quietly left out.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
import tempfile
from importlib import resources
from pathlib import Path

from kg.errors import KGError

__all__ = ["FILES", "cache_root", "wordnet_dir"]

FILES = tuple(f"{kind}.{pos}" for kind in ("index", "data") for pos in ("noun", "verb", "adj", "adv")) + tuple(
    f"{pos}.exc" for pos in ("noun", "verb", "adj", "adv"))
_ARCHIVE = "wordnet-3.0.tar.xz"


def cache_root() -> Path:
    """kg's folder in the user's cache (`KG_CACHE` when set; else ~/.cache/kg, ~/Library/Caches/kg, ...)."""
    env = os.environ.get("KG_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("kg", appauthor=False))


def _packaged() -> tuple[Path, dict[str, str]]:
    folder = Path(str(resources.files("kg") / "data" / "wordnet"))
    archive, sums = folder / _ARCHIVE, folder / "SHA256SUMS"
    if not archive.is_file() or not sums.is_file():
        raise KGError(f"WordNet 3.0 is missing from kg's package ({archive} or {sums.name} not found): reinstall kg "
                      "(`pip install --force-reinstall kg`), or set KG_WORDNET to a WordNet 3.0 folder")
    expected = {}
    for line in sums.read_text(encoding="ascii").splitlines():
        digest, _, name = line.partition("  ")
        expected[name.strip()] = digest.strip()
    return archive, expected


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _unpack(archive: Path, expected: dict[str, str], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".wordnet-", dir=target.parent))
    try:
        with tarfile.open(archive, "r:xz") as tar:
            for name in FILES:
                member = tar.getmember(name)  # only the named files, never a path the archive makes up
                src = tar.extractfile(member)
                if src is None:
                    raise KGError(f"{archive}: {name} is not a file in the archive: reinstall kg")
                with src, open(tmp / name, "wb") as out:
                    shutil.copyfileobj(src, out)
        for name in FILES:
            if _digest(tmp / name) != expected.get(name):
                raise KGError(f"{archive}: {name} does not match its SHA256SUMS entry: the package is damaged, "
                              "reinstall kg")
        try:
            os.replace(tmp, target)  # another process may have finished first: its copy is as good
        except OSError:
            if not (target / FILES[0]).is_file():
                raise
    except (OSError, tarfile.TarError, KeyError) as e:
        raise KGError(f"cannot unpack kg's WordNet 3.0 into {target} ({e}); set KG_CACHE to a writable folder, "
                      "or KG_WORDNET to a WordNet 3.0 folder") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def wordnet_dir() -> Path:
    """The folder of WordNet 3.0 files kg reads: `KG_WORDNET`, else the packaged copy, unpacked on first use.

    Raises KGError when the files are missing or damaged, or the cache folder cannot be written.
    """
    env = os.environ.get("KG_WORDNET")
    if env:
        missing = [f for f in FILES if not (Path(env) / f).is_file()]
        if missing:
            raise KGError(f"KG_WORDNET={env}: not a WordNet 3.0 folder ({', '.join(missing[:3])} missing); "
                          "unset it to use the WordNet shipped with kg")
        return Path(env)
    archive, expected = _packaged()
    key = hashlib.sha256("".join(f"{n}{expected.get(n)}" for n in FILES).encode()).hexdigest()[:12]
    target = cache_root() / f"wordnet-3.0-{key}"
    if not all((target / f).is_file() for f in FILES):
        if target.exists():  # a partial copy from an older kg or a crash: made anew
            shutil.rmtree(target, ignore_errors=True)
        _unpack(archive, expected, target)
    return target

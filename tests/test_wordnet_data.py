"""WordNet 3.0 ships inside kg: unpacked once into the user's cache, checked; when it cannot be had, a build stops
with one line saying why, before any work and without touching its output folder."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile

import pytest

from kg.errors import KGError
from kg.lexicon import wordnet_data
from kg.lexicon.wordnet_data import FILES, wordnet_dir


def test_the_packaged_copy_unpacks_once_into_the_cache_and_matches_its_sums(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_WORDNET", raising=False)
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    folder = wordnet_dir()
    assert folder.parent == tmp_path and all((folder / f).is_file() for f in FILES)
    _, sums = wordnet_data._packaged()
    assert all(wordnet_data._digest(folder / f) == sums[f] for f in FILES)
    stamp = (folder / "data.noun").stat().st_mtime_ns
    assert wordnet_dir() == folder and (folder / "data.noun").stat().st_mtime_ns == stamp  # not unpacked again
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".wordnet-")]  # no half-made copies left


def test_a_partial_copy_in_the_cache_is_made_anew(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_WORDNET", raising=False)
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    folder = wordnet_dir()
    (folder / "index.verb").unlink()
    assert (wordnet_dir() / "index.verb").is_file()


def test_a_damaged_archive_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_WORDNET", raising=False)
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    archive = tmp_path / "wordnet-3.0.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        for name in FILES:
            data = b"not wordnet\n"
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    _, sums = wordnet_data._packaged()
    monkeypatch.setattr(wordnet_data, "_packaged", lambda: (archive, sums))
    with pytest.raises(KGError, match="does not match its SHA256SUMS entry"):
        wordnet_dir()


def test_kg_wordnet_naming_no_wordnet_is_refused():
    os.environ["KG_WORDNET"] = "/nonexistent/wordnet"
    try:
        with pytest.raises(KGError, match="KG_WORDNET=/nonexistent/wordnet: not a WordNet 3.0 folder"):
            wordnet_dir()
    finally:
        del os.environ["KG_WORDNET"]


def test_a_build_without_wordnet_stops_with_one_line_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "KG_WORDNET": str(tmp_path / "missing")}
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "-o", str(out)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"kg: error: KG_WORDNET={tmp_path / 'missing'}: not a WordNet 3.0 folder (index.noun, index.verb, index.adj "
        "missing); unset it to use the WordNet shipped with kg"]
    assert not out.exists()

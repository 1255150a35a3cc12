"""Shared fixtures: the real spaCy pipeline and one build of the demo corpus per test session."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kg.nlp import load_pipeline
from kg.pipeline import DEMO_CORPUS, build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _last_build_record(tmp_path_factory):
    """`kg build` remembers its output as the last build (kg.lastbuild): the tests' builds are remembered in a
    temporary file, not the user's cache, so a developer's `kg query` reads their own last build after a test run."""
    os.environ["KG_LAST_BUILD"] = str(tmp_path_factory.mktemp("state") / "last-build.json")


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """(output folder, BuildResult) of `kg build` on the demo corpus."""
    out = tmp_path_factory.mktemp("kursk")
    return out, build(None, out)


def _shared_build(tmp_path_factory, *parts, hash_seed: str = "0"):
    corpus = SHARED.joinpath(*parts, "text")
    if not corpus.exists():
        pytest.skip(f"{corpus} is not beside the project")
    out = tmp_path_factory.mktemp(parts[-1])
    # `kg build` in a fresh process, as a user runs it: an in-process build after the extraction tests (which
    # share the cached spaCy pipeline) once scored PolNeAR dev .006 lower, so the figures come from the command
    # (with a set hash seed, so that tests/test_determinism.py can build it again under another)
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-q"],
                          capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": hash_seed})
    assert proc.returncode == 0, proc.stderr
    return out, None


@pytest.fixture(scope="session")
def polnear_dev(tmp_path_factory):
    """(output folder, BuildResult) of `kg build ../shared/eval/polnear/dev/text`: news kg was not tuned on."""
    return _shared_build(tmp_path_factory, "eval", "polnear", "dev")


@pytest.fixture(scope="session")
def wikinews(tmp_path_factory):
    """(output folder, BuildResult) of `kg build ../shared/eval/wikinews/text`."""
    return _shared_build(tmp_path_factory, "eval", "wikinews")


@pytest.fixture(scope="session")
def demo_texts():
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(DEMO_CORPUS).glob("*.txt"))}


@pytest.fixture
def offline(monkeypatch):
    """No network: a test that loads a model shows it needs none."""
    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

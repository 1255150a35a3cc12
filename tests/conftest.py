"""Shared fixtures: the real spaCy pipeline and one build of the demo corpus per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.nlp import load_pipeline
from kg.pipeline import DEMO_CORPUS, build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """(output folder, BuildResult) of `kg build` on the demo corpus."""
    out = tmp_path_factory.mktemp("kursk")
    return out, build(None, out)


@pytest.fixture(scope="session")
def demo_texts():
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(DEMO_CORPUS).glob("*.txt"))}

"""The same input gives byte-identical JSONL and RDF whatever the order the files are named in and however
many parser processes run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import DEMO_CORPUS, build

OUTPUTS = ["claims.jsonl", "entities.jsonl", "articles.jsonl", "disputes.jsonl", "clusters.jsonl", "citations.jsonl",
           "mentions.jsonl", "graph.trig", "graph.ttl"]


@pytest.mark.parametrize("order, processes", [("reversed", 1), ("shuffled", 2)])
def test_outputs_are_byte_identical_whatever_the_file_order_and_processes(demo, tmp_path, order, processes):
    out, _ = demo
    files = sorted(DEMO_CORPUS.glob("*.txt"))
    files = files[::-1] if order == "reversed" else files[2:] + files[:2]
    build(files, tmp_path / "o", n_process=processes)
    for name in OUTPUTS:
        assert (tmp_path / "o" / name).read_bytes() == (out / name).read_bytes(), name


def test_news_kg_was_not_tuned_on_gives_the_same_claims_and_disputes_under_another_hash_seed(polnear_dev, tmp_path):
    """Python salts str hashes per process: a rule that breaks ties in the order a set is walked gives different
    disputes in two runs of the same command (it once did, 98 against 97 on PolNeAR train). The quality fixture
    builds PolNeAR dev under PYTHONHASHSEED=0; here it is built again under 1 and every record file must match."""
    out, _ = polnear_dev
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear" / "dev" / "text"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus),
                           "-o", str(tmp_path / "o"), "-q"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "1"})
    assert proc.returncode == 0, proc.stderr
    for name in ["claims.jsonl", "entities.jsonl", "disputes.jsonl", "clusters.jsonl", "citations.jsonl"]:
        assert (tmp_path / "o" / name).read_bytes() == (out / name).read_bytes(), name

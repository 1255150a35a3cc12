"""The same input gives byte-identical JSONL and RDF whatever the order the files are named in and however
many parser processes run."""
from __future__ import annotations

import pytest

from kg.pipeline import DEMO_CORPUS, build

OUTPUTS = ["claims.jsonl", "entities.jsonl", "articles.jsonl", "disputes.jsonl", "clusters.jsonl", "citations.jsonl",
           "graph.trig", "graph.ttl"]


@pytest.mark.parametrize("order, processes", [("reversed", 1), ("shuffled", 2)])
def test_outputs_are_byte_identical_whatever_the_file_order_and_processes(demo, tmp_path, order, processes):
    out, _ = demo
    files = sorted(DEMO_CORPUS.glob("*.txt"))
    files = files[::-1] if order == "reversed" else files[2:] + files[:2]
    build(files, tmp_path / "o", n_process=processes)
    for name in OUTPUTS:
        assert (tmp_path / "o" / name).read_bytes() == (out / name).read_bytes(), name

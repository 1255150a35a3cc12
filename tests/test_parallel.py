"""Parallel builds give the same records, byte for byte, as a build in one process."""
from kg.pipeline import build

SAME = ("claims.jsonl", "entities.jsonl", "disputes.jsonl", "articles.jsonl", "clusters.jsonl", "citations.jsonl",
        "graph.trig", "graph.ttl")


def test_two_processes_write_the_same_outputs_as_one(demo, tmp_path):
    out, result = demo
    two = build(None, tmp_path / "two", n_process=2)
    assert two.records == result.records
    for name in SAME:
        assert (tmp_path / "two" / name).read_bytes() == (out / name).read_bytes(), name

"""Parallel builds give the same records, byte for byte, as a build in one process."""
import pytest

from kg.errors import KGError
from kg.pipeline import build

SAME = ("claims.jsonl", "entities.jsonl", "disputes.jsonl", "articles.jsonl", "clusters.jsonl", "citations.jsonl",
        "graph.trig", "graph.ttl")


def test_two_processes_write_the_same_outputs_as_one(demo, tmp_path):
    out, result = demo
    two = build(None, tmp_path / "two", n_process=2)
    assert two.records == result.records
    for name in SAME:
        assert (tmp_path / "two" / name).read_bytes() == (out / name).read_bytes(), name


def test_a_real_dask_cluster_builds_the_same_outputs(demo, tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask's distributed is installed with the dask extra")
    out, result = demo
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        seen = []
        dask = build(None, tmp_path / "dask", scheduler=cluster.scheduler_address,
                     progress=lambda stage, done, total: seen.append((stage, done, total)))
        assert len(cluster.scheduler.workers) == 2
    assert dask.records == result.records
    for name in SAME:
        assert (tmp_path / "dask" / name).read_bytes() == (out / name).read_bytes(), name
    assert [s for s in seen if s[0] == "parse"][-1] == ("parse", 5, 5)


def test_workers_without_distributed_is_one_clear_error(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_distributed(name, *args, **kw):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError("No module named 'distributed'")
        return real(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    with pytest.raises(KGError, match="distributed"):
        build(None, tmp_path / "x", workers=2)

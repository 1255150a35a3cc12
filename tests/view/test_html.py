"""The HTML view: self-contained, escapes article text, and draws in a real headless chromium."""
import json
import re
import shutil
import struct
import subprocess
import zlib

import pytest

from kg.export.jsonl import read_records
from kg.graph import to_networkx
from kg.model import Article, Claim, Dispute, Entity, Records
from kg.pipeline import build
from kg.view import render_html

SHARED = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared"

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PAYLOAD = ('<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'1\')">'
           '</script><script>document.body.setAttribute("data-pwned","2")</script>')


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A build of an article whose title and quotes carry script payloads."""
    src = tmp_path_factory.mktemp("hostile-in")
    (src / "evil.txt").write_text(
        f"Mayor says {PAYLOAD} is safe\n\n"
        f"The mayor said the plan \u201c{PAYLOAD}\u201d would work and the city council agreed.\n"
        "Opposition leaders said the plan would fail within a year.\n", encoding="utf-8")
    (src / "council <img src=x onerror=document.body.setAttribute('data-pwned','3')>.txt").write_text(
        f"Council member {PAYLOAD} Jones said the budget would balance.\n"
        "The treasurer denied that the budget would balance.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-out")
    build([src], out)
    return out / "graph.html"


def test_page_loads_nothing_from_the_network(demo):
    out, _ = demo
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert not re.search(r"@import\s+(?:url\()?[\"']?https?:", html)
    assert "default-src 'none'" in html


def test_article_text_reaches_the_page_only_escaped(hostile):
    html = hostile.read_text(encoding="utf-8")
    data = html[html.index("const DATA = "):]
    assert "onerror" in data  # the text is there ...
    assert "<img" not in data and "</script><script>" not in data  # ... but never as markup


def _chromium(*args, timeout=90):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--virtual-time-budget=15000",
           *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def _png_pixels(path):
    """Decode an 8-bit RGB(A) PNG into (width, height, rows of bytes) with the standard library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    w, h, depth, ctype = ihdr[:4]
    bpp = {2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    rows, prev, stride = [], bytearray(w * bpp), w * bpp
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by scripts/dev test")
def test_graph_is_drawn_in_headless_chromium(demo, tmp_path):
    out, _ = demo
    shot = tmp_path / "view.png"
    _chromium("--window-size=1200,800", f"--screenshot={shot}", (out / "graph.html").as_uri())
    w, h, bpp, rows = _png_pixels(shot)
    # the drawing area (left of the side panel, below the bar) holds many coloured, non-white pixels
    coloured = 0
    for y in range(120, h - 20, 4):
        row = rows[y]
        for x in range(20, w - 320, 4):
            r, g, b = row[x * bpp], row[x * bpp + 1], row[x * bpp + 2]
            if max(r, g, b) - min(r, g, b) > 40:
                coloured += 1
    assert coloured > 200, coloured


def test_large_graphs_are_capped_with_a_note_and_focus_draws_an_ego_view():
    import networkx as nx

    from kg.view import select_nodes

    G = nx.MultiDiGraph()
    for i in range(3000):
        G.add_node(f"c{i}", kind="Claim", label=f"claim {i}")
        G.add_edge(f"p{i % 50}", f"c{i}", relation="asserts")
        G.nodes[f"p{i % 50}"].update(kind="Person", label=f"Speaker {i % 50}")
    keep, note = select_nodes(G, max_nodes=500)
    assert len(keep) == 500 and "500" in note and str(G.number_of_nodes()) in note
    assert all(f"p{i}" in keep for i in range(50))  # the most connected speakers stay
    keep, note = select_nodes(G, focus="Speaker 7", depth=1)
    assert "p7" in keep and len(keep) == 61 and "Speaker 7" in note


PROBE = (__import__("pathlib").Path(__file__).with_name("probe.html")).read_text(encoding="utf-8")
WIKINEWS = SHARED / "eval" / "wikinews" / "text"


@pytest.fixture(scope="session")
def wikinews(tmp_path_factory):
    """One build of the 80 Wikinews articles per session (about 20 s)."""
    if not WIKINEWS.is_dir():
        pytest.skip("the shared Wikinews corpus is not here")
    out = tmp_path_factory.mktemp("wikinews")
    build([WIKINEWS], out)
    return out


def _probe(page_html: str, tmp_path, name="probe.html") -> dict:
    """Open the page with the probe appended, in headless chromium with the network blocked; the probe's report."""
    page = tmp_path / name
    page.write_text(page_html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    proc = _chromium("--window-size=1300,900", "--dump-dom", page.as_uri())
    m = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert m, proc.stderr[-2000:]
    assert re.search(r'<body[^>]*\sdata-ready="1"', proc.stdout)  # the page's own scripts ran and drew
    assert not re.search(r'<body[^>]*\sdata-pwned=', proc.stdout)  # and nothing else did
    return json.loads(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))


def _assert_disputes_readable(report: dict, n_disputes: int) -> None:
    assert report["mode"] == "disputes" and len(report["rows"]) == n_disputes
    for a, b in report["rows"]:
        for side in (a, b):
            assert side and side["label"] == side["claimer"] and not side["hidden"], side
            assert 0 <= side["x"] <= side["w"] and 0 <= side["y"] <= side["h"], side  # inside the drawn pane
            assert side["px"] >= 11, side  # drawn at a readable size, not zoomed out to specks
        assert abs(a["x"] - b["x"]) > 300 and abs(a["y"] - b["y"]) < 5  # the two sides face each other across a row


def _lines(path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by scripts/dev test")
@pytest.mark.parametrize("which", ["wikinews", "demo"])
def test_default_view_shows_every_dispute_and_the_tables_hold_every_claim(which, request, tmp_path):
    out = request.getfixturevalue("wikinews") if which == "wikinews" else request.getfixturevalue("demo")[0]
    report = _probe((out / "graph.html").read_text(encoding="utf-8"), tmp_path)
    n_disputes = _lines(out / "disputes.jsonl")
    assert n_disputes >= 1
    _assert_disputes_readable(report, n_disputes)
    assert report["claimRows"] == _lines(out / "claims.jsonl")
    assert report["disputeRows"] == n_disputes
    # clicking a row highlights its trace: the claim, its claimer, its article at least
    assert report["traced"] == report["tracedNode"] and report["lit"] >= 2 and report["selected"]
    assert report["tracedDispute"] == report["disputeId"] and report["disputeLit"] >= 3


def _synthetic(n_disputes: int) -> Records:
    """A corpus of invented claims: 20 claimers, 2 claims each, `n_disputes` disputes between them."""
    claims = []
    for i in range(40):
        who = f"Speaker {i % 20} of the {['harbour', 'railway', 'farm', 'school'][i % 4]} board"
        text = f"the {['levy', 'timetable', 'subsidy', 'curriculum'][i % 4]} will change by {i} percent next year"
        claims.append(Claim(id=f"c{i}", doc=f"d{i % 7}.txt", article=f"a{i % 7}", claimer=who,
                            claimer_id=f"person-s{i % 20}", claimer_mention=who, claimer_type="Person", cue="said",
                            quote="indirect", content=text, start=0, end=len(text), sentence=text, sentence_start=0,
                            sentence_end=len(text), paragraph_start=0, paragraph_end=len(text), date="2024-05-01"))
    disputes = [Dispute(id=f"d{k}", a=f"c{k % 40}", b=f"c{(k * 7 + 3) % 40}", kind="contradiction", reason=f"r{k}")
                for k in range(n_disputes) if k % 40 != (k * 7 + 3) % 40]
    entities = [Entity(id=f"person-s{j}", name=f"Speaker {j}", type="Person") for j in range(20)]
    articles = [Article(id=f"a{k}", doc=f"d{k}.txt", title=f"Board meeting {k}", outlet="Gazette") for k in range(7)]
    return Records(articles=articles, claims=claims, disputes=disputes, entities=entities)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by scripts/dev test")
def test_fifty_disputes_stay_readable_and_none_opens_on_the_claims(tmp_path):
    r = _synthetic(50)
    report = _probe(render_html(to_networkx(r), r), tmp_path)
    _assert_disputes_readable(report, len(r.disputes))
    assert len(r.disputes) >= 45 and report["claimRows"] == 40
    r0 = _synthetic(0)
    report = _probe(render_html(to_networkx(r0), r0), tmp_path, "none.html")
    assert report["mode"] == "claims" and report["rows"] == [] and report["claimRows"] == 40


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by scripts/dev test")
def test_payloads_in_names_and_quotes_are_shown_as_text_and_run_nothing(hostile, tmp_path):
    report = _probe(hostile.read_text(encoding="utf-8"), tmp_path, "hostile.html")
    assert "onerror" in report["claimText"] and "<img" in report["claimText"]  # in the table, as text


def test_who_claims_what_is_capped_with_a_note_but_the_tables_hold_every_claim():
    from kg.view.data import page_data

    claims, articles = [], [Article(id="a0", doc="d0.txt")]
    entities = [Entity(id=f"person-p{j}", name=f"Person {j}", type="Person") for j in range(60)]
    for i in range(3000):
        j = (i // 10) % 3 * 2 if i % 10 == 0 else 6 + i % 54  # claimers 0, 2 and 4 say twice as much as the others
        text = f"the reservoir level will rise by {i} centimetres"
        claims.append(Claim(id=f"c{i}", doc="d0.txt", article="a0", claimer=f"Person {j}", claimer_id=f"person-p{j}",
                            claimer_mention=f"Person {j}", claimer_type="Person", cue="said", quote="indirect",
                            content=text, start=0, end=len(text), sentence=text, sentence_start=0,
                            sentence_end=len(text), paragraph_start=0, paragraph_end=len(text)))
    disputes = [Dispute(id="d0", a="c1", b="c3", kind="contradiction", reason="rise vs rise")]
    r = Records(articles=articles, entities=entities, claims=claims, disputes=disputes)
    data = page_data(to_networkx(r), r, max_nodes=500)
    drawn = [n for n in data["views"]["claims"]["nodes"] if not n.get("layer")]
    assert len(drawn) <= 500 and "busiest" in data["note"] and "3000" in data["note"]
    hubs = {n["ref"] for n in drawn if n["kind"] != "Claim"}
    assert {"person-p0", "person-p2", "person-p4"} <= hubs  # the busiest speakers stay
    assert {"person-p7", "person-p9"} <= hubs  # and the claimers of the dispute (claims 1 and 3)
    assert len(data["claims"]) == 3000 and len(data["disputes"]) == 1


def test_a_dispute_network_of_hundreds_of_claimers_is_laid_out():
    """600 claimers in a ring of disputes: laid out (no scipy needed), every claimer placed, no two on one spot."""
    from kg.view.layout import ring_layout

    edges = {(f"claimer {i}", f"claimer {(i + 1) % 600}"): 1 + i % 3 for i in range(600)}
    pos = ring_layout(edges)
    assert len(pos) == 600 and len(set(pos.values())) == 600

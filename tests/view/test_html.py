"""The HTML view: self-contained, escapes article text, and draws in a real headless chromium."""
import re
import shutil
import struct
import subprocess
import zlib

import pytest

from kg.pipeline import build

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


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by scripts/dev test")
def test_payload_in_article_text_does_not_run(hostile):
    proc = _chromium("--dump-dom", hostile.as_uri())
    dom = proc.stdout
    assert 'data-ready="1"' in dom, proc.stderr[-2000:]  # the page's own scripts ran and laid the graph out
    assert "data-pwned" not in dom


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

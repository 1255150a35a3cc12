import os

import pytest

from kg.errors import InputError
from kg.ingest import load_source
from kg.ingest.read import decode, discover


def test_decode_rejects_binary_bytes_naming_file_and_offset(tmp_path):
    p = tmp_path / "bad.bin.txt"
    data = bytes(range(256)) * 8  # every byte value: no text encoding makes sense of it
    with pytest.raises(InputError) as e:
        decode(p, data)
    msg = str(e.value)
    assert "bad.bin.txt" in msg and "offset" in msg and "\n" not in msg


@pytest.mark.parametrize("text, encoding", [
    ("The mayor’s office said the café would reopen — “soon”, officials added.", "cp1252"),
    ("Le ministre a déclaré que la réforme était « nécessaire », a-t-il ajouté.", "latin-1"),
    ("Der Bürgermeister sagte, die Straße bleibe gesperrt.", "cp1252"),
])
def test_decode_reads_legacy_encodings_and_says_so(tmp_path, text, encoding):
    notes = []
    assert decode(tmp_path / "old.txt", text.encode(encoding), notes) == text
    assert len(notes) == 1 and "not UTF-8" in notes[0]


def test_decode_replaces_a_stray_byte_in_utf8_text_with_a_warning(tmp_path):
    data = "She said “the deal is done” on Friday.".encode("utf-8") + b" Caf\xe9 owners agreed.\n"
    notes = []
    text = decode(tmp_path / "stray.txt", data, notes)
    assert text.startswith("She said “the deal is done”") and "Caf\ufffd owners" in text
    assert len(notes) == 1 and "1 undecodable byte" in notes[0] and "\n" not in notes[0]


def test_decode_reads_utf8_with_bom_without_the_bom(tmp_path):
    assert decode(tmp_path / "b.txt", b"\xef\xbb\xbfHe said so.\r\n") == "He said so.\n"


@pytest.mark.parametrize("data", [b"", b"   \n\n"])
def test_decode_rejects_empty_files(tmp_path, data):
    with pytest.raises(InputError, match="empty"):
        decode(tmp_path / "e.txt", data)


def test_decode_reads_utf16_with_bom_and_normalises_newlines(tmp_path):
    text = "Minister said it.\r\nNext line."
    assert decode(tmp_path / "u.txt", "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")) == \
        "Minister said it.\nNext line."


def test_discover_walks_folders_skips_sidecars_and_reports_missing(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    (tmp_path / "a.meta.json").write_text("{}")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.html"]
    with pytest.raises(InputError, match="no such file"):
        list(discover([tmp_path / "missing"]))
    errors = []
    assert [p.name for p in discover([tmp_path / "missing", tmp_path], errors=errors)] == ["a.txt", "b.html"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing'}: no such file or folder"]


def test_discover_reports_an_unreadable_folder_and_walks_the_rest(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("x")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does (the tests may run as root)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors = []
    assert [p.name for p in discover([tmp_path], errors=errors)] == ["a.txt"]
    assert len(errors) == 1 and "locked" in str(errors[0]) and "cannot be read" in str(errors[0])


def test_html_article_text_and_metadata_are_extracted(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("""<html><head><title>Site | Story</title>
      <meta property="og:title" content="Talks stall as both sides dig in">
      <meta property="article:published_time" content="2024-03-05T10:00:00Z">
      <meta property="og:site_name" content="Example Times">
      <script>var tracking = "should not appear";</script></head>
      <body><nav>Home | World</nav><article><p>The minister said the talks had stalled &amp; would resume.</p>
      <p>Officials in the capital denied it.</p></article><footer>Copyright</footer></body></html>""")
    src = load_source(page)
    assert src.article.title == "Talks stall as both sides dig in"
    assert src.article.date == "2024-03-05"
    assert src.article.outlet == "Example Times"
    assert src.article.format == "html"
    assert "talks had stalled & would resume" in src.text
    assert "tracking" not in src.text and "Home | World" not in src.text

import pytest

from kg.errors import InputError
from kg.ingest import load_source
from kg.ingest.read import decode, discover


def test_decode_rejects_invalid_utf8_naming_file_and_offset(tmp_path):
    p = tmp_path / "bad.txt"
    with pytest.raises(InputError) as e:
        decode(p, b"Hello \xff\xfe world")
    msg = str(e.value)
    assert "bad.txt" in msg and "offset 6" in msg and "\n" not in msg


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

import json

import pytest

from kg.errors import InputError
from kg.ingest import load_source
from kg.ingest.meta import sniff


@pytest.mark.parametrize("text, field, expected", [
    ("date 2024-08-14 Support\n\nBody text here.", "date", "2024-08-14"),
    ("Photo taken Tuesday, Aug. 13, 2024. (AP)\nBody.", "date", "2024-08-13"),
    ("Published 5 March 2023\nBody.", "date", "2023-03-05"),
    ("KYIV: Officials said the strike hit a depot.", "dateline", "Kyiv"),
    ("WASHINGTON (Reuters) - The Pentagon said on Monday it would send aid.", "dateline", "Washington"),
    ("Body.\nOriginal URL: https://www.theguardian.com/world/2024/x\n", "url", "https://www.theguardian.com/world/2024/x"),
    ("Body.\nOriginal URL: https://www.theguardian.com/world/2024/x\n", "outlet", "The Guardian"),
    ("Body text.\n\nThe Wall Street Journal\n", "outlet", "The Wall Street Journal"),
])
def test_sniff_finds_metadata(text, field, expected):
    assert sniff(text)[field] == expected


@pytest.mark.parametrize("text, agency", [
    ("A spokesman told Reuters the talks would go on.", "Reuters"),
    ("WASHINGTON (AP) — Lawmakers said on Monday they had a deal.", "Associated Press"),
    ("Body.\nDow Jones\n", "Dow Jones"),
    ("Soldiers rest near the front. (Photo by X/AFP)", "Agence France-Presse"),
])
def test_sniff_credits_wire_agencies(text, agency):
    assert agency in sniff(text)["agencies"]


def test_sidecar_overrides_sniffed_metadata(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("KYIV: The minister said the line held.\n")
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "Example Daily", "date": "2024-01-02"}))
    a = load_source(art).article
    assert (a.outlet, a.date, a.dateline) == ("Example Daily", "2024-01-02", "Kyiv")


def test_bad_sidecar_is_a_one_line_error_naming_the_file(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Text.\n")
    (tmp_path / "a.meta.json").write_text(json.dumps({"publisher": "X"}))
    with pytest.raises(InputError) as e:
        load_source(art)
    assert "a.meta.json" in str(e.value) and "publisher" in str(e.value)

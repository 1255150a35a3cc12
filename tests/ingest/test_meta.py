import json

import pytest

from kg.errors import InputError
from kg.ingest import load_source
from kg.ingest.meta import sniff


@pytest.mark.parametrize("text, field, expected", [
    ("date 2024-08-14 Support\n\nBody text here.", "date", "2024-08-14"),
    ("By Jane Doe | Aug. 14, 2024 3:15 p.m. ET\n\nThe council met.", "date", "2024-08-14"),
    ("Harbour works resume\nWednesday 14 August 2024 12:01 BST\n\nThe port reopened.", "date", "2024-08-14"),
    ("Body text.\nLast updated: March 3, 2021\n", "date", "2021-03-03"),
    ("Published 5 March 2023\nBody.", "date", "2023-03-05"),
    ("KYIV: Officials said the strike hit a depot.", "dateline", "Kyiv"),
    ("WASHINGTON (Reuters) - The Pentagon said on Monday it would send aid.", "dateline", "Washington"),
    ("Body.\nOriginal URL: https://www.theguardian.com/world/2024/x\n", "url", "https://www.theguardian.com/world/2024/x"),
    ("Body.\nOriginal URL: https://www.theguardian.com/world/2024/x\n", "outlet", "The Guardian"),
    ("Body text.\n\nThe Wall Street Journal\n", "outlet", "The Wall Street Journal"),
])
def test_sniff_finds_metadata(text, field, expected):
    assert sniff(text)[field] == expected


@pytest.mark.parametrize("text", [
    "Photo taken Tuesday, Aug. 13, 2024. (AP)\nBody.",  # a caption dates the photo, not the article
    "The mayor said: “On June 3, 1992 we signed the treaty and we kept it.”\n",
    "Rivers rose overnight across the valley.\n\nTimeline\nMarch 1, 2014 - Parliament approves the use of force\n",
    "Shares fell. The company was founded on 12 May 1998 in a garage, its founder recalled in an interview.\n",
    "No date is written here at all.\n",
])
def test_sniff_takes_no_date_from_quotes_captions_boxes_or_the_story(text):
    assert sniff(text)["date"] is None


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

"""An article that repeats itself stays bounded: copies are one claim before pairing, and disputes are capped."""
from __future__ import annotations

from kg.disagree import pair_rows
from kg.disagree.candidates import distinct
from kg.ingest import load_source
from kg.pipeline import extract

PARAGRAPH = ("The transport ministry said the new ferry had passed all {n} safety inspections. "
             "The ferry workers' union denied that the ferry passed its safety inspections. "
             "\"These claims are simply false,\" a ministry spokeswoman said.")


def _build(tmp_path, copies: int):
    p = tmp_path / f"ferry{copies}.txt"
    p.write_text("Ferry row\n\n" + "\n\n".join(PARAGRAPH.format(n=12 + i) for i in range(copies)) + "\n", encoding="utf-8")
    return extract([load_source(p)], n_process=1)


def test_a_denial_pasted_150_times_gives_a_handful_of_disputes(tmp_path):
    once, many = _build(tmp_path, 1), _build(tmp_path, 150)
    assert len(many.claims) >= 150 * 2  # near-identical copies (the figure differs) are all read
    kept, copies = distinct(many.claims)
    assert len(kept) <= len(once.claims) + 1 and len(copies) == len(many.claims) - len(kept)
    cands, rows, _ = pair_rows(many.claims)
    assert len(cands) <= 3 * len(once.claims) and rows.shape[0] == len(cands)
    assert 1 <= len(many.disputes) <= 4, [d.reason for d in many.disputes]
    assert len(once.disputes) >= 1


def test_disputes_per_claim_are_capped(tmp_path):
    text = "Row\n\nThe club said the stadium is safe. " + " ".join(
        f"{name} denied that the stadium is safe." for name in
        ("The fire brigade", "The city engineer", "Inspector Nadia Rahim", "The supporters' trust", "A council surveyor",
         "The architects' institute"))
    p = tmp_path / "stadium.txt"
    p.write_text(text + "\n", encoding="utf-8")
    r = extract([load_source(p)], n_process=1, min_score=0.0)
    per_claim: dict[str, int] = {}
    for d in r.disputes:
        for c in (d.a, d.b):
            per_claim[c] = per_claim.get(c, 0) + 1
    assert per_claim and max(per_claim.values()) <= 3


NEW_RULES = ("President Ana Ruiz said she can close the border by decree. Senator Lidia Marsh questioned the "
             "President's power to do so. Energy minister Ivan Sokol said those who blame his country for the blast "
             "are lying. Norway alleged Russian involvement. Police said {n} people died in the crash. A hospital "
             "spokesman said the crash killed nine. Tenants said Holt promised them new windows. A city hall "
             "spokesman said Holt was never at the meeting.")


def test_the_rules_for_offices_lead_denials_deaths_and_names_stay_bounded_when_pasted_200_times(tmp_path):
    p = tmp_path / "pasted.txt"
    once = tmp_path / "once.txt"
    once.write_text("Row\n\n" + NEW_RULES.format(n=14) + "\n", encoding="utf-8")
    p.write_text("Row\n\n" + "\n\n".join(NEW_RULES.format(n=14 + i) for i in range(200)) + "\n", encoding="utf-8")
    one, many = extract([load_source(once)], n_process=1), extract([load_source(p)], n_process=1)
    assert len(many.claims) >= 200 * 5
    cands_once, _, _ = pair_rows(one.claims)
    cands, _, _ = pair_rows(many.claims)
    assert cands_once and len(cands) <= 2 * len(cands_once) + 5, (len(cands_once), len(cands))

"""The build report: missing metadata, merged and kept-apart entities, and what looks wrong."""
import json

from kg.model import Article, Entity, Records
from kg.report import report, summary, write_report


def _e(name, etype, articles=("a1",), aliases=(), anonymous=False):
    from kg.ids import entity_id
    return Entity(id=entity_id(name, etype, scope=None) + f"-{len(name)}{len(articles)}", name=name, type=etype,
                  aliases=list(aliases), articles=list(articles), anonymous=anonymous)


def _records(entities):
    arts = [Article(id="a1", doc="one.txt", outlet="Daily Example", date="2024-05-01"),
            Article(id="a2", doc="two.txt"), Article(id="a3", doc="three.txt", outlet="Evening Example")]
    return Records(articles=arts, entities=entities)


def test_report_lists_articles_without_outlet_or_date():
    rep = report(_records([]))
    assert rep["without_outlet"] == ["two.txt"]
    assert rep["without_date"] == ["three.txt", "two.txt"]


def test_report_flags_names_differing_only_in_case_punctuation_or_title():
    rep = report(_records([_e("Ukraine", "Place"), _e("UKRAINE", "Place", ("a2",)),
                           _e("Amina Diallo", "Person"), _e("Dr. Amina Diallo", "Person", ("a3",)),
                           _e("Austria", "Place"), _e("Australia", "Place")]))
    groups = rep["suspicious"]["same_name"]
    assert len(groups) == 2 and not any("Austria" in " ".join(g) for g in groups)


def test_report_does_not_flag_descriptions_of_different_articles():
    rep = report(_records([_e("officials", "Group", ("a1",)), _e("officials", "Group", ("a2",))]))
    assert rep["suspicious"]["same_name"] == []
    assert rep["entities_per_article_only"] == 2


def test_report_flags_a_lone_surname_beside_its_one_full_name_but_not_a_shared_one():
    rep = report(_records([_e("Olena Marchenko", "Person"), _e("Marchenko", "Person", ("a2",)),
                           _e("Bill Clinton", "Person"), _e("Hillary Clinton", "Person"), _e("Clinton", "Person")]))
    assert [x["surname"] for x in rep["suspicious"]["lone_surname"]] == ["Marchenko"]
    assert [x["surname"] for x in rep["kept_apart"]] == ["Clinton"]


def test_report_flags_vessels_typed_as_people_and_times_in_names():
    rep = report(_records([_e("USS Donald Cook", "Person"), _e("08:38 Russian President", "Person")]))
    assert len(rep["suspicious"]["vessel_as_person"]) == 1 and len(rep["suspicious"]["time_in_name"]) == 1


def test_report_lists_merged_variants_and_is_written_as_json(tmp_path):
    recs = _records([_e("Mark Rutte", "Person", aliases=["PM Rutte", "Rutte", "Dutch Prime Minister Mark Rutte",
                                                         "Mark Rutte's"])])
    rep = report(recs)
    assert rep["merged"] == [{"id": recs.entities[0].id, "name": "Mark Rutte", "variants": ["PM Rutte"]}]
    path = write_report(recs, tmp_path / "report.json")
    assert json.loads(path.read_text(encoding="utf-8"))["articles"] == 3
    lines = summary(rep)
    assert "1/3 articles without outlet" in lines[0] and "2/3 without date" in lines[0]

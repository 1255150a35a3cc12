"""Names whole and joined right across articles: run-on names cut back (kg.runon), places placed by their region,
common-word names kept to their article, a state's force apart from another state's, names of other scripts,
and names the recogniser missed in one article but another article gave an entity."""
from kg.extract.entities import Mention
from kg.ingest import source_from_text
from kg.namekeys import name_key
from kg.names import Names
from kg.resolve import ArticleExtraction, resolve
from kg.runon import split_mention


def _m(text: str, etype: str = "Place", at: int = 4) -> Mention:
    return Mention(at, at + len(text), text, text, etype)


def test_a_place_and_its_larger_place_are_two_places_the_name_the_first():
    head, place, region = split_mention(_m("Tromsø, Norway"))
    assert (head.name, head.text, head.end) == ("Tromsø", "Tromsø", 4 + len("Tromsø"))
    assert (place.name, place.start, place.type) == ("Norway", 4 + len("Tromsø, "), "Place") and region == "Norway"
    head, place, region = split_mention(_m("Norilsk in Siberia"))
    assert head.name == "Norilsk" and place.name == "Siberia" and region == "Siberia"
    head, place, _ = split_mention(_m("Aldgate Chapel in Aldgate"))  # the place the name itself carries
    assert head.name == "Aldgate Chapel" and place.name == "Aldgate"


def test_names_that_only_look_run_on_stay_whole():
    for text, etype in (("Farmers, Fishers and Foresters Union", "Organisation"), ("Bank of Scotland", "Organisation"),
                        ("Friends in Need", "Organisation"), ("Hollis, Brand and Partners", "Organisation"),
                        ("Women in Science Trust", "Organisation")):
        assert split_mention(_m(text, etype)) == (_m(text, etype), None, None), text


def test_a_larger_place_whose_name_is_also_a_city_s_is_no_mention_of_its_own():
    head, place, region = split_mention(_m("Ithaca, New York"))
    assert head.name == "Ithaca" and place is None and region == "New York"


def test_a_word_of_another_script_glued_on_is_no_part_of_the_name():
    m = split_mention(_m("Tesla नहीं", "Organisation")).mention
    assert (m.name, m.text, m.end) == ("Tesla", "Tesla", 4 + len("Tesla"))
    m = split_mention(_m("Дмитрий Кошелев", "Person")).mention  # one script throughout: whole
    assert m.name == "Дмитрий Кошелев"


def test_names_of_other_scripts_never_share_a_key():
    assert name_key("Тюмень") != name_key("Скажем") and name_key("Тюмень") != name_key("अलग")
    assert name_key("Łódź") == name_key("Lodz") and name_key("Stamenković") == name_key("Stamenkovic")
    names = Names()
    names.add("Ирина Волкова", "Person", "a", "Ирина Волкова")
    names.add("Пётр Соколов", "Person", "b", "Пётр Соколов")
    index = names.resolve()
    assert index.cluster_of("a", "Ирина Волкова") is not index.cluster_of("b", "Пётр Соколов")


def _places(*rows):
    names = Names()
    for doc, name, region in rows:
        names.add(name, "Place", doc, name, region=region)
    return names.resolve()


def test_a_place_placed_in_a_region_joins_only_the_place_of_articles_that_name_that_region():
    index = _places(("a", "Paris", "Texas"), ("b", "Paris", None), ("c", "Paris", None), ("c", "Texas", None),
                    ("d", "Paris", "Texas"))
    texan, french = index.cluster_of("a", "Paris"), index.cluster_of("b", "Paris")
    assert texan is not french and texan is index.cluster_of("c", "Paris") is index.cluster_of("d", "Paris")
    assert texan.name == "Paris (Texas)" and french.name == "Paris"
    index = _places(("a", "Velmora", "Kerala"), ("b", "Kerala", None))  # no other Velmora: the plain name
    assert index.cluster_of("a", "Velmora").name == "Velmora"


def test_a_one_word_name_that_is_a_common_word_stays_in_its_article():
    names = Names()
    for doc in ("a", "b"):
        names.add("Herald", "Organisation", doc, "Herald")  # "the Herald reported" in two papers' stories
        names.add("Nairobi", "Place", doc, "Nairobi")
        names.add("Zalando", "Organisation", doc, "Zalando")
    index = names.resolve()
    assert index.cluster_of("a", "Herald") is not index.cluster_of("b", "Herald")
    assert index.cluster_of("a", "Herald").local and index.cluster_of("a", "Herald").scope == "a"
    assert index.cluster_of("a", "Nairobi") is index.cluster_of("b", "Nairobi")
    assert index.cluster_of("a", "Zalando") is index.cluster_of("b", "Zalando")


def test_a_force_named_by_common_words_is_one_only_within_one_state():
    names = Names()
    for doc, state in (("a", "Oregon"), ("b", "Vermont"), ("c", "Oregon")):
        names.add("National Guard", "MilitaryUnit", doc, "National Guard")
        names.add(state, "Place", doc, state)
    index = names.resolve()
    assert index.cluster_of("a", "National Guard") is index.cluster_of("c", "National Guard")
    assert index.cluster_of("a", "National Guard") is not index.cluster_of("b", "National Guard")
    assert index.cluster_of("b", "National Guard").name == "National Guard (Vermont)"


def _article(doc, text, mentions):
    return ArticleExtraction(source_from_text(doc, text), mentions, [])


def test_a_name_another_article_gave_an_entity_is_a_mention_where_the_recogniser_missed_it():
    a_text = "The Harbour Guild met in Tallinn. The Harbour Guild said Tallinn and the Ledger were busy."
    b_text = "Divers joined the Harbour Guild. Later in Tallinn the Ledger closed. Ledger staff left."
    a = _article("a.txt", a_text, [
        Mention(4, 17, "Harbour Guild", "Harbour Guild", "Organisation"),
        Mention(a_text.index("Tallinn"), a_text.index("Tallinn") + 7, "Tallinn", "Tallinn", "Place"),
        Mention(a_text.index("Ledger"), a_text.index("Ledger") + 6, "Ledger", "Ledger", "Organisation")])
    b = _article("b.txt", b_text, [])
    spans = {(m.article, m.start): m.entity_id for m in resolve([a, b]).mentions}
    art = b.source.article.id
    assert spans[(art, b_text.index("Harbour Guild"))] == spans[(a.source.article.id, 4)]
    assert (art, b_text.index("Tallinn")) in spans  # a known place, once
    assert (art, b_text.index("Ledger")) not in spans  # a common word: the Ledger of another article, or not


def test_a_name_before_its_own_lower_case_head_is_the_longer_name_of_the_article():
    from kg.runon import widened

    text = "Staff of Ferndale District Hospital moved. Ferndale District hospital reopened. Ferndale District voted."
    found = widened([Mention(9, 35, "Ferndale District Hospital", "Ferndale District Hospital", "Organisation"),
                     Mention(43, 60, "Ferndale District", "Ferndale District", "Place"),
                     Mention(80, 97, "Ferndale District", "Ferndale District", "Place")], text)
    assert (found[1].name, found[1].end) == ("Ferndale District Hospital", text.index(" reopened"))
    assert found[2].name == "Ferndale District"  # "voted" makes no name of the article: the district itself


def test_a_one_word_name_the_same_capitalised_word_always_precedes_is_cut_and_taken_whole():
    from kg.runon import widened

    text = "Birds nest at Cabo Verdelho each year. Wardens at Cabo Verdelho counted them. On Monday Lisbon said so."
    first, second = text.index("Verdelho"), text.rindex("Verdelho")
    found = widened([Mention(first, first + 8, "Verdelho", "Verdelho", "Place"),
                     Mention(second, second + 8, "Verdelho", "Verdelho", "Place"),
                     Mention(text.index("Lisbon"), text.index("Lisbon") + 6, "Lisbon", "Lisbon", "Place")], text)
    assert [(m.name, m.start) for m in found[:2]] == [("Cabo Verdelho", first - 5), ("Cabo Verdelho", second - 5)]
    assert found[2].name == "Lisbon"  # a day before it: no name's word
    text = "Ana Verdelho spoke. Senator Verdelho left."  # a person's title is no part of the name
    assert widened([Mention(text.index("Verdelho", 5), text.index("Verdelho", 5) + 8, "Verdelho", "Verdelho",
                            "Person")], text)[0].name == "Verdelho"


def test_an_abbreviation_after_the_comma_is_part_of_the_name():
    assert split_mention(_m("Washington, D.C.")).mention.name == "Washington, D.C."


def test_a_common_word_some_person_bears_is_no_name_kept_to_its_article():
    names = Names()
    names.add("Mara Baker", "Person", "a", "Mara Baker")
    names.add("Baker", "Organisation", "b", "Baker")  # NER's guess for the surname of a person named elsewhere
    names.add("Baker", "Person", "c", "Baker")
    index = names.resolve()
    assert not index.cluster_of("b", "Baker").local


def test_a_place_placed_in_a_region_of_unknown_country_or_of_the_article_s_country_joins_the_plain_name():
    index = _places(("a", "Ostrovets", "Polesia"), ("b", "Ostrovets", None))  # no country known for the region
    assert index.cluster_of("a", "Ostrovets") is index.cluster_of("b", "Ostrovets")
    names = Names()
    names.add("Kottavil", "Place", "a", "Kottavil", region="Kerala")
    for doc, country in (("b", "India"), ("c", "Portugal")):
        names.add("Kottavil", "Place", doc, "Kottavil")
        names.add(country, "Place", doc, country)
    index = names.resolve()
    assert index.cluster_of("a", "Kottavil") is index.cluster_of("b", "Kottavil") is not index.cluster_of("c", "Kottavil")


def test_a_run_on_claimer_is_named_by_its_name():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    text = "The Harbour Guild in Norway said prices rose. " + "x " * 20
    claim = RawClaim(Claimer("Harbour Guild in Norway", "The Harbour Guild in Norway", "Organisation", 0, 27), "said",
                     28, "indirect", "asserts", 33, 45, 0, 46)
    out = resolve([ArticleExtraction(source_from_text("a.txt", text), [], [claim])])
    assert out.claims[0].claimer == "Harbour Guild"


def test_a_place_s_name_holds_no_other_place_but_after_of():
    text = "Voters in New Ardmore went out. Ardmore, Ontario saw rain. The Gulf of Ardmore froze."
    a = _article("a.txt", text, [
        Mention(9, 20, "New Ardmore", "New Ardmore", "Place"),
        Mention(text.index("Ardmore,"), text.index("Ardmore,") + 15, "Ardmore, Ontario", "Ardmore, Ontario", "Place"),
        Mention(text.index("Gulf"), text.index("Gulf") + 15, "Gulf of Ardmore", "Gulf of Ardmore", "Place")])
    spans = {(m.start, m.end): m.entity_id for m in resolve([a]).mentions}
    assert (13, 20) not in spans  # "Ardmore" of "New Ardmore" is no mention of the other Ardmore
    assert spans[(text.rindex("Ardmore"), text.rindex("Ardmore") + 7)] == spans[(text.index("Ardmore,"),
                                                                                text.index("Ardmore,") + 7)]


def test_a_word_wordnet_lists_capitalised_as_a_kind_of_person_is_still_a_common_word():
    from kg.names import proper_word

    assert not proper_word("Marine") and not proper_word("Herald") and proper_word("Toronto")


def test_a_lone_surname_several_full_names_carry_joins_the_one_the_article_is_about():
    def index(counts):
        names = Names()
        for name, n in counts:
            for _ in range(n):
                names.add(name, "Person", "a", name)
        names.add("Okafor", "Person", "a", "Okafor")
        return names.resolve()

    found = index([("Ada Okafor", 4), ("Ben Okafor", 1)])
    assert _same_cluster(found, "Ada Okafor", "Okafor") and not _same_cluster(found, "Ben Okafor", "Okafor")
    found = index([("Ada Okafor", 2), ("Ben Okafor", 2)])  # as often each: not clear whose
    assert not _same_cluster(found, "Ada Okafor", "Okafor") and not _same_cluster(found, "Ben Okafor", "Okafor")


def _same_cluster(index, a, b):
    return index.cluster_of("a", a) is index.cluster_of("a", b)


def test_lower_case_words_with_a_figure_before_a_name_are_no_part_of_it():
    m = split_mention(Mention(10, 45, "until 9 p.m. on weekdays Lithuania", "Lithuania", "Place")).mention
    assert (m.start, m.text) == (10 + len("until 9 p.m. on weekdays "), "Lithuania")
    m = split_mention(Mention(10, 33, "former mayor Ada Okafor", "Ada Okafor", "Person")).mention
    assert m.text == "former mayor Ada Okafor"  # no figure: a role, kept for the name layer


def test_a_name_the_recogniser_stopped_before_its_institution_s_head_takes_it():
    from kg.runon import widened

    text = "She left the Orla Grid Foundation in May. Orla Grid Ventures grew. Ada Orla Foundation staff..."
    found = widened([Mention(13, 22, "Orla Grid", "Orla Grid", "Organisation"),
                     Mention(42, 51, "Orla Grid", "Orla Grid", "Organisation"),
                     Mention(67, 75, "Ada Orla", "Ada Orla", "Person")], text)
    assert (found[0].name, found[0].end) == ("Orla Grid Foundation", 33)
    assert found[1].name == "Orla Grid"  # no institution's head
    # a person's name at the front of an institution's is the institution's ("Ada Orla Foundation")
    assert (found[2].name, found[2].type) == ("Ada Orla Foundation", "Organisation")


def test_a_name_cut_short_never_joins_its_branch_in_a_place():
    names = Names()
    for name in ("Temperance League", "Temperance League of Ohio", "Council for Trade",
                 "Council for Trade and Co-operation in Asia"):
        names.add(name, "Organisation", "a", name)
    index = names.resolve()
    assert not _same_cluster(index, "Temperance League", "Temperance League of Ohio")
    assert _same_cluster(index, "Council for Trade", "Council for Trade and Co-operation in Asia")


def test_a_claimer_cut_at_of_is_named_by_its_whole_name():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    text = "The Union of Tin Workers said pay fell. " + "x " * 20
    claim = RawClaim(Claimer("Union", "The Union of Tin Workers", "Organisation", 0, 24), "said", 25, "indirect",
                     "asserts", 30, 38, 0, 39)
    out = resolve([ArticleExtraction(source_from_text("a.txt", text), [], [claim])])
    assert out.claims[0].claimer == "Union of Tin Workers"


def test_two_names_of_one_kind_written_as_a_list_are_two_mentions():
    head, other, region = split_mention(_m("Temperance Party, Harvest Party", "Organisation"))
    assert (head.name, head.end, other.name, other.start, region) == (
        "Temperance Party", 4 + len("Temperance Party"), "Harvest Party", 4 + len("Temperance Party, "), None)
    assert split_mention(_m("Temperance Party, Harvest Union", "Organisation")).place is None


def test_a_known_place_the_text_took_for_a_place_is_no_lone_surname_across_articles():
    names = Names()
    names.add("Ada Lisbon", "Person", "a", "Ada Lisbon")
    names.add("Lisbon", "Person", "b", "Lisbon")
    names.add("Lisbon", "Place", "b", "Lisbon")
    index = names.resolve()
    assert index.cluster_of("a", "Ada Lisbon") is not index.cluster_of("b", "Lisbon")


def test_a_claimer_span_begins_at_its_name_not_at_the_hours_before_it():
    from kg.runon import untimed_start

    text = "The curfew ran from 9 p.m. to 5 a.m. Lithuania extended it."
    at = text.index("from")
    assert untimed_start(text, at, text.index(" extended")) == text.index("Lithuania")
    assert untimed_start(text, 0, 10) == 0  # "The curfew": nothing to leave out

"""Entity merging rules, pure logic (no spaCy): which names are one entity, and what that entity is called."""
import pytest

from kg.namekeys import clean, is_generic, name_key, person_core, spelling_close, vessel_type
from kg.extract.typeclues import TypeRule
from kg.names import Names


@pytest.mark.parametrize("raw, expected", [
    ("08:38 - Russian President Vladimir Putin", "Russian President Vladimir Putin"),
    ("11.05 GMT: Chancellor Olaf Scholz", "Chancellor Olaf Scholz"),
    ("Vladimir] Putin", "Vladimir Putin"),
    ("NAIROBI, Kenya (AP) - Kenyan police", "Kenyan police"),
    ("the Red Cross's", "Red Cross"),
    ("U.S.", "U.S."),
    ("Acme Widgets Inc.", "Acme Widgets Inc."),
])
def test_clean_drops_timestamps_datelines_brackets_and_possessives(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("a, b", [("UKRAINE", "Ukraine"), ("U.S.", "US"), ("Vladimir] Putin", "Vladimir Putin"),
                                  ("J. K. Rowling", "JK Rowling"), ("Sao Paulo", "São Paulo"),
                                  ("the Kremlin's", "Kremlin")])
def test_names_differing_only_in_case_or_punctuation_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("Austria", "Australia"), ("Bill Clinton", "Hillary Clinton"), ("US", "UN")])
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("raw, core, titled", [
    ("Dutch Prime Minister Mark Rutte", "Mark Rutte", True),
    ("PM Rutte", "Rutte", True),
    ("Senate President Marcos Vidal Ortega", "Marcos Vidal Ortega", True),
    ("Dr. Amina Diallo", "Amina Diallo", True),
    ("President of the Senate", "President of the Senate", False),
    ("First Minister of Wales Anna Pryce", "Anna Pryce", True),
    ("Mayor of Springfield Tom de Vries", "Tom de Vries", True),
    ("Minister of Foreign Affairs", "Minister of Foreign Affairs", False),
    ("Detective Inspector Karen Bell", "Karen Bell", True),
    ("Maria Lopez", "Maria Lopez", False),
])
def test_person_core_drops_titles_and_roles(raw, core, titled):
    assert person_core(raw) == (core, titled)


@pytest.mark.parametrize("a, b, same", [
    ("Zelensky", "Zelenskiy", True), ("Yanukovych", "Yanukovich", True), ("Kharkiv", "Kharkov", True),
    ("Navalny", "Navalnyy", True), ("Petrović", "Petrovic", True),
    ("Putin", "Patton", False), ("Sun", "Son", False), ("PLOS", "Pelosi", False), ("Bush", "Bash", False),
    ("Johnson", "Jackson", False),
])
def test_transliteration_variants_are_spelling_close(a, b, same):
    assert spelling_close(a, b) is same


@pytest.mark.parametrize("name, etype, surfaces, generic", [
    ("officials", "Group", (), True),
    ("Ukraine's health ministry", "Organisation", (), True),
    ("Ministry", "Organisation", ("the Ministry",), True),
    ("his attorney", "Person", (), True),
    ("Health Ministry", "Organisation", ("the health ministry",), True),
    ("Ministry of Defence", "Organisation", (), False),
    ("Mark Rutte", "Person", (), False),
    ("Democratic Party", "Organisation", (), False),
    ("Armed Forces of Ukraine", "MilitaryUnit", ("Ukrainian forces",), False),
])
def test_descriptions_are_told_from_proper_names(name, etype, surfaces, generic):
    assert is_generic(name, etype, surfaces) is generic


@pytest.mark.parametrize("name, etype", [("USS Donald Cook", "MilitaryUnit"), ("HMS Defender", "MilitaryUnit"),
                                         ("MV Sewol", "Place"), ("Donald Cook", None), ("USS", None),
                                         ("My parents", None), ("Ms Obi", None), ("M.V. Sewol", "Place")])
def test_vessels_are_typed_by_their_prefix(name, etype):
    assert vessel_type(name) == etype


def _resolve(*mentions):
    """mentions: (doc, name, type) or (doc, name, type, surface); returns (clusters, index)."""
    names = Names()
    for m in mentions:
        doc, name, etype = m[:3]
        names.add(name, etype, doc, m[3] if len(m) > 3 else name)
    index = names.resolve()
    return index.clusters, index


def _same(index, a, b):
    return index.cluster_of(*a) is index.cluster_of(*b)


def test_titles_initials_and_surnames_in_one_article_are_one_person():
    clusters, index = _resolve(("a", "Dutch Prime Minister Mark Rutte", "Person"), ("a", "PM Rutte", "Person"),
                               ("a", "Rutte", "Organisation"), ("a", "Mark Rutte", "Person"))
    c = index.cluster_of("a", "Rutte")
    assert len(clusters) == 1 and c.name == "Mark Rutte" and c.type == "Person"


def test_case_punctuation_and_timestamps_never_split_an_entity():
    clusters, index = _resolve(("a", "UKRAINE", "Place"), ("b", "Ukraine", "Place"),
                               ("a", "Vladimir] Putin", "Person"), ("b", "08:38 - Vladimir Putin", "Person"),
                               ("c", "Vladimir Putin", "Person"))
    assert len(clusters) == 2
    assert index.cluster_of("a", "UKRAINE").name == "Ukraine"
    assert index.cluster_of("b", "08:38 - Vladimir Putin").name == "Vladimir Putin"


def test_a_lone_surname_joins_the_one_full_name_across_articles_but_not_one_of_two():
    clusters, index = _resolve(("a", "Olena Marchenko", "Person"), ("b", "Marchenko", "Person"),
                               ("a", "Bill Clinton", "Person"), ("c", "Hillary Clinton", "Person"),
                               ("d", "Clinton", "Person"))
    assert _same(index, ("a", "Olena Marchenko"), ("b", "Marchenko"))
    assert not _same(index, ("a", "Bill Clinton"), ("c", "Hillary Clinton"))
    assert index.cluster_of("d", "Clinton").name == "Clinton"


def test_in_one_article_a_surname_shared_by_two_full_names_stays_apart():
    _, index = _resolve(("a", "Bill Clinton", "Person"), ("a", "Hillary Clinton", "Person"), ("a", "Clinton", "Person"))
    assert len({id(index.cluster_of("a", n)) for n in ("Bill Clinton", "Hillary Clinton", "Clinton")}) == 3


def test_transliteration_variants_merge_across_articles_by_a_general_rule():
    _, index = _resolve(("a", "Viktor Yanukovych", "Person"), ("b", "Viktor Yanukovich", "Person"),
                        ("a", "Kiev", "Place"), ("b", "Kyiv", "Place"),
                        ("a", "Kharkiv", "Place"), ("c", "Kharkov", "Place"),
                        ("a", "Dana Bash", "Person"), ("b", "George Bush", "Person"),
                        ("c", "Bash", "Person"), ("d", "Bush", "Person"))
    assert _same(index, ("a", "Viktor Yanukovych"), ("b", "Viktor Yanukovich"))
    assert _same(index, ("a", "Kiev"), ("b", "Kyiv"))
    assert _same(index, ("a", "Kharkiv"), ("c", "Kharkov"))
    assert not _same(index, ("a", "Dana Bash"), ("b", "George Bush"))
    assert _same(index, ("c", "Bash"), ("a", "Dana Bash")) and _same(index, ("d", "Bush"), ("b", "George Bush"))


def test_transliteration_needs_the_same_type():
    _, index = _resolve(("a", "Marinka", "Place"), ("b", "Marinka", "Person"), ("c", "Maryinka", "Person"))
    assert not _same(index, ("a", "Marinka"), ("c", "Maryinka")) or index.cluster_of("a", "Marinka").type == "Place"


def test_descriptions_stay_in_their_article_and_keep_their_qualifier():
    clusters, index = _resolve(("a", "officials", "Group"), ("b", "officials", "Group"),
                               ("a", "Ukraine's health ministry", "Organisation"), ("a", "ministry", "Organisation"),
                               ("b", "Russia's defence ministry", "Organisation"),
                               ("b", "South Korea's unification ministry", "Organisation"),
                               ("b", "ministry", "Organisation"))
    assert not _same(index, ("a", "officials"), ("b", "officials"))
    assert index.cluster_of("a", "officials").scope == "a"
    assert index.cluster_of("a", "ministry").name == "Ukraine's health ministry"
    b_ministries = {id(index.cluster_of("b", n)) for n in ("Russia's defence ministry",
                                                            "South Korea's unification ministry", "ministry")}
    assert len(b_ministries) == 3  # a bare head never absorbs differently qualified descriptions


def test_a_description_spelled_like_a_proper_name_joins_it():
    _, index = _resolve(("a", "Democratic Party", "Organisation"), ("b", "Democratic party", "Organisation"))
    assert _same(index, ("a", "Democratic Party"), ("b", "Democratic party"))


def test_types_come_from_evidence():
    _, index = _resolve(("a", "Viktor Yanukovych", "Person"), ("a", "Yanukovych", "Organisation"),
                        ("a", "Yanukovych", "Organisation", "Yanukovych's"),
                        ("b", "USS Carl Vinson", "Person"), ("c", "Ngozi Okafor", "Organisation", "Mrs Ngozi Okafor"),
                        ("d", "U.S.", "Place"), ("e", "United States", "Place"), ("e", "America", "Place"))
    assert index.cluster_of("a", "Yanukovych").type == "Person"
    assert index.cluster_of("b", "USS Carl Vinson").type == "MilitaryUnit"
    assert index.cluster_of("c", "Ngozi Okafor").type == "Person"
    assert _same(index, ("d", "U.S."), ("e", "America")) and index.cluster_of("d", "U.S.").name == "United States"


def test_a_paternal_surname_stands_for_a_double_surname():
    _, index = _resolve(("a", "Julián Marín Soto", "Person"), ("b", "Marín", "Person"),
                        ("a", "John F. Kennedy", "Person"), ("c", "F.", "Person"))
    assert _same(index, ("a", "Julián Marín Soto"), ("b", "Marín"))
    assert not _same(index, ("a", "John F. Kennedy"), ("c", "F."))


def test_a_description_typed_as_a_person_lends_no_surname():
    _, index = _resolve(("a", "Member of Assembly committee", "Person"), ("b", "Assembly", "Person"))
    assert not _same(index, ("a", "Member of Assembly committee"), ("b", "Assembly"))


def test_an_acronym_joins_the_one_name_it_abbreviates_in_its_article():
    _, index = _resolve(("a", "National Water Authority", "Organisation"), ("a", "NWA", "Organisation"),
                        ("b", "World Health Organization", "Organisation"), ("b", "Western Hockey Organisation",
                                                                             "Organisation"), ("b", "WHO", "Organisation"))
    assert index.cluster_of("a", "NWA").name == "National Water Authority"
    assert index.cluster_of("b", "WHO").name == "WHO"  # two long forms fit: neither is chosen


def test_a_surname_shared_by_two_full_names_of_its_article_is_still_a_person():
    _, index = _resolve(("a", "Elena Marsh", "Person"), ("a", "Tobias Marsh", "Person"), ("a", "Marsh", "Place"))
    assert index.cluster_of("a", "Marsh").type == "Person"


def test_anonymity_is_a_field_never_part_of_a_name():
    from kg.names import Names
    names = Names()
    names.add("US official (anonymous)", "Group", "a1", "a senior US official", anonymous=True)
    names.add("US official (anonymous)", "Group", "a2", "a US official", anonymous=True)
    index = names.resolve()
    clusters = [index.cluster_of(doc, "US official (anonymous)") for doc in ("a1", "a2")]
    assert all(c.anonymous and "(anonymous)" not in c.name for c in clusters)
    assert all(not any("(anonymous)" in a for a in c.aliases) for c in clusters)
    assert clusters[0] is not clusters[1]  # one unnamed official per article, never one across articles


def test_an_acronym_is_never_a_person_unless_titled():
    _, index = _resolve(("a", "KPRF", "Person"), ("a", "KPRF", "Person"), ("b", "Pro-Union KDA", "Person"),
                        ("c", "Dr John Mbeki", "Person", "Dr John Mbeki"), ("c", "Jane Okoro", "Person"))
    assert index.cluster_of("a", "KPRF").type == "Organisation"
    assert index.cluster_of("b", "Pro-Union KDA").type == "Organisation"
    assert index.cluster_of("c", "Jane Okoro").type == "Person"  # a name with no capitals-only word


def test_a_capital_may_be_a_surname_but_a_country_is_not():
    _, index = _resolve(("a", "Odette Lima", "Person"), ("a", "Lima", "Place"), ("a", "Lima", "Person"),
                        ("b", "Rosa Lima", "Person"), ("c", "Lima", "Place"),
                        ("d", "Tomas Chile", "Person"), ("d", "Chile", "Place"))
    assert _same(index, ("a", "Odette Lima"), ("a", "Lima")) and index.cluster_of("a", "Lima").type == "Person"
    assert index.cluster_of("c", "Lima").type == "Place"  # no person of that name in its article
    assert index.cluster_of("d", "Chile").type == "Place"


def test_an_institution_is_one_entity_across_articles_unless_placed_in_two_countries():
    _, index = _resolve(("a", "Supreme Court", "Organisation"), ("a", "Ohio", "Place"), ("a", "United States", "Place"),
                        ("b", "Supreme Court", "Organisation"), ("b", "U.S.", "Place"),
                        ("c", "Supreme Court", "Organisation"),
                        ("d", "Supreme Court", "Organisation"), ("d", "Kenya", "Place"), ("d", "Nairobi", "Place"),
                        ("e", "Justice Department", "Organisation"), ("f", "Justice Department", "Organisation"))
    assert _same(index, ("a", "Supreme Court"), ("b", "Supreme Court"))
    assert not _same(index, ("a", "Supreme Court"), ("d", "Supreme Court"))
    assert not _same(index, ("a", "Supreme Court"), ("c", "Supreme Court"))  # placed nowhere, two countries fit
    assert index.cluster_of("d", "Supreme Court").name == "Supreme Court (Kenya)"
    assert index.cluster_of("a", "Supreme Court").name == "Supreme Court (United States)"
    assert _same(index, ("e", "Justice Department"), ("f", "Justice Department"))
    assert index.cluster_of("e", "Justice Department").scope is None
    _, index = _resolve(("a", "Supreme Court", "Organisation"), ("a", "United States", "Place"),
                        ("c", "Supreme Court", "Organisation"))
    assert _same(index, ("a", "Supreme Court"), ("c", "Supreme Court"))  # placed nowhere: the one country there is
    assert index.cluster_of("c", "Supreme Court").name == "Supreme Court"
    # a description is not an institution's name: the officials of two articles stay two
    _, index = _resolve(("a", "officials", "Group"), ("b", "officials", "Group"))
    assert not _same(index, ("a", "officials"), ("b", "officials"))


def test_ks_and_x_spell_one_name_and_a_mistyped_spelling_still_joins_its_person():
    _, index = _resolve(("a", "Oleksiy Marchuk", "Person"), ("b", "Olexiy Marchuk", "Organisation"),
                        ("c", "Maksim Petrenko", "Person"), ("d", "Maxim Petrenko", "Person"),
                        ("e", "Maxim Petrenko", "Person"), ("f", "Pavel Petrenko", "Person"),
                        ("g", "Alexa Health", "Organisation"), ("h", "Aleksa Health", "Organisation"))
    assert _same(index, ("a", "Oleksiy Marchuk"), ("b", "Olexiy Marchuk"))
    assert index.cluster_of("b", "Olexiy Marchuk").type == "Person"
    assert _same(index, ("c", "Maksim Petrenko"), ("d", "Maxim Petrenko"))
    assert not _same(index, ("d", "Maxim Petrenko"), ("f", "Pavel Petrenko"))  # another first name
    assert not _same(index, ("g", "Alexa Health"), ("h", "Aleksa Health"))  # two bodies: no person spelt twice


def test_a_name_cut_short_joins_its_whole_but_not_a_longer_other_name():
    _, index = _resolve(("a", "Council for Trade and Development", "Organisation"),
                        ("a", "Council for Trade", "Organisation"),
                        ("b", "Bank of Harrow", "Organisation"), ("b", "Bank of Harrow Tower", "Place"),
                        ("c", "Daily Courier", "Organisation"), ("c", "Courier", "Organisation"))
    assert _same(index, ("a", "Council for Trade"), ("a", "Council for Trade and Development"))
    assert index.cluster_of("a", "Council for Trade").name == "Council for Trade and Development"
    assert not _same(index, ("b", "Bank of Harrow"), ("b", "Bank of Harrow Tower"))
    assert _same(index, ("c", "Courier"), ("c", "Daily Courier"))


def test_timestamps_never_stay_in_aliases():
    clusters, index = _resolve(("a", "Mara Voss", "Person", "14:24 - Defence Secretary Mara Voss"),
                               ("a", "Mara Voss", "Person", "9.05 GMT: Mara Voss"))
    assert not any(a[:1].isdigit() for c in clusters for a in c.aliases), [c.aliases for c in clusters]


def test_a_bare_head_joins_the_one_named_body_carrying_it():
    _, index = _resolve(("a", "Liberal Reform Party", "Organisation"), ("a", "party", "Organisation", "the party"),
                        ("b", "Green Party", "Organisation"), ("b", "Labour Party", "Organisation"),
                        ("b", "party", "Organisation", "the party"))
    assert _same(index, ("a", "party"), ("a", "Liberal Reform Party"))
    assert index.cluster_of("b", "party").name == "party"  # two parties fit: neither is chosen


def test_a_role_before_a_name_makes_a_person():
    names = Names()
    names.add("Mara Oyelaran", "Organisation", "a", "a State Department spokesperson, Mara Oyelaran", weight=3)
    names.add("Mara Oyelaran", "Person", "a", "Mara Oyelaran")
    assert names.resolve().cluster_of("a", "Mara Oyelaran").type == "Person"


def test_a_capital_the_text_places_never_joins_a_person():
    names = Names()
    names.add("George Lisbon", "Person", "a", "George Lisbon")
    names.add("Lisbon", "Place", "a", "Lisbon", rule=TypeRule.PREPOSITION)  # "flew to Lisbon"
    index = names.resolve()
    assert not _same(index, ("a", "George Lisbon"), ("a", "Lisbon"))
    assert index.cluster_of("a", "Lisbon").type == "Place"


def test_a_capital_only_its_name_makes_a_place_is_the_surname_of_the_one_full_name():
    names = Names()
    names.add("Greta Lisbon", "Person", "a", "Greta Lisbon", rule=TypeRule.SPEAKER)  # "Greta Lisbon said"
    names.add("Lisbon", "Place", "a", "Lisbon", rule=TypeRule.COUNTRY)  # "Lisbon was born in 1990"
    index = names.resolve()
    assert _same(index, ("a", "Greta Lisbon"), ("a", "Lisbon"))
    assert index.cluster_of("a", "Lisbon").type == "Person"


def test_a_lone_first_name_joins_the_one_full_name_carrying_it_but_not_one_of_two():
    _, index = _resolve(("a", "Ottilie Brandt", "Person"), ("a", "Ottilie", "Person"), ("a", "Ottilie", "Person"))
    assert _same(index, ("a", "Ottilie Brandt"), ("a", "Ottilie"))
    _, index = _resolve(("c", "Ottilie Brandt", "Person"), ("c", "Ottilie", "Person"))  # once: "... said Ottilie."
    assert _same(index, ("c", "Ottilie Brandt"), ("c", "Ottilie"))
    names = Names()  # once, before "and" and a full name: "Ottilie and Ivo Kern" may be another Kern
    names.add("Ottilie Brandt", "Person", "c", "Ottilie Brandt")
    names.add("Ottilie", "Person", "c", "Ottilie", conjoined=True)
    assert not _same(names.resolve(), ("c", "Ottilie Brandt"), ("c", "Ottilie"))
    _, index = _resolve(("d", "Lisbon Okafor", "Person"), ("d", "Lisbon", "Person"))  # once, and a city's name
    assert not _same(index, ("d", "Lisbon Okafor"), ("d", "Lisbon"))
    _, index = _resolve(("b", "Ottilie Brandt", "Person"), ("b", "Ottilie Vance", "Person"), ("b", "Ottilie", "Person"))
    assert not _same(index, ("b", "Ottilie Brandt"), ("b", "Ottilie"))
    assert not _same(index, ("b", "Ottilie Vance"), ("b", "Ottilie"))


def test_a_short_name_joins_the_full_name_another_article_joined_it_to():
    _, index = _resolve(("a", "Fellowship of Aldermoor", "Organisation"), ("a", "Aldermoor", "Organisation"),
                        ("b", "Aldermoor", "Organisation"))
    assert _same(index, ("a", "Fellowship of Aldermoor"), ("b", "Aldermoor"))
    # two full names claim it: it stays apart
    _, index = _resolve(("a", "Fellowship of Aldermoor", "Organisation"), ("a", "Aldermoor", "Organisation"),
                        ("c", "Harriers of Aldermoor", "Organisation"), ("c", "Aldermoor", "Organisation"),
                        ("b", "Aldermoor", "Organisation"))
    assert not _same(index, ("a", "Fellowship of Aldermoor"), ("b", "Aldermoor"))
    assert not _same(index, ("c", "Harriers of Aldermoor"), ("b", "Aldermoor"))


def test_the_head_of_a_body_name_alone_joins_it_but_a_place_never_its_tail():
    _, index = _resolve(("a", "Church of the Lantern", "Organisation"), ("a", "Church", "Organisation"))
    assert _same(index, ("a", "Church of the Lantern"), ("a", "Church"))
    _, index = _resolve(("b", "University of Western Dalmora", "Organisation"), ("b", "Dalmora", "Place"))
    assert not _same(index, ("b", "University of Western Dalmora"), ("b", "Dalmora"))


def test_a_quantified_description_takes_no_bare_head():
    names = Names()
    names.add("every candidate", "Group", "a", "every candidate")
    names.add("candidate", "Person", "a", "one candidate")
    index = names.resolve()
    assert not _same(index, ("a", "every candidate"), ("a", "candidate"))


def test_every_entity_says_which_rules_typed_and_joined_it():
    names = Names()
    names.add("Halvard Moe", "Person", "a", "Halvard Moe", rule=TypeRule.NER)
    names.add("Moe", "Organisation", "a", "Moe", rule=TypeRule.NER)
    names.add("Lindqvist Foundation", "Organisation", "a", "Lindqvist Foundation", rule=TypeRule.HEAD)
    index = names.resolve()
    moe = index.cluster_of("a", "Moe")
    assert moe.type == "Person" and moe.merge_rules == ("lone surname",)
    assert moe.type_rule in ("ner", "surname of a person")
    found = index.cluster_of("a", "Lindqvist Foundation")
    assert found.type_rule == "head noun" and found.merge_rules == ("one name",)


def test_evidence_outweighs_repeated_guesses():
    names = Names()
    for _ in range(5):
        names.add("Brightquill", "Person", "a", "Brightquill", rule=TypeRule.NER)
    names.add("Brightquill", "Organisation", "a", "the charity Brightquill", rule=TypeRule.DESCRIBED)
    assert names.resolve().cluster_of("a", "Brightquill").type == "Organisation"


def test_a_surname_with_its_particle_joins_its_person():
    _, index = _resolve(("a", "Lucia van Orde", "Person"), ("a", "van Orde", "Organisation"))
    assert _same(index, ("a", "Lucia van Orde"), ("a", "van Orde"))
    assert index.cluster_of("a", "van Orde").type == "Person"


def test_a_place_lends_its_name_as_a_surname_only_to_a_full_name_shown_to_be_a_person():
    names = Names()
    names.add("Make Lisbon", "Person", "a", "Make Lisbon", rule=TypeRule.NER)  # a slogan NER took for a person
    names.add("Lisbon", "Place", "a", "Lisbon", rule=TypeRule.NER)
    names.add("Lisbon", "Place", "a", "Lisbon", rule=TypeRule.NER)
    index = names.resolve()
    assert not _same(index, ("a", "Make Lisbon"), ("a", "Lisbon"))
    assert index.cluster_of("a", "Lisbon").type == "Place"
    names = Names()
    names.add("Valeska Lisbon", "Person", "b", "Valeska Lisbon", rule=TypeRule.SPEAKER)  # she speaks
    names.add("Lisbon", "Place", "b", "Lisbon", rule=TypeRule.NER)
    assert _same(names.resolve(), ("b", "Valeska Lisbon"), ("b", "Lisbon"))


def test_a_role_before_a_name_outweighs_how_ner_and_the_speaker_rule_typed_it():
    names = Names()
    names.add("Odile Varga", "Organisation", "a", "a ministry spokesperson, Odile Varga", weight=3,
              rule=TypeRule.SPEAKER)
    names.add("Odile Varga", "Organisation", "a", "Odile Varga", rule=TypeRule.NER)
    assert names.resolve().cluster_of("a", "Odile Varga").type == "Person"


def test_a_described_publisher_is_a_body_and_a_described_person_stays_a_person():
    names = Names()
    names.add("website", "Person", "a1", "the website", weight=3, rule="as speaker")
    names.add("treasurer", "Person", "a1", "the treasurer", weight=3, rule="as speaker")
    index = names.resolve()
    assert index.cluster_of("a1", "website").type == "Organisation"
    assert index.cluster_of("a1", "treasurer").type == "Person"


def test_a_described_spokesman_is_one_person_and_an_acronym_a_body_not_a_crowd():
    names = Names()
    names.add("Harbour Police spokesman", "Group", "a1", "a Harbour Police spokesman", weight=3, rule="as speaker")
    names.add("every candidate", "Group", "a1", "every candidate", weight=3, rule="as speaker")
    names.add("WFPA", "Group", "a1", "WFPA", weight=3, rule="as speaker")
    names.add("residents", "Group", "a1", "residents", weight=3, rule="as speaker")
    names.add("Ukrainian servicemen", "Group", "a1", "Ukrainian servicemen", weight=3, rule="as speaker")
    names.add("US official (anonymous)", "Group", "a1", "a US official", anonymous=True, weight=3, rule="as speaker")
    index = names.resolve()
    assert index.cluster_of("a1", "Ukrainian servicemen").type == "Group"
    assert index.cluster_of("a1", "US official (anonymous)").type == "Person"  # one unnamed official is one person
    assert index.cluster_of("a1", "Harbour Police spokesman").type == "Person"
    assert index.cluster_of("a1", "every candidate").type == "Group"
    assert index.cluster_of("a1", "WFPA").type == "Organisation"
    assert index.cluster_of("a1", "residents").type == "Group"


def test_a_common_noun_that_spoke_as_people_joins_the_named_body_and_takes_its_type():
    names = Names()  # "Police arrested two men. ... the Marlow Police Department said they had been released."
    names.add("Marlow Police Department", "Organisation", "a", "the Marlow Police Department",
              rule=TypeRule.BODY_HEAD, weight=2)
    names.add("Marlow Police Department", "Organisation", "a", "the Marlow Police Department",
              rule=TypeRule.SPEAKER, weight=3)
    names.add("Police", "Group", "a", "Police", rule=TypeRule.SPEAKER, weight=3)
    index = names.resolve()
    assert _same(index, ("a", "Marlow Police Department"), ("a", "Police"))
    assert index.cluster_of("a", "Police").type == "Organisation"
    names = Names()  # the negative: alone, "Police said ..." is the police as people
    names.add("Police", "Group", "a", "Police", rule=TypeRule.SPEAKER, weight=3)
    assert names.resolve().cluster_of("a", "Police").type == "Group"

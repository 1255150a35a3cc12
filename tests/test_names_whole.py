"""Names made whole and never wrongly joined (kg.wholenames, kg.runon, kg.names): a couple's shared surname, an owner's
name inside a place's, a country glued to a person or to a place, a person's name at the front of an institution's;
a surname written with an office, a name after "the", a country and a town spelt alike."""
from kg.extract.entities import Mention
from kg.names import Names
from kg.runon import widened
from kg.wholenames import made_whole


def _at(text: str, name: str, etype: str, nth: int = 0, surface: str | None = None) -> Mention:
    surface = surface or name
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, name, etype)


def _names(found: list[Mention]) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in found]


def test_a_first_name_before_and_and_a_full_name_shares_its_surname():
    text = "Guests included Tomas and Greta Lindqvist, who sailed from Oslo."
    found = made_whole([_at(text, "Tomas", "Person"), _at(text, "Greta Lindqvist", "Person")], text)
    assert _names(found) == [("Tomas Lindqvist", "Person"), ("Greta Lindqvist", "Person")]
    assert found[0].text == "Tomas"  # the words written stay the mention's


def test_a_couple_taken_as_one_name_is_two_people_sharing_the_surname():
    text = "Both Kemal and Aylin Demir testified. Aylin Demir said the fire spread fast."
    found = made_whole([_at(text, "Kemal and Aylin Demir", "Organisation"), _at(text, "Aylin Demir", "Person", 1)],
                       text)
    assert _names(found)[:2] == [("Kemal Demir", "Person"), ("Aylin Demir", "Person")]
    assert (found[0].start, found[0].end) == (text.index("Kemal"), text.index("Kemal") + 5)


def test_a_surname_or_a_name_written_alone_again_before_and_is_no_first_name():
    # "Okonkwo and Lisa Ferreira": Okonkwo is a surname the article uses alone, two different people
    text = "Okonkwo and Lisa Ferreira met in Lagos. Okonkwo said the talks went well."
    found = made_whole([_at(text, "Okonkwo", "Person"), _at(text, "Lisa Ferreira", "Person"),
                        _at(text, "Okonkwo", "Person", 1)], text)
    assert found[0].name == "Okonkwo"
    text = "Vance Harlow praised the deal. Later Harlow and Mia Chen signed it."
    found = made_whole([_at(text, "Vance Harlow", "Person"), _at(text, "Harlow", "Person", 1),
                        _at(text, "Mia Chen", "Person")], text)
    assert found[1].name == "Harlow"  # the surname of a full name of the article
    text = "Smith and Wesson Holdings reported a loss."  # no person of that surname: a company's name
    assert made_whole([_at(text, "Smith and Wesson Holdings", "Organisation")], text)[0].name == \
        "Smith and Wesson Holdings"


def test_an_owner_written_once_before_a_place_is_part_of_its_name():
    text = "The film opened at Pellow's Orchid Theatre in Leeds, and at Marten's Cove, Canada."
    found = made_whole([_at(text, "Pellow", "Person"), _at(text, "Orchid Theatre", "Place"),
                        _at(text, "Leeds", "Place"), _at(text, "Marten", "Person")], text)
    assert _names(found) == [("Pellow's Orchid Theatre", "Place"), ("Leeds", "Place"), ("Marten's Cove", "Place")]


def test_an_owner_the_article_names_again_or_a_known_place_is_no_part_of_the_name():
    text = "Rivas's Opera House reopened. Rivas thanked donors."  # a person the article names again
    found = made_whole([_at(text, "Rivas", "Person"), _at(text, "Opera House", "Place"),
                        _at(text, "Rivas", "Person", 1)], text)
    assert [m.name for m in found] == ["Rivas", "Opera House", "Rivas"]
    text = "Leeds's Town Hall was closed."  # a city owning its hall: two names
    found = made_whole([_at(text, "Leeds", "Place"), _at(text, "Town Hall", "Place")], text)
    assert [m.name for m in found] == ["Leeds", "Town Hall"]
    text = "Kessler's Campaign Fund grew."  # no place's head
    assert made_whole([_at(text, "Kessler", "Person")], text)[0].name == "Kessler"


def test_a_country_glued_to_a_person_or_a_place_is_two_names():
    text = "Prime Minister of Estonia Kaarel Tamm said the talks failed."
    found = made_whole([_at(text, "Estonia Kaarel Tamm", "Organisation")], text)
    assert _names(found) == [("Estonia", "Place"), ("Kaarel Tamm", "Person")]
    assert text[found[1].start:found[1].end] == "Kaarel Tamm"
    text = "Why make Perth Australia's capital?"
    found = made_whole([_at(text, "Perth Australia", "Place", surface="Perth Australia's")], text)
    assert _names(found) == [("Perth", "Place"), ("Australia", "Place")]


def test_names_that_begin_or_end_with_a_country_stay_whole():
    text = "Estonia Air Cargo said flights resumed. Papua New Guinea voted. Air India Express flew."
    found = made_whole([_at(text, "Estonia Air Cargo", "Organisation"), _at(text, "Papua New Guinea", "Place"),
                        _at(text, "Air India Express", "Organisation")], text)
    assert [m.name for m in found] == ["Estonia Air Cargo", "Papua New Guinea", "Air India Express"]


def test_a_person_s_name_at_the_front_of_an_institution_s_is_the_institution():
    text = "The Mele Tavita Fonoti Hospital reopened. Mele Tavita Fonoti's outpatient wing was full."
    found = widened([_at(text, "Mele Tavita Fonoti Hospital", "Place"),
                     _at(text, "Mele Tavita Fonoti", "Person", surface="Mele Tavita Fonoti's")], text)
    assert _names(found) == [("Mele Tavita Fonoti Hospital", "Place")] * 2
    text = "Ines Varga Hospital reopened on Monday. Ines Varga said the wards were ready."
    found = widened([_at(text, "Ines Varga", "Person"), _at(text, "Ines Varga", "Person", 1)], text)
    assert _names(found) == [("Ines Varga Hospital", "Organisation"), ("Ines Varga", "Person")]


def _one(names: Names, doc: str, a: str, b: str) -> bool:
    index = names.resolve()
    return index.cluster_of(doc, a) is index.cluster_of(doc, b)


def test_a_surname_written_with_an_office_joins_the_full_name_given_that_office():
    names = Names()
    names.add("Ada Pell", "Person", "a", "Ada Pell")  # "the president's niece Ada Pell"
    names.add("Ada Pell", "Person", "a", "Ada Pell")
    names.add("Ada Pell", "Person", "a", "Ada Pell")
    names.add("Ron Pell", "Person", "a", "Governor Ron Pell")
    names.add("Pell", "Person", "a", "Governor Pell")
    assert _one(names, "a", "Pell", "Ron Pell") and not _one(names, "a", "Pell", "Ada Pell")
    names = Names()  # the only full name, given another office: not whose the title says
    names.add("Ada Pell", "Person", "a", "Senator Ada Pell")
    names.add("Pell", "Person", "a", "Governor Pell")
    assert not _one(names, "a", "Pell", "Ada Pell")
    names = Names()  # a full name without a title takes the titled surname
    names.add("Ada Pell", "Person", "a", "Ada Pell")
    names.add("Pell", "Person", "a", "Senator Pell")
    assert _one(names, "a", "Pell", "Ada Pell")


def test_a_name_always_written_after_the_is_no_one_s_surname():
    names = Names()
    names.add("Noor Weston", "Person", "a", "Noor Weston")
    names.add("North", "Person", "a", "North", determined=True)  # "life in the North"
    names.add("Rey North", "Person", "b", "Rey North")
    names.add("North", "Person", "c", "North")  # "North said": the singer of article b
    index = names.resolve()
    assert index.cluster_of("a", "North") is not index.cluster_of("b", "Rey North")
    assert index.cluster_of("c", "North") is index.cluster_of("b", "Rey North")


def test_a_country_and_a_town_spelt_alike_never_join():
    names = Names()
    names.add("Colombia", "Place", "a", "Colombia")
    names.add("Columbia", "Place", "b", "Columbia")
    index = names.resolve()
    assert index.cluster_of("a", "Colombia") is not index.cluster_of("b", "Columbia")


def test_a_body_written_after_the_in_one_article_joins_the_same_body_written_bare_in_another():
    names = Names()
    names.add("Bundesrat", "Organisation", "a", "Bundesrat", determined=True)
    names.add("Bundesrat", "Organisation", "b", "Bundesrat")
    index = names.resolve()
    assert index.cluster_of("a", "Bundesrat") is index.cluster_of("b", "Bundesrat")


def test_a_body_s_name_with_and_is_no_couple_and_a_region_before_a_country_no_place_of_its_own():
    text = "The Bread and Harvest Party met. Its nominee Ona Party spoke."
    found = made_whole([_at(text, "Bread", "Person"), _at(text, "Harvest Party", "Person"),
                        _at(text, "Ona Party", "Person")], text)
    assert [m.name for m in found] == ["Bread", "Harvest Party", "Ona Party"]
    text = "Floods hit Southern Moldova on Monday."
    assert made_whole([_at(text, "Southern Moldova", "Place")], text)[0].name == "Southern Moldova"


def test_a_possessive_of_a_body_s_name_is_no_institution_it_stands_before():
    text = "The University of Kent Library opened. The University of Kent's staff cheered."
    found = widened([_at(text, "University of Kent Library", "Organisation"),
                     _at(text, "University of Kent", "Organisation", surface="University of Kent's")], text)
    assert found[1].name == "University of Kent"


def test_the_tail_of_a_longer_name_written_there_is_that_name():
    text = "Crews of Ardal Fire and Rescue arrived. Later Ardal Fire and Rescue asked for help. Rescue teams left."
    found = widened([_at(text, "Ardal Fire and Rescue", "Organisation"),
                     _at(text, "Rescue", "Organisation", 1),
                     _at(text, "Rescue", "Organisation", 2)], text)
    assert [(m.name, text[m.start:m.end]) for m in found] == [("Ardal Fire and Rescue", "Ardal Fire and Rescue")] * 2 \
        + [("Rescue", "Rescue")]  # "Rescue teams": no longer name written there


def test_a_surname_with_an_office_never_joins_a_full_name_given_another_office_only():
    names = Names()
    for _ in range(3):
        names.add("Ada Pell", "Person", "a", "Senator Ada Pell")  # named most, but a senator
    names.add("Ron Pell", "Person", "a", "Ron Pell")
    names.add("Pell", "Person", "a", "Governor Pell")
    index = names.resolve()
    assert index.cluster_of("a", "Pell") is index.cluster_of("a", "Ron Pell")


def test_a_claimer_that_is_the_tail_of_a_longer_name_is_that_name():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer
    from kg.ingest import source_from_text
    from kg.model import Polarity, QuoteKind
    from kg.resolve import ArticleExtraction, resolve

    text = "Crews of Ardal Fire and Rescue arrived. Ardal Fire and Rescue said the roof held."
    at = text.rindex("Rescue")
    claim = RawClaim(Claimer("Rescue", "Rescue", "Organisation", at, at + 6), "said", at + 7, QuoteKind.INDIRECT,
                     Polarity.ASSERTS, at + 12, len(text) - 1, 40, len(text))
    out = resolve([ArticleExtraction(source_from_text("a.txt", text),
                                     [_at(text, "Ardal Fire and Rescue", "Organisation")], [claim])])
    assert [c.claimer for c in out.claims] == ["Ardal Fire and Rescue"]


def test_a_place_s_own_name_at_the_end_of_a_longer_name_stays_its_own_mention():
    text = "Weather Estonia issued a warning. Forecasters at Weather Estonia said rain would come."
    found = widened([_at(text, "Weather Estonia", "Organisation"), _at(text, "Estonia", "Place", 1)], text)
    assert [m.name for m in found] == ["Weather Estonia", "Estonia"]


def test_a_name_after_the_joins_a_surname_only_as_a_modifier_of_a_noun():
    from kg.ingest import source_from_text
    from kg.resolve import ArticleExtraction, resolve

    text = "Singer Tova Marsh posted a clip. Fans shared the Marsh clip widely. Winters in the North are long, " \
        "Ray North said."
    people = [_at(text, "Tova Marsh", "Person"), _at(text, "Marsh", "Person", 1), _at(text, "North", "Person"),
              _at(text, "Ray North", "Person")]
    out = resolve([ArticleExtraction(source_from_text("a.txt", text), people, [])])
    by_name = {e.name: e for e in out.entities}
    assert "Marsh" not in by_name and "North" in by_name  # "the Marsh clip" is hers; "the North" no one's


def test_a_body_owning_a_place_keeps_its_own_name():
    text = "The jet moved to the Lindqvist's Harbour Museum annex."
    found = made_whole([_at(text, "Lindqvist", "Organisation"), _at(text, "Harbour Museum", "Place")], text)
    assert [m.name for m in found] == ["Lindqvist", "Harbour Museum"]


def test_a_person_s_aliases_hold_no_role_but_a_courtesy_title():
    names = Names()
    for surface in ("Estonian President Ada Vell", "agency head Ada Vell", "Ada Vell"):
        names.add("Ada Vell", "Person", "a", surface)
    names.add("Vell", "Person", "a", "Ms Vell")
    names.add("Omar bin Said", "Person", "a", "Sultan Omar bin Said")
    index = names.resolve()
    assert index.cluster_of("a", "Ada Vell").aliases == {"Vell", "Ms Vell"}
    assert index.cluster_of("a", "Omar bin Said").aliases == set()


def test_an_office_written_before_a_name_s_span_tells_whose_surname_it_is():
    from kg.ingest import source_from_text
    from kg.resolve import ArticleExtraction, resolve

    text = "Her niece Rita Sol wrote a memoir. Rita Sol said it was true. Incumbent Governor Tom Sol denied it. " \
        "Governor Sol said it was false."
    people = [_at(text, "Rita Sol", "Person"), _at(text, "Rita Sol", "Person", 1), _at(text, "Tom Sol", "Person"),
              _at(text, "Sol", "Person", 3)]
    out = resolve([ArticleExtraction(source_from_text("a.txt", text), people, [])])
    tom = next(e for e in out.entities if e.name == "Tom Sol")
    rows = [text[m.start:m.end] for m in out.mentions if m.entity_id == tom.id]
    assert rows.count("Sol") == 1 and "Sol" not in next(e for e in out.entities if e.name == "Rita Sol").aliases


def test_a_university_s_name_takes_its_campus_after_at():
    text = "She studied at the University of Vermont at Burlington. The University of Vermont at noon said no."
    found = widened([_at(text, "University of Vermont", "Organisation"),
                     _at(text, "University of Vermont", "Organisation", 1)], text)
    assert [m.name for m in found] == ["University of Vermont at Burlington", "University of Vermont"]


def test_a_body_s_name_cut_before_and_is_taken_whole_unless_a_second_name_follows():
    text = "The National Institute of Soils and Crop Science said so. The Bank of Leith and Harlow Trust agreed."
    found = widened([_at(text, "National Institute of Soils", "Organisation"),
                     _at(text, "Bank of Leith", "Organisation"), _at(text, "Harlow Trust", "Organisation")], text)
    assert [m.name for m in found] == ["National Institute of Soils and Crop Science", "Bank of Leith", "Harlow Trust"]


def test_a_surname_with_its_particle_capitalised_joins_the_full_name():
    names = Names()
    for _ in range(3):
        names.add("Rosa van Dalen", "Person", "a", "Rosa van Dalen")
        names.add("Van Dalen", "Person", "a", "Van Dalen")  # at the start of a sentence
    index = names.resolve()
    assert index.cluster_of("a", "Van Dalen") is index.cluster_of("a", "Rosa van Dalen")
    assert index.cluster_of("a", "Van Dalen").name == "Rosa van Dalen"  # named by the full name, used less


def test_a_particle_that_is_a_given_name_opens_a_full_name():
    names = Names()  # "Al Brennick spoke first. ... Brennick said": "Al" is his given name, no particle
    for _ in range(2):
        names.add("Al Brennick", "Person", "a", "Al Brennick")
    names.add("Brennick", "Person", "a", "Brennick")
    index = names.resolve()
    assert index.cluster_of("a", "Brennick") is index.cluster_of("a", "Al Brennick")
    assert index.cluster_of("a", "Brennick").name == "Al Brennick"


def test_two_names_glued_into_a_person_s_are_two():
    text = "Singer Ada Obi posted on Zipline. The next day on Zipline Obi accused her label. Ines Obi agreed."
    found = made_whole([_at(text, "Ada Obi", "Person"), _at(text, "Zipline", "Organisation"),
                        _at(text, "Zipline Obi", "Person"), _at(text, "Ines Obi", "Person")], text)
    assert _names(found) == [("Ada Obi", "Person"), ("Zipline", "Organisation"), ("Zipline", "Organisation"),
                             ("Obi", "Person"), ("Ines Obi", "Person")]
    text = "Ines Obi met Ada Obi."  # a full name whose first word is no other name of the article
    assert len(made_whole([_at(text, "Ines Obi", "Person"), _at(text, "Ada Obi", "Person")], text)) == 2


def test_two_names_glued_are_two_where_the_first_stands_after_on_elsewhere():
    text = "Ada Obi spoke on Zipline. Later on Zipline Obi accused her label."
    found = made_whole([_at(text, "Ada Obi", "Person"), _at(text, "Zipline", "Person"),
                        _at(text, "Zipline Obi", "Person")], text)
    assert [m.name for m in found] == ["Ada Obi", "Zipline", "Zipline", "Obi"]
    text = "Ada Obi met Ben Obi. Ben said they were close; Ben Obi is her brother."  # a sibling, named alone
    assert [m.name for m in made_whole([_at(text, "Ada Obi", "Person"), _at(text, "Ben Obi", "Person"),
                                        _at(text, "Ben", "Person", 1)], text)] == ["Ada Obi", "Ben Obi", "Ben"]


def test_a_claimer_glued_from_two_names_is_the_person():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer
    from kg.ingest import source_from_text
    from kg.model import Polarity, QuoteKind
    from kg.resolve import ArticleExtraction, resolve

    text = "Singer Ada Obi posted on Zipline. The next day on Zipline Obi accused her label of lying."
    at = text.index("Zipline Obi")
    claim = RawClaim(Claimer("Zipline Obi", "Zipline Obi", "Person", at, at + 11), "accused", at + 12,
                     QuoteKind.INDIRECT, Polarity.ASSERTS, at + 20, len(text) - 1, 34, len(text))
    mentions = [_at(text, "Ada Obi", "Person"), _at(text, "Zipline", "Organisation"),
                _at(text, "Zipline Obi", "Person")]
    out = resolve([ArticleExtraction(source_from_text("a.txt", text), mentions, [claim])])
    assert [c.claimer for c in out.claims] == ["Ada Obi"]


def test_a_surname_goes_to_the_person_the_article_is_about_even_named_two_ways():
    names = Names()  # "Ravi K. Mendel dies" ... "Ravi Kumar Mendel, a chemist," ... "his son Anil Mendel" ... "Mendel"
    names.add("Ravi K. Mendel", "Person", "a", "Ravi K. Mendel")
    names.add("Ravi Kumar Mendel", "Person", "a", "Ravi Kumar Mendel")
    names.add("Anil Mendel", "Person", "a", "Anil Mendel")
    for _ in range(3):
        names.add("Mendel", "Person", "a", "Mendel")
    index = names.resolve()
    assert index.cluster_of("a", "Mendel") is index.cluster_of("a", "Ravi Kumar Mendel")
    assert index.cluster_of("a", "Mendel") is not index.cluster_of("a", "Anil Mendel")
    names = Names()  # the negative: two people named once each, neither the article's subject
    for full in ("Ravi Mendel", "Anil Mendel"):
        names.add(full, "Person", "b", full)
    names.add("Mendel", "Person", "b", "Mendel")
    index = names.resolve()
    assert index.cluster_of("b", "Mendel") not in (index.cluster_of("b", "Ravi Mendel"),
                                                   index.cluster_of("b", "Anil Mendel"))


def test_a_paper_s_last_word_written_as_a_name_joins_its_one_full_name_and_never_names_it():
    names = Names()  # "the Harlow Post published ... According to the Post, ... the Post story"
    names.add("Harlow Post", "Organisation", "a", "the Harlow Post")
    for _ in range(2):
        names.add("Post", "Organisation", "a", "the Post")
    index = names.resolve()
    assert index.cluster_of("a", "Post") is index.cluster_of("a", "Harlow Post")
    assert index.cluster_of("a", "Post").name == "Harlow Post"  # the whole name, though used less
    names = Names()
    for paper in ("Harlow Post", "Tinbury Post", "Post"):  # two papers so named: not clear which
        names.add(paper, "Organisation", "b", f"the {paper}")
    index = names.resolve()
    assert index.cluster_of("b", "Post") not in (index.cluster_of("b", "Harlow Post"),
                                                 index.cluster_of("b", "Tinbury Post"))


def test_one_person_with_and_without_a_middle_name_or_initial_is_one():
    names = Names()
    for name in ("Ravi K. Mendel", "Ravi Kumar Mendel", "Ravi Mendel"):
        names.add(name, "Person", "a", name)
    index = names.resolve()
    assert index.cluster_of("a", "Ravi K. Mendel") is index.cluster_of("a", "Ravi Kumar Mendel") is \
        index.cluster_of("a", "Ravi Mendel")
    names = Names()  # two middle initials: two people, and the plain name is not clear
    for name in ("Ravi K. Mendel", "Ravi L. Mendel", "Ravi Mendel"):
        names.add(name, "Person", "b", name)
    index = names.resolve()
    assert index.cluster_of("b", "Ravi K. Mendel") is not index.cluster_of("b", "Ravi L. Mendel")


def test_a_surname_two_full_names_share_equally_goes_to_the_one_the_corpus_names_widely():
    names = Names()
    for art in "abcdef":  # the candidate, in six articles
        names.add("Ada Mendel", "Person", art, "Ada Mendel")
    names.add("Tom Mendel", "Person", "a", "Tom Mendel")  # her son, named as often in one of them
    names.add("Tom Mendel", "Person", "g", "Tom Mendel")
    names.add("Mendel", "Person", "a", "Mendel")
    index = names.resolve()
    assert index.cluster_of("a", "Mendel") is index.cluster_of("a", "Ada Mendel")
    names = Names()  # neither named widely: not clear whose
    for full in ("Ada Mendel", "Tom Mendel"):
        names.add(full, "Person", "a", full)
    names.add("Mendel", "Person", "a", "Mendel")
    index = names.resolve()
    assert index.cluster_of("a", "Mendel") not in (index.cluster_of("a", "Ada Mendel"),
                                                   index.cluster_of("a", "Tom Mendel"))


def test_a_description_whose_words_one_body_s_name_holds_joins_it():
    names = Names()  # "Harlow Fire and Rescue Service crews ... the ambulance service ... The fire service said"
    names.add("Harlow Fire and Rescue Service", "Organisation", "a", "Harlow Fire and Rescue Service")
    names.add("fire service", "Organisation", "a", "The fire service")
    names.add("ambulance service", "Organisation", "a", "the ambulance service")
    index = names.resolve()
    assert index.cluster_of("a", "fire service") is index.cluster_of("a", "Harlow Fire and Rescue Service")
    assert index.cluster_of("a", "ambulance service") is not index.cluster_of("a", "Harlow Fire and Rescue Service")


def test_a_surname_that_is_also_a_word_written_as_a_name_joins_its_one_full_name():
    names = Names()  # "Ada Supreme ran for president ... the running mate of Supreme"
    names.add("Ada Supreme", "Person", "a", "Ada Supreme")
    names.add("Supreme", "Person", "a", "Supreme")
    index = names.resolve()
    assert index.cluster_of("a", "Supreme") is index.cluster_of("a", "Ada Supreme")

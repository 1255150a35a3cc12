"""What a name says of itself decides before NER's guess: a body's head word ("... Party", "... Council"), a
given name and surname, an acronym or a brand's shape; a "Division" is a force only in a military context; "at X"
after a site is a place. Invented sentences from many domains, with negatives."""
import pytest

from kg.extract.entities import mentions
from kg.extract.typebase import given_name, surname
from kg.extract.typeclues import TypeRule, span_type
from spacy.tokens import Span


def _typed(nlp, text):
    """name -> (type, rule) of the last mention of each name in `text`."""
    return {m.name: (m.type, m.rule) for m in mentions(nlp(text))}


@pytest.mark.parametrize("text, name", [
    # an apposition whose noun is first a person ("affiliate") never makes a party a person
    ("The vote went to Harwick Ratepayers Party, the regional affiliate of a national movement.",
     "Harwick Ratepayers Party"),
    ("Officials of the Dunmore Borough Council said the bins would be collected on Friday.", "Dunmore Borough Council"),
    ("The Quorvian Chess Federation said the tournament would go ahead in spring.", "Quorvian Chess Federation"),
    ("A spokesman for the Tallis Valley Water Authority apologised for the outage.", "Tallis Valley Water Authority"),
])
def test_a_body_s_head_word_makes_a_body(nlp, text, name):
    assert _typed(nlp, text)[name] == ("Organisation", TypeRule.BODY_HEAD)


@pytest.mark.parametrize("text, name, etype", [
    # a railway's, a firm's or a civil body's division is no armed force
    ("Trains in the Eastbrook Division ran late after the signal failure, the railway said.", "Eastbrook Division",
     "Organisation"),
    ("The Peace Corps sent volunteers to teach in rural schools.", "Peace Corps", "Organisation"),
    # a number, an arm's word or a word of war makes it one
    ("The 41st Division moved its troops to the frontline on Sunday.", "41st Division", "MilitaryUnit"),
    ("Soldiers of the Harrow Airborne Division landed near the bridge.", "Harrow Airborne Division", "MilitaryUnit"),
    ("The Marine Corps said the exercise would last a week.", "Marine Corps", "MilitaryUnit"),
])
def test_a_division_is_a_force_only_in_a_military_context(nlp, text, name, etype):
    assert _typed(nlp, text)[name] == (etype, TypeRule.FORCE)


def test_a_person_named_in_full_and_the_surname_alone_stay_a_person(nlp):
    found = _typed(nlp, "Lena Marwick spoke first. Marwick wants lower taxes.")
    assert found["Lena Marwick"][0] == "Person"
    assert found["Marwick"][0] == "Person"


def test_a_surname_that_is_a_known_place_is_left_to_the_other_rules(nlp):
    found = _typed(nlp, "Elena Paris met the mayor. The talks in Paris ended late.")
    assert found["Paris"][0] == "Place"


def test_a_firm_bearing_a_founder_s_name_is_no_person_without_a_role(nlp):
    assert _typed(nlp, "Morgan Stanley analysts cut their forecast for the bank.")["Morgan Stanley"][0] == \
        "Organisation"


def test_a_name_shaped_as_a_person_s_near_a_place_word_stays_a_place(nlp):
    assert _typed(nlp, "Tourists crowded Virginia Beach over the holiday weekend.")["Virginia Beach"][0] == "Place"


def test_where_something_is_published_is_a_body(nlp):
    assert _typed(nlp, "Findings published in ZooLogia last week suggest the frogs are spreading.")["ZooLogia"] == \
        ("Organisation", TypeRule.BRAND)
    # a place the world knows stays one
    assert _typed(nlp, "Findings published in Oxford last week suggest the frogs are spreading.")["Oxford"][0] == \
        "Place"


def test_a_possessive_is_no_preposition_of_place(nlp):
    found = _typed(nlp, "Members of FIDE met in Chennai, and the ruling was welcomed in FIDE's statement.")
    assert found["FIDE"][0] == "Organisation"
    assert found["Chennai"][0] == "Place"


def test_at_after_a_site_is_a_place_but_not_after_a_verb_of_looking(nlp):
    assert _typed(nlp, "The power station at Quentarra shut down after the quake.")["Quentarra"] == \
        ("Place", TypeRule.PREPOSITION)
    assert _typed(nlp, "Fans shouted at Quentarra during the match.")["Quentarra"][1] != TypeRule.PREPOSITION


def test_census_names():
    assert given_name("Keisha") and given_name("Brock")
    assert not given_name("KEISHA")  # an acronym is no given name
    assert surname("Bottoms") and not surname("Xqzv")


def _as(nlp, text, name, label):
    """The type and rule of the words `name` in `text`, as if NER had labelled them `label`."""
    doc = nlp(text)
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    return span_type(Span(doc, span.start, span.end, label=label), name)


@pytest.mark.parametrize("text, name, label, etype, rule", [
    # a given name and surname NER took for a place or, after a role, a body
    ("The mayor, Keisha Lorimer, opened the bridge.", "Keisha Lorimer", "GPE", "Person", TypeRule.GIVEN_NAME),
    ("The fund was set up by entrepreneur Brock Tindall last year.", "Brock Tindall", "ORG", "Person",
     TypeRule.GIVEN_NAME),
    # a surname after the given name says one man, with no role too
    ("The fund was set up by Brock Tindall last year.", "Brock Tindall", "ORG", "Person", TypeRule.GIVEN_NAME),
    # two given names with no role, or a name that modifies a noun: a firm may bear its founders' names
    ("The fund was set up by Morgan Stanley last year.", "Morgan Stanley", "ORG", "Organisation", TypeRule.NER),
    ("Brock Tindall analysts cut the forecast.", "Brock Tindall", "ORG", "Organisation", TypeRule.NER),
    # no given name first: left to NER
    ("Crowds filled Harbour Quillon on Friday.", "Harbour Quillon", "GPE", "Place", TypeRule.NER),
    # an acronym or a brand's shape is no place unless the world knows it as one
    ("Delegates of QFTA voted on the rules.", "QFTA", "GPE", "Organisation", TypeRule.BRAND),
    ("Sellers left PayDart after the fee rise.", "PayDart", "GPE", "Organisation", TypeRule.BRAND),
    ("Farmers in McAllen sold their cattle.", "McAllen", "GPE", "Place", TypeRule.NER),
    # a surname of a person the article names in full
    ("Dara Okonkwo won the seat. Later Okonkwo thanked voters.", "Okonkwo", "GPE", "Person", TypeRule.SURNAME),
    ("Dara Okonkwo visited Tolosa. Later Tolosa held a parade.", "Tolosa", "GPE", "Place", TypeRule.NER),
])
def test_the_name_s_own_shape_decides_before_ner(nlp, text, name, label, etype, rule):
    assert _as(nlp, text, name, label) == (etype, rule)


def test_a_state_s_code_is_no_brand(nlp):
    assert _as(nlp, "Voters in NSW went to the polls.", "NSW", "GPE")[1] != TypeRule.BRAND


def test_what_a_person_is_of_is_a_body_or_a_place(nlp):
    found = _typed(nlp, "Guitarist Tom Vail of Quarry Lane said the tour would resume.")
    assert found["Tom Vail"][0] == "Person"
    assert _as(nlp, "Guitarist Tom Vail of Quarry Lane said the tour would resume.", "Quarry Lane", "PERSON") == \
        ("Organisation", TypeRule.MEMBER_OF)
    assert _as(nlp, "Senator Ada Obi of Ohio voted against the bill.", "Ohio", "PERSON") == \
        ("Place", TypeRule.MEMBER_OF)
    # the kin "of" a person is a person
    assert _typed(nlp, "The nephew of John Smith said nothing.")["John Smith"][0] == "Person"


def test_plain_english_words_name_no_person(nlp):
    assert _as(nlp, "Members of Civic Passion marched on Sunday.", "Civic Passion", "PERSON") == \
        ("Organisation", TypeRule.COMMON_WORDS)
    # a given name or a surname among them is a person's name
    assert _as(nlp, "Members cheered Grace Baker on Sunday.", "Grace Baker", "PERSON")[0] == "Person"


def test_a_name_in_a_list_of_people_is_a_person(nlp):
    text = "Photographers such as Ansel Adams, Chuck Close, Walker Evans and Robert Mapplethorpe used the camera."
    assert _as(nlp, text, "Walker Evans", "ORG") == ("Person", TypeRule.GIVEN_NAME)


def test_a_paper_s_name_is_a_body(nlp):
    assert _as(nlp, "Local authorities, according to Varnholt Bulletin, saw the ship.", "Varnholt Bulletin", "PERSON") == \
        ("Organisation", TypeRule.ORG_WORD)


def _with_ents(nlp, text, ents):
    """`text` parsed, with NER's names replaced by `ents` (name, label): the rules read what NER would give."""
    doc = nlp(text)
    spans = []
    for name, label in ents:
        start = text.index(name)
        s = doc.char_span(start, start + len(name))
        spans.append(Span(doc, s.start, s.end, label=label))
    doc.ents = spans
    return doc


def test_a_person_s_name_with_a_site_after_the_possessive_is_the_site(nlp):
    doc = _with_ents(nlp, "Floods hit Tolley's Bay, a farming region, on Monday.", [("Tolley", "PERSON"), ("Bay", "FAC")])
    assert [(m.name, m.type) for m in mentions(doc)] == [("Tolley's Bay", "Place")]
    # what a person owns is no part of a name: "Okafor's party", "Okafor's White House"
    doc = _with_ents(nlp, "Critics said Okafor's White House ignored the report.", [("Okafor", "PERSON"),
                                                                                    ("White House", "ORG")])
    assert ("Okafor", "Person") in [(m.name, m.type) for m in mentions(doc)]
    doc = _with_ents(nlp, "Voters backed Okafor's party in the city.", [("Okafor", "PERSON")])
    assert [(m.name, m.type) for m in mentions(doc)] == [("Okafor", "Person")]


def test_a_site_named_after_a_person_is_the_site(nlp):
    doc = _with_ents(nlp, "Doctors at the Ada Mbeki Hospital treated the wounded.", [("Ada Mbeki", "PERSON")])
    assert [(m.name, m.type) for m in mentions(doc)] == [("Ada Mbeki Hospital", "Place")]


def test_a_body_ner_also_took_for_a_place_is_a_body_unless_the_text_places_it(nlp):
    text = "Quillflix star Ada Obi died. The Quillflix show was paused."
    second = text.index("Quillflix", 5)
    doc = _with_ents(nlp, text, [("Quillflix", "ORG"), ("Ada Obi", "PERSON")])
    doc.ents = list(doc.ents) + [doc.char_span(second, second + 9, label="GPE")]
    assert {(m.name, m.type) for m in mentions(doc) if m.name == "Quillflix"} == {("Quillflix", "Organisation")}
    text = "Tolosa Mills reopened. Tolosa welcomed it, and workers in Tolosa cheered."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 6, label="ORG"), doc.char_span(23, 29, label="GPE"),
                doc.char_span(text.rindex("Tolosa"), text.rindex("Tolosa") + 6, label="GPE")]
    assert "Place" in {m.type for m in mentions(doc) if m.name == "Tolosa"}


def test_an_acronym_takes_the_type_of_its_long_form(nlp):
    text = "The Northern Rifle Corps (NRC) crossed the river. Officials designated the NRC a threat."
    doc = nlp(text)
    i = text.rindex("NRC")
    doc.ents = [doc.char_span(4, 24, label="ORG"), doc.char_span(i, i + 3, label="GPE")]
    assert {m.type for m in mentions(doc) if m.name == "NRC"} == {"MilitaryUnit"}


def test_a_site_is_a_place_unless_it_is_a_web_site(nlp):
    assert _typed(nlp, "Scientists studying the remains from this site Abri Quenot were surprised.")["Abri Quenot"][0] \
        == "Place"
    doc = _with_ents(nlp, "Readers of the news site Quillfeed saw the leak first.", [("Quillfeed", "ORG")])
    assert [(m.name, m.type) for m in mentions(doc)] == [("Quillfeed", "Organisation")]


def test_a_person_wordnet_knows_and_no_place_is_a_person(nlp):
    text = "If you put the data into Kepler's laws and Newton's laws you find the mass."
    assert _as(nlp, text, "Newton", "GPE") == ("Person", TypeRule.WORDNET)
    # a person's name that is also a city's stays a place where the text places it
    text = "Crowds gathered in Jackson on Monday. Police said all was calm."
    assert _as(nlp, text, "Jackson", "GPE") == ("Place", TypeRule.NER)


def test_a_place_s_or_a_team_s_last_word_is_no_surname(nlp):
    text = "Penguins breed at Punta Verdosa every spring. Verdosa is a breeding site."
    doc = _with_ents(nlp, text, [("Punta Verdosa", "PERSON")])
    i = text.rindex("Verdosa")
    doc.ents = list(doc.ents) + [doc.char_span(i, i + 7, label="GPE")]
    assert ("Verdosa", "Person") not in {(m.name, m.type) for m in mentions(doc)}


def test_a_name_opening_with_a_verb_is_a_slogan(nlp):
    text = "This is my plan. Make Quarrytown the first city to plant a million trees."
    assert _as(nlp, text, "Make Quarrytown", "PERSON") == (None, TypeRule.SLOGAN)
    assert _as(nlp, "Later Grant Obi spoke to the crowd.", "Grant Obi", "PERSON")[0] == "Person"


def test_a_name_the_article_gives_a_subdivision_s_word_is_that_place(nlp):
    text = "She represented Qaran Province for years. She served the honest people of Qaran with pride."
    i = text.rindex("Qaran")
    doc = _with_ents(nlp, text, [("Qaran Province", "GPE")])
    doc.ents = list(doc.ents) + [doc.char_span(i, i + 5, label="PERSON")]
    assert ("Qaran", "Place") in {(m.name, m.type) for m in mentions(doc)}
    # no subdivision: NER's person stays
    text = "She met the honest people of Qaran with pride. Qaran thanked her."
    assert _as(nlp, text, "Qaran", "PERSON")[1] != TypeRule.PLACE_ELSEWHERE
    text = "Senator Ada Harlan visited Harlan County. Later Harlan said the vote was close."
    i = text.rindex("Harlan")
    doc = _with_ents(nlp, text, [("Ada Harlan", "PERSON"), ("Harlan County", "GPE")])
    doc.ents = list(doc.ents) + [doc.char_span(i, i + 6, label="PERSON")]
    assert ("Harlan", "Person") in {(m.name, m.type) for m in mentions(doc)}


def test_a_body_s_name_cut_here_and_whole_elsewhere_is_whole(nlp):
    text = "Ada Obi of Harbour Fire and Rescue spoke first. Later Harbour Fire and Rescue asked for help."
    i = text.rindex("Harbour Fire")
    doc = _with_ents(nlp, text, [("Ada Obi", "PERSON"), ("Harbour Fire and Rescue", "ORG")])
    doc.ents = list(doc.ents) + [doc.char_span(i, i + 12, label="PERSON")]
    assert [m.name for m in mentions(doc) if "Harbour" in m.name] == ["Harbour Fire and Rescue"] * 2


def test_a_country_ner_took_for_a_person_is_a_place_unless_people_bear_its_name(nlp):
    text = "The same day Lesotho confirmed its first cases, the ministry said."
    doc = _with_ents(nlp, text, [("Lesotho", "PERSON")])
    assert ("Lesotho", "Place") in {(m.name, m.type) for m in mentions(doc)}
    text = "Chad confirmed that he would stand for the board again."  # "Chad" is also a given name
    doc = _with_ents(nlp, text, [("Chad", "PERSON")])
    assert ("Chad", "Place") not in {(m.name, m.type) for m in mentions(doc)}


def test_what_a_person_has_after_a_possessive_is_no_part_of_the_name(nlp):
    text = "What will change under Ada Okoro's Mayorship, the reporter asked."
    doc = _with_ents(nlp, text, [("Ada Okoro's Mayorship", "PERSON")])
    assert [(m.name, m.type) for m in mentions(doc)] == [("Ada Okoro", "Person")]
    text = "Boats sheltered in Tolley's Bay during the storm."  # a place's name with a possessive stays whole
    doc = _with_ents(nlp, text, [("Tolley's Bay", "PERSON")])
    assert [m.name for m in mentions(doc)] == ["Tolley's Bay"]


def test_a_name_listed_with_others_of_one_kind_is_of_their_kind(nlp):
    text = "Newsweek, Politico, The Harlow Courier and Quillmark published stories on the ruling."
    doc = _with_ents(nlp, text, [("Newsweek", "ORG"), ("Politico", "ORG"), ("The Harlow Courier", "ORG"),
                                 ("Quillmark", "PERSON")])
    assert ("Quillmark", "Organisation") in {(m.name, m.type) for m in mentions(doc)}
    text = "Politico and Quillmark published stories on the ruling."  # one other: no kind to go by
    doc = _with_ents(nlp, text, [("Politico", "ORG"), ("Quillmark", "PERSON")])
    assert ("Quillmark", "Person") in {(m.name, m.type) for m in mentions(doc)}


def test_a_list_that_ner_typed_mostly_one_way_types_its_odd_one(nlp):
    text = "After the speech, Newsweek, Politico, The Harlow Courier, Quillmark and TMZ carried the story."
    doc = _with_ents(nlp, text, [("Newsweek", "ORG"), ("Politico", "PERSON"), ("The Harlow Courier", "ORG"),
                                 ("Quillmark", "PERSON"), ("TMZ", "ORG")])
    assert {m.name: m.type for m in mentions(doc)}["Quillmark"] == "Organisation"
    text = ("After a long review of the bids, the fund sent grants to the Harlow Trust, the Tinbury Trust, Alabama "
            "and the Quarry Trust last year.")
    doc = _with_ents(nlp, text, [("Alabama", "GPE"), ("Harlow Trust", "ORG"), ("Tinbury Trust", "ORG"),
                                 ("Quarry Trust", "ORG")])
    assert {m.name: m.type for m in mentions(doc)}["Alabama"] == "Place"  # a known place stays one


def test_a_plural_noun_before_a_list_of_names_says_what_they_are(nlp):
    text = "On Sunday, Australian store chains Quillmart and Harlow Foods lowered their purchase limits."
    doc = _with_ents(nlp, text, [("Quillmart", "PERSON"), ("Harlow Foods", "PERSON")])
    assert {m.name: m.type for m in mentions(doc)} == {"Quillmart": "Organisation", "Harlow Foods": "Organisation"}
    text = "Scientists reported a surge in algae after the eruption of the Tavuro volcano last year."
    doc = _with_ents(nlp, text, [("Tavuro", "PERSON")])
    assert {m.name: m.type for m in mentions(doc)} == {"Tavuro": "Place"}
    text = "Scientists reported a surge in algae after the Tavuro report last year."  # a report is no landform
    doc = _with_ents(nlp, text, [("Tavuro", "PERSON")])
    assert {m.name: m.type for m in mentions(doc)}.get("Tavuro") != "Place"


def test_a_venue_named_for_a_sponsor_is_a_place(nlp):
    text = "The player was not present at Quillco Energy Arena in Harlow, where the teams were to play."
    doc = _with_ents(nlp, text, [("Quillco Energy Arena", "ORG"), ("Harlow", "GPE")])
    assert {m.name: m.type for m in mentions(doc)}["Quillco Energy Arena"] == "Place"
    text = "The player joined Quillco Energy in Harlow, where the teams were to play."  # the firm itself
    doc = _with_ents(nlp, text, [("Quillco Energy", "ORG"), ("Harlow", "GPE")])
    assert {m.name: m.type for m in mentions(doc)}["Quillco Energy"] == "Organisation"


def test_an_office_with_no_holder_is_no_entity(nlp):
    text = "She met him in 2014 while she was running for Sheriff of Harlow County as an independent."
    doc = _with_ents(nlp, text, [("Sheriff of Harlow County", "ORG")])
    assert "Sheriff of Harlow County" not in {m.name for m in mentions(doc)}
    text = "The prize of the Lieutenant Governor of Norvale went to a student from Quarry Bay."
    doc = _with_ents(nlp, text, [("Lieutenant Governor of Norvale", "ORG"), ("Quarry Bay", "GPE")])
    assert "Lieutenant Governor of Norvale" not in {m.name for m in mentions(doc)}
    text = "She joined the Bank of Harlow and later the Council of Norvale."  # bodies "of" a place stay
    doc = _with_ents(nlp, text, [("Bank of Harlow", "ORG"), ("Council of Norvale", "ORG")])
    assert {m.name for m in mentions(doc)} == {"Bank of Harlow", "Council of Norvale"}


def test_a_person_s_full_name_listed_with_bodies_stays_a_person(nlp):
    text = "After the speech, Newsweek, Politico and Alexander Vell carried the story on their front pages."
    doc = _with_ents(nlp, text, [("Newsweek", "ORG"), ("Politico", "ORG"), ("Alexander Vell", "PERSON")])
    assert {m.name: m.type for m in mentions(doc)}.get("Alexander Vell") == "Person"


def test_a_person_s_name_run_on_through_of_into_a_body_is_the_person(nlp):
    text = "The debate was criticised by Eli Vance of Open the Gates, a group that wants more candidates."
    doc = _with_ents(nlp, text, [("Eli Vance of Open the Gates", "PERSON")])
    assert [(m.name, m.type) for m in mentions(doc)] == [("Eli Vance", "Person")]
    text = "Crowds cheered for the Duke of Harlow at the fair."  # a title's "of" with no given name stays whole
    doc = _with_ents(nlp, text, [("Duke of Harlow", "PERSON")])
    assert [m.name for m in mentions(doc)] != ["Duke"]


def test_a_plural_noun_in_a_minister_s_portfolio_is_no_person(nlp):
    text = "On Saturday, Norlandic Road Transport and Bridges Minister Ada Obi said buses would stop."
    doc = _with_ents(nlp, text, [("Bridges", "PERSON"), ("Ada Obi", "PERSON")])
    assert [m.name for m in mentions(doc)] == ["Ada Obi"]
    text = "On Saturday, Bridges said the minister would stop the buses."  # a surname stays a person's
    doc = _with_ents(nlp, text, [("Bridges", "PERSON")])
    assert ("Bridges", "Person") in {(m.name, m.type) for m in mentions(doc)}


def test_a_given_name_ner_left_out_before_a_surname_is_part_of_the_name(nlp):
    text = "Council spokesperson Barend Vellekoop, when asked about the inquiry, declined to comment."
    i = text.index("Vellekoop")
    doc = _with_ents(nlp, text, [])
    doc.ents = [doc.char_span(i, i + 9, label="PERSON")]
    assert [m.name for m in mentions(doc)] == ["Barend Vellekoop"]
    text = "The council thanked Vellekoop, when asked about the inquiry."  # no capitalised word before it
    i = text.index("Vellekoop")
    doc = _with_ents(nlp, text, [])
    doc.ents = [doc.char_span(i, i + 9, label="PERSON")]
    assert [m.name for m in mentions(doc)] == ["Vellekoop"]

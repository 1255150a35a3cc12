"""Entities merged across articles: spelling variants, lone surnames, majority types."""
from kg.ingest import source_from_text
from kg.namekeys import spelling_close, surname_key
from kg.resolve import ArticleExtraction, resolve
from kg.extract.entities import Mention


def test_transliteration_variants_share_a_key():
    assert surname_key("Volodymyr Zelenskiy") == surname_key("Zelensky")
    assert surname_key("Oleksandr Syrskyi") == surname_key("Syrsky")
    assert surname_key("Putin") == surname_key("Patton")  # a blocking key only: spelling_close decides
    assert spelling_close("Yanukovych", "Yanukovich") and not spelling_close("Putin", "Patton")


def _extraction(doc, mentions):
    return ArticleExtraction(source_from_text(doc, "x " * 50), mentions, [])


def test_variants_merge_into_one_entity_and_majority_decides_the_type():
    a = _extraction("a.txt", [Mention(0, 5, "Jan Kowalski", "Jan Kowalski", "Person"),
                              Mention(6, 9, "Belgorod", "Belgorod", "Place")])
    b = _extraction("b.txt", [Mention(0, 5, "Kowalskiy", "Kowalskiy", "Person"),
                              Mention(6, 9, "Belgorod", "Belgorod", "Place"),
                              Mention(10, 14, "Belgorod", "Belgorod", "Person")])
    entities = resolve([a, b]).entities
    by_name = {e.name: e for e in entities}
    assert "Kowalskiy" not in by_name and "Kowalskiy" in by_name["Jan Kowalski"].aliases
    assert by_name["Jan Kowalski"].articles == sorted([a.source.article.id, b.source.article.id])
    assert by_name["Belgorod"].type == "Place"


def test_people_sharing_a_surname_stay_apart():
    a = _extraction("a.txt", [Mention(0, 5, "Bill Clinton", "Bill Clinton", "Person"),
                              Mention(6, 9, "Hillary Clinton", "Hillary Clinton", "Person")])
    entities = resolve([a]).entities
    assert {"Bill Clinton", "Hillary Clinton"} <= {e.name for e in entities}


def test_a_place_that_acts_stays_a_place():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    def claim(name):
        return RawClaim(Claimer(name, name, "Organisation", 0, len(name)), "voted", 0, "indirect", "asserts", 10, 20, 0, 30)

    a = ArticleExtraction(source_from_text("a.txt", "x " * 50), [Mention(0, 7, "Sicily", "Sicily", "Place")],
                          [claim("Sicily")])
    b = ArticleExtraction(source_from_text("b.txt", "x " * 50), [], [claim("Nordbank"), claim("Varna Oblast")])
    by_name = {e.name: e for e in resolve([a, b]).entities}
    assert by_name["Sicily"].type == "Place"
    assert by_name["Varna Oblast"].type == "Place"  # a subdivision's name says it is a place, named so or not
    assert by_name["Nordbank"].type == "Organisation"  # a body never named as a place keeps the type it spoke with


def test_a_body_of_a_country_is_never_folded_into_the_country():
    from kg.resolve import claimer_name

    assert claimer_name("Norway", "Norway's health ministry") == "Norway's health ministry"
    assert claimer_name("Chile", "Chile's presidential administration") == "Chile's presidential administration"
    assert claimer_name("Ukraine", "Ukraine") == "Ukraine"
    assert claimer_name("Ukraine", "Ukraine's military") == "Ukraine"  # its forces: the force rule decides
    assert claimer_name("Jane Doe", "Jane Doe's lawyer") == "Jane Doe"  # only a country's bodies
    assert claimer_name("Kerala", "the Kerala government") == "Kerala government"
    assert claimer_name("Kerala", "Kerala") == "Kerala"


def test_a_document_speaks_for_its_owner_and_makes_no_body_of_its_own():
    from kg.resolve import claimer_name

    assert claimer_name("Quillby Research", "A Quillby Research poll") == "Quillby Research"
    assert claimer_name("Norway", "Norway's health ministry report") == "Norway's health ministry"  # its owner
    assert claimer_name("Chile", "a Chilean statement") == "Chile"
    assert claimer_name("Harlow", "the Harlow city council") == "Harlow city council"  # a body stays one


def test_a_country_named_by_its_demonym_body_or_a_body_named_after_it_is_not_the_country():
    from kg.resolve import claimer_name

    assert claimer_name("Norway", "the Norwegian government") == "Norwegian government"
    assert claimer_name("Norway", "the Norwegian army") == "Norway"  # its forces: the force rule decides


def test_every_entity_and_mention_record_carries_its_rule_and_names_inside_names_are_mentions():
    text = "Ada Lovelace founded the Ada Lovelace Institute. She said it would grow."
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(0, 12, "Ada Lovelace", "Ada Lovelace", "Person", None, "ner"),
        Mention(25, 47, "Ada Lovelace Institute", "Ada Lovelace Institute", "Organisation", None, "head noun")], [])
    res = resolve([a])
    assert all(e.rule.startswith("type: ") and "; name: " in e.rule for e in res.entities)
    spans = {(m.start, m.end): (m.entity_id, m.kind) for m in res.mentions}
    assert spans[(25, 37)] == ("person-ada-lovelace", "name")  # the person inside the institute's name
    assert spans[(49, 52)] == ("person-ada-lovelace", "pronoun")  # "She": the one person of the paragraph


def test_no_affiliation_to_a_country_named_only_inside_a_state():
    from kg.resolve import _affiliation

    assert _affiliation("Jersey", "New Jersey Governor Ada Obi") is None
    assert _affiliation("Jersey", "Jersey's chief minister") == "Jersey"
    assert _affiliation("Mexico", "Mexico's foreign minister") == "Mexico"


def test_described_claimers_are_typed_by_the_number_of_their_head():
    from kg.extract.coref import Claimer
    from kg.resolve import _claimer_type

    def typed(mention, etype="Person"):
        return _claimer_type(Claimer(mention, mention, etype, 0, len(mention)))

    assert typed("every candidate") == "Group"
    assert typed("the majority of legal experts") == "Group"
    assert typed("the family") == "Group"
    assert typed("the Iranian Government", "Group") == "Organisation"
    assert typed("the treasurer") == "Person"  # one person
    assert typed("Jane Roe") == "Person"  # a name keeps its type


def test_a_capital_government_is_the_country_s_body():
    from kg.resolve import claimer_name

    assert claimer_name("Norway", "the Oslo government") == "Oslo government"


def test_a_capitalised_body_of_a_country_and_a_country_acronym_stay_apart_from_what_they_resemble():
    from kg.resolve import claimer_name

    assert claimer_name("Chile", "the Chilean Interior Ministry") == "Chilean Interior Ministry"
    assert claimer_name("Chile", "the Chilean Navy") == "Chile"  # its forces: the force rule decides
    text = "Scientists at the University of Sheffield and in the US agreed."
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(18, 41, "University of Sheffield", "University of Sheffield", "Organisation"),
        Mention(53, 55, "US", "US", "Place")], [])
    by_span = {(m.start, m.end): m.entity_id for m in resolve([a]).mentions}
    assert by_span[(18, 41)] != by_span[(53, 55)]  # "US" is no acronym of "University of Sheffield"


def test_a_name_the_recogniser_missed_again_is_a_mention_of_its_entity():
    text = ("Rosa Quint opened the show. Critics praised Rosa Quint and the Rosa Quint Trust. "
            "Quint said little.\n\nQuint Street was closed.")
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(0, 10, "Rosa Quint", "Rosa Quint", "Person"), Mention(81, 86, "Quint", "Rosa Quint", "Person")], [])
    spans = {(m.start, m.end): m.entity_id for m in resolve([a]).mentions}
    for at in (text.index("Rosa Quint", 5), text.index("Rosa Quint", 50)):
        assert spans[(at, at + 10)] == "person-rosa-quint"
    assert (text.index("Quint Street"), text.index("Quint Street") + 5) not in spans  # a line's first word: no
    text = "Quint spoke first. Then the Quint Street choir sang, and Quint left."
    a = ArticleExtraction(source_from_text("a.txt", text), [Mention(0, 5, "Quint", "Quint", "Person")], [])
    spans = {(m.start, m.end) for m in resolve([a]).mentions}
    assert (text.rindex("Quint"), text.rindex("Quint") + 5) in spans and \
        (text.index("Quint Street"), text.index("Quint Street") + 5) not in spans  # inside a longer name: no


def test_a_name_found_again_over_a_shorter_mention_is_the_longer_name():
    text = "Parks Norway opened a trail. Parks Norway spokeswoman Ida Berg said it was busy in Norway."
    second = text.index("Parks Norway", 5)
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(0, 12, "Parks Norway", "Parks Norway", "Organisation"),
        Mention(second + 6, second + 12, "Norway", "Norway", "Place"),
        Mention(text.rindex("Norway"), len(text) - 1, "Norway", "Norway", "Place")], [])
    spans = {(m.start, m.end): m.entity_id for m in resolve([a]).mentions}
    assert spans[(second, second + 12)] == spans[(0, 12)] != spans[(text.rindex("Norway"), len(text) - 1)]


def test_a_country_name_ending_a_name_the_recogniser_missed_is_no_mention_of_the_country():
    text = "Shares of the retailer Brightwell Canada fell. Meanwhile Canada cut rates, and in Canada prices rose."
    first, second, third = (text.index("Canada"), text.index("Canada", 50), text.rindex("Canada"))
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(at, at + 6, "Canada", "Canada", "Place") for at in (first, second, third)], [])
    spans = {m.start for m in resolve([a]).mentions}
    assert first not in spans and {second, third} <= spans  # "Brightwell Canada" is no mention of Canada


def test_i_and_we_in_a_quotation_go_to_its_speaker_and_the_body_named_beside_the_speaker():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer
    from kg.model import EntityType, MentionKind, Polarity, QuoteKind

    text = 'Ada Obi, the Brightwell Mills spokeswoman, said: "I know our staff, and we will not close."'
    who = Claimer("Ada Obi", "Ada Obi", EntityType.PERSON, 0, 7)
    q = text.index('"') + 1
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(0, 7, "Ada Obi", "Ada Obi", EntityType.PERSON),
        Mention(13, 29, "Brightwell Mills", "Brightwell Mills", EntityType.ORGANISATION)],
        [RawClaim(who, "said", 43, QuoteKind.DIRECT, Polarity.ASSERTS, q, len(text) - 2, 0, len(text))])
    spans = {text[m.start:m.end]: m.entity_id for m in resolve([a]).mentions if m.kind == MentionKind.PRONOUN}
    assert spans == {"I": "person-ada-obi", "our": "organisation-brightwell-mills",
                     "we": "organisation-brightwell-mills"}
    text = "Brightwell Strikes Canada with Tariffs on Steel\n\nOttawa replied."
    a = ArticleExtraction(source_from_text("a.txt", text), [Mention(19, 25, "Canada", "Canada", "Place")], [])
    assert 19 in {m.start for m in resolve([a]).mentions}  # a headline capitalises every word


def test_an_entitys_mention_count_and_articles_are_its_mention_records():
    """A user counts an entity's mentions and checks each one in mentions.jsonl: the two must agree, however many
    times a speaker's name weighs in the name index, and an article where it is only mentioned inside a longer name
    still lists it."""
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    one = "Rosa Quint said the bridge would open in May. Critics praised Rosa Quint. She thanked them."
    two = "The Rosa Quint Trust funds the library."
    a = ArticleExtraction(source_from_text("a.txt", one), [
        Mention(0, 10, "Rosa Quint", "Rosa Quint", "Person"),
        Mention(one.rindex("Rosa Quint"), one.rindex("Rosa Quint") + 10, "Rosa Quint", "Rosa Quint", "Person")],
        [RawClaim(Claimer("Rosa Quint", "Rosa Quint", "Person", 0, 10), "said", 11, "indirect", "asserts", 16, 44,
                  0, 45)])
    b = ArticleExtraction(source_from_text("b.txt", two), [
        Mention(4, 20, "Rosa Quint Trust", "Rosa Quint Trust", "Organisation")], [])
    res = resolve([a, b])
    quint = next(e for e in res.entities if e.name == "Rosa Quint")
    rows = [m for m in res.mentions if m.entity_id == quint.id]
    assert quint.mentions == len(rows) >= 2
    assert quint.articles == sorted({m.article for m in rows} | {a.source.article.id})
    assert all(e.mentions == sum(m.entity_id == e.id for m in res.mentions) for e in res.entities)


def test_a_document_that_speaks_for_its_owner_is_no_mention_of_the_owner():
    """"Figures from the Halvard Institute show ...": the institute speaks, and its name is its mention, but the
    words "Figures from the Halvard Institute" are a document, not the institute; "The institute said" is one."""
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    text = "Figures from the Halvard Institute show that rents rose. The institute said prices would fall."
    name = text.index("Halvard Institute")
    desc = text.index("The institute")
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(name, name + 17, "Halvard Institute", "Halvard Institute", "Organisation")],
        [RawClaim(Claimer("Halvard Institute", "Figures from the Halvard Institute", "Organisation", 0, name + 17),
                  "show", 35, "indirect", "asserts", 40, 54, 0, 55),
         RawClaim(Claimer("Halvard Institute", "The institute", "Organisation", desc, desc + 13), "said", desc + 14,
                  "indirect", "asserts", desc + 19, len(text) - 1, desc, len(text))])
    spans = {(m.start, m.end): (m.entity_id, m.kind) for m in resolve([a]).mentions}
    assert spans[(name, name + 17)] == ("organisation-halvard-institute", "name")
    assert (0, name + 17) not in spans  # the document's words
    assert spans[(desc, desc + 13)] == ("organisation-halvard-institute", "description")


def test_a_country_is_mentioned_by_its_own_name_never_by_its_government_or_a_longer_name():
    """"The government of Norway" is a body of its own and "Norway state" or "Norway District judge" name
    something else: the mention of the country is its own name inside them; a city is no mention of it."""
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    text = ("Norway froze the fund. The government of Norway said the fund was safe. "
            "A Norway District judge ruled on Monday. Trondheim is a city in Norway.")
    gov = text.index("The government")
    judge = text.index("Norway District")
    city = text.index("Trondheim")
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(0, 6, "Norway", "Norway", "Place"),
        Mention(judge, judge + 15, "Norway District", "Norway District", "Place"),
        Mention(city, city + 9, "Norway", "Trondheim", "Place"),
        Mention(len(text) - 7, len(text) - 1, "Norway", "Norway", "Place")],
        [RawClaim(Claimer("Norway", "The government of Norway", "Place", gov, gov + 24), "said", gov + 25,
                  "indirect", "asserts", gov + 30, gov + 48, gov, gov + 49)])
    res = resolve([a])
    norway = next(e.id for e in res.entities if e.name == "Norway")
    spans = sorted(text[m.start:m.end] for m in res.mentions if m.entity_id == norway)
    assert spans == ["Norway"] * 4, spans  # the first, in the government, in the judge's court, the last


def test_a_place_or_body_named_elsewhere_opening_a_longer_name_is_a_mention_of_it_but_never_in_a_persons_name():
    """"[Leeds] Star" and "the [Leeds] Ramblers" hold a mention of the city named in another article (a name
    inside a longer name is a mention of its own thing); "Leeds Hartley", a person's name, holds none."""
    one = "Leeds voted on Monday. Leeds is a city."
    two = "The Leeds Star said the Leeds Ramblers won, and Leeds Hartley scored twice."
    a = ArticleExtraction(source_from_text("a.txt", one), [Mention(0, 5, "Leeds", "Leeds", "Place"),
                                                             Mention(23, 28, "Leeds", "Leeds", "Place")], [])
    b = ArticleExtraction(source_from_text("b.txt", two), [
        Mention(two.index("Leeds Hartley"), two.index("Leeds Hartley") + 13, "Leeds Hartley", "Leeds Hartley",
                "Person")], [])
    res = resolve([a, b])
    leeds = next(e.id for e in res.entities if e.name == "Leeds")
    art = next(m.article for m in res.mentions if m.text == "Leeds Hartley")
    found = sorted(m.start for m in res.mentions if m.article == art and m.entity_id == leeds)
    assert found == [4, two.index("Leeds Ramblers")], found


def test_a_common_word_named_in_the_article_is_no_mention_inside_a_longer_name():
    """"Court" is a word before it is a name: "Court Packing" holds no mention of the body the article calls "the
    Court"; "Halvard" in "the Halvard Street Band" is one of the body it calls "Halvard"."""
    from kg.mentions import _repeated_names
    from kg.model import Mention as MentionRecord, MentionKind

    text = "The Court met. Halvard paid. Critics of Court Packing spoke to the Halvard Street Band."
    out = {("a", s, s + len(w)): MentionRecord(entity_id=eid, article="a", start=s, end=s + len(w), text=w,
                                               kind=MentionKind.NAME)
           for w, s, eid in (("Court", 4, "o1"), ("Halvard", 15, "o2"))}
    _repeated_names("a", text, out, {"o1", "o2"}, nestable={"o1", "o2"})
    assert {(s, r.entity_id) for (_, s, _), r in out.items()} == {(4, "o1"), (15, "o2"),
                                                                  (text.index("Halvard Street"), "o2")}


def test_an_unnamed_source_opening_a_sentence_is_no_rival_for_the_party():
    """"Fifty local officials said ..." is written with a capital only because it opens its sentence: "the party"
    after it is still the one party named before."""
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer
    from kg.model import MentionKind

    text = "The Harbour Party lost in May. Fifty local officials said the vote was fair. The party will appeal."
    src = text.index("Fifty")
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(4, 17, "Harbour Party", "Harbour Party", "Organisation")],
        [RawClaim(Claimer("local officials", "Fifty local officials", "Group", src, src + 21, anonymous=True), "said",
                  src + 22, "indirect", "asserts", src + 27, src + 45, src, src + 46)])
    res = resolve([a])
    party = next(e.id for e in res.entities if e.name == "Harbour Party")
    found = {(m.start, m.entity_id) for m in res.mentions if m.kind == MentionKind.DESCRIPTION}
    assert (text.index("The party"), party) in found, found


def test_a_country_named_only_inside_a_longer_name_is_no_antecedent_for_the_nation():
    """"the Norway Cup" names Norway only as a piece of a longer name: "the nation" after it is still Sweden."""
    from kg.model import MentionKind

    text = "Sweden cut taxes. Its team won the Norway Cup. Critics said the nation would regret it."
    cup = text.index("Norway")
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(0, 6, "Sweden", "Sweden", "Place"), Mention(cup, cup + 6, "Norway", "Norway", "Place")], [])
    res = resolve([a])
    sweden = next(e.id for e in res.entities if e.name == "Sweden")
    found = {(m.start, m.entity_id) for m in res.mentions if m.kind == MentionKind.DESCRIPTION}
    assert (text.index("the nation"), sweden) in found, found



def test_a_name_s_common_head_is_no_mention_of_another_body_with_that_name():
    """"the Chess Club" named alone, then "Harlow Chess Club" and "Tinbury Chess Club": the two clubs hold no
    mention of the first; "Leeds" in "University of Leeds" is still a mention of Leeds."""
    text = "Leeds is far. I thank the Chess Club. I left Harlow Chess Club for Tinbury Chess Club at the University of Leeds."
    at = {w: text.index(w) for w in ("Chess Club", "Harlow Chess Club", "Tinbury Chess Club", "University of Leeds")}
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(at[w], at[w] + len(w), w, w, "Organisation") for w in at] + [
        Mention(0, 5, "Leeds", "Leeds", "Place")], [])
    res = resolve([a])
    club = next(e.id for e in res.entities if e.name == "Chess Club")
    assert sorted(m.start for m in res.mentions if m.entity_id == club) == [at["Chess Club"]]
    leeds = next(e.id for e in res.entities if e.name == "Leeds")
    assert len([m for m in res.mentions if m.entity_id == leeds]) == 2


def test_a_candidate_s_campaign_speaks_for_the_candidate_the_article_names():
    from kg.extract.claims import RawClaim
    from kg.extract.coref import Claimer

    text = "Ada Obi spoke in Harlow. The Obi campaign said it raised funds. The Vell campaign said so too."
    obi, vell = text.index("The Obi campaign"), text.index("The Vell campaign")

    def claim(name, at):
        return RawClaim(Claimer(name, text[at:at + len(name) + 4], "Organisation", at, at + len(name) + 4), "said",
                        at + len(name) + 5, "indirect", "asserts", at + len(name) + 10, at + len(name) + 20, at,
                        at + len(name) + 21)

    a = ArticleExtraction(source_from_text("a.txt", text), [Mention(0, 7, "Ada Obi", "Ada Obi", "Person")],
                          [claim("Obi campaign", obi), claim("Vell campaign", vell)])
    res = resolve([a])
    assert sorted(c.claimer for c in res.claims) == ["Ada Obi", "Vell campaign"]  # no Vell named: its own body


def test_a_compass_word_sharing_a_country_s_name_is_a_mention_of_that_country():
    text = "Talks between North and South Korea resumed on Monday."
    a = ArticleExtraction(source_from_text("a.txt", text), [
        Mention(14, 19, "North", "North Korea", "Place"), Mention(24, 35, "South Korea", "South Korea", "Place")], [])
    res = resolve([a])
    north = next(e.id for e in res.entities if e.name == "North Korea")
    assert [text[m.start:m.end] for m in res.mentions if m.entity_id == north] == ["North"]

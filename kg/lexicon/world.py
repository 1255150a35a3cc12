"""General world knowledge for news: countries, demonyms, capitals and seats of power, titles.

Capitals and seats of power are the metonyms news copy uses for governments ("Moscow said",
"the White House said"); demonyms give collective sources their affiliation ("Russian officials").
"""
from __future__ import annotations

from functools import lru_cache

__all__ = [
    "COUNTRIES",
    "DEMONYMS",
    "METONYMS",
    "PLACE_WORDS",
    "TITLES",
    "country_named",
    "country_of",
]

# country -> (demonyms and adjectives, capital and other metonym cities)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Afghanistan": (("Afghan",), ("Kabul",)),
    "Albania": (("Albanian",), ("Tirana",)),
    "Algeria": (("Algerian",), ("Algiers",)),
    "Argentina": (("Argentine", "Argentinian"), ("Buenos Aires",)),
    "Armenia": (("Armenian",), ("Yerevan",)),
    "Australia": (("Australian",), ("Canberra",)),
    "Austria": (("Austrian",), ("Vienna",)),
    "Azerbaijan": (("Azerbaijani", "Azeri"), ("Baku",)),
    "Bahrain": (("Bahraini",), ("Manama",)),
    "Bangladesh": (("Bangladeshi",), ("Dhaka",)),
    "Belarus": (("Belarusian", "Belarussian"), ("Minsk",)),
    "Belgium": (("Belgian",), ("Brussels",)),
    "Bolivia": (("Bolivian",), ("La Paz",)),
    "Bosnia": (("Bosnian",), ("Sarajevo",)),
    "Brazil": (("Brazilian",), ("Brasilia",)),
    "Bulgaria": (("Bulgarian",), ("Sofia",)),
    "Cambodia": (("Cambodian",), ("Phnom Penh",)),
    "Canada": (("Canadian",), ("Ottawa",)),
    "Chile": (("Chilean",), ("Santiago",)),
    "China": (("Chinese",), ("Beijing",)),
    "Colombia": (("Colombian",), ("Bogota",)),
    "Croatia": (("Croatian", "Croat"), ("Zagreb",)),
    "Cuba": (("Cuban",), ("Havana",)),
    "Cyprus": (("Cypriot",), ("Nicosia",)),
    "Czech Republic": (("Czech",), ("Prague",)),
    "Denmark": (("Danish",), ("Copenhagen",)),
    "Egypt": (("Egyptian",), ("Cairo",)),
    "Estonia": (("Estonian",), ("Tallinn",)),
    "Ethiopia": (("Ethiopian",), ("Addis Ababa",)),
    "Finland": (("Finnish",), ("Helsinki",)),
    "France": (("French",), ("Paris", "Elysee", "Élysée")),
    "Georgia": (("Georgian",), ("Tbilisi",)),
    "Germany": (("German",), ("Berlin",)),
    "Greece": (("Greek",), ("Athens",)),
    "Hungary": (("Hungarian",), ("Budapest",)),
    "India": (("Indian",), ("New Delhi", "Delhi")),
    "Indonesia": (("Indonesian",), ("Jakarta",)),
    "Iran": (("Iranian",), ("Tehran",)),
    "Iraq": (("Iraqi",), ("Baghdad",)),
    "Ireland": (("Irish",), ("Dublin",)),
    "Israel": (("Israeli",), ("Jerusalem",)),
    "Italy": (("Italian",), ("Rome",)),
    "Japan": (("Japanese",), ("Tokyo",)),
    "Jordan": (("Jordanian",), ("Amman",)),
    "Kazakhstan": (("Kazakh",), ("Astana",)),
    "Kenya": (("Kenyan",), ("Nairobi",)),
    "Kuwait": (("Kuwaiti",), ("Kuwait City",)),
    "Latvia": (("Latvian",), ("Riga",)),
    "Lebanon": (("Lebanese",), ("Beirut",)),
    "Libya": (("Libyan",), ("Tripoli",)),
    "Lithuania": (("Lithuanian",), ("Vilnius",)),
    "Malaysia": (("Malaysian",), ("Kuala Lumpur",)),
    "Mexico": (("Mexican",), ("Mexico City",)),
    "Moldova": (("Moldovan",), ("Chisinau",)),
    "Morocco": (("Moroccan",), ("Rabat",)),
    "Myanmar": (("Myanmar", "Burmese"), ("Naypyitaw",)),
    "Netherlands": (("Dutch",), ("Amsterdam", "The Hague")),
    "New Zealand": (("New Zealand",), ("Wellington",)),
    "Nigeria": (("Nigerian",), ("Abuja",)),
    "North Korea": (("North Korean",), ("Pyongyang",)),
    "Norway": (("Norwegian",), ("Oslo",)),
    "Oman": (("Omani",), ("Muscat",)),
    "Pakistan": (("Pakistani",), ("Islamabad",)),
    "Palestine": (("Palestinian",), ("Ramallah",)),
    "Peru": (("Peruvian",), ("Lima",)),
    "Philippines": (("Philippine", "Filipino"), ("Manila",)),
    "Poland": (("Polish",), ("Warsaw",)),
    "Portugal": (("Portuguese",), ("Lisbon",)),
    "Qatar": (("Qatari",), ("Doha",)),
    "Romania": (("Romanian",), ("Bucharest",)),
    "Russia": (("Russian",), ("Moscow", "Kremlin")),
    "Saudi Arabia": (("Saudi",), ("Riyadh",)),
    "Serbia": (("Serbian", "Serb"), ("Belgrade",)),
    "Singapore": (("Singaporean",), ()),
    "Slovakia": (("Slovak",), ("Bratislava",)),
    "Slovenia": (("Slovenian", "Slovene"), ("Ljubljana",)),
    "Somalia": (("Somali",), ("Mogadishu",)),
    "South Africa": (("South African",), ("Pretoria",)),
    "South Korea": (("South Korean",), ("Seoul",)),
    "Spain": (("Spanish",), ("Madrid",)),
    "Sudan": (("Sudanese",), ("Khartoum",)),
    "Sweden": (("Swedish",), ("Stockholm",)),
    "Switzerland": (("Swiss",), ("Bern", "Geneva")),
    "Syria": (("Syrian",), ("Damascus",)),
    "Taiwan": (("Taiwanese",), ("Taipei",)),
    "Thailand": (("Thai",), ("Bangkok",)),
    "Turkey": (("Turkish",), ("Ankara",)),
    "Ukraine": (("Ukrainian",), ("Kyiv", "Kiev", "Bankova")),
    "United Arab Emirates": (("Emirati",), ("Abu Dhabi",)),
    "United Kingdom": (("British", "UK", "U.K."), ("London", "Downing Street", "Whitehall")),
    "United States": (("American", "US", "U.S."), ("Washington", "White House", "Pentagon")),
    "Venezuela": (("Venezuelan",), ("Caracas",)),
    "Vietnam": (("Vietnamese",), ("Hanoi",)),
    "Yemen": (("Yemeni",), ("Sanaa",)),
    "European Union": (("European", "EU", "E.U."), ("Brussels",)),
}

_COUNTRY_ALIASES = {
    "U.S.": "United States", "US": "United States", "USA": "United States", "America": "United States",
    "the United States": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "the United Kingdom": "United Kingdom",
    "EU": "European Union", "the European Union": "European Union", "the Netherlands": "Netherlands",
    "Holland": "Netherlands", "the Philippines": "Philippines", "Russian Federation": "Russia",
    "Burma": "Myanmar", "Türkiye": "Turkey", "UAE": "United Arab Emirates", "DPRK": "North Korea",
}


def _iso_countries() -> frozenset[str]:
    """The countries of ISO 3166 (pycountry) the hand-made table above lacks, by their common short name, and the
    nations of the United Kingdom; no demonyms or capitals for them."""
    import pycountry

    out = {"England", "Scotland", "Wales", "Northern Ireland"}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," not in name and "(" not in name and name not in COUNTRIES:
            out.add(name)
    return frozenset(out)


ISO_COUNTRIES = _iso_countries()
"""Country names known only from ISO 3166: a person's name may be spelt like one ("Chad", "Jordan")."""
for _name in sorted(ISO_COUNTRIES):
    COUNTRIES.setdefault(_name, ((), ()))

DEMONYMS: dict[str, str] = {}
METONYMS: dict[str, str] = {}
for _country, (_dems, _cities) in COUNTRIES.items():
    for _d in _dems:
        DEMONYMS[_d.lower()] = _country
    for _c in _cities:
        METONYMS[_c.lower()] = _country
# seats of power that speak as a named institution rather than as the country
INSTITUTION_METONYMS: dict[str, str] = {
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "downing street": "United Kingdom", "elysee": "France", "élysée": "France", "bankova": "Ukraine",
    "state department": "United States", "foreign office": "United Kingdom",
}
__all__ += ["CIVIL_VESSEL_PREFIXES", "INSTITUTION_METONYMS", "NAVAL_VESSEL_PREFIXES", "PERSONAL_TITLES", "ISO_COUNTRIES"]

# ship prefixes: a naval vessel is a unit of its navy; a civilian one is a place where things happen
NAVAL_VESSEL_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "ARA", "ROKS", "JS", "FS",
                                   "TCG", "BNS", "KRI", "PNS", "SAS", "USCGC"})
CIVIL_VESSEL_PREFIXES = frozenset({"MV", "MS", "MT", "SS", "RMS", "SV", "FV", "RV", "MY", "LNG"})

# titles that only ever stand before a person's name (evidence that what follows is a person)
PERSONAL_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "pm", "premier",
    "chancellor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
    "mayor", "gen", "col", "colonel", "lt", "capt", "captain", "sgt", "admiral", "judge", "minister",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "pope", "sheikh", "ayatollah", "rabbi", "imam",
    "rev", "pastor", "archbishop", "chairman", "chairwoman", "ceo", "coach", "commissioner", "lawmaker",
})

# words that, after a name, make it a place: "Kursk region", "the city of X"
PLACE_WORDS = frozenset({
    "region", "regions", "oblast", "province", "provinces", "city", "town", "village", "villages", "district",
    "county", "state", "border", "front", "frontline", "airfield", "airport", "base", "port", "island",
    "peninsula", "valley", "river", "sea", "strait", "border area", "krai", "governorate", "prefecture",
})

# the words after the name of a country's subdivision: "Tyumen Oblast", "Qaran Province"
SUBDIVISION_WORDS = frozenset({"region", "province", "county", "district", "oblast", "governorate", "prefecture", "krai",
                               "municipality", "okrug", "voivodeship", "canton"})

# honorifics, offices and roles that precede a name and are not part of it
TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame",
    "lord", "lady", "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general",
    "gen", "gen.", "lt", "lt.", "col", "col.", "colonel", "major", "maj.", "captain", "capt.", "sgt", "sgt.",
    "sergeant", "admiral", "commander", "governor", "gov", "gov.", "mayor", "senator", "sen", "sen.",
    "representative", "rep", "rep.", "congressman", "congresswoman", "speaker", "leader", "chief", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "king", "queen", "prince", "princess", "pope",
    "foreign", "defence", "defense", "interior", "finance", "justice", "health", "top", "deputy", "acting",
    "former", "ex", "regional", "local", "military", "army", "lawmaker", "lawmakers", "mp", "judge", "attorney",
    "director", "head", "chairman", "chairwoman", "chair", "ceo", "founder", "co-founder", "analyst", "official",
    "blogger", "commentator", "candidate", "nominee", "state", "first", "supreme", "sheikh", "emir", "ayatollah",
    "archbishop", "bishop", "rev", "rev.", "father", "pastor", "rabbi", "imam", "dictator", "strongman", "pm",
    "coach", "commissioner", "chairperson", "councillor", "councilman", "councilwoman", "sheriff", "lt.-gen.",
    "detective", "inspector", "superintendent", "constable", "sergeant", "corporal", "private", "lieutenant",
    "sultan", "emperor", "empress", "tsar", "czar", "director-general", "secretary-general",
})


@lru_cache(maxsize=1 << 16)  # pure: the tables are constants; a linear walk of the countries otherwise
def country_named(name: str) -> str | None:
    """The country `name` is a name of ('U.S.', 'America', 'Britain', 'UKRAINE'), not a demonym or a capital."""
    w = name.strip()
    if w in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[w]
    low = w.lower().removeprefix("the ")
    for country in COUNTRIES:
        if country.lower() == low:
            return country
    for alias, country in _COUNTRY_ALIASES.items():
        if alias.lower().removeprefix("the ") == low and len(alias) > 3:
            return country
    return None


@lru_cache(maxsize=1 << 16)
def country_of(word: str) -> str | None:
    """The country a demonym, capital, country name or alias stands for ('Kyiv' -> 'Ukraine')."""
    w = word.strip()
    if not w:
        return None
    if w in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[w]
    low = w.lower()
    if low.startswith("the "):
        return country_of(w[4:])
    for name in COUNTRIES:
        if name.lower() == low:
            return name
    for key in (low, low.rstrip("s")):
        if key in DEMONYMS:
            return DEMONYMS[key]
    if low in METONYMS:
        return METONYMS[low]
    if low in INSTITUTION_METONYMS:
        return INSTITUTION_METONYMS[low]
    return None

"""News-industry knowledge: wire agencies, outlets and their web domains, page boilerplate."""
from __future__ import annotations

import re

__all__ = ["AGENCIES", "AGENCY_PATTERN", "BOILERPLATE_LINE", "OUTLETS", "OUTLET_DOMAINS", "PROMO_WORDS"]

# canonical agency name -> spellings used in credit lines and bylines
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Associated Press": ("Associated Press", "AP"),
    "Agence France-Presse": ("Agence France-Presse", "Agence France Presse", "AFP"),
    "Dow Jones": ("Dow Jones", "Dow Jones Newswires"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "United Press International": ("United Press International", "UPI"),
    "Deutsche Presse-Agentur": ("Deutsche Presse-Agentur", "dpa", "DPA"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua",),
    "TASS": ("TASS", "Tass"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Ukrinform": ("Ukrinform",),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu"),
    "Yonhap": ("Yonhap",),
    "Press Trust of India": ("Press Trust of India", "PTI"),
    "Australian Associated Press": ("Australian Associated Press", "AAP"),
    "Canadian Press": ("Canadian Press",),
    "Saudi Press Agency": ("Saudi Press Agency", "SPA"),
    "WAM": ("WAM",),
    "IRNA": ("IRNA",),
}

_AGENCY_ALTS = sorted({s for v in AGENCIES.values() for s in v}, key=len, reverse=True)
_AG = "|".join(re.escape(s) for s in _AGENCY_ALTS)
# credits: "(AP)", "(Reuters) -", "via AP", "/AFP", "told Reuters", "Reuters reported", a line "Dow Jones"
AGENCY_PATTERN = re.compile(
    rf"\((?P<a1>{_AG})\)"
    rf"|\b(?:via|told|to|by|from|for|with|according to)\s+(?:the\s+)?(?P<a2>{_AG})\b"
    rf"|/(?P<a3>{_AG})\b"
    rf"|\b(?P<a4>{_AG})\s+(?:reported|reports|said|says|contributed|news agency|newswires?)\b"
    rf"|^\s*(?P<a5>{_AG})\s*$",
    re.MULTILINE,
)

# outlet name -> web domains (without www.)
OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("reuters.com",),
    "Associated Press": ("apnews.com",),
    "Agence France-Presse": ("afp.com",),
    "BBC News": ("bbc.com", "bbc.co.uk"),
    "The Guardian": ("theguardian.com", "guardian.co.uk"),
    "The Independent": ("independent.co.uk",),
    "The Telegraph": ("telegraph.co.uk",),
    "The Times": ("thetimes.co.uk",),
    "Financial Times": ("ft.com",),
    "The Economist": ("economist.com",),
    "Sky News": ("news.sky.com", "sky.com"),
    "Daily Mail": ("dailymail.co.uk",),
    "The New York Times": ("nytimes.com",),
    "The Washington Post": ("washingtonpost.com",),
    "The Wall Street Journal": ("wsj.com",),
    "Los Angeles Times": ("latimes.com",),
    "USA Today": ("usatoday.com",),
    "CNN": ("cnn.com",),
    "Fox News": ("foxnews.com",),
    "NBC News": ("nbcnews.com",),
    "CBS News": ("cbsnews.com",),
    "ABC News": ("abcnews.go.com", "abc.net.au"),
    "NPR": ("npr.org",),
    "Politico": ("politico.com", "politico.eu"),
    "The Hill": ("thehill.com",),
    "Axios": ("axios.com",),
    "Bloomberg": ("bloomberg.com",),
    "HuffPost": ("huffpost.com", "huffingtonpost.com"),
    "Breitbart": ("breitbart.com",),
    "Newsweek": ("newsweek.com",),
    "Time": ("time.com",),
    "The Atlantic": ("theatlantic.com",),
    "Vox": ("vox.com",),
    "Al Jazeera": ("aljazeera.com", "aljazeera.net"),
    "Arab News": ("arabnews.com",),
    "Asharq Al-Awsat": ("aawsat.com", "english.aawsat.com"),
    "The National": ("thenationalnews.com",),
    "Deutsche Welle": ("dw.com",),
    "Der Spiegel": ("spiegel.de",),
    "Le Monde": ("lemonde.fr",),
    "France 24": ("france24.com",),
    "Euronews": ("euronews.com",),
    "Kyiv Independent": ("kyivindependent.com",),
    "Kyiv Post": ("kyivpost.com",),
    "Ukrainska Pravda": ("pravda.com.ua",),
    "The Moscow Times": ("themoscowtimes.com",),
    "Meduza": ("meduza.io",),
    "RT": ("rt.com",),
    "TASS": ("tass.com", "tass.ru"),
    "Times of India": ("timesofindia.indiatimes.com",),
    "The Hindu": ("thehindu.com",),
    "South China Morning Post": ("scmp.com",),
    "The Japan Times": ("japantimes.co.jp",),
    "The Sydney Morning Herald": ("smh.com.au",),
    "The Australian": ("theaustralian.com.au",),
    "The Globe and Mail": ("theglobeandmail.com",),
    "CBC News": ("cbc.ca",),
    "The Irish Times": ("irishtimes.com",),
    "Haaretz": ("haaretz.com",),
    "The Times of Israel": ("timesofisrael.com",),
    "Dawn": ("dawn.com",),
}
OUTLET_DOMAINS: dict[str, str] = {d: name for name, ds in OUTLETS.items() for d in ds}

# a whole line that is page furniture, not reporting (general web-news knowledge)
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:"
    r"(?:original\s+)?url:\s*\S+"
    r"|advertisement|sponsored(?: content)?|related(?: articles?| stories| content)?:?|read more:?.*|see also:?.*"
    r"|comments?|\d+\s+comments?|add your comment.*|join (?:the|our) (?:conversation|commenting forum|discussion).*"
    r"|to join the conversation.*|you are commenting as.*|log ?out|log ?in|register|sign (?:up|in).*"
    r"|(?:please )?(?:subscribe|sign up)\b.*|share (?:this|on).*|follow (?:us|[a-z ]+ on).*"
    r"|support (?:truly|us|independent journalism).*|your support .*|donate.*|newsletter.*"
    r"|(?:most )?(?:read|popular|trending)(?: now| stories)?|(?:image|photo|video) (?:credit|source):.*"
    r"|copyright\b.*|©.*|all rights reserved.*|breaking(?: news)?|updated:.*"
    r")\s*$",
    re.IGNORECASE,
)

# words of a publisher speaking about itself to its readers (donation and paywall appeals)
PROMO_WORDS = re.compile(
    r"\b(?:donat(?:e|ion|ions)|your support|support (?:us|our)|paywalls?|subscri(?:be|ption)|"
    r"quality journalism|independent journalism|our (?:journalism|reporting|journalists|newsroom)|"
    r"reporters on the ground|commenting forum|newsletter)\b",
    re.IGNORECASE,
)

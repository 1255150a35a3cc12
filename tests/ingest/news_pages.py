"""Web pages in the shapes of real news sites (invented stories, several domains), each with what a reader of it
must find: the article's paragraphs, the furniture it must leave out, and the page's title, date and outlet.

Used by tests/ingest/test_pages.py and benchmarks/html_extraction.py to measure HTML extraction."""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape


@dataclass
class Page:
    name: str
    html: str
    body: list[str]
    junk: list[str]
    title: str
    date: str | None
    outlet: str | None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def _ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paras)


# 1. A WordPress-style regional paper: sidebar and "most read" as plain <div>s, share bar, newsletter box inside the
#    article, related stories after the body; metadata in OpenGraph tags.
_P1 = ["The city council voted 7 to 2 on Monday to close the Elm Street library branch at the end of the year, "
       "citing a budget shortfall of $1.4 million.",
       "\u201cThis is the hardest decision we have made this term,\u201d said council member Rosa Delgado, who voted "
       "in favour.",
       "Library staff disputed the figure, saying the branch costs far less to run than the council claimed.",
       "Residents have started a petition asking the council to reconsider before the budget is finalised in "
       "November."]
_J1 = ["Sign up for our morning newsletter", "Most read", "Share on Facebook", "High school football scores",
       "Weather: sunny, 21C", "Related: Council approves new bus routes"]
PAGE1 = Page("regional-wordpress", f"""<!DOCTYPE html><html><head><title>Council votes to close library branch | The Valley Courier</title>
<meta property="og:title" content="Council votes to close library branch">
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2023-10-02T18:04:00-05:00">
</head><body><div id="masthead"><div class="logo">The Valley Courier</div><div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></div></div>
<div class="content-area"><div class="entry"><h1 class="entry-title">Council votes to close library branch</h1>
<div class="byline">By Tom Becker · October 2, 2023</div>
<div class="share"><a>Share on Facebook</a> <a>Share on X</a></div>
<div class="entry-content">{_ps(_P1[:2])}
<div class="newsletter-box"><strong>Sign up for our morning newsletter</strong> <input type="email"> Get the day's top local stories delivered to your inbox every morning.</div>
{_ps(_P1[2:])}</div>
<div class="related"><h3>Related stories</h3><div><a>Related: Council approves new bus routes</a></div><div><a>Related: Budget talks stall again</a></div></div>
</div></div>
<div class="sidebar"><div class="widget"><h3>Most read</h3><ol><li>High school football scores</li><li>Weather: sunny, 21C</li></ol></div></div>
<div class="site-footer">© 2023 The Valley Courier. All rights reserved.</div></body></html>""",
             _P1, _J1, "Council votes to close library branch", "2023-10-02", "The Valley Courier")

# 2. A national site with JSON-LD metadata only (no OpenGraph date), a cookie banner and a live ticker.
_P2 = ["Shares in the chipmaker fell 12 percent on Thursday after it warned that sales would miss forecasts for a "
       "second quarter.",
       "The company blamed weaker demand from data centres, but analysts said the problem was its delayed factory "
       "in Arizona.",
       "\u201cWe see no sign of a recovery before the spring,\u201d said Mei Tanaka, an analyst at a Tokyo brokerage.",
       "The chief executive rejected that view on a call with investors, saying orders had already begun to pick up "
       "in October."]
_J2 = ["We use cookies to improve your experience", "Markets live: Dow", "Subscribe for $1 a week",
       "Advertisement"]
PAGE2 = Page("national-jsonld", f"""<html><head><title>Chipmaker shares slide on sales warning - Meridian Business</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Chipmaker shares slide on sales warning","datePublished":"2024-11-07T09:30:00Z","publisher":{{"@type":"Organization","name":"Meridian Business"}}}}</script>
</head><body><div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<div class="ticker">Markets live: Dow +0.4% · Nasdaq -1.2% · Oil $78.10</div>
<div class="page"><div class="headline-block"><h1>Chipmaker shares slide on sales warning</h1></div>
<div class="story-body"><div class="ad">Advertisement</div>{_ps(_P2)}
<div class="paywall-note">Subscribe for $1 a week to keep reading our markets coverage and analysis.</div></div></div></body></html>""",
             _P2, _J2, "Chipmaker shares slide on sales warning", "2024-11-07", "Meridian Business")

# 3. A semantic <article> page from a public broadcaster: the hand-written reader's best case.
_P3 = ["Health officials confirmed 48 new cases of measles in the province this week, the highest weekly total "
       "in a decade.",
       "The chief medical officer said most cases were among children who had not been vaccinated.",
       "Parents' groups denied that vaccination rates had fallen, pointing to school records that show coverage "
       "above 90 percent.",
       "Clinics will open on Saturday mornings until the end of the month, the health ministry said."]
_J3 = ["Skip to main content", "More from Health", "Report a typo"]
PAGE3 = Page("broadcaster-article", f"""<html><head><title>Measles cases at decade high, officials say</title>
<meta property="og:site_name" content="Northern Public Radio"><meta name="date" content="2025-02-21">
</head><body><a href="#main">Skip to main content</a><header><nav><a>News</a><a>Health</a></nav></header>
<main id="main"><article><h1>Measles cases at decade high, officials say</h1>{_ps(_P3)}</article>
<aside><h2>More from Health</h2><ul><li>Flu season peaks early</li></ul></aside></main>
<footer><a>Report a typo</a></footer></body></html>""",
             _P3, _J3, "Measles cases at decade high, officials say", "2025-02-21", "Northern Public Radio")

# 4. A magazine-style page with pull quotes, an image caption and "read more" teasers inside the body's container.
_P4 = ["The research vessel returned to port on Friday after six weeks mapping the seabed off the southern coast.",
       "Scientists on board said they had found a field of cold-water corals far larger than earlier surveys "
       "suggested.",
       "A fishing industry body questioned the findings, arguing that the survey covered only a small part of the "
       "area.",
       "The team plans to publish its full results next spring and has asked the government to delay new trawling "
       "licences until then."]
_J4 = ["Photograph: Survey team", "Read more: The ocean's hidden forests", "You might also like",
       "Most viewed this week"]
PAGE4 = Page("magazine-teasers", f"""<html><head><title>Coral field found off southern coast | Tidewater Weekly</title>
<meta property="og:title" content="Coral field found off southern coast">
<meta property="og:site_name" content="Tidewater Weekly">
<meta property="article:published_time" content="2022-06-10">
</head><body><div class="wrapper"><div class="col-main"><h1>Coral field found off southern coast</h1>
<div class="fig"><img src="coral.jpg"><div class="caption">The research vessel in harbour. Photograph: Survey team</div></div>
<div class="text">{_ps(_P4[:2])}<div class="teaser"><a>Read more: The ocean's hidden forests</a></div>{_ps(_P4[2:])}</div>
<div class="more"><h4>You might also like</h4><div><a>Whale sightings rise</a></div><div><a>Harbour dredging to begin</a></div></div>
</div><div class="col-side"><h4>Most viewed this week</h4><div>Beach closures announced</div><div>Ferry fares to rise</div></div></div></body></html>""",
             _P4, _J4, "Coral field found off southern coast", "2022-06-10", "Tidewater Weekly")

# 5. A short wire brief: two paragraphs, under trafilatura's comfortable length.
_P5 = ["Rescue teams reached the stranded climbers late on Sunday, the mountain police said.",
       "All four were taken to hospital with mild hypothermia."]
_J5 = ["Back to top"]
PAGE5 = Page("wire-brief", f"""<html><head><title>Stranded climbers rescued</title>
<meta property="og:site_name" content="Alpine Wire"><meta property="article:published_time" content="2021-01-17T22:10:00Z">
</head><body><div class="brief"><h1>Stranded climbers rescued</h1>{_ps(_P5)}</div><div class="bottom"><a>Back to top</a></div></body></html>""",
             _P5, _J5, "Stranded climbers rescued", "2021-01-17", "Alpine Wire")

# 6. A blog-platform page whose byline and comments sit in <div>s inside the body.
_P6 = ["The school board approved a four-day week for the district's rural schools, starting next autumn.",
       "Superintendent Alan Price said the change would save about $300,000 a year in transport costs.",
       "The teachers' union said it had not been consulted and disputed the savings estimate.",
       "Parents will be able to comment on the plan at a public meeting on March 3."]
_J6 = ["12 comments", "Great news for our kids!", "Log in to reply", "Posted by admin"]
PAGE6 = Page("blog-comments", f"""<html><head><title>Board approves four-day school week - County Ledger</title>
<meta property="og:title" content="Board approves four-day school week"><meta property="og:site_name" content="County Ledger">
<meta property="article:published_time" content="2024-02-12T07:00:00-07:00">
</head><body><div id="page"><div class="post"><h1>Board approves four-day school week</h1><div class="meta">Posted by admin</div>
<div class="post-body">{_ps(_P6)}</div>
<div class="comments"><h3>12 comments</h3><div class="comment"><div class="author">Janet</div><div class="c-text">Great news for our kids!</div><a>Log in to reply</a></div>
<div class="comment"><div class="author">Ray</div><div class="c-text">This will hurt working parents who cannot find care on Fridays.</div></div></div>
</div></div></body></html>""",
             _P6, _J6, "Board approves four-day school week", "2024-02-12", "County Ledger")

PAGES = [PAGE1, PAGE2, PAGE3, PAGE4, PAGE5, PAGE6]


def score(text: str, title: str | None, date: str | None, outlet: str | None, page: Page) -> dict[str, float]:
    """Body recall, junk kept, and metadata right (title, date, outlet) of one extraction of `page`."""
    flat = " ".join(text.split())
    return {"body": sum(" ".join(p.split()) in flat for p in page.body) / len(page.body),
            "junk": sum(j in flat for j in page.junk) / len(page.junk),
            "meta": ((title == page.title) + ((date or "")[:10] == (page.date or "")) + (outlet == page.outlet)) / 3}

"""Words that tell who can be a speaker: company markers, shares of a crowd, the media something is said in.

Used by `kg.extract.animacy`, `kg.extract.coref` and `kg.extract.speakers`.
"""
from __future__ import annotations

__all__ = ["COMPANY_WORDS", "MEDIUM_PREPOSITIONS", "SHARE_WORDS"]

# words that mark a name as a company or body, never a person: "Acme Holdings Ltd", "Nordbank AG"
COMPANY_WORDS = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "co", "co.", "gmbh", "ag", "sa", "s.a.", "nv", "bv",
    "kft", "kft.", "spa", "srl", "oy", "ab", "as", "pty", "holdings", "group", "bank", "fund", "trust", "partners",
    "industries", "systems", "technologies", "media", "news", "press", "times", "post", "journal", "agency",
})

# heads naming a share of those asked, which speak as a crowd: "63 percent said", "a majority want"
SHARE_WORDS = frozenset({"percent", "%", "majority", "minority", "plurality", "half", "third", "quarter", "average",
                         "most", "share", "proportion"})

# prepositions introducing where something was said, which does not speak: "posted on Twitter blaming ...";
# "at" is left out ("said at a news conference announcing ...": right, but see the session report)
MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "through"})

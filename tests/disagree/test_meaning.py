"""The shipped sentence-embedding model: loads offline, and what it finds close is close in meaning."""
from __future__ import annotations


import numpy as np
import pytest

from kg.disagree import meaning


def test_the_model_and_its_licence_ship_inside_kg():
    assert (meaning.MODEL_DIR / "minilm-int8.onnx").stat().st_size > 10_000_000
    assert (meaning.MODEL_DIR / "tokenizer.json").exists()
    text = (meaning.MODEL_DIR / "README.md").read_text(encoding="utf-8")
    assert "Apache" in text and "all-MiniLM-L6-v2" in text


# (a sentence, a paraphrase of it, an unrelated sentence): sport, health, courts, business, weather, war
TRIPLES = [
    ("The striker signed a new three-year contract with the club.",
     "The forward agreed a fresh deal with his team for three more years.",
     "Heavy snow closed the mountain pass on Tuesday."),
    ("The hospital said the patient was conscious when she arrived.",
     "According to the clinic, the woman was awake on arrival.",
     "The bank raised its interest rate by half a point."),
    ("Protesters deny they are holding two police officers.",
     "The demonstrators say they are not detaining any policemen.",
     "The orchestra will tour South America next spring."),
    ("Sales fell sharply in the third quarter.",
     "Revenue dropped steeply between July and September.",
     "The defendant was cleared of all charges."),
]


@pytest.mark.parametrize("sentence, paraphrase, unrelated", TRIPLES)
def test_a_paraphrase_is_closer_than_an_unrelated_sentence(offline, sentence, paraphrase, unrelated):
    e = meaning.embed([sentence, paraphrase, unrelated])
    assert np.allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-3)
    close, far = float(e[0] @ e[1]), float(e[0] @ e[2])
    assert close > 0.5 and far < 0.25 and close - far > 0.35, (close, far)


def test_documented_similarity_is_reproduced(offline):
    """sentence-transformers documents 0.8939 for this pair with all-MiniLM-L6-v2; int8 keeps it within .03."""
    assert abs(meaning.similarity("The new movie is awesome", "The new movie is so great") - 0.8939) < 0.03


def test_batches_do_not_change_an_embedding(offline):
    texts = [f"The council said the bridge would reopen in {m}." for m in ("May", "June", "the autumn of next year")]
    alone = np.vstack([meaning.embed([t]) for t in texts])
    together = meaning.embed(texts + ["A short one.", "A much longer sentence " * 12])[:3]
    assert np.allclose(alone, together, atol=1e-4)
    assert meaning.embed([]).shape == (0, 384)

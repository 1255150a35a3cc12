"""`kg train`: refit the disputes scorer on a user's own labelled pairs.

PAIRS.jsonl holds one labelled pair a line, either claim ids of a build (`{"a": ID, "b": ID, "label": 1}`, with
`--build DIR`) or two texts (`{"a_text": "The club said ...", "b_text": "The coach denied ...", "label": 0}`), each a
sentence that reports one claim; the two are read together, as one short article, by the real pipeline.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from kg.disagree import pair_rows
from kg.disagree.candidates import Candidate
from kg.disagree.explicit import rejects
from kg.disagree.features import FEATURES, features, proposition_of
from kg.disagree.meaning import embed
from kg.disagree.scorer import Scorer, fit
from kg.errors import KGError
from kg.model import Claim, DisputeKind

__all__ = ["claims_of", "rows_for", "train"]


def claims_of(build: Path) -> list[Claim]:
    """The claims of a kg build folder."""
    path = Path(build) / "claims.jsonl"
    try:
        return [Claim.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        raise KGError(f"{path}: cannot read the build's claims ({type(e).__name__})") from None


def rows_for(claims: list[Claim], pairs: list[tuple[str, str]]) -> np.ndarray:
    """Feature rows for `pairs` (a id, b id) of `claims`: the candidate's row where stage 1 found the pair (either
    way round), else a row with no rule signal."""
    cands, rows, _ = pair_rows(claims)
    at = {(c.a.id, c.b.id): i for i, c in enumerate(cands)}
    by_id = {c.id: c for c in claims}
    out = np.zeros((len(pairs), len(FEATURES)))
    extra: list[tuple[int, Candidate]] = []
    for k, (a, b) in enumerate(pairs):
        i = at.get((a, b), at.get((b, a)))
        if i is not None:
            out[k] = rows[i]
        elif a in by_id and b in by_id:
            x, y = by_id[a], by_id[b]
            if rejects(x) and not rejects(y):
                x, y = y, x
            extra.append((k, Candidate(x, y, DisputeKind.CONTRADICTION)))
        else:
            raise KGError(f"no claim {a if a not in by_id else b} in the build")
    if extra:
        texts = {}
        for _, c in extra:
            texts[c.a.id], texts[c.b.id] = c.a.content, c.b.content
            texts["p:" + c.b.id] = proposition_of(c.b)
        keys = sorted(texts)
        vectors = dict(zip(keys, embed([texts[k] for k in keys])))
        more = features([c for _, c in extra], vectors)
        for (k, _), row in zip(extra, more):
            out[k] = row
    return out


def _text_pairs(rows: list[dict]) -> tuple[np.ndarray, list[int]]:
    """Each pair of sentences read as one short article by the real pipeline: its first claim in each sentence."""
    from kg.ingest import load_source
    import tempfile

    from kg.pipeline import extract

    xs, ys = [], []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, r in enumerate(rows):
            p = Path(tmp) / f"pair{i:05d}.txt"
            p.write_text(f"{r['a_text'].strip()} {r['b_text'].strip()}\n", encoding="utf-8")
            paths.append(p)
        records = extract([load_source(p) for p in paths], n_process=1)
    by_doc: dict[str, list[Claim]] = {}
    for c in records.claims:
        by_doc.setdefault(c.doc, []).append(c)
    for i, r in enumerate(rows):
        cs = sorted(by_doc.get(f"pair{i:05d}.txt", []), key=lambda c: c.start)
        cut = len(r["a_text"].strip())
        a = [c for c in cs if c.start < cut]
        b = [c for c in cs if c.start > cut]
        if not a or not b:
            continue  # a sentence with no claim kg can read teaches nothing
        xs.append(rows_for(records.claims, [(a[0].id, b[0].id)])[0])
        ys.append(int(bool(r["label"])))
    return (np.array(xs) if xs else np.zeros((0, len(FEATURES)))), ys


def train(pairs_path: Path, *, build: Path | None = None, c: float = 0.3, threshold: float = 0.5) -> tuple[Scorer, int]:
    """A scorer fitted on the labelled pairs in `pairs_path`; also how many pairs it could read."""
    rows = []
    for n, line in enumerate(Path(pairs_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            if "label" not in r or not (("a" in r and "b" in r) or ("a_text" in r and "b_text" in r)):
                raise ValueError("needs a and b (claim ids) or a_text and b_text, and a label")
        except ValueError as e:
            raise KGError(f"{pairs_path}:{n}: not a labelled pair ({e})") from None
        rows.append(r)
    by_id = [r for r in rows if "a" in r]
    by_text = [r for r in rows if "a" not in r]
    xs, ys = [], []
    if by_id:
        if build is None:
            raise KGError(f"{pairs_path}: pairs of claim ids need the build they come from (--build DIR)")
        xs.append(rows_for(claims_of(build), [(str(r["a"]), str(r["b"])) for r in by_id]))
        ys += [int(bool(r["label"])) for r in by_id]
    if by_text:
        x, y = _text_pairs(by_text)
        xs.append(x)
        ys += y
    x = np.vstack(xs) if xs else np.zeros((0, len(FEATURES)))
    if not len(x):
        raise KGError(f"{pairs_path}: no labelled pair could be read")
    model = fit(x, np.array(ys), FEATURES, c=c, threshold=threshold,
                meta={"trained_on": Path(pairs_path).name, "pairs": len(ys), "disputes": int(sum(ys))})
    return model, len(ys)

"""Entity mentions, coreference and types of a kg build scored against GUM's news documents.

    .venv/bin/python benchmarks/score_entities_gum.py [GUM_DIR] [--out DIR] [--json] [--show N]

GUM_DIR (default ../shared/eval/gum-news) holds GUM's 24 news documents (Wikinews texts, CC BY 2.5; GUM's
annotations, CC BY 4.0: the GUM corpus, Zeldes 2017, and its annotators): `conll/` gives every mention with its
type, its coreference chain and, for named entities, a Wikipedia identity; `tsv/` gives the sentences. This
script writes each document as a news text (tokens joined with ordinary spacing, sentences as lines of
paragraphs), runs `kg build` on them, and reads the build's `mentions.jsonl`, `entities.jsonl` and
`articles.jsonl`.

B-cubed, MUC and CEAF-e score coreference within each document (a kg entity that spans documents is scored per
document; joins across documents are counted apart, as pairs).

The key: the gold mentions of *named* people, organisations and places (a chain of one of those types with a
Wikipedia identity, or with a capitalised word that no sentence start or headline explains). Two scopes:
`names` (the mentions whose last word is capitalised: "Donald Trump", "the Indonesian Navy") and `all` (names,
descriptions and pronouns of those chains). A kg mention stands for the gold mention with the same span, else
the one ending on the same token or whose head is its last token ("Sydney , Australia" for "Sydney") that
starts nearest; a gold mention kg does not find is a singleton
(it costs recall). Mentions kg finds that no gold person, organisation or place covers are counted
(`unmatched`), not scored.

Printed per scope: mention recall; MUC, B-cubed and CEAF-e (entity-based, phi4) precision / recall / F1 and the
mean of the three F1 (the CoNLL score); type accuracy (MilitaryUnit counts as an organisation, and Place as
right for a gold organisation named by a country alone, "Belgium" for its team: kg keeps a place that acts a
Place); and, across
documents, the pairs of documents whose chains share a Wikipedia identity that kg gives one entity, and the
pairs of chains with different identities that kg joins across documents.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from score_entities import bcubed  # the Kursk scorer's B-cubed (this folder is on sys.path when run)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

__all__ = ["bcubed", "ceafe", "muc", "read_doc", "score"]

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "eval" / "gum-news"
TYPES = {"person": "Person", "organization": "Organisation", "place": "Place"}
_SAME_TYPE = {"MilitaryUnit": "Organisation"}
_PRONOUNS = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
             "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "who",
             "whom", "whose", "which", "myself", "himself", "herself", "itself", "themselves", "ourselves"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d",
                    "'m", "’s", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_LABEL = re.compile(r"\(|\)|[a-z]+-\d+(?:-[^()]+)?")


# --- reading GUM -------------------------------------------------------------------------------------------


def _sentences(tsv: Path) -> list[int]:
    """The number of tokens of each sentence of a WebAnno TSV file."""
    out = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.startswith("#Text="):
            out.append(0)
        elif re.match(r"^\d+-\d+\t", line) and out:
            out[-1] += 1
    return out


def _conll(path: Path) -> tuple[list[str], list[tuple[int, int, str, str, str]]]:
    """Tokens and mentions (first token, last token, type, chain id, Wikipedia identity or '') of a conll file."""
    tokens, mentions = [], []
    stack: list[tuple[str, int]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or not cols[0].isdigit():
            continue
        i = len(tokens)
        tokens.append(cols[1])
        parts = _LABEL.findall(cols[2]) if cols[2] != "_" else []
        k = 0
        while k < len(parts):
            p = parts[k]
            if p == "(" and k + 1 < len(parts):
                label = parts[k + 1]
                if k + 2 < len(parts) and parts[k + 2] == ")":
                    mentions.append((i, i, *_split(label)))
                    k += 3
                    continue
                stack.append((label, i))
                k += 2
                continue
            if p not in "()" and k + 1 < len(parts) and parts[k + 1] == ")":
                chain = _split(p)[1]
                j = next((j for j in range(len(stack) - 1, -1, -1) if _split(stack[j][0])[1] == chain), None)
                if j is not None:
                    label, first = stack.pop(j)
                    mentions.append((first, i, *_split(label)))
                k += 2
                continue
            k += 1
    return tokens, mentions


def _split(label: str) -> tuple[str, str, str]:
    etype, chain, *wiki = label.split("-", 2)
    return etype, chain, wiki[0] if wiki else ""


def _detokenise(tokens: list[str], sentence_sizes: list[int]) -> tuple[str, list[tuple[int, int]], list[int]]:
    """News text from tokens: ordinary spacing, a sentence without final punctuation (a headline, a dateline)
    on a paragraph of its own. Returns the text, each token's span and each token's sentence index."""
    text = ""
    spans: list[tuple[int, int]] = []
    sent_of: list[int] = []
    i = 0
    open_quote = False
    prev_own_line = False
    for s, size in enumerate(sentence_sizes):
        words = tokens[i:i + size]
        own_line = not words or not re.search(r"[.!?]['\"”’)]*$", "".join(words[-2:]))
        if text:
            text += "\n\n" if own_line or prev_own_line else " "
        prev_own_line = own_line
        for j, w in enumerate(words):
            before = text[-1:] if text else "\n"
            glue = before in ("\n", " ") or j == 0
            if not glue:
                if w in _NO_SPACE_BEFORE or (w in ('"', "”", "'") and open_quote) or (
                        w == "-" and j + 1 < len(words) and words[j - 1][-1:].isalnum() and words[j + 1][:1].isalnum()):
                    pass
                elif text.endswith(tuple(_NO_SPACE_AFTER)) or (text.endswith(('"', "“", "'")) and open_quote
                                                                and spans and text[spans[-1][0]:] in ('"', "“", "'")) \
                        or (text.endswith("-") and spans and text[spans[-1][0]:] == "-" and j >= 2
                            and words[j - 2][-1:].isalnum() and w[:1].isalnum()):
                    pass
                else:
                    text += " "
            if w in ('"', "“", "”", "'"):
                open_quote = not open_quote if w in ('"', "'") else w == "“"
            spans.append((len(text), len(text) + len(w)))
            sent_of.append(s)
            text += w
        i += size
    return text + "\n", spans, sent_of


def read_doc(conll: Path, tsv: Path) -> dict:
    """One GUM document: its text, token spans, sentences and mentions with their chains."""
    tokens, mentions = _conll(conll)
    sizes = _sentences(tsv)
    if sum(sizes) != len(tokens):
        raise ValueError(f"{conll.name}: {len(tokens)} tokens in conll, {sum(sizes)} in tsv")
    text, spans, sent_of = _detokenise(tokens, sizes)
    first_of = {}
    for t, s in enumerate(sent_of):
        first_of.setdefault(s, t)
    words: dict[int, list[str]] = defaultdict(list)
    for t, s in enumerate(sent_of):
        words[s].append(tokens[t])
    headline = {s for s, ws in words.items() if not re.search(r"[.!?]['\"”’)]*$", "".join(ws[-2:]))}
    return {"name": conll.stem, "text": text, "tokens": tokens, "spans": spans, "sent_of": sent_of,
            "first_of": first_of, "headline": headline, "mentions": mentions}


_HEAD_STOP = {"of", "to", "in", "for", "from", "at", "on", "with", "who", "which", "that", "whose", ",", "(", "-LRB-"}


def _head(doc: dict, first: int, last: int) -> int:
    """The head token of a mention: the last word before a preposition, relative or comma, possessive aside."""
    t = first
    while t < last and doc["tokens"][t + 1].lower() not in _HEAD_STOP:
        t += 1
    while t > first and doc["tokens"][t] in ("'s", "'", "’s"):
        t -= 1
    return t


def _is_name(doc: dict, first: int, last: int) -> bool:
    """A name: its head word is capitalised and no pronoun ("Donald Trump", "the Indonesian Navy")."""
    w = doc["tokens"][_head(doc, first, last)]
    return w[:1].isupper() and (w.lower() not in _PRONOUNS or len(w) > 1 and w.isupper())  # "US" is no "us"


def _named(doc: dict, chain_mentions: list[tuple]) -> bool:
    """A chain is named when it has a Wikipedia identity or a mention whose capitalised head no sentence start or
    headline explains."""
    if any(m[4] for m in chain_mentions):
        return True
    for first, last, *_ in chain_mentions:
        h = _head(doc, first, last)
        s = doc["sent_of"][h]
        if _is_name(doc, first, last) and h != doc["first_of"][s] and s not in doc["headline"]:
            return True
    return False


def gold_key(doc: dict) -> dict:
    """(first, last) -> (chain, type, wiki, is_name) for the mentions of named people, organisations, places."""
    chains: dict[str, list[tuple]] = defaultdict(list)
    for m in doc["mentions"]:
        chains[m[3]].append(m)
    out = {}
    for chain, ms in chains.items():
        if ms[0][2] not in TYPES or not _named(doc, ms):
            continue
        wiki = next((m[4] for m in ms if m[4]), "")
        for first, last, etype, _, _ in ms:
            out[(first, last)] = (chain, TYPES[etype], wiki, _is_name(doc, first, last))
    return out


# --- metrics -----------------------------------------------------------------------------------------------


def _clusters(labels: dict) -> dict:
    out: dict = defaultdict(set)
    for item, c in labels.items():
        out[c].add(item)
    return out


def muc(key: dict, resp: dict) -> tuple[float, float]:
    """MUC (precision, recall): links kept, over partitions of each cluster by the other side."""
    def side(a: dict, b: dict) -> float:
        num = den = 0
        for members in _clusters(a).values():
            num += len(members) - len({b[m] for m in members})
            den += len(members) - 1
        return num / den if den else 0.0
    return side(resp, key), side(key, resp)


def ceafe(key: dict, resp: dict) -> tuple[float, float]:
    """CEAF-e (precision, recall): the best one-to-one alignment of entities by phi4 = 2|K∩R| / (|K|+|R|)."""
    k, r = list(_clusters(key).values()), list(_clusters(resp).values())
    g = nx.Graph()
    for i, a in enumerate(k):
        for j, b in enumerate(r):
            common = len(a & b)
            if common:
                g.add_edge(("k", i), ("r", j), weight=2 * common / (len(a) + len(b)))
    total = sum(g.edges[e]["weight"] for e in nx.max_weight_matching(g))
    return (total / len(r) if r else 0.0), (total / len(k) if k else 0.0)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / ((p + r) or 1)


# --- kg against the key ------------------------------------------------------------------------------------


def _align(doc: dict, key: dict, system: list[dict]) -> tuple[dict, int]:
    """gold (first, last) -> the kg mention that stands for it; and how many kg mentions no gold person,
    organisation or place covers."""
    spans = doc["spans"]
    by_end: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for first, last, etype, *_ in doc["mentions"]:
        by_end[spans[last][1]].append((first, last))
        if last > first and doc["tokens"][last] in ("'s", "'", "’s"):  # "Warhol 's": kg's mention ends on the name
            by_end[spans[last - 1][1]].append((first, last))
        head = _head(doc, first, last)
        if head != last and (first, last) not in by_end[spans[head][1]]:  # "Sydney , Australia": by its head
            by_end[spans[head][1]].append((first, last))
    found: dict = {}
    unmatched = 0
    exact = {(spans[f][0], spans[la][1]): (f, la) for f, la, *_ in doc["mentions"]}
    reserved = {exact[(m["start"], m["end"])] for m in system if (m["start"], m["end"]) in exact}
    # a kg mention with a gold mention's very span stands for it, whatever comes first: "Canada" inside "Fan Expo
    # Canada" is the gold "Canada", not the longer kg mention ending on the same token
    for m in sorted(system, key=lambda m: (m["start"], m["end"]) not in exact):
        end = m["end"]
        if end not in by_end:  # a kg span ending inside a token or on punctuation: its last whole token
            t = max((t for t, s in enumerate(spans) if s[1] <= end and s[0] < end), default=None)
            end = spans[t][1] if t is not None else end
        cands = by_end.get(end, [])
        if not cands:
            unmatched += 1
            continue
        own = exact.get((m["start"], m["end"]))
        free = [c for c in cands if c == own or c not in reserved] or cands
        best = min(free, key=lambda c: (abs(spans[c[0]][0] - m["start"]), c[1] - c[0]))
        if best in key and best not in found:
            found[best] = m  # a gold mention of another type or of an unnamed chain is out of scope
    return found, unmatched


def _country_alone(doc: dict, span: tuple[int, int]) -> bool:
    """Is a gold organisation named by a country's name alone ("Belgium" for its team, "North Korea" for its
    government)? kg keeps a place that acts a Place (see the README), so Place is right for it."""
    from kg.lexicon.world import country_named

    words = [w for w in doc["tokens"][span[0]:span[1] + 1] if w not in ("'s", "'", "’s")]
    return country_named(" ".join(words)) is not None


def score(gum: Path, build: Path, docs: list[dict]) -> dict:
    """Scores of the kg build in `build` against the GUM documents `docs` (see the module docstring)."""
    arts = [json.loads(x) for x in (build / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    ents = {e["id"]: e for e in (json.loads(x) for x in (build / "entities.jsonl").read_text(encoding="utf-8")
                                                          .splitlines() if x.strip())}
    art_of = {Path(a["doc"]).stem: a["id"] for a in arts}
    by_art: dict[str, list[dict]] = defaultdict(list)
    for x in (build / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        if x.strip():
            m = json.loads(x)
            if ents.get(m["entity_id"], {}).get("type") in ("Person", "Organisation", "Place", "MilitaryUnit",
                                                             "Group"):
                by_art[m["article"]].append(m)
    result: dict = {"documents": len(docs)}
    worst: dict = {}
    for scope in ("names", "all"):
        key: dict = {}
        resp: dict = {}
        typed = right = unmatched = 0
        chain_entity: dict = {}
        misses: Counter = Counter()
        for doc in docs:
            k = gold_key(doc)
            found, un = _align(doc, k, by_art.get(art_of.get(doc["name"], ""), []))
            unmatched += un
            votes: dict = defaultdict(Counter)
            for span, (chain, etype, wiki, is_name) in k.items():
                if scope == "names" and not is_name:
                    continue
                item = (doc["name"], span)
                key[item] = (doc["name"], chain)
                m = found.get(span)
                if m is None:
                    resp[item] = ("missing", item)
                    misses[(doc["name"], " ".join(doc["tokens"][span[0]:span[1] + 1]))] += 1
                    continue
                resp[item] = (doc["name"], m["entity_id"])  # within-document: cross-document pairs apart
                votes[chain][m["entity_id"]] += 1
                t = _SAME_TYPE.get(ents[m["entity_id"]]["type"], ents[m["entity_id"]]["type"])
                typed += 1
                right += t == etype or (t == "Place" and etype == "Organisation" and _country_alone(doc, span))
            for chain, v in votes.items():
                wiki = next((w for (c, _, w, _) in k.values() if c == chain and w), "")
                chain_entity[(doc["name"], chain)] = (v.most_common(1)[0][0], wiki)
        mp, mr = muc(key, resp)
        bp, br = bcubed(key, resp)
        cp, cr = ceafe(key, resp)
        pairs = joined = 0
        split: list = []
        by_wiki: dict = defaultdict(dict)
        for (d, chain), (eid, wiki) in chain_entity.items():
            if wiki:
                by_wiki[wiki][d] = eid
        gold_wiki_docs: dict = defaultdict(set)
        for doc in docs:
            for chain, etype, wiki, _ in gold_key(doc).values():
                if wiki:
                    gold_wiki_docs[wiki].add(doc["name"])
        for wiki, ds in gold_wiki_docs.items():
            for a, b in combinations(sorted(ds), 2):
                pairs += 1
                ea, eb = by_wiki[wiki].get(a), by_wiki[wiki].get(b)
                if ea is not None and ea == eb:
                    joined += 1
                else:
                    split.append((wiki, a, ea, b, eb))
        wrong = []
        for (da, ca), (db, cb) in combinations(sorted(chain_entity), 2):
            (ea, wa), (eb, wb) = chain_entity[(da, ca)], chain_entity[(db, cb)]
            if da != db and ea == eb and not (wa and wa == wb):
                wrong.append((ea, da, wa or ca, db, wb or cb))
        f = [_f1(mp, mr), _f1(bp, br), _f1(cp, cr)]
        result[scope] = {
            "mentions": len(key), "found": round(sum(1 for v in resp.values() if v[0] != "missing") / (len(key) or 1), 3),
            "muc_p": round(mp, 3), "muc_r": round(mr, 3), "muc_f1": round(f[0], 3),
            "bcubed_p": round(bp, 3), "bcubed_r": round(br, 3), "bcubed_f1": round(f[1], 3),
            "ceafe_p": round(cp, 3), "ceafe_r": round(cr, 3), "ceafe_f1": round(f[2], 3),
            "conll_f1": round(sum(f) / 3, 3), "type_accuracy": round(right / (typed or 1), 3),
            "cross_doc_pairs": pairs, "cross_doc_joined": joined, "cross_doc_wrong_joins": len(wrong)}
        worst[scope] = {"missed": misses.most_common(), "split": split, "wrong": wrong, "key": key, "resp": resp}
    result["unmatched_kg_mentions"] = unmatched
    result["_worst"] = worst
    return result


def build_gum(gum: Path, out: Path) -> list[dict]:
    """Write GUM's news documents as texts into out/text and build them with kg into out/build."""
    docs = [read_doc(p, gum / "tsv" / f"{p.stem}.tsv") for p in sorted((gum / "conll").glob("*.conll"))]
    (out / "text").mkdir(parents=True, exist_ok=True)
    for d in docs:
        (out / "text" / f"{d['name']}.txt").write_text(d["text"], encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(out / "text"), "-o", str(out / "build"), "-q"],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"})
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed: {proc.stderr.strip().splitlines()[-1:]}")
    return docs


def _show(result: dict, scope: str, n: int) -> None:
    w = result["_worst"][scope]
    by_chain: dict = defaultdict(Counter)
    for item, chain in w["key"].items():
        r = w["resp"][item]
        by_chain[chain]["(missing)" if r[0] == "missing" else r[1]] += 1
    print(f"[{scope}] chains kg splits (doc, chain -> kg entities):")
    for chain, c in sorted(by_chain.items(), key=lambda kv: -len(kv[1]))[:n]:
        if len(c) > 1:
            print(f"  {chain}: {dict(c)}")
    by_entity: dict = defaultdict(Counter)
    for item, chain in w["key"].items():
        r = w["resp"][item]
        if r[0] != "missing":
            by_entity[r[1]][chain] += 1
    print(f"[{scope}] kg entities joining chains:")
    for eid, c in sorted(by_entity.items(), key=lambda kv: -len(kv[1]))[:n]:
        if len(c) > 1:
            print(f"  {eid}: {dict(c)}")
    print(f"[{scope}] missed mentions: {w['missed'][:n]}")
    print(f"[{scope}] cross-document pairs kg splits: {w['split'][:n]}")
    print(f"[{scope}] cross-document wrong joins: {w['wrong'][:n]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gum", type=Path, nargs="?", default=GUM)
    ap.add_argument("--out", type=Path, help="folder for the texts and the build (default: a temporary one)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        docs = build_gum(args.gum, out)
        result = score(args.gum, out / "build", docs)
    public = {k: v for k, v in result.items() if not k.startswith("_")}
    if args.json:
        print(json.dumps(public))
    else:
        for k, v in public.items():
            print(f"{k}: {v}")
    for scope in ("names", "all") if args.show else ():
        _show(result, scope, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

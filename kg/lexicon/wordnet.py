"""General English lexical knowledge from WordNet: antonyms, synonyms, derived forms.

WordNet 3.0 ships inside kg (`kg/lexicon/wordnet_data.py` unpacks it once into the user's cache) and is read
with nltk's maintained `WordNetCorpusReader`. The shipped files leave out the small `lexnames` file (the fixed
list of WordNet's 45 lexicographer files), which the reader needs: it is supplied from `_LEXNAMES` below.
When WordNet cannot be had, loading it raises a KGError (`require` does so before a build parses anything):
kg never runs with less lexical knowledge than it was built and tested with.

The reader keeps its data files open and answers a look-up by `seek` then `readline`. That is safe only
within one process and one thread at a time: a forked child shares its parent's open files, offsets
included, so two parser processes forked after WordNet was read would move each other's offsets and read
the wrong lines (nltk then returns None for a synset and the article's extraction fails). So reads hold a
lock, a fork waits for a load in progress, and a forked child re-opens the files for itself.
"""
from __future__ import annotations

import builtins
import io
import os
import threading
import warnings
from functools import lru_cache

__all__ = ["antonyms", "available", "hypernyms", "is_site", "noun_classes", "preload", "proper_noun_class", "related",
           "require", "share_sense",
           "synonyms"]


# WordNet's lexicographer files, in the order of their numbers (lexnames(5WN))
_LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive "
    "noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation "
    "noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception "
    "verb.possession verb.social verb.stative verb.weather adj.ppl").split()

_POS = {"VERB": "v", "NOUN": "n", "ADJ": "a", "ADV": "r", "AUX": "v", "PROPN": "n"}


_LOADING = threading.Lock()
_FORK_HELD = threading.local()


def _before_fork() -> None:
    # a child must see WordNet either not loaded or loaded whole, never a load another thread is half through
    _FORK_HELD.held = _LOADING.acquire(timeout=120)


def _after_fork_in_parent() -> None:
    if getattr(_FORK_HELD, "held", False):
        _FORK_HELD.held = False
        _LOADING.release()


def _after_fork_in_child() -> None:
    global _LOADING
    _LOADING = threading.Lock()  # whatever thread held it in the parent does not exist here
    if _load.cache_info().currsize:  # loaded before the fork: the open data files are the parent's
        wn = _load()
        if wn is not None:
            wn.reopen()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent,
                        after_in_child=_after_fork_in_child)


def _reader():
    with _LOADING:  # `preload` may be loading it in another thread: wait for it rather than load it twice
        return _load()


def preload() -> threading.Thread:
    """Start loading WordNet in a background thread (a build does this while it parses, which leaves a core idle
    part of the time); any look-up waits for it to finish."""
    t = threading.Thread(target=_reader, name="kg-wordnet", daemon=True)
    t.start()
    return t


def require() -> None:
    """Load WordNet now; raises KGError naming what is missing when it cannot be (a build calls this first)."""
    _reader()


@lru_cache(maxsize=1)
def _load():
    from kg.lexicon.wordnet_data import wordnet_dir

    folder = str(wordnet_dir())
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    if folder not in nltk.data.path:
        nltk.data.path.append(folder)  # nltk reads only from its data roots

    class _PackagedWordNet(WordNetCorpusReader):
        _reading = threading.RLock()  # a look-up is a seek and a readline on a shared file object (re-entered:
        # reading a satellite adjective reads its head)

        def synset_from_pos_and_offset(self, pos, offset):
            with self._reading:
                return super().synset_from_pos_and_offset(pos, offset)

        def reopen(self) -> None:
            """Drop the data files (opened again on the next look-up) and the read lock: in a forked child,
            both are the parent's."""
            files, self._data_file_map = self._data_file_map, {}
            self._reading = threading.RLock()
            for f in files.values():
                f.close()  # the child's copy of the descriptor; the parent's stays open

        def open(self, fileid):
            if fileid == "lexnames":
                return io.StringIO("".join(f"{i:02d} {n} {i // 100}\n" for i, n in enumerate(_LEXNAMES)))
            path = os.path.join(folder, fileid)
            if fileid.startswith(("index.", "data.")) and os.path.isfile(path):
                # a plain file: nltk's own stream reader decodes line by line in Python, several times slower.
                # WordNet's files are ASCII, so a text position is the byte offset nltk seeks to.
                return builtins.open(path, encoding="ascii", errors="strict")
            return super().open(fileid)

        def map_wn(self, version="wordnet"):
            return None  # the version map serves multilingual wordnets only

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available"
        return _PackagedWordNet(folder, None)


def available() -> bool:
    """Whether WordNet can be loaded."""
    from kg.errors import KGError

    try:
        _reader()
    except KGError:
        return False
    return True


def _pos(pos: str) -> str | None:
    return _POS.get(pos, pos if pos in ("v", "n", "a", "r") else None)


def _lemmas(word: str, pos: str):
    wn = _reader()
    p = _pos(pos)
    if p is None or not word:
        return []
    word = word.lower().replace(" ", "_")
    poses = ("a", "s") if p == "a" else (p,)
    return [lem for s in wn.synsets(word, p) if s.pos() in poses for lem in s.lemmas() if lem.name().lower() == word]


@lru_cache(maxsize=20000)
def antonyms(word: str, pos: str) -> frozenset[str]:
    """Direct WordNet antonyms of `word` as part of speech `pos` (spaCy POS or v/n/a/r), all senses.

    Adjectives also take the antonyms of the head adjective of their cluster ("asleep" -> "awake").
    """
    out: set[str] = set()
    for lem in _lemmas(word, pos):
        out |= {a.name().lower() for a in lem.antonyms()}
    if not out and _pos(pos) == "a":  # a satellite adjective takes its cluster head's antonyms
        for lem in _lemmas(word, pos):
            for head in lem.synset().similar_tos():
                out |= {a.name().lower() for hl in head.lemmas() for a in hl.antonyms()}
    if _pos(pos) == "a":  # "safe" -> "dangerous" and its satellites ("unsafe")
        for lem in _lemmas(word, pos):
            for a in lem.antonyms():
                out |= {sl.name().lower() for sat in a.synset().similar_tos() for sl in sat.lemmas()}
    out.discard(word.lower())
    return frozenset(w.replace("_", " ") for w in out)


_SENSES = 6  # senses past the sixth are rare ones ("take" meaning "need" is its fourteenth)


@lru_cache(maxsize=20000)
def _senses(word: str, p: str) -> tuple:
    wn = _reader()
    if not word:
        return ()
    return tuple(s.name() for s in wn.synsets(word.lower().replace(" ", "_"), p)[:_SENSES])


@lru_cache(maxsize=20000)
def synonyms(word: str, pos: str) -> frozenset[str]:
    """Words sharing one of `word`'s common senses (its first six), in that sense; see `share_sense`."""
    wn = _reader()
    p = _pos(pos)
    if p is None or not word:
        return frozenset()
    out = {lem.name().lower().replace("_", " ") for s in wn.synsets(word.lower(), p)[:_SENSES] for lem in s.lemmas()}
    return frozenset(w for w in out - {word.lower()} if share_sense(word, w, pos))


@lru_cache(maxsize=50000)
def share_sense(a: str, b: str, pos: str) -> bool:
    """Whether one of the first six senses of `a` is one of the first six of `b` ("gain"/"advance": yes)."""
    p = _pos(pos)
    return p is not None and bool(set(_senses(a, p)) & set(_senses(b, p)))


@lru_cache(maxsize=20000)
def related(word: str, pos: str) -> frozenset[str]:
    """Verbs and adjectives a noun derives from, and back ("involvement" -> "involve")."""
    out: set[str] = set()
    for lem in _lemmas(word, pos):
        out |= {d.name().lower() for d in lem.derivationally_related_forms()}
    out.discard(word.lower())
    return frozenset(w.replace("_", " ") for w in out)


@lru_cache(maxsize=20000)
def hypernyms(word: str, pos: str) -> frozenset[str]:
    """Lemmas of the direct hypernyms of `word`'s first two senses ("advance" -> "travel", "move")."""
    wn = _reader()
    p = _pos(pos)
    if p is None or not word:
        return frozenset()
    out = {lem.name().lower().replace("_", " ") for s in wn.synsets(word.lower(), p)[:2]
           for h in s.hypernyms() for lem in h.lemmas()}
    return frozenset(out - {word.lower()})


@lru_cache(maxsize=20000)
def noun_classes(word: str, senses: int = 3) -> frozenset[str] | None:
    """The WordNet lexicographer classes of a noun's commonest `senses` ("spokesman" -> {"person"}); None when
    unknown.

    None means WordNet does not know the word, so a caller keeps its default.
    """
    wn = _reader()
    if not word:
        return None
    found = wn.synsets(word.lower().replace(" ", "_"), "n")
    if not found:
        return None
    return frozenset(s.lexname().removeprefix("noun.") for s in found[:senses])


@lru_cache(maxsize=20000)
def proper_noun_class(name: str) -> str | None:
    """The lexicographer class of the commonest sense of a one-word proper name WordNet lists with that
    capitalisation ("Taliban" -> "group", "Sicily" -> "location"); None when WordNet lacks it or lists it
    only as a common noun ("Union")."""
    wn = _reader()
    if wn is None or not name or " " in name or not name[:1].isupper():
        return None
    found = wn.synsets(name.lower(), "n")
    if not found or not any(lem.name() in (name, name.capitalize()) for lem in found[0].lemmas()):
        return None
    return found[0].lexname().removeprefix("noun.")


_SITES = frozenset({"facility.n.01", "building.n.01", "location.n.01"})


@lru_cache(maxsize=20000)
def is_site(word: str) -> bool:
    """Is the commonest sense of the noun `word` a place one can be at: a location, a facility or a building
    ("center", "museum", "airport", "hospital"; not "cross", "watch" or "office")?"""
    wn = _reader()
    if wn is None or not word:
        return False
    found = wn.synsets(word.lower(), "n")
    if not found:
        return False
    s = found[0]
    return s.lexname() == "noun.location" or any(h.name() in _SITES for h in s.closure(lambda x: x.hypernyms()))


@lru_cache(maxsize=20000)
def names_one(word: str) -> bool:
    """Does the commonest noun sense of `word` name one particular thing, a person or a place ("Daniels" -> the
    prophet Daniel, "Evers"), rather than a kind ("Latinos", "hatters")?"""
    wn = _reader()
    if wn is None or not word:
        return False
    found = wn.synsets(word.lower(), "n")
    return bool(found) and bool(found[0].instance_hypernyms())


@lru_cache(maxsize=20000)
def instance_kinds(name: str, senses: int = 3) -> frozenset[str]:
    """What the commonest `senses` of a proper name are instances of ("New York" -> {"city", "american state",
    "colony", ...}), empty when WordNet lacks the name."""
    wn = _reader()
    if wn is None or not name:
        return frozenset()
    found = wn.synsets(name.lower().replace(" ", "_"), "n")[:senses]
    return frozenset(lem.name().lower().replace("_", " ") for s in found for h in s.instance_hypernyms()
                     for lem in h.lemmas())


@lru_cache(maxsize=20000)
def common_word(word: str, senses: int = 1) -> bool:
    """Is `word` in lower case a common noun's commonest sense (of its first `senses`) or an adjective ("post",
    "marine", "independent"; not "Toronto", "Google" or "Scientology", whose nouns WordNet writes capitalised)?"""
    wn = _reader()
    if wn is None or not word:
        return False
    low = word.lower()
    nouns = wn.synsets(low, "n")[:senses]
    adjectives = wn.synsets(low, "a") + wn.synsets(low, "s")
    return any(lem.name() == low for s in nouns + adjectives for lem in s.lemmas())

"""A corpus of hostile inputs, written at test time (big files are generated, not committed).

Each entry is a case of issue #13: files that once stalled a build, crashed it with a traceback,
were refused although they are text, or broke an output. `write_corpus(folder)` writes them and
returns what a build must say about each: `skipped` names the files that must be reported and left
out, `warned` the files that must be read with a one-line warning.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

__all__ = ["BUILD_CASES", "CP1252_TEXT", "FORMULAS", "GOOD", "write_corpus"]

FORMULAS = ("=cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)")
_WORDS = ("the minister said that officials would review claims about the budget and the port "
          "while critics argued the plan was late and costly for farmers in the region").split()


def _prose(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _article(body: str) -> str:
    return ("Port plan draws fire from growers\n\n"
            "Regional Minister Ana Duarte said on Tuesday that the new port would open next year. "
            "\"We are ready,\" Duarte said.\n\n" + body + "\n\nFarmers' union leader Tom Baker disputed that, "
            "saying the port would not open before 2027.\n")


def write_corpus(folder: Path, *, big: bool = True) -> dict[str, list[str]]:
    """Write the hostile corpus into `folder`; returns {'skipped': [...], 'warned': [...], 'good': [...]}
    with paths relative to `folder`. `big=False` leaves out the two largest files (for quick tests)."""
    rng = random.Random(13)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes | str] = {}
    skipped, warned = [], []

    # bounds: no sentence end, one enormous line, walls of quotation marks, deep markup
    if big:
        files["noend.txt"] = "Officials said " + _prose(rng, 24_000) + "\n"  # past the length cap
        warned.append("noend.txt")
        files["oneline.txt"] = _article("Officials said " + _prose(rng, 9_000).replace("\n", " "))
    files["quotes.txt"] = _article("".join(rng.choice('"“”‘’«» a') for _ in range(12_000)))
    files["nested.html"] = ("<html><head><title>Deep</title></head><body><article>" + "<div>" * 20_000
                            + "<p>" + _article("The page nests deeply.") + "</p>" + "</div>" * 20_000
                            + "</article></body></html>")
    files["unclosed.html"] = "<html><body><p>" + _article("x") + "</p><!--" + "<a " * 5_000

    # decoding: legacy encodings, BOMs, a stray byte
    text = _article("The café owner’s “résumé” — naïve, he said — was fine.")
    files["cp1252.txt"] = text.encode("cp1252")
    files["latin1.txt"] = _article("Le maire a déclaré que la réforme était nécessaire.").encode("latin-1")
    files["utf16.txt"] = text.encode("utf-16")
    files["utf8bom.txt"] = b"\xef\xbb\xbf" + text.encode("utf-8")
    files["stray.txt"] = text.encode("utf-8").replace("naïve".encode(), b"na\xefve")
    warned += ["cp1252.txt", "latin1.txt", "stray.txt"]

    # outputs: characters that break line-based or XML formats, formulas, odd file names
    files["controls.txt"] = _article("The envoy said the talks\u2028had stalled\u2029again\x0bat the\x0cborder\x85"
                                     "and \x1b[31mred\x7f text \ufffe\uffff ended.")
    files["formula.txt"] = "".join(f"Mayor Jo Reed said \"{f} is the answer to everything we do,\" said {f}.\n"
                                   for f in FORMULAS) \
        + _article("Analyst @SUM(A1) said the figures were =1+1 wrong.")
    files["name with space.txt"] = _article("The spokesman said the files were complete.")
    files["new\nline.txt"] = _article("The mayor said the road would reopen.")
    files["a/story.txt"] = _article("The governor said the first story was true.")
    files["b/story.txt"] = _article("The senator said the second story was false, unlike the first.")

    # side-cars that once gave tracebacks, and plain bad files
    files["deep.txt"] = _article("The judge said the ruling stands.")
    files["deep.meta.json"] = "[" * 100_000 + "]" * 100_000
    files["dir.txt"] = _article("The coach said the team was ready.")
    files["hugedate.txt"] = _article("The pilot said the flight was on time.")
    files["hugedate.meta.json"] = json.dumps({"date": "99999-12-31"})
    files["odddate.txt"] = _article("The nurse said the ward was full.")
    files["odddate.meta.json"] = json.dumps({"date": "2024-02-30T25:61"})
    files["surrogate.txt"] = _article("The author said the book was finished.")
    files["surrogate.meta.json"] = '{"title": "Bad \\ud800 title", "outlet": "=HYPERLINK(\\"http://x\\")", ' \
                                   '"agencies": ["\\udfff"]}'
    files["empty.txt"] = b""
    files["binary.txt"] = bytes(range(256)) * 64
    files["nul.txt"] = b"He said\x00\x00\x00 so.\n"
    skipped += ["deep.txt", "dir.txt", "empty.txt", "binary.txt", "nul.txt"]
    warned += ["hugedate.txt", "odddate.txt"]

    for name, data in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8", newline="")
        else:
            p.write_bytes(data)
    (folder / "dir.meta.json").mkdir(exist_ok=True)
    articles = [n for n in files if not n.endswith(".json")]
    good = [n for n in articles if n not in skipped]
    return {"skipped": skipped, "warned": warned, "good": good}


# --- issue #21: inputs that hung a build, blew up its memory, or lost the user's files -------------------------

GOOD = ("Regional Minister Ana Duarte said on Tuesday that the new port would open next year.\n\n"
        "Farmers' union leader Tom Baker disputed that, saying the port would not open before 2027.\n")
CP1252_TEXT = ("Prices rose to \u20ac5 \u2013 \u201ca scandal\u201d, the mayor said on Monday.\n\n"
               "\u201cWe will not pay the new toll,\u201d said union leader Tom Baker \u2014 twice.\n")


def _good(folder: Path, name: str = "good.txt") -> Path:
    (folder / name).write_text(GOOD, encoding="utf-8")
    return folder / name


def _fifo_article(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    _good(src)
    os.mkfifo(src / "pipe.txt")
    return {"inputs": [src, src / "pipe.txt"], "says": ["pipe.txt: is a named pipe (FIFO), not a regular file"],
            "articles": 1}


def _fifo_sidecar(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    _good(src)
    _good(src, "story.txt")
    os.mkfifo(src / "story.meta.json")
    return {"inputs": [src], "says": ["story.meta.json: side-car metadata cannot be read (it is a named pipe (FIFO)"],
            "articles": 1}


def _endless_and_huge(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    _good(src)
    os.symlink("/dev/zero", src / "zero.txt")
    with open(src / "huge.txt", "w", encoding="utf-8") as f:  # 20 MB of prose: read only up to the cap
        line = "The minister said the port would open next year, and critics said it would not. " * 12 + "\n"
        while f.tell() < 20_000_000:
            f.write(line)
    _good(src, "big.txt")
    with open(src / "big.meta.json", "wb") as f:  # a 2 GB side-car (sparse): refused without being read
        f.truncate(2_000_000_000)
    return {"inputs": [src], "says": ["zero.txt: is a character device, not a regular file",
                                      "huge.txt: file is 2", "only the first 400,004 are read",
                                      "big.meta.json: side-car metadata is 2,000,000,000 bytes"],
            "articles": 2}


def _ampersands(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    (src / "amps.txt").write_text("The minister said the port would open next year. " + "&" * 100_000 + "\n",
                                  encoding="utf-8")
    (src / "amps.html").write_text("<html><body><p>The minister said the port would open next year. "
                                   + "&amp;" * 200_000 + "</p></body></html>", encoding="utf-8")
    return {"inputs": [src], "says": ["amps.txt: article text cut at", "amps.html: article text cut at"],
            "articles": 2}


def _users_folder(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    _good(src)
    mine = root / "mine"
    mine.mkdir()
    (mine / "articles.jsonl").write_text("my own notes\n")
    (mine / "thesis.tex").write_text("years of work\n")
    return {"inputs": [src], "out": mine, "says": ["mine: is not a kg build folder (no kg-manifest.json)"], "articles": None}


def _special_files(root: Path) -> dict:
    src = root / "in"
    (src / "sub").mkdir(parents=True)
    _good(src)
    os.mkfifo(src / "sub" / "pipe.txt")
    os.symlink("nowhere.txt", src / "broken.txt")
    os.symlink("loop.txt", src / "loop.txt")
    return {"inputs": [src], "says": ["pipe.txt: is a named pipe (FIFO)", "broken.txt: is a broken symbolic link",
                                      "loop.txt: is a symbolic link loop"], "articles": 1}


def _cp1252(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    (src / "toll.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    return {"inputs": [src], "says": ["toll.txt: not UTF-8: read as cp1252"], "articles": 1}


def _output_inside_input(root: Path) -> dict:
    src = root / "in"
    src.mkdir()
    _good(src)
    (src / "page.html").write_text("<html><body><p>The mayor said the bridge would reopen on Monday.</p></body></html>",
                                   encoding="utf-8")
    return {"inputs": [src], "out": src / "out", "says": [], "articles": 2, "twice": True}


BUILD_CASES = {
    "a FIFO given or found as an article": _fifo_article,
    "a FIFO side-car": _fifo_sidecar,
    "/dev/zero, a 20 MB article and a 2 GB side-car": _endless_and_huge,
    "100,000 '&' in text, 200,000 '&amp;' in HTML": _ampersands,
    "-o a user's folder holding articles.jsonl": _users_folder,
    "-o inside the input folder, built twice": _output_inside_input,
    "FIFOs, broken links and link loops in a folder": _special_files,
    "Windows-1252 with curly quotes, dashes and the euro sign": _cp1252,
}
"""Issue #21's rows that are about `kg build`: name -> writer(root) -> {'inputs', 'says' (fragments of stderr),
'articles' (built; None: the build is refused), 'out' (when not root/'out'), 'twice' (build it again)}."""

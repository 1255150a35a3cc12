"""Sniffing an article's title, date, dateline, outlet, URL and credited agencies from its text."""
from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from kg.errors import InputError
from kg.ingest.files import read_capped
from kg.lexicon.news import AGENCIES, AGENCY_PATTERN, BOILERPLATE_LINE, OUTLET_DOMAINS, OUTLETS

__all__ = ["SIDECAR_FIELDS", "read_sidecar", "sniff"]

_MAX_SIDECAR_BYTES = 1_000_000
SIDECAR_FIELDS = ("title", "outlet", "date", "dateline", "url", "agencies")

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_MARKED = re.compile(r"\b(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
# a metadata line: "Date: 2024-08-14", "Published 5 March 2023", "Last updated: Aug. 14, 2024"
_MARKER = re.compile(r"^(?:date|dated|published|posted|updated|last updated|first published)\b\s*(?:on\b)?\s*:?",
                     re.IGNORECASE)
_BYLINE_NOISE = re.compile(
    r"\b(?:(?:last|first)\s+)?(?:date|dated|published|posted|updated|on|at|by)\b|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|"
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b[ap]\.?m\.?(?=\s|$)|\b(?:[A-Z]{2,4}T|GMT|UTC|BST|CET|ET|PT)\b|[|•·,:;()\-–—/]",
    re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]|(?:^|\s)['‘]\w")
_CAPTION = re.compile(r"\b(?:photo|photograph|picture|pictured|image|file|caption|seen|shows?|timeline)\b|\((?:AP|AFP|Reuters|Getty)[^)]*\)\s*$",
                      re.IGNORECASE)
_HEADER_LINES = 15
_ISO = re.compile(r"\b(20\d{2}|19\d{2})-(\d{2})-(\d{2})\b")
_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d{2})\b")
_DMY = re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b")
_URL_LINE = re.compile(r"^\s*(?:original\s+)?(?:url|source|link)\s*:\s*(https?://\S+)", re.IGNORECASE | re.MULTILINE)
_URL = re.compile(r"https?://[^\s<>\"')]+")
# "KYIV:", "WASHINGTON (Reuters) -", "LONDON, Aug 14 (AP) —" at the start of a paragraph
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,30}[A-Z.])(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Za-z0-9.]+){0,2})?"
    r"\s*(?:\((?P<agency>[A-Za-z .-]{2,30})\))?\s*(?::|—|–|-{1,2})\s+(?=[A-Z“\"])",
    re.MULTILINE)


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _dates_in(line: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of every full date written in `line`."""
    found = []
    for m in _ISO.finditer(line):
        d = _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d))
    for rx in (_MDY, _DMY):
        for m in rx.finditer(line):
            d = _ymd(int(m.group("year")), _MONTHS[m.group("mon")[:3].lower()], int(m.group("day")))
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found)


def _byline_date(line: str) -> str | None:
    """The date of a byline or date line ('By Jane Doe | Aug. 14, 2024 3:15 p.m. ET', 'Updated 5 March 2023').

    A line that says more than a date, a time, a marker and an author's name (a caption, a timeline
    entry, a sentence, a quotation) gives no date.
    """
    s = line.strip()
    if not s or len(s) > 120 or _QUOTE_MARKS.search(s) or _CAPTION.search(s):
        return None
    dates = _dates_in(s)
    if len(dates) != 1:
        return None
    start, end, iso = dates[0]
    rest = _BYLINE_NOISE.sub(" ", s[:start] + " " + s[end:])
    words = rest.split()
    if not words or (s.lower().startswith("by ") and len(words) <= 5) or _MARKER.match(s):
        return iso
    return None


def _find_date(text: str, dateline: re.Match | None) -> str | None:
    """The publication date: a marked metadata line, the dateline, or a byline in the header; else None.

    A date written anywhere else (inside a quotation, a caption, a timeline box, the story) is not the
    article's date, so it is never taken.
    """
    for line in text.splitlines():
        if _MARKER.match(line.strip()):
            d = _byline_date(line)
            if d:
                return d
    if dateline is not None:
        dates = _dates_in(dateline.group(0))
        if dates:
            return dates[0][2]
    for n, line in enumerate(text.splitlines()[:_HEADER_LINES]):
        if len(line.split()) > 40:
            break  # the story has begun
        d = _byline_date(line)
        if d:
            return d
    return None


def _canonical_agency(name: str) -> str:
    for canon, spellings in AGENCIES.items():
        if name in spellings or name.lower() in (s.lower() for s in spellings if len(s) > 3):
            return canon
    return name


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower().removeprefix("www.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        cand = ".".join(parts[i:])
        if cand in OUTLET_DOMAINS:
            return OUTLET_DOMAINS[cand]
    return None


def _outlet_from_text(text: str, url_outlet: str | None) -> str | None:
    # a line that is only an outlet's name ("The Wall Street Journal" as a closing credit)
    names = {n.lower(): n for n in OUTLETS}
    for line in text.splitlines():
        key = line.strip().lower()
        if key in names and key not in ("reuters", "associated press", "agence france-presse", "bloomberg"):
            return names[key]
    if url_outlet:
        return url_outlet
    # a publisher speaking of itself in a reader appeal ("The Independent is trusted by ...")
    for name in OUTLETS:
        if re.search(rf"\b{re.escape(name)} (?:is|has been) (?:trusted|on the ground|independent)\b", text):
            return name
    return None


def _title(text: str) -> str | None:
    for line in text.splitlines()[:12]:
        s = line.strip()
        if not s or BOILERPLATE_LINE.match(s) or _DATE_MARKED.search(s):
            continue
        words = s.split()
        if 3 <= len(words) <= 30 and not s.endswith((".", ",", ";")) and not _DATELINE.match(s):
            return s
        if len(words) > 30 or s.endswith("."):
            return None
    return None


def sniff(text: str) -> dict:
    """Metadata found in the text: title, date (ISO), dateline, outlet, url, agencies."""
    url_m = _URL_LINE.search(text) or _URL.search(text)
    url = url_m.group(1) if url_m and url_m.re is _URL_LINE else (url_m.group(0) if url_m else None)
    dateline = None
    agencies: list[str] = []
    m = m_dateline = _DATELINE.search(text[:3000])
    if m and m.group("place").strip() not in {"BREAKING", "UPDATE", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION"}:
        dateline = m.group("place").strip().title()
        if m.group("agency"):
            agencies.append(_canonical_agency(m.group("agency").strip()))
    for m in AGENCY_PATTERN.finditer(text):
        name = next(g for g in m.groups() if g)
        agencies.append(_canonical_agency(name))
    url_outlet = _outlet_from_url(url)
    return {
        "title": _title(text),
        "date": _find_date(text, m_dateline),
        "dateline": dateline,
        "outlet": _outlet_from_text(text, url_outlet),
        "url": url,
        "agencies": sorted(set(agencies)),
    }


def read_sidecar(path: Path) -> dict:
    """Metadata from `NAME.meta.json` beside the article, if there is one; fields override sniffing.

    Raises InputError when the side-car is not a regular file (a pipe, a device, a broken link: never opened),
    is over 1 MB (never read whole), or is not a JSON object of known fields.
    """
    side = path.with_name(path.stem + ".meta.json")
    if not os.path.lexists(side):
        side = path.with_name(path.name + ".meta.json")
        if not os.path.lexists(side):
            return {}
    try:  # looked at before it is opened: a pipe or a device is never opened, a large file never read whole
        raw, size = read_capped(side, _MAX_SIDECAR_BYTES + 1)
    except ValueError as e:
        raise InputError(side, f"side-car metadata cannot be read (it is {e}, not a regular file)") from None
    except OSError as e:
        raise InputError(side, f"side-car metadata cannot be read ({e.strerror or e})") from None
    if size > _MAX_SIDECAR_BYTES:
        raise InputError(side, f"side-car metadata is {size:,} bytes; the limit is {_MAX_SIDECAR_BYTES:,}")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(side, f"side-car metadata is not valid JSON: {e}") from None
    except RecursionError:
        raise InputError(side, "side-car metadata is not valid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(side, "side-car metadata must be a JSON object")
    unknown = set(data) - set(SIDECAR_FIELDS)
    if unknown:
        raise InputError(side, f"unknown side-car field(s) {sorted(unknown)}; valid: {list(SIDECAR_FIELDS)}")
    if "agencies" in data and not (isinstance(data["agencies"], list) and all(isinstance(a, str) for a in data["agencies"])):
        raise InputError(side, "side-car field 'agencies' must be a list of names")
    for k in ("title", "outlet", "date", "dateline", "url"):
        if k in data and data[k] is not None and not isinstance(data[k], str):
            raise InputError(side, f"side-car field {k!r} must be a string")
    return data

"""Figures in a claim, with unit, hedge and range, normalised for comparison.

"at least 500 sq km (193 square miles)" -> 500..inf km2; "nearly 200,000" -> 180000..200000 people;
"one to two kilometres" -> 1..2 km; "12 km deep and 40 km wide" -> an area of about 480 km2.
"""
from __future__ import annotations

import re

from kg.model import Quantity

__all__ = ["parse_number", "quantities"]

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
          "dozen": 12, "a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9, "k": 1e3}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_COMPOUND = _TENS + r"[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b"  # "forty-three", not a range 40-3
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + _COMPOUND + "|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_SCALE_RX = r"(?:\s*(?:thousand|million|billion|bn|m|k)\b)?"
_HEDGE = (r"(?P<hedge>at least|more than|over|nearly|almost|about|around|roughly|some|approximately|up to|"
          r"less than|fewer than|under|close to|as many as|as much as|an estimated|between|only|just)?\s*")
_UNITS = {  # longest first: a speed ("30 km/h", "185 mph") is not a distance
    r"km/h|kph|kmh|kilomet(?:re|er)s? (?:per|an) hour": ("km/h", 1.0),
    r"mph|mi/h|miles? (?:per|an) hour": ("km/h", 1.60934),
    r"knots?": ("km/h", 1.852),
    r"sq(?:uare)?\.?\s*(?:km|kilomet(?:re|er)s?)|km2|km²|square kilomet(?:re|er)s?": ("km2", 1.0),
    r"sq(?:uare)?\.?\s*miles?|mi2|mi²": ("km2", 2.58999),
    r"hectares?": ("km2", 0.01),
    r"(?:km|kilomet(?:re|er)s?)": ("km", 1.0),
    r"miles?": ("km", 1.60934),
    r"(?:m|met(?:re|er)s)\b": ("km", 0.001),
    r"%|per ?cent": ("percent", 1.0),
}
_UNIT_RX = "|".join(f"(?:{u})" for u in _UNITS)
_QTY = re.compile(
    _HEDGE + r"(?P<a>" + _NUM + r")" + _SCALE_RX +
    r"(?:\s*(?:-|–|to|and)\s*(?P<b>" + _NUM + r")" + _SCALE_RX + r")?"
    r"(?:\s*(?P<unit>" + _UNIT_RX + r")\b)?"
    r"(?:\s+(?P<noun>[A-Za-z][a-z-]{2,}))?",
    re.IGNORECASE)
_DIMS = re.compile(r"(?P<a>" + _NUM + r")\s*(?:km|kilomet(?:re|er)s?)\s+(?:deep|long)\s+and\s+(?P<b>" + _NUM +
                   r")\s*(?:km|kilomet(?:re|er)s?)\s+wide", re.IGNORECASE)
_PEOPLE = {"people", "persons", "residents", "civilians", "russians", "ukrainians", "israelis", "palestinians",
           "americans", "children", "refugees", "evacuees", "soldiers", "troops", "servicemen", "prisoners"}
_SKIP_NOUNS = {"days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour", "minutes",
               "am", "pm", "percent", "times", "of", "and", "to", "in", "the", "a", "since",
               "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "did", "for", "on", "at"}
# a casualty figure with no noun after it: "the blast killed twelve and injured 30 more", "190 were dead"
_HARMED = r"(?:killed|injured|wounded|hurt|dead|missing|hospitali[sz]ed|rescued|arrested|detained|evacuated)"
_CASUALTIES = re.compile(r"\b(?:killed|injured|wounded|hospitali[sz]ed|rescued|arrested|detained|evacuated)\s+"
                         + _HEDGE + r"(?P<a>" + _NUM + r")\b(?!\s*(?:%|percent|per cent|[A-Za-z]{3,}\b(?<!and)(?<!more)"
                         r"(?<!others)(?<!people)(?<!were)))"
                         r"|\b(?P<n>" + _NUM + r")\s+(?:were|are|was|have\s+been|had\s+been|are\s+now)\s+" + _HARMED + r"\b"
                         r"|\bdeath\s+toll\s+(?:(?:has|had)\s+)?(?:(?:of|at|to)\s+|(?:rose|risen|rising|climbed|stood|stands|reached|"
                         r"is|was)\s+(?:to\s+|at\s+)?)" + _HEDGE.replace("<hedge>", "<hedge2>") + r"(?P<a2>" + _NUM + r")\b",
                         re.IGNORECASE)
_MONTHS = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                     r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$", re.IGNORECASE)  # not "separatists"


def parse_number(s: str) -> float | None:
    """'1,000' -> 1000.0, 'two' -> 2.0, '0.6' -> 0.6; None when `s` is not a number."""
    s = s.strip().lower()
    if s in _WORDS:
        return float(_WORDS[s])
    if re.fullmatch(_COMPOUND, s):
        tens, unit = re.split(r"[-\s]", s)
        return float(_WORDS[tens] + _WORDS[unit])
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _bounds(hedge: str, low: float, high: float) -> tuple[float, float]:
    h = (hedge or "").lower()
    if h == "at least":
        return low, float("inf")
    if h in ("more than", "over"):
        return low * 1.0001, float("inf")
    if h in ("less than", "fewer than", "under"):
        return 0.0, high * 0.9999
    if h in ("up to", "as many as", "as much as"):
        return 0.0, high
    if h in ("nearly", "almost", "close to"):
        return high * 0.9, high
    if h in ("about", "around", "roughly", "some", "approximately", "an estimated"):
        return low * 0.9, high * 1.1
    return low, high


def quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every figure in `text` (a claim's content); offsets are shifted by `offset`."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for found in (_areas(text), _casualties(text)):
        for q in found:
            out.append(q)
            taken.append((q.start, q.end))
    for m in _QTY.finditer(text):
        if any(s <= m.start("a") < e for s, e in taken):
            continue
        q = _figure(m, text)
        if q is not None:
            out.append(q)
            taken.append((q.start, q.end))
    out = [q.model_copy(update={"start": q.start + offset, "end": q.end + offset}) for q in out]
    return _without_restatements(out, text, offset)


def _areas(text: str) -> list[Quantity]:
    """"30 km deep and 10 km long": an area, about the product."""
    out = []
    for m in _DIMS.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a and b:
            area = a * b
            out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), low=area * 0.9,
                                high=area * 1.1, unit="km2", measure="area", hedge="about"))
    return out


def _casualties(text: str) -> list[Quantity]:
    """"killed twelve", "190 were dead": people, though no noun says so."""
    out = []
    for m in _CASUALTIES.finditer(text):
        figure = m.group("a") or m.group("a2") or m.group("n")
        a = parse_number(figure)
        if a is None or a >= 1900 and figure.isdigit():
            continue
        hedge = (m.group("hedge") or m.group("hedge2") or "").lower()
        lo, hi = _bounds(hedge, a, a)
        start, end = (m.start("n"), m.end()) if m.group("n") else (m.start(), m.end())
        out.append(Quantity(text=text[start:end], start=start, end=end, low=lo, high=hi,
                            unit="people", measure="people", hedge=hedge or "exact"))
    return out


def _scaled(m: re.Match, a: float, b: float | None) -> tuple[float, float | None]:
    """The figures times a scale word after them: "2.5 million", "two thousand"."""
    scale_txt = m.group().lower()
    for word, factor in _SCALE.items():
        if re.search(rf"\d\s*{word}\b|\b(?:{'|'.join(_WORDS)})\s+{word}\b", scale_txt):
            return a * factor, (b * factor if b is not None else None)
    return a, b


def _unit_of(m: re.Match, text: str, a: float, b: float | None):
    """(unit, measure, a, b) of a figure, its values in the canonical unit; None when it counts nothing known."""
    unit_txt = m.group("unit")
    noun = (m.group("noun") or "").lower()
    if text[max(0, m.start("a") - 1):m.start("a")] in ("$", "£", "€", "¥"):
        return "currency", "money:" + text[m.start("a") - 1], a, b
    if unit_txt:
        for rx, (unit, factor) in _UNITS.items():
            if re.fullmatch(rx, unit_txt, re.IGNORECASE):
                a *= factor
                b = b * factor if b is not None else None
                break
        return unit, {"km2": "area", "km": "distance", "km/h": "speed", "percent": "share"}[unit], a, b
    if noun and noun not in _SKIP_NOUNS and not _MONTHS.match(noun) and m.group("a")[0].isdigit() or \
            (noun and noun not in _SKIP_NOUNS and (m.group("a").lower() in _WORDS or
                                                     re.fullmatch(_COMPOUND, m.group("a"), re.IGNORECASE))
             and (noun.endswith("s") or noun in _PEOPLE)):
        unit = "people" if noun in _PEOPLE else "count"
        return unit, "people" if unit == "people" else noun.rstrip("s") if len(noun) > 4 else noun, a, b
    return None


def _figure(m: re.Match, text: str) -> Quantity | None:
    """The figure one match of `_QTY` states, or None (a year, a date, a scale letter read as a unit)."""
    a = parse_number(m.group("a"))
    if a is None:
        return None
    if m.group("a").isdigit() and 1900 <= a <= 2100 and not m.group("unit"):
        return None  # a year
    b = parse_number(m.group("b")) if m.group("b") else None
    found = _unit_of(m, text, *_scaled(m, a, b))
    if found is None:
        return None
    unit, measure, a, b = found
    if unit == "currency" and m.group("unit"):
        return None  # "$5m": the unit pattern read a scale letter as metres; not a figure kg can normalise
    hedge = (m.group("hedge") or "").lower()
    if hedge == "between" and b is None:
        hedge = ""
    lo, hi = (a, b) if b is not None and b >= a else (a, a)
    lo, hi = _bounds(hedge, lo, hi)
    end = m.end("unit") if m.group("unit") else m.end()
    return Quantity(text=text[m.start():end].strip(), start=m.start(), end=end, low=lo, high=hi, unit=unit,
                    measure=measure, hedge="range" if b is not None else (hedge or "exact"))


def _without_restatements(out: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """Less a figure restated in other units right after ("500 sq km (193 square miles)"): the same figure."""
    kept: list[Quantity] = []
    for q in sorted(out, key=lambda q: q.start):
        if kept and kept[-1].unit == q.unit and 0 <= q.start - kept[-1].end <= 3 and \
                text[kept[-1].end - offset: q.start - offset].strip() in ("(", ""):
            continue
        kept.append(q)
    return kept

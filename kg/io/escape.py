"""Article text is untrusted: making any value safe for the XML and CSV outputs, in one place.

- XML 1.0 (GEXF, GraphML, SPARQL XML results) cannot hold most C0 control characters, lone
  surrogates, U+FFFE or U+FFFF at all, not even as character references: `xml_safe` drops the
  control characters (they carry nothing a reader sees) and replaces the others with U+FFFD, so
  every XML output is well-formed whatever the text holds.
- A spreadsheet runs a CSV cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
  before one) as a formula: `csv_safe` prefixes such a cell with an apostrophe, which spreadsheets
  show as text (OWASP's advice on CSV injection).
"""
from __future__ import annotations

import re

__all__ = ["csv_safe", "xml_safe"]

_XML_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_ILLEGAL = re.compile("[\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_XML_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: str) -> str:
    """`value` without the control characters XML 1.0 forbids, and its other forbidden characters as U+FFFD."""
    if _XML_ANY.search(value) is None:  # nearly always: one scan, no copy
        return value
    return _XML_ILLEGAL.sub("\ufffd", _XML_CONTROL.sub("", value))


def csv_safe(value):
    """`value` unchanged unless it is a string a spreadsheet would run as a formula; then prefixed with `'`."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value

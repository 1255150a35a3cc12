"""What the SPARQL endpoint refuses before a query runs: SERVICE calls to hosts not allowed, and requests whose
Host header names another server (DNS rebinding: a web page that rebinds its own name to 127.0.0.1).

`service_targets` finds SERVICE clauses outside strings, IRIs and comments, so the word inside a literal
or an IRI is not mistaken for one, and `SERVICE ?var` (which could reach anywhere) is always refused.
"""
from __future__ import annotations

import re
from typing import Optional

__all__ = ["allowed_host_names", "host_ok", "service_allowed", "service_targets"]

_TOKENS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*", re.DOTALL)
_SERVICE = re.compile(r"\bSERVICE\b(?:\s+SILENT\b)?\s*(<[^<>]*>|[?$]\w+|\S+)", re.IGNORECASE)


def service_targets(query: str) -> list[str]:
    """The targets of every SERVICE clause in `query` (IRIs with their brackets, or a variable), ignoring the
    word where it sits inside a string, an IRI or a comment."""
    def mask(m: re.Match) -> str:
        t = m.group(0)
        return "<" + "_" * (len(t) - 2) + ">" if t.startswith("<") else " " * len(t)

    masked = _TOKENS.sub(mask, query)
    return [query[m.start(1):m.end(1)] for m in _SERVICE.finditer(masked)]


def service_allowed(target: str, hosts: frozenset[str]) -> bool:
    """Whether a SERVICE target is a full http(s) IRI naming one of `hosts`."""
    from urllib.parse import urlsplit

    if not (target.startswith("<") and target.endswith(">")):
        return False  # SERVICE ?var could reach anywhere
    url = urlsplit(target[1:-1])
    return url.scheme in ("http", "https") and (url.hostname or "").lower() in hosts


def host_ok(host_header: str, allowed: Optional[frozenset[str]]) -> bool:
    """Whether a request's Host header names an allowed host (any, when `allowed` is None)."""
    if allowed is None or not host_header:
        return True
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[:host.find("]") + 1]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host in allowed


def allowed_host_names(host: str) -> Optional[frozenset[str]]:
    """The Host header values a server bound to `host` answers (DNS rebinding guard); None for a wildcard
    address, where any name may reach it."""
    h = host.strip("[]").lower()
    if h in ("0.0.0.0", "::", ""):
        return None
    names = {h, f"[{h}]"}
    if h in ("127.0.0.1", "::1", "localhost"):
        names |= {"localhost", "127.0.0.1", "[::1]"}
    return frozenset(names)

"""A list of URLs (one a line; blank lines and `#` comments skipped), fetched with httpx when the user asks
(`kg build --urls LIST`).

Polite: one request at a time (and at least `delay` seconds between two to the same host), robots.txt read and
obeyed for kg's user agent, redirects followed (at most 5), a time limit on each request and a size cap on each page.
Each page fetched is kept on disk as a one-record WARC.gz (written with warcio) in the user's cache
(`<cache>/kg/fetch/`), so a later build reads it from there without asking the site again, and the page's URL and
fetch date are kept as for any web archive (`kg.ingest.warc`).
"""
from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
from pathlib import Path
from typing import Iterator, Optional, Union
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from kg.errors import InputError
from kg.ingest.containers import Item

__all__ = ["USER_AGENT", "read_urls"]

USER_AGENT = "kg/0.1 (news source-disagreement research; +https://pypi.org/project/kg/)"
_MAX_PAGE_BYTES = 20_000_000
_TIMEOUT = 30.0


def _cache_dir(cache: Optional[Path]) -> Path:
    if cache is not None:
        return Path(cache)
    from kg.lexicon.wordnet_data import cache_root

    return cache_root() / "fetch"


def _cached_path(folder: Path, url: str) -> Path:
    return folder / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:32] + ".warc.gz")


class _Page:
    def __init__(self, url: str, status: int, reason: str, content_type: str, content: bytes) -> None:
        self.url, self.status, self.reason, self.content_type, self.content = url, status, reason, content_type, content


def _write_warc(target: Path, page: _Page) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    target.parent.mkdir(parents=True, exist_ok=True)
    status = StatusAndHeaders(f"{page.status} {page.reason or 'OK'}", [("Content-Type", page.content_type)],
                              protocol="HTTP/1.1")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".fetch-", suffix=".warc.gz")
    try:
        with os.fdopen(fd, "wb") as f:
            writer = WARCWriter(f, gzip=True)
            record = writer.create_warc_record(page.url, "response", payload=io.BytesIO(page.content),
                                               http_headers=status)
            writer.write_record(record)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Fetcher:
    def __init__(self, client, delay: float) -> None:
        self.client = client
        self.delay = delay
        self.robots: dict[str, Optional[RobotFileParser]] = {}
        self.last: dict[str, float] = {}

    def _wait(self, host: str) -> None:
        gap = time.monotonic() - self.last.get(host, -1e9)
        if gap < self.delay:
            time.sleep(self.delay - gap)
        self.last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            rp: Optional[RobotFileParser] = RobotFileParser()
            self._wait(parts.netloc)
            try:
                r = self.client.get(origin + "/robots.txt")
                if r.status_code in (401, 403):
                    rp.disallow_all = True
                elif r.status_code >= 400:
                    rp.allow_all = True
                else:
                    rp.parse(r.text.splitlines())
            except Exception:  # no robots.txt to be had: the site has said nothing
                rp = None
            self.robots[origin] = rp
        rp = self.robots[origin]
        return rp is None or rp.can_fetch(USER_AGENT, url)

    def get(self, url: str) -> _Page:
        self._wait(urlsplit(url).netloc)
        with self.client.stream("GET", url) as r:
            data = bytearray()
            for chunk in r.iter_bytes():
                data += chunk
                if len(data) > _MAX_PAGE_BYTES:
                    raise ValueError(f"larger than {_MAX_PAGE_BYTES:,} bytes")
            return _Page(str(r.url), r.status_code, r.reason_phrase, r.headers.get("content-type", ""), bytes(data))


def read_urls(path: Path, *, cache: Optional[Path] = None, delay: float = 1.0,
              client=None) -> Iterator[Union[Item, InputError]]:
    """The pages named in the URL list `path`: from the cache, or fetched (and cached) now."""
    from kg.ingest.warc import read_warc

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"cannot be read as a UTF-8 list of URLs ({e})") from None
    folder = _cache_dir(cache)
    fetcher = None
    own_client = None
    try:
        for n, line in enumerate(lines, 1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            where = f"line {n} ({url})"
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
                yield InputError(path, f"{where}: not an http(s) URL")
                continue
            cached = _cached_path(folder, url)
            if not cached.is_file():
                if fetcher is None:
                    import httpx

                    if client is None:
                        own_client = client = httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=_TIMEOUT,
                                                           follow_redirects=True, max_redirects=5)
                    fetcher = _Fetcher(client, delay)
                try:
                    if not fetcher.allowed(url):
                        yield InputError(path, f"{where}: robots.txt does not allow kg to fetch it")
                        continue
                    r = fetcher.get(url)
                except Exception as e:  # no network, refused, timed out, too large: this URL only
                    yield InputError(path, f"{where}: cannot be fetched ({type(e).__name__}: {e})")
                    continue
                if not 200 <= r.status < 300:
                    yield InputError(path, f"{where}: the server answered {r.status} {r.reason}")
                    continue
                try:
                    _write_warc(cached, r)
                except OSError as e:
                    yield InputError(path, f"{where}: cannot be cached in {folder} ({e.strerror or e})")
                    continue
            found = False
            for item in read_warc(cached):
                if isinstance(item, InputError):
                    yield InputError(path, f"{where}: {item.problem}")
                    continue
                found = True
                item.where = where
                item.meta.setdefault("url", url)
                yield item
            if not found:
                yield InputError(path, f"{where}: not an HTML or text page")
    finally:
        if own_client is not None:
            own_client.close()

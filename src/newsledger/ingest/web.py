"""Article URLs and RSS/Atom feeds over HTTP (httpx), with timeouts and a size cap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx

from newsledger import __version__
from newsledger.ingest.items import HTML_TYPES, article_from_bytes, article_from_text, domain_outlet
from newsledger.records import Article, ReadFailure

USER_AGENT = f"newsledger/{__version__} (+https://github.com/newsledger)"
TIMEOUT = httpx.Timeout(15.0, connect=10.0)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


class FetchError(Exception):
    pass


def fetch(client: httpx.Client, url: str, max_bytes: int) -> tuple[bytes, str]:
    """(body, content type); FetchError with a one-line reason on any failure."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError(f"response is over the {max_bytes:,}-byte size limit")
            return bytes(body), response.headers.get("content-type", "").split(";")[0].strip().lower()
    except httpx.TimeoutException:
        raise FetchError("timed out") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect ({_short(exc)})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {_short(exc)}") from None


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _is_feed(body: bytes, content_type: str) -> bool:
    if content_type in HTML_TYPES:
        return False
    head = body[:2048].lstrip().lower()
    return content_type in FEED_TYPES or head.startswith(b"<?xml") and (b"<rss" in body[:4096].lower() or b"<feed" in body[:4096].lower())


def _entry_date(entry) -> dt.date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def read_feed(client: httpx.Client, url: str, body: bytes, max_bytes: int) -> Iterator[Article | ReadFailure]:
    import feedparser

    feed = feedparser.parse(body)
    if not feed.entries:
        yield ReadFailure(url, "feed has no entries")
        return
    site = feed.feed.get("title") or domain_outlet(url)
    for entry in feed.entries:
        link = entry.get("link")
        given = {
            "title": entry.get("title"),
            "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")],
            "published": _entry_date(entry),
            "outlet": site,
        }
        article: Article | ReadFailure | None = None
        if link:
            try:
                page, ctype = fetch(client, link, max_bytes)
                html = True if ctype in HTML_TYPES else False if ctype == "text/plain" else None
                article = article_from_bytes(page, link, html=html, url=link)
            except FetchError as exc:
                article = ReadFailure(link, str(exc))
        if isinstance(article, Article):
            for key, value in given.items():
                if value and not getattr(article, key):
                    setattr(article, key, value)
            yield article
            continue
        summary = entry.get("summary") or ""
        if summary.strip():
            from newsledger.ingest.html import _fallback_text

            text = _fallback_text(summary) if "<" in summary else summary
            yield article_from_text(text, link or url, summary.encode(), url=link, **given)
        else:
            yield article or ReadFailure(link or url, "feed entry has neither a reachable page nor a summary")


def read_url(url: str, max_bytes: int, client: httpx.Client | None = None) -> Iterator[Article | ReadFailure]:
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        try:
            body, ctype = fetch(client, url, max_bytes)
        except FetchError as exc:
            yield ReadFailure(url, str(exc))
            return
        if _is_feed(body, ctype):
            yield from read_feed(client, url, body, max_bytes)
            return
        html = True if ctype in HTML_TYPES else False if ctype == "text/plain" else None
        yield article_from_bytes(body, url, html=html, url=url)
    finally:
        if own:
            client.close()

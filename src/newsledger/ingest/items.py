"""One input item (file bytes, a JSONL record, a fetched page) -> Article or ReadFailure."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

from newsledger.ingest.decode import NotText, decode_text, looks_binary
from newsledger.ingest.html import NoArticleText, read_html
from newsledger.ingest.metadata import parse_date, text_metadata
from newsledger.ingest.outlets import outlet_for_domain
from newsledger.records import Article, ReadFailure

HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower() or (
        "<body" in head or "<p>" in head or "<div" in head
    )


def domain_outlet(url: str | None) -> str | None:
    host = urlparse(url).hostname if url else None
    return outlet_for_domain(host) if host else None


def article_from_text(text: str, source: str, raw: bytes, *, media_type: str = "text/plain", url: str | None = None, **given) -> Article | ReadFailure:
    """An Article from plain text; metadata the caller gives wins over what the text says."""
    if not text.strip():
        return ReadFailure(source, "empty (no text)")
    meta = text_metadata(text)
    fields = {
        "title": meta.title,
        "authors": meta.authors,
        "published": meta.published,
        "outlet": meta.outlet or domain_outlet(url),
    }
    fields.update({k: v for k, v in given.items() if v not in (None, "", [])})
    return Article.from_text(text, source=source, raw=raw, media_type=media_type, url=url, **fields)


def article_from_html(html: str, source: str, raw: bytes, *, url: str | None = None, **given) -> Article | ReadFailure:
    try:
        content = read_html(html, url=url)
    except NoArticleText as exc:
        return ReadFailure(source, f"broken or empty HTML: {exc}")
    fields = {
        "title": content.title,
        "authors": content.authors,
        "published": content.published,
        "outlet": content.outlet or domain_outlet(url),
    }
    if not fields["title"] or not fields["published"] or not fields["authors"]:
        meta = text_metadata(content.text)
        fields["title"] = fields["title"] or meta.title
        fields["authors"] = fields["authors"] or meta.authors
        fields["published"] = fields["published"] or meta.published
        fields["outlet"] = fields["outlet"] or meta.outlet
    fields.update({k: v for k, v in given.items() if v not in (None, "", [])})
    return Article.from_text(content.text, source=source, raw=raw, media_type="text/html", url=url, **fields)


def article_from_bytes(raw: bytes, source: str, *, html: bool | None = None, url: str | None = None) -> Article | ReadFailure:
    """Decode and read one file's or page's bytes; `html=None` sniffs the content."""
    if not raw.strip():
        return ReadFailure(source, "empty file")
    if looks_binary(raw):
        return ReadFailure(source, "binary file (not text)")
    try:
        text, _encoding = decode_text(raw)
    except NotText as exc:
        return ReadFailure(source, str(exc))
    if html is None:
        html = looks_like_html(text)
    if html:
        return article_from_html(text, source, raw, url=url)
    return article_from_text(text, source, raw, url=url)


def coerce_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return parse_date(text)

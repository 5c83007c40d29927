"""JSONL dumps: one article per line with `text` or `html` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator

from newsledger.ingest.items import article_from_html, article_from_text, coerce_date
from newsledger.records import Article, ReadFailure


def _authors(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(a) for a in value if a]


def read_jsonl_line(line: bytes, item: str) -> Article | ReadFailure:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return ReadFailure(item, f"not valid JSON ({exc.msg if hasattr(exc, 'msg') else exc})")
    if not isinstance(record, dict):
        return ReadFailure(item, "a JSON object with `text` or `html` was expected")
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return ReadFailure(item, "no `text` or `html` in the record")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    given = {
        "title": record.get("title"),
        "outlet": record.get("outlet"),
        "authors": _authors(record.get("authors") or record.get("author")),
        "published": coerce_date(record.get("published") or record.get("date")),
    }
    source = url or item
    if isinstance(text, str) and text.strip():
        return article_from_text(text, source, line, media_type="application/jsonl", url=url, **given)
    return article_from_html(html, source, line, url=url, **given)


def read_jsonl(raw: bytes, name: str) -> Iterator[Article | ReadFailure]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            yield read_jsonl_line(line, f"{name}:{number}")


def count_jsonl(raw: bytes) -> int:
    return sum(1 for line in raw.splitlines() if line.strip())

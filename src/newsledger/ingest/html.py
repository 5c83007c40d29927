"""HTML -> main text and metadata with trafilatura; a crude fallback for pages it rejects."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field


@dataclass
class HtmlContent:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    outlet: str | None = None


class NoArticleText(ValueError):
    pass


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [a.strip() for a in re.split(r";|,|\band\b", value) if a.strip()]


def _fallback_text(html: str) -> str:
    """Visible text when trafilatura finds no main content: tags dropped, blocks kept apart."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer"):
        bad.drop_tree()
    blocks = [b.text_content().strip() for b in root.iter("p", "h1", "h2", "h3", "li", "blockquote", "pre")]
    text = "\n\n".join(b for b in blocks if b)
    return text or root.text_content().strip()


def read_html(html: str, url: str | None = None) -> HtmlContent:
    """Main text plus title, authors, date and site name; raises NoArticleText when the page has none."""
    import trafilatura

    extracted = None
    try:
        extracted = trafilatura.extract(
            html, url=url, output_format="json", with_metadata=True, include_comments=False, favor_recall=True
        )
    except Exception:  # trafilatura may choke on badly broken markup; fall back below
        extracted = None
    data = json.loads(extracted) if extracted else {}
    text = (data.get("text") or "").strip()
    if not text:
        text = _fallback_text(html)
    if not text.strip():
        raise NoArticleText("no article text found in the HTML")
    return HtmlContent(
        text=text,
        title=(data.get("title") or None),
        authors=_authors(data.get("author")),
        published=_date(data.get("date")),
        outlet=(data.get("sitename") or data.get("source-hostname") or None),
    )

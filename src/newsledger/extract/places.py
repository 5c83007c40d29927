"""Places: GPE/LOC/FAC names and venues, geocoded with a gazetteer."""

from __future__ import annotations

from newsledger.records import Place


def find_places(doc, article_id: str) -> list[Place]:
    """Places named in a parsed article, geocoded where the gazetteer knows them."""
    return []

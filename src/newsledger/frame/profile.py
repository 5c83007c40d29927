"""Outlet profile: how one outlet frames what it covers, across its articles."""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsledger.records import Article


def outlet_profile(
    outlet: str,
    articles: list[Article],
    frames: dict[str, dict[str, Any]],
    claims_by_article: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """Genre mix, most frequent narratives, technique rate per 1,000 words, responsibility claims."""
    mine = [a for a in articles if (a.outlet or "").casefold() == outlet.casefold()]
    genres: Counter[str] = Counter()
    narratives: Counter[str] = Counter()
    techniques: Counter[str] = Counter()
    words = 0
    for article in mine:
        frame = frames.get(article.id) or {}
        words += int(frame.get("words") or len(article.text.split()))
        if frame.get("genre"):
            genres[frame["genre"]] += 1
        for n in frame.get("narratives") or []:
            narratives[n["label"]] += 1
        for t in frame.get("techniques") or []:
            techniques[t["label"]] += 1
    claims: Counter[tuple[str, str]] = Counter()
    for article in mine:
        for claim in (claims_by_article or {}).get(article.id, []):
            claims[(claim.get("party") or "(no one)", claim["modality"])] += 1
    per_k = 1000.0 / words if words else 0.0
    return {
        "outlet": mine[0].outlet if mine else outlet,
        "articles": [{"id": a.id, "title": a.title, "published": a.published.isoformat() if a.published else None} for a in mine],
        "words": words,
        "genres": dict(genres.most_common()),
        "narratives": [{"label": k, "articles": v} for k, v in narratives.most_common(10)],
        "techniques_per_1000_words": round(sum(techniques.values()) * per_k, 2),
        "techniques": [{"label": k, "count": v, "per_1000_words": round(v * per_k, 2)} for k, v in techniques.most_common()],
        "claims": [{"party": p, "modality": m, "count": c} for (p, m), c in claims.most_common()],
    }

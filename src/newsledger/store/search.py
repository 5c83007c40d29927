"""Full-text search over stored articles, on either backend.

SQLite uses the FTS5 table `articles_fts` (revision 0002) with its query syntax:
words, "quoted phrases", OR, NOT, prefix*. PostgreSQL uses the GIN index over the
English tsvector of title + text with `websearch_to_tsquery` (Google-like syntax,
never a syntax error). A query SQLite cannot parse raises SearchQueryError.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from newsledger.store import schema as t

# Same expression as the index in migrations/versions/0002_article_search.py.
PG_DOCUMENT = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)"

# Snippet highlight markers (private-use characters, never in real text).
HIT_START = "\ue000"
HIT_END = "\ue001"


class SearchQueryError(ValueError):
    """A search query the backend cannot parse; the message is one line for the user."""


@dataclass
class SearchHit:
    article_id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    snippet: str  # plain text with HIT_START/HIT_END around matched words
    rank: float

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")


def search_articles(store, q: str, limit: int = 20) -> list[SearchHit]:  # noqa: ANN001
    """Articles matching `q`, best first, with a short highlighted snippet."""
    q = (q or "").strip()
    if not q:
        raise SearchQueryError("empty search query")
    limit = max(1, min(int(limit), 500))
    if store.dialect == "sqlite":
        rows = _sqlite(store, q, limit)
    elif store.dialect == "postgresql":
        rows = _postgres(store, q, limit)
    else:
        rows = _fallback(store, q, limit)
    ids = [r[0] for r in rows]
    meta = {}
    if ids:
        cols = (t.articles.c.id, t.articles.c.title, t.articles.c.outlet, t.articles.c.published)
        with store.engine.connect() as conn:
            meta = {r.id: r for r in conn.execute(select(*cols).where(t.articles.c.id.in_(ids)))}
    hits = []
    for article_id, snippet, rank in rows:
        m = meta.get(article_id)
        if m is None:
            continue
        hits.append(SearchHit(article_id, m.title, m.outlet, m.published, _tidy(snippet or ""), float(rank or 0.0)))
    return hits


def _tidy(snippet: str) -> str:
    return re.sub(r"\s+", " ", snippet).strip()


def _sqlite(store, q: str, limit: int) -> list[tuple]:  # noqa: ANN001
    sql = text(
        "SELECT a.id, snippet(articles_fts, 1, :hs, :he, ' … ', 24) AS snip, bm25(articles_fts) AS rank "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit"
    )
    try:
        with store.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sql, {"q": q, "limit": limit, "hs": HIT_START, "he": HIT_END})]
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        if "locked" in reason or "no such table" in reason:
            raise
        raise SearchQueryError(
            f"cannot parse search query {q!r} ({reason}); use words, \"exact phrases\", OR, NOT, prefix*"
        ) from exc


def _postgres(store, q: str, limit: int) -> list[tuple]:  # noqa: ANN001
    sql = text(
        f"SELECT a.id, ts_headline('english', a.text, query, :opts) AS snip, ts_rank({PG_DOCUMENT}, query) AS rank "
        f"FROM articles a, websearch_to_tsquery('english', :q) AS query "
        f"WHERE {PG_DOCUMENT} @@ query ORDER BY rank DESC, a.id LIMIT :limit"
    )
    opts = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sql, {"q": q, "limit": limit, "opts": opts})]


def _fallback(store, q: str, limit: int) -> list[tuple]:  # noqa: ANN001
    """Any other backend: case-insensitive substring match on title or text."""
    like = f"%{q.lower()}%"
    a = t.articles.c
    query = (
        select(a.id, a.text)
        .where((a.text.ilike(like)) | (a.title.ilike(like)))
        .order_by(a.published.desc(), a.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        out = []
        for article_id, body in conn.execute(query):
            i = body.lower().find(q.lower())
            snip = body[max(0, i - 80): i + 120] if i >= 0 else body[:200]
            out.append((article_id, snip, 0.0))
        return out

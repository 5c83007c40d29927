"""Read-only queries the web app needs beyond the Store's own methods (listing, facets, outlets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, distinct, func, or_, select

from newsledger.store import schema as t

SUMMARY_COLUMNS = (
    "id", "name", "type", "date", "date_precision", "country", "admin1", "location", "lat", "lon",
    "killed_low", "killed_high", "killed_conservative", "contested", "n_sources",
)


@dataclass
class IncidentFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type: str | None = None
    country: str | None = None
    q: str | None = None
    contested: bool | None = None

    def conditions(self) -> list[Any]:
        c = t.incidents.c
        where = []
        if self.date_from:
            where.append(c.date >= self.date_from)
        if self.date_to:
            where.append(c.date <= self.date_to)
        if self.type:
            where.append(c.type == self.type)
        if self.country:
            where.append(func.lower(c.country) == self.country.strip().lower())
        if self.contested is not None:
            where.append(c.contested.is_(True) if self.contested else c.contested.is_(False))
        if self.q and self.q.strip():
            for word in self.q.split():
                like = "%" + word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                where.append(or_(*(func.lower(col).like(like, escape="\\") for col in (c.name, c.location, c.country, c.admin1, c.type))))
        return where

    def as_params(self) -> dict[str, str]:
        """The filter as query-string parameters (for paging links)."""
        out = {}
        for key in ("date_from", "date_to", "type", "country", "q"):
            value = getattr(self, key)
            if value:
                out[key] = value.isoformat() if isinstance(value, dt.date) else str(value)
        if self.contested is not None:
            out["contested"] = "true" if self.contested else "false"
        return out


def summary_row(row: Any) -> dict[str, Any]:
    d = {k: getattr(row, k) for k in SUMMARY_COLUMNS}
    d["date"] = d["date"].isoformat() if d["date"] else None
    d["contested"] = bool(d["contested"])
    return d


def list_incidents(store, flt: IncidentFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:  # noqa: ANN001
    c = t.incidents.c
    where = and_(*flt.conditions()) if flt.conditions() else None
    cols = [getattr(c, k) for k in SUMMARY_COLUMNS]
    count_q = select(func.count()).select_from(t.incidents)
    rows_q = select(*cols).order_by(c.date.desc().nulls_last(), c.id).limit(limit).offset(offset)
    if where is not None:
        count_q = count_q.where(where)
        rows_q = rows_q.where(where)
    with store.engine.connect() as conn:
        total = conn.execute(count_q).scalar_one()
        rows = [summary_row(r) for r in conn.execute(rows_q)]
    return total, rows


def facets(store) -> dict[str, list[tuple[str, int]]]:  # noqa: ANN001
    """Incident counts by type and by country (for the filter menus)."""
    c = t.incidents.c
    with store.engine.connect() as conn:
        types = conn.execute(select(c.type, func.count()).group_by(c.type).order_by(func.count().desc(), c.type)).all()
        countries = conn.execute(
            select(c.country, func.count()).where(c.country.is_not(None)).group_by(c.country).order_by(func.count().desc(), c.country)
        ).all()
        contested = conn.execute(select(func.count()).select_from(t.incidents).where(c.contested.is_(True))).scalar_one()
    return {"types": [tuple(r) for r in types], "countries": [tuple(r) for r in countries], "contested": contested}


def incident_ids_for_articles(store, article_ids: list[str]) -> list[str]:  # noqa: ANN001
    if not article_ids:
        return []
    im = t.incident_mentions.c
    with store.engine.connect() as conn:
        return list(conn.execute(select(im.incident_id).where(im.article_id.in_(article_ids)).distinct()).scalars())


def incident_summaries_by_id(store, ids: list[str]) -> list[dict[str, Any]]:  # noqa: ANN001
    if not ids:
        return []
    c = t.incidents.c
    cols = [getattr(c, k) for k in SUMMARY_COLUMNS]
    with store.engine.connect() as conn:
        rows = conn.execute(select(*cols).where(c.id.in_(ids)).order_by(c.date.desc().nulls_last(), c.id))
        return [summary_row(r) for r in rows]


def outlets(store) -> list[dict[str, Any]]:  # noqa: ANN001
    """Every named outlet with its article count, incident count and latest publication date."""
    a, im = t.articles.c, t.incident_mentions.c
    with store.engine.connect() as conn:
        arts = conn.execute(
            select(a.outlet, func.count(), func.max(a.published)).where(a.outlet.is_not(None)).group_by(a.outlet)
        ).all()
        incs = dict(
            conn.execute(
                select(a.outlet, func.count(distinct(im.incident_id)))
                .select_from(t.incident_mentions.join(t.articles, t.articles.c.id == im.article_id))
                .where(a.outlet.is_not(None))
                .group_by(a.outlet)
            ).all()
        )
    out = [
        {"outlet": outlet, "articles": n, "incidents": incs.get(outlet, 0), "latest": latest.isoformat() if latest else None}
        for outlet, n, latest in arts
    ]
    out.sort(key=lambda r: (-r["articles"], r["outlet"].lower()))
    return out


def outlet_articles(store, outlet: str) -> list[dict[str, Any]]:  # noqa: ANN001
    a = t.articles.c
    query = (
        select(a.id, a.title, a.published, a.url, a.word_count, a.duplicate_of)
        .where(a.outlet == outlet)
        .order_by(a.published.desc().nulls_last(), a.id)
    )
    with store.engine.connect() as conn:
        return [
            {"id": r.id, "title": r.title, "published": r.published.isoformat() if r.published else None, "url": r.url,
             "word_count": r.word_count, "duplicate_of": r.duplicate_of}
            for r in conn.execute(query)
        ]

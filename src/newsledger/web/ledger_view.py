"""Incidents in the JSON contract, and the views built on them (comparison table, claims matrix, chart points).

The contract form comes from `newsledger.export.build_ledger` when that stage is
installed; otherwise `incident_record` serializes the Incident record the same way.
Everything here is a pure function of records; the routes do the store reads.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from newsledger.records import FIGURE_KINDS, MODALITIES, Article, Incident, to_jsonable

log = logging.getLogger(__name__)

RECONCILED_KEYS = ("low", "best", "high", "latest", "conservative", "sources", "contested")


def _evidence(ev: Any) -> dict[str, Any]:
    return {"article_id": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}


def incident_record(incident: Incident) -> dict[str, Any]:
    """The contract form of one incident, serialized directly from the record."""
    return {
        "id": incident.id,
        "name": incident.name,
        "type": incident.type,
        "date": incident.date.isoformat() if incident.date else None,
        "date_precision": incident.date_precision,
        "places": [
            {"name": p.name, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon}
            for p in incident.places
        ],
        "mentions": [_evidence(m.evidence) for m in incident.mentions],
        "figures": [
            {"kind": f.kind, "value": f.value, "qualifier": f.qualifier, "victims": f.victims, **_evidence(f.evidence)}
            for f in incident.figures
        ],
        "claims": [
            {"party": c.party, "modality": c.modality, "speaker": c.speaker, **_evidence(c.evidence)}
            for c in incident.claims
        ],
        "reconciled": {
            kind: {key: rec.get(key) for key in RECONCILED_KEYS} | {k: v for k, v in rec.items() if k not in RECONCILED_KEYS}
            for kind, rec in to_jsonable(incident.reconciled or {}).items()
        },
    }


def incident_contract(incident: Incident, articles: list[Article]) -> dict[str, Any]:
    """The incident as `newsledger export` writes it (falls back to `incident_record`)."""
    try:
        from newsledger.export import build_ledger
    except ImportError:
        return incident_record(incident)
    try:
        return build_ledger(articles, [incident])["incidents"][0]
    except Exception:  # a broken exporter must not take the pages down
        log.exception("newsledger.export.build_ledger failed; serializing the record directly")
        return incident_record(incident)


def source_info(article: Article | None, article_id: str) -> dict[str, Any]:
    if article is None:
        return {"article_id": article_id, "outlet": None, "title": None, "published": None, "url": None}
    return {
        "article_id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
    }


def _source_ids(data: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for group in ("mentions", "figures", "claims"):
        for item in data.get(group) or []:
            seen.setdefault(item["article_id"], None)
    return list(seen)


def sources_of(data: dict[str, Any], by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """Every article the incident cites, oldest report first (undated last)."""
    rows = [source_info(by_id.get(aid), aid) for aid in _source_ids(data)]
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["outlet"] or "", r["article_id"]))
    return rows


def figure_table(data: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows = sources that give figures, columns = figure kinds present; each cell the figures that
    source reports. Sources that report the incident without a figure are listed in `silent`."""
    present = {f["kind"] for f in data.get("figures") or []}
    kinds = [k for k in FIGURE_KINDS if k in present] + sorted(present - set(FIGURE_KINDS))
    rows, silent = [], []
    for src in sources:
        cells = {k: [] for k in kinds}
        for f in data.get("figures") or []:
            if f["article_id"] == src["article_id"]:
                cells[f["kind"]].append(f)
        if any(cells.values()):
            rows.append({**src, "cells": cells})
        else:
            silent.append(src)
    return {"kinds": kinds, "rows": rows, "silent": silent}


def claims_matrix(data: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """Parties x sources; each cell the claims (modality + evidence) that source carries about that party."""
    claims = data.get("claims") or []
    parties: dict[str, None] = {}
    for c in claims:
        parties.setdefault(c.get("party") or "(unnamed)", None)
    cited = {c["article_id"] for c in claims}
    cols = [s for s in sources if s["article_id"] in cited]
    rows = []
    for party in parties:
        cells = {s["article_id"]: [] for s in cols}
        for c in claims:
            if (c.get("party") or "(unnamed)") == party:
                cells[c["article_id"]].append(c)
        rows.append({"party": party, "cells": cells})
    order = {m: i for i, m in enumerate(MODALITIES)}
    for row in rows:
        for cell in row["cells"].values():
            cell.sort(key=lambda c: order.get(c["modality"], len(order)))
    return {"parties": list(parties), "sources": [s["article_id"] for s in cols], "rows": rows}


def killed_points(data: dict[str, Any], by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """Reported `killed` figures with the publication date of their article (undated reports left out)."""
    points = []
    for f in data.get("figures") or []:
        article = by_id.get(f["article_id"])
        if f["kind"] != "killed" or f.get("value") is None or article is None or article.published is None:
            continue
        points.append({"date": article.published, "value": f["value"], "figure": f, "outlet": article.outlet})
    points.sort(key=lambda p: (p["date"], p["value"]))
    return points


def killed_chart(points: list[dict[str, Any]], width: int = 520, height: int = 220) -> dict[str, Any] | None:
    """Coordinates for a small SVG scatter of killed figures over report date; None when nothing to draw."""
    if not points:
        return None
    left, right, top, bottom = 48, 48, 14, 34
    days = [p["date"].toordinal() for p in points]
    values = [p["value"] for p in points]
    d0, d1 = min(days), max(days)
    v_lo, v_hi = min(values), max(values)
    pad = max(1, round((v_hi - v_lo) * 0.15)) if v_hi != v_lo else max(1, round(v_hi * 0.05))
    y0, y1 = max(0, v_lo - pad), v_hi + pad
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(day: int) -> float:
        return left + (plot_w / 2 if d1 == d0 else (day - d0) / (d1 - d0) * plot_w)

    def y(value: int) -> float:
        return top + plot_h - (value - y0) / (y1 - y0) * plot_h

    dots = [
        {**p, "x": round(x(p["date"].toordinal()), 1), "y": round(y(p["value"]), 1)}
        for p in points
    ]
    ticks_y = sorted({v_lo, v_hi, y0, y1})
    ticks_x = sorted({d0, d1})
    return {
        "width": width,
        "height": height,
        "left": left,
        "top": top,
        "bottom": top + plot_h,
        "right": left + plot_w,
        "dots": dots,
        "yticks": [{"value": v, "y": round(y(v), 1)} for v in ticks_y],
        "xticks": [{"label": dt.date.fromordinal(d).isoformat(), "x": round(x(d), 1)} for d in ticks_x],
    }


def incident_detail(incident: Incident, articles: list[Article]) -> dict[str, Any]:
    """The contract form plus the views the incident page shows (sources, comparison table, claims matrix)."""
    by_id = {a.id: a for a in articles}
    data = incident_contract(incident, articles)
    sources = sources_of(data, by_id)
    return {
        **data,
        "country": incident.country,
        "admin1": incident.admin1,
        "sources": sources,
        "figure_table": figure_table(data, sources),
        "claims_matrix": claims_matrix(data, sources),
        "killed_reports": [
            {"date": p["date"].isoformat(), "value": p["value"], "article_id": p["figure"]["article_id"],
             "start": p["figure"]["start"], "end": p["figure"]["end"]}
            for p in killed_points(data, by_id)
        ],
    }


def article_ids_of(incident: Incident) -> set[str]:
    ids = {m.evidence.article_id for m in incident.mentions}
    ids |= {f.evidence.article_id for f in incident.figures}
    ids |= {c.evidence.article_id for c in incident.claims}
    return ids

"""Export: the ledger as the documented JSON contract, and as ACLED-like CSV / Parquet tables.

`build_ledger` turns Article and Incident records into plain JSON values; the writers only
read that dict, so a ledger loaded back from JSON can be written as tables too.

JSON contract (other tools read it; tests pin it):

    {"articles": [{"id", "source", "title", "outlet", "authors", "published", ...framing}],
     "incidents": [{"id", "name", "type", "date", "date_precision",
                    "places": [{"name", "country", "admin1", "lat", "lon"}],
                    "mentions": [{"article_id", "start", "end", "sentence"}],
                    "figures": [{"kind", "value", "qualifier", "victims", "article_id", "start", "end", "sentence"}],
                    "claims": [{"party", "modality", "speaker", "article_id", "start", "end", "sentence"}],
                    "reconciled": {KIND: {"low", "best", "high", "latest", "conservative", "sources", "contested"}}}]}

Every object may carry extra keys (documented at the builders below); readers must ignore
keys they do not know.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import contextlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from newsledger.records import FIGURE_KINDS, Article, Evidence, Incident, Place, to_jsonable

ARTICLE_KEYS = ("id", "source", "title", "outlet", "authors", "published")
INCIDENT_KEYS = ("id", "name", "type", "date", "date_precision", "places", "mentions", "figures", "claims", "reconciled")
PLACE_KEYS = ("name", "country", "admin1", "lat", "lon")
EVIDENCE_KEYS = ("article_id", "start", "end", "sentence")
FIGURE_KEYS = ("kind", "value", "qualifier", "victims", *EVIDENCE_KEYS)
CLAIM_KEYS = ("party", "modality", "speaker", *EVIDENCE_KEYS)
RECONCILED_KEYS = ("low", "best", "high", "latest", "conservative", "sources", "contested")

# Columns of the two tables (CSV and Parquet share them).
INCIDENT_COLUMNS = (
    "event_id", "event_date", "year", "event_type", "sub_event_type", "gtd_attack_type", "actor1",
    "country", "admin1", "location", "latitude", "longitude", "fatalities", "fatalities_low",
    "fatalities_high", "contested", "sources", "notes",
    # beyond ACLED's columns
    "event_name", "incident_type", "date_precision", "injured", "n_sources",
)
SOURCE_COLUMNS = (
    "incident_id", "row_type", "kind_or_party", "value", "qualifier", "modality", "speaker",
    "article_id", "outlet", "published", "start", "end", "sentence",
    # beyond the minimum
    "text", "victims", "cited_source", "is_breakdown", "party_text", "hedge",
)

# Modalities that name a party as responsible, strongest first (used for actor1).
_RESPONSIBILITY = ("claims_responsibility", "asserts")


# ---- JSON contract -----------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"article_id": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}


def _article_record(article: Article, extras: dict[str, Any] | None) -> dict[str, Any]:
    """Contract keys, then url/duplicate_of, then the framing dict's keys (never overriding the contract)."""
    rec: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "outlet": article.outlet,
        "authors": list(article.authors or []),
        "published": _iso(article.published),
        "url": article.url,
    }
    if article.duplicate_of:
        rec["duplicate_of"] = article.duplicate_of
    for key, value in to_jsonable(extras or {}).items():
        if key not in ARTICLE_KEYS:
            rec[key] = value
    return rec


def _place_record(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "label": place.label,
        "geonameid": place.geonameid,
    }


def _dedup_texts(texts: Iterable[str]) -> list[str]:
    """Texts in first-seen order, case- and whitespace-insensitive duplicates dropped."""
    seen: dict[str, str] = {}
    for text in texts:
        if not text:
            continue
        key = " ".join(text.split()).casefold()
        seen.setdefault(key, " ".join(text.split()))
    return list(seen.values())


def _mentions(incident: Incident) -> list[dict[str, Any]]:
    """One entry per event mention; an article that only gives a figure or claim gets one from that evidence.

    So `mentions` lists every article that reports the incident.
    """
    out = []
    for m in incident.mentions:
        out.append(
            {
                **_evidence(m.evidence),
                "type": m.type,
                "trigger": m.trigger,
                "date": _iso(m.date.value) if m.date else None,
                "date_text": m.date.text if m.date else None,
            }
        )
    covered = {m.evidence.article_id for m in incident.mentions}
    for item in [*incident.figures, *incident.claims]:
        aid = item.evidence.article_id
        if aid not in covered:
            covered.add(aid)
            out.append({**_evidence(item.evidence), "type": None, "trigger": None, "date": None, "date_text": None})
    return out


def _reconciled(reconciled: dict[str, dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    """Each kind's reconciliation with every contract key present (None when the resolver left it out)."""
    out = {}
    for kind, rec in to_jsonable(reconciled or {}).items():
        rec = rec if isinstance(rec, dict) else {}
        out[kind] = {key: rec.get(key) for key in RECONCILED_KEYS} | {k: v for k, v in rec.items() if k not in RECONCILED_KEYS}
    return out


def _incident_record(incident: Incident, by_id: dict[str, Article]) -> dict[str, Any]:
    from newsledger.extract.event_types import acled_codes, gtd_attack_type

    def published(aid: str) -> str | None:
        a = by_id.get(aid)
        return _iso(a.published) if a else None

    def outlet(aid: str) -> str | None:
        a = by_id.get(aid)
        return a.outlet if a else None

    event_type, sub_event_type = acled_codes(incident.type)
    return {
        "id": incident.id,
        "name": incident.name,
        "type": incident.type,
        "date": _iso(incident.date),
        "date_precision": incident.date_precision,
        "places": [_place_record(p) for p in incident.places],
        "mentions": _mentions(incident),
        "figures": [
            {
                "kind": f.kind,
                "value": f.value,
                "qualifier": f.qualifier,
                "victims": f.victims,
                **_evidence(f.evidence),
                "text": f.text,
                "vague": bool(f.vague),
                "cited_source": f.cited_source,
                "is_breakdown": bool(f.is_breakdown),
                "published": published(f.evidence.article_id),
                "outlet": outlet(f.evidence.article_id),
            }
            for f in incident.figures
        ],
        "claims": [
            {
                "party": c.party,
                "modality": c.modality,
                "speaker": c.speaker,
                **_evidence(c.evidence),
                "party_text": c.party_text,
                "hedge": c.hedge,
                "published": published(c.evidence.article_id),
                "outlet": outlet(c.evidence.article_id),
            }
            for c in incident.claims
        ],
        "reconciled": _reconciled(incident.reconciled),
        "country": incident.country,
        "admin1": incident.admin1,
        "acled": {"event_type": event_type, "sub_event_type": sub_event_type},
        "gtd_attack_type": gtd_attack_type(incident.type),
        "perpetrators": _dedup_texts(a.text for m in incident.mentions for a in m.perpetrators),
        "targets": _dedup_texts(a.text for m in incident.mentions for a in m.targets),
        "weapons": _dedup_texts(a.text for m in incident.mentions for a in m.weapons),
        "summary": incident_summary(incident, by_id),
    }


def build_ledger(
    articles: list[Article],
    incidents: list[Incident],
    article_extras: dict[str, dict] | None = None,
) -> dict[str, Any]:
    """The whole ledger as JSON values, in the documented contract.

    Article extras: url, duplicate_of, and the keys of `article_extras[article.id]` (the framing dict).
    Incident extras: country, admin1, acled {event_type, sub_event_type}, gtd_attack_type,
    perpetrators/targets/weapons, summary (see `incident_summary`). Figure extras: text, vague,
    cited_source, is_breakdown, published and outlet of the reporting article. Claim extras:
    party_text, hedge, published, outlet. Mention extras: type, trigger, date, date_text.
    """
    extras = article_extras or {}
    by_id = {a.id: a for a in articles}
    return {
        "articles": [_article_record(a, extras.get(a.id)) for a in articles],
        "incidents": [_incident_record(inc, by_id) for inc in incidents],
    }


# ---- listing summary --------------------------------------------------------------------------

_SPECIFIC_LABELS = ("VENUE", "FAC")


def _specificity(place: Place, incident: Incident) -> int:
    """0 for a venue, 1 for a town or area, 2 for a region, 3 for a country (smaller is more specific)."""
    name = (place.name or "").casefold()
    countries = {(x or "").casefold() for x in (place.country, incident.country)} - {""}
    regions = {(x or "").casefold() for x in (place.admin1, incident.admin1)} - {""}
    if name in countries:
        return 3
    if name in regions:
        return 2
    if (place.label or "").upper() in _SPECIFIC_LABELS:
        return 0
    return 1


def _places_by_specificity(incident: Incident) -> list[Place]:
    order = {id(p): i for i, p in enumerate(incident.places)}
    return sorted(incident.places, key=lambda p: (_specificity(p, incident), order[id(p)]))


def _article_ids(incident: Incident) -> set[str]:
    ids = {m.evidence.article_id for m in incident.mentions}
    ids |= {f.evidence.article_id for f in incident.figures}
    ids |= {c.evidence.article_id for c in incident.claims}
    return ids


def incident_summary(incident: Incident, articles_by_id: dict[str, Article]) -> dict[str, Any]:
    """The listing columns the store keeps next to each incident.

    location: the most specific place name (venue, then town, then region, then country; first
    written among equals); lat/lon: of the first place in that order that has coordinates;
    killed_low/high/conservative: from reconciled["killed"] (from the non-breakdown killed
    figures when the resolver gave no reconciliation); contested: any kind contested;
    n_sources: distinct articles among mentions, figures and claims.
    """
    places = _places_by_specificity(incident)
    location = places[0].name if places else None
    located = next((p for p in places if p.lat is not None and p.lon is not None), None)
    reconciled = {k: v for k, v in (incident.reconciled or {}).items() if isinstance(v, dict)}
    killed = reconciled.get("killed")
    if killed is None:
        values = [f.value for f in incident.figures if f.kind == "killed" and f.value is not None and not f.is_breakdown]
        killed = {"low": min(values), "high": max(values), "conservative": min(values)} if values else {}
    return {
        "location": location,
        "lat": located.lat if located else None,
        "lon": located.lon if located else None,
        "killed_low": killed.get("low"),
        "killed_high": killed.get("high"),
        "killed_conservative": killed.get("conservative"),
        "contested": any(bool(rec.get("contested")) for rec in reconciled.values()),
        "n_sources": len(_article_ids(incident)),
    }


# ---- JSON writer ------------------------------------------------------------------------------


def write_json(ledger: dict[str, Any], target: str | os.PathLike | IO[str]) -> None:
    """UTF-8 JSON (non-ASCII kept, indent 2) to a text stream, or atomically to a path (temp file, then rename)."""
    if hasattr(target, "write"):
        json.dump(ledger, target, ensure_ascii=False, indent=2)  # type: ignore[arg-type]
        return
    path = Path(target)  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    with _atomic(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(ledger, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


@contextlib.contextmanager
def _atomic(path: Path):
    """A temporary path beside `path`, renamed onto it when the block succeeds, removed otherwise."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ---- tables -----------------------------------------------------------------------------------


def _int_or_none(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _float_or_none(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _main_actor(inc: dict[str, Any]) -> str:
    """The party most often claimed or asserted responsible; else most often reported; else a perpetrator text."""
    for modalities in (_RESPONSIBILITY, ("reports",)):
        counts: Counter[str] = Counter()
        strength: dict[str, int] = {}
        first: dict[str, int] = {}
        for i, c in enumerate(inc.get("claims") or []):
            party = c.get("party")
            if not party or c.get("modality") not in modalities:
                continue
            counts[party] += 1
            strength[party] = min(strength.get(party, 9), modalities.index(c["modality"]))
            first.setdefault(party, i)
        if counts:
            return min(counts, key=lambda p: (-counts[p], strength[p], first[p]))
    perpetrators = inc.get("perpetrators") or []
    return perpetrators[0] if perpetrators else ""


def _source_name(article: dict[str, Any] | None, article_id: str) -> str:
    if article is None:
        return article_id
    if article.get("outlet"):
        return str(article["outlet"])
    source = str(article.get("source") or "")
    return os.path.basename(source.rstrip("/")) or source or article_id


def _reporting_ids(inc: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for group in ("mentions", "figures", "claims"):
        for item in inc.get(group) or []:
            if item.get("article_id"):
                seen.setdefault(item["article_id"], None)
    return list(seen)


def _by_date(ids: list[str], articles: dict[str, dict[str, Any]]) -> list[str]:
    def key(aid: str) -> tuple:
        pub = (articles.get(aid) or {}).get("published")
        return (pub is None, pub or "")

    return sorted(ids, key=key)


_NOTE_PER_KIND = 6


def _notes(inc: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    """'killed: 143 (Outlet A, 2024-03-27, at least) / 150 (Outlet B); injured: ...' over the headline figures."""
    parts = []
    figures = [f for f in inc.get("figures") or [] if f.get("value") is not None and not f.get("is_breakdown")]
    kinds = [k for k in FIGURE_KINDS if any(f["kind"] == k for f in figures)]
    kinds += sorted({f["kind"] for f in figures} - set(kinds))
    for kind in kinds:
        seen: set[tuple] = set()
        items = []
        rows = [f for f in figures if f["kind"] == kind]
        rows.sort(key=lambda f: ((articles.get(f["article_id"]) or {}).get("published") is None,
                                 (articles.get(f["article_id"]) or {}).get("published") or ""))
        for f in rows:
            key = (f["value"], f["article_id"])
            if key in seen:
                continue
            seen.add(key)
            art = articles.get(f["article_id"])
            bits = [_source_name(art, f["article_id"])]
            if art and art.get("published"):
                bits.append(str(art["published"]))
            if f.get("qualifier"):
                bits.append(str(f["qualifier"]))
            items.append(f"{f['value']} ({', '.join(bits)})")
        more = f" / +{len(items) - _NOTE_PER_KIND} more" if len(items) > _NOTE_PER_KIND else ""
        parts.append(f"{kind}: " + " / ".join(items[:_NOTE_PER_KIND]) + more)
    return "; ".join(parts)


def _first_place(inc: dict[str, Any]) -> tuple[str | None, float | None, float | None]:
    places = inc.get("places") or []
    name = places[0].get("name") if places else None
    coords = next((p for p in places if p.get("lat") is not None and p.get("lon") is not None), None)
    return name, (coords or {}).get("lat"), (coords or {}).get("lon")


def incident_rows(ledger: dict[str, Any]) -> list[dict[str, Any]]:
    """One typed row per incident, keyed by INCIDENT_COLUMNS."""
    from newsledger.extract.event_types import acled_codes, gtd_attack_type

    articles = {a["id"]: a for a in ledger.get("articles") or []}
    rows = []
    for inc in ledger.get("incidents") or []:
        acled = inc.get("acled") or {}
        if not acled.get("event_type"):
            et, sub = acled_codes(inc.get("type"))
            acled = {"event_type": et, "sub_event_type": sub}
        gtd = inc["gtd_attack_type"] if "gtd_attack_type" in inc else gtd_attack_type(inc.get("type"))
        summary = inc.get("summary") or {}
        name, lat, lon = _first_place(inc)
        if summary:
            name, lat, lon = summary.get("location"), summary.get("lat"), summary.get("lon")
        killed = (inc.get("reconciled") or {}).get("killed") or {}
        injured = (inc.get("reconciled") or {}).get("injured") or {}
        date = inc.get("date")
        reporting = _by_date(_reporting_ids(inc), articles)
        outlets = list(dict.fromkeys(_source_name(articles.get(aid), aid) for aid in reporting))
        rows.append(
            {
                "event_id": inc.get("id"),
                "event_date": date,
                "year": int(date[:4]) if date and date[:4].isdigit() else None,
                "event_type": acled.get("event_type"),
                "sub_event_type": acled.get("sub_event_type"),
                "gtd_attack_type": gtd,
                "actor1": _main_actor(inc),
                "country": inc.get("country") or next((p.get("country") for p in inc.get("places") or [] if p.get("country")), None),
                "admin1": inc.get("admin1") or next((p.get("admin1") for p in inc.get("places") or [] if p.get("admin1")), None),
                "location": name,
                "latitude": _float_or_none(lat),
                "longitude": _float_or_none(lon),
                "fatalities": _int_or_none(killed.get("conservative")),
                "fatalities_low": _int_or_none(killed.get("low")),
                "fatalities_high": _int_or_none(killed.get("high")),
                "contested": any(bool((r or {}).get("contested")) for r in (inc.get("reconciled") or {}).values()),
                "sources": "; ".join(outlets),
                "notes": _notes(inc, articles),
                "event_name": inc.get("name"),
                "incident_type": inc.get("type"),
                "date_precision": inc.get("date_precision"),
                "injured": _int_or_none(injured.get("conservative")),
                "n_sources": len(reporting),
            }
        )
    return rows


def source_rows(ledger: dict[str, Any]) -> list[dict[str, Any]]:
    """One typed row per source figure or claim, keyed by SOURCE_COLUMNS."""
    articles = {a["id"]: a for a in ledger.get("articles") or []}
    rows = []
    for inc in ledger.get("incidents") or []:
        for f in inc.get("figures") or []:
            art = articles.get(f["article_id"]) or {}
            rows.append(
                {
                    "incident_id": inc.get("id"),
                    "row_type": "figure",
                    "kind_or_party": f.get("kind"),
                    "value": _int_or_none(f.get("value")),
                    "qualifier": f.get("qualifier"),
                    "modality": None,
                    "speaker": None,
                    "article_id": f.get("article_id"),
                    "outlet": art.get("outlet") or f.get("outlet"),
                    "published": art.get("published") or f.get("published"),
                    "start": _int_or_none(f.get("start")),
                    "end": _int_or_none(f.get("end")),
                    "sentence": f.get("sentence"),
                    "text": f.get("text"),
                    "victims": f.get("victims"),
                    "cited_source": f.get("cited_source"),
                    "is_breakdown": bool(f.get("is_breakdown")),
                    "party_text": None,
                    "hedge": None,
                }
            )
        for c in inc.get("claims") or []:
            art = articles.get(c["article_id"]) or {}
            rows.append(
                {
                    "incident_id": inc.get("id"),
                    "row_type": "claim",
                    "kind_or_party": c.get("party"),
                    "value": None,
                    "qualifier": None,
                    "modality": c.get("modality"),
                    "speaker": c.get("speaker"),
                    "article_id": c.get("article_id"),
                    "outlet": art.get("outlet") or c.get("outlet"),
                    "published": art.get("published") or c.get("published"),
                    "start": _int_or_none(c.get("start")),
                    "end": _int_or_none(c.get("end")),
                    "sentence": c.get("sentence"),
                    "text": None,
                    "victims": None,
                    "cited_source": None,
                    "is_breakdown": False,
                    "party_text": c.get("party_text"),
                    "hedge": c.get("hedge"),
                }
            )
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv_file(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    with _atomic(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def write_csv(ledger: dict[str, Any], folder: str | os.PathLike) -> list[Path]:
    """incidents.csv (one ACLED-like row per incident) and sources.csv (one row per figure or claim)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, columns, rows in (
        ("incidents.csv", INCIDENT_COLUMNS, incident_rows(ledger)),
        ("sources.csv", SOURCE_COLUMNS, source_rows(ledger)),
    ):
        path = folder / name
        _write_csv_file(path, columns, rows)
        written.append(path)
    return written


def _schemas():
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    incident_types = {
        "year": i, "latitude": f, "longitude": f, "fatalities": i, "fatalities_low": i, "fatalities_high": i,
        "contested": b, "injured": i, "n_sources": i,
    }
    source_types = {"value": i, "start": i, "end": i, "is_breakdown": b}
    incidents = pa.schema([(c, incident_types.get(c, s)) for c in INCIDENT_COLUMNS])
    sources = pa.schema([(c, source_types.get(c, s)) for c in SOURCE_COLUMNS])
    return incidents, sources


def write_parquet(ledger: dict[str, Any], folder: str | os.PathLike) -> list[Path]:
    """incidents.parquet and sources.parquet: the CSV tables with typed columns (ints, floats, booleans)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    inc_schema, src_schema = _schemas()
    written = []
    for name, schema, rows in (
        ("incidents.parquet", inc_schema, incident_rows(ledger)),
        ("sources.parquet", src_schema, source_rows(ledger)),
    ):
        table = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)
        path = folder / name
        with _atomic(path) as tmp:
            pq.write_table(table, tmp)
        written.append(path)
    return written

"""The Store: every read and write of articles, analyses and incidents.

Each write that belongs together happens in one transaction (one article, one
article's analysis, one resolution pass), so an interrupted run leaves the store
consistent and a re-run finishes the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from newsledger.records import (
    Article,
    ArticleExtraction,
    Incident,
    from_jsonable,
    to_jsonable,
)
from newsledger.store import schema as t
from newsledger.store.connect import StoreError, make_engine, migrate, resolve_url

ADDED = "added"
DUPLICATE = "duplicate"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _evidence(ev) -> dict[str, Any]:  # noqa: ANN001
    return {"start": ev.start, "end": ev.end, "sentence": ev.sentence}


class Store:
    """A newsledger database (SQLite file or PostgreSQL), migrated to the newest schema on open."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, db: str | None = None) -> "Store":
        url = resolve_url(db)
        try:
            engine = make_engine(url)
            migrate(engine)
        except (OperationalError, SQLAlchemyError, OSError) as exc:
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
            raise StoreError(f"{url}: cannot open the store: {reason}") from exc
        return cls(engine, url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # ---- articles -------------------------------------------------------------------

    def find_by_hash(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(t.articles.c.id).where(t.articles.c.content_hash == content_hash)).scalar()

    def add_article(self, article: Article, minhash: bytes | None = None) -> str:
        """Insert one article in its own transaction: ADDED, or DUPLICATE when its text is stored already."""
        if self.find_by_hash(article.content_hash):
            return DUPLICATE
        row = {
            "id": article.id,
            "source": article.source,
            "url": article.url,
            "title": article.title,
            "outlet": article.outlet,
            "authors": list(article.authors or []),
            "published": article.published,
            "text": article.text,
            "raw": article.raw or None,
            "media_type": article.media_type,
            "content_hash": article.content_hash,
            "minhash": minhash,
            "duplicate_of": article.duplicate_of,
            "word_count": len(article.text.split()),
            "ingested_at": _now(),
        }
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(t.articles).values(**row))
        except IntegrityError:
            return DUPLICATE
        return ADDED

    def minhash_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, stored MinHash signature) of every first copy, for the near-duplicate index."""
        query = select(t.articles.c.id, t.articles.c.minhash).where(
            t.articles.c.minhash.is_not(None), t.articles.c.duplicate_of.is_(None)
        )
        with self.engine.connect() as conn:
            yield from conn.execute(query).all()

    @staticmethod
    def _article(row: Any, with_raw: bool) -> Article:
        return Article(
            id=row.id,
            source=row.source,
            text=row.text,
            title=row.title,
            outlet=row.outlet,
            authors=list(row.authors or []),
            published=row.published,
            url=row.url,
            raw=(row.raw or b"") if with_raw else b"",
            media_type=row.media_type or "text/plain",
            content_hash=row.content_hash,
            duplicate_of=row.duplicate_of,
        )

    def articles(self, ids: Iterable[str] | None = None, *, with_raw: bool = False, originals_only: bool = False) -> list[Article]:
        cols = [c for c in t.articles.c if with_raw or c.name != "raw"]
        query = select(*cols).order_by(t.articles.c.ingested_at, t.articles.c.id)
        if ids is not None:
            query = query.where(t.articles.c.id.in_(list(ids)))
        if originals_only:
            query = query.where(t.articles.c.duplicate_of.is_(None))
        with self.engine.connect() as conn:
            return [self._article(r, with_raw) for r in conn.execute(query)]

    def article(self, article_id: str, *, with_raw: bool = False) -> Article | None:
        found = self.articles([article_id], with_raw=with_raw)
        return found[0] if found else None

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()

    def pending_analysis(self, version: str, *, force: bool = False) -> list[str]:
        """Ids of first-copy articles not yet analysed by this extractor version."""
        query = select(t.articles.c.id).where(t.articles.c.duplicate_of.is_(None)).order_by(t.articles.c.ingested_at, t.articles.c.id)
        if not force:
            query = query.where((t.articles.c.analyzed_version.is_(None)) | (t.articles.c.analyzed_version != version))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    # ---- analyses -------------------------------------------------------------------

    def save_analysis(
        self,
        extraction: ArticleExtraction,
        version: str,
        frame: dict[str, Any] | None = None,
        frame_version: str | None = None,
    ) -> None:
        """Replace one article's extraction (and framing) in one transaction."""
        aid = extraction.article_id
        mention_rows = [
            {
                "article_id": aid,
                "idx": m.index,
                "type": m.type,
                "trigger": m.trigger,
                "date": m.date.value if m.date else None,
                "date_precision": m.date.precision if m.date else None,
                "date_text": m.date.text if m.date else None,
                **_evidence(m.evidence),
            }
            for m in extraction.mentions
        ]
        figure_rows = [
            {
                "article_id": aid,
                "mention_idx": f.mention,
                "kind": f.kind,
                "value": f.value,
                "text": f.text,
                "qualifier": f.qualifier,
                "vague": bool(f.vague),
                "victims": f.victims,
                "cited_source": f.cited_source,
                "is_breakdown": bool(f.is_breakdown),
                **_evidence(f.evidence),
            }
            for f in extraction.figures
        ]
        claim_rows = [
            {
                "article_id": aid,
                "mention_idx": c.mention,
                "party": c.party,
                "party_text": c.party_text,
                "modality": c.modality,
                "speaker": c.speaker,
                "hedge": c.hedge,
                **_evidence(c.evidence),
            }
            for c in extraction.claims
        ]
        place_rows = [
            {
                "article_id": aid,
                "name": p.name,
                "label": p.label,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "geonameid": p.geonameid,
                **_evidence(p.evidence),
            }
            for p in extraction.places
        ]
        with self.engine.begin() as conn:
            for table in (t.mentions, t.figures, t.claims, t.places, t.extractions, t.frames):
                conn.execute(delete(table).where(table.c.article_id == aid))
            conn.execute(insert(t.extractions).values(article_id=aid, version=version, data=to_jsonable(extraction)))
            for table, rows in ((t.mentions, mention_rows), (t.figures, figure_rows), (t.claims, claim_rows), (t.places, place_rows)):
                if rows:
                    conn.execute(insert(table), rows)
            if frame is not None:
                conn.execute(
                    insert(t.frames).values(article_id=aid, version=frame_version or version, genre=frame.get("genre"), data=frame)
                )
            conn.execute(
                update(t.articles).where(t.articles.c.id == aid).values(analyzed_version=version, analyzed_at=_now())
            )

    def extractions(self) -> list[ArticleExtraction]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.extractions.c.data).order_by(t.extractions.c.article_id)).scalars()
            return [from_jsonable(ArticleExtraction, data) for data in rows]

    def extraction(self, article_id: str) -> ArticleExtraction | None:
        with self.engine.connect() as conn:
            data = conn.execute(select(t.extractions.c.data).where(t.extractions.c.article_id == article_id)).scalar()
        return from_jsonable(ArticleExtraction, data) if data is not None else None

    def frames(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        query = select(t.frames.c.article_id, t.frames.c.data)
        if ids is not None:
            query = query.where(t.frames.c.article_id.in_(list(ids)))
        with self.engine.connect() as conn:
            return {r.article_id: r.data for r in conn.execute(query)}

    # ---- incidents ------------------------------------------------------------------

    def save_incidents(self, incidents: list[Incident], summaries: dict[str, dict[str, Any]], changes: list[dict[str, Any]]) -> None:
        """Store a resolution pass's result in one transaction, touching only what changed.

        An incident whose content is the same as stored keeps its row (and `updated_at`);
        changed ones are rewritten, new ones inserted, vanished ones deleted.
        `summaries[incident_id]` carries the listing columns (location, lat, lon,
        killed_low/high/conservative, contested, n_sources); `changes` are
        {"kind", "incident_ids", "note"} records of what the pass created, merged or split.
        """
        now = _now()
        rows, links = {}, {}
        for inc in incidents:
            s = summaries.get(inc.id, {})
            rows[inc.id] = {
                "id": inc.id,
                "name": inc.name,
                "type": inc.type,
                "date": inc.date,
                "date_precision": inc.date_precision,
                "country": inc.country,
                "admin1": inc.admin1,
                "location": s.get("location"),
                "lat": s.get("lat"),
                "lon": s.get("lon"),
                "killed_low": s.get("killed_low"),
                "killed_high": s.get("killed_high"),
                "killed_conservative": s.get("killed_conservative"),
                "contested": bool(s.get("contested")),
                "n_sources": int(s.get("n_sources") or 0),
                "data": to_jsonable(inc),
                "updated_at": now,
            }
            seen = set()
            links[inc.id] = []
            for m in inc.mentions:
                key = (inc.id, m.evidence.article_id, m.index)
                if key not in seen:
                    seen.add(key)
                    links[inc.id].append({"incident_id": inc.id, "article_id": m.evidence.article_id, "mention_idx": m.index})
        with self.engine.begin() as conn:
            stored = {r.id: r.data for r in conn.execute(select(t.incidents.c.id, t.incidents.c.data))}
            gone = [iid for iid in stored if iid not in rows]
            changed = [iid for iid, row in rows.items() if iid in stored and stored[iid] != row["data"]]
            new = [iid for iid in rows if iid not in stored]
            rewrite = changed + gone
            if rewrite:
                conn.execute(delete(t.incident_mentions).where(t.incident_mentions.c.incident_id.in_(rewrite)))
                conn.execute(delete(t.incidents).where(t.incidents.c.id.in_(rewrite)))
            fresh = changed + new
            if fresh:
                conn.execute(insert(t.incidents), [rows[iid] for iid in fresh])
                link_rows = [link for iid in fresh for link in links[iid]]
                if link_rows:
                    conn.execute(insert(t.incident_mentions), link_rows)
            if changes:
                conn.execute(
                    insert(t.incident_changes),
                    [{"at": now, "kind": c["kind"], "incident_ids": list(c["incident_ids"]), "note": c.get("note")} for c in changes],
                )

    def incidents(self, ids: Iterable[str] | None = None) -> list[Incident]:
        query = select(t.incidents.c.data).order_by(t.incidents.c.date, t.incidents.c.id)
        if ids is not None:
            query = query.where(t.incidents.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            return [from_jsonable(Incident, data) for data in conn.execute(query).scalars()]

    def incident(self, incident_id: str) -> Incident | None:
        found = self.incidents([incident_id])
        return found[0] if found else None

    def incident_summaries(self) -> list[Any]:
        """Listing rows (no JSON payload), ordered by date."""
        cols = [c for c in t.incidents.c if c.name != "data"]
        with self.engine.connect() as conn:
            return list(conn.execute(select(*cols).order_by(t.incidents.c.date, t.incidents.c.id)))

    def incident_changes(self) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(t.incident_changes).order_by(t.incident_changes.c.id)))

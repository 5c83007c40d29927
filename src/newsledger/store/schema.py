"""The store's tables (SQLAlchemy Core). One schema for SQLite and PostgreSQL.

Articles keep their raw input so every article can be re-analysed when extraction
improves. Each article's extraction is kept whole (`extractions.data`, JSON, for exact
round-trips into records) and also spread into query tables (mentions, figures,
claims, places) that the web pages, search and plain SQL use. Incidents are the
resolve stage's output: summary columns for listing and filtering, the full
incident (export contract form) in `data`, and the mention -> incident map.
Schema changes go through Alembic revisions in store/migrations.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("authors", JSON, nullable=False, default=list),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("raw", LargeBinary),
    Column("media_type", String(64)),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("minhash", LargeBinary),
    Column("duplicate_of", String(32), ForeignKey("articles.id")),
    Column("word_count", Integer),
    Column("ingested_at", DateTime, nullable=False),
    Column("analyzed_version", String(32)),
    Column("analyzed_at", DateTime),
)
Index("ix_articles_outlet", articles.c.outlet)

extractions = Table(
    "extractions",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("data", JSON, nullable=False),
)

frames = Table(
    "frames",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("genre", String(32)),
    Column("data", JSON, nullable=False),
)


def _evidence_columns() -> list[Column]:
    return [
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("sentence", Text, nullable=False),
    ]


mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("type", String(40), nullable=False),
    Column("trigger", Text),
    Column("date", Date),
    Column("date_precision", String(8)),
    Column("date_text", Text),
    *_evidence_columns(),
    UniqueConstraint("article_id", "idx", name="uq_mentions_article_idx"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("mention_idx", Integer),
    Column("kind", String(24), nullable=False),
    Column("value", Integer),
    Column("text", Text),
    Column("qualifier", String(24)),
    Column("vague", Boolean, nullable=False, default=False),
    Column("victims", String(40)),
    Column("cited_source", Text),
    Column("is_breakdown", Boolean, nullable=False, default=False),
    *_evidence_columns(),
)
Index("ix_figures_article", figures.c.article_id)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("mention_idx", Integer),
    Column("party", Text),
    Column("party_text", Text),
    Column("modality", String(32), nullable=False),
    Column("speaker", Text),
    Column("hedge", Text),
    *_evidence_columns(),
)
Index("ix_claims_article", claims.c.article_id)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("label", String(16)),
    Column("country", Text),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    *_evidence_columns(),
)
Index("ix_places_article", places.c.article_id)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(40), nullable=False),
    Column("date", Date),
    Column("date_precision", String(8)),
    Column("country", Text),
    Column("admin1", Text),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("killed_low", Integer),
    Column("killed_high", Integer),
    Column("killed_conservative", Integer),
    Column("contested", Boolean, nullable=False, default=False),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)
Index("ix_incidents_date", incidents.c.date)
Index("ix_incidents_country", incidents.c.country)
Index("ix_incidents_type", incidents.c.type)  # revision 0002
Index("ix_incidents_contested", incidents.c.contested)  # revision 0002

incident_mentions = Table(
    "incident_mentions",
    metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("mention_idx", Integer, primary_key=True),
)
Index("ix_incident_mentions_article", incident_mentions.c.article_id)

incident_changes = Table(
    "incident_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("incident_ids", JSON, nullable=False),
    Column("note", Text),
)

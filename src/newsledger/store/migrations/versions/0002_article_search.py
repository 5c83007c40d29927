"""full-text search over articles, and listing indexes for incidents

SQLite: an FTS5 table over articles(title, text), external content (no second copy of the
text), kept in sync by triggers. PostgreSQL: a GIN expression index over the English
tsvector of title + text; store/search.py queries with the same expression so the
planner uses it.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Must stay identical to store.search.PG_DOCUMENT for the index to be used.
PG_DOCUMENT = "to_tsvector('english', coalesce(title, '') || ' ' || text)"

SQLITE_STATEMENTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_articles_fts ON articles USING gin ({PG_DOCUMENT})")
    op.create_index("ix_incidents_type", "incidents", ["type"])
    op.create_index("ix_incidents_contested", "incidents", ["contested"])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index("ix_incidents_contested", table_name="incidents")
    op.drop_index("ix_incidents_type", table_name="incidents")
    if dialect == "sqlite":
        for trigger in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")

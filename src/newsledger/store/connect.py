"""Database URLs, engines and migrations.

SQLite (a local file, WAL mode) is the default; PostgreSQL is chosen by a
postgresql:// URL. The schema is brought to the newest Alembic revision on open.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

DEFAULT_DB = "newsledger.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """A store that cannot be opened or used; the message is one line for the user."""


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for `db`: a URL as given, a path as a SQLite file; default $NEWSLEDGER_DB or newsledger.db."""
    db = db or os.environ.get("NEWSLEDGER_DB") or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{db}"
    if db.startswith("postgres://"):
        db = "postgresql://" + db[len("postgres://"):]
    if db.startswith("postgresql://"):
        db = "postgresql+psycopg://" + db[len("postgresql://"):]
    return db


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (creates it on an empty database)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

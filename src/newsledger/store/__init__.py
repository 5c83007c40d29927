"""Store: SQLAlchemy Core schema; SQLite file by default, PostgreSQL by URL."""

from newsledger.store.connect import StoreError, resolve_url
from newsledger.store.ledger_store import ADDED, DUPLICATE, Store

__all__ = ["ADDED", "DUPLICATE", "Store", "StoreError", "resolve_url"]

"""Shared fixtures: stores on both backends, the sample corpus, one spaCy pipeline per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "seeds"
GOLD = ROOT / "samples" / "gold" / "seeds.yaml"


def _reset_postgres(url: str) -> None:
    from newsledger.store.connect import resolve_url

    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database URL on each backend (PostgreSQL only where make test started one)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    url = os.environ.get("NEWSLEDGER_TEST_PG")
    if not url:
        pytest.skip("PostgreSQL not available: NEWSLEDGER_TEST_PG is unset (make test starts a server)")
    _reset_postgres(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return GOLD

"""The store on SQLite and PostgreSQL: articles, analyses and incidents round-trip; writes are atomic."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.records import (
    Article,
    ArticleExtraction,
    Claim,
    DateRef,
    EventMention,
    Evidence,
    Figure,
    Incident,
    Place,
)
from newsledger.store import ADDED, DUPLICATE, Store, StoreError, resolve_url


def _article(text: str = "Gunmen attacked a market on Monday, killing three people.") -> Article:
    return Article.from_text(text, "notes/market.txt", title="Market attack", authors=["A. Writer"],
                             published=dt.date(2024, 5, 6), raw=text.encode())


def _extraction(article: Article) -> ArticleExtraction:
    ev = Evidence(article.id, 0, 36, article.text)
    date = DateRef("on Monday", dt.date(2024, 5, 6), "day", ev)
    place = Place("Springfield", "GPE", ev, country="Testland", lat=1.5, lon=2.5)
    mention = EventMention(0, "armed_assault", "attacked", ev, date=date, places=[place])
    return ArticleExtraction(
        article.id,
        mentions=[mention],
        figures=[Figure("killed", 3, "three", ev, mention=0)],
        claims=[Claim("Nobody", "no_claim", ev, mention=0)],
        places=[place],
        dates=[date],
    )


def test_resolve_url_forms():
    assert resolve_url("some/file.db") == "sqlite:///some/file.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"


def test_article_roundtrip_and_duplicates(db_url):
    store = Store.open(db_url)
    art = _article()
    assert store.add_article(art) == ADDED
    assert store.add_article(art) == DUPLICATE
    again = Article.from_text(art.text + "\n\n", "elsewhere.txt")  # same text, other whitespace
    assert store.add_article(again) == DUPLICATE
    got = store.article(art.id, with_raw=True)
    assert got.title == "Market attack" and got.authors == ["A. Writer"]
    assert got.published == dt.date(2024, 5, 6)
    assert got.raw == art.text.encode()
    assert store.count_articles() == 1
    store.close()


def test_analysis_roundtrip_and_replace(db_url):
    store = Store.open(db_url)
    art = _article()
    store.add_article(art)
    assert store.pending_analysis("v1") == [art.id]
    ext = _extraction(art)
    store.save_analysis(ext, "v1", frame={"genre": "reporting"})
    store.save_analysis(ext, "v1", frame={"genre": "reporting"})  # replacing adds no rows twice
    assert store.extractions() == [ext]
    assert store.pending_analysis("v1") == []
    assert store.pending_analysis("v2") == [art.id]
    assert store.frames() == {art.id: {"genre": "reporting"}}
    store.close()


def test_incidents_roundtrip(db_url):
    store = Store.open(db_url)
    art = _article()
    store.add_article(art)
    ext = _extraction(art)
    store.save_analysis(ext, "v1")
    inc = Incident("inc-abc", "Armed assault in Springfield", "armed_assault", dt.date(2024, 5, 6), "day",
                   places=ext.places, country="Testland", mentions=ext.mentions, figures=ext.figures,
                   claims=ext.claims, reconciled={"killed": {"low": 3, "high": 3}})
    store.save_incidents([inc], {"inc-abc": {"killed_low": 3, "n_sources": 1}},
                         [{"kind": "created", "incident_ids": ["inc-abc"], "note": "first report"}])
    assert store.incidents() == [inc]
    assert store.incident("inc-abc") == inc
    assert store.incident("missing") is None
    rows = store.incident_summaries()
    assert rows[0].killed_low == 3 and rows[0].n_sources == 1
    assert store.incident_changes()[0].kind == "created"
    store.close()


def test_failed_analysis_write_leaves_previous(sqlite_url):
    store = Store.open(sqlite_url)
    art = _article()
    store.add_article(art)
    good = _extraction(art)
    store.save_analysis(good, "v1")
    bad = _extraction(art)
    bad.figures[0].kind = None  # violates NOT NULL: the whole write must roll back
    with pytest.raises(Exception):
        store.save_analysis(bad, "v2")
    assert store.extractions() == [good]
    assert store.pending_analysis("v1") == []
    store.close()


def test_unopenable_store_is_one_line_error(tmp_path):
    with pytest.raises(StoreError) as err:
        Store.open(f"sqlite:///{tmp_path}/no/such/dir/x.db")
    assert "\n" not in str(err.value) and "cannot open the store" in str(err.value)

"""The JSON API over a hand-made ledger: every endpoint, errors, filters, paging, search, ingest auth."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsledger.records import Article
from newsledger.web import create_app
from web_ledger import CONCERT, MARKET, SHELLING, build_store

TOKEN = "s3cret-token"


@pytest.fixture
def ledger(db_url):
    store, articles = build_store(db_url)
    store.close()
    return db_url, articles


@pytest.fixture
def client(ledger):
    url, _ = ledger
    with TestClient(create_app(url)) as c:
        yield c


def test_incident_list_and_filters(client):
    body = client.get("/api/incidents").json()
    assert body["total"] == 3
    assert [i["id"] for i in body["items"]] == [MARKET, CONCERT, SHELLING]  # newest first
    row = body["items"][1]
    assert row["killed_low"] == 143 and row["killed_high"] == 150 and row["contested"] is True and row["n_sources"] == 4
    assert [i["id"] for i in client.get("/api/incidents?contested=true").json()["items"]] == [CONCERT]
    assert client.get("/api/incidents?contested=false").json()["total"] == 2
    assert [i["id"] for i in client.get("/api/incidents?country=freedonia").json()["items"]] == [MARKET, SHELLING]
    assert [i["id"] for i in client.get("/api/incidents?type=shelling").json()["items"]] == [SHELLING]
    assert [i["id"] for i in client.get("/api/incidents?q=concert lakeview").json()["items"]] == [CONCERT]
    got = client.get("/api/incidents?date_from=2024-01-01&date_to=2024-04-30").json()
    assert [i["id"] for i in got["items"]] == [CONCERT]
    assert client.get("/api/incidents?q=100%25").json()["total"] == 0  # LIKE wildcards are literal


def test_paging(client):
    first = client.get("/api/incidents?limit=2").json()
    second = client.get("/api/incidents?limit=2&offset=2").json()
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    assert {i["id"] for i in first["items"] + second["items"]} == {CONCERT, MARKET, SHELLING}


@pytest.mark.parametrize("query", ["limit=0", "limit=100000", "offset=-1", "date_from=yesterday", "contested=maybe"])
def test_bad_parameters_are_422_with_a_message(client, query):
    r = client.get(f"/api/incidents?{query}")
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], str) and query.split("=")[0] in r.json()["detail"]


def test_incident_detail_follows_the_contract(client, ledger):
    _, articles = ledger
    r = client.get(f"/api/incidents/{CONCERT}")
    assert r.status_code == 200
    inc = r.json()
    for key in ("id", "name", "type", "date", "date_precision", "places", "mentions", "figures", "claims", "reconciled"):
        assert key in inc
    assert inc["date"] == "2024-03-22" and inc["places"][0]["name"] == "Lakeview"
    assert set(inc["places"][0]) >= {"name", "country", "admin1", "lat", "lon"}
    killed = sorted((f["value"], f["qualifier"]) for f in inc["figures"] if f["kind"] == "killed")
    assert killed == [(143, "at least"), (144, "at least"), (145, "at least"), (150, None)]
    for f in inc["figures"]:
        text = next(a.text for a in articles.values() if a.id == f["article_id"])
        assert str(f["value"]) in text[f["start"]:f["end"]]
        assert text[f["start"]:f["end"]] in f["sentence"]
    rec = inc["reconciled"]["killed"]
    assert (rec["low"], rec["best"], rec["high"], rec["latest"], rec["conservative"], rec["contested"]) == (143, 145, 150, 150, 143, True)
    assert {c["modality"] for c in inc["claims"]} == {"claims_responsibility", "asserts", "denies"}
    # comparison table: one row per source, oldest report first
    table = inc["figure_table"]
    assert table["kinds"] == ["killed", "injured"]
    assert [r["outlet"] for r in table["rows"]] == ["Northern Herald", "Daily Courier", "Evening Post", "Global Wire"]
    assert [r["cells"]["killed"][0]["value"] for r in table["rows"]] == [143, 144, 145, 150]
    matrix = inc["claims_matrix"]
    assert matrix["parties"] == ["Eastern Front", "Foreign Intelligence Service"]
    fis = matrix["rows"][1]["cells"]
    assert [c["modality"] for cell in fis.values() for c in cell] == ["asserts", "denies"]
    assert [p["value"] for p in inc["killed_reports"]] == [143, 144, 145, 150]


def test_unknown_ids_are_404(client):
    for path in ("/api/incidents/nope", "/api/articles/nope", "/api/sources/Nobody%20Times"):
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.json()["detail"] or "Nobody Times" in r.json()["detail"]


def test_article_with_evidence_and_frame(client, ledger):
    _, articles = ledger
    herald = articles["herald"]
    body = client.get(f"/api/articles/{herald.id}").json()
    assert body["outlet"] == "Northern Herald" and body["published"] == "2024-03-23" and body["text"] == herald.text
    kinds = {(e["kind"], herald.text[e["start"]:e["end"]]) for e in body["evidence"]}
    assert ("figure", "At least 143 people were killed") in kinds
    assert ("claim", "claimed responsibility") in kinds and ("place", "Lakeview") in kinds
    assert len([e for e in body["evidence"] if e["kind"] == "figure"]) == 1  # extraction and incident spans merged
    assert body["frame"]["genre"] == "hard_news"
    assert [i["id"] for i in body["incidents"]] == [CONCERT]
    wire = client.get(f"/api/articles/{articles['wire'].id}").json()
    assert wire["frame"] is None
    assert {e["kind"] for e in wire["evidence"]} == {"figure", "mention"}


def test_sources(client):
    items = client.get("/api/sources").json()["items"]
    by_name = {i["outlet"]: i for i in items}
    assert by_name["Daily Courier"]["articles"] == 2 and by_name["Daily Courier"]["incidents"] == 2
    assert by_name["Northern Herald"]["articles"] == 1
    one = client.get("/api/sources/Evening%20Post").json()
    assert [a["title"] for a in one["articles"]] == ["Mourners gather as toll climbs"]
    assert [i["id"] for i in one["incidents"]] == [CONCERT]
    assert [(c["party"], c["modality"]) for c in one["claims"]] == [("Foreign Intelligence Service", "denies")]


def test_search(client, ledger):
    _, articles = ledger
    body = client.get("/api/search?q=farmers").json()
    assert [a["id"] for a in body["articles"]] == [articles["shelling"].id]
    assert [i["id"] for i in body["incidents"]] == [SHELLING]
    assert "farmers" in body["articles"][0]["snippet"].lower()
    assert "<mark>" in body["articles"][0]["snippet_html"]
    phrase = client.get('/api/search?q="concert hall"').json()
    assert {a["id"] for a in phrase["articles"]} == {articles[k].id for k in ("herald", "courier", "post", "wire")}
    assert client.get("/api/search?q=nothingmatchesthis").json()["articles"] == []
    assert client.get("/api/search?q=").status_code == 422


def test_search_sees_articles_added_later(client, ledger):
    url, _ = ledger
    from newsledger.store import Store

    store = Store.open(url)
    store.add_article(Article.from_text("A flood swept through Marshton overnight.", "tests/flood.txt", title="Flood"))
    store.close()
    assert [a["title"] for a in client.get("/api/search?q=Marshton").json()["articles"]] == ["Flood"]


def test_sqlite_search_syntax_errors_are_422(sqlite_url):
    store, _ = build_store(sqlite_url)
    store.close()
    with TestClient(create_app(sqlite_url)) as c:
        for q in ('"unterminated', "title:", "AND OR"):
            r = c.get("/api/search", params={"q": q})
            assert r.status_code == 422, q
            assert "search query" in r.json()["detail"]


def test_openapi_and_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    assert "/api/incidents" in spec["paths"] and "/api/search" in spec["paths"]
    docs = client.get("/docs").text
    assert "/api/incidents/{incident_id}" in docs and "cdn" not in docs.lower()


# ---- ingest -------------------------------------------------------------------------


def test_ingest_is_off_by_default(client):
    r = client.post("/api/ingest", json={"url": "https://news.example/a"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]


def test_allow_ingest_needs_a_token(sqlite_url):
    with pytest.raises(ValueError):
        create_app(sqlite_url, allow_ingest=True)


@pytest.fixture
def ingest_client(sqlite_url, monkeypatch):
    """An ingest-enabled app whose pipeline reads plain-text files (stands in for newsledger.ingest)."""
    from newsledger import pipeline
    from newsledger.records import ReadFailure

    def fake_ingest(store, inputs, *, max_bytes=0, on_item=None):
        summary = pipeline.IngestSummary()
        for item in inputs:
            if item.startswith("http"):
                summary.failed += 1
                summary.failures.append(ReadFailure(item, "network is off in tests"))
                continue
            data = open(item, "rb").read()
            if not data.strip():
                summary.failed += 1
                summary.failures.append(ReadFailure(item, f"{item}: empty file"))
                continue
            art = Article.from_text(data.decode(), item)
            if store.add_article(art) == "added":
                summary.added += 1
                summary.added_ids.append(art.id)
            else:
                summary.duplicates += 1
        return summary

    def no_analysis(store, **kw):
        raise ImportError("analysis stage missing", name="newsledger.extract")

    monkeypatch.setattr(pipeline, "ingest", fake_ingest)
    monkeypatch.setattr(pipeline, "analyze", no_analysis)
    with TestClient(create_app(sqlite_url, allow_ingest=True, token=TOKEN)) as c:
        yield c


def test_ingest_requires_the_bearer_token(ingest_client):
    r = ingest_client.post("/api/ingest", json={"url": "https://news.example/a"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = ingest_client.post("/api/ingest", json={"url": "https://news.example/a"}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["detail"] == "wrong token"


def test_ingest_uploads_with_one_error_line_per_bad_item(ingest_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    files = [
        ("files", ("good.txt", b"Rebels seized a bridge near Stonebury on Tuesday.", "text/plain")),
        ("files", ("empty.txt", b"   ", "text/plain")),
    ]
    r = ingest_client.post("/api/ingest", files=files, headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["added"] == 1 and body["failed"] == 1
    assert body["errors"] == ["empty.txt: empty file"]
    assert body["analysis"].startswith("not run")
    found = ingest_client.get("/api/search?q=Stonebury").json()["articles"]
    assert len(found) == 1 and found[0]["id"] == body["added_ids"][0]
    again = ingest_client.post("/api/ingest", files=files[:1], headers=auth).json()
    assert again["added"] == 0 and again["duplicates"] == 1


def test_ingest_rejects_bad_bodies(ingest_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert ingest_client.post("/api/ingest", json={"url": "/etc/passwd"}, headers=auth).status_code == 422
    assert ingest_client.post("/api/ingest", json={"nothing": 1}, headers=auth).status_code == 422
    assert ingest_client.post("/api/ingest", content=b"x", headers={**auth, "content-type": "text/plain"}).status_code == 415
    r = ingest_client.post("/api/ingest", json={"url": "https://news.example/a"}, headers=auth)
    assert r.status_code == 422 and r.json()["errors"] == ["https://news.example/a: network is off in tests"]

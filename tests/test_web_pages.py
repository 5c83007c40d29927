"""Server-rendered pages: the comparison rows, evidence links and highlights are in the HTML."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from newsledger.web import create_app
from web_ledger import CONCERT, MARKET, build_store


@pytest.fixture
def site(sqlite_url):
    store, articles = build_store(sqlite_url)
    store.close()
    with TestClient(create_app(sqlite_url)) as c:
        yield c, articles


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="source-row".*?</tr>', html, flags=re.S)


def test_incident_list_page_with_filters(site):
    client, _ = site
    html = client.get("/").text
    assert "Concert hall attack in Lakeview" in html and "Market bombing in Riverton" in html
    assert "143–150" in html and 'href="/incidents/inc-concert-hall"' in html
    assert 'option value="armed_assault"' in html and "Freedonia (2)" in html
    contested = client.get("/?contested=true&date_from=&type=").text
    assert "Concert hall attack" in contested and "Market bombing" not in contested
    assert client.get("/?date_from=someday").status_code == 422


def test_incident_page_compares_sources(site):
    client, articles = site
    html = client.get(f"/incidents/{CONCERT}").text
    rows = _rows(html)
    assert len(rows) == 4
    expected = [("herald", "at least 143"), ("courier", "at least 144"), ("post", "at least 145"), ("wire", "150")]
    for row, (key, value) in zip(rows, expected):
        art = articles[key]
        assert art.outlet in row and art.title in row and art.published.isoformat() in row
        link = re.search(r'<a class="fig-link" href="/articles/([^"#]+)#ev-(\d+)-(\d+)"[^>]*>([^<]+)</a>', row)
        assert link.group(1) == art.id and link.group(4) == value
        start, end = int(link.group(2)), int(link.group(3))
        assert value.split()[-1] in art.text[start:end]
    assert "<svg" in html and html.count('class="dot"') == 4
    assert "contested" in html
    matrix = html[html.index('id="claims-matrix"'):]
    assert "Eastern Front" in matrix and "claims responsibility" in matrix and "denies" in matrix and "asserts" in matrix


def test_article_page_highlights_evidence(site):
    client, articles = site
    post = articles["post"]
    html = client.get(f"/articles/{post.id}").text
    start = post.text.index("At least 145 people died")
    mark = re.search(rf'<mark id="ev-{start}-{start + 24}" class="ev ev-figure"[^>]*>(.*?)</mark>', html)
    assert mark and unescape(mark.group(1)) == "At least 145 people died"
    assert 'class="ev ev-claim"' in html and "denied any role" in html
    herald = client.get(f"/articles/{articles['herald'].id}").text
    assert "hard_news" in herald and "loaded_language" in herald


def test_outlet_search_and_error_pages(site):
    client, articles = site
    courier = client.get("/sources/Daily%20Courier").text
    assert "Death toll rises after concert hall attack" in courier and "Market bombing in Riverton" in courier
    assert "asserts" in courier
    assert "Daily Courier" in client.get("/sources").text
    found = client.get("/search", params={"q": "traders"}).text
    assert f'/articles/{articles["market"].id}' in found and f"/incidents/{MARKET}" in found and "<mark>traders</mark>" in found
    missing = client.get("/incidents/nope")
    assert missing.status_code == 404 and "no incident with id" in missing.text and "<html" in missing.text
    bad = client.get("/search", params={"q": '"open'})
    assert bad.status_code == 422 and "cannot parse search query" in unescape(bad.text)


def test_pages_need_nothing_from_the_network(site):
    client, _ = site
    for path in ("/", f"/incidents/{CONCERT}", "/sources", "/docs"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html), path
    assert client.get("/static/style.css").status_code == 200 and client.get("/static/app.js").status_code == 200

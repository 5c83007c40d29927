"""In Debian's chromium (through Playwright, never `playwright install`): incident page -> figure cell -> highlighted sentence."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from web_ledger import CONCERT, build_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSLEDGER_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(sqlite_url):
    pytest.importorskip("uvicorn")
    store, articles = build_store(sqlite_url)
    store.close()
    srv, thread, port = _serve(sqlite_url)
    yield f"http://127.0.0.1:{port}", articles
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"chromium not found at {CHROMIUM} (set NEWSLEDGER_CHROMIUM; make test installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def test_click_a_figure_and_land_on_its_sentence(server, browser):
    base, articles = server
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/incidents/{CONCERT}")
    rows = page.locator("#figure-table tr.source-row")
    assert rows.count() == 4
    texts = [rows.nth(i).inner_text() for i in range(4)]
    for text, value in zip(texts, ("143", "144", "145", "150")):
        assert value in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "incident.png"), full_page=True)

    post = articles["post"]
    rows.nth(2).locator("a.fig-link").first.click()
    page.wait_for_url(f"**/articles/{post.id}#ev-*")
    start = post.text.index("At least 145 people died")
    target = f"ev-{start}-{start + 24}"
    assert page.url.endswith(f"#{target}")
    mark = page.locator(f"mark#{target}")
    assert mark.inner_text() == "At least 145 people died"
    assert mark.is_visible() and mark.evaluate("e => e.classList.contains('ev-figure')")
    box, view = mark.bounding_box(), page.viewport_size
    assert 0 <= box["y"] <= view["height"]
    page.screenshot(path=str(ARTIFACTS / "article.png"))
    page.close()


def _serve(url: str):
    import uvicorn

    from newsledger.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    return srv, thread, port


@pytest.mark.slow
def test_sample_corpus_concert_hall_comparison(tmp_path, browser):
    """The real pipeline on the bundled corpus: the concert hall incident shows the four tolls side
    by side, and a toll leads to its highlighted sentence. Its screenshot is the README's."""
    pytest.importorskip("uvicorn")
    from newsledger.pipeline import analyze, ingest
    from newsledger.store import Store

    url = f"sqlite:///{tmp_path / 'seeds.db'}"
    store = Store.open(url)
    ingest(store, [str(ROOT / "samples" / "seeds")])
    analyze(store)
    rows = [r for r in store.incident_summaries() if r.killed_low == 143]
    assert len(rows) == 1, [(r.name, r.killed_low, r.killed_high) for r in store.incident_summaries()]
    incident_id = rows[0].id
    articles = {a.id: a for a in store.articles()}
    store.close()

    srv, thread, port = _serve(url)
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"http://127.0.0.1:{port}/incidents/{incident_id}")
        source_rows = page.locator("#figure-table tr.source-row")
        texts = [source_rows.nth(i).inner_text() for i in range(source_rows.count())]
        for value in ("143", "144", "145", "150"):
            assert sum(value in t for t in texts) == 1, (value, texts)
        assert source_rows.count() == 4
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / "crocus.png"
        page.screenshot(path=str(shot), full_page=False)
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")

        row = next(i for i, t in enumerate(texts) if "143" in t)
        link = source_rows.nth(row).locator("a.fig-link", has_text="143").first
        href = link.get_attribute("href")
        link.click()
        page.wait_for_url("**/articles/*#ev-*")
        target = href.split("#", 1)[1]
        start, end = (int(x) for x in target.split("-")[1:3])
        article = articles[href.split("/articles/", 1)[1].split("#", 1)[0]]
        mark = page.locator(f"mark#{target}")
        assert mark.inner_text() == article.text[start:end]
        assert "143" in mark.inner_text()
        assert mark.is_visible()
        page.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)

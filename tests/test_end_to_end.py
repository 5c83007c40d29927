"""The whole pipeline on the bundled sample corpus: ingest -> extract -> resolve -> export.

These tests pin the acceptance of the ledger issues on real articles. They find incidents
through the gold file's quotes, so nothing here depends on how the extractor names things.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> dict:
    from newsledger.export import build_ledger
    from newsledger.pipeline import analyze, ingest
    from newsledger.store import Store

    db = tmp_path_factory.mktemp("e2e") / "ledger.db"
    store = Store.open(f"sqlite:///{db}")
    summary = ingest(store, [str(ROOT / "samples" / "seeds")])
    assert summary.line().startswith("5 added, 0 duplicates, 0 failed")
    analyze(store)
    data = build_ledger(store.articles(), store.incidents(), article_extras=store.frames())
    store.close()
    return data


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load((ROOT / "samples" / "gold" / "seeds.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "samples" / "seeds").glob("*.txt")}


def _file_of(ledger: dict) -> dict[str, str]:
    return {a["id"]: Path(a["source"]).name for a in ledger["articles"]}


def _incidents_holding(ledger, texts, file, quote, section="figures", slack=0) -> list[dict]:
    """Ledger incidents with an item from `file` whose evidence span overlaps the quote."""
    start = texts[file].find(quote)
    assert start >= 0, quote
    end = start + len(quote)
    files = _file_of(ledger)
    found = []
    for inc in ledger["incidents"]:
        for item in inc[section]:
            if files.get(item["article_id"]) == file and item["start"] < end + slack and start < item["end"] + slack:
                found.append(inc)
                break
    return found


def _gold_incident(gold, gid):
    return next(i for i in gold["incidents"] if i["id"] == gid)


def _home(ledger, texts, gold_incident) -> dict:
    """The one ledger incident that holds the gold incident's first figure."""
    fig = gold_incident["figures"][0]
    found = _incidents_holding(ledger, texts, fig["file"], fig["quote"])
    assert len(found) == 1, f"{gold_incident['id']}: {len(found)} incidents hold {fig['quote']!r}"
    return found[0]


def test_concert_hall_toll_is_one_incident_with_every_source(ledger, gold, texts):
    inc = _home(ledger, texts, _gold_incident(gold, "crocus-2024-03-22"))
    files = _file_of(ledger)
    killed = {(files[f["article_id"]], f["value"]) for f in inc["figures"] if f["kind"] == "killed"}
    for fig in _gold_incident(gold, "crocus-2024-03-22")["figures"]:
        if fig["kind"] == "killed":
            assert (fig["file"], fig["value"]) in killed
    rec = inc["reconciled"]["killed"]
    assert rec["low"] == 143 and rec["high"] == 150 and rec["conservative"] == 143
    assert rec["sources"] >= 4


def test_two_day_attacks_merge_across_articles_and_stay_apart_from_same_day_strike(ledger, gold, texts):
    dagestan = _gold_incident(gold, "dagestan-2024-06-23")
    home = _home(ledger, texts, dagestan)
    files = _file_of(ledger)
    reporting = {files[m["article_id"]] for m in home["mentions"]}
    assert {f["file"] for f in dagestan["figures"]} <= reporting
    strike = _home(ledger, texts, _gold_incident(gold, "sevastopol-2024-06-23"))
    assert strike["id"] != home["id"]


def test_three_strikes_on_one_region_are_three_incidents(ledger, gold, texts):
    ids = {_home(ledger, texts, _gold_incident(gold, gid))["id"] for gid in ("belgorod-2024-03-26", "belgorod-2023-12-30", "belgorod-2024-02")}
    assert len(ids) == 3


def test_claims_matrix_shows_claim_assertions_and_denials(ledger, gold, texts):
    inc = _home(ledger, texts, _gold_incident(gold, "crocus-2024-03-22"))
    modalities = {(c["party"], c["modality"]) for c in inc["claims"]}
    assert any(m == "claims_responsibility" for _, m in modalities)
    asserted = {p for p, m in modalities if m == "asserts"}
    assert asserted & {"United States", "NATO", "Ukraine"}
    assert any(m == "denies" for _, m in modalities)


def test_no_distractor_is_attached(ledger, gold, texts):
    for d in gold["distractors"]:
        assert not _incidents_holding(ledger, texts, d["file"], d["quote"]), d["quote"]


def test_every_value_carries_provenance(ledger, texts):
    files = _file_of(ledger)
    for inc in ledger["incidents"]:
        for item in inc["figures"] + inc["claims"] + inc["mentions"]:
            text = texts[files[item["article_id"]]]
            assert 0 <= item["start"] < item["end"] <= len(text)
            assert item["sentence"] and item["sentence"].strip() in text


def test_cli_demo_flow(tmp_path):
    """ingest twice (idempotent), list incidents, export JSON, score against the gold file."""
    db = str(tmp_path / "cli.db")
    run = lambda *args: subprocess.run([sys.executable, "-m", "newsledger", *args], capture_output=True, text=True, cwd=ROOT)  # noqa: E731
    first = run("ingest", "samples/seeds", "--db", db)
    assert first.returncode == 0, first.stderr
    assert "5 added, 0 duplicates, 0 failed" in first.stdout + first.stderr
    second = run("ingest", "samples/seeds", "--db", db)
    assert "0 added, 5 duplicates, 0 failed" in second.stdout + second.stderr
    listing = run("incidents", "--db", db)
    assert listing.returncode == 0 and "143" in listing.stdout
    out = tmp_path / "ledger.json"
    exported = run("export", "--format", "json", "--out", str(out), "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text())["incidents"]
    scored = run("eval", "--gold", "samples/gold/seeds.yaml", "--db", db, "--json")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)

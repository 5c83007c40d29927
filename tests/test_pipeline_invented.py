"""The whole pipeline on three short reports written for this test (invented events in real
cities), so the behaviour is pinned on text that shares nothing with the sample corpus:

- a.txt reports a market bombing and, in passing, a shooting in another city the same day;
- b.txt, two days later, a higher toll for the bombing and a group's claim;
- c.txt the shooting.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent / "data" / "invented"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    from newsledger.export import build_ledger
    from newsledger.pipeline import analyze, ingest
    from newsledger.store import Store

    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('invented') / 'l.db'}")
    assert ingest(store, [str(DATA)]).added == 3
    analyze(store)
    data = build_ledger(store.articles(), store.incidents())
    store.close()
    return data


def _files(ledger):
    return {a["id"]: Path(a["source"]).name for a in ledger["articles"]}


def _incident_with(ledger, place_word):
    found = [i for i in ledger["incidents"] if any(place_word in p["name"] for p in i["places"])]
    assert len(found) == 1, [i["name"] for i in ledger["incidents"]]
    return found[0]


def test_bombing_reports_merge_and_keep_each_toll(ledger):
    inc = _incident_with(ledger, "Peshawar")
    files = _files(ledger)
    assert inc["type"] == "bombing"
    assert inc["date"] == dt.date(2031, 5, 13).isoformat() and inc["date_precision"] == "day"
    killed = inc["reconciled"]["killed"]
    assert (killed["low"], killed["high"], killed["latest"], killed["conservative"]) == (12, 19, 19, 12)
    assert not killed["contested"]  # "at least 12", then 19: compatible
    assert {files[f["article_id"]] for f in inc["figures"] if f["kind"] == "killed"} == {"a.txt", "b.txt"}
    children = [f for f in inc["figures"] if f.get("victims") == "children"]
    assert children and children[0]["value"] == 3


def test_claims_of_the_bombing(ledger):
    inc = _incident_with(ledger, "Peshawar")
    modalities = {(c["party"], c["modality"]) for c in inc["claims"]}
    assert (None, "no_claim") in modalities
    assert any(m == "claims_responsibility" and "TTP" in (p or "") for p, m in modalities)


def test_same_day_shooting_elsewhere_is_its_own_incident_with_both_reports(ledger):
    shooting = _incident_with(ledger, "Quetta")
    assert shooting["id"] != _incident_with(ledger, "Peshawar")["id"]
    assert {_files(ledger)[m["article_id"]] for m in shooting["mentions"]} == {"a.txt", "c.txt"}
    assert shooting["reconciled"]["killed"]["conservative"] == 2


def test_one_more_article_updates_only_the_incident_it_reports(tmp_path):
    from newsledger.pipeline import analyze, ingest
    from newsledger.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'inc.db'}")
    ingest(store, [str(DATA / "a.txt"), str(DATA / "c.txt")])
    analyze(store)
    before = {r.id: r for r in store.incident_summaries()}
    bombing = next(r for r in before.values() if r.killed_low == 12)
    shooting = next(r for r in before.values() if r.killed_low == 2)
    assert bombing.n_sources == 1 and shooting.n_sources == 2

    ingest(store, [str(DATA / "b.txt")])
    analyze(store)
    after = {r.id: r for r in store.incident_summaries()}
    assert set(after) == set(before)  # ids kept: the new report joined the bombing
    assert after[bombing.id].n_sources == 2 and after[bombing.id].killed_high == 19
    assert after[bombing.id].updated_at > bombing.updated_at
    assert after[shooting.id].updated_at == shooting.updated_at  # untouched
    last = store.incident_changes()[-1]
    assert last.kind == "updated" and bombing.id in last.incident_ids
    store.close()

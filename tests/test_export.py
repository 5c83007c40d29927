"""Export: the JSON contract (keys pinned), incident summaries, JSON/CSV/Parquet writers.

Records are built by hand from short articles written for these tests; nothing loads spaCy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from newsledger.export import (
    INCIDENT_COLUMNS,
    SOURCE_COLUMNS,
    build_ledger,
    incident_rows,
    incident_summary,
    source_rows,
    write_csv,
    write_json,
    write_parquet,
)
from newsledger.records import Actor, Article, Claim, DateRef, EventMention, Evidence, Figure, Incident, Place

# ---- fixtures written for these tests ----------------------------------------------------------

TIMES = (
    "A car bomb exploded outside the port authority in Saltmarsh on Sunday. "
    "At least 12 people were killed and 30 injured, police said. "
    "The Red Dawn Brigade claimed responsibility in a message."
)
WIRE = (
    "The toll from Sunday's blast in Saltmarsh rose to 15, hospital officials said. "
    "The interior minister said the Red Dawn Brigade was behind the bombing."
)
BLOG = (
    "A spokesman for the Red Dawn Brigade denied any role in the port blast. "
    "Nineteen people died, a local doctor said."
)
VILLAGE = "Two herders were shot dead near Millbrook on Friday, one of them a boy, residents said."


def ev(article: Article, phrase: str) -> Evidence:
    """Evidence for a phrase: its span and the sentence (ending at '. ') around it."""
    start = article.text.index(phrase)
    s0 = article.text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = article.text.find(". ", start)
    s1 = len(article.text) if s1 < 0 else s1 + 1
    return Evidence(article.id, start, start + len(phrase), article.text[s0:s1])


@pytest.fixture
def articles() -> dict[str, Article]:
    return {
        "times": Article.from_text(TIMES, "/data/in/times.txt", title="Car bomb hits Saltmarsh port", outlet="Harbor Times",
                                   authors=["Mara Quill", "Ode Vance"], published=dt.date(2025, 2, 10)),
        "wire": Article.from_text(WIRE, "https://wire.example/saltmarsh", title="Saltmarsh toll rises", outlet="Coastal Wire",
                                  published=dt.date(2025, 2, 12), url="https://wire.example/saltmarsh"),
        "blog": Article.from_text(BLOG, "/data/in/blog.txt", title="Blast near the port café"),
        "village": Article.from_text(VILLAGE, "/data/in/village.txt", title="Herders shot", outlet="Valley Post",
                                     published=dt.date(2025, 3, 1)),
    }


@pytest.fixture
def incidents(articles) -> list[Incident]:
    t, w, b, v = articles["times"], articles["wire"], articles["blog"], articles["village"]
    venue = Place("port authority", "FAC", ev(t, "port authority"))
    town = Place("Saltmarsh", "GPE", ev(t, "Saltmarsh"), country="Nordland", admin1="Coast Province", lat=60.5, lon=5.25, geonameid=123)
    country = Place("Nordland", "GPE", ev(t, "Saltmarsh"), country="Nordland", lat=61.0, lon=8.0)
    mention = EventMention(
        0, "bombing", "exploded", ev(t, "exploded"),
        date=DateRef("on Sunday", dt.date(2025, 2, 9), "day", ev(t, "on Sunday")),
        places=[venue, town],
        perpetrators=[Actor("Red Dawn Brigade", "perpetrator", ev(t, "Red Dawn Brigade")),
                      Actor("red dawn  brigade", "perpetrator", ev(w, "Red Dawn Brigade"))],
        targets=[Actor("port authority", "target", ev(t, "port authority"))],
        weapons=[Actor("car bomb", "weapon", ev(t, "car bomb"))],
    )
    port = Incident(
        "inc-port", "Car bombing at the Saltmarsh port authority", "bombing", dt.date(2025, 2, 9), "day",
        places=[country, venue, town], country="Nordland", admin1="Coast Province",
        mentions=[mention, EventMention(0, "bombing", "blast", ev(w, "blast"))],
        figures=[
            Figure("killed", 12, "At least 12", ev(t, "At least 12 people were killed"), qualifier="at least"),
            Figure("injured", 30, "30", ev(t, "30 injured")),
            Figure("killed", 15, "15", ev(w, "rose to 15"), cited_source="hospital officials"),
            Figure("killed", 19, "Nineteen", ev(b, "Nineteen people died"), cited_source="a local doctor"),
        ],
        claims=[
            Claim("Red Dawn Brigade", "claims_responsibility", ev(t, "claimed responsibility"), party_text="The Red Dawn Brigade"),
            Claim("Red Dawn Brigade", "asserts", ev(w, "was behind the bombing"), speaker="the interior minister", hedge=None),
            Claim("Red Dawn Brigade", "denies", ev(b, "denied any role"), speaker="a spokesman"),
        ],
        reconciled={
            "killed": {"low": 12, "best": 15, "high": 19, "latest": 15, "conservative": 12, "sources": 3,
                       "contested": True, "note": "figures rise over time", "values": [12, 15, 19]},
            "injured": {"low": 30, "high": 30, "conservative": 30},  # resolver left some keys out
        },
    )
    herders = Incident(
        "inc-herders", "Herders shot near Millbrook", "armed_assault", dt.date(2025, 2, 1), "month",
        mentions=[EventMention(0, "armed_assault", "shot", ev(v, "shot dead"))],
        figures=[
            Figure("killed", 2, "Two", ev(v, "Two herders were shot dead")),
            Figure("killed", 1, "one", ev(v, "one of them a boy"), victims="children", is_breakdown=True),
        ],
    )
    return [port, herders]


@pytest.fixture
def ledger(articles, incidents) -> dict:
    extras = {articles["times"].id: {"genre": "reporting", "genre_score": 0.8, "narratives": [{"label": "Other", "score": 0.1}],
                                     "id": "must-not-override", "techniques": []}}
    return build_ledger(list(articles.values()), incidents, article_extras=extras)


# ---- JSON contract -----------------------------------------------------------------------------

ARTICLE_CONTRACT = {"id", "source", "title", "outlet", "authors", "published"}
INCIDENT_CONTRACT = {"id", "name", "type", "date", "date_precision", "places", "mentions", "figures", "claims", "reconciled"}
PLACE_CONTRACT = {"name", "country", "admin1", "lat", "lon"}
MENTION_CONTRACT = {"article_id", "start", "end", "sentence"}
FIGURE_CONTRACT = {"kind", "value", "qualifier", "victims", "article_id", "start", "end", "sentence"}
CLAIM_CONTRACT = {"party", "modality", "speaker", "article_id", "start", "end", "sentence"}
RECONCILED_CONTRACT = {"low", "best", "high", "latest", "conservative", "sources", "contested"}

# The documented extras: the full key sets are pinned so any change to the export is deliberate.
ARTICLE_EXTRAS = {"url"}
INCIDENT_EXTRAS = {"country", "admin1", "acled", "gtd_attack_type", "perpetrators", "targets", "weapons", "summary"}
PLACE_EXTRAS = {"label", "geonameid"}
MENTION_EXTRAS = {"type", "trigger", "date", "date_text"}
FIGURE_EXTRAS = {"text", "vague", "cited_source", "is_breakdown", "published", "outlet"}
CLAIM_EXTRAS = {"party_text", "hedge", "published", "outlet"}


def test_top_level_keys(ledger):
    assert set(ledger) == {"articles", "incidents"}
    assert len(ledger["articles"]) == 4 and len(ledger["incidents"]) == 2


def test_article_keys_and_values(ledger, articles):
    village = next(a for a in ledger["articles"] if a["id"] == articles["village"].id)
    assert set(village) == ARTICLE_CONTRACT | ARTICLE_EXTRAS
    times = next(a for a in ledger["articles"] if a["id"] == articles["times"].id)
    # framing keys merged in, contract keys never overridden by them
    assert set(times) == ARTICLE_CONTRACT | ARTICLE_EXTRAS | {"genre", "genre_score", "narratives", "techniques"}
    assert times["id"] == articles["times"].id
    assert times["source"] == "/data/in/times.txt"
    assert times["authors"] == ["Mara Quill", "Ode Vance"]
    assert times["published"] == "2025-02-10"
    assert times["genre"] == "reporting" and times["narratives"][0]["label"] == "Other"
    blog = next(a for a in ledger["articles"] if a["id"] == articles["blog"].id)
    assert blog["published"] is None and blog["outlet"] is None and blog["authors"] == []


def test_incident_keys_and_values(ledger):
    port = ledger["incidents"][0]
    assert set(port) == INCIDENT_CONTRACT | INCIDENT_EXTRAS
    assert port["id"] == "inc-port" and port["type"] == "bombing"
    assert port["date"] == "2025-02-09" and port["date_precision"] == "day"
    assert port["acled"] == {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}
    assert port["gtd_attack_type"] == "Bombing/Explosion"
    assert port["perpetrators"] == ["Red Dawn Brigade"]  # case/space duplicates folded
    assert port["targets"] == ["port authority"] and port["weapons"] == ["car bomb"]
    herders = ledger["incidents"][1]
    assert herders["date"] == "2025-02-01" and herders["date_precision"] == "month"
    assert herders["acled"]["event_type"] == "Violence against civilians" and herders["gtd_attack_type"] == "Armed Assault"


def test_place_keys(ledger):
    places = ledger["incidents"][0]["places"]
    assert [set(p) for p in places] == [PLACE_CONTRACT | PLACE_EXTRAS] * 3
    assert places[2] == {"name": "Saltmarsh", "country": "Nordland", "admin1": "Coast Province", "lat": 60.5, "lon": 5.25,
                         "label": "GPE", "geonameid": 123}


def test_mention_keys_cover_every_reporting_article(ledger, articles):
    mentions = ledger["incidents"][0]["mentions"]
    assert all(set(m) == MENTION_CONTRACT | MENTION_EXTRAS for m in mentions)
    first = mentions[0]
    text = articles["times"].text
    assert text[first["start"]:first["end"]] == "exploded" and first["sentence"] in text
    assert first["date"] == "2025-02-09" and first["date_text"] == "on Sunday"
    # the blog gives only a figure and a claim, yet it reports the incident
    assert {m["article_id"] for m in mentions} == {articles[k].id for k in ("times", "wire", "blog")}


def test_figure_keys_and_values(ledger, articles):
    figures = ledger["incidents"][0]["figures"]
    assert all(set(f) == FIGURE_CONTRACT | FIGURE_EXTRAS for f in figures)
    first = figures[0]
    assert (first["kind"], first["value"], first["qualifier"], first["text"]) == ("killed", 12, "at least", "At least 12")
    assert first["published"] == "2025-02-10" and first["outlet"] == "Harbor Times"
    assert articles["times"].text[first["start"]:first["end"]] == "At least 12 people were killed"
    assert first["sentence"] == "At least 12 people were killed and 30 injured, police said."
    assert figures[2]["cited_source"] == "hospital officials"
    assert figures[3]["published"] is None  # the blog is undated
    breakdown = ledger["incidents"][1]["figures"][1]
    assert breakdown["is_breakdown"] is True and breakdown["victims"] == "children"


def test_claim_keys_and_values(ledger, articles):
    claims = ledger["incidents"][0]["claims"]
    assert all(set(c) == CLAIM_CONTRACT | CLAIM_EXTRAS for c in claims)
    assert [c["modality"] for c in claims] == ["claims_responsibility", "asserts", "denies"]
    assert claims[0]["party_text"] == "The Red Dawn Brigade"
    assert claims[1]["speaker"] == "the interior minister"
    assert claims[2]["article_id"] == articles["blog"].id


def test_reconciled_passed_through_with_contract_keys_filled(ledger):
    rec = ledger["incidents"][0]["reconciled"]
    assert set(rec) == {"killed", "injured"}
    assert set(rec["killed"]) == RECONCILED_CONTRACT | {"note", "values"}
    assert rec["killed"]["conservative"] == 12 and rec["killed"]["contested"] is True
    assert rec["killed"]["values"] == [12, 15, 19]
    assert set(rec["injured"]) == RECONCILED_CONTRACT
    assert rec["injured"]["best"] is None and rec["injured"]["low"] == 30
    assert ledger["incidents"][1]["reconciled"] == {}


def test_ledger_is_plain_json(ledger):
    assert json.loads(json.dumps(ledger)) == ledger


def test_one_incident_with_only_its_articles(articles, incidents):
    """What `newsledger show` and the web pages do: a single incident, only some articles known."""
    data = build_ledger([articles["times"]], [incidents[0]])
    inc = data["incidents"][0]
    wire_fig = inc["figures"][2]
    assert wire_fig["published"] is None and wire_fig["outlet"] is None
    assert len(inc["figures"]) == 4


# ---- incident_summary ------------------------------------------------------------------------------


def test_incident_summary_prefers_the_most_specific_place(articles, incidents):
    by_id = {a.id: a for a in articles.values()}
    s = incident_summary(incidents[0], by_id)
    # venue beats town beats country; coordinates from the first place in that order that has them
    assert s == {"location": "port authority", "lat": 60.5, "lon": 5.25, "killed_low": 12, "killed_high": 19,
                 "killed_conservative": 12, "contested": True, "n_sources": 3}


def test_incident_summary_without_places_or_reconciliation(articles, incidents):
    s = incident_summary(incidents[1], {a.id: a for a in articles.values()})
    # no reconciliation: the headline (non-breakdown) figures give the range
    assert s == {"location": None, "lat": None, "lon": None, "killed_low": 2, "killed_high": 2,
                 "killed_conservative": 2, "contested": False, "n_sources": 1}


def test_incident_summary_region_before_country(articles):
    t = articles["times"]
    inc = Incident("x", "x", "attack", None, None, country="Nordland", admin1="Coast Province",
                   places=[Place("Nordland", "GPE", ev(t, "Saltmarsh"), lat=1.0, lon=2.0),
                           Place("Coast Province", "LOC", ev(t, "Saltmarsh"), country="Nordland", admin1="Coast Province")])
    s = incident_summary(inc, {})
    assert s["location"] == "Coast Province" and (s["lat"], s["lon"]) == (1.0, 2.0)
    assert s["killed_low"] is None and s["n_sources"] == 0


# ---- JSON writer ------------------------------------------------------------------------------------


def test_write_json_to_a_path(ledger, tmp_path):
    target = tmp_path / "out" / "ledger.json"
    write_json(ledger, target)
    raw = target.read_text(encoding="utf-8")
    assert "café" in raw  # non-ASCII kept as is
    assert raw.startswith("{\n  \"articles\"")  # indent 2
    assert json.loads(raw) == ledger
    assert [p.name for p in target.parent.iterdir()] == ["ledger.json"]  # no temp file left behind
    write_json({"articles": [], "incidents": []}, target)  # replaces the old file
    assert json.loads(target.read_text(encoding="utf-8")) == {"articles": [], "incidents": []}


def test_write_json_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "ledger.json"
    write_json({"articles": [], "incidents": []}, target)
    with pytest.raises(TypeError):
        write_json({"articles": [object()]}, target)
    assert json.loads(target.read_text(encoding="utf-8")) == {"articles": [], "incidents": []}
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.json"]


def test_write_json_to_a_stream(ledger):
    buf = io.StringIO()
    write_json(ledger, buf)
    assert json.loads(buf.getvalue()) == ledger
    assert "café" in buf.getvalue()


# ---- CSV ----------------------------------------------------------------------------------------------

ACLED_LIKE = ["event_id", "event_date", "year", "event_type", "sub_event_type", "gtd_attack_type", "actor1",
              "country", "admin1", "location", "latitude", "longitude", "fatalities", "fatalities_low",
              "fatalities_high", "contested", "sources", "notes"]
SOURCE_LIKE = ["incident_id", "row_type", "kind_or_party", "value", "qualifier", "modality", "speaker",
               "article_id", "outlet", "published", "start", "end", "sentence"]


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_incidents(ledger, tmp_path):
    written = write_csv(ledger, tmp_path / "new" / "folder")
    assert [p.name for p in written] == ["incidents.csv", "sources.csv"]
    with open(written[0], newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[: len(ACLED_LIKE)] == ACLED_LIKE and header == list(INCIDENT_COLUMNS)
    rows = read_csv(written[0])
    assert [r["event_id"] for r in rows] == ["inc-port", "inc-herders"]  # one row per incident
    port = rows[0]
    assert port["event_date"] == "2025-02-09" and port["year"] == "2025"
    assert (port["event_type"], port["sub_event_type"]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert port["gtd_attack_type"] == "Bombing/Explosion"
    assert port["actor1"] == "Red Dawn Brigade"
    assert (port["country"], port["admin1"], port["location"]) == ("Nordland", "Coast Province", "port authority")
    assert (float(port["latitude"]), float(port["longitude"])) == (60.5, 5.25)
    assert (port["fatalities"], port["fatalities_low"], port["fatalities_high"]) == ("12", "12", "19")
    assert port["contested"] == "true"
    # outlets by publication date, the undated blog (no outlet) by its file name, last
    assert port["sources"] == "Harbor Times; Coastal Wire; blog.txt"
    assert port["notes"] == ("killed: 12 (Harbor Times, 2025-02-10, at least) / 15 (Coastal Wire, 2025-02-12) / 19 (blog.txt); "
                             "injured: 30 (Harbor Times, 2025-02-10)")
    herders = rows[1]
    assert herders["actor1"] == "" and herders["location"] == "" and herders["fatalities"] == ""
    assert herders["contested"] == "false" and herders["notes"] == "killed: 2 (Valley Post, 2025-03-01)"


def test_actor1_prefers_claimed_then_asserted_then_reported(articles, incidents):
    t = articles["times"]
    inc = incidents[1]
    inc.claims = [
        Claim("Grey Wolves", "reports", ev(t, "claimed responsibility"), speaker="police"),
        Claim("Grey Wolves", "reports", ev(t, "claimed responsibility"), speaker="police"),
        Claim("Night Owls", "asserts", ev(t, "claimed responsibility")),
        Claim(None, "no_claim", ev(t, "claimed responsibility")),
    ]
    row = incident_rows(build_ledger([], [inc]))[0]
    assert row["actor1"] == "Night Owls"
    inc.claims = inc.claims[:2]
    assert incident_rows(build_ledger([], [inc]))[0]["actor1"] == "Grey Wolves"
    inc.claims = []
    inc.mentions[0].perpetrators = [Actor("unknown gunmen", "perpetrator", ev(t, "Red Dawn Brigade"))]
    assert incident_rows(build_ledger([], [inc]))[0]["actor1"] == "unknown gunmen"


def test_csv_sources(ledger, articles, tmp_path):
    _, sources = write_csv(ledger, tmp_path)
    with open(sources, newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[: len(SOURCE_LIKE)] == SOURCE_LIKE and header == list(SOURCE_COLUMNS)
    rows = read_csv(sources)
    # one row per figure or claim: 4 + 3 for the port bombing, 2 for the herders
    assert len(rows) == 9
    assert [r["row_type"] for r in rows] == ["figure"] * 4 + ["claim"] * 3 + ["figure"] * 2
    fig = rows[0]
    assert (fig["incident_id"], fig["kind_or_party"], fig["value"], fig["qualifier"]) == ("inc-port", "killed", "12", "at least")
    assert (fig["outlet"], fig["published"], fig["modality"]) == ("Harbor Times", "2025-02-10", "")
    assert TIMES[int(fig["start"]):int(fig["end"])] == "At least 12 people were killed"
    assert fig["sentence"] == "At least 12 people were killed and 30 injured, police said."
    claim = rows[5]
    assert (claim["kind_or_party"], claim["modality"], claim["speaker"], claim["value"]) == (
        "Red Dawn Brigade", "asserts", "the interior minister", "")
    assert claim["article_id"] == articles["wire"].id and claim["outlet"] == "Coastal Wire"


def test_csv_of_an_empty_ledger(tmp_path):
    inc_path, src_path = write_csv({"articles": [], "incidents": []}, tmp_path)
    assert read_csv(inc_path) == [] and read_csv(src_path) == []


# ---- Parquet ----------------------------------------------------------------------------------------


def test_parquet_round_trip(ledger, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    written = write_parquet(ledger, tmp_path / "pq")
    assert [p.name for p in written] == ["incidents.parquet", "sources.parquet"]
    inc = pq.read_table(written[0])
    assert inc.column_names == list(INCIDENT_COLUMNS)
    assert inc.schema.field("fatalities").type == pa.int64()
    assert inc.schema.field("latitude").type == pa.float64()
    assert inc.schema.field("contested").type == pa.bool_()
    assert inc.to_pylist() == incident_rows(ledger)
    src = pq.read_table(written[1])
    assert src.column_names == list(SOURCE_COLUMNS)
    assert src.to_pylist() == source_rows(ledger)
    assert src.num_rows == 9
    assert src.to_pylist()[0]["value"] == 12 and src.to_pylist()[4]["value"] is None


def test_tables_from_a_ledger_read_back_from_json(ledger, tmp_path):
    """The writers read only the JSON form: a ledger loaded from its export gives the same tables."""
    path = tmp_path / "ledger.json"
    write_json(ledger, path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert incident_rows(again) == incident_rows(ledger)
    assert source_rows(again) == source_rows(ledger)


def test_export_and_evaluate_do_not_load_spacy(tmp_path):
    """Exporting and scoring work on plain records and JSON; neither needs the NLP stack."""
    import subprocess
    import sys

    code = (
        "import sys, newsledger.export as e, newsledger.evaluate as v\n"
        "from newsledger.records import Incident\n"
        f"e.write_csv(e.build_ledger([], [Incident('i', 'n', 'bombing', None, None)]), {str(tmp_path)!r})\n"
        "v.score_ledger({'articles': [], 'incidents': []}, {'incidents': []}, {})\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

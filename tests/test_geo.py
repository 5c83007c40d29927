"""Gazetteer: geocoding, homonyms, aliases and the hierarchy helpers."""

from __future__ import annotations

import pytest

from newsledger.geo import contains, demonym_country, distance_km, geocode, get_gazetteer, name_key, same_area
from newsledger.records import Evidence, Place


def test_name_key_folds_case_accents_apostrophes_and_the():
    assert name_key("Khar'kov") == name_key("KHARKOV") == "kharkov"
    assert name_key("the U.S.") == "us"
    assert name_key("Rostov-on-Don") == "rostov on don"
    assert name_key("Zürich") == "zurich"


@pytest.mark.parametrize(
    "name, canonical, kind, country, admin1",
    [
        ("Kyiv", "Kyiv", "city", "Ukraine", "Kyiv City"),
        ("Kiev", "Kyiv", "city", "Ukraine", "Kyiv City"),
        ("Kharkov", "Kharkiv", "city", "Ukraine", "Kharkiv"),
        ("Grozny", "Grozny", "city", "Russia", "Chechnya"),
        ("Chechnya", "Chechnya", "admin1", "Russia", "Chechnya"),
        ("Kursk region", "Kursk", "admin1", "Russia", "Kursk"),
        ("Rostov Oblast", "Rostov Oblast", "admin1", "Russia", "Rostov Oblast"),
        ("Moscow region", "Moscow Oblast", "admin1", "Russia", "Moscow Oblast"),
        ("Crimea", "Autonomous Republic of Crimea", "admin1", "Ukraine", "Autonomous Republic of Crimea"),
        ("Mumbai", "Mumbai", "city", "India", "Maharashtra"),
        ("Bombay", "Mumbai", "city", "India", "Maharashtra"),
    ],
)
def test_geocode_cities_regions_and_variant_spellings(name, canonical, kind, country, admin1):
    match = geocode(name)
    assert match is not None
    assert (match.name, match.kind, match.country) == (canonical, kind, country)
    if admin1 is not None:
        assert match.admin1 == admin1
    assert match.lat is not None and match.lon is not None


@pytest.mark.parametrize(
    "alias, country",
    [("US", "United States"), ("the United States", "United States"), ("USA", "United States"),
     ("U.S.", "United States"), ("Britain", "United Kingdom"), ("UK", "United Kingdom"),
     ("Russia", "Russia"), ("Russian Federation", "Russia"), ("Burma", "Myanmar"),
     ("Palestine", "Palestinian Territory")],
)
def test_country_names_and_aliases(alias, country):
    match = geocode(alias)
    assert match is not None and match.kind == "country" and match.country == country


def test_demonyms_are_not_places_but_name_a_country():
    for word in ("Russian", "Ukrainian", "British", "Afghan", "Americans"):
        assert geocode(word) is None
    assert demonym_country("Ukrainian") == "UA"
    assert demonym_country("Russians") == "RU"
    assert demonym_country("Moscow") is None


def test_a_city_beats_the_region_named_after_it():
    assert geocode("Kharkiv").kind == "city"
    assert geocode("Kharkiv region").kind == "admin1"
    assert geocode("New York").kind == "city"


def test_context_country_breaks_ties_but_not_against_a_capital():
    assert geocode("Georgia").kind == "country"
    assert geocode("Georgia", context_country="US").country == "United States"
    assert geocode("Moscow", context_country="US").country == "Russia"
    assert geocode("Birmingham").country == "United Kingdom"
    assert geocode("Birmingham", context_country="United States").country == "United States"


def test_alternate_spelling_wins_with_context():
    assert geocode("Odesa").country == "Ukraine"
    assert geocode("Odessa", context_country="Ukraine").name == "Odesa"


def test_unknown_names_give_none():
    assert geocode("Atlantis Prime") is None
    assert geocode("") is None


def test_contains_follows_country_region_city():
    assert contains("Russia", "Grozny")
    assert contains("Chechnya", "Grozny")
    assert not contains("Ukraine", "Grozny")
    assert contains("Ukraine", "Kharkiv region")
    assert contains("Moscow Oblast", "Krasnogorsk")
    assert not contains("Grozny", "Chechnya")
    assert contains("Kyiv", "Kiev")


def test_distance_and_same_area():
    d = distance_km("Kyiv", "Kharkiv")
    assert 400 < d < 430
    assert same_area("Krasnogorsk", "Moscow")  # a satellite town ~20 km out
    assert same_area("Chechnya", "Grozny")
    assert not same_area("Moscow", "Kharkiv")
    assert distance_km("Kyiv", "Atlantis Prime") is None


def test_helpers_accept_places_from_records():
    ev = Evidence("a1", 0, 5, "x")
    city = Place("Kharkov", "GPE", ev, country="Ukraine", admin1="Kharkiv", lat=49.98, lon=36.25, geonameid=706483)
    venue = Place("Freedom Square", "VENUE", ev, country="Ukraine", admin1="Kharkiv", lat=49.98, lon=36.25)
    assert contains("Ukraine", city)
    assert contains("Kharkiv region", venue)
    assert same_area(city, venue)


def test_gazetteer_is_loaded_once():
    assert get_gazetteer() is get_gazetteer()

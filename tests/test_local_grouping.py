"""Grouping inside one article, on short reports written for these tests: which sentences tell
the same happening and which tell another. The whole extractor runs, so these are slow."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events_of():
    from newsledger.extract import extract_article
    from newsledger.records import Article
    from newsledger.resolve.features import mention_views
    from newsledger.resolve.local import local_events

    def run(text: str, published: dt.date | None = None):
        article = Article.from_text(text, "memory.txt", published=published)
        extraction = extract_article(article)
        return local_events(mention_views(extraction, article.text))

    return run


def _totals(event):
    return {(f.kind, f.value) for f in event.figures}


def test_undated_toll_and_a_dated_storming_of_a_named_hotel_are_one_event(events_of):
    text = (
        "Toll from Nairobi mall siege climbs to 17\n\n"
        "The number of people killed in a siege at a shopping centre in Kenya's capital Nairobi has "
        "climbed to 17, the interior ministry said on Monday.\n\n"
        "Gunmen stormed the Riverview Mall on Sunday afternoon with rifles and grenades. Officials said "
        "58 people were hurt.\n"
    )
    events = events_of(text, dt.date(2031, 9, 8))
    assert len(events) == 1, [(_totals(e), e.date) for e in events]
    assert ("injured", 58) in _totals(events[0])
    assert events[0].date.value == dt.date(2031, 9, 7)


def test_a_wounded_count_in_a_later_sentence_continues_the_attack(events_of):
    text = (
        "Attackers on horseback raided a village in Niger's Tillaberi region late on Tuesday, killing "
        "eleven people, a mayor said.\n\n"
        "They set fire to granaries in Foneko commune. Four others were wounded and flown to Niamey.\n\n"
        "More than 60 people died in similar raids in the region in March.\n"
    )
    events = events_of(text)
    with_eleven = [e for e in events if ("killed", 11) in _totals(e)]
    assert len(with_eleven) == 1 and ("injured", 4) in _totals(with_eleven[0])
    assert ("killed", 60) not in _totals(with_eleven[0])  # "similar raids" are other events


def test_a_city_and_a_common_noun_is_not_a_venue_name():
    import spacy  # noqa: F401  (the model is needed)
    from newsledger.extract import load_nlp
    from newsledger.extract.places import find_places

    nlp = load_nlp()
    doc = nlp("Death toll in Mogadishu hotel siege rises, and the Crocus concert hall reopens.")
    labels = {p.name: p.label for p in find_places(doc, "x")}
    assert labels.get("Mogadishu") == "GPE"
    assert "Mogadishu hotel" not in labels

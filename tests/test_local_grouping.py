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
    assert {("killed", 17), ("injured", 58)} <= _totals(events[0])
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


def test_two_reports_naming_the_same_unmapped_town_are_one_incident():
    """A town too small for the gazetteer still ties two reports of one day together."""
    from newsledger.extract import extract_article
    from newsledger.records import Article
    from newsledger.resolve import resolve_incidents

    first = Article.from_text(
        "Ambush kills 6 police officers in Burkina Faso\n\n"
        "OUAGADOUGOU — Gunmen ambushed a police convoy near the northern Burkinabe town of Kelbo on "
        "Thursday, killing six officers, the security ministry said.\n",
        "first.txt", published=dt.date(2031, 4, 11),
    )
    second = Article.from_text(
        "Insurgents claim Kelbo convoy ambush\n\n"
        "An armed group said it carried out Thursday's ambush on a police convoy in Kelbo, in which at "
        "least seven officers died according to local sources.\n",
        "second.txt", published=dt.date(2031, 4, 12),
    )
    result = resolve_incidents([first, second], [extract_article(first), extract_article(second)])
    both = [i for i in result.incidents if {first.id, second.id} <= {m.evidence.article_id for m in i.mentions}]
    assert len(both) == 1, [(i.name, i.date) for i in result.incidents]
    assert both[0].date == dt.date(2031, 4, 10)


def test_an_event_noun_takes_its_own_possessive_date_even_under_a_claim_verb():
    from newsledger.extract import extract_article
    from newsledger.records import Article

    article = Article.from_text(
        "A militia claimed responsibility for Friday's bombing of a bus depot in Kabul.\n",
        "x.txt", published=dt.date(2031, 6, 2),
    )
    ex = extract_article(article)
    bombing = [m for m in ex.mentions if m.type == "bombing"]
    assert bombing and bombing[0].date is not None and bombing[0].date.value == dt.date(2031, 5, 30)


def test_places_in_headlines_and_metonymy():
    from newsledger.extract import load_nlp
    from newsledger.extract.places import find_places

    nlp = load_nlp()
    names = {p.name for p in find_places(nlp("Truck Bomb Kills 12 Workers Near Hargeisa Cement Factory"), "x")}
    assert "Hargeisa Cement Factory" in names and not any(n.startswith("Workers") for n in names)
    names = {p.name for p in find_places(nlp("The only response from Paris was silence, while Lyon mourned."), "x")}
    assert "Paris" not in names and "Lyon" in names


def test_an_earlier_count_of_the_toll_stays_with_its_event(events_of):
    text = (
        "Gunmen stormed a wedding hall in the Yemeni city of Taiz on Thursday night, killing 19 guests, "
        "the health office said on Friday.\n\n"
        "A rebel spokesman denied the group was involved. Preliminary reports had put the toll at 11.\n"
    )
    events = events_of(text, dt.date(2031, 2, 14))
    assert len(events) == 1, [_totals(e) for e in events]
    assert {("killed", 19), ("killed", 11)} <= _totals(events[0])


def test_a_figure_goes_with_the_trigger_of_its_own_clause(events_of):
    text = (
        "A rocket struck a fuel depot in Kharkiv on Monday, injuring four workers, officials said.\n\n"
        "The strike came days after gunmen killed nine farmers in an ambush near Poltava.\n"
    )
    events = events_of(text, dt.date(2031, 2, 11))
    nine = [e for e in events if ("killed", 9) in _totals(e)]
    assert len(nine) == 1
    assert {m.type for m in nine[0].members} == {"armed_assault"}
    assert ("injured", 4) not in _totals(nine[0])


def test_another_source_putting_the_toll_lower_is_the_same_event(events_of):
    text = (
        "Gunmen killed at least 23 people in a night raid on a fishing village in Borno State, a "
        "district official said on Tuesday.\n\n"
        "A military spokesman confirmed the raid but put the death toll at 14.\n"
    )
    events = events_of(text, dt.date(2031, 6, 3))
    assert len(events) == 1, [_totals(e) for e in events]
    assert {("killed", 23), ("killed", 14)} <= _totals(events[0])


def test_a_separate_attack_told_by_two_triggers_is_one_event(events_of):
    text = (
        "A missile hit a grain terminal in Mykolaiv on Thursday, killing four dock workers.\n\n"
        "In a separate attack on Friday, a drone hit a minibus near the village of Bashtanka in the "
        "Mykolaiv region, killing one passenger. Shelling killed two people in the town of Nikopol "
        "last week, officials said.\n"
    )
    events = events_of(text, dt.date(2031, 6, 14))
    one = [e for e in events if ("killed", 1) in _totals(e)]
    assert len(one) == 1 and one[0].date is not None and one[0].date.value == dt.date(2031, 6, 13)
    two = [e for e in events if ("killed", 2) in _totals(e)]
    assert len(two) == 1 and two[0] is not one[0]
    assert two[0].date is None or two[0].date.value != dt.date(2031, 6, 13)


def test_a_wire_datelines_date_gives_way_to_the_days_the_lead_names(events_of):
    text = (
        "Gunmen kill nine in raid on Nigerian village\n\n"
        "KADUNA, June 16 - Gunmen killed nine people in a raid on a village in Kaduna State on "
        "Sunday night, police said.\n"
    )
    events = events_of(text, dt.date(2031, 6, 16))
    nine = [e for e in events if ("killed", 9) in _totals(e)]
    assert len(nine) == 1 and nine[0].date.value == dt.date(2031, 6, 15)


def test_an_attack_told_hours_earlier_takes_the_day_but_stays_apart(events_of):
    text = (
        "BASRA, July 12 - A car bomb exploded outside a busy cafe in Basra on Saturday evening, "
        "killing eight people, police said.\n\n"
        "Hours earlier, a roadside bomb killed three soldiers on a road near the town of Safwan.\n"
    )
    events = events_of(text, dt.date(2031, 7, 12))
    three = [e for e in events if ("killed", 3) in _totals(e)]
    eight = [e for e in events if ("killed", 8) in _totals(e)]
    assert len(three) == 1 and len(eight) == 1 and three[0] is not eight[0]
    assert three[0].date is not None and three[0].date.value == dt.date(2031, 7, 12)


def test_a_second_toll_hung_on_the_same_trigger_is_another_event(events_of):
    text = (
        "Raids on villages in Benue State\n\n"
        "On May 3, gunmen attacked Agatu in Benue State and killed nine people, while four people "
        "were killed in Guma two days later.\n"
    )
    events = events_of(text, dt.date(2031, 5, 12))
    nine = [e for e in events if ("killed", 9) in _totals(e)]
    assert len(nine) == 1 and ("killed", 4) not in _totals(nine[0])


def test_naming_a_reported_venue_again_returns_to_that_event(events_of):
    text = (
        "Gunmen attacked the Harbour View Hotel in Mombasa on Friday, killing six guests.\n\n"
        "In another operation on Sunday, police raided a house and detained two men, who were later "
        "released. Nobody has been charged since the attack on the Harbour View Hotel.\n"
    )
    events = events_of(text, dt.date(2031, 3, 10))
    hotel = [e for e in events if ("killed", 6) in _totals(e)]
    assert len(hotel) == 1
    assert sum(1 for v in hotel[0].all_views if "Nobody has been charged" in v.mention.evidence.sentence) == 1


def test_a_year_of_another_clause_does_not_make_an_event(events_of):
    text = (
        "Two soldiers were killed when a roadside bomb hit their patrol near Tikrit on Monday, the army said.\n\n"
        "Nobody claimed responsibility for the attack, but militants have carried out ambushes in the area "
        "since they were driven from the city in 2015.\n"
    )
    events = events_of(text, dt.date(2031, 10, 7))
    assert len(events) == 1, [(e.date, _totals(e)) for e in events]
    assert events[0].date.value == dt.date(2031, 10, 6)


def test_a_background_clause_keeps_its_toll_and_the_next_sentence_returns_to_the_reported_attack(events_of):
    text = (
        "Gunmen kill 14 in central Nigeria\n\n"
        "Gunmen killed 14 people in an attack on a village in Nigeria's Benue State on Sunday night, "
        "police said.\n\n"
        "The attack came a week after 22 people were killed in a raid on a farming settlement nearby. "
        "Nine others were wounded and taken to hospital in Makurdi.\n"
    )
    events = events_of(text, dt.date(2031, 6, 10))
    fourteen = [e for e in events if ("killed", 14) in _totals(e)]
    twenty_two = [e for e in events if ("killed", 22) in _totals(e)]
    assert len(fourteen) == 1 and len(twenty_two) == 1 and fourteen[0] is not twenty_two[0]
    assert ("injured", 9) in _totals(fourteen[0])  # the wounded are Sunday's, not the earlier raid's
    # "a week after": the earlier raid happened seven days before the attack reported
    assert twenty_two[0].date is not None and twenty_two[0].date.value == dt.date(2031, 6, 1)


def test_a_figure_after_a_background_clause_is_the_reported_strikes_and_the_city_is_the_one_named(events_of):
    text = (
        "Missile strike on Kherson kills five\n\n"
        "Russian missiles struck Kherson early on Wednesday, killing five people and injuring 19, the "
        "regional governor said.\n\n"
        "The strike came four days after a drone attack on the city's river port killed three sailors. "
        "Two children were among the injured, the governor said.\n"
    )
    events = events_of(text, dt.date(2031, 4, 16))
    five = [e for e in events if ("killed", 5) in _totals(e)]
    three = [e for e in events if ("killed", 3) in _totals(e)]
    assert len(five) == 1 and len(three) == 1 and five[0] is not three[0]
    assert any(f.kind == "injured" and f.value == 2 for f in five[0].figures)
    assert not any(f.kind == "injured" for f in three[0].figures)
    assert three[0].date is not None and three[0].date.value == dt.date(2031, 4, 12)
    assert "Kherson" in {p.name for p in three[0].places}  # "the city's river port"


def test_a_definite_reference_after_a_separate_incident_returns_to_the_reported_attack(events_of):
    text = (
        "Car bomb outside Baghdad hotel kills nine\n\n"
        "A car bomb exploded outside a hotel in Baghdad on Thursday, killing nine people, police said.\n\n"
        "In a separate incident on Thursday, a roadside bomb struck an army patrol in Abu Ghraib, west of "
        "the capital, killing two soldiers.\n\n"
        "The attack on the hotel was the deadliest in Baghdad since January.\n"
    )
    events = events_of(text, dt.date(2031, 2, 14))
    nine = [e for e in events if ("killed", 9) in _totals(e)]
    two = [e for e in events if ("killed", 2) in _totals(e)]
    assert len(nine) == 1 and len(two) == 1 and nine[0] is not two[0]
    assert not any("deadliest" in v.mention.evidence.sentence for v in two[0].all_views)


def test_a_toll_another_party_gives_is_a_count_of_the_same_attack(events_of):
    text = (
        "Militants claim attack on police post\n\n"
        "A militant group claimed responsibility for Monday's attack on a police post in northern Mali, "
        "saying its fighters killed 25 policemen.\n\n"
        "The security ministry has said 11 officers were killed.\n"
    )
    events = events_of(text, dt.date(2031, 11, 5))
    twenty_five = [e for e in events if ("killed", 25) in _totals(e)]
    assert len(twenty_five) == 1 and ("killed", 11) in _totals(twenty_five[0])


def test_a_town_a_distance_is_measured_from_is_not_where_the_attack_was(events_of):
    text = (
        "Gunmen kill villagers in Niger\n\n"
        "On Friday, gunmen killed eight civilians in Filingue, a town about 60 km north of Balleyara, "
        "a local official said.\n\n"
        "On Friday, gunmen killed six herders in Tera, about 40 km from Dargol, residents said.\n"
    )
    events = events_of(text, dt.date(2031, 8, 9))
    for toll, town, other in ((8, "Filingue", "Balleyara"), (6, "Tera", "Dargol")):
        found = [e for e in events if ("killed", toll) in _totals(e)]
        assert len(found) == 1
        names = {p.name for p in found[0].places}
        assert town in names and other not in names


def test_a_date_inside_a_statement_phrase_does_not_date_the_attack(events_of):
    text = (
        "Group claims raid on army base\n\n"
        "Fighters attacked an army base in eastern Burkina Faso on Tuesday, killing 12 soldiers, "
        "security sources said.\n\n"
        "In a video posted on Thursday, the group said its fighters attacked the base to free prisoners.\n"
    )
    events = events_of(text, dt.date(2031, 1, 17))
    assert all(e.date is None or e.date.value != dt.date(2031, 1, 16) for e in events), [e.date for e in events]


def test_people_who_came_after_dark_are_not_a_background_clause(events_of):
    text = (
        "Gunmen kill nine in Zamfara village\n\n"
        "Gunmen came after dark and killed nine people in a village in Zamfara State on Sunday, police said. "
        "Four others were wounded.\n"
    )
    events = events_of(text, dt.date(2031, 3, 3))
    nine = [e for e in events if ("killed", 9) in _totals(e)]
    assert len(nine) == 1 and ("injured", 4) in _totals(nine[0])
    assert not any(v.background for v in nine[0].all_views)


def test_a_slightly_different_count_from_another_witness_is_the_same_attack(events_of):
    text = (
        "Gunmen opened fire on worshippers leaving a mosque in the town of Marandet on Friday, killing at "
        "least 30 people and wounding more than 50, police said.\n\n"
        "Doctors at the Marandet General Hospital said they had treated 52 wounded people, nine of them "
        "children.\n"
    )
    events = events_of(text, dt.date(2031, 6, 14))
    assert len(events) == 1, [(_totals(e), e.date) for e in events]
    assert {("killed", 30), ("injured", 50), ("injured", 52)} <= _totals(events[0])
    assert all("Hospital" not in p.name for p in events[0].places)  # where the wounded went


def test_counts_far_apart_without_a_place_are_still_another_event(events_of):
    text = (
        "Gunmen killed 30 people in the town of Marandet on Friday, police said.\n\n"
        "Another 12 people were killed when their bus hit a landmine.\n"
    )
    events = events_of(text, dt.date(2031, 6, 14))
    assert not any({("killed", 30), ("killed", 12)} <= _totals(e) for e in events)


def test_earlier_this_week_is_a_time_not_another_event_and_a_statements_day_does_not_date_it(events_of):
    text = (
        "The army said on Wednesday it had repelled an attack on the village of Tamboula, where eleven "
        "civilians died.\n\n"
        "Residents told reporters earlier this week that at least 25 people had been killed.\n"
    )
    events = events_of(text, dt.date(2031, 6, 12))
    assert len(events) == 1, [(_totals(e), e.date) for e in events]
    assert {("killed", 11), ("killed", 25)} <= _totals(events[0])
    assert events[0].date is None or events[0].date.value != dt.date(2031, 6, 11)


def test_the_town_a_minister_spoke_in_and_a_country_in_an_armys_name_are_not_the_place(events_of):
    text = (
        "A drone struck a bus in the town of Korvansk on Monday, killing four people, the regional "
        "governor said.\n\n"
        "\"The Armed Forces of Ukraine attacked a civilian bus,\" the governor wrote. Among the injured "
        "is a 12-year-old boy.\n\n"
        "Speaking to reporters in Moscow, the foreign minister said the attack was a crime.\n"
    )
    events = events_of(text, dt.date(2031, 3, 10))
    assert len(events) == 1, [(_totals(e), [p.name for p in e.places]) for e in events]
    names = {p.name for p in events[0].places}
    assert "Moscow" not in names and "Ukraine" not in names


def test_a_string_of_bombings_since_a_month_neither_founds_nor_dates_an_event(events_of):
    text = (
        "A car bomb exploded in the Syrian city of Azaz on Tuesday, killing six people, officials said.\n\n"
        "Rebels took the city in November and it has since been hit by a string of bombings.\n\n"
        "A monitoring group put the death toll at seven and said the smoke could be seen across the city.\n"
    )
    events = events_of(text, dt.date(2031, 2, 19))
    assert len(events) == 1, [(_totals(e), e.date) for e in events]
    assert events[0].date.value == dt.date(2031, 2, 18)
    assert {("killed", 6), ("killed", 7)} <= _totals(events[0])


def test_a_commentary_setting_the_scene_lends_its_town_and_day_to_the_attack():
    from newsledger.extract import extract_article
    from newsledger.records import Article
    from newsledger.resolve import article_events

    text = (
        "The cost of silence\n\n"
        "On Tuesday evening, a bus was carrying nurses home through Valuyki, a small town near the "
        "border. A drone found it at a crossroads. Five people were killed and nine maimed.\n\n"
        "This was no accident. Last August, a rocket hit a school in Nova Kakhovka and killed six "
        "people, and nobody abroad noticed.\n"
    )
    article = Article.from_text(text, "memory.txt", published=dt.date(2031, 4, 10))
    events = article_events(extract_article(article), article)
    five = [e for e in events if ("killed", 5) in _totals(e)]
    assert len(five) == 1
    assert "Valuyki" in {p.name for p in five[0].places}
    assert five[0].date is not None and five[0].date.value == dt.date(2031, 4, 8)


def test_a_toll_set_against_the_armys_account_is_a_count_of_the_same_attack(events_of):
    text = (
        "Gunmen attacked the village of Tamboula on Sunday, and eight soldiers lost their lives, the army "
        "said on Monday.\n\n"
        "The army's account differs sharply from reports by residents, who said at least 30 people had "
        "been killed.\n"
    )
    events = events_of(text, dt.date(2031, 6, 10))
    assert len(events) == 1, [(_totals(e), e.date) for e in events]
    assert {("killed", 8), ("killed", 30)} <= _totals(events[0])


def test_a_tally_over_years_founds_no_event(events_of):
    text = (
        "Rebel mortar fire killed four people at a bus station in the Sudanese city of El Obeid on "
        "Saturday, the state governor said.\n\n"
        "Between 2019 and 2024, the 9,000 civilians killed in North Kordofan drew little attention "
        "abroad. For five years the militias shelled Kadugli and Dilling while envoys talked.\n"
    )
    events = events_of(text, dt.date(2031, 6, 9))
    assert [(_totals(e), e.date and e.date.value) for e in events] == [({("killed", 4)}, dt.date(2031, 6, 7))]


def test_the_deadliest_since_a_year_is_a_comparison_not_a_tally(events_of):
    text = (
        "A car bomb killed 31 people at a market in the Somali town of Baidoa on Tuesday, police said.\n\n"
        "The bombing, which wounded 40 others, was the deadliest in the town since 2019.\n"
    )
    events = events_of(text, dt.date(2031, 6, 11))
    assert len(events) == 1 and {("killed", 31), ("injured", 40)} <= _totals(events[0])


def test_the_other_sides_claim_about_a_strike_in_the_same_town_is_that_strike(events_of):
    text = (
        "Rocket hits guesthouse in Varensk, killing 6\n\n"
        "A rocket struck a guesthouse in the city of Lviv on Tuesday night, killing six people and "
        "wounding 23 others, regional officials said on Wednesday.\n\n"
        "The mayor said rescuers worked through the night at the site.\n\n"
        "The rebel command said on Wednesday it had carried out a precise strike on a building in Lviv "
        "where foreign officers were meeting. The command claimed to have killed up to 40 soldiers.\n\n"
        "In June, a rocket strike on a market in Lviv killed three people.\n"
    )
    events = events_of(text, dt.date(2031, 3, 12))
    six = [e for e in events if ("killed", 6) in _totals(e)]
    assert len(six) == 1 and ("killed", 40) in _totals(six[0]), [(_totals(e), e.date) for e in events]
    assert ("killed", 3) not in _totals(six[0])


def test_a_toll_in_a_neighbouring_town_is_not_another_count_of_the_strike(events_of):
    text = (
        "A rocket struck a guesthouse in Lviv on Tuesday night, killing six people, officials said.\n\n"
        "The rebel command said a strike on a depot in Zhovkva killed 40 soldiers.\n"
    )
    events = events_of(text, dt.date(2031, 3, 12))
    six = [e for e in events if ("killed", 6) in _totals(e)]
    assert len(six) == 1 and ("killed", 40) not in _totals(six[0]), [(_totals(e), e.date) for e in events]


def test_a_follow_ups_revised_toll_and_the_days_attack_are_one_event(events_of):
    # the lede dates the new count ("rose ... on Thursday"), the next sentence the bombing itself
    text = (
        "Toll from Iraq checkpoint bombing rises to 12\n\n"
        "The death toll from a car bomb attack on an army checkpoint in northern Iraq rose to 12 on "
        "Thursday after two of the wounded died, police said.\n\n"
        "Tuesday's explosion near the town of Tuz Khurmatu also wounded 30 people, a doctor said.\n"
    )
    events = events_of(text, dt.date(2031, 3, 13))
    assert len(events) == 1, [(_totals(e), e.date) for e in events]
    assert {("killed", 12), ("injured", 30)} <= _totals(events[0])
    assert events[0].date.value == dt.date(2031, 3, 11)


def test_the_dateline_city_and_the_hospital_town_are_not_the_attacks_place(events_of):
    # filed from the provincial capital; the wounded died in another town's hospital days later,
    # "raising the toll" is another count of the same attack
    text = (
        "Militants storm police post, kill four\n\n"
        "LORVANSK, Kestria (NWS) - Gunmen armed with assault rifles stormed a police post in the town of "
        "Ubrel before dawn on Monday, killing four officers, police said.\n\n"
        "Two more officers wounded in the attack succumbed to their injuries at the District Hospital in "
        "Varno on Wednesday, raising the toll to six.\n"
    )
    events = events_of(text, dt.date(2031, 5, 5))
    assert len(events) == 1, [(_totals(e), e.date, [p.name for p in e.places]) for e in events]
    names = [p.name for p in events[0].places]
    assert "Ubrel" in names and "LORVANSK" not in names and "Varno" not in names
    assert events[0].date.value == dt.date(2031, 5, 5)


def test_a_series_told_for_another_year_lends_no_town_to_the_reported_attack(events_of):
    text = (
        "Bomber kills nine at bus station\n\n"
        "A suicide bomber blew herself up at a bus station in the city of Kasur in Punjab province on Friday, "
        "killing nine people, police said.\n\n"
        "Punjab has seen a resurgence of such attacks. In March last year, a string of suicide bombings by "
        "women in the city of Sheikhupura hit a wedding and a clinic.\n"
    )
    events = events_of(text, dt.date(2031, 4, 7))
    main = max(events, key=lambda e: len(e.figures))
    names = [p.name for p in main.places]
    assert "Kasur" in names and "Sheikhupura" not in names, names


def test_a_near_count_told_minutes_later_is_the_same_attack(events_of):
    text = (
        "Bombers kill 14 at bus station in Chad\n\n"
        "Two bombers blew themselves up at a bus station in the town of Bol in western Chad on Friday, "
        "killing at least 14 people and wounding more than 40, a police officer said.\n\n"
        "A second explosion came minutes later as travellers ran for cover. Doctors at the district "
        "hospital said they had received 42 wounded people.\n"
    )
    events = events_of(text, dt.date(2031, 3, 8))
    holding = [e for e in events if ("killed", 14) in _totals(e)]
    assert len(holding) == 1 and ("injured", 42) in _totals(holding[0]), [(_totals(e), e.date) for e in events]


def test_a_lone_toll_whose_sentence_dates_only_a_statement_continues_the_attack(events_of):
    text = (
        "Toll from Bol bus station bombing rises to 19\n\n"
        "Saturday's suicide bombing at a bus station in Bol, in western Chad, was claimed by no group.\n\n"
        "The government declared three days of mourning and ordered flags to fly at half-mast. Opposition "
        "leaders called for the security minister to resign.\n\n"
        "A regional official said on Tuesday that three of the wounded had died in hospital, bringing "
        "the death toll to 19.\n"
    )
    events = events_of(text, dt.date(2031, 3, 11))
    holding = [e for e in events if ("killed", 19) in _totals(e)]
    assert len(holding) == 1 and holding[0].date is not None and holding[0].date.value == dt.date(2031, 3, 8)


def test_a_lower_toll_announced_in_the_sentence_before_is_another_count(events_of):
    text = (
        "Rebels kill dozens in raid on Congo village\n\n"
        "Rebels killed at least 31 villagers in a night raid on a village in Congo's Ituri province, "
        "a local chief said on Tuesday.\n\n"
        "The police gave a lower toll. Major Paul Kanyinda Mulumba, spokesman for the police in the province, "
        "said 17 villagers had been killed and that officers had shot dead three of the raiders.\n"
    )
    events = events_of(text, dt.date(2031, 6, 3))
    holding = [e for e in events if ("killed", 31) in _totals(e)]
    assert len(holding) == 1 and ("killed", 17) in _totals(holding[0]), [(_totals(e), e.date) for e in events]


def test_the_perpetrators_count_in_its_claim_is_a_count_of_the_same_attack(events_of):
    text = (
        "Toll from Ituri village raid rises to 33\n\n"
        "The toll of the raid on a village in Congo's Ituri province rose to 33 dead on Thursday, "
        "local officials said.\n\n"
        "In a statement posted online on Wednesday, the Islamic State group, which calls the militia its "
        "\"Lakes Province\", claimed the attack and said its fighters had killed \"about 60 enemies\" in the village.\n"
    )
    events = events_of(text, dt.date(2031, 6, 5))
    holding = [e for e in events if ("killed", 33) in _totals(e)]
    assert len(holding) == 1 and ("killed", 60) in _totals(holding[0]), [(_totals(e), e.date) for e in events]


def test_a_bombing_told_in_a_relative_clause_beside_arrests_is_its_own_event(events_of):
    text = (
        "Peru arrests suspects over market bombing\n\n"
        "Police in Peru arrested three men suspected of planting the bomb that killed five people at a "
        "market in the town of Huanta last week, officials said on Monday.\n\n"
        "The toll from Wednesday's attack rose to five after a trader died in hospital.\n"
    )
    events = events_of(text, dt.date(2031, 8, 11))
    bomb = [e for e in events if ("killed", 5) in _totals(e)]
    assert len(bomb) == 1, [(_totals(e), e.date) for e in events]
    assert any(p.name == "Huanta" for p in bomb[0].places)


def test_a_tally_since_an_old_dated_abduction_does_not_date_the_reported_one(events_of):
    text = (
        "Gunmen seize dozens of pupils in Niger\n\n"
        "Gunmen stormed a secondary school in Niger's Maradi region early on Friday and seized at least 40 "
        "pupils, police said. One teacher was killed in the raid.\n\n"
        "More than 900 pupils have been kidnapped in the Sahel since militants seized 110 girls from "
        "a school in the town of Dapchi in 2018, according to a charity.\n"
    )
    events = events_of(text)
    assert not any(e.date is not None and e.date.value.year == 2018 for e in events), [
        (_totals(e), e.date) for e in events]
    assert any(("killed", 1) in _totals(e) for e in events)


def test_a_lone_victim_named_after_the_toll_is_one_of_its_dead(events_of):
    text = (
        "Second victim dies after hostel fire\n\n"
        "TRALEE, March 10 (Coast Wire) - Police have arrested two men over Saturday's arson attack on a "
        "migrant hostel in the town of Tralee, they said on Monday, after a second victim of the blaze died "
        "in hospital.\n\n"
        "A 61-year-old man from Moldova, who had been in a critical condition since the fire, died on Sunday "
        "night, bringing the death toll to two. Marta Silva, a 34-year-old mother of two, died at the scene.\n\n"
        "The two men were detained in separate raids in Tralee and in Listowel early on Monday, police said.\n"
    )
    events = events_of(text)
    with_toll = [e for e in events if ("killed", 2) in _totals(e)]
    assert len(with_toll) == 1, [(_totals(e), e.date) for e in events]
    # the named victim and the arrests stay with the fire, not in an event of their own
    assert [e for e in events if e.figures] == with_toll, [(_totals(e), e.date) for e in events]


def test_places_of_a_sentence_go_to_the_attack_not_to_a_string_of_attacks(events_of):
    text = (
        "Gunmen kill two policemen in Pakistan\n\n"
        "Gunmen on motorcycles shot dead two policemen in the northwestern Pakistani "
        "city of Kohat, police said, in the latest in a string of attacks on officials in Khyber "
        "Pakhtunkhwa province.\n\n"
        "Three passers-by were wounded.\n"
    )
    events = events_of(text)
    toll = [e for e in events if ("killed", 2) in _totals(e)]
    assert len(toll) == 1 and any(p.name == "Kohat" for p in toll[0].places), [
        (_totals(e), [p.name for p in e.places]) for e in events]


def test_a_lower_official_toll_in_the_next_sentence_stays_with_the_attack(events_of):
    text = (
        "At least 22 killed in village raid in Chad\n\n"
        "At least 22 people were killed when armed men attacked a farming village in Chad's Mandoul province "
        "on Friday, a local official said.\n\n"
        "The raiders surrounded the village of Bekamba-Sud, about 30 km south of Koumra, at dawn, setting "
        "fire to homes.\n\n"
        "A government spokesman gave a lower toll of 15 dead and 20 wounded.\n"
    )
    events = events_of(text, dt.date(2031, 3, 8))
    holding = [e for e in events if ("killed", 22) in _totals(e)]
    assert len(holding) == 1 and ("killed", 15) in _totals(holding[0]), [(_totals(e), e.date) for e in events]


def test_a_toll_given_since_a_statement_day_is_not_dated_by_it():
    from newsledger.records import DateRef, Evidence
    from newsledger.resolve.features import _statement_date

    sentence = ("The army has not revised its toll since Saturday night, when it said eight soldiers had died "
                "and six had been wounded.")
    pos = sentence.index("Saturday night")
    d = DateRef("Saturday night", None, "day", Evidence("a", pos, pos + 14, sentence))
    assert _statement_date(d, sentence)
    other = "Gunmen ambushed an army patrol near the village of Kolbeni on Saturday night."
    pos = other.index("Saturday night")
    assert not _statement_date(DateRef("Saturday night", None, "day", Evidence("a", pos, pos + 14, other)), other)


def test_victims_told_along_with_another_in_one_sentence_are_one_event(events_of):
    text = (
        "A judge who would not bend\n\n"
        "He was martyred, along with two brave sons of the Kenya Police, because he stood with Kenya "
        "against the gunmen.\n\n"
        "His killers will be found.\n"
    )
    events = events_of(text, dt.date(2031, 6, 10))
    holding = [e for e in events if ("killed", 2) in _totals(e)]
    assert len(holding) == 1 and ("killed", 1) in _totals(holding[0]), [_totals(e) for e in events]


def test_dated_arrests_over_an_attack_join_that_attack(events_of):
    text = (
        "Two held over killing of mayor\n\n"
        "Police on Thursday arrested two suspected accomplices in connection with the murder of the mayor "
        "of Velrano, who was shot dead with his driver outside the town hall on Tuesday morning.\n\n"
        "Four bystanders were wounded in the shooting.\n"
    )
    events = events_of(text, dt.date(2031, 6, 13))
    assert len([e for e in events if e.figures]) == 1, [(_totals(e), e.date) for e in events]
    assert ("arrested", 2) in _totals(events[0]) and events[0].date == dt.date(2031, 6, 10) or any(
        ("arrested", 2) in _totals(e) and e.date is not None and e.date.value == dt.date(2031, 6, 10) for e in events)


def test_a_rhetorical_question_takes_no_toll_from_the_next_sentence(events_of):
    text = (
        "The generals shell the displaced and blame others\n\n"
        "The massacre in Maiduguri on Tuesday morning was the work of the army's own gunners. "
        "Who else has shelled markets and clinics from Kano to Sokoto? Every mother knows the answer.\n\n"
        "More than forty people, most of them women, were killed before noon.\n"
    )
    events = events_of(text, dt.date(2031, 6, 13))
    holding = [e for e in events if ("killed", 40) in _totals(e)]
    assert len(holding) == 1 and not {p.name for p in holding[0].places} & {"Kano", "Sokoto"}, [
        (_totals(e), [p.name for p in e.places]) for e in events]
    assert holding[0].date is not None and holding[0].date.value == dt.date(2031, 6, 10)


def test_a_government_seat_is_not_where_the_massacre_was(events_of):
    text = (
        "The regime's silence\n\n"
        "More than twenty of our brothers and sisters were shot or hacked to death on Tuesday.\n\n"
        "The massacre of Kabrobeni is the direct result of the impunity organised by the regime in Abuja.\n"
    )
    events = events_of(text, dt.date(2031, 6, 13))
    assert events and all(not any(p.name.startswith("Abuja") for p in e.places) for e in events), [
        (_totals(e), [p.name for p in e.places]) for e in events]


def test_a_bare_toll_and_its_dated_attack_in_one_sentence_are_one_event(events_of):
    text = (
        "Village mourns as toll rises\n\n"
        "Twenty-seven people, eight of them children, have now died as a result of Tuesday's attack on "
        "Kabrobeni, the prefect said on Thursday.\n\n"
        "Four of the attackers were killed by villagers.\n"
    )
    events = events_of(text, dt.date(2031, 6, 13))
    holding = [e for e in events if ("killed", 27) in _totals(e)]
    assert len(holding) == 1 and holding[0].date is not None and holding[0].date.value == dt.date(2031, 6, 10), [
        (_totals(e), e.date) for e in events]


def test_the_village_is_kept_and_the_town_a_distance_is_told_from_is_not(events_of):
    text = (
        "At least 18 killed in village raid\n\n"
        "At least 18 people were killed when armed men attacked a farming village in Nigeria's Borno state, "
        "a local official said.\n\n"
        "The attackers surrounded the village of Kabrobeni, about 40 km east of the state capital Maiduguri, "
        "at dawn, setting fire to homes, the official said.\n"
    )
    events = events_of(text, dt.date(2031, 6, 13))
    holding = [e for e in events if ("killed", 18) in _totals(e)]
    names = {p.name for p in holding[0].places}
    assert "Kabrobeni" in names and "Maiduguri" not in names, [(_totals(e), [p.name for p in e.places]) for e in events]

"""Resolution across articles: merging, keeping apart, reconciliation, stable ids.

The extractions here are built by hand (no spaCy), so each test states exactly what the
extractor would have found in a few invented reports.
"""

from __future__ import annotations

import datetime as dt

from newsledger.geo.gazetteer import geocode
from newsledger.records import Article, ArticleExtraction, Claim, DateRef, EventMention, Evidence, Figure, Place
from newsledger.resolve import resolve_incidents
from newsledger.resolve.reconcile import interval, reconcile


class Report:
    """Builds one invented article and its extraction, sentence by sentence."""

    def __init__(self, aid: str, published: dt.date | None, outlet: str = "Outlet"):
        self.article = Article(id=aid, source=f"{aid}.txt", text="", outlet=outlet, published=published)
        self.ext = ArticleExtraction(article_id=aid)

    def sentence(self, text: str, *, trigger: str, type: str = "attack", places=(), venue=None, date=None,
                 precision="day", figures=(), claims=()) -> "Report":
        start = len(self.article.text)
        self.article.text += text + " "
        aid = self.article.id

        def ev(fragment: str) -> Evidence:
            i = text.index(fragment)
            return Evidence(aid, start + i, start + i + len(fragment), text)

        idx = len(self.ext.mentions)
        plist = []
        for name in places:
            g = geocode(name)
            plist.append(Place(name, "GPE", ev(name), g.country, g.admin1, g.lat, g.lon, g.geonameid))
        if venue:
            name, city = venue
            g = geocode(city)
            plist.append(Place(name, "VENUE", ev(name), g.country, g.admin1, g.lat, g.lon, None))
        dref = DateRef(date[0], date[1], precision, ev(date[0])) if date else None
        self.ext.places.extend(plist)
        if dref:
            self.ext.dates.append(dref)
        self.ext.mentions.append(EventMention(idx, type, trigger, ev(trigger), date=dref, places=plist))
        for kind, value, written, qualifier, *rest in figures:
            self.ext.figures.append(Figure(kind, value, written, ev(written), qualifier=qualifier, mention=idx,
                                           is_breakdown=bool(rest and rest[0])))
        for party, modality, fragment in claims:
            self.ext.claims.append(Claim(party, modality, ev(fragment), party_text=party, mention=idx))
        return self


def _resolve(*reports: Report, previous=None):
    return resolve_incidents([r.article for r in reports], [r.ext for r in reports], previous=previous)


def _holding(result, aid: str, value: int):
    found = [i for i in result.incidents for f in i.figures if f.evidence.article_id == aid and f.value == value]
    assert len(found) == 1, f"{aid}/{value}: {len(found)} incidents"
    return found[0]


def concert_reports():
    a = Report("a1", dt.date(2031, 5, 12), "Daily One").sentence(
        "Gunmen stormed the Riverside Arena near Lyon on May 10 and killed at least 40 people.",
        trigger="stormed", type="armed_assault", places=["Lyon"], venue=("Riverside Arena", "Lyon"),
        date=("May 10", dt.date(2031, 5, 10)), figures=[("killed", 40, "killed at least 40", "at least")])
    b = Report("b1", dt.date(2031, 5, 14), "Evening Two").sentence(
        "The death toll of Wednesday's shooting in Lyon rose to 46.", trigger="shooting",
        type="armed_assault", places=["Lyon"], date=("Wednesday", dt.date(2031, 5, 10)),
        figures=[("killed", 46, "rose to 46", None)])
    c = Report("c1", None, "Weekly Three").sentence(
        "The massacre at the Riverside Arena killed 52 concertgoers.", trigger="massacre",
        type="armed_assault", venue=("Riverside Arena", "Lyon"), figures=[("killed", 52, "killed 52", None)])
    return a, b, c


def test_reports_of_one_attack_merge_across_articles_and_days():
    result = _resolve(*concert_reports())
    inc = _holding(result, "a1", 40)
    assert _holding(result, "b1", 46).id == inc.id
    assert _holding(result, "c1", 52).id == inc.id
    assert inc.date == dt.date(2031, 5, 10) and inc.date_precision == "day"
    assert inc.type == "armed_assault"
    rec = inc.reconciled["killed"]
    assert (rec["low"], rec["high"], rec["conservative"], rec["sources"]) == (40, 52, 40, 3)
    assert rec["latest"] == 46  # the undated report cannot be the latest
    assert rec["contested"]  # exactly 46 and exactly 52 cannot both be true


def test_same_day_attacks_in_different_places_stay_apart():
    a = Report("a2", dt.date(2031, 7, 3)).sentence(
        "A car bomb exploded in Marseille on July 2, killing 7 people.", trigger="car bomb", type="bombing",
        places=["Marseille"], date=("July 2", dt.date(2031, 7, 2)), figures=[("killed", 7, "killing 7", None)])
    b = Report("b2", dt.date(2031, 7, 3)).sentence(
        "A car bomb exploded in Bordeaux on July 2, killing 3 people.", trigger="car bomb", type="bombing",
        places=["Bordeaux"], date=("July 2", dt.date(2031, 7, 2)), figures=[("killed", 3, "killing 3", None)])
    result = _resolve(a, b)
    assert _holding(result, "a2", 7).id != _holding(result, "b2", 3).id


def test_attacks_on_one_city_on_different_dates_stay_apart():
    r = Report("a3", dt.date(2032, 3, 20))
    r.sentence("Rockets hit Lille on March 19, injuring 9 people.", trigger="Rockets hit", type="missile_strike",
               places=["Lille"], date=("March 19", dt.date(2032, 3, 19)), figures=[("injured", 9, "injuring 9", None)])
    r.sentence("Another strike in January killed 4 residents.", trigger="strike", type="missile_strike",
               date=("January", dt.date(2032, 1, 1)), precision="month", figures=[("killed", 4, "killed 4", None)])
    r.sentence("Shelling of Lille killed 11 people.", trigger="Shelling", type="shelling", places=["Lille"],
               figures=[("killed", 11, "killed 11", None)])
    result = _resolve(r)
    assert len({_holding(result, "a3", v).id for v in (9, 4, 11)}) == 3


def test_total_and_breakdown_are_not_added_and_figures_without_place_continue_the_event():
    r = Report("a4", dt.date(2033, 1, 5))
    r.sentence("Militants attacked a police post in Nantes on January 4.", trigger="attacked", type="armed_assault",
               places=["Nantes"], date=("January 4", dt.date(2033, 1, 4)))
    r.sentence("At least 12 people died, among them 8 officers.", trigger="died",
               figures=[("killed", 12, "At least 12", "at least"), ("killed", 8, "8 officers", None, True)])
    result = _resolve(r)
    inc = _holding(result, "a4", 12)
    assert _holding(result, "a4", 8).id == inc.id
    assert inc.reconciled["killed"]["high"] == 12


def test_claims_follow_their_mention_and_parties_are_normalized():
    r = Report("a5", dt.date(2034, 2, 2)).sentence(
        "Rebels of ISKP claimed the bombing in Toulouse on February 1 that killed 6.", trigger="bombing",
        type="bombing", places=["Toulouse"], date=("February 1", dt.date(2034, 2, 1)),
        figures=[("killed", 6, "killed 6", None)], claims=[("ISKP", "claims_responsibility", "ISKP")])
    result = _resolve(r)
    inc = _holding(result, "a5", 6)
    assert inc.claims and inc.claims[0].modality == "claims_responsibility"
    assert inc.claims[0].party_text == "ISKP"


def test_ids_are_stable_when_a_new_report_joins():
    a, b, c = concert_reports()
    first = _resolve(a, b)
    inc_id = _holding(first, "a1", 40).id
    assert _holding(_resolve(a, b), "a1", 40).id == inc_id  # deterministic without history
    second = _resolve(a, b, c, previous=first.incidents)
    assert _holding(second, "c1", 52).id == inc_id
    kinds = {ch.kind for ch in second.changes}
    assert "updated" in kinds


def test_merge_of_two_incidents_is_recorded():
    a, b, c = concert_reports()
    # c alone, then a joins and bridges nothing new; split b away from a by changing its city
    alone = _resolve(a, c)
    b_only = _resolve(b)
    previous = alone.incidents + b_only.incidents
    merged = _resolve(a, b, c, previous=previous)
    assert any(ch.kind == "merged" for ch in merged.changes)


def test_interval_logic_of_qualifiers():
    assert interval(143, "at least") == (143, float("inf"))
    assert interval(150, None) == (150, 150)
    lo, hi = interval(700, "nearly")
    assert lo < 700 and hi == 700


def test_reconcile_lists_every_source_and_latest_report():
    arts = {
        "x": Article("x", "x", "", outlet="X", published=dt.date(2030, 1, 2)),
        "y": Article("y", "y", "", outlet="Y", published=dt.date(2030, 1, 5)),
    }
    ev = lambda aid: Evidence(aid, 0, 5, "s")  # noqa: E731
    figs = [Figure("killed", 21, "21", ev("x")), Figure("killed", 30, "30", ev("y"))]
    rec = reconcile(figs, arts)["killed"]
    assert rec["latest"] == 30 and rec["conservative"] == 21 and rec["contested"]
    assert [v["value"] for v in rec["values"]] == [21, 30]
    compatible = reconcile([Figure("killed", 143, "at least 143", ev("x"), qualifier="at least"),
                            Figure("killed", 150, "150", ev("y"))], arts)["killed"]
    assert not compatible["contested"] and compatible["best"] == 143


def test_a_source_naming_one_victim_group_does_not_contest_a_full_toll():
    arts = {"x": Article("x", "x", "", published=dt.date(2030, 1, 2)), "y": Article("y", "y", "")}
    figs = [
        Figure("killed", 21, "at least 21", Evidence("x", 0, 5, "s"), qualifier="at least"),
        Figure("killed", 1, "a priest", Evidence("y", 0, 5, "s"), victims="clergy"),
    ]
    rec = reconcile(figs, arts)["killed"]
    assert not rec["contested"] and rec["conservative"] == 21 and rec["sources"] == 1
    assert rec["partial"][0]["value"] == 1


def _unmapped(report: Report, name: str, label: str) -> None:
    """Give the report's last mention a place the gazetteer does not know (a district)."""
    start = report.article.text.rindex(name)
    m = report.ext.mentions[-1]
    p = Place(name, label, Evidence(report.article.id, start, start + len(name), m.evidence.sentence))
    m.places.append(p)
    report.ext.places.append(p)


def test_a_report_naming_the_district_joins_that_attack_not_the_citys_tally():
    friday = ("Friday", dt.date(2031, 8, 8))
    w = Report("w1", dt.date(2031, 8, 8))
    w.sentence("Two bombings in Lyon on Friday killed 17 people.", trigger="bombings", type="bombing",
               places=["Lyon"], date=friday, figures=[("killed", 17, "killed 17", None)])
    w.sentence("A bomber blew himself up at a checkpoint in the Vaise district on Friday, killing 5 soldiers.",
               trigger="blew himself up", type="suicide_bombing", date=friday,
               figures=[("killed", 5, "killing 5", None)])
    _unmapped(w, "Vaise", "GPE")
    d = Report("d1", dt.date(2031, 8, 8))
    d.sentence("A suicide bomber attacked a checkpoint in Lyon's Vaise district on Friday, killing 6.",
               trigger="attacked", type="suicide_bombing", places=["Lyon"], date=friday,
               figures=[("killed", 6, "killing 6", None)])
    _unmapped(d, "Vaise", "FAC")
    result = _resolve(w, d)
    assert _holding(result, "d1", 6).id == _holding(result, "w1", 5).id
    assert _holding(result, "d1", 6).id != _holding(result, "w1", 17).id


def test_an_undated_report_never_joins_an_attack_that_came_after_it_was_published():
    early = Report("e1", dt.date(2031, 4, 15)).sentence(
        "Two people were killed in an attack in Lille.", trigger="attack", type="armed_assault",
        places=["Lille"], figures=[("killed", 2, "Two people were killed", None)])
    later = Report("l1", dt.date(2031, 4, 21)).sentence(
        "Gunmen killed 11 people in Lille on April 20.", trigger="killed", type="armed_assault",
        places=["Lille"], date=("April 20", dt.date(2031, 4, 20)), figures=[("killed", 11, "killed 11", None)])
    after = Report("f1", dt.date(2031, 4, 23)).sentence(
        "The raid in Lille killed 12 people.", trigger="raid", type="armed_assault",
        places=["Lille"], figures=[("killed", 12, "killed 12", None)])
    result = _resolve(early, later, after)
    assert _holding(result, "e1", 2).id != _holding(result, "l1", 11).id
    assert _holding(result, "f1", 12).id == _holding(result, "l1", 11).id


def test_a_commentary_naming_the_town_only_in_its_lead_joins_the_attack_there():
    wire = Report("w9", dt.date(2031, 10, 8)).sentence(
        "Jihadists killed 21 soldiers at an army post near Tessalit on Tuesday.", trigger="killed",
        type="armed_assault", date=("Tuesday", dt.date(2031, 10, 7)), figures=[("killed", 21, "killed 21", None)])
    town = wire.ext.mentions[0].evidence
    i = town.sentence.index("Tessalit")
    place = Place("Tessalit", "GPE", Evidence("w9", town.start - town.sentence.index("killed") + i,
                  town.start - town.sentence.index("killed") + i + 8, town.sentence))
    wire.ext.mentions[0].places.append(place)
    wire.ext.places.append(place)
    oped = Report("o9", None, "Opinion Weekly")
    oped.article.text = "When jihadists overran the army post at Tessalit last week, the generals said nothing. "
    lead = oped.article.text.strip()
    oped.ext.places.append(Place("Tessalit", "GPE", Evidence("o9", 40, 48, lead)))
    oped.sentence("The attackers said they had killed 30.", trigger="killed",
                  figures=[("killed", 30, "killed 30", None)])
    other = Report("x9", dt.date(2031, 10, 8)).sentence(
        "Gunmen killed 6 herders near Gao on Tuesday.", trigger="killed", type="armed_assault", places=["Gao"],
        date=("Tuesday", dt.date(2031, 10, 7)), figures=[("killed", 6, "killed 6", None)])
    result = _resolve(wire, oped, other)
    assert _holding(result, "o9", 30).id == _holding(result, "w9", 21).id
    assert _holding(result, "x9", 6).id != _holding(result, "w9", 21).id


def test_neighbouring_towns_a_day_apart_with_other_tolls_stay_two_incidents():
    # Lens and Douai lie ~20 km apart in one region: naming the region does not make them one place.
    a = Report("nt1", dt.date(2034, 6, 12)).sentence(
        "Shelling of the bus station in Lens, Hauts-de-France, on June 10 killed 6 and injured 9.",
        trigger="Shelling", type="shelling", places=["Lens", "Hauts-de-France"], date=("June 10", dt.date(2034, 6, 10)),
        figures=[("killed", 6, "killed 6", None), ("injured", 9, "injured 9", None)])
    b = Report("nt2", dt.date(2034, 6, 12)).sentence(
        "Gunners fired on the market in Douai on June 11, and 5 were killed and 11 injured.",
        trigger="fired on", type="shelling", places=["Douai"], date=("June 11", dt.date(2034, 6, 11)),
        figures=[("killed", 5, "5 were killed", None), ("injured", 11, "11 injured", None)])
    c = Report("nt3", None).sentence(
        "Five civilians died when shells hit the market in Douai.", trigger="shells hit", type="shelling",
        places=["Douai"], figures=[("killed", 5, "Five civilians died", None)])
    result = _resolve(a, b, c)
    assert _holding(result, "nt1", 6).id != _holding(result, "nt2", 5).id
    assert _holding(result, "nt3", 5).id == _holding(result, "nt2", 5).id


def test_neighbouring_towns_on_the_same_day_can_still_be_one_incident():
    # a suburb and the nearby town: one report names each, the same day and the same toll
    a = Report("ns1", dt.date(2034, 6, 12)).sentence(
        "A drone hit a warehouse in Lens on June 11, killing 4.", trigger="drone hit", type="drone_strike",
        places=["Lens"], date=("June 11", dt.date(2034, 6, 11)), figures=[("killed", 4, "killing 4", None)])
    b = Report("ns2", dt.date(2034, 6, 12)).sentence(
        "A drone strike near Douai on June 11 killed 4 workers.", trigger="drone strike", type="drone_strike",
        places=["Douai"], date=("June 11", dt.date(2034, 6, 11)), figures=[("killed", 4, "killed 4", None)])
    result = _resolve(a, b)
    assert _holding(result, "ns1", 4).id == _holding(result, "ns2", 4).id


def test_an_undated_report_prefers_the_attack_other_reports_are_about_over_an_aside():
    # A wire report on a strike on Lyon mentions in passing an older drone attack there; an undated
    # report of the strike (another toll, no date) belongs with the strike, not with the aside.
    wire = Report("s1", dt.date(2031, 2, 19)).sentence(
        "A missile strike on Lyon on Tuesday killed nine people and wounded 30.", trigger="missile strike",
        type="missile_strike", places=["Lyon"], date=("Tuesday", dt.date(2031, 2, 18)),
        figures=[("killed", 9, "killed nine people", None), ("injured", 30, "wounded 30", None)]).sentence(
        "The city was last hit on Feb. 6, when a drone attack on Lyon killed a man.", trigger="drone attack",
        type="drone_strike", places=["Lyon"], date=("Feb. 6", dt.date(2031, 2, 6)),
        figures=[("killed", 1, "killed a man", None)])
    other = Report("s2", None).sentence(
        "The ministry said its strike on Lyon killed up to 70 soldiers.", trigger="strike", places=["Lyon"],
        figures=[("killed", 70, "killed up to 70", None)])
    result = _resolve(wire, other)
    assert _holding(result, "s2", 70).id == _holding(result, "s1", 9).id
    assert _holding(result, "s1", 1).id != _holding(result, "s1", 9).id


def test_a_local_datelines_town_places_an_attack_that_names_no_town():
    a = Report("dl1", dt.date(2031, 2, 12), "Kordofan Daily").sentence(
        "KOSTI - The number of people killed in Tuesday's drone attack on the camp has risen to 30.",
        trigger="drone attack", type="drone_strike", date=("Tuesday", dt.date(2031, 2, 10)),
        figures=[("killed", 30, "risen to 30", None)])
    b = Report("dl2", dt.date(2031, 2, 11), "Wire").sentence(
        "A drone struck a camp for displaced families in Kosti on Tuesday, killing at least 24 people.",
        trigger="struck", type="drone_strike", places=["Kosti"], date=("Tuesday", dt.date(2031, 2, 10)),
        figures=[("killed", 24, "killing at least 24", "at least")])
    result = _resolve(a, b)
    assert _holding(result, "dl1", 30) is _holding(result, "dl2", 24)
    assert "Kosti" in [p.name for p in _holding(result, "dl1", 30).places]


def test_a_wire_filed_from_the_capital_is_not_placed_there():
    a = Report("dw1", dt.date(2031, 2, 11), "Wire").sentence(
        "KHARTOUM, Feb 11 (Nile Wire) - A drone struck a camp for displaced families on Tuesday, killing 24.",
        trigger="struck", type="drone_strike", date=("Tuesday", dt.date(2031, 2, 10)),
        figures=[("killed", 24, "killing 24", None)])
    b = Report("dw2", dt.date(2031, 2, 11), "Wire").sentence(
        "JOS, Nigeria, Feb 11 - Gunmen attacked a farming village on Tuesday, killing 19.",
        trigger="attacked", type="armed_assault", date=("Tuesday", dt.date(2031, 2, 10)),
        figures=[("killed", 19, "killing 19", None)])
    result = _resolve(a, b)
    assert [p.name for p in _holding(result, "dw1", 24).places] == []
    assert [p.name for p in _holding(result, "dw2", 19).places] == []

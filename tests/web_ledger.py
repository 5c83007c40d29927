"""A small hand-made ledger for the web tests: articles written for these tests, incidents built by hand.

The concert hall attack has four sources reporting killed 143 ("at least"), 144 ("at least"),
145 ("at least") and 150, one responsibility claim, one assertion and one denial.
"""

from __future__ import annotations

import datetime as dt

from newsledger.records import (
    Article,
    ArticleExtraction,
    Claim,
    DateRef,
    EventMention,
    Evidence,
    Figure,
    Incident,
    Place,
)
from newsledger.store import Store

CONCERT = "inc-concert-hall"
MARKET = "inc-market"
SHELLING = "inc-shelling"

ARTICLES = [
    {
        "key": "herald",
        "outlet": "Northern Herald",
        "title": "Gunmen attack concert hall in Lakeview",
        "published": dt.date(2024, 3, 23),
        "text": (
            "Gunmen opened fire inside a crowded concert hall in Lakeview on Friday evening.\n\n"
            "At least 143 people were killed, regional officials said on Saturday morning.\n\n"
            "The Eastern Front militia claimed responsibility for the attack in a statement posted online."
        ),
    },
    {
        "key": "courier",
        "outlet": "Daily Courier",
        "title": "Death toll rises after concert hall attack",
        "published": dt.date(2024, 3, 24),
        "text": (
            "The death toll from the concert hall attack rose to at least 144 on Sunday.\n\n"
            "The interior minister said the Foreign Intelligence Service was behind the attack."
        ),
    },
    {
        "key": "post",
        "outlet": "Evening Post",
        "title": "Mourners gather as toll climbs",
        "published": dt.date(2024, 3, 25),
        "text": (
            "At least 145 people died in the concert hall attack, according to emergency services.\n\n"
            "A spokesman for the Foreign Intelligence Service denied any role in the shooting."
        ),
    },
    {
        "key": "wire",
        "outlet": "Global Wire",
        "title": "Investigators revise concert hall figures",
        "published": dt.date(2024, 3, 27),
        "text": (
            "Investigators said 150 people were killed in the concert hall attack.\n\n"
            "Another 382 people were wounded, hospital records show."
        ),
    },
    {
        "key": "market",
        "outlet": "Daily Courier",
        "title": "Bomb hits Riverton market",
        "published": dt.date(2024, 5, 6),
        "text": "A bomb exploded at the central market in Riverton on Monday, killing three traders.",
    },
    {
        "key": "shelling",
        "outlet": "Global Wire",
        "title": "Shelling near Hillford",
        "published": dt.date(2023, 11, 3),
        "text": "Artillery shells struck farms near Hillford on Thursday. Two farmers died in the shelling.",
    },
]


def span(article: Article, phrase: str) -> Evidence:
    """Evidence for `phrase` in the article, with the sentence (or paragraph line) around it."""
    start = article.text.index(phrase)
    end = start + len(phrase)
    nl, dot = article.text.rfind("\n", 0, start), article.text.rfind(". ", 0, start)
    s0 = max(nl + 1, dot + 2 if dot >= 0 else 0)
    nl = article.text.find("\n", end)
    dot = article.text.find(". ", end)
    s1 = min(x for x in (nl, dot + 1 if dot >= 0 else -1, len(article.text)) if x >= 0)
    return Evidence(article.id, start, end, article.text[s0:s1].strip())


def make_articles() -> dict[str, Article]:
    out = {}
    for spec in ARTICLES:
        out[spec["key"]] = Article.from_text(
            spec["text"], f"tests/{spec['key']}.txt", title=spec["title"], outlet=spec["outlet"],
            published=spec["published"], url=f"https://news.example/{spec['key']}",
        )
    return out


def make_incidents(a: dict[str, Article]) -> tuple[list[Incident], dict[str, dict]]:
    herald, courier, post, wire = a["herald"], a["courier"], a["post"], a["wire"]
    lakeview = Place("Lakeview", "GPE", span(herald, "Lakeview"), country="Ruritania", admin1="Lake Province", lat=55.1, lon=37.2)
    mentions = [
        EventMention(0, "armed_assault", "opened fire", span(herald, "opened fire"), places=[lakeview]),
        EventMention(0, "armed_assault", "attack", span(courier, "concert hall attack")),
        EventMention(0, "armed_assault", "attack", span(post, "concert hall attack")),
        EventMention(0, "armed_assault", "attack", span(wire, "concert hall attack")),
    ]
    figures = [
        Figure("killed", 143, "At least 143", span(herald, "At least 143 people were killed"), qualifier="at least"),
        Figure("killed", 144, "at least 144", span(courier, "at least 144"), qualifier="at least"),
        Figure("killed", 145, "At least 145", span(post, "At least 145 people died"), qualifier="at least"),
        Figure("killed", 150, "150", span(wire, "150 people were killed")),
        Figure("injured", 382, "382", span(wire, "382 people were wounded")),
    ]
    claims = [
        Claim("Eastern Front", "claims_responsibility", span(herald, "claimed responsibility"), party_text="The Eastern Front militia"),
        Claim("Foreign Intelligence Service", "asserts", span(courier, "was behind the attack"), speaker="the interior minister"),
        Claim("Foreign Intelligence Service", "denies", span(post, "denied any role"), speaker="a spokesman"),
    ]
    concert = Incident(
        CONCERT, "Concert hall attack in Lakeview", "armed_assault", dt.date(2024, 3, 22), "day",
        places=[lakeview], country="Ruritania", admin1="Lake Province", mentions=mentions, figures=figures, claims=claims,
        reconciled={
            "killed": {"low": 143, "best": 145, "high": 150, "latest": 150, "conservative": 143, "sources": 4, "contested": True},
            "injured": {"low": 382, "best": 382, "high": 382, "latest": 382, "conservative": 382, "sources": 1, "contested": False},
        },
    )
    m = a["market"]
    riverton = Place("Riverton", "GPE", span(m, "Riverton"), country="Freedonia", lat=10.0, lon=20.0)
    market = Incident(
        MARKET, "Market bombing in Riverton", "bombing", dt.date(2024, 5, 6), "day", places=[riverton], country="Freedonia",
        mentions=[EventMention(0, "bombing", "exploded", span(m, "exploded"), places=[riverton])],
        figures=[Figure("killed", 3, "three", span(m, "killing three traders"))],
        reconciled={"killed": {"low": 3, "best": 3, "high": 3, "latest": 3, "conservative": 3, "sources": 1, "contested": False}},
    )
    s = a["shelling"]
    shelling = Incident(
        SHELLING, "Shelling near Hillford", "shelling", dt.date(2023, 11, 2), "month", country="Freedonia",
        mentions=[EventMention(0, "shelling", "struck", span(s, "struck"))],
        figures=[Figure("killed", 2, "Two", span(s, "Two farmers died"))],
        reconciled={"killed": {"low": 2, "best": 2, "high": 2, "latest": 2, "conservative": 2, "sources": 1, "contested": False}},
    )
    summaries = {
        CONCERT: {"location": "Lakeview", "lat": 55.1, "lon": 37.2, "killed_low": 143, "killed_high": 150,
                  "killed_conservative": 143, "contested": True, "n_sources": 4},
        MARKET: {"location": "Riverton", "lat": 10.0, "lon": 20.0, "killed_low": 3, "killed_high": 3,
                 "killed_conservative": 3, "contested": False, "n_sources": 1},
        SHELLING: {"location": "Hillford", "killed_low": 2, "killed_high": 2, "killed_conservative": 2,
                   "contested": False, "n_sources": 1},
    }
    return [concert, market, shelling], summaries


FRAME = {
    "genre": "hard_news",
    "narratives": [{"label": "Security services failed to prevent the attack", "score": 0.4}],
    "techniques": ["loaded_language"],
}


def build_store(url: str) -> tuple[Store, dict[str, Article]]:
    """A store holding the articles and incidents above; the Herald article also has its own extraction and frame."""
    store = Store.open(url)
    articles = make_articles()
    for art in articles.values():
        store.add_article(art)
    incidents, summaries = make_incidents(articles)
    herald = articles["herald"]
    concert = incidents[0]
    own = ArticleExtraction(
        herald.id,
        mentions=[concert.mentions[0]],
        figures=[concert.figures[0]],
        claims=[concert.claims[0]],
        places=list(concert.places),
        dates=[DateRef("on Friday evening", dt.date(2024, 3, 22), "day", span(herald, "on Friday evening"))],
    )
    store.save_analysis(own, "test-1", frame=FRAME, frame_version="test-1")
    store.save_incidents(incidents, summaries, [{"kind": "created", "incident_ids": [i.id for i in incidents]}])
    return store, articles

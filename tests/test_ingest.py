"""Readers, metadata, near-duplicates and every bad-input case, through the real ingest path."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
import time
from pathlib import Path

import pytest
import yaml

from newsledger.ingest import count_items, read_inputs
from newsledger.ingest.dedup import NearDuplicateIndex
from newsledger.ingest.metadata import parse_byline, text_metadata
from newsledger.pipeline import ingest
from newsledger.records import Article, ReadFailure
from newsledger.store import Store

STORY = """Flood waters cut off three villages in the valley

Maria Jensen and Tom Okafor
14 May 2023

Heavy rain on Saturday sent the river over its banks and cut the road to three villages, local
officials said. Rescue teams used boats to reach families stranded on rooftops overnight, and the
regional government opened two shelters in school buildings on the higher ground near the town.
Engineers expect the water to fall slowly over the coming week, but warned that the bridge on the
main road will stay closed until it has been inspected for damage to its supports and foundations.
"""

PAGE = """<!doctype html><html><head><title>Bridge reopens after repairs</title>
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Ines Moreau">
<meta property="article:published_time" content="2023-06-02T08:00:00Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>Bridge reopens after repairs</h1>
<p>The bridge on the main road reopened on Friday after three weeks of repairs to its supports,
the regional transport office said in a statement to reporters at the site.</p>
<p>Traffic had been diverted through the hills since the May floods, adding an hour to the journey
for commuters and delivery drivers who rely on the valley road every day of the week.</p>
</article><footer>Contact us</footer></body></html>"""


def _items(*inputs, **kw):
    return list(read_inputs([str(i) for i in inputs], **kw))


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def _failures(items):
    return [i for i in items if isinstance(i, ReadFailure)]


# --- readers -------------------------------------------------------------------------------


def test_text_file_keeps_its_text_for_offsets(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    (article,) = _articles(_items(path))
    assert article.text == STORY
    assert article.raw == STORY.encode()
    assert article.source == str(path)
    assert article.title == "Flood waters cut off three villages in the valley"
    assert article.authors == ["Maria Jensen", "Tom Okafor"]
    assert article.published == dt.date(2023, 5, 14)
    assert article.outlet is None


def test_markdown_heading_is_the_title(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# " + STORY, encoding="utf-8")
    (article,) = _articles(_items(path))
    assert article.title == "Flood waters cut off three villages in the valley"


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = _articles(_items(path))
    assert "reopened on Friday" in article.text
    assert "Home | News" not in article.text
    assert article.title == "Bridge reopens after repairs"
    assert article.outlet == "Valley Courier"
    assert article.authors == ["Ines Moreau"]
    assert article.published == dt.date(2023, 6, 2)
    assert article.media_type == "text/html"
    assert article.raw == PAGE.encode()


def test_jsonl_records_with_metadata_and_a_bad_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": STORY, "title": "Given title", "outlet": "Valley Courier", "published": "2023-05-15", "authors": ["A. Writer"]}),
        "{not json",
        json.dumps({"html": PAGE, "url": "https://news.example.org/bridge"}),
        json.dumps({"title": "no body"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(path)
    first, page = _articles(items)
    assert first.title == "Given title" and first.outlet == "Valley Courier"
    assert first.published == dt.date(2023, 5, 15) and first.authors == ["A. Writer"]
    assert page.source == "https://news.example.org/bridge"
    bad = _failures(items)
    assert [f.item for f in bad] == [f"{path}:2", f"{path}:4"]
    assert "not valid JSON" in bad[0].reason
    assert count_items([str(path)]) == 4


def test_folder_is_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b" / "c.txt").write_text(STORY.replace("three", "four"))
    (tmp_path / ".hidden.txt").write_text("ignored")
    items = _articles(_items(tmp_path))
    assert [Path(a.source).name for a in items] == ["a.txt", "c.txt"]
    assert count_items([str(tmp_path)]) == 2


def test_sample_corpus_metadata_matches_gold(samples_dir, gold_path):
    gold = {g["file"]: g for g in yaml.safe_load(gold_path.read_text())["articles"]}
    articles = _articles(_items(samples_dir))
    assert len(articles) == 5
    for article in articles:
        expected = gold[Path(article.source).name]
        assert article.title == expected["title"]
        assert article.authors == expected["authors"]
        assert article.published == expected["published"]
        assert article.outlet == expected["outlet"]


def test_metadata_never_guesses():
    meta = text_metadata("A headline without a byline\n\nThe council met on Tuesday and agreed the budget for the year ahead after a long debate.\n")
    assert meta.title == "A headline without a byline"
    assert meta.authors == [] and meta.published is None and meta.outlet is None


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Ana Lopez and Sam Reid", ["Ana Lopez", "Sam Reid"]),
        ("Ana Lopez, Sam Reid", ["Ana Lopez", "Sam Reid"]),
        ("Friends of the Valley Trust 3 March 2022", ["Friends of the Valley Trust"]),
        ("Party statement", []),
        ("The council met on Tuesday", []),
    ],
)
def test_bylines(line, names):
    assert parse_byline(line) == names


def test_footer_names_outlet_by_domain_or_copyright():
    body = "Title line\n\nSome text of the article that goes on for a while, as articles do.\n\n"
    assert text_metadata(body + "For more, visit reuters.com/contact").outlet == "Reuters"
    assert text_metadata(body + "To reach us visit www.unknown-paper.net/about").outlet == "unknown-paper.net"
    assert text_metadata(body + "© 2023 Valley Courier").outlet == "Valley Courier"


WIRE_BODY = (" Gunmen attacked a cattle market on the edge of the town before dawn, killing at least eight "
             "traders and wounding a dozen others, a local official said on the phone.\n")


@pytest.mark.parametrize(
    "dateline, outlet",
    [
        ("HERAT, Oct 14 (Reuters) -", "Reuters"),
        ("MAIDUGURI, Nigeria (AP) —", "Associated Press"),
        ("Bamako (AFP) -", "Agence France-Presse"),
        ("LAGOS, March 3 (Sahel Wire) -", "Sahel Wire"),  # an unknown credit is kept as written
        ("( –", None),  # a blanked credit names nothing
    ],
)
def test_dateline_credit_names_the_outlet(dateline, outlet):
    meta = text_metadata("Gunmen attack cattle market\n\nBy Ana Lopez\n\n" + dateline + WIRE_BODY)
    assert meta.outlet == outlet
    assert meta.published is None  # "Oct 14", "March 3": no year written, no date
    assert meta.title == "Gunmen attack cattle market"


def test_dateline_credit_only_at_the_start_of_the_body():
    text = ("Gunmen attack cattle market\n\nThe market was attacked before dawn, officials said.\n\n"
            "HERAT (Reuters) -" + WIRE_BODY + "\nA trader (AP) - who asked not to be named - said the gunmen fled.\n")
    assert text_metadata(text).outlet is None
    inside = "Gunmen attack cattle market\n\nOfficials told reporters (Reuters) - and others -" + WIRE_BODY
    assert text_metadata(inside).outlet is None


def test_dateline_with_a_year_dates_the_article_and_wins_over_a_footer():
    text = "Gunmen attack cattle market\n\nKANO, Nigeria, Jan. 5, 2023 (UPI) --" + WIRE_BODY + "\n© 2023 Valley Courier\n"
    meta = text_metadata(text)
    assert meta.published == dt.date(2023, 1, 5)
    assert meta.outlet == "United Press International"


@pytest.mark.parametrize(
    "header, outlet, authors",
    [
        ("Harbour Evening Post\nBy Ines Farrow\nMay 2, 2025", "Harbour Evening Post", ["Ines Farrow"]),
        ("The Upland Observer - Opinion\nBy Ines Farrow\n2 May 2025", "The Upland Observer", ["Ines Farrow"]),
        ("Delta Plains Dispatch | Security Desk\nBy Ines Farrow\n2 May 2025", "Delta Plains Dispatch", ["Ines Farrow"]),
        ("Riverside Today\nInes Farrow\n02.05.2025 18:32", "Riverside Today", ["Ines Farrow"]),
        ("Daily Lantern\nOur Correspondent\nMay 2, 2025", "Daily Lantern", []),  # no writer named
        ("Northern Evening Post, 2 May 2025", "Northern Evening Post", []),
        ("Highland Daily Record\nPortville, May 2, 2025", "Highland Daily Record", []),  # a town, not a writer
        ("From Ines Farrow, Portville\nMay 2, 2025", None, ["Ines Farrow"]),  # "From X, Town" is a byline
        ("World News\nBy Ines Farrow", None, ["Ines Farrow"]),  # a section label is no publication
    ],
)
def test_a_masthead_in_the_header_names_the_outlet_and_is_no_author(header, outlet, authors):
    meta = text_metadata("Gunmen attack cattle market\n\n" + header + "\n\nThe market" + WIRE_BODY)
    assert meta.outlet == outlet
    assert meta.authors == authors


@pytest.mark.parametrize(
    "header, outlet, authors, published",
    [
        # a date line with the clock after "at"; a masthead in capitals with its sections
        ("HARBOUR EVENING POST | NEWS | COUNTY\nInes Farrow\nWed 5 Mar 2025 at 07:30",
         "Harbour Evening Post", ["Ines Farrow"], dt.date(2025, 3, 5)),
        # one line: byline, publication and date set apart by bars
        ("By Ines Farrow and Tomas Reyes | The Coastal Policy Forum | 17 October 2025",
         "The Coastal Policy Forum", ["Ines Farrow", "Tomas Reyes"], dt.date(2025, 10, 17)),
        # a town and date line with an agency's credit, spelled out where the text names it
        ("By Ines Farrow\nPortville, May 18, 2025 (CIS)", "CIS", ["Ines Farrow"], dt.date(2025, 5, 18)),
        # "By A B, Town": the town is no second writer
        ("By Ines Farrow, Portville\nMay 18, 2025", None, ["Ines Farrow"], dt.date(2025, 5, 18)),
        ("By Ines Farrow, Tomas Reyes\nMay 18, 2025", None, ["Ines Farrow", "Tomas Reyes"], dt.date(2025, 5, 18)),
    ],
)
def test_header_lines_of_papers_and_agencies(header, outlet, authors, published):
    meta = text_metadata("Gunmen attack cattle market\n\n" + header + "\n\nThe market" + WIRE_BODY)
    assert (meta.outlet, meta.authors, meta.published) == (outlet, authors, published)


@pytest.mark.parametrize(
    "header, outlet, authors, published",
    [
        # a masthead in capitals beside the date and a section, between bars
        ("THE LAKE CHAD LANTERN | Monday, 3 March 2031 | Local\nBy Ines Farrow",
         "The Lake Chad Lantern", ["Ines Farrow"], dt.date(2031, 3, 3)),
        # a name in capitals with its section is no writer: the "By" line below is
        ("UPPER NILE VOICE | Commentary\nBy Ines Farrow\n4 March 2031", "Upper Nile Voice", ["Ines Farrow"], dt.date(2031, 3, 4)),
        # a masthead alone in capitals, opening with an article
        ("THE HILLSIDE BEACON\nSaturday, May 10, 2031\nBy Ines Farrow", "The Hillside Beacon", ["Ines Farrow"], dt.date(2031, 5, 10)),
        # an edition note and a town after the name are no part of it (nor an agency's credit)
        ("LA VOIX DU MANDOUL (English edition) - Koumra\nFriday, 7 March 2031\nBy Ines Farrow",
         "La Voix du Mandoul", ["Ines Farrow"], dt.date(2031, 3, 7)),
        # a name before a descriptor that says what kind of outlet it is
        ("ECHO DE LA VALLEE - Community Radio and Television\nPublished 14/09/2031", "Echo de la Vallee", [], dt.date(2031, 9, 14)),
        ("ECHO DE LA VALLEE - Community Radio\nPublished 04/09/2031", "Echo de la Vallee", [], None),  # 4 Sept or 9 April?
        # a statement names its issuing organisation, not the organ that signs for it
        ("Statement of the Central Committee of the Party for Unity and Labour (PUL)\nKoumra, 21 March 2031",
         "Party for Unity and Labour (PUL)", [], dt.date(2031, 3, 21)),
        # ranks and titles before a writer's name are dropped
        ("The Upland Observer - Opinion\nBy Col. (retd) Ines Farrow\n2 May 2031", "The Upland Observer", ["Ines Farrow"], dt.date(2031, 5, 2)),
        ("By Maj. Gen. (R) Tomas Reyes Ort\n2 May 2031", None, ["Tomas Reyes Ort"], dt.date(2031, 5, 2)),
        ("By Brig (retd) Tomas Reyes Ort\n2 May 2031", None, ["Tomas Reyes Ort"], dt.date(2031, 5, 2)),  # no dot
        ("By Lt Col (R) Tomas Reyes Ort\n2 May 2031", None, ["Tomas Reyes Ort"], dt.date(2031, 5, 2)),
        # a name in capitals with no "By" line beside it is the byline, not a masthead
        ("ANALYSIS\nTOMAS REYES\n2 May 2031", None, ["TOMAS REYES"], dt.date(2031, 5, 2)),
        ("WEST AFRICA\nBy Ines Farrow\n2 May 2031", None, ["Ines Farrow"], dt.date(2031, 5, 2)),  # a region label
        # a capitalised name alone between the headline and the "By" line is the publication's
        ("Harbour Morning\nBy Ines Farrow\n2 May 2031", "Harbour Morning", ["Ines Farrow"], dt.date(2031, 5, 2)),
        ("The Upland Frontier\nBy Ines Farrow\n2 May 2031", "The Upland Frontier", ["Ines Farrow"], dt.date(2031, 5, 2)),
        ("Comment\nBy Ines Farrow\n2 May 2031", None, ["Ines Farrow"], dt.date(2031, 5, 2)),  # a page label
        ("Middle East\nBy Ines Farrow\n2 May 2031", None, ["Ines Farrow"], dt.date(2031, 5, 2)),
    ],
)
def test_mastheads_in_capitals_statements_and_ranks(header, outlet, authors, published):
    meta = text_metadata("Gunmen attack cattle market\n\n" + header + "\n\nThe market" + WIRE_BODY)
    assert (meta.outlet, meta.authors, meta.published) == (outlet, authors, published)


@pytest.mark.parametrize(
    "top, title, outlet, authors, published",
    [
        # a nameplate above the headline: its name, edition note and dated line, between dots or bars
        ("THE RIVERSIDE COURIER · Weekend Edition · Saturday, March 7, 2031", "Ferry sinks on the lake",
         "The Riverside Courier", ["Ines Farrow"], dt.date(2031, 3, 7)),
        ("KORALI LEDGER | COMMENT", "Ferry sinks on the lake", "Korali Ledger", ["Ines Farrow"], None),
        ("THE HILL SENTINEL | Friday, October 17, 2031 | National News", "Ferry sinks on the lake",
         "The Hill Sentinel", ["Ines Farrow"], dt.date(2031, 10, 17)),
        ("NORTH VALLEY TIMES · Thursday, January 16, 2031", "Ferry sinks on the lake",
         "North Valley Times", ["Ines Farrow"], dt.date(2031, 1, 16)),
        ("THE LAKE OBSERVER", "Ferry sinks on the lake", "The Lake Observer", ["Ines Farrow"], None),
        # a kicker above the headline names no publication and no writer
        ("OPINION", "Ferry sinks on the lake", None, ["Ines Farrow"], None),
        ("WEST AFRICA", "Ferry sinks on the lake", None, ["Ines Farrow"], None),
        ("Analysis | Comment", "Ferry sinks on the lake", None, ["Ines Farrow"], None),
        # a headline in capitals is the headline, even when a deck follows it
        ("POLICE RAID STATE PRESS", "Journalists demand the editor's release", None, ["Ines Farrow"], None),
        ("FLOODS CUT OFF THREE VILLAGES", None, None, ["Ines Farrow"], None),
    ],
)
def test_a_nameplate_or_kicker_above_the_headline_is_no_title(top, title, outlet, authors, published):
    text = top + "\n\n" + (title + "\n\n" if title else "") + "By Ines Farrow\n\nThe market" + WIRE_BODY
    meta = text_metadata(text)
    want_title = title if top.split()[0] not in ("POLICE", "FLOODS") else top
    assert (meta.title, meta.outlet, meta.authors, meta.published) == (want_title, outlet, authors, published)


def test_a_date_line_above_the_headline_is_no_title():
    meta = text_metadata("Thursday, 16 January 2031\n\nFerry sinks on the lake\n\nBy Ines Farrow\n\nThe market" + WIRE_BODY)
    assert (meta.title, meta.published) == ("Ferry sinks on the lake", dt.date(2031, 1, 16))
    meta = text_metadata("OPINION\n\nThe ferry sank because nobody checked it.\n\nThe market" + WIRE_BODY)
    assert meta.title == "OPINION"  # no headline follows the kicker: nothing better to offer


@pytest.mark.parametrize(
    "closing, outlet",
    [
        ("Ines Farrow is a columnist for The Lakeland Review and a former adviser to the senate.", "The Lakeland Review"),
        ("The writer is a senior correspondent with Delta Morning.", "Delta Morning"),
        ("Ines Farrow writes regularly for The Harbour Post.", "The Harbour Post"),
        # no post held now, not a writing post, or someone other than the writer
        ("Ines Farrow is a former editor of The Lakeland Review.", None),
        ("Ines Farrow is a senior fellow at the Centre for Lake Studies.", None),
        ("Tomas Reyes is a columnist for The Lakeland Review.", None),
    ],
)
def test_a_closing_note_on_the_writer_names_the_publication(closing, outlet):
    text = "Ferry sinks on the lake\n\nBy Ines Farrow\n\nThe market" + WIRE_BODY + "\n" + closing + "\n"
    assert text_metadata(text).outlet == outlet


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        ('"They came at night," a farmer told The Savanna Courier by phone.', "The Savanna Courier"),
        ("Two officers told Lake Town Dispatch that the road was closed.", "Lake Town Dispatch"),
        ("Two officers told the Lake Town Dispatch that the road was closed.", "Lake Town Dispatch"),
        # another publication cited beside it: either could be a competitor the article quotes
        ("An officer told The Frontier Post the guns were moved, according to the Capital Daily Herald.", None),
        # no publication: a body, the press at large, a broadcaster without a newspaper word
        ("The warden told the National Assembly's committee that guards were bribed.", None),
        ("The minister told reporters that 19 inmates were caught.", None),
        ("The minister told Al Jazeera that 19 inmates were caught.", None),
    ],
)
def test_the_publication_sources_told_names_the_outlet_when_it_is_the_only_one_cited(sentence, outlet):
    text = "Ferry sinks on the lake\n\nBy Ines Farrow\n\nThe market" + WIRE_BODY + "\n" + sentence + "\n\nThe road reopened.\n"
    assert text_metadata(text).outlet == outlet


def test_a_town_dateline_before_prose_is_no_masthead():
    text = "Gunmen attack cattle market\n\n2 May 2031\n\nKOUMRA - Five people died at the police station on Friday.\n"
    assert text_metadata(text).outlet is None


def test_a_statements_sign_off_names_its_author():
    body = ("Gunmen attack cattle market\n\nStatement of the Executive Bureau of the Party for Unity and Labour (PUL)\n"
            "Koumra, 21 March 2031\n\nWe condemn the attack on the market." + WIRE_BODY + "\nThe struggle continues!\n\n")
    meta = text_metadata(body + "For the Executive Bureau,\nThe Secretary General, Ines Farrow\n")
    assert (meta.outlet, meta.authors) == ("Party for Unity and Labour (PUL)", ["Ines Farrow"])
    assert text_metadata(body + "On behalf of the Bureau,\nInes Farrow\nNational Coordinator\n").authors == ["Ines Farrow"]
    assert text_metadata(body + "For the Executive Bureau,\nThe Secretary General\n").authors == []  # no one named


@pytest.mark.parametrize(
    "lead, rest, published",
    [
        # the lead's "said on <day>" is the dateline's day; 2022 written, so 2022..2026: only 2025
        ("KANO, Sept 9 (Sahel Wire) - Gunmen killed four people at a checkpoint, police said on Tuesday.",
         "Kidnappings have risen since 2022.", dt.date(2025, 9, 9)),
        ("GAROWE, Somalia, Jan. 14 (Horn Wire) - Fighting displaced 3,000 families, elders told Horn Wire on Wednesday.",
         "The dispute began in 2024.", dt.date(2026, 1, 14)),
        # the weekday is the attack's, not the day a source spoke: no year
        ("MOPTI, May 6 (Sahel Wire) - Gunmen killed nine people when they attacked a village on Tuesday, an official said.",
         "Attacks have risen since 2023.", None),
        # no year written anywhere: no lower bound
        ("BUKAVU, June 12 (Lakes Wire) - A footbridge collapsed, killing three people, officials said on Thursday.",
         "Residents had warned that the bridge was unsafe.", None),
        # no year from 2021 to 2026 has Nov 3 on a Saturday
        ("DAKAR, Nov 3 (Coast Wire) - Eleven fishermen are missing, the fisheries ministry said on Saturday.",
         "Losses have fallen since 2021.", None),
        # April 22 fell on a Wednesday in 2020 and in 2026: two years fit
        ("LAHORE, April 22 (Asia Wire) - Protesters blocked a highway, police said on Wednesday.",
         "Power cuts have worsened since 2020.", None),
        # no source's day: the lead's one weekday is the event's; 2024..2026 puts Feb 7 on a Saturday only
        # in 2026, and on a Sunday (an event the day before) in none
        ("OSHAKATI, Feb 7 (Coast Wire) - A bus overturned on a bridge on Saturday, killing six people, police said.",
         "Road deaths have risen since 2024.", dt.date(2026, 2, 7)),
        # Jan 23 was a Thursday in 2025, but a Friday in 2026: a Thursday event reported the next day
        # fits too, so no year
        ("KYIV, Jan 23 (East Wire) - A missile hit a school on Thursday, killing four people, officials said.",
         "Strikes have grown since 2022.", None),
        # two weekdays in the lead: none is the dateline's
        ("OSHAKATI, Feb 7 (Coast Wire) - A bus that left on Friday overturned on Saturday, killing six, police said.",
         "Road deaths have risen since 2024.", None),
        # "said late on Tuesday" is often the evening before the dateline
        ("KANO, Sept 10 (Sahel Wire) - Gunmen killed four people at a checkpoint, police said late on Tuesday.",
         "Kidnappings have risen since 2022.", None),
    ],
)
def test_a_wire_datelines_year_only_when_the_text_pins_it_down(lead, rest, published):
    text = "Gunmen attack cattle market\n\n" + lead + "\n\n" + rest + "\n"
    assert text_metadata(text, today=dt.date(2026, 11, 30)).published == published


def test_a_wire_datelines_year_is_never_after_today():
    text = ("Gunmen attack cattle market\n\nKANO, Sept 9 (Sahel Wire) - Gunmen killed four people at a checkpoint, "
            "police said on Tuesday.\n\nKidnappings have risen since 2022.\n")
    assert text_metadata(text, today=dt.date(2025, 9, 9)).published == dt.date(2025, 9, 9)
    assert text_metadata(text, today=dt.date(2025, 9, 8)).published is None  # Sept 9, 2025 is still to come


def test_wire_credit_lines_name_the_reporters_not_the_editors():
    text = ("Gunmen attack cattle market\n\nHERAT, Oct 14 (Reuters) -" + WIRE_BODY
            + "\n(Reporting by Ines Farrow in Herat and Tomas Reyes; Writing by Lena Ort; Editing by Max Paul)\n")
    assert text_metadata(text).authors == ["Ines Farrow", "Tomas Reyes", "Lena Ort"]
    byline = "Gunmen attack cattle market\n\nBy Ana Lopez\n\nHERAT, Oct 14 (Reuters) -" + WIRE_BODY + "\n(Reporting by Ines Farrow)\n"
    assert text_metadata(byline).authors == ["Ana Lopez"]  # the byline comes first


def test_dateline_credit_forms_of_agencies_and_papers():
    # a place with its country in parentheses before the credit; the agency's own slash dateline
    assert text_metadata("Raid on village\n\nKasese (Uganda) (KWA) - " + WIRE_BODY).outlet == "KWA"
    assert text_metadata("Strike on depot\n\nMINSK, March 3. /Belnova/. " + WIRE_BODY).outlet == "Belnova"
    # initials spelled out by the text's own credit line; initials the text never spells stay as written
    spelled = "Raid on village\n\nKASESE, Uganda (KWA) - " + WIRE_BODY + "\nKampala Wire Agency writer Ines Farrow contributed.\n"
    assert text_metadata(spelled).outlet == "Kampala Wire Agency"
    assert text_metadata("Raid on village\n\nKASESE, Uganda (KWA) - " + WIRE_BODY).outlet == "KWA"


# --- URLs and feeds --------------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/story": ("text/html", PAGE),
            "/plain": ("text/plain", STORY),
            "/feed": (
                "application/rss+xml",
                f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>
                <item><title>Bridge reopens after repairs</title><link>{base}/story</link>
                <pubDate>Fri, 02 Jun 2023 08:00:00 GMT</pubDate></item>
                <item><title>Gone</title><link>{base}/missing</link>
                <description>Short summary of a story whose page is gone, kept from the feed itself.</description></item>
                </channel></rss>""",
            ),
        }
        if self.path == "/slow":
            time.sleep(3)
        if self.path not in routes:
            self.send_error(404)
            return
        ctype, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_url_page_and_plain_text(server):
    page, plain = _articles(_items(f"{server}/story", f"{server}/plain"))
    assert page.url == f"{server}/story" and page.outlet == "Valley Courier"
    assert plain.title == "Flood waters cut off three villages in the valley"


def test_feed_reads_each_entry_page_or_its_summary(server):
    items = _items(f"{server}/feed")
    page, summary = _articles(items)
    assert page.title == "Bridge reopens after repairs" and "reopened on Friday" in page.text
    assert summary.outlet == "Valley Courier" and "kept from the feed" in summary.text


def test_http_error_and_unreachable_url_are_one_line_failures(server):
    items = _items(f"{server}/missing", "http://127.0.0.1:9/nothing", "ftp://example.org/x")
    reasons = {f.item: f.reason for f in _failures(items)}
    assert "404" in reasons[f"{server}/missing"]
    assert "cannot connect" in reasons["http://127.0.0.1:9/nothing"]
    assert "unsupported URL scheme" in reasons["ftp://example.org/x"]
    assert all("\n" not in r for r in reasons.values())


def test_url_timeout(server, monkeypatch):
    import httpx

    from newsledger.ingest import web

    monkeypatch.setattr(web, "TIMEOUT", httpx.Timeout(0.5))
    (failure,) = _failures(_items(f"{server}/slow"))
    assert failure.reason == "timed out"


# --- bad input -----------------------------------------------------------------------------


def test_bad_files_fail_one_line_each_and_the_rest_is_read(tmp_path):
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n  ")
    french = "\nLe préfet a déclaré que les élèves seront hébergés à l'école, près de la forêt, dès ce soir.\n"
    (tmp_path / "latin1.txt").write_bytes((STORY + french).encode("latin-1"))
    (tmp_path / "broken.html").write_text("<html><body><div><p>")
    (tmp_path / "soup.html").write_text("<html><body><p>Half a page of text that never closes its tags properly <b>so the parser")
    (tmp_path / "huge.txt").write_bytes(b"word " * 3000)
    (tmp_path / "good.txt").write_text(STORY)
    items = _items(tmp_path, tmp_path / "missing.txt", max_bytes=10_000)
    reasons = {Path(f.item).name: f.reason for f in _failures(items)}
    assert reasons["binary.bin"] == "binary file (not text)"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert "HTML" in reasons["broken.html"]
    assert "over the" in reasons["huge.txt"] and "limit" in reasons["huge.txt"]
    assert reasons["missing.txt"] == "no such file or folder"
    read = {Path(a.source).name: a for a in _articles(items)}
    assert set(read) == {"latin1.txt", "soup.html", "good.txt"}
    assert "élèves seront hébergés" in read["latin1.txt"].text
    assert "never closes its tags" in read["soup.html"].text


def test_permission_denied_is_a_failure(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(STORY)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (failure,) = _failures(_items(path))
    assert failure.item == str(path) and failure.reason == "permission denied"


# --- store: dedup, idempotence, consistency --------------------------------------------------


def test_near_duplicate_index():
    index = NearDuplicateIndex()
    index.add("first", index.signature(STORY))
    republished = STORY.replace("Flood waters cut off three villages in the valley", "Villages cut off") + "\nShare this story.\n"
    assert index.query(index.signature(republished)) == "first"
    assert index.query(index.signature(PAGE)) is None


def test_ingest_twice_is_idempotent_and_near_duplicates_are_linked(tmp_path, db_url):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt").write_text(STORY.replace("Flood waters cut off three villages in the valley", "Three villages cut off") + "\nShare this story.\n")
    (folder / "c.html").write_text(PAGE)
    (folder / "d.bin").write_bytes(b"\x00\x01\x02" * 100)
    store = Store.open(db_url)
    first = ingest(store, [str(folder)])
    assert first.line().startswith("3 added, 0 duplicates, 1 failed")
    assert first.near_duplicates == 1 and first.exit_code() == 2
    near = [a for a in store.articles() if a.duplicate_of]
    assert len(near) == 1 and Path(near[0].source).name == "b.txt"
    assert len(store.articles(originals_only=True)) == 2
    second = ingest(store, [str(folder)])
    assert second.line() == "0 added, 3 duplicates, 1 failed"
    assert store.count_articles() == 3
    store.close()


def test_interrupted_run_keeps_what_was_stored_and_rerun_finishes(tmp_path, monkeypatch, sqlite_url):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(STORY.replace("three", f"{i + 3} small") + f"\nItem {i} of a batch with distinct words {'x' * i}.\n" + "other text " * i * 40)
    import newsledger.ingest as ingest_pkg

    real = ingest_pkg.read_inputs

    def interrupted(inputs, max_bytes):
        for n, item in enumerate(real(inputs, max_bytes=max_bytes)):
            if n == 2:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(ingest_pkg, "read_inputs", interrupted)
    store = Store.open(sqlite_url)
    with pytest.raises(KeyboardInterrupt):
        ingest(store, [str(folder)])
    assert store.count_articles() == 2
    monkeypatch.setattr(ingest_pkg, "read_inputs", real)
    again = ingest(store, [str(folder)])
    assert (again.added, again.duplicates) == (2, 2)
    assert store.count_articles() == 4
    store.close()


def test_exit_codes():
    from newsledger.pipeline import IngestSummary

    assert IngestSummary(added=2).exit_code() == 0
    assert IngestSummary(added=1, failed=1).exit_code() == 2
    assert IngestSummary(failed=3).exit_code() == 1


# --- CLI -----------------------------------------------------------------------------------


def test_cli_ingest_twice_reports_duplicates_and_failures(tmp_path, samples_dir):
    from typer.testing import CliRunner

    from newsledger.cli.app import app
    import newsledger.cli.commands  # noqa: F401  (registers the commands)

    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(samples_dir), "--db", db, "--no-analyze"])
    assert first.exit_code == 0, first.output
    assert "5 added, 0 duplicates, 0 failed" in first.output
    second = runner.invoke(app, ["ingest", str(samples_dir), "--db", db, "--no-analyze"])
    assert "0 added, 5 duplicates, 0 failed" in second.output
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    mixed = runner.invoke(app, ["ingest", str(bad), str(samples_dir), "--db", db, "--no-analyze"])
    assert mixed.exit_code == 2
    assert f"failed: {bad}: empty file" in mixed.output
    none = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", db, "--no-analyze"])
    assert none.exit_code == 1


@pytest.mark.parametrize("header, authors, published", [
    ("Opinion | 12 March 2031", [], dt.date(2031, 3, 12)),
    ("By Rosa Mendes | World | 3 May 2031", ["Rosa Mendes"], dt.date(2031, 5, 3)),
    ("Analysis · 9 July 2031", [], dt.date(2031, 7, 9)),
])
def test_a_date_beside_a_section_label_is_the_published_date(header, authors, published):
    from newsledger.ingest.metadata import text_metadata

    meta = text_metadata(f"A headline of a few words\n\n{header}\n\nThe body starts here and runs on for a while, as prose does.\n")
    assert (meta.title, meta.authors, meta.published) == ("A headline of a few words", authors, published)


def test_a_local_papers_town_and_date_line_gives_the_published_date():
    text = ("Toll from market blast rises to 12\nValley Courier\nOur Correspondent\nQuetta, March 15, 2031\n\n"
            "The death toll from Friday's bombing at the main market rose to 12 on Saturday, hospital sources said.\n")
    assert text_metadata(text).published == dt.date(2031, 3, 15)


@pytest.mark.parametrize("header, published", [
    ("Published: March 4, 2031, 09:15 GMT", dt.date(2031, 3, 4)),
    ("March 4, 2031 10:41 AM GMT+3 · Updated an hour ago", dt.date(2031, 3, 4)),
    ("March 4, 2031 4:27 PM · 5 min read", dt.date(2031, 3, 4)),
    ("Tue 4 Mar 2031 17.02 BST", dt.date(2031, 3, 4)),
    ("Updated 1:15 PM GMT+3, March 4, 2031", dt.date(2031, 3, 4)),
    ("04.03.2031 12:48 (updated: 15:20)", dt.date(2031, 3, 4)),
    ("4 Mar, 2031 14:05", dt.date(2031, 3, 4)),
    ("25/12/2031", dt.date(2031, 12, 25)),
    ("03/04/2031", None),  # day-first or month-first: nothing says which
    ("4 Mar, 14:36", None),  # no year written
])
def test_date_lines_with_clock_times_zones_and_update_notes(header, published):
    text = f"Storm floods coastal villages\n\nBy Ana Lopez\n{header}\n\nFlood waters cut off three villages on the coast overnight, officials said on the radio.\n"
    meta = text_metadata(text)
    assert meta.published == published
    assert meta.authors == ["Ana Lopez"]


def test_author_label_and_a_job_title_are_not_names():
    text = "Storm floods coastal villages\n\nAuthor: Ana Lopez\n4 March 2031\n\nFlood waters cut off three villages.\n"
    assert text_metadata(text).authors == ["Ana Lopez"]
    text = "Storm floods coastal villages\n\nAna Lopez, Weather Correspondent\n4 March 2031\n\nFlood waters cut off three villages.\n"
    assert text_metadata(text).authors == ["Ana Lopez"]


@pytest.mark.parametrize(
    "header, outlet, published",
    [
        # a name beside its genre label and the date, under or over a separate "By" line
        ("By Ines Farrow\n\nLakeside Voice — Commentary — March 3, 2031", "Lakeside Voice", dt.date(2031, 3, 3)),
        ("By Ines Farrow\n\nTHE COPPER BELT — Opinion — 9 May 2031", "The Copper Belt", dt.date(2031, 5, 9)),
        ("Hill Country Voice | Analysis | 12 June 2031\n\nBy Ines Farrow", "Hill Country Voice", dt.date(2031, 6, 12)),
        # with no "By" line the name could be the writer's: no outlet
        ("Ines Farrow — Opinion — 9 May 2031", None, dt.date(2031, 5, 9)),
        # a name and a date without a label is no such line
        ("By Ines Farrow\n\nLakeside Voice — March 3, 2031", None, dt.date(2031, 3, 3)),
    ],
)
def test_a_name_beside_a_genre_label_and_date_is_the_publication(header, outlet, published):
    meta = text_metadata("Ferry sinks on the lake\n\n" + header + "\n\nThe market" + WIRE_BODY)
    assert meta.title == "Ferry sinks on the lake"
    assert meta.outlet == outlet
    if outlet:
        assert meta.published == published


@pytest.mark.parametrize(
    "top, below, title, outlet",
    [
        # a short name in capitals ending in a newspaper word, over a headline in ordinary case
        ("NORTH COAST HERALD", "Ferry sinks on the lake", "Ferry sinks on the lake", "North Coast Herald"),
        ("HARBOUR TRADE DAILY", "Ferry sinks on the lake", "Ferry sinks on the lake", "Harbour Trade Daily"),
        # a shouted headline stays the headline, even over a deck
        ("RIVER FLOODS THREE VILLAGES", "Hundreds flee as the dykes give way", "RIVER FLOODS THREE VILLAGES", None),
        ("NORTH COAST HERALD", "FERRY SINKS ON THE LAKE", "NORTH COAST HERALD", None),
    ],
)
def test_a_nameplate_in_capitals_alone_above_the_headline(top, below, title, outlet):
    meta = text_metadata(top + "\n\n" + below + "\n\nBy Ines Farrow\n\nThe market" + WIRE_BODY)
    assert (meta.title, meta.authors) == (title, ["Ines Farrow"])
    if outlet:
        assert meta.outlet == outlet


def test_a_masthead_in_capitals_keeps_its_accented_letters():
    from newsledger.ingest.metadata import _title_case

    assert _title_case("LA VOZ DE CÓRDOBA") == "La Voz de Córdoba"
    assert _title_case("LE COURRIER D'ÉTÉ") == "Le Courrier D'Été"

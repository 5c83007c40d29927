"""Metadata read from the text itself: headline, byline, dateline, outlet.

Only what the text states is returned; anything else stays None (or an empty author
list).

Title: the first header line, unless a nameplate, kicker or date line stands above the headline
("EL PASO DIARIO · English Edition · Thursday, February 12, 2026", "NORTH LEDGER | COMMENT", "THE X |
Friday, October 17, 2025 | National News", "THE FRONTIER LEDGER", "OPINION", "WEST AFRICA"): then
it is the next line that can be a headline (a few words, no closing full stop, neither byline nor
date). A nameplate gives the outlet and date; a kicker names nothing. A shouted headline in
capitals ("POLICE RAID STATE PRESS") is no nameplate: that needs an article opening it or a date,
edition or section beside it, or, alone, two to four words ending in a word that ends newspapers'
names and hardly any headline ("MARITIME RISK DAILY", "NORTH COAST HERALD": Daily, Herald, Gazette,
Tribune, ...) over a headline in ordinary case. Nothing is guessed from the body's own event dates; today's date serves only as the upper
bound of a wire dateline's year (below).

Outlet: a masthead line in the header (a publication's name, "Kivu Morning Post", "The Harbour
Observer - Opinion": a short capitalised line whose words include a newspaper word such as Post,
Times, Daily, Review; "THE X | Thursday, 12 February 2026 | News" with its date and section set
aside; a name in capitals that opens with The/Le/La or stands above a separate "By" line; a name
before a descriptor of its kind, "VOIX DU NIGER - National Radio and Television"; a capitalised
name alone between the headline and the "By" line, unless it is a section, genre or region label;
an edition note, "(English edition)", and a town after a dash are no part of the name; a name beside
its genre label and the date, "Lakeside Voice — Commentary — March 3, 2031", above or below a separate
"By" line), which says
who published it; else the issuer a statement's header names ("Statement of the National Bureau of
the X Party (XP)" -> "X Party (XP)"); else the wire-service credit of a dateline
opening the body ("KABUL, Oct 14 (Reuters) -", "ABUJA, Nigeria (AP) —", "Beni (DR Congo) (XYZ) -",
"MOSCOW, May 2. /XYZ/."), which says who wrote the report, spelled out when the text names the
agency in full ("(ABC)" and "Alpha Beta Courier writer ..."); else what a closing contact,
copyright or statement line names; else the publication a closing note on the writer says the
writer works for ("A B is a columnist for The X Review", "The writer is a correspondent with X";
not "a former editor of", not "a fellow at", and only about this article's writer); else the
publication sources "told" ("a farmer told The X Courier by phone": a paper's reporters write so of
their own interviews), only when it is the one publication the text cites ("according to the Y
Post" beside it leaves the outlet unknown) and has a newspaper word in its name.
A masthead is no author; nor is "Our Correspondent". "From A B, Town" is a byline, and so is
"By A B, Town" (the town dropped); a rank or title before the name is dropped ("By Col. (retd) A B",
"Maj. Gen. (R)", "Dr."); a "By" line wins over a bare name above it. With no byline, a wire story's
closing credits name the authors ("(Reporting by A in Kyiv; Writing by B; Editing by C)" -> A, B),
and a statement's sign-off its signer ("For the National Bureau," / "The Secretary General, A B").
A header line may hold byline, publication and date between bars ("By A | The X Forum | 17 October
2025"), and a town's date line may end in an agency's credit ("Katsina, May 18, 2025 (XYZ)").
A slashed date is read only when it is unambiguous ("25/08/2025"; "03/04/2025" stays unread).

A dateline's date without a year ("PESHAWAR, Oct. 15 (Agency) -") dates the article only when the
text pins the year down: the lead's "police said on Wednesday" (a speech verb right before the
weekday; wire style reports what was said on the dateline's day) gives the weekday, the latest year
the article writes is the lower bound and today's year the upper one, and exactly one year in that
range may put that day on that weekday (not after today). With no source's day, the lead's one
weekday is the event's ("blew up ... on Saturday, killing seven, police said"), which is the
dateline's day or often the day before: it dates the article only when exactly one year puts the
dateline's day on that weekday and none puts it on the next weekday (an event the day before would
fit that other year). No year written, two weekdays in the lead, "said late on Tuesday", or two
fitting years: None, since a wrong date is worse than none. It lives here
because it is the article's date, read from the article's own words, and the extractor anchors
"on Tuesday" and "last week" to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsledger.ingest.outlets import domains_in, outlet_for_credit, outlet_for_domain

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b)",
    re.IGNORECASE,
)
# "10.10.2025" (day first, as dotted dates are written) or "25/12/2025"; a slashed date both of
# whose first numbers could be the month ("03/04/2025") is left unread.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")
# What a date line carries beside the date: the clock time and zone ("10:41 AM GMT+3", "17.02 BST",
# "1:15 PM"), an update note ("Updated an hour ago", "(updated: 15:20)") and a reading time
# ("3 min read").
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?", re.IGNORECASE)
_ZONE = re.compile(
    r"\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|PKT|WAT|EAT|CAT|SAST"
    r"|JST|KST|HKT|SGT|AEST|AEDT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\w+-])"
)
_UPDATE_NOTE = re.compile(r"\(?\b(?:last\s+)?(?:updated|modified)\b[^()|·•]*\)?|\b\d+\s*min(?:ute)?s?\s+read\b", re.IGNORECASE)
_DATELINE_PREFIX = re.compile(r"^(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+", re.IGNORECASE)
_BY = re.compile(r"^(?:(?:by|written by|words by)\s+|authors?\s*:\s*)", re.IGNORECASE)
# A job title after the name in a byline ("Ana Lopez, Energy Columnist") is not a second author.
_ROLE_WORDS = frozenset(
    """columnist correspondent editor reporter writer contributor analyst commentator producer
    editors reporters writers correspondents""".split()
)
_NAME_CONNECTORS = frozenset("of the de da del della der des van von la le du bin al ibn y e".split())
_NOT_NAME_WORDS = frozenset(
    """photo photos image video updated published posted share comments read more subscribe
    advertisement opinion analysis news editorial staff live breaking exclusive world our
    correspondent correspondents reporter edition for""".split()
)
# Words that name a publication: a header line built around one is a masthead, not a byline.
_MASTHEAD_WORDS = frozenset(
    """post times daily today review dispatch observer news herald tribune journal gazette chronicle
    express monitor telegraph guardian standard mirror star mail press weekly courier inquirer
    record bulletin insider wire digest nation globe independent sentinel examiner magazine online
    network radio television tv broadcasting agency gazeta pravda leader vanguard punch forum""".split()
)
# Words of a descriptor after a masthead that says what kind of outlet it is ("VOIX DU NIGER -
# National Radio and Television", "Echo des Savanes - Community Radio").
_OUTLET_KIND_WORDS = frozenset(
    """radio television tv broadcasting broadcaster newspaper daily weekly magazine agency station
    channel network news""".split()
)
# A masthead's edition note ("(English edition)", "(International Edition)"), which is no part of its name.
_EDITION_NOTE = re.compile(r"\s*\((?:[\w' -]*\s)?edition\)", re.IGNORECASE)
# A rank or title before a writer's name ("Col. (retd)", "Maj. Gen. (R)", "Dr.", "Brig."), dropped.
_RANK = re.compile(
    r"^(?:(?:(?:Lt|Lieut|Col|Gen|Maj|Brig|Capt|Cdr|Cmdr|Adm|Cdre|Sqn\s+Ldr|Wg\s+Cdr|Dr|Prof|Rev|Amb|Engr|Mr|Mrs|Ms)\.?"
    r"|Colonel|General|Major|Brigadier|Lieutenant|Captain|Commander|Admiral|Air\s+(?:Vice\s+)?Marshal"
    r"|Vice\s+Admiral|Rear\s+Admiral|Ambassador|Professor|Retired)"
    r"(?:\s*\((?i:retd|rtd|r|retired)\.?\))?\s+)+(?=[A-Z])"
)
# Words of a section label ("World News", "Breaking News"), which names no publication.
_SECTION_WORDS = frozenset(
    """world breaking latest top local national international business sports politics home live
    exclusive opinion analysis more related regional africa asia europe americas""".split()
)
# "From A B, Maiduguri": a byline with the writer's town (South Asian and West African papers).
_FROM_BYLINE = re.compile(r"^From\s+([^,]+?)(?:,\s*[A-Z][\w .'’-]*)?$")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_FOOTER_CUES = re.compile(r"contact|visit|©|copyright|subscribe|follow us|all rights reserved|website", re.IGNORECASE)
_COPYRIGHT_NAME = re.compile(r"(?:©|copyright)\s*(?:\(c\)\s*)?\d{4}(?:\s*[-–]\s*\d{4})?[,.]?\s*([A-Z][^\n.|]{1,60})", re.IGNORECASE)
_STATEMENT_SIGNER = re.compile(
    r"\b(?:as|on behalf of)\b[^.\n]{0,160}?\b(?:of|from|in) the\s+([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5}),\s+we\b"
)
_MAX_HEADER_WORDS = 30
# Pieces of a header line set apart by a bar or dot: "By A | World | 3 May 2023".
_SECTION_SPLIT = re.compile(r"\s[|·•]\s")
# "KABUL, Oct 14 (Reuters) - ", "ABUJA, Nigeria (AP) — ": place words (and a date), the credit in
# parentheses, then a dash; only at the start of a line.
_DATELINE_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"  # place
    r"(?:\s*\([A-Z][\w.'’ -]{0,30}\))?"  # "Beni (DR Congo)"
    r"(?:,\s+[A-Z0-9][\w.'’-]*(?:\s+[\w.'’-]+){0,3}){0,3}"  # ", Nigeria", ", Oct 14", ", Jan. 5, 2023"
    r"\s*\(([A-Z][A-Za-z.&'’ -]{0,40}?)\)\s*(?:-{1,2}|–|—)(?:\s|$)"
)
# A news agency's own dateline: "MOSCOW, February 19. /Agency Name/." (the credit between slashes).
_SLASH_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*/([A-Z][A-Za-z.&'’ -]{0,40}?)/\.?(?:\s|$)"
)


@dataclass
class TextMetadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    outlet: str | None = None
    masthead: str | None = None  # a publication's name printed in the header
    credit: str | None = None  # an agency's credit on a header dateline ("Town, May 18, 2025 (XYZ)")


def _clean(line: str) -> str:
    line = line.strip()
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"^[*_]{1,3}(.*?)[*_]{1,3}$", r"\1", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)  # markdown link -> its text
    return line.strip(" *_\t")


def _lines(text: str) -> list[str]:
    return [c for c in (_clean(raw) for raw in text.splitlines()) if c]


def parse_date(text: str) -> dt.date | None:
    """A full calendar date (day, month and year all written), else None."""
    import dateparser

    text = _WEEKDAY.sub("", _DATELINE_PREFIX.sub("", text.strip()))
    match = _DATE.search(text)
    if not match:
        return None
    numeric = _NUMERIC_DATE.fullmatch(match.group(0))
    if numeric:
        first, sep, second, year = numeric.groups()
        day, month = int(first), int(second)
        if sep == "/" and day <= 12 and month <= 12 and day != month:
            return None  # day-first or month-first: nothing says which
        if sep == "/" and month > 12:
            day, month = month, day
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    parsed = dateparser.parse(
        match.group(0),
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
    )
    return parsed.date() if parsed else None


def _is_date_line(line: str) -> bool:
    """A line that is a date, optionally beside a short section label: "Opinion | 12 March 2024"."""
    parts = [p.strip() for p in _SECTION_SPLIT.split(line)]
    dated = [p for p in parts if _is_bare_date(p)]
    return len(dated) == 1 and all(
        p in dated or _is_note(p) or len(p.split()) <= 3 and not _DATE.search(p) for p in parts
    )


def _is_bare_date(line: str) -> bool:
    """A date with nothing else but its clock time, zone and update or reading-time notes."""
    rest = _DATE.sub("", _WEEKDAY.sub("", _DATELINE_PREFIX.sub("", line)))
    return bool(_DATE.search(line)) and not _clock_notes_only(rest)


def _clock_notes_only(rest: str) -> str:
    """What is left of a date line's remainder once times, zones and update notes are removed."""
    rest = _UPDATE_NOTE.sub("", _ZONE.sub("", _TIME.sub("", rest)))
    rest = re.sub(r"^\s*at\b", "", rest.strip(" ,|-–—·•()"))  # "5 Mar 2025 at 07:30"
    return rest.strip(" ,|-–—·•()")


def _is_note(part: str) -> bool:
    """A header piece that only notes an update or a reading time ("Updated an hour ago")."""
    return bool(part) and not _DATE.search(part) and not _clock_notes_only(part)


# A local paper's header dateline: the town, then the full date ("Quetta, March 15, 2025").
_PLACE_DATE_LINE = re.compile(
    rf"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}},\s*(?:{_DATE.pattern})\s*(?:\(([A-Z][\w .&'’-]{{0,40}})\))?\s*$"
)  # ... with an agency's credit after it: "Katsina, May 18, 2025 (XYZ)"


def _name_like(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return False
    if name.endswith((".", ":", "?", "!")) and not re.search(r"\b[A-Z]\.$", name):
        return False
    for word in words:
        bare = word.strip("’'.,")
        if bare.lower() in _NOT_NAME_WORDS:
            return False
        if bare.lower() in _NAME_CONNECTORS:
            continue
        if not bare or not bare[0].isupper():
            return False
    return words[0].lower() not in _NAME_CONNECTORS


def _title_case(name: str) -> str:
    """A name printed in capitals, in title case ("LE COURRIER DU MOYEN-CHARI" -> "Le Courrier du
    Moyen-Chari"); initials in parentheses ("(URS)") stay as they are."""
    out = []
    for i, word in enumerate(name.split()):
        if word.startswith("("):
            out.append(word)
        elif i and word.lower() in _NAME_CONNECTORS:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word))  # "D'HAÏTI" -> "D'Haïti"
    return " ".join(out)


# Words that open a publication's name in capitals ("THE FRONTIER LEDGER", "LE COURRIER DU ...").
_ARTICLES = frozenset("the le la les".split())
# Words of a genre or page label ("Comment", "Features", "Letters"), which names no publication.
_GENRE_WORDS = frozenset(
    """news comment commentary column columns feature features interview letters editorial editorials
    opinion opinions analysis blog explainer podcast video photos""".split()
)
# Compass words of a region label in capitals ("WEST AFRICA", "MIDDLE EAST"), which names no publication.
_REGION_WORDS = frozenset("north south east west middle central northern southern eastern western".split())


def masthead(line: str, with_byline: bool = False) -> str | None:
    """The publication a header line names, else None: "Kivu Morning Post", "The Harbour Observer -
    Opinion", "Lake Town Dispatch | Security Desk" (the part before the section), "THE X | Thursday, 12
    February 2026 | News" (the date and section set aside), "VOIX DU NIGER - National Radio and
    Television" (a name before a descriptor saying what kind of outlet it is), and a name in capitals
    ("THE FRONTIER LEDGER", "NEW SUDAN VOICE | Opinion") when it opens with an article or a separate
    "By" line (`with_byline`) shows the header's writer is someone else. An edition note ("(English
    edition)") and a town after a dash are no part of the name."""
    line = _EDITION_NOTE.sub("", line.strip())
    dated = re.match(rf"^(.+?),\s*(?:{_DATE.pattern})\s*$", line)
    if dated:
        line = dated.group(1)  # "Nordic Evening Post, 14 January 2026"
    pieces = [p.strip() for p in re.split(r"\s+(?:[-–—|·•])\s+", line)]
    name, others = pieces[0], pieces[1:]
    if any(_DATE.search(p) and not _is_bare_date(p) for p in others):
        return None
    words = name.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name) or _BY.match(name) or _DATE.search(name):
        return None
    if not all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words):
        return None
    # the newspaper word ends the name ("... Morning Post"; "The Times of India": before "of X"), or
    # a "Daily"/"Weekly" opens it ("Daily Trust")
    core = [w.strip(".,’'").lower() for w in re.sub(r"\s+of\s+[A-Z][\w' -]*$", "", name).split()]
    core = core[1:] if core[:1] == ["the"] and len(core) > 1 else core
    if core[-1] == "news" and all(w in _SECTION_WORDS for w in core[:-1]):
        return None  # "World News", "Latest News": a section label
    if not (core[-1] in _MASTHEAD_WORDS or core[0] in ("daily", "weekly")):
        described = any(  # "VOIX DU NIGER - National Radio and Television": a short capitalised descriptor
            len(p.split()) <= 6 and all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS | {"and"} for w in p.split())
            and any(w.lower() in _OUTLET_KIND_WORDS for w in p.split()) for p in others
        )
        lowered = [w.lower() for w in words]
        capitals = (
            name.isupper() and len(words) >= 2 and (with_byline or lowered[0] in _ARTICLES)
            and not all(w in _SECTION_WORDS | _REGION_WORDS | _GENRE_WORDS | _ARTICLES for w in lowered)
        )
        if not (described or capitals):
            return None
    if name.isupper():  # "THE SAHEL TRIBUNE"
        name = _title_case(name)
    return name


# The issuer a statement's header line names: "Statement of the National Bureau of the Union for
# Southern Renewal (URS)" -> the organisation, not its organ ("National Bureau of the").
_STATEMENT_HEAD = re.compile(
    r"^(?:(?:Joint|Press|Official|Public)\s+)?(?:Statement|Communiqu[eé]|Release|Declaration|Resolution)"
    r"\s+(?:issued\s+)?(?:of|by|from)\s+the\s+(.+)$"
)
_ORGAN = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:Bureau|Committee|Council|Secretariat|Office|Executive|Presidium|Politburo"
    r"|Board|Leadership|Directorate|Command|Assembly|Congress)\s+of\s+the\s+(?=[A-Z])"
)


def statement_issuer(line: str) -> str | None:
    """The organisation a statement's header line names as its issuer, else None."""
    match = _STATEMENT_HEAD.match(line.strip())
    if not match:
        return None
    issuer = _ORGAN.sub("", match.group(1).strip(" .,:"))
    words = re.sub(r"\s*\([A-Z]{2,8}\)$", "", issuer).split()  # "(URS)" kept, not checked
    if not 1 <= len(words) <= 10 or not all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS | {"for", "and", "in"} for w in words):
        return None
    return issuer


def parse_byline(line: str) -> list[str]:
    """Author names in a byline ("By A and B", "A, B", "Group Name 8 April 2024", "From A B,
    Town"); [] when it is not one."""
    line = _DATE.sub("", line).strip(" ,|-–—")
    from_line = _FROM_BYLINE.match(line)
    if from_line:
        name = from_line.group(1).strip()
        return [name] if _name_like(name) else []
    had_by = bool(_BY.match(line))
    line = _RANK.sub("", _BY.sub("", line))  # "By Col. (retd) A B": the rank is no part of the name
    names = [n.strip() for n in _AUTHOR_SPLIT.split(line) if n.strip()]
    if len(names) > 1 and names[-1].split()[-1].lower() in _ROLE_WORDS:
        names = names[:-1]
    if had_by and len(names) > 1 and len(names[-1].split()) == 1 and "," in line and not re.search(r"\band\b|&", line):
        names = names[:-1]  # "By A B, Katsina": the writer's town, not a second writer
    if not names:
        return []
    if all(_name_like(n) or (had_by and n[:1].isupper() and len(n.split()) <= 4) for n in names):
        return names
    return []


def _name_above_byline(line: str) -> str | None:
    """A capitalised name alone between the headline and a "By" line ("Kyiv Morning", "The National
    Frontier", then "By A B"): the publication's, where a section or region label is none."""
    words = line.split()
    lowered = [w.lower().strip(".,’'") for w in words]
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in line) or re.search(r"[,:;|·•()]", line):
        return None
    if not all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS | {"and"} for w in words) or _BY.match(line):
        return None
    if all(w in _SECTION_WORDS | _REGION_WORDS | _GENRE_WORDS | _ARTICLES | _NAME_CONNECTORS | {"and"} for w in lowered):
        return None  # "World News", "West Africa", "Comment"
    if any(w in _NOT_NAME_WORDS - {"news"} for w in lowered) or _DATE.search(line):
        return None  # "Opinion", "Our Correspondent"
    return _title_case(line) if line.isupper() else line


def _is_label(line: str) -> bool:
    """A kicker above a headline that only names a section, genre or region ("OPINION", "Comment",
    "WEST AFRICA", "World News", "OPINION | ANALYSIS")."""
    words = [w.lower().strip(".,:’'") for p in _SECTION_SPLIT.split(line) for w in p.split()]
    return 1 <= len(words) <= 4 and all(w in _SECTION_WORDS | _REGION_WORDS | _GENRE_WORDS | {"and", "&"} for w in words)


# An edition note beside a masthead without parentheses ("English Edition", "Weekend Edition").
_EDITION_PIECE = re.compile(r"^(?:[\w'-]+\s+){0,2}edition$", re.IGNORECASE)


# The words that end a newspaper's name and hardly ever a headline ("MARITIME RISK DAILY", "NORTH
# COAST HERALD"); "Press", "Post", "Times" or "Review" can end a shouted headline ("POLICE RAID STATE PRESS").
_PAPER_WORDS = frozenset(
    """daily weekly herald tribune gazette chronicle courier inquirer sentinel examiner telegraph journal""".split()
)


def _top_masthead(line: str, below: str | None = None) -> str | None:
    """The publication a nameplate line above the headline names, else None: a name beside only
    its date, edition note and section between bars or dots ("EL PASO DIARIO · English Edition ·
    Thursday, February 12, 2026", "NORTH LEDGER | COMMENT", "THE X | Friday, October 17, 2025 |
    National News"), or a name alone that opens with an article ("THE FRONTIER LEDGER"). A line
    in capitals without either ("POLICE RAID STATE PRESS") is a shouted headline."""
    pieces = [p.strip() for p in re.split(r"\s+(?:[|·•])\s+", _EDITION_NOTE.sub("", line.strip()))]
    if len(pieces) > 1:
        if not all(_is_bare_date(p) or _EDITION_PIECE.match(p) or _is_label(p) for p in pieces[1:]):
            return None
        return masthead(" | ".join(pieces), with_byline=True)  # the layout says nameplate
    name = masthead(line)
    if name and line.split()[0].lower() in _ARTICLES:
        return name
    # a short name in capitals alone, ending in a newspaper word, above a headline in ordinary case
    # ("MARITIME RISK DAILY", then "Toll rises to four as ..."): the nameplate, not a shouted headline
    words = line.split()
    if (name and line.isupper() and 2 <= len(words) <= 4 and words[-1].lower() in _PAPER_WORDS
            and below is not None and _headline_like(below) and not below.isupper()):
        return name
    return None


def _labelled_nameplate(line: str) -> str | None:
    """The publication a header line names beside its genre or section label and the date, apart
    from a "By" line ("Lakeside Voice — Commentary — March 3, 2031", "THE X — Opinion — 9 May 2031"):
    a capitalised name of a few words, a label and a bare date after it, nothing else."""
    pieces = [p.strip() for p in re.split(r"\s+(?:[-–—|·•])\s+", line.strip())]
    if len(pieces) < 3 or not any(_is_bare_date(p) for p in pieces[1:]) or not any(_is_label(p) for p in pieces[1:]):
        return None
    if not all(_is_bare_date(p) or _is_label(p) for p in pieces[1:]):
        return None
    name = pieces[0]
    words = name.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or _BY.match(name) or _is_label(name):
        return None
    if not all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS | {"and"} for w in words):
        return None
    return _title_case(name) if name.isupper() else name


def _headline_like(line: str) -> bool:
    """A line that can be a headline: a few words, no closing full stop, neither byline nor date."""
    words = line.split()
    return (
        3 <= len(words) <= _MAX_HEADER_WORDS and not line.endswith(".") and not _BY.match(line)
        and not _is_date_line(line) and not _is_label(line) and not _DATELINE_CREDIT.match(line)
    )


def _title_index(lines: list[str]) -> int | None:
    """Which header line is the headline: the first, unless nameplate, kicker or date lines stand
    above it ("OPINION", "THE X SENTINEL | Friday, October 17, 2025 | National News", then the
    headline); None when the text opens with a date line and no headline follows, or with prose."""
    for i, line in enumerate(lines[:3]):
        below = lines[i + 1] if i + 1 < len(lines) else None
        if not (_is_label(line) or _is_date_line(line) or _top_masthead(line, below)):
            break
        if i + 1 < len(lines) and _headline_like(lines[i + 1]):
            return i + 1
    first = lines[0]
    if len(first.split()) <= _MAX_HEADER_WORDS and not first.endswith(".") and not _is_date_line(first):
        return 0
    return None


def header_metadata(text: str) -> TextMetadata:
    """Title, authors and dateline from the lines above the first paragraph of prose."""
    meta = TextMetadata()
    lines = _lines(text[:4000])
    if not lines:
        return meta
    at = _title_index(lines)
    if at is not None:
        meta.title = lines[at]
        # nameplate and date lines above the headline stay in the header; a kicker is no name
        top = [line for line in lines[:at] if not _is_label(line)]
        rest = top + lines[at + 1:at + 6]
    else:
        top, rest = [], lines[:5]
    header = []
    for line in rest:
        if len(line.split()) > _MAX_HEADER_WORDS:
            break  # the body has begun
        header.append(line)
    # a "By" line in the header: a name in capitals above it is the publication's, not the writer's
    with_byline = any(_BY.match(p) for line in header for p in _SECTION_SPLIT.split(line))
    by_authors = False  # whether the authors came from a "By" line
    above = None  # "Kyiv Morning" between the headline and "By A B"
    k = len(top)  # the first line under the headline
    if meta.title is not None and len(header) > k + 1 and _BY.match(header[k + 1]) and not masthead(header[k], with_byline):
        above = _name_above_byline(header[k])
    for i, line in enumerate(header):
        below = header[i + 1] if i + 1 < len(header) else None
        plate = _labelled_nameplate(line) if with_byline else None
        named = (
            (_top_masthead(line, below) if i < k else None) or masthead(line, with_byline) or plate
            or (above if i == k else None)
        )
        if meta.published is None and _DATE.search(line):
            date = parse_date(line)
            if date and (_is_date_line(line) or parse_byline(line) or _PLACE_DATE_LINE.match(line) or named):
                meta.published = date
        if meta.masthead is None and (not meta.authors or plate) and named:
            meta.masthead = named
            continue  # a publication's name, not its writer
        if meta.masthead is None and not meta.authors and statement_issuer(line):
            meta.masthead = statement_issuer(line)  # "Statement of the Bureau of the X Party (XP)"
            continue
        parts = _SECTION_SPLIT.split(line)
        if meta.masthead is None and len(parts) > 1 and any(_BY.match(p) for p in parts):
            # "By A and B | The Policy Forum | 17 October 2025": the byline names its publication
            meta.masthead = next((masthead(p) for p in parts if not _BY.match(p) and masthead(p)), None)
        if meta.published is None and len(parts) > 1 and any(_BY.match(p) for p in parts):
            dated = [parse_date(p) for p in parts if _is_date_line(p)]
            meta.published = next((d for d in dated if d), None)
        credit = _PLACE_DATE_LINE.match(line)
        if meta.masthead is None and credit and credit.lastindex and credit.group(credit.lastindex):
            meta.credit = credit.group(credit.lastindex).strip()
        # "Cotabato City, May 18, 2026" names no writer; a "By" line below a bare name in capitals
        # ("WEST AFRICA", then "By A B") is the byline: the first was a label
        if (not meta.authors or not by_authors and _BY.match(line)) and not _PLACE_DATE_LINE.match(line):
            for part in _SECTION_SPLIT.split(line):  # "By A | World | 3 May 2023": the byline part
                if _BY.match(part) or not _is_date_line(part):
                    names = parse_byline(part)
                    if names:
                        meta.authors, by_authors = names, bool(_BY.match(part))
                        break
    return meta


def _dateline(text: str):
    """The credit match of a dateline opening the body, looked for down to its first paragraph."""
    for line in _lines(text[:4000])[:8]:
        match = _DATELINE_CREDIT.match(line) or _SLASH_CREDIT.match(line)
        if match:
            return match
        if len(line.split()) > _MAX_HEADER_WORDS or line.endswith("."):
            return None  # the first paragraph had no dateline
    return None


def _credit_outlet(match) -> str | None:
    """The outlet a dateline's wire credit names ("(Reuters)", "(AP)"), else None."""
    if match is None:
        return None
    credit = match.group(1).strip()
    if not credit or any(w.lower() in _NOT_NAME_WORDS for w in credit.split()):
        return None
    return outlet_for_credit(credit)


def _spelled_out(credit: str, text: str) -> str:
    """An agency's initials as the text spells them out ("XYZ" -> "Xeno Yard Zone" when the text
    writes that name), else the credit as it is."""
    letters = credit.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return credit
    words = r"\s+".join(rf"{c}[a-z]+" for c in letters)
    found = re.search(rf"\b({words})\b", text)
    return found.group(1) if found else credit


# A wire story's closing credits: "(Reporting by A in Kyiv; Writing by B; Editing by C)".
_CREDIT_LINE = re.compile(r"\b(?:Reporting|Writing|Additional reporting) by ([^;)\n]+)")


def credit_line_authors(text: str) -> list[str]:
    """The reporters and writers a closing credit line names (editors are not authors)."""
    names: list[str] = []
    for line in _lines(text[-1500:])[-4:]:
        for match in _CREDIT_LINE.finditer(line):
            for name in _AUTHOR_SPLIT.split(match.group(1).strip()):
                name = re.sub(r"\s+in\s+[A-Z][\w .'’-]*$", "", name.strip())
                if _name_like(name) and name not in names:
                    names.append(name)
    return names


# A statement's sign-off: "For the National Bureau," / "On behalf of the Committee," then the signer,
# alone or beside the office ("The Secretary General, A B", "A B, Spokesperson", "A B" over "Chairman").
_SIGNOFF = re.compile(r"^(?:For|On behalf of)\s+the\s+[A-Z][\w'’ -]*[,:]?$")


def signoff_authors(text: str) -> list[str]:
    """The signer a statement's closing sign-off names (its author), else []."""
    tail = _lines(text[-1000:])[-4:]
    for i, line in enumerate(tail[:-1]):
        if not _SIGNOFF.match(line):
            continue
        for signer in tail[i + 1:]:
            parts = [p.strip() for p in signer.split(",") if p.strip()]
            names = [_RANK.sub("", p) for p in parts if not re.match(r"^(?:The|Our)\b", p)]
            names = [n for n in names if _name_like(n) and not _office(n)]
            if len(names) == 1:
                return names
    return []


# Words of an office a signer holds ("Secretary General", "Spokesperson"): a title, not a name.
_OFFICE_WORDS = frozenset(
    """secretary general president chairman chairwoman chairperson chair spokesperson spokesman spokeswoman
    coordinator leader director commander deputy vice national executive acting interim""".split()
)


def _office(part: str) -> bool:
    return any(w.lower() in _OFFICE_WORDS for w in part.split())


def footer_outlet(text: str) -> str | None:
    """The outlet a closing contact, copyright or statement line names."""
    tail = _lines(text[-3000:])[-6:]
    for line in reversed(tail):
        bare_domain_line = re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", line, re.IGNORECASE)
        if _FOOTER_CUES.search(line) or bare_domain_line:
            domains = domains_in(line)
            if domains:
                return outlet_for_domain(domains[0])
            match = _COPYRIGHT_NAME.search(line)
            if match:
                return match.group(1).strip(" ,")
    closing = "\n".join(text.strip().split("\n")[-12:])
    match = _STATEMENT_SIGNER.search(closing)
    if match:
        return match.group(1)
    return None


# A closing note on the writer: "A B is a columnist for The X Review and a former adviser ...",
# "The writer is a correspondent with X", "A B writes for The X": the publication the writer works for.
_BIO_WORK = re.compile(
    r"^(?P<who>The (?:writer|author)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4})\s+"
    r"(?:is (?:a|an|the)\s+(?:(?!former\b|ex-)[\w-]+\s+){0,3}"
    r"(?:columnist|correspondent|editor|reporter|writer|contributor|commentator|journalist)\s+(?:for|at|with|to)"
    r"|writes (?:regularly )?for)"
    r"\s+(?P<outlet>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|de|du|al|[A-Z][\w'’&-]*)){0,5})(?=[,.;]|\s+and\b|\s*$)"
)


def bio_outlet(text: str, authors: list[str]) -> str | None:
    """The publication a closing note on the writer says the writer works for ("A B is a columnist
    for The X Review"), when the note is about this article's writer ("The writer", or a byline
    name); a former post ("a former editor of ...") and any other person's note name nothing."""
    for line in reversed(_lines(text[-1500:])[-4:]):
        match = _BIO_WORK.match(line)
        if match and (match.group("who").startswith("The ") or match.group("who") in authors):
            return match.group("outlet")
    return None


# A publication a source spoke to or a report cites: "told The X Chronicle", "according to the X
# Post", "in an interview with X Radio", "quoted by X Daily".
_CITED_OUTLET = re.compile(
    r"\b(told|according to|in an interview with|reported by|quoted by)\s+(?:(The)\s+|the\s+)?"
    r"((?:[A-Z][\w'’&-]*\s+(?:of\s+)?){0,4}[A-Z][\w'’&-]*)"
)


def told_outlet(text: str) -> str | None:
    """The publication sources "told" ("two officials told The X Chronicle"), when it is the only
    publication the text cites at all: a paper's own reporters write "told The X Chronicle" of the
    interviews they did. Another publication cited beside it ("according to the Y Post") leaves it
    unknown, since either could be a competitor the article quotes."""
    told, cited = set(), set()
    for match in _CITED_OUTLET.finditer(text):
        words = match.group(3).split()
        # the longest run of its capitalised words that is a publication's name ("Lake Chad
        # Dispatch" in "told Lake Chad Dispatch Reporter ...")
        name = next((n for n in (" ".join(words[:k]) for k in range(len(words), 0, -1)) if masthead(n) == n), None)
        if name is None:
            continue
        name = f"The {name}" if match.group(2) else name
        cited.add(name)
        if match.group(1) == "told":
            told.add(name)
    return told.pop() if len(told) == 1 and len(cited) == 1 else None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The day a wire lead's source spoke: "police said on Wednesday", "two sources told Agency X on
# Monday" (the verb right before "on <day>"; "said late on Tuesday" and "attacked ... on Wednesday,
# an official said" are not it: the first is often the evening before, the second the event's day).
_SPOKE_ON = re.compile(
    r"\b(?:said|says|told(?:\s+(?:reporters|journalists|the|[A-Z][\w.'’-]*)){1,5}|announced|confirmed|reported|stated)\s+on\s+"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# Any weekday a lead names ("on Saturday", "Thursday's strike"): a lead naming two says nothing.
_LEAD_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")


def dateline_year(lead: str, month: int, day: int, text: str, today: dt.date) -> dt.date | None:
    """The date of a wire dateline written without its year ("PESHAWAR, Oct. 15 (Agency) -"), when
    the text pins the year down, else None. The lead's "said on Wednesday" is taken as the dateline's
    own day (wire style: the lead reports what a source said that day); the latest year the article
    writes is a lower bound and today's year an upper one; the date is given only when exactly one
    year in that range puts that day on that weekday (and not after today). With no "said on <day>",
    the lead's one weekday (the event's) serves when also no year puts the dateline's day on the
    weekday after it (the event the day before the dateline). No year written in the text, two
    weekdays in the lead, or two fitting years: None."""
    days = {m.group(1).lower() for m in _SPOKE_ON.finditer(lead)}
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    spoken = len(days) == 1
    if not spoken:
        # no source's day: the lead's one weekday ("blew up ... on Saturday, killing ...") is the
        # event's, which is the dateline's day or, as often, the day before it
        days = {m.group(1).lower() for m in _LEAD_WEEKDAY.finditer(lead)}
        if len(days) != 1:
            return None
    weekday = _WEEKDAYS.index(days.pop())

    def fits(wday: int) -> list[dt.date]:
        found = []
        for year in range(max(years), today.year + 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if date.weekday() == wday and date <= today:
                found.append(date)
        return found

    same_day = fits(weekday)
    if len(same_day) != 1:
        return None
    if not spoken and fits((weekday + 1) % 7):
        return None  # an event the day before the dateline would fit another year: no telling which
    return same_day[0]


def text_metadata(text: str, today: dt.date | None = None) -> TextMetadata:
    meta = header_metadata(text)
    dateline = _dateline(text)
    credit = _credit_outlet(dateline) or (outlet_for_credit(meta.credit) if meta.credit else None)
    if credit is not None:
        credit = _spelled_out(credit, text)
    if not meta.authors:
        meta.authors = credit_line_authors(text) or signoff_authors(text)
    meta.outlet = meta.masthead or credit or footer_outlet(text) or bio_outlet(text, meta.authors) or told_outlet(text)
    if meta.published is None and dateline is not None:
        # Only a dateline date with its year ("Jan. 5, 2023"); "Oct 14" alone stays unknown.
        meta.published = parse_date(dateline.group(0)[: dateline.start(1)])
        month_day = re.search(rf"\b({_MONTH})\s+(\d{{1,2}})\b", dateline.group(0)[: dateline.start(1)])
        if meta.published is None and month_day:
            month = _month_number(month_day.group(1))
            lead = dateline.string  # the dateline's own paragraph
            meta.published = dateline_year(lead, month, int(month_day.group(2)), text, today or dt.date.today())
    return meta


def _month_number(name: str) -> int:
    return [m[:3] for m in ("jan feb mar apr may jun jul aug sep oct nov dec".split())].index(name.lower()[:3]) + 1

"""What the resolver compares: one view per event mention, with its date, places and figures.

The extractor gives each mention the dates and places of its sentence. When a sentence holds
two events ("in the wake of Friday's attack at X, the army shelled Y"), each date and place goes
to the trigger nearest to it, so the shelling does not inherit the attack's venue.
A wire dateline's date ("JOS, April 21 -") is the day of the report: when the sentence names a
day of its own ("on Sunday night"), the event takes that one. Words that announce another event
("another", "separate", "earlier") belong to the first trigger after them, not to every trigger
of the sentence; "police put the death toll at 17" and "bringing the death toll to 23" are another count of a told toll. "Hours
earlier", "later that day", "on the same day" mark a mention as told on the day of the event
before it (see `local`).
A trigger given two totals of one kind for the same victims keeps the nearer one; the other is
another event's ("attacked X and killed nine, while two were killed in Y").
A background connective ("The attack came a week after 36 people were killed in X", "the
deadliest in Y since April, when ...") splits its sentence: places, dates and figures go to
triggers on their own side of it, and a figure carried over from a later sentence does not land
on a trigger of the background clause. A place named only to measure a distance from ("a town
70 km east of X") is dropped when the mention names another.
Not the event's place: a wire dateline's town ("PESHAWAR, Pakistan (AGP) -", "TANK:"), where the
report was filed from; the town of a hospital where the wounded were taken or died ("at the X
Hospital in Y"); the town a statement was made in ("Speaking to reporters in X"), a
country inside a party's name ("the Armed Forces of X"), a hospital where the wounded were
treated (unless the attack was on it). "Earlier this week" is a time, not a cue of another
event. A toll carried from the next sentence onto a plural event noun ("a string of bombings")
is resolved on its own.
A figure the extractor could not tie to any trigger becomes a mention of its own (a generic
event anchored at the figure), so that no casualty figure is lost on the way to an incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.extract.events import _SAID_ON
from newsledger.geo.names import name_key
from newsledger.records import ArticleExtraction, Claim, DateRef, EventMention, Evidence, Figure, Place

# Offset of the mention index given to a figure that had no trigger of its own.
ORPHAN_INDEX_BASE = 100_000

# Words before a trigger that announce a different event from the one just reported.
_NEW_EVENT_CUE = re.compile(
    r"\b(another|earlier(?! (?:this|today|that|in the|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)|"
    r"previous|previously|preceded|prior|former|similar|separate|separately|other|a series of|last (?:year|month)|"
    r"in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# The cues that say outright that the event is not the one just told, even on a neighbouring day
# ("In a separate attack on Friday"); "earlier" or "previous" may point back at a told event.
_DISTINCT_EVENT_CUE = re.compile(r"\b(another|separate|separately|similar)\b", re.IGNORECASE)

# Time told relative to the event just reported, on its day: "Hours earlier, a bomber ...",
# "later that day", "on the same day".
_SAME_DAY_CUE = re.compile(
    r"\b(hours|minutes|moments) (earlier|later|before|after)\b|\b(earlier|later) (that|the same) "
    r"(day|morning|afternoon|evening|night)\b|\b(earlier|later) in the day\b|\bthe same (day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)

# "Initial reports had put the toll at 13", "the earlier figure", "the toll was revised", "police
# put the death toll at 17", "bringing the toll to 23": another count of a toll already told, not another event.
_REVISION_CUE = re.compile(
    r"\b(initial(ly)?|earlier|first|previous(ly)?|preliminary|official)\b[^.;]{0,40}?\b(reports?|tolls?|figures?|counts?|"
    r"estimates?|tall(y|ies))\b|\b(had|have|has) (put|given|reported|estimated)\b[^.;]{0,40}?\b(toll|number|figure|count)\b|"
    r"\b(put|puts|putting|placed|places|gave|gives|giving) the (death |casualty )?(toll|number of (dead|deaths|victims|casualties))\b|"
    r"\brevised\b|"
    # "bringing the death toll to 23", "raising the number of police killed in the assault to eight"
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|pushing|pushes|pushed)\s+(?:the\s+)?"
    r"(?:overall\s+|total\s+|final\s+)?(?:death\s+|casualty\s+)?(?:toll|tally|count|number)\b",
    re.IGNORECASE,
)

# A clause that tells an earlier event as background to the one reported: "The attack came a week
# after 36 people were killed in X", "It followed an attack on Y", "the deadliest in X since
# April, when a missile hit Y". What comes after the connective is the other event; what comes
# before it (and the sentences after it, unless they name that event again) is the reported one.
_SPAN_BEFORE = (r"(?:(?:just|only|barely|less than|more than|some|about|nearly|almost)\s+)?"
                r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2})\s+)?"
                r"(?:hours?|days?|nights?|weeks?|months?|years?)\s+")
_BACKGROUND_CUE = re.compile(
    # "The attack came (a week) after ...", not "gunmen came after dark"
    rf"^[^.;]{{0,60}}?\b(?:came|comes|happened|occurred)\s+(?:{_SPAN_BEFORE})?(?:after|since|on the heels of)\b"
    r"(?!\s+(?:dark|nightfall|midnight|sunset|sundown|dusk|dawn|noon|midday)\b)"
    # "The raid followed two days after ...", "It follows an attack on ..."
    rf"|^[^.;]{{0,60}}?\b(?:followed|follows)\s+{_SPAN_BEFORE}after\b"
    r"|^\s*(?:it|this|that)\s+(?:follows|followed|comes|came)\b"
    # "the deadliest in X since April, when ..."
    r"|\b(?:deadliest|worst|bloodiest|biggest|largest|first)\b[^.;]{0,60}?\bsince\b",
    re.IGNORECASE,
)

# A place named only to measure a distance from ("a town about 70 km east of X", "20 miles from
# X"): the event is somewhere else, not at X.
_DISTANCE_FROM = re.compile(
    r"\b(?:km|kms|kilometres|kilometers|miles|mi)\b(?:\s*\([^)]{0,20}\))?\s+(?:(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)(?:ern)?\s+)?"
    r"(?:of|from)\s+(?:the\s+)?"
    # "40 km east of the provincial capital X": the town a distance is told from, named after its rank
    r"(?:(?:(?:provincial|regional|state|district|national|county|departmental)\s+)?(?:capital|town|city)\s+)?$",
    re.IGNORECASE,
)

# A country named inside the proper name of a party ("the Armed Forces of Ukraine", "the Ministry of
# Defence of Russia") is whose forces or office it is, not where the event happened.
# A wire dateline at the head of a line: the town the report was filed from, not where the event
# happened ("PESHAWAR, Pakistan (AGP) -", "JOS, Nigeria, April 14 (Reuters) -", "MOSCOW, February 19.
# /Agency/.", "TANK:", "Beni (DR Congo) (AFP) -"). The event's own place is told in the text.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
DATELINE = re.compile(
    r"^[ \t]*(?:(?P<caps>[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3})|(?P<title>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))"
    r"(?P<tail>(?:,\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?(?:\s*\([^)\n]{1,30}\))*"
    rf"(?:,?\s*{_MONTH})?\.?(?:\s*\([^)\n]{{1,30}}\))?)"
    r"(?:\s*(?:[-\u2013\u2014]|:(?=\s))|\s*/[^/\n]{1,40}/\.?)",
    re.MULTILINE,
)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the article's dateline (place, country, date, credit) sits, or None. Only the first
    one in the first lines of the text counts."""
    for m in DATELINE.finditer(text[:1500]):
        if m.group("title") and not ("(" in m.group("tail") or re.search(_MONTH, m.group("tail"))):
            continue  # "Officials - ..." is no dateline; "Beni (DR Congo) (AFP) -" is
        if m.group("caps") and len(m.group("caps")) < 3:
            continue
        return m.start(), m.end()
    return None


# A town told as where a hospital is ("died at the X Hospital in Y", "taken to a clinic in Y"):
# where the wounded went, not where the attack happened (unless the hospital was the target).
_CARE_TOWN = re.compile(
    r"\b(?:hospital|clinic|infirmary|morgue|medical (?:centre|center|complex))s?\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)

_OF_COUNTRY_IN_NAME = re.compile(r"\b[A-Z][a-z]+ of (?:the )?$")

# A hospital where the wounded were treated or counted ("Doctors at the X Hospital said", "taken to
# X hospital", "according to the X Hospital") is not where the attack happened; only an attack on
# it ("struck the X Hospital", "a strike on the hospital") makes it the place.
_CARE_VENUE = re.compile(r"\b(?:hospital|clinic|infirmary|morgue|medical (?:centre|center|college|complex))\b", re.IGNORECASE)
_ON_THE_VENUE = re.compile(
    r"\b(?:on|hit|hits|struck|strikes|targeted|targeting|attacked|attacking|shelled|bombed|stormed|raided|inside|outside|"
    r"near|in front of|entrance (?:of|to)|gates? of|courtyard of)\s+(?:the\s+|a\s+)?[\w' -]{0,30}$",
    re.IGNORECASE,
)

# Where a statement was made ("Speaking to reporters in X", "told a news conference in X") is not
# where the event it speaks of happened.
# The seat of a government named as who acts, not where the event was: "the regime in X", "the
# army-aligned government in X", "the health ministry in X" ("officials in X" and "authorities in
# X" are left alone: local officials of the stricken town are often named that way).
_SEAT_OF_POWER = re.compile(
    r"\b(?:regime|government|junta|generals|rulers|ministry|cabinet|presidency|administration)\s+in\s+$",
    re.IGNORECASE,
)
_SPOKEN_IN = re.compile(
    r"\b(?:speaking|spoke|told (?:reporters|journalists|a news conference|a press conference)|"
    r"(?:news|press) conference|briefing|addressing \w+)\b[^.,;]{0,25}\bin\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# Plural event nouns: "a string of bombings", "militant attacks across the country last year". Such
# a trigger speaks of many events; a toll the extractor carried over to it from the next sentence
# is resolved on its own.
SERIES_TRIGGER = re.compile(
    r"^(?:[\w-]+\s+)?(?:attacks|bombings|strikes|airstrikes|assaults|raids|killings|explosions|blasts|shellings|"
    r"ambushes|massacres|operations|incidents)$",
    re.IGNORECASE,
)

# Words too common in venue names to identify one ("city hall" says nothing on its own).
_GENERIC_VENUE_WORDS = frozenset(
    """hall city concert center centre church mosque synagogue school station airport market
    square street road hotel hospital theatre theater arena stadium plaza park beach bridge
    building house palace temple cathedral club mall complex port base the of and""".split()
)


@dataclass
class MentionView:
    """One event mention as the resolver sees it."""

    article_id: str
    mention: EventMention
    start: int
    date: DateRef | None = None  # resolved date, or None
    places: list[Place] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    new_event_cue: bool = False
    distinct_cue: bool = False  # "another", "separate": a new event even when the day agrees
    same_day_cue: bool = False  # "hours earlier", "on the same day": the day of the event told before
    revision_cue: bool = False  # the sentence tells an earlier or revised count of a toll
    background: bool = False  # told after a background connective ("came a week after ...")
    counter_cue: bool = False  # its toll's sentence, or the one before, sets it against another account

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.mention.index)

    @property
    def type(self) -> str:
        return self.mention.type


def _resolved(ref: DateRef | None) -> DateRef | None:
    """A date that can place an event in time: resolved, and not part of a header block (a
    "sentence" running over several lines is a headline with its byline and dateline, whose date
    is the publication's, not the event's)."""
    if ref is None or ref.value is None or not ref.precision:
        return None
    if "\n" in ref.evidence.sentence.strip():
        return None
    return ref


# A wire dateline opening a sentence: a place in capitals (and its country), then the date, an
# optional agency credit, and a dash ("KABUL, Oct 14 (Reuters) -", "JOS, Nigeria, April 14 -").
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'-]{1,40}(, [A-Z][\w .'-]{1,30})?,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(\([\w .]+\))?\s*[-\u2013\u2014]")


def _in_dateline(ref: DateRef, text: str) -> bool:
    """The date is a dateline's at the head of its sentence: the day of the report."""
    start, end = ref.evidence.start, ref.evidence.end
    sentence = ref.evidence.sentence
    sent_start = text.find(sentence, max(0, start - len(sentence)))
    if not 0 <= sent_start <= start:
        return False
    return bool(_DATELINE_BEFORE.match(text[sent_start:start])) and bool(_DATELINE_AFTER.match(text[end:end + 20]))


# A toll that grew or was corrected: two values of one kind in a sentence that are one count told twice.
_TOLL_CHANGE = re.compile(r"\b(rose|risen|rises|rising|climbed|climbs|increased|jumped|revised|updated|raised|"
                          r"lowered)\b", re.IGNORECASE)


def _split_second_toll(m: EventMention, figures: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """A trigger given two totals of one kind for the same victims ("gunmen attacked X and killed
    nine people, while two people were killed in Y") tells two events: the total farther from the
    trigger leaves it and is resolved as a figure of its own. A grown or corrected toll ("rose
    from 11 to 14") stays."""
    totals = [f for f in figures if f.value is not None and not f.is_breakdown]
    if len(totals) < 2:
        return figures, []
    near = sorted(totals, key=lambda f: abs(f.evidence.start - m.evidence.start))
    moved: list[Figure] = []
    for f in near[1:]:
        first = next((g for g in near if g.kind == f.kind and g is not f and g not in moved), None)
        if (
            first is None or first.value == f.value or first.victims != f.victims
            or abs(first.evidence.start - m.evidence.start) > abs(f.evidence.start - m.evidence.start)
            or _TOLL_CHANGE.search(f.evidence.sentence) or _REVISION_CUE.search(f.evidence.sentence)
        ):
            continue
        moved.append(f)
    return [f for f in figures if f not in moved], moved


def _sentence_start(ev: Evidence, text: str | None, anchor: str | None = None) -> int:
    """Where the evidence's sentence begins in the article text (approximated without the text)."""
    sentence = ev.sentence
    if text:
        i = text.find(sentence, max(0, ev.start - len(sentence)))
        if 0 <= i <= ev.start:
            return i
    pos = sentence.find(anchor) if anchor else -1
    return ev.start - max(pos, 0)


def background_cut(ev: Evidence, text: str | None, anchor: str | None = None) -> int | None:
    """Text offset where a sentence's background clause begins ("came a week after|"), or None."""
    m = _BACKGROUND_CUE.search(ev.sentence)
    if m is None:
        return None
    return _sentence_start(ev, text, anchor) + m.end()


def _across_background(m: EventMention, figures: list[Figure], text: str | None) -> tuple[list[Figure], list[Figure]]:
    """Figures the extractor tied to a trigger on the other side of a background connective: "The
    attack came a week after 36 people were killed in X" (36 is the earlier event's, not the
    attack's), and a later sentence's "Two children were among the injured" tied to the earlier
    event's trigger (it goes on about the event reported). They leave the trigger and are
    resolved as figures of their own."""
    cut = background_cut(m.evidence, text, m.trigger)
    kept: list[Figure] = []
    moved: list[Figure] = []
    for f in figures:
        if f.evidence.sentence != m.evidence.sentence:
            # carried over from a later sentence: not onto a trigger of a background clause
            (moved if cut is not None and m.evidence.start >= cut else kept).append(f)
        elif cut is not None and (m.evidence.start >= cut) != (f.evidence.start >= cut):
            moved.append(f)
        else:
            kept.append(f)
    return kept, moved


def is_question(sentence: str) -> bool:
    """The sentence asks ("Who else has shelled markets and clinics?"): an op-ed's rhetorical
    question speaks of what someone does, not of one event it reports."""
    return sentence.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


def _span_key(ev: Evidence) -> tuple[int, int]:
    return (ev.start, ev.end)


def _text_before(m: EventMention, text: str | None, floor: int = 0) -> str:
    """The words of the mention's own sentence that come before its trigger (at most 80 chars),
    and after `floor`, the end of an earlier trigger of the same sentence: in "In a separate
    attack on Monday, a drone hit a car", "separate" speaks of the attack, and the hit that
    tells it is not a third event."""
    sentence, start = m.evidence.sentence, m.evidence.start
    if text:
        sent_start = text.find(sentence, max(0, start - len(sentence)))
        if 0 <= sent_start <= start:
            return text[max(sent_start, start - 80, min(floor, start)):start]
    pos = sentence.find(m.trigger) if m.trigger else -1
    return sentence[max(0, pos - 80):pos] if pos > 0 else ""


# A sentence that sets one account of the toll against another: "the army's account differs
# sharply from reports by residents", "rights groups gave a far higher toll", "disputed the figure".
_COUNTER_ACCOUNT = re.compile(
    r"\b(?:accounts?\s+(?:differs?|differed|contradicts?|contradicted)|(?:differs?|differed)\s+(?:sharply\s+|markedly\s+)?from|"
    r"disputed?\s+(?:the|that|this|those)|(?:dismiss|reject)(?:ed|es|s)?\s+(?:the|those|these)\s+(?:figures?|tolls?|claims?|counts?)|(?:far\s+|much\s+)?(?:higher|lower)\s+(?:toll|figure|count|number|estimate)|"
    r"(?:own|independent)\s+(?:count|tally|toll|figure|estimate))\b",
    re.IGNORECASE,
)
# (the sentence just before counts too: "The army gave a lower toll. A spokesman said 22 ...")


def _sentence_before(sentence: str, start: int, text: str | None) -> str:
    """The sentence just before the one holding `start` (the last one in its paragraph)."""
    if not text:
        return ""
    sent_start = text.find(sentence, max(0, start - len(sentence)))
    if not 0 <= sent_start <= start:
        return ""
    lead = text[max(0, sent_start - 400):sent_start].rstrip()
    pieces = [p for p in re.split(r"(?<=[.!?\"\u201d])\s+|\n", lead) if p.strip()]
    return pieces[-1] if pieces else ""


# The perpetrator's claim of the event already told, with its own count: "the group claimed the
# attack and said its fighters had killed about 50", "claimed responsibility for Saturday's bombing".
_CLAIMED_THE_EVENT = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|that|[A-Z]\w+day(?:'s|\u2019s))\s+"
    r"(?:\w+\s+){0,2}?(?:attacks?|bombings?|raids?|massacre|assault|ambush|strikes?|blasts?|killings?)\b"
)


def _counter_account(figures: list[Figure], text: str | None) -> bool:
    """The toll is another party's account: its sentence (or the one before) sets it against
    another count, or its own sentence is the perpetrator claiming the event told."""
    return any(
        _COUNTER_ACCOUNT.search(f.evidence.sentence)
        or _CLAIMED_THE_EVENT.search(f.evidence.sentence)
        or _COUNTER_ACCOUNT.search(_sentence_before(f.evidence.sentence, f.evidence.start, text))
        for f in figures
    )


def _statement_date(d: DateRef, sentence: str) -> bool:
    """The date of a statement or a bound, not of what a lone figure counts: "an official said on
    Tuesday that four of the wounded had died, bringing the toll to 23", "since Monday"."""
    pos = sentence.find(d.text) if d.text else -1
    if pos < 0:
        return False
    before = sentence[max(0, pos - 60):pos]
    return bool(_SAID_ON.search(before) or _SINCE_UNTIL.search(before))


# "since Monday", "until Friday", "by Tuesday": a bound, not the day of the event.
_SINCE_UNTIL = re.compile(r"\b(?:since|until|till|by)\s*$", re.IGNORECASE)


def mention_views(extraction: ArticleExtraction, text: str | None = None) -> list[MentionView]:
    """Views of every mention of one article (plus one per orphan figure), in text order."""
    aid = extraction.article_id
    mentions = list(extraction.mentions)
    figures_of: dict[int, list[Figure]] = {}
    orphans: list[Figure] = []
    known = {m.index for m in mentions}
    for f in extraction.figures:
        if f.mention is not None and f.mention in known:
            figures_of.setdefault(f.mention, []).append(f)
        else:
            orphans.append(f)
    by_index = {m.index: m for m in mentions}
    for idx, figs in list(figures_of.items()):
        kept, moved = _split_second_toll(by_index[idx], figs)
        kept, crossed = _across_background(by_index[idx], kept, text)
        if SERIES_TRIGGER.match(by_index[idx].trigger or "") or is_question(by_index[idx].evidence.sentence):
            # (a question reports no event: "Who else has bombed markets from X to Y?" does not
            # take the next sentence's "More than fifty were killed")
            own = by_index[idx].evidence.sentence
            crossed += [f for f in kept if f.evidence.sentence != own]
            kept = [f for f in kept if f.evidence.sentence == own]
        figures_of[idx] = kept
        orphans.extend(moved + crossed)

    # Orphan figures: a generic mention anchored on the figure, with the sentence's places/dates.
    for k, f in enumerate(orphans):
        idx = ORPHAN_INDEX_BASE + k
        sentence = f.evidence.sentence
        places = [p for p in extraction.places if p.evidence.sentence == sentence]
        dates = [d for d in extraction.dates if d.evidence.sentence == sentence and _resolved(d)
                 and not _statement_date(d, sentence)]
        m = EventMention(index=idx, type="attack", trigger=f.text, evidence=f.evidence,
                         date=dates[0] if dates else None, places=places)
        mentions.append(m)
        f.mention = idx
        figures_of[idx] = [f]

    # Group by sentence, then hand each place/date to the nearest trigger of that sentence.
    by_sentence: dict[tuple[str, str], list[EventMention]] = {}
    for m in mentions:
        by_sentence.setdefault((m.evidence.sentence, ""), []).append(m)
    places_for: dict[int, list[Place]] = {m.index: [] for m in mentions}
    date_for: dict[int, DateRef | None] = {m.index: None for m in mentions}
    for group in by_sentence.values():
        if len(group) == 1:
            m = group[0]
            places_for[m.index] = list(m.places)
            date_for[m.index] = _resolved(m.date)
            continue
        seen_places: dict[tuple[int, int], Place] = {}
        seen_dates: dict[tuple[int, int], DateRef] = {}
        for m in group:
            for p in m.places:
                seen_places.setdefault(_span_key(p.evidence), p)
            if _resolved(m.date):
                seen_dates.setdefault(_span_key(m.date.evidence), m.date)

        cut = background_cut(group[0].evidence, text, group[0].trigger)

        def nearest(ev: Evidence) -> EventMention:
            side = group
            if cut is not None:
                side = [m for m in group if (m.evidence.start >= cut) == (ev.start >= cut)] or group
            return min(side, key=lambda m: (abs(m.evidence.start - ev.start), m.evidence.start))

        # a plural event noun with no toll ("in the latest in a string of attacks on politicians")
        # speaks of many events: the sentence's places go to the event it reports
        series = {m.index for m in group if SERIES_TRIGGER.match(m.trigger or "") and not figures_of.get(m.index)}
        for p in seen_places.values():
            owner = nearest(p.evidence)
            if owner.index in series:
                others = [m for m in group if m.index not in series
                          and (cut is None or (m.evidence.start >= cut) == (p.evidence.start >= cut))]
                if others:
                    owner = min(others, key=lambda m: (abs(m.evidence.start - p.evidence.start), m.evidence.start))
            places_for[owner.index].append(p)
        for d in seen_dates.values():
            owner = nearest(d.evidence).index
            if date_for[owner] is None:
                date_for[owner] = d

    # A wire dateline's date ("JOS, April 21 - Gunmen killed 11 ... on Sunday night") is the day
    # of the report; a date of the sentence's own that no other trigger took tells the event's.
    if text:
        dates_in: dict[str, list[DateRef]] = {}
        for d in extraction.dates:
            if _resolved(d) and not _in_dateline(d, text):
                dates_in.setdefault(d.evidence.sentence, []).append(d)
        for (sentence, _), group in by_sentence.items():
            taken = {_span_key(d.evidence) for m in group if (d := date_for[m.index]) is not None}
            for m in group:
                d = date_for[m.index]
                if d is None or not _in_dateline(d, text):
                    continue
                own = [o for o in dates_in.get(sentence, ()) if _span_key(o.evidence) not in taken]
                if own:
                    best = min(own, key=lambda o: abs(o.evidence.start - m.evidence.start))
                    date_for[m.index] = best
                    taken.add(_span_key(best.evidence))

    floor: dict[int, int] = {}  # where the words before a trigger begin: after the trigger before it
    for group in by_sentence.values():
        prev_end = 0
        for m in sorted(group, key=lambda m: m.evidence.start):
            floor[m.index] = prev_end
            prev_end = max(prev_end, m.evidence.end)

    if text:
        head = dateline_span(text)
        for idx, places in places_for.items():
            places_for[idx] = places = [
                p for p in places
                if not _not_the_place(p, text) and not (head and head[0] <= p.evidence.start < head[1])
            ]
            far = [p for p in places if _DISTANCE_FROM.search(text[max(0, p.evidence.start - 70):p.evidence.start])]
            if far and len(far) < len(places):
                places_for[idx] = [p for p in places if p not in far]

    alone = {m.index: len(group) == 1 for group in by_sentence.values() for m in group}
    cuts = {m.index: background_cut(m.evidence, text, m.trigger) for m in mentions}
    views = []
    for m in sorted(mentions, key=lambda m: (m.evidence.start, m.index)):
        revision = any(_REVISION_CUE.search(f.evidence.sentence) for f in figures_of.get(m.index, []))
        before = _text_before(m, text, floor.get(m.index, 0))
        views.append(
            MentionView(
                article_id=aid,
                mention=m,
                start=m.evidence.start,
                date=date_for.get(m.index),
                places=places_for.get(m.index, []),
                figures=figures_of.get(m.index, []),
                new_event_cue=bool(_NEW_EVENT_CUE.search(before)) and not revision,
                distinct_cue=bool(_DISTINCT_EVENT_CUE.search(before)) and not revision,
                same_day_cue=bool(_SAME_DAY_CUE.search(m.evidence.sentence if alone[m.index] else before)),
                revision_cue=revision,
                background=cuts[m.index] is not None and m.evidence.start >= cuts[m.index],
                counter_cue=_counter_account(figures_of.get(m.index, []), text),
            )
        )
    return views


def _not_the_place(p: Place, text: str) -> bool:
    """A country inside a party's proper name, the town a statement was made in or a government
    sits in ("the regime in X"), or a hospital named as where the wounded went."""
    before = text[max(0, p.evidence.start - 40):p.evidence.start]
    if p.label == "GPE" and _OF_COUNTRY_IN_NAME.search(before):
        from newsledger.resolve.compare import geo_of  # compare needs nothing from here

        g = geo_of(p)
        if g is not None and g.kind == "country":
            return True
    if _SPOKEN_IN.search(before) or (p.label == "GPE" and _SEAT_OF_POWER.search(before)):
        return True
    care = _CARE_TOWN.search(text[max(0, p.evidence.start - 80):p.evidence.start])
    if care is not None and p.label in ("GPE", "LOC"):
        lead = text[max(0, p.evidence.start - 80):p.evidence.start][:care.start()]
        if not _ON_THE_VENUE.search(lead[-60:]):
            return True  # "succumbed at the X Hospital in Y": not where the attack happened
    if p.label in ("VENUE", "FAC", "ORG") and _CARE_VENUE.search(p.name):
        return not _ON_THE_VENUE.search(before)
    return False


def venue_tokens(places: list[Place]) -> set[str]:
    """Distinctive words of venue names, used as blocking keys across articles."""
    out: set[str] = set()
    for p in places:
        if p.label not in ("VENUE", "FAC"):
            continue
        for word in name_key(p.name).split():
            if len(word) >= 4 and word not in _GENERIC_VENUE_WORDS and not word.isdigit():
                out.add(word)
    return out


def claims_by_mention(claims: list[Claim]) -> tuple[dict[int, list[Claim]], list[Claim]]:
    linked: dict[int, list[Claim]] = {}
    loose: list[Claim] = []
    for c in claims:
        if c.mention is None:
            loose.append(c)
        else:
            linked.setdefault(c.mention, []).append(c)
    return linked, loose

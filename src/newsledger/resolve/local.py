"""Events within one article: which mentions of an article speak of the same happening.

Mentions are read in text order. A mention is *anchored* when it carries a date, a place or a
casualty figure of its own; otherwise it is a reference ("the attack") and joins the event it
most plausibly refers to. The rules, in order:

1. A dated mention joins the nearest earlier event whose date agrees and whose places do not
   conflict (or an undated event whose places match), unless "another" or "separate" announces
   a different event; otherwise it starts an event. A mention with figures whose date is only a
   month ("last week") against the event's day (or the reverse) joins only in the same area or
   with the event's very toll. A count within a tenth of the event's joins like an agreeing one.
2. A mention with a place but no date joins the event whose venue it names, else the nearest
   earlier event in the same area when it brings no figures; with figures it joins only when it names the same venue or repeats the same
   totals, so "rocket strikes in X that killed five" is not folded into an earlier attack on X.
3. A mention with figures but no date or place continues the nearest earlier event ("The attack
   killed 144"), unless its totals conflict (the same kind, another number) or the sentence
   announces a different event ("Another strike ..."), in which case it starts one. A lone
   victim after a larger toll ("X, a mother of three, died at the scene") is one of its dead.
4. References join the nearest earlier event, else the article's main event. An undated question
   ("Who else has bombed markets from X to Y?") is a reference too: it reports no event. A mention whose
   only anchor is a year told far from its trigger is a reference too.
   So is a plural event noun with no toll and at most a month ("a string of bombings" since
   December, "attacks across the country last year"): it speaks of many events.

A mention summed over years ("between 2014 and 2022 the 14,000 people killed", "for eight years
the army shelled ...", "more than 1,000 people have been abducted since gunmen seized ... in 2014")
is a war-wide tally: it is left out, neither founding nor joining an event.

A toll within a tenth of the event's (tolls of ten or more: "41 wounded" after "more than 40")
is another witness's count of it, not another event; "a monitoring group put the death toll
at 11" in the event's area is another count too.

An undated mention told "hours earlier", "later that day" or "on the same day" takes the day of
the nearest earlier dated event first (whether it then joins that event is decided as above).

A background event, told after a connective such as "The attack came a week after ..." or
"the deadliest since April, when ...", is context: later sentences that name neither its date,
place nor venue go on about the reported event, not about it ("Six others were wounded"), and
"came N days / a week / N months after" dates it that long before the reported event. A
place-only mention whose area both the reported event and an aside ("In a separate incident")
share returns to the reported event. "The city's port" names the city the article last named
(only for a mention anchored otherwise).

Two tolls told in one sentence with no date or town between them ("He was killed, along with two
guards, because ...") are one event's victims. Arrests told for an attack their own sentence names
("arrested three men on Wednesday in connection with the killing of X, who was shot on Tuesday")
join that attack: the date is the arrests' day, not another event's.

An undated event of arrests only takes in no attack with a toll: "police arrested two men suspected of
planting the bomb that killed six in X" tells the arrests and, apart, the bombing.

Within an article, two totals of the same kind that differ are two events, except an earlier
or revised count, or another party's count with no date, place or cue of its own ("the group
said it killed 30 ... the ministry has said 17 were killed"); across articles they are two
reports (see `cluster`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from newsledger.records import Claim, DateRef, Evidence, Figure, Place
from newsledger.resolve import compare as cmp
from newsledger.resolve.features import SERIES_TRIGGER, MentionView, is_question, venue_tokens

# "The attack came a week after ...", "It followed by two days ...": how long before the reported
# event the background one happened.
_INTERVAL_AFTER = re.compile(
    r"\b(?:came|comes|followed|follows|happened|occurred)\s+(?:just\s+|only\s+|barely\s+|less than\s+)?"
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month)s?\s+after\b",
    re.IGNORECASE,
)
# "the city's port", "in the town": the city the article last named.
_THE_CITY = re.compile(r"\bthe (?:city|town)(?:'s|\u2019s)?\b", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}


@dataclass
class LocalEvent:
    article_id: str
    members: list[MentionView] = field(default_factory=list)
    references: list[MentionView] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    date: DateRef | None = None
    places: list[Place] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    last: int = 0  # text position of the latest member, for "nearest earlier"
    first: int = 0
    published: dt.date | None = None  # the article's date: an undated event happened by then

    # cached comparison views, refreshed on every change
    fine: list = field(default_factory=list)
    countries: set = field(default_factory=set)
    venues: list[str] = field(default_factory=list)
    venue_keys: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # unlocated town names
    totals: dict = field(default_factory=dict)

    def add(self, view: MentionView, anchored: bool = True) -> None:
        if anchored:
            self.members.append(view)
            self.date = cmp.more_precise(self.date, view.date)
            self.figures.extend(view.figures)
        else:
            self.references.append(view)
        self.places.extend(self._lendable(view.places, anchored))
        self.last = max(self.last, view.start)
        self.first = min(m.start for m in self.members + self.references)
        self.refresh()

    def _lendable(self, places: list[Place], anchored: bool = False) -> list[Place]:
        """Once an event has a place, a joining mention adds only places in the same area (or
        unlocated venue names, or an anchored member's unlocated town while the event is placed
        no finer than a region): "the strikes on X and the attacks in Y" must not stretch it."""
        if not self.fine:
            return list(places)
        kept = []
        for p in places:
            g = cmp.geo_of(p)
            if g is None:
                if p.label in ("VENUE", "FAC") or (anchored and not any(h.kind == "city" for h in self.fine)):
                    # (an unlocated village told by a member of an event placed only in a region:
                    # "attacked a village in X province ... surrounded the village of Y")
                    kept.append(p)
            elif g.kind == "country":
                if not self.countries or g.country_code in self.countries:
                    kept.append(p)
            elif any(cmp.same_area(g, other) for other in self.fine):
                kept.append(p)
        return kept

    def refresh(self) -> None:
        self.fine = cmp.fine_places(self.places)
        self.countries = cmp.countries(self.places)
        self.venues = cmp.venue_names(self.places)
        self.venue_keys = venue_tokens(self.places)
        self.names = cmp.unlocated_names(self.places)
        self.totals = cmp.totals(self.figures)

    @property
    def all_views(self) -> list[MentionView]:
        return sorted(self.members + self.references, key=lambda v: v.start)

    @property
    def side(self) -> bool:
        """Told as an aside: its first anchored mention said "separate", "separately", "another"."""
        return bool(self.members) and self.members[0].distinct_cue

    @property
    def background(self) -> bool:
        """Every anchored member was told in a background clause ("came a week after ..."): the
        event is context for another one, and later sentences go on about that other one."""
        return bool(self.members) and all(m.background for m in self.members)

    @property
    def weight(self) -> int:
        return 2 * len(self.figures) + len(self.members) + len(self.references)


def _relation(event: LocalEvent, view: MentionView) -> str:
    return cmp.place_relation(event.fine, cmp.fine_places(view.places), event.countries, cmp.countries(view.places))


def _same_venue(event: LocalEvent, view: MentionView) -> bool:
    return bool(event.venues) and cmp.venues_match(event.venues, cmp.venue_names(view.places))


def _other_venue(event: LocalEvent, view: MentionView) -> bool:
    """Both name a venue, and not the same one (a bridge is not a concert hall)."""
    theirs = cmp.venue_names(view.places)
    return bool(event.venues) and bool(theirs) and not cmp.venues_match(event.venues, theirs)


def _joinable(event: LocalEvent, view: MentionView) -> bool:
    if not any(cmp.types_compatible(m.type, view.type) for m in event.members or event.references):
        return False
    if event.members and all(_is_arrest(m) for m in event.members) and not _is_arrest(view) and any(
        f.kind in ("killed", "injured") for f in view.figures
    ):
        return False  # "arrested two men suspected of planting the bomb that killed six": the attack is its own event
    if cmp.figures_conflict(event.totals, cmp.totals(view.figures)) and not view.revision_cue and not _another_source(event, view):
        return False  # (an earlier or revised count of the toll is another report of the same)
    return True


def _town_of(event: LocalEvent, g) -> bool:
    """The place is the very town (or region) the event already names, not merely one near it."""
    return any((g.geonameid is not None and g.geonameid == h.geonameid) or (g.name == h.name and g.kind == h.kind)
               for h in event.fine)


def _another_source(event: LocalEvent, view: MentionView) -> bool:
    """The mention's toll is another party's count of the event's: it names no date, place or cue
    of its own (the event's own town named again is none: "the ministry said its strike on a
    building in X killed 35"), and every figure is attributed to a source the event's figures of that kind do
    not cite ("the group said it killed 30 soldiers ... the defence ministry has said 17 were
    killed"), or its sentence sets the count against another account ("The army's account
    differs sharply from reports by residents that at least 40 had been killed"; "The army gave a
    lower toll. A spokesman said 22 had been killed")."""
    told = {f.evidence.sentence for f in view.figures}  # (a toll carried from the next sentence onto
    # "... surrounded the village of X, setting fire to homes" is not placed by that sentence)
    named = [p for p in view.places if p.evidence.sentence in told and ((g := cmp.geo_of(p)) is None or g.kind != "country"
             and not _town_of(event, g))]
    if view.date is not None or named or view.new_event_cue or not view.figures:
        return False  # a place of its own ("In the village of X, ...") may be another event
    if view.counter_cue and any(f.kind in event.totals for f in view.figures if not f.is_breakdown):
        # "The army's account differs from reports by residents that 40 were killed"; the other
        # account may add kinds the event lacked ("22 killed and five attackers neutralised")
        return True
    for f in view.figures:
        if not f.cited_source:
            return False
        theirs = {g.cited_source for g in event.figures if g.kind == f.kind and not g.is_breakdown}
        if f.cited_source in theirs:
            return False
    return True


# How far (characters) a reference may sit from the event it continues before it is taken to
# mean the article's main event instead.
_REFERENCE_REACH = 1500


def _continues(event: LocalEvent, view: MentionView, earlier: list[LocalEvent], rel: str) -> bool:
    """The mention goes on about the event told just before it: that event is the nearest,
    close by, nothing places them apart, and no cue announces another event."""
    return (
        bool(earlier) and event is earlier[0]
        and rel != cmp.CONFLICT
        and view.start - event.last <= _REFERENCE_REACH
        and not view.new_event_cue
        and not _other_venue(event, view)
    )


def _on_the_same_day(view: MentionView, events: list[LocalEvent]) -> MentionView:
    """"Hours earlier, a bomber ...", "the same day": the mention takes the day of the nearest
    earlier event told with one."""
    dated = [e for e in events if e.last <= view.start and e.date is not None and e.date.precision == "day"]
    if not dated:
        return view
    return replace(view, date=max(dated, key=lambda e: e.last).date)


# How far (characters) a bare year may sit from a trigger and still date it.
_YEAR_REACH = 40


def _far_year_only(view: MentionView) -> bool:
    """Only a year, far from the trigger, anchors the mention ("either attack ... since their
    defeat in 2017"): the year dates another clause, and the mention is a reference."""
    d = view.date
    return (
        d is not None and d.precision == "year" and not view.places and not view.figures
        and abs(d.evidence.start - view.start) > _YEAR_REACH
    )


def _interval_before(view: MentionView, events: list[LocalEvent]) -> MentionView:
    """A background event told "N days / a week / N months after" the reported one happened that
    long before it: the mention takes that day (a month for months) from the nearest earlier
    reported event dated to a day."""
    sentence = view.mention.evidence.sentence
    m = _INTERVAL_AFTER.search(sentence)
    if m is None:
        return view
    dated = [e for e in events if e.last <= view.start and not e.background and e.date is not None
             and e.date.precision == "day" and e.date.value is not None]
    if not dated:
        return view
    anchor = max(dated, key=lambda e: e.last).date.value
    word, unit = m.group(1).lower(), m.group(2).lower()
    n = int(word) if word.isdigit() else _SMALL_NUMBERS[word]
    if unit == "month":
        month = anchor.month - n
        year = anchor.year + (month - 1) // 12
        value, precision = dt.date(year, (month - 1) % 12 + 1, 1), "month"
    else:
        value, precision = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1)), "day"
    pos = view.mention.evidence.start - max(sentence.find(view.mention.trigger), 0) + m.start()
    ev = Evidence(view.article_id, pos, pos + len(m.group(0)), sentence)
    return replace(view, date=DateRef(m.group(0), value, precision, ev))


def _coarser(a: DateRef | None, b: DateRef | None) -> bool:
    """One of the two dates is a day and the other only a month or a year."""
    return a is not None and b is not None and (a.precision == "day") != (b.precision == "day")


def _near_count(event: LocalEvent, view: MentionView) -> bool:
    """The mention's toll is the event's told again a little differently ("killing at least 23 and
    wounding more than 40 ... doctors said they had treated 41 wounded"; "at least 40 killed ... he
    had helped bury 43 bodies"): every kind both give differs by at most a tenth, on tolls of ten or
    more, where a slightly different count is another witness, not another event."""
    theirs = cmp.totals(view.figures)
    shared = theirs.keys() & event.totals.keys()
    if not shared or not any(cmp.types_compatible(m.type, view.type) for m in event.members or event.references):
        return False
    return all(
        any(x >= 10 and y >= 10 and abs(x - y) <= 0.1 * max(x, y) for x in event.totals[k] for y in theirs[k])
        for k in shared
    )


def _one_of_the_dead(event: LocalEvent, view: MentionView) -> bool:
    """A lone victim told right after the event's larger toll, with no date, place or cue of its
    own ("... bringing the death toll to two. X, a 43-year-old mother, died at the scene"): one of
    the event's dead or wounded, not another event."""
    if view.distinct_cue or len(view.figures) != 1 or not any(
            cmp.types_compatible(m.type, view.type) or view.type == "attack" for m in event.members):
        return False
    f = view.figures[0]
    return f.kind in ("killed", "injured") and f.value == 1 and any(x > 1 for x in event.totals.get(f.kind, ()))


def _series(view: MentionView) -> bool:
    """A plural event noun with no toll of its own, dated at most to a month ("has since been hit by
    a string of bombings" after "in December"; "killed in militant attacks across the country last
    year"): it speaks of many events over a period, and founds or dates none of them."""
    d = view.date
    return (
        not view.figures and bool(SERIES_TRIGGER.match(view.mention.trigger or ""))
        and (d is None or d.precision in ("month", "year"))
    )


# A span of years the sentence's toll or events are summed over: "between 2014 and 2022", "from
# 2014 to 2022", "since 2014", "for eight years", "over the past decade".
_MULTI_YEAR_PERIOD = re.compile(
    r"\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until|till|through)\s+(?:19|20)\d\d\b"
    r"|\bsince\s+(?:19|20)\d\d\b"
    # "have been kidnapped since militants seized 276 girls in 2014": a tally since a dated event
    r"|\b(?:have|has)\s+been\s+\w+(?:\s+\w+){0,4}?\s+since\s+[^.;]{0,160}?\b(?:19|20)\d\d\b"
    r"|\b(?:for|over|in|during)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,2}|several|many)\s+years\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+decade\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|first|most)\b", re.IGNORECASE)


def _multi_year_aggregate(view: MentionView) -> bool:
    """A mention summed over years ("Between 2014 and 2022 the 14,000 people killed in the east",
    "For eight years the army shelled the region"): a war-wide tally, no incident. A mention with a
    day or month of its own, or a comparison ("the deadliest since 2014"), is not one."""
    if view.date is not None and view.date.precision in ("day", "month"):
        return False
    sentence = view.mention.evidence.sentence
    match = _MULTI_YEAR_PERIOD.search(sentence)
    if not match:
        return False
    return not (match.group(0).lower().startswith("since") and _SUPERLATIVE.search(sentence))


def _is_arrest(view: MentionView) -> bool:
    return view.type == "arrests" or (bool(view.figures) and all(f.kind == "arrested" for f in view.figures))


# "arrested three men in connection with the assassination of X, who was shot on Tuesday": the
# arrests are told for an attack the same sentence names ("suspected of planting the bomb" speaks
# of the suspects, and leaves the arrests apart).
_IN_CONNECTION_WITH = re.compile(
    r"\b(?:in\s+connection\s+with|over|linked\s+to)\s+(?:the\s+|last\s+\w+(?:'s|\u2019s)\s+|\w+day(?:'s|\u2019s)\s+)?",
    re.IGNORECASE,
)


def _arrest_over_attack(view: MentionView, views: list[MentionView]) -> bool:
    """A dated arrest told for an attack its own sentence names after it ("Police on Wednesday
    arrested three men in connection with the killing of X, who was shot on Tuesday"): the date
    is the arrest's day, and the arrests belong to that attack, not to an event of their own."""
    sentence = view.mention.evidence.sentence
    others = [o for o in views if o is not view and o.mention.evidence.sentence == sentence
              and o.start > view.start and not _is_arrest(o) and abs(o.start - view.start) < len(sentence)]
    if not others:
        return False
    head = view.mention.evidence.start - max(sentence.find(view.mention.trigger), 0)
    for o in others:
        between = sentence[max(0, view.start - head):max(0, o.start - head)]
        if _IN_CONNECTION_WITH.search(between):
            return True
    return False


def _same_sentence_victims(event: LocalEvent, view: MentionView) -> bool:
    """The mention's toll is told in the same sentence as the event it follows, which no date or
    town places, and it brings no cue of its own ("He was killed, along with two brave guards,
    because ..."; "Thirty-one people, nine of them children, died in Wednesday's attack on X"):
    more of that one event's victims, not another event."""
    if not view.figures or view.new_event_cue or view.distinct_cue or view.background:
        return False
    if event.date is not None or event.fine or not event.members:
        return False
    sentence = view.mention.evidence.sentence
    if not all(m.mention.evidence.sentence == sentence for m in event.members):
        return False
    if (view.date is not None or cmp.fine_places(view.places)) and any(m.places or m.date for m in event.members):
        return False
    # (a bare toll and the trigger its sentence dates and places are one: "Thirty-one people have
    # died after Wednesday's attack on X" -- the day and the town went to the nearer trigger)
    return any(cmp.types_compatible(m.type, view.type) for m in event.members)


def local_events(views: list[MentionView]) -> list[LocalEvent]:
    """Group one article's mention views (text order) into events; references attached."""
    events: list[LocalEvent] = []
    refs: list[MentionView] = []
    followups: list[MentionView] = []
    last_city: Place | None = None
    for v in views:
        if (not v.places and last_city is not None and (v.figures or (v.date is not None and v.date.precision == "day"))
                and _THE_CITY.search(v.mention.evidence.sentence)):
            # only a mention anchored otherwise: "the city" never turns a reference into an event
            v = replace(v, places=[last_city])
        cities = [p for p in v.places if (g := cmp.geo_of(p)) is not None and g.kind == "city"]
        if cities:
            last_city = max(cities, key=lambda p: p.evidence.start)
        if v.date is None and v.same_day_cue:
            v = _on_the_same_day(v, events)
        if v.background and (v.date is None or v.date.precision == "year"):
            v = _interval_before(v, events)
        if _multi_year_aggregate(v):
            continue  # a tally over years founds, dates and adds to no event
        has_date, has_place, has_fig = v.date is not None, bool(v.places), bool(v.figures)
        if _is_arrest(v) and (not has_date or _arrest_over_attack(v, views)):
            followups.append(v)  # arrests follow an event; they do not found one
            continue
        if not (has_date or has_place or has_fig) or _far_year_only(v) or _series(v) or (
                not has_fig and not has_date and is_question(v.mention.evidence.sentence)):
            # (an undated question founds nothing: "Who else has bombed markets in X and Y?")
            refs.append(v)
            continue
        earlier = sorted((e for e in events if e.last <= v.start), key=lambda e: -e.last)
        if not v.background:
            # a background event ("came a week after X killed 36") is not continued by what
            # follows; only a mention that names its date, place or venue again reaches it
            focus = [e for e in earlier if not e.background]
        else:
            focus = earlier
        target = None
        if earlier and _same_sentence_victims(earlier[0], v):
            target = earlier[0]  # "He was killed, along with two guards, ...": one event's dead
        elif has_date:
            for e in earlier:
                if not (_joinable(e, v) or _near_count(e, v)):
                    continue  # (a count within a tenth of the event's is another witness of it)
                rel = _relation(e, v)
                agree = cmp.dates_compatible(e.date, v.date)
                # a month ("last week") agrees with any day of it: with a toll of its own, such a
                # mention is the same event only where it names the same area
                # (unless it repeats the event's very toll: "the bomb that killed five ... last week
                # ... The toll from Wednesday's attack rose to five")
                loose = has_fig and rel != cmp.MATCH and _coarser(v.date, e.date) and not (
                    e.totals and cmp.totals(v.figures).items() <= e.totals.items())
                if agree is True and rel != cmp.CONFLICT and not loose and not (v.new_event_cue and (has_fig or v.distinct_cue)):
                    target = e
                    break
                if agree is None and e.background and not v.background and not _same_venue(e, v):
                    continue
                if agree is None and (rel == cmp.MATCH or _same_venue(e, v)) and not v.new_event_cue:
                    target = e
                    break
                if agree is None and _continues(e, v, focus, rel):
                    target = e  # the undated event just told, now given its day ("stormed X on Friday")
                    break
            if target is None and not has_fig and not v.new_event_cue:
                # "On March 26, four days after the X Hall attack, ...": a venue this article has
                # already reported, named again under another date, is that event; the date is
                # the day of what is being told about it.
                same = [e for e in earlier if _same_venue(e, v) and _joinable(e, v)]
                if same:
                    same[0].add(MentionView(v.article_id, v.mention, v.start, None, v.places, [], v.new_event_cue))
                    continue
        elif has_place:
            if not has_fig and not cmp.fine_places(v.places) and not cmp.venue_names(v.places) and not cmp.unlocated_names(v.places):
                refs.append(v)  # only a country named: a reference, not an anchor
                continue
            if not has_fig and not v.new_event_cue:
                # "since the attack on the X Hall": a venue this article has already reported is
                # that event, even when another event was told in between
                same = [e for e in earlier if _same_venue(e, v) and _joinable(e, v)]
                target = same[0] if same else None
            for e in ([] if target is not None else earlier):
                if not _joinable(e, v):
                    continue
                rel = _relation(e, v)
                if has_fig:
                    same_totals = bool(e.totals) and cmp.totals(v.figures).items() <= e.totals.items()
                    if (_same_venue(e, v) or (same_totals and rel == cmp.MATCH)) and not v.new_event_cue:
                        target = e
                        break
                    if v.revision_cue and rel == cmp.MATCH and focus and e is focus[0] and not v.new_event_cue:
                        target = e  # "a monitoring group put the death toll at 11": another count of it
                        break
                    if _continues(e, v, focus, rel) and (
                        not (cmp.totals(v.figures).keys() & e.totals.keys()) or _another_source(e, v)
                    ):
                        target = e  # "Six others were wounded in X": a kind of toll the event lacked
                        break
                elif v.new_event_cue or _other_venue(e, v):
                    continue
                elif e.side and rel == cmp.MATCH and not _same_venue(e, v) and any(
                    not o.side and _joinable(o, v) and _relation(o, v) == cmp.MATCH for o in focus
                ):
                    # "In a separate incident, a bomb struck near X ... The attack on the hotel was the
                    # deadliest in the capital": an area both share points back to the reported event
                    continue
                elif rel == cmp.MATCH or _same_venue(e, v) or (
                    rel == cmp.UNKNOWN and focus and e is focus[0] and v.start - e.last <= _REFERENCE_REACH
                ):
                    target = e  # a place-only reference: the nearest event in that area
                    break
            # A place-only mention founds an event when it names a venue, or when the article has
            # no event yet; otherwise "Kiev" or "Russia" near a trigger is only a reference.
            if target is None and not has_fig and not (cmp.venue_names(v.places) or (not events and cmp.fine_places(v.places))):
                refs.append(v)
                continue
        else:  # figures only
            if not v.new_event_cue:
                for e in focus[:1]:
                    if _joinable(e, v) or _near_count(e, v) or _one_of_the_dead(e, v):
                        target = e
        if target is None:
            target = LocalEvent(article_id=v.article_id, first=v.start)
            events.append(target)
        target.add(v)
    _attach_followups(events, followups)
    _attach_references(events, refs)
    return [e for e in events if e.figures or e.places or e.date is not None]


def _nearest_before(events: list[LocalEvent], pos: int, reach: int | None = None) -> LocalEvent | None:
    best, best_pos = None, -1
    for e in events:
        if e.background:
            continue  # context for another event: what follows is not about it
        for v in e.all_views:
            if best_pos < v.start <= pos:
                best, best_pos = e, v.start
    if best is not None and reach is not None and pos - best_pos > reach:
        return None
    return best


def main_event(events: list[LocalEvent]) -> LocalEvent:
    """The event the article is about: the heaviest one not told only as background."""
    return max(events, key=lambda e: (not e.background, e.weight, -e.first))


_main_event = main_event


def _attach_followups(events: list[LocalEvent], followups: list[MentionView]) -> None:
    """Undated arrests (and arrests told for an attack their sentence names) join the event their
    sentence names, else the one they follow (their places are the suspects', not the event's)."""
    for v in followups:
        sentence = v.mention.evidence.sentence
        told = [e for e in events if any(m.mention.evidence.sentence == sentence and abs(m.start - v.start) < len(sentence)
                                         and not _is_arrest(m) for m in e.members)]
        # (the attack its own sentence names first: "arrested three men over the bombing that killed six")
        target = (told[0] if len(told) == 1 else None) or _nearest_before(events, v.start) or (_main_event(events) if events else None)
        if target is None:
            target = LocalEvent(article_id=v.article_id, first=v.start)
            events.append(target)
            target.add(v)
            continue
        stripped = MentionView(v.article_id, v.mention, v.start, None, [], v.figures, v.new_event_cue)
        target.add(stripped)


def _attach_references(events: list[LocalEvent], refs: list[MentionView]) -> None:
    """A reference joins the nearest earlier event within reach, else the article's main event.

    It lends that event only places already in its area (or an unlocated venue name), so a
    passing "strikes on X and attacks in Y" cannot stretch one event over two regions. A reference
    dated to another time ("a string of bombings in X in June last year") lends none."""
    if not events:
        return
    main = _main_event(events)
    for r in refs:
        if r.background:
            continue  # "came days after an attack": some earlier event, not told enough to place
        fine = cmp.fine_places(r.places)
        target = _nearest_before(events, r.start, _REFERENCE_REACH)
        if target is None or not _joinable(target, r) or (
            fine and cmp.place_relation(target.fine, fine, target.countries, set()) == cmp.CONFLICT
        ):
            target = main if _joinable(main, r) else None
            if target is not None and fine and cmp.place_relation(target.fine, fine, target.countries, set()) == cmp.CONFLICT:
                target = None
        if target is None:
            continue
        if r.date is not None and target.date is not None and cmp.dates_compatible(target.date, r.date) is False:
            lent = []  # "In June last year, a string of bombings in X": another time, so not its place
        else:
            lent = [
                p for p in r.places
                if (p.label in ("VENUE", "FAC") and (cmp.geo_of(p) is None or target.venues))
                or any(cmp.same_area_place(p, g) for g in target.fine)
            ]
        target.add(MentionView(r.article_id, r.mention, r.start, None, lent, [], r.new_event_cue), anchored=False)


def attach_claims(events: list[LocalEvent], claims: list[Claim], places: list[Place] | None = None) -> None:
    """Each claim joins the event of its mention; else the one event whose area a place in the
    claim's sentence names; else the nearest earlier event; else the article's main event."""
    if not events:
        return
    owner: dict[int, LocalEvent] = {}
    for e in events:
        for v in e.members + e.references:
            owner[v.mention.index] = e
    main = _main_event(events)
    for c in claims:
        target = owner.get(c.mention) if c.mention is not None else None
        if target is None:
            target = _event_named_in(events, c.evidence.sentence, places or [])
        if target is None:
            target = _nearest_before(events, c.evidence.start) or main
        target.claims.append(c)


def _event_named_in(events: list[LocalEvent], sentence: str, places: list[Place]) -> LocalEvent | None:
    here = cmp.fine_places(p for p in places if p.evidence.sentence == sentence)
    if not here:
        return None
    hits = [e for e in events if e.fine and cmp.place_relation(e.fine, here, e.countries, set()) == cmp.MATCH]
    return hits[0] if len(hits) == 1 else None

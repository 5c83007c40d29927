"""Across articles: which per-article events are reports of the same incident.

Blocking keeps the cost near linear: an event is only compared with events that share a block,
and blocks are small by construction:

- ("month", year, month, grid cell) for events dated to a day or a month: half-degree cells
  around each place, so places ~40 km apart share one (a day near a month's edge also joins
  the neighbouring month's block);
- ("venue", word) for each distinctive word of a named venue ("crocus");
- ("month", year, month, ("name", key)) for a town the gazetteer lacks ("the town of X");
- ("area", country, admin1) for events with no usable date, looked up in a second pass (an
  unmapped town's name serves as an area of its own).

Within a block a pair scores when the types are compatible, dates agree within their precision
(or are missing) and places do not conflict; a shared venue, or an agreeing date plus a place
in the same area (or the same unmapped town), is the positive evidence; the same unmapped town
or district outranks a shared city or region ("Kadhimiya" over "Baghdad"). Two different
towns that only neighbour each other (or share a region) are weaker evidence: they merge only
on the same day or with close tolls, and an undated report joins a neighbouring town's
incident only with close tolls. Pairs merge strongest first (union-find), and two
events of the same article never end up in one incident: the article itself kept them apart.
An undated event joins an incident only when exactly one incident in its area fits it best (an
article's main event prefers an incident another article is about over a passing aside), and never
one dated after its own article was published.
"""

from __future__ import annotations

import calendar
import math
from collections import defaultdict
from itertools import combinations

from newsledger.resolve import compare as cmp
from newsledger.resolve.local import LocalEvent, main_event

# Above this many events a block is compared only within a sliding window over time.
_WINDOW = 32
_CELL = 0.5  # degrees
_MAX_AREA_CANDIDATES = 400


class _Groups:
    def __init__(self, events: list[LocalEvent]):
        self.parent = list(range(len(events)))
        self.articles = [{e.article_id} for e in events]
        # the latest day an incident is dated to, and the earliest publication of an undated report
        # in it: a group whose undated report was published before its attack is two incidents
        self.latest = [e.date.value if e.date is not None and e.date.precision == "day" else None for e in events]
        self.deadline = [e.published if e.date is None else None for e in events]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.articles[a] & self.articles[b]:
            return False
        latest = max((d for d in (self.latest[a], self.latest[b]) if d is not None), default=None)
        deadline = min((d for d in (self.deadline[a], self.deadline[b]) if d is not None), default=None)
        if latest is not None and deadline is not None and (latest - deadline).days > 1:
            return False
        if len(self.articles[a]) < len(self.articles[b]):
            a, b = b, a
        self.parent[b] = a
        self.articles[a] |= self.articles[b]
        self.latest[a], self.deadline[a] = latest, deadline
        return True


def _cells(e: LocalEvent) -> set[tuple]:
    """Half-degree grid cells around each fine place (its own and the eight neighbours), so two
    places within ~40 km always share a cell; countries stand in when nothing finer is known."""
    cells: set[tuple] = set()
    for g in e.fine:
        if g.lat is None or g.lon is None:
            cells.add(("region", g.country_code, g.admin1))
            continue
        y, x = math.floor(g.lat / _CELL), math.floor(g.lon / _CELL)
        cells.update(("cell", y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    if not cells:
        cells = {("country", cc) for cc in e.countries}
    return cells


def _month_keys(e: LocalEvent) -> list[tuple]:
    if e.date is None or e.date.precision not in ("day", "month") or not (e.fine or e.countries or e.names):
        return []
    d = e.date.value
    months = [(d.year, d.month)]
    if e.date.precision == "day":
        last = calendar.monthrange(d.year, d.month)[1]
        if d.day == 1:
            months.append((d.year - 1, 12) if d.month == 1 else (d.year, d.month - 1))
        elif d.day == last:
            months.append((d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1))
    cells = _cells(e) | {("name", key) for key in e.names}
    return [("month", y, m, cell) for (y, m) in months for cell in cells]


def _area_keys(e: LocalEvent) -> list[tuple]:
    keys = {("area", g.country_code, g.admin1_code or g.admin1 or "") for g in e.fine if g.country_code}
    return sorted(keys | {("name", key, "") for key in e.names})


def _after_report(a: LocalEvent, b: LocalEvent) -> bool:
    """One event is undated and the other happened after the undated one's article was published:
    a report cannot tell of an attack that came later."""
    for x, y in ((a, b), (b, a)):
        if x.date is None and x.published is not None and y.date is not None and y.date.value is not None:
            p, d = x.published, y.date.value
            if y.date.precision == "day" and (d - p).days > 1:
                return True
            if y.date.precision == "month" and (d.year, d.month) > (p.year, p.month):
                return True
    return False


def _same_day(a: LocalEvent, b: LocalEvent) -> bool:
    return (a.date is not None and b.date is not None and a.date.precision == "day" == b.date.precision
            and a.date.value == b.date.value)


def pair_score(a: LocalEvent, b: LocalEvent) -> float:
    """How strongly two events of different articles look like one incident (0: not at all)."""
    if not any(cmp.types_compatible(x.type, y.type) for x in a.members for y in b.members):
        return 0.0
    if _after_report(a, b):
        return 0.0
    dates = cmp.dates_compatible(a.date, b.date)
    if dates is False:
        return 0.0
    rel = cmp.place_relation(a.fine, b.fine, a.countries, b.countries)
    if rel == cmp.CONFLICT:
        return 0.0
    score = 0.0
    if a.venues and b.venues and cmp.venues_match(a.venues, b.venues):
        score = 3.0 + (1.0 if dates else 0.0)
    elif dates and (rel == cmp.MATCH or (a.names & b.names)):
        if not (a.names & b.names) and cmp.distinct_towns(a.fine, b.fine) and not (
                _same_day(a, b) or cmp.figures_close(a.totals, b.totals)):
            return 0.0  # neighbouring towns, a day apart, different tolls: two incidents
        score = 2.0  # the same day in the same area, or in the same unmapped town
        if a.names & b.names:
            score += 0.25  # the same village or district named: closer than the same city or region
    if score and cmp.figures_close(a.totals, b.totals):
        score += 0.5
    return score


def cluster(events: list[LocalEvent]) -> list[list[LocalEvent]]:
    """Incidents as groups of per-article events."""
    groups = _Groups(events)
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        for key in _month_keys(e):
            blocks[key].append(i)
        for word in e.venue_keys:
            blocks[("venue", word)].append(i)

    pairs: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        if len(members) < 2:
            continue
        members = sorted(set(members), key=lambda i: (events[i].date.value.toordinal() if events[i].date else 0, i))
        if len(members) <= _WINDOW:
            candidates = combinations(members, 2)
        else:
            candidates = ((members[x], members[y]) for x in range(len(members))
                          for y in range(x + 1, min(len(members), x + _WINDOW)))
        for i, j in candidates:
            if events[i].article_id == events[j].article_id or (i, j) in pairs:
                continue
            s = pair_score(events[i], events[j])
            if s > 0:
                pairs[(i, j)] = s
    for (i, j), _s in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        groups.union(i, j)

    # Second pass: undated (or year-only) events join the one incident in their area that fits.
    by_area: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        for key in _area_keys(e):
            by_area[key].append(i)
    # First against dated reports only, then against the undated too: an undated report that fits a
    # dated incident goes there before it can pull another undated report to itself.
    undated = [i for i, e in enumerate(events) if e.date is None or e.date.precision not in ("day", "month")]
    mains = _main_events(events)
    for dated_only in (True, False):
        for i in undated:
            _join_area(i, events, groups, by_area, dated_only, mains)

    out: dict[int, list[LocalEvent]] = defaultdict(list)
    for i, e in enumerate(events):
        out[groups.find(i)].append(e)
    return list(out.values())


def _main_events(events: list[LocalEvent]) -> set[int]:
    """Indexes of the events each article is about (its main event, see `local.main_event`)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        by_article[e.article_id].append(i)
    out = set()
    for idx in by_article.values():
        top = main_event([events[i] for i in idx])
        out.update(i for i in idx if events[i] is top)
    return out


def _join_area(i: int, events: list[LocalEvent], groups: _Groups, by_area: dict[tuple, list[int]], dated_only: bool,
               mains: set[int] = frozenset()) -> None:
    """An undated event joins the one incident of its area that fits it best, if one does. An
    article's main event prefers an incident some other article is about over one told there only
    in passing ("On Feb. 6, a drone attack on the city killed a man" in a report on another strike)."""
    e = events[i]
    roots: dict[int, float] = {}
    for key in _area_keys(e):
        candidates = by_area[key]
        if len(candidates) > _MAX_AREA_CANDIDATES:
            continue
        for j in candidates:
            if j == i or events[j].article_id == e.article_id:
                continue
            o = events[j]
            if dated_only and (o.date is None or o.date.precision not in ("day", "month")):
                continue
            if not any(cmp.types_compatible(x.type, y.type) for x in e.members for y in o.members):
                continue
            if cmp.dates_compatible(e.date, o.date) is False or _after_report(e, o):
                continue
            rel = cmp.place_relation(e.fine, o.fine, e.countries, o.countries)
            if rel != cmp.MATCH and not (rel == cmp.UNKNOWN and e.names & o.names):
                continue
            if rel == cmp.MATCH and cmp.distinct_towns(e.fine, o.fine) and not cmp.figures_close(e.totals, o.totals):
                continue  # a neighbouring town with other tolls: nothing says it is this incident
            root = groups.find(j)
            if root == groups.find(i):
                continue
            shared_kinds = bool(set(e.totals) & set(o.totals))
            score = 1.0 + (1.0 if shared_kinds else 0.0) + (1.0 if cmp.figures_close(e.totals, o.totals) else 0.0)
            if i in mains and j in mains:
                score += 0.5
            roots[root] = max(roots.get(root, 0.0), score)
    if not roots:
        return
    best = max(roots.values())
    top = [r for r, s in roots.items() if s == best]
    if len(top) == 1:
        groups.union(i, top[0])

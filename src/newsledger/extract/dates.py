"""Date expressions and their resolution against the article's published date.

`find_dates(doc, article_id, published)` returns a DateRef for each date expression of a
parsed article: spaCy DATE entities, weekday phrases the NER leaves out ("early Tuesday
morning", "on Friday night"), fixed-date holidays ("New Year's Eve"), "yesterday"/"today".
Durations ("two years", "recent weeks"), ages ("a 23-year-old") and birth dates ("a child born in
2014") are not dates of events and are skipped.

`resolve_date(text, published)` -> (value, precision):
- a full date -> day; month and year -> month (value = first of the month); a year -> year;
- a month-day without year -> day, in the year that puts it on/before the published date
  (up to 45 days after it is read as the same year: "on July 9" in a late-June article);
- a month alone ("in mid-February", "last September") -> month, the latest such month on/before
  the published month;
- a weekday -> the latest such day on/before the published date ("last Friday": strictly before);
- yesterday/today/last week/last month/last year/this year -> from the published date;
  "last week" is coarsened to month precision, and left unresolved when the nine days before
  publication straddle two months (it may name a day of either);
- "just before / on the eve of" a holiday -> month precision.
Without a published date only expressions that carry their own year resolve; the rest give
(None, None) rather than borrowing today's date. A hand-written resolver: a few regexes and
table look-ups per expression, cached, so it adds nothing measurable to a spaCy pass.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newsledger.sentences import doc_text, sent_of
from newsledger.records import DateRef, Evidence

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Holidays on a fixed day of the year: (month, day).
HOLIDAYS = {
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "halloween": (10, 31), "valentine's day": (2, 14),
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?,?\s+(\d{{4}})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}){_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?(?:\s+of)?\s+({_MONTH_RE})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}(?![\d,]*\s*\d{{4}})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?(\d{{4}})\b")
_MONTH = re.compile(rf"\b({_MONTH_RE})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b(1[6-9]\d0|20\d0)s\b|\b\d0s\b")
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_RE})\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
# Durations, not dates: "two years", "recent weeks", "the past three decades", "several months".
_DURATION = re.compile(
    r"^(?:the\s+)?(?:past|last|next|coming|recent|previous|following|first|few|several|many|some|\d+|a|an|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|just|only|over|about|nearly|\s)*"
    r"(?:days|weeks|months|years|decades|centuries|hours)(?:-long)?$"
    r"|^(?:a|an|one|the|a full|an entire|the whole)\s+(?:day|week|month|year|decade|century)$"
)
_APPROX = re.compile(r"\b(?:eve of|before|prior to|ahead of|after|following|around|run-up to)\b")
_NO_YEAR_CONTEXT = frozenset(("year-old", "years-old", "year old"))


def _last_on_or_before(published: dt.date, month: int, day: int, slack_days: int = 45) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if cand <= published + dt.timedelta(days=slack_days if year == published.year else 0):
            return cand
    return None


def _month_on_or_before(published: dt.date, month: int, strictly: bool = False) -> dt.date:
    year = published.year if (month < published.month or (month == published.month and not strictly)) else published.year - 1
    return dt.date(year, month, 1)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """(value, precision) of a date expression, resolved against `published`; (None, None) if unknown."""
    t = " ".join(text.lower().replace("’", "'").split())
    if not t or any(k in t for k in _NO_YEAR_CONTEXT):
        return None, None
    approx = bool(_APPROX.search(t))

    m = _ISO.search(t)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (d, "day") if d else (None, None)
    m = _DAY_MONTH_YEAR.search(t)
    if m:
        d = _safe_date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        return (d, "day") if d else (None, None)
    m = _MONTH_DAY_YEAR.search(t)
    if m:
        d = _safe_date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
        return (d, "day") if d else (None, None)
    m = _MONTH_YEAR.search(t)
    if m:
        return dt.date(int(m.group(2)), MONTHS[m.group(1)], 1), "month"
    for name, (month, day) in HOLIDAYS.items():
        if name in t:
            years = _YEAR.findall(t)
            if years:
                d = _safe_date(int(years[0]), month, day)
            elif published is not None:
                d = _last_on_or_before(published, month, day, slack_days=0)
            else:
                return None, None
            if d is None:
                return None, None
            return (d.replace(day=1), "month") if approx else (d, "day")
    m = _DAY_MONTH.search(t) or _MONTH_DAY.search(t)
    if m:
        if published is None:
            return None, None
        if m.re is _DAY_MONTH:
            day, month = int(m.group(1)), MONTHS[m.group(2)]
        else:
            month, day = MONTHS[m.group(1)], int(m.group(2))
        if not 1 <= day <= 31:
            return None, None
        d = _last_on_or_before(published, month, day)
        return (d, "day") if d else (None, None)
    if _DECADE.search(t):
        return None, None
    m = _YEAR.search(t)
    if m and not re.search(r"\d{4}\s*[-–]\s*\d{2,4}", t):
        year = int(m.group(1))
        return dt.date(year, 1, 1), "year"
    if published is None:
        return None, None
    m = _MONTH.search(t)
    if m and re.search(r"\b(last|previous) year\b", t):
        return dt.date(published.year - 1, MONTHS[m.group(1)], 1), "month"  # "in January last year"
    if m and re.search(r"\b(this|next) year\b", t):
        year = published.year + (1 if "next" in t else 0)
        return dt.date(year, MONTHS[m.group(1)], 1), "month"
    if m:
        strictly = t.startswith("last ")
        return _month_on_or_before(published, MONTHS[m.group(1)], strictly), "month"
    m = _WEEKDAY.search(t)
    if m and re.search(r"\b(a|one|any|every|each)\s+" + m.group(1), t):
        return None, None  # "on a Saturday morning": some Saturday, not a day that can be named
    if m:
        wd = WEEKDAYS[m.group(1)]
        back = (published.weekday() - wd) % 7
        if back == 0 and re.search(r"\blast\s+" + m.group(1), t):
            back = 7
        if re.search(r"\bnext\s+" + m.group(1), t):
            return None, None
        return published - dt.timedelta(days=back), "day"
    m = _AGO.search(t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return published - dt.timedelta(days=n), "day"
        if unit == "week":
            return published - dt.timedelta(days=7 * n), "day"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return dt.date(y, mo + 1, 1), "month"
        return dt.date(published.year - n, 1, 1), "year"
    if re.search(r"\bday before yesterday\b", t):
        return published - dt.timedelta(days=2), "day"
    if re.search(r"\byesterday\b", t):
        return published - dt.timedelta(days=1), "day"
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", t):
        return published, "day"
    if re.search(r"\blast week(end)?\b", t):
        # loosely any day of the nine before publication ("last week" on a Sunday for Thursday):
        # the month only when those days lie in one month, else no month can be told
        early, late = published - dt.timedelta(days=9), published - dt.timedelta(days=1)
        if (early.year, early.month) != (late.year, late.month):
            return None, None
        return late.replace(day=1), "month"
    if re.search(r"\b(this|earlier this|later this) week\b", t):
        return published.replace(day=1), "month"
    if re.search(r"\blast month\b", t):
        y, mo = divmod(published.year * 12 + published.month - 2, 12)
        return dt.date(y, mo + 1, 1), "month"
    if re.search(r"\b(this|earlier this) month\b", t):
        return published.replace(day=1), "month"
    if re.search(r"\blast year\b", t):
        return dt.date(published.year - 1, 1, 1), "year"
    if re.search(r"\b(this|earlier this) year\b", t):
        return dt.date(published.year, 1, 1), "year"
    return None, None


_INDEFINITE = frozenset(("a", "any", "every", "each"))
_RELATIVE_WORDS = frozenset(("yesterday", "today", "tonight"))
_PART_OF_DAY = frozenset(("morning", "afternoon", "evening", "night", "overnight"))
_BEFORE_WEEKDAY = frozenset(("early", "late", "last", "this", "on", "past"))
_HOLIDAY_RE = re.compile(
    r"(?:\b(?:on\s+)?the\s+eve\s+of\s+|\b(?:just\s+)?(?:prior\s+to|before|ahead\s+of)\s+)?\b(?:"
    + "|".join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True)).replace("'", "['’]")
    + r")\b",
    re.IGNORECASE,
)


def _is_duration(text: str) -> bool:
    t = " ".join(text.lower().split())
    return bool(_DURATION.match(t)) and "ago" not in t


def _is_birth_date(doc, start: int) -> bool:
    """ "born in 2014", "born on 3 May 1990", "b. 1961": a person's birth, not a date of the events."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    if before and before[-1] in ("in", "on"):
        before = before[:-1]
    return bool(before) and before[-1] in ("born", "b.")


def _date_spans(doc) -> list[tuple[int, int]]:
    """Character spans of date expressions, without overlaps, in text order."""
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()

    def add(start_tok: int, end_tok: int) -> None:
        if any(i in taken for i in range(start_tok, end_tok)):
            return
        taken.update(range(start_tok, end_tok))
        spans.append((doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)))

    text = doc_text(doc)
    # Holidays first, so "the eve of New Year's Eve" stays one expression.
    for m in _HOLIDAY_RE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            add(span.start, span.end)
    for ent in doc.ents:
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and _WEEKDAY.search(ent.text.lower())):
            start, end = ent.start, ent.end
            while end - start > 1 and doc[end - 1].is_punct:
                end -= 1
            # "early Tuesday" + "morning"
            if end < len(doc) and doc[end].lower_ in _PART_OF_DAY and _WEEKDAY.search(doc[start:end].text.lower()):
                end += 1
            if start > 0 and doc[start - 1].lower_ in _INDEFINITE and _WEEKDAY.search(doc[start:end].text.lower()):
                start -= 1  # "on a Saturday morning": some Saturday
            span_text = doc[start:end].text
            if _is_duration(span_text) or "year-old" in span_text.lower() or "-old" in span_text.lower():
                continue
            if any(t.lower_ in ("old",) for t in doc[end:end + 1]) and _is_duration(span_text.replace("-", " ")):
                continue
            if _is_birth_date(doc, start):
                continue
            add(start, end)
    for tok in doc:
        low = tok.lower_
        if tok.i in taken:
            continue
        if low in WEEKDAYS and tok.text[:1].isupper() and tok.ent_type_ not in ("ORG", "WORK_OF_ART", "PERSON", "EVENT"):
            start, end = tok.i, tok.i + 1
            if start > 0 and doc[start - 1].lower_ in _INDEFINITE:
                start -= 1  # "on a Saturday morning": kept whole, so it resolves to no day
            if start > 0 and doc[start - 1].lower_ in _BEFORE_WEEKDAY - {"on"}:
                start -= 1
            if end < len(doc) and doc[end].lower_ in _PART_OF_DAY:
                end += 1
            add(start, end)
        elif low in _RELATIVE_WORDS:
            add(tok.i, tok.i + 1)
    spans.sort()
    return spans


def find_dates(doc, article_id: str, published: dt.date | None) -> list[DateRef]:
    """Every date expression of a parsed article, resolved against `published`."""
    out: list[DateRef] = []
    for start, end in _date_spans(doc):
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = sent_of(doc[span.start]) if span is not None else None
        text = doc_text(doc)[start:end]
        value, precision = resolve_date(text, published)
        sentence = sent.text if sent is not None else text
        out.append(DateRef(text=text, value=value, precision=precision, evidence=Evidence(article_id, start, end, sentence)))
    return out

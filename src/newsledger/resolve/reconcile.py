"""Reconciliation: what every source says about one figure kind, side by side, then summaries.

Nothing is averaged away. Per kind the record keeps each source's value (qualifier, report
date, evidence), and then:

- low / high: the smallest and largest figure any source gives (UCDP's low and high estimates);
- best: the median of the sources' figures, taken as a reported value (the lower middle one when
  the count is even), UCDP's "best" estimate when no source is singled out as more reliable;
- latest: the figure of the most recently published report (undated reports only when no
  report is dated);
- conservative: the lowest credible figure, ACLED's rule for coding fatalities; vague amounts
  ("dozens") count only when no source gives a number;
- contested: True when the sources' figures cannot all be true at once given their qualifiers:
  "at least 143" and 150 agree (150 is at least 143); exactly 21 and exactly 30 do not.
- note: one line saying how the sources differ.

A source is one article. An article that gives several totals for a kind (an update in the
same piece) is represented by its largest; its breakdowns ("of whom 16 police") are never added
to the total. A source that only counts one group of victims ("killing a priest") is listed
under `partial` and left out of the summary when another source gives a toll for everyone.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from newsledger.records import Article, Figure

# Qualifiers mapped to the interval of true values they allow around the stated number.
_LOWER_BOUND = {"at least", "more than", "over", "in excess of", "upwards of", "no fewer than", "no less than", "at minimum"}
_UPPER_BOUND = {"up to", "nearly", "almost", "at most", "fewer than", "less than", "under", "no more than", "just under"}
_APPROXIMATE = {"about", "around", "approximately", "some", "roughly", "an estimated", "estimated", "nearly about", "circa"}


def interval(value: int, qualifier: str | None, vague: bool = False) -> tuple[float, float]:
    """The range of true values a reported figure allows."""
    q = (qualifier or "").lower().strip()
    if vague:
        return (value, math.inf)  # "dozens": at least a dozen
    if q in _LOWER_BOUND:
        return (value, math.inf)
    if q in _UPPER_BOUND:
        return (value * 0.85, value)
    if q in _APPROXIMATE:
        return (value * 0.85, value * 1.15)
    return (value, value)


# Victim groups that are a part of a toll, not the toll: "killing a priest" says at least one died.
GENERAL_VICTIMS = (None, "", "people", "civilians", "persons", "victims")


def is_partial(f: Figure) -> bool:
    """A breakdown, or a casualty count of one group only (arrests of "attackers" are all arrests)."""
    if f.is_breakdown:
        return True
    return f.kind in ("killed", "injured", "missing") and (f.victims or "").lower() not in GENERAL_VICTIMS


def _source_value(figures: list[Figure]) -> Figure:
    totals = [f for f in figures if not f.is_breakdown] or figures
    numeric = [f for f in totals if not f.vague] or totals
    return max(numeric, key=lambda f: (f.value or 0, -f.evidence.start))


def reconcile(figures: list[Figure], articles: dict[str, Article]) -> dict[str, dict[str, Any]]:
    """Per figure kind: per-source values, then low/best/high/latest/conservative/contested."""
    by_kind: dict[str, dict[str, list[Figure]]] = {}
    for f in figures:
        if f.value is None:
            continue
        by_kind.setdefault(f.kind, {}).setdefault(f.evidence.article_id, []).append(f)
    out: dict[str, dict[str, Any]] = {}
    for kind, per_article in sorted(by_kind.items()):
        # A source that names only a group of victims ("a priest was killed") is left out of the
        # summary when another source gives a toll for everyone; it stays listed in `values`.
        general = {aid for aid, figs in per_article.items() if any(not is_partial(f) for f in figs)}
        partial_only = {aid: figs for aid, figs in per_article.items() if aid not in general}
        if general:
            per_article = {aid: figs for aid, figs in per_article.items() if aid in general}
        reports = []
        for aid, figs in per_article.items():
            chosen = _source_value(figs)
            art = articles.get(aid)
            reports.append((chosen, art.published if art else None, art.outlet if art else None))
        values = [r[0].value for r in reports]
        numeric = [r for r in reports if not r[0].vague] or reports
        low = min(r[0].value for r in reports)
        high = max(r[0].value for r in reports)
        ordered = sorted(r[0].value for r in numeric)
        best = ordered[(len(ordered) - 1) // 2]
        dated = [r for r in reports if r[1] is not None]
        pool = dated or reports
        latest_report = max(pool, key=lambda r: (r[1] or dt.date.min, r[0].value))
        conservative = min(r[0].value for r in numeric)
        lo_bound = max(interval(r[0].value, r[0].qualifier, r[0].vague)[0] for r in reports)
        hi_bound = min(interval(r[0].value, r[0].qualifier, r[0].vague)[1] for r in reports)
        contested = lo_bound > hi_bound + 1e-9
        if len(set(values)) == 1:
            note = f"{len(reports)} source(s) agree on {values[0]}"
        else:
            note = (f"{len(reports)} sources give {low} to {high}; conservative figure {conservative}"
                    + (" (incompatible reports)" if contested else " (compatible given qualifiers)"))
        out[kind] = {
            "low": low,
            "best": best,
            "high": high,
            "latest": latest_report[0].value,
            "latest_published": latest_report[1].isoformat() if latest_report[1] else None,
            "conservative": conservative,
            "sources": len(reports),
            "contested": contested,
            "note": note,
            "values": [
                {
                    "article_id": f.evidence.article_id,
                    "outlet": outlet,
                    "published": pub.isoformat() if pub else None,
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "text": f.text,
                    "vague": f.vague,
                    "start": f.evidence.start,
                    "end": f.evidence.end,
                    "sentence": f.evidence.sentence,
                }
                for f, pub, outlet in sorted(reports, key=lambda r: (r[1] or dt.date.max, r[0].value))
            ],
        }
        if general and partial_only:
            out[kind]["partial"] = [
                {
                    "article_id": f.evidence.article_id,
                    "value": f.value,
                    "victims": f.victims,
                    "text": f.text,
                    "start": f.evidence.start,
                    "end": f.evidence.end,
                    "sentence": f.evidence.sentence,
                }
                for figs in partial_only.values() for f in figs
            ]
            out[kind]["note"] += f"; {len(partial_only)} source(s) give only a part of the toll (listed under partial)"
    return out

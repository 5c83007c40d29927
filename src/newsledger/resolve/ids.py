"""Stable incident ids, and the record of what a resolution pass changed.

An incident is known by the mentions it holds, each (article id, mention index). A new pass
compares its incidents with the previous ones by shared mentions:

- an incident sharing mentions with one earlier incident keeps that id ("unchanged", or
  "updated" when reports joined or left);
- one sharing mentions with several earlier incidents keeps the id of the one it shares most
  with and records a "merged" change naming the others;
- an earlier incident whose mentions now fall into several incidents is recorded as "split";
  its id stays with the largest piece;
- an incident with nothing earlier is "created", one earlier incident with nothing now "removed".

A fresh id is "inc-" + the first 12 hex digits of the sha1 of the incident's founding mention
(the smallest (article id, index) among its mentions), so resolving the same store twice gives
the same ids even with no previous pass to compare with.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from newsledger.records import Incident

CHANGE_KINDS = ("created", "updated", "unchanged", "merged", "split", "removed")


@dataclass(frozen=True)
class IncidentChange:
    kind: str  # one of CHANGE_KINDS
    incident_ids: tuple[str, ...]
    note: str = ""


def _keys(inc: Incident) -> set[tuple[str, int]]:
    return {(m.evidence.article_id, m.index) for m in inc.mentions}


def fresh_id(keys: set[tuple[str, int]], taken: set[str]) -> str:
    founder = min(keys) if keys else ("", 0)
    digest = hashlib.sha1(f"{founder[0]}:{founder[1]}".encode()).hexdigest()
    candidate = f"inc-{digest[:12]}"
    if candidate in taken:  # a piece split off an incident founded by the same mention
        everything = "|".join(f"{a}:{i}" for a, i in sorted(keys))
        candidate = f"inc-{hashlib.sha1(everything.encode()).hexdigest()[:12]}"
    return candidate


def assign_ids(incidents: list[Incident], previous: list[Incident]) -> list[IncidentChange]:
    """Set `id` on every incident; return the changes relative to `previous`."""
    prev_keys = {p.id: _keys(p) for p in previous}
    owner: dict[tuple[str, int], str] = {}
    for pid, keys in prev_keys.items():
        for k in keys:
            owner[k] = pid
    prev_articles = {p.id: {k[0] for k in keys} for p, keys in zip(previous, prev_keys.values())}

    overlaps: list[Counter[str]] = []
    for inc in incidents:
        overlaps.append(Counter(owner[k] for k in _keys(inc) if k in owner))

    taken: set[str] = set()
    changes: list[IncidentChange] = []
    pieces: Counter[str] = Counter()
    for ov in overlaps:
        for pid in ov:
            pieces[pid] += 1
    # The incidents with the largest overlap choose first, so a split leaves the id with the largest piece.
    order = sorted(range(len(incidents)), key=lambda i: (-(ov.most_common(1)[0][1] if (ov := overlaps[i]) else 0), i))
    for i in order:
        inc, ov = incidents[i], overlaps[i]
        keys = _keys(inc)
        kept = next((pid for pid, _n in ov.most_common() if pid not in taken), None)
        if kept is None:
            inc.id = fresh_id(keys, taken)
            taken.add(inc.id)
            note = "new incident" if not ov else f"split off {', '.join(sorted(ov))}"
            changes.append(IncidentChange("created", (inc.id,), note))
            continue
        inc.id = kept
        taken.add(kept)
        others = sorted(pid for pid in ov if pid != kept)
        if others:
            changes.append(IncidentChange("merged", (kept, *others), f"{', '.join(others)} merged into {kept}"))
        articles_now = {k[0] for k in keys}
        if articles_now != prev_articles.get(kept, set()) or keys != prev_keys.get(kept, set()):
            added = len(articles_now - prev_articles.get(kept, set()))
            changes.append(IncidentChange("updated", (kept,), f"{added} new source(s)" if added else "reports changed"))
        else:
            changes.append(IncidentChange("unchanged", (kept,)))
    for pid, n in pieces.items():
        if n > 1:
            now = sorted(inc.id for inc, ov in zip(incidents, overlaps) if pid in ov)
            changes.append(IncidentChange("split", tuple(now), f"{pid} split into {len(now)} incidents"))
    for pid in prev_keys:
        if pid not in pieces:
            changes.append(IncidentChange("removed", (pid,), "no report holds it any more"))
    return changes

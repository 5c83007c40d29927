"""Perpetrators, targets and weapons named around an event trigger."""

from __future__ import annotations

from newsledger.records import Actor


def find_actors(doc, article_id: str) -> list[Actor]:
    """Actors (perpetrator, target, weapon) named in a parsed article."""
    return []

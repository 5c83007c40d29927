"""Responsibility claims: who is said to be behind an event, by whom, and how firmly."""

from __future__ import annotations

from newsledger.records import Claim, EventMention


def find_claims(doc, article_id: str, mentions: list[EventMention]) -> list[Claim]:
    """Claims in a parsed article; `doc` is the spaCy Doc of Article.text."""
    return []

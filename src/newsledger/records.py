"""Plain typed records that flow between the stages.

ingest -> Article; extract -> ArticleExtraction (EventMention, Figure, Claim,
Place, DateRef, Actor, each with Evidence); resolve -> Incident.
Stages are functions over these records; only the store and the CLI do I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

# Figure kinds an incident can carry.
FIGURE_KINDS = ("killed", "injured", "attackers_killed", "arrested", "missing")

# Claim modalities (see README, "Responsibility claims").
MODALITIES = ("claims_responsibility", "asserts", "reports", "denies", "no_claim")

# Date precisions, coarsest last.
PRECISIONS = ("day", "month", "year")


def normalize_text(text: str) -> str:
    """Text as compared for identity: unicode-stripped lines, runs of blank space folded."""
    return re.sub(r"\s+", " ", text).strip()


def content_hash(text: str) -> str:
    """sha256 of the normalized text; identical stories share it whatever their whitespace."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """A stable article id derived from the content, so re-ingesting gives the same id."""
    return content_hash(text)[:16]


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: article, character span [start, end) in Article.text, its sentence."""

    article_id: str
    start: int
    end: int
    sentence: str


@dataclass
class Article:
    id: str
    source: str  # the path or URL it was ingested from
    text: str  # main text that all offsets refer to
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    url: str | None = None
    raw: bytes = b""  # the original input bytes (file, HTML page, JSONL line)
    media_type: str = "text/plain"
    content_hash: str = ""
    duplicate_of: str | None = None  # id of the first copy of a near-duplicate

    @classmethod
    def from_text(cls, text: str, source: str, **meta: Any) -> "Article":
        return cls(id=article_id_for(text), source=source, text=text, content_hash=content_hash(text), **meta)


@dataclass
class ReadFailure:
    """One input item that could not be read; `reason` is a single human line."""

    item: str
    reason: str


@dataclass
class Place:
    name: str  # as written
    label: str  # GPE | LOC | FAC | VENUE
    evidence: Evidence
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class DateRef:
    text: str  # the expression as written
    value: dt.date | None  # resolved date (first day of the month/year for coarser precision)
    precision: str | None  # day | month | year, None when unresolved
    evidence: Evidence


@dataclass
class Actor:
    text: str
    role: str  # perpetrator | target | weapon
    evidence: Evidence


@dataclass
class Figure:
    kind: str  # one of FIGURE_KINDS
    value: int | None  # the number analysts code (vague "dozens" -> 12)
    text: str  # the number as written ("at least 21", "dozens")
    evidence: Evidence
    qualifier: str | None = None  # at least | more than | nearly | up to | about | over
    vague: bool = False
    victims: str | None = None  # civilians | police | soldiers | children | clergy | attackers ...
    cited_source: str | None = None  # who the sentence attributes the figure to
    is_breakdown: bool = False  # part of a total given in the same article ("of whom 16 police")
    mention: int | None = None  # index into ArticleExtraction.mentions


@dataclass
class Claim:
    party: str | None  # normalized party (set by resolve); as written until then
    modality: str  # one of MODALITIES
    evidence: Evidence
    party_text: str | None = None  # the party as written
    speaker: str | None = None  # who is cited, for `reports`
    hedge: str | None = None  # likely, suggest, ...
    mention: int | None = None


@dataclass
class EventMention:
    index: int  # position in ArticleExtraction.mentions
    type: str  # key of extract.event_types.EVENT_TYPES
    trigger: str
    evidence: Evidence
    date: DateRef | None = None
    places: list[Place] = field(default_factory=list)
    perpetrators: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    weapons: list[Actor] = field(default_factory=list)


@dataclass
class ArticleExtraction:
    article_id: str
    mentions: list[EventMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)


@dataclass
class Incident:
    id: str
    name: str
    type: str
    date: dt.date | None
    date_precision: str | None
    places: list[Place] = field(default_factory=list)
    country: str | None = None
    admin1: str | None = None
    mentions: list[EventMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    reconciled: dict[str, dict[str, Any]] = field(default_factory=dict)


def to_jsonable(obj: Any) -> Any:
    """Dataclasses, dates and containers as plain JSON values."""
    if hasattr(obj, "__dataclass_fields__"):
        return to_jsonable(asdict(obj))
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, bytes):
        return None
    return obj


def from_jsonable(cls: type, data: Any) -> Any:
    """Rebuild a record (or a container of records) from `to_jsonable` output."""
    import dataclasses
    import types
    import typing

    def build(tp: Any, value: Any) -> Any:
        if value is None:
            return None
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            return build(options[0], value) if len(options) == 1 else value
        if origin is list:
            (item,) = typing.get_args(tp) or (Any,)
            return [build(item, v) for v in value]
        if origin is dict:
            return dict(value)
        if tp is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value[:10])
        if dataclasses.is_dataclass(tp):
            hints = typing.get_type_hints(tp)
            kwargs = {f.name: build(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value}
            return tp(**kwargs)
        return value

    return build(cls, data)

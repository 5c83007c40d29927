"""The whole run over a store: ingest -> extract (+ frame) -> resolve.

Functions here move records between the pure stages and the store; they report
progress through callbacks so the CLI (or the web app) decides how to show it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsledger.records import Article, ReadFailure
from newsledger.store import ADDED, Store

Progress = Callable[[str], None]


@dataclass
class IngestSummary:
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.added + self.duplicates

    def line(self) -> str:
        near = f" ({self.near_duplicates} near-duplicates linked to their first copy)" if self.near_duplicates else ""
        return f"{self.added} added, {self.duplicates} duplicates, {self.failed} failed{near}"

    def exit_code(self) -> int:
        """0 when everything went in, 2 when some items failed, 1 when nothing could be read."""
        if self.failed and not self.read:
            return 1
        if not self.failed and not self.read:
            return 1
        return 2 if self.failed else 0


def _near_duplicate_index(store: Store):
    from newsledger.ingest.dedup import NearDuplicateIndex

    index = NearDuplicateIndex()
    for article_id, signature in store.minhash_signatures():
        index.add(article_id, signature)
    return index


def ingest(
    store: Store,
    inputs: list[str],
    *,
    max_bytes: int = 20_000_000,
    on_item: Callable[[Article | ReadFailure, str | None], None] | None = None,
) -> IngestSummary:
    """Read every input and store each article in its own transaction.

    An exact duplicate (same normalized text) is not stored again; a near-duplicate is
    stored with `duplicate_of` pointing at its first copy and is not analysed.
    `on_item(item, outcome)` is called per item: outcome "added", "near_duplicate",
    "duplicate", or None for a ReadFailure.
    """
    from newsledger.ingest import read_inputs

    summary = IngestSummary()
    index = _near_duplicate_index(store)
    for item in read_inputs(inputs, max_bytes=max_bytes):
        if isinstance(item, ReadFailure):
            summary.failed += 1
            summary.failures.append(item)
            if on_item:
                on_item(item, None)
            continue
        outcome = _store_article(store, index, item)
        if outcome == "duplicate":
            summary.duplicates += 1
        else:
            summary.added += 1
            summary.added_ids.append(item.id)
            if outcome == "near_duplicate":
                summary.near_duplicates += 1
        if on_item:
            on_item(item, outcome)
    return summary


def _store_article(store: Store, index: Any, article: Article) -> str:
    if store.find_by_hash(article.content_hash):
        return "duplicate"
    signature = index.signature(article.text)
    first = index.query(signature)
    if first and first != article.id:
        article.duplicate_of = first
        result = store.add_article(article, None)
        return "near_duplicate" if result == ADDED else "duplicate"
    result = store.add_article(article, signature)
    if result == ADDED:
        index.add(article.id, signature)
        return "added"
    return "duplicate"


@dataclass
class AnalyzeSummary:
    analyzed: int = 0
    failed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    incidents: int = 0
    changes: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self.analyzed} analyzed{failed}; {self.incidents} incidents in the ledger"


def analyze(
    store: Store,
    *,
    force: bool = False,
    on_article: Callable[[str, str | None], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    engine: Any = None,
) -> AnalyzeSummary:
    """Extract and frame every article not yet analysed by this version, then resolve incidents.

    `engine` (see engine.py) decides where articles are parsed: in this process by default, in
    local worker processes or on Ray. Results are saved here, one article at a time, as they come.
    """
    from newsledger.engine import CHUNK, InProcess
    from newsledger.extract import EXTRACTOR_VERSION

    engine = engine or InProcess()
    summary = AnalyzeSummary()
    pending = store.pending_analysis(EXTRACTOR_VERSION, force=force)
    if on_start:
        on_start(len(pending))
    sources: dict[str, str] = {}

    def chunks() -> Iterable[list[Article]]:
        for start in range(0, len(pending), CHUNK):
            chunk = store.articles(pending[start:start + CHUNK])
            sources.update((a.id, a.source) for a in chunk)
            yield chunk

    for results in engine.map(chunks()):
        for result in results:
            problem = result.error
            if problem is None:
                try:
                    store.save_analysis(result.extraction, EXTRACTOR_VERSION, frame=result.frame)
                except Exception as exc:  # one bad article must not stop the batch
                    problem = f"analysis failed: {type(exc).__name__}: {exc}"
            source = sources.pop(result.article_id, result.article_id)
            if problem is not None:
                summary.failed += 1
                summary.failures.append(ReadFailure(source, problem))
                if on_article:
                    on_article(result.article_id, f"{source}: {problem}")
                continue
            summary.analyzed += 1
            if on_article:
                on_article(result.article_id, None)
    if summary.analyzed or force or not store.incident_summaries():
        res = resolve(store)
        summary.changes = res
    summary.incidents = len(store.incident_summaries())
    return summary


def resolve(store: Store) -> list[dict[str, Any]]:
    """Re-resolve incidents over every stored extraction, keeping ids of incidents that persist."""
    from newsledger.export import incident_summary
    from newsledger.resolve import resolve_incidents

    articles = store.articles(originals_only=True)
    extractions = store.extractions()
    previous = store.incidents()
    result = resolve_incidents(articles, extractions, previous=previous or None)
    by_id = {a.id: a for a in articles}
    summaries = {inc.id: incident_summary(inc, by_id) for inc in result.incidents}
    changes = [
        {"kind": c.kind, "incident_ids": list(c.incident_ids), "note": c.note}
        for c in result.changes
        if c.kind != "unchanged"
    ]
    store.save_incidents(result.incidents, summaries, changes)
    return changes

"""Readers that turn files, folders, JSONL dumps, URLs and feeds into Article records.

Contract: `read_inputs(inputs, max_bytes=...)` yields Article or ReadFailure, one per item,
and never raises for a bad item. `count_items(inputs)` is a cheap count for progress bars.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.records import Article, ReadFailure

DEFAULT_MAX_BYTES = 20_000_000


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadFailure]:
    from newsledger.ingest.files import read_file, walk

    client = None
    try:
        for given in inputs:
            if _is_url(given):
                from newsledger.ingest.web import read_url

                if client is None:
                    import httpx

                    from newsledger.ingest.web import TIMEOUT, USER_AGENT

                    client = httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT})
                yield from _guarded(given, read_url(given, max_bytes, client))
                continue
            if "://" in given:
                yield ReadFailure(given, "unsupported URL scheme (use http:// or https://)")
                continue
            for path in walk(Path(given)):
                if isinstance(path, ReadFailure):
                    yield path
                else:
                    yield from _guarded(str(path), read_file(path, max_bytes))
    finally:
        if client is not None:
            client.close()


def _guarded(item: str, items: Iterator[Article | ReadFailure]) -> Iterator[Article | ReadFailure]:
    """A reader's bug becomes one failure line for its item, never a stopped batch."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001
        yield ReadFailure(item, f"unreadable: {type(exc).__name__}: {exc}")


def count_items(inputs: Iterable[str]) -> int:
    from newsledger.ingest.files import count_file, walk

    total = 0
    for given in inputs:
        if _is_url(given) or "://" in given:
            total += 1
            continue
        for path in walk(Path(given)):
            total += 1 if isinstance(path, ReadFailure) else count_file(path)
    return total

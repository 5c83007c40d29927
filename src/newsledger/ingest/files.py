"""Files and folders: walk, size-check and read each file by its kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from newsledger.ingest.items import article_from_bytes
from newsledger.ingest.jsonl import count_jsonl, read_jsonl
from newsledger.records import Article, ReadFailure

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def walk(path: Path) -> Iterator[Path | ReadFailure]:
    """The files under a path in a stable order; a missing or unreadable path is a failure."""
    try:
        if path.is_dir():
            entries = []
            for root, dirs, files in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                entries.extend(Path(root) / f for f in sorted(files) if f not in SKIP_NAMES and not f.startswith("."))
            if not os.access(path, os.R_OK | os.X_OK):
                yield ReadFailure(str(path), "permission denied (cannot list the folder)")
            yield from entries
        elif path.exists():
            yield path
        else:
            yield ReadFailure(str(path), "no such file or folder")
    except OSError as exc:
        yield ReadFailure(str(path), exc.strerror or str(exc))


def _size_mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def read_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    item = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadFailure(item, f"file is {_size_mb(size)}, over the {_size_mb(max_bytes)} limit (--max-size)")
            return
        raw = path.read_bytes()
    except PermissionError:
        yield ReadFailure(item, "permission denied")
        return
    except IsADirectoryError:
        yield ReadFailure(item, "is a folder")
        return
    except OSError as exc:
        yield ReadFailure(item, exc.strerror or str(exc))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        if not raw.strip():
            yield ReadFailure(item, "empty file")
            return
        yield from read_jsonl(raw, item)
    elif suffix in HTML_SUFFIXES:
        yield article_from_bytes(raw, item, html=True)
    elif suffix in TEXT_SUFFIXES:
        yield article_from_bytes(raw, item, html=False)
    else:
        yield article_from_bytes(raw, item, html=None)


def count_file(path: Path) -> int:
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            if path.stat().st_size <= 200_000_000:
                return count_jsonl(path.read_bytes())
        except OSError:
            return 1
    return 1

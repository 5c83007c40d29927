"""Where the per-article analysis runs: in this process, in local worker processes, or on Ray.

The unit of work is `analyse_chunk(articles) -> list[Analysis]`: parse a chunk of articles with
spaCy, extract and frame each one. It is a pure function of its input (the spaCy pipeline is
loaded once per process and cached), so an engine only decides where chunks run:

- `InProcess()`          the default; no extra processes.
- `LocalProcesses(n)`    n worker processes on this machine (one spaCy copy each, ~0.4 GB).
- `RayCluster(address)`  tasks on a Ray cluster (`pip install 'newsledger[ray]'`); address None
                         starts a local Ray, "auto" joins the cluster this machine belongs to,
                         "ray://host:10001" connects to a remote head.

Every engine yields results in the order of the chunks it was given and keeps a bounded number
of chunks in flight, so memory stays flat on any corpus size. Writing to the store stays in the
calling process (one writer; SQLite-safe). A failure inside one article is reported on that
article's Analysis, never raised, so the batch goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsledger.records import Article, ArticleExtraction

CHUNK = 16


@dataclass
class Analysis:
    """One article's analysis: its extraction and framing, or the error that stopped them."""

    article_id: str
    extraction: ArticleExtraction | None = None
    frame: dict[str, Any] | None = None
    error: str | None = None


def _framer():
    try:
        from newsledger.frame import frame_article, to_export
    except ImportError:
        return None
    return lambda article, doc: to_export(frame_article(article, doc=doc))


def analyse_chunk(articles: list[Article]) -> list[Analysis]:
    """Parse, extract and frame a chunk of articles; per-article errors are caught and kept."""
    from newsledger.extract import extract_doc, load_nlp

    nlp = load_nlp()
    framer = _framer()
    results: list[Analysis] = []
    try:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=CHUNK))
    except Exception:  # a text the parser chokes on: parse one by one to find it
        docs = []
        for article in articles:
            try:
                docs.append(nlp(article.text))
            except Exception as exc:
                docs.append(exc)
    for article, doc in zip(articles, docs):
        if isinstance(doc, Exception):
            results.append(Analysis(article.id, error=f"parse failed: {type(doc).__name__}: {doc}"))
            continue
        try:
            extraction = extract_doc(doc, article)
            frame = framer(article, doc) if framer else None
        except Exception as exc:
            results.append(Analysis(article.id, error=f"analysis failed: {type(exc).__name__}: {exc}"))
            continue
        results.append(Analysis(article.id, extraction=extraction, frame=frame))
    return results


class InProcess:
    """Run every chunk here, one after another."""

    name = "in-process"

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        for chunk in chunks:
            yield analyse_chunk(chunk)

    def close(self) -> None:
        pass


def _bounded(submit, collect, chunks: Iterable[list[Article]], window: int) -> Iterator[list[Analysis]]:
    """Submit chunks keeping at most `window` in flight; collect results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield collect(pending.popleft())
    while pending:
        yield collect(pending.popleft())


class LocalProcesses:
    """A pool of worker processes on this machine (spawned, so each loads spaCy cleanly once)."""

    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = max(1, workers)
        self.name = f"{self.workers} local processes"
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        return _bounded(
            lambda chunk: self._pool.submit(analyse_chunk, chunk),
            lambda future: future.result(),
            chunks,
            window=2 * self.workers,
        )

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


class RayCluster:
    """Chunks as Ray tasks; Ray reuses its worker processes, so each loads spaCy once."""

    def __init__(self, address: str | None = None, workers: int | None = None):
        try:
            import ray
        except ImportError as exc:
            raise EngineError("the Ray engine needs Ray: pip install 'newsledger[ray]'") from exc
        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            options: dict[str, Any] = {"ignore_reinit_error": True, "include_dashboard": False, "log_to_driver": False}
            if address:
                options["address"] = address
            elif workers:
                options["num_cpus"] = workers
            try:
                ray.init(**options)
            except Exception as exc:  # unreachable head, bad address
                raise EngineError(f"cannot start or reach Ray ({address or 'local'}): {exc}") from exc
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = workers or cpus
        self.name = f"Ray ({address or 'local'}, {cpus} CPUs)"
        self._task = ray.remote(analyse_chunk)

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        return _bounded(
            lambda chunk: self._task.remote(chunk),
            lambda ref: self._ray.get(ref),
            chunks,
            window=2 * self.workers,
        )

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()


class EngineError(RuntimeError):
    """An engine that cannot run here (missing package, unreachable cluster); the message is one line."""


def make_engine(kind: str = "local", workers: int = 1, address: str | None = None):
    """The engine a command line asks for: local (workers 1 = in this process) or ray."""
    kind = (kind or "local").lower()
    if kind == "local":
        return InProcess() if workers <= 1 else LocalProcesses(workers)
    if kind == "ray":
        return RayCluster(address, workers if workers > 1 else None)
    raise EngineError(f"unknown engine {kind!r}: use local or ray")

"""Commands: ingest, analyze."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsledger.cli.app import DB_HELP, app
from newsledger.records import ReadFailure

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

WORKERS_HELP = "Parse articles in this many processes (each holds a spaCy copy, ~0.4 GB); with --engine ray, the Ray tasks in flight."
ENGINE_HELP = "Where articles are parsed: local (this machine) or ray (a Ray cluster; pip install 'newsledger[ray]')."
RAY_HELP = "With --engine ray: 'auto' joins this machine's cluster, 'ray://HOST:10001' a remote one; unset starts Ray locally."

SIZE_UNITS = {"": 1, "B": 1, "K": 10**3, "KB": 10**3, "M": 10**6, "MB": 10**6, "G": 10**9, "GB": 10**9}


def parse_size(text: str) -> int:
    """'20MB', '500k', '1000000' -> bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", text)
    if not match or match.group(2).upper() not in SIZE_UNITS:
        raise typer.BadParameter(f"not a size: {text!r} (use e.g. 20MB, 500KB, 1000000)")
    return int(float(match.group(1)) * SIZE_UNITS[match.group(2).upper()])


def failure_line(failure: ReadFailure) -> str:
    """One line naming the item, whatever form the reader gave the reason in."""
    reason = failure.reason.strip().splitlines()[0] if failure.reason.strip() else "unreadable"
    if not reason.startswith(failure.item):
        reason = f"{failure.item}: {reason}"
    return f"failed: {reason}"


@contextmanager
def progress_bar(show: bool, label: str, total: int | None = None) -> Iterator[tuple[Progress | None, int | None]]:
    """A rich progress bar on stderr, or nothing when there is a single item or no terminal."""
    if not show:
        yield None, None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        task = progress.add_task(label, total=total)
        yield progress, task


def open_store(db: str | None):
    from newsledger.store import Store, StoreError

    try:
        return Store.open(db)
    except StoreError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(1) from exc


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(
        ...,
        metavar="PATH_OR_URL...",
        help="Files, folders (read recursively: .txt .md .html .htm .jsonl), http(s) URLs of articles, or RSS/Atom feed URLs.",
    ),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    analyze_after: bool = typer.Option(True, "--analyze/--no-analyze", help="Extract, frame and resolve incidents right after ingesting."),
    max_size: str = typer.Option("20MB", "--max-size", help="Skip (as failed) any file or page larger than this."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help=WORKERS_HELP),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    ray_address: str = typer.Option(None, "--ray-address", envvar="RAY_ADDRESS", help=RAY_HELP),
) -> None:
    """Store articles once each (with their raw input), then analyze them.

    Exact duplicates are skipped, near-duplicates (re-published copies) are linked to their first copy and not analysed twice. A bad item gets one error line and the batch goes on. Exit status: 0 all went in, 2 some items failed, 1 nothing could be read. Running the same command again adds nothing twice and finishes what an interrupted run left.
    """
    from newsledger import pipeline

    limit = parse_size(max_size)
    store = open_store(db)
    count = _count_items(inputs)
    show = (count is None or count > 1) and err.is_terminal
    try:
        with progress_bar(show, "ingesting", count) as (progress, task):

            def on_item(item, outcome):  # noqa: ANN001
                if isinstance(item, ReadFailure):
                    line = failure_line(item)
                    (progress.console if progress else err).print(line, markup=False)
                if progress is not None:
                    progress.advance(task)

            summary = pipeline.ingest(store, inputs, max_bytes=limit, on_item=on_item)
    except KeyboardInterrupt:
        err.print("interrupted: every article stored so far is complete; run the same command again to finish")
        raise typer.Exit(130)
    out.print(summary.line(), markup=False)
    code = summary.exit_code()
    if analyze_after and summary.read:
        _run_analyze(store, force=False, engine=engine, workers=workers, address=ray_address)
    store.close()
    raise typer.Exit(code)


def _count_items(inputs: list[str]) -> int | None:
    try:
        from newsledger.ingest import count_items
    except ImportError:
        return None
    try:
        return count_items(inputs)
    except Exception:
        return None


def _run_analyze(store, force: bool, engine: str = "local", workers: int = 1, address: str | None = None) -> int:  # noqa: ANN001
    from newsledger import pipeline
    from newsledger.engine import EngineError, make_engine

    try:
        runner = make_engine(engine, workers, address)
    except EngineError as exc:
        err.print(f"error: {exc}", markup=False)
        return 1
    show = err.is_terminal
    state: dict = {}
    try:
        with progress_bar(show, "analyzing", None) as (progress, task):

            def on_start(total: int) -> None:
                if progress is not None:
                    progress.update(task, total=total)

            def on_article(article_id: str, problem: str | None) -> None:
                if problem:
                    (progress.console if progress else err).print(f"failed: {problem}", markup=False)
                if progress is not None:
                    progress.advance(task)

            state["summary"] = pipeline.analyze(
                store, force=force, on_article=on_article, on_start=on_start, engine=runner
            )
    except KeyboardInterrupt:
        err.print("interrupted: analysed articles are saved; run `newsledger analyze` to finish")
        raise typer.Exit(130)
    finally:
        runner.close()
    summary = state["summary"]
    out.print(summary.line(), markup=False)
    return 2 if summary.failed else 0


@app.command()
def analyze(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    force: bool = typer.Option(False, "--force", help="Re-analyze every article, not only new ones or those analysed by an older extractor."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help=WORKERS_HELP),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    ray_address: str = typer.Option(None, "--ray-address", envvar="RAY_ADDRESS", help=RAY_HELP),
) -> None:
    """Extract events, figures, places, dates and claims, frame each article, and resolve incidents.

    Only articles not yet analysed by this version of the extractor are processed, unless --force.
    Parsing runs in this process by default; --workers N uses N processes on this machine and
    --engine ray spreads it over a Ray cluster. The store is written from this process either way.
    """
    store = open_store(db)
    code = _run_analyze(store, force=force, engine=engine, workers=workers, address=ray_address)
    store.close()
    raise typer.Exit(code)

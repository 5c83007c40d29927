"""Commands: incidents, show, export, eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from newsledger.cli.app import DB_HELP, app
from newsledger.cli.ingest_cmds import err, open_store, out


def _ledger(store, with_frames: bool = True) -> dict[str, Any]:  # noqa: ANN001
    from newsledger.export import build_ledger

    articles = store.articles(originals_only=True)
    extras = store.frames() if with_frames else None
    return build_ledger(articles, store.incidents(), article_extras=extras)


def _range(low: Any, high: Any) -> str:
    if low is None:
        return "-"
    return str(low) if low == high or high is None else f"{low}-{high}"


@app.command()
def incidents(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    contested: bool = typer.Option(False, "--contested", help="Only incidents whose sources give incompatible figures."),
) -> None:
    """List incidents: date, type, place, reported killed range, number of sources, contested flag."""
    store = open_store(db)
    rows = store.incident_summaries()
    if contested:
        rows = [r for r in rows if r.contested]
    table = Table(title=f"{len(rows)} incidents", show_lines=False)
    for col in ("id", "date", "type", "place", "killed", "sources", "contested"):
        table.add_column(col, overflow="fold")
    for r in rows:
        date = r.date.isoformat() if r.date else "?"
        if r.date and r.date_precision == "month":
            date = date[:7]
        elif r.date and r.date_precision == "year":
            date = date[:4]
        place = ", ".join(p for p in (r.location, r.admin1 if r.admin1 != r.location else None, r.country) if p) or "?"
        table.add_row(r.id, date, r.type, place, _range(r.killed_low, r.killed_high), str(r.n_sources),
                      "yes" if r.contested else "")
    out.print(table)
    store.close()


@app.command()
def show(
    incident_id: str = typer.Argument(..., metavar="INCIDENT", help="An incident id from `newsledger incidents`."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One incident, source by source: each figure and claim with the sentence it comes from."""
    from newsledger.export import build_ledger

    store = open_store(db)
    incident = store.incident(incident_id)
    if incident is None:
        err.print(f"error: no incident {incident_id!r}; `newsledger incidents` lists them")
        raise typer.Exit(1)
    article_ids = {m.evidence.article_id for m in incident.mentions}
    articles = store.articles(article_ids)
    by_id = {a.id: a for a in articles}
    data = build_ledger(articles, [incident])["incidents"][0]
    places = ", ".join(p["name"] for p in data["places"]) or "?"
    out.print(f"[bold]{data['name']}[/bold]  ({data['id']})")
    out.print(f"type {data['type']}; date {data['date'] or '?'} ({data['date_precision'] or 'unknown'}); places {places}")

    def who(aid: str) -> str:
        a = by_id.get(aid)
        if a is None:
            return aid
        when = a.published.isoformat() if a.published else "undated"
        return f"{a.outlet or a.source} ({when})"

    for kind, rec in data["reconciled"].items():
        note = " CONTESTED" if rec.get("contested") else ""
        out.print(f"\n[bold]{kind}[/bold]: low {rec.get('low')}, best {rec.get('best')}, high {rec.get('high')}, "
                  f"latest {rec.get('latest')}, conservative {rec.get('conservative')}{note}")
    if data["figures"]:
        table = Table(title="figures by source", show_lines=True)
        for col in ("source", "kind", "value", "evidence"):
            table.add_column(col, overflow="fold")
        for f in data["figures"]:
            value = f"{f['qualifier'] + ' ' if f.get('qualifier') else ''}{f['value']}"
            if f.get("victims"):
                value += f" ({f['victims']})"
            table.add_row(who(f["article_id"]), f["kind"], value, f["sentence"])
        out.print(table)
    if data["claims"]:
        table = Table(title="who says who is responsible", show_lines=True)
        for col in ("source", "party", "modality", "speaker", "evidence"):
            table.add_column(col, overflow="fold")
        for c in data["claims"]:
            table.add_row(who(c["article_id"]), c.get("party") or "-", c["modality"], c.get("speaker") or "", c["sentence"])
        out.print(table)
    reporting = sorted({who(m["article_id"]) for m in data["mentions"]})
    out.print(f"\nreported by {len(reporting)} article(s): " + "; ".join(reporting))
    store.close()


@app.command()
def export(
    fmt: str = typer.Option("json", "--format", "-f", help="json (the full ledger), csv (incidents.csv + sources.csv) or parquet (the same two tables)."),
    out_path: Path = typer.Option(None, "--out", "-o", help="File (json) or folder (csv, parquet). Default: stdout for json, ./ledger-export/ otherwise."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the ledger. JSON follows the documented contract; CSV/Parquet use ACLED-like columns."""
    from newsledger.export import write_csv, write_json, write_parquet

    fmt = fmt.lower()
    if fmt not in ("json", "csv", "parquet"):
        err.print(f"error: --format {fmt!r}: choose json, csv or parquet")
        raise typer.Exit(2)
    store = open_store(db)
    ledger = _ledger(store)
    if fmt == "json":
        if out_path is None:
            write_json(ledger, sys.stdout)
            sys.stdout.write("\n")
        else:
            write_json(ledger, out_path)
            err.print(f"wrote {out_path}")
    else:
        folder = out_path or Path("ledger-export")
        writer = write_csv if fmt == "csv" else write_parquet
        written = writer(ledger, folder)
        err.print(f"wrote {', '.join(str(p) for p in written) if written else folder}")
    store.close()


@app.command(name="eval")
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Gold file in the format of shared/gold/seeds.yaml."),
    corpus: Path = typer.Option(None, "--corpus", help="Folder with the gold's article files (default: the articles' own stored text)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score the stored ledger against a hand-annotated gold file.

    Prints figure recall and precision, distractors attached, cross-source grouping, claim recall and modality accuracy, metadata accuracy, and genre and narrative scores when the gold has them.
    """
    import yaml

    from newsledger.evaluate import format_report, score_ledger

    try:
        gold_data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        err.print(f"error: {gold}: cannot read the gold file: {exc}")
        raise typer.Exit(1) from exc
    store = open_store(db)
    ledger = _ledger(store)
    texts: dict[str, str] = {}
    if corpus is not None:
        for p in sorted(corpus.iterdir()):
            if p.is_file():
                texts[p.name] = p.read_text(encoding="utf-8", errors="replace")
    else:
        for a in store.articles():
            texts[Path(a.source).name] = a.text
    scores = score_ledger(ledger, gold_data, texts)
    if as_json:
        out.print(json.dumps(scores, indent=2), markup=False)
    else:
        out.print(format_report(scores), markup=False)
    store.close()

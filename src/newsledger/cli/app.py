"""The typer application every command module registers on."""

import typer

app = typer.Typer(
    name="newsledger",
    help=(
        "Turn a pile of news articles into a source-attributed ledger of incidents.\n\n"
        "Typical run: `newsledger ingest FOLDER` (stores and analyzes the articles), then "
        "`newsledger incidents`, `newsledger show ID`, `newsledger export --format json`, "
        "or `newsledger serve` for the web interface. Every command takes --db "
        "(default: the NEWSLEDGER_DB variable, else sqlite file newsledger.db)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DB_HELP = "Database URL (sqlite:///file.db or postgresql://...) or a path to a SQLite file. Default: $NEWSLEDGER_DB, else newsledger.db."

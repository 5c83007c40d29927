"""Command: serve (the web interface and JSON API)."""

from __future__ import annotations

import os

import typer

from newsledger.cli.app import DB_HELP, app
from newsledger.cli.ingest_cmds import err, out

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. The default (loopback) keeps the server private to this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    allow_ingest: bool = typer.Option(False, "--allow-ingest", help="Enable POST /api/ingest (needs --token)."),
    token: str = typer.Option(None, "--token", help="Bearer token that POST /api/ingest requires. Default: $NEWSLEDGER_TOKEN."),
) -> None:
    """Serve the incident pages and the JSON API (read-only unless --allow-ingest --token).

    Pages: / (incidents), /incidents/ID, /articles/ID, /sources, /search. API: /api/..., described at /docs and /openapi.json.
    """
    import uvicorn

    from newsledger.store import StoreError
    from newsledger.web import create_app

    token = token or os.environ.get("NEWSLEDGER_TOKEN")
    if allow_ingest and not token:
        err.print("error: --allow-ingest needs --token TOKEN (or $NEWSLEDGER_TOKEN); callers send Authorization: Bearer TOKEN")
        raise typer.Exit(1)
    try:
        web_app = create_app(db, allow_ingest=allow_ingest, token=token)
    except StoreError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(1) from exc
    if host not in LOOPBACK:
        err.print(f"warning: listening on {host}, reachable from other machines", markup=False)
    shown = f"[{host}]" if ":" in host else host
    out.print(f"newsledger: http://{shown}:{port}/ ({'ingest enabled' if allow_ingest else 'read-only'}); Ctrl+C to stop", markup=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")

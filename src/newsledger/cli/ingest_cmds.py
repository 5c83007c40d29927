"""Commands: ingest_cmds."""

from newsledger.cli.app import app  # noqa: F401

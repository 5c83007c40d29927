"""Imports every command module so that each registers its commands on the app."""

from newsledger.cli import ingest_cmds, ledger_cmds, frame_cmds, serve_cmds  # noqa: F401

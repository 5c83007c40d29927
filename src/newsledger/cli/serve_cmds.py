"""Commands: serve_cmds."""

from newsledger.cli.app import app  # noqa: F401

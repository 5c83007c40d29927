"""Command-line interface: `newsledger COMMAND --help` explains each command.

Each command lives in a module of this package and registers itself on `app`.
"""

from newsledger.cli.app import app
from newsledger.cli import commands  # noqa: F401  (registers the commands)


def main() -> None:
    app()

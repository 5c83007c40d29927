"""newsledger: a source-attributed ledger of incidents from a pile of news articles."""

__version__ = "0.1.0"

"""Web interface and JSON API over a newsledger store (FastAPI + server-rendered Jinja2 pages, no CDN).

`create_app(db_url, allow_ingest=False, token=None)` builds the app; `newsledger serve` runs it.
"""

from newsledger.web.app import create_app

__all__ = ["create_app"]

"""The FastAPI application: JSON API under /api, server-rendered pages elsewhere.

Read-only unless created with allow_ingest=True and a token; then POST /api/ingest
accepts uploads or URLs from callers that send `Authorization: Bearer TOKEN`.
"""

from __future__ import annotations

import datetime as dt
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException

from newsledger.store import Store
from newsledger.store.search import HIT_END, HIT_START, SearchQueryError, search_articles
from newsledger.web import queries
from newsledger.web.highlight import article_spans, highlight_html
from newsledger.web.ledger_view import article_ids_of, incident_detail, killed_chart, killed_points

HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_LIMIT = 500


def _fail(status: int, detail: str) -> HTTPException:
    return HTTPException(status_code=status, detail=detail)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _snippet_html(snippet: str) -> str:
    from html import escape

    return escape(snippet).replace(HIT_START, "<mark>").replace(HIT_END, "</mark>")


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]))
    env.filters["q"] = lambda s: quote(str(s or ""), safe="")
    env.filters["qualified"] = lambda f: f"{f['qualifier'] + ' ' if f.get('qualifier') else ''}{f['value'] if f.get('value') is not None else '?'}"
    return Jinja2Templates(env=env)


def _parse_date(name: str, value: str | None) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _fail(422, f"{name}: not a date: {value!r} (use YYYY-MM-DD)") from None


def _parse_bool(name: str, value: str | None) -> bool | None:
    if value is None or not value.strip():
        return None
    v = value.strip().lower()
    if v in ("1", "true", "yes", "on"):
        return True
    if v in ("0", "false", "no", "off"):
        return False
    raise _fail(422, f"{name}: not a yes/no value: {value!r} (use true or false)")


def create_app(db_url: str | None = None, *, allow_ingest: bool = False, token: str | None = None) -> FastAPI:
    """The web app over the store at `db_url` (default: $NEWSLEDGER_DB, else newsledger.db)."""
    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token: callers must send Authorization: Bearer TOKEN")
    store = Store.open(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        store.close()

    app = FastAPI(
        title="newsledger",
        description="Source-attributed incident ledger: every figure and claim with the article, offsets and sentence it comes from.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    templates = _templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=code)

    # ---- errors ----------------------------------------------------------------------

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError):  # noqa: ANN202
        parts = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
        detail = "; ".join(parts) or "invalid request"
        if wants_json(request):
            return JSONResponse({"detail": detail}, status_code=422)
        return page(request, "error.html", 422, status=422, detail=detail)

    @app.exception_handler(HTTPException)
    async def on_http(request: Request, exc: HTTPException):  # noqa: ANN202
        headers = getattr(exc, "headers", None)
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        return page(request, "error.html", exc.status_code, status=exc.status_code, detail=exc.detail)

    # ---- shared reads ----------------------------------------------------------------

    def incident_or_404(incident_id: str) -> dict[str, Any]:
        incident = store.incident(incident_id)
        if incident is None:
            raise _fail(404, f"no incident with id {incident_id!r}")
        articles = store.articles(article_ids_of(incident))
        detail = incident_detail(incident, articles)
        return {"incident": incident, "articles": articles, "detail": detail}

    def article_or_404(article_id: str) -> dict[str, Any]:
        article = store.article(article_id)
        if article is None:
            raise _fail(404, f"no article with id {article_id!r}")
        incidents = store.incidents(queries.incident_ids_for_articles(store, [article_id]))
        spans = article_spans(article_id, len(article.text), store.extraction(article_id), incidents)
        frame = store.frames([article_id]).get(article_id)
        return {"article": article, "incidents": incidents, "spans": spans, "frame": frame}

    def article_json(view: dict[str, Any]) -> dict[str, Any]:
        a = view["article"]
        return {
            "id": a.id,
            "title": a.title,
            "outlet": a.outlet,
            "authors": a.authors,
            "published": _iso(a.published),
            "url": a.url,
            "source": a.source,
            "media_type": a.media_type,
            "duplicate_of": a.duplicate_of,
            "text": a.text,
            "evidence": view["spans"],
            "frame": view["frame"],
            "incidents": [{"id": i.id, "name": i.name, "type": i.type, "date": _iso(i.date)} for i in view["incidents"]],
        }

    def outlet_or_404(outlet: str) -> dict[str, Any]:
        articles = queries.outlet_articles(store, outlet)
        if not articles:
            raise _fail(404, f"no articles from outlet {outlet!r}")
        ids = [a["id"] for a in articles]
        incident_ids = queries.incident_ids_for_articles(store, ids)
        summaries = queries.incident_summaries_by_id(store, incident_ids)
        id_set = set(ids)
        claims = []
        for inc in store.incidents(incident_ids):
            for c in inc.claims:
                if c.evidence.article_id in id_set:
                    claims.append({
                        "incident_id": inc.id, "incident_name": inc.name, "party": c.party, "modality": c.modality,
                        "speaker": c.speaker, "article_id": c.evidence.article_id, "start": c.evidence.start,
                        "end": c.evidence.end, "sentence": c.evidence.sentence,
                    })
        return {"outlet": outlet, "articles": articles, "incidents": summaries, "claims": claims}

    def run_search(q: str, limit: int) -> dict[str, Any]:
        try:
            hits = search_articles(store, q, limit)
        except SearchQueryError as exc:
            raise _fail(422, str(exc)) from None
        incident_ids = queries.incident_ids_for_articles(store, [h.article_id for h in hits])
        return {
            "query": q,
            "articles": [
                {"id": h.article_id, "title": h.title, "outlet": h.outlet, "published": _iso(h.published),
                 "snippet": h.plain_snippet, "snippet_html": _snippet_html(h.snippet), "rank": h.rank}
                for h in hits
            ],
            "incidents": queries.incident_summaries_by_id(store, incident_ids),
        }

    # ---- JSON API --------------------------------------------------------------------

    @app.get("/api/incidents", tags=["incidents"])
    def api_incidents(
        date_from: dt.date | None = Query(None, description="Incidents on or after this date (YYYY-MM-DD)."),
        date_to: dt.date | None = Query(None, description="Incidents on or before this date."),
        type: str | None = Query(None, description="Event type, e.g. armed_assault."),
        country: str | None = Query(None, description="Country name (case-insensitive)."),
        q: str | None = Query(None, description="Words that must all appear in the name, place, country or type."),
        contested: bool | None = Query(None, description="Only incidents whose sources disagree (true) or agree (false)."),
        limit: int = Query(PAGE_SIZE, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        """Incident summary rows, newest first, filtered and paged: {"total", "items"}."""
        flt = queries.IncidentFilter(date_from, date_to, type, country, q, contested)
        total, items = queries.list_incidents(store, flt, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/incidents/{incident_id}", tags=["incidents"])
    def api_incident(incident_id: str) -> dict[str, Any]:
        """One incident in the export contract form, plus its sources, figure comparison table and claims matrix."""
        return incident_or_404(incident_id)["detail"]

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: str) -> dict[str, Any]:
        """Article metadata, text, every evidence span in it, its framing (if analysed) and the incidents citing it."""
        return article_json(article_or_404(article_id))

    @app.get("/api/sources", tags=["sources"])
    def api_sources() -> dict[str, Any]:
        """Outlets with their article and incident counts."""
        return {"items": queries.outlets(store)}

    @app.get("/api/sources/{outlet:path}", tags=["sources"])
    def api_source(outlet: str) -> dict[str, Any]:
        """One outlet: its articles, the incidents it covers, and the responsibility claims its articles carry."""
        return outlet_or_404(outlet)

    @app.get("/api/search", tags=["search"])
    def api_search(
        q: str = Query(..., min_length=1, description='Full-text query: words, "phrases", OR, NOT, prefix* (SQLite) or web-search syntax (PostgreSQL).'),
        limit: int = Query(20, ge=1, le=200),
    ) -> dict[str, Any]:
        """Articles matching the query (with snippets) and the incidents they report."""
        return run_search(q, limit)

    from newsledger.web.ingest_api import register_ingest

    register_ingest(app, store)

    # ---- pages -----------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def incidents_page(
        request: Request,
        date_from: str | None = None,
        date_to: str | None = None,
        type: str | None = None,
        country: str | None = None,
        q: str | None = None,
        contested: str | None = None,
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        flt = queries.IncidentFilter(
            _parse_date("date_from", date_from), _parse_date("date_to", date_to), (type or "").strip() or None,
            (country or "").strip() or None, (q or "").strip() or None, _parse_bool("contested", contested),
        )
        total, items = queries.list_incidents(store, flt, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
        pages = max(1, -(-total // PAGE_SIZE))
        params = flt.as_params()

        def page_url(n: int) -> str:
            return "/?" + urlencode({**params, "page": n})

        return page(request, "incidents.html", flt=flt, total=total, items=items, facets=queries.facets(store),
                    page_no=page_no, pages=pages, page_url=page_url, start=(page_no - 1) * PAGE_SIZE)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: str) -> HTMLResponse:
        view = incident_or_404(incident_id)
        by_id = {a.id: a for a in view["articles"]}
        points = killed_points(view["detail"], by_id)
        return page(request, "incident.html", inc=view["detail"], chart=killed_chart(points))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        view = article_or_404(article_id)
        body = highlight_html(view["article"].text, view["spans"])
        counts: dict[str, int] = {}
        for s in view["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        return page(request, "article.html", a=view["article"], body=body, spans=view["spans"], counts=counts,
                    frame=view["frame"], incidents=view["incidents"])

    @app.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    def sources_page(request: Request) -> HTMLResponse:
        return page(request, "sources.html", outlets=queries.outlets(store))

    @app.get("/sources/{outlet:path}", response_class=HTMLResponse, include_in_schema=False)
    def source_page(request: Request, outlet: str) -> HTMLResponse:
        return page(request, "source.html", **outlet_or_404(outlet))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "") -> HTMLResponse:
        result = run_search(q, 50) if q.strip() else None
        return page(request, "search.html", q=q, result=result)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        spec = app.openapi()
        endpoints = []
        for path, ops in spec.get("paths", {}).items():
            for method, op in ops.items():
                params = [
                    {"name": p["name"], "where": p["in"], "required": p.get("required", False), "description": p.get("description", "")}
                    for p in op.get("parameters", [])
                ]
                endpoints.append({"method": method.upper(), "path": path, "summary": op.get("description") or op.get("summary", ""), "params": params})
        return page(request, "docs.html", endpoints=endpoints, allow_ingest=allow_ingest)

    return app

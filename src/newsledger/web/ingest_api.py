"""POST /api/ingest: add articles through the web app (only with allow_ingest and a bearer token).

Accepts multipart uploads (field `files`, one or more) or JSON {"url": ...} / {"urls": [...]}
with http(s) URLs only (a local path is never read on a caller's behalf). Runs the same
pipeline as `newsledger ingest`, then analysis when the extract stage is installed.
Every bad item gets one line in `errors`; the batch goes on.
"""

from __future__ import annotations

import hmac
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

MAX_BYTES = 20_000_000
_lock = threading.Lock()


def _check_token(request: Request) -> None:
    app = request.app
    if not app.state.allow_ingest:
        raise HTTPException(403, "ingest is disabled: this server is read-only (start it with --allow-ingest --token TOKEN)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "missing credentials: send Authorization: Bearer TOKEN", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), app.state.token.encode()):
        raise HTTPException(403, "wrong token")


def _safe_name(name: str, index: int) -> str:
    base = Path(name or "").name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._") or f"upload-{index}.txt"
    return f"{index:03d}-{base}"


def _failure_line(item: str, reason: str, names: dict[str, str]) -> str:
    shown = names.get(item, item)
    reason = (reason or "unreadable").strip().splitlines()[0] if (reason or "").strip() else "unreadable"
    for path, original in names.items():
        reason = reason.replace(path, original)
    return reason if reason.startswith(shown) else f"{shown}: {reason}"


def _run(store, inputs: list[str], names: dict[str, str]) -> tuple[int, dict[str, Any]]:  # noqa: ANN001
    from newsledger import pipeline

    with _lock:
        try:
            summary = pipeline.ingest(store, inputs, max_bytes=MAX_BYTES)
        except ImportError as exc:
            return 503, {"detail": f"the ingest stage is not installed on this server ({exc})"}
        errors = [_failure_line(f.item, f.reason, names) for f in summary.failures]
        result: dict[str, Any] = {
            "added": summary.added,
            "duplicates": summary.duplicates,
            "near_duplicates": summary.near_duplicates,
            "failed": summary.failed,
            "added_ids": summary.added_ids,
            "errors": errors,
            "analysis": None,
        }
        if not summary.read:
            return 422, {"detail": "nothing could be read" + (f": {errors[0]}" if errors else ""), **result}
        try:
            analysed = pipeline.analyze(store)
            result["analysis"] = analysed.line()
            result["errors"] += [_failure_line(f.item, f.reason, names) for f in analysed.failures]
        except ImportError as exc:
            result["analysis"] = f"not run: the analysis stages are not installed ({exc.name or exc})"
        except Exception as exc:  # the articles are stored; say why analysis did not finish
            result["analysis"] = f"failed: {type(exc).__name__}: {exc}".splitlines()[0]
        return 200, result


def register_ingest(app: FastAPI, store) -> None:  # noqa: ANN001
    @app.post("/api/ingest", tags=["ingest"])
    async def api_ingest(request: Request) -> JSONResponse:
        """Add articles (multipart `files`, or JSON {"url"} / {"urls"}); needs --allow-ingest and Authorization: Bearer TOKEN."""
        _check_token(request)
        ctype = request.headers.get("content-type", "")
        names: dict[str, str] = {}
        with tempfile.TemporaryDirectory(prefix="newsledger-upload-") as tmp:
            if ctype.startswith("multipart/form-data"):
                form = await request.form(max_files=1000)
                uploads = [v for v in form.getlist("files") if isinstance(v, UploadFile)]
                if not uploads:
                    raise HTTPException(422, "no files: send one or more files in the multipart field 'files'")
                inputs, early = [], []
                for i, up in enumerate(uploads):
                    data = await up.read(MAX_BYTES + 1)
                    original = up.filename or f"upload {i + 1}"
                    if len(data) > MAX_BYTES:
                        early.append(f"{original}: larger than {MAX_BYTES // 1_000_000} MB, skipped")
                        continue
                    path = Path(tmp) / _safe_name(original, i)
                    path.write_bytes(data)
                    names[str(path)] = original
                    inputs.append(str(path))
            elif ctype.startswith("application/json"):
                try:
                    body = await request.json()
                except ValueError:
                    raise HTTPException(422, "body is not valid JSON") from None
                urls = body.get("urls") if isinstance(body, dict) else None
                if isinstance(body, dict) and "url" in body:
                    urls = [body["url"]]
                if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
                    raise HTTPException(422, 'expected JSON {"url": "https://..."} or {"urls": ["https://...", ...]}')
                bad = [u for u in urls if not re.match(r"^https?://\S+$", u.strip())]
                if bad:
                    raise HTTPException(422, f"not an http(s) URL: {bad[0]!r}")
                inputs, early = [u.strip() for u in urls], []
            else:
                raise HTTPException(415, "send multipart/form-data (field 'files') or application/json ({\"url\": ...})")
            if not inputs:
                return JSONResponse({"detail": "nothing could be read: " + early[0], "errors": early, "added": 0,
                                     "duplicates": 0, "failed": len(early)}, status_code=422)
            from starlette.concurrency import run_in_threadpool

            status, result = await run_in_threadpool(_run, store, inputs, names)
        if early and "errors" in result:
            result["errors"] = early + result["errors"]
            result["failed"] = result.get("failed", 0) + len(early)
        return JSONResponse(result, status_code=status)

"""The ASGI application behind ``scamdetect serve`` (FastAPI on Starlette, served by uvicorn).

Routes:

- ``POST /v1/classify``: ``{"text": "..."}`` or ``{"texts": [...]}``, optionally ``"explain": false``
  (default true) → ``{"prediction": {...}}`` or ``{"predictions": [...]}``, each exactly
  :meth:`scamdetect.Prediction.to_dict`, plus ``"model": {"name", "version"}``.
- ``GET /healthz``: 200 once the model is loaded; ``GET /v1/model``: the manifest's public fields;
  ``GET /metrics``: Prometheus text; ``GET /docs``: OpenAPI docs (``/openapi.json``).
- ``GET /``: a web page (``static/``) to paste a message into and see the verdict and why.

Errors are JSON ``{"status": ..., "message": ..., "field": ...}`` (``field`` where one is at fault):
invalid JSON 400, a wrong type, missing field or empty list 422, a body over the limit or more than
``max_texts`` texts 413, an unknown route 404, a wrong method 405.

Parsing, validation, scoring and JSON encoding run on a thread pool, never on the event loop; only the
body is read there. The model is loaded once per worker process, in the application's lifespan (or given
ready to :func:`create_app`), and the pool is drained on shutdown so that requests in flight complete.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

import scamdetect

from .metrics import CONTENT_TYPE, Metrics

__all__ = ["create_app", "app_from_env", "ApiError", "MAX_TEXTS", "MAX_BODY_BYTES"]

logger = logging.getLogger("scamdetect.serve")

#: the most texts one request may hold
MAX_TEXTS = 1000
#: the default request body limit (``scamdetect serve --max-body-mb``)
MAX_BODY_BYTES = 1 << 20
#: manifest fields that /v1/model shows (file hashes, training paths and cascade paths stay private)
PUBLIC_MANIFEST_FIELDS = ("name", "version", "kind", "threshold", "threshold_rule", "taxonomy_version",
                          "preprocessing_version", "featurizer_version", "format_version", "max_chars", "labels",
                          "metrics", "challenge")
ROUTES = ("/", "/healthz", "/metrics", "/v1/classify", "/v1/model", "/docs", "/openapi.json",
          "/static/app.css", "/static/app.js")
STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
PAGE_HEADERS = {
    # everything the page uses comes from this service
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                                "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


class ApiError(Exception):
    """A request the service refuses; becomes a JSON error response."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "message": self.message}
        if self.field is not None:
            out["field"] = self.field
        return out


def _error(status: int, message: str, field: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(ApiError(status, message, field).body(), status_code=status, headers=headers)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def model_identity(model: scamdetect.ScamClassifier) -> dict[str, str]:
    """``{"name", "version"}`` of a loaded model: the manifest's own version, or a digest of its files."""
    manifest = model.manifest
    version = manifest.get("version")
    if version is None:
        files = json.dumps(manifest.get("files", {}), sort_keys=True).encode()
        version = "sha256:" + hashlib.sha256(files).hexdigest()[:12]
    return {"name": str(manifest.get("name", manifest.get("kind", "model"))), "version": str(version)}


def parse_request(body: bytes, max_texts: int) -> tuple[list[str], bool, bool]:
    """``(texts, single, explain)`` of a /v1/classify body, or :class:`ApiError`."""
    try:
        payload = json.loads(body)
    except ValueError as err:  # json.JSONDecodeError and UnicodeDecodeError alike
        raise ApiError(400, f"the request body is not valid JSON: {err}") from None
    if not isinstance(payload, dict):
        raise ApiError(422, f"expected a JSON object such as {{\"text\": \"...\"}}, got {type(payload).__name__}",
                       "body")
    unknown = sorted(set(payload) - {"text", "texts", "explain"})
    if unknown:
        raise ApiError(422, f"unknown field {unknown[0]!r}; expected text or texts, and explain", unknown[0])
    explain = payload.get("explain", True)
    if not isinstance(explain, bool):
        raise ApiError(422, f"explain must be true or false, got {_kind(explain)}", "explain")
    if "text" in payload and "texts" in payload:
        raise ApiError(422, "give either text or texts, not both", "texts")
    if "text" in payload:
        text = payload["text"]
        if not isinstance(text, str):
            raise ApiError(422, f"text must be a string, got {_kind(text)}", "text")
        return [text], True, explain
    if "texts" not in payload:
        raise ApiError(422, "missing field text (one message) or texts (a list of messages)", "text")
    texts = payload["texts"]
    if not isinstance(texts, list):
        raise ApiError(422, f"texts must be a list of strings, got {_kind(texts)}", "texts")
    if not texts:
        raise ApiError(422, "texts must not be empty", "texts")
    if len(texts) > max_texts:
        raise ApiError(413, f"{len(texts)} texts in one request; at most {max_texts}", "texts")
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise ApiError(422, f"texts[{position}] must be a string, got {_kind(text)}", f"texts[{position}]")
    return texts, False, explain


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", type(None): "null", int: "a number",
            float: "a number", str: "a string"}.get(type(value), type(value).__name__)


class Service:
    """What the routes share: the model, the scoring pool, the metrics and the limits."""

    def __init__(self, model: scamdetect.ScamClassifier | None, model_path: str | Path | None, threads: int,
                 max_body_bytes: int, max_texts: int) -> None:
        self.model = model
        self.model_path = model_path
        self.threads = threads
        self.max_body_bytes = max_body_bytes
        self.max_texts = max_texts
        self.metrics = Metrics(ROUTES, scamdetect.LABELS)
        self.threshold: float | None = None
        self.pool: ThreadPoolExecutor | None = None
        self.identity: dict[str, str] = {}

    def set_model(self, model: scamdetect.ScamClassifier) -> None:
        self.model = model
        self.identity = model_identity(model)

    def classify(self, body: bytes) -> bytes:
        """The whole of a /v1/classify request after its body was read (runs on the pool)."""
        texts, single, explain = parse_request(body, self.max_texts)
        assert self.model is not None
        predictions = self.model.classify(texts, explain=explain)
        self.metrics.observe_labels(p.label for p in predictions)
        if single:
            return _dumps({"prediction": predictions[0].to_dict(), "model": self.identity})
        return _dumps({"predictions": [p.to_dict() for p in predictions], "model": self.identity})

    def model_info(self) -> dict[str, Any]:
        assert self.model is not None
        manifest = self.model.manifest
        info = {key: manifest[key] for key in PUBLIC_MANIFEST_FIELDS if key in manifest}
        info.update(self.identity)
        info["threshold"] = self.model.threshold
        info["scamdetect_version"] = scamdetect.__version__
        info["label_names"] = {label: {"vi": scamdetect.NAME_VI[label], "en": scamdetect.NAME_EN[label]}
                               for label in scamdetect.LABELS}
        return info


class _MetricsMiddleware:
    """Counts every HTTP request by route and status and times it (pure ASGI: sees errors too)."""

    def __init__(self, app: Any, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        self.metrics.started()

        async def send_status(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            self.metrics.observe_request(scope["method"], scope["path"], status, time.perf_counter() - started)


def _asset(name: str) -> bytes:
    return resources.files("scamdetect.serve").joinpath("static", name).read_bytes()


CLASSIFY_OPENAPI: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "description": "one message"},
                    "texts": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                              "maxItems": MAX_TEXTS, "description": "several messages (instead of text)"},
                    "explain": {"type": "boolean", "default": True,
                                "description": "add spans, red flags, indicators and a summary"},
                },
                "additionalProperties": False,
            },
            "examples": {
                "one": {"value": {"text": "Vietcombank: TK cua Quy khach bi tam khoa. Xac thuc tai vcb-xacthuc.top"}},
                "many": {"value": {"texts": ["Ma OTP cua ban la 123456", "Chi oi chuyen gap giup em 5tr"],
                                   "explain": False}},
            },
        }},
    },
    "responses": {
        "200": {"description": "`prediction` (for text) or `predictions` (for texts), each "
                               "`Prediction.to_dict()`, and the model's `name` and `version`",
                "content": {"application/json": {"schema": {"type": "object"}}}},
        "400": {"description": "the body is not valid JSON"},
        "413": {"description": "the body is over the size limit, or more than 1,000 texts"},
        "422": {"description": "a missing field, a wrong type or an empty list; `field` names it"},
    },
}


def create_app(model: scamdetect.ScamClassifier | str | Path | None = None, *, threads: int | None = None,
               max_body_bytes: int = MAX_BODY_BYTES, max_texts: int = MAX_TEXTS,
               threshold: float | None = None) -> FastAPI:
    """The service as an ASGI application.

    ``model``: a loaded :class:`scamdetect.ScamClassifier`, or a model directory (None: the bundled model)
    loaded when the application starts, with ``threshold`` overriding its scam threshold. ``threads``: size
    of the scoring pool (default: the CPU count, at most 4). Run it with uvicorn, or ``scamdetect serve``.
    """
    if threads is None:
        threads = min(4, os.cpu_count() or 1)
    if threads < 1 or max_body_bytes < 1 or max_texts < 1:
        raise ValueError("threads, max_body_bytes and max_texts must be positive")
    loaded = model if isinstance(model, scamdetect.ScamClassifier) else None
    service = Service(loaded, None if loaded is not None else model, threads, max_body_bytes, max_texts)
    service.threshold = threshold
    if loaded is not None:
        service.set_model(loaded)
    page = _asset("index.html")
    assets = {name: _asset(name) for name in STATIC}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if service.model is None:
            logger.info("loading model %s", service.model_path or "(bundled)")
            loop = asyncio.get_running_loop()
            service.set_model(await loop.run_in_executor(
                None, lambda: scamdetect.load_model(service.model_path, threshold=service.threshold)))
        service.pool = ThreadPoolExecutor(service.threads, thread_name_prefix="scamdetect-score")
        logger.info("model %s %s ready; %d scoring threads in process %d", service.identity["name"],
                    service.identity["version"], service.threads, os.getpid())
        try:
            yield
        finally:
            logger.info("shutting down: finishing the scoring in progress")
            service.pool.shutdown(wait=True)
            logger.info("scoring pool closed")

    app = FastAPI(title="scamdetect", version=scamdetect.__version__, lifespan=lifespan, redoc_url=None,
                  description="Detect and classify Vietnamese scam messages by scheme, with explanations.")
    app.state.service = service

    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError) -> JSONResponse:
        return JSONResponse(err.body(), status_code=err.status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> JSONResponse:
        message = err.detail if isinstance(err.detail, str) else str(err.detail)
        if err.status_code == 404:
            message = f"no such route: {request.url.path}"
        elif err.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return _error(err.status_code, message, headers=getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {}
        field = ".".join(str(part) for part in first.get("loc", ())[1:]) or None
        return _error(422, str(first.get("msg", "invalid request")), field)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, err: Exception) -> JSONResponse:
        logger.exception("error answering %s %s", request.method, request.url.path)
        return _error(500, "internal error; the service's log has the details")

    @app.post("/v1/classify", summary="Classify one message or a list", openapi_extra=CLASSIFY_OPENAPI)
    async def classify(request: Request) -> Response:
        body = await _read_body(request, service.max_body_bytes)
        if service.pool is None:
            raise ApiError(503, "the model is not loaded yet")
        loop = asyncio.get_running_loop()
        return Response(await loop.run_in_executor(service.pool, service.classify, body),
                        media_type="application/json")

    @app.get("/healthz", summary="Liveness and readiness: 200 once the model is loaded")
    async def healthz() -> JSONResponse:
        if service.model is None or service.pool is None:
            return JSONResponse({"status": "loading"}, status_code=503)
        return JSONResponse({"status": "ok", "model": service.identity})

    @app.get("/v1/model", summary="The loaded model's public manifest fields and the label names")
    async def model_info() -> JSONResponse:
        if service.model is None:
            raise ApiError(503, "the model is not loaded yet")
        return JSONResponse(service.model_info())

    @app.get("/metrics", summary="Prometheus metrics of this worker", include_in_schema=True)
    async def metrics() -> Response:
        return Response(service.metrics.render(), media_type=CONTENT_TYPE)

    @app.get("/", summary="The web page", include_in_schema=False)
    async def index() -> Response:
        return Response(page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        if name not in assets:
            raise ApiError(404, f"no such file: /static/{name}")
        return Response(assets[name], media_type=STATIC[name], headers=PAGE_HEADERS)

    app.add_middleware(_MetricsMiddleware, metrics=service.metrics)
    return app


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) one over ``limit`` bytes before reading it where it says its size."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, f"bad Content-Length header: {declared!r}") from None
        if size > limit:
            raise ApiError(413, f"the request body ({size:,} bytes) is over the limit of {limit:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the request body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


#: environment variables read by :func:`app_from_env` (set by ``scamdetect serve`` for its worker processes)
ENV_MODEL, ENV_THREADS, ENV_MAX_BODY = "SCAMDETECT_SERVE_MODEL", "SCAMDETECT_SERVE_THREADS", "SCAMDETECT_SERVE_MAX_BODY"
ENV_THRESHOLD = "SCAMDETECT_SERVE_THRESHOLD"


def app_from_env() -> FastAPI:
    """:func:`create_app` configured from the environment: the factory each uvicorn worker process calls."""
    threads, threshold = os.environ.get(ENV_THREADS), os.environ.get(ENV_THRESHOLD)
    return create_app(os.environ.get(ENV_MODEL) or None, threads=int(threads) if threads else None,
                      max_body_bytes=int(os.environ.get(ENV_MAX_BODY, MAX_BODY_BYTES)),
                      threshold=float(threshold) if threshold else None)

"""``scamdetect serve``: run the classifier as an HTTP service with a web page (needs ``scamdetect[serve]``).

    scamdetect serve                                  # http://127.0.0.1:8000/ : the page; /docs : the API
    scamdetect serve --host 0.0.0.0 --port 8080 --workers 2 --model my_model/

Each worker process loads the model once and scores on its own thread pool. SIGINT or SIGTERM stops it
gracefully: no new connections, requests in flight are answered (for up to ``--graceful-timeout`` s).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import os

from . import CommandError, probability, whole_number


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of megabytes, got {text!r}") from None
    if not 0 < value <= 1024:
        raise argparse.ArgumentTypeError(f"must lie in (0, 1024] MB, got {value}")
    return value


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=whole_number(1), default=8000, help="port (default: 8000)")
    parser.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    parser.add_argument("--threshold", type=probability, help="override the model's scam threshold (0-1)")
    parser.add_argument("--workers", type=whole_number(1), default=1,
                        help="worker processes, each with its own copy of the model (default: 1)")
    parser.add_argument("--threads", type=whole_number(1), default=None,
                        help="scoring threads per worker (default: CPU count, at most 4)")
    parser.add_argument("--max-body-mb", type=_megabytes, default=1.0,
                        help="largest request body in MB; larger ones get 413 (default: 1)")
    parser.add_argument("--graceful-timeout", type=whole_number(1), default=30,
                        help="seconds to finish requests in flight on shutdown (default: 30)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--no-access-log", action="store_true", help="do not log every request")


def _log_config(level: str) -> dict:
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["scamdetect"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config


def run(args: argparse.Namespace) -> int:
    missing = [name for name in ("fastapi", "uvicorn") if importlib.util.find_spec(name) is None]
    if missing:
        raise CommandError(f"{' and '.join(missing)} not installed; install the serve extra: "
                           "pip install 'scamdetect[serve]'")
    import uvicorn

    import scamdetect

    from ..serve import app as serve_app

    try:  # fail here, with a readable message, rather than in each worker
        model = scamdetect.load_model(args.model, threshold=args.threshold)
    except (scamdetect.ModelError, ValueError) as err:
        raise CommandError(str(err)) from None
    max_body = int(args.max_body_mb * (1 << 20))
    options = dict(host=args.host, port=args.port, log_level=args.log_level, access_log=not args.no_access_log,
                   log_config=_log_config(args.log_level), timeout_graceful_shutdown=args.graceful_timeout,
                   server_header=False)
    if args.workers == 1:
        app = serve_app.create_app(model, threads=args.threads, max_body_bytes=max_body)
        uvicorn.run(app, **options)
        return 0
    del model  # each worker process loads its own
    os.environ[serve_app.ENV_MODEL] = str(args.model or "")
    os.environ[serve_app.ENV_MAX_BODY] = str(max_body)
    if args.threads:
        os.environ[serve_app.ENV_THREADS] = str(args.threads)
    if args.threshold is not None:
        os.environ[serve_app.ENV_THRESHOLD] = repr(args.threshold)
    uvicorn.run("scamdetect.serve.app:app_from_env", factory=True, workers=args.workers, **options)
    return 0

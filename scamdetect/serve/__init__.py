"""``scamdetect serve``: the classifier as an HTTP service with a web page (``pip install "scamdetect[serve]"``).

    >>> from scamdetect.serve import create_app  # doctest: +SKIP
    >>> app = create_app()                       # an ASGI app; run it with uvicorn, or `scamdetect serve`

``import scamdetect`` never imports this package, so the core install needs no web framework.
"""

from __future__ import annotations

try:
    from .app import ApiError, app_from_env, create_app
except ModuleNotFoundError as err:  # pragma: no cover - depends on the installation
    if err.name in {"fastapi", "starlette", "pydantic"}:
        raise ModuleNotFoundError(f"scamdetect.serve needs {err.name}: pip install 'scamdetect[serve]'",
                                  name=err.name) from err
    raise

__all__ = ["create_app", "app_from_env", "ApiError"]

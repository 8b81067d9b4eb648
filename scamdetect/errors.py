"""One exception hierarchy: every error the library raises on purpose is a :class:`ScamdetectError`.

Each subclass is also importable from the module that raises it (``scamdetect.model_dir.ModelError``,
``scamdetect.batch.tables.TableError`` ...), so ``except ScamdetectError`` catches any of them and
``except ModelError`` only one kind.

    >>> issubclass(ModelError, ScamdetectError) and issubclass(DataError, ValueError)
    True
"""

from __future__ import annotations

__all__ = ["ScamdetectError", "ModelError", "DataError", "TableError", "ScoringError", "ReportError",
           "IndicatorDBError", "CommandError"]


class ScamdetectError(Exception):
    """Base of every error scamdetect raises on purpose; its message says what to fix."""


class ModelError(ScamdetectError):
    """A model directory is missing, malformed, or fails its integrity check."""


class DataError(ScamdetectError, ValueError):
    """Labelled data cannot be used (missing column, unknown labels, unreadable rows ...)."""


class TableError(ScamdetectError):
    """A file cannot be read as a table: unknown format, unreadable, missing column. Message names the file."""


class ScoringError(ScamdetectError):
    """A problem the user can fix (bad option, input, model or leftover state); nothing was written."""


class ReportError(ScamdetectError):
    """A report cannot be built (not a scored file, missing ``--by`` column, no matplotlib)."""


class IndicatorDBError(ScamdetectError):
    """The indicator database or a scored file cannot be used (message names which and why)."""


class CommandError(ScamdetectError):
    """A failure the user can fix; printed without a traceback (exit 1)."""

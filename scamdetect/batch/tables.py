"""What the table readers and writers share: formats, rows and chunks, the reader interface, cell text.

Rules shared by every reader:

* Text formats are read as bytes and decoded as UTF-8 (a leading BOM is skipped). A row
  whose bytes are not valid UTF-8 is still returned: the bad bytes become U+FFFD and the
  affected column names are listed in :attr:`Row.undecodable`.
* A row that cannot be parsed at all (invalid JSON, a CSV row with the wrong number of
  fields, a CSV field larger than :data:`FIELD_LIMIT`) is returned with
  :attr:`Row.problem` set and whatever values could be salvaged; it is never dropped.
* CSV and TSV are read like ``pandas.read_csv`` (RFC 4180 quoting, ``"`` as quote
  character; ``sep="\\t"`` for TSV). Whitespace-only lines in JSONL are not records.
* Column names are checked up front: :class:`TableError` names the file and the column.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TableError

__all__ = ["FORMATS", "EXTENSIONS", "FIELD_LIMIT", "LINE_LIMIT", "MAX_RECORD_LINES", "TableError", "Row", "Chunk",
           "Reader", "format_from_path", "resolve_format", "require_pyarrow", "to_text", "json_default",
           "check_duplicates", "clean_surrogates", "SURROGATES", "BOM"]

FORMATS = ("csv", "tsv", "jsonl", "parquet")
EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".parquet": "parquet", ".pq": "parquet"}
#: a CSV/TSV field longer than this (characters) makes its row malformed instead of eating memory
FIELD_LIMIT = 16 * 1024 * 1024
#: JSONL lines longer than this (bytes) are reported as malformed rows without being parsed
LINE_LIMIT = 64 * 1024 * 1024

BOM = b"\xef\xbb\xbf"
#: a CSV record spanning more lines than this is an unclosed quote swallowing the rows after it
MAX_RECORD_LINES = 500


def check_duplicates(path: Path, columns: Sequence[str]) -> None:
    """Duplicate column names are an error: which of them a reader would use is anyone's guess."""
    twice = sorted({name for name in columns if name and list(columns).count(name) > 1})
    if twice:
        raise TableError(f"{path}: duplicate column names {', '.join(map(repr, twice))}; rename them")


SURROGATES = re.compile("[\udc80-\udcff]+")


def require_pyarrow(purpose: str = "Parquet files"):
    """Import pyarrow (and pyarrow.parquet) or fail with an installation hint."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise TableError(f"reading and writing {purpose} needs pyarrow: pip install 'scamdetect[io]' "
                         "(or pip install pyarrow)") from None
    return pyarrow


def format_from_path(path: str | os.PathLike[str]) -> str | None:
    """The format named by a file's extension (``.csv``, ``.tsv``/``.tab``, ``.jsonl``/``.ndjson``, ``.parquet``/``.pq``).

    >>> format_from_path("inbox.JSONL"), format_from_path("out.pq"), format_from_path("notes.txt")
    ('jsonl', 'parquet', None)
    """
    return EXTENSIONS.get(Path(path).suffix.lower())


def resolve_format(path: str | os.PathLike[str], explicit: str | None = None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise TableError(f"unknown format {explicit!r}; known: {', '.join(FORMATS)}")
        return explicit
    fmt = format_from_path(path)
    if fmt is None:
        raise TableError(f"{path}: cannot tell the format from the extension {Path(path).suffix!r}; "
                         f"use --format ({'|'.join(FORMATS)})")
    return fmt


def clean_surrogates(text: str) -> str:
    return SURROGATES.sub("\ufffd", text)


def to_text(value: Any) -> str:
    """A value as one CSV/TSV cell: '' for None, true/false, repr for floats, compact JSON for lists/dicts.

    >>> [to_text(v) for v in (None, True, 0.25, 7, "x", ["a", 1], b"ok")]
    ['', 'true', '0.25', '7', 'x', '["a",1]', 'ok']
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=json_default)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


@dataclass
class Row:
    """One input record: the requested column values, plus what went wrong reading it."""

    number: int  #: 1-based record number in the file
    values: dict[str, Any]
    problem: str | None = None  #: the row could not be parsed (values may be partial)
    undecodable: frozenset[str] = field(default_factory=frozenset)  #: columns whose bytes were not UTF-8


@dataclass
class Chunk:
    rows: list[Row]
    position: int  #: where the next chunk starts (byte offset, or row index for Parquet)
    fraction: float | None  #: share of the file read so far, if known


class Reader:
    """Base class. ``columns`` lists the column names known up front (for JSONL: keys of the first records)."""

    format: str
    path: Path
    columns: list[str]
    #: the position of the first data record (what ``chunks(start=None)`` starts from)
    start: int = 0

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass

    def fraction(self, position: int) -> float:
        """The share of the file before ``position`` (a position given by :meth:`chunks`)."""
        total = getattr(self, "size", None) or getattr(self, "num_rows", None)
        return min(1.0, position / total) if total else 0.0

    def require(self, names: Iterable[str], what: str = "column") -> None:
        """Fail with a :class:`TableError` naming the file if any of ``names`` is not a column."""
        missing = [name for name in names if name not in self.columns]
        if missing:
            shown = ", ".join(repr(c) for c in self.columns[:40]) + (" …" if len(self.columns) > 40 else "")
            plural = "s" if len(missing) > 1 else ""
            raise TableError(f"{self.path}: {what}{plural} {', '.join(map(repr, missing))} not found; "
                             f"columns: {shown or '(none)'}")

    def chunks(self, size: int, columns: Sequence[str] | None = None, start: int | None = None,
               first_number: int = 1) -> Iterator[Chunk]:
        """Chunks of up to ``size`` rows with the values of ``columns`` (default: all known columns).

        ``start`` is a position returned by an earlier chunk; ``first_number`` the record number of
        the row found there.
        """
        raise NotImplementedError


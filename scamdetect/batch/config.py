"""What a batch scoring run is asked to do, what it reports, and the output columns it plans.

:func:`score_file` reads a CSV, TSV, JSONL or Parquet file in chunks, classifies each
chunk with :meth:`scamdetect.ScamClassifier.classify` (in ``workers`` processes, each
loading the model once) and writes the scored file in the same order as the input.

Scored-file schema (one row per input row, in input order; columns in this order):

``id``
    the input's id column value (``--id-column``, default ``id`` when the input has one),
    else the 1-based row number (first data row = 1; blank lines are not rows).
*kept columns*
    input columns passed through with ``keep`` (``--keep channel,month``), so that
    ``scamdetect report --by month`` works; a kept column whose name clashes with an output
    column is written as ``input_<name>``.
``label``
    the scheme id (``scamdetect.LABELS``), ``legit`` when not a scam.
``label_vi``
    the scheme's Vietnamese name.
``is_scam``
    ``true``/``false`` (JSON and Parquet booleans).
``scam_score``
    probability the message is a scam, 0-1 (6 decimals).
``indicators``
    compact JSON list of the message's actionable indicators, at most
    :data:`MAX_INDICATORS`, in text order: ``{"kind", "value", ...}`` with ``kind`` one of
    url, phone, ewallet, bank_account, handle, email and, per kind, ``domain`` / ``host`` /
    ``lookalike_of`` / ``official`` / ``shortener`` / ``free_hosting`` (url), ``bank``
    (bank_account), ``wallet`` (ewallet), ``platform`` (handle), ``hotline`` (phone). Values
    are normalised as in :mod:`scamdetect.signals.indicators` (``+84`` phones, lower-case re-fanged
    URLs). Filled for scam-labelled rows; for all rows with ``explain`` or
    ``all_indicators``; empty (null) where not computed, ``[]`` where none were found.
``summary``, ``red_flags`` (only with ``explain``)
    the explanation's Vietnamese sentence and a JSON list of red-flag ids
    (``scamdetect.signals.redflags.RED_FLAGS``).
``error``
    empty for scored rows. For rows that could not be scored, why (``missing text``,
    ``empty text``, ``non-text value (int)``, ``text is not valid UTF-8``,
    ``invalid JSON (...)``, ``malformed row: 3 fields, the header has 4`` ...); their
    label/score columns are empty.

In CSV and TSV, empty cells stand for null and the JSON columns are JSON text; in JSONL
they are native JSON values; in Parquet ``is_scam`` is boolean, ``scam_score`` double,
``id`` and kept columns keep their Parquet type (string otherwise; the row number is int64)
and the JSON columns are strings.

Crash safety: the output is built in ``OUTPUT.partial`` (a directory of part files for
Parquet) next to a small JSON state file ``OUTPUT.progress.json``; each chunk is appended,
flushed to disk, and only then recorded in the state file (written atomically), so the
state always describes whole chunks. On success the finished file is renamed to
``OUTPUT`` and the state removed; after a kill, ``resume=True`` drops any uncommitted tail
and continues from the recorded input position, producing the same bytes as an
uninterrupted run. Nothing is written before the input, its columns and the model have
been checked.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ScoringError
from .readers import Reader
from .tables import FORMATS, format_from_path

__all__ = ["ScoreConfig", "ScoreResult", "Plan", "make_plan", "state_path", "partial_path", "DEFAULT_BATCH_SIZE",
           "MAX_INDICATORS", "INDICATOR_KINDS", "STATE_VERSION", "MAX_ERROR_EXAMPLES"]

#: rows per chunk: the unit of work handed to a worker, of writing and of resuming
DEFAULT_BATCH_SIZE = 2000
#: at most this many indicators per row in the ``indicators`` column
MAX_INDICATORS = 10
#: indicator kinds written to the ``indicators`` column (the others are requests/amounts, not identities)
INDICATOR_KINDS = ("url", "phone", "ewallet", "bank_account", "handle", "email")
STATE_VERSION = 1
MAX_ERROR_EXAMPLES = 5


@dataclass
class ScoreConfig:
    input: Path
    output: Path
    input_format: str | None = None
    output_format: str | None = None
    text_column: str = "text"
    id_column: str | None = None
    keep: Sequence[str] = ()
    workers: int = 1
    batch_size: int = DEFAULT_BATCH_SIZE
    explain: bool = False
    all_indicators: bool = False
    threshold: float | None = None
    model: str | os.PathLike[str] | None = None
    resume: bool = False
    #: write text cells as they are, even those a spreadsheet would run as formulas (see batch.writers.safe_cell)
    raw_cells: bool = False


@dataclass
class ScoreResult:
    output: Path
    rows: int = 0
    scam: int = 0
    errors: int = 0
    labels: Counter = field(default_factory=Counter)
    error_kinds: Counter = field(default_factory=Counter)
    error_examples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    rows_this_run: int = 0
    resumed_at: int | None = None  #: rows already done when this run resumed

    def summary(self) -> str:
        rate = self.rows_this_run / self.seconds if self.seconds > 0 else 0.0
        legit = self.rows - self.scam - self.errors
        text = (f"scored {self.rows:,} rows -> {self.output}: {self.scam:,} scam, {legit:,} legit, "
                f"{self.errors:,} errors; {self.seconds:.1f} s, {rate:,.0f} rows/s")
        if self.resumed_at is not None:
            text += f" (resumed after row {self.resumed_at:,})"
        if self.error_kinds:
            text += "\nerrors: " + ", ".join(f"{kind} ×{n:,}" for kind, n in self.error_kinds.most_common(6))
            text += "\nfirst errors: " + "; ".join(self.error_examples)
        return text


def state_path(output: Path) -> Path:
    return output.with_name(output.name + ".progress.json")


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


# --------------------------------------------------------------------------- plan
OUTPUT_NAMES = ("id", "label", "label_vi", "is_scam", "scam_score", "indicators", "summary", "red_flags", "error")


@dataclass
class Plan:
    """The columns of one run: where ids and kept values come from, and each output column's type."""

    input_format: str
    output_format: str
    id_column: str | None
    keep: list[str]  # input column names
    columns: list[str]  # output column names
    types: list[Any]  # for Parquet


def make_plan(config: ScoreConfig, reader: Reader) -> Plan:
    out_fmt = config.output_format or format_from_path(config.output) or reader.format
    if out_fmt not in FORMATS:
        raise ScoringError(f"unknown output format {out_fmt!r}; known: {', '.join(FORMATS)}")
    reader.require([config.text_column], "text column")
    id_column = config.id_column
    if id_column is not None:
        reader.require([id_column], "id column")
    elif "id" in reader.columns:
        id_column = "id"
    keep: list[str] = []
    for name in config.keep:
        if name and name not in keep and name != id_column:
            keep.append(name)
    reader.require(keep, "--keep column")
    columns, types = ["id"], [_input_type(reader, id_column) if id_column else "int"]
    for name in keep:
        columns.append(f"input_{name}" if name in OUTPUT_NAMES else name)
        types.append(_input_type(reader, name))
    columns += ["label", "label_vi", "is_scam", "scam_score", "indicators"]
    types += ["str", "str", "bool", "float", "json"]
    if config.explain:
        columns += ["summary", "red_flags"]
        types += ["str", "json"]
    columns.append("error")
    types.append("str")
    if len(set(columns)) != len(columns):
        raise ScoringError(f"output columns would repeat: {columns}")
    if reader.format == "parquet":
        import pyarrow as pa

        text_type = reader.field_type(config.text_column)  # type: ignore[attr-defined]
        if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)
                or pa.types.is_binary(text_type) or pa.types.is_large_binary(text_type)
                or (pa.types.is_dictionary(text_type) and pa.types.is_string(text_type.value_type))
                or pa.types.is_null(text_type)):
            raise ScoringError(f"{config.input}: text column {config.text_column!r} has type {text_type}, "
                               "expected string")
    return Plan(reader.format, out_fmt, id_column, keep, columns, types)


def _input_type(reader: Reader, name: str) -> Any:
    if reader.format == "parquet":
        import pyarrow as pa

        t = reader.field_type(name)  # type: ignore[attr-defined]
        if pa.types.is_dictionary(t):
            t = t.value_type
        if pa.types.is_binary(t) or pa.types.is_large_binary(t):
            return "str"
        return t
    return "str" if reader.format in ("csv", "tsv") else "any"


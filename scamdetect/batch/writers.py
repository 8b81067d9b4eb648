"""Writers: a chunk of rows (lists aligned with the column list) to bytes (:class:`TextEncoder`) or to a
Parquet part file (:class:`ParquetParts`).

Lists and dicts become compact JSON strings in CSV, TSV and Parquet and stay native in JSONL. pyarrow is
imported only for Parquet, with a clear error if it is missing. Text cells that a spreadsheet would run as
formulas are neutralised (:func:`safe_cell`).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .readers import clean_lone
from .tables import json_default, require_pyarrow, to_text

__all__ = ["safe_cell", "TextEncoder", "ParquetParts", "FORMULA_STARTS"]


#: first characters that make a spreadsheet read a cell as a formula (OWASP's CSV-injection list)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# a signed plain number ("+84912345678", "-5") is read as a number, not run: phone numbers stay usable
_SIGNED_NUMBER = re.compile(r"[+-]\d[\d., ]*")


def safe_cell(value: Any, raw: bool = False) -> Any:
    """A text cell that a spreadsheet will show as text: one starting like a formula gets a leading ``'``.

    Messages are written by scammers, so ``=HYPERLINK(...)`` in a scored CSV would run when an analyst opens it.
    A signed plain number is left alone (a spreadsheet reads it as a number). ``raw=True`` keeps values unchanged
    for pipelines that need them (``--raw-cells``).

    >>> safe_cell("=HYPERLINK(1)"), safe_cell("+cmd|' /C calc'!A0"), safe_cell("+84912345678")
    ("'=HYPERLINK(1)", "'+cmd|' /C calc'!A0", '+84912345678')
    """
    if raw or not isinstance(value, str) or not value.startswith(FORMULA_STARTS) or _SIGNED_NUMBER.fullmatch(value):
        return value
    return "'" + value


class TextEncoder:
    """Encodes rows (lists aligned with ``columns``) as CSV, TSV or JSONL bytes (UTF-8, ``\\n`` line ends)."""

    def __init__(self, fmt: str, columns: Sequence[str], raw_cells: bool = False) -> None:
        if fmt not in ("csv", "tsv", "jsonl"):
            raise ValueError(f"not a text format: {fmt!r}")
        self.format = fmt
        self.raw_cells = raw_cells
        self.columns = list(columns)
        self.delimiter = "\t" if fmt == "tsv" else ","

    def header(self) -> bytes:
        if self.format == "jsonl":
            return b""
        return self._delimited([self.columns])

    def encode(self, rows: Iterable[Sequence[Any]]) -> bytes:
        if self.format == "jsonl":
            dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=json_default).encode
            text = "".join(dumps(dict(zip(self.columns, _finite(row), strict=True))) + "\n" for row in rows)
            return _encode_utf8(text)
        raw = self.raw_cells
        return self._delimited([[safe_cell(to_text(value), raw) for value in row] for row in rows])

    def _delimited(self, rows: list[list[str]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=self.delimiter, lineterminator="\n").writerows(rows)
        return _encode_utf8(buffer.getvalue())


def _finite(row: Sequence[Any]) -> list[Any]:
    return [None if isinstance(v, float) and math.isnan(v) else v for v in row]


def _encode_utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return clean_lone(text).encode("utf-8")


class ParquetParts:
    """Writes chunks as Parquet part files and merges them, in order, into one file.

    ``types`` gives each column's Arrow type (a ``pyarrow.DataType``) or one of ``"str"``,
    ``"int"``, ``"float"``, ``"bool"``, ``"json"`` (lists/dicts stored as compact JSON text) and
    ``"any"`` (strings kept, other values stored as their text).
    """

    #: rows per row group in the merged file
    ROW_GROUP = 65536

    def __init__(self, columns: Sequence[str], types: Sequence[Any]) -> None:
        pa = require_pyarrow()
        named = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
                 "json": pa.string(), "any": pa.string()}
        self.columns = list(columns)
        self.kinds = [t if isinstance(t, str) else "arrow" for t in types]
        self.schema = pa.schema([pa.field(name, named[t] if isinstance(t, str) else t)
                                 for name, t in zip(columns, types, strict=True)])

    def table(self, rows: Sequence[Sequence[Any]]):
        import pyarrow as pa

        arrays = []
        for k, (kind, fld) in enumerate(zip(self.kinds, self.schema, strict=True)):
            values = [row[k] for row in rows]
            if kind in ("json", "any", "str"):
                values = [None if v is None else v if isinstance(v, str) else to_text(v) for v in values]
            elif kind == "float":
                values = [None if v is None else float(v) for v in values]
            arrays.append(pa.array(values, type=fld.type))
        return pa.Table.from_arrays(arrays, schema=self.schema)

    def write_part(self, path: str | os.PathLike[str], rows: Sequence[Sequence[Any]]) -> None:
        import pyarrow.parquet as pq

        pq.write_table(self.table(rows), str(path), compression="zstd")

    def merge(self, parts: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str]) -> None:
        """Concatenate part files into ``out`` (row groups of up to :attr:`ROW_GROUP` rows; flat memory)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        with pq.ParquetWriter(str(out), self.schema, compression="zstd") as writer:
            buffered: list[Any] = []
            count = 0
            for part in parts:
                table = pq.read_table(str(part), schema=self.schema)
                buffered.append(table)
                count += table.num_rows
                while count >= self.ROW_GROUP:
                    merged = pa.concat_tables(buffered)
                    writer.write_table(merged.slice(0, self.ROW_GROUP), row_group_size=self.ROW_GROUP)
                    rest = merged.slice(self.ROW_GROUP)
                    buffered, count = ([rest] if rest.num_rows else []), rest.num_rows
            if count or not parts:
                merged = pa.concat_tables(buffered) if buffered else self.schema.empty_table()
                writer.write_table(merged, row_group_size=self.ROW_GROUP)


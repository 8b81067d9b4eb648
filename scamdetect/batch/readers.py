"""Streaming, chunked readers and writers for CSV, TSV, JSONL and Parquet message dumps.

Readers never hold more than one chunk of rows in memory, and report *where* they are in
the file (a byte offset for the text formats, a row index for Parquet) so that a run can
later continue from exactly that point (:meth:`Reader.chunks` with ``start=``).

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

Writers encode a chunk of rows (lists aligned with the column list) to bytes
(:class:`TextEncoder`) or to a Parquet part file (:class:`ParquetParts`). Lists and dicts
become compact JSON strings in CSV, TSV and Parquet and stay native in JSONL. pyarrow is
imported only for Parquet, with a clear error if it is missing.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "EXTENSIONS", "FIELD_LIMIT", "TableError", "Row", "Chunk", "Reader", "open_reader",
           "format_from_path", "resolve_format", "TextEncoder", "ParquetParts", "require_pyarrow", "to_text"]

FORMATS = ("csv", "tsv", "jsonl", "parquet")
EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".parquet": "parquet", ".pq": "parquet"}
#: a CSV/TSV field longer than this (characters) makes its row malformed instead of eating memory
FIELD_LIMIT = 16 * 1024 * 1024
#: JSONL lines longer than this (bytes) are reported as malformed rows without being parsed
LINE_LIMIT = 64 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
#: a CSV record spanning more lines than this is an unclosed quote swallowing the rows after it
MAX_RECORD_LINES = 500


def _duplicates(path: Path, columns: Sequence[str]) -> None:
    """Duplicate column names are an error: which of them a reader would use is anyone's guess."""
    twice = sorted({name for name in columns if name and list(columns).count(name) > 1})
    if twice:
        raise TableError(f"{path}: duplicate column names {', '.join(map(repr, twice))}; rename them")
_SURROGATES = re.compile("[\udc80-\udcff]+")


class TableError(Exception):
    """A file cannot be read as a table: unknown format, unreadable, missing column. Message names the file."""


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


def _clean(text: str) -> str:
    return _SURROGATES.sub("\ufffd", text)


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
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
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


# --------------------------------------------------------------------------- text formats
class _LineSource:
    """Lines of a binary file decoded as UTF-8, counting bytes consumed and noting undecodable lines."""

    def __init__(self, handle: io.BufferedReader, offset: int) -> None:
        self.handle = handle
        self.offset = offset
        self.dirty = False
        self.lines = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline()
        if not raw:
            raise StopIteration
        self.offset += len(raw)
        self.lines += 1
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.dirty = True
            return raw.decode("utf-8", "surrogateescape")


def _open_binary(path: Path) -> io.BufferedReader:
    try:
        if path.is_dir():
            raise TableError(f"{path}: is a directory, not a file")
        return open(path, "rb", buffering=1 << 20)  # noqa: SIM115
    except FileNotFoundError:
        raise TableError(f"{path}: no such file") from None
    except PermissionError:
        raise TableError(f"{path}: permission denied") from None
    except OSError as err:
        raise TableError(f"{path}: cannot open ({err.strerror or err})") from None


class DelimitedReader(Reader):
    """CSV or TSV with a header row."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path, self.format = path, fmt
        self.delimiter = "\t" if fmt == "tsv" else ","
        self.handle = _open_binary(path)
        self.size = os.fstat(self.handle.fileno()).st_size
        head = self.handle.read(4096)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) > 8 and head.count(b"\x00") > len(head) // 4):
            raise TableError(f"{path}: looks like UTF-16 text; scamdetect reads UTF-8. Convert it first, for example "
                             f"`iconv -f UTF-16 -t UTF-8 {path.name} > utf8.{fmt}`")
        if b"\n" not in head and head.count(b"\r") > 1:
            raise TableError(f"{path}: lines end with CR alone (old Mac format); convert them to LF first, for "
                             f"example `tr '\\r' '\\n' < {path.name} > fixed.{fmt}`")
        offset = 3 if head[:3] == _BOM else 0
        self.handle.seek(offset)
        source = _LineSource(self.handle, offset)
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
        try:
            header = next(csv.reader(source, delimiter=self.delimiter))
        except StopIteration:
            raise TableError(f"{path}: empty file, expected a header row") from None
        except csv.Error as err:
            raise TableError(f"{path}: cannot read the header row ({err})") from None
        if source.dirty:
            header = [_clean(name) for name in header]
        header = [name.strip() for name in header]
        if not any(header):
            raise TableError(f"{path}: the first line is empty, expected a header row")
        _duplicates(path, header)
        self.columns = header
        self.header_lines = source.lines
        self.start = source.offset

    def close(self) -> None:
        self.handle.close()

    def chunks(self, size: int, columns: Sequence[str] | None = None, start: int | None = None,
               first_number: int = 1) -> Iterator[Chunk]:
        columns = list(self.columns if columns is None else columns)
        self.require(columns)
        index = {name: self.columns.index(name) for name in columns}
        width = len(self.columns)
        offset = self.start if start is None else start
        self.handle.seek(offset)
        source = _LineSource(self.handle, offset)
        reader = csv.reader(source, delimiter=self.delimiter)
        number = first_number
        rows: list[Row] = []
        while True:
            source.dirty = False
            problem = None
            before = source.lines
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                fields, problem = [], f"malformed {self.format.upper()} row ({err})"
            if source.lines - before > MAX_RECORD_LINES:
                where = (f"line {self.header_lines + before + 1}" if start is None
                         else f"record {number}")
                raise TableError(f"{self.path}: {where}: one record runs over {source.lines - before} lines; a quote "
                                 "that is never closed swallows every row after it. Fix or remove that quote")
            if not fields and problem is None:
                continue  # a blank line is not a record (pandas skips them too)
            if problem is None and len(fields) != width:
                if len(fields) > width and not any(f.strip() for f in fields[width:]):
                    fields = fields[:width]
                else:
                    problem = f"malformed row: {len(fields)} fields, the header has {width}"
            values = {name: (fields[k] if k < len(fields) else None) for name, k in index.items()}
            undecodable: frozenset[str] = frozenset()
            if source.dirty:
                bad = set()
                for name, value in values.items():
                    if value is not None and _SURROGATES.search(value):
                        values[name] = _clean(value)
                        bad.add(name)
                undecodable = frozenset(bad)
            rows.append(Row(number, values, problem, undecodable))
            number += 1
            if len(rows) >= size:
                yield Chunk(rows, source.offset, source.offset / self.size if self.size else 1.0)
                rows = []
        if rows:
            yield Chunk(rows, source.offset, 1.0)


class JsonlReader(Reader):
    """One JSON object per line; the known columns are the keys seen in the first records."""

    #: records sampled up front to learn the column names
    SAMPLE = 1000

    def __init__(self, path: Path) -> None:
        self.path, self.format = path, "jsonl"
        self.handle = _open_binary(path)
        self.size = os.fstat(self.handle.fileno()).st_size
        head = self.handle.read(3)
        self.start = 3 if head == _BOM else 0
        self.handle.seek(self.start)
        seen: dict[str, None] = {}
        records = 0
        while records < self.SAMPLE:
            raw = self.handle.readline(LINE_LIMIT + 1)
            if not raw:
                break
            if not raw.strip():
                continue
            records += 1
            try:
                obj = json.loads(raw.decode("utf-8", "surrogateescape"))
            except ValueError:
                continue
            if isinstance(obj, dict):
                seen.update(dict.fromkeys(obj))
        self.records_sampled = records
        self.columns = [_clean(name) for name in seen]

    def close(self) -> None:
        self.handle.close()

    def require(self, names: Iterable[str], what: str = "column") -> None:
        if self.records_sampled == 0:
            return  # no records: nothing can be missing
        missing = [name for name in names if name not in self.columns]
        if missing:
            plural = "s" if len(missing) > 1 else ""
            shown = ", ".join(repr(c) for c in self.columns[:40]) or "(none)"
            raise TableError(f"{self.path}: {what}{plural} {', '.join(map(repr, missing))} not found in the first "
                             f"{self.records_sampled} records; keys: {shown}")

    def chunks(self, size: int, columns: Sequence[str] | None = None, start: int | None = None,
               first_number: int = 1) -> Iterator[Chunk]:
        columns = list(self.columns if columns is None else columns)
        offset = self.start if start is None else start
        self.handle.seek(offset)
        number = first_number
        rows: list[Row] = []
        readline = self.handle.readline
        while True:
            raw = readline(LINE_LIMIT + 1)
            if not raw:
                break
            offset += len(raw)
            if len(raw) > LINE_LIMIT and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of an oversized line
                    raw = readline(1 << 20)
                    offset += len(raw)
                rows.append(Row(number, dict.fromkeys(columns), f"line longer than {LINE_LIMIT} bytes"))
            elif not raw.strip():
                continue
            else:
                rows.append(self._parse(raw, number, columns))
            number += 1
            if len(rows) >= size:
                yield Chunk(rows, offset, offset / self.size if self.size else 1.0)
                rows = []
        if rows:
            yield Chunk(rows, offset, 1.0)

    @staticmethod
    def _parse(raw: bytes, number: int, columns: list[str]) -> Row:
        dirty = False
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line, dirty = raw.decode("utf-8", "surrogateescape"), True
        try:
            obj = json.loads(line)
        except ValueError as err:
            return Row(number, dict.fromkeys(columns), f"invalid JSON ({err})")
        if not isinstance(obj, dict):
            return Row(number, dict.fromkeys(columns), f"not a JSON object (a {type(obj).__name__})")
        values = {name: obj.get(name) for name in columns}
        undecodable: frozenset[str] = frozenset()
        if dirty:
            bad = set()
            for name, value in values.items():
                if isinstance(value, str) and _SURROGATES.search(value):
                    values[name] = _clean(value)
                    bad.add(name)
            undecodable = frozenset(bad)
        elif ("\\ud" in line or "\\uD" in line) and _has_lone_surrogate(values):
            # JSON escapes like "\ud83d" without a partner decode to lone surrogates
            bad = {name for name, value in values.items() if isinstance(value, str) and _lone(value)}
            for name in bad:
                values[name] = _clean_lone(values[name])
            undecodable = frozenset(bad)
        return Row(number, values, None, undecodable)


_LONE = re.compile("[\ud800-\udfff]")


def _lone(text: str) -> bool:
    return bool(_LONE.search(text))


def _clean_lone(text: str) -> str:
    return _LONE.sub("\ufffd", text)


def _has_lone_surrogate(values: dict[str, Any]) -> bool:
    return any(isinstance(v, str) and _lone(v) for v in values.values())


# --------------------------------------------------------------------------- Parquet
class ParquetReader(Reader):
    def __init__(self, path: Path) -> None:
        self.path, self.format = path, "parquet"
        require_pyarrow()
        import pyarrow.parquet as pq

        if path.is_dir():
            raise TableError(f"{path}: is a directory; give one Parquet file")
        try:
            self.file = pq.ParquetFile(str(path))
        except FileNotFoundError:
            raise TableError(f"{path}: no such file") from None
        except PermissionError:
            raise TableError(f"{path}: permission denied") from None
        except Exception as err:  # pyarrow raises ArrowInvalid, OSError... for a bad file
            raise TableError(f"{path}: not a readable Parquet file ({err})") from None
        self.schema = self.file.schema_arrow
        _duplicates(path, self.schema.names)
        self.columns = list(self.schema.names)
        self.num_rows = self.file.metadata.num_rows
        self.start = 0

    def close(self) -> None:
        close = getattr(self.file, "close", None)
        if close:
            close()

    def field_type(self, name: str):
        return self.schema.field(name).type

    def chunks(self, size: int, columns: Sequence[str] | None = None, start: int | None = None,
               first_number: int = 1) -> Iterator[Chunk]:
        import pyarrow as pa

        columns = list(self.columns if columns is None else columns)
        self.require(columns)
        position = start or 0
        meta = self.file.metadata
        groups, skip, first = [], 0, 0
        for k in range(meta.num_row_groups):
            n = meta.row_group(k).num_rows
            if first + n > position:
                if not groups:
                    skip = position - first
                groups.append(k)
            first += n
        if not groups:
            return
        binary = {name for name in columns if pa.types.is_binary(self.field_type(name))
                  or pa.types.is_large_binary(self.field_type(name))}
        number = first_number
        pending: list[Row] = []
        try:
            batches = self.file.iter_batches(batch_size=size, row_groups=groups, columns=columns,
                                             use_threads=False)
            for batch in batches:
                if skip:
                    if skip >= batch.num_rows:
                        skip -= batch.num_rows
                        continue
                    batch = batch.slice(skip)
                    skip = 0
                lists = {name: batch.column(name).to_pylist() for name in columns}
                for k in range(batch.num_rows):
                    values = {name: lists[name][k] for name in columns}
                    undecodable: frozenset[str] = frozenset()
                    if binary:
                        bad = set()
                        for name in binary:
                            value = values[name]
                            if value is not None:
                                try:
                                    values[name] = value.decode("utf-8")
                                except UnicodeDecodeError:
                                    values[name] = value.decode("utf-8", "replace")
                                    bad.add(name)
                        undecodable = frozenset(bad)
                    pending.append(Row(number, values, None, undecodable))
                    number += 1
                    position += 1
                    if len(pending) >= size:
                        yield Chunk(pending, position, position / self.num_rows if self.num_rows else 1.0)
                        pending = []
        except TableError:
            raise
        except Exception as err:
            raise TableError(f"{self.path}: Parquet read failed near row {number} ({err})") from None
        if pending:
            yield Chunk(pending, position, 1.0)


def open_reader(path: str | os.PathLike[str], fmt: str | None = None) -> Reader:
    """Open ``path`` for chunked reading (format from ``fmt`` or the extension)."""
    path = Path(path)
    fmt = resolve_format(path, fmt)
    if fmt in ("csv", "tsv"):
        return DelimitedReader(path, fmt)
    if fmt == "jsonl":
        return JsonlReader(path)
    return ParquetReader(path)


# --------------------------------------------------------------------------- writers
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
            dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default).encode
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
        return _clean_lone(text).encode("utf-8")


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

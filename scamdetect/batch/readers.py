"""Streaming, chunked readers for CSV, TSV, JSONL and Parquet message dumps.

Readers never hold more than one chunk of rows in memory, and report *where* they are in
the file (a byte offset for the text formats, a row index for Parquet) so that a run can
later continue from exactly that point (:meth:`~scamdetect.batch.tables.Reader.chunks` with ``start=``).
The rules every reader follows are in :mod:`scamdetect.batch.tables`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .tables import (
    BOM,
    FIELD_LIMIT,
    LINE_LIMIT,
    MAX_RECORD_LINES,
    SURROGATES,
    Chunk,
    Reader,
    Row,
    TableError,
    check_duplicates,
    clean_surrogates,
    require_pyarrow,
    resolve_format,
)

__all__ = ["open_reader", "DelimitedReader", "JsonlReader", "ParquetReader", "lone_surrogates", "clean_lone"]


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

    def __init__(self, path: Path, fmt: str, delimiter: str | None = None) -> None:
        """``delimiter`` defaults to the format's (comma or tab); ``"sniff"`` picks one of ``, ; TAB |`` from the
        header line (labelled files exported by spreadsheets in some locales use semicolons)."""
        self.path, self.format = path, fmt
        self.delimiter = delimiter if delimiter and delimiter != "sniff" else "\t" if fmt == "tsv" else ","
        self.handle = _open_binary(path)
        self.size = os.fstat(self.handle.fileno()).st_size
        head = self.handle.read(4096)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) > 8 and head.count(b"\x00") > len(head) // 4):
            raise TableError(f"{path}: looks like UTF-16 text; scamdetect reads UTF-8. Convert it first, for example "
                             f"`iconv -f UTF-16 -t UTF-8 {path.name} > utf8.{fmt}`")
        if b"\n" not in head and head.count(b"\r") > 1:
            raise TableError(f"{path}: lines end with CR alone (old Mac format); convert them to LF first, for "
                             f"example `tr '\\r' '\\n' < {path.name} > fixed.{fmt}`")
        offset = 3 if head[:3] == BOM else 0
        if delimiter == "sniff":
            first = head[offset:].split(b"\n", 1)[0].decode("utf-8", "replace")
            try:
                self.delimiter = csv.Sniffer().sniff(first, delimiters=",;\t|").delimiter
            except csv.Error:
                pass
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
            header = [clean_surrogates(name) for name in header]
        header = [name.strip() for name in header]
        if not any(header):
            raise TableError(f"{path}: the first line is empty, expected a header row")
        check_duplicates(path, header)
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
                    if value is not None and SURROGATES.search(value):
                        values[name] = clean_surrogates(value)
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
        self.start = 3 if head == BOM else 0
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
        self.columns = [clean_surrogates(name) for name in seen]

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
                if isinstance(value, str) and SURROGATES.search(value):
                    values[name] = clean_surrogates(value)
                    bad.add(name)
            undecodable = frozenset(bad)
        elif ("\\ud" in line or "\\uD" in line) and _has_lone_surrogate(values):
            # JSON escapes like "\ud83d" without a partner decode to lone surrogates
            bad = {name for name, value in values.items() if isinstance(value, str) and lone_surrogates(value)}
            for name in bad:
                values[name] = clean_lone(values[name])
            undecodable = frozenset(bad)
        return Row(number, values, None, undecodable)


_LONE = re.compile("[\ud800-\udfff]")


def lone_surrogates(text: str) -> bool:
    return bool(_LONE.search(text))


def clean_lone(text: str) -> str:
    return _LONE.sub("\ufffd", text)


def _has_lone_surrogate(values: dict[str, Any]) -> bool:
    return any(isinstance(v, str) and lone_surrogates(v) for v in values.values())


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
        check_duplicates(path, self.schema.names)
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


def open_reader(path: str | os.PathLike[str], fmt: str | None = None, delimiter: str | None = None) -> Reader:
    """Open ``path`` for chunked reading (format from ``fmt`` or the extension; ``delimiter`` for CSV/TSV,
    ``"sniff"`` to guess it)."""
    path = Path(path)
    fmt = resolve_format(path, fmt)
    if fmt in ("csv", "tsv"):
        return DelimitedReader(path, fmt, delimiter)
    if fmt == "jsonl":
        return JsonlReader(path)
    return ParquetReader(path)


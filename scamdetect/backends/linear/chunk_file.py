"""``chunks.jsonl``: the chunks a linear model ships prepared, so a freshly loaded model is fast at once.

A model's chunk table (:mod:`.chunk_table`) prepares each chunk of text the first time it meets it. The
trainer prepares the chunks that several writers use (common words, their punctuated forms, common
amounts) and stores the table, and the words (units) within them with their columns. The file is JSON
Lines, one value a line: a header, then the chunk strings, their records and their column store, then the
unit strings, their pair keys, their column counts and their column store; records and stores are base64
little-endian int32, which load with one copy each instead of a parse per integer. Read a line at a time,
the file never sits in memory whole (a model must load in under 200 MB). It is optional (a model without it
starts empty) and, like every model file, listed in the manifest with its sha256. Records are derived from
the vocabulary and the featurizer version: both are checked on load, and the tests rebuild the shipped
file's records with the current code.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from ...model_dir import ModelError
from .chunk_table import ChunkTable
from .features import FEATURIZER_VERSION

__all__ = ["CHUNK_FILE", "write_chunk_file", "read_chunk_file"]

CHUNK_FILE = "chunks.jsonl"
_FORMAT = 2
#: the lines after the header, in order
_LINES = ("chunks", "records", "columns", "units", "unit_keys", "unit_counts", "unit_columns")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_chunk_file(path: Path, table: ChunkTable, n_features: int) -> None:
    """Write ``table`` (built for a vocabulary of ``n_features`` features) to ``path``."""
    chunks, records, columns = table.export()
    units, keys, unit_counts, unit_columns = table.columns.export()
    header = {"format": _FORMAT, "featurizer_version": FEATURIZER_VERSION, "n_features": n_features,
              "chunks": len(chunks), "units": len(units), "lines": list(_LINES)}
    values = (chunks, _b64(records), _b64(columns), units, keys, _b64(unit_counts), _b64(unit_columns))
    with open(path, "w", encoding="utf-8") as out:
        for value in (header, *values):
            out.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")


def _strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"'{name}' is not a list")
    return value


def _bytes(value: Any, name: str) -> bytes:
    if not isinstance(value, str):
        raise ValueError(f"'{name}' is not base64 text")
    return base64.b64decode(value, validate=True)


def read_chunk_file(path: Path, table: ChunkTable, n_features: int) -> None:
    """Preload ``table`` from ``path``; :class:`~scamdetect.model_dir.ModelError` when the file does not fit."""
    try:
        with open(path, encoding="utf-8") as lines:
            header: Any = json.loads(next(lines, "null"))
            if not isinstance(header, dict):
                raise ValueError("no header line")
            if header.get("format") != _FORMAT:
                raise ValueError(f"format {header.get('format')!r}, this scamdetect reads {_FORMAT}")
            version, width = header.get("featurizer_version"), header.get("n_features")
            if version != FEATURIZER_VERSION or width != n_features:
                raise ValueError(f"prepared by featurizer v{version} for {width} features; the model has v"
                                 f"{FEATURIZER_VERSION} and {n_features}")
            # one line at a time, each dropped once used: the whole file never sits in memory
            read = {name: json.loads(next(lines, "null")) for name in _LINES[:3]}
            table.preload(_strings(read["chunks"], "chunks"), _bytes(read["records"], "records"),
                          _bytes(read["columns"], "columns"))
            read = {name: json.loads(next(lines, "null")) for name in _LINES[3:]}
            table.columns.preload(_strings(read["units"], "units"), _strings(read["unit_keys"], "unit_keys"),
                                  _bytes(read["unit_counts"], "unit_counts"),
                                  _bytes(read["unit_columns"], "unit_columns"))
    except (OSError, ValueError, KeyError, TypeError) as err:  # JSON and base64 errors are ValueErrors
        raise ModelError(f"{path}: unusable prepared chunks ({err}); delete the file and its manifest entry, or "
                         "re-export the model") from None

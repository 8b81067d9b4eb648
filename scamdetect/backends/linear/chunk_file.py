"""``chunks.json``: the chunks a linear model ships prepared, so a freshly loaded model is fast at once.

A model's chunk table (:mod:`.chunk_table`) prepares each chunk of text the first time it meets it. The
trainer prepares the chunks that several writers use (common words, their punctuated forms, common
amounts) and stores the table, and the words (units) within them with their columns: strings in JSON,
records and column stores as base64 little-endian int32, which load with one copy each instead of a
parse per integer. The file is optional
(a model without it starts empty) and, like every model file, listed in the manifest with its sha256.
Records are derived from the vocabulary and the featurizer version: both are checked on load, and the
tests rebuild the shipped file's records with the current code.
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

CHUNK_FILE = "chunks.json"
_FORMAT = 1


def write_chunk_file(path: Path, table: ChunkTable, n_features: int) -> None:
    """Write ``table`` (built for a vocabulary of ``n_features`` features) to ``path``."""
    chunks, records, columns = table.export()
    units, keys, unit_counts, unit_columns = table.columns.export()
    document = {"format": _FORMAT, "featurizer_version": FEATURIZER_VERSION, "n_features": n_features,
                "chunks": chunks, "records": _b64(records), "columns": _b64(columns),
                "units": units, "unit_keys": keys, "unit_counts": _b64(unit_counts), "unit_columns": _b64(unit_columns)}
    path.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _bytes(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def read_chunk_file(path: Path, table: ChunkTable, n_features: int) -> None:
    """Preload ``table`` from ``path``; :class:`~scamdetect.model_dir.ModelError` when the file does not fit."""
    try:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
        version, width = document["featurizer_version"], document["n_features"]
        if document["format"] != _FORMAT:
            raise ValueError(f"format {document['format']!r}, this scamdetect reads {_FORMAT}")
        if version != FEATURIZER_VERSION or width != n_features:
            raise ValueError(f"prepared by featurizer v{version} for {width} features; the model has v"
                             f"{FEATURIZER_VERSION} and {n_features}")
        chunks, units, keys = document["chunks"], document["units"], document["unit_keys"]
        if not all(isinstance(value, list) for value in (chunks, units, keys)):
            raise ValueError("'chunks', 'units' and 'unit_keys' must be lists")
        table.preload(chunks, _bytes(document["records"]), _bytes(document["columns"]))
        table.columns.preload(units, keys, _bytes(document["unit_counts"]), _bytes(document["unit_columns"]))
    except (OSError, ValueError, KeyError, TypeError) as err:  # JSON and base64 errors are ValueErrors
        raise ModelError(f"{path}: unusable prepared chunks ({err}); delete the file and its manifest entry, or "
                         "re-export the model") from None

"""Labelled data for an evaluation: reading files (with the batch readers), parsing gold labels, sampling.

    >>> parse_labels(["scam", "HAM", "1", "0", "bank_phishing"], binary=True)
    ['scam', 'legit', 'scam', 'legit', 'scam']
    >>> parse_labels(["legit", "fake_loan"])
    ['legit', 'fake_loan']
    >>> parse_labels(["legit", "phish", "phish", "0"])
    Traceback (most recent call last):
    ...
    scamdetect.errors.DataError: 3 rows have labels that are not taxonomy ids: 'phish' (2 rows), '0' (1 row). Known ids: legit, task_commission, fake_investment, online_shopping_fraud, prize_fee, fake_authority, fake_vneid, fake_loan, travel_study_labor, ecommerce_collaborator, child_model_recruitment, impersonate_relative, bank_phishing, fake_subsidy, fake_service_provider, fake_debt_collection, gambling_ad, other_scam. For scam/legit labels (0/1, scam/legit, spam/ham) use binary mode (--binary).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..batch.readers import open_reader
from ..batch.tables import format_from_path
from ..errors import DataError, TableError
from ..taxonomy import IS_SCAM, LABELS

__all__ = ["DataError", "LabelledData", "BINARY_VALUES", "parse_labels", "subsample", "from_records", "read_rows",
           "read_labelled"]

#: binary label spellings accepted in binary mode (case-insensitive); taxonomy ids are accepted too
BINARY_VALUES: dict[str, bool] = {
    "1": True, "0": False, "1.0": True, "0.0": False, "true": True, "false": False,
    "scam": True, "legit": False, "spam": True, "ham": False,
}


@dataclass
class LabelledData:
    """Texts with gold labels: taxonomy ids, or ``scam``/``legit`` when ``binary``.

    ``rows`` holds each text's record number in the source (from 1, header excluded), so an
    error-analysis line can be found in the file; ``ids`` an ``id`` column when there was one.
    """

    texts: list[str]
    labels: list[str]
    binary: bool = False
    source: str = "<memory>"
    rows: list[int] = field(default_factory=list)
    ids: list[str] | None = None

    def __post_init__(self) -> None:
        if len(self.texts) != len(self.labels):
            raise DataError(f"{len(self.texts)} texts but {len(self.labels)} labels")
        if not self.rows:
            self.rows = list(range(1, len(self.texts) + 1))

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def is_scam(self) -> np.ndarray:
        if self.binary:
            return np.array([label == "scam" for label in self.labels], bool)
        return np.array([IS_SCAM[label] for label in self.labels], bool)

    def label_counts(self) -> dict[str, int]:
        counts = Counter(self.labels)
        order = ["legit", "scam"] if self.binary else list(LABELS)
        return {label: counts[label] for label in order if counts[label]}


def _closest(word: str, known: Sequence[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
    return match[0] if match else None


def parse_labels(values: Sequence[Any], binary: bool = False) -> list[str]:
    """Gold labels as taxonomy ids (or ``scam``/``legit`` when ``binary``).

    Case and surrounding spaces are ignored. Unknown values raise :class:`DataError` listing
    every distinct unknown value with its row count.
    """
    out: list[str] = []
    unknown: Counter[str] = Counter()
    for value in values:
        key = "" if value is None else str(value).strip()
        low = key.lower()
        if binary:
            if low in BINARY_VALUES:
                out.append("scam" if BINARY_VALUES[low] else "legit")
                continue
            if low in IS_SCAM:
                out.append("scam" if IS_SCAM[low] else "legit")
                continue
        elif low in IS_SCAM:
            out.append(low)
            continue
        unknown[key] += 1
        out.append("")
    if unknown:
        listed = ", ".join(f"{value!r} ({n} row{'s' if n > 1 else ''})" for value, n in unknown.most_common(20))
        if len(unknown) > 20:
            listed += f", and {len(unknown) - 20} more"
        total = sum(unknown.values())
        if binary:
            raise DataError(f"{total} rows have labels that are not binary labels or taxonomy ids: {listed}. "
                            "Binary mode accepts 1/0, true/false, scam/legit, spam/ham or a taxonomy id.")
        hint = ""
        suggestions = {value: _closest(value.lower(), LABELS) for value in unknown}
        suggestions = {v: s for v, s in suggestions.items() if s}
        if suggestions:
            hint = " Did you mean " + ", ".join(f"{s!r} for {v!r}" for v, s in list(suggestions.items())[:5]) + "?"
        raise DataError(f"{total} rows have labels that are not taxonomy ids: {listed}. Known ids: "
                        f"{', '.join(LABELS)}. For scam/legit labels (0/1, scam/legit, spam/ham) use binary mode "
                        f"(--binary).{hint}")
    return out


def subsample(n: int, limit: int | None) -> list[int]:
    """``limit`` row positions spread evenly over ``n`` rows (all rows when ``limit`` is None or >= n).

    Evenly spaced rather than the first ``limit``: labelled files are often sorted by label.

    >>> subsample(10, 4)
    [0, 3, 6, 9]
    """
    if limit is None or limit >= n:
        return list(range(n))
    if limit <= 0:
        raise DataError(f"limit must be positive, got {limit}")
    return sorted({int(round(k)) for k in np.linspace(0, n - 1, limit)})


def from_records(records: Sequence[dict[str, Any]], text_column: str = "text", label_column: str = "label",
                 binary: bool = False, limit: int | None = None, source: str = "<records>",
                 where: dict[str, str] | None = None) -> LabelledData:
    """Build :class:`LabelledData` from dicts (rows of a corpus, a DataFrame's ``to_dict('records')``...).

    ``where`` keeps only rows whose columns equal the given values (e.g. ``{"split": "test"}``).
    """
    if not records:
        raise DataError(f"{source}: no rows")
    columns: list[str] = list(records[0].keys())
    for record in records[1:50]:
        columns += [c for c in record if c not in columns]
    for column in [text_column, label_column, *(where or {})]:
        if column not in columns:
            raise DataError(f"{source}: no column {column!r}; columns: {', '.join(map(str, columns))}")
    positions = list(range(len(records)))
    if where:
        positions = [k for k in positions if all(str(records[k].get(c)) == str(v) for c, v in where.items())]
        if not positions:
            wanted = ", ".join(f"{c}={v}" for c, v in where.items())
            raise DataError(f"{source}: no rows with {wanted}")
    # validate every (filtered) row, so that --limit never hides a bad label
    texts, raw_labels, missing = [], [], []
    for k in positions:
        text = records[k].get(text_column)
        if text is None or (isinstance(text, float) and text != text):  # None or NaN
            missing.append(k)
            text = ""
        texts.append(text if isinstance(text, str) else str(text))
        raw_labels.append(records[k].get(label_column))
    if missing:
        shown = ", ".join(str(k + 1) for k in missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise DataError(f"{source}: {len(missing)} rows have no text in column {text_column!r} (records {shown}, "
                        "counting from 1 after the header)")
    empty = [k for k, label in zip(positions, raw_labels, strict=True) if label is None or str(label).strip() == ""]
    if empty:
        shown = ", ".join(str(k + 1) for k in empty[:10]) + (" ..." if len(empty) > 10 else "")
        raise DataError(f"{source}: {len(empty)} rows have no label in column {label_column!r} (records {shown}, "
                        "counting from 1 after the header)")
    try:
        labels = parse_labels(raw_labels, binary=binary)
    except DataError as err:
        raise DataError(f"{source}: column {label_column!r}: {err}") from None
    keep = subsample(len(positions), limit)
    positions = [positions[j] for j in keep]
    texts, labels = [texts[j] for j in keep], [labels[j] for j in keep]
    ids = [str(records[k].get("id")) for k in positions] if "id" in columns else None
    return LabelledData(texts, labels, binary, source, [k + 1 for k in positions], ids)


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Every record of a labelled file as a dict: CSV (delimiter guessed), TSV, JSONL and Parquet through
    :func:`scamdetect.batch.readers.open_reader`, and a ``.json`` file holding one array of objects."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        stripped = path.read_text(encoding="utf-8-sig").lstrip()
        if stripped.startswith("["):
            try:
                rows = json.loads(stripped)
            except json.JSONDecodeError as err:
                raise DataError(f"{path}: not valid JSON ({err})") from None
            bad = next((k for k, row in enumerate(rows) if not isinstance(row, dict)), None)
            if bad is not None:
                raise DataError(f"{path}: record {bad + 1} is not a JSON object")
            return rows
    fmt = "jsonl" if suffix == ".json" else "csv" if suffix == ".txt" else format_from_path(path)
    if fmt is None:
        raise DataError(f"{path}: unknown file type {suffix!r}; use .csv, .tsv, .jsonl or .parquet")
    rows = []
    try:
        with open_reader(path, fmt, delimiter="sniff" if fmt == "csv" else None) as reader:
            for chunk in reader.chunks(65536):
                for row in chunk.rows:
                    if row.problem:
                        raise DataError(f"{path}: record {row.number}: {row.problem}")
                    if row.undecodable:
                        raise DataError(f"{path}: record {row.number}: not UTF-8 text in column(s) "
                                        f"{', '.join(sorted(row.undecodable))}")
                    rows.append(row.values)
    except TableError as err:
        raise DataError(str(err)) from None
    return rows


def read_labelled(path: str | Path, text_column: str = "text", label_column: str = "label", binary: bool = False,
                  limit: int | None = None, where: dict[str, str] | None = None) -> LabelledData:
    """Read a labelled CSV, TSV, JSONL (or Parquet, with pyarrow) file.

    Labels are taxonomy ids, or with ``binary=True`` 1/0, scam/legit, spam/ham (or taxonomy ids,
    folded to scam/legit). ``limit`` keeps that many rows spread evenly over the file; ``where``
    filters on column values first (``{"split": "test"}``). Raises :class:`DataError` with a
    message a user can act on.
    """
    return from_records(load_records(path), text_column, label_column, binary, limit, str(path), where)


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Every record of a labelled file as a dict; a missing or non-UTF-8 file is a :class:`DataError`."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    try:
        return read_rows(path)
    except UnicodeDecodeError as err:
        raise DataError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None


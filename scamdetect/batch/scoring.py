"""Batch scoring of message dumps: chunked, ordered, resumable and multi-process.

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
    are normalised as in :mod:`scamdetect.indicators` (``+84`` phones, lower-case re-fanged
    URLs). Filled for scam-labelled rows; for all rows with ``explain`` or
    ``all_indicators``; empty (null) where not computed, ``[]`` where none were found.
``summary``, ``red_flags`` (only with ``explain``)
    the explanation's Vietnamese sentence and a JSON list of red-flag ids
    (``scamdetect.redflags.RED_FLAGS``).
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

import hashlib
import json
import os
import shutil
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .tabular import FORMATS, Chunk, ParquetParts, Reader, TableError, TextEncoder, format_from_path, open_reader

__all__ = ["ScoreConfig", "ScoreResult", "ScoringError", "score_file", "score_texts", "compact_indicators",
           "DEFAULT_BATCH_SIZE", "MAX_INDICATORS", "INDICATOR_KINDS", "state_path", "partial_path"]

#: rows per chunk: the unit of work handed to a worker, of writing and of resuming
DEFAULT_BATCH_SIZE = 2000
#: at most this many indicators per row in the ``indicators`` column
MAX_INDICATORS = 10
#: indicator kinds written to the ``indicators`` column (the others are requests/amounts, not identities)
INDICATOR_KINDS = ("url", "phone", "ewallet", "bank_account", "handle", "email")
STATE_VERSION = 1
_MAX_ERROR_EXAMPLES = 5


class ScoringError(Exception):
    """A problem the user can fix (bad option, input, model or leftover state); nothing was written."""


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
    #: write text cells as they are, even those a spreadsheet would run as formulas (see tabular.safe_cell)
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


# --------------------------------------------------------------------------- scoring texts
def compact_indicators(indicators: Sequence[Any]) -> list[dict[str, Any]]:
    """The ``indicators`` column value for a tuple of :class:`scamdetect.Indicator`."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for ind in indicators:
        if ind.kind not in INDICATOR_KINDS or (ind.kind, ind.value) in seen:
            continue
        seen.add((ind.kind, ind.value))
        item: dict[str, Any] = {"kind": ind.kind, "value": ind.value}
        details = ind.details or {}
        if ind.kind == "url":
            item["domain"] = details.get("registered_domain")
            if details.get("domain") and details.get("domain") != details.get("registered_domain"):
                item["host"] = details["domain"]
            for key in ("lookalike_of", "official", "shortener", "free_hosting"):
                if details.get(key):
                    item[key] = details[key]
        elif ind.kind == "bank_account" and details.get("bank"):
            item["bank"] = details["bank"]
        elif ind.kind == "ewallet" and details.get("wallet"):
            item["wallet"] = details["wallet"]
        elif ind.kind == "handle" and details.get("platform"):
            item["platform"] = details["platform"]
        elif ind.kind == "phone" and details.get("hotline"):
            item["hotline"] = True
        out.append(item)
        if len(out) >= MAX_INDICATORS:
            break
    return out


def indicator_values(text: str, max_chars: int = 5000) -> tuple[Any, ...]:
    """The indicators of ``text`` for their values only (kinds, values, details; spans not mapped back).

    :func:`scamdetect.indicators.extract` on the output of the fast
    :func:`scamdetect.normalize.normalize_text` (the same text as ``normalize(text).text``),
    skipping the offset map that only the spans need: about a third of the cost.
    """
    from .indicators import extract
    from .normalize import Normalized, normalize_text

    flat, salt = normalize_text(text[:max_chars])  # what the model read; a 200,000-character row is not read whole
    n = len(flat)
    return extract(Normalized(flat, flat, tuple(range(n)), tuple(range(1, n + 1)), salt), requests=False)


def score_texts(model: Any, texts: Sequence[str], explain: bool = False, all_indicators: bool = False
                ) -> list[tuple]:
    """Score ``texts``: per text ``(label, is_scam, scam_score, indicators, summary, red_flags, error)``.

    Identical texts are scored once. A text the model fails on gets an ``error`` instead of
    sinking its batch.
    """
    unique = list(dict.fromkeys(texts))
    try:
        predictions = model.classify(unique, explain=explain)
    except Exception:  # one bad text must not lose the chunk: retry one by one
        predictions = []
        for text in unique:
            try:
                predictions.append(model.classify([text], explain=explain)[0])
            except Exception as err:
                predictions.append(f"scoring failed ({type(err).__name__}: {err})")
    results: dict[str, tuple] = {}
    for text, p in zip(unique, predictions, strict=True):
        if isinstance(p, str):
            results[text] = (None, None, None, None, None, None, p)
            continue
        indicators = summary = flags = None
        try:
            if p.explanation is not None:
                indicators = compact_indicators(p.explanation.indicators)
                summary = p.explanation.summary
                flags = [flag.id for flag in p.explanation.red_flags]
            elif p.is_scam or all_indicators:
                indicators = compact_indicators(indicator_values(text))
        except Exception as err:
            results[text] = (None, None, None, None, None, None,
                             f"indicator extraction failed ({type(err).__name__}: {err})")
            continue
        results[text] = (p.label, p.is_scam, p.scam_score, indicators, summary, flags, None)
    return [results[text] for text in texts]


_WORKER: dict[str, Any] = {}


def _init_worker(model_dir: str | None, threshold: float | None, parent: int) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts us down

    def watch() -> None:  # exit if the parent dies without telling us (SIGKILL)
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    from .classifier import load_model

    # the processes already use every core: a second scoring thread in each would only compete with them
    _WORKER["model"] = load_model(model_dir, threshold=threshold, pipeline=False)


def _worker_score(texts: list[str], explain: bool, all_indicators: bool) -> list[tuple]:
    return score_texts(_WORKER["model"], texts, explain, all_indicators)


# --------------------------------------------------------------------------- plan
_OUTPUT_NAMES = ("id", "label", "label_vi", "is_scam", "scam_score", "indicators", "summary", "red_flags", "error")


@dataclass
class _Plan:
    input_format: str
    output_format: str
    id_column: str | None
    keep: list[str]  # input column names
    columns: list[str]  # output column names
    types: list[Any]  # for Parquet


def _plan(config: ScoreConfig, reader: Reader) -> _Plan:
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
        columns.append(f"input_{name}" if name in _OUTPUT_NAMES else name)
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
    return _Plan(reader.format, out_fmt, id_column, keep, columns, types)


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


def _model_fingerprint(model: Any) -> str:
    files = model.manifest.get("files", {})
    digest = hashlib.sha256(json.dumps([files, model.manifest.get("kind"), model.manifest.get("cascade")],
                                       sort_keys=True, default=str).encode()).hexdigest()
    return digest[:16]


def _edge_blocks_sha256(path: Path, size: int, block: int = 1 << 20) -> str:
    """sha256 of a file's first and last MiB: size and mtime alone miss an edit that keeps both."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        digest.update(handle.read(block))
        if size > block:
            handle.seek(max(block, size - block))
            digest.update(handle.read(block))
    return digest.hexdigest()


def _fingerprint(config: ScoreConfig, plan: _Plan, model: Any) -> dict[str, Any]:
    from . import __version__

    stat = config.input.stat()
    return {"input": str(config.input.resolve()), "input_size": stat.st_size, "input_mtime_ns": stat.st_mtime_ns,
            "input_blocks": _edge_blocks_sha256(config.input, stat.st_size),
            "input_format": plan.input_format, "output_format": plan.output_format,
            "text_column": config.text_column, "id_column": plan.id_column, "keep": plan.keep,
            "explain": config.explain, "all_indicators": config.all_indicators, "threshold": model.threshold,
            "model": _model_fingerprint(model), "scamdetect": __version__, "columns": plan.columns}


# --------------------------------------------------------------------------- output with commits
class _Output:
    """The in-progress output plus its state file; every chunk is committed atomically."""

    def __init__(self, config: ScoreConfig, plan: _Plan, fingerprint: dict[str, Any], batch_size: int) -> None:
        self.final = config.output
        self.state_file = state_path(config.output)
        self.partial = partial_path(config.output)
        self.parquet = plan.output_format == "parquet"
        self.encoder = None if self.parquet else TextEncoder(plan.output_format, plan.columns, config.raw_cells)
        self.parts = ParquetParts(plan.columns, plan.types) if self.parquet else None
        self.state: dict[str, Any] = {
            "version": STATE_VERSION, "fingerprint": fingerprint, "batch_size": batch_size, "chunks_done": 0,
            "rows_done": 0, "position": None, "output_bytes": 0, "scam": 0, "errors": 0, "labels": {},
            "error_kinds": {}, "error_examples": [], "complete": False}
        self.handle = None
        self.lock_fd: int | None = None
        self.output_hash = hashlib.sha256()  # of the committed output bytes, checked on --resume

    # ---------------------------------------------------------------- start / resume
    def start_fresh(self) -> None:
        self._remove_partial()
        if self.parquet:
            self.partial.mkdir()
        else:
            with open(self.partial, "wb") as handle:
                assert self.encoder is not None
                header = self.encoder.header()
                handle.write(header)
                handle.flush()
                os.fsync(handle.fileno())
            self.state["output_bytes"] = len(header)
            self.output_hash.update(header)
            self.state["output_sha256"] = self.output_hash.hexdigest()
        self._lock()
        self._write_state()
        self._open_for_append()

    def resume(self, state: dict[str, Any]) -> None:
        self.state = state
        if self.parquet:
            if not self.partial.is_dir():
                raise ScoringError(f"cannot resume: {self.partial} is missing; start over without --resume")
            self._lock()
            done = state["chunks_done"]
            for part in self.partial.iterdir():
                index = _part_index(part)
                if index is None or index >= done:
                    part.unlink()  # uncommitted or temporary
            missing = [k for k in range(done) if not self._part(k).is_file()]
            if missing:
                raise ScoringError(f"cannot resume: {len(missing)} committed part files are missing from "
                                   f"{self.partial}; start over without --resume")
        else:
            if not self.partial.is_file() or self.partial.stat().st_size < state["output_bytes"]:
                raise ScoringError(f"cannot resume: {self.partial} is missing or shorter than its "
                                   f"{state['output_bytes']:,} committed bytes; start over without --resume")
            self._lock()
            with open(self.partial, "r+b") as handle:
                remaining = state["output_bytes"]
                while remaining:
                    block = handle.read(min(remaining, 1 << 20))
                    self.output_hash.update(block)
                    remaining -= len(block)
                if state.get("output_sha256") not in (None, self.output_hash.hexdigest()):
                    raise ScoringError(f"cannot resume: {self.partial} was changed since it was written (its "
                                       "committed bytes no longer match their sha256); start over without --resume")
                handle.truncate(state["output_bytes"])  # drop a half-written chunk
            self._open_for_append()

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # not on POSIX: no lock
            return
        self.lock_fd = os.open(self.partial, os.O_RDONLY)
        try:
            fcntl.flock(self.lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.lock_fd)
            self.lock_fd = None
            raise ScoringError(f"{self.partial} is being written by another scamdetect score run") from None

    def _open_for_append(self) -> None:
        if not self.parquet:
            self.handle = open(self.partial, "ab")  # noqa: SIM115

    def _part(self, index: int) -> Path:
        return self.partial / f"part-{index:07d}.parquet"

    # ---------------------------------------------------------------- commits
    def commit(self, rows: list[list[Any]], chunk: Chunk, result: ScoreResult) -> None:
        index = self.state["chunks_done"]
        if self.parquet:
            assert self.parts is not None
            tmp = self.partial / f"tmp-{index:07d}.parquet"
            self.parts.write_part(tmp, rows)
            _fsync_file(tmp)
            os.replace(tmp, self._part(index))
        else:
            assert self.encoder is not None and self.handle is not None
            data = self.encoder.encode(rows)
            self.handle.write(data)
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.state["output_bytes"] += len(data)
            self.output_hash.update(data)
            self.state["output_sha256"] = self.output_hash.hexdigest()
        self.state.update(chunks_done=index + 1, rows_done=result.rows, position=chunk.position, scam=result.scam,
                          errors=result.errors, labels=dict(result.labels), error_kinds=dict(result.error_kinds),
                          error_examples=result.error_examples)
        self._write_state()

    def _write_state(self) -> None:
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(self.state, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.state_file)

    def finish(self) -> None:
        if self.parquet:
            assert self.parts is not None
            tmp = self.final.with_name(self.final.name + ".tmp")
            self.parts.merge([self._part(k) for k in range(self.state["chunks_done"])], tmp)
            _fsync_file(tmp)
        self.state["complete"] = True  # from here on the output is whole: a kill now loses nothing
        self._write_state()
        if self.parquet:
            os.replace(self.final.with_name(self.final.name + ".tmp"), self.final)
        else:
            assert self.handle is not None
            self.handle.close()
            self.handle = None
            if self.final.is_dir():
                raise ScoringError(f"{self.final} is a directory")
            os.replace(self.partial, self.final)
        self.close()
        self._remove_partial()
        self.state_file.unlink(missing_ok=True)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
        if self.lock_fd is not None:
            os.close(self.lock_fd)
            self.lock_fd = None

    def _remove_partial(self) -> None:
        if self.partial.is_dir():
            shutil.rmtree(self.partial)
        elif self.partial.exists():
            self.partial.unlink()


def _part_index(path: Path) -> int | None:
    name = path.name
    if name.startswith("part-") and name.endswith(".parquet"):
        try:
            return int(name[5:-8])
        except ValueError:
            return None
    return None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- progress
class Progress:
    """A one-line progress bar on a terminal (rows, rows/s, ETA); silent elsewhere."""

    def __init__(self, stream: TextIO | None, enabled: bool | None = None, label: str = "scoring",
                 start_fraction: float = 0.0) -> None:
        self.stream = stream
        if enabled is None:
            enabled = bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())
        self.enabled = enabled
        self.label = label
        self.start = time.monotonic()
        self.start_fraction = start_fraction  # share of the file done before this run (when resuming)
        self.last = 0.0
        self.shown = False

    def update(self, rows: int, new_rows: int, fraction: float | None, force: bool = False) -> None:
        if not self.enabled or self.stream is None:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = new_rows / elapsed
        text = f"\r{self.label}: {rows:,} rows, {rate:,.0f} rows/s"
        if fraction is not None:
            done = fraction - self.start_fraction
            eta = elapsed * (1.0 - fraction) / done if done > 0 else None
            width = 24
            filled = int(width * min(max(fraction, 0.0), 1.0))
            text = (f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%} {rows:,} rows, "
                    f"{rate:,.0f} rows/s, ETA {_clock(eta) if eta is not None else '?'}")
        self.stream.write(text + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown and self.stream is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


# --------------------------------------------------------------------------- the engine
def _row_error(row: Any, text_column: str) -> str | None:
    if row.problem:
        return row.problem
    text = row.values.get(text_column)
    if text is None:
        return "missing text"
    if not isinstance(text, str):
        return f"non-text value ({type(text).__name__})"
    if text_column in row.undecodable:
        return "text is not valid UTF-8"
    if not text.strip():
        return "empty text"
    return None


def _error_kind(message: str) -> str:
    return message.split(" (", 1)[0].split(":", 1)[0]


def score_file(config: ScoreConfig, stderr: TextIO | None = None, progress: bool | None = None) -> ScoreResult:
    """Score ``config.input`` into ``config.output``; see the module docstring for the schema.

    Raises :class:`ScoringError` / :class:`~scamdetect.tabular.TableError` /
    :class:`~scamdetect.ModelError` for problems found before anything is written.
    """
    from .classifier import load_model

    stderr = sys.stderr if stderr is None else stderr
    config.input = Path(config.input)
    config.output = Path(config.output)
    if config.batch_size < 1:
        raise ScoringError(f"--batch-size must be at least 1, got {config.batch_size}")
    if config.workers < 0:
        raise ScoringError(f"--workers must be 0 (all cores) or more, got {config.workers}")
    workers = config.workers or os.cpu_count() or 1
    if config.threshold is not None and not 0.0 <= config.threshold <= 1.0:
        raise ScoringError(f"--threshold must lie in [0, 1], got {config.threshold}")
    _check_output_path(config)

    reader = open_reader(config.input, config.input_format)
    try:
        plan = _plan(config, reader)
        try:
            model = load_model(config.model, threshold=config.threshold)
        except ValueError as err:
            raise ScoringError(str(err)) from None
        fingerprint = _fingerprint(config, plan, model)
        state_file = state_path(config.output)
        batch_size = config.batch_size
        previous = _load_state(state_file) if state_file.exists() else None
        if previous is not None and not config.resume:
            raise ScoringError(f"an interrupted run left {partial_path(config.output)} and {state_file}; pass "
                               "--resume to continue it, or delete both to start over")
        if previous is not None and previous.get("complete"):
            return _finish_completed(config, previous, stderr)
        if previous is not None:
            _check_resumable(previous, fingerprint)
            batch_size = previous["batch_size"]
        elif config.resume:
            print(f"scamdetect score: no interrupted run of {config.output} found; starting from the first row",
                  file=stderr)
        output = _Output(config, plan, fingerprint, batch_size)
        result = ScoreResult(config.output)
        if previous is not None:
            output.resume(previous)
            result.rows, result.scam, result.errors = previous["rows_done"], previous["scam"], previous["errors"]
            result.labels.update(previous["labels"])
            result.error_kinds.update(previous["error_kinds"])
            result.error_examples = list(previous["error_examples"])
            result.resumed_at = result.rows
            start_position, first_number = previous["position"], previous["rows_done"] + 1
        else:
            output.start_fresh()
            start_position, first_number = None, 1
        if workers > 1:
            model = None  # the workers load their own; the parent only needed it for checking
        start_fraction = reader.fraction(start_position) if start_position is not None else 0.0
        try:
            _run(config, plan, reader, model, output, result, workers, batch_size, start_position, first_number,
                 Progress(stderr, progress, f"scoring {config.input.name}", start_fraction))
        finally:
            output.close()
        return result
    finally:
        reader.close()


def _finish_completed(config: ScoreConfig, state: dict[str, Any], stderr: TextIO) -> ScoreResult:
    """The interrupted run had finished writing; only the final rename (or clean-up) was cut short."""
    partial = partial_path(config.output)
    pending = config.output.with_name(config.output.name + ".tmp")
    if state["fingerprint"]["output_format"] == "parquet":
        if pending.is_file():
            os.replace(pending, config.output)
        if partial.is_dir():
            shutil.rmtree(partial)
    elif partial.is_file():
        os.replace(partial, config.output)
    if not config.output.is_file():
        raise ScoringError(f"{state_path(config.output)} says the run finished, but {config.output} is missing; "
                           "delete the progress file and start over")
    state_path(config.output).unlink(missing_ok=True)
    print(f"scamdetect score: the interrupted run of {config.output} had already finished", file=stderr)
    result = ScoreResult(config.output, rows=state["rows_done"], scam=state["scam"], errors=state["errors"],
                         labels=Counter(state["labels"]), error_kinds=Counter(state["error_kinds"]),
                         error_examples=list(state["error_examples"]), resumed_at=state["rows_done"])
    return result


def _check_output_path(config: ScoreConfig) -> None:
    out = config.output
    if out.is_dir():
        raise ScoringError(f"{out}: is a directory; give an output file name")
    if not out.parent.is_dir():
        raise ScoringError(f"{out}: directory {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK):
        raise ScoringError(f"{out}: cannot write to {out.parent}")
    try:
        if config.input.exists() and out.exists() and out.samefile(config.input):
            raise ScoringError(f"{out}: the output would overwrite the input")
    except OSError:
        pass
    if out.resolve() == config.input.resolve():
        raise ScoringError(f"{out}: the output would overwrite the input")


def _load_state(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"state version {state.get('version')!r}")
        for key in ("fingerprint", "batch_size", "chunks_done", "rows_done", "output_bytes"):
            state[key]  # noqa: B018
        return state
    except (OSError, ValueError, KeyError, AttributeError) as err:
        raise ScoringError(f"{path}: unreadable progress file ({err}); delete it and the .partial output to "
                           "start over") from None


def _check_resumable(state: dict[str, Any], fingerprint: dict[str, Any]) -> None:
    before = state["fingerprint"]
    names = {"input_size": "the input file's size", "input_mtime_ns": "the input file's modification time",
             "input_blocks": "the input file's first or last MiB",
             "model": "the model", "threshold": "the threshold"}
    diffs = [f"{names.get(key, key)}: was {before.get(key)!r}, now {fingerprint[key]!r}"
             for key in fingerprint if before.get(key) != fingerprint[key]]
    if diffs:
        raise ScoringError("cannot resume, the run differs from the interrupted one (" + "; ".join(diffs)
                           + "); start over without --resume after deleting the .partial output and "
                             "progress file")


def _prepare(chunk: Chunk, config: ScoreConfig, plan: _Plan) -> tuple[list[list[Any]], list[int], list[str]]:
    """Output rows with id/kept values and errors filled in, plus the texts to score and their rows."""
    rows: list[list[Any]] = []
    positions: list[int] = []
    texts: list[str] = []
    width = len(plan.columns)
    for k, row in enumerate(chunk.rows):
        out: list[Any] = [None] * width
        out[0] = row.values.get(plan.id_column) if plan.id_column else row.number
        for j, name in enumerate(plan.keep, start=1):
            out[j] = row.values.get(name)
        error = _row_error(row, config.text_column)
        if error:
            out[-1] = error
        else:
            positions.append(k)
            texts.append(row.values[config.text_column])
        rows.append(out)
    return rows, positions, texts


def _merge(rows: list[list[Any]], positions: list[int], scored: list[tuple], plan: _Plan, explain: bool,
           result: ScoreResult) -> None:
    from .taxonomy import NAME_VI

    base = 1 + len(plan.keep)
    for k, (label, is_scam, score, indicators, summary, flags, error) in zip(positions, scored, strict=True):
        out = rows[k]
        if error:
            out[-1] = error
            continue
        out[base:base + 5] = [label, NAME_VI[label], is_scam, score, indicators]
        if explain:
            out[base + 5:base + 7] = [summary, flags]
    for out in rows:
        result.rows += 1
        error = out[-1]
        if error:
            result.errors += 1
            result.error_kinds[_error_kind(error)] += 1
            if len(result.error_examples) < _MAX_ERROR_EXAMPLES:
                result.error_examples.append(f"row {result.rows}: {error[:200]}")
        else:
            label = out[base]
            result.labels[label] += 1
            if out[base + 2]:
                result.scam += 1


def _run(config: ScoreConfig, plan: _Plan, reader: Reader, model: Any, output: _Output, result: ScoreResult,
         workers: int, batch_size: int, start_position: int | None, first_number: int, progress: Progress) -> None:
    started = time.monotonic()
    columns = [config.text_column] + ([plan.id_column] if plan.id_column else []) + plan.keep
    columns = list(dict.fromkeys(columns))
    chunks = reader.chunks(batch_size, columns, start=start_position, first_number=first_number)
    rows_before = result.rows

    def commit(prepared: tuple, scored: list[tuple], chunk: Chunk) -> None:
        rows, positions, _ = prepared
        _merge(rows, positions, scored, plan, config.explain, result)
        output.commit(rows, chunk, result)
        result.seconds = time.monotonic() - started
        result.rows_this_run = result.rows - rows_before
        progress.update(result.rows, result.rows_this_run, chunk.fraction)

    try:
        if workers <= 1:
            for chunk in chunks:
                prepared = _prepare(chunk, config, plan)
                commit(prepared, score_texts(model, prepared[2], config.explain, config.all_indicators), chunk)
        else:
            _run_pool(config, chunks, plan, workers, commit)
    except KeyboardInterrupt:
        progress.done()
        print(f"scamdetect score: interrupted after {result.rows:,} rows; run the same command with --resume "
              "to continue", file=sys.stderr)
        raise
    except TableError:
        progress.done()
        raise
    progress.update(result.rows, result.rows_this_run, 1.0, force=True)
    progress.done()
    output.finish()
    result.seconds = time.monotonic() - started
    result.rows_this_run = result.rows - rows_before


def _run_pool(config: ScoreConfig, chunks: Any, plan: _Plan, workers: int, commit: Any) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    model_dir = None if config.model is None else str(config.model)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(model_dir, config.threshold, os.getpid()))
    pending: deque = deque()
    try:
        for chunk in chunks:
            prepared = _prepare(chunk, config, plan)
            future = executor.submit(_worker_score, prepared[2], config.explain, config.all_indicators)
            pending.append((prepared, future, chunk))
            while len(pending) >= 2 * workers:
                prepared_, future_, chunk_ = pending.popleft()
                commit(prepared_, future_.result(), chunk_)
        while pending:
            prepared_, future_, chunk_ = pending.popleft()
            commit(prepared_, future_.result(), chunk_)
    except BrokenProcessPool:
        raise ScoringError("a worker process died (out of memory or killed?); the rows committed so far are "
                           "kept: rerun the same command with --resume to continue") from None
    finally:
        for _, future, _ in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)

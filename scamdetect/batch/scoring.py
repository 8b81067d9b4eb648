"""Batch scoring of message dumps: chunked, ordered, resumable and multi-process.

:func:`score_file` reads a CSV, TSV, JSONL or Parquet file in chunks, classifies each
chunk with :meth:`scamdetect.ScamClassifier.classify` (in ``workers`` processes, each
loading the model once) and writes the scored file in the same order as the input. The
scored file's columns are described in :mod:`scamdetect.batch.config`; crash safety and
``resume`` in :mod:`scamdetect.batch.checkpoint`. Nothing is written before the input, its
columns and the model have been checked. Messages go to the ``scamdetect.batch`` logger;
progress to an optional callback (the command line draws it as a bar).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ScoringError
from .checkpoint import Output, check_resumable, fingerprint, finish_completed, load_state
from .config import MAX_ERROR_EXAMPLES, Plan, ScoreConfig, ScoreResult, make_plan, partial_path, state_path
from .readers import Reader, open_reader
from .tables import Chunk
from .texts import ScoredText, init_worker, score_texts, worker_score

__all__ = ["score_file", "ProgressEvent"]

log = logging.getLogger("scamdetect.batch")


@dataclass(frozen=True)
class ProgressEvent:
    """Where a run stands, after each committed chunk and once at the end (``final``)."""

    rows: int  #: rows done, including those of an interrupted run this one resumes
    rows_this_run: int
    fraction: float | None  #: share of the input read, if known
    start_fraction: float  #: share of the input read before this run (when resuming)
    final: bool = False


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


def score_file(config: ScoreConfig, progress: Callable[[ProgressEvent], None] | None = None) -> ScoreResult:
    """Score ``config.input`` into ``config.output`` (``config`` itself is left unchanged).

    Raises :class:`~scamdetect.errors.ScoringError` / :class:`~scamdetect.errors.TableError` /
    :class:`~scamdetect.errors.ModelError` for problems found before anything is written.
    """
    from ..classifier import load_model

    config = dataclasses.replace(config, input=Path(config.input), output=Path(config.output))
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
        plan = make_plan(config, reader)
        try:
            model = load_model(config.model, threshold=config.threshold)
        except ValueError as err:
            raise ScoringError(str(err)) from None
        run_fingerprint = fingerprint(config, plan, model)
        state_file = state_path(config.output)
        batch_size = config.batch_size
        previous = load_state(state_file) if state_file.exists() else None
        if previous is not None and not config.resume:
            raise ScoringError(f"an interrupted run left {partial_path(config.output)} and {state_file}; pass "
                               "--resume to continue it, or delete both to start over")
        if previous is not None and previous.get("complete"):
            return finish_completed(config, previous)
        if previous is not None:
            check_resumable(previous, run_fingerprint)
            batch_size = previous["batch_size"]
        elif config.resume:
            log.warning("no interrupted run of %s found; starting from the first row", config.output)
        output = Output(config, plan, run_fingerprint, batch_size)
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
                 progress, start_fraction)
        finally:
            output.close()
        return result
    finally:
        reader.close()


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


def _prepare(chunk: Chunk, config: ScoreConfig, plan: Plan) -> tuple[list[list[Any]], list[int], list[str]]:
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


def _merge(rows: list[list[Any]], positions: list[int], scored: list[ScoredText], plan: Plan, explain: bool,
           result: ScoreResult) -> None:
    from ..taxonomy import NAME_VI

    base = 1 + len(plan.keep)
    for k, cells in zip(positions, scored, strict=True):
        out = rows[k]
        if cells.error:
            out[-1] = cells.error
            continue
        out[base:base + 5] = [cells.label, NAME_VI[cells.label], cells.is_scam, cells.scam_score, cells.indicators]
        if explain:
            out[base + 5:base + 7] = [cells.summary, cells.red_flags]
    for out in rows:
        result.rows += 1
        error = out[-1]
        if error:
            result.errors += 1
            result.error_kinds[_error_kind(error)] += 1
            if len(result.error_examples) < MAX_ERROR_EXAMPLES:
                result.error_examples.append(f"row {result.rows}: {error[:200]}")
        else:
            label = out[base]
            result.labels[label] += 1
            if out[base + 2]:
                result.scam += 1


def _run(config: ScoreConfig, plan: Plan, reader: Reader, model: Any, output: Output, result: ScoreResult,
         workers: int, batch_size: int, start_position: int | None, first_number: int,
         progress: Callable[[ProgressEvent], None] | None, start_fraction: float) -> None:
    started = time.monotonic()
    columns = [config.text_column] + ([plan.id_column] if plan.id_column else []) + plan.keep
    columns = list(dict.fromkeys(columns))
    chunks = reader.chunks(batch_size, columns, start=start_position, first_number=first_number)
    rows_before = result.rows

    def report(fraction: float | None, final: bool = False) -> None:
        if progress is not None:
            progress(ProgressEvent(result.rows, result.rows_this_run, fraction, start_fraction, final))

    def commit(prepared: tuple, scored: list[ScoredText], chunk: Chunk) -> None:
        rows, positions, _ = prepared
        _merge(rows, positions, scored, plan, config.explain, result)
        output.commit(rows, chunk, result)
        result.seconds = time.monotonic() - started
        result.rows_this_run = result.rows - rows_before
        report(chunk.fraction)

    try:
        if workers <= 1:
            for chunk in chunks:
                prepared = _prepare(chunk, config, plan)
                commit(prepared, score_texts(model, prepared[2], config.explain, config.all_indicators), chunk)
        else:
            _run_pool(config, chunks, plan, workers, commit)
    except KeyboardInterrupt:
        log.warning("interrupted after %s rows; run the same command with --resume to continue", f"{result.rows:,}")
        raise
    report(1.0, final=True)
    output.finish()
    result.seconds = time.monotonic() - started
    result.rows_this_run = result.rows - rows_before


def _run_pool(config: ScoreConfig, chunks: Any, plan: Plan, workers: int, commit: Any) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    model_dir = None if config.model is None else str(config.model)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(model_dir, config.threshold, os.getpid()))
    pending: deque = deque()
    try:
        for chunk in chunks:
            prepared = _prepare(chunk, config, plan)
            future = executor.submit(worker_score, prepared[2], config.explain, config.all_indicators)
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


"""Crash safety of a scoring run: the partial output, its state file, fingerprints, and resuming.

The output is built in ``OUTPUT.partial`` (a directory of part files for Parquet) next to a small JSON state
file ``OUTPUT.progress.json``; each chunk is appended, flushed to disk, and only then recorded in the state
file (written atomically), so the state always describes whole chunks. A resumed run drops any uncommitted
tail and continues from the recorded input position, producing the same bytes as an uninterrupted run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import ScoringError
from .config import STATE_VERSION, Plan, ScoreConfig, ScoreResult, partial_path, state_path
from .tables import Chunk
from .writers import ParquetParts, TextEncoder

__all__ = ["Output", "fingerprint", "load_state", "check_resumable", "finish_completed"]

log = logging.getLogger("scamdetect.batch")


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


def fingerprint(config: ScoreConfig, plan: Plan, model: Any) -> dict[str, Any]:
    from .. import __version__

    stat = config.input.stat()
    return {"input": str(config.input.resolve()), "input_size": stat.st_size, "input_mtime_ns": stat.st_mtime_ns,
            "input_blocks": _edge_blocks_sha256(config.input, stat.st_size),
            "input_format": plan.input_format, "output_format": plan.output_format,
            "text_column": config.text_column, "id_column": plan.id_column, "keep": plan.keep,
            "explain": config.explain, "all_indicators": config.all_indicators, "threshold": model.threshold,
            "model": _model_fingerprint(model), "scamdetect": __version__, "columns": plan.columns}


# --------------------------------------------------------------------------- output with commits
class Output:
    """The in-progress output plus its state file; every chunk is committed atomically."""

    def __init__(self, config: ScoreConfig, plan: Plan, fingerprint: dict[str, Any], batch_size: int) -> None:
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


def finish_completed(config: ScoreConfig, state: dict[str, Any]) -> ScoreResult:
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
    log.warning("the interrupted run of %s had already finished", config.output)
    result = ScoreResult(config.output, rows=state["rows_done"], scam=state["scam"], errors=state["errors"],
                         labels=Counter(state["labels"]), error_kinds=Counter(state["error_kinds"]),
                         error_examples=list(state["error_examples"]), resumed_at=state["rows_done"])
    return result


def load_state(path: Path) -> dict[str, Any]:
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


def check_resumable(state: dict[str, Any], fingerprint: dict[str, Any]) -> None:
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


"""``find_campaigns``: one streamed pass over a message dump, from rows to the campaign folder.

The file is read in chunks with :func:`scamdetect.batch.readers.open_reader`. A *scored* dump (it
has the ``label`` and ``is_scam`` columns that ``scamdetect score`` writes) is taken as
scored; a raw one is scored with ``load_model(model).classify(texts, explain=False)``. Only
scam rows go further: their texts are masked (:mod:`.mask`), signed (:mod:`.minhash`) and
their indicators extracted (or read from the scored file's ``indicators`` column) — in
``workers`` processes, each loading the model once — while this process groups them, in
input order, with a :class:`~.cluster.Clusterer` and writes ``members.csv`` as it goes.
Legit and unscorable rows never form campaigns.

Memory stays flat: a bounded number of chunks is in flight, and the clusterer bounds its
own state (see :mod:`.cluster`). Progress goes to the ``progress`` callback (rows done, share
of the file read) and, every few seconds, to the ``scamdetect.campaigns`` logger.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch.readers import open_reader
from ..errors import ScamdetectError, TableError
from .cluster import Campaign, Clusterer

__all__ = ["CampaignError", "CampaignConfig", "CampaignResult", "find_campaigns"]

log = logging.getLogger("scamdetect.campaigns")

#: rows per chunk: the unit of work of a worker process
CHUNK_ROWS = 2000
#: how often (seconds) progress is logged
LOG_EVERY = 10.0
#: masked texts remembered per process (emptied when full)
MEMO = 50_000


class CampaignError(ScamdetectError):
    """The campaigns cannot be found (a missing column, a bad option); the message says which."""


@dataclass
class CampaignConfig:
    input: Path
    output_dir: Path
    text_column: str = "text"
    id_column: str | None = None
    date_column: str | None = None
    model: str | None = None
    fmt: str | None = None
    workers: int = 1
    threshold: float = 0.5
    min_size: int = 2
    top: int = 20
    charts: bool = True
    rescore: bool = False  # score with the model even when the file has label/is_scam columns
    max_open: int = 100_000
    raw_cells: bool = False
    number_format: str = "vi"
    title: str | None = None
    chunk_rows: int = CHUNK_ROWS


@dataclass
class CampaignResult:
    source: str
    rows: int = 0
    errors: int = 0  # rows that could not be scored (no text, malformed, error column)
    scam: int = 0
    min_size: int = 2
    threshold: float = 0.5
    scored_input: bool = False
    date_column: str | None = None
    unparsed: int = 0
    missing: int = 0
    unparsed_examples: list[tuple[str, str]] = field(default_factory=list)
    retired: int = 0
    campaigns: list[Campaign] = field(default_factory=list)
    members: int = 0
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        largest = self.campaigns[0].size if self.campaigns else 0
        return (f"{self.rows:,} rows ({self.scam:,} scam, {self.errors:,} unscorable): {len(self.campaigns):,} "
                f"campaigns of {self.min_size}+ messages holding {self.members:,} scam messages (largest "
                f"{largest:,}) in {self.seconds:.1f} s")


# --------------------------------------------------------------------------- worker side
_STATE: dict[str, Any] = {}


def _init(model_dir: str | None, needs_model: bool, parent: int | None = None) -> None:
    if parent is not None:
        import signal
        import threading

        signal.signal(signal.SIGINT, signal.SIG_IGN)

        def watch() -> None:  # exit if the parent dies without telling us
            while True:
                time.sleep(1.0)
                if os.getppid() != parent:
                    os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    from .minhash import MinHasher

    _STATE["hasher"] = MinHasher()
    if needs_model:
        from ..classifier import load_model

        _STATE["model"] = load_model(model_dir, pipeline=parent is None)


def _process(texts: list[str | None], labels: list[str | None] | None, indicators: list[Any] | None
             ) -> tuple[list[str | None], list[int], list[str], Any, Any, list[list[dict]]]:
    """One chunk: labels (scored here when ``labels`` is None), then the scam rows' masks, signatures,
    band keys and indicators. Returns ``(labels, scam positions, masked, signatures, keys, indicators)``;
    a label is None for an unscorable row."""
    from ..batch.texts import compact_indicators, indicator_values, score_texts
    from ..reports.aggregate import parse_json_list
    from ..taxonomy import IS_SCAM
    from .mask import mask
    from .minhash import band_keys

    scored: dict[int, Any] = {}
    if labels is None:  # score_texts: identical texts once, a failing text alone marked, indicators of scams
        labels = [None] * len(texts)
        positions = [k for k, t in enumerate(texts) if t is not None]
        if positions:
            for k, (label, is_scam, _score, found, *_rest, error) in zip(
                    positions, score_texts(_STATE["model"], [texts[k] for k in positions]), strict=True):
                if error is None:
                    labels[k] = label if is_scam else "legit"
                    scored[k] = found
        scam = [k for k in positions if labels[k] not in (None, "legit")]
    else:
        scam = [k for k, label in enumerate(labels) if label is not None and texts[k] is not None
                and IS_SCAM.get(label, True)]
    memo: dict[str, str] = _STATE.setdefault("masks", {})  # a blast repeats its text: mask it once
    if len(memo) > MEMO:
        memo.clear()
    masked = []
    for k in scam:
        text = texts[k]
        value = memo.get(text)  # type: ignore[arg-type]
        if value is None:
            value = memo[text] = mask(text)  # type: ignore[arg-type,index]
        masked.append(value)
    distinct = list(dict.fromkeys(masked))
    signatures = _STATE["hasher"].signatures(distinct)
    keys = band_keys(signatures)
    where = {m: n for n, m in enumerate(distinct)}
    order = [where[m] for m in masked]
    found = []
    for k in scam:
        if indicators is not None:
            found.append([i for i in parse_json_list(indicators[k]) if isinstance(i, dict)])
        elif scored.get(k) is not None:
            found.append(scored[k])
        else:
            try:
                found.append(compact_indicators(indicator_values(texts[k])))  # type: ignore[arg-type]
            except Exception:  # an odd text must not sink its chunk; it still joins a campaign
                found.append([])
    return labels, scam, masked, signatures[order], keys[order], found


def _worker(task: tuple) -> tuple:
    return _process(*task)


# --------------------------------------------------------------------------- reading
def _plan(config: CampaignConfig, columns: list[str]) -> tuple[bool, str | None, str | None, bool, list[str]]:
    from ..reports.periods import find_date_column

    scored = not config.rescore and "label" in columns and "is_scam" in columns
    if columns and config.text_column not in columns:
        hint = (f"; a scored file needs the text kept at scoring time: `scamdetect score ... --keep "
                f"{config.text_column}`" if scored else " (use --text-column)")
        raise CampaignError(f"{config.input}: text column {config.text_column!r} not found; columns: "
                            f"{', '.join(columns[:40])}{hint}")
    id_column = config.id_column
    if id_column is not None and columns and id_column not in columns:
        raise CampaignError(f"{config.input}: id column {id_column!r} not found; columns: {', '.join(columns[:40])}")
    if id_column is None and "id" in columns:
        id_column = "id"
    date_column = config.date_column
    if date_column is not None and columns and date_column not in columns:
        raise CampaignError(f"{config.input}: date column {date_column!r} not found; columns: "
                            f"{', '.join(columns[:40])}")
    if date_column is None:
        date_column = find_date_column(columns)
    has_indicators = scored and "indicators" in columns
    wanted = [config.text_column, *([id_column] if id_column else []), *([date_column] if date_column else [])]
    if scored:
        wanted += ["label", "is_scam", *(["error"] if "error" in columns else []),
                   *(["indicators"] if has_indicators else [])]
    return scored, id_column, date_column, has_indicators, list(dict.fromkeys(wanted))


def _prepare(rows: Sequence[Any], config: CampaignConfig, scored: bool, has_indicators: bool
             ) -> tuple[list[str | None], list[str | None] | None, list[Any] | None]:
    from ..reports.aggregate import truthy

    texts: list[str | None] = []
    labels: list[str | None] | None = [] if scored else None
    indicators: list[Any] | None = [] if has_indicators else None
    for row in rows:
        values = row.values
        text = values.get(config.text_column)
        ok = (row.problem is None and isinstance(text, str) and bool(text.strip())
              and config.text_column not in row.undecodable)
        if scored:
            error = values.get("error")
            label = values.get("label")
            if error not in (None, "") and not (isinstance(error, float) and error != error) or not label:
                ok = False
            labels.append((str(label) if truthy(values.get("is_scam")) or str(label) == "legit" else "legit")
                          if ok else None)  # type: ignore[union-attr]
            if ok and not truthy(values.get("is_scam")):
                text = None  # a legit row: nothing to send to a worker
        texts.append(text if ok else None)
        if indicators is not None:
            indicators.append(values.get("indicators"))
    return texts, labels, indicators


# --------------------------------------------------------------------------- the run
def find_campaigns(config: CampaignConfig, progress: Callable[[int, float], None] | None = None
                   ) -> CampaignResult:
    """Group ``config.input``'s scam messages into campaigns and write the folder; see the module docstring."""
    from ..reports.periods import MAX_LISTED, parse_date
    from .writer import write_campaigns, write_report

    started = time.monotonic()
    if config.min_size < 2:
        raise CampaignError(f"a campaign has at least 2 messages; --min-size {config.min_size} is too small")
    if not 0.0 < config.threshold <= 1.0:
        raise CampaignError(f"--threshold must lie in (0, 1], got {config.threshold}")
    if config.charts:
        from ..errors import ReportError
        from ..reports.charts import require_matplotlib
        try:
            require_matplotlib()
        except ReportError as err:
            raise CampaignError(str(err)) from None
    folder = Path(config.output_dir)
    if folder.exists() and not folder.is_dir():
        raise CampaignError(f"{folder}: exists and is not a folder")
    result = CampaignResult(str(config.input.name), min_size=config.min_size, threshold=config.threshold)
    clusterer = Clusterer(threshold=config.threshold, max_open=config.max_open)
    with open_reader(config.input, config.fmt) as reader:
        scored, id_column, date_column, has_indicators, wanted = _plan(config, reader.columns)
        result.scored_input, result.date_column = scored, date_column
        folder.mkdir(parents=True, exist_ok=True)
        if not scored or config.workers <= 1:  # load (or check) the model before reading the file
            from ..model_dir import ModelError

            try:
                _init(config.model, not scored)
            except ModelError as err:
                raise CampaignError(str(err)) from None
        scratch = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=".members-",  # noqa: SIM115
                                              suffix=".tmp", delete=False)
        try:
            last_log = time.monotonic()

            def commit(chunk: Any, prepared: tuple, processed: tuple) -> None:
                nonlocal last_log
                labels, scam, masked, signatures, keys, found = processed
                rows = chunk.rows
                result.rows += len(rows)
                result.errors += sum(label is None for label in labels)
                result.scam += len(scam)
                keys = keys.tolist()
                lines = []
                for n, k in enumerate(scam):
                    row = rows[k]
                    row_id = row.values.get(id_column) if id_column else row.number
                    row_id = str(row.number if row_id is None or row_id == "" else row_id)
                    seen = None
                    if date_column:
                        raw = row.values.get(date_column)
                        stamp = parse_date(raw)
                        if stamp is not None:
                            seen = stamp.isoformat(timespec="seconds")
                        elif raw is None or (isinstance(raw, str) and not raw.strip()) or raw != raw:
                            result.missing += 1
                        else:
                            result.unparsed += 1
                            if len(result.unparsed_examples) < MAX_LISTED:
                                result.unparsed_examples.append((row_id, str(raw)[:80]))
                    index = clusterer.add(row_id, prepared[0][k], masked[n], signatures[n], keys[n], labels[k],
                                          seen, found[n])
                    lines.append(f"{index}\t{labels[k]}\t{seen or ''}\t{json.dumps(row_id, ensure_ascii=False)}\n")
                scratch.write("".join(lines))
                if progress is not None:
                    progress(result.rows, chunk.fraction or 0.0)
                now = time.monotonic()
                if now - last_log >= LOG_EVERY:
                    last_log = now
                    log.info("%s rows read (%.0f%%), %s scam, %s open groups", f"{result.rows:,}",
                             100 * (chunk.fraction or 0.0), f"{result.scam:,}", f"{len(clusterer.campaigns):,}")

            chunks = reader.chunks(config.chunk_rows, wanted) if reader.columns else iter(())
            if config.workers <= 1:
                for chunk in chunks:
                    prepared = _prepare(chunk.rows, config, scored, has_indicators)
                    commit(chunk, prepared, _process(*prepared))
            else:
                _run_pool(config, chunks, scored, has_indicators, commit)
            scratch.close()
            result.retired = clusterer.retired
            result.campaigns = clusterer.results(config.min_size)
            result.members = _write_members(scratch.name, folder / "members.csv", clusterer, config)
        except TableError:
            raise
        finally:
            scratch.close()
            if os.path.exists(scratch.name):
                os.unlink(scratch.name)
    write_campaigns(folder / "campaigns.csv", result.campaigns, config.raw_cells)
    md, page, charts = write_report(folder, result, result.campaigns, top=config.top, charts=config.charts,
                                    number_format=config.number_format, title=config.title)
    result.files = [folder / "campaigns.csv", folder / "members.csv", md, page, *charts]
    result.seconds = time.monotonic() - started
    return result


def _run_pool(config: CampaignConfig, chunks: Any, scored: bool, has_indicators: bool, commit: Any) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(max_workers=config.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init, initargs=(config.model, not scored, os.getpid()))
    pending: deque = deque()
    try:
        for chunk in chunks:
            prepared = _prepare(chunk.rows, config, scored, has_indicators)
            pending.append((chunk, prepared, executor.submit(_worker, prepared)))
            while len(pending) >= 2 * config.workers + 1:
                chunk_, prepared_, future = pending.popleft()
                commit(chunk_, prepared_, future.result())
        while pending:
            chunk_, prepared_, future = pending.popleft()
            commit(chunk_, prepared_, future.result())
    except BrokenProcessPool:
        raise CampaignError("a worker process died (out of memory or killed?)") from None
    finally:
        for _, _, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _write_members(scratch: str, path: Path, clusterer: Clusterer, config: CampaignConfig) -> int:
    """``members.csv`` from the scratch file: the rows of campaigns of ``min_size`` or more, in input order."""
    from .writer import MemberWriter

    ids = {c.index: c.id for c in clusterer.results(config.min_size)}
    writer = MemberWriter(path, config.raw_cells)
    try:
        with open(scratch, encoding="utf-8") as handle:
            batch = []
            for line in handle:
                index, label, seen, row_id = line.rstrip("\n").split("\t", 3)
                cid = ids.get(int(index))
                if cid is not None:
                    batch.append((json.loads(row_id), cid, label, seen))
                    if len(batch) >= 10000:
                        writer.write(batch)
                        batch = []
            writer.write(batch)
    finally:
        writer.close()
    return writer.rows

"""Benchmark ``scamdetect score`` end to end on a generated CSV: rows/s and peak memory.

    python benchmarks/bench_score.py --rows 1000000 --workers 2 --json bench_score.json
    python benchmarks/bench_score.py --quick          # 100,000 rows

Generates a CSV of ``rows`` messages drawn (seeded, with replacement) from the corpus
texts, with id, channel and month columns, runs ``python -m scamdetect score`` on it as a
subprocess (``--keep channel,month``) and reports wall-clock rows/s and peak RSS: the
largest single process (``getrusage``) and the whole process tree (sampled from /proc
every 0.1 s), so worker processes are counted. It also reports the CPU seconds used and
rows per CPU-second, which stay meaningful on a busy machine. The issue's target: at least 5,000 rows/s
with ``--workers 2`` on 2 cores, and flat memory.

Importable: :func:`run` returns the result dict (and writes it as JSON if asked).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus.jsonl"
CHANNELS = ("sms", "chat", "call", "social", "email")

__all__ = ["make_csv", "run", "main"]


def _texts() -> list[str]:
    if CORPUS.is_file():
        with open(CORPUS, encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle if line.strip()]
    from scamdetect.cli.classify import EXAMPLES

    return list(EXAMPLES)


def make_csv(path: str | os.PathLike[str], rows: int, seed: int = 0, distinct: bool = False) -> Path:
    """Write ``rows`` messages (id, text, channel, month) drawn from the corpus to ``path``.

    Drawn texts repeat (the corpus has about 14,000), as real dumps repeat promotions; with ``distinct``
    each row instead drops the diacritics of a random half of its words, so nearly every row is new and
    no cache helps.
    """
    path = Path(path)
    texts = _texts()
    rng = random.Random(seed)
    from scamdetect.text.augment import mix_diacritics
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "text", "channel", "month"])
        for start in range(0, rows, 10_000):
            writer.writerows([f"msg{k:09d}",
                              mix_diacritics(rng.choice(texts), rng) if distinct else rng.choice(texts),
                              CHANNELS[k % len(CHANNELS)], f"2025-{k % 12 + 1:02d}"]
                             for k in range(start, min(rows, start + 10_000)))
    return path


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


class _TreeSampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_kb = 0
        self.stop = threading.Event()

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self.stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _descendants(self.pid)))
            self.stop.wait(self.every)


def run(rows: int = 1_000_000, workers: int = 2, json_path: str | os.PathLike[str] | None = None,
        workdir: str | os.PathLike[str] | None = None, batch_size: int | None = None, explain: bool = False,
        keep_files: bool = False, seed: int = 0, distinct: bool = False) -> dict:
    """Generate the CSV, score it, and return (and optionally write) the measurements."""
    own = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="bench_score_")) if own else Path(workdir)
    folder.mkdir(parents=True, exist_ok=True)
    tag = f"{rows}_distinct" if distinct else str(rows)
    src, out = folder / f"messages_{tag}.csv", folder / f"scored_{tag}.csv"
    t0 = time.perf_counter()
    if not src.is_file():
        make_csv(src, rows, seed, distinct)
    generate_s = time.perf_counter() - t0
    for leftover in (out, out.with_name(out.name + ".partial"), out.with_name(out.name + ".progress.json")):
        leftover.unlink(missing_ok=True)
    command = [sys.executable, "-m", "scamdetect", "score", str(src), "-o", str(out), "--workers", str(workers),
               "--keep", "channel,month", "--no-progress"]
    if batch_size:
        command += ["--batch-size", str(batch_size)]
    if explain:
        command.append("--explain")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"scamdetect score failed ({proc.returncode}): {stderr.strip()[-2000:]}")
    with open(out, "rb") as handle:
        out_rows = sum(1 for _ in csv.reader(line.decode("utf-8") for line in handle)) - 1
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    max_process_kb = after.ru_maxrss  # KiB on Linux
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = {
        "benchmark": "score", "rows": rows, "output_rows": out_rows, "workers": workers,
        "batch_size": batch_size, "explain": explain, "seconds": round(seconds, 3),
        "rows_per_s": round(rows / seconds, 1), "target_rows_per_s": 5000,
        # CPU time of the score process and its workers: rows per CPU-second does not depend on
        # what else the machine is running (rows_per_s does)
        "cpu_seconds": round(cpu, 2), "rows_per_cpu_s": round(rows / cpu, 1) if cpu > 0 else None,
        "peak_rss_mb_largest_process": round(max_process_kb / 1024, 1),
        "peak_rss_mb_process_tree": round(sampler.peak_kb / 1024, 1) if sampler.peak_kb else None,
        "input_mb": round(src.stat().st_size / 1e6, 1), "output_mb": round(out.stat().st_size / 1e6, 1),
        "generate_s": round(generate_s, 2), "cpu_count": os.cpu_count(), "python": platform.python_version(),
        "summary": stderr.strip().splitlines()[-1] if stderr.strip() else "",
    }
    if out_rows != rows:
        result["error"] = f"output has {out_rows} rows for {rows} input rows"
    if not keep_files:
        for path in (src, out):
            path.unlink(missing_ok=True)
        if own:
            try:
                folder.rmdir()
            except OSError:
                pass
    if json_path is not None:
        Path(json_path).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def markdown(result: dict) -> str:
    """The result as the Markdown table ``benchmarks/run.py`` copies into RESULTS.md."""
    tree = result["peak_rss_mb_process_tree"]
    rows = [
        ("rows scored (output rows)", f"{result['rows']:,} ({result['output_rows']:,})"),
        ("workers", str(result["workers"])),
        ("wall time", f"{result['seconds']:,.1f} s"),
        ("throughput", f"{result['rows_per_s']:,.0f} rows/s (target >= {result['target_rows_per_s']:,} on 2 cores)"),
        ("CPU time, score + workers", f"{result['cpu_seconds']:,.1f} s"),
        ("rows per CPU-second (load-independent)", f"{result['rows_per_cpu_s'] or 0:,.0f}"),
        ("peak RSS, largest process", f"{result['peak_rss_mb_largest_process']:,.0f} MB"),
        ("peak RSS, whole process tree", f"{tree:,.0f} MB" if tree else "n/a (no /proc)"),
        ("input / output size", f"{result['input_mb']:,.1f} MB / {result['output_mb']:,.1f} MB"),
        ("CPUs", str(result["cpu_count"])),
    ]
    lines = ["`scamdetect score` on a generated CSV (texts drawn from the corpus):", "",
             "| measure | value |", "|---|---|"]
    lines += [f"| {what} | {value} |" for what, value in rows]
    if result.get("error"):
        lines += ["", f"**error:** {result['error']}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=None, help="rows to generate (default 1,000,000; --quick 100,000)")
    parser.add_argument("--quick", action="store_true", help="a cheaper run: 100,000 rows")
    parser.add_argument("--workers", type=int, default=2, help="--workers for scamdetect score (default 2)")
    parser.add_argument("--batch-size", type=int, help="--batch-size for scamdetect score")
    parser.add_argument("--explain", action="store_true", help="score with --explain")
    parser.add_argument("--json", default="bench_score.json", help="result file (default bench_score.json)")
    parser.add_argument("--dir", help="work folder (default: a temporary one)")
    parser.add_argument("--keep-files", action="store_true", help="keep the generated and scored CSVs")
    parser.add_argument("--distinct", action="store_true",
                        help="nearly every row a new text (no repeats for caches to exploit)")
    args = parser.parse_args(argv)
    rows = args.rows if args.rows is not None else (100_000 if args.quick else 1_000_000)
    try:
        result = run(rows, args.workers, args.json, args.dir, args.batch_size, args.explain, args.keep_files,
                     distinct=args.distinct)
    except (RuntimeError, OSError) as err:
        print(f"bench_score: {err}", file=sys.stderr)
        return 1
    print(markdown(result))
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Load test of ``scamdetect serve`` on loopback: requests per second and latency, 16 concurrent clients.

    python benchmarks/bench_serve.py                          # 16 clients, 4,000 timed requests per setting
    python benchmarks/bench_serve.py --quick                  # 1,000 timed requests
    python benchmarks/bench_serve.py --workers 1 2 --repeats 3 --json out.json --results benchmarks/RESULTS.md

For each server setting it starts ``python -m scamdetect serve`` as a user would (a child process on a free
127.0.0.1 port; ``--workers N``), sends untimed warm-up requests, then runs ``--clients`` concurrent clients,
each on its own keep-alive HTTP/1.1 connection, each sending one message at a time as
``POST /v1/classify {"text": ..., "explain": true}`` and waiting for the whole answer before the next. The
messages are drawn (seeded) from the corpus, each made distinct by a serial number, so no cache sees a text
twice. Latency is client-side, from the first byte sent to the last byte read; every answer's status is
checked and its JSON parsed, and any non-200 answer, malformed body or connection error counts as an error.

Bounded: a fixed number of requests and a time limit (``--max-seconds``), loopback only; it stops the server
(SIGTERM) when done. The clients are a small asyncio HTTP client in this process, lighter than a general
HTTP library, because on a 2-core machine the load generator competes with the server for the CPU.

The issue's goal (16 clients, single explained messages, on the 2-core build machine): no errors, at least
200 requests/s, p99 under 250 ms. Nothing is asserted; ``--results`` rewrites this benchmark's own section of
RESULTS.md (between its markers) and leaves the rest of the file alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scamdetect.serve.process import ServiceProcess  # noqa: E402

CORPUS = ROOT / "data" / "corpus.jsonl"
START, END = "<!-- bench_serve:start -->", "<!-- bench_serve:end -->"
GOAL_RPS, GOAL_P99_MS = 200.0, 250.0

__all__ = ["run", "main"]


def _messages(count: int, seed: int = 0) -> list[str]:
    """``count`` distinct messages: corpus texts (test split where marked) with a serial number."""
    texts: list[str] = []
    if CORPUS.is_file():
        with open(CORPUS, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        texts = [row["text"] for row in rows if row.get("split") == "test"] or [row["text"] for row in rows]
    if not texts:
        from scamdetect.cli.classify import EXAMPLES

        texts = list(EXAMPLES)
    rng = random.Random(seed)
    return [f"{rng.choice(texts)} #{k}" for k in range(count)]


def _request(port: int, text: str) -> bytes:
    body = json.dumps({"text": text, "explain": True}, ensure_ascii=False).encode("utf-8")
    return (f"POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode("ascii") + body


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> tuple[int, bytes]:
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = None
    chunked = False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
        elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if chunked:
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        return status, b"".join(parts)
    return status, await reader.readexactly(length or 0)


async def _load(port: int, texts: list[str], clients: int, max_seconds: float) -> dict:
    """Send ``texts`` with ``clients`` concurrent connections; latencies in seconds and error count."""
    queue = list(reversed(texts))
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + max_seconds

    async def client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue and time.perf_counter() < deadline:
                text = queue.pop()
                request = _request(port, text)
                started = time.perf_counter()
                try:
                    status, body = await _exchange(reader, writer, request)
                except (OSError, asyncio.IncompleteReadError, ValueError) as err:
                    errors.append(f"{type(err).__name__}: {err}")
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    continue
                latencies.append(time.perf_counter() - started)
                if status != 200:
                    errors.append(f"HTTP {status}: {body[:200]!r}")
                    continue
                try:
                    prediction = json.loads(body)["prediction"]
                    if not isinstance(prediction["label"], str) or prediction["explanation"] is None:
                        errors.append("answer without a label or an explanation")
                except (ValueError, KeyError, TypeError) as err:
                    errors.append(f"bad body: {err}")
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "wall_s": wall, "unsent": len(queue)}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children so far, from /proc (0 where unavailable)."""
    total = 0.0
    try:
        pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        ticks = os.sysconf("SC_CLK_TCK")
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    except (OSError, ValueError, IndexError):
        return 0.0
    return total


def run_setting(workers: int, clients: int, requests: int, warmup: int, max_seconds: float,
                extra_args: list[str]) -> dict:
    texts = _messages(warmup + requests)
    args = ["--workers", str(workers), *extra_args]
    with ServiceProcess(args) as service:
        port = service.port
        asyncio.run(_load(port, texts[:warmup], clients, max_seconds))  # untimed: every worker warmed up
        cpu_before = _cpu_seconds(service.process.pid)
        load_before = os.getloadavg()[0]
        result = asyncio.run(_load(port, texts[warmup:], clients, max_seconds))
        cpu_after = _cpu_seconds(service.process.pid)
    latencies = result["latencies"]
    done = len(latencies)
    return {
        "workers": workers, "clients": clients, "server_args": args,
        "requests": done, "unsent": result["unsent"], "errors": len(result["errors"]),
        "error_examples": result["errors"][:5],
        "wall_s": round(result["wall_s"], 3),
        "requests_per_s": round(done / result["wall_s"], 1) if result["wall_s"] else 0.0,
        "p50_ms": round(_percentile(latencies, 50) * 1000, 1),
        "p90_ms": round(_percentile(latencies, 90) * 1000, 1),
        "p99_ms": round(_percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1) if latencies else float("nan"),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else float("nan"),
        "server_cpu_s": round(cpu_after - cpu_before, 2),
        "load_before": round(load_before, 2),
        "server_exit": service.returncode,
    }


def run(workers: list[int], clients: int = 16, requests: int = 4000, warmup: int = 300, max_seconds: float = 120.0,
        access_log: bool = True, repeats: int = 1) -> dict:
    """Each setting ``repeats`` times, alternating settings (a fresh server each time)."""
    extra = [] if access_log else ["--no-access-log"]
    started = time.time()
    machine = _machine()
    settings = []
    for repeat in range(repeats):
        for n in workers:
            settings.append({**run_setting(n, clients, requests, warmup, max_seconds, extra), "repeat": repeat + 1})
    return {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
        "seconds": round(time.time() - started, 1),
        "machine": machine,
        "settings": settings,
    }


def _machine() -> dict:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in ("fastapi", "starlette", "uvicorn"):
        try:
            versions[name] = __import__(name).__version__
        except Exception:  # noqa: BLE001 - reported as missing
            versions[name] = "?"
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(), **versions,
            "load_before": [round(x, 2) for x in os.getloadavg()]}


def markdown(result: dict) -> str:
    machine = result["machine"]
    lines = [
        START,
        "## `scamdetect serve` load test (`benchmarks/bench_serve.py`)",
        "",
        f"Measured {result['when']} with `python benchmarks/bench_serve.py` ({result['seconds']} s) on "
        f"{machine['cpu']}, {machine['cores']} logical cores; Python {machine['python']}, FastAPI "
        f"{machine['fastapi']}, Starlette {machine['starlette']}, uvicorn {machine['uvicorn']}. Server and clients "
        "share the machine's cores; \"load before\" is the 1-minute load average just before each timed phase "
        "(other work on the machine slows the server: above 1 it is not this benchmark's own load).",
        "",
        "Loopback; each client keeps one HTTP/1.1 connection and sends one distinct corpus message at a time "
        "(`POST /v1/classify`, `explain: true`), waiting for each answer; latency is client-side, first byte "
        "sent to last byte read. Goal (issue 17): no errors, >= 200 requests/s, p99 < 250 ms.",
        "",
        "| server | run | load before | clients | requests | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms "
        "| server CPU s | goal met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for s in result["settings"]:
        met = s["errors"] == 0 and s["requests_per_s"] >= GOAL_RPS and s["p99_ms"] < GOAL_P99_MS and not s["unsent"]
        lines.append(f"| `scamdetect serve {' '.join(s['server_args'])}` | {s.get('repeat', 1)} | "
                     f"{s.get('load_before', '?')} | {s['clients']} | "
                     f"{s['requests']:,} | "
                     f"{s['errors']} | {s['requests_per_s']:,} | {s['p50_ms']} | {s['p90_ms']} | {s['p99_ms']} | "
                     f"{s['max_ms']} | {s['server_cpu_s']} | {'**yes**' if met else '**NO (missed)**'} |")
    lines += ["", END]
    return "\n".join(lines)


def write_results(path: Path, section: str) -> None:
    """Put ``section`` between this benchmark's markers in ``path`` (appended the first time)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmark results\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="server worker counts to try")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=4000, help="timed requests per setting")
    parser.add_argument("--warmup", type=int, default=300, help="untimed requests first")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="time limit of each phase")
    parser.add_argument("--repeats", type=int, default=1, help="run each setting this many times (alternating)")
    parser.add_argument("--quick", action="store_true", help="1,000 timed requests")
    parser.add_argument("--no-access-log", action="store_true", help="start the server with --no-access-log")
    parser.add_argument("--json", metavar="OUT", help="write the raw figures here")
    parser.add_argument("--results", metavar="MD", help="rewrite this benchmark's section of this Markdown file")
    args = parser.parse_args(argv)
    requests = 1000 if args.quick else args.requests
    result = run(args.workers, args.clients, requests, args.warmup, args.max_seconds, not args.no_access_log,
                 args.repeats)
    section = markdown(result)
    sys.stdout.write(section + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    if args.results:
        write_results(Path(args.results), section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

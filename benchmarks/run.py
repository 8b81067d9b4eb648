"""Run every benchmark and write ``benchmarks/RESULTS.md``.

    .venv/bin/python -m benchmarks.run [--quick] [--skip transformer score] [--output benchmarks/RESULTS.md]

- the default model (``benchmarks/bench_default.py``, in this process): import time, throughput on
  10,000 texts against a scikit-learn char-n-gram TF-IDF + LogisticRegression baseline measured in the
  same run, single-message p50/p99 latency with and without explanations, loaded-model memory;
- the PhoBERT path (``benchmarks/bench_transformer.py``, a subprocess): ONNX fp32/int8 vs PyTorch eager
  on a PhoBERT-base-shaped model;
- ``scamdetect score`` (``benchmarks/bench_score.py``, a subprocess): rows/s and peak RSS on a generated
  1,000,000-row CSV.

A benchmark whose module is missing or fails gets a row saying "not run" and why; the others still run.
Each figure is a median over repeats, and the file states the machine it was measured on. Goals
missed are marked as such: nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bench_default  # noqa: E402

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
#: goals of issue 4 (transformer path)
TRANSFORMER_GOALS = {"int8_speedup": 3.0, "fp32_speedup": 1.2, "int8_size_share": 0.30}


def _say(message: str) -> None:
    print(f"[benchmarks] {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("**yes**" if ok else "**NO (missed)**")


# ---------------------------------------------------------------- subprocess benchmarks
def run_script(name: str, quick: bool, timeout: float,
               quick_args: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """Run ``benchmarks/<name>.py`` in a fresh interpreter; collect its ``--json`` output and stdout.

    Returns ``{"status": "ok", "json": ..., "stdout": ...}`` or ``{"status": "not run: <reason>"}``.
    """
    script = HERE / f"{name}.py"
    if not script.is_file():
        return {"status": f"not run: benchmarks/{name}.py is not there yet"}
    source = script.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as work:
        out_json = Path(work) / "results.json"
        command = [sys.executable, str(script)]
        if "--json" in source:
            command += ["--json", str(out_json)]
        if quick:
            if "--quick" in source:
                command.append("--quick")
            for flag, value in quick_args or []:
                if flag in source:
                    command += [flag, value]
        _say(f"{name}: {' '.join(command[1:])}")
        started = time.perf_counter()
        try:
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"status": f"not run: timed out after {timeout:.0f} s"}
        seconds = time.perf_counter() - started
        if done.returncode:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            return {"status": f"not run: exit code {done.returncode}: {last[:300]}", "stdout": done.stdout}
        data = json.loads(out_json.read_text(encoding="utf-8")) if out_json.is_file() else None
    return {"status": "ok", "json": data, "stdout": done.stdout, "seconds": round(seconds, 1),
            "command": " ".join(["python", f"benchmarks/{name}.py", *command[2:]]).replace(str(out_json), "OUT.json")}


def _markdown_part(stdout: str) -> str:
    """The Markdown a benchmark printed (tables and the lines around them), else its last lines."""
    lines = stdout.rstrip().splitlines()
    if any(line.lstrip().startswith("|") for line in lines):
        first = next(k for k, line in enumerate(lines) if line.lstrip().startswith("|"))
        start = first
        while start > 0 and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith(("{", "[")):
            start -= 1
        keep = [line for line in lines[start:] if not line.lstrip().startswith(("{", "}", "[", "]", '"'))]
        return "\n".join(keep).strip()
    return "```\n" + "\n".join(lines[-30:]) + "\n```"


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            out.update(_flatten(value, f"{prefix}{key}."))
    elif isinstance(data, list):
        for k, value in enumerate(data):
            out.update(_flatten(value, f"{prefix}{k}."))
    else:
        out[prefix[:-1]] = data
    return out


def _find(flat: dict[str, Any], pattern: str) -> tuple[str, float] | None:
    for key, value in flat.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and re.search(pattern, key, re.I):
            return key, float(value)
    return None


# ---------------------------------------------------------------- rows
def default_rows(r: dict[str, Any]) -> list[dict[str, str]]:
    g = r["goals"]
    imp, thr, lat, mem = r["import"], r["throughput"], r["latency"], r["memory"]
    rows = [
        {"what": "`import scamdetect`, fresh interpreter", "measured": f"{imp['seconds']:.3f} s",
         "goal": f"< {g['import_s']} s", "met": _met(imp["seconds"] < g["import_s"]),
         "repeats": str(imp["repeats"])},
        {"what": "heavy libraries loaded by that import", "measured": ", ".join(imp["heavy_modules"]) or "none",
         "goal": "no torch/transformers/sklearn", "met": _met(not {"torch", "transformers", "sklearn"}
                                                                 & set(imp["heavy_modules"])), "repeats": "—"},
        {"what": "`load_model()` (sha256 checks + ONNX session)", "measured": f"{r['load']['seconds']:.3f} s",
         "goal": "—", "met": "—", "repeats": str(r["load"]["repeats"])},
    ]
    rows += [{"what": what, "measured": f"{thr[key]:,.0f} msg/s", "goal": "—", "met": "—",
              "repeats": str(thr["repeats"])} for what, key in (
        ("default model, `classify(10k texts, explain=False)`, fresh model", "default_msgs_per_s"),
        ("same, on one thread (`load_model(pipeline=False)`)", "default_one_thread_msgs_per_s"),
        ("same as the fresh model's, reading every prediction's `scores` (built when first read)",
         "default_reading_scores_msgs_per_s"),
        ("same, fresh model without its prepared chunks (`chunks.jsonl`): every chunk prepared on the spot",
         "default_unprepared_msgs_per_s"),
        ("same, second pass on the same model (every chunk of these texts remembered)", "default_warm_msgs_per_s"),
        ("same, fresh model that first scored the 9k-text train split (a running service)",
         "default_steady_msgs_per_s"))]
    if "sklearn_msgs_per_s" in thr:
        rows += [
            {"what": "scikit-learn char TF-IDF + LogisticRegression, `predict_proba`, same texts",
             "measured": f"{thr['sklearn_msgs_per_s']:,.0f} msg/s", "goal": "—", "met": "—",
             "repeats": str(thr["repeats"])},
            {"what": "**default (fresh model) / scikit-learn throughput**", "measured": f"**{thr['speedup']:.2f}x**",
             "goal": f">= {g['speedup_vs_sklearn']}x", "met": _met(thr["speedup"] >= g["speedup_vs_sklearn"]),
             "repeats": str(thr["repeats"])},
            {"what": "default (running service) / scikit-learn throughput",
             "measured": f"{thr['steady_speedup']:.2f}x", "goal": f">= {g['speedup_vs_sklearn']}x",
             "met": _met(thr["steady_speedup"] >= g["speedup_vs_sklearn"]), "repeats": str(thr["repeats"])},
            {"what": "default (fresh model without its prepared chunks) / scikit-learn throughput",
             "measured": f"{thr['unprepared_speedup']:.2f}x", "goal": "—", "met": "—", "repeats": str(thr["repeats"])},
            {"what": "default (fresh model, one thread) / scikit-learn throughput",
             "measured": f"{thr['one_thread_speedup']:.2f}x", "goal": "—", "met": "—",
             "repeats": str(thr["repeats"])},
            {"what": "default (fresh model) / scikit-learn, messages per CPU second (both threads counted)",
             "measured": f"{thr['cpu_speedup']:.2f}x", "goal": "—", "met": "—", "repeats": str(thr["repeats"])},
        ]
    else:
        rows.append({"what": "scikit-learn baseline", "measured": r["baseline"].get("error", "not run"),
                     "goal": f"default >= {g['speedup_vs_sklearn']}x", "met": "not run", "repeats": "—"})
    rows += [
        {"what": "latency p50, one message, explain=False", "measured": f"{lat['plain']['p50_ms']:.2f} ms",
         "goal": f"< {g['p50_ms']} ms", "met": _met(lat["plain"]["p50_ms"] < g["p50_ms"]),
         "repeats": f"{lat['repeats']} x {lat['messages_per_repeat']} msgs"},
        {"what": "latency p99, one message, explain=False", "measured": f"{lat['plain']['p99_ms']:.2f} ms",
         "goal": "—", "met": "—", "repeats": f"{lat['repeats']} x {lat['messages_per_repeat']} msgs"},
        {"what": "latency p50, one message, explain=True", "measured": f"{lat['explain']['p50_ms']:.2f} ms",
         "goal": f"< {g['p50_explain_ms']} ms", "met": _met(lat["explain"]["p50_ms"] < g["p50_explain_ms"]),
         "repeats": f"{lat['repeats']} x {lat['messages_per_repeat']} msgs"},
        {"what": "latency p99, one message, explain=True", "measured": f"{lat['explain']['p99_ms']:.2f} ms",
         "goal": "—", "met": "—", "repeats": f"{lat['repeats']} x {lat['messages_per_repeat']} msgs"},
        {"what": "peak RSS: python + import + `load_model()` + classify", "measured": f"{mem['peak_mb']:.0f} MB",
         "goal": f"< {g['rss_mb']:.0f} MB", "met": _met(mem["peak_mb"] < g["rss_mb"]),
         "repeats": str(mem["repeats"])},
    ]
    return rows


def transformer_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    if result["status"] != "ok" or not result.get("json"):
        return [{"what": "PhoBERT-base-shaped ONNX int8 / fp32 vs PyTorch eager", "measured": result["status"],
                 "goal": "int8 >= 3x, fp32 >= 1.2x", "met": "not run", "repeats": "—"}]
    data = result["json"]
    rows = []
    by = {(r["engine"], r["batch"]): r for r in data["results"]}
    for batch in sorted({r["batch"] for r in data["results"]}):
        eager = by.get(("PyTorch eager fp32", batch))
        if eager:
            rows.append({"what": f"PhoBERT-base-shaped, PyTorch eager fp32, batch {batch}",
                         "measured": f"{eager['msgs_per_s']:.1f} msg/s, p50 {eager['p50_ms']:.0f} ms",
                         "goal": "—", "met": "—", "repeats": str(eager["calls"])})
        for engine, key, label in (("ONNX Runtime fp32", "fp32_speedup", "fp32"),
                                   ("ONNX Runtime int8", "int8_speedup", "int8")):
            row = by.get((engine, batch))
            if row:
                goal = TRANSFORMER_GOALS[key]
                rows.append({"what": f"PhoBERT-base-shaped, ONNX {label}, batch {batch}",
                             "measured": f"{row['msgs_per_s']:.1f} msg/s, p50 {row['p50_ms']:.0f} ms, "
                                         f"{row['speedup_vs_eager']:.2f}x eager",
                             "goal": f">= {goal}x eager", "met": _met(row["speedup_vs_eager"] >= goal),
                             "repeats": str(row["calls"])})
    sizes = data.get("sizes") or {}
    if "int8_over_fp32" in sizes:
        share = sizes["int8_over_fp32"]
        rows.append({"what": "ONNX int8 file / fp32 file", "measured": f"{share:.0%} "
                     f"({sizes['onnx_int8_bytes'] / 1e6:.0f} / {sizes['onnx_fp32_bytes'] / 1e6:.0f} MB)",
                     "goal": f"<= {TRANSFORMER_GOALS['int8_size_share']:.0%}",
                     "met": _met(share <= TRANSFORMER_GOALS["int8_size_share"]), "repeats": "—"})
    return rows


def score_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    if result["status"] != "ok":
        return [{"what": "`scamdetect score`, 1,000,000-row CSV", "measured": result["status"], "goal": "—",
                 "met": "not run", "repeats": "—"}]
    flat = _flatten(result.get("json") or {})
    rows = []
    found = _find(flat, r"repeats|runs$")
    repeats = str(int(found[1])) if found else "1 run"
    count = _find(flat, r"^(n_)?rows$|rows_total|n_rows")
    workers = _find(flat, r"^workers$")
    what = f"`scamdetect score`, {int(count[1]):,}-row CSV" if count else "`scamdetect score`, generated CSV"
    if workers:
        what += f", {int(workers[1])} workers"
    speed = _find(flat, r"^rows?_?(per_?s|/s|_s)$|throughput")
    if speed:
        target = _find(flat, r"target.*rows")
        rows.append({"what": what + ", throughput", "measured": f"{speed[1]:,.0f} rows/s",
                     "goal": f">= {target[1]:,.0f} rows/s" if target else "—",
                     "met": _met(speed[1] >= target[1]) if target else "—", "repeats": repeats})
    per_cpu = _find(flat, r"rows_per_cpu")
    if per_cpu:
        rows.append({"what": what + ", rows per CPU-second (load-independent)", "measured": f"{per_cpu[1]:,.0f}",
                     "goal": "—", "met": "—", "repeats": repeats})
    for key, value in flat.items():
        if isinstance(value, (int, float)) and re.search(r"peak.*rss|rss.*peak|max_?rss", key, re.I):
            unit = "MB" if "mb" in key.lower() else ("bytes" if value > 1e6 else "")
            detail = key.replace("_", " ").replace("peak rss mb", "").strip() or "peak RSS"
            rows.append({"what": f"{what}, peak RSS ({detail})", "measured": f"{value:,.0f} {unit}".strip(),
                         "goal": "—", "met": "—", "repeats": repeats})
    if not rows:
        rows.append({"what": what, "measured": "see the section below", "goal": "—", "met": "—", "repeats": "—"})
    return rows


def _scalars_table(data: dict[str, Any]) -> str:
    flat = {k: v for k, v in _flatten(data).items() if isinstance(v, (int, float, str)) and v != ""}
    lines = ["| field | value |", "|---|---|"]
    lines += [f"| {k} | {str(v).replace('|', '/')} |" for k, v in flat.items()]
    return "\n".join(lines)


# ---------------------------------------------------------------- RESULTS.md
def _table(rows: list[dict[str, str]]) -> str:
    lines = ["| benchmark | measured (median) | goal | met | repeats |", "|---|---:|---|---|---|"]
    lines += [f"| {r['what']} | {r['measured']} | {r['goal']} | {r['met']} | {r['repeats']} |" for r in rows]
    return "\n".join(lines)


def render(default: dict[str, Any] | None, transformer: dict[str, Any], score: dict[str, Any], quick: bool,
           started: str, seconds: float) -> str:
    machine = (default or {}).get("machine") or bench_default.machine_info()
    rows: list[dict[str, str]] = []
    if default is not None:
        rows += default_rows(default)
    else:
        rows.append({"what": "default model", "measured": "not run: skipped", "goal": "—", "met": "not run",
                     "repeats": "—"})
    rows += transformer_rows(transformer)
    rows += score_rows(score)
    out = [
        "# Benchmark results", "",
        f"Measured {started} with `python -m benchmarks.run{' --quick' if quick else ''}` "
        f"({seconds / 60:.1f} min){' — a quick run: fewer repeats' if quick else ''}.", "",
        f"- machine: {machine['cpu']}, {machine['logical_cores']} logical cores ({machine['usable_cores']} usable), "
        f"{machine.get('memory_gb', '?')} GB RAM, {machine['system']}",
        f"- software: Python {machine['python']}, numpy {machine['numpy']}, onnxruntime {machine['onnxruntime']}, "
        f"scikit-learn {machine.get('scikit-learn')}",
    ]
    if default is not None:
        out.append(f"- load average (1/5/15 min) before {default.get('load_before')}, after "
                   f"{default.get('load_after')}: other processes on this machine slow every engine alike, which "
                   "is why the default model and the baseline are timed in alternation")
    out += ["- every figure is the median over the repeats in the last column", "",
            "## Summary", "", _table(rows), ""]
    if default is not None:
        thr, base = default["throughput"], default.get("baseline", {})
        out += ["## Default model", "",
                f"Texts: our test split ({thr['texts']:,} distinct texts: the split's messages, topped up with "
                "diacritic-free, salted, obfuscated and truncated copies). Both sides first run once, untimed, on the "
                "train split, which warms the process up without showing it these texts. Each throughput repeat "
                "then loads a fresh model (its chunk table starts empty, and scamdetect's process-wide memos of "
                "words, tokens and domains are emptied) and times `classify(texts, explain=False)`, which "
                "includes building the `Prediction` objects (each one's `scores` dict is built when first "
                "read; a row above reads them all) and, by default, scores the list in a two-thread pipeline "
                "(the numpy and onnxruntime steps of one batch overlap the reading of the next; a row above "
                "gives the one-thread figure, and one compares CPU time); the baseline's `predict_proba` is "
                "timed right after, on the same texts, in the same process, on one thread. A garbage "
                "collection runs before each timed call.",
                "",
                f"- default model per repeat: {thr['default_runs']} msg/s; on one thread "
                f"{thr.get('one_thread_runs')} msg/s"]
        if "sklearn_runs" in thr:
            cfg = base.get("config", {})
            out += [f"- scikit-learn per repeat: {thr['sklearn_runs']} msg/s; ratio per repeat "
                    f"{thr['speedup_per_repeat']} (median {thr.get('speedup_paired_median', float('nan')):.2f})",
                    f"- baseline: `TfidfVectorizer(analyzer={cfg.get('analyzer')!r}, "
                    f"ngram_range={tuple(cfg.get('ngram_range', ()))}, sublinear_tf={cfg.get('sublinear_tf')}, "
                    f"min_df={cfg.get('min_df')})` + `LogisticRegression(C={cfg.get('C')})`, fitted on the train "
                    f"split in {base.get('fit_seconds')} s; its test split quality: scam F1 "
                    f"{base['test']['scam_f1']}, FPR {base['test']['fpr']}, scheme macro-F1 "
                    f"{base['test']['macro_f1']}"]
        held = default.get("default_held_out")
        if held:
            out.append(f"- default model's held-out test quality (from its manifest, measured before the refit on "
                       f"all splits): scam F1 {held['scam_f1']}, FPR {held['fpr']}, scheme macro-F1 "
                       f"{held['macro_f1']}")
        lat, mem = default["latency"], default["memory"]
        out += [f"- latency: mean {lat['plain']['mean_ms']:.2f} ms without and {lat['explain']['mean_ms']:.2f} ms "
                "with explanations (one `classify(text)` call on a loaded model, a different message each call)",
                f"- memory (MB, fresh process): bare Python {mem['python_mb']:.0f}, after `import scamdetect` "
                f"{mem['imported_mb']:.0f}, after loading and classifying {mem['rss_mb']:.0f} (peak "
                f"{mem['peak_mb']:.0f})",
                f"- import time per run (s): {default['import']['runs']}", ""]
    out += ["## Transformer path (`benchmarks/bench_transformer.py`)", ""]
    if transformer["status"] == "ok":
        out += [f"`{transformer['command']}` ({transformer['seconds']} s):", "",
                _markdown_part(transformer["stdout"]), ""]
    else:
        out += [transformer["status"], ""]
    out += ["## `scamdetect score` (`benchmarks/bench_score.py`)", ""]
    if score["status"] == "ok":
        printed = score.get("stdout", "")
        has_table = any(line.lstrip().startswith("|") for line in printed.splitlines())
        body = _markdown_part(printed) if has_table or not score.get("json") else _scalars_table(score["json"])
        out += [f"`{score['command']}` ({score['seconds']} s, one run: a million rows take minutes):", "", body, ""]
    else:
        out += [score["status"], ""]
    out += ["## Reproduce", "",
            "```", "make bench                      # = .venv/bin/python -m benchmarks.run",
            ".venv/bin/python -m benchmarks.run --quick         # fewer repeats",
            ".venv/bin/python -m benchmarks.bench_default --json out.json",
            ".venv/bin/python benchmarks/bench_transformer.py --threads 2 --seq-len 64", "```", ""]
    return "\n".join(out)


_SECTION = re.compile(r"<!-- (\w+):start -->.*?<!-- \1:end -->\n?", re.S)


def keep_sections(new: str, path: Path) -> str:
    """``new`` plus the marked sections of the file it replaces (``<!-- name:start -->`` ... ``:end -->``), which
    other benchmarks (serve, campaigns) and ``training.compare_models`` write on their own."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = [m.group(0) for m in _SECTION.finditer(old) if f"<!-- {m.group(1)}:start -->" not in new]
    return new.rstrip("\n") + "\n\n" + "\n".join(kept) if kept else new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a few minutes)")
    parser.add_argument("--skip", nargs="+", default=[], choices=["default", "transformer", "score"],
                        help="benchmarks to leave out")
    parser.add_argument("--output", default=str(RESULTS), help=f"Markdown file to write (default: {RESULTS})")
    parser.add_argument("--json", help="also write every raw figure to this JSON file")
    parser.add_argument("--from-json", metavar="RAW", help="only re-render --output from a --json file of an "
                                                             "earlier run")
    args = parser.parse_args(argv)
    if args.from_json:
        raw = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        meta = raw.get("meta", {})
        text = render(raw["default"], raw["transformer"], raw["score"], meta.get("quick", False),
                      meta.get("started", "?"), meta.get("seconds", 0.0))
        Path(args.output).write_text(text, encoding="utf-8")
        print(text)
        return 0
    started_at = time.strftime("%Y-%m-%d %H:%M %Z")
    started = time.perf_counter()
    default = None
    if "default" not in args.skip:
        _say("default model")
        default = bench_default.run(args.quick, progress=lambda m: _say(f"default: {m}"))
    transformer = ({"status": "not run: skipped (--skip transformer)"} if "transformer" in args.skip else
                   run_script("bench_transformer", args.quick, timeout=900 if args.quick else 1800,
                              quick_args=[("--rounds", "2")]))
    score = ({"status": "not run: skipped (--skip score)"} if "score" in args.skip else
             run_script("bench_score", args.quick, timeout=900 if args.quick else 3600,
                        quick_args=[("--rows", "100000")]))
    seconds = time.perf_counter() - started
    text = keep_sections(render(default, transformer, score, args.quick, started_at, seconds), Path(args.output))
    Path(args.output).write_text(text, encoding="utf-8")
    if args.json:
        raw = {"meta": {"quick": args.quick, "started": started_at, "seconds": seconds},
               "default": default, "transformer": transformer, "score": score}
        Path(args.json).write_text(json.dumps(raw, indent=2, default=str) + "\n", encoding="utf-8")
    print(text)
    _say(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

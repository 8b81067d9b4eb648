"""Speed and accuracy of the cascade: the default model screens, a transformer re-scores the uncertain band.

    .venv/bin/python benchmarks/bench_cascade.py [--transformer EXPORT_DIR] [--bands 0.15,0.85 0.05,0.95]
        [--sets test chats inbox_sms] [--repeats 5] [--threads 2] [--json OUT] [--quick]

Compared on the same texts, in one process:

- the bundled default model alone (``scamdetect.load_model()``);
- the transformer alone (``scamdetect.load_model(EXPORT_DIR)``);
- the cascade at each band (``scamdetect.load_model(cascade=EXPORT_DIR, cascade_band=band)``).

Without ``--transformer`` a tiny PhoBERT-shaped model is built in a temporary directory first
(``python -m training.tiny_phobert``, ``training.finetune`` with ``training/configs/tiny.yaml`` for
``--train-steps`` steps, ``training.export --quantize int8``): its weights start random and see a few
minutes of CPU training, so its accuracy means nothing; only the mechanics and the speed do.

Texts: our test split (``training.data.load_split("test")``) and, reported separately when present,
the challenge files ``data/challenge/chats.jsonl`` and ``inbox_sms.jsonl`` (reporting only: nothing
here is chosen on them). Per set and model:

- messages/s: texts / median wall time of one ``classify(texts, explain=False)`` call, each repeat on a
  freshly loaded model (empty chunk table; loading not timed), models interleaved repeat by repeat so
  that load from other processes hits them alike;
- the share of texts scored by the transformer (0 for the default model, 1 for the transformer, the
  escalated share for a cascade: ``backend.last_escalated`` summed over calls of at most
  ``scamdetect.classifier.BATCH_SIZE`` texts, checked against the screen's own scores);
- scam precision / recall / F1 / false-positive rate (``scamdetect.evaluation.metrics.binary_metrics``, at the
  loaded model's threshold: the default model's manifest threshold for the default model *and for every
  cascade*, 0.5 for an export without one) and scheme macro-F1 over the 18 labels
  (``scamdetect.evaluation.metrics.scheme_metrics``).

Prints a Markdown table per set; ``--json`` writes everything. Exit status 1 on failure.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHALLENGE_DIR = ROOT / "data" / "challenge"
DEFAULT_BANDS = ("0.15,0.85", "0.05,0.95")
DEFAULT_SETS = ("test", "chats", "inbox_sms")


def _say(message: str) -> None:
    print(f"[bench_cascade] {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def parse_band(text: str) -> tuple[float, float]:
    try:
        low, high = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"a band is LOW,HIGH (e.g. 0.15,0.85), not {text!r}") from None
    if not 0.0 <= low <= high <= 1.0:
        raise argparse.ArgumentTypeError(f"a band needs 0 <= LOW <= HIGH <= 1, not {text!r}")
    return low, high


# ---------------------------------------------------------------- the transformer
def build_tiny_export(workdir: Path, train_steps: int) -> Path:
    """tiny PhoBERT-shaped checkpoint -> brief fine-tune -> int8 ONNX export; returns the export directory."""
    steps = [
        ["-m", "training.tiny_phobert", str(workdir / "tiny-phobert")],
        ["-m", "training.finetune", "--config", "training/configs/tiny.yaml", "--model", str(workdir / "tiny-phobert"),
         "--output", str(workdir / "tiny-finetuned"), "--max-steps", str(train_steps)],
        ["-m", "training.export", str(workdir / "tiny-finetuned" / "best"), "--output", str(workdir / "tiny-int8"),
         "--quantize", "int8"],
    ]
    for argv in steps:
        _say("running python " + " ".join(argv))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
            raise RuntimeError(f"python {' '.join(argv[:2])} failed (exit {done.returncode}): " + " | ".join(tail))
        _say(f"  done in {time.perf_counter() - started:.0f} s")
    return workdir / "tiny-int8"


# ---------------------------------------------------------------- data
def load_sets(names: list[str]) -> dict[str, list[dict[str, Any]]]:
    from training.data import load_split

    out: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        if name in ("train", "dev", "test"):
            out[name] = load_split(name)
            continue
        path = CHALLENGE_DIR / f"{name}.jsonl"
        if not path.is_file():
            _say(f"skipping set {name!r}: {path} is not there")
            continue
        with open(path, encoding="utf-8") as handle:
            out[name] = [json.loads(line) for line in handle if line.strip()]
    return out


# ---------------------------------------------------------------- measurements
def evaluate(clf, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy and escalations of one model on ``rows`` (one backend call per BATCH_SIZE chunk)."""
    from scamdetect.classifier import BATCH_SIZE
    from scamdetect.evaluation.metrics import binary_metrics, scheme_metrics

    texts = [row["text"] for row in rows]
    truth = [row["label"] for row in rows]
    predictions, escalated = [], 0
    counts = hasattr(clf.backend, "last_escalated")
    for start in range(0, len(texts), BATCH_SIZE):
        chunk = texts[start:start + BATCH_SIZE]
        predictions += clf.classify(chunk, explain=False)
        if counts and any(text.strip() for text in chunk):
            escalated += clf.backend.last_escalated
    y_true = np.array([label != "legit" for label in truth])
    y_pred = np.array([p.is_scam for p in predictions])
    score = np.array([p.scam_score for p in predictions])
    binary = binary_metrics(y_true, y_pred, score)
    schemes = scheme_metrics(truth, [p.label for p in predictions])
    return {"n": len(texts), "escalated": escalated if counts else None,
            "precision": binary["precision"], "recall": binary["recall"], "f1": binary["f1"], "fpr": binary["fpr"],
            "roc_auc": binary.get("roc_auc"), "macro_f1": schemes["macro_f1"], "accuracy": schemes["accuracy"],
            "scam_scores": score}


def time_call(load, texts: list[str]) -> tuple[float, float]:
    """(load seconds, seconds of one classify(texts, explain=False) call) on a freshly loaded model."""
    gc.collect()
    started = time.perf_counter()
    clf = load()
    loaded = time.perf_counter()
    clf.classify(texts, explain=False)
    done = time.perf_counter()
    del clf
    return loaded - started, done - loaded


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| model | messages/s | speed-up vs transformer | to transformer | scam precision | scam recall "
             "| scam F1 | FPR | scheme macro-F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['model']} | {r['msgs_per_s']:,.0f} | {r['speedup_vs_transformer']:.2f}x "
                     f"| {_pct(r['to_transformer'])} | {_num(r['precision'])} | {_num(r['recall'])} "
                     f"| {_num(r['f1'])} | {_num(r['fpr'])} | {_num(r['macro_f1'])} |")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    try:
        from benchmarks.bench_default import machine_info

        return machine_info()
    except Exception as err:  # the machine description is a nicety, never a failure
        return {"error": f"{type(err).__name__}: {err}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transformer", help="a transformer model directory (python -m training.export output); "
                                              "default: build a tiny one in a temporary directory")
    parser.add_argument("--bands", nargs="+", type=parse_band, default=[parse_band(b) for b in DEFAULT_BANDS],
                        metavar="LOW,HIGH", help="cascade bands on the screen's scam score (default: %(default)s)")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS),
                        help="test (and/or train, dev) and challenge file stems (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats per model and set (default 5)")
    parser.add_argument("--quick", action="store_true", help="2 repeats")
    parser.add_argument("--threads", type=int, default=2, help="onnxruntime intra-op threads (SCAMDETECT_THREADS)")
    parser.add_argument("--train-steps", type=int, default=600,
                        help="fine-tuning steps when building the tiny model (default 600, about one epoch)")
    parser.add_argument("--workdir", help="build the tiny model here and keep it (default: a temporary directory)")
    parser.add_argument("--json", help="write the results to this JSON file")
    args = parser.parse_args(argv)
    repeats = 2 if args.quick else max(1, args.repeats)
    os.environ["SCAMDETECT_THREADS"] = str(args.threads)  # read by the transformer backend when it loads

    load_before = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    scratch = None
    try:
        if args.transformer:
            export, built = Path(args.transformer), None
        else:
            if args.workdir:
                workdir = Path(args.workdir)
                workdir.mkdir(parents=True, exist_ok=True)
            else:
                scratch = tempfile.TemporaryDirectory(prefix="bench_cascade_")
                workdir = Path(scratch.name)
            started = time.perf_counter()
            export = build_tiny_export(workdir, args.train_steps)
            built = {"train_steps": args.train_steps, "seconds": round(time.perf_counter() - started, 1)}
        result = run(export, args.bands, args.sets, repeats)
    except Exception as err:
        print(f"error: {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    finally:
        if scratch is not None:
            scratch.cleanup()
    result["built_tiny_model"] = built
    result["threads"] = args.threads
    result["machine"] = machine()
    result["load_average"] = {"before": load_before,
                              "after": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}

    for name, rows in result["sets"].items():
        print(f"### {name} ({rows[0]['n']:,} texts)\n")
        print(table(rows))
        print()
    print(f"Transformer: {result['transformer']['path']} ({result['transformer']['description']}); "
          f"default-model threshold {result['default_threshold']}; {repeats} repeats, {args.threads} threads; "
          f"load average {result['load_average']['before']} before, {result['load_average']['after']} after.")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def run(export: Path, bands: list[tuple[float, float]], set_names: list[str], repeats: int) -> dict[str, Any]:
    import scamdetect
    from scamdetect.model_dir import read_manifest

    manifest = read_manifest(export)
    if manifest.get("kind") != "transformer":
        _say(f"note: {export} is of kind {manifest.get('kind')!r}, not 'transformer'")
    test_metrics = (manifest.get("metrics") or {}).get("test") or {}
    description = (f"kind {manifest.get('kind')}, {manifest.get('quantization') or 'fp32'}, "
                   f"architecture {manifest.get('architecture')}, own test macro-F1 {test_metrics.get('macro_f1')}")

    models: list[tuple[str, Any]] = [("default model", lambda: scamdetect.load_model()),
                                     ("transformer", lambda: scamdetect.load_model(export))]
    for band in bands:
        models.append((f"cascade {band[0]:g}–{band[1]:g}",
                       lambda band=band: scamdetect.load_model(cascade=export, cascade_band=band)))
    default_threshold = scamdetect.load_model().threshold

    out: dict[str, Any] = {"transformer": {"path": str(export), "description": description,
                                           "manifest_test_metrics": {k: test_metrics.get(k) for k in
                                                                     ("accuracy", "macro_f1", "scam_f1")}},
                           "default_threshold": default_threshold, "bands": [list(b) for b in bands],
                           "repeats": repeats, "sets": {}}
    for set_name, rows in load_sets(set_names).items():
        texts = [row["text"] for row in rows]
        _say(f"{set_name}: {len(texts)} texts; accuracy pass")
        measured = {}
        for name, load in models:  # untimed: accuracy and escalations; also warms the shared caches
            measured[name] = evaluate(load(), rows)
        screen = measured["default model"]["scam_scores"]
        for (name, _), band in zip(models[2:], bands):
            expected = int(((screen >= band[0]) & (screen <= band[1])).sum())
            measured[name]["expected_escalated"] = expected
            if abs(expected - measured[name]["escalated"]) > max(2, 0.002 * len(texts)):
                _say(f"warning: {name} escalated {measured[name]['escalated']}, the screen's scores say {expected}")
        timings: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in models}
        for rep in range(repeats):
            order = models[rep % len(models):] + models[:rep % len(models)]
            for name, load in order:
                timings[name].append(time_call(load, texts))
            _say(f"{set_name}: repeat {rep + 1}/{repeats} done")
        table_rows = []
        for name, _ in models:
            m = measured[name]
            call = statistics.median(t[1] for t in timings[name])
            share = {"default model": 0.0, "transformer": 1.0}.get(name)
            if share is None:
                share = m["escalated"] / len(texts) if texts else 0.0
            row = {"model": name, "n": len(texts), "msgs_per_s": len(texts) / call, "call_s": round(call, 4),
                   "call_s_runs": [round(t[1], 4) for t in timings[name]],
                   "load_s": round(statistics.median(t[0] for t in timings[name]), 4),
                   "to_transformer": share, "escalated": m.get("escalated"),
                   "expected_escalated": m.get("expected_escalated"),
                   **{k: m[k] for k in ("precision", "recall", "f1", "fpr", "roc_auc", "macro_f1", "accuracy")}}
            table_rows.append(row)
        transformer_rate = next(r["msgs_per_s"] for r in table_rows if r["model"] == "transformer")
        default_rate = next(r["msgs_per_s"] for r in table_rows if r["model"] == "default model")
        for row in table_rows:
            row["speedup_vs_transformer"] = row["msgs_per_s"] / transformer_rate
            row["share_of_default_speed"] = row["msgs_per_s"] / default_rate
            row["msgs_per_s"] = round(row["msgs_per_s"], 1)
        out["sets"][set_name] = table_rows
    return out


if __name__ == "__main__":
    raise SystemExit(main())

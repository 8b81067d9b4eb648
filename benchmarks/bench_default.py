"""Speed and memory of the bundled default model, against a scikit-learn baseline.

    .venv/bin/python -m benchmarks.bench_default [--quick] [--json results.json]

Measures, each as a median over repeats:

- ``import scamdetect`` in a fresh interpreter (and which heavy libraries it pulled in);
- throughput of ``classify(texts, explain=False)`` on 10,000 texts (our test split, topped up
  with perturbed copies of it so that no text repeats), each repeat on a freshly loaded model
  (empty chunk table, no memory of these texts' words) in a process warmed up on other texts,
  side by side with a scikit-learn pipeline (char n-gram ``TfidfVectorizer`` +
  ``LogisticRegression``) fitted on the train split and timed with ``predict_proba`` on the same
  texts; the two are interleaved repeat by repeat so that load from other processes hits both.
  More figures for the default model: the same on one thread (``pipeline=False``), the same
  reading every prediction's ``scores``, all of them per CPU second too, a second pass on the
  same model (everything remembered), and a fresh model that first scored the train split (a
  running service, which knows common words but not these texts);
- single-message latency (p50, p99) of ``classify(text)`` with and without explanations;
- resident memory (peak RSS) of a fresh process that imported scamdetect, loaded the default model
  and classified a few messages with explanations.

Needs scikit-learn (the ``train`` extra) for the baseline; everything else needs only the core install.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: goals from issue 3
GOALS = {"import_s": 0.5, "speedup_vs_sklearn": 2.5, "p50_ms": 2.0, "p50_explain_ms": 10.0, "rss_mb": 200.0}
N_TEXTS = 10_000
#: the scikit-learn baseline: a common, unpretentious char n-gram setup
BASELINE = {"analyzer": "char_wb", "ngram_range": (2, 4), "sublinear_tf": True, "min_df": 2, "C": 10.0,
            "max_iter": 1000}
HEAVY = ("torch", "transformers", "sklearn", "scipy", "underthesea", "pandas", "matplotlib", "pyarrow")


def median(values: list[float]) -> float:
    return float(statistics.median(values))


# ---------------------------------------------------------------- machine
def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, Any]:
    import numpy as np
    import onnxruntime as ort

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    info: dict[str, Any] = {
        "cpu": cpu_model(), "logical_cores": os.cpu_count(), "usable_cores": usable,
        "system": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
        "numpy": np.__version__, "onnxruntime": ort.__version__,
    }
    try:
        import sklearn

        info["scikit-learn"] = sklearn.__version__
    except ImportError:
        info["scikit-learn"] = None
    try:
        memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                         if line.startswith("MemTotal:"))
        info["memory_gb"] = round(memory_kb / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    return info


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


# ---------------------------------------------------------------- data
def bench_texts(n: int = N_TEXTS) -> list[str]:
    """``n`` distinct texts: the test split, then perturbed copies of it (deterministic)."""
    from scamdetect.text.augment import PERTURBATIONS
    from training.data import load_split

    base = [row["text"] for row in load_split("test")]
    texts, seen = [], set()
    for text in base:
        if text not in seen:
            seen.add(text)
            texts.append(text)
    rng = random.Random(0)
    for name in ("no_diacritics", "salt_tail", "obfuscated", "truncated"):
        for text in base:
            if len(texts) >= n:
                return texts[:n]
            variant = PERTURBATIONS[name](text, rng)
            if variant not in seen:
                seen.add(variant)
                texts.append(variant)
    while len(texts) < n:  # a tiny corpus: salt again
        variant = PERTURBATIONS["salt_tail"](rng.choice(base), rng)
        if variant not in seen:
            seen.add(variant)
            texts.append(variant)
    return texts[:n]


# ---------------------------------------------------------------- subprocess measurements
_IMPORT_CODE = """
import json, sys, time
t = time.perf_counter()
import scamdetect
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "heavy": [m for m in %r if m in sys.modules]}))
"""

_RSS_CODE = """
import json, sys
def status(key):
    try:
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
before = status("VmRSS")
import scamdetect
imported = status("VmRSS")
model = scamdetect.load_model()
texts = json.loads(sys.stdin.read())
model.classify(texts, explain=True)
model.classify(texts, explain=False)
print(json.dumps({"python_mb": before, "imported_mb": imported, "rss_mb": status("VmRSS"),
                  "peak_mb": status("VmHWM")}))
"""


def _python(code: str, stdin: str | None = None) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    if done.returncode:
        raise RuntimeError(f"subprocess failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_import(repeats: int) -> dict[str, Any]:
    """Median wall time of ``import scamdetect`` in fresh interpreters (one untimed warm-up run)."""
    code = _IMPORT_CODE % (HEAVY,)
    _python(code)  # compiles .pyc files, warms the page cache
    runs = [_python(code) for _ in range(repeats)]
    seconds = [r["seconds"] for r in runs]
    return {"seconds": median(seconds), "runs": [round(s, 4) for s in seconds],
            "heavy_modules": sorted({m for r in runs for m in r["heavy"]}), "repeats": repeats}


def bench_rss(texts: list[str], repeats: int) -> dict[str, Any]:
    """Memory of a fresh process after import, load_model() and classifying ``texts``."""
    runs = [_python(_RSS_CODE, json.dumps(texts)) for _ in range(repeats)]
    out = {key: round(median([r[key] for r in runs]), 1) for key in runs[0]}
    out["repeats"] = repeats
    out["texts"] = len(texts)
    return out


# ---------------------------------------------------------------- throughput and latency
def fit_baseline():
    """The scikit-learn pipeline fitted on the train split, and its fit time."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from training.data import load_split

    train = load_split("train")
    pipeline = make_pipeline(
        TfidfVectorizer(analyzer=BASELINE["analyzer"], ngram_range=BASELINE["ngram_range"],
                        sublinear_tf=BASELINE["sublinear_tf"], min_df=BASELINE["min_df"]),
        LogisticRegression(C=BASELINE["C"], max_iter=BASELINE["max_iter"]))
    started = time.perf_counter()
    pipeline.fit([row["text"] for row in train], [row["label"] for row in train])
    return pipeline, time.perf_counter() - started


def baseline_quality(pipeline) -> dict[str, float]:
    """Held-out test quality of the baseline (context for its speed), with scamdetect's metrics."""
    from scamdetect.evaluation.metrics import binary_metrics, scheme_metrics
    from training.data import load_split

    test = load_split("test")
    predicted = list(pipeline.predict([row["text"] for row in test]))
    truth = [row["label"] for row in test]
    b = binary_metrics([t != "legit" for t in truth], [p != "legit" for p in predicted])
    return {"scam_f1": b["f1"], "fpr": b["fpr"], "macro_f1": scheme_metrics(truth, predicted)["macro_f1"]}


def forget_words() -> None:
    """Empty scamdetect's process-wide memos of words, tokens and domains (pure functions' caches).

    Why: a model reloaded in the same process keeps them, so without this a fresh model's repeat
    would still remember these texts' words from the repeat before.
    """
    import importlib

    for name in ("backends.linear.features", "text.fold", "text.tones", "text.disguise", "text.salt", "text.normalizer",
                 "signals.domains", "signals.indicators"):
        module = importlib.import_module(f"scamdetect.{name}")
        for value in vars(module).values():
            if (callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == module.__name__
                    and value.cache_parameters()["maxsize"] != 1):  # not a data file loaded once
                value.cache_clear()
    importlib.import_module("scamdetect.text.tones")._token_tones.clear()


def bench_throughput(texts: list[str], repeats: int, baseline=None) -> dict[str, Any]:
    """Messages per second, median over ``repeats``; default and baseline interleaved.

    Both sides first run once, untimed, on the train split: the process is warmed up (patterns
    compiled, lazily built tables filled) but remembers nothing of the timed texts. Every fresh-model
    repeat then starts from a newly loaded model with the word memos emptied (:func:`forget_words`),
    and a garbage collection runs before each timed call, on both sides. Each call is timed by the
    wall clock (the goal's measure) and by the process's CPU time, which also counts a second thread.
    """
    import scamdetect
    from training.data import load_split

    # a running service has already seen other traffic: its chunk table holds common words, not these texts
    earlier = [row["text"] for row in load_split("train")]
    scamdetect.load_model().classify(earlier, explain=False)
    if baseline is not None:
        baseline.predict_proba(earlier)

    def timed(score, **options: Any) -> tuple[float, float]:
        """(messages per wall-clock second, messages per CPU second of this process)"""
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        score(texts, **options)
        return len(texts) / (time.perf_counter() - started), len(texts) / (time.process_time() - cpu)

    def fresh(**options: Any):
        forget_words()
        return scamdetect.load_model(**options)

    def reading_scores(scorer):
        def score(batch: list[str]) -> int:  # a Prediction's scores dict is built when first read
            return sum(len(prediction.scores) for prediction in scorer.classify(batch, explain=False))
        return score

    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in ("cold", "warm", "unprepared", "one_thread",
                                                                       "scores", "steady", "sklearn")}
    for _ in range(repeats):
        model = fresh()
        runs["cold"].append(timed(model.classify, explain=False))
        runs["warm"].append(timed(model.classify, explain=False))
        model = fresh()
        model.backend._chunks.forget_prepared()  # as a model without chunks.jsonl: every chunk prepared on the spot
        runs["unprepared"].append(timed(model.classify, explain=False))
        model = fresh(pipeline=False)
        runs["one_thread"].append(timed(model.classify, explain=False))
        runs["scores"].append(timed(reading_scores(fresh())))
        model = fresh()
        model.classify(earlier, explain=False)
        runs["steady"].append(timed(model.classify, explain=False))
        del model
        if baseline is not None:
            runs["sklearn"].append(timed(baseline.predict_proba))
    wall = {name: [w for w, _ in values] for name, values in runs.items()}
    cpu = {name: [c for _, c in values] for name, values in runs.items()}
    out: dict[str, Any] = {
        "texts": len(texts), "repeats": repeats,
        "default_msgs_per_s": median(wall["cold"]), "default_warm_msgs_per_s": median(wall["warm"]),
        "default_steady_msgs_per_s": median(wall["steady"]),
        "default_unprepared_msgs_per_s": median(wall["unprepared"]),
        "default_one_thread_msgs_per_s": median(wall["one_thread"]),
        "default_reading_scores_msgs_per_s": median(wall["scores"]),
        "default_msgs_per_cpu_s": median(cpu["cold"]), "default_one_thread_msgs_per_cpu_s": median(cpu["one_thread"]),
        "default_runs": [round(x) for x in wall["cold"]], "one_thread_runs": [round(x) for x in wall["one_thread"]],
        "steady_runs": [round(x) for x in wall["steady"]]}
    if wall["sklearn"]:
        paired = [a / b for a, b in zip(wall["cold"], wall["sklearn"], strict=True)]
        out.update({"sklearn_msgs_per_s": median(wall["sklearn"]), "sklearn_msgs_per_cpu_s": median(cpu["sklearn"]),
                    "sklearn_runs": [round(x) for x in wall["sklearn"]],
                    "speedup": median(wall["cold"]) / median(wall["sklearn"]),
                    "steady_speedup": median(wall["steady"]) / median(wall["sklearn"]),
                    "unprepared_speedup": median(wall["unprepared"]) / median(wall["sklearn"]),
                    "one_thread_speedup": median(wall["one_thread"]) / median(wall["sklearn"]),
                    "cpu_speedup": median(cpu["cold"]) / median(cpu["sklearn"]),
                    "speedup_per_repeat": [round(x, 2) for x in paired], "speedup_paired_median": median(paired)})
    return out


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[k]


def bench_latency(texts: list[str], per_repeat: int, repeats: int) -> dict[str, Any]:
    """p50 and p99 of one ``classify(text)`` call (a loaded model), with and without explanations.

    Each repeat times ``per_repeat`` different messages; figures are medians over repeats.
    """
    import scamdetect

    model = scamdetect.load_model()
    model.classify(texts[:20], explain=True)  # onnxruntime's first runs allocate
    out: dict[str, Any] = {"messages_per_repeat": per_repeat, "repeats": repeats}
    step = max(1, len(texts) // (per_repeat * repeats))
    for explain in (False, True):
        p50s, p99s, means = [], [], []
        for r in range(repeats):
            chosen = texts[r::step][:per_repeat] if step > 1 else texts[:per_repeat]
            times = []
            for text in chosen:
                started = time.perf_counter()
                model.classify(text, explain=explain)
                times.append((time.perf_counter() - started) * 1000)
            p50s.append(_percentile(times, 50))
            p99s.append(_percentile(times, 99))
            means.append(sum(times) / len(times))
        key = "explain" if explain else "plain"
        out[key] = {"p50_ms": median(p50s), "p99_ms": median(p99s), "mean_ms": median(means)}
    return out


def bench_load(repeats: int) -> dict[str, Any]:
    """Seconds for ``load_model()`` (manifest, sha256 checks, ONNX session), median over repeats."""
    import scamdetect

    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        scamdetect.load_model()
        runs.append(time.perf_counter() - started)
    return {"seconds": median(runs), "repeats": repeats}


def run(quick: bool = False, progress=print) -> dict[str, Any]:
    """Every default-model benchmark; returns a JSON-ready dict."""
    repeats = 3 if quick else 5
    results: dict[str, Any] = {"quick": quick, "machine": machine_info(), "load_before": load_average()}
    progress("import time")
    results["import"] = bench_import(5 if quick else 9)
    progress("model load time")
    results["load"] = bench_load(repeats)
    texts = bench_texts(N_TEXTS)
    results["goals"] = GOALS
    baseline = None
    try:
        progress("fitting the scikit-learn baseline on the train split")
        baseline, fit_seconds = fit_baseline()
        results["baseline"] = {"config": {**BASELINE, "ngram_range": list(BASELINE["ngram_range"])},
                               "fit_seconds": round(fit_seconds, 1), "test": baseline_quality(baseline)}
    except ImportError as err:
        results["baseline"] = {"error": f"scikit-learn not installed ({err})"}
    # the goal's ratio drifts with the machine's speed between repeats: more of them than elsewhere
    throughput_repeats = 3 if quick else 7
    progress(f"throughput on {len(texts)} texts, {throughput_repeats} repeats")
    results["throughput"] = bench_throughput(texts, throughput_repeats, baseline)
    progress("single-message latency")
    results["latency"] = bench_latency(texts, 200 if quick else 500, repeats)
    progress("memory")
    results["memory"] = bench_rss(texts[:50], 2 if quick else 3)
    try:
        import scamdetect

        test = (scamdetect.load_model().manifest.get("metrics") or {}).get("test") or {}
        results["default_held_out"] = {"scam_f1": test.get("binary", {}).get("f1"),
                                       "fpr": test.get("binary", {}).get("fpr"),
                                       "macro_f1": (test.get("schemes") or {}).get("macro_f1")}
    except Exception:  # noqa: BLE001 - context only
        pass
    results["load_after"] = load_average()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--json", help="write the results to this JSON file")
    args = parser.parse_args(argv)
    results = run(args.quick, progress=lambda m: print(f"[bench_default] {m}", file=sys.stderr, flush=True))
    text = json.dumps(results, indent=2)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

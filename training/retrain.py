"""Retrain the default model on your own labelled traffic.

    python -m training.retrain FILE [FILE...] --output DIR [--text-column text] [--label-column label]
                               [--binary] [--holdout 0.2] [--base MODEL_DIR] [--seed 13]

FILE: CSV, TSV, JSONL or Parquet, read like ``scamdetect evaluate`` reads it. Labels are taxonomy ids, or with
``--binary`` 1/0, true/false, scam/legit, spam/ham (detected, and said, when every label is one of these). A
binary scam row gets its scheme from the base model, recorded as inferred; your scam/not-scam decision always
stands.

What it does:
1. checks every file before any training (unknown labels with the nearest valid ones, empty texts, the same text
   with two labels, a class of fewer than 10 rows, a missing column);
2. holds out a stratified share of your rows (``--holdout``) for calibration, the threshold and the report;
3. chooses the weight of your rows against our corpus by 2-fold cross-validation on the rest of your rows
   (average precision of the scam score), then fits on our corpus plus all of them;
4. calibrates a temperature and chooses the threshold on the held-out part (best F1 with a false-positive rate
   of at most 0.5%);
5. writes a model directory that ``scamdetect.load_model(DIR)`` serves, with ``report.md`` and ``pr_curve.png``
   comparing the base model and the retrained one on the held-out part.

Deterministic given ``--seed``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from scamdetect.evaluation import BINARY_VALUES, DataError
from scamdetect.evaluation.data import from_records, load_records
from scamdetect.taxonomy import IS_SCAM, LABELS

log = logging.getLogger("scamdetect.retrain")

#: candidate weights of one of your rows against one corpus row
WEIGHTS = (1.0, 4.0, 16.0)
#: the weight search fits on a sample of the corpus this large (the final fit uses all of it)
CV_CORPUS_ROWS = 4000
#: false-positive budget on the held-out part for the threshold
MAX_FPR = 0.005
MIN_PER_CLASS = 10
C = 50.0


class RetrainError(ValueError):
    """The input cannot be used for retraining; nothing was written."""


# ---------------------------------------------------------------- input
def looks_binary(path: Path, label_column: str) -> bool:
    """Whether every label of ``path`` is a binary value (1/0, true/false, scam/legit, spam/ham)."""
    try:
        return _binary_labels(load_records(path), label_column)
    except DataError:
        return False  # read_inputs reports the problem


def _binary_labels(records: list[dict[str, Any]], label_column: str) -> bool:
    values = {str(row.get(label_column)).strip().lower() for row in records}
    return bool(values) and values <= set(BINARY_VALUES)


def read_inputs(paths: list[Path], text_column: str, label_column: str, binary: bool | None
                ) -> tuple[list[str], list[str], bool]:
    """``(texts, labels, binary)``; every problem of every file raises one :class:`RetrainError`.

    Each file is read once: its records serve both the binary-label detection and the parsing."""
    problems: list[str] = []
    records: dict[Path, list[dict[str, Any]]] = {}
    for path in paths:
        try:
            records[path] = load_records(path)
        except DataError as err:
            problems.append(str(err))
    if binary is None:
        binary = bool(records) and all(_binary_labels(rows, label_column) for rows in records.values())
        if binary:
            log.info("every label is 1/0, true/false, scam/legit or spam/ham: reading them as binary labels")
    texts: list[str] = []
    labels: list[str] = []
    for path, rows in records.items():
        try:
            data = from_records(rows, text_column, label_column, binary, source=str(path))
        except DataError as err:
            problems.append(str(err))
            continue
        empty = [row for text, row in zip(data.texts, data.rows) if not text.strip()]
        if empty:
            problems.append(f"{path}: {len(empty)} rows have empty text (records {', '.join(map(str, empty[:10]))})")
        texts += data.texts
        labels += data.labels
    if problems:
        raise RetrainError("\n".join(problems))
    seen: dict[str, str] = {}
    conflicts = []
    for text, label in zip(texts, labels):
        key = " ".join(text.lower().split())
        if seen.setdefault(key, label) != label:
            conflicts.append(f"{text[:60]!r} is labelled both {seen[key]!r} and {label!r}")
    if conflicts:
        raise RetrainError(f"{len(conflicts)} texts have conflicting labels: " + "; ".join(conflicts[:5]))
    counts = Counter(labels)
    small = {label: n for label, n in counts.items() if n < MIN_PER_CLASS}
    if small:
        raise RetrainError(f"classes with fewer than {MIN_PER_CLASS} rows: {small}; label more rows of them, or "
                           "merge them into `other_scam` (or use --binary)")
    wanted = ("scam", "legit") if binary else ("legit",)
    missing = [label for label in wanted if not counts[label]]
    if missing or (not binary and not any(IS_SCAM[label] for label in counts)):
        raise RetrainError(f"need both scam and legit rows; found {dict(counts)}")
    return texts, labels, binary


def infer_schemes(model: Any, texts: list[str], labels: list[str]) -> list[str]:
    """Binary labels made taxonomy ids: a ``scam`` row gets the model's likeliest scheme, a ``legit`` row stays
    legit. The user's scam / not-scam decision always stands; only the scheme is inferred."""
    proba = model.predict_proba(texts)
    proba[:, LABELS.index("legit")] = -1
    schemes = [LABELS[k] for k in proba.argmax(axis=1)]
    return [scheme if label == "scam" else "legit" for scheme, label in zip(schemes, labels)]


def labelled_rows(paths: list[Path], text_column: str = "text", label_column: str = "label",
                  binary: bool | None = None, base: Path | None = None) -> list[dict[str, Any]]:
    """Rows ``{text, label, split, inferred}`` of labelled files, checked and read as retraining reads them
    (binary labels get schemes inferred by the base model); ``training.finetune --data`` uses this too."""
    texts, labels, binary = read_inputs(paths, text_column, label_column, binary)
    if binary:
        import scamdetect

        labels = infer_schemes(scamdetect.load_model(base), texts, labels)
    return [{"text": t, "label": lab, "split": None, "inferred": bool(binary and lab != "legit"),
             "_where": f"row {k + 1}"} for k, (t, lab) in enumerate(zip(texts, labels))]


def stratified_holdout(labels: list[str], share: float, seed: int) -> tuple[list[int], list[int]]:
    """``(train, held-out)`` positions, each label split in the same proportion."""
    rng = random.Random(seed)
    train, held = [], []
    by_label: dict[str, list[int]] = {}
    for k, label in enumerate(labels):
        by_label.setdefault(label, []).append(k)
    for label in sorted(by_label):
        rows = by_label[label]
        rng.shuffle(rows)
        cut = max(1, round(share * len(rows))) if share > 0 else 0
        held += rows[:cut]
        train += rows[cut:]
    return sorted(train), sorted(held)


# ---------------------------------------------------------------- fitting
def _progress(iterable, total: int, desc: str):
    try:
        from tqdm import tqdm
    except ImportError:
        return iterable
    return tqdm(iterable, total=total, desc=desc, disable=not sys.stderr.isatty(), leave=False)


def _scam_score(X, W: np.ndarray, b: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    from .train_default import softmax

    return 1.0 - softmax((X @ W + b) / temperature)[:, LABELS.index("legit")]


def _fit(X_corpus, y_corpus: np.ndarray, X_user, y_user: np.ndarray, weight: float, seed: int,
         corpus_weight: float | np.ndarray = 1.0, max_iter: int = 400):
    from scipy.sparse import vstack

    from .train_default import fit, full_weights

    if X_corpus is None:
        return full_weights(fit(X_user, y_user, C, seed, max_iter=max_iter))
    X = vstack([X_corpus, X_user]).tocsr()
    y = np.concatenate([y_corpus, y_user])
    extra = np.concatenate([np.broadcast_to(corpus_weight, len(y_corpus)), np.full(len(y_user), weight)])
    return full_weights(fit(X, y, C, seed, extra_weight=extra, max_iter=max_iter))


def fit_binary_temperature(logits: np.ndarray, is_scam: np.ndarray) -> float:
    """The temperature that minimises the held-out log loss of the scam score."""
    from .train_default import softmax

    legit = LABELS.index("legit")
    best_t, best = 1.0, float("inf")
    for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 61)):
        score = np.clip(1.0 - softmax(logits / t)[:, legit], 1e-9, 1 - 1e-9)
        nll = -float(np.mean(np.where(is_scam, np.log(score), np.log(1 - score))))
        if nll < best:
            best_t, best = float(t), nll
    return best_t


def choose_weight(X_corpus, y_corpus, corpus_weight: np.ndarray, X_user, y_user, scam_user: np.ndarray,
                  seed: int) -> tuple[float, dict]:
    """The weight with the best mean average precision over 2 stratified folds of the user's rows."""
    from scamdetect.evaluation.metrics import pr_auc

    rng = np.random.default_rng(seed)
    if X_corpus is not None and len(y_corpus) > CV_CORPUS_ROWS:
        # a sample of the corpus standing for all of it: each sampled row weighs as many as it stands for
        sample = np.sort(rng.choice(len(y_corpus), CV_CORPUS_ROWS, replace=False))
        corpus_weight = corpus_weight[sample] * (len(y_corpus) / CV_CORPUS_ROWS)
        X_corpus, y_corpus = X_corpus[sample], y_corpus[sample]
    fold = np.zeros(len(y_user), int)
    for value in (True, False):
        idx = np.flatnonzero(scam_user == value)
        rng.shuffle(idx)
        fold[idx[: len(idx) // 2]] = 1
    jobs = [(w, f) for w in WEIGHTS for f in (0, 1)]
    scores: dict[float, list[float]] = {w: [] for w in WEIGHTS}
    for w, f in _progress(jobs, len(jobs), "choosing the weight of your rows"):
        fit_on, test_on = fold != f, fold == f
        # the search only ranks weights: fewer iterations rank them the same and take a third of the time
        W, b = _fit(X_corpus, y_corpus, X_user[fit_on], y_user[fit_on], w, seed, corpus_weight, max_iter=150)
        scores[w].append(float(pr_auc(scam_user[test_on], _scam_score(X_user[test_on], W, b)) or 0.0))
    results = {w: float(np.mean(v)) for w, v in scores.items()}
    best = max(WEIGHTS, key=lambda w: (round(results[w], 4), -w))
    log.info("cross-validated average precision by weight: %s -> %s",
             ", ".join(f"{w:g}: {v:.4f}" for w, v in results.items()), best)
    return best, {f"{w:g}": round(v, 4) for w, v in results.items()}


# ---------------------------------------------------------------- report
def _pr_plot(path: Path, is_scam: np.ndarray, curves: dict[str, np.ndarray]) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log.warning("matplotlib is not installed: no pr_curve.png (pip install 'scamdetect[report]')")
        return False
    from scamdetect.evaluation.metrics import pr_curve

    fig, ax = plt.subplots(figsize=(5.5, 4.5), dpi=120)
    for name, score in curves.items():
        precision, recall, _ = pr_curve(is_scam, score)
        ax.plot(recall, precision, label=name)
    ax.set_xlabel("recall (scams caught)")
    ax.set_ylabel("precision (flags that are scams)")
    ax.set_title("Held-out part of your data")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def _report(out: Path, manifest: dict[str, Any], plotted: bool) -> None:
    t = manifest["retraining"]
    rows = ["| model | threshold | precision | recall | F1 | false-positive rate | PR-AUC |", "|---|---|---|---|---|---|---|"]
    for name in ("base", "retrained"):
        m = t["heldout"][name]
        rows.append(f"| {name} | {m['threshold']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
                    f"{m['fpr']:.2%} | {m.get('pr_auc') or 0:.3f} |")
    lines = [
        "# Retraining report", "",
        f"Your data: {t['user_rows']} rows from {', '.join(f['path'] for f in t['inputs'])} "
        f"({'binary labels; schemes of scam rows inferred by the base model' if t['binary'] else 'scheme labels'}); "
        f"{t['user_train_rows']} used for training, {t['heldout_rows']} held out (stratified, seed {t['seed']}). "
        f"Our corpus: {t['corpus_rows']} rows.", "",
        f"Weight of one of your rows against one corpus row: **{t['weight']:g}**, chosen by 2-fold cross-validation "
        f"on your training rows (average precision by weight, on a sample of the corpus: {t['weight_search']}).", "",
        f"Temperature {t['temperature']:.3f} and threshold {manifest['threshold']:.4f} were chosen on the held-out "
        f"part (best F1 with a false-positive rate of at most {MAX_FPR:.1%}); the retrained figures below are "
        "therefore a little optimistic. Check them on traffic neither model has seen "
        "(`scamdetect evaluate FILE --model DIR`).", "",
        "## Held-out part: base model against the retrained one", "", *rows, "",
    ]
    if "schemes" in t["heldout"]["retrained"]:
        lines += [f"Scheme macro-F1 on held-out scam rows: base {t['heldout']['base']['schemes_macro_f1']:.3f}, "
                  f"retrained {t['heldout']['retrained']['schemes_macro_f1']:.3f}.", ""]
    if plotted:
        lines += ["![precision-recall](pr_curve.png)", ""]
    lines += [f"Retraining took {t['seconds']:.0f} s.", ""]
    (out / "report.md").write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- main
def retrain(paths: list[Path], output: Path, text_column: str = "text", label_column: str = "label",
            binary: bool | None = None, holdout: float = 0.2, base: Path | None = None, seed: int = 13,
            corpus: Path | None = None) -> dict[str, Any]:
    """Retrain and write the model directory; returns its manifest. See the module docstring."""
    import scamdetect
    from scamdetect.backends.linear.backend import MAX_CHARS
    from scamdetect.backends.linear.chunk_file import CHUNK_FILE
    from scamdetect.backends.linear.features import FEATURIZER_VERSION
    from scamdetect.evaluation.metrics import binary_metrics, choose_threshold, scheme_metrics
    from scamdetect.model_dir import write_manifest

    from .data import CORPUS_PATH, load_corpus
    from .prepared_chunks import write_prepared_chunks
    from .train_default import build_vocab, export_onnx, featurize, fit_temperature, genre_weights, softmax, vectorize

    started = time.perf_counter()
    if not 0.05 <= holdout <= 0.5:
        raise RetrainError(f"--holdout must lie in [0.05, 0.5], got {holdout}")
    texts, labels, binary = read_inputs(paths, text_column, label_column, binary)
    base_model = scamdetect.load_model(base)
    is_scam = np.array([label == "scam" if binary else IS_SCAM[label] for label in labels])
    inferred = int(is_scam.sum()) if binary else 0
    if binary:
        labels = infer_schemes(base_model, texts, labels)
    train_idx, held_idx = stratified_holdout([str(s) for s in is_scam] if binary else labels, holdout, seed)
    log.info("%d of your rows: %d for training, %d held out", len(texts), len(train_idx), len(held_idx))

    corpus_path = corpus or CORPUS_PATH
    corpus_rows = load_corpus(corpus_path) if Path(corpus_path).is_file() else []
    if not corpus_rows:
        log.warning("no corpus at %s: training on your rows alone", corpus_path)
    log.info("featurising %d corpus rows and %d of yours", len(corpus_rows), len(texts))
    corpus_docs = featurize([r["text"] for r in corpus_rows])
    user_docs = featurize(texts)
    features, idf = build_vocab(corpus_docs + [user_docs[k] for k in train_idx])
    X_corpus = vectorize(corpus_docs, features, idf) if corpus_rows else None
    y_corpus = np.array([LABELS.index(r["label"]) for r in corpus_rows], int)
    X_user = vectorize(user_docs, features, idf)
    y_user = np.array([LABELS.index(label) for label in labels], int)
    tr, ho = np.array(train_idx), np.array(held_idx)

    corpus_weight = genre_weights(corpus_rows)  # the corpus's own genre weights, as in the shipped model
    weight, search = choose_weight(X_corpus, y_corpus, corpus_weight, X_user[tr], y_user[tr], is_scam[tr], seed)
    log.info("fitting on the corpus and all %d training rows of yours (weight %g)", len(tr), weight)
    W, b = _fit(X_corpus, y_corpus, X_user[tr], y_user[tr], weight, seed, corpus_weight)
    logits = X_user[ho] @ W + b
    temperature = fit_binary_temperature(logits, is_scam[ho]) if binary else fit_temperature(logits, y_user[ho])
    held_scores = 1.0 - softmax(logits / temperature)[:, LABELS.index("legit")]
    threshold = choose_threshold(is_scam[ho], held_scores, max_fpr=MAX_FPR)

    held_texts = [texts[k] for k in held_idx]
    base_scores = 1.0 - base_model.predict_proba(held_texts)[:, LABELS.index("legit")]
    heldout: dict[str, Any] = {
        "base": {"threshold": base_model.threshold,
                 **binary_metrics(is_scam[ho], base_scores >= base_model.threshold, base_scores)},
        "retrained": {"threshold": threshold, **binary_metrics(is_scam[ho], held_scores >= threshold, held_scores)},
    }
    if not binary:
        gold = [labels[k] for k in held_idx]
        new_probs = softmax(logits / temperature)
        new_probs[:, LABELS.index("legit")] = -1
        new_pred = [LABELS[k] if s >= threshold else "legit" for k, s in zip(new_probs.argmax(axis=1), held_scores)]
        base_pred = [p.label for p in base_model.classify(held_texts, explain=False)]
        heldout["base"]["schemes_macro_f1"] = scheme_metrics(gold, base_pred)["macro_f1"]
        heldout["retrained"]["schemes_macro_f1"] = scheme_metrics(gold, new_pred)["macro_f1"]
        heldout["retrained"]["schemes"] = True

    W, b = W / temperature, b / temperature
    keep = np.abs(W).max(axis=1) >= 1e-4
    features = [f for f, k in zip(features, keep) if k]
    idf, W = idf[keep], W[keep]
    output.mkdir(parents=True, exist_ok=True)
    export_onnx(output / "model.onnx", W, b)
    (output / "vocab.json").write_text(json.dumps({"features": features, "idf": [round(float(v), 5) for v in idf]},
                                                  ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    plotted = _pr_plot(output / "pr_curve.png", is_scam[ho], {"base model": base_scores, "retrained": held_scores})
    manifest = {
        "kind": "linear", "name": "scamdetect-retrained-linear", "labels": list(LABELS),
        "featurizer_version": FEATURIZER_VERSION, "max_chars": MAX_CHARS, "threshold": round(threshold, 4),
        "threshold_rule": f"highest scam F1 on the held-out part of the user's data with FPR <= {MAX_FPR:.1%}",
        "retraining": {
            "inputs": [{"path": str(p), "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in paths],
            "binary": binary, "inferred_schemes": inferred, "user_rows": len(texts),
            "user_train_rows": len(train_idx), "heldout_rows": len(held_idx), "corpus_rows": len(corpus_rows),
            "corpus_sha256": hashlib.sha256(Path(corpus_path).read_bytes()).hexdigest() if corpus_rows else None,
            "base": str(base_model.path), "weight": weight, "weight_search": search, "seed": seed, "C": C,
            "temperature": round(temperature, 4), "heldout": heldout,
            "seconds": round(time.perf_counter() - started, 1),
        },
    }
    write_prepared_chunks(output, features, MAX_CHARS, corpus_rows + [{"text": texts[k], "writer": "user"}
                                                                      for k in train_idx])
    manifest = write_manifest(output, manifest, ["model.onnx", "vocab.json", CHUNK_FILE])
    _report(output, manifest, plotted)
    log.info("wrote %s: held-out F1 %.3f -> %.3f, FPR %.2f%% -> %.2f%%", output, heldout["base"]["f1"],
             heldout["retrained"]["f1"], 100 * heldout["base"]["fpr"], 100 * heldout["retrained"]["fpr"])
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.retrain", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--output", "-o", type=Path, required=True, help="model directory to write")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="label")
    parser.add_argument("--binary", action="store_true", default=None,
                        help="labels are 1/0, true/false, scam/legit or spam/ham (detected when obvious)")
    parser.add_argument("--holdout", type=float, default=0.2, help="share of your rows held out (default 0.2)")
    parser.add_argument("--base", type=Path, default=None, help="base model directory (default: the bundled one)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--corpus", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="[%(asctime)s] %(message)s", datefmt="%H:%M:%S")
    try:
        retrain(args.files, args.output, args.text_column, args.label_column, args.binary, args.holdout, args.base,
                args.seed, args.corpus)
    except (RetrainError, DataError) as err:
        print(f"retrain: error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How the default model meets writers it has never seen: train without them, then score them.

    python -m training.unseen_writers --writers w19,w20,...,w39 [--c 100] [--seed 13] [--errors errors.jsonl]

The by-writer test split answers this for four fixed writers. When new writers join the corpus, their messages
are a second, fresh answer, as long as it is read *before* they train: this trains the default recipe
(``training.train_default``: the same features, augmentation, genre weights, dev threshold rule and
decisive-evidence rule) on the train split without the given writers, and reports, per writer and per genre,
the share of their messages flagged as scams: the false-positive rate for legit genres, the recall for scam
genres. It prints a Markdown table; ``--errors`` also writes each false alarm and missed scam (JSON lines,
surest mistakes first) for a person to read before the writers join the training data.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from scamdetect.taxonomy import LABELS

from .data import CORPUS_PATH, load_corpus
from .train_default import (
    DEFAULT_OUTPUT,
    GENRE_GROUPS,
    _progress,
    augmented,
    build_vocab,
    calibrate,
    evaluate_probs,
    featurize,
    fit,
    full_weights,
    genre_weights,
    scam_scores,
    softmax,
    vectorize,
)


def train_without(rows: list[dict[str, Any]], left_out: set[str], C: float, seed: int):
    """The default recipe on the train split minus ``left_out`` writers: ``(score, threshold)``, where
    ``score(rows)`` gives their class probabilities."""
    train = [r for r in rows if r["split"] == "train" and r["writer"] not in left_out]
    dev = [r for r in rows if r["split"] == "dev" and r["writer"] not in left_out]
    _progress(f"training on {len(train)} rows without {len(left_out)} writers; threshold on {len(dev)} dev rows")
    train_rows = augmented(train, seed)
    docs = featurize([r["text"] for r in train_rows])
    features, idf = build_vocab(docs)
    y = np.array([LABELS.index(r["label"]) for r in train_rows])
    W, b = full_weights(fit(vectorize(docs, features, idf), y, C, seed, extra_weight=genre_weights(train_rows)))
    X_dev = vectorize(featurize([r["text"] for r in dev]), features, idf)
    y_dev = np.array([LABELS.index(r["label"]) for r in dev])
    temperature, threshold, _ = calibrate(X_dev @ W + b, y_dev, dev)

    def score(texts: list[str]) -> np.ndarray:
        return softmax((vectorize(featurize(texts), features, idf) @ W + b) / temperature)

    return score, threshold


def shipped_c() -> float:
    """The regularisation the shipped default model was trained with (its manifest), so both answer alike."""
    return float(json.loads((DEFAULT_OUTPUT / "manifest.json").read_text(encoding="utf-8"))["training"]["C"])


def mistakes(rows: list[dict[str, Any]], probs: np.ndarray, threshold: float) -> list[dict[str, Any]]:
    """False alarms and missed scams, with the scam score the decision read, surest mistakes first."""
    legit = LABELS.index("legit")
    out = []
    for row, p, score in zip(rows, probs, scam_scores(probs, threshold, rows).tolist()):
        if (score >= threshold) != (row["label"] != "legit"):
            others = p.copy()
            others[legit] = -1.0
            out.append({"writer": row["writer"], "genre": row.get("genre"), "label": row["label"],
                        "predicted": LABELS[int(others.argmax())] if score >= threshold else "legit",
                        "scam_score": round(score, 4), "text": row["text"]})
    return sorted(out, key=lambda e: -abs(e["scam_score"] - threshold))


def table(results: dict[str, dict[str, Any]]) -> str:
    """Markdown: one row per writer (and "all"), one column per genre group, "flagged (of n)"."""
    groups = [g for g in GENRE_GROUPS if any(g in r["genres"] for r in results.values())]
    lines = ["| writer | " + " | ".join(groups) + " | scam F1 |", "|---" * (len(groups) + 2) + "|"]
    for writer, result in results.items():
        cells = []
        for group in groups:
            cell = result["genres"].get(group)
            cells.append("—" if cell is None else f"{100 * cell.get('fpr', cell.get('recall', 0.0)):.1f}% "
                                                  f"({cell['n']})")
        lines.append(f"| {writer} | " + " | ".join(cells) + f" | {result['binary']['f1']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.unseen_writers", description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", required=True, help="comma-separated writer ids to leave out and score")
    parser.add_argument("--data", default=str(CORPUS_PATH))
    parser.add_argument("--c", type=float, default=None, help="regularisation (default: the shipped model's C)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--errors", type=Path, help="write their false alarms and missed scams here (JSON lines)")
    args = parser.parse_args(argv)

    rows = load_corpus(args.data)
    writers = [w.strip() for w in args.writers.split(",") if w.strip()]
    known = {r["writer"] for r in rows}
    unknown = [w for w in writers if w not in known]
    if unknown:
        parser.error(f"no rows by {', '.join(unknown)} in {args.data}")
    held = [r for r in rows if r["split"] != "train" and r["writer"] in writers]
    if held:
        parser.error(f"{held[0]['writer']} is a dev/test writer; name train writers only")
    with contextlib.redirect_stdout(sys.stderr):  # progress to stderr: stdout is the table, for "> table.md"
        score, threshold = train_without(rows, set(writers), args.c or shipped_c(), args.seed)
    theirs = [r for r in rows if r["writer"] in writers]
    probs = score([r["text"] for r in theirs])  # once; each writer's figures are a slice of these
    y = np.array([LABELS.index(r["label"]) for r in theirs])
    by_writer = np.array([r["writer"] for r in theirs])
    results = {}
    for name, mask in [(w, by_writer == w) for w in writers] + [("all", np.ones(len(theirs), bool))]:
        results[name] = evaluate_probs(probs[mask], y[mask], threshold, [r for r, m in zip(theirs, mask) if m])
    if args.errors:
        found = mistakes(theirs, probs, threshold)
        args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in found), encoding="utf-8")
        print(f"{len(found)} mistakes written to {args.errors}", file=sys.stderr)
    print(f"threshold {threshold:.4f}; share of each genre flagged as a scam (rows)\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Compare model designs on the by-writer held-out splits, per genre.

    python -m training.compare_models [--c 50] [--write benchmarks/RESULTS.md]

Every design is fitted on the train split (whole writers) with the shipped model's row weights (balanced
classes, legit and genre weights), its threshold chosen on dev by the shipped model's rule
(``train_default.operating_threshold``: best scam F1 counted at a real inbox's mix, within the dev false-positive
caps), and measured on test (other whole writers):

- ``default``: the shipped design: words, diacritic-free words, word pairs, character n-grams, entity and link
  features (look-alike, official, shortener...), one multinomial logistic regression over the 18 labels;
- ``two heads``: the same features, with the scam score from a second, binary (scam or not) logistic
  regression, and the scheme from the multinomial one;
- ``char tf-idf``: the scikit-learn baseline of the speed benchmark, character 2-5-grams within word bounds,
  one multinomial logistic regression, no normalisation, no entities.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from typing import Any

import numpy as np

from scamdetect.taxonomy import LABELS

from .data import ROOT, load_corpus
from .train_default import (
    INBOX_SCAM_SHARE,
    LEGIT_WEIGHT,
    MAX_DEV_FPR,
    MAX_DEV_PERSONAL_FPR,
    augmented,
    build_vocab,
    evaluate_probs,
    featurize,
    fit,
    full_weights,
    genre_weights,
    operating_threshold,
    softmax,
    vectorize,
)

LEGIT = LABELS.index("legit")


def _measure(name: str, dev_probs: np.ndarray, test_probs: np.ndarray, parts: dict[str, list[dict]],
             seconds: float) -> dict[str, Any]:
    y_dev = np.array([LABELS.index(r["label"]) for r in parts["dev"]])
    y_test = np.array([LABELS.index(r["label"]) for r in parts["test"]])
    threshold = operating_threshold(y_dev != LEGIT, 1.0 - dev_probs[:, LEGIT], parts["dev"])
    return {"name": name, "threshold": threshold, "seconds": seconds,
            "dev": evaluate_probs(dev_probs, y_dev, threshold, parts["dev"]),
            "test": evaluate_probs(test_probs, y_test, threshold, parts["test"])}


def _with_binary_head(probs: np.ndarray, scam: np.ndarray) -> np.ndarray:
    """Scheme probabilities rescaled so that P(legit) is the binary head's."""
    out = probs.copy()
    schemes = np.delete(probs, LEGIT, axis=1)
    schemes /= schemes.sum(axis=1, keepdims=True)
    out[:, LEGIT] = 1.0 - scam
    out[:, [k for k in range(len(LABELS)) if k != LEGIT]] = schemes * scam[:, None]
    return out


def compare(C: float = 50.0, seed: int = 13, rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Each design's held-out figures on ``rows`` (the built corpus when None)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = load_corpus() if rows is None else rows
    parts = {s: [r for r in rows if r["split"] == s] for s in ("train", "dev", "test")}
    train = augmented(parts["train"], seed)
    y = np.array([LABELS.index(r["label"]) for r in train])
    results = []

    start = time.perf_counter()
    docs = featurize([r["text"] for r in train])
    features, idf = build_vocab(docs)
    X = vectorize(docs, features, idf)
    X_dev = vectorize(featurize([r["text"] for r in parts["dev"]]), features, idf)
    X_test = vectorize(featurize([r["text"] for r in parts["test"]]), features, idf)
    extra = genre_weights(train)
    W, b = full_weights(fit(X, y, C, seed, extra_weight=extra))
    dev_probs, test_probs = softmax(X_dev @ W + b), softmax(X_test @ W + b)
    results.append(_measure("default", dev_probs, test_probs, parts, time.perf_counter() - start))

    start = time.perf_counter()
    scam = (y != LEGIT).astype(int)
    head = LogisticRegression(C=C, max_iter=3000, random_state=seed)
    head.fit(X, scam, sample_weight=extra * np.where(scam, 1.0, LEGIT_WEIGHT * scam.mean() / (1 - scam.mean())))
    results.append(_measure("two heads", _with_binary_head(dev_probs, head.predict_proba(X_dev)[:, 1]),
                            _with_binary_head(test_probs, head.predict_proba(X_test)[:, 1]), parts,
                            results[0]["seconds"] + time.perf_counter() - start))

    start = time.perf_counter()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    Xc = vectorizer.fit_transform([r["text"] for r in train])
    char = fit(Xc, y, C, seed, extra_weight=extra)  # the shipped model's row weights and solver settings

    def char_probs(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(LABELS)))
        out[:, char.classes_] = char.predict_proba(vectorizer.transform(texts))
        return out

    results.append(_measure("char tf-idf", char_probs([r["text"] for r in parts["dev"]]),
                            char_probs([r["text"] for r in parts["test"]]), parts, time.perf_counter() - start))
    return results


def table(results: list[dict[str, Any]]) -> str:
    genres = list(results[0]["test"]["genres"])
    head = ["design", "scam P", "scam R", "scam F1", "FPR", "macro-F1", *genres]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        t = r["test"]
        cells = [r["name"], f"{t['binary']['precision']:.3f}", f"{t['binary']['recall']:.3f}",
                 f"{t['binary']['f1']:.3f}", f"{t['binary']['fpr']:.2%}", f"{t['schemes']['macro_f1']:.3f}"]
        for g in genres:
            v = t["genres"].get(g, {})
            cells.append(f"{v.get('fpr', v.get('recall', 0)):.2%}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.compare_models", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c", type=float, default=50.0)
    parser.add_argument("--write", type=Path, help="replace the model-comparison section of this Markdown file")
    args = parser.parse_args(argv)
    rows = load_corpus()
    results = compare(args.c, rows=rows)
    # which corpus the figures belong to: the section outlives the corpus it was measured on
    size = {s: sum(r["split"] == s for r in rows) for s in ("train", "dev", "test")}
    body = (f"Corpus: {len(rows):,} messages from {len({r['writer'] for r in rows})} writers (train {size['train']:,}, "
            f"dev {size['dev']:,}, test {size['test']:,}), C={args.c:g}. "
            f"Test split = whole writers never seen in training ({', '.join(sorted({r['writer'] for r in rows if r['split'] == 'test'}))}); "
            "same row weights for every design; threshold of each chosen on the dev writers by the shipped rule "
            f"(best scam F1 counted at a real inbox's mix of {INBOX_SCAM_SHARE:.1%} scams, at dev FPR <= "
            f"{MAX_DEV_FPR:.1%} and <= {MAX_DEV_PERSONAL_FPR:.1%} on personal messages). Genre columns: share "
            "flagged as scam (false-positive rate for legit genres, recall for scam genres).\n\n" + table(results))
    print(body)
    if args.write:
        path = args.write if args.write.is_absolute() else ROOT / args.write
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        section = ("<!-- comparison:start -->\n## Model designs compared (`python -m training.compare_models`)\n\n"
                   f"{body}\n<!-- comparison:end -->")
        if "<!-- comparison:start -->" in text:
            text = re.sub(r"<!-- comparison:start -->.*?<!-- comparison:end -->", lambda m: section, text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n" + section + "\n"
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write the shipped model's held-out metrics into README.md (between the METRICS markers).

    python -m training.readme_metrics
"""

from __future__ import annotations

import json
import re

from scamdetect.classifier import DEFAULT_MODEL_DIR
from scamdetect.taxonomy import LABELS, NAME_EN

from .data import ROOT


def table(manifest: dict) -> str:
    m = manifest["metrics"]
    lines = ["| split | scam precision | scam recall | scam F1 | false-positive rate | ROC-AUC | scheme macro-F1 |",
             "|---|---|---|---|---|---|---|"]
    for split in ("dev", "test"):
        b, s = m[split]["binary"], m[split]["schemes"]
        lines.append(f"| {split} | {b['precision']:.3f} | {b['recall']:.3f} | {b['f1']:.3f} | {b['fpr']:.2%} | "
                     f"{b['roc_auc']:.3f} | {s['macro_f1']:.3f} |")
    lines += ["", "By genre (held-out writers): the share of each genre flagged as a scam, which is the false-positive "
              "rate for legit genres and the recall for scam genres:", "",
              "| genre | dev rows | dev flagged | test rows | test flagged |", "|---|---|---|---|---|"]
    from .train_default import GENRE_GROUPS

    for genre in [g for g in GENRE_GROUPS if g in m["test"].get("genres", {})]:  # legit genres first
        cells = []
        for split in ("dev", "test"):
            g = m[split].get("genres", {}).get(genre)
            cells += [str(g["n"]), f"{g.get('fpr', g.get('recall')):.2%}"] if g else ["0", "-"]
        lines.append(f"| {genre} | " + " | ".join(cells) + " |")
    lines += ["", f"Threshold {manifest['threshold']} ({manifest['threshold_rule']}). Per label on the test split:",
              "", "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label in LABELS:
        r = m["test"]["schemes"]["per_label"][label]
        lines.append(f"| `{label}` ({NAME_EN[label]}) | {r['precision']:.2f} | {r['recall']:.2f} | {r['f1']:.2f} | "
                     f"{r['support']} |")
    extra = manifest.get("challenge")
    if extra:
        lines += ["", "On the independent challenge set (`data/challenge/`: 600 inbox SMS, 9 in 10 legit, and 324 chats "
                  "incl. 120 hard legit; written separately and never trained on), by the train-split model "
                  "(first rows) and by the shipped model:", "",
                  "| set | model | scam precision | scam recall | scam F1 | false-positive rate | scheme macro-F1 |",
                  "|---|---|---|---|---|---|---|"]
        shipped = shipped_challenge()
        for name, r in extra.items():
            for who, row in (("train split", r), ("shipped", shipped.get(name))):
                if row:
                    lines.append(f"| {name} | {who} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
                                 f"{row['fpr']:.2%} | {row['macro_f1']:.3f} |")
    return "\n".join(lines)


def shipped_challenge() -> dict[str, dict[str, float]]:
    """The bundled model on each challenge file, at its own threshold."""
    import numpy as np

    import scamdetect
    from scamdetect.evaluation.metrics import binary_metrics, scheme_metrics

    model = scamdetect.load_model()
    out = {}
    for path in sorted((ROOT / "data" / "challenge").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        preds = model.classify([r["text"] for r in rows], explain=False)
        truth = np.array([r["label"] != "legit" for r in rows])
        b = binary_metrics(truth, np.array([p.is_scam for p in preds]), np.array([p.scam_score for p in preds]))
        s = scheme_metrics([r["label"] for r in rows], [p.label for p in preds])
        out[path.stem] = {**b, "macro_f1": s["macro_f1"]}
    return out


def main() -> int:
    manifest = json.loads((DEFAULT_MODEL_DIR / "manifest.json").read_text(encoding="utf-8"))
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = re.sub(r"(<!-- METRICS:START -->\n).*?(\n<!-- METRICS:END -->)",
                 lambda mt: mt.group(1) + table(manifest) + mt.group(2), text, flags=re.S)
    readme.write_text(new, encoding="utf-8")
    print("README metrics updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

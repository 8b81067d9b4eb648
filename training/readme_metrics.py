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
    lines += ["", f"Threshold {manifest['threshold']} ({manifest['threshold_rule']}). Per label on the test split:",
              "", "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label in LABELS:
        r = m["test"]["schemes"]["per_label"][label]
        lines.append(f"| `{label}` ({NAME_EN[label]}) | {r['precision']:.2f} | {r['recall']:.2f} | {r['f1']:.2f} | "
                     f"{r['support']} |")
    extra = manifest.get("challenge")
    if extra:
        lines += ["", "On the independent challenge set (`data/challenge/`, written separately, never trained on):", "",
                  "| set | scam precision | scam recall | scam F1 | false-positive rate | scheme macro-F1 |",
                  "|---|---|---|---|---|---|"]
        for name, r in extra.items():
            lines.append(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['fpr']:.2%} | "
                         f"{r['macro_f1']:.3f} |")
    return "\n".join(lines)


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

"""Check one corpus writer's folder before it is handed in (stdlib only, run with any python3).

    python3 training/writer_check.py data/handwritten/v2/<writer>

Checks every row's keys and values, counts rows per label and genre, and lists the writer's own
near-duplicate pairs (character 5-gram Jaccard >= 0.6 after lower-casing and folding diacritics).
Exit 1 when a row is invalid.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

KEYS = {"text", "label", "channel", "style", "genre", "family", "sender", "writer"}
CHANNELS = {"sms", "chat", "social", "call"}
STYLES = {"plain", "no_diacritics", "obfuscated", "mixed"}
GENRES = {"personal", "notice", "scam", "other_legit"}
NEAR = 0.6


def _labels() -> set[str]:
    for root in (Path(__file__).resolve().parents[1], Path(__file__).resolve().parents[2]):
        spec = root / "shared" / "taxonomy.yaml"
        if spec.exists():
            return set(re.findall(r"^\s*- id: (\w+)", spec.read_text(encoding="utf-8"), re.M))
    raise SystemExit("taxonomy.yaml not found")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"\d", "0", text)).strip()


def _shingles(text: str) -> set[str]:
    t = _fold(text)
    return {t[i : i + 5] for i in range(max(1, len(t) - 4))}


def main(folder: str) -> int:
    labels = _labels()
    rows, bad = [], 0
    for path in sorted(Path(folder).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                print(f"{where}: not JSON ({err})")
                bad += 1
                continue
            problems = []
            if set(row) != KEYS:
                problems.append(f"keys {sorted(set(row) ^ KEYS)} wrong")
            if row.get("label") not in labels:
                problems.append(f"label {row.get('label')!r}")
            if row.get("channel") not in CHANNELS:
                problems.append(f"channel {row.get('channel')!r}")
            if row.get("style") not in STYLES:
                problems.append(f"style {row.get('style')!r}")
            genre = row.get("genre")
            if genre not in GENRES:
                problems.append(f"genre {genre!r}")
            elif (genre == "scam") != (row.get("label") != "legit"):
                problems.append("genre scam <=> label not legit")
            if genre == "notice" and not str(row.get("sender", "")).strip():
                problems.append("notice without sender")
            if not str(row.get("text", "")).strip():
                problems.append("empty text")
            if problems:
                print(f"{where}: " + "; ".join(problems))
                bad += 1
                continue
            rows.append((where, row))
    print(f"{len(rows)} valid rows, {bad} invalid")
    print("by label:", dict(Counter(r["label"] for _, r in rows).most_common()))
    print("by genre:", dict(Counter(r["genre"] for _, r in rows).most_common()))
    print("by style:", dict(Counter(r["style"] for _, r in rows).most_common()))
    print("by channel:", dict(Counter(r["channel"] for _, r in rows).most_common()))
    print("distinct senders:", len({r["sender"] for _, r in rows if r["genre"] == "notice"}))
    texts = Counter(_fold(r["text"]) for _, r in rows)
    print("exact duplicates (folded):", sum(c - 1 for c in texts.values() if c > 1))
    # near-duplicates: candidate pairs share a rare shingle, confirmed by full Jaccard
    sh = [_shingles(r["text"]) for _, r in rows]
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            index[g].append(i)
    pairs = []
    for i, s in enumerate(sh):
        seen: Counter[int] = Counter()
        for g in s:
            post = index[g]
            if len(post) > 200:
                continue
            for j in post:
                if j > i:
                    seen[j] += 1
        for j, shared in seen.items():
            if shared / (len(s) + len(sh[j]) - shared) >= NEAR:
                jac = len(s & sh[j]) / len(s | sh[j])
                if jac >= NEAR:
                    pairs.append((jac, rows[i][0], rows[j][0]))
    print(f"near-duplicate pairs (5-gram Jaccard >= {NEAR}): {len(pairs)}")
    for jac, a, b in sorted(pairs, reverse=True)[:40]:
        print(f"  {jac:.2f} {a} ~ {b}")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(sys.argv[1]))

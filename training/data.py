"""Build, validate and load the labelled corpus in ``data/``.

    python -m training.data build      # data/handwritten + training/generators -> data/corpus.jsonl
    python -m training.data validate   # checks the corpus against the data card's promises

The corpus is one JSONL file, one message a line, with ``id``, ``text``,
``label``, ``channel``, ``style``, ``source``, ``group`` and ``split``
(plus ``hard`` for legit messages and ``family``). Dev and test hold out whole
groups: a generator's template family, or a hand-written sub-story, so the
held-out numbers measure wording the model has not seen.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pkgutil
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scamdetect import augment
from scamdetect.normalize import normalize, strip_diacritics
from scamdetect.taxonomy import LABELS, SCAM_LABELS

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
HANDWRITTEN_DIR = DATA_DIR / "handwritten"
CORPUS_PATH = DATA_DIR / "corpus.jsonl"

CHANNELS = ("sms", "chat", "social", "call")
STYLES = ("plain", "no_diacritics", "obfuscated", "mixed")
SPLITS = ("train", "dev", "test")
FIELDS = ("id", "text", "label", "channel", "style", "source", "group", "split")

SEED = 20261128
#: messages drawn from each generator module
GENERATED_PER_MODULE = {"legit_notifications": 2300, "legit_chat": 1500}
GENERATED_PER_SCAM_LABEL = 330
#: share of held-out messages per label
DEV_SHARE, TEST_SHARE = 0.15, 0.15
#: near-duplicate threshold on character 5-gram Jaccard similarity
NEAR_DUPLICATE = 0.8

MIN_PER_SCHEME = 300
MIN_LEGIT = 4000
MIN_HARD_SHARE = 0.40
MIN_HANDWRITTEN_PER_SCHEME = 80


class CorpusError(ValueError):
    """The corpus breaks one of its rules."""


# ---------------------------------------------------------------- helpers
def dedup_key(text: str) -> str:
    """What counts as the same message: normalised, lower-case, no diacritics, letters and digits only."""
    flat = strip_diacritics(normalize(text).text).lower()
    return re.sub(r"[^0-9a-z]+", " ", flat).strip()


def _stable_hash(*parts: str) -> int:
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def _message_id(label: str, source: str, text: str) -> str:
    return f"{label[:12]}-{hashlib.sha1((source + text).encode('utf-8')).hexdigest()[:12]}"


def _detect_style(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "plain"
    marked = sum(1 for c in letters if unicodedata.normalize("NFD", c) != c or c in "đĐ")
    if marked == 0:
        return "no_diacritics"
    return "plain"


# ---------------------------------------------------------------- build
def _read_handwritten() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(HANDWRITTEN_DIR.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as err:
                raise CorpusError(f"{path}:{lineno}: not JSON ({err})") from None
            label = raw.get("label")
            text = (raw.get("text") or "").strip()
            if label not in LABELS or not text:
                raise CorpusError(f"{path}:{lineno}: bad label {label!r} or empty text")
            style = raw.get("style") if raw.get("style") in STYLES else _detect_style(text)
            family = re.sub(r"[^a-z0-9_]+", "_", str(raw.get("family") or "misc").lower()).strip("_") or "misc"
            rows.append({
                "text": text, "label": label,
                "channel": raw.get("channel") if raw.get("channel") in CHANNELS else "chat",
                "style": style, "source": "handwritten",
                "family": f"{label}/hw/{family}", "hard": bool(raw.get("hard", False)) if label == "legit" else None,
            })
    return rows


def _generator_modules() -> list[str]:
    package = importlib.import_module("training.generators")
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))


def _restyle(text: str, rng: random.Random) -> tuple[str, str]:
    """Give a generated message the style mix of real traffic: a quarter without diacritics."""
    roll = rng.random()
    if roll < 0.25:
        return strip_diacritics(text), "no_diacritics"
    if roll < 0.33:
        out = augment.obfuscate(text, rng)
        if rng.random() < 0.4:
            out = augment.add_salt_tail(out, rng)
        if rng.random() < 0.5:
            out = strip_diacritics(out)
        return out, "obfuscated"
    if roll < 0.38:
        return augment.mix_diacritics(text, rng), "mixed"
    return text, "plain"


def _generated() -> list[dict[str, Any]]:
    rows = []
    for name in _generator_modules():
        module = importlib.import_module(f"training.generators.{name}")
        label = module.LABEL
        n = GENERATED_PER_MODULE.get(name, GENERATED_PER_SCAM_LABEL)
        rng = random.Random(_stable_hash(str(SEED), name))
        for item in module.generate(rng, n):
            text, style = _restyle(item["text"].strip(), rng)
            group = item["group"] if "/" in item["group"] else f"{label}/{item['group']}"
            rows.append({
                "text": text, "label": label, "channel": item.get("channel", "sms"), "style": style,
                "source": f"generator:{name}", "family": group,
                "hard": bool(item.get("hard", False)) if label == "legit" else None,
            })
    return rows


def _handwritten_variants(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Diacritic-free and disguised copies of some hand-written messages (same group, so never across splits)."""
    out = []
    rng = random.Random(SEED)
    for row in rows:
        if row["style"] != "plain":
            continue
        roll = rng.random()
        if roll < 0.22:
            out.append({**row, "text": strip_diacritics(row["text"]), "style": "no_diacritics",
                        "source": "handwritten+no_diacritics"})
        elif roll < 0.30:
            out.append({**row, "text": augment.add_salt_tail(augment.obfuscate(row["text"], rng), rng),
                        "style": "obfuscated", "source": "handwritten+obfuscated"})
    return out


def _assign_splits(rows: list[dict[str, Any]]) -> None:
    """Hold out whole groups per label, filling dev and test to about their share of messages."""
    by_label: dict[str, dict[str, int]] = defaultdict(Counter)
    for row in rows:
        by_label[row["label"]][row["group"]] += 1
    split_of: dict[str, str] = {}
    for groups in by_label.values():
        total = sum(groups.values())
        order = sorted(groups, key=lambda g: _stable_hash(str(SEED), g))
        filled = {"dev": 0, "test": 0}
        for group in order:
            size = groups[group]
            if size > 0.5 * total:  # never hold out a group that is most of a label
                split_of[group] = "train"
            elif filled["test"] + size <= TEST_SHARE * total * 1.25 and filled["test"] < TEST_SHARE * total:
                split_of[group] = "test"
                filled["test"] += size
            elif filled["dev"] + size <= DEV_SHARE * total * 1.25 and filled["dev"] < DEV_SHARE * total:
                split_of[group] = "dev"
                filled["dev"] += size
            else:
                split_of[group] = "train"
    for row in rows:
        row["split"] = split_of[row["group"]]


def _shingles(text: str, n: int = 5) -> set[int]:
    key = dedup_key(text)
    if len(key) <= n:
        return {hash(key)}
    return {hash(key[k:k + n]) for k in range(len(key) - n + 1)}


def near_duplicates_across_splits(rows: list[dict[str, Any]], threshold: float = NEAR_DUPLICATE
                                  ) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) of rows in different splits whose 5-gram Jaccard is at least ``threshold``.

    MinHash with banding finds candidates; each is confirmed with the exact Jaccard.
    """
    import numpy as np

    shingles = [_shingles(row["text"]) for row in rows]
    num_perm, bands = 64, 16
    rows_per_band = num_perm // bands
    rng = np.random.default_rng(SEED)
    prime = (1 << 61) - 1
    a = rng.integers(1, prime, size=num_perm, dtype=np.uint64)
    b = rng.integers(0, prime, size=num_perm, dtype=np.uint64)
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for i, sh in enumerate(shingles):
        values = np.fromiter((h & 0xFFFFFFFF for h in sh), dtype=np.uint64, count=len(sh))
        signature = ((values[:, None] * a[None, :] + b[None, :]) % prime).min(axis=0)
        for band in range(bands):
            buckets[(band, signature[band * rows_per_band:(band + 1) * rows_per_band].tobytes())].append(i)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for members in buckets.values():
        if len(members) < 2 or len(members) > 2000:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if rows[i]["split"] == rows[j]["split"] or (i, j) in seen:
                    continue
                seen.add((i, j))
                inter = len(shingles[i] & shingles[j])
                jac = inter / (len(shingles[i]) + len(shingles[j]) - inter)
                if jac >= threshold:
                    pairs.append((i, j, jac))
    return pairs


def build(out: Path = CORPUS_PATH) -> list[dict[str, Any]]:
    handwritten = _read_handwritten()
    rows = handwritten + _handwritten_variants(handwritten) + _generated()
    # exact duplicates (after normalisation) are kept once, hand-written first
    unique: dict[str, dict[str, Any]] = {}
    conflicts = 0
    for row in rows:
        key = dedup_key(row["text"])
        if not key:
            continue
        if key in unique:
            conflicts += unique[key]["label"] != row["label"]
            continue
        unique[key] = row
    rows = list(unique.values())
    for row in rows:
        row["group"] = row["family"]
        row["id"] = _message_id(row["label"], row["source"], row["text"])
    _assign_splits(rows)
    # a near-duplicate across splits would leak: keep the train copy, drop the held-out one
    drop = set()
    for i, j, _ in near_duplicates_across_splits(rows):
        held = j if rows[i]["split"] == "train" else i if rows[j]["split"] == "train" else max(i, j)
        drop.add(held)
    rows = [row for k, row in enumerate(rows) if k not in drop]
    rows.sort(key=lambda r: (LABELS.index(r["label"]), r["split"], r["group"], r["id"]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for row in rows:
            record = {key: row[key] for key in FIELDS}
            record["family"] = row["family"]
            if row["label"] == "legit":
                record["hard"] = bool(row["hard"])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {out} ({len(drop)} near-duplicates dropped from held-out splits, "
          f"{conflicts} cross-label exact duplicates skipped)")
    return rows


# ---------------------------------------------------------------- load
def load_corpus(path: str | Path = CORPUS_PATH) -> list[dict[str, Any]]:
    """All rows of the corpus as dicts."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no corpus; run `python -m training.data build`")
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_split(split: str, path: str | Path = CORPUS_PATH) -> list[dict[str, Any]]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {SPLITS}")
    return [row for row in load_corpus(path) if row["split"] == split]


def load_dataset_dict(path: str | Path = CORPUS_PATH):
    """The corpus as a ``datasets.DatasetDict`` with train/dev/test; ``label_id`` indexes ``LABELS``."""
    import datasets

    rows = load_corpus(path)
    columns = list(FIELDS) + ["label_id"]
    splits = {}
    for split in SPLITS:
        part = [row for row in rows if row["split"] == split]
        splits[split] = datasets.Dataset.from_dict(
            {col: [LABELS.index(r["label"]) if col == "label_id" else r[col] for r in part] for col in columns})
    return datasets.DatasetDict(splits)


# ---------------------------------------------------------------- validate
@dataclass
class Report:
    problems: list[str]
    table: str

    @property
    def ok(self) -> bool:
        return not self.problems


def _table(rows: list[dict[str, Any]]) -> str:
    head = ["label", "total", "train", "dev", "test", "hand", "sms", "chat", "social", "call", "no_diac", "obf", "mixed"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row)
    totals = Counter()
    for label in LABELS:
        part = by_label.get(label, [])
        c = Counter()
        for row in part:
            c[row["split"]] += 1
            c[row["channel"]] += 1
            c[row["style"]] += 1
            c["hand"] += row["source"] == "handwritten"
        vals = [len(part), c["train"], c["dev"], c["test"], c["hand"], c["sms"], c["chat"], c["social"], c["call"],
                c["no_diacritics"], c["obfuscated"], c["mixed"]]
        totals.update(dict(zip(head[1:], vals)))
        lines.append(f"| {label} | " + " | ".join(str(v) for v in vals) + " |")
    lines.append("| **all** | " + " | ".join(str(totals[h]) for h in head[1:]) + " |")
    return "\n".join(lines)


def validate(rows: list[dict[str, Any]], check_near_duplicates: bool = True) -> Report:
    problems: list[str] = []
    ids = Counter(row.get("id") for row in rows)
    problems += [f"duplicate id {i!r}" for i, n in ids.items() if n > 1][:5]
    for k, row in enumerate(rows):
        missing = [f for f in FIELDS if not row.get(f)]
        if missing:
            problems.append(f"row {k}: missing {missing}")
            continue
        if row["label"] not in LABELS:
            problems.append(f"row {k} ({row['id']}): unknown label {row['label']!r}")
        if row["channel"] not in CHANNELS or row["style"] not in STYLES or row["split"] not in SPLITS:
            problems.append(f"row {k} ({row['id']}): bad channel/style/split")
    if problems:
        return Report(problems[:50], "")
    counts = Counter(row["label"] for row in rows)
    hand = Counter(row["label"] for row in rows if row["source"] == "handwritten")
    for label in SCAM_LABELS:
        if counts[label] < MIN_PER_SCHEME:
            problems.append(f"{label}: {counts[label]} messages, need at least {MIN_PER_SCHEME}")
        if hand[label] < MIN_HANDWRITTEN_PER_SCHEME:
            problems.append(f"{label}: {hand[label]} hand-written, need at least {MIN_HANDWRITTEN_PER_SCHEME}")
    legit = [row for row in rows if row["label"] == "legit"]
    if len(legit) < MIN_LEGIT:
        problems.append(f"legit: {len(legit)} messages, need at least {MIN_LEGIT}")
    hard = sum(1 for row in legit if row.get("hard"))
    if legit and hard / len(legit) < MIN_HARD_SHARE:
        problems.append(f"legit: {hard / len(legit):.0%} hard negatives, need at least {MIN_HARD_SHARE:.0%}")
    channels = Counter(row["channel"] for row in rows)
    problems += [f"channel {c!r} has no messages" for c in CHANNELS if not channels[c]]
    no_diac = sum(1 for row in rows if row["style"] == "no_diacritics") / max(1, len(rows))
    if not 0.18 <= no_diac <= 0.40:
        problems.append(f"{no_diac:.0%} of messages without diacritics; aim for about a quarter")
    for split in ("dev", "test"):
        missing = [label for label in LABELS if not any(r["split"] == split and r["label"] == label for r in rows)]
        if missing:
            problems.append(f"{split} has no messages of {missing}")
    split_groups: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        split_groups[row["group"]].add(row["split"])
    crossing = [g for g, s in split_groups.items() if len(s) > 1]
    problems += [f"group {g!r} spans splits {sorted(split_groups[g])}" for g in crossing[:10]]
    keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        keys[dedup_key(row["text"])].add(row["split"])
    exact = [k for k, s in keys.items() if len(s) > 1]
    problems += [f"exact duplicate across splits: {k[:60]!r}" for k in exact[:10]]
    if check_near_duplicates:
        near = near_duplicates_across_splits(rows)
        problems += [f"near-duplicate across splits ({jac:.2f}): {rows[i]['id']} / {rows[j]['id']}"
                     for i, j, jac in near[:10]]
    return Report(problems, _table(rows))


def _share_table(rows: list[dict[str, Any]], key: str, values: Iterable[str]) -> str:
    counts = Counter(row[key] for row in rows)
    lines = [f"| {key} | messages | share |", "|---|---|---|"]
    lines += [f"| {v} | {counts[v]} | {counts[v] / len(rows):.1%} |" for v in values]
    return "\n".join(lines)


def write_card(path: Path = DATA_DIR / "README.md") -> int:
    """Refresh the generated count tables of the data card."""
    rows = load_corpus()
    legit = [r for r in rows if r["label"] == "legit"]
    hand = sum(r["source"] == "handwritten" for r in rows)
    body = "\n\n".join([
        f"{len(rows)} messages; {hand} hand-written one by one, the rest from template generators or "
        f"disguised copies of hand-written ones; {sum(r['hard'] for r in legit)} of {len(legit)} legit "
        "messages are hard negatives.",
        _table(rows), _share_table(rows, "channel", CHANNELS), _share_table(rows, "style", STYLES),
        _share_table(rows, "split", SPLITS)])
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(<!-- COUNTS:START -->\n).*?(\n<!-- COUNTS:END -->)", lambda m: m.group(1) + body + m.group(2),
                  text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    print(f"updated {path}")
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.data", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="write data/corpus.jsonl from hand-written files and generators")
    check = sub.add_parser("validate", help="check the corpus and print a count table")
    check.add_argument("path", nargs="?", default=str(CORPUS_PATH))
    sub.add_parser("card", help="refresh the count tables in data/README.md")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "card":
        return write_card()
    if args.command == "build":
        build()
        args.path = str(CORPUS_PATH)
    report = validate(load_corpus(args.path))
    print(report.table)
    legit = [r for r in load_corpus(args.path) if r["label"] == "legit"]
    print(f"\nlegit hard negatives: {sum(1 for r in legit if r.get('hard'))}/{len(legit)}")
    if report.problems:
        print("\nPROBLEMS:", *report.problems, sep="\n- ", file=sys.stderr)
        return 1
    print("corpus OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

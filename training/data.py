"""Build, validate and load the labelled corpus in ``data/``.

    python -m training.data build      # data/handwritten (v1 files + v2 writers' folders) -> data/corpus.jsonl
    python -m training.data validate   # checks the corpus against the data card's promises
    python -m training.data card       # refresh the count tables of data/README.md

Every row is hand-written, one message at a time, by a named writer (``writer``): no templates. Dev and test
hold out **whole writers**, so the held-out numbers measure what an unseen writer's messages -- and real
traffic -- look like to the model, not how well it learnt a writer's style.

A row: ``id``, ``text``, ``label``, ``channel``, ``style``, ``genre`` (``personal``, ``notice``,
``other_legit`` or ``scam``), ``writer``, ``sender`` (the organisation of a notice, else empty), ``source``,
``family`` (the writer's sub-story), ``group`` (``label/writer/family``), ``split`` and, for legit rows,
``hard``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scamdetect.taxonomy import LABELS, SCAM_LABELS
from scamdetect.text import normalize, strip_diacritics

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
HANDWRITTEN_DIR = DATA_DIR / "handwritten"
V2_DIR = HANDWRITTEN_DIR / "v2"
CORPUS_PATH = DATA_DIR / "corpus.jsonl"
#: rows taken out of the corpus after review, one ``{"id": ..., "reason": ...}`` per line (see :func:`withdrawn`)
WITHDRAWN_PATH = DATA_DIR / "withdrawn.jsonl"

CHANNELS = ("sms", "chat", "social", "call")
STYLES = ("plain", "no_diacritics", "obfuscated", "mixed")
GENRES = ("personal", "notice", "other_legit", "scam")
SPLITS = ("train", "dev", "test")
FIELDS = ("id", "text", "label", "channel", "style", "genre", "writer", "source", "group", "split")

SEED = 20261128
#: near-duplicate threshold on character 5-gram Jaccard similarity
NEAR_DUPLICATE = 0.8

#: Whole writers held out. Chosen to differ in region, age, channel and register from each other and to
#: leave every kind of persona in train (a disguising spam collector, an elderly voice-to-text writer, an
#: SMS-era personal writer are on both sides): test = an accountant in Huế, a spam collector in Đà Nẵng, a
#: teacher in Nghệ An, a market seller's 2015-era SMS; dev = a grandmother in Bến Tre, a worker in Japan.
#: The v1 writers (the first corpus, whose style the old numbers flattered) always train.
HELD_OUT_WRITERS = {
    "test": ("w03", "w05", "w10", "w14"),
    "dev": ("w06", "w12"),
}

#: v1 files (written before writers were recorded) -> (writer id, genre of their legit rows)
V1_WRITERS = {
    "legit_notifications": ("v1_inbox", "notice"),
    "legit_notices_extra": ("v1_inbox_round2", "notice"),
    "legit_inbox_round3": ("v1_inbox_round3", "notice"),
    "legit_chat": ("v1_chat", "personal"),
    "legit_everyday_short": ("v1_chat_round2", "personal"),
    "scam_casual_extra": ("v1_scam_round2", "scam"),
    "scam_round3": ("v1_scam_round3", "scam"),
}

MIN_MESSAGES = 25_000
MIN_LEGIT = 12_000
MIN_PERSONAL = 5_000
MIN_NOTICES = 4_000
MIN_NOTICE_SENDERS = 100
MIN_PER_SCHEME = 700
MIN_WRITERS_PER_LABEL = 10
#: Near-duplicate budgets (share of rows with a partner at 5-gram Jaccard >= NEAR_DUPLICATE). The template
#: generators of corpus v1 had 12.1% of their rows in such pairs within a module (23-29% for the legit ones);
#: the 4,686 hand-written v1 rows had none. Above these budgets a writer is filling in a template, or two
#: writers are copying one another.
MAX_NEAR_DUP_WITHIN = 0.03
MAX_NEAR_DUP_ACROSS = 0.01


class CorpusError(ValueError):
    """The corpus breaks one of its rules."""


# ---------------------------------------------------------------- helpers
def dedup_key(text: str) -> str:
    """What counts as the same message: normalised, lower-case, no diacritics, letters and digits only."""
    flat = strip_diacritics(normalize(text).text).lower()
    return re.sub(r"[^0-9a-z]+", " ", flat).strip()


def _stable_hash(*parts: str) -> int:
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def _message_id(label: str, writer: str, text: str) -> str:
    digest = hashlib.sha1(f"{writer}\x1f{text}".encode()).hexdigest()[:12]
    return f"{label[:12]}-{digest}"


def _detect_style(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    marked = sum(1 for c in letters if unicodedata.normalize("NFD", c) != c or c in "đĐ")
    return "no_diacritics" if letters and not marked else "plain"


def _slug(value: Any, default: str = "misc") -> str:
    return re.sub(r"[^a-z0-9_]+", "_", str(value or default).lower()).strip("_") or default


def _v1_writer(stem: str, label: str) -> tuple[str, str]:
    if stem in V1_WRITERS:
        return V1_WRITERS[stem]
    return f"v1_{stem}", "scam" if label != "legit" else "personal"


def _genre(label: str, genre: Any, channel: str) -> str:
    if label != "legit":
        return "scam"
    if genre in ("personal", "notice", "other_legit"):
        # a post or a call transcript is not the personal SMS/chat the hidden personal set holds
        return "other_legit" if genre == "personal" and channel in ("social", "call") else genre
    return "other_legit"


def _read_file(path: Path, writer: str | None) -> list[dict[str, Any]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{lineno}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise CorpusError(f"{where}: not JSON ({err})") from None
        label = raw.get("label")
        text = str(raw.get("text") or "").strip()
        if label not in LABELS or not text:
            raise CorpusError(f"{where}: bad label {label!r} or empty text")
        channel = raw.get("channel") if raw.get("channel") in CHANNELS else "chat"
        if writer is None:  # v1: the file names the writer
            row_writer, genre = _v1_writer(path.stem, label)
            hard = bool(raw.get("hard", genre == "notice"))
        else:
            if raw.get("writer") not in (None, "", writer):
                raise CorpusError(f"{where}: writer {raw.get('writer')!r} in the folder of {writer!r}")
            row_writer, genre = writer, raw.get("genre")
            hard = genre != "personal" or channel in ("social", "call")
        genre = _genre(label, genre, channel)
        family = _slug(raw.get("family"))
        rows.append({
            "text": text, "label": label, "channel": channel,
            "style": raw.get("style") if raw.get("style") in STYLES else _detect_style(text),
            "genre": genre, "writer": row_writer,
            "sender": str(raw.get("sender") or "").strip() if genre == "notice" else "",
            "source": "handwritten", "family": family, "group": f"{label}/{row_writer}/{family}",
            "hard": hard if label == "legit" else None,
        })
    return rows


def read_handwritten(root: Path = HANDWRITTEN_DIR) -> list[dict[str, Any]]:
    """Every hand-written row: v1 files (``root/*.jsonl``) then each v2 writer's folder (``root/v2/<writer>/``)."""
    rows = []
    for path in sorted(root.glob("*.jsonl")):
        rows += _read_file(path, None)
    for folder in sorted(p for p in (root / "v2").glob("*") if p.is_dir()):
        for path in sorted(folder.glob("*.jsonl")):
            rows += _read_file(path, folder.name)
    return rows


def split_of_writer(writer: str) -> str:
    for split, writers in HELD_OUT_WRITERS.items():
        if writer in writers:
            return split
    return "train"


def _shingles(text: str, n: int = 5) -> set[int]:
    key = dedup_key(text)
    if len(key) <= n:
        return {hash(key)}
    return {hash(key[k:k + n]) for k in range(len(key) - n + 1)}


def near_duplicate_pairs(rows: list[dict[str, Any]], threshold: float = NEAR_DUPLICATE,
                         keep=None) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) of rows whose character 5-gram Jaccard is at least ``threshold``.

    MinHash with banding finds candidates; each is confirmed with the exact Jaccard. ``keep(i, j)``, when
    given, filters candidate pairs before the exact check.
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
                if (i, j) in seen or (keep is not None and not keep(i, j)):
                    continue
                seen.add((i, j))
                inter = len(shingles[i] & shingles[j])
                jac = inter / (len(shingles[i]) + len(shingles[j]) - inter)
                if jac >= threshold:
                    pairs.append((i, j, jac))
    return pairs


def near_duplicates_across_splits(rows: list[dict[str, Any]], threshold: float = NEAR_DUPLICATE
                                  ) -> list[tuple[int, int, float]]:
    """Near-duplicate pairs whose rows lie in different splits (a leak from train into dev or test)."""
    return near_duplicate_pairs(rows, threshold, keep=lambda i, j: rows[i]["split"] != rows[j]["split"])


def near_duplicate_rates(rows: list[dict[str, Any]], pairs: list[tuple[int, int, float]] | None = None
                         ) -> dict[str, Any]:
    """Share of rows with a near-duplicate by the same writer, and by another writer; the worst writers."""
    pairs = near_duplicate_pairs(rows) if pairs is None else pairs
    within, across = set(), set()
    for i, j, _ in pairs:
        (within if rows[i]["writer"] == rows[j]["writer"] else across).update((i, j))
    per_writer = Counter(rows[i]["writer"] for i in within)
    sizes = Counter(row["writer"] for row in rows)
    n = max(1, len(rows))
    return {"within": len(within) / n, "across": len(across) / n, "pairs": len(pairs),
            "worst_writers": {w: round(per_writer[w] / sizes[w], 4) for w, _ in per_writer.most_common(5)}}


def withdrawn(path: Path = WITHDRAWN_PATH) -> dict[str, str]:
    """Ids of rows a review took out of the corpus, with the reason.

    Why a list and not an edit of the writer's file: the writer's rows stay as written, and what was
    taken out, and why, can be read in one place. A scam row whose text alone cannot be told from the
    genuine message of the person it claims to be ("cho em mượn 2 triệu, mai em trả") teaches the model
    to flag genuine messages; such rows are withdrawn rather than relabelled.
    """
    if not path.exists():
        return {}
    out = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                entry = json.loads(line)
                out[entry["id"]] = entry["reason"]
            except (ValueError, KeyError, TypeError) as err:
                raise ValueError(f"{path}:{lineno}: expected {{\"id\": ..., \"reason\": ...}} ({err})") from None
    return out


def build(out: Path = CORPUS_PATH, root: Path = HANDWRITTEN_DIR,
          withdrawn_path: Path = WITHDRAWN_PATH) -> list[dict[str, Any]]:
    rows = read_handwritten(root)
    taken_out = withdrawn(withdrawn_path)
    # exact duplicates (after normalisation) are kept once; a text written under two labels is dropped
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        key = dedup_key(row["text"])
        if key:
            by_key[key].append(row)
    conflicts = sum(1 for same in by_key.values() if len({r["label"] for r in same}) > 1)
    rows = [same[0] for same in by_key.values() if len({r["label"] for r in same}) == 1]
    for row in rows:
        row["id"] = _message_id(row["label"], row["writer"], row["text"])
        row["split"] = split_of_writer(row["writer"])
    found = {row["id"] for row in rows} & taken_out.keys()
    if len(found) < len(taken_out):
        print(f"note: {len(taken_out) - len(found)} withdrawn ids match no row (rewritten or removed since)")
    rows = [row for row in rows if row["id"] not in taken_out]
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
            if row["genre"] == "notice":
                record["sender"] = row["sender"]
            if row["label"] == "legit":
                record["hard"] = bool(row["hard"])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {out} ({len(drop)} near-duplicates dropped from held-out splits, "
          f"{conflicts} texts written under two labels dropped, {len(found)} withdrawn after review)")
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
    head = ["label", "total", "train", "dev", "test", "writers", "sms", "chat", "social", "call", "no_diac", "obf",
            "mixed"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row)
    totals: Counter = Counter()
    for label in LABELS:
        part = by_label.get(label, [])
        c: Counter = Counter()
        for row in part:
            c[row["split"]] += 1
            c[row["channel"]] += 1
            c[row["style"]] += 1
        vals = [len(part), c["train"], c["dev"], c["test"], len({r["writer"] for r in part}), c["sms"], c["chat"],
                c["social"], c["call"], c["no_diacritics"], c["obfuscated"], c["mixed"]]
        totals.update(dict(zip(head[1:], vals)))
        lines.append(f"| {label} | " + " | ".join(str(v) for v in vals) + " |")
    totals["writers"] = len({r["writer"] for r in rows})
    lines.append("| **all** | " + " | ".join(str(totals[h]) for h in head[1:]) + " |")
    return "\n".join(lines)


def validate(rows: list[dict[str, Any]], check_near_duplicates: bool = True, check_counts: bool = True) -> Report:
    """Problems with the corpus, and its count table. ``check_counts=False`` skips the size promises."""
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
        if (row["channel"] not in CHANNELS or row["style"] not in STYLES or row["split"] not in SPLITS
                or row["genre"] not in GENRES):
            problems.append(f"row {k} ({row['id']}): bad channel/style/genre/split")
        elif (row["genre"] == "scam") != (row["label"] != "legit"):
            problems.append(f"row {k} ({row['id']}): genre {row['genre']!r} with label {row['label']!r}")
        elif row["split"] != split_of_writer(row["writer"]):
            problems.append(f"row {k} ({row['id']}): writer {row['writer']!r} in split {row['split']!r}")
    if problems:
        return Report(problems[:50], "")
    counts = Counter(row["label"] for row in rows)
    writers: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        writers[row["label"]].add(row["writer"])
    legit = [row for row in rows if row["label"] == "legit"]
    genres = Counter(row["genre"] for row in legit)
    senders = {row.get("sender") for row in legit if row["genre"] == "notice" and row.get("sender")}
    if check_counts:
        wants = [(len(rows), MIN_MESSAGES, "messages"), (len(legit), MIN_LEGIT, "legit messages"),
                 (genres["personal"], MIN_PERSONAL, "personal legit messages"),
                 (genres["notice"], MIN_NOTICES, "notices"), (len(senders), MIN_NOTICE_SENDERS, "notice senders")]
        wants += [(counts[label], MIN_PER_SCHEME, f"{label} messages") for label in SCAM_LABELS]
        wants += [(len(writers[label]), MIN_WRITERS_PER_LABEL, f"writers of {label}") for label in LABELS]
        problems += [f"{have} {what}, need at least {need}" for have, need, what in wants if have < need]
    channels = Counter(row["channel"] for row in rows)
    problems += [f"channel {c!r} has no messages" for c in CHANNELS if not channels[c]]
    for split in ("dev", "test"):
        missing = [label for label in LABELS if not any(r["split"] == split and r["label"] == label for r in rows)]
        if missing:
            problems.append(f"{split} has no messages of {missing}")
    split_writers: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        split_writers[row["writer"]].add(row["split"])
    problems += [f"writer {w!r} spans splits {sorted(s)}" for w, s in split_writers.items() if len(s) > 1][:10]
    keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        keys[dedup_key(row["text"])].add(row["split"])
    exact = [k for k, s in keys.items() if len(s) > 1]
    problems += [f"exact duplicate across splits: {k[:60]!r}" for k in exact[:10]]
    table = _table(rows)
    if check_near_duplicates:
        pairs = near_duplicate_pairs(rows)
        crossing = [(i, j, jac) for i, j, jac in pairs if rows[i]["split"] != rows[j]["split"]]
        problems += [f"near-duplicate across splits ({jac:.2f}): {rows[i]['id']} / {rows[j]['id']}"
                     for i, j, jac in crossing[:10]]
        rates = near_duplicate_rates(rows, pairs)
        table += (f"\n\nNear-duplicates (5-gram Jaccard >= {NEAR_DUPLICATE}): {rates['within']:.2%} of rows have one "
                  f"by the same writer (budget {MAX_NEAR_DUP_WITHIN:.0%}), {rates['across']:.2%} by another writer "
                  f"(budget {MAX_NEAR_DUP_ACROSS:.0%}); most within: {rates['worst_writers']}")
        if rates["within"] > MAX_NEAR_DUP_WITHIN:
            problems.append(f"{rates['within']:.2%} of rows are near-duplicates of the same writer's rows "
                            f"(budget {MAX_NEAR_DUP_WITHIN:.0%}): {rates['worst_writers']}")
        if rates["across"] > MAX_NEAR_DUP_ACROSS:
            problems.append(f"{rates['across']:.2%} of rows are near-duplicates of another writer's rows "
                            f"(budget {MAX_NEAR_DUP_ACROSS:.0%})")
    return Report(problems, table)


def _share_table(rows: list[dict[str, Any]], key: str, values: Iterable[str]) -> str:
    counts = Counter(row[key] for row in rows)
    lines = [f"| {key} | messages | share |", "|---|---|---|"]
    lines += [f"| {v} | {counts[v]} | {counts[v] / len(rows):.1%} |" for v in values]
    return "\n".join(lines)


def _writer_table(rows: list[dict[str, Any]]) -> str:
    by_writer: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        by_writer[row["writer"]][row["genre"]] += 1
        by_writer[row["writer"]]["split:" + row["split"]] += 1
    lines = ["| writer | split | messages | scam | personal | notice | other legit |", "|---|---|---|---|---|---|---|"]
    for writer in sorted(by_writer):
        c = by_writer[writer]
        split = next(s for s in SPLITS if c["split:" + s])
        lines.append(f"| {writer} | {split} | {sum(c[g] for g in GENRES)} | {c['scam']} | {c['personal']} | "
                     f"{c['notice']} | {c['other_legit']} |")
    return "\n".join(lines)


def write_card(path: Path = DATA_DIR / "README.md") -> int:
    """Refresh the generated count tables of the data card."""
    rows = load_corpus()
    legit = [r for r in rows if r["label"] == "legit"]
    senders = {r["sender"] for r in legit if r["genre"] == "notice" and r.get("sender")}
    body = "\n\n".join([
        f"{len(rows)} messages, every one hand-written: {len({r['writer'] for r in rows if not r['writer'].startswith('v1_')})} "
        f"independent v2 writers and the {len({r['writer'] for r in rows if r['writer'].startswith('v1_')})} files "
        "of corpus v1 (one writer id each); "
        f"{len(legit)} legit ({sum(r['genre'] == 'personal' for r in legit)} personal, "
        f"{sum(r['genre'] == 'notice' for r in legit)} notices from {len(senders)} senders, "
        f"{sum(r['genre'] == 'other_legit' for r in legit)} other).",
        _table(rows), _share_table(rows, "genre", GENRES), _share_table(rows, "channel", CHANNELS),
        _share_table(rows, "style", STYLES), _share_table(rows, "split", SPLITS), _writer_table(rows)])
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
    sub.add_parser("build", help="write data/corpus.jsonl from the hand-written files")
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
    if report.problems:
        print("\nPROBLEMS:", *report.problems, sep="\n- ", file=sys.stderr)
        return 1
    print("corpus OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

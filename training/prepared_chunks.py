"""Prepare the chunks a linear model ships (``chunks.jsonl``): those that two or more writers of the train split use.

    python -m training.prepared_chunks [--model scamdetect/models/default] [--min-writers 2]

Why: a freshly loaded model prepares each chunk of text (a word, "khoản,", "500.000đ") the first time it
meets it, at 10-30 µs each, which was most of the cost of scoring a first batch (benchmarks/RESULTS.md,
corpus_v2_speed). Chunks that at least ``min_writers`` independent writers use are language, not one
writer's names and numbers; they come from the train split only, so the held-out writers that the
benchmarks score stay as new to the model as a user's traffic. ``train_default`` and ``retrain`` write the
file with the model; this command (re)writes it for an existing model folder and its manifest.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from scamdetect.backends.linear.chunk_file import CHUNK_FILE, write_chunk_file
from scamdetect.backends.linear.chunk_table import SENTINEL, ChunkTable
from scamdetect.backends.linear.vocab_columns import VocabColumns
from scamdetect.backends.linear.vocabulary import Vocabulary
from scamdetect.model_dir import read_manifest, write_manifest

from .data import load_split

__all__ = ["MIN_WRITERS", "common_chunks", "prepared_table", "write_prepared_chunks", "write_for_model"]

log = logging.getLogger(__name__)

#: a chunk ships prepared when this many writers use it: on the fifth-wave model 2 gave 2.24x the baseline, 3 2.11x
#: (35k and 24k chunks)
MIN_WRITERS = 2


def common_chunks(table: ChunkTable, groups: Iterable[list[str]], min_groups: int = MIN_WRITERS) -> list[str]:
    """The chunks that the texts of at least ``min_groups`` groups meet, most used first (ties in first-seen order).

    ``table`` is emptied and used to cut each group's texts into chunks exactly as scoring does (gluing
    included).
    """
    seen: Counter[str] = Counter()
    width = len(table.vocab) + 1
    for texts in groups:
        table.clear()
        table.occurrence_keys(texts, width, sort=False)
        seen.update(chunk for chunk in table.chunk_strings() if chunk != SENTINEL)
    table.clear()
    return [chunk for chunk, n in seen.most_common() if n >= min_groups]


def prepared_table(features: list[str] | Vocabulary, max_chars: int, rows: list[dict],
                   min_writers: int = MIN_WRITERS) -> ChunkTable:
    """A chunk table for the vocabulary ``features``, holding the common chunks of ``rows`` (grouped by writer)."""
    vocab = features if isinstance(features, Vocabulary) else Vocabulary(features)
    table = ChunkTable(VocabColumns(vocab, max_chars), max_chars)
    by_writer: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_writer[row.get("writer") or ""].append(row["text"])
    chunks = common_chunks(table, by_writer.values(), min_writers)
    for raw in chunks:
        table.prepare(raw)
    log.info("%d chunks used by at least %d of %d writers prepared", len(chunks), min_writers, len(by_writer))
    return table


def write_prepared_chunks(model_dir: Path, features: list[str], max_chars: int, rows: list[dict],
                          min_writers: int = MIN_WRITERS) -> int:
    """Write :data:`CHUNK_FILE` for the vocabulary ``features`` into ``model_dir``; the number of chunks prepared.
    The caller lists the file in the manifest."""
    table = prepared_table(features, max_chars, rows, min_writers)
    write_chunk_file(model_dir / CHUNK_FILE, table, len(features))
    return len(table)


def write_for_model(model_dir: Path, rows: list[dict], min_writers: int = MIN_WRITERS) -> int:
    """(Re)write :data:`CHUNK_FILE` in an existing linear model folder and list it in the manifest; the number of
    chunks."""
    manifest = read_manifest(model_dir)
    features = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))["features"]
    n = write_prepared_chunks(model_dir, features, int(manifest.get("max_chars", 5000)), rows, min_writers)
    write_manifest(model_dir, manifest, sorted({*manifest["files"], CHUNK_FILE}))
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.prepared_chunks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "scamdetect" / "models"
                        / "default")
    parser.add_argument("--min-writers", type=int, default=MIN_WRITERS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    n = write_for_model(args.model, load_split("train"), args.min_writers)
    print(f"wrote {args.model / CHUNK_FILE}: {n} prepared chunks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

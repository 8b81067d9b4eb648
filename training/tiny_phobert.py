"""Build a tiny PhoBERT-shaped checkpoint for tests and offline development.

    python -m training.tiny_phobert OUTPUT_DIR [--texts FILE.jsonl ...] [--max-texts 3000] [--merges 2000]

PhoBERT's real weights cannot be downloaded here, so this writes a checkpoint
with PhoBERT's conventions and random weights that loads through exactly the
code path the real ``vinai/phobert-base-v2`` uses:

* ``config.json``: ``RobertaForSequenceClassification`` with pad 1, bos 0,
  eos 2, ``max_position_embeddings`` 258 (256 tokens), ``type_vocab_size`` 1,
  ``tokenizer_class`` ``PhobertTokenizer``, the 18 taxonomy labels, tiny sizes;
* ``vocab.txt`` + ``bpe.codes`` in fastBPE format, learned here (by
  :func:`learn_bpe`) from our corpus texts after the library's normalisation
  and underthesea word segmentation, as PhoBERT's were learned from segmented
  Vietnamese;
* ``tokenizer_config.json`` so that ``AutoTokenizer.from_pretrained(dir)`` gives
  a ``PhobertTokenizer`` and ``AutoModelForSequenceClassification
  .from_pretrained(dir)`` the model.

Texts come from ``training.data.load_corpus()`` unless ``--texts`` names JSONL
or CSV files with a ``text`` column.
"""

from __future__ import annotations

import argparse
import heapq
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from scamdetect.backends.transformer.phobert_tokenizer import MERGES_FILE, VOCAB_FILE, PhobertTokenizer
from scamdetect.backends.transformer.segment import segment
from scamdetect.taxonomy import LABELS
from scamdetect.text import normalize

END = "</w>"

#: the tiny model's sizes; PhoBERT-base is 768 / 12 / 12 / 3072
TINY = {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64}


def learn_bpe(word_counts: Counter, num_merges: int, min_count: int = 2) -> list[tuple[str, str, int]]:
    """Sennrich/fastBPE merges ``(left, right, count)`` from word frequencies.

    Symbols of a word are its characters with ``</w>`` glued to the last one;
    the most frequent adjacent pair is merged each round (ties: smallest pair),
    until ``num_merges`` or no pair occurs ``min_count`` times.
    """
    words: list[list[str]] = []
    counts: list[int] = []
    for word, count in sorted(word_counts.items()):
        if len(word) < 2:
            continue  # PhobertTokenizer looks one-character words up as they are
        words.append(list(word[:-1]) + [word[-1] + END])
        counts.append(count)
    pair_counts: Counter = Counter()
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, symbols in enumerate(words):
        for pair in zip(symbols, symbols[1:]):
            pair_counts[pair] += counts[index]
            where[pair].add(index)
    heap = [(-count, pair) for pair, count in pair_counts.items()]
    heapq.heapify(heap)
    merges: list[tuple[str, str, int]] = []
    while heap and len(merges) < num_merges:
        neg, pair = heapq.heappop(heap)
        if pair_counts.get(pair, 0) != -neg:
            continue  # stale entry
        if -neg < min_count:
            break
        merges.append((pair[0], pair[1], -neg))
        first, second = pair
        touched: set[tuple[str, str]] = set()
        for index in sorted(where.pop(pair, ())):
            symbols, count = words[index], counts[index]
            if not any(a == first and b == second for a, b in zip(symbols, symbols[1:])):
                continue
            for old in zip(symbols, symbols[1:]):
                pair_counts[old] -= count
                touched.add(old)
            merged: list[str] = []
            i = 0
            while i < len(symbols):
                if i < len(symbols) - 1 and symbols[i] == first and symbols[i + 1] == second:
                    merged.append(first + second)
                    i += 2
                else:
                    merged.append(symbols[i])
                    i += 1
            words[index] = merged
            for new in zip(merged, merged[1:]):
                pair_counts[new] += count
                where[new].add(index)
                touched.add(new)
        pair_counts.pop(pair, None)
        for key in touched:
            count = pair_counts.get(key, 0)
            if count <= 0:
                pair_counts.pop(key, None)
            elif key != pair:
                heapq.heappush(heap, (-count, key))
    return merges


def build_vocab(word_counts: Counter, merges: list[tuple[str, str, int]]) -> list[tuple[str, int]]:
    """fastBPE dictionary: pieces of the segmented training words plus every character (both forms)."""
    tokenizer = PhobertTokenizer([], [f"{a} {b} {c}" for a, b, c in merges])
    counts: Counter = Counter()
    for word, count in word_counts.items():
        for piece in tokenizer.bpe(word):
            counts[piece] += count
    for word in word_counts:
        for ch in word:
            counts.setdefault(ch, 0)
            counts.setdefault(ch + "@@", 0)
    for reserved in ("<s>", "<pad>", "</s>", "<unk>", "<mask>"):
        counts.pop(reserved, None)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def segmented_word_counts(texts: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        counts.update(segment(normalize(text).text).split())
    return counts


def _read_texts(paths: list[str]) -> list[str]:
    from training.finetune import read_rows  # same reader and checks as fine-tuning

    return [row["text"] for path in paths for row in read_rows(path, require_label=False)]


def _corpus_texts() -> list[str]:
    try:
        from training.data import load_corpus

        rows = load_corpus()
    except (ImportError, FileNotFoundError) as err:
        raise SystemExit(f"the corpus is not available ({err}); pass --texts FILE.jsonl") from None
    return [row["text"] for row in rows if row.get("split", "train") == "train"]


def build(output: str | Path, texts: list[str], merges: int = 2000, seed: int = 0,
          sizes: dict[str, int] | None = None) -> Path:
    """Write the tiny checkpoint to ``output`` and check it loads through transformers' Auto classes."""
    import torch
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
        RobertaConfig,
        RobertaForSequenceClassification,
    )
    from transformers import PhobertTokenizer as HFPhobertTokenizer

    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    word_counts = segmented_word_counts(texts)
    if not word_counts:
        raise SystemExit("no words to learn a vocabulary from")
    learned = learn_bpe(word_counts, merges)
    vocab = build_vocab(word_counts, learned)
    (output / MERGES_FILE).write_text("".join(f"{a} {b} {c}\n" for a, b, c in learned), encoding="utf-8")
    (output / VOCAB_FILE).write_text("".join(f"{t} {c}\n" for t, c in vocab), encoding="utf-8")

    hf_tokenizer = HFPhobertTokenizer(str(output / VOCAB_FILE), str(output / MERGES_FILE))
    hf_tokenizer.save_pretrained(output)
    ours = PhobertTokenizer.from_dir(output)
    config = RobertaConfig(
        vocab_size=len(ours), max_position_embeddings=258, type_vocab_size=1,
        pad_token_id=1, bos_token_id=0, eos_token_id=2, layer_norm_eps=1e-5,
        hidden_act="gelu", hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1,
        tokenizer_class="PhobertTokenizer", num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)), label2id={label: i for i, label in enumerate(LABELS)},
        problem_type="single_label_classification", **(sizes or TINY))
    torch.manual_seed(seed)
    model = RobertaForSequenceClassification(config)
    model.save_pretrained(output)

    # the real model's loading path must work on this directory
    tokenizer = AutoTokenizer.from_pretrained(output)
    if type(tokenizer).__name__ != "PhobertTokenizer":
        raise SystemExit(f"AutoTokenizer gave {type(tokenizer).__name__}, expected PhobertTokenizer")
    loaded = AutoModelForSequenceClassification.from_pretrained(output)
    if type(loaded).__name__ != "RobertaForSequenceClassification":
        raise SystemExit(f"AutoModelForSequenceClassification gave {type(loaded).__name__}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.tiny_phobert", description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="directory to write the checkpoint to")
    parser.add_argument("--texts", nargs="+", metavar="FILE", help="JSONL/CSV files with a text column "
                        "(default: the corpus' train split via training.data.load_corpus)")
    parser.add_argument("--max-texts", type=int, default=3000, help="sample at most this many texts (default 3000)")
    parser.add_argument("--merges", type=int, default=2000, help="number of BPE merges to learn (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    texts = _read_texts(args.texts) if args.texts else _corpus_texts()
    if len(texts) > args.max_texts:
        texts = random.Random(args.seed).sample(texts, args.max_texts)
    out = build(args.output, texts, merges=args.merges, seed=args.seed)
    tok = PhobertTokenizer.from_dir(out)
    print(f"wrote {out}: {len(texts)} texts, {len(tok.bpe_ranks)} merges, vocab_size {len(tok)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

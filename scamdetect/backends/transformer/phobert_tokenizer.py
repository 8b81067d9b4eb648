"""A small, pure-Python PhoBERT tokenizer (no transformers, no torch).

It reads the two files a PhoBERT checkpoint ships, ``vocab.txt`` (fastBPE
dictionary, one ``token count`` per line) and ``bpe.codes`` (fastBPE merges,
one ``left right count`` per line), and produces exactly the ids that
``transformers.PhobertTokenizer`` produces, including its quirks:

* ids 0-3 are ``<s> <pad> </s> <unk>``; vocabulary lines follow from id 4, and
  ``<mask>`` comes after the last line unless the vocabulary lists it;
* the special tokens written literally in a text (``<s>``, ``</s>``,
  ``<unk>``, ``<pad>``, ``<mask>``) are split out and map to their ids;
* words are ``\\S+\\n?`` runs (a newline right after a word is part of it);
* a one-character word is looked up as is, longer words get ``</w>`` on their
  last symbol and are merged pair by pair in merge-rank order;
* non-final pieces carry ``@@``; anything not in the vocabulary is ``<unk>``.

PhoBERT expects word-segmented input (``Tài_khoản của quý_khách``); segment
with :func:`scamdetect.segment.segment` first. The test suite checks id
equality against transformers on corpus texts.

Example:
    >>> tok = PhobertTokenizer.from_dir("model_dir")  # doctest: +SKIP
    >>> tok.encode("Tài_khoản bị khóa", max_length=256)  # doctest: +SKIP
    ([0, 2120, 57, 1478, 2], False)
"""

from __future__ import annotations

import heapq
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["PhobertTokenizer", "VOCAB_FILE", "MERGES_FILE"]

VOCAB_FILE = "vocab.txt"
MERGES_FILE = "bpe.codes"

_WORD_RE = re.compile(r"\S+\n?")
_END = "</w>"
_CACHE_LIMIT = 200_000
_LONG_WORD = 48  # longer words take the O(n log n) merge path (same result, no quadratic blow-up)


class PhobertTokenizer:
    """PhoBERT's fastBPE tokenizer; thread-safe (its only state is a word cache)."""

    bos_token, pad_token, eos_token, unk_token, mask_token = "<s>", "<pad>", "</s>", "<unk>", "<mask>"

    def __init__(self, vocab_lines: Iterable[str], merge_lines: Iterable[str]) -> None:
        encoder: dict[str, int] = {self.bos_token: 0, self.pad_token: 1, self.eos_token: 2, self.unk_token: 3}
        for raw in vocab_lines:
            line = raw.strip()
            idx = line.rfind(" ")
            if idx == -1:
                raise ValueError(f"bad vocabulary line {raw!r}: expected '<token> <count>'")
            token = line[:idx]
            if token in (self.bos_token, self.pad_token, self.eos_token, self.unk_token):
                raise ValueError(f"vocabulary lists the reserved token {token!r} (ids 0-3 are fixed)")
            # same assignment as transformers (a repeated token takes the next free id)
            encoder[token] = len(encoder)
        self.encoder = encoder
        # transformers adds <mask> as a special token after the vocabulary when it is not listed
        self.mask_id = encoder.get(self.mask_token, len(encoder))
        self.specials = {self.bos_token: 0, self.pad_token: 1, self.eos_token: 2, self.unk_token: 3,
                         self.mask_token: self.mask_id}
        self.bos_id, self.pad_id, self.eos_id, self.unk_id = 0, 1, 2, 3
        merges = [tuple(line.split()[:-1]) for line in merge_lines]
        self.bpe_ranks: dict[tuple[str, ...], int] = dict(zip(merges, range(len(merges))))
        self._special_re = re.compile("(" + "|".join(re.escape(s) for s in self.specials) + ")")
        self._cache: dict[str, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_files(cls, vocab_path: str | Path, merges_path: str | Path) -> PhobertTokenizer:
        with open(vocab_path, encoding="utf-8") as handle:
            vocab_lines = handle.readlines()
        with open(merges_path, encoding="utf-8") as handle:
            merge_lines = handle.read().split("\n")[:-1]
        return cls(vocab_lines, merge_lines)

    @classmethod
    def from_dir(cls, path: str | Path) -> PhobertTokenizer:
        path = Path(path)
        return cls.from_files(path / VOCAB_FILE, path / MERGES_FILE)

    def __len__(self) -> int:
        """Number of ids, ``<mask>`` included (the model's minimum ``vocab_size``)."""
        return max(len(self.encoder), self.mask_id + 1)

    # ------------------------------------------------------------------ BPE
    def bpe(self, token: str) -> list[str]:
        """Sub-word pieces of one whitespace-free word (``["tài_kho@@", "ản"]``)."""
        word = tuple(token[:-1]) + (token[-1] + _END,)
        if len(word) == 1:
            return [token]  # transformers looks a one-character word up as is
        if len(word) > _LONG_WORD:
            return self._bpe_long(word)
        ranks = self.bpe_ranks
        while len(word) > 1:
            best = None
            best_rank = None
            for pair in zip(word, word[1:]):
                rank = ranks.get(pair)
                if rank is not None and (best_rank is None or rank < best_rank):
                    best, best_rank = pair, rank
            if best is None:
                break
            first, second = best
            merged: list[str] = []
            i = 0
            n = len(word)
            while i < n:
                if i < n - 1 and word[i] == first and word[i + 1] == second:
                    merged.append(first + second)
                    i += 2
                else:
                    merged.append(word[i])
                    i += 1
            word = tuple(merged)
        pieces = [piece + "@@" for piece in word[:-1]]
        pieces.append(word[-1][: -len(_END)])
        return pieces

    def _bpe_long(self, word: tuple[str, ...]) -> list[str]:
        """:meth:`bpe` with a heap over a linked list of symbols.

        Pops the lowest-rank adjacent pair, leftmost first, as the quadratic loop
        does; with merges learned in order (a merge only uses symbols made by
        earlier merges) both give the same pieces, which the tests check.
        """
        ranks = self.bpe_ranks
        symbols = list(word)
        n = len(symbols)
        nxt = list(range(1, n + 1))
        nxt[-1] = -1
        prev = list(range(-1, n - 1))
        alive = [True] * n
        heap = [(rank, i, symbols[i], symbols[i + 1]) for i in range(n - 1)
                if (rank := ranks.get((symbols[i], symbols[i + 1]))) is not None]
        heapq.heapify(heap)
        while heap:
            _, i, first, second = heapq.heappop(heap)
            if not alive[i] or symbols[i] != first:
                continue
            j = nxt[i]
            if j == -1 or symbols[j] != second:
                continue
            symbols[i] = first + second
            alive[j] = False
            nxt[i] = nxt[j]
            if nxt[j] != -1:
                prev[nxt[j]] = i
            p, k = prev[i], nxt[i]
            if p != -1 and (rank := ranks.get((symbols[p], symbols[i]))) is not None:
                heapq.heappush(heap, (rank, p, symbols[p], symbols[i]))
            if k != -1 and (rank := ranks.get((symbols[i], symbols[k]))) is not None:
                heapq.heappush(heap, (rank, i, symbols[i], symbols[k]))
        out = [symbols[i] for i in range(n) if alive[i]]
        pieces = [piece + "@@" for piece in out[:-1]]
        pieces.append(out[-1][: -len(_END)])
        return pieces

    def _word_ids(self, word: str) -> tuple[int, ...]:
        ids = self._cache.get(word)
        if ids is None:
            get, unk = self.encoder.get, self.unk_id
            specials = self.specials
            ids = tuple(specials[p] if p in specials else get(p, unk) for p in self.bpe(word))
            if len(self._cache) >= _CACHE_LIMIT:
                with self._lock:
                    self._cache.clear()
            self._cache[word] = ids
        return ids

    # ------------------------------------------------------------------ public API
    def tokenize(self, text: str) -> list[str]:
        """Pieces of ``text`` (special tokens kept whole), as ``PhobertTokenizer.tokenize``."""
        out: list[str] = []
        for chunk in self._special_re.split(text):
            if not chunk:
                continue
            if chunk in self.specials:
                out.append(chunk)
            else:
                for word in _WORD_RE.findall(chunk):
                    out.extend(self.bpe(word))
        return out

    def word_ids(self, text: str) -> list[tuple[str, tuple[int, ...]]]:
        """``(word, ids)`` for each word of ``text`` in order; a literal special token is its own word."""
        return list(self._iter_word_ids(text))

    def _iter_word_ids(self, text: str) -> Iterator[tuple[str, tuple[int, ...]]]:
        for chunk in self._special_re.split(text):
            if not chunk:
                continue
            if chunk in self.specials:
                yield chunk, (self.specials[chunk],)
            else:
                for match in _WORD_RE.finditer(chunk):
                    word = match.group()
                    yield word, self._word_ids(word)

    def encode(self, text: str, max_length: int | None = None) -> tuple[list[int], bool]:
        """``<s> ids </s>``, cut to ``max_length`` ids in all; returns ``(ids, truncated)``.

        Same ids as ``PhobertTokenizer(text, truncation=True, max_length=max_length)["input_ids"]``.
        """
        budget = None if max_length is None else max_length - 2
        ids: list[int] = []
        for _, word in self._iter_word_ids(text):
            ids.extend(word)
            if budget is not None and len(ids) > budget:
                break  # the rest would be cut anyway
        return self.add_special_tokens(ids, max_length)

    def add_special_tokens(self, ids: list[int], max_length: int | None = None) -> tuple[list[int], bool]:
        truncated = False
        if max_length is not None:
            if max_length < 2:
                raise ValueError("max_length must leave room for <s> and </s>")
            if len(ids) > max_length - 2:
                ids, truncated = ids[: max_length - 2], True
        return [self.bos_id, *ids, self.eos_id], truncated

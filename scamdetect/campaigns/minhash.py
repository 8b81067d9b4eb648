"""MinHash signatures of masked texts and their LSH band keys, a batch at a time with numpy.

A masked text's shingles are its words and word pairs (a text of one word: the word). Each
word is hashed once with CRC-32 (stable across processes and runs, unlike ``hash()``), a
pair's hash is mixed from its two words' hashes, and the ``num_perm`` MinHash values are
``min((a * h + b) >> 32)`` over the shingles, for fixed random odd ``a`` and ``b`` drawn from a
seeded generator: the same text always has the same signature. Two signatures agree in a
position with probability equal to the Jaccard similarity of the two shingle sets.

:func:`band_keys` cuts a signature into ``bands`` bands of ``rows`` values and hashes each
band (with its band number) to one 64-bit key: texts whose Jaccard similarity is ``s``
share at least one key with probability ``1 - (1 - s**rows)**bands`` (21 bands of 3 rows:
0.94 at s = 0.5, 0.998 at s = 0.65, 0.44 at s = 0.3).

Example:
    >>> hasher = MinHasher()
    >>> sigs = hasher.signatures(["chuyen gap <amt> vao stk <num>", "chuyen gap <amt> vao stk <num> nhe",
    ...                           "ma otp cua ban la 0"])
    >>> sigs.shape, sigs.dtype.name
    ((3, 64), 'uint32')
    >>> round(similarity(sigs[0], sigs[1]), 1) >= 0.6, similarity(sigs[0], sigs[2]) < 0.2
    (True, True)
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

__all__ = ["MinHasher", "band_keys", "similarity", "NUM_PERM", "BANDS", "ROWS"]

NUM_PERM = 64
BANDS = 21
ROWS = 3
_PAIR = np.uint64(0x9E3779B97F4A7C15)
_PAIR32 = np.uint32(0x9E3779B1)
_SALT32 = np.uint32(0x5BD1E995)
_MIX = (np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53), np.uint64(0x2545F4914F6CDD1D))


class MinHasher:
    """Computes signatures (``num_perm`` uint32 values per text); deterministic for a ``seed``."""

    #: words hashed and remembered; the memo is emptied when it grows past this
    MEMO = 500_000

    def __init__(self, num_perm: int = NUM_PERM, seed: int = 20251) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.a = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
        self.b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)
        self._words: dict[str, int] = {}

    def _hash(self, word: str) -> int:
        value = self._words.get(word)
        if value is None:
            if len(self._words) >= self.MEMO:
                self._words.clear()
            value = self._words[word] = zlib.crc32(word.encode("utf-8"))
        return value

    def shingle_hashes(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """All texts' shingle hashes (uint32) in one array, grouped by text, and each text's start offset."""
        word_hashes: list[int] = []
        counts: list[int] = []
        hash_word = self._hash
        for text in texts:
            words = text.split() or [""]
            word_hashes.extend([hash_word(w) for w in words])
            counts.append(len(words))
        h = np.asarray(word_hashes, dtype=np.uint32)
        n = np.asarray(counts, dtype=np.int64)
        ends = np.cumsum(n)
        with np.errstate(over="ignore"):
            pairs = (h[:-1] * _PAIR32 + (h[1:] ^ _SALT32)) if len(h) > 1 else h[:0]
        inside = np.ones(max(len(h) - 1, 0), dtype=bool)
        inside[(ends - 1)[:-1]] = False  # no pair across two texts
        owner = np.repeat(np.arange(len(n)), n)
        shingles = np.concatenate([h, pairs[inside]])
        order = np.argsort(np.concatenate([owner, owner[:-1][inside]]), kind="stable")
        per_text = 2 * n - 1
        offsets = np.zeros(len(n), dtype=np.int64)
        np.cumsum(per_text[:-1], out=offsets[1:])
        return shingles[order], offsets

    def signatures(self, texts: Sequence[str]) -> np.ndarray:
        """A ``(len(texts), num_perm)`` uint32 array of MinHash signatures."""
        if not texts:
            return np.zeros((0, self.num_perm), dtype=np.uint32)
        out = np.empty((len(texts), self.num_perm), dtype=np.uint32)
        block = 512  # texts per block: the work array stays in cache
        for first in range(0, len(texts), block):
            shingles, starts = self.shingle_hashes(texts[first:first + block])
            with np.errstate(over="ignore"):
                values = np.multiply.outer(self.a, shingles)
                values += self.b[:, None]
                values ^= values >> np.uint32(15)
            out[first:first + block] = np.minimum.reduceat(values, starts, axis=1).T
        return out


def band_keys(signatures: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> np.ndarray:
    """``(n, bands)`` uint64 keys: each band of ``rows`` signature values hashed with its band number."""
    if bands * rows > signatures.shape[1]:
        raise ValueError(f"{bands} bands of {rows} rows need {bands * rows} values; signatures have "
                         f"{signatures.shape[1]}")
    sig = signatures[:, :bands * rows].astype(np.uint64).reshape(len(signatures), bands, rows)
    with np.errstate(over="ignore"):
        key = np.arange(1, bands + 1, dtype=np.uint64)[None, :] * _PAIR
        for r in range(rows):
            key = (key ^ sig[:, :, r]) * _MIX[r % len(_MIX)]
            key ^= key >> np.uint64(29)
    return key


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal positions)."""
    return float(np.count_nonzero(a == b)) / len(a)

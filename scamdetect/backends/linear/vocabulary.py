"""The default model's vocabulary: feature string -> column, with word pairs held as integer codes.

Why: about three in four features are word pairs (``"b:<key> <key>"``). As strings in a dict they cost
about 40 MB of a loaded model (the strings, the dict and an int object per column), more than the ONNX
weights. Here a pair is two key ids coded as ``first * n_keys + second``, and the pairs' codes and
columns are two sorted numpy arrays; the other features stay in a dict. The chunk table matches a whole
batch's word pairs against the arrays at once (:meth:`scamdetect.backends.linear.chunk_table.ChunkTable`).

Key ids are given in column order, first key then second, on first sight: the records of the chunks a
model ships prepared (``chunks.jsonl``) hold such ids, so the order is part of that file's format.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence

import numpy as np

from .features import PAIR_PREFIX

__all__ = ["Vocabulary"]


class Vocabulary:
    """Columns of the features of a linear model, given its features in column order.

    Behaves as a read-only mapping for lookups:

    >>> vocab = Vocabulary(["w:xin", "b:xin chào", "w:chào"])
    >>> len(vocab), vocab["w:chào"], vocab.get("b:xin chào"), vocab.get("b:chào xin")
    (3, 2, 1, None)
    >>> vocab.pair_columns(["xin", "chào", "xin"])
    [1]

    Raises:
        ValueError: a feature is repeated (its column would be ambiguous).
    """

    def __init__(self, features: Iterable[str]) -> None:
        words: dict[str, int] = {}
        key_ids: dict[str, int] = {}
        # C arrays, not lists of tuples: the transient Python objects of a 300k-feature load fragmented the
        # heap, and resident memory kept their 30 MB after they were freed
        firsts, seconds, columns = array("q"), array("q"), array("q")
        n = 0
        for column, feature in enumerate(features):
            n += 1
            if feature.startswith(PAIR_PREFIX):
                first, _, second = feature[len(PAIR_PREFIX):].partition(" ")
                firsts.append(key_ids.setdefault(first, len(key_ids)))
                seconds.append(key_ids.setdefault(second, len(key_ids)))
                columns.append(column)
            elif words.setdefault(feature, column) != column:
                raise ValueError(f"feature {feature!r} repeated in the vocabulary")
        self.words = words
        self.key_ids = key_ids
        self.n_keys = max(1, len(key_ids))
        codes = np.array(firsts, np.int64) * self.n_keys + np.array(seconds, np.int64)
        order = np.argsort(codes, kind="stable")
        # C arrays for bisection from Python (a chunk's one or two pairs), with numpy views of the same memory
        # for the batch's thousands
        self._codes = array("q", codes[order].tobytes())
        self._columns = array("q", np.array(columns, np.int64)[order].tobytes())
        self.pair_codes = np.frombuffer(self._codes, np.int64)
        self.pair_column_array = np.frombuffer(self._columns, np.int64)
        if len(self.pair_codes) > 1 and (np.diff(self.pair_codes) == 0).any():
            raise ValueError("a word-pair feature repeated in the vocabulary")
        self._n = n

    def __len__(self) -> int:
        return self._n

    def _pair(self, feature: str) -> int | None:
        first, _, second = feature[len(PAIR_PREFIX):].partition(" ")
        found = self.pair_columns([first, second])
        return found[0] if found else None

    def get(self, feature: str, default: int | None = None) -> int | None:
        column = self._pair(feature) if feature.startswith(PAIR_PREFIX) else self.words.get(feature)
        return default if column is None else column

    def __getitem__(self, feature: str) -> int:
        column = self.get(feature)
        if column is None:
            raise KeyError(feature)
        return column

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self.get(feature) is not None

    def pair_columns(self, keys: Sequence[str]) -> list[int]:
        """Columns of the word pairs of consecutive ``keys`` that are features, in order."""
        key_id, codes, n_keys = self.key_ids.get, self._codes, self.n_keys
        ids = [key_id(key) for key in keys]
        out = []
        for a, b in zip(ids, ids[1:]):
            if a is not None and b is not None:
                code = a * n_keys + b
                at = bisect_left(codes, code)
                if at < len(codes) and codes[at] == code:
                    out.append(self._columns[at])
        return out

"""Vocabulary columns of units (words and entities) and of whole texts, for the default model.

The scoring fast path (:mod:`scamdetect.chunk_table`) asks for the columns of a chunk's units,
and of a whole text where chunks cannot be used; a unit's own columns are cached, since words
repeat endlessly.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np

from ...text import normalize_text
from .features import MAX_CACHED_UNIT, doc_features, unit_features, unit_key, units
from .vocabulary import Vocabulary

__all__ = ["VocabColumns", "check_columns"]

#: the unit cache starts afresh beyond this many units, which bounds its memory on streams of unseen words
MAX_UNITS = 100_000


def check_columns(store: np.ndarray, width: int) -> None:
    """Raise ValueError unless every column of ``store`` (loaded from a file) lies in a vocabulary of ``width``."""
    if len(store) and (store.min() < 0 or store.max() >= width):
        raise ValueError("a column outside the vocabulary")


class VocabColumns:
    """Columns of ``vocab`` for units and for whole texts cut to ``max_chars``."""

    def __init__(self, vocab: Vocabulary, max_chars: int) -> None:
        self.vocab = vocab
        self.max_chars = max_chars
        # unit -> (its pair key, the columns of its own features)
        self._units: dict[str, tuple[str, array[int]]] = {}
        # units prepared ahead (see preload): unit -> its place in the keys and the column store
        self._prepared: dict[str, int] = {}
        self._prepared_keys: list[str] = []
        self._prepared_store = array("i")
        self._prepared_starts = array("q", [0])

    def entry(self, unit: str) -> tuple[str, array[int]]:
        """(pair key, vocabulary columns of the unit's own features), cached.

        The columns are an int32 array: the chunk table copies them into its own int32 store with one
        memory copy, where a tuple or list would be converted integer by integer.
        """
        entry = self._units.get(unit)
        if entry is None:
            k = self._prepared.get(unit)
            if k is not None:
                starts = self._prepared_starts
                entry = (self._prepared_keys[k], self._prepared_store[starts[k]:starts[k + 1]])
            else:
                vocab_get = self.vocab.words.get  # a unit's own features are never word pairs
                entry = (unit_key(unit),
                         array("i", [c for c in map(vocab_get, unit_features(unit)) if c is not None]))
            if len(unit) <= MAX_CACHED_UNIT:  # junk units are not worth their memory
                if len(self._units) > MAX_UNITS:
                    self._units.clear()
                self._units[unit] = entry
        return entry

    def export(self) -> tuple[list[str], list[str], bytes, bytes]:
        """``(units, their pair keys, column counts, columns)`` of every unit held, counts and columns as
        little-endian int32 bytes: what :meth:`preload` takes."""
        units = [unit for unit in self._prepared if unit not in self._units] + list(self._units)
        entries = [self.entry(unit) for unit in units]
        counts = np.array([len(columns) for _, columns in entries], "<i4")
        store = np.concatenate([np.frombuffer(columns, np.int32) for _, columns in entries]) if entries else []
        return units, [key for key, _ in entries], counts.tobytes(), np.asarray(store, "<i4").tobytes()

    def preload(self, units: Sequence[str], keys: Sequence[str], counts: bytes, columns: bytes) -> None:
        """Know these units' entries without computing them (what :meth:`export` gave, for the same vocabulary).

        Why: the chunks a fresh model meets are mostly new combinations of common words ("Lan (chị",
        "khoản):"), whose words then need no n-grams and lookups. Entries are built on first use.

        Raises:
            ValueError: the data does not fit this vocabulary.
        """
        sizes = np.frombuffer(counts, "<i4")
        store = np.frombuffer(columns, "<i4")
        prepared = {unit: k for k, unit in enumerate(units)}
        if not (len(prepared) == len(units) == len(keys) == len(sizes)):
            raise ValueError(f"{len(units)} units, {len(keys)} keys and {len(sizes)} counts, or a unit repeated")
        if (sizes < 0).any() or int(sizes.sum()) != len(store):
            raise ValueError("unit column counts do not add up to the unit column store")
        check_columns(store, len(self.vocab))
        if not all(isinstance(x, str) for x in [*units, *keys]):
            raise ValueError("a unit or key that is not a string")
        self._prepared = prepared
        self._prepared_keys = list(keys)
        self._prepared_store = array("i", store.astype(np.int32).tobytes())
        self._prepared_starts = array("q", np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).tobytes())
        self._units.clear()

    def units_columns(self, toks: Sequence[str]) -> tuple[list[str], array[int]]:
        """The pair keys of a run of units, and the columns (int32) of their own features and of their word pairs."""
        if len(toks) == 1:  # most chunks: one word or entity, so no word pair
            key, columns = self.entry(toks[0])
            return [key], columns  # the cached array itself: callers only read it
        cache_get, entry = self._units.get, self.entry
        entries = [cache_get(unit) or entry(unit) for unit in toks]
        keys = [key for key, _ in entries]
        columns = array("i")
        for _, own in entries:
            columns += own
        columns.extend(self.vocab.pair_columns(keys))
        return keys, columns

    def whole_text_columns(self, text: str) -> list[int]:
        """Columns of every feature occurrence of ``text`` the long way: normalise it whole, cut it into units."""
        original = text[: self.max_chars]
        normalized, salt = normalize_text(original)
        vocab_get = self.vocab.get
        toks = units(normalized)
        columns = self.units_columns(toks)[1].tolist()
        for feature in doc_features(normalized, salt, len(toks), original):
            column = vocab_get(feature)
            if column is not None:
                columns.append(column)
        return columns

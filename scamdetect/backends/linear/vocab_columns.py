"""Vocabulary columns of units (words and entities) and of whole texts, for the default model.

The scoring fast path (:mod:`scamdetect.chunk_table`) asks for the columns of a chunk's units,
and of a whole text where chunks cannot be used; a unit's own columns are cached, since words
repeat endlessly.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from ...text import normalize_text
from .features import MAX_CACHED_UNIT, doc_features, unit_features, unit_key, units

__all__ = ["VocabColumns"]

#: the unit cache starts afresh beyond this many units, which bounds its memory on streams of unseen words
MAX_UNITS = 100_000


class VocabColumns:
    """Columns of ``vocab`` (feature -> column) for units and for whole texts cut to ``max_chars``."""

    def __init__(self, vocab: dict[str, int], max_chars: int) -> None:
        self.vocab = vocab
        self.max_chars = max_chars
        # unit -> (its pair key, the columns of its own features)
        self._units: dict[str, tuple[str, array[int]]] = {}

    def entry(self, unit: str) -> tuple[str, array[int]]:
        """(pair key, vocabulary columns of the unit's own features), cached.

        The columns are an int32 array: the chunk table copies them into its own int32 store with one
        memory copy, where a tuple or list would be converted integer by integer.
        """
        entry = self._units.get(unit)
        if entry is None:
            vocab_get = self.vocab.get
            entry = (unit_key(unit), array("i", [c for c in map(vocab_get, unit_features(unit)) if c is not None]))
            if len(unit) <= MAX_CACHED_UNIT:  # junk units are not worth their memory
                if len(self._units) > MAX_UNITS:
                    self._units.clear()
                self._units[unit] = entry
        return entry

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
        columns.extend([c for c in map(self.vocab.get, ["b:" + a + " " + b for a, b in zip(keys, keys[1:])])
                        if c is not None])
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

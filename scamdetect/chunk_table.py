"""Feature occurrences of a batch of texts, assembled from a table of remembered chunks.

Why: scoring spent most of its time in Python, a handful of operations per feature of
every message. Here each space-separated chunk of folded text (:mod:`scamdetect.chunks`)
is prepared once and stored in numpy arrays: its feature columns, its first and last
word-pair keys, and its letter counts. A message then costs a split and a few dictionary
lookups in Python; gathering its columns, the word pairs across chunks and the
message-level features happens in numpy, once per batch.

The table is the linear backend's: it needs the model's vocabulary. It is bounded (it
starts afresh past :data:`MAX_CHUNKS` chunks) and guarded by a lock, so one model may be
used from many threads.
"""

from __future__ import annotations

import itertools
import threading
from array import array
from collections.abc import Callable, Sequence
from itertools import accumulate
from operator import and_

import numpy as np

from .chunks import TRAILING, chunk, joins, punctuated, runs, split
from .features import CAPS_SHARE, MIN_CHARS, MIN_LETTERS, WORD_BUCKETS
from .normalize import cut_salt_tail, fold, undisguise

__all__ = ["ChunkTable", "MAX_CHUNKS"]

#: the table starts afresh beyond this many chunks, which bounds its memory (about 40 MB)
MAX_CHUNKS = 200_000
_BUCKET_EDGES = np.array([limit for limit, _ in WORD_BUCKETS if limit is not None])
# fields of the per-chunk metadata
_OFFSET, _COUNT, _FIRST, _LAST, _UNITS, _LETTERS, _UPPERS, _DIACRITICS, _LENGTH = range(9)
_FIELDS = 9


class ChunkTable:
    """Chunks seen so far, and the batch assembly of feature occurrences from them.

    Args:
        vocab: feature -> column.
        unit_entry: a unit (word or entity) -> (its word-pair key, the columns of its own features).
        whole_text_columns: the columns of a text the long way, for the rare text whose
            chunks cannot be used (see :meth:`occurrences`).
        max_chars: texts are cut to this length first.
    """

    def __init__(self, vocab: dict[str, int], unit_entry: Callable[[str], tuple[str, tuple[int, ...]]],
                 whole_text_columns: Callable[[str], list[int]], max_chars: int) -> None:
        self.vocab = vocab
        self._unit_entry = unit_entry
        self._whole_text_columns = whole_text_columns
        self.max_chars = max_chars
        # every key that takes part in a word-pair feature gets an id; a pair is then one integer code
        self._key_ids: dict[str, int] = {}
        codes = []
        for feature, column in vocab.items():
            if feature.startswith("b:"):
                first, _, second = feature[2:].partition(" ")
                a = self._key_ids.setdefault(first, len(self._key_ids))
                b = self._key_ids.setdefault(second, len(self._key_ids))
                codes.append((a, b, column))
        self._n_keys = max(1, len(self._key_ids))
        order = sorted((a * self._n_keys + b, column) for a, b, column in codes)
        self._pair_codes = np.array([code for code, _ in order], dtype=np.int64)
        self._pair_columns = np.array([column for _, column in order], dtype=np.int64)
        self._bucket_columns = np.array([vocab.get(f"__n_words:{b}__", -1) for _, b in WORD_BUCKETS], np.int64)
        self._salt_column = vocab.get("__salt_tail__", -1)
        self._no_diacritics_column = vocab.get("__no_diacritics__", -1)
        self._caps_column = vocab.get("__mostly_caps__", -1)
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every chunk."""
        self._ids: dict[str, int] = {}
        # per chunk id (id 0 is unused, so that an id is always true)
        self._left: list[int] = [0]
        self._right: list[int] = [0]
        self._undisguised: list[bool] = [False]  # whether undisguising changed the chunk
        # flat int32 stores, appended to in C and viewed by numpy without a copy at assembly
        self._meta = array("i", bytes(4 * _FIELDS))  # _FIELDS per chunk id
        self._columns = array("i")

    def __len__(self) -> int:
        return len(self._ids)

    # ------------------------------------------------------------ one chunk
    def _add(self, raw: str) -> int:
        word = raw.rstrip(TRAILING)
        if word != raw and word.isalpha():  # "khoản," shares all but its right edge with "khoản"
            base = self._ids.get(word) or self._add(word)
            left, right = punctuated(self._left[base], raw)
            meta = self._meta[base * _FIELDS:(base + 1) * _FIELDS]  # the word's columns, counts and keys
            meta[_LENGTH] = len(raw)
            return self._store(raw, meta, left, right)
        info = chunk(raw)
        entries = [self._unit_entry(unit) for unit in info.units]
        keys = [key for key, _ in entries]
        columns = list(itertools.chain.from_iterable(cols for _, cols in entries))
        columns += [c for c in map(self.vocab.get, ["b:" + a + " " + b for a, b in zip(keys, keys[1:])])
                    if c is not None]
        key_id = self._key_ids.get
        meta = (len(self._columns), len(columns), key_id(keys[0], -1) if keys else -1,
                key_id(keys[-1], -1) if keys else -1, len(keys), info.letters, info.uppers, info.diacritics,
                info.length)
        self._columns.extend(columns)
        return self._store(raw, meta, info.left, info.right, info.changed)

    def _store(self, raw: str, meta, left: int, right: int, undisguised: bool = False) -> int:
        index = len(self._left)
        self._meta.extend(meta)
        self._left.append(left)
        self._right.append(right)
        self._undisguised.append(undisguised)
        self._ids[raw] = index
        return index

    def _lookup(self, text: str) -> list[int]:
        """Chunk ids of folded ``text``, neighbours that a step would join merged into one chunk."""
        get, add = self._ids.get, self._add
        raws = split(text)
        ids = [get(raw) or add(raw) for raw in raws]
        left, right = self._left, self._right
        while len(ids) > 1 and any(map(and_, map(right.__getitem__, ids[:-1]), map(left.__getitem__, ids[1:]))):
            pairs = joins(list(map(left.__getitem__, ids)), list(map(right.__getitem__, ids)))
            # a glued stretch is a slice of the text: the chunks are consecutive, one separator apart
            ends = list(accumulate(map(len, raws)))
            glued_raws: list[str] = []
            glued_ids: list[int] = []
            done = 0
            for first, last in runs(pairs):
                glued_raws += raws[done:first]
                glued_ids += ids[done:first]
                start = (ends[first - 1] + first) if first else 0
                raw = text[start:ends[last] + last]
                glued_raws.append(raw)
                glued_ids.append(get(raw) or add(raw))
                done = last + 1
            raws, ids = glued_raws + raws[done:], glued_ids + ids[done:]
        return ids

    def _text_ids(self, text: str) -> tuple[list[int], bool] | None:
        """The chunk ids of ``text`` and whether a salt tail was cut; None for the whole-text path.

        The salt tail is looked for on the undisguised text, as :func:`normalize_text` does; that is
        the folded text itself unless a chunk changes when undisguised, which the table records.
        """
        folded = fold(text[: self.max_chars])
        if folded is None:
            return None  # a combining mark: only the grapheme-level fold handles it
        changed = self._undisguised.__getitem__
        head, salt = cut_salt_tail(folded)
        if salt is not None:  # the tail is cut before its chunk is ever prepared: tails are all different
            if undisguise(folded) != folded:
                return None  # rare: a disguised word and a salt tail; not worth a second fast path
            ids = self._lookup(head)
            return (ids, True) if not any(map(changed, ids)) else None
        ids = self._lookup(folded)
        if any(map(changed, ids)) and cut_salt_tail(undisguise(folded))[1] is not None:
            return None
        return ids, False

    # ------------------------------------------------------------ a batch
    def occurrences(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(rows, columns)``: one entry per feature occurrence, sorted; ``rows`` index ``texts``.

        The same multiset per text as :func:`scamdetect.features.analyze` on the normalised text.
        """
        width = len(self.vocab) + 1
        return np.divmod(self.occurrence_keys(texts, width).astype(np.int64), width)

    def occurrence_keys(self, texts: Sequence[str], width: int) -> np.ndarray:
        """Each feature occurrence as ``row * width + column``, sorted (int32 where that fits).

        ``width`` must exceed every column. Sorted keys put the occurrences of one feature in one
        text side by side, which is how term frequencies are counted.
        """
        with self._lock:
            if len(self._ids) > MAX_CHUNKS:
                self.clear()
            id_lists: list[list[int]] = []
            salted: list[int] = []
            long_rows: list[int] = []
            long_columns: list[int] = []
            for k, text in enumerate(texts):
                found = self._text_ids(text)
                if found is None:
                    columns = self._whole_text_columns(text)
                    long_rows += [k] * len(columns)
                    long_columns += columns
                    id_lists.append([])
                    continue
                ids, salt = found
                id_lists.append(ids)
                if salt:
                    salted.append(k)
            keys = self._assemble(id_lists, salted, long_rows, long_columns, width)
        keys.sort()
        return keys

    def _assemble(self, id_lists: list[list[int]], salted: list[int], long_rows: list[int],
                  long_columns: list[int], width: int) -> np.ndarray:
        n = len(id_lists)
        kind = np.int32 if n * width < 2**31 else np.int64
        lengths = np.fromiter(map(len, id_lists), dtype=np.int64, count=n)
        chunks = np.fromiter(itertools.chain.from_iterable(id_lists), dtype=np.int64, count=int(lengths.sum()))
        meta = np.frombuffer(self._meta, dtype=np.int32).reshape(-1, _FIELDS)[chunks]
        text_of = np.repeat(np.arange(n, dtype=kind), lengths)
        keys = [np.asarray(long_rows, kind) * width + np.asarray(long_columns, kind)]

        # each chunk's own columns: the slices of the flat column store, one after the other
        counts = meta[:, _COUNT].astype(np.int64)
        gather = np.arange(int(counts.sum())) + np.repeat(meta[:, _OFFSET] - (np.cumsum(counts) - counts), counts)
        own = np.frombuffer(self._columns, dtype=np.int32)[gather].astype(kind, copy=False)
        own += np.repeat(text_of * width, counts)
        keys.append(own)

        # word pairs across neighbouring chunks of one text (chunks without words do not break a pair)
        spoken = meta[:, _UNITS] > 0
        firsts, lasts, owner = meta[spoken, _FIRST], meta[spoken, _LAST], text_of[spoken]
        same = owner[1:] == owner[:-1]
        a, b, owner = lasts[:-1][same].astype(np.int64), firsts[1:][same].astype(np.int64), owner[1:][same]
        known = (a >= 0) & (b >= 0)
        codes, owner = a[known] * self._n_keys + b[known], owner[known]
        if len(self._pair_codes) and len(codes):
            at = np.minimum(np.searchsorted(self._pair_codes, codes), len(self._pair_codes) - 1)
            hit = self._pair_codes[at] == codes
            keys.append(owner[hit] * width + self._pair_columns[at[hit]].astype(kind))

        # message-level features from summed chunk counts (the rules of features.doc_features)
        present = lengths > 0
        if present.any():
            starts = (np.cumsum(lengths) - lengths)[present]
            sums = np.add.reduceat(meta[:, _UNITS:].astype(np.int64), starts, axis=0)
            units, letters, uppers, diacritics = sums[:, 0], sums[:, 1], sums[:, 2], sums[:, 3]
            n_chars = sums[:, 4] + lengths[present] - 1
            owners = np.flatnonzero(present).astype(kind)
            buckets = self._bucket_columns[np.searchsorted(_BUCKET_EDGES, units)].astype(kind)
            keys.append(owners[buckets >= 0] * width + buckets[buckets >= 0])
            wordy = (n_chars >= MIN_CHARS) & (letters >= MIN_LETTERS)
            for column, where in ((self._no_diacritics_column, wordy & (diacritics == 0)),
                                  (self._caps_column, wordy & (uppers > CAPS_SHARE * letters))):
                if column >= 0:
                    keys.append(owners[where] * width + column)
        if self._salt_column >= 0 and salted:
            keys.append(np.asarray(salted, kind) * width + self._salt_column)
        return np.concatenate([k.astype(kind, copy=False) for k in keys])

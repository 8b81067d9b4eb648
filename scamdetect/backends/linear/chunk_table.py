"""Feature occurrences of a batch of texts, assembled from a table of remembered chunks.

Why: scoring spent most of its time in Python, a handful of operations per feature of
every message. Here each space-separated chunk of folded text (:mod:`scamdetect.chunks`)
is prepared once and stored in numpy arrays: its feature columns, its first and last
word-pair keys, and its letter counts. A message then costs its fold and salt-tail test in
Python; the batch's texts are joined, split into chunks, looked up and glued in C and numpy,
and gathering columns, the word pairs across chunks and the message-level features happens
in numpy, once per batch.

The table is the linear backend's: it needs the model's vocabulary. It is bounded (it
starts afresh past :data:`MAX_CHUNKS` chunks) and guarded by a lock, so one model may be
used from many threads.
"""

from __future__ import annotations

import itertools
import re
import struct
import threading
from array import array
from collections.abc import Sequence

import numpy as np

from ...text import cut_salt_tail, finish_word, fold, may_end_in_salt_tail, undisguise
from .chunks import SINGLE, chunk, number_shape, unwrap, word_edges, wrapped_edges
from .features import CAPS_SHARE, FORMAT_FEATURES, MIN_CHARS, MIN_LETTERS, WORD_BUCKETS, has_format, text_counts, units
from .vocab_columns import VocabColumns, check_columns

__all__ = ["ChunkTable", "MAX_CHUNKS", "SENTINEL"]

#: the table starts afresh beyond this many chunks, which bounds its memory (about 40 MB)
MAX_CHUNKS = 200_000
#: ... and past this many characters of chunk keys or this many stored columns, whichever comes first: a few
#: long junk chunks must not hold what 200,000 words would
MAX_CHUNK_CHARS = 8_000_000
MAX_COLUMNS = 16_000_000
#: chunks a model may ship prepared (:meth:`ChunkTable.preload`); the three bounds above count what comes after them
MAX_PRELOADED = 100_000
_BUCKET_EDGES = np.array([limit for limit, _ in WORD_BUCKETS if limit is not None])
# fields of the per-chunk record: where its columns lie, its first and last word-pair keys, its counts, its edge
# masks (scamdetect.chunks) and whether undisguising changed it
_OFFSET, _COUNT, _FIRST, _LAST, _UNITS, _LETTERS, _UPPERS, _DIACRITICS, _LENGTH, _LEFT, _RIGHT, _CHANGED = range(12)
_FIELDS = 12
#: one record as int32 bytes: appended to the store with one copy, not integer by integer
_PACK = struct.Struct(f"{_FIELDS}i").pack
#: separates texts in a batch; fold() drops control characters, so no chunk of folded text is this
SENTINEL = _SENTINEL = "\x00"
_SENTINEL_GAP = " " + _SENTINEL + " "


class ChunkTable:
    """Chunks seen so far, and the batch assembly of feature occurrences from them.

    Args:
        columns: the vocabulary's columns of units, and of a whole text the long way (for the rare
            text whose chunks cannot be used, see :meth:`occurrences`).
        max_chars: texts are cut to this length first.
    """

    def __init__(self, columns: VocabColumns, max_chars: int) -> None:
        self.columns = columns
        self.vocab = vocab = columns.vocab
        self._entry = columns.entry
        self._units_columns = columns.units_columns
        self._whole_text_columns = columns.whole_text_columns
        self.max_chars = max_chars
        # the vocabulary's word-pair codes (scamdetect.backends.linear.vocabulary), held here for the hot path
        self._key_ids = vocab.key_ids
        self._n_keys = vocab.n_keys
        self._pair_codes = vocab.pair_codes
        self._pair_columns = vocab.pair_column_array
        self._bucket_columns = np.array([vocab.get(f"__n_words:{b}__", -1) for _, b in WORD_BUCKETS], np.int64)
        self._salt_column = vocab.get("__salt_tail__", -1)
        self._no_diacritics_column = vocab.get("__no_diacritics__", -1)
        self._caps_column = vocab.get("__mostly_caps__", -1)
        self._format_columns = [(hints, pattern, vocab[feature]) for feature, hints, pattern in FORMAT_FEATURES
                               if feature in vocab]
        self._lock = threading.Lock()
        # per chunk id; id 0 is the sentinel that separates texts in a batch (so a chunk's id is always true)
        self._ids: dict[str, int] = {_SENTINEL: 0}
        # flat int32 stores, appended to in C and viewed by numpy without a copy at assembly
        self._meta = array("i", bytes(4 * _FIELDS))  # _FIELDS per chunk id; the sentinel's joins nothing
        self._columns = array("i")
        self._chars = 0  # characters of the chunk keys held
        # what clear() keeps: the first ids, records, columns and characters, which are the chunks the model
        # ships prepared (see preload). Chunks are only ever appended, so those stay as they were loaded
        self._base = (1, len(self._meta), 0, 0)

    def clear(self) -> None:
        """Forget every chunk seen since the model was loaded (the chunks it ships prepared stay)."""
        n_ids, n_meta, n_columns, chars = self._base
        if len(self._ids) > n_ids:
            # a dict keeps insertion order: the prepared chunks are its first entries
            self._ids = dict(itertools.islice(self._ids.items(), n_ids))
        del self._meta[n_meta:]
        del self._columns[n_columns:]
        self._chars = chars

    def __len__(self) -> int:
        return len(self._ids) - 1

    def prepare(self, raw: str) -> None:
        """Prepare chunk ``raw`` (a piece of :func:`~scamdetect.text.fold` output between spaces) if it is new."""
        with self._lock:
            self._ids.get(raw) or self._add(raw)

    def chunk_strings(self) -> list[str]:
        """The chunks held, the sentinel that separates texts (:data:`SENTINEL`) first."""
        with self._lock:
            return list(self._ids)

    # ------------------------------------------------------------ prepared chunks shipped with a model
    def forget_prepared(self) -> None:
        """Drop the prepared chunks and units too: the table starts empty, as a model without its prepared
        chunks does (what the benchmarks compare with)."""
        with self._lock:
            self._base = (1, _FIELDS, 0, 0)
            self.clear()
        self.columns.preload([], [], b"", b"")

    def export(self) -> tuple[list[str], bytes, bytes]:
        """``(chunks in id order, their records, the column store)``: the table as :meth:`preload` takes it,
        records and columns as little-endian int32 bytes."""
        with self._lock:
            chunks = list(self._ids)[1:]  # ids are given in insertion order, and id 0 is the sentinel
            return (chunks, np.frombuffer(self._meta, np.int32).astype("<i4").tobytes(),
                    np.frombuffer(self._columns, np.int32).astype("<i4").tobytes())

    def preload(self, chunks: Sequence[str], records: bytes, columns: bytes) -> None:
        """Start from chunks prepared ahead (what :meth:`export` gave, for the same vocabulary); :meth:`clear`
        then returns to them.

        Why: a freshly loaded model would otherwise prepare every common word on its first batches, at
        ten to thirty microseconds each, which is most of the cost of scoring a first batch.

        Raises:
            ValueError: the data does not fit this vocabulary (the message says how).
        """
        meta = np.frombuffer(records, "<i4")
        store = np.frombuffer(columns, "<i4")
        if len(chunks) > MAX_PRELOADED:
            raise ValueError(f"{len(chunks)} chunks; at most {MAX_PRELOADED} can be preloaded")
        if len(meta) != (len(chunks) + 1) * _FIELDS:
            raise ValueError(f"{len(meta)} record fields for {len(chunks)} chunks")
        ids = {_SENTINEL: 0}
        for index, raw in enumerate(chunks, 1):
            if not isinstance(raw, str) or not raw or raw in ids:
                raise ValueError(f"chunk {index}: {raw!r:.40} is empty, not a string or repeated")
            ids[raw] = index
        table = meta.reshape(-1, _FIELDS)
        offsets, counts = table[:, _OFFSET].astype(np.int64), table[:, _COUNT].astype(np.int64)
        keys = table[:, [_FIRST, _LAST]]
        if ((offsets < 0) | (counts < 0) | (offsets + counts > len(store))).any():
            raise ValueError("a chunk's columns lie outside the column store")
        check_columns(store, len(self.vocab))
        if len(keys) and (keys.min() < -1 or keys.max() >= self._n_keys):
            raise ValueError("a word-pair key outside the vocabulary")
        with self._lock:
            self._ids = ids
            self._meta = array("i", meta.astype(np.int32).tobytes())
            self._columns = array("i", store.astype(np.int32).tobytes())
            self._chars = sum(map(len, chunks))
            self._base = (len(ids), len(self._meta), len(self._columns), self._chars)

    # ------------------------------------------------------------ one chunk
    def _add(self, raw: str) -> int:
        if raw.isalpha():
            return self._add_word(raw)
        shape = number_shape(raw)
        if shape is not None:  # "3.260.000 đồng" has the entry of "0.000.000 đồng"
            return self._store(raw, self._record(shape).tobytes())
        parts = unwrap(raw)
        if parts is not None:  # '"khoản":' shares all but its edges and length with "khoản"
            opening, core, closing = parts
            record = self._record(core)
            if not record[_CHANGED]:  # a disguised core might undisguise differently beside the marks
                record[_LEFT], record[_RIGHT] = wrapped_edges(opening, core, closing, record[_LEFT], record[_RIGHT])
                record[_LENGTH] += len(raw) - len(core)
                return self._store(raw, record.tobytes())
        return self._add_chunk(raw)

    def _add_word(self, raw: str) -> int:
        """A word of letters, most new chunks: what :func:`scamdetect.chunks.chunk` makes of it, without
        the steps that cannot apply (nothing to undisguise, one unit, no entity)."""
        text = finish_word(raw)
        if not text.isalpha():
            return self._add_chunk(raw)
        key, own = self._entry(units(text)[0])
        key_id = self._key_ids.get(key, -1)
        record = _PACK(len(self._columns), len(own), key_id, key_id, 1, *text_counts(text), len(raw),
                       *word_edges(raw, text), False)
        self._columns.extend(own)
        return self._store(raw, record)

    def _add_chunk(self, raw: str) -> int:
        info = chunk(raw)
        key_id = self._key_ids.get
        keys, columns = self._units_columns(info.units)
        first, last = (key_id(keys[0], -1), key_id(keys[-1], -1)) if keys else (-1, -1)
        record = _PACK(len(self._columns), len(columns), first, last, len(info.units), info.letters, info.uppers,
                       info.diacritics, info.length, info.left, info.right, info.changed)
        self._columns.extend(columns)
        return self._store(raw, record)

    def _record(self, raw: str) -> array:
        """A copy of the record of chunk ``raw`` (prepared if new)."""
        base = self._ids.get(raw) or self._add(raw)
        return self._meta[base * _FIELDS:(base + 1) * _FIELDS]

    def _store(self, raw: str, record: bytes) -> int:
        index = len(self._meta) // _FIELDS
        self._meta.frombytes(record)
        self._ids[raw] = index
        self._chars += len(raw)
        return index

    def _records(self) -> np.ndarray:
        """A numpy view of every chunk's record, one row per chunk id.

        Use it within one statement: while a view lives, the store cannot grow (adding a chunk would fail).
        """
        return np.frombuffer(self._meta, np.int32).reshape(-1, _FIELDS)

    def _joins(self, ids: np.ndarray) -> np.ndarray:
        """The edge masks that join each chunk of ``ids`` to the next (non-zero: they must be glued)."""
        records = self._records()
        return records[:, _RIGHT].take(ids[:-1]) & records[:, _LEFT].take(ids[1:])

    # ------------------------------------------------------------ a batch
    def occurrences(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(rows, columns)``: one entry per feature occurrence, sorted; ``rows`` index ``texts``.

        The same multiset per text as :func:`scamdetect.features.analyze` on the normalised text.
        """
        width = len(self.vocab) + 1
        return np.divmod(self.occurrence_keys(texts, width).astype(np.int64), width)

    def occurrence_keys(self, texts: Sequence[str], width: int, sort: bool = True) -> np.ndarray:
        """Each feature occurrence as ``row * width + column``, sorted (int32 where that fits).

        ``width`` must exceed every column. Sorted keys put the occurrences of one feature in one
        text side by side, which is how term frequencies are counted. With ``sort=False`` the caller
        sorts them (on another thread: the table's lock is not needed for it).
        """
        with self._lock:
            base_ids, _, base_columns, base_chars = self._base  # the bounds count what came after the prepared chunks
            if (len(self._ids) - base_ids > MAX_CHUNKS or self._chars - base_chars > MAX_CHUNK_CHARS
                    or len(self._columns) - base_columns > MAX_COLUMNS):
                self.clear()
            if max(map(len, texts), default=0) > self.max_chars:
                texts = [text[:self.max_chars] for text in texts]
            chunks, lengths, salted, whole = self._batch(texts)
            long_rows: list[int] = []
            long_columns: list[int] = []
            for k in whole:
                columns = self._whole_text_columns(texts[k])
                long_rows += [k] * len(columns)
                long_columns += columns
            if self._format_columns:  # read on the text as written (features.format_features)
                skip = set(whole)  # the texts are cut to max_chars above, as the whole-text path cuts them
                joined = starts = None
                for hints, pattern, column in self._format_columns:
                    if hints:  # a C-level substring test spares most texts the pattern
                        found = [k for k, text in enumerate(texts)
                                 if k not in skip and has_format(text, hints, pattern)]
                    else:
                        if joined is None:
                            joined, starts = _joined_texts(texts)
                        found = _rows_matching(pattern, joined, starts, skip)
                    long_rows += found
                    long_columns += [column] * len(found)
            keys = self._assemble(chunks, lengths, salted, long_rows, long_columns, width)
        if sort:
            keys.sort()
        return keys

    def _batch(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[int], list[int]]:
        """``(chunk ids of all texts one after the other, chunks per text, salted rows, whole-text rows)``.

        Why one pass over the batch: a text's chunks are found by splitting, looking up and gluing
        in C and numpy over the whole batch joined by a sentinel chunk, not by Python code per text.
        A text that needs the whole-text path (see :meth:`_heads`) has no chunks here.
        """
        heads, rows, salted, whole = self._heads(texts)
        lengths = np.zeros(len(texts), np.int64)
        if not heads:
            return np.zeros(0, np.int64), lengths, [], whole
        newlines = [k for k, head in enumerate(heads) if "\n" in head]
        joined = _SENTINEL_GAP.join(heads)
        tokens = (joined.replace("\n", " ") if newlines else joined).split(" ")
        get, add = self._ids.get, self._add
        ids = np.fromiter(map(get, tokens, itertools.repeat(-1)), np.int64, len(tokens))
        for p in np.flatnonzero(ids < 0).tolist():
            ids[p] = get(tokens[p]) or add(tokens[p])
        while len(ids) > 1:
            pairs = self._joins(ids)
            if not pairs.any():
                break
            ids, tokens = self._glue(ids, tokens, pairs, heads, newlines)
        head_of = np.cumsum(ids == 0)  # a chunk's head: how many sentinels come before it
        changed = self._records()[:, _CHANGED].take(ids) != 0
        if changed.any():
            # a disguised word: the whole-text path looks for the salt tail on the undisguised text. Its decision
            # reads the end of the text (the tail, and the last character and word before it) and whether three
            # words precede the tail. Where a text's last two chunks are not disguised, the end is the same on
            # both texts; a salted text then has at least three chunks before its tail, each a word at least on
            # either text, and an unsalted one cannot gain a tail, since undisguising only merges words. Otherwise
            # the tail is looked for on the undisguised text, where its last chunk, undisguised, passes the cheap
            # tests (the text ends as that chunk does).
            ends = np.append(np.flatnonzero(ids == 0), len(ids)).tolist()  # one past each text's last chunk
            dropped = [h for h in np.unique(head_of[changed]).tolist()
                       if (changed[ends[h] - 1] or changed[ends[h] - 2])
                       and (salted[h] or (may_end_in_salt_tail(undisguise(tokens[ends[h] - 1]))
                                          and cut_salt_tail(undisguise(heads[h]))[1] is not None))]
            if dropped:
                whole += [rows[h] for h in dropped]
                ids[np.isin(head_of, dropped)] = 0
                for h in dropped:
                    salted[h] = False  # the whole-text path finds its tail itself
        real = ids != 0
        lengths[rows] = np.bincount(head_of[real], minlength=len(heads))
        whole.sort()
        return ids[real], lengths, [rows[h] for h, salt in enumerate(salted) if salt], whole

    def _heads(self, texts: Sequence[str]) -> tuple[list[str], list[int], list[bool], list[int]]:
        """Folded texts without their salt tails, the rows they come from, whether a tail was cut,
        and the rows for the whole-text path.

        The whole-text path takes a text with a combining mark, which only the grapheme-level fold
        handles. The salt tail is cut from the folded text, where the whole-text path cuts it from the
        undisguised one; the two agree unless undisguising changes the text, and it can only change
        the head (a tail is 3 to 8 letters and digits, no single letter, dot or top-level domain), so
        :meth:`_batch` checks a text with a disguised chunk near its end again. A tail glued to the word
        before it is the exception ("c.o.mcfd" undisguises to "comcfd"): such a text, if undisguising
        changes it, takes the whole-text path.
        """
        folded = list(map(fold, texts))  # C-level loops: per-text Python is most of what is left
        rows = list(range(len(texts)))
        whole: list[int] = []
        if None in folded:
            whole = [k for k, text in enumerate(folded) if text is None]
            rows = [k for k, text in enumerate(folded) if text is not None]
            folded = [folded[k] for k in rows]
        cuts = list(map(cut_salt_tail, folded))
        # a tail glued to the word before it ("c.o.mcfd") may be part of what undisguising rejoins ("comcfd"),
        # which then has no tail: such a text takes the whole-text path
        attached = {h for h, (_, salt) in enumerate(cuts) if salt is not None and _glued_tail_may_change(folded[h], salt)}
        if attached:
            whole = sorted(whole + [rows[h] for h in attached])
            keep = [h for h in range(len(cuts)) if h not in attached]
            rows, cuts = [rows[h] for h in keep], [cuts[h] for h in keep]
        heads = [head for head, _ in cuts]
        salted = [salt is not None for _, salt in cuts]
        return heads, rows, salted, whole

    def _glue(self, ids: np.ndarray, tokens: list[str], pairs: np.ndarray, heads: list[str],
              newlines: list[int]) -> tuple[np.ndarray, list[str]]:
        """Merge each stretch of neighbours that must be processed together (see :mod:`scamdetect.chunks`)
        into one chunk, in every text of the batch at once."""
        glued = np.flatnonzero(pairs)
        single = glued[(pairs[glued] & SINGLE) != 0]
        if len(single):  # a run of single letters also takes the chunk on either side, within its text
            side = np.concatenate([single - 1, single + 1])
            side = side[(side >= 0) & (side < len(pairs))]
            glued = np.union1d(glued, side[(ids[side] != 0) & (ids[side + 1] != 0)])
        cut = np.flatnonzero(np.diff(glued) > 1)
        firsts = glued[np.concatenate([[0], cut + 1])]
        lasts = glued[np.concatenate([cut, [len(glued) - 1]])] + 1  # the run's last chunk
        starts = firsts.tolist()
        raws = [" ".join(tokens[first:last + 1]) for first, last in zip(starts, lasts.tolist())]
        if newlines:  # where a text has line breaks, the glued stretch is the slice of the text
            head_of = np.cumsum(ids == 0)[firsts].tolist()
            first_chunk = [0, *(np.flatnonzero(ids == 0) + 1).tolist()]  # of each text
            for k, head in enumerate(head_of):
                if "\n" in heads[head]:  # its offset: the chunks before it, one separator after each
                    offset = sum(map(len, tokens[first_chunk[head]:starts[k]])) + starts[k] - first_chunk[head]
                    raws[k] = heads[head][offset:offset + len(raws[k])]
        get, add = self._ids.get, self._add
        for first, raw in zip(starts, raws):
            tokens[first] = raw
            ids[first] = get(raw) or add(raw)
        spans = lasts - firsts
        keep = np.ones(len(ids), bool)
        keep[np.repeat(firsts + 1 - np.cumsum(spans) + spans, spans) + np.arange(int(spans.sum()))] = False
        return ids[keep], list(itertools.compress(tokens, keep.tolist()))

    def _assemble(self, chunks: np.ndarray, lengths: np.ndarray, salted: list[int], long_rows: list[int],
                  long_columns: list[int], width: int) -> np.ndarray:
        n = len(lengths)
        kind = np.int32 if n * width < 2**31 else np.int64
        meta = self._records().take(chunks, axis=0)  # take(): a quarter of the time of fancy indexing here
        text_of = np.repeat(np.arange(n, dtype=kind), lengths)
        keys = [np.asarray(long_rows, kind) * width + np.asarray(long_columns, kind)]

        # each chunk's own columns: the slices of the flat column store, one after the other
        counts = meta[:, _COUNT].astype(np.int64)
        gather = np.arange(int(counts.sum())) + np.repeat(meta[:, _OFFSET] - (np.cumsum(counts) - counts), counts)
        own = np.frombuffer(self._columns, dtype=np.int32).take(gather).astype(kind, copy=False)
        own += np.repeat(text_of * width, counts)
        keys.append(own)

        # word pairs across neighbouring chunks of one text (chunks without words do not break a pair)
        spoken = meta[:, _UNITS] > 0
        firsts, lasts, owner = meta[spoken, _FIRST], meta[spoken, _LAST], text_of[spoken]
        same = owner[1:] == owner[:-1]
        a, b, owner = lasts[:-1][same].astype(np.int64), firsts[1:][same].astype(np.int64), owner[1:][same]
        known = (a >= 0) & (b >= 0)
        if len(self._pair_codes) and known.any():
            # sorted queries make the binary search walk the table in order, at twice the speed; the
            # text rides in the low bits (the order of occurrences does not matter: keys are sorted last)
            shift = max(1, n.bit_length())
            coded = np.sort((a[known] * self._n_keys + b[known]) << shift | owner[known])
            codes, owner = coded >> shift, (coded & ((1 << shift) - 1)).astype(kind)
            at = np.minimum(np.searchsorted(self._pair_codes, codes), len(self._pair_codes) - 1)
            hit = self._pair_codes[at] == codes
            keys.append(owner[hit] * width + self._pair_columns[at[hit]].astype(kind))

        # message-level features from summed chunk counts (the rules of features.doc_features)
        present = lengths > 0
        if present.any():
            starts = (np.cumsum(lengths) - lengths)[present]
            sums = np.add.reduceat(meta[:, _UNITS:_LENGTH + 1].astype(np.int64), starts, axis=0)
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


def _joined_texts(texts: Sequence[str]) -> tuple[str, np.ndarray]:
    """The texts joined by :data:`SENTINEL`, and where each starts in the joined string."""
    starts = np.cumsum([0, *map(len, texts)], dtype=np.int64)[:-1] + np.arange(len(texts), dtype=np.int64)
    return _SENTINEL.join(texts), starts


def _rows_matching(pattern: re.Pattern[str], joined: str, starts: np.ndarray, skip: set[int]) -> list[int]:
    """The rows of the texts of :func:`_joined_texts` in which ``pattern`` matches, but those in ``skip``.

    Why: a pattern without substring hints would otherwise be searched text by text, and the call per text
    cost as much as the search; one scan of the batch finds its rare matches. Exact for a pattern that cannot
    match the separator (a format pattern reads digits, spaces and punctuation, never a control character):
    no match then spans two texts, and the first match in a text is found wherever the scan resumes.
    """
    at = [m.start() for m in pattern.finditer(joined)]
    if not at:
        return []
    rows = np.unique(np.searchsorted(starts, at, side="right") - 1).tolist()
    return [k for k in rows if k not in skip]


def _glued_tail_may_change(folded: str, salt: str) -> bool:
    """Whether the salt tail ``salt`` cut from the end of ``folded`` has no space before it, in a text that
    undisguising changes."""
    last = folded.rstrip()
    # an unchanged text is the one the whole-text path cuts its tail from, so the two paths agree
    return not last[len(last) - len(salt) - 1].isspace() and undisguise(folded) != folded

"""The default model's backend: sparse n-gram features scored by a linear ONNX graph.

Files: ``model.onnx`` (the weights; a sparse batch of tf-idf rows in, probabilities
out; see :mod:`scamdetect.backends.linear.graphs` for its formats), ``vocab.json``
(feature strings in column order and their idf) and, optionally, ``chunks.jsonl`` (common
chunks of text prepared ahead, :mod:`scamdetect.backends.linear.chunk_file`). Feature
extraction runs in Python and numpy; the arithmetic runs in onnxruntime.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ...model_dir import ModelError
from ...text import Normalized, normalize
from .chunk_file import CHUNK_FILE, read_chunk_file
from .chunk_table import ChunkTable
from .features import FEATURIZER_VERSION, analyze
from .graphs import graph_runner
from .vocab_columns import VocabColumns
from .vocabulary import Vocabulary

__all__ = ["LinearBackend", "MAX_CHARS"]

#: texts longer than this many characters are cut (and flagged ``truncated``); a scam
#: shows itself long before, and the cut keeps one giant input from stalling a batch.
MAX_CHARS = 5000


def _session(path: Path):
    import onnxruntime as ort

    options = ort.SessionOptions()
    # one message is tiny: thread pools cost more than they give, and callers parallelise across texts
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as err:  # onnxruntime raises several unrelated types for a bad file
        raise ModelError(f"{path}: not a loadable ONNX model ({err})") from None


class LinearBackend:
    """Linear model over hashed-free vocabulary features (exact explanations)."""

    def __init__(self, session: Any, features: Sequence[str] | Vocabulary, idf: np.ndarray, labels: tuple[str, ...],
                 max_chars: int = MAX_CHARS, path: Path = Path("model.onnx")) -> None:
        self.session = session
        # the feature strings themselves are not kept: the vocabulary holds word pairs as integer codes
        self.vocab = features if isinstance(features, Vocabulary) else Vocabulary(features)
        self.n_features = len(self.vocab)
        self._graph = graph_runner(session, self.n_features, path)
        self.idf = idf.astype(np.float32)
        self.labels = labels
        self.max_chars = max_chars
        # the chunk table calls these, which do not refer back to the backend: without a reference cycle a
        # dropped model is freed at once, not by a later full garbage collection that pauses whatever runs then
        columns = VocabColumns(self.vocab, max_chars)
        self._whole_text_columns = columns.whole_text_columns  # the long way, which tests hold the chunks to
        # chunks of folded text, each prepared once: what makes batch scoring fast
        self._chunks = ChunkTable(columns, max_chars)

    @classmethod
    def from_dir(cls, path: Path, manifest: dict[str, Any]) -> LinearBackend:
        if manifest.get("featurizer_version") != FEATURIZER_VERSION:
            raise ModelError(f"{path / 'manifest.json'}: featurizer v{manifest.get('featurizer_version')}, this "
                             f"scamdetect extracts v{FEATURIZER_VERSION}; retrain the model")
        session = _session(path / "model.onnx")
        vocab, idf = _read_vocab(path / "vocab.json")
        backend = cls(session, vocab, idf, tuple(manifest["labels"]), int(manifest.get("max_chars", MAX_CHARS)),
                      path / "model.onnx")
        if CHUNK_FILE in manifest["files"]:  # listed, so its sha256 was checked with the others
            read_chunk_file(path / CHUNK_FILE, backend._chunks, backend.n_features)
        return backend

    # ------------------------------------------------------------ shared steps
    def prepare(self, text: str) -> tuple[Normalized, bool]:
        truncated = len(text) > self.max_chars
        return normalize(text[: self.max_chars] if truncated else text), truncated

    def _encode(self, norm: Normalized) -> tuple[list[int], list[float], list[list[tuple[int, int]]]]:
        """Column indices, tf-idf values (l2-normalised) and the spans each column came from."""
        counts: dict[int, int] = {}
        spans: dict[int, list[tuple[int, int]]] = {}
        for feature, start, end in analyze(norm.text, norm.salt_tail, norm.original):
            index = self.vocab.get(feature)
            if index is None:
                continue
            counts[index] = counts.get(index, 0) + 1
            spans.setdefault(index, []).append((start, end))
        indices = list(counts)
        values = [(1.0 + math.log(counts[i])) * float(self.idf[i]) for i in indices]
        norm2 = math.sqrt(sum(v * v for v in values)) or 1.0
        return indices, [v / norm2 for v in values], [spans[i] for i in indices]

    def _columns(self, text: str) -> list[int]:
        """Vocabulary columns of every feature occurrence (the same multiset :func:`analyze` gives)."""
        return self._chunks.occurrences([text])[1].tolist()

    def _tfidf(self, keys: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(indptr, columns, values): each of ``n`` texts' distinct features as a CSR row, tf-idf weighted
        and l2-normalised (the row of text ``r`` is ``columns[indptr[r]:indptr[r + 1]]``, sorted).

        Takes the sorted occurrence keys (``row * width + column``) of :meth:`ChunkTable.occurrence_keys`.
        """
        width = self.n_features + 1
        indptr = np.zeros(n + 1, np.int64)
        if not len(keys):
            return indptr, np.zeros(0, np.int64), np.zeros(0, np.float32)
        starts = np.empty(len(keys), bool)  # where a run of equal keys (one feature of one text) starts
        starts[0] = True
        np.not_equal(keys[1:], keys[:-1], out=starts[1:])
        first = np.flatnonzero(starts)
        counts = np.diff(first, append=len(keys))
        distinct = keys.take(first)  # take() gathers faster than fancy indexing
        # rows from a binary search for each text's first key, not a division per feature
        indptr[1:n] = np.searchsorted(distinct, np.arange(1, n, dtype=distinct.dtype) * width)
        indptr[n] = len(distinct)
        rows = np.repeat(np.arange(n), np.diff(indptr))
        columns = (distinct - (rows * width).astype(distinct.dtype)).astype(np.int64)
        sublinear = 1.0 + np.log(np.arange(1, int(counts.max()) + 1))  # the tf of each count, looked up
        values = sublinear.take(counts - 1) * self.idf.take(columns)
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        return indptr, columns, (values / np.where(norms > 0, norms, 1.0).take(rows)).astype(np.float32)

    def _score_keys(self, keys: np.ndarray, n: int) -> np.ndarray:
        """Probabilities of ``n`` texts from their unsorted occurrence keys: numpy and onnxruntime only, which
        release the GIL for most of their time."""
        if not n:
            return np.zeros((0, len(self.labels)), np.float32)
        keys.sort()
        return self._graph.probabilities(*self._tfidf(keys, n))

    # ------------------------------------------------------------ Backend API
    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, list[bool]]:
        n = len(texts)
        if not n:
            return np.zeros((0, len(self.labels)), np.float32), []
        keys = self._chunks.occurrence_keys(texts, self.n_features + 1, sort=False)
        return self._score_keys(keys, n), [len(text) > self.max_chars for text in texts]

    def predict_proba_batches(self, batches: Iterable[Sequence[str]]) -> Iterator[tuple[np.ndarray, list[bool]]]:
        """:meth:`predict_proba` of each batch, in order, as a pipeline on two threads.

        Why: reading texts into feature keys is Python and holds the GIL; sorting the keys, weighting
        them and the onnxruntime product are numpy and C++ and mostly do not. So while a second thread
        scores batch k, this one reads batch k + 1 (and the caller turns batch k - 1 into results). The
        numbers are those of :meth:`predict_proba`. The thread lives for one call.
        """
        width = self.n_features + 1
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="scamdetect-score") as worker:
            pending: tuple[Future[np.ndarray], list[bool]] | None = None
            for texts in batches:
                keys = self._chunks.occurrence_keys(texts, width, sort=False)
                scored = worker.submit(self._score_keys, keys, len(texts))
                if pending is not None:
                    yield pending[0].result(), pending[1]
                pending = scored, [len(text) > self.max_chars for text in texts]
            if pending is not None:
                yield pending[0].result(), pending[1]

    def word_spans(self, text: str, label_index: int) -> list[tuple[int, int, float]]:
        """Exact per-word evidence for the label against its rivals, mapped onto the original text.

        Each feature's share is ``x_f * (W[f, label] - sum_{j != label} q_j W[f, j])`` with ``q`` the
        model's probabilities over the other labels, renormalised: the feature's push on the label's
        logit over the plausible alternatives. (The gradient of ``log p`` would vanish on confident
        predictions, exactly where users want to see why.) A feature over several words is split evenly.
        """
        norm, _ = self.prepare(text)
        indices, values, spans = self._encode(norm)
        if not indices:
            return []
        probs, contributions = self._graph.contributions(np.asarray(indices, np.int64),
                                                         np.asarray(values, np.float32))
        rivals = probs.astype(np.float64)
        rivals[label_index] = 0.0
        rivals /= rivals.sum() or 1.0
        pull = contributions[:, label_index] - contributions @ rivals
        words: dict[tuple[int, int], float] = {}
        word_bounds = _word_bounds(norm.text)
        # words are disjoint and in order: the words a span covers are found by bisection, not by a scan of
        # all of them per occurrence (which grew with words x occurrences on long repetitive texts)
        bound_ends = [b[1] for b in word_bounds]
        bound_starts = [b[0] for b in word_bounds]
        for occurrences, weight in zip(spans, pull):
            for start, end in occurrences:
                if start == end:
                    continue  # document-level feature: no place in the text
                lo, hi = bisect_right(bound_ends, start), bisect_left(bound_starts, end)
                covered = word_bounds[lo:hi] or [(start, end)]
                share = float(weight) / len(occurrences) / len(covered)
                for bound in covered:
                    words[bound] = words.get(bound, 0.0) + share
        out = []
        for (start, end), weight in sorted(words.items()):
            o_start, o_end = norm.to_original(start, end)
            out.append((o_start, o_end, weight))
        return out


def _read_vocab(path: Path) -> tuple[Vocabulary, np.ndarray]:
    """The vocabulary and idf of ``vocab.json``. The parsed feature list is dropped here, before the chunk
    table is built, so its strings are not all alive at the peak of a load."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        vocab, idf = Vocabulary(data["features"]), np.asarray(data["idf"], dtype=np.float32)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ModelError(f"{path}: unreadable vocabulary ({err})") from None
    if len(vocab) != len(idf):
        raise ModelError(f"{path}: {len(vocab)} features but {len(idf)} idf values")
    return vocab, idf


_EDGE_PUNCT = ",.;:!?()[]{}\"'…“”‘’«»-–—*"


def _word_bounds(text: str) -> list[tuple[int, int]]:
    """Whitespace-separated words, without the punctuation clinging to their edges."""
    bounds = []
    for m in re.finditer(r"\S+", text):
        start, end = m.start(), m.end()
        while start < end - 1 and text[start] in _EDGE_PUNCT:
            start += 1
        while end > start + 1 and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        bounds.append((start, end))
    return bounds

"""The transformer backend: a fine-tuned PhoBERT exported to ONNX, run with onnxruntime.

No torch or transformers at inference. A text goes through the same steps as
in training: :func:`scamdetect.text.normalize`, underthesea word
segmentation (:mod:`scamdetect.segment`), then PhoBERT's BPE
(:class:`scamdetect.phobert_tokenizer.PhobertTokenizer`, same ids as
transformers' ``PhobertTokenizer``).

Long input: a model reads at most ``max_tokens`` tokens (``<s>`` and ``</s>``
included; 256 for PhoBERT, recorded in the manifest). Longer texts are cut at
the end and reported with ``truncated=True``; so are texts over
``64 * max_tokens`` characters, which are cut before normalisation so that no
input can make scoring slow.

Explanations (:meth:`TransformerBackend.word_spans`) are by occlusion: each
segmented word (``tài khoản`` is one word) is deleted in turn and the drop in
the label's probability is its weight; the word is located in the normalised
text and mapped back to the caller's original text through
:meth:`~scamdetect.text.Normalized.to_original`.

Model directory (written by ``python -m training.export``)::

    manifest.json   kind "transformer", labels, max_tokens, pad/bos/eos ids, sha256 of every file
    model.onnx      inputs input_ids, attention_mask (int64, dynamic batch and sequence); output logits
    vocab.txt       PhoBERT fastBPE dictionary
    bpe.codes       PhoBERT fastBPE merges

Set ``SCAMDETECT_THREADS`` to bound onnxruntime's intra-op threads (default: onnxruntime's choice).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ...model_dir import ModelError
from ...text import Normalized, normalize
from .phobert_tokenizer import PhobertTokenizer
from .segment import segment_words

__all__ = ["TransformerBackend", "CHARS_PER_TOKEN_LIMIT", "MAX_OCCLUSIONS"]

#: texts longer than ``CHARS_PER_TOKEN_LIMIT * max_tokens`` characters are cut before normalisation
CHARS_PER_TOKEN_LIMIT = 64
#: at most this many occlusion passes per explanation
MAX_OCCLUSIONS = 64
_BATCH = 32


class TransformerBackend:
    """PhoBERT-style sequence classifier in ONNX. Thread-safe: sessions and the tokenizer may be shared."""

    kind = "transformer"

    def __init__(self, session: Any, tokenizer: PhobertTokenizer, labels: Sequence[str], max_tokens: int,
                 pad_id: int = 1, input_names: Sequence[str] = ("input_ids", "attention_mask"),
                 batch_size: int = _BATCH) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.labels = tuple(labels)
        self.max_tokens = int(max_tokens)
        self.max_chars = CHARS_PER_TOKEN_LIMIT * self.max_tokens
        self.pad_id = int(pad_id)
        self.input_names = tuple(input_names)
        self.batch_size = int(batch_size)
        self.max_occlusions = MAX_OCCLUSIONS

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_dir(cls, path: Path, manifest: dict[str, Any]) -> TransformerBackend:
        import onnxruntime as ort

        path = Path(path)
        where = path / "manifest.json"
        for key in ("onnx", "max_tokens", "pad_id", "bos_id", "eos_id", "tokenizer"):
            if key not in manifest:
                raise ModelError(f"{where}: missing field {key!r} (required for kind 'transformer')")
        tokenizer_files = manifest["tokenizer"]
        if not isinstance(tokenizer_files, dict) or not {"vocab", "merges"} <= set(tokenizer_files):
            raise ModelError(f"{where}: 'tokenizer' must name the 'vocab' and 'merges' files")
        names = {"onnx": manifest["onnx"], "vocab": tokenizer_files["vocab"], "merges": tokenizer_files["merges"]}
        for role, name in names.items():
            if not isinstance(name, str) or name not in manifest.get("files", {}):
                raise ModelError(f"{where}: the {role} file {name!r} is not listed (with its sha256) under 'files'")
        max_tokens = manifest["max_tokens"]
        if not isinstance(max_tokens, int) or not 3 <= max_tokens <= 4096:
            raise ModelError(f"{where}: max_tokens must be an integer between 3 and 4096, not {max_tokens!r}")
        if (manifest["bos_id"], manifest["pad_id"], manifest["eos_id"]) != (0, 1, 2):
            raise ModelError(f"{where}: PhoBERT's special ids are bos 0, pad 1, eos 2; the manifest says "
                             f"bos {manifest['bos_id']}, pad {manifest['pad_id']}, eos {manifest['eos_id']}")
        try:
            tokenizer = PhobertTokenizer.from_files(path / names["vocab"], path / names["merges"])
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise ModelError(f"{path / names['vocab']} / {names['merges']}: cannot read the tokenizer ({err})") \
                from None

        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        threads = os.environ.get("SCAMDETECT_THREADS")
        if threads and threads.isdigit():
            options.intra_op_num_threads = int(threads)
        options.inter_op_num_threads = 1
        onnx_path = path / names["onnx"]
        try:
            session = ort.InferenceSession(str(onnx_path), sess_options=options,
                                           providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime raises its own exception types
            raise ModelError(f"{onnx_path}: onnxruntime cannot load it ({type(err).__name__}: {err})") from None
        inputs = [i.name for i in session.get_inputs()]
        if "input_ids" not in inputs or not set(inputs) <= {"input_ids", "attention_mask"}:
            raise ModelError(f"{onnx_path}: expected inputs input_ids and attention_mask, found {inputs}")
        width = session.get_outputs()[0].shape[-1]
        if isinstance(width, int) and width != len(manifest["labels"]):
            raise ModelError(f"{onnx_path}: {width} outputs but the manifest lists {len(manifest['labels'])} labels")
        return cls(session, tokenizer, manifest["labels"], max_tokens, pad_id=manifest["pad_id"], input_names=inputs)

    # ------------------------------------------------------------------ preprocessing
    def _normalize(self, text: str) -> tuple[Normalized, bool]:
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        cut = len(text) > self.max_chars
        return normalize(text[: self.max_chars] if cut else text), cut

    @staticmethod
    def _words(normalized_text: str) -> list[str]:
        """Segmented words, syllables joined by ``_`` (PhoBERT's input form)."""
        if not normalized_text.strip():
            return []
        return [w.replace(" ", "_") for w in segment_words(normalized_text)]

    def segmented(self, text: str) -> tuple[str, bool]:
        """The tokenizer's input for a raw text (normalised, word-segmented) and whether it was cut to ``max_chars``."""
        normalized, cut = self._normalize(text)
        return " ".join(self._words(normalized.text)), cut

    def encode(self, text: str) -> tuple[list[int], bool]:
        """Model input ids of a raw text (``<s> ... </s>``, at most ``max_tokens``) and whether it was cut."""
        segmented, cut = self.segmented(text)
        ids, truncated = self.tokenizer.encode(segmented, max_length=self.max_tokens)
        return ids, truncated or cut

    # ------------------------------------------------------------------ inference
    def _logits(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        """Logits for id sequences, batched by length to keep padding small."""
        out = np.zeros((len(sequences), len(self.labels)), dtype=np.float32)
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        for start in range(0, len(order), self.batch_size):
            chosen = order[start:start + self.batch_size]
            width = max(len(sequences[i]) for i in chosen)
            input_ids = np.full((len(chosen), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.int64)
            for row, i in enumerate(chosen):
                input_ids[row, : len(sequences[i])] = sequences[i]
                mask[row, : len(sequences[i])] = 1
            feeds = {"input_ids": input_ids, "attention_mask": mask}
            logits = self.session.run(None, {name: feeds[name] for name in self.input_names})[0]
            out[chosen] = logits
        return out

    @staticmethod
    def _softmax(logits: np.ndarray) -> np.ndarray:
        z = logits.astype(np.float64)
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z

    def predict_logits(self, texts: Sequence[str]) -> tuple[np.ndarray, list[bool]]:
        if isinstance(texts, str):
            raise TypeError("expected a sequence of str, got a single str; wrap it in a list")
        encoded = [self.encode(text) for text in texts]
        if not encoded:
            return np.zeros((0, len(self.labels)), dtype=np.float32), []
        return self._logits([ids for ids, _ in encoded]), [flag for _, flag in encoded]

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, list[bool]]:
        logits, truncated = self.predict_logits(texts)
        return self._softmax(logits), truncated

    # ------------------------------------------------------------------ explanations
    def word_spans(self, text: str, label_index: int) -> list[tuple[int, int, float]]:
        """Occlusion weights of the segmented words, as ``(start, end, weight)`` spans of ``text``.

        ``weight`` = P(label | text) - P(label | text without the word). Costs one
        forward pass per word; a text of more than :data:`MAX_OCCLUSIONS` words is
        occluded in runs of neighbouring words instead (one span per run). Words
        past the ``max_tokens`` cut get no span.
        """
        if not 0 <= label_index < len(self.labels):
            raise IndexError(f"label_index {label_index} outside 0..{len(self.labels) - 1}")
        normalized, _ = self._normalize(text)
        words = self._words(normalized.text)
        if not words:
            return []
        budget = self.max_tokens - 2
        pieces: list[tuple[int, ...]] = []
        used = 0
        for word in words:
            if used >= budget:
                break
            ids = tuple(i for _, word_ids in self.tokenizer.word_ids(word) for i in word_ids)
            pieces.append(ids)
            used += len(ids)
        kept = len(pieces)
        offsets = _align(normalized.text, [w.replace("_", " ") for w in words[:kept]])
        # occlusion units: single words, or runs of neighbours when a text has more than MAX_OCCLUSIONS words
        size = -(-kept // self.max_occlusions)
        units = [range(k, min(k + size, kept)) for k in range(0, kept, size)]
        bos, eos = self.tokenizer.bos_id, self.tokenizer.eos_id
        variants = [[bos, *[i for ids in pieces for i in ids][:budget], eos]]
        for unit in units:
            rest = [i for j, ids in enumerate(pieces) if j not in unit for i in ids][:budget]
            variants.append([bos, *rest, eos])
        probs = self._softmax(self._logits(variants))[:, label_index]
        spans = []
        for k, unit in enumerate(units):
            located = [offsets[j] for j in unit if offsets[j] is not None]
            if not located:
                continue
            start, end = normalized.to_original(located[0][0], located[-1][1])
            spans.append((start, end, float(probs[0] - probs[k + 1])))
        spans.sort(key=lambda s: (s[0], s[1]))
        return spans


def _align(text: str, words: Sequence[str]) -> list[tuple[int, int] | None]:
    """``[start, end)`` of each segmented word in ``text``, or None where it cannot be located.

    Whitespace is ignored; when underthesea changed a character (it normalises a
    few tokens) the non-space characters are aligned with difflib.
    """
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    source = "".join(text[i] for i in positions)
    owners: list[int] = []
    chars: list[str] = []
    for k, word in enumerate(words):
        for ch in word:
            if not ch.isspace():
                chars.append(ch)
                owners.append(k)
    target = "".join(chars)
    mapped: list[int | None]
    if len(source) == len(target):
        mapped = list(positions)  # equal, or characters changed one for one (underthesea's tone fixes)
    else:
        mapped = [None] * len(target)
        matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                mapped[block.b + offset] = positions[block.a + offset]
    first: list[int | None] = [None] * len(words)
    last: list[int | None] = [None] * len(words)
    for owner, position in zip(owners, mapped):
        if position is None:
            continue
        if first[owner] is None:
            first[owner] = position
        last[owner] = position
    return [(f, e + 1) if f is not None and e is not None and e >= f else None for f, e in zip(first, last)]

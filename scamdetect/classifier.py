"""The public classifier: a loaded model plus threshold, explanations and batching.

Example:
    >>> import scamdetect
    >>> clf = scamdetect.load_model()
    >>> p = clf.classify("Vietcombank: TK cua Quy khach bi tam khoa. Xac thuc ngay tai vcb-xacthuc.top de tranh bi khoa vinh vien")
    >>> p.label, p.is_scam
    ('bank_phishing', True)
    >>> [flag.id for flag in p.explanation.red_flags][:2]
    ['lookalike_domain', 'account_threat']
    >>> clf.classify("Mã OTP của bạn là 482913. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai.").label
    'legit'
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from itertools import repeat
from pathlib import Path
from typing import Any, overload

import numpy as np

from .backends import Backend, load_backend
from .model_dir import ModelError, read_manifest
from .signals.domains import domain_info, url_host
from .signals.explain_phrases import readable_spans
from .signals.indicators import extract, scan
from .signals.redflags import CONTEXT_FLAGS, find_red_flags
from .taxonomy import LABELS, NAME_VI
from .text import normalize, normalize_text
from .types import Explanation, Prediction, RedFlag, Span

__all__ = ["ScamClassifier", "load_model", "classify", "DEFAULT_MODEL_DIR", "BATCH_SIZE"]

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models" / "default"
#: texts are scored in chunks of this many, which bounds memory on long lists
BATCH_SIZE = 512
#: A link that imitates a known brand's official domain (``vcb-xacthuc.top``, ``shopee.vn-qua.cc``) is
#: decisive: no genuine sender links to a look-alike of its own domain. A text the model already finds somewhat
#: suspicious (scam score at least this) and that holds one is a scam, scored at least at the threshold.
#: Below the floor are mostly warnings that quote a scam link ("đừng bấm vào vcb-xacthuc.top").
DECISIVE_FLOOR = 0.2
#: at most this many spans (words or phrases) are returned per explanation, strongest first
MAX_SPANS = 8


def _check_texts(texts: Sequence[Any]) -> None:
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"texts[{position}] is {type(text).__name__}, expected str")


class ScamClassifier:
    """A model directory loaded for scoring (scikit-learn style ``predict``/``predict_proba`` too).

    ``threshold`` overrides the model's own scam threshold (chosen on our dev split for high
    precision, stored in the manifest). Safe to share between threads.

    ``pipeline``: a list of more than :data:`BATCH_SIZE` texts is scored batch after batch; where
    the backend allows it (the default model's does), the numeric work of one batch then runs on a
    second thread while this one reads the next batch's texts, which raises throughput on a machine
    with a core to spare. Set it to False to keep all work on the calling thread, for instance when
    you already run one process per core.
    """

    def __init__(self, backend: Backend, manifest: dict[str, Any], path: Path | None = None,
                 threshold: float | None = None, pipeline: bool = True) -> None:
        self.backend = backend
        self.pipeline = pipeline
        self.manifest = manifest
        self.path = path
        self.classes_ = tuple(backend.labels)
        if set(self.classes_) != set(LABELS):
            raise ModelError(f"{path}: model labels {self.classes_} do not cover the taxonomy")
        self._legit = self.classes_.index("legit")
        self._order = [self.classes_.index(label) for label in LABELS]
        chosen = manifest.get("threshold", 0.5) if threshold is None else threshold
        if not 0.0 <= float(chosen) <= 1.0:
            raise ValueError(f"threshold must lie in [0, 1], got {chosen}")
        self.threshold = float(chosen)
        self.max_chars = int(manifest.get("max_chars", 5000))

    def __repr__(self) -> str:
        return f"ScamClassifier(kind={self.manifest.get('kind')!r}, path={str(self.path)!r}, threshold={self.threshold})"

    # ------------------------------------------------------------ scikit-learn style
    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities ``(n, 18)`` with columns in taxonomy order (``scamdetect.LABELS``)."""
        texts = list(texts)
        _check_texts(texts)
        if not texts:
            return np.zeros((0, len(LABELS)), np.float32)
        parts = [probs for probs, _ in self._score([texts[k:k + BATCH_SIZE] for k in range(0, len(texts), BATCH_SIZE)])]
        return np.concatenate(parts)[:, self._order]

    def _score(self, batches: list[list[str]]) -> Iterator[tuple[np.ndarray, list[bool]]]:
        """The backend's probabilities and truncation flags of each batch, in order (pipelined if allowed)."""
        pipelined = getattr(self.backend, "predict_proba_batches", None)
        if self.pipeline and pipelined is not None and len(batches) > 1:
            return pipelined(batches)
        return map(self.backend.predict_proba, batches)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [p.label for p in self.classify(list(texts), explain=False)]

    # ------------------------------------------------------------ main API
    @overload
    def classify(self, texts: str, explain: bool = ...) -> Prediction: ...

    @overload
    def classify(self, texts: Sequence[str], explain: bool = ...) -> list[Prediction]: ...

    def classify(self, texts: str | Sequence[str], explain: bool = True) -> Prediction | list[Prediction]:
        """Classify one text (returns a Prediction) or a list of texts (returns a list, same order)."""
        if isinstance(texts, str):
            return self._classify_many([texts], explain)[0]
        if texts is None or not hasattr(texts, "__iter__"):
            raise TypeError(f"classify() takes a str or a list of str, not {type(texts).__name__}")
        texts = list(texts)
        _check_texts(texts)
        return self._classify_many(texts, explain)

    def _classify_many(self, texts: list[str], explain: bool) -> list[Prediction]:
        out: list[Prediction | None] = [None] * len(texts)
        live = []
        for k, text in enumerate(texts):
            if text and not text.isspace():
                live.append(k)
            else:
                out[k] = self._empty(explain)
        chunks = [live[start:start + BATCH_SIZE] for start in range(0, len(live), BATCH_SIZE)]
        for chunk, (probs, truncated) in zip(chunks, self._score([[texts[k] for k in chunk] for chunk in chunks])):
            if explain:
                rows = np.asarray(probs, dtype=np.float64).tolist()  # plain floats: cheaper per row than numpy
                for row, k in enumerate(chunk):
                    out[k] = self._prediction(texts[k], rows[row], truncated[row], explain)
                continue
            # the same as _prediction, for a whole batch at once
            probs = np.asarray(probs, dtype=np.float64)
            scam_scores = np.clip(1.0 - probs[:, self._legit], 0.0, 1.0)
            for row in np.flatnonzero((scam_scores >= DECISIVE_FLOOR) & (scam_scores < self.threshold)).tolist():
                scam_scores[row] = self._with_evidence(texts[chunk[row]], float(scam_scores[row]))
            rivals = probs.copy()
            rivals[:, self._legit] = -np.inf
            label_index = np.where(scam_scores >= self.threshold, rivals.argmax(axis=1), self._legit)
            names, legit = self.classes_, self._legit
            block = probs[:, self._order]  # each Prediction's scores, in taxonomy order, built when first read
            sources = zip(repeat(LABELS), repeat(block), range(len(chunk)))
            for k, score, index, cut, source in zip(chunk, scam_scores.tolist(), label_index.tolist(), truncated,
                                                    sources):
                out[k] = _batch_prediction(names[index], index != legit, round(score, 6), source, bool(cut))
        return out  # type: ignore[return-value]

    def _empty(self, explain: bool) -> Prediction:
        scores = {label: (1.0 if label == "legit" else 0.0) for label in LABELS}
        explanation = Explanation((), (), (), "Tin nhắn trống: không có nội dung để đánh giá.") if explain else None
        return Prediction("legit", False, 0.0, scores, False, explanation)

    def _prediction(self, text: str, probs: list[float], truncated: bool, explain: bool) -> Prediction:
        """``probs`` is one row as a Python list, in the model's column order."""
        scam_score = min(1.0, max(0.0, 1.0 - probs[self._legit]))
        scam_score = self._with_evidence(text, scam_score)
        is_scam = scam_score >= self.threshold
        if is_scam:
            label_index = max((k for k in range(len(probs)) if k != self._legit), key=probs.__getitem__)
        else:
            label_index = self._legit
        scores = {name: probs[k] for name, k in zip(LABELS, self._order)}
        explanation = self._explain(text, label_index, is_scam, scam_score) if explain else None
        return Prediction(self.classes_[label_index], is_scam, round(scam_score, 6), scores, bool(truncated),
                          explanation)

    def _with_evidence(self, text: str, scam_score: float) -> float:
        return with_evidence(text[:self.max_chars], scam_score, self.threshold)

    def _explain(self, text: str, label_index: int, is_scam: bool, scam_score: float) -> Explanation:
        # the model saw only the first max_chars characters, and so does every explanation step: time and
        # memory stay bounded on any input, and offsets into the prefix are offsets into the original
        text = text[:self.max_chars]
        norm = normalize(text)
        indicators = extract(norm)
        flags = find_red_flags(norm, indicators)
        if not is_scam:
            flags = tuple(flag for flag in flags if flag.id not in CONTEXT_FLAGS)
        # whole words and phrases, each surface text once, the strongest MAX_SPANS (see explain_phrases);
        # within the part the model read, so a word cut by truncation is not widened past the cut
        spans = readable_spans(text, self.backend.word_spans(text, label_index), limit=MAX_SPANS)
        return Explanation(spans, flags, indicators, summarize(self.classes_[label_index], is_scam, scam_score,
                                                              flags, spans))


_new_object, _set_attribute = object.__new__, object.__setattr__


def _batch_prediction(label: str, is_scam: bool, scam_score: float,
                      scores_from: tuple[tuple[str, ...], np.ndarray, int], truncated: bool) -> Prediction:
    """``Prediction(label, is_scam, scam_score, scores, truncated, None)`` without its ``__init__``, its
    ``scores`` left to be built on first use from ``scores_from``: (labels, a batch's probabilities in
    that order, the row).

    Why: a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, a sixth of
    building a batch's results; setting the instance dictionary at once makes an equal object.
    """
    prediction = _new_object(Prediction)
    _set_attribute(prediction, "__dict__", {"label": label, "is_scam": is_scam, "scam_score": scam_score,
                                            "_scores_from": scores_from, "truncated": truncated,
                                            "explanation": None})
    return prediction


def with_evidence(text: str, scam_score: float, threshold: float) -> float:
    """The scam score after decisive evidence (see :data:`DECISIVE_FLOOR`): raised to ``threshold`` when a
    somewhat suspicious text links to a look-alike of a known brand's domain.

    >>> with_evidence("Xac thuc tai vcb-xacthuc.top", 0.4, 0.65), with_evidence("Xac thuc tai vcb-xacthuc.top", 0.1, 0.65)
    (0.65, 0.1)
    """
    if DECISIVE_FLOOR <= scam_score < threshold and has_lookalike_link(text):
        return threshold
    return scam_score


def has_lookalike_link(text: str) -> bool:
    """Whether ``text`` links to a look-alike of a known brand's official domain (see :data:`DECISIVE_FLOOR`).

    >>> has_lookalike_link("Xac thuc tai vcb-xacthuc.top"), has_lookalike_link("Xem tai vietcombank.com.vn")
    (True, False)
    """
    if "." not in text:
        return False
    return any(entity.kind == "url" and domain_info(url_host(entity.text)).lookalike_of
               for entity in scan(normalize_text(text)[0]))


def summarize(label: str, is_scam: bool, scam_score: float, flags: Sequence[RedFlag], spans: Sequence[Span]) -> str:
    """One readable Vietnamese sentence saying why."""
    words: list[str] = []
    for span in sorted(spans, key=lambda s: -s.weight):
        if span.weight > 0 and f"“{span.text}”" not in words:
            words.append(f"“{span.text}”")
    words = words[:3]
    reasons = [flag.vi[0].lower() + flag.vi[1:] for flag in flags[:3]]
    if is_scam:
        why = "; ".join(reasons) if reasons else "cách diễn đạt giống các tin lừa đảo đã biết"
        cue = f" Từ ngữ đáng chú ý: {', '.join(words)}." if words else ""
        return (f"Tin nhắn có dấu hiệu lừa đảo kiểu “{NAME_VI[label]}” (điểm rủi ro {scam_score:.0%}): "
                f"{why}.{cue}")
    if reasons:
        return (f"Chưa đủ dấu hiệu để coi là lừa đảo (điểm rủi ro {scam_score:.0%}), nhưng cần lưu ý: "
                f"{'; '.join(reasons)}.")
    return f"Không thấy dấu hiệu lừa đảo rõ ràng (điểm rủi ro {scam_score:.0%})."


def load_model(path: str | Path | None = None, *, threshold: float | None = None, cascade: str | Path | None = None,
               cascade_band: tuple[float, float] | None = None, verify: bool = True,
               pipeline: bool = True) -> ScamClassifier:
    """Load a model directory (default: the bundled model), checking every file's sha256.

    ``cascade`` names a second (usually transformer) model directory: the first model screens
    every text, and only texts whose scam score falls inside ``cascade_band`` are re-scored
    by the second, whose scores are rescaled so that its own threshold maps onto the first's.
    The default band straddles the first model's threshold (from ``threshold - 0.4`` to 90% of
    the way to 1), so the second model can overturn a verdict either way. ``threshold`` overrides the
    scam threshold stored in the manifest. ``pipeline=False`` keeps all of a long list's scoring on the
    calling thread (see :class:`ScamClassifier`).

    Raises:
        ModelError: if the directory, its manifest or any listed file is missing or altered.
    """
    model_dir = Path(path) if path is not None else DEFAULT_MODEL_DIR
    manifest = read_manifest(model_dir, verify=verify)
    backend: Backend = load_backend(model_dir, manifest)
    if cascade is not None:
        from .backends.transformer.cascade import CascadeBackend, default_band

        second_dir = Path(cascade)
        second_manifest = read_manifest(second_dir, verify=verify)
        first_threshold = manifest.get("threshold", 0.5) if threshold is None else threshold
        cascade_band = cascade_band or default_band(first_threshold)
        backend = CascadeBackend(backend, load_backend(second_dir, second_manifest), cascade_band,
                                 first_threshold, second_manifest.get("threshold", 0.5))
        manifest = {**manifest, "cascade": {"second": str(second_dir), "band": list(cascade_band),
                                            "second_manifest": second_manifest}}
    return ScamClassifier(backend, manifest, model_dir, threshold, pipeline)


_default: ScamClassifier | None = None
_default_lock = threading.Lock()


def _default_model() -> ScamClassifier:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load_model()
    return _default


@overload
def classify(texts: str, explain: bool = ...) -> Prediction: ...


@overload
def classify(texts: Sequence[str], explain: bool = ...) -> list[Prediction]: ...


def classify(texts: str | Sequence[str], explain: bool = True) -> Prediction | list[Prediction]:
    """Classify with the bundled default model (loaded once, then cached).

    >>> import scamdetect
    >>> p = scamdetect.classify("Chi oi em dang ket, chuyen gap giup em 5tr vao stk 1903665544 Techcombank, mai em tra")
    >>> p.label, p.is_scam
    ('impersonate_relative', True)
    >>> [ind.kind for ind in p.explanation.indicators]
    ['amount', 'bank_account']
    """
    return _default_model().classify(texts, explain=explain)

"""The cascade's mechanics: which texts go to the second model, and that its answer (a different model's, or a
stand-in's) replaces the screen's for exactly those."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import scamdetect
from scamdetect.backends.transformer.cascade import CascadeBackend
from scamdetect.classifier import DEFAULT_MODEL_DIR

# Messages from clearly legit to clearly scam. The band is drawn from the bundled model's own scores of them (see
# `band`), so that some fall inside and some outside whatever a retrained model scores them.
TEXTS = [
    "Bạn ơi cho mình vay 500k, cuối tháng mình trả",
    "Anh ơi link nhóm đầu tư hôm qua anh gửi là gì vậy",
    "Tuyển nhân viên bán hàng part-time, lương 25k/giờ, liên hệ zalo",
    "Công an phường mời anh lên làm việc về hồ sơ căn cước, mang theo CCCD",
    "Mã OTP của bạn là 482913. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai.",
    "Tối nay về ăn cơm không con? Mẹ nấu canh chua cá lóc nè.",
    "Vietcombank: Tai khoan cua Quy khach bi tam khoa. Xac thuc ngay tai vcb-xacthuc.top de tranh bi khoa vinh vien",
    "Nhận làm hồ sơ vay vốn ngân hàng, lãi suất thấp, liên hệ 0909123456",
]


@pytest.fixture(scope="module")
def band() -> tuple[float, float]:
    """From the third-lowest to the third-highest scam score of TEXTS: the middle texts escalate, the rest not."""
    plain = scamdetect.load_model()
    score = np.sort(1.0 - plain.predict_proba(TEXTS)[:, list(scamdetect.LABELS).index("legit")])
    low, high = float(score[2]), float(score[-3])
    assert score[0] < high and low < score[-1], f"the bundled model scores every fixture text alike: {score}"
    return low, high


class _OneHot:
    """A stand-in second stage that always answers ``label`` (labels in reverse order, to test the reordering)."""

    def __init__(self, labels: tuple[str, ...], label: str) -> None:
        self.labels = tuple(reversed(labels))
        self.label = label
        self.calls: list[list[str]] = []

    def predict_proba(self, texts):
        self.calls.append(list(texts))
        probs = np.zeros((len(texts), len(self.labels)), np.float32)
        probs[:, self.labels.index(self.label)] = 1.0
        return probs, [False] * len(texts)


def test_cascade_escalates_only_the_band_and_keeps_the_screen_elsewhere(band: tuple[float, float]) -> None:
    plain = scamdetect.load_model()
    cascade = scamdetect.load_model(cascade=DEFAULT_MODEL_DIR, cascade_band=band)
    assert isinstance(cascade.backend, CascadeBackend)
    assert cascade.manifest["cascade"]["band"] == list(band)

    screen = plain.predict_proba(TEXTS)
    score = 1.0 - screen[:, list(scamdetect.LABELS).index("legit")]
    inside = (score >= band[0]) & (score <= band[1])
    assert 0 < inside.sum() < len(TEXTS), f"the fixture texts no longer straddle the band: {score.round(3)}"

    probs = cascade.predict_proba(TEXTS)
    assert cascade.backend.last_escalated == int(inside.sum())
    assert np.array_equal(probs[~inside], screen[~inside])  # outside the band: the screen's numbers, bit for bit
    predictions = cascade.classify(TEXTS, explain=False)
    assert cascade.backend.last_escalated == int(inside.sum())
    for k in np.nonzero(~inside)[0]:
        assert predictions[k] == plain.classify(TEXTS[k], explain=False)

    outside = [text for text, hard in zip(TEXTS, inside) if not hard]
    cascade.predict_proba(outside)
    assert cascade.backend.last_escalated == 0

    # The second stage's answer replaces the screen's for exactly the escalated texts, columns reordered.
    stub = _OneHot(plain.backend.labels, "other_scam")
    swapped = scamdetect.ScamClassifier(CascadeBackend(plain.backend, stub, band), plain.manifest, plain.path)
    probs = swapped.predict_proba(TEXTS)
    assert stub.calls == [[text for text, hard in zip(TEXTS, inside) if hard]]
    other = list(scamdetect.LABELS).index("other_scam")
    assert np.all(probs[inside, other] == 1.0) and np.all(probs[inside].sum(axis=1) == 1.0)
    assert np.array_equal(probs[~inside], screen[~inside])
    assert [p.label for p, hard in zip(swapped.classify(TEXTS, explain=False), inside) if hard] == \
        ["other_scam"] * int(inside.sum())

    for bad in [(0.7, 0.3), (-0.1, 0.5), (0.2, 1.5)]:
        with pytest.raises(ValueError):
            scamdetect.load_model(cascade=DEFAULT_MODEL_DIR, cascade_band=bad)


def test_second_model_scores_are_aligned_to_the_screen_threshold() -> None:
    from scamdetect.backends.transformer.cascade import align_scores, default_band

    legit = 0
    probs = np.array([[0.2, 0.8, 0.0], [0.6, 0.1, 0.3], [1.0, 0.0, 0.0]], np.float32)  # scam 0.8, 0.4, 0.0
    aligned = align_scores(probs, legit, own_threshold=0.5, target_threshold=0.9)
    np.testing.assert_allclose(aligned.sum(axis=1), 1.0, atol=1e-6)
    scam = 1 - aligned[:, legit]
    assert scam[0] > 0.9 > scam[1] and scam[2] == 0.0       # verdicts at 0.5 keep their side of 0.9
    assert aligned[1, 2] / aligned[1, 1] == pytest.approx(3.0)  # scheme proportions kept
    low, high = default_band(0.9)
    assert low < 0.9 < high <= 1.0


def test_default_band_straddles_the_threshold() -> None:
    model = scamdetect.load_model(cascade=DEFAULT_MODEL_DIR)
    low, high = model.manifest["cascade"]["band"]
    assert low < model.threshold < high


def _reversed_model(folder: Path) -> Path:
    """The bundled model with its label columns reversed: a different model over the same features."""
    onnx = pytest.importorskip("onnx", reason="building a second model needs the train extra (onnx)")
    from onnx import numpy_helper

    from scamdetect.model_dir import write_manifest

    shutil.copytree(DEFAULT_MODEL_DIR, folder)
    graph = onnx.load(str(folder / "model.onnx"))
    for tensor in graph.graph.initializer:
        if tensor.name in ("W", "b"):
            flipped = np.ascontiguousarray(numpy_helper.to_array(tensor)[..., ::-1])
            tensor.CopyFrom(numpy_helper.from_array(flipped, tensor.name))
    onnx.save(graph, str(folder / "model.onnx"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    write_manifest(folder, {k: v for k, v in manifest.items() if k not in ("files", "sizes")}, list(manifest["files"]))
    return folder


def test_a_cascade_of_two_different_models_answers_with_the_second_inside_the_band(
        tmp_path: Path, band: tuple[float, float]) -> None:
    second = scamdetect.load_model(_reversed_model(tmp_path / "reversed"))
    plain = scamdetect.load_model()
    cascade = scamdetect.load_model(cascade=second.path, cascade_band=band)
    screen, other = plain.predict_proba(TEXTS), second.predict_proba(TEXTS)
    assert not np.allclose(screen, other, atol=1e-3)  # the two models disagree

    score = 1.0 - screen[:, list(scamdetect.LABELS).index("legit")]
    inside = (score >= band[0]) & (score <= band[1])
    assert 0 < inside.sum() < len(TEXTS), f"the fixture texts no longer straddle the band: {score.round(3)}"
    probs = cascade.predict_proba(TEXTS)
    assert cascade.backend.last_escalated == int(inside.sum())
    assert np.array_equal(probs[~inside], screen[~inside])
    # both models share a threshold, so the second model's scores need no alignment: its numbers, unchanged
    np.testing.assert_allclose(probs[inside], other[inside], atol=1e-6)
    labels = [p.label for p in cascade.classify(TEXTS, explain=False)]
    expected = [b.label if hard else a.label for a, b, hard in
                zip(plain.classify(TEXTS, explain=False), second.classify(TEXTS, explain=False), inside, strict=True)]
    assert labels == expected

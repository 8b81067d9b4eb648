"""The cascade's mechanics on the bundled model alone (nothing heavy is built)."""

from __future__ import annotations

import numpy as np
import pytest

import scamdetect
from scamdetect.cascade import CascadeBackend
from scamdetect.classifier import DEFAULT_MODEL_DIR

BAND = (0.3, 0.7)
# Scam scores of the bundled model when this was written: the first four between about 0.35 and 0.55 (inside the band),
# the rest near 0 or 1. The test reads the actual scores, so a retrained model only changes which is which.
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


def test_cascade_escalates_only_the_band_and_keeps_the_screen_elsewhere() -> None:
    plain = scamdetect.load_model()
    cascade = scamdetect.load_model(cascade=DEFAULT_MODEL_DIR, cascade_band=BAND)
    assert isinstance(cascade.backend, CascadeBackend)
    assert cascade.manifest["cascade"]["band"] == list(BAND)

    screen = plain.predict_proba(TEXTS)
    score = 1.0 - screen[:, list(scamdetect.LABELS).index("legit")]
    inside = (score >= BAND[0]) & (score <= BAND[1])
    assert 0 < inside.sum() < len(TEXTS), f"the fixture texts no longer straddle the band: {score.round(3)}"

    probs = cascade.predict_proba(TEXTS)
    assert cascade.backend.last_escalated == int(inside.sum())
    assert np.array_equal(probs[~inside], screen[~inside])  # outside the band: the screen's numbers, bit for bit
    assert np.allclose(probs[inside], screen[inside], atol=1e-6)  # same model as second stage
    predictions = cascade.classify(TEXTS, explain=False)
    assert cascade.backend.last_escalated == int(inside.sum())
    for k in np.nonzero(~inside)[0]:
        assert predictions[k] == plain.classify(TEXTS[k], explain=False)

    outside = [text for text, hard in zip(TEXTS, inside) if not hard]
    cascade.predict_proba(outside)
    assert cascade.backend.last_escalated == 0

    # The second stage's answer replaces the screen's for exactly the escalated texts, columns reordered.
    stub = _OneHot(plain.backend.labels, "other_scam")
    swapped = scamdetect.ScamClassifier(CascadeBackend(plain.backend, stub, BAND), plain.manifest, plain.path)
    probs = swapped.predict_proba(TEXTS)
    assert stub.calls == [[text for text, hard in zip(TEXTS, inside) if hard]]
    other = list(scamdetect.LABELS).index("other_scam")
    assert np.all(probs[inside, other] == 1.0) and np.all(probs[inside].sum(axis=1) == 1.0)
    assert np.array_equal(probs[~inside], screen[~inside])
    assert [p.label for p, hard in zip(swapped.classify(TEXTS, explain=False), inside) if hard] == \
        ["other_scam"] * int(inside.sum())

    for band in [(0.7, 0.3), (-0.1, 0.5), (0.2, 1.5)]:
        with pytest.raises(ValueError):
            scamdetect.load_model(cascade=DEFAULT_MODEL_DIR, cascade_band=band)


def test_second_model_scores_are_aligned_to_the_screen_threshold() -> None:
    from scamdetect.cascade import align_scores, default_band

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

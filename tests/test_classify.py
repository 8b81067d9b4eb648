"""The public classify() API on the bundled default model."""

from __future__ import annotations

import copy
import dataclasses
import gc
import json
import pickle
import shutil
import subprocess
import sys
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scamdetect
from scamdetect.backends.linear.backend import MAX_CHARS
from scamdetect.classifier import BATCH_SIZE, DEFAULT_MODEL_DIR

PHISHING = ("Vietcombank: Tai khoan cua Quy khach bi tam khoa do dang nhap bat thuong. "
            "Xac thuc ngay tai vcb-xacthuc.top truoc 17h de tranh bi khoa vinh vien")
OTP = "Mã OTP của bạn là 482913. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai."


@pytest.fixture(scope="module")
def model() -> scamdetect.ScamClassifier:
    return scamdetect.load_model()


def test_one_text_gives_one_prediction(model: scamdetect.ScamClassifier) -> None:
    p = model.classify(PHISHING)
    assert isinstance(p, scamdetect.Prediction)
    assert p.label == "bank_phishing" and p.is_scam
    assert set(p.scores) == set(scamdetect.LABELS)
    assert sum(p.scores.values()) == pytest.approx(1.0, abs=1e-4)
    assert p.scam_score == pytest.approx(1 - p.scores["legit"], abs=1e-5)
    assert not p.truncated
    json.dumps(p.to_dict(), ensure_ascii=False)


def test_list_keeps_order_and_length(model: scamdetect.ScamClassifier) -> None:
    texts = [OTP, PHISHING, "", OTP]
    ps = model.classify(texts, explain=False)
    assert [p.label for p in ps] == ["legit", "bank_phishing", "legit", "legit"]
    assert all(p.explanation is None for p in ps)
    assert model.classify([], explain=False) == []


def test_batch_predictions_equal_those_made_one_by_one(model: scamdetect.ScamClassifier) -> None:
    # explain=False builds its Predictions a batch at a time, without __init__: each must equal the one made
    # by classifying its text alone
    texts = [OTP, PHISHING, "Chi oi chuyen gap 5tr vao stk 1903665544 giup em", ""]
    batch = model.classify(texts, explain=False)
    for text, p in zip(texts, batch, strict=True):
        alone = model.classify(text, explain=False)
        assert p == alone and p.to_dict() == alone.to_dict() and repr(p) == repr(alone)
        with pytest.raises(dataclasses.FrozenInstanceError):  # built without __init__, still frozen
            p.label = "legit"  # type: ignore[misc]
    assert [p.label for p in batch] == ["legit", "bank_phishing", "impersonate_relative", "legit"]


def test_batch_scores_are_built_when_first_read_and_travel_without_the_batch(
        model: scamdetect.ScamClassifier) -> None:
    texts = [OTP, PHISHING] * 300  # two batches of the classifier's 512
    batch = model.classify(texts, explain=False)
    assert all("scores" not in vars(p) for p in batch)  # none built yet: most callers read label and score only
    probs = model.predict_proba(texts)
    last = batch[-1]
    assert last.scores == dict(zip(scamdetect.LABELS, probs[-1].tolist())) and "scores" in vars(last)
    assert abs(sum(last.scores.values()) - 1.0) < 1e-5 and last.scam_score == round(1.0 - last.scores["legit"], 6)
    for p in (batch[0], batch[1]):
        for twin in (pickle.loads(pickle.dumps(p)), copy.deepcopy(p), copy.copy(p)):
            assert twin == p and twin.scores == p.scores
        assert "_scores_from" not in vars(pickle.loads(pickle.dumps(p)))
        assert len(pickle.dumps(p)) < 2_000  # its own 18 scores, not the 512 rows of its batch
    assert json.loads(json.dumps(batch[2].to_dict()))["scores"] == batch[2].scores
    with pytest.raises(AttributeError, match="no attribute 'score'"):
        _ = batch[3].score  # type: ignore[attr-defined]


def test_module_level_classify_uses_the_bundled_model() -> None:
    assert scamdetect.classify(OTP).label == "legit"
    assert [p.label for p in scamdetect.classify([PHISHING], explain=False)] == ["bank_phishing"]


def test_explanation_points_into_the_original_text(model: scamdetect.ScamClassifier) -> None:
    text = "V.C.B thong bao: TK cua ban bi kh0a. Vao vcb-xacthuc(.)top xac thuc ngay, LH 0912.345.678"
    p = model.classify(text)
    e = p.explanation
    assert e is not None and e.spans
    for span in e.spans:
        assert text[span.start:span.end] == span.text
    for flag in e.red_flags:
        assert text[flag.start:flag.end] == flag.evidence
    for ind in e.indicators:
        assert text[ind.start:ind.end] == ind.text
    kinds = {ind.kind: ind for ind in e.indicators}
    assert kinds["url"].details["lookalike_of"] == "vietcombank.com.vn"
    assert kinds["phone"].value == "+84912345678"
    assert "lookalike_domain" in {f.id for f in e.red_flags}
    assert p.label == "bank_phishing"
    assert "Giả mạo ngân hàng" in e.summary


def test_positive_spans_include_the_scam_wording(model: scamdetect.ScamClassifier) -> None:
    p = model.classify(PHISHING)
    top = {s.text.lower() for s in sorted(p.explanation.spans, key=lambda s: -s.weight)[:8]}
    assert top & {"khoa", "xac", "thuc", "vcb-xacthuc.top", "vietcombank", "tai", "khoan"}


def test_genuine_warning_is_legit_and_carries_no_context_flags(model: scamdetect.ScamClassifier) -> None:
    warning = ("[TB] Cong an tinh canh bao: doi tuong gia danh can bo cong an goi dien yeu cau chuyen tien "
               "de xac minh. Tuyet doi khong cung cap ma OTP, khong chuyen tien cho nguoi la.")
    p = model.classify(warning)
    assert p.label == "legit" and not p.is_scam
    assert not {f.id for f in p.explanation.red_flags} & {"impersonates_authority", "money_transfer_request"}


@pytest.mark.parametrize("bad, position", [([None], 0), (["ok", 3], 1), (["a", "b", b"bytes"], 2)])
def test_non_str_raises_type_error_naming_the_position(model: scamdetect.ScamClassifier, bad: list,
                                                        position: int) -> None:
    with pytest.raises(TypeError, match=rf"texts\[{position}\]"):
        model.classify(bad)
    with pytest.raises(TypeError):
        model.classify(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\t "])
def test_empty_text_is_legit_with_a_note(model: scamdetect.ScamClassifier, empty: str) -> None:
    p = model.classify(empty)
    assert p.label == "legit" and not p.is_scam and p.scam_score == 0.0
    assert p.explanation.red_flags == () and "trống" in p.explanation.summary


def test_long_text_is_truncated_and_flagged(model: scamdetect.ScamClassifier) -> None:
    long = PHISHING + " " + "lorem ipsum " * (MAX_CHARS // 10)
    p = model.classify(long)
    assert p.truncated
    assert not model.classify(PHISHING).truncated
    assert all(s.end <= MAX_CHARS for s in p.explanation.spans)


def test_noise_never_raises(model: scamdetect.ScamClassifier) -> None:
    rng = np.random.default_rng(0)
    noise = "".join(chr(c) for c in rng.integers(1, 0x2FFFF, size=1_000_000) if not 0xD800 <= c <= 0xDFFF)
    for text in [noise, "🙂" * 500, "\x00\x01\x02", "ｔｅｓｔ ＳＨＯＰＥＥ", "Привет мир", "مرحبا"]:
        p = model.classify(text)
        assert p.label in scamdetect.LABELS


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_prediction(text: str) -> None:
    p = scamdetect.classify(text)
    assert p.label in scamdetect.LABELS and 0.0 <= p.scam_score <= 1.0
    for span in p.explanation.spans:
        assert 0 <= span.start < span.end <= len(text) and text[span.start:span.end] == span.text


def test_predict_proba_follows_taxonomy_order(model: scamdetect.ScamClassifier) -> None:
    probs = model.predict_proba([PHISHING, OTP])
    assert probs.shape == (2, 18)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert scamdetect.LABELS[int(probs[0].argmax())] == "bank_phishing"
    assert model.predict([PHISHING, OTP]) == ["bank_phishing", "legit"]


def test_threshold_override(model: scamdetect.ScamClassifier) -> None:
    strict = scamdetect.load_model(threshold=1.0)
    p = strict.classify(OTP)
    assert not p.is_scam and p.label == "legit"
    lenient = scamdetect.load_model(threshold=0.0)
    assert lenient.classify(OTP).is_scam
    with pytest.raises(ValueError):
        scamdetect.load_model(threshold=1.5)


def test_thread_safe(model: scamdetect.ScamClassifier) -> None:
    texts = [PHISHING, OTP, "Chi oi chuyen gap giup em 2tr nhe", "Nap dau tang 88K tai vn88-vip.top"] * 25
    expected = [model.classify(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda t: model.classify(t).to_dict(), texts))
    assert results == expected
    batch = model.classify(texts)  # batching changes only float rounding
    assert [p.label for p in batch] == [r["label"] for r in expected]
    np.testing.assert_allclose([p.scam_score for p in batch], [r["scam_score"] for r in expected], atol=1e-5)


def test_tampered_or_broken_model_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    vocab = copy / "vocab.json"
    vocab.write_bytes(vocab.read_bytes().replace(b'"f:', b'"g:', 1))
    with pytest.raises(scamdetect.ModelError, match="vocab.json"):
        scamdetect.load_model(copy)
    (copy / "manifest.json").unlink()
    with pytest.raises(scamdetect.ModelError, match="manifest.json"):
        scamdetect.load_model(copy)
    with pytest.raises(scamdetect.ModelError, match="not a model directory"):
        scamdetect.load_model(tmp_path / "nowhere")


def test_manifest_records_what_the_brief_asks(model: scamdetect.ScamClassifier) -> None:
    m = model.manifest
    assert m["kind"] == "linear" and m["labels"] == list(scamdetect.LABELS)
    assert {"model.onnx", "vocab.json"} <= set(m["files"])
    assert len(m["training"]["data_sha256"]) == 64
    assert m["metrics"]["test"]["binary"]["f1"] > 0.5
    assert 0.0 < m["threshold"] < 1.0


def test_import_is_light() -> None:
    code = ("import sys, scamdetect; scamdetect.classify('Ma OTP 123456'); "
            "print(sorted(m for m in ('torch', 'transformers', 'sklearn', 'underthesea', 'datasets') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_thread_safe_while_the_chunk_table_grows_and_clears(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from scamdetect.backends.linear import chunk_table
    from scamdetect.text.augment import PERTURBATIONS

    rng = random.Random(3)
    base = [PHISHING, OTP, "Chi oi chuyen gap giup em 2tr nhe", "Nap dau tang 88K tai vn88-vip.top",
            "Vui long goi 0912 345 678 de nhan 5 trieu (phi 50.000 dong)"]
    texts = [PERTURBATIONS[rng.choice(["salt_tail", "obfuscated", "no_diacritics"])](rng.choice(base), rng)
             for _ in range(160)]
    expected = [p.to_dict() for p in scamdetect.load_model().classify(texts)]
    monkeypatch.setattr(chunk_table, "MAX_CHUNKS", 40)  # the table starts afresh many times meanwhile
    fresh = scamdetect.load_model()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda k: fresh.classify(texts[k:k + 8]), range(0, len(texts), 8)))
    got = [p.to_dict() for batch in results for p in batch]
    assert [g["label"] for g in got] == [e["label"] for e in expected]
    np.testing.assert_allclose([g["scam_score"] for g in got], [e["scam_score"] for e in expected], atol=1e-5)


def test_a_long_list_scored_in_a_pipeline_equals_one_scored_on_one_thread() -> None:
    import threading

    from training.data import load_split

    texts = [row["text"] for row in load_split("test")][:1300]
    texts[700:700] = ["", "   "]  # empty texts keep their places across the batches
    assert len(texts) > 2 * BATCH_SIZE
    serial, piped = scamdetect.load_model(pipeline=False), scamdetect.load_model()
    threads: dict[str, list[str]] = {"serial": [], "piped": []}
    for name, model in (("serial", serial), ("piped", piped)):
        score = model.backend._score_keys

        def spy(keys, n, score=score, seen=threads[name]):  # type: ignore[no-untyped-def]
            seen.append(threading.current_thread().name)
            return score(keys, n)

        model.backend._score_keys = spy
    assert np.array_equal(piped.predict_proba(texts), serial.predict_proba(texts))
    assert [p.to_dict() for p in piped.classify(texts, explain=False)] == [
        p.to_dict() for p in serial.classify(texts, explain=False)]
    assert set(threads["serial"]) == {threading.current_thread().name}
    assert len(threads["piped"]) == 6 and all(name.startswith("scamdetect-score") for name in threads["piped"])
    assert not [t for t in threading.enumerate() if t.name.startswith("scamdetect-score")]  # one call's thread

    def failing(keys, n):  # type: ignore[no-untyped-def]
        raise RuntimeError("onnxruntime failed")

    piped.backend._score_keys = failing
    with pytest.raises(RuntimeError, match="onnxruntime failed"):
        piped.classify(texts, explain=False)
    assert not [t for t in threading.enumerate() if t.name.startswith("scamdetect-score")]


def test_a_dropped_model_is_freed_at_once() -> None:
    # no reference cycle: its chunk table (tens of MB on a long stream) goes with the last reference, not at a
    # later full garbage collection, which would pause whatever runs then
    model = scamdetect.load_model()
    model.classify([PHISHING, OTP] * 50, explain=True)
    refs = [weakref.ref(obj) for obj in (model, model.backend, model.backend._chunks)]
    gc.disable()
    try:
        del model
        assert [ref() for ref in refs] == [None, None, None]
    finally:
        gc.enable()

"""The default model's two ONNX graph formats: the sparse one training exports, and the padded one of
older model directories, which must keep loading and scoring the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

import scamdetect
from scamdetect.backends.linear_graphs import PaddedRunner, SparseRunner, graph_runner
from scamdetect.classifier import DEFAULT_MODEL_DIR
from scamdetect.model_dir import ModelError, read_manifest, write_manifest
from training.train_default import export_onnx

TEXTS = [
    "Vietcombank: Tai khoan cua Quy khach bi tam khoa. Xac thuc ngay tai vcb-xacthuc.top truoc 17h",
    "Mã OTP của bạn là 482913. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai.",
    "Chi oi em dang ket, chuyen gap giup em 5tr vao stk 1903665544 Techcombank, mai em tra",
    "Cán bộ công an phường thông báo: anh/chị cần cập nhật định danh mức 2 qua đường link vneid-gov.top",
    "Tối nay mấy giờ mình đi ăn?",
    "🔥🔥",
]


def export_padded_onnx(path: Path, W: np.ndarray, b: np.ndarray) -> None:
    """The graph format scamdetect exported before the sparse one: padded rows of columns and values."""
    C = W.shape[1]
    padded = np.vstack([W, np.zeros((1, C), W.dtype)]).astype(np.float32)
    nodes = [
        helper.make_node("Gather", ["W", "indices"], ["gathered"], axis=0),
        helper.make_node("Unsqueeze", ["values", "axis1"], ["values_row"]),
        helper.make_node("MatMul", ["values_row", "gathered"], ["summed3"]),
        helper.make_node("Squeeze", ["summed3", "axis1"], ["summed"]),
        helper.make_node("Add", ["summed", "b"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
    ]
    graph = helper.make_graph(
        nodes, "scamdetect_linear",
        inputs=[helper.make_tensor_value_info("indices", TensorProto.INT64, ["batch", "features"]),
                helper.make_tensor_value_info("values", TensorProto.FLOAT, ["batch", "features"])],
        outputs=[helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", C]),
                 helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", C]),
                 helper.make_tensor_value_info("gathered", TensorProto.FLOAT, ["batch", "features", C])],
        initializer=[numpy_helper.from_array(padded, "W"), numpy_helper.from_array(b.astype(np.float32), "b"),
                     numpy_helper.from_array(np.array([1], np.int64), "axis1")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9
    onnx.save(model, str(path))


def session(path: Path) -> ort.InferenceSession:
    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@pytest.fixture(scope="module")
def weights() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    return rng.normal(size=(300, 18)).astype(np.float32), rng.normal(size=18).astype(np.float32)


@pytest.fixture(scope="module")
def runners(tmp_path_factory: pytest.TempPathFactory, weights) -> tuple[SparseRunner, PaddedRunner]:
    W, b = weights
    folder = tmp_path_factory.mktemp("graphs")
    export_onnx(folder / "sparse.onnx", W, b)
    export_padded_onnx(folder / "padded.onnx", W, b)
    sparse = graph_runner(session(folder / "sparse.onnx"), len(W), folder / "sparse.onnx")
    padded = graph_runner(session(folder / "padded.onnx"), len(W), folder / "padded.onnx")
    assert isinstance(sparse, SparseRunner) and isinstance(padded, PaddedRunner)
    return sparse, padded


def random_rows(n: int, width: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A dense matrix and its rows in CSR form; some rows have no entry at all, some many."""
    rng = np.random.default_rng(seed)
    dense = (rng.random((n, width)) * (rng.random((n, width)) < rng.choice([0.0, 0.01, 0.2], size=(n, 1))))
    rows, columns = np.nonzero(dense)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=n))])
    return dense.astype(np.float32), (indptr, columns, dense[rows, columns].astype(np.float32))


@pytest.mark.parametrize("n", [1, 7, 200])
def test_both_formats_give_the_probabilities_of_the_linear_model(runners, weights, n: int) -> None:
    W, b = weights
    dense, csr = random_rows(n, len(W), seed=n)
    assert (np.diff(csr[0]) == 0).any() or n == 1  # rows without features are scored too
    expected = softmax(dense.astype(np.float64) @ W + b)
    for runner in runners:
        probs = runner.probabilities(*csr)
        assert probs.shape == (n, 18)
        np.testing.assert_allclose(probs, expected, atol=2e-6)


def test_rows_without_any_feature_score_as_the_bias(runners, weights) -> None:
    W, b = weights
    for runner in runners:
        probs = runner.probabilities(np.zeros(4, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
        np.testing.assert_allclose(probs, np.repeat(softmax(b[None].astype(np.float64)), 3, axis=0), atol=2e-6)


def test_both_formats_give_each_features_contribution(runners, weights) -> None:
    W, b = weights
    columns = np.array([299, 3, 18, 17], np.int64)  # in the order a text's features are met, not sorted
    values = np.array([0.5, 0.25, 0.75, 0.125], np.float32)
    for runner in runners:
        probs, contributions = runner.contributions(columns, values)
        np.testing.assert_allclose(contributions, values[:, None] * W[columns], atol=1e-6)
        np.testing.assert_allclose(probs, softmax((values @ W[columns] + b)[None])[0], atol=2e-6)


def test_a_graph_of_another_shape_is_refused(tmp_path: Path) -> None:
    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "other",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 3])])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]), str(tmp_path / "m.onnx"))
    with pytest.raises(ModelError, match="not a scamdetect linear model"):
        graph_runner(session(tmp_path / "m.onnx"), 3, tmp_path / "m.onnx")


def test_a_model_directory_in_the_padded_format_classifies_as_the_bundled_one(tmp_path: Path) -> None:
    bundled = onnx.load(str(DEFAULT_MODEL_DIR / "model.onnx"))
    arrays = {t.name: numpy_helper.to_array(t) for t in bundled.graph.initializer}
    target = tmp_path / "padded"
    shutil.copytree(DEFAULT_MODEL_DIR, target)
    export_padded_onnx(target / "model.onnx", arrays["W"], arrays["b"])
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    write_manifest(target, {k: v for k, v in manifest.items() if k != "files"}, ["model.onnx", "vocab.json"])
    assert read_manifest(target)["files"]["model.onnx"] != manifest["files"]["model.onnx"]

    new, old = scamdetect.load_model(), scamdetect.load_model(target)
    for ours, theirs in zip(new.classify(TEXTS), old.classify(TEXTS), strict=True):
        assert ours.label == theirs.label and ours.is_scam == theirs.is_scam
        assert ours.scam_score == pytest.approx(theirs.scam_score, abs=1e-5)
        assert [(s.start, s.end) for s in ours.explanation.spans] == [(s.start, s.end) for s in theirs.explanation.spans]
        for a, b in zip(ours.explanation.spans, theirs.explanation.spans):
            assert a.weight == pytest.approx(b.weight, abs=1e-3)
    np.testing.assert_allclose(new.predict_proba(TEXTS * 100), old.predict_proba(TEXTS * 100), atol=2e-6)

"""The default model's ONNX graph (the sparse one training exports): probabilities and per-feature
contributions equal the linear model's; graphs of any other shape, the unreleased padded one included, are
refused."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.train
onnx = pytest.importorskip("onnx", reason="needs the train extra (onnx): pip install -e '.[train]'")
pytest.importorskip("sklearn", reason="needs the train extra (scikit-learn): pip install -e '.[train]'")

import onnxruntime as ort  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from scamdetect.backends.linear.graphs import SparseRunner, graph_runner  # noqa: E402
from scamdetect.model_dir import ModelError  # noqa: E402
from training.train_default import export_onnx  # noqa: E402

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
def runners(tmp_path_factory: pytest.TempPathFactory, weights) -> tuple[SparseRunner]:
    W, b = weights
    folder = tmp_path_factory.mktemp("graphs")
    export_onnx(folder / "sparse.onnx", W, b)
    sparse = graph_runner(session(folder / "sparse.onnx"), len(W), folder / "sparse.onnx")
    assert isinstance(sparse, SparseRunner)
    return (sparse,)


def random_rows(n: int, width: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A dense matrix and its rows in CSR form; some rows have no entry at all, some many."""
    rng = np.random.default_rng(seed)
    dense = (rng.random((n, width)) * (rng.random((n, width)) < rng.choice([0.0, 0.01, 0.2], size=(n, 1))))
    rows, columns = np.nonzero(dense)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=n))])
    return dense.astype(np.float32), (indptr, columns, dense[rows, columns].astype(np.float32))


@pytest.mark.parametrize("n", [1, 7, 200])
def test_the_graph_gives_the_probabilities_of_the_linear_model(runners, weights, n: int) -> None:
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


def test_the_graph_gives_each_features_contribution(runners, weights) -> None:
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


def test_the_unreleased_padded_format_is_refused_with_a_hint(tmp_path: Path, weights) -> None:
    W, b = weights
    export_padded_onnx(tmp_path / "padded.onnx", W, b)
    with pytest.raises(ModelError, match="padded-rows graph .* re-export"):
        graph_runner(session(tmp_path / "padded.onnx"), len(W), tmp_path / "padded.onnx")

"""Running the default model's ONNX graph on tf-idf rows.

The graph (what :mod:`training.train_default` exports) has one input, ``features``, a sparse
[batch, n_features] tensor sent as CSR, and outputs ``probabilities``, ``logits`` and ``summed``
(``features @ W``). Each text costs only its own features. (A padded-rows format preceded it during
development; it was never released, and such a graph is refused with a message saying so.)

A runner takes the tf-idf rows of ``n >= 1`` texts in CSR form, as :meth:`LinearBackend._tfidf`
gives them, and returns their probabilities; or it takes one text's features and returns its
probabilities and each feature's contribution to each label's logit (what exact explanations are
made of).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ...model_dir import ModelError

__all__ = ["graph_runner", "SparseRunner"]


class SparseRunner:
    def __init__(self, session: Any, name: str, width: int) -> None:
        import onnxruntime as ort

        self.session, self.name, self.width = session, name, width
        self._csr = ort.SparseTensor.sparse_csr_from_numpy
        self._value = ort.OrtValue.ort_value_from_sparse_tensor
        self._device = ort.OrtDevice.make("cpu", 0)

    def _run(self, outputs: list[str], indptr: np.ndarray, columns: np.ndarray,
             values: np.ndarray) -> list[np.ndarray]:
        if not len(columns):  # onnxruntime refuses a CSR matrix without entries: give it one zero
            indptr, columns, values = np.append(0, np.ones(len(indptr) - 1, np.int64)), [0], [0.0]
        # the sparse tensor refers to these arrays (no copy), so they must outlive the run: they do
        indptr = np.ascontiguousarray(indptr, np.int64)
        columns = np.ascontiguousarray(columns, np.int64)
        values = np.ascontiguousarray(values, np.float32)
        matrix = self._value(self._csr([len(indptr) - 1, self.width], values, columns, indptr, self._device))
        return [out.numpy() for out in self.session.run_with_ort_values(outputs, {self.name: matrix})]

    def probabilities(self, indptr: np.ndarray, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        return self._run(["probabilities"], indptr, columns, values)[0]

    def contributions(self, columns: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # row 0 is the text, its columns sorted as the batch path sends them (summed in the same order);
        # row 1 + k holds feature k alone, so its ``summed`` is values[k] * W[columns[k]]
        k = len(columns)
        order = np.argsort(columns, kind="stable")
        indptr = np.concatenate([[0], np.arange(k, 2 * k + 1)])
        probs, summed = self._run(["probabilities", "summed"], indptr, np.concatenate([columns[order], columns]),
                                  np.concatenate([values[order], values]))
        return probs[0], summed[1:]


def graph_runner(session: Any, n_features: int, path: Path) -> SparseRunner:
    """The runner for ``session``'s graph, checked by its inputs."""
    inputs = {node.name: node.type for node in session.get_inputs()}
    if set(inputs) == {"indices", "values"}:
        raise ModelError(f"{path}: a padded-rows graph from an unreleased development version; re-export the model "
                         "with `python -m training.train_default`")
    if len(inputs) == 1:
        name, kind = next(iter(inputs.items()))
        if kind.startswith("sparse_tensor"):
            return SparseRunner(session, name, n_features)
    raise ModelError(f"{path}: unexpected inputs {inputs}: not a scamdetect linear model")

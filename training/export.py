"""Export a fine-tuned PhoBERT checkpoint to an ONNX model directory, optionally int8.

    python -m training.export CHECKPOINT --output MODEL_DIR [--quantize int8] [--texts FILE.jsonl]
        [--max-tokens N] [--keep-fp32] [--force]

Writes ``MODEL_DIR`` with ``model.onnx`` (dynamic batch and sequence axes;
int8 dynamic quantisation with ``--quantize int8``), ``vocab.txt``,
``bpe.codes`` and ``manifest.json`` (kind ``transformer``, labels,
preprocessing version, max tokens, special ids, sha256 of every file, the
checkpoint's metrics and a parity block), which ``scamdetect.load_model``
serves with onnxruntime only.

Parity check, on held-out texts (``--texts``, else the checkpoint's
``heldout.jsonl`` written by fine-tuning, else the corpus' test split): the
texts go through the inference pipeline (normalise, segment, the library's
pure-Python tokenizer, whose ids must equal transformers' PhobertTokenizer's),
then PyTorch fp32, ONNX fp32 and (if asked) ONNX int8 score the same batches.
The manifest records max absolute logit difference and top-label agreement of
ONNX fp32 vs PyTorch and int8 vs fp32. Export fails (exit 1, nothing written)
if fp32 agreement is below 100% or its max difference above 1e-3.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from scamdetect.backends.transformer.backend import TransformerBackend
from scamdetect.backends.transformer.phobert_tokenizer import MERGES_FILE, VOCAB_FILE, PhobertTokenizer
from scamdetect.errors import ScamdetectError
from scamdetect.model_dir import read_manifest, write_manifest
from scamdetect.taxonomy import LABELS

ONNX_FILE = "model.onnx"
FP32_FILE = "model.fp32.onnx"
OPSET = 17
FP32_MAX_DIFF = 1e-3


class ExportError(ScamdetectError, RuntimeError):
    """Export refused: parity broke or the checkpoint is unusable."""


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def export_onnx(model: Any, path: Path, opset: int = OPSET) -> None:
    """ONNX with inputs ``input_ids``/``attention_mask`` (int64, dynamic batch and sequence) and output ``logits``."""
    import warnings

    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).logits

    # two rows, one padded, so that nothing about the mask is specialised away while tracing
    ids = torch.tensor([[0, 5, 6, 7, 8, 2], [0, 9, 10, 2, 1, 1]])
    mask = (ids != 1).long()
    axes = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
            "logits": {0: "batch"}}
    # plain attention exports to a leaner graph than SDPA (no NaN guards per layer) that onnxruntime runs faster
    previous = model.config._attn_implementation
    switch = previous != "eager" and hasattr(model, "set_attn_implementation")
    if switch:
        model.set_attn_implementation("eager")
    wrapper = Logits(model).eval()  # a new Module starts in training mode, and export restores the mode it found
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:  # the TorchScript exporter: fast, compact, exact on RoBERTa
                torch.onnx.export(wrapper, (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
                                  output_names=["logits"], dynamic_axes=axes, opset_version=opset,
                                  do_constant_folding=True, dynamo=False)
            except Exception as err:  # a torch without it: fall back to the dynamo exporter
                _log(f"TorchScript ONNX exporter failed ({type(err).__name__}: {err}); trying dynamo=True")
                batch, sequence = torch.export.Dim("batch"), torch.export.Dim("sequence")
                torch.onnx.export(wrapper, (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
                                  output_names=["logits"], opset_version=max(opset, 18), dynamo=True,
                                  external_data=False, dynamic_shapes={"input_ids": {0: batch, 1: sequence},
                                                                       "attention_mask": {0: batch, 1: sequence}})
    finally:
        if switch:
            model.set_attn_implementation(previous)
        model.eval()


def quantize_int8(src: Path, dst: Path) -> None:
    """onnxruntime dynamic quantisation to int8.

    MatMul/Gemm weights become int8 and their activations are quantised at run
    time (per tensor, so a text's scores move slightly with its batch-mates);
    the embedding tables (Gather) are stored in int8 too, which is what brings
    the file to about a quarter of fp32 (PhoBERT's 64k x 768 word embeddings
    are a third of its weights).
    """
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    # onnxruntime logs a "consider pre-processing" advice on the root logger: drop that one record (a filter on
    # the root logger sees only records logged to it) rather than change anybody's logging level
    def advice(record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()

    root = logging.getLogger()
    root.addFilter(advice)
    try:
        quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul", "Gemm", "Gather"])
    finally:
        root.removeFilter(advice)


def _batches(sequences: list[list[int]], pad_id: int, size: int = 16):
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    for start in range(0, len(order), size):
        chosen = order[start:start + size]
        width = max(len(sequences[i]) for i in chosen)
        ids = np.full((len(chosen), width), pad_id, dtype=np.int64)
        mask = np.zeros((len(chosen), width), dtype=np.int64)
        for row, i in enumerate(chosen):
            ids[row, :len(sequences[i])] = sequences[i]
            mask[row, :len(sequences[i])] = 1
        yield chosen, ids, mask


def _logits_torch(model: Any, sequences: list[list[int]], pad_id: int) -> np.ndarray:
    import torch

    out = np.zeros((len(sequences), model.config.num_labels), dtype=np.float32)
    model.eval()
    with torch.no_grad():
        for chosen, ids, mask in _batches(sequences, pad_id):
            out[chosen] = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits.numpy()
    return out


def _logits_ort(path: Path, sequences: list[list[int]], pad_id: int, labels: int) -> np.ndarray:
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    out = np.zeros((len(sequences), labels), dtype=np.float32)
    for chosen, ids, mask in _batches(sequences, pad_id):
        out[chosen] = session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
    return out


def compare(reference: np.ndarray, other: np.ndarray) -> dict[str, float]:
    return {"max_abs_logit_diff": float(np.abs(reference - other).max()) if len(reference) else 0.0,
            "top_label_agreement": float((reference.argmax(1) == other.argmax(1)).mean()) if len(reference) else 1.0}


def heldout_texts(checkpoint: Path, texts_file: str | None, limit: int) -> tuple[list[str], list[str | None], str]:
    """Texts for the parity check, their labels where known (None otherwise), and where they came from."""
    if texts_file:
        from training.finetune import read_rows

        rows = read_rows(texts_file, require_label=False)[:limit]
        return [r["text"] for r in rows], [r.get("label") for r in rows], texts_file
    saved = checkpoint / "heldout.jsonl"
    if saved.is_file():
        rows = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
        return [r["text"] for r in rows], [r.get("label") for r in rows], str(saved)
    try:
        from training.data import load_split

        rows = load_split("test")
    except Exception as err:  # noqa: BLE001 - any failure means: no texts
        raise ExportError(f"no held-out texts: pass --texts FILE.jsonl (corpus unavailable: {err})") from None
    rows = random.Random(0).sample(rows, min(limit, len(rows)))
    return [r["text"] for r in rows], [r["label"] for r in rows], "corpus test split (random sample)"


def _accuracy(logits: np.ndarray, labels: list[str | None], names: list[str]) -> float | None:
    known = [(row, names.index(label)) for row, label in enumerate(labels) if label in names]
    if not known:
        return None
    return round(float(np.mean([logits[row].argmax() == gold for row, gold in known])), 4)


def export(checkpoint: str | Path, output: str | Path, quantize: str | None = None, texts_file: str | None = None,
           max_tokens: int | None = None, keep_fp32: bool = False, force: bool = False,
           parity_texts: int = 200) -> dict[str, Any]:
    """Export, check parity, write the model directory; returns the manifest."""
    import onnxruntime
    import torch
    import transformers
    from transformers import AutoModelForSequenceClassification
    from transformers import PhobertTokenizer as HFPhobertTokenizer

    checkpoint, output = Path(checkpoint), Path(output)
    if not (checkpoint / "config.json").is_file():
        raise ExportError(f"{checkpoint}: not a checkpoint directory (no config.json)")
    for name in (VOCAB_FILE, MERGES_FILE):
        if not (checkpoint / name).is_file():
            raise ExportError(f"{checkpoint / name}: missing; a PhoBERT checkpoint ships vocab.txt and bpe.codes")
    if output.exists() and any(output.iterdir()) and not force:
        raise ExportError(f"{output}: exists and is not empty; pass --force to replace it")
    if quantize not in (None, "int8"):
        raise ExportError(f"--quantize {quantize!r}: only int8 is supported")

    model = AutoModelForSequenceClassification.from_pretrained(checkpoint).eval()
    config = model.config
    labels = [config.id2label[i] for i in range(config.num_labels)]
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        raise ExportError(f"{checkpoint}: labels {unknown} are not taxonomy ids; fine-tune with training.finetune")
    if (config.bos_token_id, config.pad_token_id, config.eos_token_id) != (0, 1, 2):
        raise ExportError(f"{checkpoint}: expected PhoBERT's bos 0 / pad 1 / eos 2, found {config.bos_token_id} / "
                          f"{config.pad_token_id} / {config.eos_token_id}")
    metrics_path = checkpoint / "metrics.json"
    train_metrics = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {}
    position_limit = config.max_position_embeddings - config.pad_token_id - 1  # RoBERTa positions start at pad+1
    trained_length = (train_metrics.get("config") or {}).get("max_length")
    max_tokens = int(max_tokens or trained_length or position_limit)
    if not 3 <= max_tokens <= position_limit:
        raise ExportError(f"max_tokens {max_tokens}: this model takes 3..{position_limit} tokens")

    tokenizer = PhobertTokenizer.from_dir(checkpoint)
    hf_tokenizer = HFPhobertTokenizer.from_pretrained(checkpoint)
    if len(tokenizer) > config.vocab_size:
        raise ExportError(f"{checkpoint}: tokenizer has {len(tokenizer)} ids, the model only {config.vocab_size}")

    texts, gold, source = heldout_texts(checkpoint, texts_file, parity_texts)
    if not texts:
        raise ExportError(f"{source}: no texts for the parity check")

    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.export-", dir=output.parent))
    work.chmod(0o755)
    try:
        for name in (VOCAB_FILE, MERGES_FILE):
            shutil.copyfile(checkpoint / name, work / name)
        # held-out texts through the inference pipeline; a stub backend reuses its exact preprocessing
        pipeline = TransformerBackend(None, tokenizer, labels, max_tokens)
        sequences, cut = [], 0
        for text in texts:
            ids, truncated = pipeline.encode(text)
            sequences.append(ids)
            cut += truncated
            segmented, _ = pipeline.segmented(text)
            expected = hf_tokenizer(segmented, truncation=True, max_length=max_tokens)["input_ids"]
            if ids != expected:
                raise ExportError(f"tokenizer mismatch with transformers' PhobertTokenizer on {text[:80]!r}: "
                                  f"{ids[:20]}... vs {expected[:20]}...")

        started = time.time()
        fp32_path = work / (FP32_FILE if quantize else ONNX_FILE)
        export_onnx(model, fp32_path)
        _log(f"exported {fp32_path.name} ({fp32_path.stat().st_size / 1e6:.1f} MB) in {time.time() - started:.1f}s")
        reference = _logits_torch(model, sequences, config.pad_token_id)
        fp32 = _logits_ort(fp32_path, sequences, config.pad_token_id, len(labels))
        parity: dict[str, Any] = {"texts": len(texts), "source": source, "truncated_texts": cut,
                                  "onnx_fp32_vs_pytorch": compare(reference, fp32),
                                  "thresholds": {"fp32_max_abs_logit_diff": FP32_MAX_DIFF,
                                                 "fp32_top_label_agreement": 1.0}}
        parity["accuracy"] = {"pytorch": _accuracy(reference, gold, labels), "onnx_fp32": _accuracy(fp32, gold, labels)}
        check = parity["onnx_fp32_vs_pytorch"]
        _log(f"parity ONNX fp32 vs PyTorch on {len(texts)} texts: max |diff| {check['max_abs_logit_diff']:.2e}, "
             f"top-label agreement {check['top_label_agreement']:.2%}")
        if check["top_label_agreement"] < 1.0 or check["max_abs_logit_diff"] > FP32_MAX_DIFF:
            raise ExportError(f"ONNX fp32 parity broken: max |logit diff| {check['max_abs_logit_diff']:.3g} "
                              f"(limit {FP32_MAX_DIFF}), top-label agreement {check['top_label_agreement']:.2%} "
                              "(must be 100%); nothing written")
        files = [VOCAB_FILE, MERGES_FILE, ONNX_FILE]
        sizes = {"fp32_bytes": fp32_path.stat().st_size}
        if quantize:
            int8_path = work / ONNX_FILE
            quantize_int8(fp32_path, int8_path)
            int8 = _logits_ort(int8_path, sequences, config.pad_token_id, len(labels))
            parity["int8_vs_onnx_fp32"] = compare(fp32, int8)
            parity["int8_vs_pytorch"] = compare(reference, int8)
            parity["accuracy"]["onnx_int8"] = _accuracy(int8, gold, labels)
            sizes["int8_bytes"] = int8_path.stat().st_size
            check = parity["int8_vs_onnx_fp32"]
            accuracy = parity["accuracy"]
            _log(f"parity int8 vs fp32: max |diff| {check['max_abs_logit_diff']:.3f}, top-label agreement "
                 f"{check['top_label_agreement']:.2%}; size {sizes['int8_bytes'] / sizes['fp32_bytes']:.0%} of fp32"
                 + (f"; accuracy fp32 {accuracy['onnx_fp32']:.2%}, int8 {accuracy['onnx_int8']:.2%}"
                    if accuracy["onnx_int8"] is not None else ""))
            if keep_fp32:
                files.append(FP32_FILE)
            else:
                fp32_path.unlink()

        summary = {k: train_metrics[k] for k in ("dev", "test", "best_step", "steps", "data", "device")
                   if train_metrics.get(k) is not None}
        manifest = write_manifest(work, {
            "kind": "transformer",
            "labels": labels,
            "onnx": ONNX_FILE,
            "onnx_fp32": FP32_FILE if quantize and keep_fp32 else None,
            "quantization": quantize or "none",
            "max_tokens": max_tokens,
            "bos_id": tokenizer.bos_id, "pad_id": tokenizer.pad_id, "eos_id": tokenizer.eos_id,
            "unk_id": tokenizer.unk_id, "mask_id": tokenizer.mask_id,
            "tokenizer": {"kind": "phobert-fastbpe", "vocab": VOCAB_FILE, "merges": MERGES_FILE},
            "segmentation": "underthesea word_tokenize (scamdetect.backends.transformer.segment)",
            "base_model": train_metrics.get("model") or config.name_or_path or str(checkpoint),
            "architecture": {"model_type": config.model_type, "hidden_size": config.hidden_size,
                             "layers": config.num_hidden_layers, "vocab_size": config.vocab_size},
            "metrics": summary,
            "parity": parity,
            "onnx_sizes": sizes,  # fp32 and int8 graphs; "sizes" (every listed file) is write_manifest's
            "exported_with": {"torch": torch.__version__, "transformers": transformers.__version__,
                              "onnxruntime": onnxruntime.__version__, "opset": OPSET},
        }, files)

        # the directory must load and score exactly like the session we checked
        backend = TransformerBackend.from_dir(work, read_manifest(work))
        served = backend._logits(sequences[:8])
        expected = _logits_ort(work / ONNX_FILE, sequences[:8], config.pad_token_id, len(labels))
        if not np.allclose(served, expected, atol=1e-5):
            raise ExportError("the written model directory does not reproduce the checked logits")

        if output.exists():
            shutil.rmtree(output)
        work.rename(output)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    _log(f"wrote {output} ({', '.join(files)})")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.export", description=__doc__.split("\n\n")[0])
    parser.add_argument("checkpoint", help="fine-tuned checkpoint directory (e.g. runs/phobert-base-v2/best)")
    parser.add_argument("--output", required=True, help="model directory to write")
    parser.add_argument("--quantize", choices=["int8"], help="serve an int8 dynamically quantised model")
    parser.add_argument("--texts", help="JSONL/CSV of held-out texts for the parity check")
    parser.add_argument("--parity-texts", type=int, default=200, help="how many held-out texts to check (200)")
    parser.add_argument("--max-tokens", type=int, help="tokens the served model reads (default: training max_length)")
    parser.add_argument("--keep-fp32", action="store_true", help="also keep model.fp32.onnx in the directory")
    parser.add_argument("--force", action="store_true", help="replace a non-empty output directory")
    args = parser.parse_args(argv)
    try:
        export(args.checkpoint, args.output, quantize=args.quantize, texts_file=args.texts,
               max_tokens=args.max_tokens, keep_fp32=args.keep_fp32, force=args.force,
               parity_texts=args.parity_texts)
    except ExportError as err:
        _log(f"export failed: {err}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

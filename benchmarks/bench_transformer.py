"""CPU speed of the PhoBERT path: PyTorch eager fp32 vs ONNX Runtime fp32 vs ONNX Runtime int8.

    .venv/bin/python benchmarks/bench_transformer.py [--threads 2] [--seq-len 64] [--batches 1 32]
        [--rounds 5] [--json results.json] [--workdir DIR]

A PhoBERT-base-shaped model (RoBERTa, 12 layers, hidden 768, 12 heads, FFN 3072,
vocabulary 64,001, 258 positions, 18 labels) with random weights, which is
fine for speed. The ONNX files are made by the same functions as
``python -m training.export`` (``export_onnx``, ``quantize_int8``). All three
engines run side by side in one process, on the same inputs, interleaved
round by round so that load from other processes hits them alike; each engine
is limited to ``--threads`` intra-op threads.

Reported per engine and batch size: messages per second (batch size / median
call time), median (p50) latency of one call, and speed-up over PyTorch eager;
plus the file sizes. Prints a Markdown table; ``--json`` also writes the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHOBERT_BASE = {"vocab_size": 64001, "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12,
                "intermediate_size": 3072, "max_position_embeddings": 258, "type_vocab_size": 1,
                "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2, "layer_norm_eps": 1e-5}


def build_model(seed: int = 0):
    import torch
    from transformers import RobertaConfig, RobertaForSequenceClassification

    torch.manual_seed(seed)
    config = RobertaConfig(**PHOBERT_BASE, num_labels=18)
    return RobertaForSequenceClassification(config).eval()


def inputs(batch: int, seq_len: int, vocab: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    ids = rng.integers(4, vocab, size=(batch, seq_len), dtype=np.int64)
    ids[:, 0], ids[:, -1] = 0, 2
    return ids, np.ones_like(ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seq-len", type=int, default=64)
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 32])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per batch size (batch 1 does 8x more)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--workdir", help="keep the ONNX files here (default: a temporary directory)")
    parser.add_argument("--train-steps", type=int, default=0, metavar="N",
                        help="also time N fine-tuning steps (forward, backward, AdamW; batch 32, fp32) "
                             "for the epoch-cost estimate in docs/phobert.md")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    import onnxruntime as ort

    from training.export import export_onnx, quantize_int8

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-phobert-"))
    work.mkdir(parents=True, exist_ok=True)
    model = build_model()
    fp32_path, int8_path = work / "phobert-base-random.onnx", work / "phobert-base-random.int8.onnx"
    started = time.time()
    export_onnx(model, fp32_path)
    exported = time.time() - started
    started = time.time()
    quantize_int8(fp32_path, int8_path)
    quantized = time.time() - started

    def session(path: Path):
        options = ort.SessionOptions()
        options.intra_op_num_threads = args.threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])

    fp32_session, int8_session = session(fp32_path), session(int8_path)

    def eager(ids, mask):
        with torch.inference_mode():
            return model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits.numpy()

    engines = {
        "PyTorch eager fp32": eager,
        "ONNX Runtime fp32": lambda ids, mask: fp32_session.run(None, {"input_ids": ids, "attention_mask": mask})[0],
        "ONNX Runtime int8": lambda ids, mask: int8_session.run(None, {"input_ids": ids, "attention_mask": mask})[0],
    }
    load_before = os.getloadavg()
    results = []
    agreement = {}
    for batch in args.batches:
        ids, mask = inputs(batch, args.seq_len, PHOBERT_BASE["vocab_size"])
        outputs = {name: fn(ids, mask) for name, fn in engines.items()}  # warm-up, and a sanity check
        outputs = {name: fn(ids, mask) for name, fn in engines.items()}
        reference = outputs["PyTorch eager fp32"]
        agreement[batch] = {name: float(np.abs(out - reference).max()) for name, out in outputs.items()}
        times: dict[str, list[float]] = {name: [] for name in engines}
        calls = args.rounds * (8 if batch == 1 else 1)
        for _ in range(calls):
            for name, fn in engines.items():
                start = time.perf_counter()
                fn(ids, mask)
                times[name].append(time.perf_counter() - start)
        base = float(np.median(times["PyTorch eager fp32"]))
        for name, measured in times.items():
            p50 = float(np.median(measured))
            results.append({"engine": name, "batch": batch, "calls": len(measured), "p50_ms": p50 * 1000,
                            "msgs_per_s": batch / p50, "mean_msgs_per_s": batch * len(measured) / sum(measured),
                            "speedup_vs_eager": base / p50})
    training = None
    if args.train_steps:
        ids, mask = inputs(32, args.seq_len, PHOBERT_BASE["vocab_size"], seed=1)
        labels = torch.from_numpy(np.arange(32) % 18)
        model.train()
        optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)
        step_times = []
        for step in range(args.train_steps + 1):  # the first step warms up
            start = time.perf_counter()
            loss = torch.nn.functional.cross_entropy(
                model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits, labels)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            if step:
                step_times.append(time.perf_counter() - start)
        model.eval()
        p50 = float(np.median(step_times))
        training = {"batch": 32, "steps": len(step_times), "p50_step_s": p50, "msgs_per_s": 32 / p50}
    load_after = os.getloadavg()

    sizes = {"onnx_fp32_bytes": fp32_path.stat().st_size, "onnx_int8_bytes": int8_path.stat().st_size}
    sizes["int8_over_fp32"] = sizes["onnx_int8_bytes"] / sizes["onnx_fp32_bytes"]
    report = {
        "model": "PhoBERT-base-shaped RobertaForSequenceClassification, random weights",
        "config": PHOBERT_BASE, "seq_len": args.seq_len, "threads": args.threads,
        "machine": {"processor": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
                    "load_avg_before": load_before, "load_avg_after": load_after},
        "versions": {"torch": torch.__version__, "onnxruntime": ort.__version__, "numpy": np.__version__},
        "export_seconds": round(exported, 1), "quantize_seconds": round(quantized, 1),
        "results": results, "sizes": sizes, "max_abs_logit_diff_vs_eager": agreement, "training": training,
    }

    lines = [f"PhoBERT-base-shaped model, sequence length {args.seq_len}, {args.threads} threads "
             f"(load average {load_before[0]:.1f} before, {load_after[0]:.1f} after)", "",
             "| engine | batch | messages/s | p50 latency (ms) | speed-up vs eager |",
             "|---|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['engine']} | {r['batch']} | {r['msgs_per_s']:.1f} | {r['p50_ms']:.1f} | "
                     f"{r['speedup_vs_eager']:.2f}x |")
    lines += ["", f"ONNX fp32 file {sizes['onnx_fp32_bytes'] / 1e6:.1f} MB, int8 file "
              f"{sizes['onnx_int8_bytes'] / 1e6:.1f} MB ({sizes['int8_over_fp32']:.0%} of fp32)"]
    if training:
        lines.append(f"Fine-tuning (PyTorch fp32, batch 32): {training['p50_step_s']:.1f} s/step, "
                     f"{training['msgs_per_s']:.1f} messages/s")
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if not args.workdir:
        for path in (fp32_path, int8_path):
            path.unlink(missing_ok=True)
        work.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

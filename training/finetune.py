"""Fine-tune PhoBERT (or the tiny stand-in) on the scheme taxonomy.

    python -m training.finetune --config training/configs/phobert-base-v2.yaml \\
        [--model HUB_NAME_OR_DIR] [--max-steps N] [--data FILE.jsonl|FILE.csv ...] [--no-corpus] \\
        [--output DIR]

Input pipeline, identical to inference: ``normalize(text).text`` ->
underthesea word segmentation (``tài_khoản``) -> ``PhobertTokenizer`` (cut to
``max_length`` tokens). Labels are the 18 taxonomy ids.

Data: the corpus' train/dev/test splits (``training.data.load_dataset_dict``)
plus any ``--data`` files (JSONL or CSV with ``text`` and ``label`` columns and
optionally ``split``). ``--data`` rows without a split go to train when mixed
with the corpus; with ``--no-corpus`` they are split 80/10/10 by a hash of the
text. Every ``--data`` file is validated before anything else happens: unknown
labels (the valid ids are listed), empty texts and duplicate texts are errors.

Training: AdamW with linear warm-up and decay, optional class weighting,
evaluation on dev every ``eval_steps`` (or each epoch), early stopping on dev
macro-F1. Uses CUDA with bf16 (fp16 on older GPUs) when present, CPU fp32
otherwise. Writes ``OUTPUT/best/`` (model, tokenizer files, ``metrics.json``,
``heldout.jsonl`` of test texts for the export parity check) and
``OUTPUT/metrics.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from scamdetect.backends.transformer.segment import segment
from scamdetect.errors import DataError, TableError  # DataError: a --data file is unusable
from scamdetect.taxonomy import LABELS
from scamdetect.text import normalize

SPLITS = ("train", "dev", "test")

DEFAULTS: dict[str, Any] = {
    "model": "vinai/phobert-base-v2",
    "output_dir": "runs/phobert-base-v2",
    "max_length": 256,           # tokens incl. <s> and </s>; PhoBERT's limit is 256
    "batch_size": 32,
    "eval_batch_size": 64,
    "gradient_accumulation_steps": 1,
    "group_by_length": True,     # batch texts of similar length together (less padding, faster on CPU)
    "learning_rate": 3e-5,
    "epochs": 5,
    "warmup_ratio": 0.06,
    "weight_decay": 0.01,
    "max_grad_norm": 1.0,
    "class_weighting": "sqrt",   # none | balanced | sqrt (square root of balanced)
    "class_weight_cap": 10.0,
    "seed": 42,
    "eval_steps": None,          # evaluate every N optimizer steps; None = once per epoch
    "early_stopping_patience": 2,
    "precision": "auto",         # auto | fp32 | bf16 | fp16
    "use_corpus": True,
    "max_steps": None,
    "heldout_texts": 500,        # test texts saved with the checkpoint for the export parity check
}




# ---------------------------------------------------------------------------- data
def read_rows(path: str | Path, require_label: bool = True) -> list[dict[str, Any]]:
    """Rows of a JSONL or CSV/TSV file as dicts with ``text``, ``label`` and ``split`` (may be None).

    Read by the library's batch readers (:func:`scamdetect.batch.readers.open_reader`), as ``scamdetect score``
    and ``scamdetect evaluate`` read their files; every problem is collected, with its file and line.
    """
    from scamdetect.batch.readers import open_reader

    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    fmt = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}.get(
        path.suffix.lower())
    if fmt is None:
        raise DataError(f"{path}: unknown format {path.suffix.lower()!r}; use .jsonl or .csv")
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    try:
        with open_reader(path, fmt) as reader:
            needed = ("text", "label") if require_label else ("text",)
            missing = [c for c in needed if c not in reader.columns]
            if missing and fmt != "jsonl":
                raise DataError(f"{path}: missing column(s) {missing}; found {reader.columns}")
            header_lines = 0 if fmt == "jsonl" else 1
            for chunk in reader.chunks(65536, [c for c in ("text", "label", "split") if c in reader.columns]):
                for row in chunk.rows:
                    where = f"{path}:{row.number + header_lines}"
                    if row.problem:
                        errors.append(f"{where}: {row.problem}")
                    else:
                        rows.append({**row.values, "_where": where})
    except TableError as err:
        raise DataError(str(err)) from None
    valid = ", ".join(LABELS)
    for row in rows:
        where = row["_where"]
        text = row.get("text")
        if not isinstance(text, str):
            errors.append(f"{where}: 'text' missing or not a string")
        elif not text.strip():
            errors.append(f"{where}: empty text")
        if require_label:
            label = row.get("label")
            if label not in LABELS:
                errors.append(f"{where}: unknown label {label!r}; valid ids: {valid}")
        split = row.get("split") or None
        if split is not None and split not in SPLITS:
            errors.append(f"{where}: unknown split {split!r}; use one of {', '.join(SPLITS)} or leave it out")
        row["split"] = split
    if errors:
        raise DataError(_summarise(errors))
    return rows


def _key(text: str) -> str:
    return " ".join(text.split())


def _summarise(errors: list[str], limit: int = 30) -> str:
    shown = errors[:limit]
    more = f"\n... and {len(errors) - limit} more" if len(errors) > limit else ""
    return f"{len(errors)} problem(s) in the data:\n  " + "\n  ".join(shown) + more


def check_duplicates(rows: list[dict[str, Any]], corpus: Iterable[dict[str, Any]] = ()) -> None:
    """Duplicate texts within --data files, or already in the corpus, are errors."""
    errors: list[str] = []
    seen: dict[str, str] = {}
    for row in corpus:
        seen.setdefault(_key(row["text"]), f"the corpus ({row.get('split', '?')} split)")
    for row in rows:
        key = _key(row["text"])
        if key in seen:
            errors.append(f"{row['_where']}: duplicate text, already at {seen[key]}")
        else:
            seen[key] = row["_where"]
    if errors:
        raise DataError(_summarise(errors))


def _hash_split(text: str) -> str:
    bucket = int(hashlib.sha1(_key(text).encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def _corpus_rows() -> list[dict[str, Any]]:
    try:
        from training.data import load_dataset_dict

        dsd = load_dataset_dict()
    except (ImportError, FileNotFoundError) as err:
        raise DataError(f"the corpus is not available ({err}); pass --data FILE and --no-corpus") from None
    rows = []
    for split in SPLITS:
        if split not in dsd:
            continue
        ds = dsd[split]
        names = getattr(ds.features.get("label"), "names", None)
        for text, label in zip(ds["text"], ds["label"]):
            if isinstance(label, int):
                label = names[label] if names else LABELS[label]
            rows.append({"text": text, "label": label, "split": split, "_where": f"corpus:{split}"})
    return rows


def gather_data(data_files: list[str], use_corpus: bool, log=print, text_column: str = "text",
                label_column: str = "label", binary: bool | None = False) -> dict[str, list[dict[str, Any]]]:
    """Validate ``data_files`` first, then mix them with the corpus; returns rows per split.

    With other column names, ``binary`` labels or a TSV/Parquet file, the files are read exactly as
    ``python -m training.retrain`` reads them (its options, its checks, schemes of binary scam rows inferred);
    otherwise a JSONL/CSV file may also carry a ``split`` column.
    """
    extra: list[dict[str, Any]] = []
    problems: list[str] = []
    for path in data_files:
        try:
            if (text_column, label_column) != ("text", "label") or binary is not False or \
                    Path(path).suffix.lower() not in (".jsonl", ".json", ".ndjson", ".csv"):
                from .retrain import RetrainError, labelled_rows

                try:
                    extra.extend(labelled_rows([Path(path)], text_column, label_column, binary))
                except RetrainError as err:
                    raise DataError(f"{path}: {err}") from None
            else:
                extra.extend(read_rows(path))
        except DataError as err:
            problems.append(str(err))
    if problems:
        raise DataError("\n".join(problems))
    corpus = _corpus_rows() if use_corpus else []
    check_duplicates(extra, corpus)
    for row in extra:
        if row["split"] is None:
            row["split"] = "train" if use_corpus else _hash_split(row["text"])
    rows = corpus + extra
    if not rows:
        raise DataError("no training data: give --data files or use the corpus")
    by_split = {split: [r for r in rows if r["split"] == split] for split in SPLITS}
    if not by_split["train"]:
        raise DataError("the train split is empty")
    log(f"data: {len(corpus)} corpus rows + {len(extra)} from --data; "
        + ", ".join(f"{s} {len(by_split[s])}" for s in SPLITS))
    return by_split


# ---------------------------------------------------------------------------- metrics
def classification_metrics(gold: list[int], pred: list[int]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the labels that occur (gold or predicted), per-label F1, scam-vs-legit F1."""
    present = sorted(set(gold) | set(pred))
    per_label = {}
    f1s = []
    for label in present:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        per_label[LABELS[label]] = round(f1, 4)
        f1s.append(f1)
    legit = LABELS.index("legit")
    tp = sum(1 for g, p in zip(gold, pred) if g != legit and p != legit)
    fp = sum(1 for g, p in zip(gold, pred) if g == legit and p != legit)
    fn = sum(1 for g, p in zip(gold, pred) if g != legit and p == legit)
    return {"n": len(gold), "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1), 4),
            "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
            "scam_f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0, "per_label_f1": per_label}


# ---------------------------------------------------------------------------- training
def load_config(path: str | None) -> dict[str, Any]:
    config = dict(DEFAULTS)
    if path:
        loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        unknown = sorted(set(loaded) - set(DEFAULTS))
        if unknown:
            raise SystemExit(f"{path}: unknown config key(s) {unknown}; known: {sorted(DEFAULTS)}")
        config.update(loaded)
    return config


def preprocess(texts: list[str], tokenizer, max_length: int, desc: str) -> list[list[int]]:
    """normalize -> segment -> PhobertTokenizer ids (with <s> </s>, cut to max_length)."""
    from tqdm.auto import tqdm

    out = []
    for text in tqdm(texts, desc=desc, unit="text", mininterval=2.0, disable=None):
        segmented = segment(normalize(text).text)
        out.append(tokenizer(segmented, truncation=True, max_length=max_length)["input_ids"])
    return out


def class_weights(labels: list[int], mode: str, cap: float) -> list[float] | None:
    if mode == "none":
        return None
    if mode not in ("balanced", "sqrt"):
        raise SystemExit(f"class_weighting must be none, balanced or sqrt, not {mode!r}")
    counts = Counter(labels)
    total, present = len(labels), len(counts)
    weights = []
    for index in range(len(LABELS)):
        if counts[index]:
            w = total / (present * counts[index])
            weights.append(min(cap, math.sqrt(w) if mode == "sqrt" else w))
        else:
            weights.append(1.0)
    return weights


def batch_plan(lengths: list[int], batch_size: int, rng: random.Random, group_by_length: bool) -> list[list[int]]:
    """Shuffled batches of indices; with ``group_by_length`` each batch holds texts of similar length
    (sorted within shuffled pools of 50 batches), which cuts padding, then the batches are shuffled."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    if not group_by_length:
        return [order[k:k + batch_size] for k in range(0, len(order), batch_size)]
    pool = batch_size * 50
    plan = []
    for start in range(0, len(order), pool):
        part = sorted(order[start:start + pool], key=lambda i: lengths[i])
        plan += [part[k:k + batch_size] for k in range(0, len(part), batch_size)]
    rng.shuffle(plan)
    return plan


def _batches(ids: list[list[int]], labels: list[int], batch_size: int, pad_id: int, order: list[int],
             plan: list[list[int]] | None = None):
    import torch

    if plan is None:
        plan = [order[k:k + batch_size] for k in range(0, len(order), batch_size)]
    for chosen in plan:
        width = max(len(ids[i]) for i in chosen)
        input_ids = torch.full((len(chosen), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(chosen), width), dtype=torch.long)
        for row, i in enumerate(chosen):
            input_ids[row, :len(ids[i])] = torch.tensor(ids[i])
            mask[row, :len(ids[i])] = 1
        yield input_ids, mask, torch.tensor([labels[i] for i in chosen])


def predict(model, ids: list[list[int]], batch_size: int, pad_id: int, device, autocast) -> list[int]:
    import torch

    model.eval()
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))  # less padding
    preds = [0] * len(ids)
    with torch.no_grad():
        for start, (input_ids, mask, _) in zip(range(0, len(order), batch_size),
                                               _batches(ids, [0] * len(ids), batch_size, pad_id, order)):
            with autocast():
                logits = model(input_ids=input_ids.to(device), attention_mask=mask.to(device)).logits
            for i, p in zip(order[start:start + batch_size], logits.argmax(-1).tolist()):
                preds[i] = p
    model.train()
    return preds


def train(config: dict[str, Any], data_files: list[str], log=print, **columns: Any) -> dict[str, Any]:
    """Run fine-tuning as configured; returns the metrics written to ``metrics.json``."""
    # validate before heavy imports; ``columns``: text_column, label_column, binary as in gather_data
    by_split = gather_data(data_files, bool(config["use_corpus"]), log=log, **columns)

    import contextlib

    import numpy as np
    import torch
    from tqdm.auto import tqdm
    from transformers import AutoModelForSequenceClassification, PhobertTokenizer, get_linear_schedule_with_warmup

    seed = int(config["seed"])
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)

    output = Path(config["output_dir"])
    output.mkdir(parents=True, exist_ok=True)
    max_length = int(config["max_length"])
    if not 8 <= max_length <= 256:
        raise SystemExit(f"max_length {max_length}: PhoBERT takes at most 256 tokens (and at least 8 makes sense)")

    tokenizer = PhobertTokenizer.from_pretrained(config["model"])
    model = AutoModelForSequenceClassification.from_pretrained(
        config["model"], num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)}, problem_type="single_label_classification",
        ignore_mismatched_sizes=True)
    pad_id = tokenizer.pad_token_id

    if torch.cuda.is_available():
        device = torch.device("cuda")
        precision = config["precision"]
        if precision == "auto":
            precision = "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    else:
        device, precision = torch.device("cpu"), "fp32"
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)

    def autocast():
        return torch.autocast(device.type, dtype=dtype) if dtype else contextlib.nullcontext()

    scaler = torch.amp.GradScaler("cuda") if precision == "fp16" else None
    model.to(device)
    log(f"model {config['model']} on {device} ({precision}), {sum(p.numel() for p in model.parameters()):,} params")

    label_index = {label: i for i, label in enumerate(LABELS)}
    encoded = {}
    for split in SPLITS:
        rows = by_split[split]
        encoded[split] = (preprocess([r["text"] for r in rows], tokenizer, max_length, f"preprocess {split}"),
                          [label_index[r["label"]] for r in rows])
    train_ids, train_labels = encoded["train"]
    dev_split = "dev" if encoded["dev"][0] else "train"
    if dev_split == "train":
        log("warning: no dev rows; early stopping watches the train split")

    weights = class_weights(train_labels, config["class_weighting"], float(config["class_weight_cap"]))
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, device=device) if weights else None)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm", "layernorm")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
         "weight_decay": float(config["weight_decay"])},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=float(config["learning_rate"]))
    batch_size, accum = int(config["batch_size"]), int(config["gradient_accumulation_steps"])
    steps_per_epoch = max(1, math.ceil(len(train_ids) / batch_size / accum))
    total_steps = steps_per_epoch * int(config["epochs"])
    if config["max_steps"]:
        total_steps = int(config["max_steps"])  # as in transformers: max_steps overrides epochs
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total_steps * float(config["warmup_ratio"])),
                                                total_steps)
    eval_steps = int(config["eval_steps"]) if config["eval_steps"] else steps_per_epoch

    best = {"macro_f1": -1.0, "step": 0}
    history: list[dict[str, Any]] = []
    patience, bad_evals = int(config["early_stopping_patience"]), 0
    best_dir = output / "best"
    step, started, stop = 0, time.time(), False

    def evaluate() -> bool:
        nonlocal bad_evals
        ids, gold = encoded[dev_split]
        metrics = classification_metrics(gold, predict(model, ids, int(config["eval_batch_size"]), pad_id, device,
                                                       autocast))
        entry = {"step": step, "epoch": round(step / steps_per_epoch, 3), "dev_macro_f1": metrics["macro_f1"],
                 "dev_accuracy": metrics["accuracy"], "elapsed_s": round(time.time() - started, 1)}
        history.append(entry)
        improved = metrics["macro_f1"] > best["macro_f1"]
        if improved:
            best.update(macro_f1=metrics["macro_f1"], step=step, dev=metrics)
            model.save_pretrained(best_dir)
            tokenizer.save_pretrained(best_dir)
            bad_evals = 0
        else:
            bad_evals += 1
        log(f"step {step}: dev macro-F1 {metrics['macro_f1']:.4f} acc {metrics['accuracy']:.4f}"
            + (" (best, saved)" if improved else f" (no gain {bad_evals}/{patience})"))
        return patience > 0 and bad_evals >= patience

    model.train()
    progress = tqdm(total=total_steps, desc="train", unit="step", disable=None)
    log_every = max(1, total_steps // 20)
    rng = random.Random(seed)
    micro = 0
    while not stop:
        plan = batch_plan([len(x) for x in train_ids], batch_size, rng, bool(config["group_by_length"]))
        for input_ids, mask, labels in _batches(train_ids, train_labels, batch_size, pad_id, [], plan):
            with autocast():
                logits = model(input_ids=input_ids.to(device), attention_mask=mask.to(device)).logits
            loss = loss_fn(logits.float(), labels.to(device)) / accum
            (scaler.scale(loss) if scaler else loss).backward()
            micro += 1
            if micro % accum:
                continue
            if scaler:
                scaler.unscale_(optimizer)
            torch.nn.utils.clip_grad_norm_(model.parameters(), float(config["max_grad_norm"]))
            if scaler:
                scaler.step(optimizer)
                scaler.update()
            else:
                optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            progress.update(1)
            progress.set_postfix(loss=f"{loss.item() * accum:.4f}", refresh=False)
            if progress.disable and (step % log_every == 0 or step == total_steps):  # no terminal: log lines
                elapsed = time.time() - started
                log(f"step {step}/{total_steps} loss {loss.item() * accum:.4f} "
                    f"{elapsed:.0f}s elapsed, ~{elapsed / step * (total_steps - step):.0f}s to go")
            if step % eval_steps == 0 and step < total_steps and evaluate():
                stop = True
                break
            if step >= total_steps:
                stop = True
                break
    progress.close()
    if not history or history[-1]["step"] != step:
        evaluate()

    # reload the best checkpoint for the test-split numbers
    model = AutoModelForSequenceClassification.from_pretrained(best_dir).to(device)
    test_ids, test_gold = encoded["test"]
    test_metrics = classification_metrics(test_gold, predict(model, test_ids, int(config["eval_batch_size"]), pad_id,
                                                             device, autocast)) if test_ids else None
    heldout = by_split["test"] or by_split["dev"]
    heldout = random.Random(seed).sample(heldout, min(len(heldout), int(config["heldout_texts"])))
    with open(best_dir / "heldout.jsonl", "w", encoding="utf-8") as handle:
        for row in heldout:
            handle.write(json.dumps({"text": row["text"], "label": row["label"]}, ensure_ascii=False) + "\n")
    result = {
        "model": config["model"], "device": str(device), "precision": precision,
        "best_step": best["step"], "steps": step, "dev": best.get("dev"), "test": test_metrics,
        "data": {s: len(by_split[s]) for s in SPLITS}, "data_files": list(data_files),
        "train_seconds": round(time.time() - started, 1), "history": history,
        "config": {k: v for k, v in config.items()},
    }
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    (output / "metrics.json").write_text(text, encoding="utf-8")
    (best_dir / "metrics.json").write_text(text, encoding="utf-8")
    log(f"best dev macro-F1 {best['macro_f1']:.4f} at step {best['step']}; "
        + (f"test macro-F1 {test_metrics['macro_f1']:.4f}; " if test_metrics else "")
        + f"checkpoint {best_dir}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.finetune", description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default="training/configs/phobert-base-v2.yaml", help="YAML config")
    parser.add_argument("--model", help="hub name or local directory (overrides the config)")
    parser.add_argument("--max-steps", type=int, help="stop after this many optimizer steps")
    parser.add_argument("--data", nargs="+", default=[], metavar="FILE",
                        help="extra labelled JSONL/CSV files (text, label[, split])")
    parser.add_argument("--no-corpus", action="store_true", help="train on the --data files only")
    parser.add_argument("--text-column", default="text", help="column of the --data files with the message")
    parser.add_argument("--label-column", default="label", help="column of the --data files with the label")
    parser.add_argument("--binary", action="store_true", default=False,
                        help="--data labels are 1/0, scam/legit or spam/ham: schemes of scam rows are inferred by "
                             "the bundled model, as python -m training.retrain does")
    parser.add_argument("--output", help="output directory (overrides the config)")
    args = parser.parse_args(argv)
    config = load_config(args.config)
    if args.model:
        config["model"] = args.model
    if args.max_steps is not None:
        config["max_steps"] = args.max_steps
    if args.output:
        config["output_dir"] = args.output
    if args.no_corpus:
        config["use_corpus"] = False

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        train(config, args.data, log=log, text_column=args.text_column, label_column=args.label_column,
              binary=args.binary)
    except DataError as err:
        log(f"error: {err}")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

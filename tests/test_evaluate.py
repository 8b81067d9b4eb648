"""`scamdetect evaluate`, scamdetect.evaluation, and the evaluation notebook (no timing assertions here)."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import numpy as np
import pytest

from scamdetect.cli import main
from scamdetect.evaluation.metrics import (
    binary_metrics,
    calibration,
    choose_threshold,
    confusion_matrix,
    pr_auc,
    roc_auc,
    scheme_metrics,
)
from scamdetect.taxonomy import IS_SCAM, LABELS
from scamdetect.text.augment import PERTURBATIONS

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "evaluation.ipynb"


@pytest.fixture(scope="module")
def sample_rows() -> list[dict]:
    """Three test-split messages of every label, plus extra legit ones (deterministic)."""
    from training.data import load_split

    rows = load_split("test")
    rng = random.Random(7)
    rng.shuffle(rows)
    picked, counts = [], {label: 0 for label in LABELS}
    for row in rows:
        want = 12 if row["label"] == "legit" else 3
        if counts[row["label"]] < want:
            counts[row["label"]] += 1
            picked.append(row)
    assert all(counts.values())
    return picked


@pytest.fixture(scope="module")
def model():
    import scamdetect

    return scamdetect.load_model()


def _write_csv(path: Path, rows: list[dict], columns: tuple[str, str], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["id", *columns])
        for k, row in enumerate(rows):
            writer.writerow([f"m{k}", row["text"], row["label"]])
    return path


# ---------------------------------------------------------------- the CLI
def test_evaluate_scheme_labels_writes_everything(tmp_path, sample_rows, capsys):
    labelled = _write_csv(tmp_path / "labelled.csv", sample_rows, ("message", "gold"))
    out = tmp_path / "report"
    code = main(["evaluate", str(labelled), "--text-column", "message", "--label-column", "gold",
                 "--out", str(out), "--errors", "5"])
    printed = capsys.readouterr().out
    assert code == 0
    for needle in ("scam precision", "scam recall", "scam F1", "false-pos. rate", "scheme macro-F1", "clean",
                   *PERTURBATIONS, "msg/s"):
        assert needle in printed

    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    n = len(sample_rows)
    assert metrics["data"]["messages"] == n and not metrics["data"]["binary"]
    b = metrics["binary"]
    for key in ("precision", "recall", "f1", "fpr", "roc_auc", "pr_auc", "threshold"):
        assert b[key] is not None and 0.0 <= b[key] <= 1.0, key
    assert b["tp"] + b["fp"] + b["fn"] + b["tn"] == n
    s = metrics["schemes"]
    assert set(s["per_label"]) == set(LABELS)
    assert {"macro_f1", "weighted_f1", "accuracy"} <= set(s)
    assert all(s["per_label"][label]["support"] == (12 if label == "legit" else 3) for label in LABELS)
    cm = metrics["confusion_matrix"]
    assert np.asarray(cm["matrix"]).sum() == n and set(cm["labels"]) >= set(LABELS) - {"other_scam"}
    assert 0.0 <= metrics["calibration"]["ece"] <= 1.0 and metrics["calibration"]["curve"]
    assert set(metrics["robustness"]) == set(PERTURBATIONS)
    for result in metrics["robustness"].values():
        assert {"precision", "recall", "f1", "fpr"} <= set(result["binary"]) and "macro_f1" in result["schemes"]
    assert metrics["throughput"]["messages_per_s"] > 0 and metrics["throughput"]["ms_per_message_explained"] > 0
    curve = metrics["threshold_tradeoff"]["curve"]
    assert [row["threshold"] for row in curve] == sorted(row["threshold"] for row in curve)
    assert metrics["threshold_tradeoff"]["operating_point"]["threshold"] == pytest.approx(b["threshold"], abs=1e-4)
    worst = metrics["errors"]["worst"]
    assert len(worst) <= 5 and sum(metrics["errors"]["counts"].values()) >= len(worst)
    for error in worst:
        assert error["true"] != error["predicted"] and error["summary"]
        assert error["text"] in {row["text"] for row in sample_rows}

    report = (out / "report.md").read_text(encoding="utf-8")
    for heading in ("## Scam vs legit", "## Per scheme", "## Calibration", "## Robustness", "## Throughput",
                    "## Error analysis", "Giả mạo ngân hàng"):
        assert heading in report
    for name in ("confusion_matrix", "scheme_f1", "reliability", "pr_curve", "threshold_tradeoff", "robustness"):
        png = out / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert f"({name}.png)" in report


def test_evaluate_binary_labels(tmp_path, sample_rows, capsys):
    spellings = {True: ["spam", "1", "SCAM"], False: ["ham", "0", "legit"]}
    path = tmp_path / "binary.tsv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["text", "is_spam"])
        for k, row in enumerate(sample_rows):
            writer.writerow([row["text"], spellings[IS_SCAM[row["label"]]][k % 3]])
    out = tmp_path / "out"
    code = main(["evaluate", str(path), "--label-column", "is_spam", "--binary", "--out", str(out),
                 "--no-robustness"])
    printed = capsys.readouterr().out
    assert code == 0 and "scam F1" in printed and "scheme macro-F1" not in printed
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["data"]["binary"] and "schemes" not in metrics and metrics["robustness"] == {}
    assert metrics["data"]["labels"] == {"legit": 12, "scam": 51}
    assert metrics["confusion_matrix"]["labels"] == ["legit", "scam"]
    assert set(metrics["errors"]["counts"]) == {"false_alarm", "missed_scam"}
    assert (out / "confusion_matrix.png").is_file() and not (out / "scheme_f1.png").exists()


def test_binary_and_scheme_modes_agree_on_scam_metrics(tmp_path, sample_rows, model):
    from scamdetect.evaluation import evaluate, from_records

    schemes = evaluate(model, from_records(sample_rows), robustness=False, n_errors=0)
    binary_rows = [{"text": r["text"], "label": "1" if IS_SCAM[r["label"]] else "0"} for r in sample_rows]
    binary = evaluate(model, from_records(binary_rows, binary=True), robustness=False, n_errors=0)
    for key in ("precision", "recall", "f1", "fpr", "roc_auc", "pr_auc"):
        assert schemes.metrics["binary"][key] == binary.metrics["binary"][key]


def test_unknown_labels_stop_with_a_clear_message(tmp_path, sample_rows, capsys):
    rows = [dict(r) for r in sample_rows[:6]]
    rows[1]["label"], rows[2]["label"], rows[4]["label"] = "phishing", "phishing", "bank_phising"
    labelled = _write_csv(tmp_path / "bad.csv", rows, ("text", "label"))
    out = tmp_path / "out"
    assert main(["evaluate", str(labelled), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "'phishing' (2 rows)" in err and "'bank_phising' (1 row)" in err
    assert "Known ids: legit, task_commission" in err and "--binary" in err
    assert "'bank_phishing' for 'bank_phising'" in err
    assert not out.exists()
    assert main(["evaluate", str(labelled), "--limit", "1", "--out", str(out)]) == 1  # --limit hides nothing
    assert "'phishing' (2 rows)" in capsys.readouterr().err

    binary = _write_csv(tmp_path / "bad-binary.csv", [{"text": "a", "label": "1"}, {"text": "b", "label": "maybe"}],
                        ("text", "label"))
    assert main(["evaluate", str(binary), "--binary", "--out", str(out)]) == 1
    assert "'maybe' (1 row)" in capsys.readouterr().err


def test_missing_column_file_and_labels(tmp_path, sample_rows, capsys):
    labelled = _write_csv(tmp_path / "l.csv", sample_rows[:3], ("body", "label"))
    assert main(["evaluate", str(labelled), "--out", str(tmp_path / "o")]) == 1
    assert "no column 'text'; columns: id, body, label" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "missing.csv")]) == 1
    assert "no such file" in capsys.readouterr().err
    empty_label = _write_csv(tmp_path / "e.csv", [{"text": "x", "label": "legit"}, {"text": "y", "label": " "}],
                             ("text", "label"))
    assert main(["evaluate", str(empty_label)]) == 1
    assert "no label" in capsys.readouterr().err


def test_jsonl_split_filter_and_limit(tmp_path, sample_rows, capsys):
    path = tmp_path / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for k, row in enumerate(sample_rows):
            handle.write(json.dumps({"text": row["text"], "label": row["label"],
                                     "split": "test" if k % 2 else "train"}, ensure_ascii=False) + "\n")
    out = tmp_path / "o"
    assert main(["evaluate", str(path), "--split", "test", "--limit", "10", "--out", str(out), "--no-plots",
                 "--no-robustness"]) == 0
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["data"]["messages"] == 10
    assert not list(out.glob("*.png"))
    capsys.readouterr()
    assert main(["evaluate", str(path), "--split", "dev"]) == 1
    assert "no rows with split=dev" in capsys.readouterr().err


def test_reader_handles_bom_semicolons_and_json_arrays(tmp_path):
    from scamdetect.evaluation import read_labelled, subsample

    path = tmp_path / "semi.csv"
    path.write_text("\ufefftext;label\nHẹn 7h tối nay nha;legit\n\"Nop phi; nhan qua\";prize_fee\n", encoding="utf-8")
    data = read_labelled(path)
    assert data.texts == ["Hẹn 7h tối nay nha", "Nop phi; nhan qua"] and data.labels == ["legit", "prize_fee"]
    array = tmp_path / "rows.json"
    array.write_text(json.dumps([{"t": "a", "y": "Spam"}, {"t": "b", "y": "ham"}]), encoding="utf-8")
    data = read_labelled(array, "t", "y", binary=True)
    assert data.labels == ["scam", "legit"] and data.is_scam.tolist() == [True, False]
    assert subsample(5, None) == [0, 1, 2, 3, 4] and subsample(100, 3) == [0, 50, 99]


# A tiny fixed example, each number computed by hand from the table below (threshold 0.5):
#   text  gold           predicted      scam score   binary
#   m1    fake_loan      fake_loan      0.95         TP
#   m2    bank_phishing  fake_loan      0.85         TP (wrong scheme)
#   m3    prize_fee      legit          0.35         FN
#   m4    legit          legit          0.05         TN
#   m5    legit          bank_phishing  0.75         FP
#   m6    legit          legit          0.15         TN
TINY = {"m1": ("fake_loan", "fake_loan", 0.95), "m2": ("bank_phishing", "fake_loan", 0.85),
        "m3": ("prize_fee", "prize_fee", 0.35), "m4": ("legit", "fake_loan", 0.05),
        "m5": ("legit", "bank_phishing", 0.75), "m6": ("legit", "fake_loan", 0.15)}  # text: gold, top scheme, score


class _FixedBackend:
    """Answers each TINY text with its table row: P(legit) = 1 - score, the rest on the row's top scheme."""

    labels = LABELS

    def predict_proba(self, texts):
        probs = np.zeros((len(texts), len(LABELS)), np.float32)
        for row, text in enumerate(texts):
            _, scheme, score = TINY.get(text, ("legit", "fake_loan", 0.0))
            probs[row, LABELS.index("legit")] = 1.0 - score
            probs[row, LABELS.index(scheme)] += score
        return probs, [False] * len(texts)

    def word_spans(self, text, label_index):
        return []


def test_evaluation_of_a_tiny_fixed_example_gives_the_numbers_computed_by_hand():
    import scamdetect
    from scamdetect.evaluation import evaluate, from_records

    model = scamdetect.ScamClassifier(_FixedBackend(), {"kind": "fixed", "threshold": 0.5})
    data = from_records([{"text": text, "label": gold} for text, (gold, _, _) in TINY.items()])
    ev = evaluate(model, data, name="fixed", robustness=False, n_errors=5)
    assert ev.predicted == ["fake_loan", "fake_loan", "legit", "legit", "bank_phishing", "legit"]
    b = ev.metrics["binary"]
    assert (b["tp"], b["fp"], b["fn"], b["tn"]) == (2, 1, 1, 2)
    assert (b["precision"], b["recall"], b["f1"], b["fpr"]) == (0.6667, 0.6667, 0.6667, 0.3333)
    assert b["roc_auc"] == 0.8889  # 8 of the 9 (scam, legit) pairs ranked right: only 0.35 < 0.75 is wrong
    assert b["pr_auc"] == 0.9167  # precision 1, 1 and 3/4 at the three scams, averaged
    s = ev.metrics["schemes"]
    assert s["accuracy"] == 0.5  # m1, m4, m6
    assert s["per_label"]["legit"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "support": 3}
    assert s["per_label"]["fake_loan"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "support": 1}
    assert s["per_label"]["bank_phishing"]["f1"] == s["per_label"]["prize_fee"]["f1"] == 0.0
    assert s["macro_f1"] == 0.3333  # (2/3 + 2/3 + 0 + 0) / 4 labels with support
    assert s["macro_f1_schemes"] == 0.2222  # (2/3 + 0 + 0) / 3
    assert s["weighted_f1"] == 0.4444  # (3 * 2/3 + 1 * 2/3) / 6
    assert ev.metrics["calibration"]["ece"] == 0.3  # one text per bin: (.05 + .15 + .65 + .05 + .75 + .15) / 6
    assert ev.metrics["errors"]["counts"] == {"false_alarm": 1, "missed_scam": 1, "wrong_scheme": 1}
    assert [e["row"] for e in ev.errors] == [2, 5, 3]  # most confident mistakes first: P(true) 0, .25, .35
    row = ev.summary_row()
    assert row["model"] == "fixed" and row["f1"] == 0.6667 and row["macro_f1"] == 0.3333


def test_evaluation_agrees_with_classify_and_is_deterministic(sample_rows, model):
    from scamdetect.evaluation import evaluate, from_records

    data = from_records(sample_rows)
    ev = evaluate(model, data, n_errors=3, perturbations=["salt_tail"])
    predictions = model.classify(data.texts, explain=False)
    assert ev.predicted == [p.label for p in predictions]
    assert np.allclose(ev.scam_score, [p.scam_score for p in predictions], atol=1e-5)
    assert list(ev.metrics["robustness"]) == ["salt_tail"]
    again = evaluate(model, data, n_errors=3, perturbations=["salt_tail"])
    assert again.metrics["robustness"] == ev.metrics["robustness"]  # deterministic given the seed


def test_a_rarer_scam_share_prices_false_alarms_higher_when_choosing_the_threshold():
    # 10 scams and 10 legit rows; lowering the threshold from 0.75 to 0.55 gains two scams for one false alarm
    y = np.array([1] * 10 + [0] * 10, bool)
    score = np.array([0.9] * 8 + [0.6] * 2 + [0.7] + [0.1] * 9)
    at_own_mix = choose_threshold(y, score, max_fpr=1.0)
    assert at_own_mix <= 0.6 and binary_metrics(y, score >= at_own_mix)["recall"] == 1.0
    # where scams are 5% of the traffic, that false alarm weighs 19 times a row's share: the threshold rises past it
    rare = choose_threshold(y, score, max_fpr=1.0, scam_share=0.05)
    assert 0.7 < rare <= 0.9 and binary_metrics(y, score >= rare)["fp"] == 0
    # at the set's own mix the weighting changes nothing
    assert choose_threshold(y, score, max_fpr=1.0, scam_share=0.5) == at_own_mix
    with pytest.raises(ValueError, match="scam_share"):
        choose_threshold(y, score, scam_share=1.5)


def test_explanation_html_escapes_and_marks():
    from scamdetect.evaluation import explanation_html

    html = explanation_html("<b>Nop phi</b> ngay", [{"start": 3, "end": 6, "weight": 0.5},
                                                     {"start": 11, "end": 15, "weight": -0.2},
                                                     {"start": 4, "end": 5, "weight": 1.0}])
    assert html.startswith("&lt;b&gt;") and "<b>" not in html
    assert html.count("<mark") == 2 and "rgba(220, 38, 38" in html and "rgba(37, 99, 235" in html


# ---------------------------------------------------------------- metrics against scikit-learn
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_metrics_match_sklearn_on_random_data(seed):
    sk = pytest.importorskip("sklearn.metrics")
    from sklearn.calibration import calibration_curve

    from scamdetect.evaluation import threshold_tradeoff

    rng = np.random.default_rng(seed)
    n = 400
    y = rng.random(n) < 0.35
    score = np.clip(np.where(y, rng.beta(4, 2, n), rng.beta(2, 4, n)), 0, 1)
    tied = np.round(score, 2)  # ties exercise the rank and step-wise definitions
    pred = score >= 0.5
    m = binary_metrics(y, pred, tied)
    assert m["precision"] == pytest.approx(sk.precision_score(y, pred), abs=1e-4)
    assert m["recall"] == pytest.approx(sk.recall_score(y, pred), abs=1e-4)
    assert m["f1"] == pytest.approx(sk.f1_score(y, pred), abs=1e-4)
    tn, fp, fn, tp = sk.confusion_matrix(y, pred).ravel()
    assert (m["tp"], m["fp"], m["fn"], m["tn"]) == (tp, fp, fn, tn)
    assert m["fpr"] == pytest.approx(fp / (fp + tn), abs=1e-4)
    assert roc_auc(y, tied) == pytest.approx(sk.roc_auc_score(y, tied), abs=1e-9)
    assert pr_auc(y, tied) == pytest.approx(sk.average_precision_score(y, tied), abs=1e-9)

    prob_true, prob_pred = calibration_curve(y, score, n_bins=10, strategy="uniform")
    curve = calibration(y, score)["curve"]
    assert [p["accuracy"] for p in curve] == pytest.approx(prob_true, abs=1e-4)
    assert [p["confidence"] for p in curve] == pytest.approx(prob_pred, abs=1e-4)
    counts = np.array([p["count"] for p in curve])
    ece = float(np.sum(counts / n * np.abs(prob_true - prob_pred)))
    assert calibration(y, score)["ece"] == pytest.approx(ece, abs=1e-4)

    for row in threshold_tradeoff(y, tied, [0.2, 0.5, 0.77]):
        flagged = tied >= row["threshold"]
        assert row["precision"] == pytest.approx(sk.precision_score(y, flagged, zero_division=1.0), abs=1e-4)
        assert row["recall"] == pytest.approx(sk.recall_score(y, flagged), abs=1e-4)
        assert row["f1"] == pytest.approx(sk.f1_score(y, flagged), abs=1e-4)

    labels = np.array(LABELS)
    y_true = list(rng.choice(labels[:8], n))
    y_pred = [t if rng.random() < 0.6 else str(rng.choice(labels[:10])) for t in y_true]
    s = scheme_metrics(y_true, y_pred)
    present = sorted(set(y_true))
    assert s["macro_f1"] == pytest.approx(sk.f1_score(y_true, y_pred, labels=present, average="macro"), abs=1e-4)
    assert s["weighted_f1"] == pytest.approx(sk.f1_score(y_true, y_pred, labels=present, average="weighted"),
                                             abs=1e-4)
    assert s["accuracy"] == pytest.approx(sk.accuracy_score(y_true, y_pred), abs=1e-4)
    precision, recall, f1, support = sk.precision_recall_fscore_support(y_true, y_pred, labels=list(LABELS),
                                                                        zero_division=0)
    for k, label in enumerate(LABELS):
        got = s["per_label"][label]
        assert (got["precision"], got["recall"], got["f1"]) == pytest.approx((precision[k], recall[k], f1[k]),
                                                                            abs=1e-4)
        assert got["support"] == support[k]
    assert (confusion_matrix(y_true, y_pred) == sk.confusion_matrix(y_true, y_pred, labels=list(LABELS))).all()


# ---------------------------------------------------------------- the notebook
def test_notebook_is_committed_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)
    assert any("parameters" in cell.metadata.get("tags", []) for cell in code)


@pytest.mark.slow
def test_notebook_executes_headless(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    index = next(k for k, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", []))
    nb.cells.insert(index + 1, nbformat.v4.new_code_cell(
        'LIMIT = 120\nN_ERRORS = 5\nMODELS = {"default": None, "default@0.5": {"path": None, "threshold": 0.5}}'))
    # a hang guard, not a speed test: the notebook takes seconds on the bundled model
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    def outputs(tag: str) -> str:
        cell = next(c for c in nb.cells if tag in c.metadata.get("tags", []))
        assert not [o for o in cell.outputs if o.output_type == "error"], tag
        parts = []
        for o in cell.outputs:
            if o.output_type == "stream":
                parts.append(o.text)
            elif o.output_type in ("display_data", "execute_result"):
                parts += [str(v) if k != "image/png" else "<image/png>" for k, v in o.data.items()]
        return "\n".join(parts)

    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    assert "120 messages" in outputs("data")
    binary = outputs("binary-metrics")
    assert "<table" in binary and "roc_auc" in binary and "pr_auc" in binary and "<image/png>" in binary
    schemes = outputs("scheme-metrics")
    assert "macro-F1" in schemes and "bank_phishing" in schemes and "Giả mạo ngân hàng" in schemes
    assert schemes.count("<image/png>") == 2
    assert "ece" in outputs("calibration") and "<image/png>" in outputs("calibration")
    threshold = outputs("threshold")
    assert "model threshold" in threshold and "operating point" in threshold
    robustness = outputs("robustness")
    assert all(name in robustness for name in PERTURBATIONS)
    errors_html = outputs("error-analysis")
    assert "<table class='errors'>" in errors_html or "No errors" in errors_html
    comparison = outputs("comparison")
    assert "default@0.5" in comparison and "macro_f1" in comparison and "messages_per_s" in comparison

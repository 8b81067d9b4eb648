"""Retraining on a user's own labelled traffic (``python -m training.retrain``)."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

pytest.importorskip("sklearn", reason="retraining needs the train extra (pip install -e '.[train]')")
pytest.importorskip("scipy", reason="retraining needs the train extra (pip install -e '.[train]')")

import scamdetect  # noqa: E402
from training import retrain  # noqa: E402
from training.data import load_corpus  # noqa: E402

pytestmark = [pytest.mark.train, pytest.mark.slow]

# A user's traffic our corpus never saw: a utility's genuine bills full of words scams use, and a scam campaign
# in that utility's name. Built here, in the test, from parts: it is test input, not corpus.
NAMES = ["Lan", "Hùng", "Minh", "Thảo", "Quân", "Vy", "Sơn", "Hà", "Tú", "Ngân", "Phát", "Yến"]


def _legit(rng: random.Random) -> str:
    return (f"[TB] NuocSachKV{rng.randint(1, 9)}: Kính gửi KH {rng.choice(NAMES)}, hóa đơn tiền nước kỳ "
            f"{rng.randint(1, 12)}/2026 là {rng.randint(80, 900)}.{rng.randint(100, 999)}đ. Thanh toán qua app "
            f"NuocSach hoặc tại quầy trước ngày {rng.randint(10, 28)}. Xác thực mã KH {rng.randint(10**6, 10**7)} "
            "để nhận quà tri ân. Hotline 1900 6655.")


def _scam(rng: random.Random) -> str:
    return (f"NuocSach thong bao: KH {rng.choice(NAMES)} no cuoc {rng.randint(1, 9)}{rng.randint(100, 999)}k, "
            f"se cat nuoc sau {rng.randint(2, 6)}h. Thanh toan ngay qua STK {rng.randint(10**9, 10**10)} "
            f"hoac zalo {rng.randint(10**8, 10**9)} de tranh phat")


def _write(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """A slice of our corpus: the test measures the mechanism, not the full corpus's fit time."""
    rows = load_corpus()
    rng = random.Random(0)
    part = rng.sample(rows, min(1500, len(rows)))
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def fresh() -> tuple[list[str], list[str]]:
    rng = random.Random(99)
    return [_legit(rng) for _ in range(40)], [_scam(rng) for _ in range(40)]


@pytest.mark.parametrize("binary", [True, False], ids=["binary", "schemes"])
def test_retraining_learns_the_users_traffic(tmp_path: Path, small_corpus: Path, fresh, binary: bool) -> None:
    rng = random.Random(1)
    scam_label = "1" if binary else "fake_service_provider"
    rows = ([{"text": _legit(rng), "label": "0" if binary else "legit"} for _ in range(200)]
            + [{"text": _scam(rng), "label": scam_label} for _ in range(120)])
    source = _write(tmp_path / "mine.csv", rows)
    out = tmp_path / "model"
    manifest = retrain.retrain([source], out, corpus=small_corpus, seed=3)

    model = scamdetect.load_model(out)
    legit_texts, scam_texts = fresh
    legit_flagged = sum(p.is_scam for p in model.classify(legit_texts, explain=False))
    scams_caught = [p for p in model.classify(scam_texts, explain=False) if p.is_scam]
    assert legit_flagged <= 1 and len(scams_caught) >= 38
    if not binary:
        assert sum(p.label == "fake_service_provider" for p in scams_caught) >= 36
    info = manifest["retraining"]
    assert info["binary"] is binary and info["user_rows"] == 320 and info["heldout_rows"] == 64
    assert info["inferred_schemes"] == (120 if binary else 0)
    assert info["weight"] in retrain.WEIGHTS and 0 < manifest["threshold"] < 1
    assert info["heldout"]["retrained"]["f1"] >= info["heldout"]["base"]["f1"]
    assert (out / "report.md").read_text(encoding="utf-8").count("| retrained |") == 1
    assert (out / "pr_curve.png").stat().st_size > 1000


@pytest.mark.parametrize("rows, message", [
    ([{"text": "xin chao", "label": "legti"}] * 12 + [{"text": "nap tien", "label": "gambling_ad"}] * 12,
     "'legit' for 'legti'"),
    ([{"text": f"tin {k}", "label": "legit"} for k in range(12)] + [{"text": "", "label": "gambling_ad"}]
     + [{"text": f"nap {k}", "label": "gambling_ad"} for k in range(12)], "empty text"),
    ([{"text": f"tin {k}", "label": "legit"} for k in range(12)] + [{"text": "tin 1", "label": "gambling_ad"}]
     + [{"text": f"nap {k}", "label": "gambling_ad"} for k in range(12)], "conflicting labels"),
    ([{"text": f"tin {k}", "label": "legit"} for k in range(12)] + [{"text": f"nap {k}", "label": "gambling_ad"}
                                                                     for k in range(5)], "fewer than 10"),
])
def test_bad_input_is_refused_before_training_and_nothing_is_written(tmp_path: Path, rows, message: str) -> None:
    source = _write(tmp_path / "bad.csv", rows)
    out = tmp_path / "model"
    with pytest.raises((retrain.RetrainError, retrain.DataError), match=message):
        retrain.retrain([source], out, binary=False)
    assert not out.exists()


def test_a_missing_column_lists_the_columns(tmp_path: Path, capsys) -> None:
    source = _write(tmp_path / "bad.csv", [{"message": "xin chao", "label": "legit"}])
    assert retrain.main([str(source), "-o", str(tmp_path / "m")]) == 1
    err = capsys.readouterr().err
    assert "no column 'text'" in err and "message" in err
    assert not (tmp_path / "m").exists()


def test_binary_labels_are_detected(tmp_path: Path) -> None:
    binary = _write(tmp_path / "b.csv", [{"text": "a", "label": "spam"}, {"text": "b", "label": "HAM"}])
    schemes = _write(tmp_path / "s.csv", [{"text": "a", "label": "legit"}, {"text": "b", "label": "gambling_ad"}])
    assert retrain.looks_binary(binary, "label") and not retrain.looks_binary(schemes, "label")


def test_finetune_reads_the_same_files_and_options(tmp_path: Path) -> None:
    from training import finetune

    rows = [{"msg": f"hẹn gặp lúc {k} giờ nhé", "y": "ham"} for k in range(12)]
    rows += [{"msg": f"Vietcombank: TK bi khoa {k}, xac thuc tai vcb-xacthuc.top", "y": "spam"} for k in range(12)]
    source = _write(tmp_path / "mine.csv", rows)
    split = finetune.gather_data([str(source)], use_corpus=False, log=lambda m: None, text_column="msg",
                                 label_column="y", binary=True)
    got = [r for part in split.values() for r in part]
    assert len(got) == 24
    assert {r["label"] for r in got if r["text"].startswith("hẹn")} == {"legit"}
    assert {r["label"] for r in got if r["inferred"]} == {"bank_phishing"}

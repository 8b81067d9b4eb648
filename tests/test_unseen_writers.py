"""Scoring writers a model never saw (``python -m training.unseen_writers``)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="training needs the train extra (pip install -e '.[train]')")
pytest.importorskip("scipy", reason="training needs the train extra (pip install -e '.[train]')")

from scamdetect.taxonomy import LABELS  # noqa: E402
from training import unseen_writers  # noqa: E402
from training.data import load_corpus  # noqa: E402

pytestmark = [pytest.mark.train, pytest.mark.slow]

NAMES = ["Lan", "Hùng", "Minh", "Thảo", "Quân", "Vy", "Sơn", "Hà", "Tú", "Ngân", "Phát", "Yến"]


def _writer_rows(rng: random.Random) -> list[dict]:
    """A writer with a campaign nobody else writes (a water company's name), built here as test input."""
    rows = []
    for k in range(60):
        text = (f"NuocSachKV{rng.randint(1, 9)} bao KH {rng.choice(NAMES)} no {rng.randint(100, 999)}k, cat nuoc sau "
                f"{rng.randint(2, 6)}h, nop qua STK {rng.randint(10**9, 10**10)} ngay")
        rows.append({"id": f"wx{k}", "text": text, "label": "fake_service_provider", "channel": "sms",
                     "style": "no_diacritics", "genre": "scam", "writer": "wX", "split": "train", "family": "x"})
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    rows = load_corpus()
    part = random.Random(0).sample(rows, min(1500, len(rows))) + _writer_rows(random.Random(1))
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    return path


def test_a_left_out_writer_is_scored_by_a_model_that_never_saw_them(corpus: Path) -> None:
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    theirs = [r for r in rows if r["writer"] == "wX"]
    label = LABELS.index("fake_service_provider")
    recalls = {}
    for left_out in (set(), {"wX"}):
        score, threshold = unseen_writers.train_without(rows, left_out, 50.0, 13)
        probs = score([r["text"] for r in theirs])
        recalls[bool(left_out)] = float(np.mean(probs.argmax(axis=1) == label))
    # seen, its campaign is learnt; left out, the same model recipe has never met its wording
    assert recalls[False] > 0.9
    assert recalls[True] < recalls[False] - 0.2


def test_the_table_has_a_row_per_writer_and_a_cell_per_genre() -> None:
    results = {"w1": {"genres": {"personal (legit)": {"n": 200, "fpr": 0.005}}, "binary": {"f1": 0.5}},
               "all": {"genres": {"personal (legit)": {"n": 300, "fpr": 0.01}, "scam SMS": {"n": 10, "recall": 0.9}},
                       "binary": {"f1": 0.95}}}
    lines = unseen_writers.table(results).splitlines()
    assert lines[0] == "| writer | personal (legit) | scam SMS | scam F1 |"
    assert lines[2] == "| w1 | 0.5% (200) | — | 0.500 |"
    assert lines[3] == "| all | 1.0% (300) | 90.0% (10) | 0.950 |"


@pytest.mark.parametrize("writers, message", [("nobody", "no rows by nobody"), ("w03", "is a dev/test writer")])
def test_writers_that_cannot_be_left_out_are_refused(corpus: Path, writers: str, message: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        unseen_writers.main(["--writers", writers, "--data", str(corpus)])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_mistakes_lists_false_alarms_and_missed_scams_surest_first() -> None:
    legit, task = LABELS.index("legit"), LABELS.index("task_commission")
    rows = [{"writer": "w1", "genre": "personal", "label": "legit", "text": "Tối nay ăn cơm nhà nhé"},
            {"writer": "w1", "genre": "personal", "label": "legit", "text": "Mai con về sớm"},
            {"writer": "w2", "genre": "scam", "label": "task_commission", "text": "Làm nhiệm vụ nhận hoa hồng"},
            {"writer": "w2", "genre": "scam", "label": "task_commission", "text": "Nhiệm vụ thả tim 30k"}]
    probs = np.full((4, len(LABELS)), 0.0)
    for k, (p_legit, p_task) in enumerate([(0.05, 0.95), (0.9, 0.1), (0.4, 0.6), (0.97, 0.03)]):
        probs[k, legit], probs[k, task] = p_legit, p_task
    found = unseen_writers.mistakes(rows, probs, 0.5)
    # the first text is a false alarm (0.95 >= 0.5), the last a missed scam (0.03); the other two are right
    assert [(m["text"], m["predicted"]) for m in found] == [("Nhiệm vụ thả tim 30k", "legit"),
                                                           ("Tối nay ăn cơm nhà nhé", "task_commission")]
    assert found[0]["scam_score"] == pytest.approx(0.03)

"""The corpus keeps the promises of its data card."""

from __future__ import annotations

import json
import random

import pytest

from training import data


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return data.load_corpus()


def test_validator_passes_on_the_committed_corpus(rows: list[dict]) -> None:
    report = data.validate(rows)
    assert report.ok, report.problems
    assert "| legit |" in report.table


def test_counts_and_hard_negatives(rows: list[dict]) -> None:
    from collections import Counter

    counts = Counter(r["label"] for r in rows)
    assert all(counts[label] >= 300 for label in data.SCAM_LABELS)
    legit = [r for r in rows if r["label"] == "legit"]
    assert len(legit) >= 4000
    assert sum(r["hard"] for r in legit) / len(legit) >= 0.40
    hand = Counter(r["label"] for r in rows if r["source"] == "handwritten")
    assert all(hand[label] >= 80 for label in data.SCAM_LABELS)


def test_held_out_groups_never_meet_train(rows: list[dict]) -> None:
    splits_of: dict[str, set[str]] = {}
    for r in rows:
        splits_of.setdefault(r["group"], set()).add(r["split"])
    assert all(len(s) == 1 for s in splits_of.values())
    keys = {}
    for r in rows:
        keys.setdefault(data.dedup_key(r["text"]), set()).add(r["split"])
    assert all(len(s) == 1 for s in keys.values())


def test_validator_catches_broken_rows(rows: list[dict]) -> None:
    sample = random.Random(0).sample(rows, 200)
    broken = [dict(r) for r in sample]
    broken[0]["label"] = "made_up"
    broken[1]["split"] = "holdout"
    problems = data.validate(broken, check_near_duplicates=False).problems
    assert any("made_up" in p for p in problems)
    assert any("bad channel/style/split" in p for p in problems)
    leaky = [dict(r) for r in sample[:50]]
    copy = dict(leaky[0], id="copy", split="test" if leaky[0]["split"] != "test" else "train")
    problems = data.validate(leaky + [copy], check_near_duplicates=False).problems
    assert any("spans splits" in p or "exact duplicate" in p for p in problems)


def test_near_duplicates_are_found() -> None:
    a = {"text": "Tai khoan cua quy khach bi khoa, vui long xac thuc tai vcb-xacthuc.top ngay hom nay", "split": "train"}
    b = {"text": "Tai khoan cua quy khach bi khoa, vui long xac thuc tai vcb-xacthuc.top ngay hom nay!!", "split": "test"}
    c = {"text": "Hom nay an lau o dau vay ca nha, minh dat ban luc 7h nhe", "split": "test"}
    pairs = data.near_duplicates_across_splits([a, b, c])
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]


def test_dataset_dict_has_three_splits_with_label_ids(rows: list[dict]) -> None:
    pytest.importorskip("datasets")
    dd = data.load_dataset_dict()
    assert set(dd) == {"train", "dev", "test"}
    assert sum(len(dd[s]) for s in dd) == len(rows)
    first = dd["test"][0]
    assert data.LABELS[first["label_id"]] == first["label"]


def test_validate_command_runs_and_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert data.main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "corpus OK" in out and "| **all** |" in out


def test_corpus_lines_are_plain_json_with_required_fields() -> None:
    with open(data.CORPUS_PATH, encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    assert set(data.FIELDS) <= set(first)

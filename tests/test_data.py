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


def test_corpus_v2_promises(rows: list[dict]) -> None:
    from collections import Counter

    assert len(rows) >= data.MIN_MESSAGES
    counts = Counter(r["label"] for r in rows)
    assert all(counts[label] >= data.MIN_PER_SCHEME for label in data.SCAM_LABELS)
    legit = [r for r in rows if r["label"] == "legit"]
    genres = Counter(r["genre"] for r in legit)
    assert len(legit) >= data.MIN_LEGIT and genres["personal"] >= data.MIN_PERSONAL
    assert genres["notice"] >= data.MIN_NOTICES
    assert len({r["sender"] for r in legit if r["genre"] == "notice" and r.get("sender")}) >= data.MIN_NOTICE_SENDERS
    writers: dict[str, set[str]] = {}
    for r in rows:
        writers.setdefault(r["label"], set()).add(r["writer"])
    assert all(len(writers[label]) >= data.MIN_WRITERS_PER_LABEL for label in data.LABELS)
    assert all(r["source"] == "handwritten" for r in rows)


def test_held_out_writers_never_meet_train(rows: list[dict]) -> None:
    splits_of: dict[str, set[str]] = {}
    for r in rows:
        splits_of.setdefault(r["writer"], set()).add(r["split"])
    assert all(len(s) == 1 for s in splits_of.values())
    held = {w for split in ("dev", "test") for w in data.HELD_OUT_WRITERS[split]}
    assert {w for w, s in splits_of.items() if s != {"train"}} == held


def test_no_text_crosses_splits(rows: list[dict]) -> None:
    keys = {}
    for r in rows:
        keys.setdefault(data.dedup_key(r["text"]), set()).add(r["split"])
    assert all(len(s) == 1 for s in keys.values())


def test_validator_catches_broken_rows(rows: list[dict]) -> None:
    sample = random.Random(0).sample(rows, 200)
    broken = [dict(r) for r in sample]
    broken[0]["label"] = "made_up"
    broken[1]["split"] = "holdout"
    broken[2]["genre"] = "scam" if broken[2]["label"] == "legit" else "personal"
    problems = data.validate(broken, check_near_duplicates=False).problems
    assert any("made_up" in p for p in problems)
    assert any("bad channel/style/genre/split" in p for p in problems)
    assert any("genre" in p and broken[2]["id"] in p for p in problems)
    leaky = [dict(r) for r in sample[:50]]
    copy = dict(leaky[0], id="copy", split="test" if leaky[0]["split"] != "test" else "train")
    problems = data.validate(leaky + [copy], check_near_duplicates=False, check_counts=False).problems
    assert any("in split" in p for p in problems)


def test_near_duplicate_rates_tell_a_template_from_a_writer() -> None:
    own = [{"text": f"Khach hang {name} than men, tai khoan cua quy khach bi khoa tam thoi, xac thuc ngay", "writer": "t"}
           for name in ("An", "Binh", "Chi", "Dung")]
    other = [{"text": "Hom nay an lau o dau vay ca nha, minh dat ban luc 7h nhe", "writer": "u"},
             {"text": "Me oi con ve muon, de com cho con nhe", "writer": "u"}]
    rates = data.near_duplicate_rates(own + other)
    assert rates["within"] == 4 / 6 and rates["across"] == 0.0 and rates["worst_writers"] == {"t": 1.0}


def test_build_reads_v1_files_and_v2_writer_folders(tmp_path) -> None:
    root = tmp_path / "handwritten"
    (root / "v2" / "w99").mkdir(parents=True)
    (root / "legit_chat.jsonl").write_text(json.dumps(
        {"text": "Mai di an sang khong", "label": "legit", "channel": "sms", "family": "meals"}) + "\n",
        encoding="utf-8")
    (root / "v2" / "w99" / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "(QC) Viettel tặng 20% thẻ nạp hôm nay. Từ chối QC soạn TC gửi 199", "label": "legit",
         "channel": "sms", "style": "plain", "genre": "notice", "family": "topup", "sender": "Viettel", "writer": "w99"},
        {"text": "Chi oi chuyen gap giup em 5tr vao stk nay nhe", "label": "impersonate_relative", "channel": "chat",
         "style": "no_diacritics", "genre": "scam", "family": "urgent", "sender": "", "writer": "w99"},
    ]) + "\n", encoding="utf-8")
    rows = data.build(tmp_path / "corpus.jsonl", root, tmp_path / "no_withdrawn.jsonl")
    by_text = {r["text"][:8]: r for r in rows}
    assert by_text["Mai di a"]["writer"] == "v1_chat" and by_text["Mai di a"]["genre"] == "personal"
    assert by_text["(QC) Vie"]["sender"] == "Viettel" and by_text["(QC) Vie"]["genre"] == "notice"
    assert by_text["Chi oi c"]["genre"] == "scam" and by_text["Chi oi c"]["group"] == "impersonate_relative/w99/urgent"
    assert {r["split"] for r in rows} == {"train"}


def test_rows_withdrawn_after_review_leave_the_corpus_and_the_writers_file_stays(tmp_path, capsys) -> None:
    root = tmp_path / "handwritten"
    (root / "v2" / "w99").mkdir(parents=True)
    written = [{"text": text, "label": "impersonate_relative", "channel": "chat", "style": "plain", "genre": "scam",
                "family": "borrow", "sender": "", "writer": "w99"}
               for text in ("Cho chị mượn 2 triệu nhé em", "Chị đổi số rồi, em chuyển 2 triệu vào tk bạn chị nhé")]
    source = root / "v2" / "w99" / "a.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in written), encoding="utf-8")
    before = data.build(tmp_path / "corpus.jsonl", root, tmp_path / "none.jsonl")
    ambiguous = next(r["id"] for r in before if r["text"].startswith("Cho chị"))
    review = tmp_path / "withdrawn.jsonl"
    review.write_text(json.dumps({"id": ambiguous, "reason": "reads as the genuine request"}) + "\n"
                      + json.dumps({"id": "impersonate_-000000000000", "reason": "since rewritten"}) + "\n")
    after = data.build(tmp_path / "corpus.jsonl", root, review)
    assert [r["text"] for r in after] == [written[1]["text"]]
    assert "1 withdrawn ids match no row" in capsys.readouterr().out
    assert len(source.read_text(encoding="utf-8").splitlines()) == 2
    review.write_text('{"id": "x"}\n')
    with pytest.raises(ValueError, match="withdrawn.jsonl:1"):
        data.build(tmp_path / "corpus.jsonl", root, review)


def test_a_row_from_another_writer_in_a_folder_is_refused(tmp_path) -> None:
    folder = tmp_path / "handwritten" / "v2" / "w98"
    folder.mkdir(parents=True)
    (folder / "a.jsonl").write_text(json.dumps({"text": "ok", "label": "legit", "writer": "w97"}) + "\n",
                                    encoding="utf-8")
    with pytest.raises(data.CorpusError, match="w97"):
        data.read_handwritten(tmp_path / "handwritten")


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

"""`scamdetect score`: one row per input row in order, malformed rows, formats, workers, kill-and-resume."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scamdetect.batch.config import partial_path, state_path
from scamdetect.batch.readers import open_reader
from scamdetect.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus.jsonl"
FALLBACK = [
    "Vietcombank: TK cua Quy khach bi tam khoa. Xac thuc ngay tai vcb-xacthuc.top de tranh bi khoa vinh vien",
    "Mã OTP của bạn là 482913. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai.",
    "Chi oi em dang ket, chuyen gap giup em 5tr vao stk 1903665544 Techcombank, mai em tra",
    "Hẹn 7h tối nay ăn lẩu nha",
    "Ban da trung thuong iPhone 17. Nop phi 500k de nhan qua tai qua-tang-tri-an.xyz",
]


def corpus_texts(n: int) -> list[str]:
    texts: list[str] = []
    if CORPUS.is_file():
        with open(CORPUS, encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle]
        step = max(1, len(texts) // n)
        texts = [texts[(k * step + k * 7) % len(texts)] for k in range(min(n, len(texts)))]  # all schemes
    while len(texts) < n:
        texts += FALLBACK
    return texts[:n]


def write_csv(path: Path, rows: list[list[str]], header: list[str]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def message_rows(n: int) -> list[list[str]]:
    channels = ("sms", "chat", "call", "social")
    return [[f"m{k:05d}", text, channels[k % 4], f"2025-{k % 6 + 1:02d}"] for k, text in enumerate(corpus_texts(n))]


def read_rows(path: Path) -> list[dict]:
    with open_reader(path) as reader:
        return [row.values for chunk in reader.chunks(10_000) for row in chunk.rows]


def score(*args: str) -> int:
    return main(["score", *map(str, args), "--no-progress"])


def leftovers(out: Path) -> list[Path]:
    return [p for p in (out, partial_path(out), state_path(out)) if p.exists()]


# ------------------------------------------------------------------ malformed rows
def test_csv_malformed_rows_are_kept_in_order_with_an_error(tmp_path: Path, capsys) -> None:
    good = FALLBACK[:3]
    raw = (
        "id,text,channel\n"
        f"a1,\"{good[0]}\",sms\n"
        "a2,,sms\n"                                   # empty text
        "a3\n"                                        # too few fields
        "a4,\"xin chao \xff\xfe ban\",chat\n"         # undecodable bytes (written below as latin-1)
        f"a5,\"{good[1]}\",chat,surplus\n"             # too many fields
        "\n"                                          # a blank line is not a row
        f"a6,\"first line\nsecond line, with a comma\",sms\n"  # quoted newline: one row
        f"a7,\"{good[2]}\",sms,\n"                     # a trailing empty field is tolerated
    )
    data = raw.encode("utf-8").replace("\xff\xfe".encode(), b"\xff\xfe")
    src = tmp_path / "in.csv"
    src.write_bytes(data)
    out = tmp_path / "out.csv"
    assert score(src, "-o", out, "--keep", "channel") == 0
    rows = read_rows(out)
    assert [r["id"] for r in rows] == ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]
    errors = {r["id"]: r["error"] for r in rows}
    assert errors["a1"] == errors["a6"] == errors["a7"] == ""
    assert errors["a2"] == "empty text"
    assert errors["a3"].startswith("malformed row: 1 fields")
    assert errors["a4"] == "text is not valid UTF-8"
    assert errors["a5"].startswith("malformed row: 4 fields")
    for r in rows:
        if r["error"]:
            assert r["label"] == r["is_scam"] == r["scam_score"] == ""
        else:
            assert r["is_scam"] in ("true", "false") and 0.0 <= float(r["scam_score"]) <= 1.0 and r["label"]
    assert rows[3]["channel"] == "chat"
    err = capsys.readouterr().err
    assert "scored 7 rows" in err and "4 errors" in err and "malformed row ×2" in err


def test_jsonl_malformed_and_non_text_rows(tmp_path: Path) -> None:
    text = corpus_texts(1)[0]
    lines = [
        json.dumps({"id": 1, "text": text}, ensure_ascii=False).encode(),
        b'{"id": 2, "text": null}',
        b"this is not json",
        b"",
        b'{"id": 4, "text": 12345}',
        b"[1, 2]",
        b'{"id": 6}',
        b'{"id": 7, "text": "bad \\ud83d surrogate"}',
        b'{"id": 8, "text": "bad byte \xff here"}',
        json.dumps({"id": 9, "text": text}).encode(),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert score(src, "-o", out) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 9  # 10 lines, one blank
    assert [r["id"] for r in rows] == [1, 2, None, 4, None, 6, 7, 8, 9]
    assert [r["error"] for r in rows][1:8] == [
        "missing text", rows[2]["error"], "non-text value (int)", "not a JSON object (a list)", "missing text",
        "text is not valid UTF-8", "text is not valid UTF-8"]
    assert rows[2]["error"].startswith("invalid JSON")
    assert rows[0]["error"] is None and isinstance(rows[0]["is_scam"], bool)
    assert rows[0]["label"] == rows[8]["label"] and rows[0]["scam_score"] == rows[8]["scam_score"]


def test_row_numbers_when_there_is_no_id_column(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", [[t] for t in corpus_texts(5)], ["text"])
    out = tmp_path / "out.tsv"
    assert score(src, "-o", out) == 0
    rows = read_rows(out)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert out.read_text(encoding="utf-8").splitlines()[0].split("\t")[:3] == ["id", "label", "label_vi"]


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize("extra, content, message", [
    (["--text-column", "body"], None, "text column 'body' not found"),
    (["--id-column", "msg_id"], None, "id column 'msg_id' not found"),
    (["--keep", "channel,province"], None, "--keep column 'province' not found"),
    (["--model", "/nonexistent/model"], None, "not a model directory"),
    ([], b"", "empty file"),
])
def test_bad_input_stops_before_writing(tmp_path: Path, capsys, extra, content, message) -> None:
    src = write_csv(tmp_path / "in.csv", message_rows(3), ["id", "text", "channel", "month"])
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out.csv"
    assert score(src, "-o", out, *extra) == 1
    err = capsys.readouterr().err
    assert message in err
    if "model" not in message:
        assert str(src) in err  # the message names the file
    assert leftovers(out) == []


def test_unknown_format_missing_file_and_usage_errors(tmp_path: Path, capsys) -> None:
    odd = tmp_path / "messages.txt"
    odd.write_text("text\nhello\n", encoding="utf-8")
    assert score(odd, "-o", tmp_path / "o.csv") == 1
    assert "use --format" in capsys.readouterr().err
    assert score(odd, "-o", tmp_path / "o.csv", "--format", "csv") == 0
    assert score(tmp_path / "missing.csv", "-o", tmp_path / "o2.csv") == 1
    assert "no such file" in capsys.readouterr().err
    assert score(odd, "-o", odd, "--format", "csv") == 1
    assert "overwrite the input" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["score", str(odd)])  # no -o
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        main(["score", str(odd), "-o", "x.csv", "--workers", "-1"])
    assert usage.value.code == 2
    assert not (tmp_path / "o2.csv").exists()


# ------------------------------------------------------------------ formats
def _frame(path: Path) -> list[tuple]:
    """Comparable rows whatever the format: id, channel, label, is_scam, score, indicators, error."""
    out = []
    for r in read_rows(path):
        is_scam = r["is_scam"]
        if isinstance(is_scam, str):
            is_scam = {"true": True, "false": False, "": None}[is_scam]
        score_ = r["scam_score"]
        score_ = None if score_ in ("", None) else float(score_)
        indicators = r["indicators"]
        if isinstance(indicators, str):
            indicators = json.loads(indicators) if indicators else None
        out.append((str(r["id"]), r["channel"], r["label"] or None, is_scam, score_, indicators, r["error"] or None))
    return out


def _write_all_formats(tmp_path: Path, rows: list[list[str]], header: list[str]) -> dict[str, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = {"csv": write_csv(tmp_path / "in.csv", rows, header)}
    with open(tmp_path / "in.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(header)
        writer.writerows(rows)
    paths["tsv"] = tmp_path / "in.tsv"
    with open(tmp_path / "in.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(dict(zip(header, row, strict=True)), ensure_ascii=False) + "\n")
    paths["jsonl"] = tmp_path / "in.jsonl"
    table = pa.table({name: [row[k] for row in rows] for k, name in enumerate(header)})
    pq.write_table(table, tmp_path / "in.parquet", row_group_size=7)  # several row groups
    paths["parquet"] = tmp_path / "in.parquet"
    return paths


def test_every_format_round_trips_to_the_same_rows(tmp_path: Path) -> None:
    rows = message_rows(40)
    rows[5][1] = ""  # one unscorable row
    rows[6][1] = 'quotes " and \t tab, comma\nand newline'
    paths = _write_all_formats(tmp_path, rows, ["id", "text", "channel", "month"])
    reference = None
    for fmt, src in paths.items():  # every input format -> CSV
        out = tmp_path / f"from_{fmt}.csv"
        assert score(src, "-o", out, "--keep", "channel", "--batch-size", "16") == 0
        frame = _frame(out)
        if reference is None:
            reference = frame
            assert len(frame) == 40 and frame[5][-1] == "empty text"
            assert [r[0] for r in frame] == [r[0] for r in rows]
        assert frame == reference, fmt
    for ext in ("tsv", "jsonl", "parquet"):  # CSV -> every output format
        out = tmp_path / f"out.{ext}"
        assert score(paths["csv"], "-o", out, "--keep", "channel", "--batch-size", "16") == 0
        assert _frame(out) == reference, ext
    import pyarrow.parquet as pq

    schema = pq.read_schema(tmp_path / "out.parquet")
    assert str(schema.field("is_scam").type) == "bool" and str(schema.field("scam_score").type) == "double"


def test_parquet_keeps_input_types_and_reads_nulls(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = corpus_texts(6)
    texts[2] = None
    pq.write_table(pa.table({"id": pa.array(range(100, 106), pa.int64()), "text": texts,
                             "province": ["HN", "HCM", None, "DN", "HN", "HP"]}), tmp_path / "in.parquet")
    out = tmp_path / "out.parquet"
    assert score(tmp_path / "in.parquet", "-o", out, "--keep", "province") == 0
    table = pq.read_table(out)
    assert table.schema.field("id").type == pa.int64()
    assert table.column("id").to_pylist() == list(range(100, 106))
    assert table.column("error").to_pylist()[2] == "missing text"
    assert table.column("province").to_pylist() == ["HN", "HCM", None, "DN", "HN", "HP"]
    bad = tmp_path / "numbers.parquet"
    pq.write_table(pa.table({"text": [1, 2]}), bad)
    assert score(bad, "-o", tmp_path / "n.csv") == 1
    assert not (tmp_path / "n.csv").exists()


def test_explain_adds_summary_and_red_flags_and_keep_renames_clashes(tmp_path: Path) -> None:
    rows = [[f"x{k}", text, "scam" if k % 2 else "legit"] for k, text in enumerate(corpus_texts(8))]
    src = write_csv(tmp_path / "in.csv", rows, ["id", "text", "label"])
    out = tmp_path / "out.jsonl"
    assert score(src, "-o", out, "--explain", "--keep", "label") == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert list(records[0]) == ["id", "input_label", "label", "label_vi", "is_scam", "scam_score", "indicators",
                                "summary", "red_flags", "error"]
    assert all(isinstance(r["summary"], str) and r["summary"] for r in records)
    assert all(isinstance(r["red_flags"], list) and isinstance(r["indicators"], list) for r in records)
    assert [r["input_label"] for r in records] == [row[2] for row in rows]


def test_progress_bar_when_asked_and_summary_always(tmp_path: Path, capsys) -> None:
    src = write_csv(tmp_path / "in.csv", message_rows(30), ["id", "text", "channel", "month"])
    assert main(["score", str(src), "-o", str(tmp_path / "a.csv"), "--progress", "--batch-size", "10"]) == 0
    err = capsys.readouterr().err
    assert "rows/s" in err and "ETA" in err and "\r" in err and "scored 30 rows" in err
    assert main(["score", str(src), "-o", str(tmp_path / "b.csv")]) == 0  # stderr is not a terminal here
    err = capsys.readouterr().err
    assert "ETA" not in err and "scored 30 rows" in err


# ------------------------------------------------------------------ workers and resume
@pytest.mark.slow
def test_two_workers_give_the_same_bytes_as_one(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", message_rows(300), ["id", "text", "channel", "month"])
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert score(src, "-o", one, "--keep", "channel,month", "--batch-size", "20") == 0
    assert score(src, "-o", two, "--keep", "channel,month", "--batch-size", "20", "--workers", "2") == 0
    assert one.read_bytes() == two.read_bytes()
    assert [r["id"] for r in read_rows(two)] == [f"m{k:05d}" for k in range(300)]


@pytest.mark.slow
def test_kill_and_resume_gives_identical_bytes(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", message_rows(2500), ["id", "text", "channel", "month"])
    reference, out = tmp_path / "reference.csv", tmp_path / "out.csv"
    assert score(src, "-o", reference, "--keep", "channel", "--batch-size", "50") == 0
    command = [sys.executable, "-m", "scamdetect", "score", str(src), "-o", str(out), "--keep", "channel",
               "--batch-size", "50", "--workers", "2", "--no-progress"]
    proc = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stderr=subprocess.PIPE)
    state = state_path(out)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            done = json.loads(state.read_text())["chunks_done"]
        except (OSError, ValueError):
            done = 0
        if done >= 3:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists() and partial_path(out).exists()
    with open(partial_path(out), "ab") as handle:  # as if killed in the middle of writing a chunk
        handle.write(b"m99999,half a ro")
    assert score(src, "-o", out, "--keep", "channel", "--batch-size", "50") == 1  # refuses without --resume
    assert score(src, "-o", out, "--keep", "channel", "--resume") == 0  # one worker now: same bytes anyway
    assert out.read_bytes() == reference.read_bytes()
    assert leftovers(out) == [out]


def test_resume_refuses_a_different_run(tmp_path: Path, capsys, monkeypatch) -> None:
    src = write_csv(tmp_path / "in.csv", message_rows(60), ["id", "text", "channel", "month"])
    out = tmp_path / "out.csv"
    _interrupt_after(monkeypatch, 2)
    assert main(["score", str(src), "-o", str(out), "--batch-size", "10", "--no-progress"]) == 130
    monkeypatch.undo()
    assert score(src, "-o", out, "--batch-size", "10", "--explain", "--resume") == 1
    assert "explain" in capsys.readouterr().err
    assert score(src, "-o", out, "--resume") == 0
    assert len(read_rows(out)) == 60


def _interrupt_after(monkeypatch, chunks: int) -> None:
    from scamdetect.batch import checkpoint

    original = checkpoint.Output.commit

    def commit(self, rows, chunk, result):
        original(self, rows, chunk, result)
        if self.state["chunks_done"] >= chunks:
            raise KeyboardInterrupt

    monkeypatch.setattr(checkpoint.Output, "commit", commit)


def test_parquet_output_resumes_to_identical_bytes(tmp_path: Path, monkeypatch) -> None:
    src = write_csv(tmp_path / "in.csv", message_rows(90), ["id", "text", "channel", "month"])
    reference, out = tmp_path / "reference.parquet", tmp_path / "out.parquet"
    assert score(src, "-o", reference, "--batch-size", "20", "--keep", "month") == 0
    _interrupt_after(monkeypatch, 2)
    assert main(["score", str(src), "-o", str(out), "--batch-size", "20", "--keep", "month", "--no-progress"]) == 130
    monkeypatch.undo()
    assert partial_path(out).is_dir() and not out.exists()
    (partial_path(out) / "part-0000002.parquet").write_bytes(b"half")  # an uncommitted part
    assert score(src, "-o", out, "--keep", "month", "--resume") == 0
    assert out.read_bytes() == reference.read_bytes()
    assert leftovers(out) == [out]


def test_fast_indicator_values_equal_the_library_extraction() -> None:
    from scamdetect.batch.texts import compact_indicators, indicator_values
    from scamdetect.signals.indicators import extract
    from scamdetect.text import normalize

    for text in corpus_texts(400) + FALLBACK:
        assert compact_indicators(indicator_values(text)) == compact_indicators(extract(normalize(text)))


def test_header_only_input_gives_header_only_output(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,text\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert score(src, "-o", out) == 0
    assert out.read_text(encoding="utf-8") == "id,label,label_vi,is_scam,scam_score,indicators,error\n"
    assert "scored 0 rows" in capsys.readouterr().err


def test_score_file_leaves_its_config_alone_logs_and_reports_progress(tmp_path: Path, capsys, caplog) -> None:
    import dataclasses
    import logging

    from scamdetect.batch.config import ScoreConfig
    from scamdetect.batch.scoring import score_file

    src = write_csv(tmp_path / "in.csv", message_rows(25), ["id", "text", "channel", "month"])
    config = ScoreConfig(input=str(src), output=str(tmp_path / "out.csv"), batch_size=10, resume=True)
    before = dataclasses.replace(config)
    events = []
    with caplog.at_level(logging.INFO, logger="scamdetect"):
        result = score_file(config, progress=events.append)
    assert config == before and isinstance(config.input, str)  # nothing of the caller's config changed
    assert result.rows == 25 and len(read_rows(tmp_path / "out.csv")) == 25
    assert "no interrupted run" in caplog.text  # told through the scamdetect logger ...
    assert capsys.readouterr().err == ""  # ... never written to stderr by the library itself
    assert [e.rows for e in events] == [10, 20, 25, 25] and events[-1].final and events[-1].fraction == 1.0

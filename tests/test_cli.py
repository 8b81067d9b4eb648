"""The command line: classify, info, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from scamdetect.cli import main


def test_classify_prints_readable_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--examples"]) == 0
    out = capsys.readouterr().out
    assert "bank_phishing" in out and "LỪA ĐẢO" in out and "lookalike_domain" in out
    assert out.count("» ") == 5


def test_classify_json_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Ma OTP cua ban la 123456\n\nNap dau tang 88K tai vn88vip.top\n"))
    assert main(["classify", "--json", "--no-explain"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["label"] for d in lines] == ["legit", "gambling_ad"]
    assert lines[0]["explanation"] is None and lines[0]["text"] == "Ma OTP cua ban la 123456"


def test_info_prints_the_manifest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    manifest = json.loads(capsys.readouterr().out)
    assert manifest["kind"] == "linear" and len(manifest["labels"]) == 18


def test_bad_model_directory_is_exit_1(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--model", str(tmp_path), "hello"]) == 1
    assert "manifest.json" in capsys.readouterr().err


def test_usage_errors_are_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["classify", "--threshold", "abc"])
    assert exc.value.code == 2
    assert main([]) == 2


def test_console_script_runs_as_a_module() -> None:
    texts = ["Vietcombank: TK cua Quy khach bi tam khoa. Xac thuc ngay tai vcb-xacthuc.top",
             "Mã OTP của bạn là 482913. Không cung cấp mã cho bất kỳ ai."]
    done = subprocess.run([sys.executable, "-m", "scamdetect", "classify", "--json", *texts],
                          capture_output=True, text=True, check=True)
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(a["label"], a["is_scam"]) for a in answers] == [("bank_phishing", True), ("legit", False)]


def test_threshold_out_of_range_and_empty_stdin_are_usage_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["classify", "--threshold", "2", "x"])
    assert exc.value.code == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n  \n"))
    assert main(["classify"]) == 2


def test_unknown_model_kind_is_a_clean_failure(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from scamdetect.model_dir import write_manifest

    (tmp_path / "weights.bin").write_bytes(b"x")
    write_manifest(tmp_path, {"kind": "mystery", "labels": ["legit"]}, ["weights.bin"])
    assert main(["info", "--model", str(tmp_path)]) == 1
    assert "unknown model kind" in capsys.readouterr().err

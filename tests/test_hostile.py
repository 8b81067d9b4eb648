"""Hostile input: bounded time and memory on any text, no silent row loss, safe outputs, distrusted manifests.

Run alone with ``pytest -m hostile``. Timings compare sizes (a 200-times longer text must not take anything
like 200 times as long), never absolute seconds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import scamdetect
from scamdetect.classifier import DEFAULT_MODEL_DIR
from scamdetect.cli import main
from scamdetect.signals.indicators import extract
from scamdetect.text import normalize

pytestmark = pytest.mark.hostile

FAMILIES = {
    "letters": "a",
    "letters and digits": "a1",
    "digits": "1",
    "www.": "www.",
    "look-alike letters": "Vіеtсоmbаnk ",
    "apk names": "x.apk ",
    "percentages": "100% ",
    "dotted letters": "a.b.",
    "split letters": "s h o p e e ",
    "sprayed marks": "D;a'n.g ",
}
SCAM = "Vietcombank: TK cua quy khach bi khoa, xac thuc tai vcb-xacthuc.top ngay. "


@pytest.fixture(scope="module")
def model() -> scamdetect.ScamClassifier:
    clf = scamdetect.load_model()
    clf.classify("khởi động")
    return clf


def _seconds(model: scamdetect.ScamClassifier, text: str, explain: bool) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        model.classify(text, explain=explain)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("explain", [False, True], ids=["plain", "explained"])
@pytest.mark.parametrize("family", list(FAMILIES))
def test_time_does_not_grow_with_text_length(model, family: str, explain: bool) -> None:
    unit = FAMILIES[family]
    small = unit * (5_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    t_small, t_large = _seconds(model, small, explain), _seconds(model, large, explain)
    # 200 times the text: linear growth would take ~200x; only the cut (a str slice) may grow
    assert t_large < 5 * t_small + 0.02, (family, t_small, t_large)


def test_a_scam_followed_by_junk_is_still_a_scam_with_exact_spans(model) -> None:
    text = SCAM + "x9 " * 200_000
    p = model.classify(text)
    # the model reads 5,000 characters, mostly junk here, and may call it legit; what must hold is the bound,
    # exact offsets, and the evidence a person needs to see
    assert p.truncated
    assert all(text[s.start:s.end] == s.text for s in p.explanation.spans)
    assert any(i.kind == "url" and i.details["lookalike_of"] == "vietcombank.com.vn" for i in p.explanation.indicators)


@pytest.mark.slow
def test_memory_stays_bounded_on_thousands_of_long_distinct_tokens(tmp_path: Path) -> None:
    """In a fresh process: 2,000 distinct 5,000-character texts may not grow RSS by 300 MB."""
    script = tmp_path / "mem.py"
    script.write_text(
        "import random, string, scamdetect\n"
        "def rss(): return int(open('/proc/self/statm').read().split()[1]) * 4096 / 1e6\n"
        "clf = scamdetect.load_model(); clf.classify('x')\n"
        "r = random.Random(0); before = rss()\n"
        "for _ in range(8):\n"
        "    clf.classify([''.join(r.choices(string.ascii_lowercase, k=5000)) for _ in range(250)], explain=False)\n"
        "print(rss() - before)\n", encoding="utf-8")
    grown = float(subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True,
                                 timeout=600).stdout.strip())
    assert grown < 300, f"RSS grew by {grown:.0f} MB"


# ---------------------------------------------------------------- normalisation the hostile sets use
@pytest.mark.parametrize("text, value", [
    ("vao abc . tk de nhan qua", "abc.tk"),
    ("xem google.com/url?q=https://shopee.vn-qua.cc/a", None),
])
def test_disguised_links_are_found(text: str, value: str | None) -> None:
    urls = [i for i in extract(normalize(text)) if i.kind == "url"]
    assert urls
    if value:
        assert urls[0].value == value
    else:
        assert urls[0].details["lookalike_of"] == "shopee.vn"


def test_a_sentence_ending_before_a_tld_like_word_is_no_link() -> None:
    assert not [i for i in extract(normalize("Xong. Co gi goi me nhe")) if i.kind == "url"]


# ---------------------------------------------------------------- manifests
@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, folder)
    return folder


def _edit(folder: Path, **changes) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        manifest[key] = value
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("changes, field", [
    ({"max_chars": 0}, "max_chars"),
    ({"threshold": "high"}, "threshold"),
    ({"labels": 5}, "labels"),
    ({"files": {"../../../etc/hostname": "0" * 64}}, "files"),
    ({"files": {"model.onnx": "not a digest"}}, "files"),
])
def test_a_bad_manifest_field_is_a_model_error_naming_it(model_copy: Path, changes: dict, field: str) -> None:
    _edit(model_copy, **changes)
    with pytest.raises(scamdetect.ModelError, match=field):
        scamdetect.load_model(model_copy)


def test_a_link_leaving_the_model_folder_is_refused(model_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    shutil.copy(model_copy / "vocab.json", outside)
    (model_copy / "vocab.json").unlink()
    (model_copy / "vocab.json").symlink_to(outside)
    with pytest.raises(scamdetect.ModelError, match="leaves the model folder"):
        scamdetect.load_model(model_copy)


def test_a_file_of_the_wrong_size_is_refused_before_hashing(model_copy: Path) -> None:
    with open(model_copy / "vocab.json", "ab") as handle:
        handle.write(b" ")
    with pytest.raises(scamdetect.ModelError, match="bytes"):
        scamdetect.load_model(model_copy)


# ---------------------------------------------------------------- files in and out
def test_an_unclosed_quote_stops_scoring_with_the_line_and_writes_nothing(tmp_path: Path, capsys) -> None:
    rows = ["id,text"] + [f"{k},tin nhan so {k}" for k in range(2_000)]
    rows[4] = '3,"mo ngoac ma khong dong'
    source = tmp_path / "in.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["score", str(source), "-o", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "line 5" in err and "quote" in err
    assert not out.exists()


@pytest.mark.parametrize("content, message", [
    (b"text,text\nxin chao,hello\n", "duplicate column names 'text'"),
    ("text\nxin chào\n".encode("utf-16"), "UTF-16"),
    (b"text\rxin chao\rhen gap\r", "CR alone"),
])
def test_unreadable_csv_files_say_why(tmp_path: Path, capsys, content: bytes, message: str) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(content)
    assert main(["score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 1
    assert message in capsys.readouterr().err


def test_formula_cells_are_neutralised_unless_raw_cells(tmp_path: Path) -> None:
    import csv

    source = tmp_path / "in.csv"
    source.write_text('id,text\n"=HYPERLINK(""http://x.top"")",xin chao\n@SUM(A1),hen gap\n+84912345678,ok\n',
                      encoding="utf-8")
    out, raw = tmp_path / "out.csv", tmp_path / "raw.csv"
    assert main(["score", str(source), "-o", str(out), "--id-column", "id", "--no-progress"]) == 0
    assert main(["score", str(source), "-o", str(raw), "--id-column", "id", "--raw-cells", "--no-progress"]) == 0
    with open(out, encoding="utf-8") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ['\'=HYPERLINK("http://x.top")', "'@SUM(A1)",
                                                             "+84912345678"]
    with open(raw, encoding="utf-8") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ['=HYPERLINK("http://x.top")', "@SUM(A1)",
                                                             "+84912345678"]


def test_evaluate_on_one_class_reports_undefined_metrics_as_null(tmp_path: Path) -> None:
    source = tmp_path / "legit.csv"
    source.write_text("text,label\nxin chào,legit\nhẹn gặp lúc 7h,legit\n", encoding="utf-8")
    assert main(["evaluate", str(source), "--out", str(tmp_path / "ev"), "--no-plots"]) == 0
    metrics = json.loads((tmp_path / "ev" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["binary"]["precision"] is None and metrics["binary"]["recall"] is None
    assert metrics["binary"]["fpr"] == 0.0
    assert any("undefined" in w for w in metrics["warnings"])


def test_terminal_output_carries_no_control_characters(capsys) -> None:
    assert main(["classify", "xin chao \x1b[2J\x1b[31mdo\x07"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "do" in out

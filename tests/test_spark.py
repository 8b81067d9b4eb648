"""scamdetect.batch.spark in local mode: the same verdicts as `scamdetect score` on the same rows."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed (pip install 'scamdetect[spark]')", allow_module_level=True)
if importlib.util.find_spec("pandas") is None or importlib.util.find_spec("pyarrow") is None:
    pytest.skip("pandas and pyarrow are needed for pandas UDFs (pip install 'scamdetect[spark]')",
                allow_module_level=True)
if _java() is None:
    pytest.skip("no Java runtime (java on PATH or JAVA_HOME) for Spark", allow_module_level=True)

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")]


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors run this interpreter, with scamdetect on its path
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("scamdetect-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
               .config("spark.driver.memory", "1g")
               .config("spark.driver.extraJavaOptions", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")  # quick start
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _rows(n: int) -> list[tuple[str, str | None]]:
    with open(ROOT / "data" / "corpus.jsonl", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    step = max(1, len(texts) // n)
    rows: list[tuple[str, str | None]] = [(f"r{k}", texts[(k * step + 5 * k) % len(texts)]) for k in range(n)]
    rows[3] = ("r3", "")
    rows[4] = ("r4", "   ")
    rows[5] = ("r5", None)
    return rows


def test_spark_scores_equal_the_cli(spark, tmp_path: Path) -> None:
    from scamdetect.batch.spark import score_dataframe
    from scamdetect.cli import main

    rows = _rows(150)
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    with open(src, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([(rid, "" if text is None else text) for rid, text in rows])
    assert main(["score", str(src), "-o", str(out), "--no-progress"]) == 0
    with open(out, encoding="utf-8", newline="") as handle:
        cli = {r["id"]: r for r in csv.DictReader(handle)}

    df = spark.createDataFrame(rows, "id string, text string")  # 2 partitions, several Arrow batches each
    scored = score_dataframe(df, "text")
    assert scored.columns == ["id", "text", "label", "is_scam", "scam_score"]
    result = {r["id"]: r for r in scored.collect()}
    assert set(result) == set(cli)
    for rid, expected in cli.items():
        got = result[rid]
        if expected["error"]:
            assert got["label"] is None and got["is_scam"] is None and got["scam_score"] is None, rid
            continue
        assert got["label"] == expected["label"], rid
        assert got["is_scam"] == (expected["is_scam"] == "true"), rid
        assert got["scam_score"] == pytest.approx(float(expected["scam_score"]), abs=1e-9), rid
    assert sum(r["is_scam"] is True for r in result.values()) > 10  # a real mix, not all legit


def test_spark_checks_columns(spark) -> None:
    from scamdetect.batch.spark import score_dataframe

    df = spark.createDataFrame([("a", 1, "x")], "text string, n int, label string")
    with pytest.raises(ValueError, match="'body' not in the DataFrame"):
        score_dataframe(df, "body")
    with pytest.raises(ValueError, match="type int"):
        score_dataframe(df, "n")
    with pytest.raises(ValueError, match="prefix"):
        score_dataframe(df, "text")  # 'label' is taken
    assert score_dataframe(df, "text", prefix="sd_").columns == ["text", "n", "label", "sd_label", "sd_is_scam",
                                                                 "sd_scam_score"]
    with pytest.raises(Exception, match="not a model directory"):
        score_dataframe(df, "text", model_dir="/nonexistent/model", prefix="sd_")

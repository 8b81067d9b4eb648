"""Scoring PySpark DataFrames: a pandas UDF that loads the model once per Python worker.

Example (needs ``pip install 'scamdetect[spark]'`` and Java)::

    from pyspark.sql import SparkSession
    from scamdetect.batch.spark import score_dataframe

    spark = SparkSession.builder.getOrCreate()
    df = spark.read.parquet("messages.parquet")
    scored = score_dataframe(df, "text")          # + label, is_scam, scam_score
    scored.groupBy("label").count().show()

The model directory must be readable on every executor: the bundled model ships inside the
installed package, so installing scamdetect on the executors is enough; a custom
``model_dir`` must be on a path (or shared file system) the executors see. Each Python
worker loads the model on its first batch and keeps it (Spark reuses Python workers), so
the cost is paid once per worker, not per batch or row.

Rows whose text is null, empty or blank get null in all three columns, like the ``error``
rows of ``scamdetect score``; otherwise the values equal the CLI's on the same text.
pyspark and pandas are imported only when these functions are called.
"""

import threading
from pathlib import Path
from typing import Any

__all__ = ["score_dataframe", "score_udf", "RESULT_SCHEMA", "OUTPUT_COLUMNS"]

#: the struct the UDF returns (Spark DDL)
RESULT_SCHEMA = "label string, is_scam boolean, scam_score double"
OUTPUT_COLUMNS = ("label", "is_scam", "scam_score")

_MODELS: dict[tuple[str | None, float | None], Any] = {}
_LOCK = threading.Lock()


def _require_pyspark() -> None:
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as err:
        raise ImportError(f"scamdetect.batch.spark needs pyspark, pandas and pyarrow ({err}): "
                          "pip install 'scamdetect[spark]'") from None


def _executor_model(model_dir: str | None, threshold: float | None) -> Any:
    """The model for this Python worker process, loaded on first use."""
    key = (model_dir, threshold)
    model = _MODELS.get(key)
    if model is None:
        with _LOCK:
            model = _MODELS.get(key)
            if model is None:
                from ..classifier import load_model

                model = _MODELS[key] = load_model(model_dir, threshold=threshold)
    return model


def score_udf(model_dir: str | None = None, threshold: float | None = None) -> Any:
    """A pandas UDF: string column -> struct ``label, is_scam, scam_score`` (usable in ``select``/``withColumn``)."""
    _require_pyspark()
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    if threshold is not None and not 0.0 <= float(threshold) <= 1.0:
        raise ValueError(f"threshold must lie in [0, 1], got {threshold}")
    model_path = None if model_dir is None else str(Path(model_dir).resolve())
    if model_path is not None:  # fail on the driver, not in every task
        from ..model_dir import read_manifest

        read_manifest(model_path)

    @pandas_udf(RESULT_SCHEMA)
    def scamdetect_score(texts: pd.Series) -> pd.DataFrame:
        model = _executor_model(model_path, threshold)
        values = texts.tolist()
        live = [k for k, text in enumerate(values) if isinstance(text, str) and text.strip()]
        labels: list = [None] * len(values)
        flags: list = [None] * len(values)
        scores: list = [None] * len(values)
        if live:
            unique = list(dict.fromkeys(values[k] for k in live))
            by_text = dict(zip(unique, model.classify(unique, explain=False), strict=True))
            for k in live:
                p = by_text[values[k]]
                labels[k], flags[k], scores[k] = p.label, p.is_scam, p.scam_score
        return pd.DataFrame({"label": pd.Series(labels, dtype="object"),
                             "is_scam": pd.Series(flags, dtype="object"),
                             "scam_score": pd.Series(scores, dtype="float64")})

    return scamdetect_score


def score_dataframe(df: Any, text_col: str, model_dir: str | None = None, *, threshold: float | None = None,
                    prefix: str = "") -> Any:
    """``df`` with ``label``, ``is_scam`` and ``scam_score`` columns added (names prefixed with ``prefix``).

    Raises ``ValueError`` if ``text_col`` is missing or not a string column, or if an output
    column name is taken (pass ``prefix="sd_"``).
    """
    _require_pyspark()
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    if text_col not in df.columns:
        raise ValueError(f"column {text_col!r} not in the DataFrame; columns: {', '.join(df.columns)}")
    field = df.schema[text_col]
    if not isinstance(field.dataType, StringType):
        raise ValueError(f"column {text_col!r} has type {field.dataType.simpleString()}, expected string")
    names = [prefix + name for name in OUTPUT_COLUMNS]
    taken = [name for name in names if name in df.columns]
    if taken:
        raise ValueError(f"the DataFrame already has column(s) {', '.join(taken)}; pass prefix='sd_' (for example)")
    struct = "__scamdetect_result"
    while struct in df.columns:
        struct += "_"
    scored = df.withColumn(struct, score_udf(model_dir, threshold)(df[text_col]))
    return scored.select(*[scored[f"`{c}`"] for c in df.columns],
                         *[F.col(struct)[name].alias(alias) for name, alias in zip(OUTPUT_COLUMNS, names, strict=True)])

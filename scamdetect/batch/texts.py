"""Scoring a list of texts for a scored file: one :class:`ScoredText` per text, errors kept per text."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from typing import Any, NamedTuple

from .config import INDICATOR_KINDS, MAX_INDICATORS

__all__ = ["ScoredText", "score_texts", "compact_indicators", "indicator_values"]


class ScoredText(NamedTuple):
    """The scored-file cells of one text; ``error`` set (and the rest None) when it could not be scored."""

    label: str | None = None
    is_scam: bool | None = None
    scam_score: float | None = None
    indicators: list[dict[str, Any]] | None = None
    summary: str | None = None
    red_flags: list[str] | None = None
    error: str | None = None


def compact_indicators(indicators: Sequence[Any]) -> list[dict[str, Any]]:
    """The ``indicators`` column value for a tuple of :class:`scamdetect.Indicator`."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for ind in indicators:
        if ind.kind not in INDICATOR_KINDS or (ind.kind, ind.value) in seen:
            continue
        seen.add((ind.kind, ind.value))
        item: dict[str, Any] = {"kind": ind.kind, "value": ind.value}
        details = ind.details or {}
        if ind.kind == "url":
            item["domain"] = details.get("registered_domain")
            if details.get("domain") and details.get("domain") != details.get("registered_domain"):
                item["host"] = details["domain"]
            for key in ("lookalike_of", "official", "shortener", "free_hosting"):
                if details.get(key):
                    item[key] = details[key]
        elif ind.kind == "bank_account" and details.get("bank"):
            item["bank"] = details["bank"]
        elif ind.kind == "ewallet" and details.get("wallet"):
            item["wallet"] = details["wallet"]
        elif ind.kind == "handle" and details.get("platform"):
            item["platform"] = details["platform"]
        elif ind.kind == "phone" and details.get("hotline"):
            item["hotline"] = True
        out.append(item)
        if len(out) >= MAX_INDICATORS:
            break
    return out


def indicator_values(text: str, max_chars: int = 5000) -> tuple[Any, ...]:
    """The indicators of ``text`` for their values only (kinds, values, details; spans not mapped back).

    :func:`scamdetect.signals.indicators.extract` on the output of the fast
    :func:`scamdetect.text.normalize_text` (the same text as ``normalize(text).text``),
    skipping the offset map that only the spans need: about a third of the cost.
    """
    from ..signals.indicators import extract
    from ..text import Normalized, normalize_text

    flat, salt = normalize_text(text[:max_chars])  # what the model read; a 200,000-character row is not read whole
    n = len(flat)
    return extract(Normalized(flat, flat, tuple(range(n)), tuple(range(1, n + 1)), salt), requests=False)


def score_texts(model: Any, texts: Sequence[str], explain: bool = False, all_indicators: bool = False
                ) -> list[ScoredText]:
    """Score ``texts``: one :class:`ScoredText` per text, in order.

    Identical texts are scored once. A text the model fails on gets an ``error`` instead of
    sinking its batch.
    """
    unique = list(dict.fromkeys(texts))
    try:
        predictions = model.classify(unique, explain=explain)
    except Exception:  # one bad text must not lose the chunk: retry one by one
        predictions = []
        for text in unique:
            try:
                predictions.append(model.classify([text], explain=explain)[0])
            except Exception as err:
                predictions.append(f"scoring failed ({type(err).__name__}: {err})")
    results: dict[str, ScoredText] = {}
    for text, p in zip(unique, predictions, strict=True):
        if isinstance(p, str):
            results[text] = ScoredText(error=p)
            continue
        indicators = summary = flags = None
        try:
            if p.explanation is not None:
                indicators = compact_indicators(p.explanation.indicators)
                summary = p.explanation.summary
                flags = [flag.id for flag in p.explanation.red_flags]
            elif p.is_scam or all_indicators:
                indicators = compact_indicators(indicator_values(text))
        except Exception as err:
            results[text] = ScoredText(error=f"indicator extraction failed ({type(err).__name__}: {err})")
            continue
        results[text] = ScoredText(p.label, p.is_scam, p.scam_score, indicators, summary, flags)
    return [results[text] for text in texts]


_WORKER: dict[str, Any] = {}


def init_worker(model_dir: str | None, threshold: float | None, parent: int) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts us down

    def watch() -> None:  # exit if the parent dies without telling us (SIGKILL)
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    from ..classifier import load_model

    # the processes already use every core: a second scoring thread in each would only compete with them
    _WORKER["model"] = load_model(model_dir, threshold=threshold, pipeline=False)


def worker_score(texts: list[str], explain: bool, all_indicators: bool) -> list[ScoredText]:
    return score_texts(_WORKER["model"], texts, explain, all_indicators)


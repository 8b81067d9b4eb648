"""Result types: predictions and their explanations, as plain data.

Everything is a frozen dataclass with ``to_dict()`` giving JSON-ready values, so
results can be logged, stored and compared without scamdetect installed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Span", "RedFlag", "Indicator", "Explanation", "Prediction"]


@dataclass(frozen=True)
class Span:
    """A piece of the ORIGINAL text (``text[start:end]``) and its pull toward the predicted label."""

    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True)
class RedFlag:
    """A warning sign a person can check, with the evidence in the original text."""

    id: str
    vi: str
    en: str
    start: int
    end: int
    evidence: str


@dataclass(frozen=True)
class Indicator:
    """An extracted value worth acting on (blocking a domain, reporting an account...).

    ``kind`` is one of ``url``, ``phone``, ``handle``, ``bank_account``, ``ewallet``, ``amount``,
    ``otp_request``, ``credential_request``, ``app_install``, ``deadline``, ``email``.
    ``value`` is normalised (``+84`` phone numbers, lower-case re-fanged URLs); ``details``
    holds kind-specific facts such as ``registered_domain``, ``lookalike_of``, ``bank``.
    """

    kind: str
    value: str
    start: int
    end: int
    text: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Explanation:
    spans: tuple[Span, ...]
    red_flags: tuple[RedFlag, ...]
    indicators: tuple[Indicator, ...]
    summary: str


@dataclass(frozen=True)
class Prediction:
    """One message's verdict.

    ``scam_score`` is the calibrated probability that the message is a scam (1 - P(legit));
    ``is_scam`` compares it with the model's threshold; ``label`` is the most probable
    scheme, or ``legit`` when ``is_scam`` is False.
    """

    label: str
    is_scam: bool
    scam_score: float
    scores: dict[str, float]
    truncated: bool = False
    explanation: Explanation | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

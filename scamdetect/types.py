"""Result types: predictions and their explanations, as plain data.

Everything is a frozen dataclass with ``to_dict()`` giving JSON-ready values, so
results can be logged, stored and compared without scamdetect installed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

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
    scheme, or ``legit`` when ``is_scam`` is False. In a list scored with ``explain=False``, each
    prediction's ``scores`` dict is built when first read (it equals the eager one).
    """

    label: str
    is_scam: bool
    scam_score: float
    scores: dict[str, float]
    truncated: bool = False
    explanation: Explanation | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    if not TYPE_CHECKING:  # type checkers should still catch a mistyped attribute
        def __getattr__(self, name: str) -> Any:
            # Reached only for an attribute the instance lacks. A batch scored with explain=False leaves
            # ``scores`` to be built here, on first use, from its row of the batch's probabilities: building
            # 18-entry dicts that most callers never read was a twentieth of batch scoring.
            if name == "scores":
                source = self.__dict__.get("_scores_from")
                if source is not None:
                    labels, block, row = source
                    scores = dict(zip(labels, block[row].tolist()))
                    object.__setattr__(self, "scores", scores)
                    return scores
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __getstate__(self) -> dict[str, Any]:
        # pickled and copied with its scores, not with the whole batch's probabilities
        state = dict(self.__dict__)
        if "_scores_from" in state:
            state["scores"] = self.scores
            del state["_scores_from"]
        return state

"""scamdetect: detect and classify Vietnamese scam messages by scheme, with explanations.

One line for the common case::

    >>> import scamdetect
    >>> p = scamdetect.classify("Ban da trung thuong iPhone 17. Nop phi 500k de nhan qua tai qua-tang-tri-an.xyz")
    >>> p.label, p.is_scam
    ('prize_fee', True)
    >>> ps = scamdetect.classify(["Hẹn 7h tối nay ăn lẩu nha", "Ma OTP cua ban la 123456"], explain=False)
    >>> [p.label for p in ps]
    ['legit', 'legit']

Importing scamdetect loads no model and no heavy library; the bundled model is
loaded on the first ``classify`` call (or with :func:`load_model`).
"""

from __future__ import annotations

from .classifier import ScamClassifier, classify, load_model
from .errors import ModelError, ScamdetectError
from .taxonomy import LABELS, NAME_EN, NAME_VI, TAXONOMY_VERSION, is_scam
from .text import Normalized, normalize
from .types import Explanation, Indicator, Prediction, RedFlag, Span

#: the package version, written here only (pyproject.toml reads it)
__version__ = "0.1.0"

__all__ = [
    "classify", "load_model", "ScamClassifier", "ModelError", "ScamdetectError",
    "Prediction", "Explanation", "Span", "RedFlag", "Indicator",
    "normalize", "Normalized",
    "LABELS", "NAME_VI", "NAME_EN", "TAXONOMY_VERSION", "is_scam", "__version__",
]

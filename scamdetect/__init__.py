"""scamdetect: detect and classify Vietnamese scam messages by scheme, with explanations."""

from __future__ import annotations

from .taxonomy import LABELS, NAME_EN, NAME_VI, TAXONOMY_VERSION, is_scam

__version__ = "0.1.0"

__all__ = ["LABELS", "NAME_EN", "NAME_VI", "TAXONOMY_VERSION", "is_scam", "__version__"]

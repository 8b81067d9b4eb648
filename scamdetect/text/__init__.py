"""Text in, normalised text out: the first stage of every path (classify, score, train, evaluate).

:func:`normalize` (in :mod:`.normalizer`) runs the four steps, one module each: :mod:`.fold` (Unicode),
:mod:`.tones` (tone marks), :mod:`.disguise` (split letters, sprayed marks, defanged links, digits for
letters) and :mod:`.salt` (random tails); :mod:`.augment` makes the disguised variants that training and the
robustness evaluation use.
"""

from __future__ import annotations

from .disguise import TLD_START, TLDS, undisguise
from .fold import fold, strip_diacritics
from .normalizer import PREPROCESSING_VERSION, Normalized, finish, normalize, normalize_text
from .salt import cut_salt_tail, may_end_in_salt_tail
from .tones import finish_word

__all__ = ["Normalized", "normalize", "normalize_text", "strip_diacritics", "PREPROCESSING_VERSION", "fold",
           "undisguise", "cut_salt_tail", "may_end_in_salt_tail", "finish", "finish_word", "TLDS", "TLD_START"]

"""Text perturbations that real scam messages use to dodge filters.

Used twice: to widen the training data, and to measure robustness (the same
metrics after stripping diacritics, obfuscating, adding a salt tail,
truncating). Every function is deterministic given ``rng``.

Example:
    >>> import random
    >>> from scamdetect.text.augment import strip_diacritics, add_salt_tail
    >>> strip_diacritics("Tài khoản bị khóa")
    'Tai khoan bi khoa'
    >>> add_salt_tail("Nhan qua tai day.", random.Random(1))  # doctest: +ELLIPSIS
    'Nhan qua tai day. ...'
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from .fold import strip_diacritics

__all__ = ["strip_diacritics", "mix_diacritics", "obfuscate", "add_salt_tail", "change_case", "truncate",
           "PERTURBATIONS"]

_LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "$", "l": "|", "t": "7"}
_HOMOGLYPHS = {"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і",
               "A": "А", "O": "О", "E": "Е", "C": "С", "P": "Р", "T": "Т", "H": "Н", "K": "К", "M": "М"}
_DISGUISE = {"a": "ä", "o": "ö", "u": "ü"}
_ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff"]


def mix_diacritics(text: str, rng: random.Random, share: float = 0.5) -> str:
    """Strip diacritics from a random share of words, as hurried typists do."""
    return " ".join(strip_diacritics(w) if rng.random() < share else w for w in text.split(" "))


def _obfuscate_word(word: str, rng: random.Random) -> str:
    trick = rng.randrange(5)
    if trick == 0:  # digits/symbols for letters, inside the word
        chars = list(word)
        inner = [k for k in range(1, len(chars) - 1) if chars[k].lower() in _LEET]
        for k in rng.sample(inner, min(len(inner), rng.randint(1, 2))):
            chars[k] = _LEET[chars[k].lower()]
        return "".join(chars)
    if trick == 1:  # letters split by a separator
        return rng.choice([".", " ", "_", "'", "-"]).join(word)
    if trick == 2:  # look-alike letters from other scripts
        return "".join(_HOMOGLYPHS.get(c, c) if rng.random() < 0.5 else c for c in word)
    if trick == 3:  # ä ö ü
        return "".join(_DISGUISE.get(c, c) if rng.random() < 0.6 else c for c in word)
    # zero-width characters between letters
    return "".join(c + (rng.choice(_ZERO_WIDTH) if rng.random() < 0.4 else "") for c in word)


def obfuscate(text: str, rng: random.Random, share: float = 0.25) -> str:
    """Disguise a share of the longer words the way filter-dodging scams do."""
    words = text.split(" ")
    candidates = [k for k, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    count = max(1, int(len(candidates) * share))
    for k in rng.sample(candidates, min(count, len(candidates))):
        words[k] = _obfuscate_word(words[k], rng)
    return " ".join(words)


def add_salt_tail(text: str, rng: random.Random) -> str:
    """Append a random 3-6 character tail (anti-spam salt) after the message."""
    n = rng.randint(3, 6)
    tail = [rng.choice(string.ascii_lowercase) for _ in range(n)]
    tail[rng.randrange(n)] = rng.choice(string.digits)
    sep = rng.choice([" ", " ", "\n", "  "])
    return text.rstrip() + sep + "".join(tail)


def change_case(text: str, rng: random.Random) -> str:
    """Upper-case, lower-case or capitalise every word."""
    return rng.choice([str.upper, str.lower, str.title])(text)


def truncate(text: str, rng: random.Random, keep: float = 0.5) -> str:
    """Keep roughly the first ``keep`` share of the words (a cut-off preview)."""
    words = text.split(" ")
    return " ".join(words[: max(1, int(len(words) * keep))])


#: name -> perturbation(text, rng), for robustness evaluation
PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "no_diacritics": lambda text, rng: strip_diacritics(text),
    "obfuscated": obfuscate,
    "salt_tail": add_salt_tail,
    "truncated": truncate,
}

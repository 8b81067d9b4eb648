"""Step 2 of normalisation: one tone-mark convention (traditional: ``hòa``, ``thúy``, ``của``).

Only a tone mark next to another vowel can sit in the wrong place (hoà/hòa, thuý/thúy). Word lengths are
kept, so offsets stay aligned.
"""

from __future__ import annotations

import re
import unicodedata

from .._cache import bounded_cache
from .fold import VIET_PRECOMPOSED

__all__ = ["fix_tones", "finish_word"]

_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_MODIFIED_VOWELS = set("ăâêôơưĂÂÊÔƠƯ")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VIET_LETTERS = set("abcdefghijklmnopqrstuvwxyzđăâêôơư") | {c.upper() for c in "abcdefghijklmnopqrstuvwxyzđăâêôơư"}
_ANY_VOWEL = "".join(sorted({c for c in VIET_PRECOMPOSED if unicodedata.normalize("NFD", c)[0] in "aeiouyAEIOUY"}
                            | set("aeiouyAEIOUY")))
_TONED_VOWEL = "".join(sorted(c for c in _ANY_VOWEL if any(t in unicodedata.normalize("NFD", c) for t in _TONES)))
_TONED_WORD_RE = re.compile(rf"\b[^\W\d_]*?(?:[{_TONED_VOWEL}][{_ANY_VOWEL}]|[{_ANY_VOWEL}][{_TONED_VOWEL}])[^\W\d_]*")


def _tone_position(letters: str) -> int | None:
    """Index of the vowel that carries the tone in a toneless syllable, traditional style."""
    lower = letters.lower()
    first = next((k for k, c in enumerate(lower) if c in _VOWELS), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(lower) and lower[last + 1] in _VOWELS:
        last += 1
    if any(c in _VOWELS for c in lower[last + 1:]):
        return None  # not a single Vietnamese syllable
    # "qu" and "gi" before another vowel belong to the initial consonant.
    if last > first and ((lower[first] == "u" and first > 0 and lower[first - 1] == "q")
                         or (lower[first] == "i" and first > 0 and lower[first - 1] == "g")):
        first += 1
    nucleus = range(first, last + 1)
    modified = [k for k in nucleus if lower[k] in _MODIFIED_VOWELS]
    if modified:
        return modified[-1]  # ươ carries the tone on ơ
    size = last - first + 1
    if size == 1:
        return first
    if size == 3:
        return first + 1
    has_final = last + 1 < len(lower)
    return last if has_final else first


@bounded_cache(maxsize=65536, max_len=32)
def _fix_tone(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:
        return word
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    if len(toneless) != len(word) or not all(c in _VIET_LETTERS for c in toneless):
        return word
    pos = _tone_position(toneless)
    if pos is None:
        return word
    fixed = toneless[:pos] + unicodedata.normalize("NFC", toneless[pos] + tones[0]) + toneless[pos + 1:]
    return fixed if len(fixed) == len(word) else word


_token_tones: dict[str, str] = {}


def fix_token_tones(token: str) -> str:
    fixed = _TONED_WORD_RE.sub(lambda m: _fix_tone(m.group()), token)
    if len(token) <= 64:  # a longer token is junk: not worth its memory
        if len(_token_tones) > 200_000:  # bound memory on endless streams of new tokens
            _token_tones.clear()
        _token_tones[token] = fixed
    return fixed


def fix_tones(text: str) -> str:
    """Tone marks moved to one convention; word lengths are kept, so offsets stay aligned.

    Words never span a space, so each space-separated token is fixed once and remembered: the
    same few thousand tokens make up most messages.
    """
    if text.isascii():  # no tone mark is ASCII: nothing to move (half of new words, in texts typed without them)
        return text
    get = _token_tones.get
    return " ".join([get(token) or fix_token_tones(token) for token in text.split(" ")])


def finish_word(word: str) -> str:
    """:func:`finish` of one word of letters, which holds no digit or symbol to read as a letter."""
    if word.isascii():
        return word
    return _token_tones.get(word) or fix_token_tones(word)

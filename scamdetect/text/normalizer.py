"""Vietnamese text normalisation shared by training and inference.

One function, :func:`normalize`, so that the text a model was trained on and the
text it scores are prepared identically. It undoes the tricks scammers use to
slip past filters while keeping, for every output character, the span of the
original text it came from; explanations point at the user's text, not ours.

Steps, in order (one module each):

1. Unicode (:mod:`.fold`): NFC per grapheme, full-width and styled letters folded (NFKC),
   look-alikes (Cyrillic, Greek, Cherokee, hooked or stroked Latin letters, small capitals) and ``ä ö ü å``
   folded to Latin letters,
   zero-width and control characters dropped, runs of spaces collapsed.
2. One tone-mark convention (:mod:`.tones`), the traditional one: ``hòa``, ``thúy``, ``của``.
3. De-obfuscation (:mod:`.disguise`): letters split by dots, spaces, apostrophes or underscores
   are joined (``s h o p e e`` -> ``shopee``); digits and symbols inside words
   become letters (``kh0a`` -> ``khoa``, ``t!en`` -> ``tien``), and so does a leading one in a word
   that has another inside (``7hu0ng`` -> ``thuong``; ``5tr`` and ``7h`` stay).
4. A random salt tail (:mod:`.salt`) after the last sentence (``... tai day. x7kq``) is cut
   off and reported in :attr:`Normalized.salt_tail`.

Case is kept (models lowercase where they want to).

Example:
    >>> n = normalize("T\u0430i kho\u1ea3n b\u1ecb kh0a. Vao  s h o p e e . vn ngay! k9xq2")
    >>> n.text
    'Tai khoản bị khoa. Vao shopee.vn ngay!'
    >>> n.salt_tail
    'k9xq2'
    >>> start = n.text.index("shopee")
    >>> n.original[slice(*n.to_original(start, start + 6))]
    's h o p e e'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .._cache import bounded_cache
from .disguise import replace_leet, undisguise, undisguise_chars
from .fold import fold, strip_diacritics, unicode_pass
from .salt import cut_salt_tail, salt_tail_start
from .tones import fix_tones

__all__ = ["Normalized", "normalize", "normalize_text", "finish", "PREPROCESSING_VERSION"]


#: Bumped whenever normalisation output changes; stored in model manifests so a
#: model is never fed text prepared differently from its training data.
PREPROCESSING_VERSION = 4


@dataclass(frozen=True)
class Normalized:
    """Normalised text with a map back to the original.

    ``starts[i]``/``ends[i]`` give the original span that output character ``i``
    came from. ``salt_tail`` is the random tail that was cut off, if any.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    salt_tail: str | None = None

    @cached_property
    def flat(self) -> str:
        """:attr:`text` lower-cased without diacritics, position for position: what the wording rules of the
        signals (indicators, red flags) match on. Computed once per text, on first use."""
        return strip_diacritics(self.text).lower()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` to a span of :attr:`original`."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the normalised text of length {len(self.text)}")
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """Normalise ``text``; never raises for a ``str``.

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    return _normalize(text)


# A few recent results are kept: an explained classify normalises its text for the indicators and red flags,
# then again in the backend for the word spans. A handful suffices for that and bounds the memory of the
# offset maps (two tuples of ints per character).
@bounded_cache(maxsize=8, max_len=5000)
def _normalize(text: str) -> Normalized:
    chars, starts, ends = unicode_pass(text)
    undisguise_chars(chars, starts, ends)
    joined = "".join(chars)
    salt = None
    cut = salt_tail_start(joined)
    if cut is not None:
        salt = joined[cut:].strip()
        joined = joined[:cut].rstrip(" \n")
        del starts[len(joined):], ends[len(joined):]
    return Normalized(text, fix_tones(replace_leet(joined)), tuple(starts), tuple(ends), salt)


@bounded_cache(maxsize=4096, max_len=2000)
def normalize_text(text: str) -> tuple[str, str | None]:
    """``(normalize(text).text, normalize(text).salt_tail)`` without the offset map: the scoring fast path.

    A property test holds the two to the same output on arbitrary text. Recent results are kept:
    batch scoring normalises a scam message twice (score, then its indicators).
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text() takes a str, not {type(text).__name__}")
    folded = fold(text)
    if folded is None:
        norm = normalize(text)
        return norm.text, norm.salt_tail
    joined, salt = cut_salt_tail(undisguise(folded))
    return finish(joined), salt


def finish(text: str) -> str:
    """The steps after the salt cut, which never look past a space: digits for letters, then tone marks."""
    return fix_tones(replace_leet(text))

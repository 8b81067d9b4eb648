"""Step 1 of normalisation: Unicode folding.

NFC per grapheme, full-width and styled letters folded (NFKC), look-alikes (Cyrillic, Greek, Cherokee, Latin letters
with a hook or a stroke, small capitals) and ``ä ö ü å`` folded to Latin letters, zero-width and control characters
dropped, runs of blanks collapsed. Also
:func:`strip_diacritics`, the diacritic-free form that indicators, red flags and features read.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from itertools import repeat

from .._cache import bounded_cache

__all__ = ["fold", "unicode_pass", "strip_diacritics", "TranslateTable", "VIET_PRECOMPOSED"]

# Letters that render like Latin ones. Vietnamese never uses a diaeresis or a
# ring, so ``ä ö ü å`` can only be disguise.
_LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ζ": "Z",
    # Latin letters that only disguise
    "ä": "a", "ö": "o", "ü": "u", "å": "a", "Ä": "A", "Ö": "O", "Ü": "U", "Å": "A", "ı": "i",
    "ë": "e", "ï": "i", "ÿ": "y", "Ë": "E", "Ï": "I",
    # faux-Cyrillic ("Đăиg Ký"), more Greek, and the Cherokee capitals that look like Latin ones ("ᏴẰNG LÁI")
    "и": "n", "И": "N", "п": "n", "г": "r", "я": "r", "Я": "R", "ш": "w", "Ш": "W", "ц": "u", "Ц": "U",
    "ь": "b", "Ь": "b", "η": "n", "ω": "w", "γ": "y", "℘": "p",
    "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭰ": "D", "Ꭼ": "E", "Ꮐ": "G", "Ꮋ": "H", "Ꭻ": "J", "Ꮶ": "K", "Ꮮ": "L",
    "Ꮇ": "M", "Ꮲ": "P", "Ꮢ": "R", "Ꮪ": "S", "Ꭲ": "T", "Ꮩ": "V", "Ꮃ": "W", "Ꮓ": "Z",
}
# Latin letters with a hook, stroke, bar or tail, and small capitals ("Ƀắn Ƈá", "ʜẹɴ ʜò"): spam sprays them to
# dodge filters, and none is Vietnamese except đ/Đ (D WITH STROKE) and the horned ơ/ư, which stay. Found by
# Unicode name, so the whole family is covered, not only the letters seen so far. Letters that NFKC already
# folds (ǅ -> Dž) or that decompose (ḅ) are left to those steps.
_NAMED_LOOKALIKE = re.compile(r"LATIN (SMALL|CAPITAL) LETTER ([A-Z]) WITH (?!HORN\b)"
                              r"|LATIN LETTER SMALL CAPITAL ([A-Z])$")
_NAMED_BLOCKS = ((0x100, 0x2B0), (0x1D00, 0x1DC0), (0x1E00, 0x1F00), (0x2C60, 0x2C80), (0xA720, 0xA800))


@functools.cache
def _lookalikes() -> dict[str, str]:
    """The hand-written table over the named families; built on the first text that needs folding, not at
    import (most texts never get here: see :func:`_is_safe`)."""
    table = {}
    for lo, hi in _NAMED_BLOCKS:
        for ch in map(chr, range(lo, hi)):
            match = _NAMED_LOOKALIKE.match(unicodedata.name(ch, ""))
            if (match is None or ch in "đĐ" or len(unicodedata.normalize("NFD", ch)) > 1
                    or unicodedata.normalize("NFKC", ch) != ch):
                continue
            small, letter, small_capital = match.groups()
            table[ch] = small_capital.lower() if small_capital else letter.lower() if small == "SMALL" else letter
    return {**table, **_LOOKALIKES}


_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_WHITESPACE_CONTROLS = {"\n": "\n", "\r": "\n", "\t": " ", "\x0b": " ", "\x0c": " "}

# Texts made only of these characters need no Unicode folding (the common case): printable
# ASCII, whitespace and precomposed Vietnamese letters.
VIET_PRECOMPOSED = "".join(sorted({
    unicodedata.normalize("NFC", base + mod + tone)
    for base in "aeiouyAEIOUY" for mod in ("", "\u0306", "\u0302", "\u031b")
    for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    if len(unicodedata.normalize("NFC", base + mod + tone)) == 1} | set("đĐ")))
_BASIC_SAFE = "\\x20-\\x7e\\n\\r\\t" + VIET_PRECOMPOSED
_safe_re: re.Pattern[str] | None = None
_WS_RUN_RE = re.compile(r"[ \t\r\n]+")
_BLANK_RUN_RE = re.compile(r"[ \t]{2,}|\t")


@bounded_cache(maxsize=4096, max_len=8)
def _fold_cluster(cluster: str) -> str:
    """Fold one grapheme (base char plus combining marks) to its canonical form."""
    kept = "".join(_WHITESPACE_CONTROLS.get(ch, ch) for ch in cluster
                   if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES or ch in _WHITESPACE_CONTROLS)
    if not kept or unicodedata.combining(kept[0]):
        return ""  # nothing visible, or marks orphaned by a dropped invisible character
    if kept.isspace():
        return "\n" if "\n" in kept else " "
    lookalikes = _lookalikes()
    base = lookalikes.get(kept[0], kept[0])
    marks = [m for m in kept[1:] if m not in ("\u0308", "\u030a")]  # diaeresis/ring only disguise
    folded = unicodedata.normalize("NFKC", base + "".join(marks))
    folded = "".join(lookalikes.get(ch, ch) for ch in folded)
    folded = unicodedata.normalize("NFC", folded)
    if any(unicodedata.combining(ch) for ch in folded):
        # Every Vietnamese letter composes to one code point; marks left over are noise (stacked
        # tones, "¯" folding to a space plus a macron) and would make the output unstable.
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        if not folded or folded.isspace():
            return " " if folded else ""
    # NFKC of ä (precomposed) keeps the diaeresis; strip it through NFD.
    if any(m in unicodedata.normalize("NFD", folded) for m in ("\u0308", "\u030a")):
        folded = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", folded) if c not in ("\u0308", "\u030a")))
    return folded


def _is_safe(text: str) -> bool:
    """Whether every character of ``text`` folds to itself (so no per-character folding is needed)."""
    if text.isascii() and text.isprintable():  # space to "~": a quarter of messages, tested in C
        return True
    if _safe_re is None:
        _compile_safe()
    return _safe_re.fullmatch(text) is not None  # type: ignore[union-attr]


def _compile_safe() -> None:
    """The pattern of safe texts, built once, on first use."""
    global _safe_re
    # punctuation, symbols, Latin letters and emoji that fold to themselves
    ranges = [(0xA0, 0x250), (0x1E00, 0x1F00), (0x2010, 0x2070), (0x20A0, 0x20D0), (0x2100, 0x2200),
              (0x2190, 0x2200), (0x2500, 0x27C0), (0x1F300, 0x1FB00)]
    extra = re.escape("".join(ch for lo, hi in ranges for ch in map(chr, range(lo, hi))
                              if not unicodedata.combining(ch) and unicodedata.category(ch)[0] in "LPSN"
                              and _fold_cluster(ch) == ch and not ch.isspace()))
    _safe_re = re.compile("[" + _BASIC_SAFE + extra + "]*")


def _collapse_whitespace(text: str) -> str:
    """Runs of blanks become one space, or one newline if they hold a line break; ends trimmed."""
    if not ("\t" in text or "\r" in text or text[:1] in (" ", "\n") or text[-1:] in (" ", "\n") or "  " in text
            or ("\n" in text and (" \n" in text or "\n " in text or "\n\n" in text))):
        # plain str tests, far cheaper than a regex scan; one character is found faster than two
        return text
    if "\r" in text:
        text = text.replace("\r", "\n")
    if "\n" in text:  # a run holding a line break is one: lines lose their edge blanks, blank lines go
        text = "\n".join(filter(None, map(str.strip, text.split("\n"), repeat(" \t"))))
    if "  " in text or "\t" in text:
        text = _BLANK_RUN_RE.sub(" ", text)
    return text.strip(" ")


def unicode_pass(text: str) -> tuple[list[str], list[int], list[int]]:
    if _is_safe(text):
        return _safe_unicode_pass(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        for ch in _fold_cluster(text[i:j]):
            if ch == " " and (not chars or chars[-1] in " \n"):
                continue  # collapse runs and drop leading spaces
            if ch == "\n" and chars and chars[-1] in " \n":
                if chars[-1] == " ":
                    chars[-1], starts[-1], ends[-1] = "\n", i, j
                continue
            if ch == "\n" and not chars:
                continue
            chars.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    while chars and chars[-1] in " \n":
        chars.pop()
        starts.pop()
        ends.pop()
    return chars, starts, ends


class _NeedsGraphemes(Exception):
    """A combining mark: it folds together with its base letter, which a per-character table cannot do."""


class TranslateTable(dict):
    """A ``str.translate`` table that fills itself: each character is mapped once in Python, then in C.

    Bounded, because a text may spray the whole of Unicode.
    """

    def __init__(self, fill: Callable[[str], str]) -> None:
        super().__init__()
        self._fill = fill

    def __missing__(self, code: int) -> str:
        value = self._fill(chr(code))
        if len(self) > 65_536:
            self.clear()
        self[code] = value
        return value


def _fold_char(ch: str) -> str:
    if unicodedata.combining(ch):
        raise _NeedsGraphemes
    return _fold_cluster(ch)


_FOLD_TABLE = TranslateTable(_fold_char)


def fold(text: str) -> str | None:
    """Step 1 without the offset map: letters folded, invisibles dropped, blanks collapsed, ends trimmed.

    ``None`` when the text holds a combining mark, which only the grapheme-by-grapheme pass of
    :func:`normalize` folds correctly. Texts without one (nearly all) fold in C, one table lookup
    per character, instead of a Python loop over graphemes.
    """
    if not _is_safe(text):
        try:
            text = text.translate(_FOLD_TABLE)
        except _NeedsGraphemes:
            return None
    return _collapse_whitespace(text)


def _safe_unicode_pass(text: str) -> tuple[list[str], list[int], list[int]]:
    """The same result as the general pass for texts that need no folding, without per-character work."""
    chars: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _WS_RUN_RE.finditer(text):
        chars.extend(text[pos:m.start()])
        starts.extend(range(pos, m.start()))
        run = m.group()
        newline = next((k for k, ch in enumerate(run) if ch in "\n\r"), None)
        if chars and m.end() < len(text):
            chars.append(" " if newline is None else "\n")
            starts.append(m.start() + (newline or 0))
        pos = m.end()
    chars.extend(text[pos:])
    starts.extend(range(pos, len(text)))
    return chars, starts, [k + 1 for k in starts]


def _strip_char(ch: str) -> str:
    if ch in ("đ", "Đ"):
        return "d" if ch == "đ" else "D"
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    return base if base.isascii() or len(decomposed) > 1 else ch


_STRIP_TABLE = TranslateTable(_strip_char)


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics character by character (length-preserving on NFC text).

    >>> strip_diacritics("Tài khoản của quý khách đã bị khóa")
    'Tai khoan cua quy khach da bi khoa'
    """
    return text.translate(_STRIP_TABLE)

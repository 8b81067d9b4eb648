"""Step 4 of normalisation: a random salt tail after the last sentence (``... tai day. x7kq``) is cut off."""

from __future__ import annotations

import re

from .disguise import LEET

__all__ = ["may_end_in_salt_tail", "salt_tail_start", "cut_salt_tail"]

_SALT_RE = re.compile(r"(?:(?<=[.!?…)\]])|(?<=\n)|(?<=\s))[ \t]*([A-Za-z0-9]{3,8})\s*$")
# a link's start inside a word: looked for in the word before a salt tail only, not over the whole text
_URLISH = re.compile(r"https?://|www\.|\.[a-z]{2,6}/", re.I)
_AMOUNT_LIKE = re.compile(r"\d+(?:[.,]\d+)?(?:k|tr|m|d|đ|vnd|usd|h|p|g|gb|mb|kg|km|ml|s)\d*")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|kh|gh|ph|th|tr|gi|qu|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_CODE_WORDS = {"ma", "mã", "code", "ref", "id", "so", "số", "la", "là", "don", "đơn", "sdt", "sđt", "stk", "tk", "lh",
               "pin", "otp", "voucher", "coupon", "key", "khau", "khẩu", "hieu", "hiệu", "phong", "phòng", "ban", "bàn",
               "xe", "bien", "biển", "lop", "lớp", "cua", "của", "tai", "tại", "nha", "nhà", "to", "tổ", "khu", "mau",
               "mẫu", "model", "size", "ver", "version", "phien", "phiên"}


_ASCII_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


_VOWEL_LETTERS = frozenset("aeiouyAEIOUY")


def _no_vowel(run: str) -> bool:
    return _VOWEL_LETTERS.isdisjoint(run)


def may_end_in_salt_tail(text: str) -> bool:
    """Whether the end of ``text`` passes the cheap tests for a salt tail (see :func:`cut_salt_tail`).

    The tail is the whole run of ASCII letters and digits at the end, 3 to 8 long, and mixes letters
    with digits or has no vowel; most texts fail here, without a regular expression.
    """
    stripped = text.rstrip()
    run = stripped[len(stripped.rstrip(_ASCII_ALNUM)):]
    return 3 <= len(run) <= 8 and not run.isdigit() and not (run.isalpha() and (len(run) < 4 or not _no_vowel(run)))


def salt_tail_start(text: str) -> int | None:
    """Start index of a random tail at the very end, or None."""
    if not may_end_in_salt_tail(text):
        return None
    m = _SALT_RE.search(text, max(0, len(text) - 24))  # a tail is short and at the very end
    if not m:
        return None
    tail = m.group(1)
    # the tail is ASCII letters and digits only: C-level tests of the whole string say which it holds
    has_digit, has_alpha = not tail.isalpha(), not tail.isdigit()
    vowelless = has_alpha and _no_vowel(tail) and len(tail) >= 4
    if not ((has_digit and has_alpha) or vowelless):
        return None
    before = text[: m.start(1)].rstrip(" \t")
    if not before or len(before.split(None, 2)) < 3:  # fewer than three words (split no further)
        return None
    # after a sentence end, a newline or a link it is a tail; after a plain word only when it looks
    # random (lower-case letters with digits) and the word does not introduce a code ("mã", "là", "ref")
    word = before.rsplit(None, 1)[-1]
    if before[-1] in ".!?…)]" or text[m.start(1) - 1] == "\n" or _URLISH.search(word):
        return m.start(1)
    previous = word.lower()
    if not (has_digit and has_alpha and tail.islower() and previous.isalpha() and previous not in _CODE_WORDS):
        return None
    if _AMOUNT_LIKE.fullmatch(tail) or _SYLLABLE.fullmatch(tail.translate(LEET)):
        return None  # "70k", "2tr5", or a disguised word such as "kh0a"
    return m.start(1)


def cut_salt_tail(text: str) -> tuple[str, str | None]:
    """Step 4 on undisguised text: ``(text without its random tail, the tail or None)``."""
    cut = salt_tail_start(text)
    if cut is None:
        return text, None
    return text[:cut].rstrip(" \n"), text[cut:].strip()

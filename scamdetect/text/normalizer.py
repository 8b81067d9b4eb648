"""Vietnamese text normalisation shared by training and inference.

One function, :func:`normalize`, so that the text a model was trained on and the
text it scores are prepared identically. It undoes the tricks scammers use to
slip past filters while keeping, for every output character, the span of the
original text it came from; explanations point at the user's text, not ours.

Steps, in order:

1. Unicode: NFC per grapheme, full-width and styled letters folded (NFKC),
   Cyrillic/Greek look-alikes and ``ä ö ü å`` folded to Latin letters,
   zero-width and control characters dropped, runs of spaces collapsed.
2. One tone-mark convention (traditional: ``hòa``, ``thúy``, ``của``).
3. De-obfuscation: letters split by dots, spaces, apostrophes or underscores
   are joined (``s h o p e e`` -> ``shopee``); digits and symbols inside words
   become letters (``kh0a`` -> ``khoa``, ``t!en`` -> ``tien``).
4. A random salt tail after the last sentence (``... tai day. x7kq``) is cut
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

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

from ._cache import bounded_cache

__all__ = ["Normalized", "normalize", "normalize_text", "strip_diacritics", "PREPROCESSING_VERSION"]

#: Bumped whenever normalisation output changes; stored in model manifests so a
#: model is never fed text prepared differently from its training data.
PREPROCESSING_VERSION = 2

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
}
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_WHITESPACE_CONTROLS = {"\n": "\n", "\r": "\n", "\t": " ", "\x0b": " ", "\x0c": " "}

_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_MODIFIED_VOWELS = set("ăâêôơưĂÂÊÔƠƯ")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VIET_LETTERS = set("abcdefghijklmnopqrstuvwxyzđăâêôơư") | {c.upper() for c in "abcdefghijklmnopqrstuvwxyzđăâêôơư"}

# Texts made only of these characters need no Unicode folding (the common case): printable
# ASCII, whitespace and precomposed Vietnamese letters.
_VIET_PRECOMPOSED = "".join(sorted({
    unicodedata.normalize("NFC", base + mod + tone)
    for base in "aeiouyAEIOUY" for mod in ("", "\u0306", "\u0302", "\u031b")
    for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    if len(unicodedata.normalize("NFC", base + mod + tone)) == 1} | set("đĐ")))
_BASIC_SAFE = "\\x20-\\x7e\\n\\r\\t" + _VIET_PRECOMPOSED
_safe_re: re.Pattern[str] | None = None
_WS_RUN_RE = re.compile(r"[ \t\r\n]+")
_BLANK_RUN_RE = re.compile(r"[ \t]{2,}|\t")

# Letters split by one repeated separator: "s h o p e e" (4+ letters), "V.N.e.I.D" (3+ letters).
_SPLIT_SPACE_RE = re.compile(r"(?<![^\W_])[^\W\d_](?: [^\W\d_]){3,}(?![^\W_])")
_SPLIT_MARK_RE = re.compile(r"(?<![^\W_])[^\W\d_]([.'_,\-*·•])[^\W\d_](?:\1[^\W\d_])+(?![^\W_])")

# Punctuation sprayed inside words to dodge filters: "D;a'ng.K,y", "n:h'a;n". A run of letter groups joined by
# single marks (no spaces) with at least two marks, a one-letter group, at least half the groups of one or two
# letters, and not a domain or a
# path ("shopee.vn", "t.me/abc" stay). A mark before a capital after a small letter stood between two words
# and becomes a space ("D;a'ng.K,y" -> "Dang Ky"); the others go. One character for one, or none: offsets stay.
_INNER_MARKS = ".,;:'\"_~*^`|"
_INNER_RUN_RE = re.compile(r"(?<![\w/@.:%=&?#-])[^\W\d_]+(?:[" + re.escape(_INNER_MARKS) + r"][^\W\d_]+){2,}"
                           r"(?![\w/@%=&?#-]|[.:][^\W_])")
_INNER_MARK_RE = re.compile("[" + re.escape(_INNER_MARKS) + "]")


def _inner_run_edits(run: str) -> list[tuple[int, str]] | None:
    """``(index, "" or " ")`` for each mark of a sprayed ``run``, or None when the run is no disguise."""
    sizes = [len(g) for g in _INNER_MARK_RE.split(run)]
    if min(sizes) > 1 or 2 * sum(n <= 2 for n in sizes) < len(sizes):
        return None  # "com.vn.abc", "ok,mai,gap": whole words with marks between them
    marks = [m.start() for m in _INNER_MARK_RE.finditer(run)]
    if set(run[k] for k in marks) == {"."} and TLD_START.fullmatch(run[marks[-1] + 1:]):
        return None  # a domain such as "a.b.vn"
    return [(k, " " if run[k - 1].islower() and run[k + 1].isupper() else "") for k in marks]


def _unspray(text: str) -> str:
    """Marks sprayed inside words removed (a space between two words), on text without offsets."""
    def fix(m: re.Match[str]) -> str:
        edits = _inner_run_edits(m.group())
        if edits is None:
            return m.group()
        out = list(m.group())
        for k, repl in edits:
            out[k] = repl
        return "".join(out)
    return _INNER_RUN_RE.sub(fix, text)


def _unspray_chars(chars: list[str], starts: list[int], ends: list[int]) -> None:
    """:func:`_unspray` in place on the offset-tracking lists."""
    joined = "".join(chars)
    drop = []
    for m in _INNER_RUN_RE.finditer(joined):
        for k, repl in _inner_run_edits(m.group()) or ():
            if repl:
                chars[m.start() + k] = repl
            else:
                drop.append(m.start() + k)
    _delete(chars, starts, ends, drop)


# Digits and symbols that stand for letters inside a word (kh0a, t!en), at most two in a row,
# and a leading "$" before letters ($hopee).
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
                       "|": "l", "€": "e"})
# "@" is a letter only when it is not an e-mail's or handle's "@" (abc@gmail.com keeps it)
_LEET_RE = re.compile(r"(?<=[^\W\d_])(?:[013457$!|€]|@(?![\w-]*\.[A-Za-z])){1,2}(?=[^\W\d_])|(?<!\S)\$(?=[^\W\d_])")

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# Only a tone mark next to another vowel can sit in the wrong place (hoà/hòa, thuý/thúy).
_ANY_VOWEL = "".join(sorted({c for c in _VIET_PRECOMPOSED if unicodedata.normalize("NFD", c)[0] in "aeiouyAEIOUY"}
                            | set("aeiouyAEIOUY")))
_TONED_VOWEL = "".join(sorted(c for c in _ANY_VOWEL if any(t in unicodedata.normalize("NFD", c) for t in _TONES)))
_TONED_WORD_RE = re.compile(rf"\b[^\W\d_]*?(?:[{_TONED_VOWEL}][{_ANY_VOWEL}]|[{_ANY_VOWEL}][{_TONED_VOWEL}])[^\W\d_]*")
_SALT_RE = re.compile(r"(?:(?<=[.!?…)\]])|(?<=\n)|(?<=\s))[ \t]*([A-Za-z0-9]{3,8})\s*$")
# a link's start inside a word: looked for in the word before a salt tail only, not over the whole text
_URLISH = re.compile(r"https?://|www\.|\.[a-z]{2,6}/", re.I)


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

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` to a span of :attr:`original`."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the normalised text of length {len(self.text)}")
        return self.starts[start], self.ends[end - 1]


# ---------------------------------------------------------------- step 1: unicode
@bounded_cache(maxsize=4096, max_len=8)
def _fold_cluster(cluster: str) -> str:
    """Fold one grapheme (base char plus combining marks) to its canonical form."""
    kept = "".join(_WHITESPACE_CONTROLS.get(ch, ch) for ch in cluster
                   if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES or ch in _WHITESPACE_CONTROLS)
    if not kept or unicodedata.combining(kept[0]):
        return ""  # nothing visible, or marks orphaned by a dropped invisible character
    if kept.isspace():
        return "\n" if "\n" in kept else " "
    base = _LOOKALIKES.get(kept[0], kept[0])
    marks = [m for m in kept[1:] if m not in ("\u0308", "\u030a")]  # diaeresis/ring only disguise
    folded = unicodedata.normalize("NFKC", base + "".join(marks))
    folded = "".join(_LOOKALIKES.get(ch, ch) for ch in folded)
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


def _unicode_pass(text: str) -> tuple[list[str], list[int], list[int]]:
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


class _TranslateTable(dict):
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


_FOLD_TABLE = _TranslateTable(_fold_char)


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


# ---------------------------------------------------------------- step 2: tone marks
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


# ---------------------------------------------------------------- step 3: de-obfuscation
def _delete(chars: list[str], starts: list[int], ends: list[int], drop: list[int]) -> None:
    if not drop:
        return
    gone = set(drop)
    keep = [k for k in range(len(chars)) if k not in gone]
    chars[:] = [chars[k] for k in keep]
    starts[:] = [starts[k] for k in keep]
    ends[:] = [ends[k] for k in keep]


def _join_split_letters(chars: list[str], starts: list[int], ends: list[int]) -> None:
    """Join runs of single letters like ``s h o p e e`` or ``V.N.e.I.D`` in place."""
    for pattern in (_SPLIT_SPACE_RE, _SPLIT_MARK_RE):
        joined = "".join(chars)
        drop = [k for m in pattern.finditer(joined) for k in range(m.start() + 1, m.end(), 2)]
        _delete(chars, starts, ends, drop)


def _join_split_letters_text(text: str) -> str:
    for pattern in (_SPLIT_SPACE_RE, _SPLIT_MARK_RE):
        text = pattern.sub(lambda m: m.group()[::2], text)
    return text


# a leet character right after a letter, or any "$": necessary for _LEET_RE, and led by a small
# character set, which the regex engine scans for quickly
_LEET_HINT = re.compile(r"[013457$!|€@](?<=[^\W\d_][013457$!|€@])|\$")


def _replace_leet(text: str) -> str:
    """Digits/symbols flanked by letters inside one word become letters (kh0a, t!en); length is kept."""
    if not _LEET_HINT.search(text):
        return text
    return _LEET_RE.sub(lambda m: m.group().translate(_LEET), text)


_token_tones: dict[str, str] = {}


def _fix_token_tones(token: str) -> str:
    fixed = _TONED_WORD_RE.sub(lambda m: _fix_tone(m.group()), token)
    if len(token) <= 64:  # a longer token is junk: not worth its memory
        if len(_token_tones) > 200_000:  # bound memory on endless streams of new tokens
            _token_tones.clear()
        _token_tones[token] = fixed
    return fixed


def _fix_tones(text: str) -> str:
    """Tone marks moved to one convention; word lengths are kept, so offsets stay aligned.

    Words never span a space, so each space-separated token is fixed once and remembered: the
    same few thousand tokens make up most messages.
    """
    if text.isascii():  # no tone mark is ASCII: nothing to move (half of new words, in texts typed without them)
        return text
    get = _token_tones.get
    return " ".join([get(token) or _fix_token_tones(token) for token in text.split(" ")])


# ---------------------------------------------------------------- step 4: salt tail
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


def _salt_tail(text: str) -> int | None:
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
    if _AMOUNT_LIKE.fullmatch(tail) or _SYLLABLE.fullmatch(tail.translate(_LEET)):
        return None  # "70k", "2tr5", or a disguised word such as "kh0a"
    return m.start(1)


# ---------------------------------------------------------------- public
def _regex_replace(chars: list[str], starts: list[int], ends: list[int], pattern: re.Pattern[str],
                   replacement: str) -> None:
    """Replace each match by ``replacement``, whose characters map to the whole matched span."""
    joined = "".join(chars)
    matches = list(pattern.finditer(joined))
    if not matches:
        return
    new_chars: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for m in matches:
        if m.start() == m.end():
            continue
        new_chars += chars[last:m.start()]
        new_starts += starts[last:m.start()]
        new_ends += ends[last:m.start()]
        span = (starts[m.start()], ends[m.end() - 1])
        for ch in replacement:
            new_chars.append(ch)
            new_starts.append(span[0])
            new_ends.append(span[1])
        last = m.end()
    new_chars += chars[last:]
    new_starts += starts[last:]
    new_ends += ends[last:]
    chars[:], starts[:], ends[:] = new_chars, new_starts, new_ends


#: The one list of top-level domains: links are found (scamdetect.indicators) and spaced or defanged dots
#: rejoined (here) before the same names.
TLDS = ("com|vn|net|org|info|top|xyz|icu|vip|cc|life|cfd|bid|tech|online|site|click|shop|asia|me|ly|io|co|gov|"
        "edu|biz|pro|live|fun|club|win|bet|app|link|store|cyou|sbs|buzz|ink|gd|at|us|uk|ru|cn|tk|ml|ga|cf|gq|pw|"
        "work|support|services|monster|rest|quest|lol|website|space|today|world|cloud|dev|page|gl|ee|to|tv|ai|"
        "so|id|sh|plus|one")
_TLDS = TLDS
# TLDs that are no Vietnamese word typed without diacritics (not "co", "me", "to", "ly", "com" = cơm): only
# these rejoin after "word. " -- elsewhere a sentence that ends before one would become a link
_STRICT_TLDS = "vn|net|org|top|xyz|icu|vip|cfd|bid|tk|ml|ga|cf|gq|pw|cyou|sbs|buzz|online|site|click|asia|info"
# A spaced TLD is lower or upper case: a capitalised word after " . " starts a sentence ("com . Me oi").
_SPACED_TLD = f"(?:(?:{TLDS})|(?:{TLDS.upper()}))"
# defanged or spaced dots before a top-level domain: "abc(.)com", "abc [.] vn", "shopee . vn", "abc dot com",
# "abc. top"
_DEFANGED_DOT = re.compile(r"(?<=[A-Za-z0-9])(?:"
                           rf"\s*[\(\[\{{]\s*(?i:\.|dot|chấm)\s*[\)\]\}}]\s*(?=(?i:{TLDS})\b)"
                           rf"|(?:\s+\.\s*|\s+(?:dot|chấm|DOT|CHẤM)\s+)(?={_SPACED_TLD}\b)"
                           rf"|\.\s+(?=(?:{_STRICT_TLDS})\b))")
#: a top-level domain at the very start: after a dot and a space, "undisguise" would join the two
TLD_START = re.compile(rf"(?:{_TLDS})\b", re.IGNORECASE)
_DEFANGED_SCHEME = re.compile(r"\bhxxp(?=s?\s*(?:\[:\]|:)\s*//)", re.IGNORECASE)
_DEFANGED_COLON = re.compile(r"(?<=http)\[:\]|(?<=https)\[:\]", re.IGNORECASE)


def normalize(text: str) -> Normalized:
    """Normalise ``text``; never raises for a ``str``.

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    chars, starts, ends = _unicode_pass(text)
    _join_split_letters(chars, starts, ends)
    _unspray_chars(chars, starts, ends)
    _regex_replace(chars, starts, ends, _DEFANGED_DOT, ".")
    _regex_replace(chars, starts, ends, _DEFANGED_SCHEME, "http")
    _regex_replace(chars, starts, ends, _DEFANGED_COLON, ":")
    joined = "".join(chars)
    salt = None
    cut = _salt_tail(joined)
    if cut is not None:
        salt = joined[cut:].strip()
        joined = joined[:cut].rstrip(" \n")
        del starts[len(joined):], ends[len(joined):]
    return Normalized(text, _fix_tones(_replace_leet(joined)), tuple(starts), tuple(ends), salt)


# Cheap tests for the rare steps, so most messages skip them. Each must match wherever its step would
# change the text; patterns that start with a literal or a small set of characters scan fast.
_SPRAY_HINT = re.compile(r"[^\W\d_][" + re.escape(_INNER_MARKS) + r"][^\W\d_]")
_SPLIT_HINT = re.compile(r"(?<![^\W_])[^\W\d_][ .'_,\-*·•][^\W\d_](?![^\W_])")
_DEFANG_HINT = re.compile(r"[\(\[\{](?=\s*(?:\.|dot|chấm))|\.\s+(?=(?:" + _TLDS + r")\b)"
                          r"|\s\.\s*(?=(?:" + _TLDS + r")\b)|\s(?:dot|chấm)\s", re.IGNORECASE)


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


def undisguise(text: str) -> str:
    """Step 3's joining of split letters and defanged links, on folded text (these may span spaces)."""
    if text.isalpha():  # a word of letters, the commonest chunk: nothing split, no dot, no link
        return text
    if _SPLIT_HINT.search(text):
        text = _join_split_letters_text(text)
    if _SPRAY_HINT.search(text):
        text = _unspray(text)
    if _DEFANG_HINT.search(text):
        text = _DEFANGED_DOT.sub(".", text)
    if "hxxp" in text.lower():
        text = _DEFANGED_SCHEME.sub("http", text)
    if "[:]" in text:
        text = _DEFANGED_COLON.sub(":", text)
    return text


def cut_salt_tail(text: str) -> tuple[str, str | None]:
    """Step 4 on undisguised text: ``(text without its random tail, the tail or None)``."""
    cut = _salt_tail(text)
    if cut is None:
        return text, None
    return text[:cut].rstrip(" \n"), text[cut:].strip()


def finish(text: str) -> str:
    """The steps after the salt cut, which never look past a space: digits for letters, then tone marks."""
    return _fix_tones(_replace_leet(text))


def finish_word(word: str) -> str:
    """:func:`finish` of one word of letters, which holds no digit or symbol to read as a letter."""
    if word.isascii():
        return word
    return _token_tones.get(word) or _fix_token_tones(word)


def _strip_char(ch: str) -> str:
    if ch in ("đ", "Đ"):
        return "d" if ch == "đ" else "D"
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    return base if base.isascii() or len(decomposed) > 1 else ch


_STRIP_TABLE = _TranslateTable(_strip_char)


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics character by character (length-preserving on NFC text).

    >>> strip_diacritics("Tài khoản của quý khách đã bị khóa")
    'Tai khoan cua quy khach da bi khoa'
    """
    return text.translate(_STRIP_TABLE)

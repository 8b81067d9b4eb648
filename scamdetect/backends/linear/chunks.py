"""The scoring fast path's unit of work: a chunk of folded text between spaces or line breaks.

Why: scoring a message used to run a dozen regular-expression passes over its whole text.
Messages are made of a few thousand chunks ("khoản", "0912.345.678", "bit.ly/abc") that
recur across messages, so a backend prepares each chunk once, remembers the result, and
assembles a message from remembered chunks. That is exact only where no step of
normalisation or feature extraction looks across a space, so each chunk carries masks of
what at its left and right edges might join it to a neighbour: a spaced-out ``s h o p e e``,
a defanged ``abc . com``, a phone number written ``0912 345 678``, an amount ``5 triệu``,
``Telegram @abc``. Neighbours a, b whose masks meet (``a.right & b.left``) are glued into one
chunk, and so is the chunk either side of a pair of single letters (in "(a b c d)" the run's
first and last letters sit in the chunks around it), until no pair joins: processing a glued
stretch as one string is exactly what the whole-text path does to it
(:class:`scamdetect.chunk_table.ChunkTable` glues a whole batch at once). Digits for letters,
tone marks, entities and words never cross a space. A property test holds features assembled
from chunks to those of the whole-text path.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...signals.indicators import D_UNIT_BEFORE, UNIT_START, dials, is_amount
from ...text import TLD_START, TLDS, finish, undisguise
from .features import text_counts, units

__all__ = ["Chunk", "chunk", "unwrap", "wrapped_edges", "number_shape", "word_edges", "SINGLE", "TRAILING", "OPENING",
           "CLOSING"]

# Edge masks: chunks a, b (a just before b) must be processed together when ``a.right & b.left``.
SINGLE = 1      # a single letter at the edge: maybe part of "s h o p e e", which spans its neighbours
_TLD = 2         # a ends with . ) ] } or "dot" and b starts with a top-level domain: "shopee. vn"
_NUMBER = 4      # a ends with a digit and b starts with a digit or a currency unit: "0912 345 678", "5 tr"
# b starts with . ) ] } /, "dot"/"chấm", a bracket before a dot or a colon (a defanged dot or scheme) or @ :
# (a handle), or a ends with ( [ {: these join whatever the neighbour is, so every right (left) edge carries the
# matching bit
_OPENS_LEFT = 8
_OPENS_RIGHT = 16

_ONE_LETTER = re.compile(r"[^\W\d_]")
_DOT_WORD = re.compile(r"(?:dot|chấm)", re.IGNORECASE)


class Chunk(NamedTuple):
    """What a message's features need from one chunk."""

    units: tuple[str, ...]  # :func:`scamdetect.features.units` of the finished chunk
    letters: int
    uppers: int
    diacritics: bool
    left: int               # edge masks, see above
    right: int
    changed: bool           # whether ``undisguise`` changed the chunk
    length: int             # characters after ``undisguise`` (what the text's length is summed from)


def chunk(raw: str) -> Chunk:
    """Prepare one chunk (one or more words of :func:`scamdetect.text.fold` output, single-spaced)."""
    if not raw:
        return Chunk((), 0, 0, False, 0, 0, False, 0)
    plain = undisguise(raw)
    text = finish(plain)
    return Chunk(tuple(units(text)), *text_counts(text), *_edges(raw, plain, text), plain != raw, len(plain))


#: what may follow a word without changing anything but the chunk's right edge (see :func:`wrapped_edges`)
TRAILING = ",.!?;:…"
#: marks that may open or close a chunk without changing its units, letter counts or disguise: quotes,
#: round brackets and stars around a word ('"Lớp', "sự):", "(Ngọc", "vib.com.vn.")
OPENING = "\"'“‘*("
CLOSING = TRAILING + "\"'”’*)"


def unwrap(raw: str) -> tuple[str, str, str] | None:
    """``(opening, core, closing)`` of a chunk without spaces that is a core between marks of :data:`OPENING`
    and :data:`CLOSING` ('"Lớp', "vib.com.vn.") whose units are the core's, else None.

    Marks change a core's units in three ways, so such chunks are left to be prepared whole: a currency unit
    "d" counts only before a space, the end or one of ``.,;!)`` ("15.000d," is an amount, "15.000d:" a number
    and a word); a symbol at a word's edge may read as a letter only there ("$hopee" is "shopee", "($hopee"
    not), so the core must begin and end with a letter or digit; and a handle or a link may end in a mark
    ("@abc." is one handle), so a core with "@", "/" or ":" is left whole.
    """
    if " " in raw:
        return None
    opened = raw.lstrip(OPENING)
    core = opened.rstrip(CLOSING)
    if not core or core == raw:
        return None
    opening, closing = raw[:len(raw) - len(opened)], opened[len(core):]
    if (opening and not core[0].isalnum()) or (closing and not core[-1].isalnum()):
        return None
    if "@" in core or "/" in core or ":" in core:  # a handle or a link may take the marks into itself ("@abc.")
        return None
    if closing and core[-1] in "dD" and closing[0] not in D_UNIT_BEFORE:
        return None
    return opening, core, closing


def wrapped_edges(opening: str, core: str, closing: str, core_left: int, core_right: int) -> tuple[int, int]:
    """Edge masks of ``opening + core + closing`` (no space in it, ``core`` not itself disguised), from the
    core's: marks from :data:`OPENING` before it and from :data:`CLOSING` after it.

    Why: "khoản", "khoản," and '"khoản":' are three chunks with the same units, letter counts and length
    but for the marks; only the edges differ, so a variant needs no preparing from scratch. A closing mark
    ends the chunk, so of the tests of :func:`_edges` on the right only the trailing dot's or bracket's can
    apply; an opening mark starts it, so on the left only the defanged dot's or colon's. Without an opening mark
    the left mask is the core's, which may join more neighbours than the chunk's own would ("d" may start an
    amount, "d?" not); that is exact, since processing more of the text as one string is what the
    whole-text path does. Joining fewer would not be.
    """
    if opening:
        left = _OPENS_RIGHT
        if opening[0] in "([{" and _defanged_after(opening + core):
            left |= _OPENS_LEFT
    else:
        left = core_left & ~SINGLE
    if closing:
        right = _OPENS_LEFT | (_TLD if closing[-1] in ".)]}" else 0)
    else:
        right = core_right & ~SINGLE
    return left, right


# a chunk of digits and number punctuation ("1.780.000,", "10/06", "(30-60)"), maybe several glued by spaces
# ("05/12 09:12.", "1903 2281 4450"), or such numbers ending in a digit, a space and one word of letters
# ("3.260.000 đồng", "5 triệu.", "07/12 10:02. So"), or a number with letters attached that make one amount
# ("650k", "2.345.000d."); each may carry a sign ("+2.700.000", "-18.450.000VND"); not "13h", one word whose
# character n-grams hold its digits
_DIGITS = r"[0-9.,:/()%…!?;-]*[0-9][0-9.,:/()%…!?;-]*"
_NUMERIC = re.compile(rf"[+-]?({_DIGITS}(?: {_DIGITS})*)")
_NUMBER_WORD = re.compile(rf"[+-]?((?:{_DIGITS} )*[0-9.,:/-]*[0-9]) [^\W\d_]+[,.!?;:…]*")
_ATTACHED = re.compile(r"[+-]?(([0-9.,]*[0-9])[^\W\d_]+)[,.!?;:…]*")
_ZEROS = str.maketrans("123456789", "000000000")


def number_shape(raw: str) -> str | None:
    """``raw`` with its digits zeroed when their values cannot change its features, else None.

    Why: amounts, dates and account numbers are mostly new chunks, each prepared at full cost,
    yet their features depend on the digits' values only through phone and hotline patterns
    (prefixes such as 09, 84, 1900, and whether a sign comes before them). Without a letter touching a
    digit, nothing else reads a digit's value: a word of digits becomes a placeholder of its length, and
    there are no digits for letters, no link, no e-mail; letters attached to a number are left alone only
    where the two make one amount, whose features are its placeholder. So such a chunk shares the entry of
    its shape ("3.260.000 đồng" that of "0.000.000 đồng"), as a wrapped word does that of the word.
    """
    if raw[:1] not in "0123456789(+-":
        return None
    m = _NUMERIC.fullmatch(raw) or _NUMBER_WORD.fullmatch(raw)
    if m is None:
        attached = _ATTACHED.fullmatch(raw)
        if attached is None or not is_amount(raw, attached.start(1), attached.end(1)):
            return None
        start, end = attached.start(2), attached.end(2)
    else:
        start, end = m.start(1), m.end(1)
    if dials(raw[:end]):
        return None
    shape = raw[:start] + raw[start:end].translate(_ZEROS) + raw[end:]
    return shape if shape != raw else None


# first letters that can start a match of TLD_START / UNIT_START (with their case-insensitive twins
# "İ", "ı", "ſ" and the Kelvin sign; a test checks every code point)
_TLD_INITIALS = frozenset({c for tld in TLDS.split("|") for c in (tld[0], tld[0].upper())}
                          | {"İ", "ı", "ſ", "\u212a"})  # letters whose case-insensitive twin is an initial
_UNIT_INITIALS = frozenset("vđdkntuVĐDKNTU$\u212a")


def word_edges(word: str, text: str) -> tuple[int, int]:
    """:func:`_edges` of a chunk that is one word of letters, ``text`` its finished form: its ends are
    letters, so only the single-letter, dot-word, top-level-domain and currency-unit tests can apply."""
    left, right = _OPENS_RIGHT, _OPENS_LEFT
    if len(word) == 1:
        left |= SINGLE
        right |= SINGLE
    head, tail = word[0], word[-1]
    if head in "dDcC" and _DOT_WORD.match(word):
        left |= _OPENS_LEFT
    if tail in "tTmM" and _DOT_WORD.fullmatch(word):
        right |= _TLD
    if head in _TLD_INITIALS and TLD_START.match(word):
        left |= _TLD
    if text[0] in _UNIT_INITIALS and UNIT_START.match(text):
        left |= _NUMBER
    return left, right


def _defanged_after(plain: str) -> bool:
    """Whether a chunk that opens with a bracket may be the middle of a defanged dot ("abc (.) com", "abc [dot]
    com") or the colon of a defanged scheme ("hxxps [:]//x.top"), the rules that join a bracket to the word
    before it; "Lan (chị" is two chunks."""
    rest = plain[1:].lstrip()
    return not rest or rest[0] in ".:" or _DOT_WORD.match(rest) is not None


def _edges(raw: str, plain: str, text: str) -> tuple[int, int]:
    """Left and right edge masks of a chunk from its raw, undisguised and finished forms.

    Cheap character tests guard each regular expression: most chunks are plain words.
    """
    left, right = _OPENS_RIGHT, _OPENS_LEFT
    first, last = (raw.split(" ", 1)[0], raw.rsplit(" ", 1)[-1]) if " " in raw else (raw, raw)
    if len(first) == 1 and _ONE_LETTER.match(first):
        left |= SINGLE
    if len(last) == 1 and _ONE_LETTER.match(last):
        right |= SINGLE
    head, tail = plain[:1], plain[-1:]
    if (head in (".", ")", "]", "}", "/") or (head in ("(", "[", "{") and _defanged_after(plain))
            or text[:1] in ("@", ":", "：") or (head in "dDcC" and _DOT_WORD.match(plain))):
        left |= _OPENS_LEFT
    if tail in ("(", "[", "{"):
        right |= _OPENS_RIGHT
    elif tail in (".", ")", "]", "}") or (tail in "tTmM" and _DOT_WORD.fullmatch(plain.rsplit(None, 1)[-1])):
        right |= _TLD
    if head in _TLD_INITIALS and TLD_START.match(plain):
        left |= _TLD
    if text[-1:].isdecimal():
        right |= _NUMBER
    if text[:1].isdecimal() or (text[:1] in _UNIT_INITIALS and UNIT_START.match(text)):
        left |= _NUMBER
    return left, right

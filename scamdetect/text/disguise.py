"""Step 3 of normalisation: de-obfuscation.

Letters split by dots, spaces, apostrophes or underscores are joined (``s h o p e e`` -> ``shopee``); marks
sprayed inside words go (``D;a'ng.K,y`` -> ``Dang Ky``); defanged links are rejoined (``abc(.)com``,
``shopee . vn``, ``hxxp``); digits and symbols inside words become letters (``kh0a`` -> ``khoa``).

Each rule is written once, in :data:`RULES`, as a function from a text to its *edits* (spans to replace and
their replacements), with a cheap test that skips it on most texts. The same edits are applied to plain text
on the scoring fast path (:func:`undisguise`) and to the offset-tracking character lists of
:func:`scamdetect.text.normalize` (:func:`undisguise_chars`), so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["TLDS", "TLD_START", "RULES", "undisguise", "undisguise_chars", "replace_leet", "DEFANGED_DOT",
           "DEFANGED_SCHEME", "DEFANGED_COLON", "LEET"]

#: ``(start, end, replacement)``: ``text[start:end]`` becomes ``replacement``, whose characters all map to
#: that span of the original
Edit = tuple[int, int, str]


# Letters split by one repeated separator: "s h o p e e" (4+ letters), "V.N.e.I.D" (3+ letters).
_SPLIT_SPACE_RE = re.compile(r"(?<![^\W_])[^\W\d_](?: [^\W\d_]){3,}(?![^\W_])")
_SPLIT_MARK_RE = re.compile(r"(?<![^\W_])[^\W\d_]([.'_,\-*·•])[^\W\d_](?:\1[^\W\d_])+(?![^\W_])")

# Punctuation sprayed inside words to dodge filters: "D;a'ng.K,y", "n:h'a;n". A run of letter groups joined by
# single marks (no spaces) with at least two marks, a one-letter group, at least half the groups of one or two
# letters, and not a domain or a
# path ("shopee.vn", "t.me/abc" stay). A mark before a capital after a small letter stood between two words
# and becomes a space ("D;a'ng.K,y" -> "Dang Ky"); the others go. One character for one, or none: offsets stay.
_INNER_MARKS = ".,;:'\"_~*^`|"
# A group is letters, possibly with digits or symbols for letters inside it ("A0A"): those become letters later
# (replace_leet), and a run must be recognised before as after, or normalising twice would change the text again.
_GROUP = r"[^\W\d_]+(?:(?:[013457$!€]|@(?![\w-]*\.[A-Za-z])){1,2}[^\W\d_]+)*"
_INNER_RUN_RE = re.compile(r"(?<![\w/@.:%=&?#-])" + _GROUP + r"(?:[" + re.escape(_INNER_MARKS) + r"]" + _GROUP + r"){2,}"
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


# Digits and symbols that stand for letters inside a word (kh0a, t!en), at most two in a row;
# a leading "$" before letters ($hopee); and a leading digit or "|" before two letters in a word that also has
# one inside ("7hu0ng"). Without that, a leading digit is a number's ("5tr", "7h", "4G", "1h30", "3G4B"): kept.
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
                       "|": "l", "€": "e"})
# "@" is a letter only when it is not an e-mail's or handle's "@" (abc@gmail.com keeps it)
_LEET_RE = re.compile(r"(?<=[^\W\d_])(?:[013457$!|€]|@(?![\w-]*\.[A-Za-z])){1,2}(?=[^\W\d_])|(?<!\S)\$(?=[^\W\d_])"
                      r"|(?<![\w$@|€!])[013457|](?=[^\W\d_]{2,}(?:[013457$!|€]{1,2}[^\W\d_]+)+(?![^\W_]))")


# a leet character right after a letter, or any "$": necessary for _LEET_RE, and led by a small
# character set, which the regex engine scans for quickly
_LEET_HINT = re.compile(r"[013457$!|€@](?<=[^\W\d_][013457$!|€@])|\$")


def replace_leet(text: str) -> str:
    """Digits/symbols flanked by letters inside one word become letters (kh0a, t!en); length is kept."""
    if not _LEET_HINT.search(text):
        return text
    return _LEET_RE.sub(lambda m: m.group().translate(LEET), text)


#: The one list of top-level domains: links are found (scamdetect.signals.indicators) and spaced or defanged
#: dots rejoined (here) before the same names.
TLDS = ("com|vn|net|org|info|top|xyz|icu|vip|cc|life|cfd|bid|tech|online|site|click|shop|asia|me|ly|io|co|gov|"
        "edu|biz|pro|live|fun|club|win|bet|app|link|store|cyou|sbs|buzz|ink|gd|at|us|uk|ru|cn|tk|ml|ga|cf|gq|pw|"
        "work|support|services|monster|rest|quest|lol|website|space|today|world|cloud|dev|page|gl|ee|to|tv|ai|"
        "so|id|sh|plus|one")
# TLDs that are no Vietnamese word typed without diacritics (not "co", "me", "to", "ly", "com" = cơm): only
# these rejoin after "word. " -- elsewhere a sentence that ends before one would become a link
_STRICT_TLDS = "vn|net|org|top|xyz|icu|vip|cfd|bid|tk|ml|ga|cf|gq|pw|cyou|sbs|buzz|online|site|click|asia|info"
# A spaced TLD is lower or upper case: a capitalised word after " . " starts a sentence ("com . Me oi").
_SPACED_TLD = f"(?:(?:{TLDS})|(?:{TLDS.upper()}))"
# defanged or spaced dots before a top-level domain: "abc(.)com", "abc [.] vn", "shopee . vn", "abc dot com",
# "abc. top"
DEFANGED_DOT = re.compile(r"(?<=[A-Za-z0-9])(?:"
                          rf"\s*[\(\[\{{]\s*(?i:\.|dot|chấm)\s*[\)\]\}}]\s*(?=(?i:{TLDS})\b)"
                          rf"|(?:\s+\.\s*|\s+(?:dot|chấm|DOT|CHẤM)\s+)(?={_SPACED_TLD}\b)"
                          rf"|\.\s+(?=(?:{_STRICT_TLDS})\b))")
#: a top-level domain at the very start: after a dot and a space, "undisguise" would join the two
TLD_START = re.compile(rf"(?:{TLDS})\b", re.IGNORECASE)
DEFANGED_SCHEME = re.compile(r"\bhxxp(?=s?\s*(?:\[:\]|:)\s*//)", re.IGNORECASE)
DEFANGED_COLON = re.compile(r"(?<=http)\[:\]|(?<=https)\[:\]", re.IGNORECASE)


# Cheap tests for the rules, so most texts skip them. Each must match wherever its rule would change the
# text; patterns that start with a literal or a small set of characters scan fast.
_SPRAY_HINT = re.compile(r"[^\W\d_][" + re.escape(_INNER_MARKS) + r"][^\W\d_]")
_SPLIT_HINT = re.compile(r"(?<![^\W_])[^\W\d_][ .'_,\-*·•][^\W\d_](?![^\W_])")
_DEFANG_HINT = re.compile(r"[\(\[\{](?=\s*(?:\.|dot|chấm))|\.\s+(?=(?:" + TLDS + r")\b)"
                          r"|\s\.\s*(?=(?:" + TLDS + r")\b)|\s(?:dot|chấm)\s", re.IGNORECASE)


def _joined_letters(pattern: re.Pattern[str]) -> Callable[[str], list[Edit]]:
    """The separators between split letters go: every second character of a match."""
    def edits(text: str) -> list[Edit]:
        return [(k, k + 1, "") for m in pattern.finditer(text) for k in range(m.start() + 1, m.end(), 2)]
    return edits


def _unsprayed(text: str) -> list[Edit]:
    """Each mark of a sprayed run goes, or becomes a space between two words."""
    return [(m.start() + k, m.start() + k + 1, repl) for m in _INNER_RUN_RE.finditer(text)
            for k, repl in _inner_run_edits(m.group()) or ()]


def _replaced(pattern: re.Pattern[str], replacement: str) -> Callable[[str], list[Edit]]:
    """Each (non-empty) match becomes ``replacement``."""
    def edits(text: str) -> list[Edit]:
        return [(m.start(), m.end(), replacement) for m in pattern.finditer(text) if m.end() > m.start()]
    return edits


#: The de-obfuscation rules, in the order they run: (necessary test, the rules it guards). Split letters joined
#: (spaces, then repeated marks), sprayed marks removed, defanged or spaced dots, schemes and colons rejoined.
RULES: tuple[tuple[Callable[[str], object], tuple[Callable[[str], list[Edit]], ...]], ...] = (
    (_SPLIT_HINT.search, (_joined_letters(_SPLIT_SPACE_RE), _joined_letters(_SPLIT_MARK_RE))),
    (_SPRAY_HINT.search, (_unsprayed,)),
    (_DEFANG_HINT.search, (_replaced(DEFANGED_DOT, "."),)),
    (lambda text: "hxxp" in text.lower(), (_replaced(DEFANGED_SCHEME, "http"),)),
    (lambda text: "[:]" in text, (_replaced(DEFANGED_COLON, ":"),)),
)


def undisguise(text: str) -> str:
    """The rules applied to plain text (folded, offsets not needed): the scoring fast path."""
    if text.isalpha():  # a word of letters, the commonest chunk: nothing split, no dot, no link
        return text
    for applies, rules in RULES:
        if not applies(text):
            continue
        for edits in rules:
            found = edits(text)
            if found:
                pieces, last = [], 0
                for start, end, replacement in found:
                    pieces += (text[last:start], replacement)
                    last = end
                pieces.append(text[last:])
                text = "".join(pieces)
    return text


def undisguise_chars(chars: list[str], starts: list[int], ends: list[int]) -> None:
    """The rules applied in place to the offset-tracking lists of :func:`scamdetect.text.normalize`."""
    for applies, rules in RULES:
        if not applies("".join(chars)):
            continue
        for edits in rules:
            found = edits("".join(chars))
            if not found:
                continue
            new_chars: list[str] = []
            new_starts: list[int] = []
            new_ends: list[int] = []
            last = 0
            for start, end, replacement in found:
                new_chars += chars[last:start]
                new_starts += starts[last:start]
                new_ends += ends[last:start]
                new_chars += replacement
                new_starts += [starts[start]] * len(replacement)
                new_ends += [ends[end - 1]] * len(replacement)
                last = end
            new_chars += chars[last:]
            new_starts += starts[last:]
            new_ends += ends[last:]
            chars[:], starts[:], ends[:] = new_chars, new_starts, new_ends

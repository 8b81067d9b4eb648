"""Features of the default model: words, word pairs, character n-grams and indicator flags.

Works on normalised text. Entities become placeholders (``__url__``,
``__phone__``, ``__amount__`` ...) so the model learns "a link to a look-alike
domain" rather than one particular link. Every word is seen twice, with and
without diacritics, and as character n-grams, so a message typed without
diacritics or with a typo still meets familiar features. Each feature keeps
the span of normalised text it came from, which is what makes the default
model's explanations exact.

Example:
    >>> feats = [f for f, _, _ in analyze("Nhận quà tại bit.ly/abc")]
    >>> [f for f in feats if not f.startswith("c:")]
    ['w:nhận', 'f:nhan', 'w:quà', 'f:qua', 'b:nhan qua', 'w:tại', 'f:tai', 'b:qua tai', '__url__', 'b:tai __url__', '__shortener__', 'u:bit', 'u:ly', '__tld:ly__', '__n_words:4-8__']
"""

from __future__ import annotations

import re
import unicodedata

from .domains import domain_info
from .indicators import scan
from .normalize import strip_diacritics

__all__ = ["analyze", "FEATURIZER_VERSION"]

#: bump when features change; stored in the model manifest
FEATURIZER_VERSION = 1

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_CHAR_NGRAMS = (3, 4, 5)
_PLACEHOLDER = {"email": "__email__", "handle": "__handle__", "phone": "__phone__", "hotline": "__hotline__",
                "amount": "__amount__"}


def _number_placeholder(digits: str) -> str:
    n = len(digits)
    return "__num_short__" if n <= 4 else "__num_code__" if n <= 8 else "__num_long__"


def _url_features(url: str) -> list[str]:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0].split("?")[0].split(":")[0]
    info = domain_info(host)
    feats = []
    if info.official:
        feats.append("__official_url__")
    if info.lookalike_of:
        feats.append("__lookalike__")
    if info.shortener:
        feats.append("__shortener__")
    if info.free_hosting:
        feats.append("__free_hosting__")
    if info.cheap_tld:
        feats.append("__cheap_tld__")
    if not (info.official or info.shortener):
        feats.append("__unknown_domain__")
    feats += ["u:" + part for part in re.split(r"[.\-]", info.domain) if len(part) >= 2 and not part.isdigit()][:6]
    feats.append("__tld:" + info.domain.rsplit(".", 1)[-1] + "__")
    return feats


def _has_diacritics(text: str) -> bool:
    return any(ch in "đĐ" or (ord(ch) > 127 and unicodedata.normalize("NFD", ch) != ch) for ch in text)


def analyze(text: str, salt_tail: str | None = None) -> list[tuple[str, int, int]]:
    """``(feature, start, end)`` triples for normalised ``text``; spans index ``text``.

    Document-level features carry the span ``(0, 0)``.
    """
    lower = text.lower()
    flat = strip_diacritics(lower)
    out: list[tuple[str, int, int]] = []
    tokens: list[tuple[str, int, int]] = []  # (flat surface or placeholder, start, end)

    def words(start: int, end: int) -> None:
        for m in _WORD_RE.finditer(lower, start, end):
            s, e = m.start(), m.end()
            word, fword = m.group(), flat[s:e]
            if fword.isdigit():
                placeholder = _number_placeholder(fword)
                out.append((placeholder, s, e))
                tokens.append((placeholder, s, e))
                continue
            out.append(("w:" + word, s, e))
            out.append(("f:" + fword, s, e))
            if tokens:
                out.append(("b:" + tokens[-1][0] + " " + fword, tokens[-1][1], e))
            tokens.append((fword, s, e))
            if len(fword) >= 2:
                padded = " " + fword + " "
                for n in _CHAR_NGRAMS:
                    for k in range(len(padded) - n + 1):
                        out.append(("c:" + padded[k:k + n], s, e))

    cursor = 0
    for entity in scan(text):
        words(cursor, entity.start)
        s, e = entity.start, entity.end
        if entity.kind == "url":
            placeholder = "__url__"
        elif entity.kind == "number":
            placeholder = _number_placeholder(entity.text)
        else:
            placeholder = _PLACEHOLDER[entity.kind]
        out.append((placeholder, s, e))
        if tokens:
            out.append(("b:" + tokens[-1][0] + " " + placeholder, tokens[-1][1], e))
        tokens.append((placeholder, s, e))
        if entity.kind == "url":
            out.extend((feat, s, e) for feat in _url_features(entity.text))
        cursor = e
    words(cursor, len(text))

    n_words = len(tokens)
    bucket = "1-3" if n_words <= 3 else "4-8" if n_words <= 8 else "9-20" if n_words <= 20 else \
        "21-60" if n_words <= 60 else "61+"
    out.append((f"__n_words:{bucket}__", 0, 0))
    if salt_tail:
        out.append(("__salt_tail__", 0, 0))
    letters = sum(ch.isalpha() for ch in text)
    if letters >= 20 and not _has_diacritics(text):
        out.append(("__no_diacritics__", 0, 0))
    if letters >= 20 and sum(ch.isupper() for ch in text) > 0.6 * letters:
        out.append(("__mostly_caps__", 0, 0))
    return out

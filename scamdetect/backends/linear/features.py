"""Features of the default model: words, word pairs, character n-grams and indicator flags.

Works on normalised text. Entities become placeholders (``__url__``,
``__phone__``, ``__amount__`` ...) so the model learns "a link to a look-alike
domain" rather than one particular link. Every word is seen twice, with and
without diacritics, and as character n-grams, so a message typed without
diacritics or with a typo still meets familiar features.

The text is first cut into :func:`tokens`; each token has a *unit* whose
features never depend on context (a word, or an entity), which lets the scoring
path cache them, and a *key* used for word pairs. :func:`analyze` lists every
feature with the span it came from, which makes the default model's
explanations exact; the scoring path produces the same multiset of features.

Example:
    >>> feats = [f for f, _, _ in analyze("Nhận quà tại bit.ly/abc")]
    >>> [f for f in feats if not f.startswith("c:")]
    ['w:nhận', 'f:nhan', 'w:quà', 'f:qua', 'b:nhan qua', 'w:tại', 'f:tai', 'b:qua tai', '__url__', '__shortener__', 'u:bit', 'u:ly', '__tld:ly__', 'b:tai __url__', '__n_words:4-8__']
"""

from __future__ import annotations

import re
import unicodedata

from ..._cache import bounded_cache
from ...signals.domains import domain_info, redirect_target, url_host
from ...signals.indicators import scan
from ...text import strip_diacritics

__all__ = ["PAIR_PREFIX", "Token", "tokens", "units", "unit_key", "unit_features", "doc_features", "format_features",
           "text_counts", "analyze", "FEATURIZER_VERSION"]

#: bump when features change; stored in the model manifest
FEATURIZER_VERSION = 3

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_CHAR_NGRAMS = (3, 4, 5)
_PLACEHOLDER = {"email": "__email__", "handle": "__handle__", "phone": "__phone__", "hotline": "__hotline__",
                "amount": "__amount__", "url": "__url__"}
_ENTITY_MARK = "\x00"
#: the prefix of word-pair features: ``PAIR_PREFIX + key + " " + next key``
PAIR_PREFIX = "b:"
#: longer units (junk, or a link with a long path) are featurised every time they are seen, never cached
MAX_CACHED_UNIT = 64


#: ``(key, start, end, unit)``: ``key`` is what word pairs are made of (the diacritic-free word, or a
#: placeholder), ``start``/``end`` the span in the normalised text, ``unit`` what the token's own features
#: depend on (the cache key). Plain tuples: they are made for every word of every message.
Token = tuple[str, int, int, str]


def _number_placeholder(digits: str) -> str:
    n = len(digits)
    return "__num_short__" if n <= 4 else "__num_code__" if n <= 8 else "__num_long__"


def _url_features(url: str) -> list[str]:
    info = domain_info(url_host(url))
    feats = ["__redirect__"] if "=" in url and redirect_target(url) else []
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


@bounded_cache(maxsize=20_000, max_len=MAX_CACHED_UNIT)
def unit_features(unit: str) -> tuple[str, ...]:
    """The features of one token, independent of its neighbours."""
    if unit.startswith(_ENTITY_MARK):
        _, kind, raw = unit.split(_ENTITY_MARK, 2)
        if kind == "number":
            return (_number_placeholder(raw),)
        placeholder = _PLACEHOLDER[kind]
        return (placeholder, *_url_features(raw)) if kind == "url" else (placeholder,)
    flat = strip_diacritics(unit)
    if flat.isdigit():
        return (_number_placeholder(flat),)
    feats = ["w:" + unit, "f:" + flat]
    if len(flat) >= 2:
        padded = " " + flat + " "
        feats += ["c:" + padded[k:k + n] for n in _CHAR_NGRAMS for k in range(len(padded) - n + 1)]
    return tuple(feats)


@bounded_cache(maxsize=20_000, max_len=MAX_CACHED_UNIT)
def unit_key(unit: str) -> str:
    """What word pairs are made of: the diacritic-free word, or the entity's placeholder."""
    if unit.startswith(_ENTITY_MARK):
        _, kind, raw = unit.split(_ENTITY_MARK, 2)
        return _number_placeholder(raw) if kind == "number" else _PLACEHOLDER[kind]
    flat = strip_diacritics(unit)
    return _number_placeholder(flat) if flat.isdigit() else flat


def entity_unit(kind: str, raw: str) -> str:
    return f"{_ENTITY_MARK}{kind}{_ENTITY_MARK}{raw}"


def _lower(text: str) -> str:
    """Lower case, one character for one: word positions in it must be positions in ``text``."""
    lower = text.lower()
    # "İ" is the one character whose lower case is two ("i" and a combining dot)
    return lower if len(lower) == len(text) else text.replace("İ", "i").lower()


def tokens(text: str) -> list[Token]:
    """Tokens of normalised ``text``: entities (one token each) and words, in order."""
    lower = _lower(text)
    out: list[Token] = []
    cursor = 0
    for entity in [*scan(text), None]:
        stop = len(text) if entity is None else entity.start
        for m in _WORD_RE.finditer(lower, cursor, stop):
            word = m.group()
            out.append((unit_key(word), m.start(), m.end(), word))
        if entity is not None:
            unit = entity_unit(entity.kind, entity.text)
            out.append((unit_key(unit), entity.start, entity.end, unit))
            cursor = entity.end
    return out


def units(text: str) -> list[str]:
    """Just the units of :func:`tokens`, in order: the scoring fast path (no spans, no tuples)."""
    lower = _lower(text)
    if text.isalpha():  # one word of letters, the commonest chunk: no entity, and one word
        return [lower]
    out: list[str] = []
    cursor = 0
    for entity in scan(text):
        out.extend(_WORD_RE.findall(lower, cursor, entity.start))
        out.append(entity_unit(entity.kind, entity.text))
        cursor = entity.end
    out.extend(_WORD_RE.findall(lower, cursor))
    return out


_DIACRITIC_RE = re.compile("[" + "".join(sorted(
    {chr(c) for c in range(0xC0, 0x1FFF) if chr(c).isalpha() and unicodedata.normalize("NFD", chr(c)) != chr(c)}
    | set("đĐ"))) + "]")


def text_counts(text: str) -> tuple[int, int, bool]:
    """``(letters, upper-case letters, has a Vietnamese diacritic)``: what the message-level features read."""
    if text.isalpha():  # one word, the commonest chunk: C-level tests spare two passes
        uppers = 0 if text.islower() else sum(map(str.isupper, text))
        return len(text), uppers, not text.isascii() and _DIACRITIC_RE.search(text) is not None
    return sum(map(str.isalpha, text)), sum(map(str.isupper, text)), _DIACRITIC_RE.search(text) is not None


#: message-level rules, shared with the batch scoring path (scamdetect.chunk_table), which applies them
#: with numpy: word-count buckets (upper bound of each but the last), and the minimum characters and
#: letters, and the share of capitals, for "no diacritics" and "mostly caps"
WORD_BUCKETS = ((3, "1-3"), (8, "4-8"), (20, "9-20"), (60, "21-60"), (None, "61+"))
MIN_CHARS = MIN_LETTERS = 20
CAPS_SHARE = 0.6


# Brandname-format evidence. Real brandname SMS tag themselves ("[QC]", "(TB)") and take replies on a short
# code ("Soan DK ST90 gui 191", and the opt-out line "Tu choi QC soan TC gui 199"), which a scammer's SIM farm
# cannot serve; scammers copy the tags more often than the short codes, and the model learns how much each is
# worth. Read on the message as written (cut to the model's max_chars), not the normalised text: both scoring
# paths then see the same string. A pattern may come with substring hints that any match contains: a C-level
# test spares most messages the regular expression.
_BRAND_TAG = re.compile(r"[\[(]\s*(?:qc|tb|tbao|km|thông báo|thong bao|quảng cáo|quang cao)\s*[\])]", re.IGNORECASE)
# the reply keyword is a code in capitals ("TC", "DK ST90"), which tells "soạn TC gửi 199" from "nhắn tin cho
# mình gửi 200 cái"
_SHORT_CODE = re.compile(r"(?<!\w)[sSnN](?:oạn|oan|OẠN|OAN|hắn|han|HẮN|HAN)\s+(?:(?i:tin)\s+)?[A-Z0-9][A-Z0-9_]{0,11}"
                         r"(?: [A-Z0-9][A-Z0-9_]{0,11})?\s+(?i:gửi|gui)\s+\d{3,5}(?![\d.,]*\d)")
# The opposite evidence: a phone number typed one digit at a time ("0 9 4 8 . 3 1 5 . 2 0 6") so that filters
# miss it. No sender with a brandname, and nobody texting a friend, writes a number that way; disguised spam
# does. Nine digits in a row, each alone between separators (an OTP of six, "1.000.000" or "0948 315 206" are
# not); no lookarounds, which would triple the cost of a scan that every message pays.
_SPACED_DIGITS = re.compile(r"[0-9](?:(?: ?[.,_~-] ?| )[0-9]){8}")
#: ``(feature, hints, pattern)``: the feature is present where one hint is in the text (any text when ``hints``
#: is empty) and the pattern matches
FORMAT_FEATURES = (("__brand_tag__", ("[", "("), _BRAND_TAG),
                   ("__short_code__", ("gui", "gửi", "Gui", "Gửi", "GUI", "GỬI"), _SHORT_CODE),
                   ("__spaced_digits__", (), _SPACED_DIGITS))


def has_format(text: str, hints: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether ``text`` shows one written form of :data:`FORMAT_FEATURES`."""
    return (not hints or any(hint in text for hint in hints)) and pattern.search(text) is not None


def format_features(original: str) -> list[str]:
    """Evidence in the form of the message as written: a ``[QC]``/``(TB)`` tag or a short-code reply, as
    brandname senders write, or a phone number typed digit by digit, as disguised spam does.

    Example:
        >>> format_features("[QC] Tang 20% the nap. Tu choi QC soan TC gui 199")
        ['__brand_tag__', '__short_code__']
        >>> format_features("Vay nhanh 1h, LH 0 9 4 8 . 3 1 5 . 2 0 6")
        ['__spaced_digits__']
    """
    return [feature for feature, hints, pattern in FORMAT_FEATURES if has_format(original, hints, pattern)]


def doc_features(text: str, salt_tail: str | None, n_tokens: int, original: str | None = None) -> list[str]:
    """Message-level features: length bucket, salt tail, no diacritics, shouting, the form of the text as written.

    ``original`` is the message as written, cut to the model's ``max_chars`` (``text`` when omitted).
    """
    bucket = next(name for limit, name in WORD_BUCKETS if limit is None or n_tokens <= limit)
    feats = [f"__n_words:{bucket}__", *format_features(text if original is None else original)]
    if salt_tail:
        feats.append("__salt_tail__")
    if len(text) >= MIN_CHARS:
        letters, uppers, diacritics = text_counts(text)
        if letters >= MIN_LETTERS:
            if not diacritics:
                feats.append("__no_diacritics__")
            if uppers > CAPS_SHARE * letters:
                feats.append("__mostly_caps__")
    return feats


def analyze(text: str, salt_tail: str | None = None, original: str | None = None) -> list[tuple[str, int, int]]:
    """``(feature, start, end)`` triples for normalised ``text``; spans index ``text``.

    ``original`` is the message as written, cut to the model's ``max_chars``, which the written-form features
    read (``text`` when omitted). Message-level features carry the span ``(0, 0)``.
    """
    out: list[tuple[str, int, int]] = []
    toks = tokens(text)
    previous: tuple[str, int] | None = None
    for key, start, end, unit in toks:
        out.extend((feature, start, end) for feature in unit_features(unit))
        if previous is not None:
            out.append((PAIR_PREFIX + previous[0] + " " + key, previous[1], end))
        previous = (key, start)
    out.extend((feature, 0, 0) for feature in doc_features(text, salt_tail, len(toks), original))
    return out

"""Explanation spans a person can read: whole words and phrases instead of syllables.

A model's raw evidence comes one piece at a time: one Vietnamese syllable (``công``, ``an``), part of an
obfuscated word, or a run of words. :func:`readable_spans` turns it into what a reader expects to see
highlighted, without moving any span off the ORIGINAL text (``text[span.start:span.end] == span.text``):

1. **Whole words.** Each span is trimmed of edge whitespace and widened until it neither starts nor ends
   inside a word (:func:`inside_word`): ``kh`` of ``kh0a`` becomes ``kh0a``. Spans that then overlap are
   one span, their weights added.
2. **Phrases.** Neighbouring notable spans that push the same way, with nothing but spaces between them,
   become one phrase whose weight is their sum: ``công`` + ``an`` → ``công an``; ``tài`` + ``khoản`` +
   ``tạm`` + ``giữ`` → ``tài khoản tạm giữ``. A phrase never crosses punctuation or a line break, and holds
   at most :data:`MAX_PHRASE_WORDS` words (a longer run is cut around its weakest word). "Notable" means a weight of at least :data:`NOTABLE` of the
   text's strongest, so a long run of faint evidence is not glued into one sentence-long span. A notable word
   left on its own is paired with the stronger of its neighbours that pushes the same way faintly (at least
   :data:`FAINT` of the strongest): the model often weighs one syllable of a two-syllable word, and
   ``Công`` 0.1 + ``an`` 1.2 reads as ``Công an``, not ``an``.
3. **Once each.** The same surface text (case and spacing aside) is listed once, where it pulls hardest,
   with the weights of all its occurrences added.
4. **The strongest few.** At most ``limit`` spans, by absolute weight, returned in text order.

Pure: no model, no state; the classifier calls it where it builds an :class:`~scamdetect.Explanation`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..types import Span

__all__ = ["readable_spans", "inside_word", "DEFAULT_LIMIT", "MAX_PHRASE_WORDS", "NOTABLE", "FAINT"]

#: at most this many spans per explanation
DEFAULT_LIMIT = 8
#: a phrase holds at most this many words (Vietnamese syllables)
MAX_PHRASE_WORDS = 5
#: only neighbours with at least this share of the text's strongest absolute weight are joined into phrases
NOTABLE = 0.2
#: a notable word standing alone is paired with a same-sign neighbour of at least this share (step 2b)
FAINT = 0.05

_WORD_CATEGORIES = frozenset({"Mn", "Mc", "Me", "Cf", "Pc"})  # combining marks, zero-width characters, "_"
_GAP = re.compile(r"[ \t\u00a0\u202f]*")  # what may separate two words of one phrase


def _word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) in _WORD_CATEGORIES


def inside_word(text: str, position: int) -> bool:
    """True when a cut at ``position`` would split a word of ``text``.

    A word is a run of letters, digits, combining marks and zero-width characters (so ``kh0a``,
    ``Vіetcombаnk`` and decomposed ``công`` are each one word), and a dot or comma between two digits
    belongs to its number (``5.000.000``).
    """
    if position <= 0 or position >= len(text):
        return False
    before, after = text[position - 1], text[position]
    if before.isspace() or after.isspace():  # the usual case, answered cheaply
        return False
    if _word_char(before) and _word_char(after):
        return True
    if after in ".," and before.isdigit() and position + 1 < len(text) and text[position + 1].isdigit():
        return True
    return before in ".," and after.isdigit() and position >= 2 and text[position - 2].isdigit()


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while inside_word(text, start):
        start -= 1
    while inside_word(text, end):
        end += 1
    return start, end


def _claimed(text: str, phrases: list[list], alive: list[bool], j: int, k: int, bar: float) -> bool:
    """Whether faint word ``j`` could as well be the partner of the notable single word beyond it (not ``k``):
    then which word it belongs to is a guess, and it is left alone ("vào tài khoản": "tài" goes neither with
    a strong "vào" nor with a strong "khoản")."""
    m = j - 1 if j < k else j + 1
    if not (0 <= m < len(phrases) and alive[m]):
        return False
    other, word = phrases[m], phrases[j]
    left, right = (other, word) if m < j else (word, other)
    return (other[3] == 1 and abs(other[2]) >= bar and other[2] * word[2] > 0
            and _GAP.fullmatch(text, left[1], right[0]) is not None)


def _phrase(words: list[list]) -> list:
    return [words[0][0], words[-1][1], sum(word[2] for word in words), sum(word[3] for word in words)]


def _split(run: list[list]) -> list[list]:
    """Phrases ``[start, end, weight, words]`` of a run of words, none over MAX_PHRASE_WORDS words if it can be
    helped: a longer run is cut around its weakest word ("nop phi | 500k | de nhan qua"). A very long run (a
    hostile text repeating one strong word) is cut into consecutive pieces instead, which costs linear time."""
    if len(run) == 1:
        return run
    if len(run) > 8 * MAX_PHRASE_WORDS:
        out, piece, size = [], [], 0
        for word in run:
            if piece and size + word[3] > MAX_PHRASE_WORDS:
                out.append(_phrase(piece))
                piece, size = [], 0
            piece.append(word)
            size += word[3]
        return out + [_phrase(piece)]
    out, todo = [], [(0, len(run))]
    while todo:
        lo, hi = todo.pop()
        if hi - lo == 1 or sum(word[3] for word in run[lo:hi]) <= MAX_PHRASE_WORDS:
            out.append(_phrase(run[lo:hi]))
            continue
        weakest = min(range(lo, hi), key=lambda k: abs(run[k][2]))
        out.append(_phrase(run[weakest:weakest + 1]))
        todo += [(a, b) for a, b in ((lo, weakest), (weakest + 1, hi)) if a < b]
    return sorted(out)


def _key(surface: str) -> str:
    return " ".join(surface.casefold().split())


def readable_spans(text: str, spans: Iterable[Span | tuple[int, int, float]], limit: int = DEFAULT_LIMIT,
                   digits: int = 4) -> tuple[Span, ...]:
    """Whole-word, merged, de-duplicated spans of ``text``, the ``limit`` strongest, in text order.

    ``spans`` are :class:`~scamdetect.Span` objects or ``(start, end, weight)`` tuples over ``text``, in any
    order; weights are signed (positive pushes toward the predicted label). Weights in the result are
    rounded to ``digits`` decimals; a span whose weight sums to zero is dropped.

    >>> text = "Công an thông báo tài khoản tạm giữ"
    >>> raw = [(0, 4, 0.3), (5, 7, 0.2), (8, 13, -0.01), (18, 21, 0.1), (22, 27, 0.2), (28, 31, 0.1), (32, 35, 0.2)]
    >>> [(s.text, s.weight) for s in readable_spans(text, raw)]
    [('Công an', 0.5), ('thông', -0.01), ('tài khoản tạm giữ', 0.6)]
    """
    if limit <= 0:
        return ()
    # 1. whole words; overlapping spans become one
    widened: list[list] = []
    for item in spans:
        start, end, weight = (item.start, item.end, item.weight) if isinstance(item, Span) else item
        start, end = _whole_words(text, int(start), int(end))
        if start < end and weight == weight:  # NaN weights carry no evidence
            widened.append([start, end, float(weight)])
    if not widened:
        return ()
    widened.sort(key=lambda s: (s[0], s[1]))
    words: list[list] = [widened[0]]
    for span in widened[1:]:
        last = words[-1]
        if span[0] < last[1]:
            last[1] = max(last[1], span[1])
            last[2] += span[2]
        else:
            words.append(span)
    # 2. phrases: runs of notable neighbours of one sign, separated by spaces only; a run of more than
    # MAX_PHRASE_WORDS words is split around its weakest word (which then stands alone).
    bar = NOTABLE * max(abs(s[2]) for s in words)
    runs: list[list[list]] = []
    for start, end, weight in words:
        piece = text[start:end]
        word = [start, end, weight, len(piece.split()) if " " in piece or not piece.isalnum() else 1]
        last = runs[-1][-1] if runs else None
        if (last is not None and weight * last[2] > 0 and min(abs(weight), abs(last[2])) >= bar
                and _GAP.fullmatch(text, last[1], start)):
            runs[-1].append(word)
        else:
            runs.append([word])
    # a phrase is [start, end, weight, words]
    phrases: list[list] = [phrase for run in runs for phrase in _split(run)]
    # 2b. a notable word left on its own takes a partner: the stronger of its two neighbours that pushes the
    # same way, is faint (not notable: notable ones were joined above) but not negligible, and is one word
    # too. Most Vietnamese words have two syllables, and the model often puts its weight on one of them:
    # "an" (strong) next to "Công" (faint) is shown as "Công an", not "an".
    floor = FAINT * max(abs(s[2]) for s in words)
    alive = [True] * len(phrases)
    lone = [k for k, phrase in enumerate(phrases) if phrase[3] == 1 and abs(phrase[2]) >= bar > 0]
    for k in sorted(lone, key=lambda k: -abs(phrases[k][2])):
        anchor = phrases[k]
        partners = []
        for j in (k - 1, k + 1):
            if not (0 <= j < len(phrases) and alive[j]):
                continue
            other = phrases[j]
            left, right = (other, anchor) if j < k else (anchor, other)
            if (other[3] == 1 and floor <= abs(other[2]) < bar and other[2] * anchor[2] > 0
                    and _GAP.fullmatch(text, left[1], right[0]) and not _claimed(text, phrases, alive, j, k, bar)):
                partners.append(j)
        if partners:
            j = max(partners, key=lambda j: abs(phrases[j][2]))
            other = phrases[j]
            anchor[0], anchor[1] = min(anchor[0], other[0]), max(anchor[1], other[1])
            anchor[2], anchor[3] = anchor[2] + other[2], 2
            alive[j] = False
    phrases = [phrase for phrase, keep in zip(phrases, alive) if keep]
    # 3. the same surface text once, where it pulls hardest, carrying every occurrence's weight
    best: dict[str, list] = {}
    totals: dict[str, float] = {}
    for span in phrases:
        key = _key(text[span[0]:span[1]])
        totals[key] = totals.get(key, 0.0) + span[2]
        if key not in best or abs(span[2]) > abs(best[key][2]):
            best[key] = span
    kept = [(span[0], span[1], round(totals[key], digits)) for key, span in best.items()]
    kept = [span for span in kept if span[2] != 0.0]
    # 4. the strongest few, in text order
    kept.sort(key=lambda s: (-abs(s[2]), s[0]))
    return tuple(Span(s, e, text[s:e], w) for s, e, w in sorted(kept[:limit]))


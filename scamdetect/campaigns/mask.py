"""Masking: a scam message reduced to its template, so that its variants read the same.

:func:`mask` runs the library's own normalisation (:func:`scamdetect.text.normalize_text`:
homoglyphs, ``kh0a``, ``s h o p e e``, defanged links, the random salt tail), finds entities
with :func:`scamdetect.signals.indicators.scan`, and then replaces what changes from one copy of a
campaign to the next:

* links, e-mails and handles -> ``<url>``, ``<email>``, ``<handle>``; phone numbers and
  hotlines -> ``<phone>``; amounts (``5tr``, ``2.345.000đ``) -> ``<amt>``; long numbers
  (accounts, order ids) -> ``<num>``;
* personal names: a Vietnamese family name followed by capitalised words (``Nguyễn Văn An``),
  a capitalised name after a form of address (``chị Lan``, ``anh Tuấn``) and an upper-case
  name after an account-holder word (``CTK: TRAN THI B``) -> ``<name>``;
* every other digit -> ``0`` (``17h`` and ``19/12`` become ``0h``, ``0/0``), and a word mixing
  letters and digits (a code, ``MA-X7K2Q``) or an upper-case word no Vietnamese word spells
  (``FMJGDN``) -> ``<code>``;
* emoji and symbols are dropped, and junk at the end (codes, consonant-only strings,
  punctuation) is cut;
* what is left is folded to lower case without diacritics, so a copy typed without accents
  or with look-alike letters reads the same.

Example:
    >>> mask("Chi Lan oi, chuyen gap 5tr vao STK 1903665544 giup em nhe! x7kq2")
    'chi <name> oi chuyen gap <amt> vao stk <num> giup em nhe'
    >>> mask("Chị Hoa ơi, chuyển gấp 3.500.000đ vào STK 0071000123456 giúp em nhé 🙏🙏 #ab12")
    'chi <name> oi chuyen gap <amt> vao stk <num> giup em nhe'
"""

from __future__ import annotations

import re

from ..signals.indicators import scan
from ..text import normalize_text, strip_diacritics

__all__ = ["mask", "tokens", "PLACEHOLDERS", "MAX_CHARS"]

#: characters of a message read (as when scoring)
MAX_CHARS = 5000
PLACEHOLDERS = {"url": "<url>", "email": "<email>", "handle": "<handle>", "phone": "<phone>",
                "hotline": "<phone>", "amount": "<amt>", "number": "<num>"}

# Common Vietnamese family names (without diacritics: names are looked for in folded text).
_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh lam mai trinh truong cao luu "
    "luong ta quach ha kieu thai tang la chau lu vuong doan van khuc diep tieu tong hua ong".split())
# forms of address and words that introduce a name: the capitalised words after them are a name
_ADDRESS = frozenset(
    "anh chi em ong ba co chu bac cau mo di thim ban ca bo me sep thay con chau a c e mr mrs ms miss ten la gui "
    "nhan cho voi tu boi gap hoi nguoi be ctk tk".split())
# a run of capitalised (or upper-case) words
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*\b")
# the word just before a run, and what separates them
_BEFORE = re.compile(r"([a-z]\w*)[\s:.\-]+$")
_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"[^\W_]+|<\w+>")
_VOWELS = set("aeiouy")
_VOWEL_LETTERS = set("aeiouyAEIOUY")
_CONSONANTS3 = re.compile(r"[^AEIOUYaeiouy]{3}")


def _is_code(word: str) -> bool:
    """An upper-case word of 5+ letters that no Vietnamese word spells: no vowel, or 3 consonants in a row
    other than "ngh" (a random code such as "FMJGDN")."""
    return len(word) >= 5 and word.isupper() and (
        _VOWEL_LETTERS.isdisjoint(word) or any(run != "NGH" for run in _CONSONANTS3.findall(word)))


def _name_run(m: re.Match[str]) -> str:
    run = m.group(0)
    words = run.split()
    first = words[0].lower()
    if len(words) >= 2 and first in _SURNAMES:
        return "<name>"
    start = m.start()
    if start:
        before = _BEFORE.search(m.string, max(0, start - 12), start)
        if before is not None and before.group(1).lower() in _ADDRESS:
            return "<name>"
    if len(words) >= 2 and first in _ADDRESS:
        return words[0] + " <name>"
    if len(run) >= 5 and any(len(w) >= 5 for w in words):
        return " ".join("<code>" if _is_code(w) else w for w in words)
    return run


def _replace_entities(text: str) -> str:
    entities = scan(text)
    if not entities:
        return text
    out, last = [], 0
    for entity in entities:
        out.append(text[last:entity.start])
        out.append(f" {PLACEHOLDERS.get(entity.kind, '<num>')} ")
        last = entity.end
    out.append(text[last:])
    return "".join(out)


def mask(text: str) -> str:
    """The template of ``text``: normalised, entities, names and digits masked, folded (see the module doc)."""
    norm, _salt = normalize_text(text[:MAX_CHARS])
    flat = strip_diacritics(_replace_entities(norm))
    flat = _CAPITALISED.sub(_name_run, flat).lower()
    words = _TOKEN.findall(flat)
    for k, word in enumerate(words):
        if not word.isalpha() and word[0] != "<":  # digits: "0" alone, "<code>" mixed with letters
            words[k] = "0" if word.isdigit() else "<code>"
    # junk at the end: codes, consonant strings, stray letters (never a placeholder of a real value)
    while len(words) > 3 and (words[-1] in ("<code>", "0") or (
            len(words[-1]) == 1 or len(words[-1]) >= 4) and words[-1].isalpha() and _VOWELS.isdisjoint(words[-1])):
        words.pop()
    return " ".join(words)


def tokens(masked: str) -> list[str]:
    """The words of a masked text."""
    return masked.split()

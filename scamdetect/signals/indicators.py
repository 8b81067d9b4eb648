"""Indicators: the values in a message worth acting on.

Links (with registered domain and the official domain they imitate), phone
numbers, Zalo/Telegram handles, bank accounts with their bank, e-wallet ids,
amounts, and requests for an OTP, a password or ID photos, to install an app,
or to act before a deadline. Extraction runs on the normalised text, so it sees
through disguises, and reports spans of the original text.

Example:
    >>> from scamdetect.text import normalize
    >>> found = extract(normalize("VCB: TK bi khoa. Xac thuc tai vcb-xacthuc(.)top truoc 17h, LH 0912.345.678"))
    >>> [(i.kind, i.value) for i in found]
    [('url', 'vcb-xacthuc.top'), ('deadline', 'truoc 17h'), ('phone', '+84912345678')]
    >>> found[0].details["lookalike_of"]
    'vietcombank.com.vn'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._cache import bounded_cache
from ..text import TLDS, Normalized
from ..types import Indicator
from .domains import domain_info, url_host

__all__ = ["Entity", "scan", "extract", "phone_value", "dials", "is_amount", "D_UNIT_BEFORE", "negated", "NEGATION", "BANK_NAMES"]

_TLDS = TLDS + "|net\\.vn|com\\.vn|gov\\.vn|org\\.vn|edu\\.vn"
_URL_RE = re.compile(
    r"(?<![\w.])(?:https?://|www\.)[^\s<>\"'，。]+"
    r"|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r")(?![a-z0-9-])(?:[/?#][^\s<>\"']*)?",
    re.IGNORECASE)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
_PHONE_RE = re.compile(r"(?<![\d+])(?:\+84|84|0)[ .-]?[35789](?:[ .-]?\d){8}(?!\d)")
_HOTLINE_RE = re.compile(r"(?<!\d)(?:1900|1800)[ .]?\d{2}[ .]?\d{2}(?:[ .]?\d{2})?(?!\d)|(?<!\d)02\d{9}(?!\d)")
#: what may follow a bare "d" that still reads as the currency unit ("15.000d," is an amount, "15.000d:" not)
D_UNIT_BEFORE = ".,;!)"
_AMOUNT_UNIT = (rf"(?:vnđ|vnd|đồng|dong|đ|d(?=\s|$|[{re.escape(D_UNIT_BEFORE)}])|k|nghìn|nghin|ngàn|ngan|tr(?:\d)?|triệu|trieu|tỷ|tỉ|ty|usdt|usd|\$)"
                r"(?![\w])")
_AMOUNT_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s?" + _AMOUNT_UNIT, re.IGNORECASE)
#: a currency unit at the very start: with a number just before it, the two make one amount
UNIT_START = re.compile(_AMOUNT_UNIT, re.IGNORECASE)
_LONG_NUMBER_RE = re.compile(r"(?<![\d.,])\d{6,19}(?![\d.,]*\d)")
_HANDLE_RE = re.compile(
    r"(?<![\w.])(?:zalo\.me|t\.me|telegram\.me|m\.me)/(?:g/|joinchat/|\+)?[\w.+-]+"
    r"|(?<!\w)(?:tele(?:gram)?|tg|zalo|fb|facebook|ig|instagram|tiktok)\s*[:：]?\s*@[\w.]{3,32}"
    r"|(?<![\w@])@[a-z][\w.]{3,31}", re.IGNORECASE)

BANK_NAMES = {
    "vietcombank": "Vietcombank", "vcb": "Vietcombank", "vietinbank": "VietinBank", "ctg": "VietinBank",
    "bidv": "BIDV", "agribank": "Agribank", "techcombank": "Techcombank", "tcb": "Techcombank",
    "mbbank": "MB Bank", "mb bank": "MB Bank", "mb": "MB Bank", "acb": "ACB", "vpbank": "VPBank", "vpb": "VPBank",
    "tpbank": "TPBank", "tpb": "TPBank", "sacombank": "Sacombank", "stb": "Sacombank", "hdbank": "HDBank",
    "vib": "VIB", "shb": "SHB", "ocb": "OCB", "seabank": "SeABank", "msb": "MSB", "eximbank": "Eximbank",
    "lpbank": "LPBank", "lienvietpostbank": "LPBank", "namabank": "Nam A Bank", "nam a bank": "Nam A Bank",
    "bac a bank": "Bac A Bank", "scb": "SCB", "shinhan": "Shinhan Bank", "kienlongbank": "KienlongBank",
    "pvcombank": "PVcomBank", "abbank": "ABBANK", "vietbank": "Vietbank", "baovietbank": "BaoViet Bank",
    "cake": "Cake", "timo": "Timo", "momo": "MoMo", "zalopay": "ZaloPay", "viettel money": "Viettel Money",
    "viettelpay": "Viettel Money",
}
_WALLETS = {"MoMo", "ZaloPay", "Viettel Money"}
_BANK_RE = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, BANK_NAMES), key=len, reverse=True))
                      + r")(?![a-z])")
_ACCOUNT_CONTEXT_RE = re.compile(r"(?:stk|so tk|so tai khoan|tai khoan|tk|account|acc|a/c|ngan hang|nh)\W{0,3}$")

_OTP_RE = re.compile(
    r"(?:cung cap|gui|doc|nhap|bao|dua|chuyen|send|nhan|nhan tin|cho (?:em|minh|toi|chi|anh|ben em))\s+"
    r"(?:(?:lai|giup|ngay|cho|em|minh|toi|chi|anh|ben em|cai|nhanh|di|qua|vao|cai)\s+){0,4}"
    r"(?:(?:ma|so)\s+)?(?:otp|ma xac (?:thuc|nhan|minh)|ma kich hoat|ma bao mat|ma code|ma gui ve|so gui ve)")
_CREDENTIAL_RE = re.compile(
    r"(?:cung cap|gui|chup|quay|nhap|dien|cap nhat|xac thuc|dang nhap|khai bao|xac minh)\s+"
    r"(?:(?:lai|giup|ngay|cho|em|minh|toi|day du|thong tin|them|lai)\s+){0,3}"
    r"(?:mat khau|password|pass|so the|ma cvv|cvv|ma pin|pin|anh (?:chup )?(?:2 mat |hai mat |mat truoc )?(?:cccd|can cuoc|cmnd)"
    r"|(?:2|hai) mat (?:cccd|can cuoc|cmnd)|cccd|can cuoc|cmnd|video (?:khuon mat|quay mat|chan dung)|khuon mat|"
    r"sinh trac hoc|thong tin (?:the|tai khoan|ca nhan|dang nhap)|tai khoan ngan hang|tai khoan va mat khau)")
_APP_RE = re.compile(
    r"(?:tai|cai|cai dat|download|tai ve|setup|cai them)\s+(?:ve\s+|dat\s+|giup\s+|them\s+)?(?:ung dung|app|apk|phan mem|file|ban cap nhat)"
    r"|(?<!\w)\w{1,64}\.apk\b|testflight")
_DEADLINE_RE = re.compile(
    r"truoc \d{1,2}\s?(?:h|gio|:\d\d)\d{0,2}(?: (?:hom nay|ngay mai|toi nay|sang mai|chieu nay))?"
    r"|truoc ngay \d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?"
    r"|trong (?:vong )?\d+\s?(?:h|gio|tieng|phut|ngay)\b(?: toi)?"
    r"|trong ngay(?: hom nay)?|het han (?:trong|vao|ngay|luc)|han cuoi|cham nhat|ngay lap tuc")
#: The one negation rule of the signals: a request (here) or a wording red flag (scamdetect.signals.redflags)
#: is cancelled by a negation or a warning in the few words before it ("khong cung cap ma OTP",
#: "tuyet doi khong chuyen tien", "canh giac voi ke gia danh ... chuyen tien"). On lower-case text without
#: diacritics.
NEGATION = re.compile(r"(?<!\w)(?:khong|ko|k|dung|tuyet doi khong|chua|khong bao gio|khong nen|khong duoc|cam|never|not|"
                      r"hay canh giac voi|gia danh|gia mao|mao danh|lua dao)\s+(?:\S+\s+){0,4}$")


@dataclass(frozen=True)
class Entity:
    """A value found in normalised text: ``kind`` is url, email, phone, hotline, amount, number or handle."""

    kind: str
    start: int
    end: int
    text: str


def _trim_url(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,;:!?)]}'\"…":
        end -= 1
    return start, end


# Two passes, each skipped when a cheap test shows it cannot match: links first, then numbers
# (a number inside a link belongs to the link). Within a pass the leftmost match wins.
_LINK_RE = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in (
    ("email", _EMAIL_RE), ("handle", _HANDLE_RE), ("url", _URL_RE))), re.IGNORECASE)
_NUMBER_RE = re.compile("(?=[0-9+])(?:" + "|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in (
    ("phone", _PHONE_RE), ("hotline", _HOTLINE_RE), ("amount", _AMOUNT_RE), ("number", _LONG_NUMBER_RE))) + ")",
    re.IGNORECASE)
# every link, e-mail or handle has a dotted name, "://", "www." or "@"; dates like 28/11 do not count
_LINK_HINT = re.compile(r"[A-Za-z0-9-]\.[A-Za-z]|://|@", re.IGNORECASE)
_DIGIT_HINT = re.compile(r"\d")


@bounded_cache(maxsize=4096, max_len=2000)
def scan(text: str) -> tuple[Entity, ...]:
    """Entities in normalised ``text``: non-overlapping, in text order.

    Recent results are kept: batch scoring scans a scam message twice (features, then indicators).
    """
    found: list[Entity] = []
    if _LINK_HINT.search(text):
        for m in _LINK_RE.finditer(text):
            kind = m.lastgroup or "url"
            start, end = _trim_url(text, m.start(), m.end()) if kind == "url" else (m.start(), m.end())
            if start < end:
                found.append(Entity(kind, start, end, text[start:end]))
    if _DIGIT_HINT.search(text):
        links = found[:]
        for m in _NUMBER_RE.finditer(text):
            start, end = m.start(), m.end()
            if any(link.start < end and start < link.end for link in links):
                continue
            found.append(Entity(m.lastgroup or "number", start, end, m.group()))
        if links:
            found.sort(key=lambda e: e.start)
    return tuple(found)


def dials(text: str) -> bool:
    """Whether ``text`` holds a phone number or hotline: the only entities whose digits' values count
    (amounts and long numbers are told by their shape alone)."""
    return bool(_PHONE_RE.search(text) or _HOTLINE_RE.search(text))


def is_amount(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (the whole text by default) is one amount ("650k", "2.345.000d", "5 triệu"),
    read where it stands: what follows can unmake it ("4d?" is no amount)."""
    if end is None:
        return _AMOUNT_RE.fullmatch(text, start) is not None
    # matched where it stands, so the unit's look at the next character sees it; a unit ends a word, so an
    # amount of text[start:end] can only end at end
    found = _AMOUNT_RE.match(text, start)
    return found is not None and found.end() == end


def phone_value(raw: str) -> str:
    """A Vietnamese mobile number as ``+84`` and nine digits, whatever its separators and prefix."""
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("84") and len(digits) == 11:
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    return "+84" + digits


def _url_details(raw: str) -> tuple[str, dict]:
    value = raw.lower()
    info = domain_info(url_host(value))
    details = {"domain": info.domain, "registered_domain": info.registered_domain, "official": info.official,
               "lookalike_of": info.lookalike_of, "brand": info.brand, "shortener": info.shortener,
               "free_hosting": info.free_hosting, "cheap_tld": info.cheap_tld}
    return re.sub(r"^https?://(?:www\.)?|^www\.", "", value).rstrip("/"), details


def negated(flat: str, start: int) -> bool:
    """Whether :data:`NEGATION` ends just before ``start`` of ``flat`` (lower-case, without diacritics)."""
    return bool(NEGATION.search(flat[max(0, start - 40):start]))


def extract(norm: Normalized, requests: bool = True) -> tuple[Indicator, ...]:
    """All indicators of a normalised message, spans in the original text, in text order.

    ``requests=False`` skips the OTP/credential/app-install/deadline patterns, for callers that
    keep only the values (links, numbers, accounts, handles): batch scoring, for one.
    """
    text = norm.text
    if not text:
        return ()
    flat = norm.flat  # same length as text: positions line up
    out: list[tuple[int, Indicator]] = []

    def add(kind: str, value: str, start: int, end: int, details: dict | None = None) -> None:
        o_start, o_end = norm.to_original(start, end)
        out.append((start, Indicator(kind, value, o_start, o_end, norm.original[o_start:o_end], details or {})))

    for entity in scan(text):
        if entity.kind == "url":
            value, details = _url_details(entity.text)
            add("url", value, entity.start, entity.end, details)
        elif entity.kind == "email":
            add("email", entity.text.lower(), entity.start, entity.end)
        elif entity.kind == "handle":
            platform = "telegram" if re.match(r"(?:t\.me|telegram|tele|tg)", entity.text, re.I) else \
                "zalo" if entity.text.lower().startswith("zalo") else "social"
            handle = re.split(r"[/@]", entity.text)[-1]
            add("handle", handle, entity.start, entity.end, {"platform": platform})
        elif entity.kind in ("phone", "hotline"):
            value = phone_value(entity.text) if entity.kind == "phone" else re.sub(r"\D", "", entity.text)
            before = flat[max(0, entity.start - 25):entity.start]
            wallet = next((BANK_NAMES[b] for b in _BANK_RE.findall(before) if BANK_NAMES[b] in _WALLETS), None)
            if wallet:
                add("ewallet", value, entity.start, entity.end, {"wallet": wallet})
            else:
                add("phone", value, entity.start, entity.end, {"hotline": entity.kind == "hotline"})
        elif entity.kind == "amount":
            add("amount", entity.text, entity.start, entity.end)
        elif entity.kind == "number":
            before = flat[max(0, entity.start - 30):entity.start]
            after = flat[entity.end:entity.end + 30]
            banks = _BANK_RE.findall(before) + _BANK_RE.findall(after)
            if _ACCOUNT_CONTEXT_RE.search(before) or banks:
                bank = BANK_NAMES[banks[0]] if banks else None
                add("bank_account", entity.text, entity.start, entity.end, {"bank": bank})
    for kind, pattern in (("otp_request", _OTP_RE), ("credential_request", _CREDENTIAL_RE),
                          ("app_install", _APP_RE), ("deadline", _DEADLINE_RE)) if requests else ():
        for m in pattern.finditer(flat):
            if kind != "deadline" and negated(flat, m.start()):
                continue
            add(kind, m.group(), m.start(), m.end())
    out.sort(key=lambda pair: pair[0])
    return tuple(indicator for _, indicator in out)

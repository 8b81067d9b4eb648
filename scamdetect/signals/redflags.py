"""Red flags: warning signs in plain Vietnamese and English, each with its evidence.

Flags are facts about the text ("asks for an OTP", "link imitates
vietcombank.com.vn"), not a verdict; the model decides the label. They are
found on the normalised text (so disguises do not hide them) and point at the
original text. Ids are stable API.

Each flag is one :class:`Recognizer` in :data:`RECOGNIZERS` (in the manner of presidio's recognizers): its id,
its message per language, the evidence it reads (a pattern on the lower-case text without diacritics, an
indicator kind, or both), whether a negation just before cancels it, and whether it is a *context* flag,
shown only when the model finds the message to be a scam.

Example:
    >>> from scamdetect.text import normalize
    >>> from scamdetect.signals.indicators import extract
    >>> norm = normalize("Cong an TP thong bao ban lien quan vu an rua tien, giu bi mat va chuyen tien vao tai khoan tam giu")
    >>> [f.id for f in find_red_flags(norm, extract(norm))]
    ['money_transfer_request', 'legal_threat', 'secrecy', 'impersonates_authority']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import Normalized
from ..types import Indicator, RedFlag
from .indicators import negated

__all__ = ["Recognizer", "RECOGNIZERS", "find_red_flags", "RED_FLAGS", "CONTEXT_FLAGS"]


@dataclass(frozen=True)
class Recognizer:
    """One red flag: how it is found and what it says."""

    id: str
    #: the message per language (``vi``, ``en``)
    texts: dict[str, str]
    #: found where this matches the lower-case text without diacritics (compiled on construction)
    pattern: str | None = None
    #: found where an indicator of this kind is (``url`` for the three link flags)
    indicator: str | None = None
    #: shown only when the model finds the message to be a scam: genuine warnings and notices use the same words
    context: bool = False
    #: a negation in the few words before the match ("khong chuyen tien") cancels it
    negatable: bool = False
    compiled: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            object.__setattr__(self, "compiled", re.compile(self.pattern))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)


#: every red flag, in the order flags are listed in an explanation
RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("lookalike_domain",
               {"vi": "Đường dẫn giả mạo tên miền chính thức",
                "en": "Link imitates an official domain"},
               indicator="url"),
    Recognizer("shortened_link",
               {"vi": "Đường dẫn rút gọn che giấu địa chỉ thật",
                "en": "Shortened link hides the real address"},
               indicator="url"),
    Recognizer("suspicious_link",
               {"vi": "Đường dẫn tới tên miền lạ, giá rẻ hoặc trang miễn phí",
                "en": "Link to an unknown, cheap or free-hosted domain"},
               indicator="url"),
    Recognizer("otp_request",
               {"vi": "Yêu cầu cung cấp mã OTP",
                "en": "Asks for a one-time password (OTP)"},
               indicator="otp_request"),
    Recognizer("credential_request",
               {"vi": "Yêu cầu mật khẩu, thông tin thẻ, ảnh CCCD hoặc khuôn mặt",
                "en": "Asks for passwords, card data, ID photos or a face video"},
               indicator="credential_request"),
    Recognizer("app_install",
               {"vi": "Yêu cầu cài ứng dụng hoặc tệp lạ",
                "en": "Asks to install an app or file"},
               indicator="app_install"),
    Recognizer("urgency",
               {"vi": "Hối thúc, đặt hạn chót gấp",
                "en": "Creates urgency with a deadline"},
               indicator="deadline",
               pattern=r"\b(?:gap|khan cap|khan|ngay lap tuc|nhanh len|cang som cang tot|het han|sap het han)\b",
               context=True),
    Recognizer("money_transfer_request",
               {"vi": "Yêu cầu chuyển tiền hoặc nạp tiền",
                "en": "Asks to transfer or deposit money"},
               pattern=r"\b(?:chuyen (?:khoan|tien|ngay|gap|truoc|qua|vao|giup|cho)|nap (?:tien|them|vao|ngay)|"
               r"ck (?:truoc|vao|qua|cho|giup)|dong (?:tien|phi)|thanh toan (?:truoc|ngay|phi)|"
               r"gui tien|bank (?:truoc|qua)|tai khoan tam giu|tai khoan an toan)",
               context=True,
               negatable=True),
    Recognizer("upfront_fee",
               {"vi": "Đòi đóng phí, đặt cọc trước",
                "en": "Demands an upfront fee or deposit"},
               pattern=r"\b(?:phi (?:ho so|giai ngan|nhan (?:thuong|giai|qua)|bao hiem|xac minh|kich hoat|dich vu|van chuyen|"
               r"mo khoa|rut tien|thu tuc|dang ky|bao dam|hop dong|dao tao|casting)|dat coc|coc truoc|nop phi|"
               r"dong phi|le phi|thue thu nhap|phi cod)",
               context=True,
               negatable=True),
    Recognizer("legal_threat",
               {"vi": "Đe dọa bắt giữ, truy tố hoặc trách nhiệm hình sự",
                "en": "Threatens arrest, prosecution or criminal liability"},
               pattern=r"\b(?:lenh bat|bat giam|bat giu|truy to|khoi to|trach nhiem hinh su|truy na|tam giam|"
               r"trieu tap|phong toa|dong bang tai khoan|xu ly theo phap luat|xu ly hinh su|ra toa|"
               r"bi bat|canh bao lan cuoi|den tan nha|den co quan|rua tien|lien quan (?:den )?(?:vu an|duong day)|"
               r"duong day (?:ma tuy|rua tien|buon)|tiep tay)",
               context=True),
    Recognizer("secrecy",
               {"vi": "Yêu cầu giữ bí mật, không nói với ai",
                "en": "Asks the victim to keep it secret"},
               pattern=r"\b(?:giu bi mat|bi mat dieu tra|khong (?:duoc )?(?:noi|chia se|tiet lo|bao) (?:voi|cho) (?:ai|nguoi than|gia dinh)|"
               r"khong ai biet|tuyet mat)",
               context=True,
               negatable=True),
    Recognizer("impersonates_authority",
               {"vi": "Xưng là công an, viện kiểm sát, tòa án hoặc cơ quan nhà nước",
                "en": "Claims to be police, prosecutors, a court or a state body"},
               pattern=r"\b(?:cong an|vien kiem sat|toa an|co quan dieu tra|canh sat|csgt|bo cong an|"
               r"an ninh mang|cuc thue|chi cuc thue|hai quan|thanh tra|dieu tra vien|can bo)",
               context=True),
    Recognizer("too_good_to_be_true",
               {"vi": "Hứa hẹn lợi nhuận, hoa hồng hoặc thu nhập cao bất thường",
                "en": "Promises unusually high profit, commission or income"},
               pattern=r"(?:\b(?:loi nhuan|hoa hong|lai suat|thu nhap|luong)\b.{0,30}(?:\d{1,9} ?%|\d{1,9} ?(?:tr|trieu|k)\b)|"
               r"viec nhe luong cao|cam ket (?:loi nhuan|lai|hoan von|100)|x2 tai khoan|"
               r"(?<!\d)\d{1,9} ?% ?(?:moi ngay|/ ?ngay|mot ngay|hang ngay)|lai khung|bao loi nhuan)",
               context=True),
    Recognizer("prize_claim",
               {"vi": "Báo trúng thưởng hoặc nhận quà",
                "en": "Announces a prize or gift"},
               pattern=r"\b(?:trung thuong|trung giai|qua tang|nhan qua|tri an|quay so|giai thuong|phan thuong|"
               r"doi diem|doi qua|nhan thuong)",
               context=True),
    Recognizer("gambling",
               {"vi": "Quảng cáo cờ bạc, cá cược",
                "en": "Advertises gambling or betting"},
               pattern=r"\b(?:no hu|ca cuoc|ca do|tai xiu|ban ca|casino|xoc dia|lo de|nap dau|slot|game bai|"
               r"hoan tra (?:cuoc|\d)|keo nha cai|nha cai)",
               context=True),
    Recognizer("off_platform_contact",
               {"vi": "Dẫn sang Zalo, Telegram hoặc liên hệ riêng",
                "en": "Moves the talk to Zalo, Telegram or a private contact"},
               indicator="handle",
               pattern=r"(?:\b(?:ket ban|add|nhan tin|lien he|inbox|ib|them) (?:zalo|tele|telegram)|"
               r"\bzalo\.me/|\bt\.me/|qua (?:zalo|telegram|tele)\b)",
               context=True,
               negatable=True),
    Recognizer("account_threat",
               {"vi": "Báo tài khoản, thẻ hoặc SIM sắp bị khóa",
                "en": "Says an account, card or SIM will be locked"},
               pattern=r"\b(?:(?:tai khoan|the|sim|thue bao|so dien thoai|tk)\b.{0,25}(?:bi |se bi |tam )?"
               r"(?:khoa|vo hieu hoa|dinh chi|phong toa|cat|thu hoi|ngung hoat dong)|khoa sim|"
               r"cat (?:dien|song|thue bao|sim))",
               context=True),
    Recognizer("borrow_money",
               {"vi": "Hỏi vay hoặc nhờ chuyển tiền gấp",
                "en": "Urgently asks to borrow or forward money"},
               pattern=r"\b(?:cho (?:em|minh|chi|anh|toi|tui|to) (?:muon|vay|xin)|muon (?:tam|gap|\d)|chuyen giup|"
               r"ck giup|chuyen ho|ung truoc giup)",
               context=True,
               negatable=True),
    Recognizer("random_tail",
               {"vi": "Chuỗi ký tự ngẫu nhiên cuối tin (né bộ lọc)",
                "en": "Random characters appended to dodge filters"}),
    Recognizer("obfuscated_text",
               {"vi": "Chữ bị ngụy trang (số thay chữ, ký tự lạ, tách chữ)",
                "en": "Disguised text (digits for letters, odd characters, split letters)"}),
)
_BY_ID = {r.id: r for r in RECOGNIZERS}
#: id -> (Vietnamese, English) messages
RED_FLAGS: dict[str, tuple[str, str]] = {r.id: (r.texts["vi"], r.texts["en"]) for r in RECOGNIZERS}
#: flags read from wording alone; genuine warnings and notices use the same words, so these
#: are shown only when the model finds the message to be a scam
CONTEXT_FLAGS = frozenset(r.id for r in RECOGNIZERS if r.context)
_ORDER = {r.id: k for k, r in enumerate(RECOGNIZERS)}
_FROM_INDICATOR = {r.indicator: r.id for r in RECOGNIZERS if r.indicator and r.indicator != "url"}
_DISGUISE = re.compile(r"[a-zA-Z][0-9@$!|][a-zA-Z]|[\u0400-\u04ff\u0370-\u03ff\u200b-\u200f\ufeff\uff01-\uff5e]|"
                       r"[äöüåÄÖÜÅ]|(?<![\w.])[A-Za-z](?:[._' ][A-Za-z]){3,}(?![\w])")


def _flag(flag_id: str, norm: Normalized, start: int, end: int, *, original: bool = False,
          detail: str | None = None) -> RedFlag:
    if not original:
        start, end = norm.to_original(start, end)
    vi, en = RED_FLAGS[flag_id]
    if detail:
        vi, en = f"{vi} ({detail})", f"{en} ({detail})"
    return RedFlag(flag_id, vi, en, start, end, norm.original[start:end])


def _link_flag(details: dict) -> tuple[str, str | None] | None:
    """The link flag of a url indicator's details, with its detail text, or None."""
    d = details
    if d.get("lookalike_of"):
        return "lookalike_domain", f"{d['domain']} ≠ {d['lookalike_of']}"
    if d.get("shortener"):
        return "shortened_link", d.get("domain")
    if (d.get("cheap_tld") or d.get("free_hosting")) and not d.get("official"):
        return "suspicious_link", d.get("domain")
    return None


def find_red_flags(norm: Normalized, indicators: tuple[Indicator, ...]) -> tuple[RedFlag, ...]:
    """Red flags of one normalised message, at most one per id, in a stable order."""
    if not norm.text:
        return ()
    flags: dict[str, RedFlag] = {}

    def add(flag_id: str, ind: Indicator, detail: str | None = None) -> None:
        vi, en = RED_FLAGS[flag_id]
        if detail:
            vi, en = f"{vi} ({detail})", f"{en} ({detail})"
        flags[flag_id] = RedFlag(flag_id, vi, en, ind.start, ind.end, ind.text)

    for ind in indicators:
        if ind.kind == "url":
            found = _link_flag(ind.details)
            if found and found[0] not in flags:
                add(found[0], ind, found[1])
        elif ind.kind in _FROM_INDICATOR and _FROM_INDICATOR[ind.kind] not in flags:
            add(_FROM_INDICATOR[ind.kind], ind)
    flat = norm.flat
    for recognizer in RECOGNIZERS:
        if recognizer.compiled is None or recognizer.id in flags:
            continue
        for m in recognizer.compiled.finditer(flat):
            if recognizer.negatable and negated(flat, m.start()):
                continue
            flags[recognizer.id] = _flag(recognizer.id, norm, m.start(), m.end())
            break
    if norm.salt_tail:
        at = norm.original.rfind(norm.salt_tail)
        if at >= 0:
            flags["random_tail"] = _flag("random_tail", norm, at, at + len(norm.salt_tail), original=True)
    for m in _DISGUISE.finditer(norm.original):
        if not re.fullmatch(r"[a-zA-Z][0-9@$!|][a-zA-Z]", m.group()) or _looks_leet(norm.original, m):
            flags["obfuscated_text"] = _flag("obfuscated_text", norm, m.start(), m.end(), original=True)
            break
    return tuple(sorted(flags.values(), key=lambda f: _ORDER[f.id]))


def _looks_leet(text: str, m: re.Match[str]) -> bool:
    """A digit between letters is a disguise only inside a longer word (kh0an), not in codes like B2B or G7x."""
    start, end = m.start(), m.end()
    # a word is read at most 32 characters either way: longer runs are no disguised word, and an unbounded
    # walk made a text of "a1a1a1..." quadratic
    while start > max(0, m.start() - 32) and text[start - 1].isalnum():
        start -= 1
    while end < min(len(text), m.end() + 32) and text[end].isalnum():
        end += 1
    word = text[start:end]
    return len(word) >= 4 and sum(c.isalpha() for c in word) >= 3 and sum(c.isdigit() for c in word) <= 2

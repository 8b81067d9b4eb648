"""Red flags: warning signs in plain Vietnamese and English, each with its evidence.

Flags are facts about the text ("asks for an OTP", "link imitates
vietcombank.com.vn"), not a verdict; the model decides the label. They are
found on the normalised text (so disguises do not hide them) and point at the
original text. Ids are stable API.

Example:
    >>> from scamdetect.normalize import normalize
    >>> from scamdetect.indicators import extract
    >>> norm = normalize("Cong an TP thong bao ban lien quan vu an rua tien, giu bi mat va chuyen tien vao tai khoan tam giu")
    >>> [f.id for f in find_red_flags(norm, extract(norm))]
    ['money_transfer_request', 'legal_threat', 'secrecy', 'impersonates_authority']
"""

from __future__ import annotations

import re

from .normalize import Normalized, strip_diacritics
from .types import Indicator, RedFlag

__all__ = ["find_red_flags", "RED_FLAGS", "CONTEXT_FLAGS"]

#: id -> (Vietnamese, English) messages
RED_FLAGS: dict[str, tuple[str, str]] = {
    "lookalike_domain": ("Đường dẫn giả mạo tên miền chính thức", "Link imitates an official domain"),
    "shortened_link": ("Đường dẫn rút gọn che giấu địa chỉ thật", "Shortened link hides the real address"),
    "suspicious_link": ("Đường dẫn tới tên miền lạ, giá rẻ hoặc trang miễn phí", "Link to an unknown, cheap or free-hosted domain"),
    "otp_request": ("Yêu cầu cung cấp mã OTP", "Asks for a one-time password (OTP)"),
    "credential_request": ("Yêu cầu mật khẩu, thông tin thẻ, ảnh CCCD hoặc khuôn mặt", "Asks for passwords, card data, ID photos or a face video"),
    "app_install": ("Yêu cầu cài ứng dụng hoặc tệp lạ", "Asks to install an app or file"),
    "urgency": ("Hối thúc, đặt hạn chót gấp", "Creates urgency with a deadline"),
    "money_transfer_request": ("Yêu cầu chuyển tiền hoặc nạp tiền", "Asks to transfer or deposit money"),
    "upfront_fee": ("Đòi đóng phí, đặt cọc trước", "Demands an upfront fee or deposit"),
    "legal_threat": ("Đe dọa bắt giữ, truy tố hoặc trách nhiệm hình sự", "Threatens arrest, prosecution or criminal liability"),
    "secrecy": ("Yêu cầu giữ bí mật, không nói với ai", "Asks the victim to keep it secret"),
    "impersonates_authority": ("Xưng là công an, viện kiểm sát, tòa án hoặc cơ quan nhà nước", "Claims to be police, prosecutors, a court or a state body"),
    "too_good_to_be_true": ("Hứa hẹn lợi nhuận, hoa hồng hoặc thu nhập cao bất thường", "Promises unusually high profit, commission or income"),
    "prize_claim": ("Báo trúng thưởng hoặc nhận quà", "Announces a prize or gift"),
    "gambling": ("Quảng cáo cờ bạc, cá cược", "Advertises gambling or betting"),
    "off_platform_contact": ("Dẫn sang Zalo, Telegram hoặc liên hệ riêng", "Moves the talk to Zalo, Telegram or a private contact"),
    "account_threat": ("Báo tài khoản, thẻ hoặc SIM sắp bị khóa", "Says an account, card or SIM will be locked"),
    "borrow_money": ("Hỏi vay hoặc nhờ chuyển tiền gấp", "Urgently asks to borrow or forward money"),
    "random_tail": ("Chuỗi ký tự ngẫu nhiên cuối tin (né bộ lọc)", "Random characters appended to dodge filters"),
    "obfuscated_text": ("Chữ bị ngụy trang (số thay chữ, ký tự lạ, tách chữ)", "Disguised text (digits for letters, odd characters, split letters)"),
}

# patterns on lower-case text without diacritics; a leading negation cancels a request
_PATTERNS: dict[str, re.Pattern[str]] = {key: re.compile(value) for key, value in {
    "money_transfer_request": r"\b(?:chuyen (?:khoan|tien|ngay|gap|truoc|qua|vao|giup|cho)|nap (?:tien|them|vao|ngay)|"
                              r"ck (?:truoc|vao|qua|cho|giup)|dong (?:tien|phi)|thanh toan (?:truoc|ngay|phi)|"
                              r"gui tien|bank (?:truoc|qua)|tai khoan tam giu|tai khoan an toan)",
    "upfront_fee": r"\b(?:phi (?:ho so|giai ngan|nhan (?:thuong|giai|qua)|bao hiem|xac minh|kich hoat|dich vu|van chuyen|"
                   r"mo khoa|rut tien|thu tuc|dang ky|bao dam|hop dong|dao tao|casting)|dat coc|coc truoc|nop phi|"
                   r"dong phi|le phi|thue thu nhap|phi cod)",
    "legal_threat": r"\b(?:lenh bat|bat giam|bat giu|truy to|khoi to|trach nhiem hinh su|truy na|tam giam|"
                    r"trieu tap|phong toa|dong bang tai khoan|xu ly theo phap luat|xu ly hinh su|ra toa|"
                    r"bi bat|canh bao lan cuoi|den tan nha|den co quan|rua tien|lien quan (?:den )?(?:vu an|duong day)|"
                    r"duong day (?:ma tuy|rua tien|buon)|tiep tay)",
    "secrecy": r"\b(?:giu bi mat|bi mat dieu tra|khong (?:duoc )?(?:noi|chia se|tiet lo|bao) (?:voi|cho) (?:ai|nguoi than|gia dinh)|"
               r"khong ai biet|tuyet mat)",
    "impersonates_authority": r"\b(?:cong an|vien kiem sat|toa an|co quan dieu tra|canh sat|csgt|bo cong an|"
                              r"an ninh mang|cuc thue|chi cuc thue|hai quan|thanh tra|dieu tra vien|can bo)",
    "too_good_to_be_true": r"(?:\b(?:loi nhuan|hoa hong|lai suat|thu nhap|luong)\b.{0,30}(?:\d{1,9} ?%|\d{1,9} ?(?:tr|trieu|k)\b)|"
                           r"viec nhe luong cao|cam ket (?:loi nhuan|lai|hoan von|100)|x2 tai khoan|"
                           r"(?<!\d)\d{1,9} ?% ?(?:moi ngay|/ ?ngay|mot ngay|hang ngay)|lai khung|bao loi nhuan)",
    "prize_claim": r"\b(?:trung thuong|trung giai|qua tang|nhan qua|tri an|quay so|giai thuong|phan thuong|"
                   r"doi diem|doi qua|nhan thuong)",
    "gambling": r"\b(?:no hu|ca cuoc|ca do|tai xiu|ban ca|casino|xoc dia|lo de|nap dau|slot|game bai|"
                r"hoan tra (?:cuoc|\d)|keo nha cai|nha cai)",
    "off_platform_contact": r"(?:\b(?:ket ban|add|nhan tin|lien he|inbox|ib|them) (?:zalo|tele|telegram)|"
                            r"\bzalo\.me/|\bt\.me/|qua (?:zalo|telegram|tele)\b)",
    "account_threat": r"\b(?:(?:tai khoan|the|sim|thue bao|so dien thoai|tk)\b.{0,25}(?:bi |se bi |tam )?"
                      r"(?:khoa|vo hieu hoa|dinh chi|phong toa|cat|thu hoi|ngung hoat dong)|khoa sim|"
                      r"cat (?:dien|song|thue bao|sim))",
    "borrow_money": r"\b(?:cho (?:em|minh|chi|anh|toi|tui|to) (?:muon|vay|xin)|muon (?:tam|gap|\d)|chuyen giup|"
                    r"ck giup|chuyen ho|ung truoc giup)",
    "urgency": r"\b(?:gap|khan cap|khan|ngay lap tuc|nhanh len|cang som cang tot|het han|sap het han)\b",
}.items()}
#: flags read from wording alone; genuine warnings and notices use the same words, so these
#: are shown only when the model finds the message to be a scam
CONTEXT_FLAGS = frozenset({"impersonates_authority", "legal_threat", "prize_claim", "gambling", "urgency",
                           "too_good_to_be_true", "money_transfer_request", "upfront_fee", "account_threat",
                           "borrow_money", "secrecy", "off_platform_contact"})
_NEGATION = re.compile(r"(?<!\w)(?:khong|ko|dung|tuyet doi khong|chua|khong bao gio|khong nen|khong duoc|hay canh giac voi|"
                       r"gia danh|gia mao|mao danh|lua dao)\s+(?:\S+\s+){0,4}$")
_NEGATABLE = {"money_transfer_request", "upfront_fee", "secrecy", "borrow_money", "off_platform_contact"}
_DISGUISE = re.compile(r"[a-zA-Z][0-9@$!|][a-zA-Z]|[\u0400-\u04ff\u0370-\u03ff\u200b-\u200f\ufeff\uff01-\uff5e]|"
                       r"[äöüåÄÖÜÅ]|(?<![\w.])[A-Za-z](?:[._' ][A-Za-z]){3,}(?![\w])")
_INDICATOR_FLAGS = {"otp_request": "otp_request", "credential_request": "credential_request",
                    "app_install": "app_install", "deadline": "urgency"}


def _flag(flag_id: str, norm: Normalized, start: int, end: int, *, original: bool = False,
          detail: str | None = None) -> RedFlag:
    if not original:
        start, end = norm.to_original(start, end)
    vi, en = RED_FLAGS[flag_id]
    if detail:
        vi, en = f"{vi} ({detail})", f"{en} ({detail})"
    return RedFlag(flag_id, vi, en, start, end, norm.original[start:end])


def find_red_flags(norm: Normalized, indicators: tuple[Indicator, ...]) -> tuple[RedFlag, ...]:
    """Red flags of one normalised message, at most one per id, in a stable order."""
    if not norm.text:
        return ()
    flags: dict[str, RedFlag] = {}
    for ind in indicators:
        if ind.kind == "url":
            d = ind.details
            flag_id = "lookalike_domain" if d.get("lookalike_of") else "shortened_link" if d.get("shortener") else \
                "suspicious_link" if (d.get("cheap_tld") or d.get("free_hosting")) and not d.get("official") else None
            if flag_id and flag_id not in flags:
                detail = f"{d['domain']} ≠ {d['lookalike_of']}" if flag_id == "lookalike_domain" else d.get("domain")
                flags[flag_id] = RedFlag(flag_id, f"{RED_FLAGS[flag_id][0]} ({detail})",
                                         f"{RED_FLAGS[flag_id][1]} ({detail})", ind.start, ind.end, ind.text)
        elif ind.kind in _INDICATOR_FLAGS and _INDICATOR_FLAGS[ind.kind] not in flags:
            flag_id = _INDICATOR_FLAGS[ind.kind]
            vi, en = RED_FLAGS[flag_id]
            flags[flag_id] = RedFlag(flag_id, vi, en, ind.start, ind.end, ind.text)
        elif ind.kind == "handle" and "off_platform_contact" not in flags:
            vi, en = RED_FLAGS["off_platform_contact"]
            flags["off_platform_contact"] = RedFlag("off_platform_contact", vi, en, ind.start, ind.end, ind.text)
    flat = strip_diacritics(norm.text).lower()
    for flag_id, pattern in _PATTERNS.items():
        if flag_id in flags:
            continue
        for m in pattern.finditer(flat):
            if flag_id in _NEGATABLE and _NEGATION.search(flat[max(0, m.start() - 40):m.start()]):
                continue
            flags[flag_id] = _flag(flag_id, norm, m.start(), m.end())
            break
    if norm.salt_tail:
        at = norm.original.rfind(norm.salt_tail)
        if at >= 0:
            flags["random_tail"] = _flag("random_tail", norm, at, at + len(norm.salt_tail), original=True)
    for m in _DISGUISE.finditer(norm.original):
        if not re.fullmatch(r"[a-zA-Z][0-9@$!|][a-zA-Z]", m.group()) or _looks_leet(norm.original, m):
            flags["obfuscated_text"] = _flag("obfuscated_text", norm, m.start(), m.end(), original=True)
            break
    order = list(RED_FLAGS)
    return tuple(sorted(flags.values(), key=lambda f: order.index(f.id)))


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

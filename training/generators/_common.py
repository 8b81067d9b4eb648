"""Shared slot fillers for the corpus generators.

Every value here is invented: phone numbers are random digits in Vietnamese
formats, look-alike domains are made up, people's names are random
combinations. Brand names and their official domains are public facts that
the look-alike generators need in order to imitate them.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Iterator, Sequence

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai"]
MIDDLES = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Quốc", "Thu", "Hoài", "Gia", "Bảo", "Xuân", "Kim"]
GIVENS = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
          "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhung", "Phúc", "Phương", "Quân",
          "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú", "Tuấn", "Vy", "Yến"]
PROVINCES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nghệ An", "Thanh Hóa", "Bình Dương",
             "Đồng Nai", "Quảng Ninh", "Bắc Ninh", "Khánh Hòa", "Lâm Đồng", "Thừa Thiên Huế", "An Giang",
             "Kiên Giang", "Bình Định", "Đắk Lắk", "Long An", "Thái Nguyên", "Nam Định", "Hà Tĩnh"]

# (display name, short name used in links, official domain)
BANKS = [("Vietcombank", "vietcombank", "vietcombank.com.vn"), ("VietinBank", "vietinbank", "vietinbank.vn"),
         ("BIDV", "bidv", "bidv.com.vn"), ("Agribank", "agribank", "agribank.com.vn"),
         ("Techcombank", "techcombank", "techcombank.com"), ("MB Bank", "mbbank", "mbbank.com.vn"),
         ("ACB", "acb", "acb.com.vn"), ("VPBank", "vpbank", "vpbank.com.vn"), ("TPBank", "tpbank", "tpb.vn"),
         ("Sacombank", "sacombank", "sacombank.com.vn"), ("HDBank", "hdbank", "hdbank.com.vn"),
         ("VIB", "vib", "vib.com.vn"), ("SHB", "shb", "shb.com.vn"), ("OCB", "ocb", "ocb.com.vn"),
         ("SeABank", "seabank", "seabank.com.vn"), ("MSB", "msb", "msb.com.vn"),
         ("Eximbank", "eximbank", "eximbank.com.vn"), ("LPBank", "lpbank", "lpbank.com.vn")]
WALLETS = [("MoMo", "momo", "momo.vn"), ("ZaloPay", "zalopay", "zalopay.vn"),
           ("Viettel Money", "viettelmoney", "viettelmoney.vn"), ("ShopeePay", "shopeepay", "shopeepay.vn"),
           ("VNPAY", "vnpay", "vnpay.vn")]
TELCOS = [("Viettel", "viettel", "viettel.vn"), ("Vinaphone", "vinaphone", "vinaphone.com.vn"),
          ("MobiFone", "mobifone", "mobifone.vn"), ("Vietnamobile", "vietnamobile", "vietnamobile.com.vn")]
COURIERS = [("Giao Hàng Nhanh", "ghn", "ghn.vn"), ("Giao Hàng Tiết Kiệm", "ghtk", "ghtk.vn"),
            ("Viettel Post", "viettelpost", "viettelpost.com.vn"), ("VNPost", "vnpost", "vnpost.vn"),
            ("J&T Express", "jtexpress", "jtexpress.vn"), ("Ninja Van", "ninjavan", "ninjavan.co")]
SHOPS = [("Shopee", "shopee", "shopee.vn"), ("Lazada", "lazada", "lazada.vn"), ("Tiki", "tiki", "tiki.vn"),
         ("TikTok Shop", "tiktokshop", "tiktok.com"), ("Sendo", "sendo", "sendo.vn")]
STATE = [("VNeID", "vneid", "vneid.gov.vn"), ("Cổng Dịch vụ công Quốc gia", "dichvucong", "dichvucong.gov.vn"),
         ("Bảo hiểm xã hội Việt Nam", "baohiemxahoi", "baohiemxahoi.gov.vn"),
         ("Tổng cục Thuế", "thuedientu", "gdt.gov.vn"), ("Cục CSGT", "csgt", "csgt.vn"),
         ("EVN", "evn", "evn.com.vn")]

CHEAP_TLDS = ["top", "xyz", "icu", "vip", "cc", "life", "cfd", "bid", "tech", "online", "site", "click", "shop", "info", "asia"]
LURE_WORDS = ["xacthuc", "xacminh", "hotro", "baomat", "khachhang", "dangnhap", "capnhat", "ebank", "online",
              "vn", "care", "support", "verify", "secure", "app", "login", "uudai", "nhanqua"]
SHORTENERS = ["bit.ly", "t.ly", "tinyurl.com", "shorturl.at", "cutt.ly", "rb.gy", "is.gd"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def person_name(rng: random.Random, full: bool = True) -> str:
    if not full:
        return pick(rng, GIVENS)
    return f"{pick(rng, SURNAMES)} {pick(rng, MIDDLES)} {pick(rng, GIVENS)}"


def phone(rng: random.Random) -> str:
    """A random mobile number in one of the formats people actually type."""
    prefix = pick(rng, ["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81",
                        "82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98"])
    rest = "".join(rng.choice(string.digits) for _ in range(7))
    digits = prefix + rest
    style = rng.randrange(5)
    if style == 0:
        return "0" + digits
    if style == 1:
        return f"0{digits[:3]} {digits[3:6]} {digits[6:]}"
    if style == 2:
        return f"0{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    if style == 3:
        return "+84" + digits
    return "84" + digits


def hotline(rng: random.Random) -> str:
    return pick(rng, ["1900", "1800"]) + "".join(rng.choice(string.digits) for _ in range(4))


def account_number(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(rng.choice([9, 10, 12, 13, 14])))


def amount(rng: random.Random, low: int = 100_000, high: int = 50_000_000) -> str:
    """A money amount written the way Vietnamese messages write them."""
    value = rng.randrange(low, high) // 10_000 * 10_000 or low
    style = rng.randrange(6)
    if style == 0:
        return dotted(value) + "đ"
    if style == 1:
        return dotted(value) + " VND"
    if style == 2 and value >= 1_000_000:
        return decimal_comma(value / 1_000_000) + " triệu"
    if style == 3 and value < 10_000_000:
        return f"{value // 1000}k"
    if style == 4 and value >= 1_000_000:
        return f"{value // 1_000_000}tr"
    return dotted(value) + " đồng"


def rand_token(rng: random.Random, n: int = 5, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def lookalike_domain(rng: random.Random, short: str) -> str:
    """An invented domain that imitates a brand: the shapes the field guide lists."""
    word = pick(rng, LURE_WORDS)
    tld = pick(rng, CHEAP_TLDS)
    shape = rng.randrange(8)
    if shape == 0:
        return f"{short}-{word}.{tld}"
    if shape == 1:
        return f"i-{short}.{tld}"
    if shape == 2:
        return f"{short}.vn-{word}.{tld}"
    if shape == 3:
        return f"{word}{short}.{tld}"
    if shape == 4:
        swapped = short.replace("o", "0", 1).replace("i", "1", 1) if any(c in short for c in "oi") else short + "vn"
        return f"{swapped}.com"
    if shape == 5:
        return f"{short}{rng.randrange(10, 999)}.{tld}"
    if shape == 6:
        return f"{word}-{short}.com.vn.{tld}"
    return f"{short}-{word}{rng.randrange(1, 99)}.com"


def lookalike_url(rng: random.Random, short: str) -> str:
    domain = lookalike_domain(rng, short)
    scheme = pick(rng, ["https://", "http://", "", "", "www."])
    path = pick(rng, ["", "", "/login", "/xac-thuc", "/" + rand_token(rng, 6), "/vn", "/index.html"])
    return scheme + domain + path


def shortener_url(rng: random.Random) -> str:
    return pick(rng, ["https://", ""]) + pick(rng, SHORTENERS) + "/" + rand_token(
        rng, rng.randrange(5, 9), string.ascii_letters + string.digits)


def scam_link(rng: random.Random, short: str) -> str:
    return shortener_url(rng) if rng.random() < 0.3 else lookalike_url(rng, short)


def deadline(rng: random.Random) -> str:
    return pick(rng, ["trước 17h hôm nay", "trong vòng 24h", "trong 2 giờ tới", "trước 23h59 ngày hôm nay",
                      "trong ngày hôm nay", "trước 12h trưa mai", "trong 30 phút", "trước ngày "
                      + f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}", "ngay lập tức", "trong 48 giờ"])


def date(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/2026"


def time_hm(rng: random.Random) -> str:
    return f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}"


def otp_code(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def masked_account(rng: random.Random) -> str:
    return f"{rng.randrange(100, 9999)}xxx{rng.randrange(100, 999)}" if rng.random() < 0.5 else "*" * 4 + str(rng.randrange(1000, 9999))


# ---------------------------------------------------------------- helpers shared by the generators
# Each of these replaced copies that several generator modules carried. They consume random
# numbers in exactly the order the copies did, so the corpus stays byte-identical.

def bank_name(rng: random.Random) -> str:
    """Display name of a random bank, for transfer details (most generators wrote this one-liner inline)."""
    return pick(rng, BANKS)[0]


def maybe(rng: random.Random, text: str, prob: float = 0.5) -> str:
    """`text` with probability `prob`, else "": optional template slots (one draw, always taken)."""
    return text if rng.random() < prob else ""


def maybe_pick(rng: random.Random, pool: Sequence[str], prob: float) -> str:
    """An item of `pool` with probability `prob`, else "": optional emoji (the coin is tossed before the pick)."""
    return pick(rng, pool) if rng.random() < prob else ""


def maybe_upper(rng: random.Random, text: str, prob: float) -> str:
    """`text` in capitals with probability `prob`: some senders type whole messages in caps."""
    return text.upper() if rng.random() < prob else text


def vary_case(rng: random.Random, name: str, upper_below: float, lower_below: float) -> str:
    """A brand name as people type it: one draw, capitals below `upper_below`, lower case below `lower_below`."""
    r = rng.random()
    if r < upper_below:
        return name.upper()
    if r < lower_below:
        return name.lower()
    return name


def cap_first(text: str) -> str:
    """Upper-case only the first character (str.capitalize would lower-case the rest)."""
    return text[:1].upper() + text[1:] if text else text


def join_nonempty(parts, sep: str = " ") -> str:
    """Join the non-empty template parts exactly as they are (no stripping)."""
    return sep.join(p for p in parts if p)


def join_stripped(parts, sep: str = " ") -> str:
    """Join the template parts stripped of outer whitespace, dropping the blank ones."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def clean_spacing(text: str) -> str:
    """Collapse blanks, drop spaces before punctuation and after newlines: templates leave stray spaces."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.!?:])", r"\1", text)
    text = re.sub(r"\n ", "\n", text)
    return text.strip()


def join_clean(parts) -> str:
    """Join the non-empty parts with spaces and tidy the spacing: one message from optional slots."""
    return clean_spacing(join_nonempty(parts))


def strip_diacritics(text: str) -> str:
    """Drop Vietnamese diacritics and map đ/Đ to d/D: how names are printed on bank accounts."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


def ascii_upper(text: str) -> str:
    """`text` without diacritics, in capitals: account-holder and company names in transfer details."""
    return strip_diacritics(text).upper()


def holder_name(rng: random.Random) -> str:
    """A random person's name the way banks print an account holder (NGUYEN VAN AN)."""
    return ascii_upper(person_name(rng))


def account_details(rng: random.Random, last: str = "stk {num} {bank}") -> str:
    """Where to send money, the five ways shop/job scams write it; `last` words the shortest ({num} {bank} {bank_lower})."""
    bank = bank_name(rng)
    num = account_number(rng)
    shape = rng.randrange(5)
    if shape == 0:
        return f"STK: {num} {bank} - {holder_name(rng)}"
    if shape == 1:
        return f"{bank} {num} ({holder_name(rng)})"
    if shape == 2:
        return f"số tài khoản {num} ngân hàng {bank}, chủ tài khoản {holder_name(rng)}"
    if shape == 3:
        return f"{num} - {bank}"
    return last.format(num=num, bank=bank, bank_lower=bank.lower())


def zalo_me(phone_number: str) -> str:
    """A zalo.me link for a phone number written in any of `phone`'s formats (digits only, 0 not 84)."""
    digits = "".join(ch for ch in phone_number if ch.isdigit())
    if digits.startswith("84"):
        digits = "0" + digits[2:]
    return f"zalo.me/{digits}"


# ---------------------------------------------------------------- money

def dotted(value: int) -> str:
    """An integer with dots between thousands (1.500.000): the Vietnamese way of writing amounts."""
    return f"{value:,}".replace(",", ".")


def decimal_comma(value: float, places: int = 1) -> str:
    """`value` rounded to `places` decimals, trailing zeros dropped, decimal comma (1,5 / 2 / 1,25)."""
    return f"{value:.{places}f}".rstrip("0").rstrip(".").replace(".", ",")


def millions_short(value: int) -> str:
    """Millions the way chats abbreviate them: 2tr, 2tr5 (only the first decimal digit)."""
    tr, rest = divmod(value, 1_000_000)
    d = rest // 100_000
    return f"{tr}tr{d}" if d else f"{tr}tr"


def stepped_amount(rng: random.Random, low: int, high: int, step: int) -> int:
    """A random amount in [low, high) rounded down to a multiple of `step`, never below `low`."""
    return max(low, rng.randrange(low, high) // step * step)


def amount_of(rng: random.Random, value: int) -> str:
    """A given amount (rounded to 10.000đ) written in one of `amount`'s random shapes."""
    value = max(10_000, value // 10_000 * 10_000)
    return amount(rng, value, value + 10_000)


def chat_amount(rng: random.Random, v: int, style: int | None = None) -> str:
    """An amount the ways recruiters' chats write it (same `style` -> same look across one message)."""
    s = rng.randrange(6) if style is None else style
    if s == 0:
        return dotted(v) + "đ"
    if s == 1 and v >= 1_000_000:
        return millions_short(v)
    if s == 2 and v >= 1_000_000:
        return decimal_comma(v / 1_000_000, 2) + " triệu"
    if s == 3 and (v < 1_000_000 or (v < 5_000_000 and v % 100_000 == 0)):
        return f"{v // 1000}k"
    if s == 4:
        return dotted(v) + " VNĐ"
    return dotted(v) + " đồng"


# ---------------------------------------------------------------- transcripts

def render_turns(turns, a: str, b: str, sep: str = "\n", mark: str = ": ", skip_empty: bool = False) -> str:
    """Lay out (speaker 0/1, text) turns as "A: text" lines; `skip_empty` drops turns with no text."""
    return sep.join(f"{a if who == 0 else b}{mark}{text}" for who, text in turns if text or not skip_empty)


def render_labelled(turns, sep: str = "\n") -> str:
    """Lay out (label, text) turns as "label: text" lines."""
    return sep.join(f"{who}: {text}" for who, text in turns)


def turn_separator(rng: random.Random) -> str:
    """How a pasted transcript is laid out: one turn a line three times in four, else run on."""
    return "\n" if rng.random() < 0.75 else " "


def dialogue(rng: random.Random, turns, speakers: Sequence[tuple[str, str]], labelled_p: float | None = None,
             bullets: tuple[str, str] = ("- ", "+ "), skip_empty: bool = False) -> str:
    """A transcript with a random speaker-label pair; with `labelled_p`, otherwise bullet marks instead."""
    if labelled_p is None or rng.random() < labelled_p:
        a, b = pick(rng, speakers)
        return render_turns(turns, a, b, skip_empty=skip_empty)
    return render_turns(turns, bullets[0], bullets[1], mark="", skip_empty=skip_empty)


def call_transcript(rng: random.Random, turns, roles: tuple[str, str] | None = None) -> str:
    """A call pasted as text: caller first, blank turns dropped, a speaker's runs merged; `roles` adds a label pair."""
    pairs = [("Người gọi", "Người nghe"), ("A", "B"), ("Người gọi", "Người nghe")]
    if roles:
        pairs.append(roles)
    a, b = pick(rng, pairs)
    lines: list[list[str]] = []
    for i, t in enumerate(turns):
        t = (t or "").strip()
        if not t:
            continue
        who = a if i % 2 == 0 else b
        t = t[:1].upper() + t[1:]
        if lines and lines[-1][0] == who:
            lines[-1][1] += " " + t
        else:
            lines.append([who, t])
    return "\n".join(f"{who}: {t}" for who, t in lines)


# ---------------------------------------------------------------- whole-message finishing

def post_lines(rng: random.Random, lines) -> str:
    """A social post: its non-blank lines on separate lines, or run on with full stops added."""
    lines = [ln.strip() for ln in lines if ln and ln.strip()]
    sep = pick(rng, ["\n", "\n", " ", "\n\n"])
    if sep == " ":
        lines = [ln + "." if ln[-1].isalnum() else ln for ln in lines]
    return sep.join(lines)


def tidy_chat(text: str, lower_after_comma: Sequence[str]) -> str:
    """Lower-case address words after a comma, squeeze spaces, drop blank lines, fix punctuation, cap."""
    for w in lower_after_comma:
        text = text.replace(", " + w, ", " + w[0].lower() + w[1:])
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    for a, b in ((" ,", ","), (" .", "."), (",.", "."), ("..", "."), (",,", ","), (" :", ":")):
        text = text.replace(a, b)
    return cap_first(text)


# Chat shorthand applied to some casual messages by `tidy_casual`.
CASUAL_SHORTHAND = [(r"\bkhông\b", "ko"), (r"\bđược\b", "đc"), (r"\bchuyển khoản\b", "ck"), (r"\btrước\b", "trc"),
                    (r"\bnhé\b", "nha"), (r"\banh\b", "a"), (r"\bem\b", "e"), (r"\bchị\b", "c"), (r"\bbạn\b", "b"),
                    (r"\bvới\b", "vs"), (r"\bgì\b", "j"), (r"\btriệu\b", "tr")]


def _cap_sentence_token(m: re.Match) -> str:
    tok = m.group(2)
    if re.search(r"[/@]|\.\w", tok) or not tok[0].isalpha() or (len(tok) > 1 and tok[1].isupper()):
        return m.group(0)
    return m.group(1) + tok[0].upper() + tok[1:]


def tidy_casual(rng: random.Random, text: str, channel: str) -> str:
    """Fix punctuation and spacing, capitalise sentence starts; a quarter of chats go shorthand/lower-case."""
    text = re.sub(r"\s+([,.!?])", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text).replace(",.", ".").replace(".,", ",")
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = "\n".join(line.strip() for line in text.split("\n")).strip()
    text = re.sub(r"(^|[.!?]\s+|\n)([^\s]+)", _cap_sentence_token, text)
    if channel == "chat" and rng.random() < 0.25:
        for pat, short in CASUAL_SHORTHAND:
            if rng.random() < 0.6:
                text = re.sub(pat, short, text)
        if rng.random() < 0.5:
            text = text.lower()
    return text


_NOTICE_PREFIX_LOWER = re.compile(r"^((?:\[[^\]\n]*\]|\([^)\n]*\)|[^:\n]{1,45}:) )([a-zà-ỹđ])")


def finish_notice(rng: random.Random, parts: list[str], keep_first: int = 1, *,
                  last_marks: Sequence[str] = (".", ".", "!", ""), mid_marks: Sequence[str] = (".", ".", ".", "!", ","),
                  cap_after_stop: bool = True, cap_after_prefix: bool = True,
                  signoffs: Sequence[str] = (), signoff_p: float = 0.0) -> str:
    """Brand-name SMS notices: shuffle the parts after `keep_first`, vary the punctuation, fix case, maybe sign off."""
    # A part after a comma stays lower-case; `cap_after_stop` capitalises one after ".!?", `cap_after_prefix`
    # the first word after a sender prefix ("[BHXH] ", "EVN: "); `signoffs` closes with probability `signoff_p`.
    head, tail = parts[:keep_first], parts[keep_first:]
    rng.shuffle(tail)
    items = [p.strip() for p in head + tail if p and p.strip()]
    out: list[str] = []
    for k, p in enumerate(items):
        if p[-1] not in ".!?:":
            last = k == len(items) - 1
            p += pick(rng, last_marks if last else mid_marks)
        if out and out[-1].endswith(",") and len(p) > 1 and p[1].islower():
            p = p[0].lower() + p[1:]
        elif cap_after_stop and out and out[-1][-1] in ".!?" and p[0].islower():
            p = p[0].upper() + p[1:]
        out.append(p)
    text = " ".join(out)
    if signoffs and rng.random() < signoff_p:
        if text[-1] not in ".!?":
            text += "."
        text += pick(rng, signoffs)
    text = text.replace("  ", " ").strip()
    if cap_after_prefix:
        text = _NOTICE_PREFIX_LOWER.sub(lambda m: m.group(1) + m.group(2).upper(), text, count=1)
    return text[0].upper() + text[1:] if text else text


# ---------------------------------------------------------------- spreading n messages over the families
# The modules spread their families in four different ways; each schedule keeps its modules' draw order.

def message(label: str, family: str, text: str, channel: str, **extra) -> dict:
    """One generated message as training/data.py reads it: text, channel, group "label/family", extras (hard)."""
    return {"text": text, "channel": channel, "group": f"{label}/{family}", **extra}


def families_in_turn(families: Sequence, n: int) -> list:
    """n entries of `families` in their listed order, cycling (no randomness)."""
    return [families[i % len(families)] for i in range(n)]


def families_shuffled_once(rng: random.Random, families: Sequence, n: int) -> list:
    """n entries of `families`, cycling through one shuffled order (shuffled before any message is drawn)."""
    order = list(range(len(families)))
    rng.shuffle(order)
    return [families[order[i % len(order)]] for i in range(n)]


def families_shuffled_blocks(rng: random.Random, families: Sequence, n: int) -> list:
    """n entries of `families` in freshly shuffled blocks, all shuffled before any message is drawn."""
    order: list = []
    while len(order) < n:
        block = list(families)
        rng.shuffle(block)
        order.extend(block)
    return order[:n]


def families_reshuffled(rng: random.Random, families: Sequence, n: int) -> Iterator:
    """n entries of `families`, popped from a fresh shuffle whenever one runs out (lazy, between messages)."""
    order: list[int] = []
    for _ in range(n):
        if not order:
            order = list(range(len(families)))
            rng.shuffle(order)
        yield families[order.pop()]


def generate_casual(rng: random.Random, n: int, label: str, families: Sequence) -> list[dict]:
    """``generate`` for modules whose families return (channel, text), reshuffled, tidied as casual speech."""
    out: list[dict] = []
    for name, fn in families_reshuffled(rng, families, n):
        channel, text = fn(rng)
        out.append(message(label, name, tidy_casual(rng, text, channel), channel))
    return out


def generate_chat(rng: random.Random, n: int, label: str, families: dict, lower_after_comma: Sequence[str]
                  ) -> list[dict]:
    """``generate`` for modules whose families return (channel, text), in shuffled blocks, tidied as chat."""
    out: list[dict] = []
    for name, fn in families_shuffled_blocks(rng, list(families.items()), n):
        channel, text = fn(rng)
        out.append(message(label, name, tidy_chat(text, lower_after_comma), channel))
    return out


def generate_records(rng: random.Random, n: int, label: str, families: Sequence) -> list[dict]:
    """``generate`` for modules whose families return {"text", "channel"} dicts, shuffled once."""
    out: list[dict] = []
    for name, fn in families_shuffled_once(rng, families, n):
        record = fn(rng)
        out.append(message(label, name, record["text"], record["channel"]))
    return out

"""Generator for the notification side of real inboxes (label ``legit``).

Real phone inboxes are about nine messages in ten legit, and most of those are
brandname notifications: OTP codes, balance-change alerts, telco short-code
promotions, bank/police/state warnings that quote scam tricks, delivery and
bill notices. They share much vocabulary with scams (OTP, link, phí, khóa,
tài khoản, trúng thưởng, công an, VNeID, vay...), so almost every family here
produces *hard negatives*: every dict carries ``"hard": True`` when the
message shares that vocabulary, ``False`` for plain everyday notices.

Everything links only to official domains (taken from ``_common`` where
available) and official short codes / invented 1900-1800 hotlines; account
numbers are masked the way banks mask them. Text is written with diacritics;
the corpus build strips or obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "legit"

# ---------------------------------------------------------------- fillers

# display name, brandname as it appears as an SMS prefix, app name, official domain
BANK_INFO = [
    ("Vietcombank", ["Vietcombank", "VCB", "VIETCOMBANK"], "VCB Digibank", "vietcombank.com.vn"),
    ("VietinBank", ["VietinBank", "VIETINBANK"], "VietinBank iPay", "vietinbank.vn"),
    ("BIDV", ["BIDV"], "BIDV SmartBanking", "bidv.com.vn"),
    ("Agribank", ["Agribank", "AGRIBANK"], "Agribank Plus", "agribank.com.vn"),
    ("Techcombank", ["Techcombank", "TCB", "TECHCOMBANK"], "Techcombank Mobile", "techcombank.com"),
    ("MB", ["MB", "MBBank", "MB Bank"], "MB Bank", "mbbank.com.vn"),
    ("ACB", ["ACB"], "ACB ONE", "acb.com.vn"),
    ("VPBank", ["VPBank", "VPBANK"], "VPBank NEO", "vpbank.com.vn"),
    ("TPBank", ["TPBank", "TPBANK"], "TPBank Mobile", "tpb.vn"),
    ("Sacombank", ["Sacombank", "SACOMBANK"], "Sacombank Pay", "sacombank.com.vn"),
    ("HDBank", ["HDBank"], "HDBank App", "hdbank.com.vn"),
    ("VIB", ["VIB"], "MyVIB", "vib.com.vn"),
    ("SHB", ["SHB"], "SHB SAHA", "shb.com.vn"),
    ("OCB", ["OCB"], "OCB OMNI", "ocb.com.vn"),
    ("SeABank", ["SeABank"], "SeAMobile", "seabank.com.vn"),
    ("MSB", ["MSB"], "MSB mBank", "msb.com.vn"),
    ("LPBank", ["LPBank"], "LPBank", "lpbank.com.vn"),
]

TELCO_INFO = [
    # name, sms prefixes, app, domain, register code, opt-out line
    ("Viettel", ["Viettel", "VIETTEL", "Viettel thông báo", "(TB) Viettel"], "My Viettel", "viettel.vn", "191",
     "Từ chối QC soạn TC gửi 199"),
    ("MobiFone", ["MobiFone", "MobiFone thông báo", "MOBIFONE"], "My MobiFone", "mobifone.vn", "999",
     "Từ chối QC soạn TC gửi 9241"),
    ("VinaPhone", ["VinaPhone", "VNPT VinaPhone", "VinaPhone thông báo"], "My VNPT", "vinaphone.com.vn", "888",
     "Từ chối nhận QC soạn TC gửi 9241"),
    ("Vietnamobile", ["Vietnamobile", "VNMB"], "My Vietnamobile", "vietnamobile.com.vn", "123",
     "Từ chối QC soạn TC gửi 123"),
]

ECOM_INFO = [("Shopee", "shopee.vn"), ("Lazada", "lazada.vn"), ("Tiki", "tiki.vn"), ("TikTok Shop", "tiktok.com"),
             ("Sendo", "sendo.vn"), ("Điện Máy Xanh", "dienmayxanh.com"), ("Thế Giới Di Động", "thegioididong.com"),
             ("FPT Shop", "fptshop.com.vn"), ("Bách Hóa Xanh", "bachhoaxanh.com")]

EVN_UNITS = [("EVNHANOI", "evnhanoi.vn", "PD"), ("EVNHCMC", "evnhcmc.vn", "PE"), ("EVNSPC", "cskh.evnspc.vn", "PB"),
             ("EVNCPC", "cskh.cpc.vn", "PC"), ("EVNNPC", "cskh.npc.com.vn", "PA")]

LENDERS = [("FE CREDIT", "$NAP FE CREDIT"), ("Home Credit", "Home Credit"), ("HD SAISON", "HD SAISON"),
           ("Mirae Asset", "Mirae Asset Finance"), ("Shinhan Finance", "Shinhan Finance"),
           ("SPayLater", "Shopee")]

POLICE_UNITS = ["Bộ Công an", "Công an TP Hà Nội", "Công an TP.HCM", "Công an tỉnh {p}", "Công an phường {w}",
                "Công an xã {w}", "Phòng An ninh mạng - Công an tỉnh {p}", "Cục An toàn thông tin"]
WARDS = ["Tân Định", "Hòa Phú", "Nghĩa Đô", "Bến Thành", "Phú Thượng", "Hoàng Liệt", "An Bình", "Tân Phong",
         "Quang Trung", "Linh Trung", "Trung Hòa", "Phước An", "Thanh Xuân Trung", "Định Công", "Tam Hiệp"]

CONTENT_IN = ["chuyen tien an trua", "TRA TIEN HANG", "hoan tien don hang {o}", "luong thang {m}",
              "CTY TNHH {co} TT LUONG T{m}", "me gui tien tieu", "tra no", "tien nha thang {m}",
              "BHXH {p2} CHI TRA LUONG HUU T{m}", "hoan thue TNCN {y}", "GIAI NGAN KHOAN VAY HD {o}",
              "chuc mung sinh nhat", "tien dien nuoc phong {r}", "tra lai tien gui"]
CONTENT_OUT = ["Thanh toan QR {shop}", "Thanh toan tien dien {evn} ky {m}", "TT hoc phi HK{k} con {g}",
               "Rut tien ATM", "Chuyen tien cho {NAME}", "Thanh toan hoa don VNPT", "Tra no the tin dung ky {m}",
               "Phi duy tri dich vu SMS Banking thang {m}", "Nap tien dien thoai", "Ung ho dong bao vung lu qua MTTQ",
               "Thanh toan khoan vay {lender}", "Mo so tiet kiem online"]
SHOP_NAMES = ["TAP HOA CO BA", "CIRCLE K", "HIGHLANDS COFFEE", "PHO THIN", "WINMART", "GRAB", "BACH HOA XANH",
              "PHARMACITY", "COM TAM BA GHIEN", "GS25", "CGV", "LOTTE MART"]
COMPANIES = ["PHU AN", "HOA MAI", "HUNG THINH", "AN KHANG", "MINH PHAT", "SAO VIET", "DAI DUONG"]
CARD_MERCHANTS = ["SHOPEE", "LAZADA VN", "APPLE.COM/BILL", "GOOGLE*YOUTUBE", "NETFLIX.COM", "AGODA", "BOOKING.COM",
                  "GRAB", "VIETNAM AIRLINES", "FPT SHOP", "CIRCLE K", "STEAMGAMES"]

SCAM_TRICKS = [
    "giả danh công an gọi điện thông báo bạn liên quan đến vụ án rửa tiền",
    "giả danh cán bộ hướng dẫn \"chuẩn hóa thông tin\", \"kích hoạt VNeID mức 2\" qua điện thoại",
    "gửi đường link cài ứng dụng Dịch vụ công, VNeID giả mạo",
    "giả danh nhân viên điện lực dọa cắt điện vì nợ tiền",
    "gửi tin nhắn \"phạt nguội\" kèm đường link nộp phạt",
    "mời làm \"cộng tác viên\", \"làm nhiệm vụ\" nhận hoa hồng",
    "giả danh BHXH thông báo được nhận trợ cấp qua link",
    "giả danh nhà mạng dọa khóa SIM, hướng dẫn chuyển đổi eSIM",
    "gọi điện báo người thân đang cấp cứu, cần chuyển tiền gấp",
    "giả làm người thân qua Zalo, Facebook hỏi vay tiền",
    "mời đầu tư sàn tiền ảo cam kết lợi nhuận cao",
    "thông báo trúng thưởng rồi yêu cầu nộp phí nhận giải",
    "giả danh nhân viên ngân hàng mời vay vốn ưu đãi, yêu cầu nộp phí hồ sơ",
    "gửi tin nhắn tài khoản bị khóa kèm link đăng nhập",
]
SAFE_RULES = [
    "không làm việc qua điện thoại", "không yêu cầu chuyển tiền", "không gửi đường link",
    "không yêu cầu cung cấp mã OTP", "không yêu cầu cài ứng dụng qua điện thoại",
    "không thu tiền qua tài khoản cá nhân", "không gửi lệnh bắt qua Zalo", "không yêu cầu gửi ảnh CCCD",
]


def _vnd(rng: random.Random, low: int, high: int, sign: str = "") -> str:
    """Money the way bank alerts print it: 2,000,000VND / 2.000.000 VND / 2.000.000đ."""
    value = rng.randrange(low, high)
    value = value // 1000 * 1000 if value > 100_000 else value
    return _fmt(rng, value, sign)


def _fmt(rng: random.Random, value: int, sign: str = "", style: int | None = None) -> str:
    style = rng.randrange(5) if style is None else style
    if style == 0:
        return f"{sign}{value:,}VND"
    if style == 1:
        return f"{sign}{value:,} VND"
    if style == 2:
        return sign + c.dotted(value) + " VND"
    if style == 3:
        return sign + c.dotted(value) + "đ"
    return f"{sign}{value:,}"


def _price(rng: random.Random, choices) -> str:
    v = c.pick(rng, choices)
    return c.pick(rng, [c.dotted(v) + "đ", f"{v // 1000}K", f"{v // 1000}.000đ", f"{v // 1000}k"])


def _masked(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"{rng.randrange(100, 9999)}xxx{rng.randrange(100, 999)}"
    if shape == 1:
        return f"****{rng.randrange(1000, 9999)}"
    if shape == 2:
        return f"{rng.randrange(10, 99)}xxxx{rng.randrange(1000, 9999)}"
    return f"...{rng.randrange(1000, 9999)}"


def _when(rng: random.Random) -> str:
    d, t = c.date(rng), c.time_hm(rng)
    return c.pick(rng, [f"lúc {t} {d}", f"{t} {d}", f"{d} {t}", f"lúc {t} ngày {d}", f"{d[:5]} {t}"])


def _hotline(rng: random.Random) -> str:
    h = c.hotline(rng)
    return c.pick(rng, [h, f"{h[:4]} {h[4:]}", f"{h[:4]}.{h[4:]}"])


def _province(rng: random.Random) -> str:
    return c.pick(rng, c.PROVINCES)


def _police_unit(rng: random.Random) -> str:
    return c.pick(rng, POLICE_UNITS).format(p=_province(rng), w=c.pick(rng, WARDS))


# ---------------------------------------------------------------- families
# Each returns (text, channel, hard).

def fam_otp_code(rng):
    bank, prefixes, app, domain = c.pick(rng, BANK_INFO)
    otp = c.otp_code(rng, c.pick(rng, [4, 6, 6, 6, 8]))
    if rng.random() < 0.25:
        otp = " ".join(otp[i:i + 2] for i in range(0, len(otp), 2)) if len(otp) == 6 else otp
    purpose = c.pick(rng, [
        f"xác thực giao dịch chuyển tiền {_vnd(rng, 100_000, 50_000_000)}",
        f"đăng nhập {app} trên thiết bị mới",
        f"thanh toán {_vnd(rng, 50_000, 20_000_000)} tại {c.pick(rng, CARD_MERCHANTS)}",
        f"kích hoạt {app}", "đặt lại mật khẩu", "mở thẻ tín dụng trực tuyến",
        "rút tiền không thẻ tại ATM", "tất toán sổ tiết kiệm trực tuyến",
    ])
    validity = c.pick(rng, ["Mã có hiệu lực trong 2 phút.", "Hiệu lực 120 giây.", "Hết hạn sau 3 phút.",
                            "Mã chỉ dùng 1 lần.", "Mã có hiệu lực 5 phút.", ""])
    warn = c.pick(rng, [
        "Tuyệt đối KHÔNG cung cấp mã cho bất kỳ ai, kể cả nhân viên ngân hàng.",
        f"{bank} không bao giờ yêu cầu Quý khách cung cấp OTP qua điện thoại, tin nhắn.",
        "KHÔNG chia sẻ mã này với bất kỳ ai.",
        "Nếu có ai yêu cầu bạn đọc mã này qua điện thoại, đó là lừa đảo.",
        "Không cung cấp OTP dưới bất kỳ hình thức nào.",
        "Nếu không phải Quý khách thực hiện, KHÔNG nhập mã và đổi mật khẩu ngay.",
    ])
    prefix = c.pick(rng, prefixes)
    first = c.pick(rng, [
        f"Mã OTP của Quý khách là {otp}, dùng để {purpose}.",
        f"{otp} là mã xác thực {purpose}.",
        f"OTP {otp} để {purpose}.",
        f"Mã xác thực: {otp} ({purpose}).",
    ])
    if rng.random() < 0.3:
        # non-bank services send the same shape of message
        svc, sdomain = c.pick(rng, [("Shopee", ""), ("Zalo", ""), ("MoMo", ""), ("VNeID", ""), ("Grab", ""),
                                    ("Dịch vụ công", ""), ("My Viettel", ""), ("VssID", ""), ("eTax Mobile", ""),
                                    ("ZaloPay", ""), ("Lazada", ""), ("Tiki", "")])
        first = c.pick(rng, [f"Mã xác thực {svc} của bạn là {otp}.", f"{otp} là mã xác minh {svc} của bạn.",
                             f"[{svc}] Mã OTP: {otp}."])
        warn = c.pick(rng, [f"Không chia sẻ mã này với người khác, kể cả người tự xưng là nhân viên {svc}.",
                            "Tuyệt đối không cung cấp mã cho bất kỳ ai.",
                            "Nếu không phải bạn yêu cầu, hãy bỏ qua tin nhắn này.",
                            "Không cung cấp mã này cho bất kỳ ai, kể cả người xưng là cán bộ cơ quan nhà nước."])
        return c.join_stripped([first, validity, warn]), "sms", True
    parts = [f"{prefix}:" if rng.random() < 0.7 else "", first, validity, warn]
    if rng.random() < 0.3:
        parts = [first, validity, warn, f"-{prefix}"]
    return c.join_stripped(parts), "sms", True


def _content(rng, incoming: bool) -> str:
    tpl = c.pick(rng, CONTENT_IN if incoming else CONTENT_OUT)
    return tpl.format(o=c.rand_token(rng, 8).upper(), m=rng.randrange(1, 13), co=c.pick(rng, COMPANIES),
                      p2=c.pick(rng, ["TP HCM", "HA NOI", "TINH NGHE AN", "DA NANG", "TINH DONG NAI"]), y=2025,
                      r=rng.randrange(101, 509), shop=c.pick(rng, SHOP_NAMES), evn=c.pick(rng, EVN_UNITS)[0],
                      k=rng.randrange(1, 3), g=c.strip_diacritics(c.pick(rng, c.GIVENS)), NAME=c.holder_name(rng),
                      lender=c.pick(rng, LENDERS)[0])


def fam_balance_change(rng):
    bank, prefixes, app, domain = c.pick(rng, BANK_INFO)
    incoming = rng.random() < 0.55
    sign = "+" if incoming else "-"
    top = c.pick(rng, [500_000, 3_000_000, 3_000_000, 20_000_000, 80_000_000])
    amt_v = rng.randrange(10_000, top)
    amt_v = amt_v // 1000 * 1000 if amt_v > 200_000 else amt_v
    bal_v = rng.randrange(0, top * 4) + (amt_v if incoming else 0)
    style = rng.randrange(5)
    amt = _fmt(rng, amt_v, sign, style)
    bal = _fmt(rng, bal_v, "", style)
    acct = _masked(rng)
    nd = _content(rng, incoming)
    when = _when(rng)
    prefix = c.pick(rng, prefixes)
    shape = rng.randrange(5)
    if shape == 0:
        text = f"{prefix}: TK {acct} {amt} {when}. SD: {bal}. ND: {nd}"
    elif shape == 1:
        text = f"{prefix} {when}|TK:{acct}|GD:{amt}|SD:{bal}|ND:{nd}"
    elif shape == 2:
        text = f"Số dư TK {acct} {'tăng' if incoming else 'giảm'} {amt.lstrip('+-')} {when}. Số dư hiện tại: {bal}. Nội dung: {nd}. {prefix}"
    elif shape == 3:
        text = f"{prefix}: Tài khoản {acct} vừa {'nhận' if incoming else 'bị trừ'} {amt} {when}. Số dư: {bal}. ND: {nd}"
    else:
        lines = [f"{prefix} thông báo biến động số dư", f"Tài khoản: {acct}", f"Giao dịch: {amt}",
                 f"Thời gian: {when}", f"Số dư: {bal}", f"Nội dung: {nd}"]
        return "\n".join(lines), "chat", True
    if rng.random() < 0.2:
        text += f" Ref {c.rand_token(rng, 7).upper()}"
    return text, "sms", True


def fam_card_spending(rng):
    bank, prefixes, app, domain = c.pick(rng, BANK_INFO)
    card = f"****{rng.randrange(1000, 9999)}"
    merchant = c.pick(rng, CARD_MERCHANTS)
    amt = _vnd(rng, 30_000, 30_000_000)
    prefix = c.pick(rng, prefixes)
    kind = rng.randrange(5)
    if kind == 0:
        text = (f"{prefix}: Thẻ {card} giao dịch {amt} tại {merchant} {_when(rng)}. Hạn mức khả dụng "
                f"{_vnd(rng, 1_000_000, 90_000_000)}.")
        text = c.join_stripped([text, c.maybe(rng, f"Nếu không phải Quý khách thực hiện, vui lòng khóa thẻ ngay trên {app}.", 0.6)])
    elif kind == 1:
        m = rng.randrange(1, 12)
        text = (f"{prefix}: Sao kê thẻ tín dụng {card} kỳ {rng.choice([15, 20, 25])}/{m:02d}: dư nợ {_vnd(rng, 500_000, 60_000_000)}, "
                f"thanh toán tối thiểu {_vnd(rng, 100_000, 3_000_000)}, hạn thanh toán {rng.randrange(5, 16):02d}/{m + 1:02d}. "
                f"Thanh toán qua {app} để tránh phí chậm trả.")
    elif kind == 2:
        text = (f"{prefix}: Giao dịch {amt} tại {merchant} trên thẻ {card} bị từ chối do vượt hạn mức giao dịch "
                f"trực tuyến. Quý khách có thể điều chỉnh hạn mức trên {app}.")
    elif kind == 3:
        text = (f"{prefix}: Thẻ {card} đã được KHÓA theo yêu cầu của Quý khách {_when(rng)}. Để mở lại, vui lòng "
                f"thao tác trên {app} hoặc đến chi nhánh gần nhất. {bank} không gửi link mở khóa thẻ.")
    else:
        text = (f"{prefix}: Thẻ mới {card} đã được gửi về chi nhánh đăng ký. Vui lòng mang CCCD đến nhận. "
                f"{bank} không giao thẻ qua bên thứ ba và không yêu cầu đóng phí giao thẻ.")
    return text, "sms", True


def fam_bank_scam_warning(rng):
    bank, prefixes, app, domain = c.pick(rng, BANK_INFO)
    trick = c.pick(rng, [
        "gọi điện giả danh nhân viên ngân hàng yêu cầu cập nhật sinh trắc học qua đường link",
        "gửi tin nhắn thông báo tài khoản bị khóa, kèm đường link đăng nhập",
        "thông báo \"phí dịch vụ tài chính toàn cầu\" sắp bị trừ, yêu cầu hủy qua link",
        "mời vay vốn ưu đãi rồi yêu cầu nộp phí hồ sơ trước khi giải ngân",
        "gọi điện hướng dẫn \"hủy bảo hiểm thẻ\", \"nâng hạn mức\" và xin mã OTP",
        "lập fanpage giả mạo có tích xanh giả, chạy quảng cáo hoàn tiền thẻ tín dụng",
        "yêu cầu chuyển tiền vào \"tài khoản an toàn\" để xác minh",
        "gửi file cài đặt ứng dụng ngân hàng giả (.apk) qua Zalo",
        "mời nhận \"điểm thưởng sắp hết hạn\" qua đường link lạ",
    ])
    never = c.pick(rng, [f"{bank} KHÔNG gửi link, KHÔNG yêu cầu cung cấp OTP, mật khẩu.",
                         f"{bank} không bao giờ yêu cầu khách hàng truy cập đường link để đăng nhập.",
                         f"{bank} không thu bất kỳ khoản phí nào qua đường link hay tài khoản cá nhân.",
                         f"Nhân viên {bank} không bao giờ đề nghị Quý khách đọc mã OTP."])
    where = c.pick(rng, [f"Chỉ sử dụng ứng dụng {app} và website {domain}.",
                         f"Thông tin chính thức tại {domain}.",
                         "Ứng dụng chính thức chỉ tải từ App Store/Google Play.",
                         "Nếu nghi ngờ, liên hệ tổng đài in trên mặt sau thẻ."])
    channel = c.pick(rng, ["sms", "sms", "social", "chat"])
    if channel == "sms":
        head = c.pick(rng, [f"{c.pick(rng, prefixes)} cảnh báo:", f"{c.pick(rng, prefixes)}:", f"{c.pick(rng, prefixes)} lưu ý:",
                            "CẢNH BÁO LỪA ĐẢO:"])
        text = c.join_stripped([head, f"Kẻ gian {trick}.", never, where])
    elif channel == "social":
        head = c.pick(rng, ["⚠️ CẢNH BÁO LỪA ĐẢO ⚠️", "🔒 AN TOÀN GIAO DỊCH", f"[{bank.upper()} CẢNH BÁO]",
                            "‼️ Khách hàng lưu ý ‼️"])
        tail = c.pick(rng, ["Hãy chia sẻ để người thân cùng biết!", f"#{bank} #canhbaoluadao",
                            "Cùng nhau nói KHÔNG với lừa đảo trực tuyến.", ""])
        text = "\n".join(x for x in [head, f"Gần đây xuất hiện thủ đoạn {trick}.", never, where, tail] if x)
    else:
        text = c.join_stripped([f"{bank} (Official Account): Kính gửi Quý khách, hiện có đối tượng {trick}.", never, where])
    return text, channel, True


def fam_bank_service_notice(rng):
    bank, prefixes, app, domain = c.pick(rng, BANK_INFO)
    prefix = c.pick(rng, prefixes)
    kind = rng.randrange(6)
    if kind == 0:
        text = (f"{prefix}: Từ {c.date(rng)}, giao dịch chuyển tiền trên 10 triệu đồng cần xác thực khuôn mặt. "
                f"Quý khách cập nhật sinh trắc học trực tiếp trên {app} bằng CCCD gắn chip. "
                f"{bank} không gửi link hay gọi điện hướng dẫn.")
    elif kind == 1:
        text = (f"{prefix} thông báo: Hệ thống {app} tạm dừng để bảo trì từ {c.time_hm(rng)} ngày {c.date(rng)} "
                f"trong khoảng {rng.randrange(2, 5)} giờ. Rất mong Quý khách thông cảm.")
    elif kind == 2:
        text = (f"{prefix}: Sổ tiết kiệm {_masked(rng)} sẽ đến hạn vào {c.date(rng)}. Nếu không có chỉ thị khác, "
                f"sổ sẽ tự động tái tục kỳ hạn {rng.choice([1, 3, 6, 12])} tháng. Tra cứu trên {app}.")
    elif kind == 3:
        text = (f"{prefix}: Giấy tờ tùy thân của Quý khách đã hết hạn. Để giao dịch không bị gián đoạn, vui lòng "
                f"cập nhật CCCD trên {app} hoặc tại quầy giao dịch gần nhất.")
    elif kind == 4:
        text = (f"{prefix}: Từ {c.date(rng)}, phí SMS Banking là {c.pick(rng, ['11.000đ', '9.900đ', '8.800đ'])}/tháng. "
                f"Quý khách có thể chuyển sang nhận thông báo miễn phí qua {app}. Chi tiết tại {domain}.")
    else:
        text = c.join_stripped([f"{prefix}: Phiên bản mới {rng.randrange(4, 9)}.{rng.randrange(0, 10)} của {app} đã có trên "
                                f"App Store và Google Play.", c.pick(rng, ["Vui lòng cập nhật để sử dụng tính năng mới.",
                                                                           "Phiên bản cũ sẽ ngừng hỗ trợ từ " + c.date(rng) + ".", ""]),
                                f"{bank} không gửi file cài đặt qua {c.pick(rng, ['tin nhắn, Zalo', 'email', 'đường link'])}."])
    return text, "sms", True


def fam_telco_shortcode_promo(rng):
    name, prefixes, app, domain, code, optout = c.pick(rng, TELCO_INFO)
    pkg = c.pick(rng, ["V", "ST", "SD", "MXH", "C", "D", "5G", "N", "TX", "MAX"]) + str(c.pick(rng, [7, 10, 50, 70, 90, 99, 120, 135, 150, 199]))
    price = _price(rng, [10_000, 50_000, 70_000, 90_000, 120_000, 135_000, 150_000, 199_000])
    period = c.pick(rng, ["30 ngày", "tháng", "7 ngày", "ngày", "chu kỳ 30 ngày"])
    data = c.pick(rng, ["1GB/ngày", "1,5GB/ngày", "2GB/ngày", "4GB/ngày", "6GB/ngày", "30GB", "5GB tốc độ cao",
                        "data không giới hạn TikTok, YouTube"])
    extra = c.pick(rng, ["", "+ miễn phí gọi nội mạng dưới 20 phút", "+ 100 phút ngoại mạng",
                         "+ miễn phí TV360", "+ tặng 1 tháng khi gia hạn"])
    tag = c.pick(rng, ["[QC]", "(QC)", "QC:", "[QC]"])
    verb = c.pick(rng, [f"Soạn {pkg} gửi {code}", f"Soạn DK {pkg} gửi {code}", f"Đăng ký: soạn {pkg} gửi {code}"])
    head = c.pick(rng, [f"{name} ưu đãi riêng bạn:", f"{name} tặng bạn ưu đãi:", "Chỉ dành cho bạn:", "",
                        f"{c.pick(rng, prefixes)}:"])
    body = c.pick(rng, [f"Gói {pkg} chỉ {price}/{period}, có ngay {data} {extra}.",
                        f"Chỉ {price}/{period} có ngay {data} {extra}. Gói {pkg}.",
                        f"Nạp thẻ từ {_price(rng, [50_000, 100_000, 200_000])} hôm nay được tặng {rng.choice([20, 30, 50])}% giá trị thẻ.",
                        f"Lắp Internet cáp quang {name} chỉ từ {_price(rng, [165_000, 180_000, 220_000])}/tháng, tặng thêm tháng khi đóng trước."])
    info = c.maybe(rng, f"Chi tiết: {domain}.", 0.5)
    parts = [tag, head, body, verb + ".", info, optout + "."]
    if rng.random() < 0.3:
        parts = [head, body, verb + ".", info, tag, optout]
    return c.join_stripped(parts), "sms", True


def fam_telco_account_status(rng):
    name, prefixes, app, domain, code, optout = c.pick(rng, TELCO_INFO)
    prefix = c.pick(rng, prefixes)
    pkg = c.pick(rng, ["V90B", "ST120K", "MXH120", "C90N", "D159V", "SD135", "5GC199"])
    kind = rng.randrange(7)
    if kind == 0:
        text = (f"Gói cước {pkg} của Quý khách sẽ hết hạn vào 00:00 ngày {c.date(rng)} và được gia hạn tự động. "
                f"Vui lòng đảm bảo tài khoản chính đủ tiền. Hủy gia hạn soạn HUY {pkg} gửi {code}.")
    elif kind == 1:
        text = (f"TKC của Quý khách còn {rng.randrange(100, 5000):,}đ. Vui lòng nạp thêm để duy trì liên lạc. "
                f"Nạp qua {app} hoặc tại điểm bán lẻ.").replace(",", ".")
    elif kind == 2:
        text = (f"{prefix}: Quý khách đã sử dụng {rng.choice([80, 90, 100])}% data tốc độ cao của gói {pkg}. "
                f"Mua thêm 1GB chỉ 10.000đ, soạn MUA1GB gửi {code}.")
    elif kind == 3:
        text = (f"{prefix}: Thông tin thuê bao của Quý khách chưa khớp với dữ liệu CCCD trong Cơ sở dữ liệu quốc gia "
                f"về dân cư. Vui lòng cập nhật trên {app} hoặc tại cửa hàng {name} trước {c.date(rng)}. "
                f"{name} KHÔNG gọi điện yêu cầu cung cấp OTP, không gửi link cập nhật.")
    elif kind == 4:
        text = (f"{prefix} cảnh báo: Kẻ gian gọi điện mạo danh nhà mạng, dọa khóa SIM hoặc hướng dẫn chuyển đổi "
                f"eSIM rồi xin mã OTP. {name} không đổi SIM qua điện thoại. Vui lòng đến cửa hàng chính thức.")
    elif kind == 5:
        text = (f"Cước trả sau tháng {rng.randrange(1, 13)} của TB 09{rng.randrange(10, 99)}xxx{rng.randrange(100, 999)} "
                f"là {_vnd(rng, 50_000, 900_000)}, hạn thanh toán {c.date(rng)}. Thanh toán trên {app} hoặc {domain}. "
                f"Bỏ qua nếu đã thanh toán.")
    else:
        text = (f"Quý khách đã gia hạn thành công gói {pkg}. Hạn sử dụng đến {c.date(rng)}. "
                f"Tra cứu ưu đãi còn lại soạn KTTK gửi {code} hoặc trên {app}.")
    if rng.random() < 0.35 and not text.startswith(prefix):
        text = f"{prefix}: {text}" if rng.random() < 0.5 else f"{text} -{name}"
    return text, "sms", True


def fam_police_scam_warning(rng):
    unit = _police_unit(rng)
    trick = c.pick(rng, SCAM_TRICKS)
    rules = rng.sample(SAFE_RULES, k=rng.randrange(1, 4))
    rule_txt = "Cơ quan chức năng " + ", ".join(rules) + "."
    action = c.pick(rng, ["Khi nghi ngờ, hãy báo ngay 113 hoặc công an nơi gần nhất.",
                          "Hãy chia sẻ để ông bà, cha mẹ cùng biết!",
                          "Mọi thủ tục thực hiện trực tiếp tại trụ sở hoặc trên dichvucong.gov.vn, ứng dụng VNeID chính thức.",
                          "Không bấm link lạ, không cài ứng dụng ngoài App Store/Google Play.",
                          "Hãy gọi lại cho người thân bằng số quen thuộc để xác minh."])
    channel = c.pick(rng, ["sms", "sms", "social", "social", "chat"])
    if channel == "sms":
        head = c.pick(rng, [f"{unit} cảnh báo:", f"{unit}:", "CẢNH BÁO:", f"{unit} khuyến cáo:"])
        text = c.join_stripped([head, f"Đối tượng {trick}.", rule_txt, action])
    elif channel == "social":
        head = c.pick(rng, ["⚠️ CẢNH BÁO THỦ ĐOẠN LỪA ĐẢO", "📢 THÔNG BÁO", "🚨 CẢNH GIÁC!", f"[{unit.upper()}]"])
        story = (f"Thời gian gần đây, nhiều người dân trên địa bàn phản ánh việc đối tượng {trick}. "
                 f"{c.pick(rng, ['Nhiều người đã bị chiếm đoạt tiền trong tài khoản.', 'Sau đó nạn nhân bị chiếm đoạt tài sản.', ''])}")
        text = "\n".join(x for x in [head, story.strip(), rule_txt, action, c.maybe(rng, f"— {unit}", 0.6)] if x)
    else:
        text = c.join_stripped([f"{unit} (OA) thông báo: Bà con lưu ý, có đối tượng {trick}.", rule_txt, action])
    return text, channel, True


def fam_vneid_gov_status(rng):
    name = c.holder_name(rng) if rng.random() < 0.5 else c.person_name(rng).upper()
    kind = rng.randrange(6)
    if kind == 0:
        text = c.join_stripped([c.pick(rng, ["VNeID:", "Bộ Công an:", "TTDLQG về dân cư:", ""]),
                                f"Tài khoản định danh điện tử mức {c.pick(rng, ['2', '2', '1'])} của {c.pick(rng, ['bạn', 'công dân ' + name])} "
                                f"đã được {c.pick(rng, ['kích hoạt thành công', 'phê duyệt'])}.",
                                c.pick(rng, ["Đăng nhập ứng dụng VNeID để sử dụng.", "Vui lòng kích hoạt trên ứng dụng VNeID.", ""]),
                                c.pick(rng, ["Không cung cấp mật khẩu, mã kích hoạt cho bất kỳ ai.",
                                             "Bộ Công an không gửi đường link kích hoạt qua tin nhắn.",
                                             "Cán bộ không gọi điện hướng dẫn qua link."])])
    elif kind == 1:
        text = (f"Mã kích hoạt tài khoản định danh điện tử: {c.otp_code(rng)}. Mã có hiệu lực 5 phút. Tuyệt đối không "
                f"cung cấp mã cho người khác, kể cả người xưng là công an.")
    elif kind == 2:
        text = (f"DVCQG: Hồ sơ số 000.00.{rng.randrange(10, 99)}.H{rng.randrange(10, 64)}-{rng.randrange(100000, 999999)} "
                f"của ông/bà {name} đã được tiếp nhận. Tra cứu tại dichvucong.gov.vn.")
    elif kind == 3:
        text = c.join_stripped([f"{c.pick(rng, ['Cổng Dịch vụ công', 'DVCQG', 'UBND ' + c.pick(rng, WARDS)])}: Hồ sơ "
                                f"{c.pick(rng, ['cấp hộ chiếu', 'cấp đổi GPLX', 'đăng ký xe', 'cấp phiếu LLTP', 'đăng ký khai sinh', 'chứng thực'])} "
                                f"{c.pick(rng, ['của bạn', 'của ông/bà ' + name])} đã có kết quả.",
                                c.pick(rng, ["Kết quả trả qua bưu điện.", "Mời nhận tại bộ phận một cửa vào giờ hành chính.",
                                             "Kết quả trả qua bưu điện hoặc tại bộ phận một cửa."]),
                                c.pick(rng, ["Lệ phí đã thanh toán, không nộp thêm khoản phí nào cho bưu tá.", "Không có phí phát sinh.",
                                             "Tra cứu tại dichvucong.gov.vn.", ""])])
    elif kind == 4:
        text = (f"VNeID: Bạn vừa đăng nhập tài khoản định danh điện tử trên thiết bị mới {_when(rng)}. Nếu không phải "
                f"bạn, vui lòng đổi mật khẩu trong ứng dụng VNeID.")
    else:
        text = (f"VNeID: {c.pick(rng, ['Thẻ BHYT', 'Giấy phép lái xe', 'Giấy đăng ký xe', 'Mã số thuế'])} của bạn đã được "
                f"tích hợp vào tài khoản định danh điện tử. Xem trong mục Ví giấy tờ trên ứng dụng VNeID.")
    return text, "sms", True


def fam_bhxh_tax_notice(rng):
    kind = rng.randrange(6)
    if kind == 0:
        text = (f"BHXH Việt Nam: Tháng {rng.randrange(1, 13)}/2026 đơn vị đã đóng BHXH cho bạn. Tổng thời gian tham gia: "
                f"{rng.randrange(1, 25)} năm {rng.randrange(0, 12)} tháng. Tra cứu trên VssID. BHXH không gửi link, không "
                f"gọi điện yêu cầu OTP.")
    elif kind == 1:
        text = (f"Thẻ BHYT của bạn sẽ hết hạn vào {c.date(rng)}. Vui lòng gia hạn tại đại lý thu BHXH hoặc qua VssID, "
                f"Cổng DVC. Không thanh toán cho cá nhân tự xưng cán bộ BHXH.")
    elif kind == 2:
        text = (f"BHXH {_province(rng)}: Lương hưu tháng {rng.randrange(1, 13)} của ông/bà {c.holder_name(rng)} đã chuyển vào "
                f"tài khoản {c.pick(rng, BANK_INFO)[0]} {_masked(rng)}, số tiền {_vnd(rng, 2_000_000, 15_000_000)}.")
    elif kind == 3:
        text = (f"Cơ quan thuế thông báo: Hạn quyết toán thuế TNCN năm 2025 là {c.date(rng)}. Thực hiện trên eTax "
                f"Mobile hoặc thuedientu.gdt.gov.vn. Không cài ứng dụng thuế từ đường link lạ.")
    elif kind == 4:
        text = (f"Hồ sơ hoàn thuế TNCN của ông/bà {c.person_name(rng).upper()} đã được chấp nhận. Số tiền hoàn "
                f"{_vnd(rng, 300_000, 20_000_000)} sẽ chuyển vào tài khoản đã khai. Không phải nộp bất kỳ khoản phí nào.")
    else:
        agency, lure, apps = c.pick(rng, [
            ("BHXH", ["nhận BHXH một lần", "nhận trợ cấp thất nghiệp", "cấp lại thẻ BHYT"], "VssID, Cổng DVC"),
            ("thuế", ["cập nhật mã số thuế", "hoàn thuế nhanh", "khai thuế hộ kinh doanh"], "eTax Mobile, thuedientu.gdt.gov.vn"),
        ])
        text = (f"CẢNH BÁO: Đối tượng giả danh cán bộ {agency} gọi điện yêu cầu cài ứng dụng qua link để "
                f"\"{c.pick(rng, lure)}\". Mọi thủ tục thực hiện tại cơ quan {agency} hoặc qua {apps}. "
                f"{c.pick(rng, ['Không cung cấp OTP.', 'Không bấm link lạ.', 'Không chuyển tiền cho cá nhân.', ''])}")
    return text, "sms", True


def fam_delivery_status(rng):
    courier, short, domain = c.pick(rng, c.COURIERS)
    code = c.rand_token(rng, rng.randrange(8, 13), "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    shipper = c.person_name(rng)
    kind = rng.randrange(5)
    if kind == 0:
        text = (f"{courier}: Đơn hàng {code} đang được giao. Shipper {shipper} {c.phone(rng)} sẽ liên hệ trong hôm nay. "
                f"{c.pick(rng, ['Đơn đã thanh toán trước, bạn không cần trả thêm tiền.', 'Tiền thu hộ: 0đ.', 'COD 0đ.'])}")
    elif kind == 1:
        text = (f"{courier}: Đơn {code} sẽ giao trong ngày {c.date(rng)[:5]}. Tiền thu hộ: "
                f"{_vnd(rng, 50_000, 3_000_000)}. Kiểm tra hành trình tại {domain}.")
    elif kind == 2:
        text = (f"{courier} thông báo: Đơn hàng {code} giao không thành công do không liên lạc được. Đơn sẽ được giao lại "
                f"vào ngày mai. {courier} không yêu cầu chuyển khoản phí lưu kho hay phí giao lại qua link.")
    elif kind == 3:
        text = f"{courier}: Đơn hàng {code} đã giao thành công lúc {c.time_hm(rng)}. Cảm ơn bạn đã sử dụng dịch vụ."
    else:
        text = (f"{courier} (OA): Bưu phẩm {code} đang được phát. Bưu tá: {shipper}. Tiền thu hộ: 0đ. Nếu có người "
                f"yêu cầu bạn chuyển khoản phí giao hàng, vui lòng báo lại qua OA.")
        return text, "chat", True
    return text, "sms", kind != 3


def fam_ecommerce_promo(rng):
    shop, domain = c.pick(rng, ECOM_INFO)
    event = c.pick(rng, ["12.12", "11.11", "9.9", "Black Friday", "Sale giữa tháng", "Sinh nhật", "Tết", "Flash Sale 0H"])
    deal = c.pick(rng, [f"Voucher giảm {rng.choice([10, 20, 30, 50])}% tối đa {rng.choice([50, 100, 200])}K",
                        "mã freeship 0đ", f"hoàn tiền {rng.choice([5, 10, 15])}% khi thanh toán bằng thẻ tín dụng",
                        "trả góp 0% lãi suất", f"deal {rng.choice([1, 9, 99])}K mỗi khung giờ"])
    where = c.pick(rng, [f"Dùng ngay trong app {shop}.", f"Chi tiết tại {domain}.", f"Mua tại {domain} hoặc app {shop}.",
                         f"Vào app {shop} > Kho voucher."])
    safe = c.maybe(rng, c.pick(rng, [f"{shop} không bao giờ nhắn tin yêu cầu chuyển khoản để nhận quà.",
                                     f"Cảnh giác các trang giả mạo dùng tên {shop} đòi chuyển khoản trước.",
                                     f"{shop} không bán hàng qua tin nhắn riêng."]), 0.5)
    deadline = c.pick(rng, ["Hạn dùng đến 23:59 hôm nay.", f"Áp dụng đến {c.date(rng)}.", "Số lượng có hạn.", ""])
    if rng.random() < 0.35:
        head = c.pick(rng, [f"🎁 {event.upper()} 🎁", f"🔥 {event} 🔥", f"📣 {shop.upper()} {event.upper()}"])
        text = "\n".join(x for x in [head, f"{deal.capitalize()} cho mọi đơn hàng.", deadline, where, safe] if x)
        return text, "social", True
    tag = c.pick(rng, ["(QC)", "[QC]", "", ""])
    body = c.pick(rng, [f"{event} - {deal} đang chờ bạn!", f"Bạn có {deal} cho dịp {event}.",
                        f"{event.upper()}: {deal}, chỉ trong hôm nay!", f"Nhân dịp {event}, {shop} dành tặng bạn {deal}.",
                        f"Đừng bỏ lỡ {deal} dịp {event}."])
    parts = [f"{shop}:", body, deadline, where, safe]
    if rng.random() < 0.5:
        parts = [tag] + parts
    else:
        parts.append(tag)
    text = c.join_stripped(parts)
    return text, "sms", True


def fam_ewallet_payment(rng):
    wallet, short, domain = c.pick(rng, c.WALLETS)
    amt = _vnd(rng, 10_000, 5_000_000)
    kind = rng.randrange(5)
    if kind == 0:
        text = (f"{wallet}: Bạn đã nhận {amt} từ {c.holder_name(rng)} lúc {c.time_hm(rng)}. Lời nhắn: "
                f"\"{c.pick(rng, ['tien an trua', 'tra tien ve xem phim', 'chuc mung sinh nhat', 'gop tien qua'])}\". "
                f"Số dư ví: {_vnd(rng, 10_000, 5_000_000)}.")
    elif kind == 1:
        text = (f"{wallet}: Thanh toán thành công {amt} cho hóa đơn {c.pick(rng, ['điện', 'nước', 'internet', 'học phí'])} "
                f"kỳ {rng.randrange(1, 13)}/2026. Cảm ơn bạn đã sử dụng {wallet}.")
    elif kind == 2:
        text = (f"{wallet}: Ví của bạn vừa được liên kết với tài khoản {c.pick(rng, BANK_INFO)[0]} {_masked(rng)}. Nếu không "
                f"phải bạn thực hiện, hủy liên kết ngay trong ứng dụng {wallet}.")
    elif kind == 3:
        text = (f"{wallet} cảnh báo: Không chuyển tiền cho người lạ tự xưng nhân viên {wallet} để \"mở khóa ví\" hay "
                f"\"nhận hoàn tiền\". {wallet} chỉ hỗ trợ trong mục Trợ giúp của ứng dụng.")
    else:
        text = (f"{wallet}: Bạn được hoàn {_vnd(rng, 5_000, 100_000)} từ ưu đãi thanh toán. Tiền đã vào ví, không cần "
                f"thao tác thêm. Chi tiết tại {domain}.")
    return text, "sms", True


def fam_utility_bill(rng):
    unit, domain, kh = c.pick(rng, EVN_UNITS)
    code = f"{kh}{rng.randrange(10, 99)}00{rng.randrange(100000, 999999)}"
    amt = _vnd(rng, 80_000, 3_000_000)
    kind = rng.randrange(4)
    if kind == 0:
        text = (f"{unit} thông báo tiền điện kỳ {rng.randrange(1, 3)} tháng {rng.randrange(1, 13)}/2026 của KH {code}: "
                f"{amt}. Thanh toán qua ngân hàng, ví điện tử hoặc ứng dụng CSKH. Bỏ qua nếu đã thanh toán. "
                f"Tra cứu: {domain}")
        return text, "sms", True
    if kind == 1:
        text = (f"Điện lực {c.pick(rng, WARDS)} thông báo: Tạm ngừng cung cấp điện từ {rng.randrange(6, 10)}h00 đến "
                f"{rng.randrange(11, 17)}h00 ngày {c.date(rng)} để bảo dưỡng lưới điện. Mong Quý khách thông cảm.")
        return text, "sms", False
    if kind == 2:
        text = (f"{unit} CSKH (Zalo OA): Kính gửi Quý khách, tiền điện tháng {rng.randrange(1, 13)} của mã khách hàng "
                f"{code} là {amt}. Quý khách có thể thanh toán trong mục Thanh toán của OA hoặc qua ngân hàng. "
                f"Ngành điện không thu tiền qua tài khoản cá nhân.")
        return text, "chat", True
    text = (f"{unit} cảnh báo: Kẻ gian giả danh nhân viên điện lực gọi điện thông báo nợ tiền điện, dọa cắt điện "
            f"{c.deadline(rng)}, yêu cầu kết bạn Zalo, cài ứng dụng. Điện lực không làm việc này. Tra cứu tại {domain}.")
    return text, "sms", True


def fam_loan_due_reminder(rng):
    lender, app = c.pick(rng, LENDERS)
    contract = f"{rng.randrange(10, 99)}xxx{rng.randrange(1000, 9999)}"
    amt = _vnd(rng, 300_000, 9_000_000)
    due = c.date(rng)
    kind = rng.randrange(4)
    if kind == 0:
        text = (f"{lender}: Khoản vay HĐ {contract} đến hạn thanh toán ngày {due}, số tiền {amt}. Thanh toán qua "
                f"app {app} hoặc ngân hàng. Chỉ thanh toán vào tài khoản mang tên {lender}.")
    elif kind == 1:
        text = (f"{lender}: Quý khách đã thanh toán thành công {amt} cho HĐ {contract}. Kỳ tiếp theo: {due}. "
                f"Cảm ơn Quý khách!")
    elif kind == 2:
        text = (f"{lender} (OA chính thức): Chào anh/chị {c.person_name(rng, full=False)}, kỳ thanh toán tháng này của hợp "
                f"đồng {contract} là {amt}, hạn {due}. Anh/chị thanh toán trên ứng dụng {app} hoặc tại điểm thu hộ. "
                f"{lender} không dùng tài khoản cá nhân để thu tiền và không đe dọa khách hàng.")
        return text, "chat", True
    else:
        text = (f"{lender}: Khoản vay HĐ {contract} đã quá hạn {rng.randrange(1, 10)} ngày, số tiền {amt}. Vui lòng "
                f"thanh toán sớm qua app {app} hoặc liên hệ tổng đài {_hotline(rng)}. Không thanh toán qua nhân viên thu hộ cá nhân.")
    return text, "sms", True


def fam_lucky_draw_result(rng):
    org, progs = c.pick(rng, [
        ("Viettel", ["Nạp thẻ trúng vàng", "Sinh nhật Viettel - Triệu quà tặng"]),
        ("MobiFone", ["Sinh nhật MobiFone", "Nạp tiền may mắn"]),
        ("Vietcombank", ["Gửi tiết kiệm - Rinh quà Tết", "Tri ân khách hàng"]),
        ("Agribank", ["Ưu đãi tri ân", "Gửi tiền trúng lớn"]),
        ("TPBank", ["Chi tiêu thẻ - Hoàn tiền bất tận", "Tri ân khách hàng"]),
        ("Co.opmart", ["Mua sắm thả ga", "Hội viên may mắn"]),
        ("Vinamilk", ["Săn nắp trúng quà", "Uống sữa - Trúng lớn"]),
        ("MoMo", ["Vòng quay may mắn Tết", "Thanh toán hóa đơn - nhận quà"]),
        ("Highlands Coffee", ["Minigame cuối tuần", "Tích điểm đổi quà"]),
    ])
    prog = c.pick(rng, progs)
    prize = c.pick(rng, ["1 chỉ vàng SJC", "1 xe đạp", "phiếu mua hàng 500.000đ", "1 thùng sữa", "100.000đ vào tài khoản",
                         "voucher 200K", "1 xe máy"])
    rank = c.pick(rng, ["giải Nhất", "giải Nhì", "giải Ba", "giải Khuyến khích"])
    how = c.pick(rng, [f"Vui lòng mang CCCD đến cửa hàng/chi nhánh {org} gần nhất trước {c.date(rng)} để nhận.",
                       "Giải thưởng sẽ được cộng trực tiếp, không cần thao tác thêm.",
                       "Quà được gửi miễn phí về địa chỉ đã đăng ký."])
    nofee = c.pick(rng, [f"{org} KHÔNG thu bất kỳ khoản phí nào.", "Khách hàng không phải nộp phí hay thuế.",
                         "Nếu có ai yêu cầu bạn nộp phí để nhận giải, đó là lừa đảo.", "Không cần cung cấp OTP."])
    if rng.random() < 0.3:
        text = "\n".join([f"🎉 CÔNG BỐ KẾT QUẢ CHƯƠNG TRÌNH \"{prog.upper()}\" 🎉",
                          f"Danh sách khách hàng trúng giải đã được đăng trên website chính thức của {org}.",
                          "Ban tổ chức sẽ liên hệ qua số điện thoại đã đăng ký để hướng dẫn nhận giải trực tiếp.",
                          nofee])
        return text, "social", True
    text = c.join_stripped([f"{org}: Chúc mừng Quý khách trúng {rank} chương trình \"{prog}\": {prize}.", how, nofee])
    return text, "sms", True


def fam_charity_shortcode(rng):
    fund, causes, kw = c.pick(rng, [
        ("Ủy ban MTTQ Việt Nam", ["đồng bào miền Trung bị lũ lụt", "người dân vùng bão", "đồng bào vùng sạt lở"], "UH"),
        ("Quỹ Bảo trợ trẻ em Việt Nam", ["trẻ em có hoàn cảnh khó khăn", "phẫu thuật tim cho trẻ em nghèo"], "BTTE"),
        ("Hội Chữ thập đỏ Việt Nam", ["Tết nhân ái", "người bệnh nghèo", "người dân vùng lũ"], "CTD"),
        ("Quỹ Vì người nghèo", ["hộ nghèo đón Tết", "xây nhà đại đoàn kết"], "VNN"),
        ("Quỹ Khuyến học Việt Nam", ["học sinh vùng cao", "học bổng cho học sinh nghèo vượt khó"], "KH"),
    ])
    cause = c.pick(rng, causes)
    code = c.pick(rng, ["1405", "1409", "1357", "1483"])
    price = c.pick(rng, ["20.000đ/tin", "10.000đ/tin", "mỗi tin 20.000đ"])
    if rng.random() < 0.3:
        text = "\n".join([f"🙏 CHUNG TAY ỦNG HỘ {cause.upper()}",
                          f"{fund} tiếp nhận ủng hộ qua tài khoản chính thức công bố trên trang tin của {fund} "
                          f"và qua tin nhắn {kw} gửi {code} ({price}).",
                          "Không chuyển tiền cho các tài khoản cá nhân tự xưng \"cứu trợ\" trên mạng xã hội. "
                          "Mọi khoản ủng hộ đều được sao kê công khai."])
        return text, "social", True
    text = c.join_stripped([f"Chung tay ủng hộ {cause}: soạn {kw} gửi {code} ({price}).",
                            f"Toàn bộ số tiền chuyển về {fund}.", c.maybe(rng, "Danh sách ủng hộ được công khai.", 0.5),
                            "Cảm ơn tấm lòng của Quý khách!"])
    return text, "sms", True


def fam_school_notice(rng):
    school = c.pick(rng, ["THCS Lê Quý Đôn", "THPT Nguyễn Du", "TH Kim Đồng", "MN Hoa Sen", "THPT Phan Đình Phùng",
                          "THCS Nguyễn Trãi", "TH Chu Văn An"])
    student = c.person_name(rng)
    cls = f"{rng.randrange(1, 13)}{c.pick(rng, ['A', 'B', 'C', 'A1', 'A2'])}"
    kind = rng.randrange(5)
    if kind == 0:
        text = (f"Trường {school}: Học phí học kỳ {c.pick(rng, ['I', 'II'])} của HS {student} (lớp {cls}) là "
                f"{_vnd(rng, 500_000, 6_000_000)}. Phụ huynh thanh toán qua {c.pick(rng, ['app SSC', 'vnEdu', 'ngân hàng theo mã học sinh'])} "
                f"trước {c.date(rng)}. Nhà trường không thu qua tài khoản cá nhân giáo viên.")
        return text, "sms", True
    if kind == 1:
        text = c.join_stripped([f"Trường {school} {c.pick(rng, ['cảnh báo phụ huynh:', 'thông báo:', 'lưu ý phụ huynh:'])}",
                                f"Xuất hiện đối tượng giả danh {c.pick(rng, ['giáo viên', 'nhân viên y tế trường', 'cán bộ nhà trường'])} "
                                f"gọi điện báo {c.pick(rng, ['học sinh bị tai nạn', 'học sinh cấp cứu', 'con đang nằm viện'])}, yêu cầu chuyển tiền "
                                f"{c.pick(rng, ['gấp', 'để mổ', 'đóng viện phí'])}.",
                                c.pick(rng, ["Vui lòng gọi lại GVCN để xác minh.", "Nhà trường chỉ liên hệ qua số GVCN đã cung cấp.",
                                             "Phụ huynh bình tĩnh gọi cho nhà trường trước khi làm bất cứ điều gì."])])
        return text, "sms", True
    if kind == 2:
        text = (f"Trường {school}: Mời phụ huynh lớp {cls} dự họp phụ huynh lúc {rng.randrange(7, 10)}h ngày {c.date(rng)} "
                f"tại phòng học của lớp. Trân trọng!")
        return text, "sms", False
    if kind == 3:
        text = (f"Cô {c.person_name(rng, full=False)} GVCN {cls}: Các phụ huynh ơi, tuần sau lớp đi dã ngoại, phí "
                f"{rng.choice([150, 200, 250, 300])}k/bạn đóng trực tiếp cho cô tại lớp nhé. Bố mẹ ký giấy xác nhận gửi lại giúp cô. Cảm ơn cả nhà!")
        return text, "chat", False
    text = (f"Kết quả xét tuyển đợt 1 của {c.pick(rng, ['ĐH Bách khoa', 'ĐH Kinh tế Quốc dân', 'Học viện Ngân hàng', 'ĐH Sư phạm'])} "
            f"đã công bố. Thí sinh tra cứu bằng số CCCD trên website của trường. Nhà trường không thu phí giữ chỗ qua điện thoại.")
    return text, "sms", True


def fam_hospital_reminder(rng):
    hosp = c.pick(rng, ["BV Bạch Mai", "BV Chợ Rẫy", "BV Nhi Trung ương", "BV Đa khoa tỉnh", "BV Đại học Y Dược", "VNVC",
                        "Phòng khám Nha khoa Việt Đức", "Medlatec"])
    patient = c.person_name(rng).upper()
    kind = rng.randrange(4)
    if kind == 0:
        text = (f"{hosp}: Lịch khám của ông/bà {patient} lúc {rng.randrange(7, 16)}:00 ngày {c.date(rng)}, STT "
                f"{rng.randrange(1, 80)}. Vui lòng mang thẻ BHYT/CCCD.")
        hard = rng.random() < 0.5
        if hard:
            text += " Bệnh viện không thu tiền đặt lịch qua điện thoại."
        return text, "sms", hard
    if kind == 1:
        text = (f"{hosp}: Kết quả xét nghiệm của BN {patient} đã có. Xem trên ứng dụng của bệnh viện hoặc nhận tại quầy. "
                f"Bệnh viện KHÔNG gọi điện yêu cầu chuyển tiền để \"phẫu thuật gấp\".")
        return text, "sms", True
    if kind == 2:
        text = (f"{hosp} nhắc lịch tiêm cho bé {c.person_name(rng)}: mũi {rng.randrange(1, 4)} vắc xin "
                f"{c.pick(rng, ['6 trong 1', 'phế cầu', 'sởi', 'cúm'])} ngày {c.date(rng)}. Đặt lịch trên ứng dụng hoặc tổng đài của bệnh viện.")
        return text, "sms", False
    text = (f"{hosp} (Zalo OA): Chào {c.pick(rng, ['anh', 'chị', 'chú', 'cô'])} {c.person_name(rng, full=False)}, lịch tái khám "
            f"là {rng.randrange(7, 16)}h00 ngày {c.date(rng)}. Mọi chi phí thanh toán tại quầy thu ngân của bệnh viện.")
    return text, "chat", True


def fam_everyday_service(rng):
    """Plain notices with no scam vocabulary at all (not hard)."""
    kind = rng.randrange(7)
    if kind == 0:
        fl = f"{c.pick(rng, ['VN', 'VJ', 'QH'])}{rng.randrange(100, 1999)}"
        text = (f"{c.pick(rng, ['Vietnam Airlines', 'Vietjet', 'Bamboo Airways'])}: Chuyến bay {fl} ngày {c.date(rng)[:5]} "
                f"khởi hành {c.time_hm(rng)} tại cửa {rng.randrange(1, 30)}. Quý khách vui lòng có mặt tại cửa ra tàu bay trước 20 phút.")
    elif kind == 1:
        text = (f"{c.pick(rng, ['Grab', 'Be', 'Xanh SM'])}: Tài xế {c.person_name(rng)} đang đến, dự kiến "
                f"{rng.randrange(2, 12)} phút. Vui lòng chờ tại điểm đón.")
    elif kind == 2:
        text = (f"{c.pick(rng, ['CGV', 'Lotte Cinema', 'BHD Star', 'Galaxy Cinema'])}: Đặt vé thành công suất {c.time_hm(rng)} "
                f"ngày {c.date(rng)[:5]}, rạp {rng.randrange(1, 9)}, ghế {c.pick(rng, 'ABCDEFGH')}{rng.randrange(1, 15)}.")
    elif kind == 3:
        text = (f"BQL tòa nhà: Thang máy số {rng.randrange(1, 4)} bảo trì từ {rng.randrange(8, 15)}h đến "
                f"{rng.randrange(15, 18)}h ngày {c.date(rng)[:5]}. Cư dân vui lòng sử dụng thang máy khác.")
    elif kind == 4:
        text = (f"Trung tâm Dự báo KTTV: Từ đêm nay đến ngày mai, khu vực {_province(rng)} có mưa to đến rất to, "
                f"nguy cơ ngập úng cục bộ. Người dân chủ động phòng tránh.")
    elif kind == 5:
        text = (f"Thư viện: Tài liệu bạn mượn đến hạn trả ngày {c.date(rng)}. Gia hạn trực tuyến trên trang thư viện.")
    else:
        xung = c.pick(rng, ["anh", "chị"])
        text = (f"{c.pick(rng, ['Salon tóc Mộc', 'Spa Hương Sen', 'Nha khoa Kim', 'Gym California'])}: Lịch hẹn của "
                f"{xung} {c.person_name(rng, full=False)} lúc {c.time_hm(rng)} hôm nay đã được xác nhận. Hẹn gặp {xung}!")
    return text, "sms", False


def fam_official_call(rng):
    bank, prefixes, app, domain = c.pick(rng, BANK_INFO)
    agent = c.person_name(rng, full=False)
    kind = rng.randrange(3)
    if kind == 0:
        lines = [
            f"Tổng đài viên: {bank} xin chào, em là {agent}, em có thể hỗ trợ gì cho anh chị ạ?",
            f"Khách hàng: Chào em, tôi vừa nhận tin nhắn trừ {_vnd(rng, 200_000, 5_000_000)} ở "
            f"{c.pick(rng, CARD_MERCHANTS)} mà tôi không mua gì.",
            f"Tổng đài viên: Dạ anh chị vào {app}, mục Thẻ, bấm khóa thẻ tạm thời giúp em nhé. Em lưu ý anh chị "
            f"tuyệt đối không đọc mã OTP hay mật khẩu cho ai, kể cả em.",
            "Khách hàng: Khóa rồi. Vậy tiền có lấy lại được không?",
            f"Tổng đài viên: Dạ em đã ghi nhận yêu cầu tra soát số TS{rng.randrange(1000, 9999)}. Kết quả sẽ gửi qua "
            f"tin nhắn từ {bank} trong {rng.randrange(5, 15)} ngày làm việc ạ.",
            "Khách hàng: Được rồi, cảm ơn em.",
        ]
    elif kind == 1:
        telco = c.pick(rng, TELCO_INFO)
        topic, how = c.pick(rng, [
            ("chưa cập nhật ảnh chân dung theo quy định",
             c.pick(rng, [f"tự cập nhật trên ứng dụng {telco[2]}", f"đến cửa hàng {telco[0]} gần nhất, mang theo căn cước"])),
            ("chưa cập nhật thông tin theo căn cước gắn chip",
             c.pick(rng, [f"tự cập nhật trên ứng dụng {telco[2]}", f"đến cửa hàng {telco[0]} gần nhất, mang theo căn cước"])),
            ("đang sử dụng máy chỉ hỗ trợ 2G, sắp không thể gọi điện khi tắt sóng 2G",
             f"đến cửa hàng {telco[0]} gần nhất để được hỗ trợ đổi máy 4G"),
            (f"có gói cước {c.pick(rng, ['V90B', 'C90N', 'D159V'])} sắp hết hạn",
             f"kiểm tra trên ứng dụng {telco[2]} hoặc {telco[3]}"),
        ])
        lines = [f"Tổng đài tự động: {telco[0]} kính chào quý khách. Thuê bao của quý khách {topic}. Quý khách vui lòng "
                 f"{how}. {telco[0]} không yêu cầu quý khách "
                 f"{c.pick(rng, ['bấm phím, cung cấp mã OTP hay chuyển tiền', 'cung cấp mã OTP', 'chuyển tiền hay cài ứng dụng'])} "
                 f"qua cuộc gọi này. {c.pick(rng, ['Xin cảm ơn.', 'Trân trọng cảm ơn quý khách.', 'Chúc quý khách một ngày tốt lành.'])}"]
    else:
        lines = [
            f"Nhân viên: Dạ em chào {c.pick(rng, ['anh', 'chị', 'chú', 'cô'])}, em gọi từ Điện lực {c.pick(rng, WARDS)}. "
            f"Ngày {c.date(rng)[:5]} khu vực nhà mình sẽ tạm ngừng cấp điện từ 7 giờ đến 11 giờ để bảo dưỡng ạ.",
            "Người nghe: Thế có mất tiền gì không?",
            "Nhân viên: Dạ không ạ, bên em chỉ báo lịch thôi. Lịch cắt điện cũng có trên ứng dụng CSKH của điện lực. "
            "Nếu có ai gọi bảo nợ tiền điện rồi bắt chuyển khoản vào tài khoản lạ thì mình đừng làm theo nhé.",
            "Người nghe: Ừ, cảm ơn em.",
        ]
    return "\n".join(lines), "call", True


FAMILIES = {
    "otp_code": fam_otp_code,
    "balance_change": fam_balance_change,
    "card_spending": fam_card_spending,
    "bank_scam_warning": fam_bank_scam_warning,
    "bank_service_notice": fam_bank_service_notice,
    "telco_shortcode_promo": fam_telco_shortcode_promo,
    "telco_account_status": fam_telco_account_status,
    "police_scam_warning": fam_police_scam_warning,
    "vneid_gov_status": fam_vneid_gov_status,
    "bhxh_tax_notice": fam_bhxh_tax_notice,
    "delivery_status": fam_delivery_status,
    "ecommerce_promo": fam_ecommerce_promo,
    "ewallet_payment": fam_ewallet_payment,
    "utility_bill": fam_utility_bill,
    "loan_due_reminder": fam_loan_due_reminder,
    "lucky_draw_result": fam_lucky_draw_result,
    "charity_shortcode": fam_charity_shortcode,
    "school_notice": fam_school_notice,
    "hospital_reminder": fam_hospital_reminder,
    "everyday_service": fam_everyday_service,
    "official_call": fam_official_call,
}


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group", "hard"} spread evenly over the families."""
    out: list[dict] = []
    for fam, fn in c.families_reshuffled(rng, list(FAMILIES.items()), n):
        text, channel, hard = fn(rng)
        text = " ".join(text.split(" ")).replace("  ", " ").strip()
        out.append(c.message(LABEL, fam, text, channel, hard=bool(hard)))
    return out

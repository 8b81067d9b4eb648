"""Generator for `ecommerce_collaborator`: fake "CTV" (cộng tác viên) recruitment for
Shopee/Lazada/Tiki/TikTok Shop: the victim places and pays for (virtual) orders that
are supposedly refunded with a 10-20% commission, until a "combo" or a fee blocks
the refund.

Every story here is about placing/paying e-commerce orders; generic like/rate tasks
belong to `task_commission`.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "ecommerce_collaborator"

PRODUCTS = [("nồi chiên không dầu", 600_000, 2_500_000), ("máy xay sinh tố", 400_000, 1_500_000),
            ("tai nghe bluetooth", 200_000, 900_000), ("kem chống nắng", 150_000, 450_000),
            ("bộ son môi", 200_000, 700_000), ("váy maxi", 250_000, 600_000), ("giày thể thao", 400_000, 1_800_000),
            ("máy hút bụi", 1_200_000, 5_000_000), ("điện thoại", 5_000_000, 30_000_000),
            ("laptop", 12_000_000, 35_000_000), ("tủ lạnh", 8_000_000, 25_000_000), ("bộ nồi inox", 500_000, 2_000_000),
            ("quạt điều hòa", 1_500_000, 4_500_000), ("máy lọc không khí", 2_000_000, 8_000_000),
            ("đồng hồ thông minh", 800_000, 5_000_000), ("set mỹ phẩm dưỡng da", 500_000, 3_000_000),
            ("sữa rửa mặt", 120_000, 350_000), ("ấm siêu tốc", 150_000, 500_000), ("túi xách da", 600_000, 3_500_000),
            ("máy sấy tóc", 250_000, 900_000), ("nệm cao su", 3_000_000, 12_000_000)]
ROLES = ["CTV chốt đơn", "cộng tác viên đặt đơn", "CTV hỗ trợ tăng đơn", "cộng tác viên sàn TMĐT", "CTV online",
         "cộng tác viên bán hàng online", "CTV đẩy đơn"]
TARGETS = ["mẹ bỉm sữa", "sinh viên", "nội trợ", "người làm văn phòng", "chị em ở nhà", "người cần thu nhập thêm"]


# ---------------------------------------------------------------- helpers

def _shop(rng: random.Random) -> str:
    return c.vary_case(rng, c.pick(rng, c.SHOPS)[0], 0.08, 0.14)


def _product(rng: random.Random) -> tuple[str, int]:
    name, lo, hi = c.pick(rng, PRODUCTS)
    step = 1000 if hi < 1_000_000 else 10_000
    return name, c.stepped_amount(rng, lo, hi, step)


def _pair(rng: random.Random) -> tuple[str, str]:
    return c.pick(rng, [("bạn", "mình"), ("bạn", "mình"), ("anh", "em"), ("chị", "em"), ("chị", "em"),
                        ("em", "chị"), ("anh", "em")])


def _stk(rng: random.Random) -> str:
    bank = c.bank_name(rng)
    owner = c.holder_name(rng) if rng.random() < 0.7 else c.pick(
        rng, ["CONG TY TNHH TMDT ", "KHO HANG ", "CTY TM DV "]) + c.ascii_upper(c.pick(rng, c.PROVINCES))
    return f"{c.pick(rng, ['STK', 'TK', 'Số TK', 'số tài khoản'])} {c.account_number(rng)} {bank} - {owner}"


def _handle(rng: random.Random) -> str:
    return (c.pick(rng, ["ctv", "chotdon", "tangdon", "cskh", "doisoat", "hotro", "tuyenctv", "kho", "shop"]) + "_"
            + c.pick(rng, ["shopee", "lazada", "tiki", "tiktokshop", "tmdt", "online", "vn", "vip"])
            + (str(rng.randrange(1, 99)) if rng.random() < 0.5 else ""))


def _contact(rng: random.Random) -> str:
    r = rng.randrange(5)
    if r == 0:
        return f"Telegram @{_handle(rng)}"
    if r == 1:
        return f"t.me/{_handle(rng)}"
    return c.pick(rng, ["Zalo ", "zalo: ", "Zalo: ", "ib zalo ", "LH "]) + c.phone(rng)


def _ctv_link(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return c.shortener_url(rng)
    short = c.pick(rng, c.SHOPS)[1]
    word = c.pick(rng, ["ctv", "congtacvien", "partner", "tuyenctv", "chotdon", "affiliate", "seller"])
    shape = rng.randrange(3)
    if shape == 0:
        dom = f"{short}-{word}.{c.pick(rng, c.CHEAP_TLDS)}"
    elif shape == 1:
        dom = f"{word}{short}.{c.pick(rng, c.CHEAP_TLDS)}"
    else:
        dom = c.lookalike_domain(rng, short)
    return c.pick(rng, ["https://", "", ""]) + dom + c.pick(rng, ["", "/dk", "/register", "/ctv", ""])


_CALL_SPEAKERS = [("Người gọi", "Người nghe"), ("A", "B"), ("NV", "KH"), ("Người gọi", "Chị")]
_CHAT_SPEAKERS = [("A", "B"), ("CTV", "Hỗ trợ"), ("Tôi", "Shop")]


def _turns(rng: random.Random, lines: list[tuple[int, str]], call: bool = False) -> str:
    if call:
        return c.dialogue(rng, lines, _CALL_SPEAKERS)
    return c.dialogue(rng, lines, _CHAT_SPEAKERS, labelled_p=0.75, bullets=("- ", "+ "))


# ---------------------------------------------------------------- families

def _recruit_sms(rng):
    shop = _shop(rng)
    pct = c.pick(rng, ["10-20%", "15%", "10-15%", "12%", "18%", "20%"])
    opener = c.pick(rng, [f"{shop} tuyển {c.pick(rng, ROLES)}", f"Tuyển gấp {c.pick(rng, ROLES)} {shop}",
                          f"[TUYỂN DỤNG] {c.cap_first(c.pick(rng, ROLES))} {shop}",
                          f"Chào bạn, mình là {c.person_name(rng, False)} bên tuyển dụng {shop}, đang cần {c.pick(rng, ROLES)}",
                          f"Xin chào, mình là HR {shop}. Bạn có muốn làm {c.pick(rng, ROLES)}"])
    body = c.pick(rng, [f"đặt đơn hộ shop, hoàn vốn + hoa hồng {pct}/đơn",
                        f"hoa hồng {pct} mỗi đơn, hoàn tiền ngay sau {rng.choice([5, 10, 15])} phút",
                        f"mua đơn theo hướng dẫn, nhận lại tiền hàng + {pct}",
                        f"1 đơn {rng.choice([100, 150, 200])}k nhận lại {rng.choice([115, 118, 120])}% giá trị"])
    extra = c.maybe(rng, c.pick(rng, ["Làm tại nhà, chỉ cần điện thoại.", "Không cần kinh nghiệm.",
                                      f"Thu nhập {rng.choice([300, 400, 500])}-{rng.choice([800, 1000, 1500])}k/ngày.",
                                      "Vốn nhỏ, lãi cao."]))
    cta = c.pick(rng, [f"Liên hệ {_contact(rng)}", f"Đăng ký: {_ctv_link(rng)}", f"Ib {_contact(rng)} để nhận đơn thử",
                       "Rep tin nhắn này nếu bạn quan tâm"])
    q = "?" if "muốn làm" in opener else ","
    return "sms", c.join_stripped([opener + q, c.cap_first(body) + "." if q == "?" else body + ".", extra, cta])


def _virtual_order(rng):
    you, me = _pair(rng)
    shop = _shop(rng)
    prod, price = _product(rng)
    pct = rng.choice([10, 12, 15, 18, 20])
    back = price * (100 + pct) // 100 // 1000 * 1000
    st = rng.randrange(6)
    code = c.pick(rng, ["SP", "DH", "CTV", "MD", ""]) + str(rng.randrange(1000, 99999))
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            c.pick(rng, [f"Công việc của {you} là đặt đơn hàng ảo trên {shop} theo link {me} gửi để shop tăng lượt bán.",
                         f"{c.cap_first(you)} đặt đơn giúp shop trên {shop} nhé, đơn ảo thôi, không giao hàng.",
                         f"Đơn tiếp theo của {you} trên {shop}:"]),
            f"{c.cap_first(prod)} giá {c.chat_amount(rng, price, st)}.",
            c.pick(rng, [f"{c.cap_first(you)} chuyển khoản tiền đơn vào {_stk(rng)}, nội dung ghi {code or 'mã đơn'}.",
                         f"{c.cap_first(you)} thanh toán vào tài khoản công ty, không thanh toán trên app.",
                         f"{c.cap_first(you)} bấm mua nhưng KHÔNG thanh toán trên app, chuyển khoản trực tiếp cho kho theo STK {me} gửi."]),
            f"Sau {rng.choice([5, 10, 15])} phút {me} hoàn lại {c.chat_amount(rng, back, st)} (gốc + {pct}% hoa hồng)."])
    if variant == 1:
        return "chat", c.join_stripped([
            c.pick(rng, [f"Chúc mừng {you} đã hoàn thành đơn đầu tiên 🎉", f"Dạ đơn của {you} đã được ghi nhận.",
                         "Đã hoàn tiền đơn vừa rồi nhé."]),
            f"Tiền gốc {c.chat_amount(rng, price, st)} + hoa hồng {c.chat_amount(rng, back - price, st)} đã chuyển về tài khoản.",
            c.pick(rng, [f"Đơn tiếp theo giá trị {c.chat_amount(rng, price * rng.randrange(2, 6) // 10_000 * 10_000, st)}, hoa hồng {pct + 5}% ạ.",
                         f"{c.cap_first(you)} làm tiếp đơn 2 luôn nhé, đơn lớn hơn hoa hồng cao hơn.",
                         f"Mỗi ngày {you} nhận được tối đa {rng.randrange(5, 12)} đơn."])])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Shop {c.pick(rng, ['mình', 'bên em'])} cần tăng {rng.choice([200, 300, 500])} đơn trong tuần để lên top. "
                     f"{c.cap_first(you)} đặt giúp, tiền đơn hoàn 100% kèm hoa hồng {pct}%, không mất gì cả.",
                     f"Tiền đơn chỉ là tạm ứng {you} ạ, hệ thống hoàn trả 100% kèm hoa hồng, không rủi ro đâu."]),
        c.maybe(rng, f"Đơn đầu chỉ {c.chat_amount(rng, c.stepped_amount(rng, 50_000, 200_000, 10_000), 3)} thôi, làm thử cho yên tâm."),
        c.maybe(rng, f"Nhớ chụp màn hình giỏ hàng và bill gửi {me} nha.")])


def _combo_locked(rng):
    you, me = _pair(rng)
    st = rng.randrange(6)
    steps = sorted(c.stepped_amount(rng, 800_000, 20_000_000, 10_000) for _ in range(rng.randrange(2, 5)))
    total = sum(steps) * 12 // 10 // 10_000 * 10_000
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"{c.cap_first(you)} ơi đơn tiếp theo là đơn combo gồm {len(steps)} sản phẩm:",
            " – ".join(c.chat_amount(rng, x, st) for x in steps) + ".",
            f"{c.cap_first(you)} cần thanh toán đủ cả {len(steps)} đơn hệ thống mới hoàn tiền và hoa hồng {rng.choice([15, 20, 25])}% một lần.",
            c.maybe(rng, c.pick(rng, ["Bỏ giữa chừng hệ thống hủy toàn bộ và không hoàn tiền.", f"Hạn {c.deadline(rng)}."]))])
    if variant == 1:
        reason = c.pick(rng, ["chuyển sai nội dung", "chuyển thiếu tiền", "thao tác chậm quá 30 phút",
                              "đang nằm trong chuỗi đơn liên kết", "thanh toán đơn 2 chậm 5 phút"])
        return "chat", c.join_stripped([
            c.pick(rng, [f"Dạ do {you} {reason} nên đơn bị lỗi, tiền đang bị treo.",
                         f"Thông báo từ bộ phận đối soát: tài khoản CTV {rng.randrange(10000, 99999)} {reason}."]),
            f"{c.cap_first(you)} thanh toán thêm {c.chat_amount(rng, steps[-1], st)} để hoàn tất,",
            f"sau đó nhận về tổng {c.chat_amount(rng, total, st)}.",
            c.pick(rng, ["Quá hạn đơn hàng bị hủy và không được hoàn.", "Đây là quy định của sàn ạ.", ""])])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Tiền của {you} không mất đâu,", f"{c.cap_first(me)} hiểu {you} lo,"]),
        c.pick(rng, ["chỉ là hệ thống đang chờ chốt nốt đơn cuối thôi.", "nhưng đơn combo không thể hoàn lẻ."]),
        f"{c.cap_first(you)} đã đi được {len(steps) - 1}/{len(steps)} rồi, bỏ bây giờ là mất hết {c.chat_amount(rng, sum(steps[:-1]), st)}.",
        c.pick(rng, [f"Cố xoay thêm {c.chat_amount(rng, steps[-1], st)} là xong.", "Vay tạm người nhà, nửa tiếng là có tiền trả lại."])])


def _shop_boost(rng):
    you, me = _pair(rng)
    shop = _shop(rng)
    prod, price = _product(rng)
    pct = rng.choice([10, 12, 15, 20])
    kind = c.pick(rng, ["quần áo", "mỹ phẩm", "đồ gia dụng", "phụ kiện điện thoại", "đồ ăn vặt", "giày dép", "đồ chơi"])
    if rng.random() < 0.3:
        return "social", c.join_stripped([
            c.pick(rng, [f"Cần {rng.choice([20, 30, 50, 100])} bạn hỗ trợ tăng đơn cho shop trên {shop} 🛒",
                         "Shop cần người mua hộ đơn để tăng tương tác,", f"Shop {kind} cần CTV đặt đơn tăng doanh số,"]),
            c.pick(rng, [f"mua đơn → chụp màn hình → nhận hoàn tiền + {pct}% trong 5 phút.",
                         f"hoàn tiền 100% + {pct}% hoa hồng.", f"mỗi đơn hoa hồng từ 20k đến {rng.choice([200, 300, 500])}k."]),
            c.pick(rng, ["Ai rảnh cmt 'nhận' shop ib.", "Ib shop ngay!", "Để lại SĐT Zalo dưới bình luận."])])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Hi {you}, shop {kind} trên {shop} đây.", f"Chào {you}, {me} là quản lý gian hàng {kind} trên {shop}.",
                     f"{c.cap_first(you)} ơi {me} là chủ shop {kind} trên {shop}."]),
        c.pick(rng, [f"Shop đang cần {rng.choice([100, 200, 500])} lượt mua trong tuần để đủ điều kiện lên xu hướng.",
                     "Shop mới mở nên cần đẩy lượt bán và đánh giá 5 sao.", "Shop đang chạy KPI doanh số tháng."]),
        f"{c.cap_first(you)} đặt giúp shop 1 đơn {prod} {c.chat_amount(rng, price)},",
        f"shop hoàn tiền ngay + {pct}% hoa hồng,",
        c.pick(rng, ["hàng không cần nhận đâu.", "shop không gửi hàng vì chỉ cần chạy số thôi.", "làm thử 1 đơn nhỏ trước cho yên tâm."])])


def _platform_app(rng):
    you, me = _pair(rng)
    shop = _shop(rng)
    code = rng.randrange(10000, 99999)
    if rng.random() < 0.3:
        return "sms", c.join_stripped([
            c.pick(rng, ["Nền tảng cộng tác viên TMĐT chính thức:", f"Đăng ký CTV {shop} nhận thưởng {rng.choice([58, 88, 100])}k:",
                         "Hệ thống nhận đơn tự động cho CTV:"]),
            f"{_ctv_link(rng)},", f"hoa hồng {c.pick(rng, ['2-5%', '1,5-3%', 'lên đến 20%'])},",
            c.pick(rng, ["rút tiền 24/7.", "nhận đơn tự động.", "hoàn tiền ngay."])])
    st = rng.randrange(6)
    tiers = [(c.pick(rng, ["Đồng", "Thường"]), 500_000, 1), (c.pick(rng, ["Bạc", "VIP1"]), 5_000_000, 2),
             (c.pick(rng, ["Vàng", "VIP2"]), 20_000_000, 3)]
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"{c.cap_first(you)} đăng ký tài khoản CTV theo link này nhé: {_ctv_link(rng)}, mã giới thiệu {code}.",
            "Sau khi đăng ký, vào mục 'Nhận đơn', hệ thống sẽ tự phân đơn theo số dư của bạn.".replace("bạn", you),
            f"Nạp tối thiểu {c.chat_amount(rng, c.stepped_amount(rng, 200_000, 1_000_000, 100_000), st)} để kích hoạt."])
    if variant == 1:
        return "chat", c.join_stripped([
            "Mỗi tài khoản CTV có 3 cấp:",
            "; ".join(f"{n} (số dư từ {c.chat_amount(rng, v, st)}, hoa hồng {p}%)" for n, v, p in tiers) + ".",
            f"Số dư càng cao hệ thống phân đơn càng lớn, lợi nhuận càng nhiều {you} nhé."])
    return "chat", c.join_stripped([
        c.pick(rng, [f"App bên {me} là nền tảng phân phối đơn chính thức của {shop} cho CTV,",
                     f"Hệ thống {shop} Partner tự động khớp đơn nên {you} không chọn được đơn,"]),
        c.pick(rng, [f"{you} tải bản cài đặt APK {me} gửi nhé, trên CH Play chưa có.",
                     "gặp đơn lớn hơn số dư thì nạp thêm.",
                     "nạp số dư thì chuyển khoản trực tiếp cho CSKH, không nạp qua app."]),
        c.pick(rng, [f"Phải đủ {rng.choice([20, 30, 40])} đơn/ngày mới được rút.", "", f"Liên hệ CSKH {_contact(rng)}."])])


def _refund_fee(rng):
    you, me = _pair(rng)
    amt = c.stepped_amount(rng, 3_000_000, 60_000_000, 10_000)
    pct = rng.choice([10, 15, 20, 30])
    reason = c.pick(rng, ["tài khoản CTV chưa xác minh", "sai cú pháp chuyển khoản", "nhập sai số tài khoản nhận hoàn tiền",
                          "điểm tín nhiệm dưới 70", "ngân hàng giữ lại vì số tiền lớn", "giao dịch bị đánh dấu bất thường",
                          "chưa đủ hạn mức rút"])
    fee = c.pick(rng, ["phí xác minh", "thuế TNCN", "phí mở đóng băng", "phí bảo hiểm giao dịch", "phí khôi phục điểm tín nhiệm",
                       "khoản đối ứng"])
    if rng.random() < 0.2:
        return "sms", c.join_stripped([
            f"Khoản hoàn tiền CTV {c.chat_amount(rng, amt)} của bạn đang bị tạm giữ do {reason}.",
            f"Liên hệ bộ phận đối soát {_contact(rng)} {c.deadline(rng)} để giải quyết."])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Chào {you}, bộ phận tài chính thông báo", "Kính gửi CTV:", f"Dạ {you} ơi, kế toán báo"]),
        f"khoản hoàn tiền {c.chat_amount(rng, amt)} đang bị tạm giữ do {reason}.",
        f"{c.cap_first(fee)} {pct}% ({c.chat_amount(rng, amt * pct // 100 // 10_000 * 10_000)}),",
        c.pick(rng, ["hoàn lại cùng tiền hàng.", "nộp xong 30 phút tiền về.", "đây là lần cuối thôi ạ.",
                     "khoản này cũng được hoàn lại."])])


def _social_post(rng):
    shops = " – ".join(rng.sample(["SHOPEE", "LAZADA", "TIKI", "TIKTOK SHOP"], rng.randrange(1, 4)))
    pct = c.pick(rng, ["10-20%", "15%", "lên đến 20%", "12-18%"])
    style = rng.randrange(3)
    if style == 0:
        pts = rng.sample(["Không cần vốn lớn", f"Hoàn tiền 100% + hoa hồng {pct}", "Rút tiền trong ngày",
                          "Làm tại nhà, chỉ cần điện thoại", "Không cần tìm khách, không ôm hàng", "Có người hướng dẫn 1-1"], 3)
        return "social", c.join_stripped([f"🔥 TUYỂN CTV CHỐT ĐƠN {shops} 🔥", *[f"✅ {p}" for p in pts],
                                          c.pick(rng, ["Ib page", f"Nhắn Zalo {c.phone(rng)}", "Inbox để nhận đơn thử!"])], sep="\n")
    if style == 1:
        return "social", c.join_stripped([
            c.pick(rng, ["Nay lại nhận hoa hồng chốt đơn được", "Hôm nay làm CTV sàn được", "Tháng này chốt đơn kiếm được"]),
            c.chat_amount(rng, c.stepped_amount(rng, 300_000, 9_000_000, 100_000)), c.pick(rng, ["rồi 😍", "rồi cả nhà ơi!", "🥰", "rồi nè."]),
            c.pick(rng, ["Tiền gốc về đủ, không mất đồng nào.", "Không cần tìm khách, không ôm hàng."]),
            c.pick(rng, ["Ai muốn làm cùng thì cmt nhé, mình kéo vào nhóm.", "Bạn nào muốn thử thì ib, mình hướng dẫn miễn phí."])])
    return "social", c.join_stripped([
        c.pick(rng, ["Tuyển CTV chốt đơn online,", f"Việc làm thêm cho {c.pick(rng, TARGETS)}:", "Cần 10 bạn làm CTV đặt đơn,"]),
        c.pick(rng, [f"đặt đơn giúp shop, nhận hoàn tiền + hoa hồng {pct}.", f"hoàn tiền ngay, hoa hồng {pct}, không cần kinh nghiệm.",
                     "vốn 100k lãi 15k, làm càng nhiều càng nhiều tiền."]),
        c.pick(rng, ["Cmt 'quan tâm' để mình ib", "Inbox mình nhé", f"Nhóm làm việc: t.me/{_handle(rng)}", "Để lại số zalo bên dưới 👇"])])


def _ctv_call(rng):
    you, me = _pair(rng)
    if me == "mình":
        you, me = "chị", "em"
    shop = c.pick(rng, c.SHOPS)[0]
    first = c.pick(rng, [100, 150, 200])
    lines = [(0, f"Alo, {you} {c.person_name(rng, False)} phải không ạ? {c.cap_first(me)} là {c.person_name(rng, False)} bên bộ phận tuyển cộng tác viên của {shop} ạ."),
             (1, c.pick(rng, ["Ừ, có việc gì?", "Ai vậy? Có chuyện gì?", "Đúng rồi, sao em?"]))]
    if rng.random() < 0.6:
        lines += [
            (0, f"Dạ bên {me} đang cần cộng tác viên đặt đơn cho các shop mới để tăng lượt bán. {c.cap_first(you)} chỉ cần đặt đơn theo link {me} gửi, chuyển tiền hàng, sau mười phút bên {me} hoàn lại cả tiền hàng và hoa hồng {c.pick(rng, ['mười', 'mười lăm', 'hai mươi'])} phần trăm."),
            (1, c.pick(rng, ["Vậy hàng có gửi về không?", "Lỡ không hoàn thì sao?", "Một ngày được bao nhiêu?"])),
            (0, f"Dạ đơn ảo thôi {you}, không giao hàng. Đơn đầu chỉ {first} nghìn để {you} làm thử cho yên tâm, bên {me} là công ty lớn có hợp đồng điện tử rõ ràng."),
            (1, c.pick(rng, ["Ờ để xem.", "Ừ, gửi qua đi.", "Để nghĩ đã."])),
            (0, f"Dạ {you} kết bạn Zalo số này giúp {me}, {me} gửi hướng dẫn chi tiết ạ."),
        ]
    else:
        big = c.stepped_amount(rng, 2_000_000, 15_000_000, 100_000)
        lines += [
            (0, f"Dạ {you} đang dừng ở đơn thứ {rng.randrange(2, 5)} trong chuỗi combo. Nếu dừng bây giờ hệ thống sẽ hủy cả chuỗi, các đơn trước cũng không được hoàn đâu ạ."),
            (1, c.pick(rng, [f"Chuyển mấy đơn rồi chưa thấy hoàn, giờ lại đòi {c.chat_amount(rng, big, 2)} nữa sợ lắm.", "Không có đủ tiền đâu em."])),
            (0, f"Dạ {me} hiểu, nhưng {you} hoàn thành đơn này là nhận về gần {c.chat_amount(rng, big * 2, 2)}. {c.cap_first(you)} vay tạm người nhà, nửa tiếng là có tiền trả lại."),
            (1, "Để tính đã."),
            (0, f"Dạ hạn chót là {c.pick(rng, ['9 giờ tối nay', '5 giờ chiều nay', 'trong 30 phút nữa'])} {you} nhé, quá hạn {me} không giữ đơn được."),
        ]
    return "call", _turns(rng, lines, call=True)


def _shop_owner(rng):
    you, me = _pair(rng)
    n = rng.randrange(1, 6)
    cost = c.stepped_amount(rng, 500_000, 15_000_000, 10_000)
    mall = c.pick(rng, ["Global Mall", "Shop365", "TMĐT Quốc tế", "VN Mall", "Amaz Shop", "Sàn Mua Sắm Việt"])
    variant = rng.randrange(3)
    if variant == 0:
        return "social", c.join_stripped([
            c.pick(rng, ["Mở shop online 0 đồng,", "Làm chủ gian hàng online không cần vốn,", f"Mở gian hàng trên {mall} miễn phí,"]),
            "không cần ôm hàng, không cần ship.",
            f"Khách đặt thì bấm 'nhập hàng' từ kho tổng, lời {rng.choice([20, 25, 30])}% mỗi đơn.",
            c.pick(rng, [f"Đăng ký tại {_ctv_link(rng)}", "Ib để được hướng dẫn", f"Liên hệ {_contact(rng)}"])])
    if variant == 1:
        return "chat", c.join_stripped([
            f"Shop của {you} vừa có {n} đơn mới trên {mall}, tổng giá nhập {c.chat_amount(rng, cost)}.",
            f"{c.cap_first(you)} vui lòng thanh toán tiền nhập hàng {c.deadline(rng)} để kho xuất hàng,",
            c.pick(rng, ["quá hạn đơn bị hủy và shop bị trừ điểm.", "khách nhận hàng là tiền bán về ví kèm lãi.",
                         "quá hạn shop bị phạt 50% doanh thu."])])
    return "chat", c.join_stripped([
        f"Thông báo: shop '{c.pick(rng, ['Tiệm nhà', 'Góc nhỏ của', 'Shop'])} {c.person_name(rng, False)}' đã đạt {rng.randrange(100, 200)} điểm tín dụng.",
        f"Để nâng cấp Shop Uy Tín và rút doanh thu {c.chat_amount(rng, cost * 3)},",
        f"vui lòng nộp phí bảo đảm gian hàng {c.chat_amount(rng, cost)}."])


def _lucky_order(rng):
    you, me = _pair(rng)
    prod = c.pick(rng, ["iPhone", "Laptop", "Tủ lạnh", "Máy giặt", "TV 65 inch", "Xe đạp điện", "Combo mỹ phẩm cao cấp",
                        "Máy lọc nước", "2 điện thoại"])
    price = c.stepped_amount(rng, 5_000_000, 60_000_000, 10_000)
    pct = rng.choice([30, 35, 40, 45, 50])
    st = rng.randrange(6)
    return "chat", c.join_stripped([
        c.pick(rng, [f"Chúc mừng {you} đã nhận được ĐƠN HÀNG MAY MẮN 🎁", f"{c.cap_first(you)} được hệ thống chọn nhận đơn VIP:",
                     "Đơn hàng đặc biệt:", f"{c.cap_first(you)} vừa trúng đơn x{rng.randrange(2, 4)} hoa hồng!"]),
        f"{prod} giá trị {c.chat_amount(rng, price, st)}, hoa hồng {pct}% = {c.chat_amount(rng, price * pct // 100 // 10_000 * 10_000, st)}.",
        c.pick(rng, [f"Thanh toán trong {rng.choice([15, 20, 30])} phút để không mất lượt.",
                     "Hết giờ hệ thống chuyển đơn cho CTV khác.", "Đơn may mắn chỉ có 1 lần mỗi tháng.",
                     f"Không đủ thì {me} giữ đơn thêm 30 phút cho {you} xoay tiền."])])


def _registration_fee(rng):
    you, me = _pair(rng)
    shop = _shop(rng)
    fee = rng.choice([199_000, 250_000, 299_000, 350_000, 500_000, 1_000_000])
    what = c.pick(rng, ["phí kích hoạt tài khoản CTV", "tiền ký quỹ", "phí đồng phục và thẻ CTV", "phí bảo hiểm hợp đồng CTV",
                        "phí cấp mã cộng tác viên"])
    if rng.random() < 0.3:
        return "sms", c.join_stripped([f"Hồ sơ cộng tác viên {shop} của bạn đã được phê duyệt.",
                                       f"Vui lòng hoàn tất {what} {c.chat_amount(rng, fee, 0)} tại {_ctv_link(rng)} {c.deadline(rng)} để kích hoạt."])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Chúc mừng {you} đã trúng tuyển vị trí CTV chốt đơn {shop}.", f"Hồ sơ CTV của {you} đã được duyệt.",
                     "Để trở thành CTV chính thức của sàn:"]),
        f"{c.cap_first(you)} {c.pick(rng, ['vui lòng chuyển', 'cần đóng', 'đóng giúp ' + me])} {what} {c.chat_amount(rng, fee)}.",
        c.pick(rng, ["Phí này được hoàn lại sau khi hoàn thành 10 đơn đầu.", "Khoản này hoàn lại khi nghỉ làm.",
                     "Hoàn lại vào lương tháng đầu.", f"Gói cao cấp {c.chat_amount(rng, fee * 4)} nhận đơn hoa hồng cao hơn."])])


def _order_exchange(rng):
    you, me = _pair(rng)
    shop = _shop(rng)
    prod, price = _product(rng)
    pct = rng.choice([10, 15, 20])
    q1, a1 = c.pick(rng, [
        ("Đặt đơn rồi hàng có giao về nhà không?",
         f"Dạ không, đây là đơn ảo để đẩy doanh số cho shop trên {shop} thôi, {you} chỉ nhận lại tiền và hoa hồng."),
        ("Vậy chuyển tiền cho ai?",
         f"Dạ {you} chuyển vào tài khoản kế toán của shop, bên {me} hoàn tiền đúng số tài khoản {you} gửi."),
        ("Sao phải chuyển khoản riêng, không thanh toán trên app?",
         f"Dạ thanh toán trên app thì không tính hoa hồng CTV được {you} ạ."),
        ("Lỡ không hoàn tiền thì sao?",
         f"Dạ bên {me} là đối tác chính thức của {shop}, mấy trăm CTV đang làm, {you} yên tâm."),
        ("Hàng về thì sao?", f"Dạ hàng không giao đâu {you}, sàn chỉ ghi nhận lượt bán, tiền {me} hoàn đủ."),
    ])
    lines = [(0, q1), (1, a1),
             (0, c.pick(rng, [f"Ok, đơn này {c.chat_amount(rng, price)} hả?", "Chuyển rồi nè.", "Vậy làm thử 1 đơn."])),
             (1, f"Dạ {prod} {c.chat_amount(rng, price)}, {c.pick(rng, ['chuyển xong gửi bill', 'nhớ ghi đúng mã đơn'])}, {rng.choice([5, 10])} phút sau nhận lại {c.chat_amount(rng, price * (100 + pct) // 100 // 1000 * 1000)} nha.")]
    return "chat", _turns(rng, lines)


FAMILIES = {
    "ctv_recruit_sms": _recruit_sms,
    "virtual_order_refund": _virtual_order,
    "combo_order_locked": _combo_locked,
    "shop_boost_sales": _shop_boost,
    "fake_platform_app": _platform_app,
    "refund_delayed_fee": _refund_fee,
    "ctv_social_post": _social_post,
    "ctv_call": _ctv_call,
    "virtual_shop_owner": _shop_owner,
    "lucky_big_order": _lucky_order,
    "ctv_registration_fee": _registration_fee,
    "order_exchange": _order_exchange,
}


_LOWER_AFTER_COMMA = ("Anh ", "Chị ", "Bạn ", "Em ", "Mình ", "Anh chị")


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_chat(rng, n, LABEL, FAMILIES, _LOWER_AFTER_COMMA)

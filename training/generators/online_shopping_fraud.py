"""Generator for `online_shopping_fraud`: goods paid for and never delivered,
fake buyers who make the seller pay to "receive" money, and shippers who
collect COD for parcels nobody ordered.

Every family tells a different story; slot values are drawn from
`training.generators._common` plus the local fillers below. Text is written
with diacritics; the corpus build strips/obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "online_shopping_fraud"


# ---------------------------------------------------------------- helpers
_ACCOUNT_LAST = "stk {num} {bank_lower}"  # wording of the shortest account shape (c.account_details)


def _handle(rng: random.Random) -> str:
    base = c.pick(rng, ["shop", "kho", "hang", "store", "sale", "xachtay", "order", "thanhly", "pass"])
    tail = c.pick(rng, ["vn", "247", "sg", "hn", "uytin", "giare", "88", "68", ""])
    return f"{base}{tail}{rng.randrange(1, 99) if rng.random() < 0.5 else ''}"


def _contact(rng: random.Random) -> str:
    ph = c.phone(rng)
    shape = rng.randrange(6)
    if shape == 0:
        return f"Zalo {ph}"
    if shape == 1:
        return c.zalo_me(ph)
    if shape == 2:
        return f"Hotline/Zalo: {ph}"
    if shape == 3:
        return f"Telegram @{_handle(rng)}"
    if shape == 4:
        return f"LH {ph}"
    return f"ib page hoặc gọi {ph}"


_EMOJI = ["🔥", "💥", "😱", "⚡", "🎉", "‼️", "👉", "✅", "💯", "🛒"]


def _you(rng: random.Random):
    """(pronoun for the victim, pronoun for the speaker)."""
    return c.pick(rng, [("anh", "em"), ("chị", "em"), ("bạn", "mình"), ("chị", "shop"),
                        ("anh", "shop"), ("bạn", "shop"), ("cô", "con"), ("chú", "cháu")])


# ---------------------------------------------------------------- fillers
PHONES = ["iPhone 15 Pro Max 256GB", "iPhone 14 Pro 128GB", "iPhone 13 zin", "iPhone 16 Pro", "Samsung S24 Ultra",
          "Samsung Z Fold5", "iPad Pro M2", "MacBook Air M2", "AirPods Pro 2", "Apple Watch Series 9",
          "Xiaomi 14", "Oppo Find X7", "iPhone 12 Pro Max", "Galaxy S23", "Sony PS5", "Nintendo Switch OLED"]
CHEAP_REASONS = ["hàng xách tay Nhật", "máy lock Nhật đã unlock", "hàng tiểu ngạch không hóa đơn", "hàng công ty lỗi hộp",
                 "em cần tiền gấp", "máy trúng thưởng không dùng", "hàng thanh lý của công ty", "máy nợ người ta gán lại",
                 "hàng trưng bày", "bạn em đi du học để lại"]
CONDITIONS = ["đẹp keng 99%", "nguyên seal", "pin 100%", "full box", "chưa sửa chữa", "còn bảo hành", "zin all"]
EVENTS = ["concert tại sân vận động Mỹ Đình", "đêm nhạc hội cuối tuần ở Sài Gòn", "fan meeting thứ 7 này",
          "trận Việt Nam – Thái Lan", "trận chung kết AFF Cup", "lễ hội âm nhạc Đà Lạt", "liveshow tại nhà hát Hòa Bình",
          "trận giao hữu CLB châu Âu ở Hà Nội", "festival EDM ở Phú Quốc", "đêm chung kết Rap Việt"]
TICKET_TIERS = ["VIP", "SVIP", "CAT 1", "CAT 2", "khán đài A", "khán đài B", "GA", "hàng ghế đầu", "Fanzone"]
TICKET_EXCUSES = ["mình bận đột xuất không đi được", "công ty phát dư", "bạn mình hủy kèo", "mình săn dư",
                  "người quen trong ban tổ chức để lại", "nhà có việc gấp"]
PETS = ["Corgi", "Poodle", "Husky", "Alaska", "Golden", "Pug", "Phốc Sóc", "Shiba", "mèo Anh lông ngắn",
        "mèo Ba Tư", "Chihuahua", "mèo Munchkin", "Samoyed", "Becgie"]
PET_FEES = ["tiền lồng vận chuyển chuyên dụng", "giấy kiểm dịch", "phí bảo hiểm vận chuyển thú cưng",
            "vé máy bay cho bé", "phí phạt thiếu giấy tiêm phòng dại", "tiền cọc lồng", "phí lưu chuồng qua đêm"]
ORIGINS = ["Nhật", "Mỹ", "Úc", "Hàn", "Singapore", "Thái", "Đức", "Pháp"]
CARRY_GOODS = ["sữa Meiji", "thuốc bổ Swisse", "túi Coach", "nước hoa", "đồng hồ Seiko", "mỹ phẩm Shiseido",
               "nồi cơm điện Toshiba", "nhân sâm", "kem chống nắng Anessa", "giày Nike", "vitamin tổng hợp"]
CLEAR_REASONS = ["nghỉ bán", "cửa hàng đóng cửa", "công ty phá sản", "chuyển nhà", "xả kho cuối năm",
                 "hết hợp đồng mặt bằng", "chuyển sang kinh doanh khác", "hàng tồn siêu thị"]
CLEAR_ITEMS = [("nồi chiên không dầu", 150_000, 400_000), ("tivi 55 inch", 1_500_000, 3_500_000),
               ("tủ lạnh 2 cánh", 2_000_000, 4_000_000), ("máy giặt", 1_200_000, 2_500_000),
               ("robot hút bụi", 600_000, 1_200_000), ("điều hòa 1.5HP", 1_800_000, 3_000_000),
               ("giày thể thao", 120_000, 250_000), ("chăn ga gối", 200_000, 400_000),
               ("xe đạp điện", 1_500_000, 3_000_000), ("máy lọc không khí", 300_000, 700_000),
               ("bộ nồi inox", 200_000, 350_000), ("sofa", 1_500_000, 2_900_000)]
MARKETS = ["Chợ Tốt", "Facebook Marketplace", "nhóm đồ cũ", "Shopee", "Lazada", "nhóm thanh lý"]
SOLD_ITEMS = ["tủ lạnh", "xe máy", "máy giặt", "bộ bàn ghế", "điện thoại", "laptop", "20 bao gạo",
              "lô áo thun", "máy ảnh", "xe đạp", "nồi cơm", "bàn làm việc"]
PARCEL_ITEMS = ["phụ kiện điện thoại", "mỹ phẩm", "máy massage cầm tay", "sạc dự phòng", "quần áo", "đồng hồ",
                "thực phẩm chức năng", "tai nghe bluetooth", "đồ gia dụng"]
EXTRA_FEES = ["phí bảo hiểm hàng hóa", "phí kích hoạt mã vận đơn", "phí vận chuyển hàng cồng kềnh",
              "phí hải quan", "phí xuất kho", "phí đối soát do chuyển sai cú pháp", "phí hàng có pin",
              "thuế nhập khẩu", "phí bảo đảm đơn hàng giá trị cao"]
BRANDS = [("Điện Máy Xanh", ["tủ lạnh Inverter", "máy giặt", "điều hòa", "tivi 55 inch"]),
          ("Uniqlo", ["áo khoác", "combo 3 áo thun", "quần jean"]), ("Vinamilk", ["combo 3 thùng sữa tươi", "thùng sữa chua"]),
          ("Nike", ["giày chạy bộ", "giày Air Force"]), ("Adidas", ["giày Ultraboost", "áo thể thao"]),
          ("Panasonic", ["nồi cơm điện", "máy lọc không khí"]), ("Philips", ["nồi chiên không dầu", "máy xay sinh tố"]),
          ("Apple Store", ["AirPods Pro", "Apple Watch", "iPhone 15"]), ("Bách Hóa Xanh", ["voucher mua hàng 1 triệu", "combo nhu yếu phẩm"]),
          ("Co.opmart", ["voucher 500k", "phiếu mua hàng 1 triệu"]), ("Samsung", ["Galaxy S24", "tivi QLED"]),
          ("Sunhouse", ["bộ nồi inox", "nồi chiên"]), ("Lock&Lock", ["bộ hộp thủy tinh", "bình giữ nhiệt"]),
          ("Biti's", ["giày Hunter", "dép quai hậu"]), ("Xiaomi Store", ["robot hút bụi", "máy lọc không khí"])]
VEHICLES = ["SH 2020", "Air Blade", "Vision", "Exciter", "Winner X", "Lead", "SH Mode", "Wave Alpha",
            "Vios 2019", "CRV 2018", "Accent 2020", "Mazda 3"]
VEHICLE_SOURCES = ["xe tang vật không chính chủ", "xe thanh lý hải quan", "xe ngân hàng phát mãi",
                   "xe công ty tài chính thu hồi nợ", "xe tịch thu sung công quỹ", "xe cầm đồ quá hạn"]
GAME_GOODS = [("acc Liên Quân full tướng", 300_000, 1_500_000), ("acc Free Fire vip", 200_000, 1_200_000),
              ("acc Liên Minh 300 skin", 400_000, 2_000_000), ("thẻ cào Viettel 500k", 300_000, 400_000),
              ("thẻ Garena 200k", 120_000, 160_000), ("voucher Shopee giảm 50%", 50_000, 150_000),
              ("tài khoản Netflix 1 năm", 100_000, 250_000), ("YouTube Premium 1 năm", 80_000, 200_000),
              ("voucher Grab 300k", 90_000, 150_000), ("acc PUBG nhiều skin", 300_000, 1_500_000),
              ("thẻ Zing 100k", 60_000, 80_000)]


def _deposit_line(rng, you, me, dep):
    return c.pick(rng, [
        f"{you} cọc trước {dep} để {me} giữ máy",
        f"chuyển cọc {dep} {me} giữ hàng cho {you}",
        f"Cọc {dep} giữ hàng, phần còn lại ship COD",
        f"{you} ck trước {dep} nhé, {me} gửi liền",
        f"đặt cọc {dep} là {me} đóng gói gửi luôn trong chiều nay",
    ])


# ---------------------------------------------------------------- families
def _cheap_phone(rng):
    item, reason, cond = c.pick(rng, PHONES), c.pick(rng, CHEAP_REASONS), c.pick(rng, CONDITIONS)
    price = c.amount(rng, 2_000_000, 12_000_000)
    market = c.amount(rng, 15_000_000, 35_000_000)
    dep = c.amount(rng, 300_000, 3_000_000)
    you, me = _you(rng)
    urgency = c.pick(rng, ["Số lượng có hạn", "Chỉ còn 2 máy", "đang có mấy khách hỏi", "ai nhanh thì được",
                           "trong 30 phút không cọc là em bán khách khác", "hết là hết"])
    ch = c.pick(rng, ["social", "social", "chat", "chat", "sms", "call"])
    if ch == "social":
        head = c.maybe_upper(rng, c.pick(rng, [f"THANH LÝ {item}", f"Cần bán gấp {item}", f"Xả hàng {item}", f"Pass lại {item}"]), 0.4)
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, _EMOJI, 0.35), head, c.maybe_pick(rng, _EMOJI, 0.35)]),
            c.join_nonempty([cond + ",", f"do {reason} nên bán rẻ chỉ {price}", c.maybe(rng, f"(ngoài tiệm {market})")]) + ".",
            c.join_nonempty([_deposit_line(rng, "khách", "shop", dep) + ".", urgency + "."]),
            c.pick(rng, ["Ai lấy ib.", "Inbox em.", "Cmt 'check' em ib báo giá.", _contact(rng)]),
        ])
    elif ch == "chat":
        opening = c.pick(rng, [f"Dạ máy còn {you} nhé.", f"Con này còn nha {you}.", f"Dạ {you}, {item} bên {me} giá {price} thôi ạ.", ""])
        no_cod = c.pick(rng, [f"Hàng giá rẻ nên không ship COD toàn bộ được {you} ơi.",
                              f"Bên {me} không có cửa hàng, chỉ bán online.",
                              "Hàng đi đường tiểu ngạch nên mới rẻ vậy.",
                              f"Đợt rồi bị bom hàng nhiều quá nên giờ {me} chỉ nhận chuyển khoản trước.", ""])
        text = c.join_nonempty([opening, no_cod, _deposit_line(rng, you, me, dep) + ".", c.maybe(rng, c.account_details(rng, _ACCOUNT_LAST), 0.7),
                                c.maybe(rng, f"Chuyển xong {you} chụp bill {me} xem nha.", 0.5), c.maybe(rng, urgency + ".", 0.5)],
                               c.pick(rng, [" ", "\n"]))
    elif ch == "sms":
        shop = c.pick(rng, ["Shop Táo Xanh", "Kho Điện Thoại Sỉ", "Apple Outlet VN", "Xách Tay Nhật", "Phone House"])
        text = c.join_nonempty([f"{shop}:", f"{item} {cond} chỉ {price}.", f"Đặt cọc {dep} giữ máy.",
                                c.pick(rng, [_contact(rng), c.account_details(rng, _ACCOUNT_LAST), c.lookalike_url(rng, "apple")])])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} phải không ạ? {c.pick(rng, ['Em', 'Bên em'])} là shop điện thoại, {you} nhắn hỏi con {item} đó.",
            "Ừ, máy còn không?",
            f"Dạ còn, {me} để {you} {price} thôi, {c.pick(rng, ['ngoài tiệm mấy chục triệu', 'vì ' + reason, 'giá nội bộ'])}. "
            f"Muốn chắc thì {you} chuyển cọc {dep}, {me} giữ máy tới tối.",
            c.pick(rng, ["Qua xem máy trực tiếp được không?", "Cho kiểm hàng rồi trả tiền được không?"]),
            f"Dạ kho {me} ở xa, chỉ gửi ship thôi. {c.pick(rng, ['Uy tín mấy năm rồi, page có đủ feedback.', 'Chuyển cọc xong em quay video đóng gói gửi luôn.'])} {urgency}.",
        ], ("Shop", "Khách"))
    return ch, text


def _ticket(rng):
    ev, tier, excuse = c.pick(rng, EVENTS), c.pick(rng, TICKET_TIERS), c.pick(rng, TICKET_EXCUSES)
    n = rng.randrange(1, 5)
    price = c.amount(rng, 400_000, 4_000_000)
    you, me = c.pick(rng, [("bạn", "mình"), ("bạn", "mình"), ("bạn", "tớ"), ("chị", "em"), ("anh", "em")])
    delivery = c.pick(rng, ["gửi vé điện tử qua mail", "chuyển nhượng vé qua app", "gửi ảnh vé + mã QR qua Zalo",
                            "gửi vé qua Grab", "gửi vé bản mềm liền"])
    no_meet = c.pick(rng, ["Không gặp trực tiếp được.", "Đợt rồi bị bùng nên giờ chỉ nhận chuyển khoản.",
                           "Hôm diễn đông lắm không đứng chờ từng người được.", "Không giao dịch trung gian.", ""])
    ch = c.pick(rng, ["social", "social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, _EMOJI, 0.35), c.maybe_upper(rng, f"Pass gấp {n} vé {tier} {ev}", 0.3)]),
            f"Do {excuse} nên pass lại {price}/vé.",
            c.join_nonempty([f"Chỉ nhận chuyển khoản, {delivery}.", no_meet]),
            c.pick(rng, ["Ai cần ib.", "Cmt 'vé' mình ib.", "Ai thật sự cần ib nha, không mặc cả.", _contact(rng)]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([
            c.pick(rng, [f"Vé còn {you} ơi, {tier} luôn.", f"Còn {n} vé nha {you}.", f"{me} để lại cho {you} giá {price} nhé."]),
            f"{you} chuyển khoản trước {price} {c.pick(rng, ['', 'giúp ' + me])}, {me} {delivery} trong {rng.randrange(5, 30)} phút.",
            no_meet,
            c.maybe(rng, c.account_details(rng, _ACCOUNT_LAST), 0.6),
            c.maybe(rng, c.pick(rng, [f"Đang có {rng.randrange(2, 6)} người hỏi.", "Không tin thì thôi nha.", f"Không tin {me} gửi CCCD cho xem."]), 0.6),
        ], c.pick(rng, [" ", "\n"]))
    elif ch == "sms":
        text = c.join_nonempty([f"Vé {ev} giá ưu đãi cho {rng.randrange(50, 300)} khách đầu tiên.",
                                f"Đặt vé: chuyển khoản {price}/vé tới {c.account_details(rng, _ACCOUNT_LAST)}, ghi tên + SĐT.", _contact(rng)])
    else:
        text = c.call_transcript(rng, [
            c.pick(rng, [f"Alo, mình thấy bạn comment cần vé {ev} phải không?", f"Alo, bạn có đăng tìm vé {ev} trong group đúng không?",
                         f"Alo, mình là người pass vé {ev} bạn nhắn hỏi hôm qua nè."]),
            c.pick(rng, ["Đúng rồi, còn vé không?", "Ừ, bạn có vé hả?"]),
            f"Còn {n} vé {tier}, {price} một vé. Bạn chuyển khoản trước, mình {delivery}.",
        ] + list(c.pick(rng, [
            ("Gặp ở cổng rồi trả tiền được không?", "Không được đâu, hôm đó đông lắm, mình không đứng chờ từng người được. Bạn chuyển sớm, vé này hot lắm."),
            ("Gửi ảnh vé trước được không bạn?", "Gửi ảnh trước người ta chụp lại dùng mất. Bạn chuyển đi, mai là hết sạch."),
            ("Qua admin group làm trung gian được không?", "Thôi khỏi, admin làm chậm lắm. Bạn tin thì mua, không tin thì thôi nha."),
        ])), ("Người bán", "Người mua"))
    return ch, text


def _pet(rng):
    pet = c.pick(rng, PETS)
    age = rng.randrange(2, 5)
    price_v = rng.randrange(50, 300) * 10_000
    price = c.amount_of(rng, price_v)
    dep = c.amount_of(rng, price_v * rng.choice([20, 30, 50]) // 100)
    fee, fee2 = rng.sample(PET_FEES, 2)
    fee_amt = c.amount(rng, 500_000, 2_500_000)
    you, me = c.pick(rng, [("chị", "em"), ("anh", "em"), ("bạn", "mình"), ("em", "chị"), ("cô", "con")])
    ch = c.pick(rng, ["social", "chat", "chat", "call", "sms"])
    transport = c.pick(rng, ["gửi xe khách", "gửi máy bay", "gửi nhà xe", "ship toàn quốc"])
    if ch == "social":
        why = c.pick(rng, ["vì chuyển nhà", "vì sắp đi nước ngoài", "nhà đông quá nuôi không xuể", "cho người yêu chó mèo",
                           "do bận công việc"])
        text = c.post_lines(rng, [
            c.join_nonempty([c.pick(rng, ["Cho nhận nuôi", "Để lại", "Nhượng lại", "Cần tìm chủ mới cho"]), f"bé {pet} {age} tháng tuổi", (c.pick(rng, ["🐱", "🐾", ""]) if "mèo" in pet else c.pick(rng, ["🐶", "🐕", "🐾", ""]))]),
            c.join_nonempty([c.pick(rng, ["đã tiêm 2 mũi, tẩy giun đầy đủ.", "bé ngoan, ăn dặm tốt.", "thuần chủng có giấy."]), f"Để lại {why}, chỉ {price}."]),
            f"Ai ở xa {c.pick(rng, ['mình', 'em', 'nhà mình'])} {transport}, cọc trước {dep}.",
            c.pick(rng, ["Inbox nhé.", "Ai thật lòng thì ib.", _contact(rng)]),
        ])
    elif ch == "chat":
        variant = rng.randrange(2)
        if variant == 0:
            text = c.join_nonempty([f"Bé {pet} này {me} để {you} {price} thôi, miễn {you} thương bé.",
                                    f"{you} chuyển cọc {dep}, {me} mua lồng và {transport} cho {you}.",
                                    c.maybe(rng, "Tiền còn lại trả khi nhận bé.", 0.6), c.maybe(rng, c.account_details(rng, _ACCOUNT_LAST), 0.5)])
        else:
            text = c.join_nonempty([c.pick(rng, [f"Bé lên xe rồi nha {you},", f"Bé tới sân bay rồi {you} ơi,", "Nhà xe báo"]),
                                    f"phải đóng thêm {fee_amt} {fee}{c.maybe(rng, ' và ' + fee2, 0.4)} thì bé mới đi tiếp được.",
                                    c.pick(rng, ["Tới nơi được hoàn lại.", "Nhận bé xong họ hoàn tiền.", ""]),
                                    c.pick(rng, [f"Không chuyển thì bé bị trả về đó {you}.", "Để lâu bé ngộp trong lồng tội lắm.", f"Trễ chuyến {rng.randrange(14, 20)}h là phải lưu bé qua đêm."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Trại chó mèo {c.pick(rng, ['Thanh Đa', 'Sài Gòn Pet', 'Happy Dog', 'Bắc Ninh'])}: {pet}, {c.pick(rng, PETS)} thuần chủng giá từ {price}.",
                                f"Gửi toàn quốc, cọc {rng.choice([30, 50])}% qua {_contact(rng)}"])
    else:
        text = c.call_transcript(rng, [
            f"{c.pick(rng, ['Em chào ' + you, 'Alo ' + you + ' ơi', 'Dạ chào ' + you])}, {me} bên {c.pick(rng, ['nhà xe', 'bộ phận hàng hóa sân bay', 'dịch vụ vận chuyển thú cưng'])} đang chở bé {pet} {you} mua đó ạ.",
            f"À đúng rồi, tới đâu rồi {me}?",
            f"Dạ tới trạm rồi nhưng bên kiểm tra giữ lại vì thiếu {fee}. {you} phải đóng {fee_amt} thì mới cho đi tiếp.",
            "Ơ người bán bảo có đủ hết rồi mà?",
            f"Dạ người bán gửi thiếu ạ. {you} chuyển vào tài khoản {me} gửi qua Zalo, tới nơi xuất trình biên lai là được hoàn lại.",
        ], ("Nhà xe", "Khách"))
    return ch, text


def _hand_carried(rng):
    origin = c.pick(rng, ORIGINS)
    goods = rng.sample(CARRY_GOODS, 3)
    pct = c.pick(rng, ["50%", "70%", "80%", "100%"])
    you, me = c.pick(rng, [("chị", "em"), ("mẹ", "em"), ("bạn", "mình"), ("chị", "mình"), ("anh", "em")])
    days = rng.randrange(5, 15)
    ch = c.pick(rng, ["social", "social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, c.join_nonempty([c.maybe_pick(rng, _EMOJI, 0.35), f"Order hàng xách tay {origin} chuyến này", c.maybe_pick(rng, _EMOJI, 0.35)]), 0.3),
            f"{', '.join(goods)}... giá rẻ hơn shop {rng.choice([20, 30, 40, 50])}%.",
            c.join_nonempty([f"Chốt order cọc {pct} qua chuyển khoản,", f"hàng về sau {days} ngày báo khách thanh toán nốt."]),
            c.pick(rng, [f"Chuyến này {me} chỉ nhận {rng.randrange(8, 25)} suất.", "Em không ứng vốn nên khách thông cảm.", ""]),
            c.pick(rng, ["Ib để lấy bảng giá nha.", _contact(rng)]),
        ])
    elif ch == "chat":
        if rng.random() < 0.5:
            text = c.join_nonempty([f"Hàng {me} bay tay nên không có hóa đơn nhưng đảm bảo chính hãng {you} ạ.",
                                    f"{goods[0]} {me} lấy bên {origin}, {you} cọc {me} {c.amount(rng, 1_000_000, 8_000_000)} để {me} đặt,",
                                    f"{days} ngày về tới VN."])
        else:
            fee = c.pick(rng, ["thuế hải quan vì vượt định mức", "phí lưu kho sân bay", "phí bay gấp", "phí kiểm hóa"])
            text = c.join_nonempty([c.pick(rng, [f"{you} ơi hàng về rồi nhưng", "Hàng chuyến này", "Hải quan đợt này kiểm tra gắt,"]),
                                    f"bị giữ lại, {you} chuyển thêm {c.amount(rng, 500_000, 3_000_000)} {fee} để {me} lấy hàng ra.",
                                    c.pick(rng, ["Các khách khác đóng hết rồi.", f"Qua ngày mai tính thêm phí mỗi ngày {c.amount(rng, 100_000, 300_000)}.", f"Không chuyển thì chờ thôi, {me} không ép."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Hàng xách tay {origin} giá tận gốc: {', '.join(goods)}.",
                                f"Đặt cọc {pct} nhận hàng sau {days} ngày.", c.pick(rng, ["Xem catalog:", "LH"]), _contact(rng)])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} hả, {me} bên order hàng {origin} nè.",
            "Ừ, hàng đặt về chưa?",
            f"Dạ về sân bay rồi, mà kiện của {you} bị đánh thuế vì nhiều {goods[0]} quá. {you} đóng thêm {c.amount(rng, 800_000, 3_000_000)} thì mới lấy ra được.",
            "Sao lần trước không có thuế?",
            f"Dạ đợt này quy định mới. {you} chuyển trong hôm nay, {me} gửi số tài khoản qua Zalo liền.",
        ], ("Người bán", "Khách"))
    return ch, text


def _clearance(rng):
    reason = c.pick(rng, CLEAR_REASONS)
    items = rng.sample(CLEAR_ITEMS, rng.randrange(1, 4))
    listed = ", ".join(f"{name} {c.amount(rng, lo, hi)}" for name, lo, hi in items)
    you, me = _you(rng)
    no_cod = c.pick(rng, ["Chỉ nhận chuyển khoản trước do xả lỗ.", "Không ship COD vì giá đã quá rẻ.",
                          "Hàng thanh lý không hỗ trợ COD.", "CK trước giảm thêm 10%.", "Khách ở xa cọc 50% gửi chành xe."])
    ch = c.pick(rng, ["social", "social", "chat", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, _EMOJI, 0.6), c.maybe_upper(rng, c.pick(rng, ["XẢ KHO", "THANH LÝ", "XẢ LỖ", "SALE SẬP SÀN"]) + f" do {reason}", 0.5), c.maybe_pick(rng, _EMOJI, 0.35)]),
            listed + ".",
            no_cod,
            c.pick(rng, ["Số lượng có hạn, cmt SĐT shop gọi.", "Ai cần ib.", f"Link đặt: {c.lookalike_url(rng, c.pick(rng, ['xakho', 'thanhly', 'dienmay']))}", _contact(rng)]),
        ])
    elif ch == "chat":
        name, lo, hi = items[0]
        text = c.join_nonempty([c.pick(rng, [f"Dạ hàng thanh lý còn {rng.randrange(2, 6)} cái {name} {you} ạ.", f"{name} bên {me} để {c.amount(rng, lo, hi)} thôi."]),
                                no_cod, f"{you} chuyển khoản trước {me} xuất kho ngay.", c.maybe(rng, c.account_details(rng, _ACCOUNT_LAST), 0.5)])
    else:
        text = c.join_nonempty([c.pick(rng, ["XẢ KHO 0 ĐỒNG:", "Thanh lý gấp:", "Xả lỗ:"]), listed + ".", "Chuyển khoản trước nhận hàng tại nhà.", _contact(rng)])
    return ch, text


def _fake_buyer(rng):
    market = c.pick(rng, MARKETS)
    item = c.pick(rng, SOLD_ITEMS)
    amt = c.amount(rng, 1_000_000, 25_000_000)
    you, me = c.pick(rng, [("bạn", "mình"), ("anh", "em"), ("chị", "em"), ("shop", "mình")])
    shop = c.pick(rng, c.SHOPS + [("Chợ Tốt", "chotot", "chotot.com")])
    link = c.lookalike_url(rng, c.pick(rng, [shop[1], "nhantien", "giaodich", "safepay"])) if rng.random() < 0.75 else c.shortener_url(rng)
    ask = c.pick(rng, ["nhập số thẻ và mã OTP", "đăng nhập internet banking xác nhận", "điền số tài khoản, số thẻ rồi nhập mã OTP",
                       f"đóng phí nâng cấp tài khoản người bán {c.amount(rng, 500_000, 3_000_000)} (được hoàn lại)",
                       f"ký quỹ {c.amount(rng, 500_000, 3_000_000)} để xác minh người bán",
                       "quét mã QR rồi nhập đúng số tiền", f"nạp đủ số dư tối thiểu {c.amount(rng, 2_000_000, 5_000_000)} để kích hoạt ví nhận tiền"])
    ch = c.pick(rng, ["chat", "chat", "chat", "sms", "sms", "call"])
    if ch == "chat":
        text = c.join_nonempty([
            c.pick(rng, [f"Chào {you}, {me} muốn mua {item} {you} đăng trên {market}.", f"{me} là người mua {item} của {you} nè.",
                         f"{me} đặt mua {item} của {you}, tổng {amt}."]),
            c.pick(rng, [f"{me} ở xa nên thanh toán qua hệ thống giao dịch đảm bảo.", f"{me} đã thanh toán {amt} qua cổng của {shop[0]} rồi.",
                         f"{me} chuyển tiền rồi nhưng hệ thống đang treo."]),
            f"{you} vào link này {ask} là tiền về: {link}" if rng.random() < 0.6 else f"Hệ thống yêu cầu {you} {ask} thì tiền mới về tài khoản.",
            c.maybe(rng, c.pick(rng, ["Shipper qua lấy hàng chiều nay.", "Lệnh thanh toán chỉ giữ 15 phút thôi.", "Có mã OTP thì gửi mình để báo bên vận chuyển."]), 0.7),
        ], c.pick(rng, [" ", "\n"]))
    elif ch == "sms":
        text = c.join_nonempty([c.maybe(rng, f"[{shop[0]}]", 0.5),
                                c.pick(rng, [f"Người mua đã thanh toán {amt} cho sản phẩm bạn đăng bán.", f"Bạn có khoản tiền hàng {amt} đang chờ nhận.",
                                             f"Đơn hàng #{c.rand_token(rng, 6).upper()} đã được người mua thanh toán {amt}."]),
                                f"Để nhận tiền vui lòng xác thực tài khoản người bán tại {link}", c.maybe(rng, c.deadline(rng), 0.5)])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} có đăng bán {item} trên {market} đúng không?",
            "Đúng rồi.",
            f"{me} muốn mua, {me} ở xa nên nhờ dịch vụ vận chuyển tới lấy, thanh toán qua dịch vụ đó luôn, họ gửi link nhận tiền.",
            "Sao không chuyển khoản thẳng?",
            f"Dạ qua dịch vụ để bảo đảm cho cả hai bên. {you} bấm link, {ask} là tiền vào. Làm nhanh giúp {me} nha.",
        ], ("Người mua", "Người bán"))
    return ch, text


def _cod_unordered(rng):
    courier = c.pick(rng, c.COURIERS)[0]
    amt = c.amount(rng, 150_000, 700_000)
    item = c.pick(rng, PARCEL_ITEMS)
    you, me = c.pick(rng, [("chị", "em"), ("anh", "em"), ("cô", "con"), ("chú", "cháu"), ("bạn", "mình")])
    where = c.pick(rng, ["bảo vệ", "hàng xóm", "tủ rào", "tiệm tạp hóa đầu hẻm", "trước cửa", "lễ tân tòa nhà"])
    pressure = c.pick(rng, [f"{me} còn {rng.randrange(20, 60)} đơn phải chạy.", f"{me} phải nộp tiền về kho trước {rng.randrange(15, 19)}h.", f"Không nhận là {me} bị phạt đơn.",
                            "Đơn có chữ ký nhận rồi nên không hoàn được.", "Không nhận là tài khoản bị trừ điểm uy tín."])
    ch = c.pick(rng, ["call", "call", "chat", "sms"])
    if ch == "call":
        text = c.call_transcript(rng, [
            f"Alo {you} ơi, {me} shipper {courier}, có đơn hàng {amt} của {you}.",
            f"{you} có đặt gì đâu {me}?",
            f"Dạ đơn đặt bằng số điện thoại {you}, địa chỉ đúng nhà luôn, chắc người nhà đặt. Trong là {item}.",
            "Để hỏi lại đã.",
            f"{pressure} {you} chuyển khoản giúp {me} {amt}, {me} để hàng ở {where} nha, {me} gửi số tài khoản qua Zalo.",
        ], ("Shipper", "Khách"))
    elif ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"{you} ơi {me} shipper {courier}.", f"{me} chào {you}, {me} giao đơn {item} cho {you}."]),
                                c.pick(rng, ["Gọi mãi không được nên nhắn Zalo.", f"Nhà {you} không có ai nên", ""]),
                                f"{me} để hàng ở {where} rồi, {you} chuyển {amt} vào {c.account_details(rng, _ACCOUNT_LAST)} giúp {me}.", pressure])
    else:
        text = c.join_nonempty([f"Shipper {courier}:", f"đơn {item} {amt} của bạn đã để ở {where}.",
                                f"Chuyển khoản vào {c.account_details(rng, _ACCOUNT_LAST)}", c.pick(rng, ["ghi mã đơn.", "trước 18h.", "giúp em nhé."]),
                                c.maybe(rng, c.phone(rng), 0.5)])
    return ch, text


def _extra_fee(rng):
    fee, fee2 = rng.sample(EXTRA_FEES, 2)
    amt = c.amount(rng, 150_000, 3_000_000)
    you, me = c.pick(rng, [("chị", "em"), ("anh", "em"), ("bạn", "shop"), ("chị", "shop")])
    refund = c.pick(rng, ["nhận hàng shop hoàn lại 100%", "shipper hoàn tiền mặt khi giao", "kế toán hoàn cả hai khoản trong 24h",
                          "khoản này được trừ vào giá", "đối soát xong hoàn lại ngay"])
    threat = c.pick(rng, ["không đóng trong hôm nay đơn sẽ tự hủy và cọc không hoàn",
                          "trễ là hàng bị trả về kho", f"muốn hoàn cọc thì phải đóng phí hoàn {c.amount(rng, 100_000, 500_000)}",
                          "không chuyển thì coi như bỏ đơn", ""])
    ch = c.pick(rng, ["chat", "chat", "chat", "call", "sms"])
    if ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"Dạ {me} nhận được cọc rồi {you} nhé.", f"Đơn của {you} đã lên hệ thống,", f"{you} chuyển sai nội dung nên đơn bị treo,"]),
                                f"giờ cần đóng thêm {fee} {amt}{c.maybe(rng, ' và ' + fee2, 0.3)}.", refund + ".", threat],
                               " ")
    elif ch == "call":
        text = c.call_transcript(rng, [
            f"{you} ơi {me} bên shop mà {you} đặt hàng hôm qua.",
            "Ừ, gửi chưa?",
            f"Dạ ra bưu cục thì họ bắt đóng {fee} {amt}. {you} chuyển giúp {me}, {refund}.",
            "Chuyển cọc rồi mà, sao giờ lại thêm?",
            f"Dạ bắt buộc {you} ơi. {threat if threat else 'Chuyển sáng nay thì chiều có hàng.'}",
        ], ("Shop", "Khách"))
    else:
        text = c.join_nonempty(["Shop thông báo:", f"đơn hàng của quý khách cần bổ sung {fee} {amt}.",
                                "Vui lòng chuyển khoản " + c.deadline(rng) + ",", threat or "để đơn được xuất kho."])
    return ch, text


def _brand_page(rng):
    brand, brand_items = c.pick(rng, BRANDS)
    item = c.pick(rng, brand_items)
    pct = rng.choice([50, 60, 70, 80, 90])
    price = c.amount(rng, 99_000, 900_000)
    occasion = c.pick(rng, [f"mừng sinh nhật {rng.randrange(5, 30)} năm", "tri ân khách hàng", "xả kho cuối năm",
                            "kỷ niệm thành lập", "Black Friday", "livestream xả kho"])
    slug = "".join(ch for ch in c.ascii_upper(brand).lower() if ch.isalnum())
    link = c.lookalike_url(rng, slug) if rng.random() < 0.7 else c.shortener_url(rng)
    ch = c.pick(rng, ["social", "social", "chat", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, _EMOJI, 0.7), c.maybe_upper(rng, f"{brand} {occasion} – SALE {pct}%", 0.5), c.maybe_pick(rng, _EMOJI, 0.35)]),
            f"{item} chỉ {price}, số lượng giới hạn {rng.randrange(100, 1000)} suất.",
            c.pick(rng, ["Chỉ áp dụng đặt qua fanpage, chuyển khoản xác nhận đơn.", "Comment 'chốt' + SĐT, nhân viên gọi hướng dẫn chuyển khoản.",
                         "Page có tick xanh, cam kết chính hãng."]),
            f"Đặt ngay 👉 {link}" if rng.random() < 0.6 else "",
        ])
    elif ch == "chat":
        text = c.join_nonempty([f"Dạ đây là fanpage chính thức của {brand} ạ.",
                                f"Chương trình {occasion} giảm {pct}% chỉ áp dụng đơn chuyển khoản trước.",
                                f"{c.pick(rng, ['Chị', 'Anh', 'Bạn', 'Quý khách'])} chuyển {price} vào tài khoản kế toán: {c.account_details(rng, _ACCOUNT_LAST)}", c.maybe(rng, "trong 15 phút, quá thời gian suất chuyển cho khách khác ạ.", 0.6)])
    else:
        text = c.join_nonempty([f"{brand} {occasion}:", f"{item} chỉ còn {price}.", f"Mua ngay tại {link},",
                                c.pick(rng, ["thanh toán chuyển khoản để giữ suất.", "chuyển khoản trước, giao hàng trong 48h.",
                                             f"chỉ {rng.randrange(50, 300)} suất, thanh toán trước nhận quà kèm."])])
    return ch, text


def _vehicle(rng):
    veh = c.pick(rng, VEHICLES)
    src = c.pick(rng, VEHICLE_SOURCES)
    car = veh[-1].isdigit() and "SH" not in veh
    price_v = rng.randrange(80, 250) * 1_000_000 if car else rng.randrange(30, 150) * 100_000
    price = c.amount_of(rng, price_v)
    dep = c.amount_of(rng, price_v * rng.choice([10, 20, 30]) // 100)
    you, me = c.pick(rng, [("anh", "em"), ("anh", "bên em"), ("chị", "em"), ("bác", "cháu")])
    ch = c.pick(rng, ["social", "social", "chat", "call", "sms"])
    if ch == "social":
        others = ", ".join(f"{v} {c.amount(rng, 3_000_000, 15_000_000)}" for v in rng.sample(VEHICLES[:9], 2))
        text = c.post_lines(rng, [
            c.maybe_upper(rng, f"Thanh lý {src}", 0.4) + c.maybe(rng, ", hồ sơ đầy đủ, sang tên được", 0.7),
            f"{veh} {price}, {others}.",
            f"Đặt cọc {dep} làm thủ tục rút xe, giao tận nhà toàn quốc.",
            c.pick(rng, ["Ib để xem danh sách xe.", _contact(rng), "Số lượng có hạn."]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([f"Xe này là {src} nên giá chỉ {price} thôi {you}.",
                                f"{you} cọc {dep} để {me} làm hồ sơ rút xe khỏi bãi,",
                                c.pick(rng, ["2 ngày có xe giao tận nhà.", "xe lên thùng gửi nhà xe.", "nhận xe kiểm tra rồi trả nốt."]),
                                c.maybe(rng, f"Nhà xe còn yêu cầu phí đăng kiểm xe tang vật {c.amount(rng, 800_000, 2_500_000)} nữa nhé.", 0.3)])
    elif ch == "sms":
        text = c.join_nonempty([f"Bán {src} giá rẻ từ {c.amount(rng, 2_000_000, 5_000_000)}:", ", ".join(rng.sample(VEHICLES[:9], 3)) + ".",
                                "Đặt cọc nhận xe tận nhà.", _contact(rng)])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} ơi, bên {me} là kho thanh lý xe, {you} để lại số xem con {veh}.",
            "Ừ, còn xe không?",
            f"Dạ còn, giá {price} có giấy tờ, sang tên thoải mái. {you} cọc {dep}, sáng mai xe tới nhà.",
            "Kho ở đâu để qua xem?",
            "Dạ kho nằm trong khu quản lý, khách không vào được, chỉ giao qua dịch vụ thôi. Xe tới không ưng thì trả lại.",
        ], ("NV kho", "Khách"))
    return ch, text


def _game_voucher(rng):
    good, lo, hi = c.pick(rng, GAME_GOODS)
    price = c.amount(rng, lo, hi)
    deliver = c.pick(rng, ["mã ngay", "mã thẻ", "mã qua tin nhắn"]) if good.startswith(("thẻ", "voucher")) else c.pick(
        rng, ["tài khoản + mật khẩu", "thông tin đăng nhập", "acc + mail gốc"])
    you, me = c.pick(rng, [("bạn", "mình"), ("ông", "tôi"), ("anh", "em"), ("bro", "mình"), ("bạn", "tui")])
    ch = c.pick(rng, ["social", "chat", "chat", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.pick(rng, ["Bán", "Pass", "Thanh lý"]), good, f"giá chỉ {price}", c.pick(rng, ["vì nghỉ game" if good.startswith("acc") else "dư dùng không hết", "giá rẻ nhất thị trường", "uy tín có feedback", ""])]) + ".",
            f"Chuyển khoản trước {me} gửi {deliver} trong {rng.randrange(3, 15)} phút.",
            c.pick(rng, ["Ib nhé.", _contact(rng), "Không qua trung gian."]),
        ])
    elif ch == "chat":
        if rng.random() < 0.6:
            text = c.join_nonempty([f"{good} {price} thôi {you}.", f"{you} ck trước {me} gửi liền.",
                                    c.pick(rng, [f"Trung gian thì phải là người quen {me}.", "Trung gian mất phí thêm 200k ba mặt.", "Uy tín mà, không tin thì thôi.", ""])])
        else:
            text = c.join_nonempty([c.pick(rng, [f"Mã của {you} {me} gửi rồi, nhưng mã bị khóa do tài khoản {you} chưa xác thực.",
                                                 f"Acc {me} đổi pass gửi {you} rồi, nhưng hệ thống game đòi xác minh chủ mới.",
                                                 f"Thẻ {me} gửi bị lỗi seri, phải kích hoạt lại."]),
                                    f"{you} ck thêm {c.amount(rng, 30_000, 300_000)} {c.pick(rng, ['phí mở khóa', 'phí kích hoạt', 'phí xác minh'])} nha,",
                                    c.pick(rng, [f"xong {me} hoàn lại.", "không là mất luôn tiền trước.", f"{me} làm liền.", ""])])
    else:
        text = c.join_nonempty([f"Bán {good}, giá chỉ {price}." if rng.random() < 0.5 else f"Bán {good}, chiết khấu {rng.choice([20, 30, 40, 50])}%.",
                                f"Giao {deliver} tự động sau khi chuyển khoản.",
                                c.pick(rng, [c.lookalike_url(rng, c.pick(rng, ["napthe", "voucher", "shopee"])), _contact(rng)])])
    return ch, text


FAMILIES = [
    ("cheap_phone_deposit", _cheap_phone),
    ("event_ticket_resale", _ticket),
    ("pet_sale_deposit", _pet),
    ("hand_carried_goods", _hand_carried),
    ("clearance_sale", _clearance),
    ("fake_buyer_receive_payment", _fake_buyer),
    ("fake_cod_unordered", _cod_unordered),
    ("extra_fee_after_deposit", _extra_fee),
    ("fake_brand_fanpage", _brand_page),
    ("impounded_vehicle_sale", _vehicle),
    ("game_account_voucher", _game_voucher),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_casual(rng, n, LABEL, FAMILIES)

"""Generator for `legit` personal traffic: ordinary chats, social posts, calls and
SMS between people.

About half of the families are HARD negatives: they share vocabulary or shape
with scams (money transfers between relatives, small sellers with COD, genuine
job posts, people warning each other about scams, real courier/bank calls,
landlords, school fees, lottery and game chatter) but carry no fraud signal:
no look-alike link, no urgency trick, no third-party account, no OTP request.
Every dict carries `"hard": True|False` accordingly.

Stdlib only; text is written WITH diacritics (the corpus build strips or
obfuscates a share itself).
"""

from __future__ import annotations

import random
import re

from training.generators import _common as c

LABEL = "legit"

P = c.pick

# ---------------------------------------------------------------- fillers

PARENT_CHILD = [("mẹ", "con"), ("bố", "con"), ("ba", "con"), ("má", "con"), ("mẹ", "con"),
                ("ba", "con"), ("ông", "cháu"), ("bà", "cháu"), ("cô", "cháu"), ("dì", "con")]
SAME_ROLE = {"ba": ("ba", "bố"), "bố": ("ba", "bố"), "mẹ": ("mẹ", "má"), "má": ("mẹ", "má"), "ông": ("ông",),
             "bà": ("bà",), "cô": ("cô",), "dì": ("dì",)}
MALE_NAMES = ["An", "Bình", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Quang",
              "Sơn", "Thắng", "Trung", "Tuấn", "Khoa", "Lộc", "Tài", "Đạt", "Minh", "Huy"]
FEMALE_NAMES = ["Chi", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung",
                "Phương", "Thảo", "Trang", "Vy", "Yến", "Hằng", "Thư", "Loan", "Dung", "Tâm", "My"]
FRIEND_PRON = [("tao", "mày"), ("t", "m"), ("tui", "bà"), ("tui", "ông"), ("mình", "bạn"), ("tớ", "cậu"),
               ("em", "anh"), ("em", "chị"), ("anh", "em"), ("chị", "em")]
EMOJI_HAPPY = ["😂", "😆", "🥰", "😍", "❤️", "👍", "🤣", "😝", "🙏", "😊", "🥲", "😅", ""]
PLACES_FOOD = ["quán lẩu dê", "quán nướng đầu hẻm", "quán bún chả cô Lan", "quán ốc Hồ Thị Kỷ",
               "nhà hàng hải sản gần cầu", "quán cơm tấm sườn", "tiệm gà rán", "quán phở gánh",
               "quán bánh xèo", "quán lẩu Thái", "quán bò né", "quán cà phê sân vườn"]
FOODS = ["bún bò", "cơm tấm", "phở", "bánh mì", "hủ tiếu", "bún riêu", "mì quảng", "bánh cuốn",
         "lẩu", "ốc", "gà rán", "cháo lòng", "bún đậu mắm tôm", "trà sữa", "chè", "bánh tráng trộn"]
DAYS = ["thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "chủ nhật", "cuối tuần", "tối mai", "sáng mai"]
HOURS = ["6h", "7h", "7h30", "8h", "9h", "10h", "14h", "17h", "18h30", "19h", "20h"]
STREETS = ["Nguyễn Trãi", "Lê Lợi", "Trần Phú", "Hai Bà Trưng", "Lý Thường Kiệt", "Hoàng Văn Thụ",
           "Phan Đình Phùng", "Nguyễn Văn Cừ", "Lạc Long Quân", "Võ Văn Tần", "Bạch Đằng", "Quang Trung"]
STOCKS = ["HPG", "FPT", "VNM", "MWG", "SSI", "VCB", "TCB", "MBB", "VHM", "DGC", "GAS", "PNJ"]
COINS = ["BTC", "ETH", "Bitcoin", "con ETH", "SOL"]
DISTRICTS = ["Cầu Giấy", "Thanh Xuân", "Gò Vấp", "Bình Thạnh", "Thủ Đức", "Hải Châu", "Ninh Kiều",
             "Long Biên", "Tân Bình", "Hà Đông", "Biên Hòa", "Thủ Dầu Một", "Nha Trang", "Buôn Ma Thuột"]
GOODS = [("váy hoa nhí", 185_000), ("áo len cổ lọ", 220_000), ("giày thể thao", 199_000),
         ("túi xách da mềm", 270_000), ("mứt gừng nhà làm", 120_000), ("bánh bông lan trứng muối", 150_000),
         ("khô gà lá chanh", 95_000), ("ruốc heo", 180_000), ("đồ bộ mặc nhà", 135_000),
         ("nước mắm nhĩ", 110_000), ("bánh tráng phơi sương", 60_000), ("xoài cát Hòa Lộc", 55_000),
         ("sầu riêng Ri6", 65_000), ("áo thun cotton", 99_000), ("son kem lì", 159_000)]
JOBS = [("phục vụ part-time", "quán cà phê", "22-25k/giờ"), ("phụ bếp", "nhà hàng", "7-8 triệu/tháng"),
        ("thu ngân ca sáng", "siêu thị mini", "6,5 triệu/tháng"), ("công nhân may", "công ty may",
         "8-11 triệu/tháng, đóng BHXH đầy đủ"), ("giao hàng nội thành", "tiệm hoa", "15-25k/đơn"),
        ("gia sư Toán lớp 8", "gia đình", "200k/buổi"), ("bán hàng", "tiệm bánh", "6 triệu/tháng bao cơm trưa"),
        ("kế toán nội bộ", "công ty TNHH", "lương thỏa thuận theo năng lực"), ("phát tờ rơi cuối tuần",
         "trung tâm tiếng Anh", "250k/ngày"), ("thợ phụ", "xưởng gỗ", "350k/ngày"),
        ("trợ giảng tiếng Anh", "trung tâm ngoại ngữ", "90k/giờ"), ("bảo vệ ca đêm", "chung cư", "7 triệu/tháng")]
TRAVEL = [("Phú Quốc", "3N2Đ"), ("Đà Lạt", "2 ngày 1 đêm"), ("Sapa", "3 ngày"), ("Hà Giang", "4 ngày"),
          ("Quy Nhơn", "3N2Đ"), ("Nha Trang", "4 ngày"), ("Côn Đảo", "3 ngày"), ("Hội An", "2 ngày"),
          ("Mộc Châu", "2N1Đ"), ("Cát Bà", "3 ngày"), ("Vũng Tàu", "1 ngày"), ("Ninh Bình", "2 ngày")]
ROOM_SITES = ["Traveloka", "Agoda", "Booking", "Airbnb", "web của khách sạn", "homestay quen của chị họ"]
TICKET_SITES = ["web hãng bay", "app của hãng bay", "Traveloka", "web đường sắt", "app Vexere",
                "quầy vé ở bến xe", "đại lý vé gần nhà"]
GAMES = ["Liên Quân", "PUBG", "Free Fire", "Genshin", "Valorant", "Tốc Chiến", "FIFA Online", "Minecraft"]
TEAMS = ["Việt Nam", "Hà Nội FC", "Nam Định", "Thể Công", "Hải Phòng", "HAGL", "Bình Định", "Công an Hà Nội"]
LOTTERY_PROV = ["Tây Ninh", "Đồng Nai", "Cần Thơ", "Vĩnh Long", "Bến Tre", "Kiên Giang", "Đà Lạt",
                "An Giang", "Bình Dương", "Trà Vinh", "miền Bắc"]
SCAM_TRICKS = [
    ("gọi xưng công an, bảo mình dính vụ rửa tiền rồi bắt chuyển tiền để xác minh", "công an thật không bao giờ làm việc qua điện thoại hay bắt chuyển khoản"),
    ("nhắn tin báo tài khoản ngân hàng bị khóa kèm đường link lạ", "ngân hàng không gửi link bắt đăng nhập, có gì gọi tổng đài in sau thẻ"),
    ("gọi tự xưng cán bộ phường hướng dẫn cài VNeID mức 2 qua link", "VNeID chỉ tải trên CH Play/App Store hoặc ra công an phường làm trực tiếp"),
    ("gọi báo trúng thưởng xe máy, bắt đóng phí nhận giải", "trúng thưởng thật không ai bắt nộp phí trước"),
    ("nhắn Zalo giả người quen hỏi mượn tiền, nhờ chuyển vào tài khoản người khác", "phải gọi video hoặc gọi số cũ hỏi lại cho chắc"),
    ("gọi xưng nhân viên điện lực, dọa cắt điện nếu không chuyển tiền ngay", "tiền điện nhà mình đóng qua app rồi, điện lực không gọi bắt chuyển vào tài khoản cá nhân"),
    ("gọi báo con bị tai nạn đang cấp cứu, đòi chuyển tiền viện phí", "phải gọi ngay cho cô giáo hoặc cho con để kiểm tra"),
    ("rủ vào nhóm làm nhiệm vụ like video nhận hoa hồng, sau bắt nạp tiền", "việc nào bắt nạp tiền trước là lừa"),
    ("gọi báo có bưu phẩm bị giữ ở hải quan, đòi nộp phí", "không đặt gì thì kệ, không đọc thông tin gì hết"),
    ("nhắn tin báo được nhận trợ cấp bảo hiểm xã hội, bấm link để nhận", "muốn hỏi chế độ thì ra cơ quan BHXH hoặc hỏi cán bộ phường"),
    ("xin mã OTP, tự xưng nhân viên ngân hàng nâng hạn mức thẻ", "OTP là của mình, tuyệt đối không đọc cho ai"),
]
SCAM_CASES = [
    ("giả danh cán bộ viện kiểm sát, gọi video thông báo liên quan vụ án rửa tiền", "cơ quan tố tụng không làm việc qua điện thoại, không yêu cầu chuyển tiền"),
    ("mời tham gia làm nhiệm vụ online hưởng hoa hồng, ban đầu trả thưởng nhỏ rồi yêu cầu nạp số tiền lớn", "không tham gia các công việc yêu cầu nạp tiền trước"),
    ("giả làm người thân qua tài khoản Facebook bị chiếm quyền để vay tiền", "gọi điện trực tiếp xác minh trước khi chuyển tiền"),
    ("mời đầu tư sàn tiền ảo cam kết lợi nhuận cao", "không tin các lời mời đầu tư cam kết lợi nhuận, không chuyển tiền cho sàn không phép"),
    ("giả danh nhân viên điện lực báo cắt điện", "chỉ thanh toán tiền điện qua kênh chính thức"),
    ("tuyển người mẫu nhí rồi yêu cầu phụ huynh làm nhiệm vụ nạp tiền", "casting thật không yêu cầu phụ huynh nạp tiền"),
    ("bán tour du lịch giá rẻ, nhận cọc qua tài khoản cá nhân rồi chặn liên lạc", "đặt tour qua doanh nghiệp có giấy phép, có hợp đồng"),
    ("gửi đường link giả mạo cổng dịch vụ công để cài ứng dụng lạ", "chỉ cài ứng dụng từ kho chính thức"),
]


def money_k(rng: random.Random, lo: int, hi: int, step: int = 10) -> tuple[int, str]:
    """An amount in thousands of đồng between lo and hi, written casually."""
    v = rng.randrange(lo // step, hi // step + 1) * step
    return v, fmt_k(rng, v)


def fmt_k(rng: random.Random, v: int) -> str:
    """Format an amount given in thousands of đồng, the ways people type it."""
    if v < 1000:
        return P(rng, [f"{v}k", f"{v}.000đ", f"{v} nghìn", f"{v} ngàn", f"{v}k"])
    tr, rest = divmod(v, 1000)
    full = c.dotted(v * 1000)
    opts = [full + "đ", full, full + " đồng"]
    if rest == 0:
        opts += [f"{tr}tr", f"{tr} triệu", f"{tr} củ"]
    elif rest % 100 == 0:
        opts += [f"{tr}tr{rest // 100}", f"{tr} triệu {rest // 100}", f"{tr} triệu {rest}k"]
    else:
        opts += [f"{tr} triệu {rest}k", f"{tr}tr{rest}"]
    return P(rng, opts)


def given(rng: random.Random) -> str:
    return c.person_name(rng, full=False)


# ---------------------------------------------------------------- HARD families

def f_tuition_transfer(rng):
    par, kid = P(rng, PARENT_CHILD)
    _, amt = money_k(rng, 1000, 15000, 100)
    purpose = P(rng, ["tiền học phí kỳ này", "tiền ăn tháng này", "tiền nhà trọ", "tiền ký túc xá",
                      "tiền sách vở với tiền gửi xe", "tiền học tiếng Anh", "tiền thi bằng lái", "tiền sinh hoạt"])
    b = c.bank_name(rng)
    if rng.random() < 0.35:
        text = c.join_stripped([c.cap_first(f"{kid} nhận được tiền rồi nha {par}, {amt} {purpose}."),
                                P(rng, [f"{kid} đóng xong sẽ chụp biên lai gửi {par}.", f"{kid} cảm ơn {par} nhiều.",
                                        f"Tháng này {kid} tiêu tiết kiệm, {par} đừng lo.", ""]),
                                P(rng, EMOJI_HAPPY)])
        return text, P(rng, ["chat", "chat", "sms"])
    opener = P(rng, [f"{c.cap_first(kid)} ơi,", f"{c.cap_first(kid)} à,", "", f"{c.cap_first(kid)} yêu,"])
    body = P(rng, [f"{par} vừa chuyển {amt} {purpose} vào tài khoản {b} của {kid} rồi nhé.",
                   f"{par} gửi {kid} {amt} làm {purpose}, {kid} xem tin nhắn ngân hàng báo chưa.",
                   f"sáng nay {par} ra {b} gửi {kid} {amt}, {purpose} đấy.",
                   f"{par} chuyển khoản {amt} rồi, {purpose} tháng này."])
    extra = P(rng, [f"Đóng học phí xong nhớ chụp biên lai gửi {par}.", f"Tiêu tiết kiệm thôi nhé {kid}.",
                    f"Thiếu gì thì gọi {par}.", "Cuối tuần gọi video cho cả nhà nhé.",
                    f"Trường báo đóng gì {kid} chụp thông báo gửi {par}, {par} đóng thẳng cho trường.",
                    "Trời lạnh rồi mua thêm cái áo ấm.", ""])
    return c.join_stripped([opener, body, extra, P(rng, EMOJI_HAPPY[-6:])]), P(rng, ["chat", "chat", "sms"])


def f_bill_split(rng):
    n = rng.randrange(3, 11)
    per = rng.randrange(5, 60) * 10
    total = per * n
    what = P(rng, ["bill lẩu tối qua", "tiền điện nước phòng tháng này", "tiền sân bóng", "tiền thuê homestay",
                   "tiền quà sinh nhật cô", "tiền taxi về", "tiền karaoke", "tiền đặt bánh kem", "quỹ nhóm đi chơi",
                   "tiền nước uống cả phòng", "tiền internet phòng trọ"])
    me, you = P(rng, FRIEND_PRON[:6])
    b = c.bank_name(rng)
    style = rng.randrange(3)
    if style == 0:
        text = c.join_stripped([P(rng, ["Mọi người ơi,", "Cả nhà ơi,", "Ae ơi", "Mấy bà ơi,", ""]),
                                f"{what} tổng {fmt_k(rng, total)}, chia {n} người mỗi người {fmt_k(rng, per)} nha.",
                                P(rng, [f"Chuyển vô tk {b} của {me}, số {me} gửi trong nhóm rồi.", "Ai đưa tiền mặt thì gặp tui sau.",
                                        f"Chuyển {me} lúc nào cũng được, không gấp.", "Ai chuyển rồi thả tim tin nhắn này nha."]),
                                P(rng, EMOJI_HAPPY)])
    elif style == 1:
        text = c.join_stripped([P(rng, ["Chuyển khoản rồi nhé", "Ck rồi nha", f"{c.cap_first(me)} chuyển rồi đó", "Gửi rồi nha"]),
                                f"{fmt_k(rng, per)} {what}.", P(rng, [f"{c.cap_first(you)} check giúp {me}.", "Nội dung ghi tên mình.",
                                                           "Không nợ nần gì nữa nhé.", ""]), P(rng, EMOJI_HAPPY)])
    else:
        a, b2, c3 = given(rng), given(rng), given(rng)
        text = "\n".join([f"{a}: {c.cap_first(what)} {fmt_k(rng, total)}, chia {n} mỗi đứa {fmt_k(rng, per)}.",
                          f"{b2}: {P(rng, ['Ok tối tao chuyển', 'Chuyển rồi nha', 'Để lãnh lương tui gửi', 'Đưa tiền mặt được hông'])}.",
                          f"{c3}: {P(rng, ['Ck rồi, nội dung ghi tên tao', 'Mai tao đưa tiền mặt', 'Chuyển rồi nhé', 'Đã gửi 👍'])}.",
                          f"{a}: {P(rng, ['Nhận rồi 👍', 'Ok nhận đủ', 'Tiền mặt cũng được', 'Cảm ơn mọi người'])}"])
    return text, "chat"


def f_loan_repay(rng):
    me, you = P(rng, FRIEND_PRON)
    _, amt = money_k(rng, 200, 20000, 50)
    why = P(rng, ["hôm trước mượn", "mượn hồi sửa xe", "mượn đóng học cho con", "mượn đổ xăng",
                  "mượn hồi mẹ nằm viện", "mượn mua điện thoại", "mượn tháng trước", "mua hộ"])
    b = c.bank_name(rng)
    lead = P(rng, [f"{c.cap_first(you)} ơi", f"{given(rng)} ơi", "Ê", "", f"Dạ {you} ơi"])
    body = P(rng, [f"{me} trả {you} {amt} {why} nha,", f"{me} gửi lại {you} {amt} tiền {why} nhé,",
                   f"tiền {why} {me} chuyển trả {you} rồi, {amt},"])
    how = P(rng, [f"vừa chuyển vào {b} của {you}.", f"vào số tài khoản cũ của {you}.", "tối nay đưa tiền mặt.",
                  "check giúp nha.", f"{you} kiểm tra tin nhắn ngân hàng đi."])
    tail = P(rng, [f"Cảm ơn {you} nhiều, lúc đó kẹt quá.", f"Còn lại cuối tháng có lương {me} trả nốt.",
                   "Nhẹ cả người.", "Hôm nào rảnh đi cà phê.", ""])
    if rng.random() < 0.25:
        a, b2 = given(rng), given(rng)
        amount = c.amount(rng, 1_000_000, 30_000_000)
        t = [(a, f"Alo {b2} hả, {a} đây."), (b2, "Ừ nghe nè, có chuyện gì không?"),
             (a, f"Cái tiền {why} ấy, {me} vừa chuyển trả rồi, {amount}, {you} xem điện thoại đi."),
             (b2, "Ôi cứ từ từ cũng được mà, chưa cần đâu."),
             (a, f"Thôi có rồi thì trả luôn, để lâu ngại lắm. Chuyển từ tài khoản {b} đó."),
             (b2, "Ừ vào rồi nè, đủ rồi. Cảm ơn nha."),
             (a, P(rng, [f"Cảm ơn {you} lúc đó đã giúp {me}. Cuối tuần đi cà phê nhé, {me} mời.",
                         f"Cảm ơn {you} nhiều lắm. Hôm nào rảnh qua nhà {me} ăn cơm nha."])),
             (b2, P(rng, ["Ok, thứ bảy nhé.", "Ừ, để tôi xem lịch rồi nhắn."]))]
        return c.render_labelled(t), "call"
    return c.join_stripped([lead, body, how, tail, P(rng, EMOJI_HAPPY)]), P(rng, ["chat", "chat", "chat", "sms"])


def f_borrow_known(rng):
    me, you = P(rng, FRIEND_PRON + [("con", "chú"), ("cháu", "cô"), ("em", "chị Hai")])
    _, amt = money_k(rng, 500, 15000, 100)
    why = P(rng, ["đóng học cho con", "sửa mái nhà", "trả góp xe", "đóng tiền mổ mắt cho má", "mua phân bón",
                  "sửa xe", "đóng tiền nhà", "mua cái máy cày cũ", "lo đám giỗ"])
    when = P(rng, ["tới 15", "cuối tháng có lương", "tới mùa lúa", "tháng sau", "bán heo xong", "thứ 6"])
    if rng.random() < 0.3:
        a, b2 = P(rng, [("A", "B"), ("Người gọi", "Người nghe")])
        t = [(a, f"Alo {you} ơi, {me} nè. {c.cap_first(you)} đang rảnh không?"), (b2, "Ừ nói đi, có chuyện gì đó?"),
             (a, f"{P(rng, ['Dạ ', ''] if me in ('em', 'con', 'cháu') else [''])}{me} tính {why} mà còn thiếu khoảng {amt}. {c.cap_first(you)} có dư cho {me} mượn đỡ, {when} {me} trả. "
                 f"Có gì chiều nay {me} ghé nhà nói chuyện cho rõ."),
             (b2, P(rng, ["Ờ được, chiều qua đi, để bàn với nhà coi. Mượn thì ghi giấy cho đàng hoàng nghen.",
                          "Ừ chắc được, tối nay nói với nhà rồi mai chuyển vào số tài khoản cũ nha."])),
             (a, f"Dạ {me} cảm ơn. Không gấp đâu, không tiện thì thôi, {me} hỏi chỗ khác."),
             (b2, "Ừ, cứ qua đi rồi tính.")]
        return c.render_labelled(t), "call"
    text = c.join_stripped([P(rng, [f"{c.cap_first(you)} ơi,", "", f"{given(rng)} ơi,"]),
                            P(rng, [f"tháng này {me} hơi kẹt, {you} có dư cho {me} mượn {amt} được không?",
                                    f"{me} mượn {you} {amt} {why}, {when} {me} trả nhé.",
                                    f"{you} cho {me} mượn tạm {amt} {why} nha, {when} gửi lại."]),
                            P(rng, ["Không có cũng không sao nha.", f"Không tiện thì thôi, {me} tính cách khác.",
                                    f"Mai {me} qua nhà {you} nói chuyện luôn.", f"Tối {me} gọi {you} nói kỹ hơn.",
                                    f"Chuyển vào tk {c.bank_name(rng)} tên {me} như mọi khi nhé."]),
                            P(rng, EMOJI_HAPPY)])
    return text, P(rng, ["chat", "chat", "sms"])


def f_seller_cod(rng):
    item, price = P(rng, GOODS)
    price_s = P(rng, [f"{price // 1000}k", f"{price:,}đ".replace(",", "."), f"{price // 1000}k/cái"])
    cour = P(rng, c.COURIERS)[0]
    dist = P(rng, DISTRICTS)
    if rng.random() < 0.55:
        head = P(rng, ["🌸 Hàng mới về:", "Nhà em làm", "Pass lại", "Xả kho", "Ai cần", "[Bán]", "Mình bán"])
        parts = [f"{head} {item}, {price_s}.",
                 P(rng, ["Ship COD toàn quốc, nhận hàng kiểm tra rồi mới thanh toán.",
                         f"Khách ở xa shop gửi {cour} thu hộ, khách gần qua lấy trực tiếp.",
                         f"Giao nội thành {dist} miễn phí, tỉnh khác gửi {cour}.",
                         "Không cọc, nhận hàng rồi trả tiền cho shipper."]),
                 P(rng, ["Ib shop hoặc để lại sđt shop gọi tư vấn nha.", f"Liên hệ {c.phone(rng)}.",
                         "Ai quan tâm nhắn em.", "Bình luận hoặc inbox nha cả nhà.", ""]),
                 P(rng, ["💐", "🛍️", "", "😊"])]
        return c.join_stripped(parts), "social"
    name = given(rng)
    code = f"{P(rng, ['S', 'G', 'A', 'SPX'])}{rng.randrange(10_000_000, 99_999_999)}"
    total = price + P(rng, [0, 15_000, 20_000, 25_000, 30_000])
    text = P(rng, [
        f"Dạ đơn {item} của {P(rng, ['chị', 'anh', 'em', 'cô'])} shop gửi {cour} rồi ạ, mã vận đơn {code}, {rng.randrange(2, 5)} ngày tới nơi. Nhận hàng kiểm tra rồi thanh toán cho shipper {fmt_k(rng, total // 1000)} nha.",
        f"Khách: Shop ơi {item} còn không ạ?\nShop: Còn nha {name}, {price_s}, phí ship 25k. Em gửi tên, sđt, địa chỉ shop lên đơn COD cho em.\nKhách: Dạ em gửi ạ: {c.person_name(rng)}, {c.phone(rng)}, số {rng.randrange(1, 200)} {P(rng, STREETS)}.",
        f"Shop ơi em nhận được {item} rồi nha, đẹp lắm, lần sau em ủng hộ tiếp {P(rng, EMOJI_HAPPY)}",
        f"Dạ bên em không bắt chuyển khoản trước đâu ạ, chị nhận {item} rồi trả tiền cho shipper là được. Hàng lỗi chị báo em đổi.",
    ])
    return text, "chat"


def f_job_post(rng):
    role, place, pay = P(rng, JOBS)
    addr = f"{rng.randrange(1, 300)} {P(rng, STREETS)}, {P(rng, DISTRICTS)}"
    if rng.random() < 0.2:
        hr, cand = given(rng), given(rng)
        t = [("Người gọi", f"Alo, cho chị hỏi có phải em {cand} nộp hồ sơ vị trí {role} bên {place} không?"),
             ("Người nghe", "Dạ đúng rồi chị."),
             ("Người gọi", f"Chị là {hr} bên nhân sự. Chị mời em qua phỏng vấn lúc {P(rng, HOURS)} {P(rng, DAYS)} tại {addr} nhé. "
                           "Em mang theo CCCD và bằng cấp bản gốc để đối chiếu."),
             ("Người nghe", "Dạ em cần chuẩn bị gì thêm không chị?"),
             ("Người gọi", f"Không cần gì thêm em. Mức lương {pay}, phỏng vấn xong bên chị báo kết quả qua email. "
                           "Vướng lịch thì gọi lại số này đổi giờ."),
             ("Người nghe", "Dạ em cảm ơn chị, em sẽ đến đúng giờ.")]
        return c.render_labelled(t), "call"
    lead = P(rng, ["[TUYỂN DỤNG]", "Cần tuyển", f"{c.cap_first(place)} nhà mình cần", "Tuyển gấp", "📢 Tuyển"])
    parts = [f"{lead} {rng.randrange(1, 6)} bạn {role}.",
             f"Lương {pay}.",
             P(rng, ["Ưu tiên sinh viên ở gần.", "Có bao cơm trưa.", "Thưởng lễ Tết.", "Làm giờ hành chính.", ""]),
             P(rng, [f"Ứng tuyển trực tiếp tại {addr}, mang theo CCCD.", f"Ghé trực tiếp {addr} phỏng vấn.",
                     f"Liên hệ {P(rng, ['chị', 'anh', 'cô'])} {given(rng)} {c.phone(rng)}.",
                     f"Gửi CV qua email tuyendung@{P(rng, ['hoanggia', 'minhphat', 'sonha', 'tanphu'])}{P(rng, ['.vn', '.com.vn'])}."]),
             P(rng, ["Không thu bất kỳ khoản phí nào.", "Không thu phí gì hết nha.", "", "Có hợp đồng rõ ràng."])]
    rng.shuffle(parts[2:4]) if rng.random() < 0.3 else None
    return c.join_stripped(parts), P(rng, ["social", "social", "chat"])


def f_invest_chat(rng):
    me, you = P(rng, FRIEND_PRON[:6])
    s = P(rng, STOCKS)
    pct = rng.randrange(2, 25)
    text = P(rng, [
        f"Hôm nay thị trường đỏ lòm, {s} của {me} âm {pct}% rồi {P(rng, ['😩', '🥲', ''])} May mà không vay margin.",
        f"{s} tăng trần rồi {you} ơi, {me} mua hồi tháng trước, giờ lời {pct}% {P(rng, EMOJI_HAPPY)}",
        f"{c.cap_first(you)} còn giữ {P(rng, COINS)} không, {me} cắt lỗ rồi, mua đỉnh giờ mới về bờ.",
        f"Tháng này {me} bắt đầu tích sản, mỗi tháng bỏ {rng.randrange(1, 10)} triệu mua chứng chỉ quỹ trên app của công ty quỹ. Tự mua tự chịu, không ủy thác ai.",
        f"Cổ tức tiền mặt {s} về tài khoản rồi, {fmt_k(rng, rng.randrange(3, 30) * 100)}, đủ bao cả nhà đi ăn {P(rng, FOODS)} {P(rng, EMOJI_HAPPY)}",
        f"Giá vàng hôm nay lại lên, {me} mới mua {rng.randrange(1, 5)} chỉ nhẫn ở tiệm gần nhà, cất để dành thôi.",
        f"Vợ: Tiền thưởng Tết mình gửi tiết kiệm hay mua vàng anh?\nChồng: Gửi tiết kiệm online trên app {c.bank_name(rng)} đi em, lãi thấp nhưng chắc.\nVợ: Ừ, em gửi một nửa, một nửa để dành sửa nhà.",
        f"Sau {rng.randrange(2, 8)} năm tự đầu tư, bài học của mình: đừng tin ai cam kết lợi nhuận. Mua thứ mình hiểu, giữ dài hạn, lời lỗ tự chịu.",
        f"{c.cap_first(me)} mở tài khoản chứng khoán trên app công ty chứng khoán, eKYC 10 phút là xong, nạp tiền từ tài khoản ngân hàng tên mình thôi. Ai rủ vào nhóm kín hứa lãi cao thì chặn luôn.",
        f"VN-Index hôm nay mất {rng.randrange(10, 50)} điểm, cả phòng {me} mặt xanh mặt tím {P(rng, ['=))', '😂', ''])} thôi tắt app đi ngủ.",
    ])
    return text, P(rng, ["chat", "chat", "chat", "social"])


def f_scam_warning(rng):
    trick, why = P(rng, SCAM_TRICKS)
    who = P(rng, ["Mẹ ơi", "Bố ơi", "Ba ơi", "Má ơi", "Ông bà ơi", "Cả nhà ơi", "Chị ơi", "Mọi người ơi", "Em ơi"])
    ch = P(rng, ["chat", "chat", "sms", "social"])
    if ch == "social":
        head = P(rng, ["⚠️ Cảnh báo:", "Nhắc mọi người:", "Chia sẻ để cảnh giác:", "Mọi người cẩn thận nha,"])
        return c.join_stripped([head, f"dạo này có bọn {trick}.", c.cap_first(why) + ".",
                                P(rng, ["Ai nhận được thì cúp máy, chặn số.", "Share cho bố mẹ ông bà biết với.",
                                        "Nhà mình hôm qua suýt bị rồi.", ""])]), ch
    if rng.random() < 0.2:
        caller = P(rng, ["Con", "Cháu"])
        elder = P(rng, ["Má", "Mẹ", "Bà", "Ba"])
        t = [(caller, f"Alo {elder.lower()} hả, nãy {elder.lower()} nói có người gọi hả?"),
             (elder, f"Ờ, có đứa nào {trick}."),
             (caller, f"{elder} có làm theo chưa?"),
             (elder, f"Chưa, {elder.lower()} nói để hỏi {caller.lower()} đã."),
             (caller, f"Dạ đúng rồi, mấy cái đó lừa đảo đó. {c.cap_first(why)}. "
                      f"Ai gọi vậy nữa {elder.lower()} cúp máy rồi gọi {caller.lower()} nghen."),
             (elder, f"Ờ ờ, may quá. {elder} biết rồi.")]
        return c.render_labelled(t), "call"
    return c.join_stripped([who + ",", f"ai {trick} thì đừng tin nha.", c.cap_first(why) + ".",
                            P(rng, ["Có gì gọi con liền.", "Không chắc thì hỏi con trước.", "Cúp máy luôn cho chắc.", ""])]), ch


def f_scam_news(rng):
    trick, advice = P(rng, SCAM_CASES)
    age = rng.randrange(19, 80)
    loss = P(rng, [f"{rng.randrange(20, 900)} triệu đồng", f"{rng.randrange(1, 5)} tỷ đồng", f"gần {rng.randrange(2, 9)}0 triệu"])
    prov = P(rng, c.PROVINCES)
    head = P(rng, ["[Cảnh báo]", "Tin cảnh giác:", "Đọc báo sáng nay:", "Công an tỉnh khuyến cáo:", f"{prov}:", ""])
    body = P(rng, [f"một người {age} tuổi ở {prov} vừa bị lừa {loss}. Đối tượng {trick}.",
                   f"công an đã tiếp nhận trình báo của nạn nhân {age} tuổi mất {loss} vì đối tượng {trick}.",
                   f"xuất hiện thủ đoạn {trick}, nhiều người đã mất tiền, có người mất {loss}."])
    return c.join_stripped([head, c.cap_first(body), "Người dân lưu ý:", advice + ".",
                            P(rng, ["Mọi người chia sẻ giúp.", "Có nghi vấn hãy báo công an nơi gần nhất.", ""])]), "social"


def f_vneid_help(rng):
    par, kid = P(rng, PARENT_CHILD[:5])
    ward = P(rng, ["công an phường", "công an xã", "nhà văn hóa khu phố", "bộ phận một cửa của phường"])
    if rng.random() < 0.3:
        t = [(c.cap_first(kid), f"Alo {par}, {kid} tải VNeID cho {par} rồi đó, {par} mở cái biểu tượng ngôi sao đỏ ra."),
             (c.cap_first(par), "Ờ thấy rồi. Nó bắt nhập gì đây?"),
             (c.cap_first(kid), f"{c.cap_first(par)} nhập số căn cước với mật khẩu hôm bữa làm ở {ward}. App tải trên CH Play, của Bộ Công an, {par} yên tâm."),
             (c.cap_first(par), "Rồi, nó gửi mã gì về điện thoại."),
             (c.cap_first(kid), f"Mã đó {par} tự nhập vô app thôi, không đọc cho ai hết nghen."),
             (c.cap_first(par), "Ờ, vô được rồi nè, có hình luôn."),
             (c.cap_first(kid), f"Vậy là xong. Lần sau đi khám bệnh {par} đưa cái này ra là được.")]
        return c.render_labelled(t), "call"
    text = P(rng, [
        f"{c.cap_first(P(rng, DAYS))} {P(rng, HOURS)} {kid} chở {par} lên {ward} làm định danh điện tử mức 2 nhé, nhớ mang CCCD gắn chip với điện thoại. Cán bộ hướng dẫn tận nơi, không mất tiền.",
        f"{c.cap_first(ward)} thông báo {P(rng, DAYS)} có tổ hỗ trợ kích hoạt VNeID mức 2 cho người cao tuổi, mang CCCD và điện thoại số chính chủ. Hoàn toàn miễn phí.",
        f"Hôm nay dẫn {par} ra {ward} làm VNeID, {P(rng, ['xếp hàng hơi lâu', 'đông quá trời', 'vắng nên nhanh'])} mà cán bộ hướng dẫn kỹ lắm, {P(rng, ['chụp mặt xong đợi duyệt thôi', 'không tốn đồng nào', '15 phút là xong'])}.",
        f"{c.cap_first(kid)} tích hợp {P(rng, ['bằng lái', 'thẻ BHYT', 'giấy khai sinh của bé'])} vào VNeID cho {par} rồi nhé, lần sau {par} {P(rng, ['đi khám', 'đi làm giấy tờ', 'bị kiểm tra'])} chỉ cần mở app là được.",
        f"{c.cap_first(par)} ơi VNeID của {par} đổi mật khẩu rồi, mật khẩu mới {kid} ghi trong sổ để ở {P(rng, ['ngăn tủ', 'bàn thờ', 'hộc bàn'])} nha, đừng đưa ai.",
        f"{c.cap_first(par)} ơi app VNeID của {par} kích hoạt thành công rồi đó. Ai gọi bảo cập nhật lại qua link thì {par} đừng nghe, hỏi {kid} trước.",
        f"{c.cap_first(par)} ơi mai ra {ward} làm VNeID nhớ mang theo điện thoại, số đăng ký là số {par} đang xài nha.",
    ])
    return text, P(rng, ["chat", "chat", "sms", "social"])


def f_delivery_call(rng):
    cour = P(rng, [x[0] for x in c.COURIERS] + ["Shopee", "Lazada", "GrabFood", "ShopeeFood"])
    cust = P(rng, ["anh", "chị", "cô", "chú", "anh", "chị"])
    cod = rng.random() < 0.5
    _, amt = money_k(rng, 50, 900, 5)
    where = P(rng, ["trước cổng chung cư", "đầu hẻm", "ngay cổng trường", "dưới sảnh tòa nhà", "trước nhà số "
                    + str(rng.randrange(1, 200)), "cổng sau khu trọ"])
    if rng.random() < 0.35:
        text = c.join_stripped([f"{c.cap_first(cust)} ơi em giao hàng {cour},", f"em tới {where} rồi,",
                                P(rng, [f"{cust} ra lấy giúp em nha.", f"{cust} xuống lấy giúp em với.",
                                        f"gọi {cust} không được, em gửi bảo vệ nhé."]),
                                f"Đơn {amt} ạ." if cod else "Đơn đã thanh toán rồi ạ."])
        return text, "sms"
    t = [("Shipper", f"Alo {cust} ơi, em giao hàng {cour}, em đang đứng {where}, {cust} xuống lấy giúp em với."),
         ("Khách", P(rng, [f"Ok em đợi {rng.randrange(2, 6)} phút nhé.", "Ừ đợi chút, đang ở trên lầu.",
                           "Em gửi bảo vệ giùm được không?"])),
         ("Shipper", (f"Dạ đơn này thu tiền {amt} nha {cust}, {cust} trả tiền mặt hay quét mã trên phiếu cũng được."
                      if cod else f"Dạ đơn này thanh toán rồi nha {cust}, {cust} chỉ cần nhận thôi.")
          + P(rng, [" Em mặc áo cam.", " Em để xe ngay cổng.", ""])),
         ("Khách", P(rng, ["Ok, xuống liền.", "Ừ, có tiền lẻ rồi, ra liền.", "Cảm ơn em, đợi xíu nha."])),
         ("Shipper", P(rng, ["Dạ không sao, em giao đơn bên cạnh rồi quay lại.",
                             "Dạ nhanh giúp em nha, em còn mấy đơn nữa.", "Dạ vâng ạ, em đứng ngay đây."])),
         ("Khách", P(rng, [f"Ừ, tới rồi nè, {cust} thấy em rồi.", "Cảm ơn em nha, chạy cẩn thận.",
                           "Đây rồi, gửi em nhé, cảm ơn em."]))]
    return c.render_labelled(t), "call"


def f_landlord_rent(rng):
    rent = rng.randrange(15, 90) * 100
    elec = rng.randrange(10, 80) * 10
    water = P(rng, [60, 80, 100, 120, 150])
    total = rent + elec + water
    room = rng.randrange(101, 420)
    if rng.random() < 0.5:
        text = c.join_stripped([P(rng, ["Chào các bạn,", "Nhắn cả dãy trọ:", "Các em ơi,", f"Phòng {room} ơi,"]),
                                f"tiền phòng tháng {rng.randrange(1, 13)} là {fmt_k(rng, rent)} + điện {elec}k + nước {water}k = {fmt_k(rng, total)}.",
                                P(rng, ["Chuyển khoản trước ngày 5 vào tài khoản cô như mọi tháng nhé.",
                                        "Ai đưa tiền mặt thì tối qua nhà chị.", "Đóng trước ngày 10 giúp chú nha."]),
                                P(rng, ["Cảm ơn các bạn.", "Có gì thắc mắc hỏi cô.", ""])])
        return text, "chat"
    text = P(rng, [
        f"Cô ơi con chuyển tiền phòng tháng này rồi nha, {fmt_k(rng, total)} cả điện nước. Nội dung ghi phòng {room}.",
        f"Chú ơi tháng này con về quê, mùng {rng.randrange(5, 12)} con mới đóng tiền nhà được, chú thông cảm giúp con nhé.",
        f"Em đã nhận tiền nhà tháng này anh chuyển, {fmt_k(rng, total)}. Vòi nước bị rỉ thứ bảy em cho thợ qua sửa nhé.",
        "Bác ơi cháu báo trước một tháng là cuối tháng sau cháu chuyển đi, bác xem phòng rồi trả cọc giúp cháu hôm dọn đồ ạ.",
    ])
    return text, P(rng, ["chat", "sms"])


def f_school_fee(rng):
    cls = f"{rng.randrange(1, 13)}{P(rng, 'ABCDE')}{P(rng, ['', '1', '2', '3'])}"
    kid = P(rng, ["Bin", "Su", "Na", "Bông", "Tít", "Gia Hân", "Minh Anh", "Khoai", "Bắp", "Tôm"])
    item = P(rng, ["tiền ăn bán trú", "tiền học buổi 2", "quỹ lớp", "tiền đi tham quan", "bảo hiểm y tế học sinh",
                   "tiền học thêm tiếng Anh", "tiền học bơi hè", "tiền đồng phục"])
    _, amt = money_k(rng, 100, 2000, 10)
    text = P(rng, [
        f"Kính gửi quý phụ huynh lớp {cls}, {item} tháng này là {amt}. Phụ huynh nộp qua tài khoản của trường theo phiếu thu hoặc nộp tiền mặt tại văn phòng. Nhà trường không nhận tiền qua tài khoản cá nhân giáo viên.",
        f"Cô ơi cho em hỏi {item} của bé {kid} tháng này đóng bao nhiêu ạ? Em chuyển khoản cho trường hay gửi tiền mặt ạ?",
        f"Dạ cô ơi em đã đóng {item} cho bé {kid} rồi ạ, {amt}, em gửi ảnh giao dịch cô kiểm tra giúp em.",
        f"Phụ huynh: Cô ơi bé {kid} tuần sau nghỉ mấy hôm về quê, {item} có được trừ không cô?\nCô giáo: Dạ được chị, chị viết giấy xin phép gửi Zalo cho cô, cuối tháng kế toán trừ ạ.",
        f"Các bố mẹ lớp {cls} ơi, {item} kỳ này mỗi bạn {amt}, bố mẹ gửi chị hội trưởng hội phụ huynh nhé, chi tiêu công khai trong nhóm.",
        f"Thông báo lớp {cls}: {P(rng, DAYS)} trường chụp ảnh kỷ yếu, các bé mặc đồng phục. Ai muốn mua ảnh in thì đăng ký với cô, không bắt buộc ạ.",
    ])
    return text, "chat"


def f_travel_plan(rng):
    dest, dur = P(rng, TRAVEL)
    room, tick = P(rng, ROOM_SITES), P(rng, TICKET_SITES)
    _, per = money_k(rng, 500, 6000, 100)
    me = P(rng, ["tao", "tui", "mình", "t", "em", "chị"])
    text = P(rng, [
        f"Chốt lịch {dest} {dur} nha mọi người, {me} đặt phòng trên {room} rồi, {per}/người. "
        f"{P(rng, ['Ai chưa gửi tiền thì gửi trước ' + P(rng, DAYS) + ', không gấp.', 'Tiền gửi ' + me + ' sau cũng được.', 'Hủy miễn phí trước 3 ngày nên cứ yên tâm.'])}",
        f"Đi {dest} {P(rng, DAYS)} thì đi xe khách hay bay vậy mọi người? Giá vé ở {tick} thấy có {per} à.",
        f"{P(rng, ['Mẹ', 'Ba', 'Bố', 'Anh', 'Chị'])} ơi con đặt phòng ở {dest} cho cả nhà qua {room} rồi nhé, có email xác nhận, {P(rng, ['hủy miễn phí trước 3 ngày', 'thanh toán khi nhận phòng', 'đã gồm ăn sáng'])}.",
        f"Review nhẹ chuyến {dest} tự túc {dur}: vé mua ở {tick}, phòng đặt qua {room}, thuê xe máy tại chỗ, tổng hết tầm {per}/người. Ai cần lịch trình cứ hỏi nha.",
        f"Tour {dest} {me} hỏi công ty du lịch có văn phòng {P(rng, ['gần cơ quan', 'trên đường ' + P(rng, STREETS), 'ở trung tâm'])} rồi, ký hợp đồng tại văn phòng, cọc 30% có hóa đơn. {P(rng, DAYS).capitalize()} qua ký luôn, đi không?",
        f"Ai đi {dest} {P(rng, ['mùa này', 'dịp lễ', 'hè này', 'tháng sau'])} thì giơ tay 🙋 {P(rng, ['Tui lo phòng', 'T lo vé', 'Mình lo xe', 'Em lo lịch trình'])}, chia đều tiền thôi.",
        f"Vé {tick.replace('web ', '').replace('app ', '')} đi {dest} {me} mua rồi nha, {P(rng, HOURS)} {P(rng, DAYS)}, nhớ mang CCCD.",
    ])
    return text, P(rng, ["chat", "chat", "chat", "social"])


def f_lottery_football(rng):
    t1, t2 = rng.sample(TEAMS, 2)
    prov = P(rng, LOTTERY_PROV)
    text = P(rng, [
        f"Tối nay {t1} đá với {t2}, ra {P(rng, PLACES_FOOD)} coi không tụi bây? {P(rng, ['Tao bao nước', 'Thua thì mày bao', 'Ai thua người đó trả tiền'])} {P(rng, EMOJI_HAPPY)}",
        f"{t1} thắng {rng.randrange(1, 5)}-{rng.randrange(0, 3)} rồi, đội mình lên {P(rng, ['nhì', 'ba', 'đầu'])} bảng {P(rng, ['🔥', '⚽', ''])}",
        f"Hôm qua {P(rng, ['ba', 'ông', 'má', 'bà ngoại', 'mẹ'])} mua vé số đài {prov} trúng giải {P(rng, ['khuyến khích', 'tám', 'bảy'])}, vui nguyên ngày {P(rng, EMOJI_HAPPY)}",
        "Mua tờ vé số của cô bán dạo ở chợ, không trúng nhưng thấy cô vui là được. Gặp mấy cô chú bán vé số thì mua ủng hộ nha.",
        f"Thứ 7 đá phủi ở sân {P(rng, ['trường cũ', 'nhà văn hóa', 'Chảo Lửa', 'công ty'])} {P(rng, HOURS)}, tiền sân chia đều mỗi thằng {rng.randrange(3, 9)}0k, thiếu 1 hậu vệ ai ra không?",
        f"Vợ: Kèo nhà nhé, {t1} thua thì anh rửa bát cả tuần.\nChồng: Chơi luôn, tối nay thắng chắc.",
        f"Con dò vé số đài {prov} giùm {P(rng, ['ba', 'mẹ', 'ông'])} rồi, không trúng gì hết {P(rng, ['😅', '🥲', ''])} mai mua tiếp ủng hộ bà Năm.",
    ])
    return text, P(rng, ["chat", "chat", "social"])


def f_game_chat(rng):
    g = P(rng, GAMES)
    me, you = P(rng, FRIEND_PRON[:6])
    text = P(rng, [
        f"Tối nay {P(rng, HOURS)} leo rank {g} không, {me} thiếu 1 người.",
        f"Con: Mẹ ơi con xin {rng.randrange(2, 20)}0k nạp {g} được không ạ, con làm bài xong rồi 🥺\nMẹ: Một lần này thôi đấy, thi mà điểm thấp là mẹ thu điện thoại.",
        f"Event {g} mới có skin free, đăng nhập {rng.randrange(3, 15)} ngày là nhận, khỏi nạp {P(rng, ['😎', '🔥', ''])}",
        f"Anh em đừng bấm link 'nhận quà {g} miễn phí' nha, {me} mất acc vì nhập mật khẩu vào mấy web đó rồi.",
        f"Acc {g} của {me} lên {P(rng, ['Cao Thủ', 'Kim Cương', 'Tinh Anh', 'Huyền Thoại'])} rồi, tối nay {me} gánh, đừng feed là được {P(rng, ['😤', '😂', ''])}",
        f"Server {g} hôm nay lag quá, thua {rng.randrange(2, 6)} trận liên tục, tụt rank rồi buồn ghê.",
        f"Vào Discord đi {you}, tụi {me} đang chờ đánh boss {g}, thằng {given(rng)} sắp đi ngủ rồi.",
        f"Thằng em {me} nạp {rng.randrange(1, 9)}00k vào {g} bằng thẻ của ba, bị cấm chơi 1 tháng luôn {P(rng, ['=))', '😂'])}",
    ])
    return text, P(rng, ["chat", "chat", "chat", "social"])


def f_bank_branch_call(rng):
    bname = c.bank_name(rng)
    staff = P(rng, MALE_NAMES + FEMALE_NAMES)
    honor = P(rng, ["anh", "chị", "chú", "cô"])
    cust = P(rng, MALE_NAMES if honor in ("anh", "chú") else FEMALE_NAMES)
    case = rng.randrange(3)
    if case == 0:
        mid = (f"Em gọi báo {honor} thẻ {P(rng, ['tín dụng', 'ghi nợ', 'ATM'])} {honor} đăng ký đã về chi nhánh, "
               f"{honor} ra quầy nhận giúp em, nhớ mang theo CCCD ạ.")
        reply = "Ừ, chi nhánh mở cửa tới mấy giờ em?"
        end = (f"Dạ tới 4 rưỡi chiều {honor} ạ. Lúc nhận thẻ {honor} tự kích hoạt trên app, bên em không hỏi OTP "
               f"hay mật khẩu qua điện thoại đâu ạ.")
    elif case == 1:
        mid = (f"Em nhắc {honor} kỳ trả lãi khoản vay là ngày {rng.randrange(5, 28)} tháng này. {c.cap_first(honor)} nộp tại quầy "
               f"hoặc chuyển vào đúng tài khoản vay của {honor} như mọi khi là được.")
        reply = "Ừ nhớ rồi, chắc mấy hôm nữa ra quầy nộp luôn."
        end = f"Dạ vâng, có gì thắc mắc {honor} ghé chi nhánh hoặc gọi tổng đài in sau thẻ nhé."
    else:
        amt = c.amount(rng, 200_000, 5_000_000)
        mid = (f"Em gọi về yêu cầu tra soát {honor} gửi qua app. Khoản {amt} bị trừ trùng đã được hoàn lại vào tài khoản "
               f"của {honor} sáng nay, {honor} kiểm tra giúp em trên app ạ.")
        reply = "À thấy rồi, có tin báo cộng tiền."
        end = f"Dạ vâng, em xin phép đóng yêu cầu. Chúc {honor} một ngày tốt lành."
    t = [("Nhân viên", f"Dạ em chào {honor} {cust}, em là {staff} ở {bname} {P(rng, ['chi nhánh', 'phòng giao dịch'])} "
                       f"{P(rng, DISTRICTS)}. {mid}"),
         ("Khách", reply), ("Nhân viên", end), ("Khách", P(rng, ["Ừ cảm ơn em.", "Ok em, cảm ơn nhé.", "Được rồi, cảm ơn em."]))]
    return c.render_labelled(t), "call"


# ---------------------------------------------------------------- everyday (not hard)

def f_meetup(rng):
    me, you = P(rng, FRIEND_PRON)
    place = P(rng, PLACES_FOOD)
    day, hour = P(rng, DAYS), P(rng, HOURS)
    text = P(rng, [
        f"{c.cap_first(day)} {hour} {place} nha, ai tới trễ trả tiền nước {P(rng, EMOJI_HAPPY)}",
        f"{c.cap_first(you)} rảnh không, {hour} cà phê chỗ cũ đi.",
        f"{c.cap_first(me)} ở dưới nhà rồi nè, xuống lẹ đi {you} {P(rng, ['😤', '🙄', ''])}",
        f"Kẹt xe ở {P(rng, STREETS)} rồi, chắc trễ {rng.randrange(1, 4)}0 phút, mọi người gọi món trước đi.",
        f"Họp lớp {rng.randrange(5, 21)} năm nhé cả nhà, dự kiến {c.date(rng)[:5]} ở {place}. Ai đi được thì bình chọn bên dưới để tớ đặt bàn.",
        f"A: {c.cap_first(day)} đi xem phim không?\nB: {P(rng, ['Tao bận rồi, hôm khác nha', 'Ok, mấy giờ?', 'Được, mày đặt vé đi'])}\nA: {P(rng, ['Ok để tao xem lịch chiếu', 'Tầm ' + hour + ' nha', 'Thôi để tuần sau'])}",
        f"{c.cap_first(me)} tới {P(rng, ['cổng', 'đầu hẻm', 'sảnh', 'bến xe'])} rồi, {you} ra {P(rng, ['cổng sau', 'chỗ cây xăng', 'trước tiệm thuốc'])} nhé.",
        f"{c.cap_first(P(rng, DAYS))} đi {P(rng, ['picnic', 'câu cá', 'đạp xe', 'leo núi', 'hát karaoke', 'bơi'])} không {P(rng, ['tụi bây', 'mọi người', you])}, {me} {P(rng, ['mượn được xe 7 chỗ', 'lo đồ ăn', 'đặt chỗ rồi'])}.",
        f"Tối nay đi {P(rng, ['nhậu', 'ăn mừng', 'hát'])} không ae, {given(rng)} vừa {P(rng, ['lên chức', 'có lương', 'có bồ', 'mua xe'])} nó bao.",
        f"Mai {hour} {me} qua đón {you} đi {P(rng, [d for d, _ in TRAVEL])} nhé, nhớ mang áo mưa.",
    ])
    return text, P(rng, ["chat", "chat", "chat", "sms"])


def f_food(rng):
    f1, f2 = rng.sample(FOODS, 2)
    text = P(rng, [
        f"Trưa nay ăn gì đây mọi người, {f1} hay {f2}?",
        f"Mẹ ơi tối nay con về ăn cơm, mẹ nấu {P(rng, ['canh chua cá lóc', 'thịt kho trứng', 'cá kho tộ', 'canh bí đao tôm', 'gà luộc'])} đi mẹ 🤤",
        f"{c.cap_first(P(rng, PLACES_FOOD))} ngon ná thở, {f1} {rng.randrange(3, 8)}0k một phần, ai ở gần nên thử.",
        f"Ai ở {P(rng, c.PROVINCES)} chỉ mình quán {f1} nào ngon với, mai ghé chơi.",
        f"Chiều về mua giúp em {P(rng, ['ổ bánh mì', 'hộp xôi', 'ly chè', 'phần ' + f1])} nhé.",
        f"Lần đầu tự làm {P(rng, ['bánh bò nướng', 'bánh flan', 'sữa chua', 'bánh mì hoa cúc', 'kim chi'])} mà thành công ngoài mong đợi {P(rng, EMOJI_HAPPY)}",
        f"Anh: Em ăn {f1} hay {f2}?\nEm: {c.cap_first(f1)} nha.\nAnh: Ok đợi anh 15 phút.",
        P(rng, ["Vợ ơi anh mua vịt quay rồi, khỏi nấu món mặn nha.", "Mẹ ơi con mua bánh xèo về rồi, mẹ khỏi nấu nha.",
                "Chị ơi em mua gà luộc rồi, tối khỏi nấu món mặn."]),
    ])
    return text, P(rng, ["chat", "chat", "social", "sms"])


def f_daily_family(rng):
    par, kid = P(rng, PARENT_CHILD)
    if rng.random() < 0.25:
        t = [(c.cap_first(par), f"Alo, {kid} ăn cơm chưa?"),
             (c.cap_first(kid), f"Dạ {kid} ăn rồi {par}, {par} với {P(rng, [x for x in ['bố', 'mẹ', 'ông', 'bà', 'cả nhà'] if x not in SAME_ROLE.get(par, (par,))])} khỏe không?"),
             (c.cap_first(par), f"Khỏe, mấy hôm nay trời {P(rng, ['trở lạnh', 'mưa suốt', 'nắng gắt'])} nên ở nhà suốt. "
                                f"Cuối tuần này {kid} có về không?"),
             (c.cap_first(kid), f"Dạ {P(rng, ['thứ bảy', 'chủ nhật', 'tối thứ sáu'])} {kid} về, {kid} mua {P(rng, ['bánh', 'trái cây', 'thuốc bổ', 'áo ấm'])} cho {par}."),
             (c.cap_first(par), f"Ừ, không cần mua gì đâu, về là vui rồi. Đi đường cẩn thận, tới nơi nhắn {par}."),
             (c.cap_first(kid), f"Dạ {kid} biết rồi, {par} nghỉ sớm đi nha.")]
        return c.render_labelled(t), "call"
    text = P(rng, [
        f"{c.cap_first(kid)} ăn cơm chưa? {P(rng, ['Trời trở lạnh rồi nhớ mặc ấm vào.', 'Đừng ăn mì gói hoài nha.', 'Nhớ ngủ sớm.', 'Tối nay ' + par + ' nấu canh chua đó.'])}",
        f"{c.cap_first(par)} gửi {P(rng, ['thùng gạo', 'bịch xoài', 'hũ mắm', 'ít rau nhà trồng', 'hộp chả'])} theo xe {P(rng, ['khách', 'buýt', 'chú Tư'])} lên cho {kid}, {P(rng, HOURS)} tới bến, {kid} ra lấy nhé.",
        f"{c.cap_first(kid)} ơi {P(rng, ['con chó', 'con mèo', 'cây mai', 'con gà mái'])} nhà mình {P(rng, ['đẻ rồi', 'ra hoa rồi', 'bị ốm', 'mới được tắm'])}, {par} gửi hình nè.",
        f"Mai sinh nhật {P(rng, ['ông ngoại', 'bà nội', 'ông nội', 'bà ngoại'])} đó, {kid} nhớ gọi điện chúc nha.",
        f"{c.cap_first(par)} ơi {kid} về tới nhà rồi nha, {par} ngủ sớm đi.",
        f"Anh đón con giúp em nha, hôm nay em họp tới {P(rng, HOURS)}.",
        f"{c.cap_first(kid)} nhớ {P(rng, ['khóa cửa', 'tắt bếp ga', 'cho mèo ăn', 'phơi đồ', 'đóng cửa sổ'])} trước khi {P(rng, ['đi học', 'đi làm', 'ra ngoài'])} nhé.",
        f"Chủ nhật về ăn giỗ {P(rng, ['ông cố', 'bà nội', 'ông ngoại'])} nhé, nhớ đưa cả vợ con về.",
        f"Mai {par} đi khám nhớ mang sổ khám bệnh với thẻ bảo hiểm nha, {kid} chở {par} đi {P(rng, ['6h', '6h30', '7h', '7h30', '8h'])}.",
        "Vợ: Anh nhớ mua giùm em bịch tã với hộp sữa tắm cho bé nhé.\nChồng: Ok, đi làm về anh ghé siêu thị.",
        f"Tết này nhà mình ăn Tết ở quê hay trên này, {par} hỏi để còn chuẩn bị.",
    ])
    return text, P(rng, ["chat", "chat", "sms"])


def f_work(rng):
    boss = P(rng, ["anh", "chị", "sếp", "anh " + P(rng, MALE_NAMES), "chị " + P(rng, FEMALE_NAMES)])
    core = P(rng, [
        f"em gửi {P(rng, ['báo cáo tháng', 'file hợp đồng', 'bảng lương', 'biên bản họp', 'slide thuyết trình', 'bảng kê chi phí'])} vào mail rồi ạ, {boss} xem giúp em {P(rng, ['phần số liệu', 'trang cuối', 'mục ngân sách', 'phần kết luận'])} nhé.",
        f"họp {P(rng, ['giao ban', 'dự án', 'với khách', 'phòng'])} dời sang {P(rng, HOURS)} {P(rng, DAYS)} nhé, phòng họp tầng {rng.randrange(2, 12)}.",
        f"mai em xin nghỉ {P(rng, ['buổi sáng', 'buổi chiều', 'một ngày'])} đi {P(rng, ['khám răng', 'họp phụ huynh', 'làm giấy tờ', 'đám cưới bạn', 'đưa mẹ đi viện'])}, {P(rng, ['chiều em vào làm bù', 'việc gấp em bàn giao cho ' + P(rng, FEMALE_NAMES) + ' rồi', 'có gì gọi em'])}.",
        f"máy {P(rng, ['in', 'lạnh', 'chiếu', 'photo'])} tầng {rng.randrange(2, 8)} lại hỏng rồi, ai gọi {P(rng, ['IT', 'kỹ thuật', 'bảo trì'])} giúp với.",
        f"khách {P(rng, ['đồng ý báo giá', 'chốt đơn', 'duyệt mẫu thiết kế'])} rồi, {P(rng, DAYS)} ký hợp đồng, em chuẩn bị hồ sơ trước nha.",
        f"deadline dí sát rồi {P(rng, ['mọi người', 'anh em', 'cả nhà'])} ơi {P(rng, ['😵', '🥲', ''])} tối nay OT tới {rng.randrange(8, 11)}h luôn.",
        f"chúc mừng {P(rng, ['chị', 'anh'])} {given(rng)} {P(rng, ['về hưu', 'lên chức', 'có em bé', 'chuyển công tác'])} 💐 {P(rng, DAYS)} phòng mình liên hoan nhé.",
        f"ca {P(rng, ['sáng', 'chiều', 'tối'])} thiếu 1 người, ai đổi ca được với {given(rng)} không, bạn ấy {P(rng, ['bị sốt', 'về quê', 'đi thi'])}.",
        f"xe hàng xuất kho lúc {c.time_hm(rng)}, khoảng {rng.randrange(1, 6)} tiếng tới kho, {boss} báo bên nhận chuẩn bị người bốc xếp giúp em.",
        f"em cảm ơn {boss} đã góp ý bài thuyết trình hôm nay, lần sau em chuẩn bị phần hỏi đáp kỹ hơn ạ.",
        f"mai làm online nhé, văn phòng {P(rng, ['sửa điện', 'phun thuốc muỗi', 'bảo trì thang máy'])}. Link họp {P(rng, ['gửi trên lịch chung', 'em gửi trong nhóm'])}.",
    ])
    lead = P(rng, [f"{c.cap_first(boss)} ơi", "Cả team ơi", "Mọi người ơi", "", "Dạ"])
    return c.join_stripped([lead + ("," if lead else ""), core, P(rng, ["", "", "🙏", "Cảm ơn ạ.", "👍"])]), P(rng, ["chat", "chat", "chat", "sms"])


def f_school_study(rng):
    subj = P(rng, ["Toán", "Lý", "Hóa", "Sử", "Địa", "Văn", "Anh văn", "Sinh", "Tin học", "GDCD", "Kinh tế vi mô",
                   "Triết", "Xác suất thống kê", "Lập trình C"])
    me = P(rng, ["tao", "t", "mình", "tớ", "tui", "em"])
    text = P(rng, [
        f"Bài tập {subj} trang {rng.randrange(10, 150)} làm chưa, cho {me} xin câu {rng.randrange(1, 8)} với.",
        f"Mai kiểm tra {P(rng, ['15 phút', '1 tiết', 'giữa kỳ', 'miệng'])} {subj} đó {P(rng, ['tụi bây', 'mọi người', 'cả lớp', 'ae'])}{P(rng, ['', ', cô nói ra bài chương ' + str(rng.randrange(1, 6))])}.",
        f"Ai có đề cương {subj} không cho {me} xin với, {P(rng, ['mai thi rồi', 'thứ ' + str(rng.randrange(2, 7)) + ' thi', 'tuần sau thi'])} {P(rng, ['😭', '🥲', '🙏', ''])}",
        f"Nhóm mình chia việc nhé: {given(rng)} làm mở đầu, {given(rng)} tìm số liệu, {given(rng)} làm slide, {given(rng)} thuyết trình. Họp online {P(rng, DAYS)} {P(rng, HOURS)}.",
        f"{P(rng, ['Thầy', 'Cô'])} ơi em nộp bài {P(rng, ['tiểu luận', 'báo cáo thực hành', 'bài tập lớn'])} {subj} qua {P(rng, ['email', 'LMS', 'Google Classroom'])} rồi ạ, {P(rng, ['thầy', 'cô'])} kiểm tra giúp em.",
        f"{P(rng, ['Mẹ', 'Ba', 'Bố', 'Má'])} ơi con thi {subj} xong rồi, {P(rng, ['làm được hết', 'câu cuối hơi khó', 'chắc được 8 điểm', 'hơi run'])}, {P(rng, ['chiều con về', 'tối con gọi', 'giờ con đi ăn với bạn'])}.",
        f"Cuối cùng cũng {P(rng, ['bảo vệ xong khóa luận', 'thi xong học kỳ', 'nhận bằng tốt nghiệp', 'qua môn ' + subj])} {P(rng, ['🎓', '🎉', '🥳'])} cảm ơn {P(rng, ['thầy cô và gia đình', 'mấy đứa bạn đã kèm', 'ba mẹ'])}.",
        f"{P(rng, ['Cô', 'Thầy'])} ơi hôm nay con bị {P(rng, ['sốt', 'đau bụng', 'cảm'])} nên xin phép nghỉ học ạ, bài {subj} con nhờ {given(rng)} chép giúp.",
        f"Con: {(pa := P(rng, ['Bố', 'Mẹ', 'Ba', 'Anh']))} ơi bài này làm sao ạ? Tìm x biết {(a := rng.randrange(2, 9))}x + {(b := rng.randrange(1, 20))} = {a * (x := rng.randrange(1, 10)) + b}.\n{pa}: Chuyển {b} sang vế phải đổi dấu rồi chia cho {a}.\nCon: À x bằng {x}, con hiểu rồi!",
        f"Tháng sau thi {P(rng, ['IELTS', 'TOEIC', 'chứng chỉ tin học', 'bằng lái B2'])} rồi mà {P(rng, ['speaking', 'phần nghe', 'lý thuyết', 'sa hình'])} vẫn còn run lắm, ai có kinh nghiệm chỉ {me} với.",
    ])
    return text, P(rng, ["chat", "chat", "chat", "social"])


def f_love(rng):
    a, b = P(rng, [("anh", "em"), ("em", "anh"), ("ck", "vk"), ("vk", "ck"), ("tớ", "cậu"), ("anh", "bé")])
    core = P(rng, [
        f"{a} về tới {P(rng, ['nhà', 'phòng', 'công ty', 'ký túc xá'])} rồi, {b} {P(rng, ['ngủ sớm đi', 'ăn gì chưa', 'đừng thức khuya nha', 'nhớ uống thuốc'])}",
        f"nhớ {b} quá, {P(rng, DAYS)} {a} {P(rng, ['lên thăm', 'qua đón', 'về với'])} {b} nha",
        f"sao {b} không rep tin nhắn {a} từ {P(rng, ['chiều', 'sáng', 'trưa'])} tới giờ? {P(rng, ['😤', '😒', '🥺'])}",
        f"hôm nay kỷ niệm {rng.randrange(1, 10)} {P(rng, ['năm', 'tháng'])} mình quen nhau đó, tối {a} đặt bàn ở {P(rng, PLACES_FOOD)} rồi nha",
        f"ngủ ngon nha {b}, mai {a} đón lúc {P(rng, HOURS)}",
        f"ba mẹ {a} hỏi khi nào {b} về ra mắt đó, {P(rng, ['hè này', 'Tết này', 'tháng sau'])} nha",
        f"{a} thích cái {P(rng, ['áo khoác', 'váy', 'đồng hồ', 'túi'])} màu {P(rng, ['be', 'đen', 'xanh', 'hồng'])} đó lắm, để sinh nhật {b} mua cho {a} nha hehe",
        f"{a} mua {P(rng, ['trà sữa', 'bánh tiramisu', 'bánh tráng trộn', 'hoa'])} cho {b} rồi, đang đứng dưới nhà nè",
        f"{b} ơi {P(rng, DAYS)} đi xem phim không, {a} đặt vé rồi đó",
    ])
    if rng.random() < 0.15:
        return (f"A: Còn giận không?\nB: {P(rng, ['Còn.', 'Hứ.', 'Không thèm nói.'])}\nA: Mua {P(rng, ['bánh', 'trà sữa', 'gà rán'])} "
                f"{P(rng, ['em', 'cậu'])} thích rồi, đang đứng dưới nhà nè.\nB: ...Đợi {rng.randrange(2, 11)} phút {P(rng, ['😒', '🙄', ''])}"), "chat"
    return c.cap_first(core) + " " + P(rng, ["❤️", "😘", "🥰", "", "", "💕"]), P(rng, ["chat", "chat", "chat", "sms"])


def f_status_post(rng):
    text = P(rng, [
        f"Cuối tuần về quê, {P(rng, ['ngồi hiên nhà nghe mưa', 'ra đồng thả diều', 'phụ mẹ nấu cơm', 'đi chợ quê với bà'])}, {P(rng, ['uống trà với ba', 'ăn bát canh cua', 'ngủ một giấc trưa'])}. Bình yên chỉ vậy thôi {P(rng, ['🍃', '🌾', ''])}",
        f"Check-in {P(rng, [d for d, _ in TRAVEL])} lần thứ {rng.randrange(2, 6)} mà vẫn mê như lần đầu {P(rng, ['🏖️', '🌄', '🏮', ''])}",
        f"Tròn {rng.randrange(1, 6)} năm mở {P(rng, ['quán nhỏ', 'tiệm bánh', 'tiệm tóc', 'xưởng may nhỏ'])}. Cảm ơn khách quen đã ủng hộ {P(rng, ['💪', '❤️', '🙏'])}",
        f"Hôm nay bé nhà mình tròn {rng.randrange(1, 7)} tuổi 🎂 {P(rng, ['cảm ơn ông bà nội ngoại đã về chung vui', 'con ước được nuôi con mèo', 'thổi nến mà phun cả nước miếng vô bánh 😂'])}.",
        "Trời {} hôm nay {}.".format(P(rng, c.PROVINCES), P(rng, ['mưa tầm tã, ai ra đường nhớ cẩn thận nha', 'rét cắt da, nằm nhà đắp chăn thôi',
                                                                 'nắng như đổ lửa, đi làm mà muốn xỉu', 'gió lớn, ai phơi đồ thì cất vào nha',
                                                                 'mát mẻ dễ chịu, đi cà phê thôi'])),
        f"Tìm đồ thất lạc: mình đánh rơi {P(rng, ['ví', 'chìa khóa xe', 'điện thoại', 'túi xách'])} ở khu vực đường {P(rng, STREETS)}, trong có giấy tờ tên {c.person_name(rng)}. Ai nhặt được xin liên hệ {c.phone(rng)}, hậu tạ.",
        f"Hoàn thành {P(rng, ['5km', '10km', '21km', '42km'])} đầu tiên trong đời 🏃 chân run mà vui không tả nổi.",
        f"Ai có kinh nghiệm trồng {P(rng, ['hoa hồng', 'rau thơm', 'sen đá', 'dâu tây', 'ớt'])} {P(rng, ['ban công', 'sân thượng', 'trong chậu'])} chỉ mình với, cây cứ {P(rng, ['vàng lá', 'rụng nụ', 'héo'])} 😢",
        f"Lần đầu {P(rng, ['tự lái xe về quê', 'đi máy bay một mình', 'nấu mâm cỗ Tết', 'đi xem concert'])}, {P(rng, ['hồi hộp', 'run', 'vui'])} không tả được {P(rng, EMOJI_HAPPY)}",
        f"{P(rng, ['Thứ Hai', 'Sáng nay', 'Hôm nay'])} {P(rng, ['kẹt xe 1 tiếng', 'mất điện cả khu', 'quên mang ví', 'trời mưa ướt hết'])}, mà thôi, vẫn cười được {P(rng, ['🙃', '😅', '😌'])}",
        f"Cảm ơn {P(rng, ['vợ', 'chồng', 'mẹ', 'hội bạn thân'])} đã tổ chức sinh nhật bất ngờ cho mình tối qua 🥹 {rng.randrange(20, 45)} tuổi rồi mà vẫn được cưng.",
    ])
    return text, "social"


FAMILIES = [
    # (family, function, hard)
    ("tuition_transfer", f_tuition_transfer, True),
    ("bill_split", f_bill_split, True),
    ("loan_repay", f_loan_repay, True),
    ("borrow_known", f_borrow_known, True),
    ("seller_cod", f_seller_cod, True),
    ("job_post", f_job_post, True),
    ("invest_chat", f_invest_chat, True),
    ("scam_warning", f_scam_warning, True),
    ("scam_news", f_scam_news, True),
    ("vneid_help", f_vneid_help, True),
    ("delivery_call", f_delivery_call, True),
    ("landlord_rent", f_landlord_rent, True),
    ("school_fee", f_school_fee, True),
    ("travel_plan", f_travel_plan, True),
    ("lottery_football", f_lottery_football, True),
    ("game_chat", f_game_chat, True),
    ("bank_branch_call", f_bank_branch_call, True),
    ("meetup", f_meetup, False),
    ("food", f_food, False),
    ("daily_family", f_daily_family, False),
    ("work", f_work, False),
    ("school_study", f_school_study, False),
    ("love", f_love, False),
    ("status_post", f_status_post, False),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group", "hard"}, families spread evenly."""
    order = list(range(len(FAMILIES)))
    out: list[dict] = []
    while len(out) < n:
        rng.shuffle(order)
        for i in order:
            if len(out) >= n:
                break
            fam, fn, hard = FAMILIES[i]
            text, channel = fn(rng)
            text = re.sub(r"[ \t]+", " ", text).strip()
            text = "\n".join(line.strip() for line in text.split("\n"))
            out.append(c.message(LABEL, fam, text, channel, hard=hard))
    return out

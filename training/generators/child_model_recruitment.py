"""Generator for `child_model_recruitment`: parents are told their child was picked
(usually from photos they posted) as a model/actor for a kids' fashion or advertising
casting, then asked for fees, deposits, votes or "tasks" to secure the contract.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "child_model_recruitment"

AGENCIES = ["Kids Star", "Ngôi Sao Nhỏ", "Happy Kids Casting", "Sao Mai Kids", "Little Star Agency", "Mầm Xanh Media",
            "Tiny Model", "VKids Entertainment", "Baby Face Casting", "Sao Nhí Việt", "Kid Models VN", "Bé Yêu Media"]
BRANDS = ["thương hiệu thời trang trẻ em", "nhãn hàng sữa", "hãng tã bỉm", "thương hiệu đồ chơi", "hãng bánh kẹo",
          "thương hiệu giày trẻ em", "nhãn hàng sữa chua", "hãng nước giặt em bé", "chuỗi cửa hàng mẹ và bé",
          "thương hiệu balo học sinh", "nhãn hàng kem đánh răng trẻ em"]
PROJECTS = ["bộ sưu tập thời trang hè", "chiến dịch quảng cáo Tết", "lookbook thu đông", "TVC quảng cáo",
            "bộ ảnh catalogue", "phim quảng cáo ngắn", "chiến dịch tựu trường", "bộ sưu tập Trung thu", "MV thiếu nhi"]
SOURCES = ["Facebook", "TikTok", "nhóm Hội các mẹ bỉm", "Instagram", "nhóm chợ đồ trẻ em", "trang cá nhân của chị",
           "nhóm mẹ và bé", "clip bé nhảy trên TikTok"]
KIDS = ["Bống", "Su", "Gạo", "Bin", "Na", "Mít", "Tôm", "Cún", "Bơ", "Sóc", "Nấm", "Ốc", "Kem", "Mochi", "Bi", "Sữa",
        "Cà Rốt", "Xoài", "Bắp", "Mây"]
PARENTS = [("chị", "em"), ("anh", "em"), ("anh chị", "em"), ("mẹ bé", "em"), ("phụ huynh", "em"), ("chị", "mình"),
           ("bố mẹ bé", "em")]


# ---------------------------------------------------------------- helpers

def _fmt(rng: random.Random, v: int, style: int | None = None) -> str:
    s = rng.randrange(5) if style is None else style
    if s == 0:
        return c.dotted(v) + "đ"
    if s == 1 and v >= 1_000_000:
        return c.millions_short(v)
    if s == 2 and v >= 1_000_000:
        return c.decimal_comma(v / 1_000_000) + " triệu"
    if s == 3 and v < 1_000_000:
        return f"{v // 1000}k"
    if s == 3 and v % 1_000_000 == 0:
        return f"{v // 1_000_000} triệu"
    if s == 3 and v % 100_000 == 0:
        return f"{v // 1_000_000} triệu {v % 1_000_000 // 100_000}"
    return c.dotted(v) + " đồng"


def _fee(rng: random.Random, low: int, high: int) -> int:
    v = rng.randrange(low, high)
    return max(low, v // 50_000 * 50_000 - (10_000 if rng.random() < 0.25 else 0))


def _stk(rng: random.Random) -> str:
    bank = c.bank_name(rng)
    owner = c.holder_name(rng) if rng.random() < 0.6 else "CONG TY TRUYEN THONG " + c.ascii_upper(
        c.pick(rng, AGENCIES))
    return f"{c.pick(rng, ['STK', 'TK', 'số tài khoản'])} {c.account_number(rng)} {bank} - {owner}"


def _contact(rng: random.Random) -> str:
    r = rng.randrange(4)
    if r == 0:
        return "Telegram @" + c.pick(rng, ["casting", "tuyenmau", "kids", "saonhi"]) + "_" + c.pick(
            rng, ["nhi", "vn", "agency", "official"]) + str(rng.randrange(1, 99))
    return c.pick(rng, ["Zalo ", "Zalo: ", "zalo ", "Zalo số "]) + c.phone(rng)


def _site(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return c.shortener_url(rng)
    word = c.pick(rng, ["kidsmodel", "mau-nhi", "casting-kids", "saonhi", "ngoisaonhi", "betainang", "kidstar", "bexinh"])
    return c.pick(rng, ["https://", "", ""]) + word + c.pick(rng, ["", "-vn", "2026", "-official"]) + "." + c.pick(
        rng, c.CHEAP_TLDS) + c.pick(rng, ["", "/dangky", "/vote", "/hoso", ""])


_CALL_SPEAKERS = [("Người gọi", "Người nghe"), ("A", "B"), ("Agency", "Phụ huynh"), ("NG", "Mẹ bé")]
_CHAT_SPEAKERS = [("A", "B"), ("Mẹ bé", "Agency"), ("Tôi", "Bên casting")]


def _turns(rng: random.Random, lines: list[tuple[int, str]], call: bool = False) -> str:
    return c.dialogue(rng, lines, _CALL_SPEAKERS if call else _CHAT_SPEAKERS)


def _kid(rng: random.Random) -> str:
    return c.pick(rng, ["bé nhà mình", "bé", "con của anh chị", "bé nhà chị", f"bé {c.pick(rng, KIDS)}", "con mình",
                        "bé nhà anh chị", "cháu"])


# ---------------------------------------------------------------- families

def _photo_selected(rng):
    you, me = c.pick(rng, PARENTS)
    kid = _kid(rng)
    ag = c.pick(rng, AGENCIES)
    return "chat", c.join_stripped([
        c.pick(rng, [f"Chào {you} ạ,", f"Dạ em chào {you},", f"Xin chào {you},", f"Dạ em chào mẹ bé {c.pick(rng, KIDS)} ạ 🥰"]),
        c.pick(rng, [f"{me} là {c.person_name(rng, False)} bên {ag}.", f"{me} là trợ lý casting của {ag}.",
                     f"{me} phụ trách tuyển mẫu nhí của một {c.pick(rng, BRANDS)}."]),
        c.pick(rng, [f"{c.cap_first(me)} thấy ảnh {kid} trên {c.pick(rng, SOURCES)}, bé rất ăn ảnh và có thần thái.",
                     f"Ảnh {kid} đăng trên {c.pick(rng, SOURCES)} được ban tuyển chọn đánh giá rất cao.",
                     f"{c.cap_first(kid)} đã được chọn từ hơn {rng.choice([1000, 2000, 3000, 5000])} hồ sơ ảnh."]),
        c.pick(rng, [f"Bên {me} đang tuyển người mẫu nhí cho {c.pick(rng, PROJECTS)},",
                     f"{c.cap_first(c.pick(rng, BRANDS))} muốn mời bé tham gia {c.pick(rng, PROJECTS)},"]),
        f"cát-xê {c.pick(rng, ['1,5-3 triệu/buổi', '2 triệu mỗi buổi chụp', '800k-2tr/buổi', 'từ 3 triệu/ngày quay'])}.",
        c.pick(rng, [f"{c.cap_first(you)} có muốn cho bé tham gia không ạ?", f"{c.cap_first(you)} xác nhận trong hôm nay để {me} giữ suất cho bé nhé.",
                     f"{c.cap_first(you)} cho {me} xin thêm vài ảnh toàn thân, chiều cao, cân nặng của bé nha.",
                     f"{c.cap_first(you)} kết bạn {_contact(rng)} để {me} gửi thông tin nhé."])])


def _selected_sms(rng):
    opener = c.pick(rng, ["Chúc mừng phụ huynh!", "Kính gửi phụ huynh,", "[Casting mẫu nhí]", "Thông báo:", "KQ tuyển chọn:"])
    subj = c.pick(rng, ["con của anh chị", "bé nhà mình", "bé nhà anh/chị"])
    return "sms", c.join_stripped([
        opener, subj if opener.endswith(",") else c.cap_first(subj),
        c.pick(rng, ["đã được chọn làm người mẫu nhí đại diện cho", "đã lọt vào danh sách mẫu nhí của",
                     "đã qua vòng hồ sơ ảnh của"]),
        f"{c.pick(rng, PROJECTS)}.",
        c.pick(rng, [f"Liên hệ {_contact(rng)} để nhận thông tin hợp đồng", f"Xác nhận tham gia qua {_contact(rng)} {c.deadline(rng)}",
                     f"Hoàn thiện hồ sơ tại {_site(rng)} {c.deadline(rng)}"]) + "."])


def _casting_fee(rng):
    you, me = c.pick(rng, PARENTS)
    fee = _fee(rng, 300_000, 2_000_000)
    what, why = c.pick(rng, [
        ("phí hồ sơ và trang điểm", "Khoản này hoàn lại khi bé ký hợp đồng với nhãn hàng."),
        ("phí chụp bộ ảnh profile", "Có bộ ảnh thì nhãn hàng mới duyệt hồ sơ."),
        ("phí làm thẻ người mẫu nhí", "Có thẻ thì bé mới được nhận job từ các nhãn hàng."),
        ("phí dịch vụ phục trang và ekip chụp", "Nhãn hàng không chịu khoản này."),
        ("phí chụp thử", "Nếu bé không được chọn bên em hoàn 100%."),
        ("tiền cọc giữ chỗ casting", "Sau buổi casting sẽ trừ vào cát-xê."),
        ("phí tham dự vòng 2", "Ban tổ chức dùng để in số báo danh và chuẩn bị trang phục."),
        ("phí casting online", "Bé chỉ cần quay video giới thiệu và catwalk ở nhà gửi qua Zalo."),
    ])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Để {_kid(rng)} tham gia vòng casting chính thức,", f"{c.cap_first(_kid(rng))} qua vòng hồ sơ rồi {you} ạ,",
                     f"Dạ {you} ơi, để giữ suất casting cho bé,", ""]),
        f"{you} {c.pick(rng, ['đóng giúp ' + me, 'chuyển', 'vui lòng nộp'])} {what} là {_fmt(rng, fee)}.",
        why,
        c.maybe(rng, c.pick(rng, [f"Chuyển vào {_stk(rng)}.", f"Hạn {c.deadline(rng)}.",
                                  "Chậm thì suất của bé chuyển cho bạn khác trong danh sách chờ."]))])


def _contract_deposit(rng):
    you, me = c.pick(rng, PARENTS)
    months = rng.choice([3, 6, 12])
    total = rng.randrange(12, 150) * 1_000_000
    pct = rng.choice([10, 15, 20])
    what = c.pick(rng, ["đặt cọc", "ký quỹ", "phí bảo hiểm hợp đồng", "phí công chứng hợp đồng", "phí độc quyền",
                        "phí bảo lãnh hợp đồng", "phí thẩm định hồ sơ"])
    return "chat", c.join_stripped([
        c.pick(rng, ["Chúc mừng bé đã trúng tuyển 🎉", "Dạ hợp đồng của bé đã sẵn sàng ạ.",
                     f"Bên nhãn hàng muốn ký hợp đồng với {_kid(rng)}."]),
        f"Hợp đồng quảng cáo {months} tháng, tổng cát-xê {_fmt(rng, total, 2)}.",
        f"Theo quy định, phụ huynh cần {'nộp ' if what.startswith('phí') else ''}{what} {_fmt(rng, total * pct // 100)}",
        c.pick(rng, ["để bảo đảm bé tham gia đầy đủ các buổi quay.", "để nhãn hàng yên tâm bé không bỏ ngang.",
                     "trước khi nhận bản ký.", "để giữ suất cho bé."]),
        c.pick(rng, ["Tiền cọc hoàn lại khi kết thúc hợp đồng.", f"Hạn chót {c.deadline(rng)}.",
                     "Hợp đồng có điều khoản bảo mật, anh chị không chia sẻ với ai nhé.",
                     "Kèm theo ảnh 2 mặt căn cước của bố hoặc mẹ và giấy khai sinh của bé."])])


def _parent_tasks(rng):
    you, me = c.pick(rng, PARENTS)
    dep = rng.choice([500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000, 8_000_000])
    rate = rng.choice([20, 25, 30, 35])
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            "Trước khi ký hợp đồng, phụ huynh cần hoàn thành",
            f"{rng.randrange(3, 8)} nhiệm vụ {c.pick(rng, ['tương tác', 'hỗ trợ nhãn hàng', 'tăng độ nhận diện cho bé'])}.",
            c.pick(rng, ["Nhiệm vụ rất đơn giản: like, follow, chia sẻ video.", "Nhiệm vụ đầu miễn phí, có thưởng 30-50k.",
                         f"{c.cap_first(you)} vào nhóm Telegram, có giáo viên hướng dẫn."]),
            c.pick(rng, ["Làm đủ nhiệm vụ thì hồ sơ của bé mới được đẩy lên nhãn hàng.",
                         "Hoàn thành nhiệm vụ bé được cộng điểm xếp hạng, điểm cao được ưu tiên nhận show."])])
    if variant == 1:
        return "chat", c.join_stripped([
            f"Dạ nhiệm vụ {rng.randrange(2, 8)} là nhiệm vụ {c.pick(rng, ['tài trợ', 'phúc lợi', 'bắt buộc', 'combo'])} ạ:",
            f"phụ huynh nạp {_fmt(rng, dep)}, sau {rng.choice([10, 15, 30])} phút nhận lại {_fmt(rng, dep * (100 + rate) // 100)}.",
            c.pick(rng, ["Đây là bước chứng minh khả năng tài chính của gia đình, bé mới được ký hợp đồng.",
                         "Nhãn hàng cần kiểm tra sự hợp tác của phụ huynh.",
                         "Không hoàn thành thì hồ sơ bé bị loại và số tiền đã nạp không được hoàn."])])
    return "chat", c.join_stripped([
        c.pick(rng, [f"{c.cap_first(you)} ơi vừa rồi {you} thao tác sai nhiệm vụ nên hệ thống khóa tài khoản của bé.",
                     f"Dạ điểm tín nhiệm của phụ huynh đang là {rng.choice([60, 70, 80, 85])}, cần đủ 100 mới được xác nhận hợp đồng.",
                     f"Phụ huynh bé {c.pick(rng, KIDS)} lưu ý: nhiệm vụ tiếp theo có giá trị {_fmt(rng, dep)}."]),
        c.pick(rng, [f"{c.cap_first(you)} nạp thêm {_fmt(rng, dep)} để khôi phục,", "Phụ huynh hoàn thành trong 30 phút,"]),
        c.pick(rng, ["tiền này vẫn hoàn lại đầy đủ.", "xong là rút cả gốc lẫn thưởng và bé ký hợp đồng luôn.",
                     "nếu không hồ sơ bé sẽ bị loại."])])


def _voting(rng):
    contest = c.pick(rng, ["Bé Xinh Thời Trang", "Ngôi Sao Nhí Mùa Hè", "Người Mẫu Nhí Tài Năng", "Bé Khỏe Bé Đẹp",
                           "Gương Mặt Thiên Thần Nhí", "Siêu Mẫu Nhí"])
    year = rng.choice(["2025", "2026", ""])
    top = rng.choice([3, 5, 10, 20, 30])
    if rng.random() < 0.35:
        return "social", c.join_stripped([
            f"📸 CUỘC THI ẢNH '{(contest + ' ' + year).strip()}'",
            f"dành cho bé từ {rng.randrange(1, 4)}-{rng.randrange(8, 13)} tuổi.",
            f"Giải nhất: hợp đồng làm mẫu {rng.choice([6, 12])} tháng + {rng.choice([20, 30, 50, 100])} triệu tiền mặt.",
            f"Phụ huynh gửi ảnh bé qua page, nộp lệ phí dự thi {_fmt(rng, _fee(rng, 100_000, 500_000))} để được duyệt."])
    votes = rng.choice([500, 1000, 2000, 5000])
    price = votes * rng.choice([300, 500, 1000])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Chúc mừng bé đã lọt vào top {top} cuộc thi '{(contest + ' ' + year).strip()}'.",
                     f"Bé đang xếp thứ {rng.randrange(4, 12)}, chỉ cần thêm {votes} vote là vào top 3.",
                     f"Mẹ bé {c.pick(rng, KIDS)} ơi, bé đang bị bạn khác vượt điểm rồi."]),
        c.pick(rng, [f"Phụ huynh có thể mua gói bình chọn: {votes} lượt = {_fmt(rng, price)}.",
                     f"Mẹ nạp {_fmt(rng, price)} mua vote để bé giữ top nha.",
                     f"Bình chọn tại {_site(rng)}, mỗi lượt {rng.choice([500, 1000, 2000])}đ."]),
        c.pick(rng, ["Top 3 được ký hợp đồng quảng cáo chính thức.", "Ban tổ chức hoàn lại tiền vote nếu bé đạt giải.",
                     f"Còn {rng.randrange(1, 5)} tiếng nữa là đóng bình chọn.", ""])])


def _casting_post(rng):
    age = f"{rng.randrange(2, 5)}-{rng.randrange(8, 13)} tuổi"
    pay = c.pick(rng, ["1-3 triệu/buổi", "800k-2tr/buổi", "2tr/ngày", "cát-xê cao", "thù lao hấp dẫn"])
    perks = rng.sample(["không cần kinh nghiệm", "có đào tạo miễn phí", "chụp online tại nhà", "bé ở tỉnh nào cũng tham gia được",
                        "ký hợp đồng ngay trong tuần", "casting online, không cần đến văn phòng"], 2)
    cta = c.pick(rng, ["Phụ huynh gửi 3 ảnh của bé vào inbox page", f"Gửi ảnh + video giới thiệu bé qua {_contact(rng)}",
                       "Để lại SĐT dưới bình luận bên em liên hệ", "Ib page để giữ suất!", "Mẹ nào quan tâm ib nhé 💕"])
    if rng.random() < 0.2:
        return "social", c.join_stripped([
            c.pick(rng, ["Bé nhà chị xinh quá ạ,", "Bé dễ thương quá,", "Ôi bé đáng yêu ghê,"]),
            f"bên em đang tuyển mẫu nhí cho {c.pick(rng, BRANDS)},",
            c.pick(rng, ["chị check tin nhắn chờ giúp em nhé 🌸", "em inbox chị rồi ạ", "chị ib em nha"])])
    return "social", c.join_stripped([
        c.pick(rng, ["📢", "🌟", "", "👗"]),
        c.pick(rng, [f"TUYỂN NGƯỜI MẪU NHÍ {age.upper()}", f"Tuyển gấp mẫu nhí {age}", f"Cần {rng.choice([10, 20, 30])} bé {age}",
                     f"{c.pick(rng, AGENCIES)} mở đơn tuyển mẫu nhí {age}"]),
        f"cho {c.pick(rng, BRANDS)}, {c.pick(rng, PROJECTS)}.",
        c.cap_first(", ".join(perks)) + ".", (c.cap_first(pay) if pay[0].isalpha() and not pay[0].isdigit() else f"Cát-xê {pay}") + ".", cta])


def _agency_call(rng):
    you = c.pick(rng, ["chị", "anh", "chị"])
    parent = "bố" if you == "anh" else "mẹ"
    other = "mẹ" if you == "anh" else "bố"
    kid = c.pick(rng, KIDS)
    ag = c.pick(rng, AGENCIES)
    fee = _fee(rng, 300_000, 1_300_000)
    lines = [
        (0, f"Alo em chào {you}, em gọi từ {c.pick(rng, ['công ty truyền thông', 'agency', 'bên casting'])} {ag} ạ. {c.cap_first(you)} là {parent} của bé {kid} đúng không ạ?"),
        (1, c.pick(rng, ["Ừ đúng rồi, có chuyện gì em?", "Đúng, sao em?", "Ai đấy? Có chuyện gì?"])),
        (0, f"Dạ bên em thấy ảnh bé trên {c.pick(rng, SOURCES)}, ban tuyển chọn đã chọn bé vào danh sách người mẫu nhí cho {c.pick(rng, BRANDS)}. Cát-xê mỗi buổi là {rng.choice([1, 2, 3])} triệu ạ."),
        (1, c.pick(rng, ["Ôi thật à? Phải làm gì em?", "Sao bên em biết con tôi?", "Có mất tiền gì không?"])),
    ]
    if rng.random() < 0.5:
        lines.append((0, f"Dạ {you} chỉ cần kết bạn Zalo, em gửi mẫu đăng ký. Có một chút {c.pick(rng, ['phí hồ sơ', 'phí trang phục', 'phí casting'])} {_fmt(rng, fee, 3)} thôi, ký hợp đồng là hoàn lại hết ạ."))
    else:
        lines.append((0, f"Dạ trước buổi phỏng vấn với nhãn hàng, {you} vào nhóm phụ huynh làm vài nhiệm vụ nhỏ để tăng điểm cho bé, có nhiệm vụ nạp tiền nhỏ nhưng hoàn lại kèm thưởng ngay ạ."))
    lines.append((1, c.pick(rng, [f"Để hỏi ý kiến {other} cháu đã.", "Ừ, để kết bạn.", "Để suy nghĩ đã em."])))
    lines.append((0, c.pick(rng, [f"Dạ {you} xác nhận trong hôm nay giúp em, vì suất có hạn ạ.",
                                  f"Dạ nếu tối nay chưa xác nhận thì suất sẽ chuyển cho bé khác {you} nhé.",
                                  f"Dạ em gửi lời mời Zalo ngay, {you} đồng ý giúp em nha."])))
    return "call", _turns(rng, lines, call=True)


def _course_fee(rng):
    you, me = c.pick(rng, PARENTS)
    fee = rng.choice([1_800_000, 2_500_000, 2_900_000, 3_500_000, 4_000_000, 5_000_000])
    n = rng.choice([4, 6, 8, 10, 12])
    if rng.random() < 0.3:
        return "social", c.join_stripped([
            f"Khóa đào tạo NGƯỜI MẪU NHÍ chuyên nghiệp {c.pick(rng, ['👑', '⭐', ''])}",
            f"{n} buổi {c.pick(rng, ['online', 'catwalk + biểu cảm', 'kỹ năng trước ống kính'])}.",
            c.pick(rng, ["Cam kết đầu ra: 100% học viên được giới thiệu job quảng cáo.", "Học xong ký hợp đồng với agency luôn."]),
            f"Giảm {rng.choice([30, 40, 50])}% học phí cho {rng.choice([5, 10, 15])} bé đăng ký đầu tiên.",
            c.pick(rng, ["Inbox để được tư vấn!", f"Đăng ký: {_site(rng)}"])])
    return "chat", c.join_stripped([
        c.pick(rng, ["Dạ bé có tố chất nhưng chưa có kỹ năng catwalk và biểu cảm trước ống kính.",
                     "Nhãn hàng chỉ nhận mẫu nhí đã có chứng chỉ đào tạo.", "Nhãn hàng nhận xét bé còn run trước máy quay."]),
        f"Bên {me} có khóa {n} buổi, học phí {_fmt(rng, fee)},",
        c.pick(rng, [f"{you} đóng trước 50% để giữ chỗ.", "cam kết bé nhận ít nhất 5 job sau khóa học.",
                     "ưu đãi chỉ còn hôm nay.", "hoàn học phí nếu bé không có job trong 3 tháng."])])


def _shoot_costs(rng):
    you, me = c.pick(rng, PARENTS)
    place = c.pick(rng, ["Hà Nội", "TP.HCM", "Đà Lạt", "Nha Trang", "Đà Nẵng", "studio quận 3", "Phú Quốc"])
    cost = _fee(rng, 600_000, 5_000_000)
    what = c.pick(rng, ["vé máy bay và khách sạn cho hai mẹ con", "phí trang phục và làm tóc", "phí thuê studio",
                        "phí bảo hiểm tai nạn cho diễn viên nhí", "tiền cọc phòng và xe đưa đón"])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Dạ lịch quay của bé tại {place} vào ngày {rng.randrange(1, 29)} ạ.",
                     f"Ekip đã sẵn sàng cho buổi chụp của bé ở {place}.", f"{c.cap_first(you)} ơi buổi chụp ở {place} chốt rồi ạ."]),
        f"Phụ huynh chuyển trước {what} {_fmt(rng, cost)}",
        c.pick(rng, ["để bên em đặt theo đoàn,", "để hoàn tất hồ sơ đoàn phim,", f"{c.deadline(rng)},"]),
        c.pick(rng, ["chi phí này nhãn hàng hoàn lại sau buổi quay.", "về là thanh toán hết kèm cát-xê.",
                     f"buổi chụp xong cát-xê {_fmt(rng, cost * 2)} chuyển trong ngày."])])


def _payout_blocked(rng):
    you, me = c.pick(rng, PARENTS)
    cx = rng.randrange(3, 20) * 1_000_000
    fee = _fee(rng, 500_000, 3_000_000)
    reason = c.pick(rng, ["tài khoản phụ huynh chưa đăng ký mã số thuế cho trẻ em", "phụ huynh nhập sai thông tin nhận tiền",
                          "cát-xê vượt hạn mức chuyển khoản cá nhân", "hồ sơ thiếu bản cam kết bảo hiểm",
                          "bé chưa hoàn thành buổi quay bổ sung", "hồ sơ phụ huynh chưa xác minh"])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Dạ cát-xê {_fmt(rng, cx)} của bé đã được nhãn hàng giải ngân nhưng bị treo do {reason}.",
                     f"Thông báo: cát-xê của bé bị tạm giữ do {reason}.",
                     f"{c.cap_first(you)} ơi kế toán báo cát-xê của bé chưa chuyển được vì {reason}."]),
        f"{c.cap_first(you)} {c.pick(rng, ['đóng', 'nộp', 'chuyển'])} {c.pick(rng, ['phí làm thủ tục', 'phí xác minh', 'phí mở khóa', 'phí nâng cấp tài khoản đối tác'])} {_fmt(rng, fee)},",
        c.pick(rng, ["bên em xử lý trong ngày ạ.", "khoản này hoàn lại luôn.", f"trước {rng.randrange(17, 23)}h hôm nay."])])


def _kol_product(rng):
    you, me = c.pick(rng, PARENTS)
    brand, prod = c.pick(rng, [("nhãn hàng sữa", "2 thùng sữa"), ("thương hiệu thời trang trẻ em", "5 bộ quần áo mẫu"),
                               ("thương hiệu đồ chơi", "bộ đồ chơi"), ("hãng tã bỉm", "combo tã bỉm"),
                               ("thương hiệu giày trẻ em", "đôi giày mẫu"), ("hãng bánh kẹo", "bộ sản phẩm mới")])
    cost = _fee(rng, 500_000, 3_000_000)
    return "chat", c.join_stripped([
        c.pick(rng, [f"Dạ {brand} muốn bé review sản phẩm trên TikTok.", f"Bé được chọn làm KOL nhí cho {brand}.",
                     f"Để bé trở thành đại sứ nhí của {brand},"]),
        f"Phụ huynh {c.pick(rng, ['đặt cọc', 'thanh toán trước', 'mua'])} {prod} {_fmt(rng, cost)},",
        c.pick(rng, [f"quay xong {rng.randrange(2, 5)} video được hoàn cọc và nhận thêm {_fmt(rng, cost + 500_000)} thù lao.",
                     "bé giữ sản phẩm luôn sau khi quay.", "mỗi video nhãn hàng trả 800k."])])


FAMILIES = {
    "selected_from_photos": _photo_selected,
    "selected_sms": _selected_sms,
    "casting_fee": _casting_fee,
    "contract_deposit": _contract_deposit,
    "parent_tasks": _parent_tasks,
    "voting_contest": _voting,
    "casting_social_post": _casting_post,
    "agency_call": _agency_call,
    "training_course_fee": _course_fee,
    "travel_shooting_fee": _shoot_costs,
    "payout_blocked": _payout_blocked,
    "brand_product_kid": _kol_product,
}


_LOWER_AFTER_COMMA = ("Phụ huynh", "Bé ", "Con của", "Bố mẹ", "Mẹ bé", "Anh chị", "Chị ", "Anh ", "Bạn ", "Em ")


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_chat(rng, n, LABEL, FAMILIES, _LOWER_AFTER_COMMA)

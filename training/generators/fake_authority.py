"""Generator for `fake_authority`: callers/senders posing as police, procuracy,
courts, traffic police, tax or customs officers.

Every name, number, account and domain is invented at random. Text is written
with diacritics; the corpus build strips/obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "fake_authority"


# ---------------------------------------------------------------- helpers

def _render_call(rng: random.Random, turns: list[tuple[int, str]], victim_title: str = "") -> str:
    speakers = [("Người gọi", "Người nghe"), ("A", "B"), ("Người gọi", "Người nghe"),
                ("Cán bộ", victim_title or "Người nghe"), ("Đối tượng", "Nạn nhân"), ("Giọng nam", "Người nghe")]
    return c.dialogue(rng, turns, speakers, skip_empty=True)


def _plate(rng: random.Random) -> str:
    prov = c.pick(rng, ["29", "30", "51", "59", "43", "92", "65", "36", "37", "47", "61", "72", "14", "99", "20", "15"])
    if rng.random() < 0.5:  # car
        return f"{prov}{c.pick(rng, 'ABCDEFGHKLT')}-{rng.randrange(100, 999)}.{rng.randrange(10, 99)}"
    return f"{prov}{c.pick(rng, ['B1', 'F1', 'H1', 'X3', 'K1', 'G1', 'E2', 'N1'])}-{rng.randrange(100, 999)}.{rng.randrange(10, 99)}"


def _zalo(rng: random.Random) -> str:
    return c.pick(rng, ["Zalo ", "Zalo số ", "zalo ", ""]) + c.phone(rng)


RANKS = ["thiếu úy", "trung úy", "thượng úy", "đại úy", "thiếu tá", "trung tá", "thượng tá"]
DISTRICTS = ["Ba Đình", "Cầu Giấy", "Hoàng Mai", "Thanh Xuân", "Hải Châu", "Ninh Kiều", "Bình Thạnh", "Gò Vấp",
             "Tân Bình", "Thủ Đức", "Lê Chân", "Sơn Trà", "Đống Đa", "Long Biên", "Hà Đông", "Biên Hòa", "Thuận An",
             "Cẩm Lệ", "Bắc Từ Liêm", "Quận 7", "Quận 12", "Hồng Bàng", "Nha Trang", "Vinh"]


def _police_unit(rng: random.Random) -> str:
    p = c.pick(rng, c.PROVINCES)
    d = c.pick(rng, DISTRICTS)
    return c.pick(rng, [f"Phòng Cảnh sát hình sự Công an {p}", "Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an",
                        f"Phòng An ninh mạng Công an {p}", f"Công an quận {d}", f"Cơ quan Cảnh sát điều tra Công an {p}",
                        "Cục C03 Bộ Công an", f"Phòng PC02 Công an {p}", f"Đội điều tra tổng hợp Công an {d}",
                        "Cục Cảnh sát hình sự", f"Phòng Cảnh sát kinh tế Công an {p}", "Bộ Công an",
                        f"Công an tỉnh {p}" if p not in ("Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ") else f"Công an thành phố {p}"])


def _officer(rng: random.Random) -> str:
    r = c.pick(rng, RANKS)
    n = c.person_name(rng)
    return c.pick(rng, [f"{r} {n}", f"{r.capitalize()} {n}", f"điều tra viên {n}", f"cán bộ {n}", n])


CASES = ["rửa tiền xuyên quốc gia", "mua bán trái phép chất ma túy", "lừa đảo chiếm đoạt tài sản",
         "buôn bán người qua biên giới", "tổ chức đánh bạc qua mạng", "mua bán tài khoản ngân hàng",
         "rửa tiền từ cờ bạc online", "vận chuyển hàng cấm", "buôn lậu vàng", "trốn thuế, mua bán hóa đơn",
         "lừa đảo đầu tư tiền ảo", "mua bán dữ liệu cá nhân"]

LINKAGES = [
    "đối tượng cầm đầu khai đã dùng căn cước của {you} để mở tài khoản nhận tiền",
    "trong sổ sách của đường dây có tên và số tài khoản của {you}",
    "có {n} giao dịch đáng ngờ chuyển vào tài khoản đứng tên {you}",
    "một đối tượng vừa bị bắt khai {you} là người nhận tiền cho nó",
    "số điện thoại của {you} xuất hiện trong danh bạ của kẻ cầm đầu",
    "thẻ ngân hàng mang tên {you} bị dùng để rút tiền phạm pháp",
    "một bưu kiện chứa tang vật gửi đến địa chỉ của {you}",
]

SECRECY = [
    "Cuộc gọi này được ghi âm, {you} không được kể cho bất kỳ ai, kể cả người nhà.",
    "Đây là vụ án bí mật, {you} mà tiết lộ ra ngoài là vi phạm bí mật điều tra.",
    "{You} tuyệt đối không được nói với người nhà, nhân viên ngân hàng hay bạn bè.",
    "Trong lúc làm việc {you} không được cúp máy, không nghe máy người khác.",
    "Nếu {you} nói cho ai biết thì họ cũng bị liên đới, cả nhà sẽ bị điều tra.",
    "{You} tìm chỗ kín đáo, ngồi một mình, không để ai nghe thấy.",
]

THREATS = [
    "Viện kiểm sát đã phê chuẩn lệnh bắt tạm giam",
    "chiều nay sẽ có người đến tận nhà đưa {you} về trụ sở",
    "hồ sơ sẽ chuyển sang Viện kiểm sát để truy tố",
    "toàn bộ tài khoản của {you} sẽ bị phong tỏa",
    "{you} sẽ bị phát lệnh truy nã",
    "{you} có thể đối mặt mức án tới 20 năm tù",
    "sẽ có thông báo gửi về nơi làm việc của {you}",
]

DENIALS = ["{I} không biết gì chuyện đó cả.", "Trời ơi, có nhầm không anh?", "{I} có làm gì đâu.",
           "{I} chưa bao giờ cho ai mượn tài khoản.", "Vô lý, {i} làm công nhân thôi mà.",
           "Sao lại là {i}?", "Dạ, {i} không quen ai tên như vậy.", "Ơ, thế giờ phải làm sao anh?",
           "{I} về hưu rồi, biết gì đâu mà dính vào mấy chuyện đó.", "{I} sợ quá, {i} phải làm gì?", "Hả? {I} không hiểu anh nói gì."]


def _deny(rng: random.Random, you: str) -> str:
    i = c.pick(rng, ["tôi", "em"]) if you in ("anh", "chị") else c.pick(rng, ["tôi", "tôi", you if you in ("bác", "cô", "chú") else "tôi"])
    return c.pick(rng, DENIALS).replace("{I}", i.capitalize()).replace("{i}", i)


def _you(rng: random.Random) -> tuple[str, str, str]:
    """(address word, victim title for transcript, full name)"""
    name = c.person_name(rng)
    w = c.pick(rng, ["anh", "chị", "ông", "bà", "bác", "cô", "chú"])
    title = {"anh": "Anh " + name.split()[-1], "chị": "Chị " + name.split()[-1], "ông": "Ông " + name.split()[-1],
             "bà": "Bà " + name.split()[-1], "bác": "Bác " + name.split()[-1], "cô": "Cô " + name.split()[-1],
             "chú": "Chú " + name.split()[-1]}[w]
    return w, title, name


def _fmt(s: str, you: str) -> str:
    return s.replace("{You}", you.capitalize()).replace("{you}", you)


# ---------------------------------------------------------------- families

def _police_case_call(rng: random.Random) -> dict:
    you, title, name = _you(rng)
    unit = _police_unit(rng)
    officer = _officer(rng)
    case = c.pick(rng, CASES)
    link = _fmt(c.pick(rng, LINKAGES), you).replace("{n}", str(rng.randrange(3, 40)))
    turns = []
    turns.append((0, c.pick(rng, [f"Alo, có phải {you} {name} không?", f"Alo, {you} {name}, sinh năm {rng.randrange(1950, 2003)} phải không ạ?",
                                  f"Xin chào, tôi cần gặp {you} {name}.", f"{you.capitalize()} {name} đúng không, tôi gọi từ {unit}."])))
    turns.append((1, c.pick(rng, ["Vâng, ai vậy ạ?", "Đúng rồi, có chuyện gì?", "Dạ phải, ai đấy?", "Ừ, tôi đây.", "Dạ vâng."])))
    intro = c.pick(rng, [f"Tôi là {officer}, {unit}.", f"Đây là {unit}, tôi là {officer}.", f"Tôi gọi từ {unit}."])
    turns.append((0, c.join_stripped([intro, f"Cơ quan điều tra đang thụ lý vụ án {case}, {link}.",
                                      c.maybe(rng, _fmt(c.pick(rng, THREATS), you).capitalize() + ".", 0.6)])))
    turns.append((1, _deny(rng, you)))
    ask = c.pick(rng, [
        f"Muốn chứng minh trong sạch thì {you} phải phối hợp xác minh tài chính, kê khai toàn bộ số dư và chuyển về tài khoản tạm giữ của cơ quan điều tra, không có vấn đề sẽ hoàn trả trong 24 giờ.",
        f"{you.capitalize()} kết bạn {_zalo(rng)}, tôi gửi quyết định khởi tố và hướng dẫn {you} làm việc trực tuyến.",
        f"Tôi chuyển máy cho Phó thủ trưởng cơ quan điều tra làm việc trực tiếp với {you}, {you} giữ máy.",
        f"{you.capitalize()} ra ngân hàng rút tiền tiết kiệm, nhân viên hỏi thì nói chuyển cho con, tuyệt đối không nói là công an yêu cầu.",
        f"{you.capitalize()} cài ứng dụng của Bộ Công an theo đường link tôi gửi để khai báo, {you} không phải lên trụ sở.",
        f"{you.capitalize()} nộp một khoản bảo lãnh {c.amount(rng, 50_000_000, 800_000_000)} để được xem xét không tạm giam.",
    ])
    turns.append((0, c.join_stripped([c.pick(rng, ["Bình tĩnh.", "Tôi hiểu.", "Nếu không liên quan thì phải chứng minh.", "", "Đó là việc của cơ quan điều tra."]),
                                      ask, _fmt(c.pick(rng, SECRECY), you)])))
    if rng.random() < 0.4:
        turns.append((1, c.pick(rng, ["Thế giờ phải làm sao?", "Tôi đang đi làm, không lên được.", "Dạ, em làm theo.", "Bao giờ tôi nhận lại tiền?"])))
        turns.append((0, c.pick(rng, ["Làm đúng hướng dẫn thì xong trong ngày, tôi giữ máy hướng dẫn từng bước.",
                                      "Chuyển xong chụp màn hình gửi tôi, xóa lịch sử cuộc gọi và tin nhắn.",
                                      f"Trước {rng.randrange(13, 18)} giờ chiều nay phải xong, quá giờ tôi không giúp được nữa.",
                                      "Xác minh xong tiền sẽ hoàn lại kèm biên bản có dấu đỏ."])))
    return {"text": _render_call(rng, turns, title), "channel": "call"}


def _safe_account_chat(rng: random.Random) -> dict:
    you = c.pick(rng, ["anh", "chị", "bác", "cô", "chú", "ông", "bà"])
    acct = c.account_number(rng)
    bank = c.bank_name(rng)
    holder = c.holder_name(rng)
    label_acc = c.pick(rng, ["Tài khoản tạm giữ của cơ quan điều tra", "Tài khoản an toàn của Bộ Công an", "Tài khoản niêm phong tạm thời",
                             "TK chuyên dùng của Ban chuyên án", "Tài khoản giám sát của Viện kiểm sát", "Tài khoản xác minh tài sản"])
    block_style = rng.randrange(3)
    if block_style == 0:
        block = f"{label_acc}:\nSTK: {acct}\nNgân hàng: {bank}\nChủ TK: {holder}" + c.maybe(rng, " (cán bộ thụ lý)", 0.6)
    elif block_style == 1:
        block = f"{label_acc}: {acct} - {bank} - {holder}"
    else:
        block = f"{label_acc} {you} chuyển vào: {bank} {acct}, tên {holder}"
    content = c.pick(rng, ["Nội dung: họ tên + số CCCD.", f"Nội dung ghi \"nop tien xac minh ho so {rng.randrange(10, 999)}\".",
                           "Nội dung đừng ghi công an, ghi \"trả nợ\" để ngân hàng không chặn.", "Nội dung để trống.", ""])
    instr = c.pick(rng, [f"{you.capitalize()} chuyển toàn bộ số dư hiện có.", f"{you.capitalize()} nộp trước {c.amount(rng, 50_000_000, 500_000_000)}, còn lại nộp bổ sung sau.",
                         f"Số tiền cần xác minh: {c.amount(rng, 80_000_000, 900_000_000)}.", f"{you.capitalize()} tất toán sổ tiết kiệm rồi nộp đủ vào đây."])
    after = c.pick(rng, ["Nộp xong chụp biên lai gửi tôi, xóa tin nhắn.", "Sau khi đối chiếu không có tiền bẩn sẽ hoàn trả trong 24 giờ.",
                         f"Không nộp {c.deadline(rng)} coi như {you} tẩu tán tài sản.", "Tiền sẽ được niêm phong và trả lại khi kết thúc điều tra.",
                         "Nhân viên ngân hàng hỏi thì nói gửi cho người nhà, không được nhắc đến công an."])
    parts = [instr, block, content, after]
    if rng.random() < 0.5:
        parts.insert(0, c.pick(rng, ["Theo quy trình xác minh:", "Tôi gửi thông tin để chuyển:", "Làm ngay nhé.", f"{you.capitalize()} làm đúng hướng dẫn."]))
    return {"text": "\n".join(p for p in parts if p), "channel": "chat"}


VIOLATIONS = ["vượt đèn đỏ", "chạy quá tốc độ", "đi vào đường cấm", "dừng đỗ sai quy định", "không đội mũ bảo hiểm",
              "đi sai làn đường", "vi phạm nồng độ cồn", "lấn làn", "quay đầu sai quy định", "đi ngược chiều"]


def _traffic_fine_sms(rng: random.Random) -> dict:
    brand = c.pick(rng, ["Cục CSGT", "CSGT", "[CSGT]", "Phòng CSGT", "Cục Cảnh sát giao thông", "Thông báo phạt nguội", "VNeTraffic", "Đăng kiểm VN"])
    plate = _plate(rng)
    vio = c.pick(rng, VIOLATIONS)
    amt = c.amount(rng, 300_000, 12_000_000)
    link = c.scam_link(rng, c.pick(rng, ["csgt", "phatnguoi", "vnetraffic", "nopphat", "dangkiem"]))
    core = c.pick(rng, [
        f"Phương tiện biển số {plate} vi phạm lỗi {vio} ngày {c.date(rng)[:5]}, mức phạt {amt}.",
        f"Xe {plate} có 1 lỗi phạt nguội chưa nộp ({vio}).",
        f"Bạn có quyết định xử phạt vi phạm hành chính (lỗi {vio}) chưa đọc.",
        f"PT {plate} bị ghi hình {vio}, số tiền phạt {amt}.",
    ])
    action = c.pick(rng, [f"Tra cứu và nộp phạt trực tuyến tại {link}", f"Nộp phạt online tại {link}",
                          f"Xem biên bản điện tử: {link}", f"Tải ứng dụng nộp phạt tại {link}", f"Nộp trong 24h được giảm 50%: {link}"])
    tail = c.pick(rng, [f"Hạn chót {c.deadline(rng)}, quá hạn sẽ bị tước GPLX.", "Quá hạn sẽ bị cưỡng chế và khóa đăng kiểm.",
                        "", "để tránh bị tạm giữ phương tiện.", f"Liên hệ {c.hotline(rng)}."])
    parts = [brand + ":", core, action, tail]
    if rng.random() < 0.3:
        parts = [brand + ":", core, tail, action]
    return {"text": c.join_stripped(parts), "channel": "sms"}


def _traffic_fine_call(rng: random.Random) -> dict:
    you, title, name = _you(rng)
    plate = _plate(rng)
    who = c.pick(rng, ["Phòng CSGT Công an " + c.pick(rng, c.PROVINCES), "Đội CSGT số " + str(rng.randrange(1, 9)),
                       "Trung tâm đăng kiểm", "Cục Cảnh sát giao thông"])
    n = rng.randrange(1, 4)
    turns = [
        (0, f"Alo, {you} là chủ xe biển {plate} phải không? Tôi gọi từ {who}."),
        (1, c.pick(rng, ["Dạ đúng, xe của tôi.", "Ừ, xe tôi, sao vậy?", "Đúng rồi em."])),
        (0, c.join_stripped([f"Xe {you} có {n} lỗi phạt nguội chưa nộp, tổng {c.amount(rng, 800_000, 15_000_000)}.",
                             c.pick(rng, ["Biên bản gửi về địa phương mà chưa thấy giải quyết.", "Sắp chuyển sang cưỡng chế, khóa đăng kiểm.",
                                          "Nếu không nộp trong hôm nay sẽ tước bằng lái.", "Bằng lái của " + you + " bị trừ hết điểm rồi."])])),
        (1, c.pick(rng, ["Tôi có nhận được giấy gì đâu.", "Lỗi gì vậy anh?", "Giờ nộp ở đâu?", "Phải lên trụ sở hả?"])),
        (0, c.pick(rng, [f"Để tiện {you} nộp online luôn, kết bạn {_zalo(rng)} tôi gửi link cổng nộp phạt, {you} nhập thông tin thẻ và mã xác nhận là xong.",
                         f"{you.capitalize()} chuyển khoản vào tài khoản tạm thu {c.account_number(rng)} {c.bank_name(rng)}, gửi bill qua Zalo là bên tôi xóa lỗi.",
                         f"{you.capitalize()} cài ứng dụng tra cứu phạt nguội tôi gửi, đăng nhập bằng số điện thoại, nhập mã OTP để xác nhận nộp phạt.",
                         f"Tôi có thể xử lý nhẹ giúp {you}, {you} chuyển {c.amount(rng, 1_000_000, 5_000_000)} là rút hồ sơ trên hệ thống."])),
    ]
    return {"text": _render_call(rng, turns, title), "channel": "call"}


def _tax_sms(rng: random.Random) -> dict:
    brand = c.pick(rng, ["Tổng cục Thuế", "Cục Thuế", "[CỤC THUẾ]", "Chi cục Thuế", "Cơ quan thuế", "eTax"])
    short = c.pick(rng, ["thuedientu", "gdt", "etax", "hoanthue", "thue"])
    link = c.scam_link(rng, short)
    core = c.pick(rng, [
        f"Mã số thuế cá nhân của bạn có khoản nợ thuế {c.amount(rng, 500_000, 20_000_000)} chưa quyết toán.",
        f"Hồ sơ hoàn thuế TNCN của bạn bị từ chối do sai thông tin, số tiền được hoàn {c.amount(rng, 500_000, 8_000_000)}.",
        "MST cá nhân của quý khách đang bị tạm khóa do chưa cập nhật thông tin.",
        f"Hộ kinh doanh của bạn chưa kê khai thuế quý {rng.randrange(1, 5)}, bị phạt chậm nộp {c.amount(rng, 1_000_000, 10_000_000)}.",
        "Bạn thuộc diện bị tạm hoãn xuất cảnh do nợ thuế.",
    ])
    action = c.pick(rng, [f"Cài ứng dụng kiểm tra tại {link}", f"Cập nhật tại {link}", f"Xác thực tại {link}",
                          f"Nộp qua STK {c.account_number(rng)} ({c.bank_name(rng)}) hoặc liên hệ {c.phone(rng)}"])
    tail = c.pick(rng, [f"Hạn {c.deadline(rng)}.", "Quá hạn hồ sơ sẽ bị hủy.", "Quá hạn sẽ bị cưỡng chế thuế.", ""])
    return {"text": c.join_stripped([brand + ":", core, action + ".", tail]), "channel": "sms"}


def _tax_household_call(rng: random.Random) -> dict:
    you, title, name = _you(rng)
    shop = c.pick(rng, ["tạp hóa", "quán cà phê", "tiệm tóc", "cửa hàng điện thoại", "shop quần áo online", "quán ăn", "cửa hàng vật liệu xây dựng"])
    owner = c.pick(rng, ["Minh Phương", "Hòa Bình", "Thanh Vy", "Ngọc Lan", "Tâm Đức", "Anh Tú", "Phát Đạt"])
    install = [f"Em kết bạn Zalo gửi link, {you} bấm tải ứng dụng thuế về máy, cho phép cài đặt, chụp CCCD hai mặt và nhập tài khoản ngân hàng.",
               f"Em gửi đường link, {you} làm theo hướng dẫn nhận diện khuôn mặt, có mã gửi về điện thoại thì đọc cho em.",
               f"{you.capitalize()} để em làm giúp, {you} gửi em tên đăng nhập, mật khẩu ngân hàng để đối soát doanh thu."]
    pay = [f"{you.capitalize()} nộp khoản phạt vào tài khoản kho bạc em gửi qua tin nhắn, nộp hôm nay em hỗ trợ giảm 50%.",
           f"{you.capitalize()} chuyển {c.amount(rng, 2_000_000, 30_000_000)} vào tài khoản {c.account_number(rng)} {c.bank_name(rng)}, nội dung ghi mã số thuế, em xóa vi phạm trên hệ thống.",
           f"Nộp trong tuần thì chỉ phạt hành chính, em gửi {you} số tài khoản qua Zalo."]
    claim, actions = c.pick(rng, [
        ("Theo quy định mới hộ kinh doanh phải chuyển sang khai thuế điện tử, " + you + " chưa đăng ký nên đang bị ghi nhận vi phạm.", install),
        (f"Hộ của {you} có doanh thu online chưa kê khai, bị truy thu {c.amount(rng, 5_000_000, 60_000_000)}.", pay),
        (f"{you.capitalize()} có khoản được hoàn thuế {c.amount(rng, 1_000_000, 9_000_000)} nhưng chưa xác thực.", install),
        (f"Bên em đang rà soát hóa đơn điện tử, hồ sơ của {you} bị lỗi, sắp bị đình chỉ kinh doanh.", install + pay),
        (f"{you.capitalize()} có thu nhập cho thuê nhà chưa kê khai {rng.randrange(2, 5)} năm, có thể bị xử lý hình sự.", pay),
    ])
    turns = [
        (0, f"{you.capitalize()} là chủ {shop} {owner} phải không ạ? Em là cán bộ {c.pick(rng, ['Chi cục Thuế khu vực', 'Cục Thuế', 'Đội kiểm tra thuế', 'Đội thuế liên phường'])}."),
        (1, c.pick(rng, ["Đúng rồi em.", "Ừ, có việc gì?", "Vâng."])),
        (0, claim),
        (1, c.pick(rng, ["Giờ làm sao em?", "Thật hả em?", "Tôi không rành mấy cái này lắm.", "Phải lên chi cục à?", "Sao không ai báo gì hết vậy?"])),
        (0, c.pick(rng, actions)),
    ]
    return {"text": _render_call(rng, turns, title), "channel": "call"}


def _court_summons_sms(rng: random.Random) -> dict:
    court = c.pick(rng, ["TÒA ÁN NHÂN DÂN QUẬN " + c.pick(rng, DISTRICTS).upper(), "Tòa án ND TP.HCM", "TAND tỉnh " + c.pick(rng, c.PROVINCES),
                         "Tòa án nhân dân", "TAND", "Thư ký Tòa án"])
    matter = c.pick(rng, ["vụ tranh chấp nợ thẻ tín dụng", "vụ án dân sự số " + f"{rng.randrange(10, 500)}/2026/TLST-DS",
                          "vụ kiện vi phạm hợp đồng tín dụng", "vụ ly hôn đơn phương", "vụ kiện đòi nợ khoản vay quá hạn",
                          "vụ tranh chấp hợp đồng mua bán"])
    core = c.pick(rng, [f"Ông/bà có giấy triệu tập hầu tòa ngày {c.date(rng)[:5]} về {matter}.",
                        f"Ông/bà là bị đơn trong {matter}.", f"Bạn có 1 văn bản tố tụng chưa nhận ({matter}).",
                        f"Hồ sơ {matter} đã được thụ lý."])
    action = c.pick(rng, [f"Xem nội dung tại {c.scam_link(rng, c.pick(rng, ['toaan', 'tand', 'congly']))}",
                          f"Liên hệ thư ký {c.phone(rng)}", f"Nhập số CCCD tại {c.lookalike_url(rng, 'toaan')} để xác nhận lịch",
                          f"Nộp tạm ứng án phí {c.amount(rng, 500_000, 5_000_000)} vào STK {c.account_number(rng)} {c.bank_name(rng)}"])
    threat = c.pick(rng, ["Không có mặt sẽ bị xét xử vắng mặt và cưỡng chế tài sản.", "Không phản hồi sẽ xử vắng mặt.", "", "Quá hạn coi như từ chối quyền tự bào chữa."])
    return {"text": c.join_stripped([court + ":", core, action + ".", threat]), "channel": "sms"}


def _procuracy_warrant_chat(rng: random.Random) -> dict:
    you = c.pick(rng, ["anh", "chị", "ông", "bà", "cô", "chú"])
    doc = c.pick(rng, ["QUYẾT ĐỊNH PHÊ CHUẨN LỆNH BẮT BỊ CAN ĐỂ TẠM GIAM", "LỆNH BẮT KHẨN CẤP", "QUYẾT ĐỊNH KHỞI TỐ BỊ CAN",
                       "LỆNH PHONG TỎA TÀI KHOẢN", "QUYẾT ĐỊNH TRUY NÃ"])
    org = c.pick(rng, ["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "VKSND " + c.pick(rng, c.PROVINCES).upper(), "BỘ CÔNG AN", "TÒA ÁN NHÂN DÂN TỐI CAO"])
    img = f"[Hình ảnh: {doc} - {org}]"
    say = c.pick(rng, [f"Đây là bản chụp, tên {you} ghi rõ ràng.", f"{you.capitalize()} xem đi, có đóng dấu đỏ đầy đủ.",
                       f"Chỉ cần tôi gửi lên là chiều nay người ta đến tận nhà {you}.", f"Tôi là kiểm sát viên {c.person_name(rng)}, có thẻ ngành đây."])
    deal = c.pick(rng, [f"Tôi đang giữ hồ sơ, chưa trình lãnh đạo. {you.capitalize()} chuyển {c.amount(rng, 30_000_000, 400_000_000)} tiền bảo lãnh vào tài khoản chỉ định trong {rng.randrange(1, 4)} tiếng.",
                        f"Muốn hủy lệnh thì {you} phải chứng minh tài chính, nộp toàn bộ tiền vào tài khoản giám sát trong hôm nay.",
                        f"{you.capitalize()} làm đơn xin hợp tác và nộp tiền tạm giữ thì được xem xét miễn truy cứu.",
                        f"Tôi có thể chuyển {you} sang diện điều tra bí mật, nhưng {you} phải làm đúng những gì tôi nói."])
    sec = c.pick(rng, ["Không được gọi cho ai, kể cả luật sư.", "Chuyện này tuyệt đối giữ kín.", "", f"{you.capitalize()} xóa tin nhắn sau khi đọc."])
    parts = [img, say, deal, sec]
    return {"text": "\n".join(p for p in parts if p), "channel": "chat"}


def _police_app_install_chat(rng: random.Random) -> dict:
    you = c.pick(rng, ["anh", "chị", "bác", "cô", "chú", "bạn"])
    app = c.pick(rng, ["Bộ Công An", "BCA-Online", "Cổng dịch vụ công Bộ Công an", "An ninh khu phố", "Khai báo điều tra", "Công an trực tuyến"])
    link = c.scam_link(rng, c.pick(rng, ["bocongan", "bca", "congan", "dichvucong"]))
    if rng.random() < 0.4 and not link.endswith(".apk"):
        link = link.rstrip("/") + c.pick(rng, ["/app.apk", "/BCA.apk", "/tai-app", "/install"])
    reason = c.pick(rng, ["Để lấy lời khai trực tuyến", "Để làm việc với cơ quan điều tra", f"Để {you} không phải lên trụ sở",
                          "Để xem quyết định và khai báo", "Để đối soát dòng tiền", "Để ký biên bản điện tử"])
    steps_pool = [
        "cho phép cài từ nguồn không xác định",
        "máy báo không an toàn thì bấm \"vẫn cài đặt\", đây là phần mềm nội bộ của ngành",
        "đăng nhập bằng số CCCD",
        "bật hết các quyền, nhất là quyền trợ năng",
        "nhập mật khẩu ngân hàng vào mục kê khai tài sản",
        "chụp mặt và ký xác nhận",
        "khi hiện ô mã xác thực thì nhập mã OTP ngân hàng gửi về",
        "để máy sạc qua đêm cho hệ thống đồng bộ, không tắt nguồn",
    ]
    steps = [steps_pool[i] for i in sorted(rng.sample(range(len(steps_pool)), rng.randrange(2, 5)))]
    if rng.random() < 0.5:
        body = "\n".join(f"Bước {i + 1}: {s[0].upper() + s[1:]}" for i, s in enumerate(steps))
        text = f"{reason} {you} cài ứng dụng \"{app}\" theo link: {link}\n{body}"
    else:
        text = c.join_stripped([f"{reason} {you} cần cài ứng dụng \"{app}\" theo đường link: {link}.", "Cài xong " + ", ".join(steps) + ".",
                                c.maybe(rng, c.pick(rng, ["Chỉ hỗ trợ Android, iPhone báo em gửi cách khác.", "Không chia sẻ ứng dụng này cho ai.",
                                                          "Không cài được thì gọi lại cán bộ.", "Tin nhắn ngân hàng báo trừ tiền là hệ thống đang kiểm tra, sẽ hoàn lại."]), 0.5)])
    return {"text": text, "channel": "chat"}


def _customs_parcel_call(rng: random.Random) -> dict:
    you, title, name = _you(rng)
    origin = c.pick(rng, ["Campuchia", "Trung Quốc", "Đức", "Anh", "Mỹ", "Lào", "Thái Lan", "Nhật"])
    where = c.pick(rng, ["Cục Hải quan sân bay Tân Sơn Nhất", "Chi cục hải quan cửa khẩu Nội Bài", "bưu điện trung tâm", "Chi cục Hải quan cửa khẩu Lào Cai", "bộ phận khai thác bưu phẩm quốc tế"])
    item = c.pick(rng, ["12 thẻ ATM và 2 hộ chiếu giả", "ma túy tổng hợp", "tiền mặt không khai báo", "vũ khí thô sơ", "thuốc cấm", "đồ điện tử nhập lậu"])
    turns = [
        (0, f"{c.pick(rng, ['Alo', 'Dạ chào', 'Xin chào'])} {you} {name.split()[-1]} phải không ạ? Đây là {where}. Có một bưu kiện từ {origin} gửi về tên {you}, bên trong có {item}."),
        (1, c.pick(rng, ["Tôi không đặt gì hết.", "Tôi đang chờ hàng mỹ phẩm thôi mà.", "Chắc nhầm rồi.", "Hả, sao lại thế?"])),
        (0, c.pick(rng, [f"Vụ việc đã chuyển sang công an. Tôi chuyển máy cho điều tra viên để {you} khai báo, {you} không được cúp máy, cúp máy coi như bỏ trốn.",
                         f"{you.capitalize()} phải nộp thuế và phí chứng minh nguồn gốc {c.amount(rng, 3_000_000, 40_000_000)} trong hôm nay, không thì bị điều tra tội buôn lậu.",
                         f"Người gửi ghi rõ tên và CCCD của {you}. Để khỏi bị khởi tố {you} phải làm việc với Công an sân bay ngay, giữ máy."])),
    ]
    if rng.random() < 0.5:
        turns.append((1, c.pick(rng, ["Vâng, tôi giữ máy.", "Giờ tôi phải làm gì?", "Nộp ở đâu?"])))
        turns.append((0, c.pick(rng, [f"{you.capitalize()} đọc số căn cước và cho biết đang dùng tài khoản ngân hàng nào.",
                                      f"{you.capitalize()} chuyển khoản vào {c.account_number(rng)} {c.bank_name(rng)}, chụp biên lai gửi qua Zalo.",
                                      f"{you.capitalize()} kết bạn {_zalo(rng)} để nhận biên bản tạm giữ."])))
    return {"text": _render_call(rng, turns, title), "channel": "call"}


def _sim_crime_robocall(rng: random.Random) -> dict:
    you, title, name = _you(rng)
    telco = c.pick(rng, c.TELCOS)[0]
    opener = c.pick(rng, [f"Đây là tổng đài viên {telco}.", "Xin chào, đây là Cục Viễn thông.", "Thông báo từ Trung tâm giám sát viễn thông.",
                          "Đây là cuộc gọi tự động của Bộ Thông tin và Truyền thông."])
    claim = c.pick(rng, ["Số điện thoại thứ hai đăng ký bằng căn cước của quý khách đang phát tán tin nhắn lừa đảo.",
                         "Thuê bao của quý khách bị tố giác liên quan hành vi quấy rối, lừa đảo.",
                         "Số máy của quý khách được dùng để gửi tin nhắn rao bán ma túy.",
                         "Thông tin cá nhân của quý khách bị dùng để đăng ký nhiều sim rác."])
    lock = c.pick(rng, [f"Tất cả thuê bao của quý khách sẽ bị khóa sau {rng.randrange(1, 3)} giờ.", "Thuê bao sẽ bị cắt trong hôm nay.", ""])
    turns = [(0, c.join_stripped([opener, claim, lock])),
             (1, c.pick(rng, ["Tôi chỉ có một số này thôi mà.", "Thế giờ làm sao?", "Sao lại thế được?"])),
             (0, c.pick(rng, ["Quý khách cần trình báo với công an. Tôi hỗ trợ kết nối trực tiếp tới Đội An ninh mạng, vui lòng không tắt máy.",
                              f"Bấm phím {rng.randrange(0, 10)} để gặp cán bộ công an lập biên bản qua điện thoại.",
                              f"Vui lòng gọi {c.phone(rng)} gặp cán bộ điều tra để khai báo."]))]
    if rng.random() < 0.6:
        turns.append((0, f"(giọng khác) Tôi là {_officer(rng)}, {_police_unit(rng)}. " + c.pick(rng, [
            f"{you.capitalize()} đọc số căn cước và các tài khoản ngân hàng đang dùng.",
            f"{you.capitalize()} làm tờ khai điện tử qua đường link tôi gửi, điền thông tin thẻ để đối chiếu.",
            f"Thông tin của {you} còn dính tới tài khoản rửa tiền, {you} cần xác minh tài sản ngay."])))
    return {"text": _render_call(rng, turns, title), "channel": "call"}


def _scam_recovery_social(rng: random.Random) -> dict:
    unit = c.pick(rng, ["PHÒNG AN NINH MẠNG", "Cục A05 - Bộ Công an", "Công an mạng", "Cục Cảnh sát hình sự", "Đội thu hồi tài sản - Bộ Công an", "Bộ phận tiếp nhận tố giác tội phạm"])
    scams = c.pick(rng, ["sàn đầu tư", "làm nhiệm vụ online", "mua hàng online", "vay tiền qua app", "tiền ảo", "tình cảm qua mạng"])
    contact = c.pick(rng, [f"Zalo {c.phone(rng)}", f"t.me/{c.pick(rng, ['congan', 'anm', 'thuhoi', 'hotro'])}_{c.rand_token(rng, 4)}",
                           "inbox page", f"zalo.me/{c.phone(rng).replace(' ', '').replace('.', '')}", f"hotline {c.phone(rng)}"])
    style = rng.randrange(3)
    if style == 0:
        text = c.join_stripped([f"{unit} - HỖ TRỢ LẤY LẠI TIỀN BỊ LỪA ĐẢO.", f"Bạn bị lừa qua {scams}?",
                                c.pick(rng, ["Truy vết dòng tiền, thu hồi 80-100% trong 7 ngày.", "Đã hỗ trợ hơn 3.000 nạn nhân lấy lại tiền.", "Cán bộ chuyên trách làm việc 24/7."]),
                                c.pick(rng, ["Không thành công không thu phí.", "Chỉ thu phí hồ sơ nhỏ.", ""]), f"Liên hệ {contact}."])
    elif style == 1:
        who = c.person_name(rng).split()[-1]
        text = c.join_stripped([c.pick(rng, [f"Cảm ơn anh {who} bên {unit}", f"Mình cũng bị lừa {c.amount(rng, 20_000_000, 500_000_000)} qua {scams}, may nhờ anh {who} bên {unit}"]),
                                c.pick(rng, ["đã giúp lấy lại hết tiền.", "mà lấy lại được gần hết.", "xử lý rất nhanh."]),
                                c.pick(rng, ["Ai cần thì ib anh ấy nhé", "Ai đang gặp tình trạng như mình thì nhắn anh ấy", "Uy tín lắm mọi người"]), f"👉 {contact}"])
    else:
        text = c.join_stripped([c.pick(rng, ["Bị lừa tiền online?", "⚠️ Tiếp nhận hồ sơ nạn nhân lừa đảo trực tuyến.", "THU HỒI TÀI SẢN BỊ LỪA ĐẢO"]),
                                f"Liên hệ {unit}", contact + ".", c.pick(rng, ["Gửi thông tin + bill chuyển khoản để được xử lý ưu tiên.", "Không mất phí trước.", "Hồ sơ được bảo mật."])])
    return {"text": text, "channel": "social"}


def _police_summons_sms(rng: random.Random) -> dict:
    org = c.pick(rng, ["CÔNG AN TP", "Cơ quan CSĐT", "Công an huyện", "PC04 CA tỉnh", "BCA", "Công an phường", "VKSND", "Ban chuyên án"])
    case = c.pick(rng, CASES)
    core = c.pick(rng, [f"Ông/bà có liên quan vụ án {case} số {rng.randrange(10, 999)}/HS.",
                        f"Số thuê bao của bạn bị phát hiện liên lạc với đối tượng trong vụ {case}.",
                        f"Tài khoản ngân hàng của bạn bị nghi vấn liên quan {case}.",
                        f"Hồ sơ điều tra của bạn (mã {c.rand_token(rng, 6).upper()}) đã được tạo."])
    action = c.pick(rng, [f"Đề nghị liên hệ {_officer(rng)} {c.phone(rng)} trong ngày để làm rõ.",
                          f"Gọi ngay {c.phone(rng)} gặp cán bộ thụ lý.",
                          f"Tải ứng dụng để xem quyết định và khai báo: {c.scam_link(rng, c.pick(rng, ['bocongan', 'congan', 'bca']))}.",
                          f"Yêu cầu nộp {c.amount(rng, 50_000_000, 500_000_000)} vào TK tạm giữ {c.account_number(rng)} ({c.bank_name(rng)}) {c.deadline(rng)}."])
    threat = c.pick(rng, ["Quá thời hạn sẽ ban hành lệnh bắt.", "Không phản hồi sẽ triệu tập cưỡng chế.", "Tránh bị phong tỏa tài khoản và khởi tố.",
                          "Không hợp tác sẽ bị phát lệnh truy nã.", ""])
    return {"text": c.join_stripped([org + ":", core, action, threat]), "channel": "sms"}


def _ward_officer_data_chat(rng: random.Random) -> dict:
    you = c.pick(rng, ["anh", "chị", "bác", "cô", "chú"])
    me = "cháu" if you in ("bác", "cô", "chú") else "em"
    officer = c.pick(rng, [f"{c.pick(rng, RANKS)} {c.person_name(rng)}, cảnh sát khu vực", "cán bộ công an phường", "công an xã", "công an khu vực mới về phụ trách tổ dân phố"])
    reason = c.pick(rng, ["phường đang rà soát những hộ có người lạ đến ở mà chưa khai báo lưu trú",
                          "bên " + me + " nhận được công văn về việc người nhà " + you + " ở nước ngoài đang bị điều tra",
                          "đang có đợt rà soát tài khoản ngân hàng của người cao tuổi để phòng lừa đảo",
                          "phường cấp giấy xác nhận an ninh trật tự cho hộ kinh doanh",
                          "nhà " + you + " có đơn phản ánh liên quan một vụ trộm cắp"])
    ask = c.pick(rng, [f"{you.capitalize()} gửi {me} ảnh CCCD hai mặt của các thành viên trong nhà",
                       f"{you.capitalize()} gửi {me} số tài khoản và ảnh thẻ ATM hai mặt",
                       f"{you.capitalize()} đọc giúp {me} mã 6 số vừa gửi về máy",
                       f"{you.capitalize()} điền form này, ghi rõ số tài khoản và ảnh chụp mặt: {c.lookalike_url(rng, 'conganphuong')}",
                       f"{you.capitalize()} cài phần mềm quản lý lưu trú theo link {me} gửi, {me} hướng dẫn từ xa"])
    tail = c.pick(rng, [".", " nhé.", f" nhé {you}.", f", hạn chót {c.deadline(rng)}.", ", không làm sẽ bị phạt " + c.amount(rng, 1_000_000, 10_000_000) + "."])
    greet = c.pick(rng, ["Chào", "Dạ chào", me.capitalize() + " chào"])
    text = f"{greet} {you}, {me} là {officer}. Hiện {reason}. {ask}{tail}"
    if rng.random() < 0.3:
        text += " " + c.pick(rng, [f"{you.capitalize()} gửi qua Zalo này là được, không cần lên phường.", "Việc này bắt buộc theo chỉ đạo của cấp trên ạ.",
                                   f"{me.capitalize()} cảm ơn {you}."])
    return {"text": text, "channel": "chat"}


FAMILIES = [
    ("police_case_call", _police_case_call),
    ("safe_account_chat", _safe_account_chat),
    ("traffic_fine_sms", _traffic_fine_sms),
    ("traffic_fine_call", _traffic_fine_call),
    ("tax_sms", _tax_sms),
    ("tax_household_call", _tax_household_call),
    ("court_summons_sms", _court_summons_sms),
    ("procuracy_warrant_chat", _procuracy_warrant_chat),
    ("police_app_install_chat", _police_app_install_chat),
    ("customs_parcel_call", _customs_parcel_call),
    ("sim_crime_robocall", _sim_crime_robocall),
    ("scam_recovery_social", _scam_recovery_social),
    ("police_summons_sms", _police_summons_sms),
    ("ward_officer_data_chat", _ward_officer_data_chat),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_records(rng, n, LABEL, FAMILIES)

"""Generator for `travel_study_labor`: cheap tours, tickets, rooms and visas
sold for a deposit; study-abroad "scholarships" with fees; labour export with
high salaries and deposits; "easy office jobs" that lure people over the
border to scam compounds and casinos.

Families are different stories (an ad, a follow-up fee, an inside slot, a
border pick-up...), not one story per destination country. Text is written
with diacritics; the corpus build strips/obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "travel_study_labor"


# ---------------------------------------------------------------- helpers
_ACCOUNT_LAST = "tk {num} {bank}"  # wording of the shortest account shape (c.account_details)


def _handle(rng: random.Random, bases=("tuyendung", "xkld", "hr", "vieclam", "job", "hotro")) -> str:
    base = c.pick(rng, bases)
    tail = c.pick(rng, ["vn", "247", "_official", "pro", "vip", "2026", "_kh", ""])
    return f"{base}{tail}{rng.randrange(1, 99) if rng.random() < 0.4 else ''}"


def _contact(rng: random.Random, bases=("tuyendung", "xkld", "hr", "vieclam", "job", "hotro"), bare: bool = False) -> str:
    ph = c.phone(rng)
    shape = c.pick(rng, [0, 1, 3, 6, 7]) if bare else rng.randrange(7)
    if shape == 7:
        return ph
    if shape == 0:
        return f"Zalo {ph}"
    if shape == 1:
        return c.zalo_me(ph)
    if shape == 2:
        return f"Hotline/Zalo: {ph}"
    if shape == 3:
        return f"Telegram @{_handle(rng, bases)}"
    if shape == 4:
        return f"LH {ph}"
    if shape == 5:
        return f"Liên hệ {c.pick(rng, ['thầy', 'cô', 'anh', 'chị', 'Mr', 'Ms'])} {c.person_name(rng, full=False)}: {ph}"
    return f"t.me/{_handle(rng, bases)}"


_EMOJI = ("🔥", "✈️", "🌴", "⚡", "🎉", "‼️", "👉", "✅", "💯", "🌏")


# ---------------------------------------------------------------- fillers
TRAVEL_HANDLES = ("tour", "travel", "dulich", "booking", "vemaybay", "phongve")
STUDY_HANDLES = ("visa", "duhoc", "tuvan", "hocbong", "study")
LURE_HANDLES = ("tuyendung", "hr", "job", "vieclam", "cskh", "kh_job")
AGENCIES = ["Du lịch Sao Việt", "Lữ hành Hoàng Gia", "Ánh Dương Travel", "Biển Xanh Tour", "Sen Vàng Travel",
            "Tour Giá Rẻ 24h", "Phương Nam Travel", "Việt Hành", "Global Trip", "Mây Trắng Tour"]
# (destination, duration, scam price range in VND)
TOURS = [("Thái Lan", "5N4Đ", 2_500_000, 4_500_000), ("Hàn Quốc mùa hoa anh đào", "5N4Đ", 5_500_000, 8_900_000),
         ("Nhật Bản mùa lá đỏ", "6N5Đ", 11_000_000, 16_000_000), ("Singapore – Malaysia", "5N4Đ", 4_000_000, 6_500_000),
         ("Bali", "4N3Đ", 3_000_000, 5_000_000), ("Phú Quốc", "3N2Đ", 1_200_000, 2_500_000),
         ("Đà Nẵng – Hội An", "4N3Đ", 1_300_000, 2_800_000), ("Trương Gia Giới", "6N5Đ", 3_900_000, 6_000_000),
         ("Châu Âu 5 nước", "9N8Đ", 18_000_000, 29_000_000), ("Dubai", "6N5Đ", 9_000_000, 14_000_000),
         ("Nha Trang", "3N2Đ", 900_000, 1_900_000), ("Đài Loan", "5N4Đ", 5_000_000, 8_000_000),
         ("Úc", "7N6Đ", 15_000_000, 24_000_000), ("Quy Nhơn – Kỳ Co", "3N2Đ", 1_000_000, 2_000_000)]
TOUR_PERKS = ["bao vé máy bay khứ hồi", "khách sạn 4 sao", "ăn uống theo chương trình", "vé tham quan",
              "resort có hồ bơi", "HDV suốt tuyến", "bảo hiểm du lịch", "xe đưa đón sân bay"]
VISA_PERKS = ["bao visa", "bao đậu visa 100%", "không cần chứng minh tài chính"]
DOMESTIC = {"Phú Quốc", "Đà Nẵng – Hội An", "Nha Trang", "Quy Nhơn – Kỳ Co"}
AIRLINES = ["Vietnam Airlines", "Vietjet", "Bamboo Airways", "Vietravel Airlines"]
ROUTES = [("Hà Nội", "TP.HCM"), ("TP.HCM", "Hà Nội"), ("Hà Nội", "Đà Nẵng"), ("TP.HCM", "Vinh"), ("Hà Nội", "Phú Quốc"),
          ("Hà Nội", "Seoul"), ("TP.HCM", "Tokyo"), ("Hà Nội", "Đài Bắc"), ("TP.HCM", "Sydney"), ("Hải Phòng", "TP.HCM"),
          ("TP.HCM", "Thanh Hóa"), ("Đà Nẵng", "Hà Nội")]
TICKET_FEES = ["phí sửa tên trên vé", "bảo hiểm chuyến bay bắt buộc", "phí nâng cấp vé lẻ", "phí xuất vé gấp",
               "phí hành lý ký gửi", "phí chuyển khoản sai cú pháp"]
STAYS = ["villa view đồi thông ở Đà Lạt", "homestay ở Sa Pa", "resort 5 sao Phú Quốc", "phòng hướng biển Nha Trang",
         "villa nguyên căn Vũng Tàu", "khách sạn gần biển Mỹ Khê", "bungalow ở Hội An", "căn hộ Hạ Long view vịnh",
         "resort Hồ Tràm", "homestay Tam Đảo"]
VISA_COUNTRIES = ["Mỹ", "Úc", "Canada", "Schengen", "Nhật", "Hàn Quốc", "Anh", "New Zealand", "Đài Loan"]
VISA_PROMISES = ["bao đậu 100%", "không cần chứng minh tài chính", "không cần phỏng vấn", "không cần sao kê",
                 "có người quen trong lãnh sự", "trượt hoàn 100% phí", "7 ngày có kết quả", "hồ sơ xấu vẫn đậu"]
VISA_EXTRA = ["phí ký quỹ bảo lãnh tài chính", "phí hợp pháp hóa lãnh sự", "phí hỗ trợ phỏng vấn",
              "phí bảo hiểm du lịch và đặt phòng", "phí làm sổ tiết kiệm", "phí xác nhận công việc"]
STUDY_COUNTRIES = ["Úc", "Canada", "Mỹ", "Anh", "Nhật", "Hàn Quốc", "Đức", "Hungary", "Đài Loan", "Phần Lan", "New Zealand"]
STUDY_FEES = ["phí giữ suất học bổng", "phí xét tuyển và dịch thuật", "phí mở hồ sơ xin thư mời", "phí đặt cọc học phí",
              "phí thẩm định năng lực", "phí ký túc xá năm đầu", "lệ phí xét hồ sơ"]
WORK_STUDY = [("du học nghề Đức", "điều dưỡng", "25-30 triệu"), ("du học Hàn hệ tiếng", "vừa học vừa làm", "30-40 triệu"),
              ("du học Nhật vừa học vừa làm", "làm thêm", "25-35 triệu"), ("du học Đài Loan hệ 1+4", "làm thêm", "20 triệu"),
              ("du học nghề Úc", "nấu ăn", "40-60 triệu"), ("du học Phần Lan miễn học phí", "làm thêm", "30 triệu")]
# (country, salary phrase, fee range phrase)
LABOR_COUNTRIES = [("Nhật", ["180.000 yên (~32 triệu)", "35-40 triệu", "lương cơ bản 30 triệu"], ["95 triệu", "110 triệu", "60 triệu"]),
                   ("Hàn Quốc", ["2.100.000 won (~38 triệu)", "40-45 triệu", "50 triệu"], ["8.000 USD", "150 triệu", "230 triệu"]),
                   ("Đài Loan", ["27.470 Đài tệ + tăng ca", "25-30 triệu", "32 triệu"], ["3.500 USD", "70 triệu", "80 triệu"]),
                   ("Ba Lan", ["1.200-1.500 EUR", "35-45 triệu"], ["9.000 EUR", "200 triệu"]),
                   ("Romania", ["1.000-1.300 EUR", "30-40 triệu"], ["7.000 EUR", "180 triệu"]),
                   ("Đức", ["2.500 EUR", "60-70 triệu"], ["12.000 EUR", "300 triệu"]),
                   ("Hungary", ["1.500 EUR", "40 triệu"], ["8.500 EUR", "220 triệu"]),
                   ("Séc", ["45-60 triệu", "1.800 EUR"], ["230 triệu", "9.000 EUR"]),
                   ("Úc", ["70-90 triệu", "4.000 AUD"], ["25.000 AUD", "350 triệu"]),
                   ("Canada", ["3.000 CAD", "60-80 triệu"], ["25.000 CAD", "400 triệu"]),
                   ("Croatia", ["1.200 EUR", "35 triệu"], ["7.500 EUR", "190 triệu"])]
LABOR_JOBS = ["đóng gói thực phẩm", "xây dựng", "lắp ráp điện tử", "nông nghiệp", "may mặc", "chế biến thủy sản", "cơ khí",
              "điều dưỡng", "lái xe", "đầu bếp", "chăm sóc người già", "nhà máy nhựa", "hái trái cây", "thợ hàn"]
LABOR_FEES = ["phí giữ đơn", "phí khám sức khỏe", "phí đào tạo tiếng", "phí xin tư cách lưu trú", "phí chứng minh tài chính",
              "phí xin giấy phép lao động", "phí đổi đơn", "phí phỏng vấn online với xí nghiệp", "phí xuất cảnh và vé máy bay",
              "phí xác thực bằng cấp"]
LURE_PLACES = ["Campuchia", "Bavet", "Sihanoukville", "Phnom Penh", "Poipet", "Myanmar", "Lào", "Dubai", "Philippines"]
LURE_JOBS = ["nhân viên CSKH", "nhập liệu", "telesale", "lễ tân", "dealer", "kế toán nội bộ", "chạy quảng cáo online",
             "phiên dịch", "trực chat", "nhân viên văn phòng", "sale online"]
BORDERS = ["Mộc Bài", "Tây Ninh", "An Giang", "Xa Mát", "Hà Tiên", "Lộc Ninh"]
SHIPS = ["tàu du lịch quốc tế", "du thuyền 5 sao", "tàu hàng đi Trung Đông", "tàu cá Đài Loan", "tàu container"]
SHIP_JOBS = ["phục vụ nhà hàng", "buồng phòng", "phụ bếp", "thợ máy", "thủy thủ", "bartender"]


def _you(rng: random.Random):
    return c.pick(rng, [("anh", "em"), ("chị", "em"), ("bạn", "mình"), ("em", "anh"), ("em", "chị"), ("cô", "cháu"),
                        ("chú", "cháu")])


def _you_service(rng: random.Random):
    return c.pick(rng, [("anh", "em"), ("chị", "em"), ("bạn", "mình"), ("quý khách", "em"), ("anh", "em"), ("chị", "em")])


# ---------------------------------------------------------------- families
def _tour_deal_post(rng):
    dest, dur, lo, hi = c.pick(rng, TOURS)
    price_v = rng.randrange(lo // 10_000, hi // 10_000) * 10_000
    price = c.amount_of(rng, price_v)
    pool = TOUR_PERKS if dest in DOMESTIC else TOUR_PERKS + VISA_PERKS * 2
    perks = rng.sample(pool, rng.randrange(1, 4))
    dep = c.amount_of(rng, price_v * rng.choice([20, 30, 50]) // 100)
    seats = rng.randrange(2, 15)
    agency = c.pick(rng, AGENCIES)
    ch = c.pick(rng, ["social", "social", "social", "sms"])
    if ch == "social":
        head = c.maybe_upper(rng, c.pick(rng, [f"TOUR {dest} {dur} CHỈ {price}", f"Flash sale tour {dest} {dur} chỉ {price}",
                                               f"Kích cầu du lịch: {dest} {dur} giá {price}", f"Tour {dest} {dur} giá sốc {price}"]), 0.4)
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, _EMOJI, 0.6), head, c.maybe_pick(rng, _EMOJI, 0.35)]),
            c.join_nonempty([", ".join(perks) + ".", c.maybe(rng, f"Giá thị trường {c.amount_of(rng, price_v * rng.randrange(2, 4))}.", 0.5)]),
            c.pick(rng, [f"Chỉ còn {seats} chỗ cuối!", f"Còn {seats} slot.", "Số lượng có hạn.", f"Nhóm còn thiếu {seats} người để đủ đoàn."]),
            c.pick(rng, [f"Đặt cọc {dep}/khách giữ chỗ.", f"Cọc {dep} giữ chỗ, thanh toán hết trước ngày bay 10 ngày.",
                         "Chỉ nhận cọc chuyển khoản, không nhận giữ chỗ miệng."]),
            c.pick(rng, ["Inbox ngay để nhận lịch trình!", _contact(rng, TRAVEL_HANDLES), f"Đặt tại {c.lookalike_url(rng, 'tour')}"]),
        ])
    else:
        text = c.join_nonempty([f"[{agency}]" if rng.random() < 0.5 else f"{agency}:", f"Tour {dest} {dur} chỉ {price}, {perks[0]}.",
                                f"Giữ chỗ bằng cọc {dep} {c.deadline(rng)}.", c.pick(rng, [_contact(rng, TRAVEL_HANDLES), f"Chi tiết: {c.lookalike_url(rng, 'dulich')}"])])
    return ch, text


def _tour_followup(rng):
    dest, dur, lo, hi = c.pick(rng, TOURS)
    you, me = _you_service(rng)
    agency = c.pick(rng, AGENCIES)
    amt = c.amount(rng, 800_000, 6_000_000)
    story = c.pick(rng, [
        f"đoàn bị thiếu khách nên công ty dời ngày đi, {you} đóng thêm {amt} phí đổi vé là được đi đợt sau",
        f"giá vé máy bay lên rồi, {you} bù thêm {amt} để {me} xuất vé",
        f"{you} chuyển nốt 70% còn lại {c.deadline(rng)} để {me} xuất vé máy bay",
        f"tour dịp lễ có phụ thu {amt}, {you} chuyển luôn để {me} chốt phòng",
        f"visa đoàn cần ký quỹ {amt}/khách, về nước hoàn lại",
        f"{you} chuyển sai nội dung nên hệ thống chưa nhận, chuyển lại {amt} đúng cú pháp, khoản cũ kế toán hoàn sau",
    ])
    refuse = c.pick(rng, [f"Hủy thì cọc không hoàn {you} ơi, hợp đồng ghi rõ rồi.", "Không chuyển thì mất chỗ, cọc không hoàn.",
                          "Văn phòng đang sửa chữa nên mọi thủ tục làm online hết.", ""])
    ch = c.pick(rng, ["chat", "chat", "call"])
    if ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"Dạ {me} bên {agency} ạ.", f"Chào {you}, mã đặt tour của {you} là {c.rand_token(rng, 2).upper()}-{rng.randrange(1000, 9999)}.",
                                             f"{you} ơi tour {dest} của {you} có thay đổi."]),
                                story + ".", refuse], c.pick(rng, [" ", "\n"]))
    else:
        text = c.call_transcript(rng, [
            f"Dạ {me} chào {you}, {me} là {c.person_name(rng, full=False)} bên {agency}, {you} có quan tâm tour {dest} phải không ạ?",
            c.pick(rng, ["À đúng rồi, giá bao nhiêu vậy?", f"Ừ, tour {dest} có gì không {me}?"]),
            f"Dạ bên {me} đang kích cầu, tour {dur} chỉ {c.amount(rng, lo, hi)}, bình thường gấp đôi. Chương trình chỉ áp dụng cho khách cọc trong hôm nay.",
            "Cọc bao nhiêu?",
            f"Dạ {c.amount(rng, 1_000_000, 5_000_000)} một người. {you} chuyển vào tài khoản kế toán, {me} gửi hợp đồng điện tử qua Zalo. {refuse}",
            c.maybe(rng, "Để bàn với nhà đã.", 0.6),
            c.maybe(rng, f"Dạ {you} quyết nhanh giúp {me}, còn có {rng.randrange(2, 5)} suất thôi.", 0.9),
        ], ("NV tour", "Khách"))
    return ch, text


def _flight(rng):
    a, b = c.pick(rng, ROUTES)
    airline = c.pick(rng, AIRLINES)
    price_v = rng.randrange(45, 700) * 10_000
    price = c.amount_of(rng, price_v)
    fee = c.pick(rng, TICKET_FEES)
    you, me = _you_service(rng)
    mins = rng.choice([10, 15, 20, 30])
    code = c.rand_token(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    ch = c.pick(rng, ["chat", "chat", "social", "sms", "call"])
    if ch == "chat":
        if rng.random() < 0.55:
            text = c.join_nonempty([f"{me} giữ chỗ cho {you} chuyến {a} – {b} {c.pick(rng, ['ngày 28 Tết', 'ngày ' + c.date(rng)[:5], 'tối mai', 'sáng thứ 7'])} rồi, giá {price}/vé.",
                                    f"{you} chuyển khoản trong {mins} phút để {me} xuất vé, quá thời gian hệ thống tự hủy.",
                                    c.maybe(rng, c.account_details(rng, _ACCOUNT_LAST), 0.6), c.maybe(rng, f"Giá ngoài web hãng đang {c.amount_of(rng, price_v * rng.randrange(2, 4))}.", 0.5)])
        else:
            text = c.join_nonempty([f"Vé của {you} xuất rồi, mã đặt chỗ {code}.", f"Nhưng {airline} yêu cầu {fee} {c.amount(rng, 200_000, 1_500_000)},",
                                    f"{you} chuyển bổ sung để vé có hiệu lực, không là bị hủy trước giờ bay.",
                                    c.maybe(rng, "Mã chưa hiện trên web hãng là do vé đoàn, 48h mới hiện.", 0.4)])
    elif ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, c.pick(rng, ["Săn vé máy bay giá rẻ Tết", "Vé máy bay giá gốc", "Pass gấp vé máy bay", "Đại lý cấp 1 xuất vé nhanh 24/7"]), 0.4),
            f"{a} – {b} chỉ {price}.",
            c.pick(rng, ["Xuất vé trong 30 phút sau khi chuyển khoản.", "Gửi ảnh hộ chiếu + chuyển khoản giữ chỗ 50%.",
                         "Tên vé đổi được, chuyển khoản trước mình làm thủ tục đổi tên."]),
            _contact(rng, TRAVEL_HANDLES),
        ])
    elif ch == "sms":
        text = c.join_nonempty([f"Phòng vé {airline}:" if rng.random() < 0.5 else "Vé máy bay Tết giá gốc:",
                                f"{a}-{b} từ {price}, số lượng có hạn.", c.pick(rng, [f"Đặt qua {_contact(rng, TRAVEL_HANDLES, bare=True)}", f"Đặt tại {c.lookalike_url(rng, 'vemaybay')}"]),
                                "thanh toán chuyển khoản giữ vé."])
    else:
        text = c.call_transcript(rng, [
            f"Dạ {me} chào {you}, {me} là nhân viên phòng vé, {you} vừa đặt vé {a} – {b} qua fanpage phải không ạ?",
            "Ừ đúng rồi.",
        ] + list(c.pick(rng, [
            (f"Dạ {you} chuyển rồi nhưng hệ thống chưa nhận vì sai nội dung. {you} chuyển lại {price} đúng cú pháp, khoản trước kế toán hoàn sau 24 tiếng.",
             "Sao lại phải chuyển 2 lần?",
             f"Dạ quy định của hãng, không chuyển trong {mins} phút nữa là mất chỗ, giá vé giờ lên gấp đôi rồi."),
            (f"Dạ còn ghế giá {price}, {me} giữ rồi. {you} chuyển vào tài khoản đại lý {me} đọc sau đây, hệ thống chỉ giữ {mins} phút.",
             "Sao không thanh toán trên web hãng được?",
             f"Dạ dịp này web quá tải, qua đại lý nhanh hơn. Chuyển xong {me} gửi vé điện tử qua email liền."),
        ])), ("Phòng vé", "Khách"))
    return ch, text


def _stay(rng):
    stay = c.pick(rng, STAYS)
    price = c.amount(rng, 600_000, 3_500_000)
    you, me = _you_service(rng)
    occasion = c.pick(rng, ["dịp lễ 30/4", "cuối tuần này", "Tết", "mùa hè", "lễ 2/9", "đêm Giáng sinh"])
    ch = c.pick(rng, ["social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, ("🏡", "🌊", "🌲", "✨"), 0.6), f"{stay[0].upper()}{stay[1:]}", f"giá chỉ {price}/đêm {occasion}",
                             c.maybe(rng, f"(giá thường {c.amount(rng, 4_000_000, 9_000_000)})", 0.6)]),
            c.pick(rng, ["Chỉ nhận cọc 50% qua chuyển khoản để giữ phòng.", "Khách chuyển cọc 100% để giữ lịch, không hoàn hủy.",
                         f"Pass lại do mình bận, chuyển khoản mình gửi mã đặt phòng, {you} gọi lễ tân check tên."]),
            c.pick(rng, ["Lịch gần kín, ib ngay!", _contact(rng, TRAVEL_HANDLES)]),
        ])
    elif ch == "chat":
        if rng.random() < 0.5:
            text = c.join_nonempty([f"Dạ bên {me} còn {stay} {occasion} ạ, giá ưu đãi {price}.",
                                    f"{you} chuyển khoản cọc {c.pick(rng, ['100%', '50%', 'trước 1 đêm'])} để {me} giữ phòng, dịp này không nhận giữ khi chưa thanh toán.",
                                    c.maybe(rng, c.account_details(rng, _ACCOUNT_LAST), 0.5)])
        else:
            text = c.join_nonempty([f"Bên {me} nhận được cọc rồi ạ.",
                                    f"Nhưng {occasion} phải đóng thêm {c.pick(rng, ['phụ thu lễ', 'tiền đảm bảo tài sản', 'phí dọn phòng'])} {c.amount(rng, 500_000, 3_000_000)},",
                                    f"hoàn lại khi trả phòng. {you} chuyển {c.deadline(rng)} giúp {me}, không là phòng chuyển cho khách khác."])
    elif ch == "sms":
        text = c.join_nonempty([f"{stay[0].upper()}{stay[1:]} giảm {rng.choice([40, 50, 60, 70])}% {occasion}: chỉ {price}/đêm.",
                                "Đặt qua", _contact(rng, TRAVEL_HANDLES, bare=True) + ",", "thanh toán trước 100% nhận giá ưu đãi."])
    else:
        text = c.call_transcript(rng, [
            f"Alo {me} bên {stay}, {you} đặt phòng cho {rng.randrange(2, 10)} người {occasion} phải không ạ?",
            "Ừ đúng rồi.",
            f"Dạ {occasion} phòng cháy lắm, {you} phải cọc {price} thì {me} mới giữ được. Chuyển trong 30 phút giúp {me}, có khách khác đang hỏi.",
            "Tới nơi trả được không?",
            f"Dạ không được, quy định dịp lễ là vậy. Chuyển xong {me} gửi xác nhận qua Zalo.",
        ], ("Lễ tân", "Khách"))
    return ch, text


def _visa(rng):
    country = c.pick(rng, VISA_COUNTRIES)
    promises = rng.sample(VISA_PROMISES, rng.randrange(2, 4))
    total = c.amount(rng, 8_000_000, 60_000_000)
    dep = c.amount(rng, 2_000_000, 15_000_000)
    extra = c.pick(rng, VISA_EXTRA)
    you, me = _you_service(rng)
    ch = c.pick(rng, ["social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, f"Dịch vụ visa {country} " + promises[0], 0.5),
            "\n".join("✔️ " + pr for pr in promises[1:]) if rng.random() < 0.5 else ", ".join(promises[1:]).capitalize() + ".",
            f"Phí trọn gói {total}, đặt cọc {dep} khi nộp hồ sơ.",
            c.pick(rng, ["Liên hệ để được tư vấn miễn phí!", _contact(rng, STUDY_HANDLES)]),
        ])
    elif ch == "chat":
        if rng.random() < 0.5:
            text = c.join_nonempty([f"Hồ sơ của {you} bên {me} xem rồi, đủ điều kiện đi {country}.",
                                    f"Phí {total}, {you} cọc trước {dep} để {me} {c.pick(rng, ['làm sổ tiết kiệm và xác nhận công việc', 'đặt lịch nộp hồ sơ', 'nộp luôn'])}.",
                                    c.pick(rng, promises).capitalize() + "."])
        else:
            text = c.join_nonempty([f"Hồ sơ visa {country} của {you} đã qua vòng xét duyệt sơ bộ.",
                                    f"Để nhận kết quả {you} cần đóng {extra} {c.amount(rng, 3_000_000, 30_000_000)},",
                                    c.pick(rng, ["khoản này được hoàn khi về nước.", "trễ là lỡ lịch phỏng vấn, phí cũ không hoàn.", "trong hôm nay phải có để kịp nộp."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Hỗ trợ visa {country}, {promises[0]},", "có visa mới thanh toán.", f"Chỉ cần cọc {dep} phí hồ sơ.", _contact(rng, STUDY_HANDLES)])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} ạ, {me} bên trung tâm tư vấn visa mà {you} hỏi visa {country} đó.",
            "À, kết quả sao rồi?",
            f"Dạ hồ sơ đã được duyệt sơ bộ rồi. Giờ {you} cần đóng {extra} {c.amount(rng, 5_000_000, 40_000_000)} để được cấp visa.",
            f"Trước nói trọn gói {total} rồi mà?",
            f"Dạ đó là phí dịch vụ, khoản này lãnh sự yêu cầu thêm. {you} chuyển {c.deadline(rng)}, lỡ lịch là chờ thêm 3 tháng.",
        ], ("Tư vấn viên", "Khách"))
    return ch, text


def _scholarship(rng):
    country = c.pick(rng, STUDY_COUNTRIES)
    pct = c.pick(rng, ["100%", "toàn phần", "70%", "50-100%", "100% học phí + sinh hoạt phí"])
    fee_name = c.pick(rng, STUDY_FEES)
    fee = c.amount(rng, 3_000_000, 40_000_000)
    you, me = c.pick(rng, [("em", "anh"), ("em", "chị"), ("bạn", "mình"), ("bạn", "chúng tôi")])
    parent = c.pick(rng, ["chị", "anh", "cô", "chú"])
    caller = c.pick(rng, ["em", "cháu"]) if parent in ("cô", "chú") else "em"
    cond = c.pick(rng, ["không cần IELTS", "chỉ cần GPA 7.0", "không cần SAT", "chỉ cần tốt nghiệp THPT", "không cần chứng minh tài chính"])
    ch = c.pick(rng, ["social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, ("🎓", "📚", "🌏"), 0.7), c.maybe_upper(rng, f"Học bổng du học {country} {pct}", 0.5)]),
            f"{cond[0].upper()}{cond[1:]}. Số suất còn lại: {rng.randrange(3, 20)}.",
            f"{fee_name[0].upper()}{fee_name[1:]} {fee} {c.pick(rng, ['(hoàn lại khi có visa)', '(trừ vào học phí)', ''])}.",
            c.pick(rng, [f"Đăng ký ngay {c.deadline(rng)}!", _contact(rng, STUDY_HANDLES), "Inbox page để được tư vấn 1-1."]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"Chúc mừng {you} đã được chọn vào danh sách nhận học bổng {pct} của một trường ở {country}.",
                                             f"Thư mời nhập học của trường bên {country} đã về rồi nhé.",
                                             f"Học bổng này do quỹ giáo dục {country} tài trợ, {you} chỉ phải đóng phí hồ sơ thôi."]),
                                f"{you} cần đóng {fee_name} {fee} {c.deadline(rng)}",
                                c.pick(rng, ["qua tài khoản đại diện của trường tại VN.", "vào tài khoản mình gửi.", "để trường cấp giấy tờ làm visa."]),
                                c.pick(rng, ["Quá hạn suất sẽ chuyển cho ứng viên khác.", "Chương trình không công bố công khai, đừng chia sẻ nhiều.", ""])])
    elif ch == "sms":
        text = c.join_nonempty([f"Thông báo: bạn đã trúng tuyển chương trình học bổng du học {country} 2026.",
                                f"Vui lòng nộp {fee_name} {fee} {c.deadline(rng)} tại {c.lookalike_url(rng, 'hocbong')} để xác nhận suất học."])
    else:
        text = c.call_transcript(rng, [
            f"Dạ {caller} chào {parent}, {caller} gọi từ trung tâm tư vấn du học. Con {parent} vừa đăng ký thi học bổng trên trang bên {caller} đúng không ạ?",
            "Ừ đúng rồi, cháu có đăng ký.",
            f"Dạ chúc mừng, bạn đạt học bổng {pct} của một trường ở {country}. Để giữ học bổng gia đình cần đóng {fee_name} {fee}.",
            "Lên văn phòng nộp được không?",
            f"Dạ văn phòng ở Hà Nội ạ, nhưng để kịp hạn với trường thì {parent} chuyển khoản trước trong tuần này, {caller} gửi giấy báo học bổng có dấu của trường qua Zalo.",
        ], ("Tư vấn viên", "Phụ huynh"))
    return ch, text


def _work_study(rng):
    prog, work, income = c.pick(rng, WORK_STUDY)
    total = c.amount(rng, 80_000_000, 300_000_000)
    dep = c.amount(rng, 20_000_000, 60_000_000)
    you, me = c.pick(rng, [("anh chị", "trung tâm"), ("em", "chị"), ("phụ huynh", "bên em"), ("bạn", "mình"), ("cô chú", "cháu")])
    ch = c.pick(rng, ["social", "social", "chat", "call"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, f"{prog} – {work}, thu nhập {income}/tháng", 0.5),
            c.pick(rng, ["Không cần ngoại ngữ trước, học tại trung tâm.", "Bao visa, bao việc làm thêm.", "Không cần chứng minh tài chính."]),
            f"Chi phí trọn gói {total}, cọc {dep} giữ chỗ {c.pick(rng, ['kỳ tháng 9', 'khóa tháng 10', 'đợt gần nhất'])}.",
            c.pick(rng, [f"Chỉ còn {rng.randrange(3, 10)} suất.", _contact(rng, STUDY_HANDLES)]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([f"Chào {you}, con của {you} đủ điều kiện {prog}, {work}, thu nhập {income}/tháng.",
                                f"Chi phí trọn gói {total}, đặt cọc {dep} để giữ chỗ.",
                                c.pick(rng, ["Kỳ này chỉ còn vài suất.", "Qua đó làm thêm 1 năm là trả hết nợ.", "Gia đình khó khăn thì bên em giới thiệu vay ngân hàng."])])
    else:
        text = c.call_transcript(rng, [
            f"Alo, {me} bên trung tâm du học, {you} quan tâm chương trình {prog} phải không ạ?",
            "Ừ, chi phí thế nào?",
            f"Dạ trọn gói {total}, qua đó vừa học vừa làm thu nhập {income}, chỉ 1 năm là hoàn vốn. Đợt này {you} cọc {dep} là giữ chỗ.",
            "Có phải thi tiếng không?",
            f"Dạ không cần, bên {me} lo hết. {you} chuyển cọc trong tuần này cho kịp khóa, hết suất là phải đợi năm sau.",
        ])
    return ch, text


def _labor_post(rng):
    country, salaries, fees = c.pick(rng, LABOR_COUNTRIES)
    job = c.pick(rng, LABOR_JOBS)
    n = rng.randrange(5, 60)
    sal, fee = c.pick(rng, salaries), c.pick(rng, fees)
    dep = c.amount(rng, 5_000_000, 50_000_000)
    perks = rng.sample(["không cần tiếng", "không cần kinh nghiệm", "bay nhanh sau 2 tháng", "bao ăn ở", "tăng ca thoải mái",
                        "đi cả vợ chồng", "không cần thi", "hợp đồng 3 năm", "visa lao động 2 năm"], 2)
    gender = c.pick(rng, ["nam/nữ", "nam", "nữ", "nam nữ 18-40 tuổi"])
    ch = c.pick(rng, ["social", "social", "social", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, ("🇯🇵", "🇰🇷", "🇪🇺", "🔥", "📢"), 0.5), c.maybe_upper(rng, f"Tuyển gấp {n} {gender} đi {country} đơn {job}", 0.5)]),
            f"Lương {sal}, {', '.join(perks)}.",
            f"Chi phí {fee}, đặt cọc {dep} {c.pick(rng, ['giữ đơn', 'khi nhận hồ sơ', 'khi ký hợp đồng'])}.",
            c.pick(rng, ["Hạn chót nhận hồ sơ cuối tháng này!", "Ai quan tâm cmt SĐT!", _contact(rng), "Không qua trung gian nên chi phí thấp."]),
        ])
    else:
        text = c.join_nonempty([c.pick(rng, ["Công ty XKLĐ tuyển", "Tuyển gấp", "Đăng ký đi"]), f"{country} đơn {job}, lương {sal}, {perks[0]}.",
                                f"Cọc giữ suất {dep}.", _contact(rng)])
    return ch, text


def _labor_selected(rng):
    country, salaries, fees = c.pick(rng, LABOR_COUNTRIES)
    job = c.pick(rng, LABOR_JOBS)
    fee_name, fee2 = rng.sample(LABOR_FEES, 2)
    amt = c.amount(rng, 5_000_000, 80_000_000)
    you, me = _you(rng)
    ch = c.pick(rng, ["chat", "chat", "call", "call", "sms"])
    if ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"Chào {you}, hồ sơ đi {country} của {you} đã được xí nghiệp chấp nhận.",
                                             f"{you} ơi chủ sử dụng bên {country} chọn {you} rồi.",
                                             f"Visa {country} của {you} sắp ra rồi nhé."]),
                                f"{you} cần đóng {fee_name} {amt} {c.deadline(rng)}.",
                                c.pick(rng, ["Nếu trễ thì họ chọn người khác và tiền cọc trước không hoàn được.",
                                             "Khoản này công ty hoàn lại bằng lương tháng đầu.",
                                             "Chuyển vào tài khoản giám đốc vì tài khoản công ty đang đổi tên.",
                                             f"Khoản cọc trước đó là {fee2}, còn khoản này là bắt buộc."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Cty XKLĐ thông báo: hồ sơ của bạn đã trúng tuyển đơn {job} tại {country}.",
                                f"Vui lòng nộp {amt} {fee_name} vào {c.account_details(rng, _ACCOUNT_LAST)} {c.deadline(rng)}.", c.maybe(rng, _contact(rng), 0.5)])
    else:
        text = c.call_transcript(rng, [
            f"Alo, {you} có phải đăng ký đi {country} đơn {job} không? {me} bên công ty cung ứng nhân lực.",
            "Dạ đúng rồi.",
            f"Dạ hồ sơ đạt rồi, xí nghiệp đã chọn, lương {c.pick(rng, salaries)}. Giờ {you} nộp {fee_name} {amt} để bên {me} làm tiếp.",
        ] + list(c.pick(rng, [
            ("Nộp tiền mặt ở văn phòng được không?", f"Dạ văn phòng đang chuyển địa điểm, {you} chuyển khoản, {me} gửi biên nhận có dấu qua Zalo."),
            ("Phí này có hoàn không?", f"Dạ trượt thì hoàn 50%. {you} chuyển trước 5 giờ chiều mai để kịp gửi hồ sơ."),
            (f"Trước đã nộp {fee2} rồi mà?", "Dạ đó là khoản khác, khoản này phía đối tác yêu cầu. Chậm là mất suất."),
        ])), ("Cán bộ tuyển dụng", "Người lao động"))
    return ch, text


def _labor_shortcut(rng):
    country, salaries, fees = c.pick(rng, LABOR_COUNTRIES)
    job = c.pick(rng, LABOR_JOBS)
    trick = c.pick(rng, ["suất nội bộ không cần thi tiếng", "đi visa du lịch rồi bên kia có người đón vào xưởng",
                         "suất ưu tiên cho người đã từng trượt", "diện thời vụ không cần qua xã", "suất của người quen trong phòng tuyển dụng",
                         "bay chui, không cần hợp đồng"])
    amt = c.amount(rng, 10_000_000, 100_000_000)
    you, me = _you(rng)
    ch = c.pick(rng, ["chat", "chat", "call"])
    if ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"{you} ơi, đơn {job} ở {country} bên {me} có {trick},", f"Chuyện này kín thôi nhé, {me} có {trick} đi {country},"]),
                                f"lương {c.pick(rng, salaries)}.", f"{you} đưa trước {amt} để {me} giữ tên trong danh sách,",
                                c.pick(rng, ["có visa thì đóng nốt.", "bên ngoài phải đóng gấp ba.", "không đậu hoàn 100%.", "tuần sau chốt danh sách rồi."]),
                                c.maybe(rng, "Đừng nói với ai kẻo hỏng việc.", 0.4)])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you}, {me} là {c.person_name(rng, full=False)}, bạn của người quen nhà mình. Nghe nói {you} đang muốn đi {country}?",
            "Dạ đúng rồi.",
            f"{me} có {trick}, đơn {job}, lương {c.pick(rng, salaries)}. Chỉ cần đặt trước {amt} để {me} làm hồ sơ với phía đối tác.",
            "Có giấy tờ gì không?",
            f"Việc này tế nhị, {me} viết giấy biên nhận tay cho {you} giữ. {you} chuyển trong tuần này thì kịp đợt tháng sau.",
        ])
    return ch, text


def _lure_abroad(rng):
    place = c.pick(rng, LURE_PLACES)
    job = c.pick(rng, LURE_JOBS)
    sal = c.pick(rng, ["1.000 USD", "1.200$", "1.500 USD", "25-40 triệu", "30 triệu", "1.000-1.500 USD", "20 triệu tháng đầu"])
    border = c.pick(rng, BORDERS)
    you, me = c.pick(rng, [("em", "anh"), ("em", "chị"), ("mày", "anh"), ("bạn", "mình"), ("em", "bên anh")])
    perks = rng.sample(["bao ăn ở", "bao vé xe", "bao vé máy bay", "không cần kinh nghiệm", "không cần hộ chiếu, công ty lo",
                        "chỉ cần biết dùng máy tính", "ngồi máy lạnh", "không cần bằng cấp", "ứng lương trước"], 3)
    ch = c.pick(rng, ["social", "social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, f"Tuyển gấp {job} làm việc tại {place}", 0.5),
            f"Lương {sal}, {', '.join(perks)}.",
            c.pick(rng, ["Ưu tiên nam nữ 18-30 tuổi.", "Cần gấp 10 bạn nữ ngoại hình ưa nhìn.", "Đi trong tuần.", ""]),
            c.pick(rng, [f"Liên hệ Telegram @{_handle(rng, LURE_HANDLES)}", _contact(rng), "Ib Zalo kín."]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"Công việc nhẹ lắm {you}, chỉ ngồi {job} cho công ty ở {place},",
                                             f"Bên {me} cần người làm {job} ở {place},"]),
                                f"lương {sal}, {perks[0]}.",
                                c.pick(rng, [f"{you} chỉ cần tới {border}, có xe đón qua biên giới.", f"{you} gửi {me} ảnh CCCD và hộ chiếu là được.",
                                             f"Tiền xe {me} ứng trước, lãnh lương trả lại."]),
                                c.maybe(rng, c.pick(rng, ["Đừng kể với gia đình là đi nước ngoài, nói đi làm ở Sài Gòn thôi.", "Bên đó chỉ còn 3 chỗ.",
                                                          "Đi trong tuần này nhé."]), 0.7)])
    elif ch == "sms":
        text = c.join_nonempty([f"Tuyển {job} làm việc tại {place}, lương {sal}, {perks[0]}.", "Kết bạn", _contact(rng, bare=True), "để nhận việc ngay."])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you}, {me} là bạn của người quen {you} đây. Nghe nói {you} đang thất nghiệp hả?",
            "Dạ, có việc gì không?",
            f"Bên {me} làm cho công ty ở {place}, cần người {job}, lương {sal}, {perks[0]}. Việc nhẹ lắm.",
            "Phải có hộ chiếu không?",
            f"Không cần, có người đưa qua cửa khẩu, {you} chỉ cần ra {border} có xe đón. {c.pick(rng, ['Báo trong tối nay nha, còn 3 chỗ.', 'Đừng nói với ai nhiều.', 'Tiền xe tiền ăn ứng trước hết.'])}",
        ])
    return ch, text


def _seafarer(rng):
    ship, job = c.pick(rng, SHIPS), c.pick(rng, SHIP_JOBS)
    sal = c.pick(rng, ["1.800 USD", "2.000-2.500 USD", "1.500$", "25-35 triệu", "50 triệu"])
    fee = c.amount(rng, 15_000_000, 70_000_000)
    you, me = _you(rng)
    ch = c.pick(rng, ["social", "chat", "call"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.maybe_pick(rng, ("🚢", "⚓", "🌊"), 0.7), c.maybe_upper(rng, f"Tuyển thuyền viên {ship}", 0.5)]),
            f"Vị trí: {job}. Lương {sal}/tháng, bao ăn ở trên tàu.",
            f"Phí đào tạo và làm sổ thuyền viên {fee}, {c.pick(rng, ['cọc 30% khi nhập học', 'đóng trước 50%', 'khai giảng tháng tới'])}.",
            c.pick(rng, [_contact(rng), "Không cần tiếng Anh giỏi."]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([f"Chúc mừng {you} đã trúng tuyển vị trí {job} trên {ship}.",
                                f"{you} vui lòng thanh toán {c.pick(rng, ['phí visa và vé máy bay ra cảng', 'phí sổ thuyền viên và khám sức khỏe quốc tế', 'phí đăng ký phỏng vấn'])} {fee},",
                                c.pick(rng, ["công ty hoàn lại trong kỳ lương đầu.", "hạn chót 7 ngày.", "3 tuần là lên tàu."])])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} ạ, {me} bên công ty cung ứng thuyền viên, hồ sơ {you} nộp trên mạng được hãng tàu chọn rồi.",
            "Thật hả, bao giờ đi?",
            f"Dạ tháng sau. Trước đó {you} học khóa an toàn cơ bản và làm sổ thuyền viên, tổng {fee}. {you} chuyển trước một phần để {me} xếp lớp.",
            "Học ở đâu?",
            f"Dạ học online, không cần đến trường. Lớp này chỉ {rng.randrange(10, 30)} người thôi.",
        ])
    return ch, text


FAMILIES = [
    ("tour_deal_post", _tour_deal_post),
    ("tour_booking_followup", _tour_followup),
    ("cheap_flight_ticket", _flight),
    ("hotel_homestay_booking", _stay),
    ("visa_service", _visa),
    ("study_abroad_scholarship", _scholarship),
    ("study_work_program", _work_study),
    ("labor_recruit_post", _labor_post),
    ("labor_selected_fee", _labor_selected),
    ("labor_inside_slot", _labor_shortcut),
    ("casino_job_abroad", _lure_abroad),
    ("seafarer_crew_fee", _seafarer),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_casual(rng, n, LABEL, FAMILIES)

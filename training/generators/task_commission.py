"""Generator for `task_commission`: paid online "tasks" (like/follow, rating hotels
or films, map reviews, watching ads) where the victim is paid small sums first and
then must deposit ever larger amounts to unlock tasks or withdraw.

Placing/paying e-commerce orders as a "CTV" belongs to `ecommerce_collaborator`;
the families here deliberately avoid that story.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "task_commission"

# ---------------------------------------------------------------- helpers

RECRUITER_BRANDS = ["TikTok", "Shopee", "Lazada", "Tiki", "YouTube", "TikTok Việt Nam", "Agoda", "Traveloka",
                    "Booking", "Facebook", "Grab"]
VIDEO_PLATFORMS = ["TikTok", "YouTube", "Facebook", "Instagram"]
HOTEL_SITES = ["Agoda", "Booking", "Traveloka", "Trip.com", "Google"]
APP_NAMES = ["TikLike", "StarTask", "ViecNhanh", "CineVote", "HotelStar", "AdsMoney", "ClickCash", "MusicPay",
             "Like4U", "TaskHub", "RateGo", "PhimHay Pro"]
TEACHER_TITLES = ["cô giáo", "giáo viên hướng dẫn", "thầy", "trợ lý", "lễ tân", "người hướng dẫn", "mentor"]
GROUP_NAMES = ["Cùng nhau kiếm tiền", "Kiếm tiền online mỗi ngày", "Nhiệm vụ phúc lợi", "Việc nhẹ tại nhà",
               "Team thu nhập thụ động", "Hội làm nhiệm vụ", "Kiếm tiền cùng TikTok", "Chị em làm thêm"]
TARGETS = ["mẹ bỉm sữa", "sinh viên", "nội trợ", "người về hưu", "chị em ở nhà", "công nhân làm thêm buổi tối",
           "nhân viên văn phòng"]


def _pair(rng: random.Random) -> tuple[str, str]:
    """(how the scammer addresses the victim, how the scammer refers to self)."""
    return c.pick(rng, [("bạn", "mình"), ("bạn", "mình"), ("anh", "em"), ("chị", "em"), ("em", "chị"),
                        ("chị", "em"), ("anh chị", "em")])


def _handle(rng: random.Random) -> str:
    first = c.pick(rng, ["vieclam", "nhiemvu", "tuyendung", "hotro", "kiemtien", "cskh", "co", "tro_ly",
                         "hr", "review", "task", "lamthem"])
    second = c.pick(rng, ["online", "tainha", "vn", "24h", "nhanh", "tiktok", "shopee", "Lan", "Mai", "Vy",
                          "official", "vip", "hcm"])
    return f"{first}_{second}{rng.randrange(1, 999) if rng.random() < 0.6 else ''}"


def _contact(rng: random.Random) -> str:
    r = rng.randrange(6)
    if r == 0:
        return f"Telegram @{_handle(rng)}"
    if r == 1:
        return f"t.me/{_handle(rng)}"
    if r == 2:
        return "zalo.me/0" + "".join(rng.choice("0123456789") for _ in range(9))
    if r == 3:
        return f"Tele: @{_handle(rng)}"
    return c.pick(rng, ["Zalo ", "zalo: ", "Zalo: ", "ib zalo ", "LH Zalo "]) + c.phone(rng)


def _link(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return c.shortener_url(rng)
    word = c.pick(rng, ["vieclam", "nhiemvu", "kiemtien", "tuyendung", "task", "review", "danhgia", "likevideo",
                        "phimhay", "hotelrate"])
    suffix = c.pick(rng, ["-online", "-vn", "24h", "-tainha", "365", "", "-app"])
    return c.pick(rng, ["https://", "", "www."]) + word + suffix + "." + c.pick(rng, c.CHEAP_TLDS) + c.pick(
        rng, ["", "", "/dk", "/register", "/vn", "/" + c.rand_token(rng, 5)])


def _stk(rng: random.Random) -> str:
    bank = c.bank_name(rng)
    return (f"{c.pick(rng, ['STK', 'Số TK', 'TK', 'Số tài khoản'])} {c.account_number(rng)} {bank} - "
            f"{c.holder_name(rng)}")


_EMOJI = "🔥💰✅👉🎉💸📢⭐"


_CALL_SPEAKERS = [("Người gọi", "Người nghe"), ("A", "B"), ("NG", "NN"), ("Người gọi", "Nạn nhân")]
_CHAT_SPEAKERS = [("A", "B"), ("B", "A"), ("Me", "Họ")]


def _turns(rng: random.Random, lines: list[tuple[int, str]], call: bool = False) -> str:
    if call:
        return c.dialogue(rng, lines, _CALL_SPEAKERS)
    return c.dialogue(rng, lines, _CHAT_SPEAKERS, labelled_p=0.7, bullets=("- ", "> "))


# ---------------------------------------------------------------- families

def _hr_sms(rng):
    you, me = _pair(rng)
    brand = c.vary_case(rng, c.pick(rng, RECRUITER_BRANDS), 0.08, 0.16)
    name = c.person_name(rng, full=False)
    greet = c.pick(rng, [f"Chào {you},", f"Xin chào {you},", "Hi bạn,", f"Chào {you} ạ,", "Alo,", "",
                         f"Chào {you}.", "[Tuyển dụng]"])
    intro = c.pick(rng, [
        f"{me} là {name} HR bên {brand}.",
        f"{me} là {name}, chuyên viên tuyển dụng của {brand}.",
        f"{me} là nhân sự công ty truyền thông đối tác của {brand}.",
        f"{me} bên phòng nhân sự {brand} đây.",
        f"{me} là {name} - HR {brand} Việt Nam.",
    ])
    job = c.pick(rng, [
        "Bên mình đang cần người làm online tại nhà",
        "Công ty đang tuyển nhân viên part-time làm trên điện thoại",
        f"Hồ sơ của {you} phù hợp vị trí nhân viên tương tác online",
        "Hiện cần gấp 30 người làm nhiệm vụ online",
        "Đang tuyển cộng tác tương tác video, không cần kinh nghiệm",
    ])
    work = c.pick(rng, ["chỉ cần like và follow video", "mỗi ngày 30-60 phút", "thời gian linh hoạt",
                        "làm lúc rảnh", "chỉ cần điện thoại có mạng", "đánh giá và thả tim theo danh sách"])
    lo = rng.choice([150, 200, 300, 350, 400, 500])
    pay = c.pick(rng, [f"thu nhập {lo}k-{c.pick(rng, ['1tr', '1tr2', '1tr5', '2tr'])}/ngày",
                       f"lương {lo // 50}-{lo // 50 + rng.randrange(4, 9)} triệu/tháng",
                       f"mỗi nhiệm vụ {rng.choice([10, 15, 20, 25, 30])}k, nhận tiền ngay",
                       f"lương ngày {lo}k trở lên, trả trong ngày"])
    free = c.maybe(rng, c.pick(rng, ["Không cọc, không phí.", "Không mất phí.", "Nhận lương ngay sau khi làm."]))
    cta = c.pick(rng, [f"Kết bạn {_contact(rng)} để nhận việc", f"Quan tâm thì nhắn {_contact(rng)} nhé",
                       f"Trả lời Y hoặc liên hệ {_contact(rng)}", f"Chi tiết: {_contact(rng)}",
                       f"{c.cap_first(you)} ib {_contact(rng)} để được hướng dẫn"])
    tail = c.pick(rng, ["", ".", " ạ", " nha", " 🙂"])
    intro = intro if greet.endswith(",") else c.cap_first(intro)
    return "sms", c.join_stripped([greet, intro, c.cap_first(job) + ",", work + ",", pay + ".", free, cta + tail])


def _like_follow_chat(rng):
    you, me = _pair(rng)
    plat = c.pick(rng, VIDEO_PLATFORMS)
    action = c.pick(rng, ["thả tim", "like", "bấm theo dõi kênh", "follow", "đăng ký (subscribe) kênh",
                          "like và bình luận", "xem hết video rồi thả tim"])
    per = rng.choice([5, 8, 10, 12, 15, 20, 25, 30])
    k = rng.randrange(3, 9)
    vaction = c.pick(rng, ["thả tim", "like", "like và bình luận", "xem hết rồi thả tim", "chia sẻ"])
    step1 = c.pick(rng, [f"{c.cap_first(you)} vào link video {plat} {me} gửi, {action} rồi chụp màn hình gửi lại {me}.",
                         f"Nhiệm vụ hôm nay: {vaction} {k} video {plat} trong danh sách dưới đây.",
                         f"{c.cap_first(me)} gửi {you} {k} link, {you} {action} giúp {me} nhé."])
    link = f"{c.pick(rng, ['tiktok.com/@', 'youtube.com/@', 'vt.tiktok.com/', 'fb.watch/'])}{c.rand_token(rng, rng.randrange(6, 10))}"
    pay = c.pick(rng, [f"Mỗi lượt được {per}k, làm đủ {k} lượt {me} chuyển {per * k}k luôn.",
                       f"Hoa hồng {per}.000đ/video, hoàn thành là nhận tiền ngay.",
                       f"1 video = {per}k, xong {me} chuyển khoản liền cho {you} yên tâm."])
    ask = c.pick(rng, [f"Xong {you} gửi {me} tên ngân hàng và STK để kế toán thanh toán nha.",
                       f"{c.cap_first(you)} nhớ chụp đủ ảnh màn hình nhé.",
                       f"Làm xong nhắn {me} 'hoàn thành' kèm STK.",
                       f"Từ nhiệm vụ thứ {k + 1} {you} vào nhóm Telegram để nhận nhiệm vụ hoa hồng cao hơn nhé."])
    parts = [step1, c.maybe(rng, link, 0.6), pay, ask]
    if rng.random() < 0.3:
        parts.insert(0, c.pick(rng, ["Ok bạn,", f"Dạ {you} ơi,", "Chào bạn 😊", "Hướng dẫn nhiệm vụ:"]))
    return "chat", c.join_stripped(parts, sep=c.pick(rng, [" ", "\n"]))


def _hotel_review(rng):
    you, me = _pair(rng)
    site = c.pick(rng, HOTEL_SITES)
    per = rng.choice([30, 40, 50, 60, 80])
    n = rng.choice([20, 30, 40, 50, 60])
    minbal = rng.choice([500_000, 1_000_000, 2_000_000, 3_000_000])
    variant = rng.randrange(3)
    if variant == 0:
        text = c.join_stripped([
            c.pick(rng, ["Công việc bên mình là", f"Nhiệm vụ của {you} là", "Việc rất đơn giản:"]),
            f"đánh giá 5 sao cho các khách sạn, resort đối tác trên {site} để tăng thứ hạng tìm kiếm.",
            f"Mỗi đánh giá {you} nhận {per}.000đ, mỗi ngày tối đa {n} đánh giá.",
            c.maybe(rng, c.pick(rng, [f"{c.cap_first(you)} không cần ở thật, chỉ cần bấm sao và viết nhận xét theo mẫu.",
                                     "Làm trên điện thoại, ở đâu cũng làm được."])),
            c.pick(rng, [f"{c.cap_first(you)} tải app {c.pick(rng, APP_NAMES)} theo link {_link(rng)} rồi đăng ký nhé.",
                         f"{c.cap_first(you)} chỉ cần tạo tài khoản trên hệ thống bên {me} là làm được.",
                         f"Liên hệ {_contact(rng)} để được cấp tài khoản."])])
    elif variant == 1:
        text = c.join_stripped([
            f"Hệ thống sẽ phân phối cho {you} {n} lượt đánh giá khách sạn mỗi ngày.",
            "Mỗi lượt, số dư sẽ được dùng để 'đặt phòng' tạm thời, xong thì hoàn lại kèm hoa hồng",
            f"{rng.choice(['0,5%', '1%', '1,5%', '2%'])}.",
            f"Số dư tối thiểu để bắt đầu là {c.chat_amount(rng, minbal)},",
            c.pick(rng, [f"{you} nạp vào rồi {me} hướng dẫn tiếp nha.", f"{you} nạp qua {_stk(rng)}.",
                         "nạp xong báo CSKH để kích hoạt."])])
    else:
        big = c.stepped_amount(rng, 2_000_000, 15_000_000, 100_000)
        text = c.join_stripped([
            c.pick(rng, [f"{c.cap_first(you)} ơi,", "Thông báo:", f"Dạ {you},"]),
            c.pick(rng, ["lượt đánh giá vừa rồi là khách sạn cao cấp", f"{you} vừa nhận được đơn khách sạn may mắn",
                         "hệ thống vừa giao resort 5 sao"]),
            f"nên tài khoản bị âm {c.chat_amount(rng, big)}.",
            c.pick(rng, [f"{c.cap_first(you)} nạp bù số âm là làm tiếp được,", "Nạp đủ để hoàn thành lượt đánh giá,"]),
            f"xong được hoàn vốn + hoa hồng {rng.choice([15, 20, 25, 30])}%",
            c.pick(rng, [f"{c.deadline(rng)}.", "nhé.", "ạ.", "— không nạp thì không tính hoa hồng cả ngày."])])
    return "chat", text


def _movie_rating(rng):
    you, me = _pair(rng)
    app = c.pick(rng, ["CinePlus", "PhimHay Pro", "MovieStar", "CineVote", "Rạp Phim Online", "FilmRate"])
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            c.pick(rng, [f"Chào {you},", f"Dạ {you} ơi,", ""]),
            c.pick(rng, [f"bên {me} làm truyền thông cho các phim sắp ra rạp.",
                         f"bên {me} hợp tác với các hãng phim để tăng điểm đánh giá trước ngày công chiếu."]),
            f"Nhiệm vụ của {you} là vào app {app} chấm điểm phim, mỗi lượt được {rng.choice(['2%', '3%', '2-5%', '4%'])} giá trị vé.",
            c.pick(rng, [f"{c.cap_first(you)} nạp tối thiểu {c.chat_amount(rng, c.stepped_amount(rng, 300_000, 2_000_000, 100_000))} để mua 'vé ảo' thì mới chấm được,",
                         "Tiền vốn chỉ để giữ vé,"]),
            "chấm xong là hoàn lại ngay kèm hoa hồng."])
    if variant == 1:
        need = c.stepped_amount(rng, 3_000_000, 20_000_000, 100_000)
        total = need * rng.randrange(2, 4)
        return "chat", c.join_stripped([
            f"{c.cap_first(you)} ơi phim thứ {rng.randrange(8, 30)} là phim {c.pick(rng, ['siêu phẩm', 'bom tấn', 'đặc biệt', 'may mắn'])},",
            f"hoa hồng gấp {rng.randrange(3, 8)} lần.",
            f"Số dư hiện tại không đủ, {you} cần nạp thêm {c.chat_amount(rng, need)} để hoàn tất đánh giá,",
            f"sau đó rút toàn bộ {c.chat_amount(rng, total)} về.",
            c.maybe(rng, f"Hạn {c.deadline(rng)}.")])
    per = rng.choice([15, 20, 30, 50])
    channel = c.pick(rng, ["social", "sms"])
    text = c.join_stripped([
        c.maybe_pick(rng, "🎬🍿🎥", 0.4),
        c.pick(rng, ["Bạn mê phim?", "Tuyển người chấm điểm phim online.", "Xem trailer – chấm điểm – nhận tiền!",
                     "Kiếm tiền bằng cách đánh giá phim."]),
        f"1 lượt {per}k, {c.pick(rng, ['làm tại nhà', 'rút tiền nhanh', 'mỗi ngày 15-30 phút', 'không cần bằng cấp'])}.",
        c.pick(rng, [f"Đăng ký: {_link(rng)}", f"Liên hệ {_contact(rng)}", "Comment 'phim' để nhận link."])])
    return channel, text


def _telegram_group(rng):
    tiers = []
    base = rng.choice([300_000, 500_000, 1_000_000])
    rate = rng.choice([20, 25, 30, 35, 40])
    st = rng.randrange(6)
    for mult in sorted(rng.sample([1, 2, 3, 5, 10], rng.randrange(2, 4))):
        dep = base * mult
        tiers.append(f"nạp {c.chat_amount(rng, dep, st)} nhận {c.chat_amount(rng, dep * (100 + rate) // 100, st)}")
    teacher = c.pick(rng, TEACHER_TITLES)
    hours = ", ".join(sorted(rng.sample(["9h", "10h", "12h", "14h", "16h", "20h", "21h"], 3), key=lambda h: int(h[:-1])))
    variant = rng.randrange(3)
    if variant == 0:
        text = c.join_stripped([
            c.maybe_pick(rng, "📢🔔🔥", 0.4),
            c.pick(rng, [f"Nhiệm vụ phúc lợi số {rng.randrange(2, 20)}:", f"Khung {hours.split(', ')[1]} đã mở!",
                         "THÔNG BÁO NHIỆM VỤ:"]),
            "; ".join(tiers) + ".",
            c.pick(rng, [f"Thành viên tham gia nhắn riêng {teacher}.", "Số lượng có hạn.",
                         f"Inbox {teacher} để đăng ký, hết slot là đóng."])])
    elif variant == 1:
        text = c.join_stripped([
            f"Chào mừng {c.pick(rng, ['bạn', 'các bạn', 'thành viên mới'])} đến với nhóm '{c.pick(rng, GROUP_NAMES)} {rng.randrange(1, 99)}'.",
            f"Mỗi ngày có 3 khung giờ nhiệm vụ: {hours}.",
            f"Nhiệm vụ miễn phí like video được {rng.choice([10, 20, 30])}k,",
            f"nhiệm vụ phúc lợi yêu cầu nạp tiền, hoàn vốn + {rate}% sau {rng.choice([5, 10, 15])} phút.",
            f"Liên hệ {teacher} @{_handle(rng)} để nhận nhiệm vụ nhé."])
    else:
        amt = c.stepped_amount(rng, 500_000, 6_000_000, 100_000)
        text = c.join_stripped([
            c.pick(rng, ["Mình vừa rút được", "Hôm nay em rút về", "Bill rút tiền của mình:", "Vừa nhận"]),
            c.chat_amount(rng, amt),
            c.pick(rng, ["rồi mọi người ơi 🥰", "về tài khoản, uy tín thật sự", "nhờ nhiệm vụ phúc lợi"]) + ",",
            c.pick(rng, [f"cảm ơn {teacher} nhiều ạ", "ai chưa làm thì nhanh tay nhận nhiệm vụ đi",
                         "mai mình làm tiếp"]) + "."])
    return "chat", text


def _deposit_tier(rng):
    you, me = _pair(rng)
    steps = sorted(c.stepped_amount(rng, 500_000, 25_000_000, 100_000) for _ in range(3))
    st = rng.randrange(6)
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"Để nhận nhiệm vụ cấp {rng.randrange(2, 5)} {you} cần nạp {c.chat_amount(rng, steps[0])} vào tài khoản hệ thống.",
            c.pick(rng, ["Đây là tiền ký quỹ,", "Khoản này chỉ để xác thực,", "Tiền nạp vẫn là của bạn,"]),
            f"làm xong nhiệm vụ sẽ hoàn lại toàn bộ kèm hoa hồng {rng.choice([20, 25, 30, 40])}%.",
            c.maybe(rng, f"Chuyển vào {_stk(rng)}, nội dung ghi mã NV{rng.randrange(1000, 9999)}.")])
    if variant == 1:
        return "chat", c.join_stripped([
            c.pick(rng, ["Nhiệm vụ combo gồm 3 nhiệm vụ liên tiếp:", "Chuỗi nhiệm vụ của bạn:", "Combo hôm nay:"]),
            " – ".join(c.chat_amount(rng, x, st) for x in steps) + ".",
            "Phải hoàn thành cả 3 thì hệ thống mới hoàn tiền,",
            c.pick(rng, ["bỏ giữa chừng sẽ mất toàn bộ số đã nạp.", "không thể hủy giữa chừng.",
                         "dừng lại là tài khoản bị đóng băng."]),
            c.maybe(rng, f"Thời gian thực hiện {c.deadline(rng)}.")])
    return "chat", c.join_stripped([
        c.pick(rng, [f"{c.cap_first(you)} đã làm xong các nhiệm vụ miễn phí rồi nhé,", "Hết nhiệm vụ thử việc rồi,",
                     f"Dạ {you} ơi,"]),
        c.pick(rng, ["giờ chuyển sang nhiệm vụ trả trước.", "nhiệm vụ tiếp theo là nhiệm vụ bắt buộc.",
                     f"{you} được chọn vào nhiệm vụ may mắn."]),
        f"Nạp {c.chat_amount(rng, steps[0], st)} nhận về {c.chat_amount(rng, steps[0] * 13 // 10 // 10_000 * 10_000, st)},",
        f"nạp {c.chat_amount(rng, steps[1], st)} nhận về {c.chat_amount(rng, steps[1] * 14 // 10 // 10_000 * 10_000, st)}.",
        c.pick(rng, [f"{c.cap_first(you)} chọn mức nào?", f"Quá {rng.choice([15, 20, 30])} phút là hệ thống hủy nhiệm vụ.",
                     "Cơ hội hiếm lắm, không có đủ thì mượn thêm người nhà."])])


def _withdraw_blocked(rng):
    you, me = _pair(rng)
    bal = c.stepped_amount(rng, 5_000_000, 200_000_000, 100_000)
    pct = rng.choice([10, 15, 20, 30, 50])
    reason = c.pick(rng, ["thao tác sai cú pháp khi làm nhiệm vụ", "nhập sai mã nhiệm vụ",
                          "điểm tín nhiệm chưa đủ 100", "tài khoản bị nghi rửa tiền",
                          "lệnh rút vượt hạn mức người mới", "làm nhiệm vụ trên 2 thiết bị",
                          "sai số tài khoản ngân hàng", "chưa hoàn thành nhiệm vụ cuối"])
    fee = c.pick(rng, ["phí khôi phục", "phí mở khóa", "thuế thu nhập cá nhân", "phí xác minh", "tiền bảo đảm",
                       "phí nâng cấp VIP"])
    opener = c.pick(rng, ["Tài khoản của {y} đang bị đóng băng do {r}.", "Lệnh rút của {y} bị từ chối vì {r}.",
                          "Kính gửi thành viên ID {id}: lệnh rút tạm giữ do {r}.",
                          "Dạ bộ phận tài vụ báo {y} chưa rút được vì {r}."])
    opener = opener.format(y=you, r=reason, id=rng.randrange(100000, 999999))
    return "chat" if rng.random() < 0.8 else "sms", c.join_stripped([
        c.cap_first(opener),
        f"Để giải phóng số dư {c.chat_amount(rng, bal)}, {you} cần nộp {fee} {pct}%",
        c.maybe(rng, f"là {c.chat_amount(rng, bal * pct // 100 // 10_000 * 10_000)}", 0.6) + ".",
        c.pick(rng, ["Sau khi nộp, toàn bộ tiền sẽ về trong 30 phút.", "Khoản này được hoàn lại cùng số dư.",
                     f"Không nộp {c.deadline(rng)} thì số dư sẽ bị thu hồi.", f"Liên hệ CSKH {_contact(rng)} để được hỗ trợ."])])


def _job_ad_social(rng):
    head = c.pick(rng, ["VIỆC NHẸ LƯƠNG CAO", "Việc nhẹ lương cao", "TUYỂN GẤP", "Việc làm tại nhà",
                        "KIẾM TIỀN ONLINE 0Đ VỐN", "Cần tuyển người làm thêm", "Tuyển CTV online"])
    pts = rng.sample(["chỉ cần điện thoại có mạng", "làm ở nhà", "không cần kinh nghiệm", "không cọc, không phí",
                      "1-2 tiếng mỗi ngày", "nhận lương trong ngày", "làm bao nhiêu hưởng bấy nhiêu",
                      "không bán hàng, không đa cấp", "rút tiền ngay sau khi xong nhiệm vụ"], rng.randrange(2, 5))
    lo = rng.randrange(5, 12)
    pay = c.pick(rng, [f"Lương ngày {rng.choice([200, 300, 400, 500])}k-{rng.choice(['1tr', '1tr5', '2tr'])}",
                       f"Thu nhập {lo}-{lo + rng.randrange(3, 9)}tr/tháng",
                       f"Mỗi ngày {rng.choice([200, 300, 500])}-{rng.choice([700, 800, 1000])}k"])
    who = c.maybe(rng, "Ưu tiên " + ", ".join(rng.sample(TARGETS, 2)) + ".")
    cta = c.pick(rng, ["Ib mình ngay!", "Cmt 'quan tâm' mình ib nhé", "Chấm (.) mình nhắn tin",
                       f"Liên hệ {_contact(rng)}", "Để lại số zalo dưới bình luận", "Ib Tele ở bio"])
    if rng.random() < 0.3:
        body = "\n".join(f"{c.pick(rng, ['✅', '-', '•', '👉'])} {c.cap_first(p)}" for p in pts)
        return "social", c.join_stripped([head + " " + c.maybe_pick(rng, _EMOJI, 0.4), body, pay + ".", who, cta], sep="\n")
    channel = "social" if rng.random() < 0.75 else "sms"
    return channel, c.join_stripped([head + c.maybe_pick(rng, _EMOJI, 0.4) + ":" if rng.random() < 0.5 else head + ".",
                                     c.cap_first(", ".join(pts)) + ".", pay + ".", who, cta])


def _map_review(rng):
    you, me = _pair(rng)
    place = c.pick(rng, ["nhà hàng", "quán lẩu", "chuỗi spa", "quán cà phê", "khu nghỉ dưỡng", "tiệm nail", "cửa hàng"])
    per = rng.choice([20, 30, 35, 40, 50])
    if rng.random() < 0.35:
        return "sms", c.join_stripped([
            c.pick(rng, ["Tuyển người viết đánh giá Google Maps", f"Cần người chấm 5 sao cho {place} trên Google Maps",
                         "Viết review Google Maps tại nhà"]) + ",",
            f"{per}k/lượt, thanh toán ngay.", _contact(rng)])
    k = rng.randrange(3, 7)
    first = c.pick(rng, [f"Nhiệm vụ hôm nay: đánh giá 5 sao cho {k} {place} trên Google Maps, mỗi đánh giá kèm 1 câu khen.",
                         f"{c.cap_first(me)} là nhân viên marketing của {place}, cần {you} đánh giá giúp trên bản đồ.",
                         f"{c.cap_first(you)} vào link này chấm 5 sao cho {place} giúp {me}: maps.app.goo.gl/{c.rand_token(rng, 6)}"])
    second = c.pick(rng, [f"Mỗi đánh giá {per}.000đ, xong gửi ảnh chụp.", f"Mỗi lượt 5 sao {me} trả {per}k.",
                          f"Làm {k} cái là {per * k}k rồi đó."])
    third = c.maybe(rng, c.pick(rng, [f"Làm tốt {me} mời {you} vào nhóm làm việc chính thức, hoa hồng cao gấp 3.",
                                      f"Sau đó có nhiệm vụ đặc biệt hoa hồng 30% nhưng cần tạm ứng tiền cọc {c.chat_amount(rng, c.stepped_amount(rng, 500_000, 3_000_000, 100_000))}."]), 0.6)
    return "chat", c.join_stripped([first, second, third])


def _recruiter_call(rng):
    you, me = _pair(rng)
    if you == "anh chị":
        you = "chị"
    brand, work = c.pick(rng, [
        (c.pick(rng, ["TikTok", "YouTube", "Shopee", "Facebook"]), "xem video rồi thả tim, theo dõi kênh"),
        (c.pick(rng, ["Agoda", "Booking", "Traveloka"]), "đánh giá khách sạn trên ứng dụng"),
        (c.pick(rng, ["một công ty truyền thông điện ảnh", "hãng phim đối tác", "TikTok"]), "chấm điểm phim trên app"),
        (c.pick(rng, ["công ty marketing", "một agency quảng cáo"]), "viết đánh giá cho cửa hàng trên bản đồ"),
        (c.pick(rng, ["công ty quảng cáo", "TikTok", "YouTube"]), "xem quảng cáo trên app"),
    ])
    name = c.person_name(rng, full=False)
    hello = c.pick(rng, ["chào", "xin chào"]) if me == "mình" else c.pick(rng, [f"{me} chào", "chào", f"dạ {me} chào"])
    lines = [
        (0, f"Alo {hello} {you}, {me} là {name} bên {c.pick(rng, ['phòng nhân sự', 'bộ phận tuyển dụng', 'đối tác tuyển dụng'])} {brand} ạ. {c.cap_first(you)} có đang cần việc làm thêm tại nhà không ạ?"),
        (1, c.pick(rng, ["Việc gì vậy?", "Ai đấy? Việc gì?", "Ừ, việc gì em?", "Bên nào vậy?"])),
        (0, f"Dạ công việc rất đơn giản, {you} chỉ cần {work}. Mỗi lượt được {rng.choice([10, 15, 20, 30])} đến {rng.choice([40, 50, 60])} nghìn, ngày làm một tiếng là được vài trăm."),
        (1, c.pick(rng, ["Có phải đóng tiền gì không?", "Có cọc không?", "Nghe dễ vậy, có lừa không?", "Mất phí gì không?"])),
    ]
    if rng.random() < 0.5:
        lines.append((0, f"Dạ không mất gì đâu {you}, nhiệm vụ đầu miễn phí, làm xong nhận tiền ngay. Sau này muốn lên cấp cao thì mới cần nạp vốn, vốn đó vẫn hoàn lại ạ."))
    else:
        lines.append((0, f"Dạ hoàn toàn không {you} ạ. {c.cap_first(you)} kết bạn Zalo số này, {me} gửi nhiệm vụ thử, làm xong {me} chuyển {rng.choice([30, 50, 80, 100])} nghìn liền để {you} tin."))
    lines.append((1, c.pick(rng, ["Ừ để xem.", "Thôi được, gửi qua đi.", "Để suy nghĩ đã.", "Ừ."])))
    lines.append((0, c.pick(rng, [f"Dạ {you} kết bạn sớm giúp {me} vì hôm nay chỉ nhận thêm {rng.randrange(3, 10)} người thôi ạ.",
                                  f"Dạ {me} gửi link nhóm Telegram, {you} vào nhắn trợ lý là có người hướng dẫn.",
                                  f"Dạ {me} cảm ơn {you}, {you} nhớ xác nhận trong hôm nay nha."])))
    return "call", _turns(rng, lines, call=True)


def _ads_app(rng):
    app = c.pick(rng, ["AdsMoney", "ClickCash", "MusicPay", "Like4U", "TaskHub", "XemQC", "VideoPay", "AdViet"])
    per = rng.choice([2, 5, 8, 10])
    activity = c.pick(rng, ["xem quảng cáo 30 giây", "nghe nhạc và đánh giá bài hát", "lướt video 10 phút",
                            "bấm xem quảng cáo", "tải ứng dụng đối tác"])
    vip = c.maybe(rng, f"Nâng cấp VIP {rng.choice(['500k', '1tr', '2tr', '5tr'])} thu nhập gấp {rng.randrange(3, 8)}.", 0.6)
    code = c.maybe(rng, f"Mã mời {c.rand_token(rng, rng.choice([4, 6]), '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}.")
    bonus = c.maybe(rng, f"Tặng {rng.choice([30, 50, 58, 88, 100])}k cho người mới.")
    channel = c.pick(rng, ["sms", "social", "chat"])
    if channel == "chat":
        return channel, c.join_stripped([
            c.pick(rng, ["Chị cài app này rồi đăng ký bằng mã mời của em nha,", "Bạn tải app về,",
                         "App này của công ty quảng cáo nước ngoài, mình làm mấy tháng rồi,"]),
            f"mỗi ngày {activity} là có {rng.choice([100, 150, 200, 300])}k.", vip,
            c.pick(rng, ["Tuần đầu mình cũng nghi mà giờ rút được mấy triệu rồi.", "Làm 1 tuần là hoàn vốn.", ""])])
    return channel, c.join_stripped([
        c.maybe_pick(rng, "🎧📱💸", 0.4),
        f"{c.cap_first(activity)} nhận {per}.000đ.",
        f"Tải app {app} tại {_link(rng)}.", bonus, vip, code])


def _victim_exchange(rng):
    you, me = _pair(rng)
    if you == "anh chị":
        you = "anh"
    to_me = "bạn" if me == "mình" else me          # how the victim addresses the scammer
    self_ = "mình" if you == "bạn" else you        # how the victim refers to self
    need = c.stepped_amount(rng, 2_000_000, 30_000_000, 100_000)
    have = need // 2 // 100_000 * 100_000
    total = need * rng.randrange(2, 5)
    lines = [
        (0, c.pick(rng, [f"Sao lần này phải nạp nhiều vậy {to_me}?", f"Sao {self_} rút tiền mấy tiếng rồi không về?",
                         f"{c.cap_first(self_)} nạp 3 lần rồi sao vẫn chưa rút được?", f"Lúc đầu {to_me} bảo không mất phí mà?"])),
        (1, c.pick(rng, [f"Dạ tại {you} được chọn vào nhiệm vụ may mắn, hoa hồng tới {rng.choice([30, 40, 50])}% ạ.",
                         f"Dạ tài khoản {you} còn 1 nhiệm vụ chưa hoàn thành nên hệ thống khóa rút ạ.",
                         f"Dạ do {you} nhập sai mã nhiệm vụ nên hệ thống yêu cầu nạp lại ạ."])
            + f" {c.cap_first(you)} nạp {c.chat_amount(rng, need)} là rút được toàn bộ {c.chat_amount(rng, total)}."),
        (0, c.pick(rng, [f"{c.cap_first(self_)} chỉ còn {c.chat_amount(rng, have)} thôi.", f"{c.cap_first(self_)} hết tiền rồi {to_me} ơi.",
                         "Không nạp nữa được không?", f"Thôi {to_me} trả lại tiền cho {self_} đi."])),
        (1, c.pick(rng, [f"{c.cap_first(you)} mượn thêm người nhà đi ạ, xong là trả lại liền.",
                         f"Không nạp thì số dư bị treo vĩnh viễn đó {you}, {me} cũng không giúp được.",
                         f"Quá {rng.choice([15, 30, 60])} phút hệ thống tự hủy nhiệm vụ đó {you}, cố xoay giúp {me}."])),
    ]
    return "chat", _turns(rng, lines)


FAMILIES = {
    "hr_recruiter_sms": _hr_sms,
    "like_follow_video": _like_follow_chat,
    "hotel_review": _hotel_review,
    "movie_rating": _movie_rating,
    "telegram_task_group": _telegram_group,
    "deposit_unlock_task": _deposit_tier,
    "blocked_withdrawal": _withdraw_blocked,
    "part_time_job_ad": _job_ad_social,
    "map_review": _map_review,
    "recruiter_call": _recruiter_call,
    "app_ad_click": _ads_app,
    "victim_exchange": _victim_exchange,
}


_LOWER_AFTER_COMMA = ("Anh ", "Chị ", "Bạn ", "Em ", "Mình ", "Anh chị")


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_chat(rng, n, LABEL, FAMILIES, _LOWER_AFTER_COMMA)

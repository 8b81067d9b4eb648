"""Generator for `fake_investment`: stock/forex/gold/crypto "experts", VIP signal groups,
USDT projects, guaranteed returns, "x2 tài khoản", fake trading apps whose withdrawals
need a "tax" or fee, romance-investment and wrong-number openers.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "fake_investment"

TITLES = ["thầy", "chuyên gia", "anh", "cô", "giáo sư", "chủ tịch nhóm", "mentor"]
ASSETS = ["chứng khoán", "vàng", "forex", "tiền điện tử", "cổ phiếu", "vàng quốc tế", "coin", "hợp đồng tương lai"]
PLATFORMS = ["GXT", "SGX Invest", "Fintex", "VNX Global", "Goldway", "Binvn", "MetaTrade Pro", "AsiaCapital",
             "Phúc An Capital", "Hoàng Gia Invest", "Royal FX", "Bitgold", "Apex Markets", "TitanX"]
GROUP_NAMES = ["Cộng đồng nhà đầu tư thông thái", "Chứng khoán tinh hoa", "Hội đầu tư giá trị", "Vàng VIP",
               "Săn mã tăng trần", "Tự do tài chính 4.0", "Nhóm phân tích kỹ thuật", "CLB nhà đầu tư F0",
               "Đầu tư an nhàn", "Crypto Việt VIP"]
TICKERS = ["K.V.X", "mã ngân hàng", "mã thép", "mã bất động sản", "mã chứng khoán", "mã dầu khí", "mã bán lẻ",
           "mã công nghệ", "mã penny"]
COUNTRIES = ["Singapore", "Úc", "Hồng Kông", "Mỹ", "Canada", "Nhật", "Hàn Quốc", "Đài Loan", "Anh", "Dubai"]


# ---------------------------------------------------------------- helpers

def _fmt(rng: random.Random, v: int, style: int | None = None) -> str:
    s = rng.randrange(5) if style is None else style
    if s == 0:
        return c.dotted(v) + "đ"
    if s == 1 and v >= 1_000_000:
        return c.millions_short(v)
    if s == 2 and v >= 1_000_000_000:
        return c.decimal_comma(v / 1_000_000_000, 2) + " tỷ"
    if s == 2 and v >= 1_000_000:
        return c.decimal_comma(v / 1_000_000) + " triệu"
    if s == 3 and v >= 1_000_000_000:
        return c.decimal_comma(v / 1_000_000_000) + " tỷ"
    if s == 3 and v % 1_000_000 == 0:
        return f"{v // 1_000_000} triệu"
    return c.dotted(v) + " đồng"


def _vnd(rng: random.Random, low_m: int, high_m: int) -> int:
    return rng.randrange(low_m, high_m) * 1_000_000


def _pair(rng: random.Random) -> tuple[str, str]:
    return c.pick(rng, [("anh", "em"), ("chị", "em"), ("anh chị", "em"), ("bạn", "mình"), ("cô chú", "cháu"),
                        ("anh", "em"), ("chị", "em")])


def _handle(rng: random.Random) -> str:
    return (c.pick(rng, ["vang", "ck", "crypto", "dautu", "tinhieu", "x2", "admin", "trolythay", "cskh", "signal"]) + "_"
            + c.pick(rng, ["vip", "vn", "pro", "free", "club", "official", "88", "team"])
            + (str(rng.randrange(1, 999)) if rng.random() < 0.5 else ""))


def _group_link(rng: random.Random) -> str:
    r = rng.randrange(4)
    if r == 0:
        return f"zalo.me/g/{c.rand_token(rng, rng.randrange(6, 10))}"
    if r == 1:
        return f"t.me/{_handle(rng)}"
    if r == 2:
        return f"t.me/+{c.rand_token(rng, 10, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    return c.shortener_url(rng)


def _platform_url(rng: random.Random, name: str | None = None) -> str:
    base = (name or c.pick(rng, PLATFORMS)).lower().replace(" ", "")
    return c.pick(rng, ["https://", "", "www."]) + base + c.pick(rng, ["", "-invest", "-trade", "vn", "-global", "-app"]) \
        + "." + c.pick(rng, ["vip", "top", "com", "app", "cc", "pro", "asia", "xyz", "net"]) \
        + c.pick(rng, ["", "", "/register", "/download", "/vn"])


def _contact(rng: random.Random) -> str:
    r = rng.randrange(3)
    if r == 0:
        return f"Telegram @{_handle(rng)}"
    return c.pick(rng, ["Zalo ", "zalo trợ lý ", "Zalo: "]) + c.phone(rng)


def _wallet(rng: random.Random) -> str:
    return "T" + c.rand_token(rng, 33, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")


_CALL_SPEAKERS = [("Người gọi", "Người nghe"), ("A", "B"), ("Chuyên viên", "Khách"), ("NG", "NN")]
_CHAT_SPEAKERS = [("A", "B"), ("Tôi", "Trợ lý"), ("Khách", "CSKH"), ("B", "A")]


def _turns(rng: random.Random, lines: list[tuple[int, str]], call: bool = False) -> str:
    return c.dialogue(rng, lines, _CALL_SPEAKERS if call else _CHAT_SPEAKERS)


# ---------------------------------------------------------------- families

def _group_invite_sms(rng):
    expert = f"{c.pick(rng, TITLES)} {c.person_name(rng, rng.random() < 0.5)}"
    asset = c.pick(rng, ["chứng khoán", "cổ phiếu", "vàng", "crypto"])
    greet = c.pick(rng, ["Chào anh/chị,", "Kính chào quý nhà đầu tư,", "", "[Đầu tư]", "Chào bạn,"])
    intro = c.pick(rng, [f"em là trợ lý của {expert}. Nhóm {asset} của {expert}:",
                         f"mời anh chị vào nhóm {asset} miễn phí của {expert}:", f"nhóm {asset} miễn phí:"])
    intro = intro if greet.endswith(",") else c.cap_first(intro)
    return "sms", c.join_stripped([
        greet, intro,
        c.pick(rng, [f"Mỗi ngày chia sẻ {rng.randrange(1, 4)} mã tăng trần, tỷ lệ chính xác trên {rng.choice([85, 90, 95])}%.",
                     f"lợi nhuận {rng.choice(['15-30%/tuần', '20%/tháng', '5-10% mỗi phiên'])}.",
                     "nhận định thị trường và mã tiềm năng mỗi sáng."]).rstrip(".") + ".",
        c.pick(rng, [f"Tham gia: {_group_link(rng)}", f"Vào nhóm qua {_contact(rng)}", f"Kết bạn {_contact(rng)} để nhận mã hôm nay"])])


def _group_announcement(rng):
    expert = c.pick(rng, TITLES)
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"Chào mừng anh chị đến với nhóm '{c.pick(rng, GROUP_NAMES)}' 📈",
            f"Mỗi sáng {c.pick(rng, ['8h30', '8h45', '9h'])} {expert} gửi nhận định thị trường, {c.pick(rng, ['9h15', '10h', '13h30'])} phát mã.",
            c.pick(rng, ["Anh chị nào muốn vào nhóm VIP để nhận mã sớm và điểm mua chính xác thì inbox trợ lý nhé.",
                         "Chỉ làm theo tín hiệu trong nhóm, không tự ý giao dịch."])])
    if variant == 1:
        pct = rng.choice([5, 6, 7, 9, 12])
        return "chat", c.join_stripped([
            c.pick(rng, [f"Mã hôm qua {expert} cho đã tăng {pct}%,", f"{c.cap_first(c.pick(rng, TICKERS))} vừa tăng trần {pct}%,"]),
            c.pick(rng, ["chúc mừng cả nhà ai đã vào lệnh 🎉", "thành viên báo lãi dưới bình luận nhé.", "nhóm VIP đã chốt lời."]),
            c.pick(rng, [f"Hôm nay {expert} tiếp tục chia sẻ mã mới lúc 10h.",
                         f"Nhóm VIP tháng này chỉ nhận thêm {rng.choice([10, 20, 30])} thành viên.",
                         f"Mục tiêu tháng này {rng.choice([30, 35, 50])}%, ai chưa nạp đủ vốn tối thiểu {_fmt(rng, _vnd(rng, 10, 50))} thì nạp sớm."])])
    amt = _vnd(rng, 5, 200)
    return "chat", c.join_stripped([
        c.pick(rng, ["Mình vừa chốt lời", "Em vừa rút về", "Tuần này lãi"]), _fmt(rng, amt),
        c.pick(rng, [f"nhờ mã {expert} cho", "theo tín hiệu của nhóm", "trong 3 phiên"]) + ",",
        c.pick(rng, [f"cảm ơn {expert} và chị trợ lý nhiều ạ 🙏", "ai còn chần chừ thì vào VIP sớm đi.",
                     "cơ hội không chờ ai đâu mọi người."])])


def _assistant_dm(rng):
    you, me = _pair(rng)
    title = c.pick(rng, ["thầy", "chuyên gia", "chuyên gia"])
    expert = f"{title} {c.person_name(rng, False)}"
    plat = c.pick(rng, PLATFORMS)
    dep = _vnd(rng, 10, 100)
    return "chat", c.join_stripped([
        c.pick(rng, [f"Dạ {me} chào {you}, {me} là trợ lý của {expert}.", f"{c.cap_first(you)} ơi, {me} là {c.person_name(rng, False)} trợ lý nhóm."]),
        c.pick(rng, [f"{c.cap_first(me)} thấy {you} vào nhóm mấy hôm rồi, {you} đang đầu tư mã nào ạ?",
                     f"{c.cap_first(expert)} nhờ {me} nhắn riêng: tuần sau có mã sẽ tăng mạnh do có thông tin nội bộ.",
                     f"{c.cap_first(you)} đang bị kẹp hàng đúng không ạ?"]),
        c.pick(rng, [f"{c.cap_first(title)} sẽ hỗ trợ cơ cấu danh mục miễn phí, cam kết gỡ lỗ trong {rng.choice([1, 2, 3])} tháng.",
                     f"Muốn theo sát {title} thì {you} mở tài khoản trên sàn đối tác {plat}, ở đó vào lệnh cùng lúc cả nhóm.",
                     f"Mã này chỉ chia sẻ cho thành viên đã mở tài khoản trên nền tảng {plat}."]),
        c.pick(rng, [f"Nạp tối thiểu {_fmt(rng, dep)} là vào được nhóm giao dịch chung.",
                     f"{c.cap_first(you)} mở tài khoản và nạp vốn trước thứ Hai để kịp mua giá thấp ạ.",
                     f"Link đăng ký: {_platform_url(rng, plat)}"])])


def _signal(rng):
    pair = c.pick(rng, ["XAU/USD", "GOLD", "EUR/USD", "GBP/USD", "BTC/USDT", "USD/JPY", "ETH/USDT"])
    side = c.pick(rng, ["BUY", "SELL"])
    if pair in ("XAU/USD", "GOLD"):
        px = rng.randrange(2300, 2700)
        tp, sl = (px + rng.randrange(10, 25), px - rng.randrange(5, 10)) if side == "BUY" else (px - rng.randrange(10, 25), px + rng.randrange(5, 10))
        lvl = f"{px}, TP {tp}, SL {sl}"
    elif "USDT" in pair:
        px = rng.randrange(2000, 70000)
        lvl = f"{px}, TP {px + (1 if side == 'BUY' else -1) * px // 50}"
    else:
        px = rng.randrange(10500, 15000) / 10000
        lvl = f"{px:.4f}"
    if rng.random() < 0.35:
        return "sms" if rng.random() < 0.5 else "social", c.join_stripped([
            c.pick(rng, [f"Đầu tư {c.pick(rng, ['vàng', 'forex', 'vàng, forex'])} cùng chuyên gia {rng.randrange(8, 20)} năm kinh nghiệm,",
                         "Nhóm tín hiệu vàng VIP:", "Copy lệnh theo chuyên gia,"]),
            f"winrate {rng.choice([90, 92, 94, 95, 96])}%, lợi nhuận {c.pick(rng, ['30-50%/tháng', '3%/ngày', '200-500 pip/lệnh'])}.",
            f"Nhận tín hiệu miễn phí: {_group_link(rng)}"])
    return "chat", c.join_stripped([
        c.pick(rng, ["Tín hiệu VIP hôm nay:", "📊 Lệnh mới:", "⚡ TÍN HIỆU:", "Lệnh VIP:"]),
        f"{side} {pair} tại {lvl}.",
        c.pick(rng, [f"Tỷ lệ thắng tháng này {rng.choice([91, 93, 94, 97])}%.", f"Lệnh trước chốt {rng.randrange(40, 300)} pip.", ""]),
        c.pick(rng, ["Thành viên chưa có tài khoản liên hệ admin để được mở và nạp vốn.",
                     "Tối nay 21h có lệnh lớn, thành viên nạp thêm vốn để tối ưu lợi nhuận.",
                     f"Nhóm VIP còn {rng.randrange(2, 9)} slot, phí {_fmt(rng, rng.choice([990_000, 1_500_000, 2_000_000]))}/tháng, thua hoàn phí."])])


def _crypto(rng):
    you, me = _pair(rng)
    variant = rng.randrange(4)
    if variant == 0:
        price = rng.choice(["0,01", "0,02", "0,005", "0,05"])
        return "chat", c.join_stripped([
            f"Dự án {c.pick(rng, ['token AI', 'coin mới', 'token GameFi', 'token xanh'])} niêm yết trên sàn {c.pick(rng, ['tuần sau', 'cuối tháng', 'trong 10 ngày'])},",
            f"giá presale chỉ {price} USDT, dự kiến x{rng.choice([10, 20, 50])} sau niêm yết.",
            f"Mua tối thiểu {rng.choice([100, 200, 500])} USDT, suất giới hạn cho nhóm kín.",
            c.pick(rng, [f"Chuyển USDT về ví TRC20 của admin: {_wallet(rng)}", "Báo admin để giữ suất.", f"Liên hệ {_contact(rng)}"])])
    if variant == 1:
        d = rng.choice(["1%", "1,5%", "2%", "3%"])
        return c.pick(rng, ["chat", "social"]), c.join_stripped([
            c.pick(rng, ["💰 Thu nhập thụ động với stablecoin:", f"Gửi USDT vào gói staking {rng.choice([30, 60, 90])} ngày", "Đào coin bằng điện thoại,"]),
            f"lãi {d}/ngày, {c.pick(rng, ['rút gốc bất kỳ lúc nào', 'trả lãi mỗi 24h', 'hoàn vốn sau 25 ngày'])}.",
            f"Nạp tối thiểu {rng.choice([50, 100, 300])} USDT.",
            c.pick(rng, [f"Đăng ký: {_platform_url(rng)}", "Link ở bình luận đầu tiên.", f"Dùng mã mời {rng.randrange(100000, 999999)} được thưởng 20 USDT."])])
    if variant == 2:
        rate = rng.randrange(25200, 26500, 50)
        return "chat", c.join_stripped([
            f"{c.cap_first(you)} không cần mua USDT đâu,",
            f"{you} chuyển tiền Việt vào tài khoản đại lý, bên {me} quy đổi và nạp thẳng vào ví, tỷ giá {rate // 1000}.{rate % 1000:03d}đ/USDT.",
            f"{c.bank_name(rng)} {c.account_number(rng)}, nội dung ghi ID sàn của {you}."])
    prof = rng.randrange(300, 5000)
    return "chat", c.join_stripped([
        f"Lợi nhuận của {you} đã về ví {prof:,} USDT.".replace(",", "."),
        f"Để rút về ngân hàng, {you} cần đóng {c.pick(rng, ['phí chuyển đổi', 'phí gas', 'phí mạng lưới', 'thuế tài sản số'])} {rng.choice([10, 15, 20])}%",
        c.pick(rng, ["trước khi giải ngân.", f"{c.deadline(rng)}.", "rồi tiền về trong 30 phút."])])


def _guaranteed(rng):
    you, me = _pair(rng)
    dep = _vnd(rng, 10, 500)
    pct = rng.choice([3, 5, 6, 8, 10, 12, 15, 20])
    per = c.pick(rng, ["tháng", "tuần"])
    ch = c.pick(rng, ["chat", "chat", "sms", "social"])
    if ch == "sms":
        return ch, c.join_stripped([
            c.pick(rng, ["Đầu tư an toàn,", f"Quỹ {c.pick(rng, PLATFORMS)} tuyển nhà đầu tư:", "Kênh sinh lời vượt trội:"]),
            f"cam kết lợi nhuận {pct}%/{per}, bảo toàn vốn 100%. Vốn từ {_fmt(rng, _vnd(rng, 5, 20), 3)}.",
            c.pick(rng, [f"Liên hệ chuyên viên tư vấn: {c.phone(rng)}", f"Đăng ký: {_platform_url(rng)}"])])
    if ch == "social":
        return ch, c.join_stripped([
            c.pick(rng, ["ĐẦU TƯ 0 RỦI RO 💯", "Lãi đều mỗi ngày 💵", "Không còn lo lạm phát!"]),
            f"Lợi nhuận {rng.choice([1, 2, 3])}%/ngày, rút lãi hằng ngày, cam kết hoàn vốn nếu thua lỗ.",
            f"Đã có hơn {rng.choice([5, 10, 20, 50])}.000 thành viên rút tiền thành công.",
            c.pick(rng, ["Ib ngay để được tư vấn!", "Comment 'THAM GIA'", "Inbox page nhé"])])
    return ch, c.join_stripped([
        c.pick(rng, [f"{c.cap_first(you)} yên tâm, gói đầu tư bên {me} cam kết lợi nhuận cố định {pct}% mỗi {per},",
                     f"Gói {_fmt(rng, dep, 3)} bên {me} đang ưu đãi, lãi {pct}%/{per},"]),
        c.pick(rng, ["có hợp đồng bảo lãnh vốn.", "lỗ bên em đền bù 100%.", "có hợp đồng ký kết đàng hoàng."]),
        f"{c.cap_first(you)} gửi {_fmt(rng, dep)} thì mỗi {per} nhận {_fmt(rng, dep * pct // 100)}.",
        c.maybe(rng, c.pick(rng, ["Ngân hàng chỉ có 5%/năm thôi.", f"{c.cap_first(you)} thử ít trước đi, thấy lãi về rồi tính tiếp."]))])


def _x2(rng):
    you, me = _pair(rng)
    dep = _vnd(rng, 5, 100)
    days = rng.choice([5, 6, 7, 10])
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"{c.cap_first(c.pick(rng, TITLES))} vừa mở chương trình x2 tài khoản cho thành viên nhóm:",
            f"nạp {_fmt(rng, dep)}, sau {days} ngày giao dịch theo tín hiệu tài khoản lên {_fmt(rng, dep * 2)}.",
            c.pick(rng, ["Chỉ mở 1 lần mỗi quý,", "Slot có hạn,", f"Đã có {rng.randrange(20, 80)} thành viên x2 thành công,"]),
            c.pick(rng, ["ai muốn tham gia báo trợ lý trước 18h.", "xem bill ở trên nhé.", "nạp vốn trước phiên sáng mai."])])
    if variant == 1:
        name = c.person_name(rng, False)
        return "chat", c.join_stripped([
            f"Chúc mừng chị {name} đã x2 tài khoản thành công 🎉",
            f"từ {_fmt(rng, dep)} lên {_fmt(rng, dep * 2 + _vnd(rng, 0, 3))} chỉ sau {days} ngày.",
            f"Ai muốn x2 như chị {name} thì nạp vốn trước {c.pick(rng, ['9h sáng mai', 'phiên chiều nay', '20h tối nay'])} nhé."])
    if rng.random() < 0.5:
        return "sms", c.join_stripped([f"X2 tài khoản chỉ trong {days} ngày cùng chuyên gia.", f"Vốn từ {_fmt(rng, _vnd(rng, 3, 10), 3)}.",
                                       f"Tham gia nhóm kín: {_group_link(rng)}"])
    return "social", c.join_stripped([
        f"Tuần này nhóm mình lại x2 tài khoản cho {rng.randrange(20, 90)} thành viên 🔥🔥",
        "Ai còn đang gồng lỗ thì vào đây, chuyên gia hỗ trợ gỡ lỗ và x2 miễn phí.",
        c.pick(rng, ["Link nhóm ở bình luận.", f"Vào nhóm: {_group_link(rng)}"])])


def _withdraw_tax(rng):
    you, me = _pair(rng)
    bal = _vnd(rng, 50, 2000)
    pct = rng.choice([5, 10, 15, 20, 25, 30])
    reason, fee = c.pick(rng, [("lệnh rút đang chờ xử lý", "thuế thu nhập"),
                               ("tài khoản bị đóng băng do nghi vấn rửa tiền", "tiền chứng minh nguồn tiền"),
                               ("sai thông tin ngân hàng", "phí sửa thông tin"),
                               ("tài khoản ở cấp thường, vượt hạn mức rút", "phí nâng cấp VIP"),
                               ("điểm tín dụng chỉ còn 60/100", "phí khôi phục điểm tín dụng"),
                               ("ngân hàng trung gian yêu cầu ký quỹ chống rửa tiền", "tiền ký quỹ"),
                               ("tài khoản quốc tế chưa duy trì", "phí duy trì tài khoản"),
                               ("giao dịch vượt biên độ, tài khoản bị âm", "tiền bù số âm")])
    if rng.random() < 0.2:
        return "sms", c.join_stripped([f"Sàn {c.pick(rng, PLATFORMS)} thông báo: tài khoản của quý khách có lợi nhuận chưa rút {_fmt(rng, bal)}.",
                                       f"Vui lòng hoàn tất phí xác minh {c.deadline(rng)} tại {_platform_url(rng)} để giải ngân."])
    return "chat", c.join_stripped([
        c.pick(rng, ["Thông báo từ bộ phận tài vụ:", f"Kính gửi nhà đầu tư ID {rng.randrange(100000, 999999)}:",
                     f"Dạ {you} ơi,", "CSKH sàn xin thông báo:"]),
        f"{reason}, số dư {_fmt(rng, bal)}.",
        f"Theo quy định {you} cần nộp {fee} {pct}% ({_fmt(rng, bal * pct // 100)}) trước khi giải ngân.",
        c.pick(rng, ["Sau khi nộp, tiền về tài khoản trong 2 giờ.", f"Quá {c.pick(rng, ['24 giờ', 'hạn', '17h'])} lợi nhuận sẽ bị thu hồi.",
                     "Không nộp thì lệnh rút bị hủy và tài khoản bị khóa theo điều khoản.", "Đây là lần xác minh cuối cùng ạ."])])


def _romance(rng):
    pet = c.pick(rng, ["Em yêu", "Vợ yêu", "Anh yêu", "Em à", "Bé ơi", "Anh à", "Cục cưng"])
    country = c.pick(rng, COUNTRIES)
    plat = c.pick(rng, PLATFORMS)
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"{pet}, hôm nay {c.pick(rng, ['anh', 'em'])} lại lời thêm {rng.randrange(2, 30)}.000 đô",
            c.pick(rng, ["nhờ dữ liệu của chú bên công ty phân tích.", "trên sàn vàng quốc tế.", "nhờ lệnh của chuyên gia quen."]),
            c.pick(rng, ["Không muốn thấy người mình thương vất vả mãi,", "Mình cùng nhau xây tương lai nhé,"]),
            f"mở tài khoản trên {plat} đi, {c.pick(rng, ['mình hướng dẫn từng bước', 'lời thì giữ, lỗ thì mình bù', 'vốn ít cũng được'])} ❤️"])
    if variant == 1:
        need = _vnd(rng, 10, 300)
        return "chat", c.join_stripped([
            f"{pet}, tài khoản đang bị khóa vì sàn yêu cầu nộp {c.pick(rng, ['thuế thu nhập', 'phí xác minh', 'phí rút tiền quốc tế'])}.",
            f"Đã ứng giúp một nửa rồi, chỉ cần góp thêm {_fmt(rng, need)} nữa thôi.",
            c.pick(rng, ["Rút xong mình gặp nhau như đã hứa nha.", "Rút được là mình đi du lịch nhé.", "Tin mình lần này thôi."])])
    return "chat", c.join_stripped([
        c.pick(rng, [f"Chào em, anh là kỹ sư người Việt đang làm việc ở {country}.",
                     f"Xin lỗi nhắn nhầm số, nhưng nói chuyện hợp quá. Mình đang làm quản lý quỹ ở {country}.",
                     f"Em ở {country}, làm trong lĩnh vực tài chính."]),
        c.pick(rng, [f"Lúc rảnh hay đầu tư {c.pick(rng, ASSETS)}, tháng này lãi {rng.randrange(20, 60)}%.",
                     f"Có một dự án {c.pick(rng, ASSETS)} lãi {rng.randrange(20, 50)}% mỗi tháng."]),
        c.pick(rng, ["Nếu tin thì để mình chỉ cách kiếm thêm thu nhập nhé 😊", f"Thử nạp {_fmt(rng, _vnd(rng, 5, 30))} thôi, mình theo dõi giúp.",
                     "Người ngoài mình không nói đâu."])])


def _broker_call(rng):
    you, me = _pair(rng)
    if you in ("anh chị", "bạn"):
        you, me = "anh", "em"
    asset, pitch = c.pick(rng, [
        ("chứng khoán", f"mỗi tuần chuyên gia giới thiệu 2-3 mã có thể tăng {rng.choice([20, 30, 40])}%"),
        ("vàng", f"gói đầu tư vàng tài khoản quốc tế, lợi nhuận {rng.choice([10, 12, 15, 25])} phần trăm mỗi tháng"),
        ("tiền số", f"dự án token mới, giá mở bán sớm rất thấp, dự kiến tăng gấp {rng.choice([5, 10, 20])} lần"),
        ("gỡ lỗ", "chuyển sang nền tảng đối tác nước ngoài có đòn bẩy, chuyên gia đánh hộ, một tháng là về bờ"),
    ])
    org = c.pick(rng, ["một công ty chứng khoán", "quỹ đầu tư", "sàn giao dịch tài sản số", "phòng đầu tư", "bộ phận chăm sóc nhà đầu tư"])
    dep = _vnd(rng, 10, 100)
    lines = [
        (0, f"Alo, {me} chào {you}, {me} là {c.person_name(rng, False)} gọi từ {org} ạ."),
        (1, c.pick(rng, ["Ừ, sao em?", "Ai vậy?", "Có việc gì?", "Tôi nghe."])),
        (0, f"Dạ bên {me} đang có chương trình {asset} cho khách hàng: {pitch}."),
        (1, c.pick(rng, ["Có an toàn không?", "Tôi không rành mấy cái này.", "Lỗ thì sao?", "Sao lãi cao vậy?"])),
        (0, f"Dạ {you} không cần biết gì đâu, có chuyên gia vào lệnh, {c.pick(rng, ['cam kết bảo toàn vốn', 'lỗ bên ' + me + ' chịu', 'có hợp đồng điện tử rõ ràng'])}. {c.cap_first(you)} nạp trước {_fmt(rng, dep, 3)} để mở tài khoản thôi ạ."),
        (1, c.pick(rng, ["Để tôi suy nghĩ.", "Ừ, gửi thông tin qua đi.", "Thôi được."])),
        (0, f"Dạ {you} cho {me} xin Zalo, {me} gửi tài liệu và link mở tài khoản. {c.pick(rng, ['Ưu đãi tặng 10% vốn chỉ trong tuần này', 'Hôm nay là ngày cuối nhận thành viên', 'Nhóm chỉ còn vài suất'])} ạ."),
    ]
    return "call", _turns(rng, lines, call=True)


def _social_ad(rng):
    job = c.pick(rng, ["cô giáo về hưu", "bà mẹ đơn thân", "anh shipper", "chị công nhân", "chàng sinh viên", "ông bán tạp hóa"])
    prov = c.pick(rng, c.PROVINCES)
    variant = rng.randrange(3)
    if variant == 0:
        return "social", c.join_stripped([
            f"Bí quyết nào giúp {job} ở {prov} kiếm {rng.choice([100, 200, 300, 500])} triệu mỗi tháng ngay tại nhà?",
            f"Chỉ với ứng dụng đầu tư thông minh, vốn từ {rng.choice([3, 5, 10])} triệu, lãi mỗi ngày.",
            c.pick(rng, ["Bấm 'Tìm hiểu thêm' để đăng ký trước khi hết suất!", f"Đăng ký: {c.shortener_url(rng)}"])])
    if variant == 1:
        return "social", c.join_stripped([
            f"Tôi từng nợ {rng.choice([300, 500, 700, 900])} triệu,",
            c.pick(rng, ["vợ đòi ly hôn.", "mất hết nhà cửa.", "không dám về quê."]),
            f"Nhờ một người anh giới thiệu nhóm đầu tư {c.pick(rng, ASSETS)}, sau {rng.randrange(3, 8)} tháng tôi trả hết nợ.",
            "Ai đang khó khăn như tôi ngày trước, nhắn tin cho tôi, tôi giới thiệu chuyên gia cho."])
    return "social", c.join_stripped([
        c.pick(rng, [f"Mình theo chị {c.person_name(rng, False)} đầu tư được {rng.randrange(2, 8)} tháng rồi, tháng nào cũng lãi đều,",
                     "Uy tín thật sự mọi người ạ,", "Vừa rút lãi tuần này xong,"]),
        c.pick(rng, ["mọi người nhắn chị ấy đi 👍", "ai muốn tham gia ib mình giới thiệu.", "đầu tư 3 triệu mà mỗi ngày rút 500k."])])


def _ipo(rng):
    you, me = _pair(rng)
    shares = rng.choice([2000, 5000, 8000, 10000, 20000])
    price = rng.choice([10_000, 12_000, 15_000, 18_000, 20_000])
    total = shares * price
    variant = rng.randrange(3)
    if variant == 0:
        return "chat", c.join_stripped([
            f"{c.cap_first(you)} ơi bên {me} đang phân phối cổ phần {c.pick(rng, ['OTC', 'trước IPO', 'ưu đãi'])} của một công ty {c.pick(rng, ['công nghệ', 'năng lượng', 'bất động sản', 'dược phẩm'])} sắp niêm yết,",
            f"giá ưu đãi {price // 1000}.000đ/cp, dự kiến lên sàn {price * rng.randrange(3, 5) // 1000}.000đ.",
            f"Suất cho nhà đầu tư nội bộ chỉ còn {rng.choice([100, 200, 500])}.000 cổ phần."])
    if variant == 1:
        return "chat", c.join_stripped([
            f"Chúc mừng {you} đã trúng suất mua IPO {shares:,} cổ phần, tổng {_fmt(rng, total)}.".replace(f"{shares:,}", c.dotted(shares)),
            f"{c.cap_first(you)} thanh toán {c.deadline(rng)},",
            c.pick(rng, ["quá hạn suất bị hủy và tài khoản bị phạt vi phạm.", "không nộp đủ tài khoản sẽ bị âm và không rút được số dư."])])
    return "sms", c.join_stripped([
        c.pick(rng, ["Cơ hội sở hữu cổ phần trước niêm yết,", "Cổ phiếu IPO giá gốc cho thành viên VIP,"]),
        f"lợi nhuận dự kiến {rng.choice([150, 200, 300])}%.", f"LH {c.phone(rng)}"])


def _wrong_number(rng):
    you = c.pick(rng, ["anh", "chị"])
    name = c.person_name(rng, False)
    first = c.pick(rng, [f"Chào anh {name}, tối nay 7h họp lớp ở quán cũ nhé", f"Chị {name} ơi mai qua lấy hàng được không ạ?",
                         f"Cô {name} ơi con gửi tài liệu rồi ạ", "Alo, hồ sơ hôm qua anh gửi chưa?"])
    lines = [
        (0, first),
        (1, c.pick(rng, ["Nhắn nhầm số rồi", "Bạn nhầm số rồi ạ", "Ai vậy?"])),
        (0, f"Ôi xin lỗi {you} 😅 mà cũng là cái duyên, em là {c.person_name(rng, False)}, làm bên {c.pick(rng, ['phân tích tài chính', 'quỹ đầu tư', 'kế toán công ty chứng khoán', 'ngân hàng đầu tư'])}. {c.cap_first(you)} làm nghề gì ạ?"),
        (1, c.pick(rng, ["Làm văn phòng", "Kinh doanh nhỏ", "Làm kỹ thuật", "Về hưu rồi"])),
        (0, f"Dạ {c.pick(rng, ['vậy chắc cũng bận', 'hay quá', 'thế thì ổn định'])}. Em hay chia sẻ {c.pick(rng, ['mấy mã cổ phiếu', 'lệnh vàng', 'kèo coin'])} em đang theo, tuần này lãi {rng.randrange(10, 40)}% rồi đó, {you} muốn em gửi tham khảo không?"),
    ]
    return "chat", c.dialogue(rng, lines, [("A", "B"), ("Người lạ", "Tôi"), ("Số lạ", "Mình")])


FAMILIES = {
    "expert_group_invite": _group_invite_sms,
    "group_announcement": _group_announcement,
    "assistant_dm": _assistant_dm,
    "forex_gold_signal": _signal,
    "crypto_usdt_project": _crypto,
    "guaranteed_profit": _guaranteed,
    "x2_account": _x2,
    "fake_app_withdrawal": _withdraw_tax,
    "romance_investment": _romance,
    "broker_call": _broker_call,
    "social_ad_investment": _social_ad,
    "ipo_otc_shares": _ipo,
    "wrong_number_rapport": _wrong_number,
}


_LOWER_AFTER_COMMA = ("Anh ", "Chị ", "Bạn ", "Em ", "Cô chú", "Anh chị")


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_chat(rng, n, LABEL, FAMILIES, _LOWER_AFTER_COMMA)

"""Template generator for ``gambling_ad``: disguised online gambling and betting ads.

Families are distinct ad types: jackpot slots (nổ hũ), fish shooting (bắn cá),
tài xỉu / xóc đĩa, football betting, first-deposit bonus, free gift codes,
online lô đề, live casino, agent recruitment, "come back" refunds to old
accounts, card games for prizes, and betting-tip groups. Site names are
invented (brand-like words plus digits). Text is written with diacritics; a
share of keywords is disguised here the way real ads do (dots, spaces,
digits), the corpus build adds more.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "gambling_ad"


# ---------------------------------------------------------------- helpers
_DIGIT_SWAP = {"o": "0", "a": "4", "i": "1", "e": "3", "O": "0", "A": "4", "I": "1", "E": "3"}


def _disguise(rng: random.Random, phrase: str, prob: float = 0.3) -> str:
    """Disguise a keyword the way gambling SMS do, with probability ``prob``."""
    if rng.random() >= prob:
        return phrase
    how = rng.randrange(5)
    if how == 0:  # n.ổ h.ũ
        return " ".join(".".join(w) if len(w) <= 4 else w[0] + "." + w[1:] for w in phrase.split())
    if how == 1:  # N-Ổ H-Ũ
        return " ".join("-".join(w) for w in phrase.upper().split())
    if how == 2:  # n0 hu
        return "".join(_DIGIT_SWAP.get(ch, ch) if rng.random() < 0.6 else ch for ch in phrase)
    if how == 3:  # N'Ổ H'Ũ
        return " ".join(w[0] + "'" + w[1:] if len(w) > 1 else w for w in phrase.upper().split())
    return " ".join(" ".join(w) for w in phrase.split())  # t à i x ỉ u


SITE_PRE = ["sao", "rong", "hu", "vua", "may", "phat", "loc", "kim", "nohu", "banca", "tx", "king", "win", "vin",
            "sieu", "kho", "lucky", "ong", "hoang", "long", "ngoc", "thantai", "cavang", "bai", "keo", "xoso", "royal",
            "dragon", "tien", "vang"]
SITE_NUM = ["68", "79", "88", "86", "99", "777", "789", "888", "39", "52", "365", "66", "168", "69", "98", "8"]
SITE_TLD = ["vip", "club", "top", "bet", "win", "fun", "live", "pro", "cc", "xyz", "online", "site", "net", "com",
            "asia", "icu", "life", "me", "tv"]


def _site(rng: random.Random):
    name = c.pick(rng, SITE_PRE) + c.pick(rng, SITE_NUM) + c.pick(rng, ["", "", "", "vn", "vip", "x", "win"])
    return name.upper() if rng.random() < 0.7 else name.capitalize(), name


def _link(rng: random.Random, slug: str) -> str:
    tld = c.pick(rng, SITE_TLD)
    style = rng.randrange(10)
    if style <= 3:
        return f"{c.pick(rng, ['', '', 'https://', 'www.'])}{slug}.{tld}{c.pick(rng, ['', '', '/dangky', '/code', '/?ref=' + c.rand_token(rng, 5)])}"
    if style == 4:
        return f"{slug}(.){tld}"
    if style == 5:
        return " ".join(f"{slug}.{tld}")
    if style == 6:
        return c.shortener_url(rng)
    if style == 7:
        return f"t.me/{c.pick(rng, ['cskh', 'hotro', 'code', 'nhom'])}_{slug}"
    if style == 8:
        return f"{slug}-{c.pick(rng, ['dangky', 'khuyenmai', 'code', 'game'])}.{tld}"
    return f"{slug}{rng.randrange(1, 9)}.{tld}"


def _bonus(rng):
    return c.pick(rng, ["58K", "88K", "50K", "100K", "68K", "128K", "188K", "200K", "38K", "99K"])


def _pct(rng):
    return c.pick(rng, ["100%", "150%", "200%", "50%", "100%"])


def _salt(rng, text):
    if rng.random() < 0.15:
        return text + "  " + c.rand_token(rng, rng.randrange(3, 7))
    return text


def _fast_withdraw(rng):
    return c.pick(rng, ["rút tiền siêu tốc", "rút 1 phút", "rút tiền trong 3 phút", "nạp rút 24/7", "rút về ngân hàng trong 60 giây",
                        "rút siêu tốc", "rút không giới hạn", "rút liền tay"])


def _trust(rng):
    return c.pick(rng, ["uy tín", "uy tín số 1", "minh bạch, không bịp", "an toàn bảo mật", "CSKH 24/7", "uy tín 10 năm",
                        "không lừa đảo", "bảo mật tuyệt đối"])


def _sms(rng, parts):
    return _salt(rng, c.maybe_upper(rng, c.join_clean(parts), 0.15)), "sms"


def _social_or_chat(rng):
    return c.pick(rng, ["social", "chat"])


def _lines(rng: random.Random, lines) -> str:
    """Join post lines with newlines, or inline with sentence punctuation added."""
    lines = [x for x in lines if x]
    if rng.random() < 0.6:
        return "\n".join(lines)
    out = []
    for k, x in enumerate(lines):
        x = x.rstrip()
        if x and x[-1].isalnum() and k < len(lines) - 1:
            x += c.pick(rng, [".", ".", " -", ","])
        out.append(x)
    return " ".join(out)


def _emoji(rng, pool):
    return c.maybe(rng, c.pick(rng, pool), 0.5)


# ---------------------------------------------------------------- families
def _slot_jackpot(rng):
    brand, slug = _site(rng)
    hu = c.pick(rng, ["hũ Thần Tài", "hũ Kho Báu", "hũ Vàng", "hũ Rồng", "hũ Tài Lộc", "hũ"])
    size = c.pick(rng, ["2 tỷ", "5 tỷ", "1,2 tỷ", "860 triệu", "3,5 tỷ", "50 tỷ"])
    kw = _disguise(rng, c.pick(rng, ["nổ hũ", "quay hũ", "slot đổi thưởng", "nổ hũ đổi thưởng"]))
    ch = c.pick(rng, ["sms", "sms", "social", "chat"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"[{brand}]", f"{brand}:", _emoji(rng, ["🎰", "🔥", "💰"])]),
                          c.pick(rng, [f"{kw.upper()} - {hu} {size} đang chờ bạn!", f"{hu.capitalize()} vừa nổ {size}!",
                                       f"{kw.capitalize()} cực dễ, {hu} {size}."]),
                          c.pick(rng, [f"Tặng {_bonus(rng)} cho tân thủ", f"Nạp đầu tặng {_pct(rng)}", f"{rng.randrange(1, 6)} lượt quay miễn phí"]) + ",",
                          _fast_withdraw(rng) + ".", c.pick(rng, ["Truy cập:", "Vào ngay:", "Link:", "➡", "Đăng ký:"]), _link(rng, slug)])
    if ch == "social":
        win = c.pick(rng, ["86 triệu", "120 triệu", "45 triệu", "1,1 tỷ", "230 triệu"])
        text = c.join_clean([_emoji(rng, ["🎰", "🔥🔥", "💸"]),
                             c.pick(rng, [f"Anh em ơi hôm nay {hu} nổ liên tục!", f"Vừa ăn {hu} {win} trên {brand} 😱",
                                          f"Hũ đang lên {size} anh em ơi!!!"]),
                             f"Rút về tài khoản trong {rng.randrange(1, 5)} phút 💸.",
                             c.pick(rng, [f"Link đăng ký ở bình luận, nhập mã {c.rand_token(rng, 4).upper()} nhận thêm {_bonus(rng)} nha!",
                                          f"Ai chưa có tài khoản vào link bio, tân thủ tặng {_bonus(rng)}.",
                                          f"Inbox mình gửi link + code {_bonus(rng)}."]),
                             c.maybe(rng, f"{_trust(rng).capitalize()} 💯", 0.5)])
        return text, ch
    who = c.pick(rng, ["anh", "chị", "bạn"])
    text = c.join_clean([f"Em chào {who}, bên em là cổng game giải trí đổi thưởng {_trust(rng)}.",
                         f"{hu.capitalize()} đang tích lũy {size}, tỷ lệ {kw} cao nhất thị trường.",
                         f"{who.capitalize()} đăng ký qua link em gửi được tặng ngay {_bonus(rng)} chơi thử 🎁",
                         c.maybe(rng, _link(rng, slug), 0.6)])
    return text, ch


def _fish_shooting(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["bắn cá", "bắn cá đổi thưởng", "bắn cá ăn xu", "bắn cá xèng"]))
    boss = c.pick(rng, ["boss Rồng Vàng", "boss Kim Long", "cá mập vàng", "boss Thủy Quái", "rồng lửa"])
    ch = c.pick(rng, ["sms", "sms", "social", "chat", "call"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"{kw.upper()}", f"[{brand}] {kw.capitalize()}", f"{kw.capitalize()} ăn tiền thật"]),
                          "-", c.pick(rng, [f"săn {boss} x1000.", "mỗi con boss từ 500K đến 20 triệu.", "đồ họa 3D, đổi thưởng thật."]),
                          f"Tặng {_bonus(rng)} tài khoản mới, nạp đầu x2.", c.maybe(rng, "Đổi thưởng qua ngân hàng, MoMo.", 0.4),
                          c.pick(rng, ["Tải game:", "Link:", "Vào:"]), _link(rng, slug)])
    if ch == "social":
        lines = [f"🐠 {kw.upper()} SIÊU PHẨM 🐠", "✅ Bắn boss rơi tiền thật", "✅ Đổi thưởng qua ngân hàng, MoMo",
                 f"✅ Tặng {_bonus(rng)} cho tài khoản mới", f"✅ {_fast_withdraw(rng).capitalize()}"]
        head, rest = lines[0], lines[1:]
        rng.shuffle(rest)
        return c.clean_spacing(_lines(rng, [head] + rest[:rng.randrange(2, 5)] + [c.pick(rng, ["👉 Tải ngay tại link ở bio!", "Inbox lấy link + code nha!"])])), ch
    who = c.pick(rng, ["anh", "chị", "chú", "bạn"])
    if ch == "call":
        turns = [
            ("A", f"Dạ em chào {who}, em gọi bên game {kw}{'' if 'đổi' in kw else ' đổi thưởng'}. Hôm trước {who} có tải game bên em đúng không ạ?"),
            ("B", c.pick(rng, ["Ừ, chơi cho vui thôi.", "Có, sao em?", "Game gì nhỉ?"])),
            ("A", f"Dạ tuần này có sự kiện săn {boss}, bắn trúng ăn được {c.pick(rng, ['5 triệu', '10 triệu', '2 triệu'])}. {who.capitalize()} nạp {c.pick(rng, ['200', '300', '500'])} nghìn em tặng thêm chừng đó xu, bắn được bao nhiêu đổi ra tiền về tài khoản bấy nhiêu."),
            ("B", "Rút có được thật không?"),
            ("A", f"Dạ thật ạ, {_fast_withdraw(rng)}, em gửi link nạp qua Zalo cho {who} nhé."),
        ]
        return c.clean_spacing(c.render_labelled(turns, c.turn_separator(rng))), ch
    text = c.join_clean([c.pick(rng, [f"Chào {who}, mình là CSKH game {kw} {brand}.", f"{who.capitalize()} ơi {kw} bên em đang có sự kiện {boss}."]),
                         f"Nạp {c.pick(rng, ['100k', '200k', '500k'])} tặng thêm {_pct(rng)}, {_fast_withdraw(rng)}.",
                         c.pick(rng, [f"Nhập code {c.rand_token(rng, 5).upper()} nhận {_bonus(rng)} xu.", "Link tải game em gửi bên dưới nha."]),
                         c.maybe(rng, _link(rng, slug), 0.5)])
    return text, ch


def _taixiu(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["tài xỉu", "tài xỉu md5", "xóc đĩa", "tài xỉu livestream", "bầu cua"]))
    ch = c.pick(rng, ["sms", "sms", "social", "chat"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"{kw.upper()} ONLINE", f"[{brand}] {kw.capitalize()}", f"{kw.capitalize()} 1 phút 1 phiên"]),
                          "-", c.pick(rng, [_trust(rng) + ".", "cược từ 1.000đ.", "dealer lắc trực tiếp."]),
                          f"Nạp đầu tặng {_pct(rng)}, {_fast_withdraw(rng)}.", c.maybe(rng, f"Code tân thủ {_bonus(rng)}.", 0.4),
                          c.pick(rng, ["Truy cập:", "Vào:", "Link:"]), _link(rng, slug)])
    if ch == "social":
        seq = " - ".join(c.pick(rng, ["Tài", "Xỉu"]) for _ in range(rng.randrange(3, 6)))
        text = _lines(rng, [c.pick(rng, ["🎲 CẦU ĐẸP HÔM NAY 🎲", f"Kèo {kw} hôm nay ăn {rng.randrange(3, 9)}/{rng.randrange(9, 11)} anh em ơi 🔥",
                                      "📈 Theo cầu là ăn"]),
                         f"Phiên {rng.randrange(8, 23)}h: {seq}",
                         c.pick(rng, ["Chưa có tài khoản inbox mình lấy link, nạp lần đầu x2 tiền nha!",
                                      f"Ai muốn vào nhóm theo cầu ib, sàn {_trust(rng)}, tân thủ tặng {_bonus(rng)}."])])
        return c.clean_spacing(text), ch
    who = c.pick(rng, ["anh", "chị", "bạn"])
    text = c.join_clean([c.pick(rng, [f"{who.capitalize()} ơi {who} rảnh buổi tối không, em chỉ cái này kiếm thêm nè.",
                                      f"{who.capitalize()} ơi bên em có bàn {kw} live, không can thiệp kết quả được ạ."]),
                         c.pick(rng, ["Mỗi phiên 1 phút, chọn Tài hoặc Xỉu, đúng là ăn gấp đôi.", f"Nạp tối thiểu {c.pick(rng, ['50k', '100k', '200k'])} là chơi được."]),
                         f"Đăng ký qua link em được tặng {_bonus(rng)} nha.", c.maybe(rng, _link(rng, slug), 0.6)])
    return text, ch


def _sports_betting(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["cá độ bóng đá", "kèo bóng đá", "cược thể thao", "kèo nhà cái"]))
    league = c.pick(rng, ["Ngoại Hạng Anh", "C1", "V-League", "La Liga", "World Cup", "Euro", "Serie A", "SEA Games"])
    teams = c.pick(rng, ["MU vs Liverpool", "Real vs Barca", "Arsenal vs Chelsea", "Hà Nội vs Hải Phòng", "PSG vs Bayern",
                         "Việt Nam vs Thái Lan", "Inter vs Milan"])
    ch = c.pick(rng, ["sms", "sms", "social", "chat", "call"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"{kw.capitalize()} hôm nay: {league}.", f"{league} cuối tuần - kèo thơm, tỷ lệ cao.",
                                       f"[{brand}] {kw.capitalize()} {league}."]),
                          c.pick(rng, [f"Hoàn trả {c.pick(rng, ['1%', '1,2%', '1,5%'])} mỗi vé cược", "Cược thua trận đầu hoàn 100%"]) + ",",
                          f"nạp đầu tặng {_pct(rng)}.", c.pick(rng, ["Truy cập:", "Vào:", "Link:"]), _link(rng, slug)])
    if ch == "social":
        odds = c.pick(rng, ["chấp 0.5", "chấp 1/4", "tài 2.5", "chấp 1", "xỉu 3"])
        text = _lines(rng, [c.pick(rng, ["⚽ NHẬN ĐỊNH KÈO ĐÊM NAY ⚽", f"Hôm qua theo kèo mình ăn {rng.randrange(2, 5)} trận liền 💰", "🏆 KÈO VIP MIỄN PHÍ"]),
                         f"{teams}: {odds}, gợi ý theo {c.pick(rng, ['cửa trên', 'cửa dưới', 'tài', 'xỉu'])}.",
                         c.pick(rng, [f"Cần link nhà cái {_trust(rng)}, nạp rút nhanh, tặng {_pct(rng)} nạp đầu thì comment \"KÈO\"!",
                                      "Ai muốn vào nhóm kéo kèo thì ib, đăng ký qua link nhà cái mình gửi là được vào."])])
        return c.clean_spacing(text), ch
    who = c.pick(rng, ["anh", "anh", "bạn", "chú"])
    if ch == "call":
        turns = [
            ("Người gọi", f"Alo chào {who}, em gọi từ chăm sóc khách hàng trang giải trí thể thao. Trước {who} có đăng ký tài khoản bên em."),
            ("Người nghe", c.pick(rng, ["Ừ, có chuyện gì?", "Trang nào em?", "Anh nghỉ chơi rồi."])),
            ("Người gọi", f"Dạ tối nay có trận {teams}, bên em tặng tài khoản cũ {c.pick(rng, ['100', '200', '300'])} nghìn tiền cược miễn phí, nạp thêm tặng {_pct(rng)}."),
            ("Người nghe", "Rút có lâu không?"),
            ("Người gọi", f"Dạ {_fast_withdraw(rng)} {who} ạ, em gửi link qua Zalo, {who} đăng nhập lại là nhận quà."),
        ]
        return c.clean_spacing(c.render_labelled(turns, c.turn_separator(rng))), ch
    text = c.join_clean([c.pick(rng, [f"Chào {who}, em là CSKH nhà cái {brand}.", f"{who.capitalize()} ơi tối nay có trận {teams}."]),
                         c.pick(rng, ["Mùa giải mới bên em hoàn trả không giới hạn, cược thua trận đầu hoàn 100%.",
                                      f"Nạp {c.pick(rng, ['500k', '1 triệu'])} tặng {_pct(rng)}, cược xiên 3 trận ăn x8."]),
                         f"{who.capitalize()} ib em lấy link đăng ký nhé, {_fast_withdraw(rng)}."])
    return text, ch


def _first_deposit(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["nạp đầu", "nạp lần đầu", "tân thủ nạp"]), 0.35)
    ch = c.pick(rng, ["sms", "sms", "sms", "social", "chat"])
    games = c.pick(rng, ["Game bài - nổ hũ - bắn cá - thể thao.", "Slot, casino, thể thao, xổ số.", "", ""])
    if ch == "sms":
        return _sms(rng, [c.maybe(rng, f"{brand}:", 0.6), f"{kw.upper()} TẶNG {_pct(rng)}" + c.pick(rng, ["", f" TỚI {rng.randrange(2, 20)} TRIỆU"]) + ".",
                          games, f"{_fast_withdraw(rng).capitalize()}, {_trust(rng)}.",
                          c.pick(rng, ["Đăng ký ngay:", "Truy cập:", "Link:"]), _link(rng, slug)])
    if ch == "social":
        text = c.join_clean([f"Đăng ký mới nhận ngay {_bonus(rng)} 🎁", f"{kw} x2 tài khoản 💵", f"{_fast_withdraw(rng)} 🏦",
                             c.pick(rng, ["Anh em muốn kiếm thêm buổi tối vào link ghim đầu trang nha.", "Link ở bình luận 👇"]),
                             f"{_trust(rng).capitalize()}!"])
        return text, ch
    who = c.pick(rng, ["anh", "chị", "bạn"])
    n = c.pick(rng, ["300k", "500k", "1 triệu"])
    text = c.join_clean([f"Dạ {who}, sự kiện khai trương bên em: {kw} {n} tặng {n}, nạp lần 2 tặng 50%.",
                         "Vòng cược thấp, rút được ngay trong ngày.",
                         f"{who.capitalize()} đăng ký qua link em gửi, nhập mã giới thiệu {c.rand_token(rng, 4).upper()}{c.pick(rng, SITE_NUM)} được cộng thêm {_bonus(rng)} ạ."])
    return text, ch


def _free_giftcode(rng):
    brand, slug = _site(rng)
    code = c.pick(rng, ["VIP", "NEW", "TANTHU", "FREE", "LOC", "HB", "GIFT", "SUMMER"]) + c.pick(rng, ["58", "88", "68", "100", "50"]) + c.maybe(rng, c.rand_token(rng, 2).upper(), 0.4)
    kw = _disguise(rng, c.pick(rng, ["code", "giftcode", "mã quà tặng", "code free"]), 0.3)
    ch = c.pick(rng, ["sms", "sms", "social", "chat"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"{kw.upper()} {_bonus(rng)} đã được gửi đến tài khoản của bạn.", f"Tặng bạn {kw} {_bonus(rng)} miễn phí, không cần nạp.",
                                       f"{kw.capitalize()} tân thủ {_bonus(rng)} dành riêng cho bạn: {code}."]),
                          c.pick(rng, [f"Nhập {code} tại", "Nhận ngay tại", "Kích hoạt tại"]), _link(rng, slug) + ".",
                          c.pick(rng, ["Thắng rút được tiền thật.", "Hạn sử dụng 24h.", f"{_fast_withdraw(rng).capitalize()}."])])
    if ch == "social":
        lines = [c.pick(rng, [f"🎁 PHÁT {kw.upper()} {_bonus(rng)} FREE 🎁", "🎁 GIFTCODE MỚI NHẤT 🎁"]),
                 f"- Code {_bonus(rng)}: {code}", c.maybe(rng, f"- Code {_bonus(rng)} cho tài khoản nạp lần đầu", 0.5),
                 c.pick(rng, ["Comment 'CODE' mình gửi inbox.", "Nhập code tại cổng game, link ở bình luận đầu tiên.",
                              "Dùng được cho nổ hũ, bắn cá, tài xỉu. Thắng rút tiền thật!"])]
        return c.clean_spacing(_lines(rng, lines)), ch
    text = c.join_clean([f"Em gửi {c.pick(rng, ['anh', 'chị', 'bạn'])} code {_bonus(rng)} nè: {code}.",
                         "Đăng ký tài khoản ở link bên dưới, vào mục Khuyến mãi nhập code là nhận.",
                         "Chơi thắng đủ vòng cược là rút về ngân hàng được luôn 🥰", c.maybe(rng, _link(rng, slug), 0.6)])
    return text, ch


def _lottery_lode(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["lô đề online", "đánh đề online", "xổ số online", "lô đề 3 miền"]))
    nums = [f"{rng.randrange(100):02d}" for _ in range(3)]
    ch = c.pick(rng, ["sms", "sms", "social", "chat"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"{kw.capitalize()} tỷ lệ 1 ăn {c.pick(rng, ['99', '99,5', '98'])}.", f"Số đẹp hôm nay: {nums[0]} - {nums[1]}.",
                                       f"{kw.capitalize()} - keno - xổ số siêu tốc 1 phút 1 kỳ."]),
                          c.pick(rng, [f"Trả thưởng tự động, {_fast_withdraw(rng)}.", f"Nạp {c.pick(rng, ['20k', '50k', '100k'])} chơi ngay."]),
                          f"Đăng ký tặng {_bonus(rng)}:", _link(rng, slug)])
    if ch == "social":
        text = _lines(rng, [c.pick(rng, ["🎯 SOI CẦU MIỀN BẮC HÔM NAY 🎯", "Chốt số đẹp hôm nay 🔥", "📊 DỰ ĐOÁN XSMB"]),
                         f"Bạch thủ lô: {nums[0]}", f"Song thủ: {nums[1]} - {nums[1][::-1]}", c.maybe(rng, f"Đề: {nums[2]}", 0.6),
                         c.pick(rng, [f"Anh em muốn đánh online 1 ăn 99 vào link nhà cái ghim trên trang, nạp đầu tặng {_pct(rng)}!",
                                      "Chưa có chỗ đánh online uy tín thì ib mình, nạp rút nhanh."])])
        return c.clean_spacing(text), ch
    who = c.pick(rng, ["anh", "chú", "chị", "cô"])
    text = c.join_clean([f"{who.capitalize()} ơi {kw} bên em tỉ lệ 1 ăn 99,5, không phải ra tiệm.",
                         f"Nạp qua ngân hàng, trúng là tiền về tài khoản {who} liền.",
                         c.pick(rng, [f"Hôm nay cầu về đẹp, em gửi {who} bạch thủ {nums[0]}.", f"Em đăng ký giùm {who} rồi, {who} nạp trước {c.pick(rng, ['100', '200'])} nghìn là chơi được."]),
                         c.maybe(rng, _link(rng, slug), 0.5)])
    return text, ch


def _live_casino(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["casino trực tuyến", "baccarat", "sòng bài online", "rồng hổ", "casino live"]))
    ch = c.pick(rng, ["sms", "sms", "chat", "social"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"{kw.capitalize()} - Baccarat, Rồng Hổ, Roulette với dealer xinh đẹp.", f"{kw.upper()} live 🃏",
                                       f"Trải nghiệm {kw} đẳng cấp trên điện thoại!"]),
                          f"Hoàn trả {c.pick(rng, ['1%', '1,2%', '1,5%'])} mỗi ngày, nạp đầu tặng {_pct(rng)}.", _link(rng, slug)])
    if ch == "social":
        text = c.join_clean([c.pick(rng, [f"Chiến thuật {kw} gấp thếp, mỗi ngày ăn 500K rồi nghỉ 💵", "Xì dách, rồng hổ, baccarat live - chơi trên điện thoại ăn tiền thật 💵",
                                          f"Tối qua ngồi {kw} 2 tiếng lãi {c.pick(rng, ['3 triệu', '5 triệu', '7 triệu rưỡi'])} 😎 Dealer live, không bịp.",
                                          f"🃏 {kw.upper()} 🃏 chơi như ở Macau ngay tại nhà, hoàn trả {c.pick(rng, ['1%', '1,5%'])} mỗi ngày."]),
                             c.pick(rng, ["Ai muốn vào nhóm nhắn tin mình, đăng ký tài khoản qua link nhà cái mình giới thiệu nhé.",
                                          f"Ae nào chơi ib mình gửi link, tặng {_bonus(rng)} tân thủ, {_fast_withdraw(rng)}."])])
        return text, ch
    who = c.pick(rng, ["anh", "chị"])
    text = c.join_clean([f"Chào {who}, bên em là {kw} chuẩn quốc tế, dealer live 24/7.",
                         f"{who.capitalize()} nạp lần đầu tặng {_pct(rng)} tối đa {rng.randrange(2, 10)} triệu, {_fast_withdraw(rng)}.",
                         c.pick(rng, ["Em hướng dẫn đăng ký luôn nhé.", f"Link đăng ký: {_link(rng, slug)}"])])
    return text, ch


def _agent_recruit(rng):
    brand, slug = _site(rng)
    pct = c.pick(rng, ["30%", "35%", "40%", "45%", "50%", "60%"])
    base = c.pick(rng, ["đại lý", "đại lý nhà cái", "CTV game đổi thưởng", "đại lý cổng game"])
    kw = _disguise(rng, base, 0.35)
    ch = c.pick(rng, ["social", "chat", "sms"])
    tg = f"@{c.pick(rng, ['daily', 'tuyendl', 'hoahong', 'dl'])}_{slug}"
    if ch == "sms":
        return _sms(rng, [f"Tuyển {kw} - hoa hồng {pct}{c.pick(rng, ['', ', lương cứng 10tr', ', trả hàng tuần'])}.",
                          "Làm tại nhà, không cần vốn.", c.pick(rng, [f"Zalo: {c.phone(rng)}", f"Telegram {tg}", f"t.me/{tg[1:]}"])])
    if ch == "social":
        text = c.join_clean([c.pick(rng, [f"TUYỂN {kw.upper()}{'' if 'game' in base else ' GAME ĐỔI THƯỞNG'} 💰", "💼 VIỆC LÀM ONLINE CHO SINH VIÊN:", f"Cần tuyển 20 bạn làm {kw} cấp 1."]),
                             f"Hoa hồng {pct} doanh thu người chơi, thanh toán hàng tuần.",
                             "Không cần vốn, chỉ cần mạng xã hội và mời người chơi.", f"Liên hệ Telegram {tg}."])
        return text, ch
    who = c.pick(rng, ["bạn", "anh", "chị"])
    text = c.join_clean([f"Chào {who}, bên mình đang tuyển {kw} giới thiệu người chơi cho cổng game nổ hũ, bắn cá.",
                         f"Mỗi người {who} mời nạp tiền, {who} nhận {pct} hoa hồng trọn đời.",
                         c.pick(rng, ["Nhiều bạn làm thêm buổi tối có 20-30 triệu/tháng.", "Game có giấy phép nước ngoài, hợp pháp hết."]),
                         f"{who.capitalize()} muốn tham gia mình gửi link đăng ký đại lý nhé."])
    return text, ch


def _comeback_bonus(rng):
    brand, slug = _site(rng)
    amt = c.pick(rng, ["150K", "200K", "286.000đ", "300K", "412.000đ", "88K", "188K", "68.000đ"])
    ch = c.pick(rng, ["sms", "sms", "sms", "chat", "call"])
    if ch == "sms":
        return _sms(rng, [c.pick(rng, [f"Tài khoản của bạn tại {brand} được hoàn trả {amt}.", f"Lâu rồi không thấy bạn! Tài khoản vừa được cộng {amt} quà quay lại.",
                                       f"Quà sinh nhật hội viên: {amt} đã nằm trong tài khoản {brand} của bạn.",
                                       f"Bạn còn 1 phần thưởng {amt} chưa nhận tại {brand}."]),
                          c.pick(rng, ["Đăng nhập để nhận trước 23h59:", "Đăng nhập ngay:", "Nhận tại:"]), _link(rng, slug)])
    who = c.pick(rng, ["anh", "chị"])
    if ch == "call":
        turns = [
            ("A", f"Alo {who} ạ, em là {c.person_name(rng, full=False)} bên chăm sóc khách hàng cổng game. Tài khoản của {who} lâu rồi không đăng nhập."),
            ("B", c.pick(rng, ["Ừ, nghỉ chơi rồi.", "Có việc gì em?", "Thôi em ơi."])),
            ("A", f"Dạ bên em tri ân người chơi cũ, {who} đăng nhập lại được cộng ngay {amt}, nạp thêm tặng {_pct(rng)}. Thắng bao nhiêu rút về ngân hàng bấy nhiêu ạ."),
            ("B", "Thôi em, không chơi nữa."),
            ("A", f"Dạ {who} cứ đăng nhập nhận quà thôi cũng được, em gửi link qua tin nhắn, quà giữ đến hết ngày mai ạ."),
        ]
        return c.clean_spacing(c.render_labelled(turns, c.turn_separator(rng))), ch
    text = c.join_clean([f"Chào {who}, hệ thống ghi nhận tài khoản của {who} còn 1 lượt hoàn tiền thua {c.pick(rng, ['10%', '20%', '15%'])} ({amt}) chưa nhận.",
                         f"{who.capitalize()} đăng nhập lại để nhận nhé, hạn cuối {c.deadline(rng)}.", c.maybe(rng, _link(rng, slug), 0.5)])
    return text, ch


def _card_games(rng):
    brand, slug = _site(rng)
    kw = _disguise(rng, c.pick(rng, ["game bài đổi thưởng", "đánh bài online", "game bài", "bài đổi thưởng"]))
    games = ", ".join(rng.sample(["Tiến Lên", "Phỏm", "Mậu Binh", "Xì Tố", "Sâm Lốc", "Liêng", "Poker", "Tiến Lên Miền Nam"], 3))
    ch = c.pick(rng, ["sms", "sms", "social", "chat"])
    if ch == "sms":
        return _sms(rng, [f"{kw.capitalize()} - {games}.", f"Đổi thưởng qua {c.pick(rng, ['thẻ cào, ngân hàng', 'MoMo', 'ngân hàng'])}, {_fast_withdraw(rng)}.",
                          f"Tặng {_bonus(rng)} tân thủ:", _link(rng, slug)])
    if ch == "social":
        text = _lines(rng, [c.pick(rng, [f"🃏 {kw.upper()} SỐ 1 🃏", "Tìm bạn chơi bài online giải trí buổi tối 🃏"]), games,
                         c.pick(rng, ["Đổi thưởng thẻ cào, chuyển khoản ngân hàng trong 1 phút.", "Thắng nhiều đổi được tiền mặt về ngân hàng."]),
                         f"Tải game, nhập code {c.rand_token(rng, 3).upper()}{c.pick(rng, SITE_NUM)} nhận {_bonus(rng)}!"])
        return c.clean_spacing(text), ch
    who = c.pick(rng, ["anh", "chị", "bạn"])
    text = c.join_clean([f"{who.capitalize()} thích đánh bài không ạ? Game bên em có {games}, chơi với người thật.",
                         "Thắng đổi ra tiền rút về tài khoản được luôn.", f"Đăng ký bằng số điện thoại là nhận {_bonus(rng)} chơi thử.",
                         c.maybe(rng, _link(rng, slug), 0.6)])
    return text, ch


def _tip_group(rng):
    brand, slug = _site(rng)
    rate = c.pick(rng, ["85%", "90%", "80%", "95%"])
    game = c.pick(rng, ["tài xỉu", "xóc đĩa", "lô đề", "kèo bóng đá", "baccarat"])
    kw = _disguise(rng, c.pick(rng, ["nhóm soi cầu", "nhóm kéo", "nhóm VIP", "team theo lệnh"]), 0.3)
    ch = c.pick(rng, ["chat", "social", "sms", "call"])
    dep = c.pick(rng, ["200K", "300K", "500K", "1 triệu"])
    if ch == "sms":
        return _sms(rng, [f"Tham gia {kw} miễn phí, mỗi ngày kiếm 1-3tr từ {game}.", c.pick(rng, ["Vào nhóm:", "Link:"]),
                          f"t.me/{c.pick(rng, ['soicau', 'keovip', 'cau'])}_{slug}"])
    if ch == "social":
        text = c.join_clean([c.pick(rng, ["Thu nhập 2-5 triệu mỗi ngày chỉ với 30 phút theo lệnh 📈", f"{kw.upper()} - bao ăn mỗi ngày 🔥"]),
                             f"Tuần trước cả nhóm ăn {rng.randrange(8, 14)}/{rng.randrange(14, 16)} lệnh {game}.",
                             f"Thành viên mới chỉ cần đăng ký tài khoản qua link dưới và nạp từ {dep} là được vào nhóm."])
        return text, ch
    who = c.pick(rng, ["anh", "chị", "bạn"])
    if ch == "call":
        turns = [
            ("Người gọi", f"Alo em chào {who}, em là {c.person_name(rng, full=False)} bên {kw}. Hôm trước {who} để lại số điện thoại trong bình luận."),
            ("Người nghe", "À ừ, nhóm gì vậy em?"),
            ("Người gọi", f"Dạ nhóm có chuyên gia phân tích cầu {game}, mỗi ngày ra 10 lệnh, đánh theo thắng tới {rate}. {who.capitalize()} đăng ký tài khoản trên cổng game em gửi, nạp tối thiểu {dep} là em thêm vào nhóm Telegram."),
            ("Người nghe", "Có thua không em?"),
            ("Người gọi", "Dạ có nhưng ít lắm, thua thì chuyên gia cho lệnh gấp thếp gỡ lại. Rút tiền 1-2 phút thôi ạ."),
        ]
        return c.clean_spacing(c.render_labelled(turns, c.turn_separator(rng))), ch
    text = c.join_clean([f"Chào {who}, mình là trợ lý của chuyên gia soi cầu.", f"{kw.capitalize()} mỗi ngày gửi 5 lệnh {game}, tỉ lệ đúng {rate}.",
                         f"{who.capitalize()} chỉ cần tạo tài khoản theo link sàn thầy dùng, nạp từ {dep} là được vào nhóm miễn phí."])
    return text, ch


FAMILIES = [
    ("slot_jackpot", _slot_jackpot),
    ("fish_shooting", _fish_shooting),
    ("taixiu_sicbo", _taixiu),
    ("sports_betting", _sports_betting),
    ("first_deposit_bonus", _first_deposit),
    ("free_giftcode", _free_giftcode),
    ("lottery_lode", _lottery_lode),
    ("live_casino", _live_casino),
    ("agent_recruit", _agent_recruit),
    ("comeback_bonus", _comeback_bonus),
    ("card_games", _card_games),
    ("betting_tip_group", _tip_group),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return [c.message(LABEL, name, *fn(rng)) for name, fn in c.families_shuffled_once(rng, FAMILIES, n)]

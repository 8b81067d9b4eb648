"""Generator for `impersonate_relative`: a hijacked or cloned Zalo/Facebook
account of a friend, relative or boss urgently asks to borrow or transfer money,
usually to a third party's account, sometimes after a blurry "video call".

Every name, number and account is invented at random. Text is written with
diacritics; the corpus build strips/obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "impersonate_relative"


# ---------------------------------------------------------------- helpers

# (addressee, self, region) ; region "N" northern, "S" southern, "" neutral
RELS = [("chị", "em", ""), ("anh", "em", ""), ("em", "chị", ""), ("em", "anh", ""), ("mày", "tao", ""),
        ("bà", "tui", "S"), ("ông", "tui", "S"), ("cô", "cháu", "N"), ("chú", "cháu", "N"), ("bác", "cháu", "N"),
        ("dì", "con", "S"), ("mẹ", "con", ""), ("ba", "con", "S"), ("bố", "con", "N"), ("cậu", "tớ", "N"),
        ("bạn", "mình", ""), ("ông", "cháu", ""), ("bà", "cháu", ""), ("cô", "con", "S"), ("chú", "con", "S"),
        ("ní", "tui", "S"), ("bro", "tao", ""), ("chế", "em", "S"), ("anh", "em", "S"), ("chị", "em", "N")]

PART = {
    "N": {"end": ["nhé", "với", "nhé", "nha", "ạ", ""], "help": ["giúp", "hộ", "giúp"], "into": ["vào", "vào"], "now": ["ngay", "luôn"],
          "ok": ["được không", "được không"]},
    "S": {"end": ["nha", "nghen", "nè", "nha", ""], "help": ["giùm", "giúp", "dùm"], "into": ["vô", "vào"], "now": ["liền", "luôn"],
          "ok": ["được hông", "được không", "hông"]},
}


def _rel(rng: random.Random) -> tuple[str, str, str]:
    you, me, reg = c.pick(rng, RELS)
    if not reg:
        reg = c.pick(rng, ["N", "S"])
    return you, me, reg


def _p(rng: random.Random, reg: str, key: str) -> str:
    return c.pick(rng, PART[reg][key])


def _amt(rng: random.Random, low: int = 1, high: int = 20) -> str:
    m = rng.randrange(low, high + 1)
    style = rng.randrange(7)
    if style == 0:
        return f"{m}tr"
    if style == 1:
        return f"{m} triệu"
    if style == 2 and m < 10:
        return f"{m} củ"
    if style == 3:
        return f"{m}tr{rng.choice([5, 2, 8])}" if m < 10 else f"{m}tr"
    if style == 4:
        return c.dotted(m * 1_000_000) + "đ"
    if style == 5 and m < 3:
        return f"{m * 1000 + rng.choice([0, 500])}k"
    return f"{m} triệu"


def _account_block(rng: random.Random) -> str:
    bank = c.bank_name(rng)
    acct = c.account_number(rng)
    if rng.random() < 0.35:
        acct = " ".join(acct[i:i + 4] for i in range(0, len(acct), 4))
    holder = c.holder_name(rng) if rng.random() < 0.7 else c.person_name(rng)
    s = rng.randrange(6)
    if s == 0:
        return f"{bank} {acct} {holder}"
    if s == 1:
        return f"STK: {acct}\nNH: {bank}\nTên: {holder}"
    if s == 2:
        return f"{acct} - {bank} - {holder}"
    if s == 3:
        return f"{c.pick(rng, ['MoMo', 'momo', 'ZaloPay'])} {c.phone(rng)} ({holder})"
    if s == 4:
        return f"{holder}\n{acct}\n{bank}"
    return f"{bank}: {acct}"


THIRD_PARTY = ["tài khoản của bạn {me}", "tk người bán", "tk chủ nhà trọ", "tài khoản anh họ {me}", "tk của đối tác",
               "tài khoản chủ hàng", "tk của bà chủ vựa", "tk của chị đồng nghiệp {me}", "tk cửa hàng", "tài khoản em trai {me}",
               "tk của thầy", "tài khoản ông chủ thầu", "tk nhà xe"]

WHY_NOT_OWN = ["app {me} đang lỗi không chuyển được", "tài khoản {me} bị khóa tạm thời", "thẻ {me} hết hạn mức rồi",
               "{me} quên mang thẻ", "app ngân hàng {me} bắt xác thực sinh trắc mà không làm được", "{me} đang ở ngoài không có tiền",
               "tk {me} bị treo do nhập sai mật khẩu", "cây ATM nuốt thẻ {me} rồi"]

WHEN_BACK = ["tối {me} trả", "mai {me} trả", "chiều {me} gửi lại", "về {me} chuyển lại {now}", "cuối tuần {me} gửi",
             "lương về {me} trả {now}", "sáng mai {me} chuyển trả", "lát {me} ck lại", "tuần sau {me} gửi lại đủ"]

BUSY = ["đang họp", "đang chạy xe", "đang trong phòng thi", "đang ở chỗ ồn", "đang trong ca trực", "đang ở sân bay sắp bay",
        "đang ở công trường sóng yếu", "đang ở viện", "đang ngồi với sếp", "mic điện thoại bị hỏng", "đang đi đám"]


def _fill(rng: random.Random, s: str, me: str, reg: str) -> str:
    return s.replace("{me}", me).replace("{now}", _p(rng, reg, "now"))


PEERS = {"mày", "bạn", "ní", "bro", "cậu", "chế", "em"}


def _greet(rng: random.Random, you: str) -> str:
    opts = [f"{c.cap_first(you)} ơi", f"{c.cap_first(you)} ơi", f"{c.cap_first(you)} ơi {you}", f"{c.cap_first(you)} à", f"Alo {you}",
            f"{c.cap_first(you)} đang làm gì đó", f"{c.cap_first(you)} rảnh không", ""]
    if you in PEERS:
        opts += ["Ê", "Hello", "Ơi " + you, "Ê " + you]
    return c.pick(rng, opts)


def _punct(rng: random.Random) -> str:
    return c.pick(rng, ["", "", ".", "!", "!!", " 🙏", " 😭", " ạ", "..."])


# ---------------------------------------------------------------- families

def _short_transfer(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    g = _greet(rng, you)
    core = c.pick(rng, [f"chuyển gấp {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 10)} {_p(rng, reg, 'into')} tk này {_p(rng, reg, 'end')}",
                        f"ck {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 10)} {_p(rng, reg, 'end')}",
                        f"chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 10)} {_p(rng, reg, 'into')} stk này, gấp",
                        f"nhờ {you} chút, chuyển khoản {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 10)}",
                        f"gấp!! chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 10)}"])
    text = c.join_stripped([g + ("," if g else ""), core]) + _punct(rng)
    if rng.random() < 0.5:
        text = c.cap_first(text.strip()) + "\n" + _account_block(rng)
    return {"text": c.cap_first(text.strip()), "channel": "chat"}


def _borrow_repay(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    g = _greet(rng, you)
    amt = _amt(rng, 1, 15)
    if reg == "S" and rng.random() < 0.2:
        amt = f"{rng.randrange(2, 9)} xị"
    ask = c.pick(rng, [f"cho {me} mượn {amt}", f"cho {me} mượn tạm {amt}", f"{me} mượn {you} {amt}",
                       f"có tiền không cho {me} mượn {amt}", f"cho {me} vay {amt}"])
    when = _fill(rng, c.pick(rng, WHEN_BACK), me, reg)
    why = c.pick(rng, ["đang kẹt quá", "cần gấp lắm", "kẹt tiền đóng bảo hiểm xe", "thiếu tiền hàng", "xoay vốn mấy hôm",
                       "nhờ mỗi " + you + " thôi đó", "ngại quá mà không biết nhờ ai", ""])
    clauses = [ask, when, why] if rng.random() < 0.6 else [ask, why, when]
    text = ", ".join(x for x in [g] + clauses if x) + _punct(rng)
    if rng.random() < 0.35:
        intro = c.pick(rng, [f"Chuyển {_p(rng, reg, 'into')} số này:", "Stk:", "ck vô đây nè", ""])
        text += "\n" + (intro + "\n" if intro else "") + _account_block(rng)
    return {"text": c.cap_first(text.replace(",,", ",").strip()), "channel": "chat"}


def _busy_no_call(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    busy = c.pick(rng, BUSY)
    lead = c.pick(rng, [f"{c.cap_first(me)} {busy} không nghe máy được", f"{c.cap_first(busy)}, không nghe máy được",
                        f"Đừng gọi, {busy}", f"K nghe máy đc, {busy}", f"{c.cap_first(busy)} nên nhắn tin thôi"])
    whose = _fill(rng, c.pick(rng, THIRD_PARTY), me, reg)
    ask = c.pick(rng, [f"{you} chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 2, 15)} {_p(rng, reg, 'into')} {whose} {_p(rng, reg, 'end')}",
                       f"chuyển hộ {me} {_amt(rng, 2, 15)} {_p(rng, reg, 'into')} stk dưới",
                       f"{you} ck trước cho {me} {_amt(rng, 2, 15)}, việc gấp"])
    after = c.pick(rng, [f"xong {me} gọi lại giải thích sau", "lát nói", "tối nói", f"ra {me} gọi", ""])
    text = c.join_stripped([lead + ",", ask + ("," if after else ""), after]) + _punct(rng)
    if rng.random() < 0.6:
        text += "\n" + _account_block(rng)
    return {"text": text, "channel": "chat"}


def _third_party_account(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    whose = _fill(rng, c.pick(rng, THIRD_PARTY), me, reg)
    why = _fill(rng, c.pick(rng, WHY_NOT_OWN), me, reg)
    what = c.pick(rng, ["tiền hàng", "tiền nhà", "tiền cọc", "tiền đặt tiệc", "tiền phân bón", "tiền mua tủ lạnh cho mẹ", "tiền trả nợ",
                        "tiền đặt cọc miếng đất", "tiền sửa xe", "học phí", ""])
    back = _fill(rng, c.pick(rng, WHEN_BACK), me, reg)
    lines = [f"{_greet(rng, you) or c.cap_first(you) + ' ơi'}, {me} nhờ chút.",
             f"{c.cap_first(you)} chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 3, 30)} {what} {_p(rng, reg, 'into')} {whose} {_p(rng, reg, 'end')}".replace("  ", " ").strip() + ",",
             f"{why}.", c.cap_first(back) + "."]
    if rng.random() < 0.4:
        lines[1], lines[2] = c.cap_first(why) + ",", lines[1].rstrip(",").replace(c.cap_first(you) + " chuyển", you + " chuyển", 1) + "."
    text = c.join_stripped(lines) + "\n" + _account_block(rng)
    if rng.random() < 0.3:
        text += "\n" + c.pick(rng, ["Ck xong chụp bill " + me + " nha", "Cảm ơn " + you + " nhiều", "Nhanh giúp " + me + " với"])
    return {"text": text, "channel": "chat"}


def _hospital_emergency(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    who = c.pick(rng, ["mẹ " + me, "bố " + me, "con " + me, "vợ " + me, "bà nội", "ông ngoại", "em " + me, "chồng " + me])
    whats = ["bị tai nạn xe", "đột quỵ", "sốt cao phải nhập viện", "té gãy xương", "khó thở phải thở máy",
             "bị ngộ độc", "chấn thương sọ não phải mổ"]
    if who.startswith("vợ"):
        whats += ["đang sinh", "sinh khó phải mổ"]
    what = c.pick(rng, whats)
    hosp = c.pick(rng, ["Chợ Rẫy", "Bạch Mai", "Việt Đức", "bệnh viện tỉnh", "Nhi Đồng 1", "bệnh viện Đà Nẵng", "viện", "Thống Nhất", "bệnh viện huyện"])
    needs = [f"phải tạm ứng {_amt(rng, 8, 50)} viện phí", f"cần {_amt(rng, 8, 50)} gấp để làm thủ tục",
             f"bác sĩ cần đóng trước {_amt(rng, 8, 50)}", f"bệnh viện bắt đóng {_amt(rng, 8, 50)} mới làm thủ tục nhập viện"]
    if any(k in what for k in ("mổ", "gãy", "tai nạn", "sinh")):
        needs.append(f"bệnh viện bắt đóng {_amt(rng, 8, 50)} mới mổ")
    need = c.pick(rng, needs)
    whose = c.pick(rng, ["tài khoản của viện", "tk bác sĩ trực", f"tk anh rể {me}", "tk chị điều dưỡng", "số tài khoản này", "tk bạn " + me])
    no_call = c.pick(rng, [f"{me} đang chạy giấy tờ không nghe máy được", f"{you} đừng gọi, {me} đang trong phòng cấp cứu", f"điện thoại {me} sắp hết pin",
                           f"{me} quên ví ở nhà", ""])
    text = c.join_stripped([f"{c.cap_first(you)} ơi {who} {what}, đang cấp cứu ở {hosp},", need + ".", c.cap_first(no_call) + ("." if no_call else ""),
                            f"{c.cap_first(you)} chuyển {_p(rng, reg, 'help')} {me} {_p(rng, reg, 'into')} {whose} {_p(rng, reg, 'end')}".strip() + _punct(rng)])
    if rng.random() < 0.5:
        text += "\n" + _account_block(rng)
    return {"text": text, "channel": "chat"}


def _stuck_abroad(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    where = c.pick(rng, ["Hàn", "Nhật", "Đài Loan", "Úc", "Đức", "Campuchia", "Mã Lai", "Thái", "Mỹ", "Dubai"])
    trouble = c.pick(rng, ["bị giữ ở sân bay vì visa có vấn đề", "bị móc mất ví cả hộ chiếu", "bị công ty giữ hộ chiếu",
                           "bị chủ nợ lương không có tiền vé về", "bị khóa thẻ ngân hàng bên này", "bị cảnh sát giữ vì làm quá giờ",
                           "bị ép làm việc không lương, họ đòi tiền mới cho về", "bị lừa sang làm việc, giờ bị giữ không cho về"])
    forced = "không cho về" in trouble or "không lương" in trouble
    need = c.pick(rng, [f"phải nộp phạt {rng.randrange(5, 30) * 100} USD", f"cần {_amt(rng, 10, 60)} gấp", f"họ đòi {_amt(rng, 20, 80)}",
                        f"cần tiền vé máy bay {_amt(rng, 8, 25)}"])
    via = c.pick(rng, [f"{me} nhắn qua nick bạn vì điện thoại bị thu", f"thẻ {me} không dùng được ở đây", f"{me} không gọi về được",
                       f"{me} ngại nói với ba mẹ", ""])
    whose = c.pick(rng, ["tài khoản người môi giới", f"tk bạn {me} ở VN, bạn {me} đổi tiền gửi sang", "tk người quản lý", "tk đại lý vé",
                         "tài khoản hướng dẫn viên"])
    text = c.join_stripped([f"{c.cap_first(you)} ơi {me} {c.pick(rng, ['bên', 'đang ở', 'ở'])} {where} đây,", f"{me} {trouble},", need + ".",
                            c.cap_first(via) + ("." if via else ""), f"{c.cap_first(you)} chuyển {_p(rng, reg, 'help')} {me} {_p(rng, reg, 'into')} {whose} {_p(rng, reg, 'end')}".strip() + ".",
                            c.pick(rng, ["Đừng báo công an, họ biết là " + me + " bị đánh.", f"{c.cap_first(you)} đừng nói với ai nha."]) if forced
                            else c.pick(rng, [f"Về {me} trả.", f"{c.cap_first(you)} đừng nói với ai nha.", f"Gấp lắm {you} ơi.", ""])])
    return {"text": text, "channel": "chat"}


def _deepfake_followup(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    if rng.random() < 0.3:
        # short transcript of the blurry video call itself
        turns = [f"({c.pick(rng, ['Cuộc gọi video Zalo', 'Video call Messenger', 'Gọi video qua Zalo'])}, {c.pick(rng, ['hình mờ, tiếng rè', 'hình giật, miệng không khớp tiếng', 'mặt nhòe, tín hiệu chập chờn'])})",
                 f"Người gọi: Alo... {you} ơi... {me} đây... {you} nghe rõ không?",
                 f"Người nghe: {c.pick(rng, ['Sao hình mờ vậy?', 'Nghe không rõ lắm.', 'Sao mặt lạ vậy?'])}",
                 f"Người gọi: Sóng yếu quá... {me} cần gấp {_amt(rng, 5, 50)}... {me} nhắn số tài khoản rồi... {me} tắt đây...",
                 f"(Cuộc gọi tắt sau {rng.randrange(4, 12)} giây)"]
        return {"text": "\n".join(turns), "channel": "call"}
    lead = c.pick(rng, [f"Vừa gọi video cho {you} rồi đó, mạng yếu nên bị ngắt", f"{c.cap_first(me)} mới gọi video rồi đó, {you} thấy mặt {me} rồi ha",
                        f"Thấy mặt {me} rồi đó, còn nghi gì nữa", f"Camera {me} hỏng tiếng nên {me} nhắn, {you} thấy {me} rồi đúng không",
                        f"{c.cap_first(me)} gọi video cho {you} thấy rồi đó, {you} yên tâm"])
    ask = f"{you} chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 5, 50)} {_p(rng, reg, 'into')} {c.pick(rng, ['tk này', 'tk anh họ ' + me, 'tk chủ nhà', 'tk bên kia', 'số tk ' + me + ' gửi'])} {_p(rng, reg, 'end')}"
    text = c.join_stripped([lead + ",", ask.strip() + _punct(rng)])
    if rng.random() < 0.5:
        text += "\n" + _account_block(rng)
    return {"text": text, "channel": "chat"}


def _phone_card_request(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    telco = c.pick(rng, ["Viettel", "Vina", "Mobi", "Vinaphone", "Garena", "Zing", "Viettel"])
    n = rng.randrange(2, 11)
    face = c.pick(rng, ["100k", "200k", "500k", "500 nghìn", "200 nghìn"])
    text = c.join_stripped([f"{_greet(rng, you) or c.cap_first(you) + ' ơi'},", c.pick(rng, [f"mua {_p(rng, reg, 'help')} {me} {n} thẻ {telco} {face}",
                                                                                  f"{you} ra tạp hóa mua {_p(rng, reg, 'help')} {me} {n} thẻ cào {telco} mệnh giá {face}"]) + ",",
                            c.pick(rng, ["cào ra chụp mã gửi " + me, "chụp mã gửi " + me + " qua đây", "gửi mã qua đây cho " + me]) + ",",
                            c.pick(rng, [f"{me} đang cần nạp gấp", f"{me} nạp cho khách mà app lỗi", f"{me} cần tặng sếp", ""]) + ",",
                            _fill(rng, c.pick(rng, WHEN_BACK), me, reg)]).replace(", ,", ",") + _punct(rng)
    return {"text": text, "channel": "chat"}


def _boss_request(rng: random.Random) -> dict:
    staff = c.person_name(rng, full=False)
    boss_self = c.pick(rng, ["anh", "chị", "tôi"])
    role = c.pick(rng, ["kế toán", "phòng tài vụ", "thủ quỹ", "bên hành chính", ""])
    where = c.pick(rng, ["đang tiếp đối tác", "đang họp ở Sở", "đang ở sân bay", "đang ở nước ngoài", "đang họp hội đồng quản trị",
                         "đang đi công tác"])
    reason = c.pick(rng, ["tiền đặt cọc hợp đồng", "tạm ứng thanh toán cho nhà cung cấp", "tiền quà cho ban giám khảo", "phí hồ sơ thầu",
                          "tiền hàng cho đối tác"])
    amt = c.amount(rng, 20_000_000, 400_000_000)
    you = c.pick(rng, ["em", "chị", "anh"])
    lines = [f"{c.pick(rng, ['', 'Chào '])}{you} {staff}{' ' + role if role else ''},".strip(),
             f"{boss_self} {where}, không tiện nghe máy.",
             c.pick(rng, [f"{c.cap_first(boss_self)} dùng Zalo mới, số cũ bị hỏng.", "", f"{c.cap_first(boss_self)} nhắn từ Zalo cá nhân khác."]),
             f"{c.cap_first(you)} chuyển gấp {amt} {reason} vào tài khoản bên dưới, chứng từ {boss_self} ký bổ sung sau.",
             c.pick(rng, ["Việc này bảo mật, không trao đổi với ai.", f"Làm xong báo {boss_self}.", f"Nhớ làm trước {rng.randrange(9, 16)}h.", ""])]
    text = c.join_stripped(lines) + "\n" + _account_block(rng)
    return {"text": c.cap_first(text), "channel": "chat"}


def _new_number_sms(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    name = c.person_name(rng, full=False)
    intro = c.pick(rng, [f"{c.cap_first(you)} ơi {me} {name} đây, {me} đổi số mới rồi", f"{c.cap_first(you)} ơi {me} đây, {me} mượn máy bạn nhắn",
                         f"Đây là số mới của {me} nha {you}, số cũ bị mất", f"{c.cap_first(you)} ơi {me} dùng số này nha, điện thoại {me} hư rồi"])
    ask = c.pick(rng, [f"{c.cap_first(you)} có ở nhà không, {me} nhờ chút việc", f"{c.cap_first(you)} lưu số này lại {_p(rng, reg, 'end')}",
                       f"{c.cap_first(you)} chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 6)} sửa máy {_p(rng, reg, 'into')} tk bạn {me}: {c.account_number(rng)} {c.bank_name(rng)}",
                       f"{c.cap_first(you)} đang rảnh không, {me} muốn nhờ {you} một việc gấp",
                       f"{c.cap_first(you)} chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 1, 6)} được không, {me} đang ở ngoài cần gấp"])
    return {"text": c.join_stripped([intro + ".", ask.strip() + _punct(rng)]), "channel": "sms"}


def _multi_turn_exchange(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    a = c.pick(rng, ["A", "Người nhắn"])
    b = "B" if a == "A" else "Người nhận"
    lines = [f"{a}: {c.pick(rng, [c.cap_first(you) + ' ơi', c.cap_first(you) + ' có đó không', 'Đang làm gì đó', c.cap_first(you) + ' rảnh không', 'Alo'])}",
             f"{b}: {c.pick(rng, ['Ơi', 'Có gì đó', 'Sao vậy', 'Ừ', 'Ơi, sao?', 'Đang ở nhà nè'])}"]
    if rng.random() < 0.5:
        bank = c.bank_name(rng)
        lines.append(f"{a}: {c.cap_first(you)} có dùng {bank} không?")
        lines.append(f"{b}: {c.pick(rng, ['Có', 'Có, sao?', 'Ừ có'])}")
    lines.append(f"{a}: {c.cap_first(you)} chuyển {_p(rng, reg, 'help')} {me} {_amt(rng, 2, 20)} {_p(rng, reg, 'into')} "
                 f"{_fill(rng, c.pick(rng, THIRD_PARTY), me, reg)}, {_fill(rng, c.pick(rng, WHY_NOT_OWN), me, reg)}. {c.cap_first(_fill(rng, c.pick(rng, WHEN_BACK), me, reg))}.")
    if rng.random() < 0.6:
        lines.append(f"{b}: {c.pick(rng, ['Tài khoản nào?', 'Sao không gọi?', 'Gọi video đi', 'Ủa sao không chuyển được?', 'Gửi stk đi'])}")
        lines.append(f"{a}: {c.pick(rng, [me.capitalize() + ' gửi ngay đây', 'Đang bận không nghe máy được, ' + you + ' chuyển giúp ' + me + ' nha', 'Đây nè'])}: "
                     + _account_block(rng).replace("\n", " - "))
    return {"text": "\n".join(lines), "channel": "chat"}


def _accident_call(rng: random.Random) -> dict:
    kid = c.person_name(rng, full=False)
    rel, addr = c.pick(rng, [("mẹ", "cô"), ("bố", "chú"), ("ba", "chú"), ("vợ", "chị"), ("chị gái", "chị"), ("người nhà", "anh"),
                             ("người nhà", "chị"), ("mẹ", "bác")])
    me = "cháu" if addr in ("cô", "chú", "bác") else "em"
    caller = c.pick(rng, ["bạn học của " + kid, "bạn cùng phòng của " + kid, "đồng nghiệp của " + kid, "y tá bệnh viện",
                          "người bị " + kid + " tông xe"])
    if caller.startswith("người bị"):
        me = "tôi"
        story = (f"{kid} chạy xe tông vào xe tôi, vỡ hết đèn, tôi đang giữ nó đây. Giờ {addr} chuyển {_amt(rng, 5, 30)} "
                 f"đền xe thì tôi tha, không thì tôi gọi công an{c.pick(rng, [', nó chưa có bằng lái đâu', '', ', xe tôi xe mới'])}.")
        deny = f"Nó bị thương ở miệng, nói không được. {c.cap_first(addr)} chuyển liền vô số tài khoản tôi nhắn, nhanh lên."
    else:
        story = (f"{kid} {c.pick(rng, ['bị tai nạn xe máy', 'bị ngã cầu thang', 'bị đột quỵ', 'bị tai nạn ở công trường', 'bị ngộ độc'])}, "
                 f"đang cấp cứu{c.pick(rng, ['', ' ở bệnh viện tỉnh', ' ở Chợ Rẫy', ' ở Bạch Mai'])}, bác sĩ nói phải mổ ngay, "
                 f"bệnh viện bắt tạm ứng {_amt(rng, 15, 60)}.")
        deny = c.pick(rng, [f"Máy {kid} {me} đang cầm, {addr} đừng gọi. {c.cap_first(addr)} chuyển vào tài khoản {me}, {me} đóng luôn cho kịp.",
                            f"{c.cap_first(addr)} chuyển ngay vào tài khoản bác sĩ trực, {me} nhắn số qua Zalo. Nhanh lên {addr}, bác sĩ đang chờ.",
                            f"{c.cap_first(addr)} cứ chuyển trước cho kịp mổ, rồi lên sau cũng được. {kid} không nói được đâu {addr}."])
    intro = "Tôi là" if me == "tôi" else f"{c.cap_first(me)} là"
    turns = [f"Người gọi: Alo, {addr} là {rel} của {kid} phải không ạ? {intro} {caller}.",
             f"Người nghe: {c.pick(rng, ['Đúng rồi, có chuyện gì?', 'Ừ, ai đó?', 'Phải, sao vậy?'])}",
             f"Người gọi: {story}",
             f"Người nghe: {c.pick(rng, (['Cho tôi nói chuyện với nó.', 'Ở đâu vậy?'] if me == 'tôi' else ['Trời ơi, bệnh viện nào?']) + ['Nó có sao không?', 'Để tôi gọi cho nó.'])}",
             f"Người gọi: {deny}"]
    return {"text": "\n".join(turns), "channel": "call"}


def _code_forward(rng: random.Random) -> dict:
    you, me, reg = _rel(rng)
    app = c.pick(rng, ["Zalo", "Facebook", "Shopee", "Messenger", "Telegram", "tài khoản ngân hàng"])
    why = c.pick(rng, [f"{me} lỡ để số {you} làm số khôi phục {app}", f"{me} đăng nhập {app} máy mới mà nó gửi mã về máy {you}",
                       f"{me} đăng ký nhận quà mà nhập nhầm số {you}", f"{me} nhầm số, có mã 6 số gửi về máy {you}"])
    ask = c.pick(rng, [f"{you} chụp gửi {me} {_p(rng, reg, 'end')}", f"{you} đọc {_p(rng, reg, 'help')} {me} mã đó {_p(rng, reg, 'end')}",
                       f"gửi {me} mã đó {_p(rng, reg, 'now')}, hết hạn mất", f"{you} gửi lại mã cho {me} với"])
    text = c.join_stripped([f"{_greet(rng, you) or c.cap_first(you) + ' ơi'},", why + ",", ask.strip()]) + _punct(rng)
    return {"text": c.cap_first(text), "channel": "chat"}


FAMILIES = [
    ("short_transfer", _short_transfer),
    ("borrow_repay", _borrow_repay),
    ("busy_no_call", _busy_no_call),
    ("third_party_account", _third_party_account),
    ("hospital_emergency", _hospital_emergency),
    ("stuck_abroad", _stuck_abroad),
    ("deepfake_followup", _deepfake_followup),
    ("phone_card_request", _phone_card_request),
    ("boss_request", _boss_request),
    ("new_number_sms", _new_number_sms),
    ("multi_turn_exchange", _multi_turn_exchange),
    ("accident_call", _accident_call),
    ("code_forward", _code_forward),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"} spread evenly over the families."""
    out = []
    for fam, fn in c.families_shuffled_once(rng, FAMILIES, n):
        d = fn(rng)
        text = " ".join(d["text"].split(" ")).replace(" ,", ",").replace(" .", ".").replace("  ", " ")
        out.append(c.message(LABEL, fam, text, d["channel"]))
    return out

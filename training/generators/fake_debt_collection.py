"""Template generator for ``fake_debt_collection``: threats over an alleged overdue loan.

Families are distinct sub-stories: the recipient named as guarantor, as a
reference contact, threats to post photos, visits to home or workplace,
"criminal liability", a bare last-warning SMS, own overdue app loan paid to a
personal account, a lawsuit letter, a blast to the debtor's contact list,
crude violent intimidation, a "discount if you settle today" offer, and a
public shaming post. Entities are invented.
"""

from __future__ import annotations

import random
import re

from training.generators import _common as c

LABEL = "fake_debt_collection"


# ---------------------------------------------------------------- helpers
def _dialog(rng: random.Random, turns, call: bool) -> str:
    if call:
        a, b = c.pick(rng, [("Người gọi", "Người nghe"), ("A", "B"), ("Người gọi", "Tôi"), ("Nam", "Nữ")])
    else:
        a, b = c.pick(rng, [("A", "B"), ("Số lạ", "Tôi"), ("A", "B")])
    return c.clean_spacing(c.render_turns(turns, a, b, c.turn_separator(rng)))


def _debtor(rng):
    return c.person_name(rng)


def _overdue(rng):
    return c.pick(rng, [f"quá hạn {rng.randrange(5, 120)} ngày", f"quá hạn {rng.randrange(2, 6)} tháng", "quá hạn nhiều kỳ",
                        f"trễ hạn {rng.randrange(3, 60)} ngày", "đã quá hạn"])


def _debt(rng):
    return c.amount(rng, 1_500_000, 60_000_000)


def _pay_to(rng):
    bank = c.bank_name(rng)
    acc = c.account_number(rng)
    owner = c.person_name(rng)
    wallet = c.pick(rng, c.WALLETS)[0]
    return c.pick(rng, [f"STK {acc} {bank} ({owner})", f"{bank} {acc} - {owner.upper()}", f"tài khoản {acc} {bank}, tên {owner}",
                        f"{wallet} {c.phone(rng)} - {owner}"])


def _contact(rng):
    ph = c.phone(rng)
    return c.pick(rng, [f"Liên hệ ngay {ph}.", f"LH {ph}.", f"Gọi lại {ph} trong hôm nay.", f"Zalo {ph}.", f"SĐT xử lý: {ph}."])


RELATIONS = ["em trai", "chị gái", "em gái", "anh trai", "chồng", "vợ", "con", "cháu", "bạn", "đồng nghiệp", "em họ", "bạn thân"]


# ---------------------------------------------------------------- families
def _guarantor_threat(rng):
    debtor = _debtor(rng)
    rel = c.pick(rng, RELATIONS)
    debt = _debt(rng)
    who = c.pick(rng, ["anh", "chị", "bạn", "ông/bà", "cô", "chú"])
    ch = c.pick(rng, ["sms", "chat", "chat", "call"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["THÔNG BÁO:", "TB:", ""]),
                             f"{c.pick(rng, ['Bạn', 'Anh/chị', 'Ông/bà', 'Quý khách'])} là người bảo lãnh khoản vay của {debtor}, {_overdue(rng)}, số tiền {debt}.",
                             c.pick(rng, [f"Yêu cầu thanh toán thay {c.deadline(rng)} vào {_pay_to(rng)}.",
                                          "Yêu cầu liên hệ giải quyết ngay, nếu không chúng tôi sẽ xử lý theo pháp luật.",
                                          f"Né tránh chúng tôi sẽ làm việc trực tiếp với gia đình {c.pick(rng, ['bạn', 'anh/chị'])}."]),
                             _contact(rng)])
        return c.maybe_upper(rng, text, 0.12), ch
    if ch == "chat":
        text = c.join_clean([c.pick(rng, [f"Chào {who}.", f"{who.capitalize()} ơi,", f"Tôi báo {who} biết."]),
                             f"{rel.capitalize()} của {who} là {debtor} vay bên tôi {debt}, ghi {who} là người bảo lãnh.",
                             f"Đến nay {_overdue(rng)}, gọi không nghe máy.",
                             c.pick(rng, [f"{who.capitalize()} có trách nhiệm trả thay. Hôm nay chuyển trước {c.amount(rng, 1_000_000, 10_000_000)} vào {_pay_to(rng)}",
                                          f"Một là {who} bắt {debtor.split()[-1]} trả, hai là {who} trả thay",
                                          f"{who.capitalize()} thanh toán kỳ này {c.amount(rng, 1_000_000, 8_000_000)} giúp, em ghi nhận và không báo lên trên"]) + ",",
                             c.pick(rng, ["không thì mai anh em tôi qua nhà nói chuyện.", "không thì đừng trách.",
                                          "nếu không hồ sơ chuyển đội thu hồi hiện trường.", f"không thì bên tôi làm việc với nơi {who} đang làm."])])
        return text, ch
    turns = [
        (0, f"Alo, {who} có phải {c.person_name(rng)} không?"),
        (1, c.pick(rng, ["Vâng, ai đấy ạ?", "Đúng rồi, có việc gì?", "Ai vậy?"])),
        (0, f"Tôi bên bộ phận thu hồi nợ. {debtor} vay bên tôi {debt} và khai {who} là người bảo lãnh. Giờ {_overdue(rng)}, bỏ trốn không liên lạc được."),
        (1, c.pick(rng, ["Tôi không bảo lãnh cho ai cả.", "Tôi có ký giấy gì đâu.", f"{debtor.split()[-1]} chỉ là người quen thôi."])),
        (0, c.pick(rng, [f"Hồ sơ có tên và số điện thoại của {who} thì {who} phải có trách nhiệm. Chuyển trước {c.amount(rng, 2_000_000, 10_000_000)} để giãn nợ, không thì bên tôi đến công ty {who} làm việc với giám đốc.",
                         f"Tôi không cần biết. {c.deadline(rng).capitalize()} không có tiền thì tôi xuống tận nhà {who} làm việc với bố mẹ {who}."])),
    ]
    return _dialog(rng, turns, call=True), ch


def _reference_contact(rng):
    debtor = _debtor(rng)
    debt = _debt(rng)
    ch = c.pick(rng, ["sms", "sms", "chat"])
    role = c.pick(rng, ["người thân tham chiếu", "người liên hệ khẩn cấp", "người thân", "số tham chiếu"])
    consequence = c.pick(rng, ["chúng tôi sẽ liên hệ toàn bộ danh bạ của bạn",
                               "bạn sẽ được xác định là người liên quan và cùng chịu trách nhiệm",
                               "chúng tôi sẽ gọi cho người thân của bạn",
                               "chúng tôi sẽ đến nhà bạn làm việc",
                               "bạn sẽ bị đưa vào danh sách liên quan"])
    text = c.join_clean([c.pick(rng, ["Xin chào,", "Chào bạn,", "THÔNG BÁO:", ""]),
                         c.pick(rng, [f"{debtor} đã đăng ký số của bạn là {role} khi vay tiền.",
                                      f"số của bạn được {debtor} để lại làm {role} trong hồ sơ vay.",
                                      f"bạn có trong danh bạ của {debtor} - người đang nợ quá hạn app vay."]),
                         f"Khoản nợ {debt} {_overdue(rng)}.",
                         c.pick(rng, [f"Đề nghị bạn nhắc {debtor.split()[-1]} thanh toán gấp, nếu không {consequence}.",
                                      f"Nhờ bạn báo {debtor.split()[-1]} liên hệ lại, hết hôm nay không phản hồi thì {consequence}.",
                                      f"Bạn muốn tránh rắc rối thì thanh toán giúp {c.amount(rng, 1_000_000, 5_000_000)} tiền phạt, nếu không {consequence}."]),
                         c.maybe(rng, _contact(rng), 0.6)])
    text = re.sub(r"^(Xin chào,|Chào bạn,) (\w)", lambda m: m.group(1) + " " + m.group(2).lower(), text)
    text = text[0].upper() + text[1:]
    if ch == "sms":
        text = c.maybe_upper(rng, text, 0.12)
    return text, ch


def _photo_post_threat(rng):
    debt = _debt(rng)
    hour = rng.randrange(8, 23)
    what = c.pick(rng, ["ảnh CCCD, ảnh chân dung", "ảnh mặt, địa chỉ nhà, tên bố mẹ", "ảnh vợ con, ảnh nhà", "ảnh ghép nhạy cảm",
                        "ảnh chụp CCCD 2 mặt và ảnh selfie", "thông tin cá nhân và ảnh gia đình"])
    where = c.pick(rng, ["bị đăng lên các hội nhóm Facebook ở quê", "bị đăng lên 50 group", "được gửi cho toàn bộ danh bạ",
                         "được gửi cho sếp và đồng nghiệp", "lên TikTok kèm dòng chữ LỪA ĐẢO", "được in ra dán ở cổng trường con",
                         "lên Facebook với tiêu đề ĐỐI TƯỢNG LỪA ĐẢO"])
    ch = c.pick(rng, ["chat", "chat", "sms"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["CẢNH BÁO:", "Thông báo:", ""]),
                             f"Nếu không thanh toán {debt} trước {hour}h, {what} của bạn sẽ {where}.",
                             c.maybe(rng, _contact(rng), 0.6)])
        return c.maybe_upper(rng, text, 0.12), ch
    rough = rng.random() < 0.4
    me, you = ("tao", "mày") if rough else (c.pick(rng, ["em", "tôi", "anh"]), c.pick(rng, ["chị", "anh", "bạn"]))
    text = c.join_clean([c.pick(rng, [f"{me.capitalize()} cho {you} {rng.randrange(2, 48)} tiếng.", f"{you.capitalize()} xem đi, đây là bản nháp bài đăng (ảnh).",
                                      f"{you.capitalize()} đừng nghĩ chặn số là xong.", f"Lần cuối {me} nhắn."]),
                         f"{hour}h {c.pick(rng, ['tối nay', 'đêm nay'] if hour >= 18 else ['chiều nay', 'hôm nay', 'mai'] if hour >= 12 else ['sáng mai', 'mai', 'trưa nay'])} không thấy {debt} về tài khoản thì {what} của {you} {where.replace('bị ', '').replace('được ', '')}.",
                         c.pick(rng, [f"Muốn yên thì chuyển vào {_pay_to(rng)}.", f"{you.capitalize()} tự quyết.", "Đừng để phải làm.",
                                      f"Chuyển xong {me} xóa hết."])])
    return text, ch


def _workplace_home_visit(rng):
    debt = _debt(rng)
    place = c.pick(rng, [f"công ty trong KCN {c.pick(rng, ['Quế Võ', 'VSIP', 'Tân Bình', 'Sóng Thần', 'Thăng Long', 'Amata'])}",
                         f"phòng trọ dãy {c.pick(rng, 'ABCD')} số {rng.randrange(1, 30)}", f"nhà ở {c.pick(rng, c.PROVINCES)}",
                         "trường mầm non của con", "sạp hàng ngoài chợ", "nhà bố mẹ ở quê", "văn phòng chỗ làm",
                         f"ngõ {rng.randrange(2, 200)} đường {c.pick(rng, ['Trần Cung', 'Lê Lợi', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lạc Long Quân'])}"])
    ch = c.pick(rng, ["sms", "chat", "call"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, [f"Sáng mai {rng.randrange(7, 11)}h", "Chiều nay", "Thứ Hai tới", "Tối nay"]),
                             f"đội thu hồi nợ sẽ đến {place} của bạn làm việc trực tiếp về khoản nợ {debt}.",
                             c.pick(rng, [f"Muốn hủy lịch thì thanh toán {c.deadline(rng)}.", "Mọi chi phí phát sinh bạn chịu.",
                                          f"Thanh toán ngay vào {_pay_to(rng)} để dừng lịch."]),
                             c.maybe(rng, _contact(rng), 0.5)])
        return c.maybe_upper(rng, text, 0.12), ch
    if ch == "chat":
        you = c.pick(rng, ["anh", "chị", "em", "mày"])
        text = c.join_clean([c.pick(rng, [f"{you.capitalize()} ở {place} đúng không.", f"Gửi {you} ảnh {place} nhé.",
                                          f"{place.capitalize()}, {you} nghĩ tôi không biết à."]),
                             c.pick(rng, [f"Mai anh em tôi qua đó nói chuyện với {c.pick(rng, ['bảo vệ và phòng nhân sự', 'bố mẹ', 'hàng xóm', 'cô giáo'])} cho vui.",
                                          "Tối nay có người qua chơi.", "Tôi biết cả ca làm của bạn."]),
                             f"Không muốn thì chuyển {c.amount(rng, 1_000_000, 10_000_000)} {c.deadline(rng)}."])
        return text, ch
    who = c.pick(rng, ["anh", "chị"])
    turns = [
        (0, f"Chào {who}, tôi là nhân viên thu hồi nợ hiện trường. Tôi đang đứng gần {place}, chỗ {who} đúng không?"),
        (1, c.pick(rng, ["Anh muốn gì?", "Sao anh biết chỗ tôi?", "Tôi đang đi làm."])),
        (0, f"Khoản vay của {who} {_overdue(rng)}, cả gốc lẫn phạt là {debt}. {rng.randrange(1, 6)} giờ chiều tôi cùng đồng nghiệp đến làm việc, dán thông báo nợ ở cửa."),
        (1, c.pick(rng, ["Anh đừng làm thế.", "Cho tôi thêm vài ngày.", "Tôi trả dần được không?"])),
        (0, f"Thế thì {who} chuyển trước {c.amount(rng, 1_000_000, 8_000_000)} vào {_pay_to(rng)}, tôi báo hủy lịch. Tôi chờ 30 phút."),
    ]
    return _dialog(rng, turns, call=True), ch


def _criminal_liability(rng):
    debt = _debt(rng)
    crime = c.pick(rng, ["lừa đảo chiếm đoạt tài sản", "lạm dụng tín nhiệm chiếm đoạt tài sản", "gian lận thông tin vay vốn",
                         "cố ý chiếm đoạt tiền vay"])
    ch = c.pick(rng, ["sms", "chat", "call"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["CẢNH BÁO:", "Bộ phận pháp lý thông báo:", ""]),
                             c.pick(rng, [f"Bạn có dấu hiệu {crime} theo Điều 174 BLHS.",
                                          "Khoản nợ của bạn đã chuyển sang giai đoạn xử lý hình sự.",
                                          f"Hồ sơ của bạn đủ yếu tố cấu thành tội {crime}."]),
                             f"Hồ sơ sẽ chuyển công an nơi cư trú nếu không thanh toán {debt} {c.deadline(rng)}.",
                             c.maybe(rng, _contact(rng), 0.6)])
        return c.maybe_upper(rng, text, 0.12), ch
    if ch == "chat":
        who = c.pick(rng, ["anh", "chị", "anh/chị"])
        text = c.join_clean([c.pick(rng, [f"Thông báo: {who} đã cố tình chây ỳ không thanh toán khoản vay dù được nhắc nhiều lần.",
                                          f"Khoản vay {debt} của {who} {_overdue(rng)}, {who} đổi số và không hợp tác.",
                                          f"Công ty đã làm việc với luật sư về hồ sơ của {who}.",
                                          f"{who.capitalize()} vay {debt} rồi bỏ trốn, chặn liên lạc."]),
                             f"Hành vi này có dấu hiệu {crime}, có thể bị truy cứu trách nhiệm hình sự.",
                             c.pick(rng, [f"Bộ phận pháp lý đã lập hồ sơ, chỉ hủy nếu {who} thanh toán {debt} trong hôm nay vào tài khoản ủy quyền.",
                                          f"{c.deadline(rng).capitalize()} không thanh toán thì {who} nhận giấy triệu tập. Lúc đó không còn là chuyện tiền nữa mà là án tích, ảnh hưởng cả con cái {who}.",
                                          f"Nếu {who} không muốn bị mời lên làm việc thì chuyển {debt} trong tối nay, bên em rút đơn."])])
        return text, ch
    who = c.pick(rng, ["anh", "chị"])
    turns = [
        (0, f"Alo, tôi là luật sư đại diện công ty tài chính. Khoản vay của {who} {_overdue(rng)}, công ty đã chuẩn bị đơn tố giác {who} về tội {crime}."),
        (1, c.pick(rng, ["Tôi chỉ chậm trả thôi, tôi có lừa ai đâu.", "Tôi mất việc nên chưa có tiền.", "Anh nói gì vậy?"])),
        (0, f"Vay rồi không nghe máy, không trả là có dấu hiệu chiếm đoạt. Mức án từ 2 đến 7 năm. Nhưng nếu {who} thanh toán {rng.randrange(3, 8)}0% khoản nợ trong hôm nay, chúng tôi rút đơn."),
        (1, "Tôi thanh toán trên app được không?"),
        (0, f"App đã khóa hồ sơ của {who}. {who.capitalize()} chuyển trực tiếp vào tài khoản văn phòng luật, tôi gửi biên nhận đóng dấu. Hạn {c.deadline(rng)}."),
    ]
    return _dialog(rng, turns, call=True), ch


def _last_warning(rng):
    debt = _debt(rng)
    head = c.pick(rng, ["CẢNH BÁO LẦN CUỐI", "THÔNG BÁO LẦN CUỐI", "Cảnh báo cuối cùng", "TB LẦN CUỐI!!", "LẦN CUỐI",
                        "THÔNG BÁO THU HỒI NỢ LẦN 3 (LẦN CUỐI)"])
    body = c.pick(rng, [f"Khoản vay của bạn {_overdue(rng)}.", f"Quý khách nợ {_overdue(rng)} {debt}.",
                        f"Bạn đã bỏ qua {rng.randrange(3, 20)} cuộc gọi nhắc nợ.", f"KH {c.person_name(rng)} nợ {debt} {_overdue(rng)}."])
    end = c.pick(rng, [f"Hạn chót {c.deadline(rng)}.", "Đây là tin nhắn cuối cùng trước khi chúng tôi thực hiện biện pháp mạnh.",
                       "Sau thời hạn hồ sơ chuyển đội thu hồi hiện trường và liên hệ người thân.",
                       f"Thanh toán ngay vào {_pay_to(rng)}.", "Không thanh toán sẽ bị xử lý."])
    text = c.join_clean([head + c.pick(rng, [":", "!", "!!!", "."]), body, end, c.maybe(rng, _contact(rng), 0.5)])
    return c.maybe_upper(rng, text, 0.2), "sms"


def _own_overdue_personal(rng):
    app = c.pick(rng, ["TienNhanh", "Ví Tiền", "Vay Vui", "Tín Dụng Xanh", "MoneyGo", "CashNow", "Túi Tiền", "VayOnline"])
    o = rng.randrange(10, 60) * 100_000
    n_ = o * rng.randrange(13, 30) // 10 // 10_000 * 10_000

    def fmt(v):
        return c.pick(rng, [c.dotted(v) + "đ", c.dotted(v) + " đồng", c.decimal_comma(v / 1_000_000) + " triệu"])

    orig, now = fmt(o), fmt(n_)
    excuse = c.pick(rng, ["App đang bảo trì nên không thanh toán qua app được", "Cổng thanh toán app đã đóng",
                          "Tài khoản công ty đang đối soát cuối tháng", "Thanh toán ngoài hệ thống để không bị ghi nợ xấu CIC",
                          "Chuyển qua app sẽ không được tính"])
    ch = c.pick(rng, ["sms", "chat"])
    if ch == "sms":
        text = c.join_clean([f"Khoản vay {orig} tại app {app} {_overdue(rng)}, tổng nợ {now}.",
                             f"Thanh toán vào {_pay_to(rng)} {c.deadline(rng)}",
                             c.pick(rng, ["để tránh phạt lãi cao.", "để tránh bị đòi nợ.", ", quá hạn phạt 10%/ngày.", ", không thanh toán báo về gia đình."])])
        return c.maybe_upper(rng, text, 0.12), ch
    who = c.pick(rng, ["anh", "chị", "em", "bạn"])
    greet = c.pick(rng, [f"Chào {who}, em là nhân viên thu hồi của {app}.", f"{who.capitalize()} ơi,", ""])
    body = f"khoản vay {orig} của {who} {_overdue(rng)}, giờ tổng là {now}."
    if not greet.endswith(","):
        body = body[0].upper() + body[1:]
    text = c.join_clean([greet, body,
                         f"{excuse}, {who} chuyển vào tài khoản cá nhân của nhân viên phụ trách để gạch nợ: {_pay_to(rng)}.",
                         c.maybe(rng, f"Chuyển {c.deadline(rng)}, không là hồ sơ chuyển sang bộ phận xử lý nợ cứng.", 0.6)])
    text = text[0].upper() + text[1:]
    return text, ch


def _lawsuit_notice(rng):
    debt = _debt(rng)
    firm = c.pick(rng, ["VĂN PHÒNG LUẬT SƯ " + c.pick(rng, ["THÁI BÌNH", "AN PHÚ", "MINH ĐỨC", "HÒA BÌNH", "TÍN NGHĨA"]),
                        "Phòng pháp chế", "Đơn vị thu hồi nợ ủy quyền", "Công ty Luật " + c.pick(rng, ["Đại Tín", "Bảo Long", "Hưng Việt"])])
    ch = c.pick(rng, ["sms", "chat"])
    if ch == "sms":
        text = c.join_clean([f"{firm}:", c.pick(rng, [f"Hồ sơ khởi kiện về khoản nợ {debt} của bạn đã hoàn tất.",
                                                     f"Công ty tài chính đã ủy quyền khởi kiện về khoản nợ quá hạn {debt}.",
                                                     f"Phiên hòa giải cuối cùng về khoản nợ {debt} diễn ra hôm nay."]),
                             c.pick(rng, ["Bạn sẽ nhận giấy triệu tập của tòa trong 3 ngày tới.", "Tòa án sẽ thụ lý nếu không thanh toán.",
                                          "Yêu cầu kê biên tài sản sẽ được gửi kèm."]),
                             f"Để hòa giải, {_contact(rng).lower()}"])
        return c.maybe_upper(rng, text, 0.12), ch
    name = c.person_name(rng)
    text = c.join_clean([c.pick(rng, ["THÔNG BÁO KHỞI KIỆN", "THÔNG BÁO TRƯỚC KHỞI KIỆN", f"Công văn số {rng.randrange(10, 999)}/TH-PL"]),
                         f"\nKính gửi: {c.pick(rng, ['Ông/Bà', 'Anh/Chị', 'Khách hàng', 'Ông/Bà'])} {name}",
                         f"\nCăn cứ hợp đồng tín dụng số {c.otp_code(rng, 4)}/HĐTD, quý vị đã vi phạm nghĩa vụ thanh toán khoản nợ {debt}.",
                         f"{firm} sẽ nộp hồ sơ lên Tòa án nhân dân và đề nghị phong tỏa tài sản, thu nhập.",
                         f"\nNếu thanh toán {c.pick(rng, ['toàn bộ', '30% nợ gốc', '50%'])} {c.deadline(rng)} vào tài khoản thụ hưởng được ủy quyền ({_pay_to(rng)}), hồ sơ sẽ được rút."])
    return text, ch


def _contacts_blast(rng):
    debtor = _debtor(rng)
    short = debtor.split()[-1]
    debt = _debt(rng)
    ch = c.pick(rng, ["sms", "sms", "chat"])
    text = c.join_clean([c.pick(rng, [f"Gửi toàn bộ danh bạ của {debtor}:", "Xin lỗi đã làm phiền.", f"Thông báo tới người quen của {debtor}:",
                                      f"Bạn có biết người tên {debtor}?", "Anh chị ơi,"]),
                         c.pick(rng, [f"{short} vay tiền không trả, nợ {debt}, đã bỏ trốn.",
                                      f"{debtor} đang nợ {debt} và trốn tránh, số của bạn có trong danh bạ của {short}.",
                                      f"{short} vay rồi chặn hết liên lạc, để lại số anh chị làm người thân."]),
                         c.pick(rng, [f"Ai là người thân, bạn bè nhắc {short} trả nợ.", f"Nhắn {short} thanh toán để bạn không bị làm phiền tiếp.",
                                      f"Ai biết {short} ở đâu báo giúp."]),
                         c.pick(rng, ["Nếu không chúng tôi sẽ nhắn cho bạn mỗi ngày.", "Ai liên quan sẽ bị mời làm việc.",
                                      f"Mai chúng tôi gửi tiếp cho bố mẹ của {short}.", ""]),
                         c.maybe(rng, _contact(rng), 0.5)])
    if ch == "sms":
        text = c.maybe_upper(rng, text, 0.12)
    return text, ch


def _intimidation_violence(rng):
    debt = _debt(rng)
    ch = c.pick(rng, ["chat", "chat", "sms"])
    lines = [
        c.pick(rng, ["Mày nghĩ trốn được à?", f"Nợ {debt} mà mày im luôn hả?", "Chặn số tao à, được lắm.", "Tao gửi vòng hoa tới nhà mày rồi đó, xem đi.", "Tối qua anh em tao mới ghé hỏi thăm cửa nhà mày thôi, ít sơn đỏ.",
                     "Con chó trốn nợ.", f"Nhà mày ở {c.pick(rng, c.PROVINCES)} đúng không.", "Tao biết con mày học trường nào."]),
        c.pick(rng, ["Lần sau không phải vòng hoa đâu.", "Lần sau là đến tận giường.", "Trước khi công an tới thì đàn em tao tới trước.",
                     "Tạt mắm tôm, đập xe, cho cả khu biết.", "Trả tiền hoặc nhận quà.", "Tao cho người xuống.",
                     "Xe mày để ở bãi nào tao biết hết.", "Đừng để ông bà già mày phải khóc."]),
        c.pick(rng, [f"{debt}, {c.deadline(rng)}.", f"Chuyển {debt} vào số tao gửi.", f"Tiền hoặc là có người đến. {c.deadline(rng).capitalize()}.",
                     "Chuyển tiền ngay.", f"{debt}. Xong thì xóa số tao."]),
    ]
    if rng.random() < 0.3:
        lines.append(_contact(rng))
    text = c.join_clean(lines)
    if ch == "sms":
        text = c.maybe_upper(rng, text, 0.2)
    return text, ch


def _settlement_discount(rng):
    debt = _debt(rng)
    pct = c.pick(rng, [30, 40, 50, 60, 70, 80])
    pay = c.amount(rng, 1_000_000, 15_000_000)
    ch = c.pick(rng, ["sms", "chat", "call"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["Chương trình hỗ trợ khách hàng nợ quá hạn:", "Ưu đãi tất toán:", "Hỗ trợ tất toán nợ xấu:"]),
                             f"giảm {pct}% {c.pick(rng, ['lãi phạt', 'tổng nợ', 'phí trễ hạn'])} nếu thanh toán {c.deadline(rng)}.",
                             f"Số tiền cần trả: {pay}.", c.pick(rng, [f"Chuyển vào {_pay_to(rng)}.", _contact(rng)]),
                             c.maybe(rng, "Quá hạn sẽ áp dụng biện pháp mạnh.", 0.5)])
        return c.maybe_upper(rng, text, 0.12), ch
    who = c.pick(rng, ["anh", "chị"])
    if ch == "chat":
        text = c.join_clean([f"{who.capitalize()} ơi em là nhân viên thu hồi, em xin cho {who} được giảm {pct}% khoản phạt rồi.",
                             f"Hôm nay {who} chuyển {pay} là tất toán luôn, em gửi giấy xác nhận hết nợ.",
                             f"Chuyển vào tài khoản cá nhân em: {_pay_to(rng)}.", c.maybe(rng, "Chỉ áp dụng đến 5h chiều nay thôi.", 0.6)])
        return text, ch
    turns = [
        (0, f"Dạ em chào {who}, em gọi về khoản nợ {c.pick(rng, ['thẻ tín dụng', 'vay tiêu dùng', 'app vay'])} quá hạn của {who}, tổng dư nợ hiện tại là {debt}."),
        (1, c.pick(rng, ["Tôi đang khó khăn, chưa trả được.", "Tôi đang thương lượng với ngân hàng.", "Sao nhiều vậy?"])),
        (0, f"Dạ tháng này có chương trình khoanh nợ: {who} chỉ cần thanh toán {pay} là tất toán toàn bộ, xóa lịch sử nợ xấu. Nhưng chỉ áp dụng hôm nay và phải chuyển vào tài khoản thu hộ của đơn vị đối tác."),
        (1, "Sao phải qua đối tác?"),
        (0, f"Dạ vì khoản nợ đã chuyển sang đơn vị thu hồi. {who.capitalize()} chuyển xong em gửi biên bản tất toán có dấu."),
    ]
    return _dialog(rng, turns, call=True), ch


def _public_shaming_post(rng):
    debtor = _debtor(rng)
    debt = _debt(rng)
    age = rng.randrange(19, 45)
    job = c.pick(rng, ["công nhân", "bán hàng online", "nhân viên văn phòng", "tài xế công nghệ", "tiểu thương", "thợ hồ", "sinh viên"])
    prov = c.pick(rng, c.PROVINCES)
    head = c.pick(rng, ["⚠️ TRUY TÌM ĐỐI TƯỢNG QUỴT NỢ ⚠️", "⛔ BÓC PHỐT QUỴT NỢ ⛔", "CẢNH BÁO LỪA ĐẢO - QUỴT NỢ",
                        "Nhờ mọi người share giúp", "📢 TÌM NGƯỜI"])
    body = c.pick(rng, [f"Đối tượng: {debtor}, {age} tuổi, quê {prov}, làm {job}. Vay {debt} rồi bỏ trốn.",
                        f"{debtor} ({age}t, {prov}) vay tiền rồi chặn hết liên lạc, nợ {debt} chưa trả.",
                        f"Đối tượng {debtor}, làm {job} tại {prov}, vay {debt} {_overdue(rng)} không trả."])
    end = c.pick(rng, [f"Gia đình liên hệ {c.phone(rng)} để giải quyết trước khi chúng tôi đăng tiếp ảnh vợ con.",
                       f"Người nhà liên hệ {c.phone(rng)} xử lý, tránh bị đăng cả nơi làm việc.",
                       f"Ai quen nhắn {debtor.split()[-1]} trả tiền. Tuần sau đăng tiếp ảnh người thân.",
                       f"Bạn bè người thân thấy bài này nhắc trả nợ, liên hệ {c.phone(rng)}."])
    sep = "\n" if rng.random() < 0.6 else " "
    return c.clean_spacing(sep.join([head, body, end])), "social"


FAMILIES = [
    ("guarantor_threat", _guarantor_threat),
    ("reference_contact", _reference_contact),
    ("photo_post_threat", _photo_post_threat),
    ("workplace_home_visit", _workplace_home_visit),
    ("criminal_liability", _criminal_liability),
    ("last_warning", _last_warning),
    ("own_overdue_personal_account", _own_overdue_personal),
    ("lawsuit_notice", _lawsuit_notice),
    ("contacts_blast", _contacts_blast),
    ("intimidation_violence", _intimidation_violence),
    ("settlement_discount", _settlement_discount),
    ("public_shaming_post", _public_shaming_post),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return [c.message(LABEL, name, *fn(rng)) for name, fn in c.families_shuffled_once(rng, FAMILIES, n)]

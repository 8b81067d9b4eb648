"""Template generator for ``prize_fee``: a prize, gift or reward that must be paid for.

Every family is a different sub-story (lucky draw by SMS, shop anniversary,
e-commerce gift, TV game show call, tax on the prize, telco scratch cards,
reward points, social giveaway, buy-an-order-to-claim, scratch card in a
parcel, bank anniversary gift, fees that keep escalating). Entities are
invented; brand names come from ``_common``.
"""

from __future__ import annotations

import random
import re

from training.generators import _common as c

LABEL = "prize_fee"


# ---------------------------------------------------------------- helpers
def _join(rng: random.Random, parts, shuffle_tail: int = 0) -> str:
    """Join non-empty parts with spaces; optionally shuffle the last ``shuffle_tail`` parts."""
    parts = [p for p in parts if p]
    if shuffle_tail and len(parts) > shuffle_tail:
        head, tail = parts[:-shuffle_tail], parts[-shuffle_tail:]
        rng.shuffle(tail)
        parts = head + tail
    return c.clean_spacing(" ".join(parts))


def _brand(rng: random.Random, name: str) -> str:
    return c.vary_case(rng, name, 0.15, 0.22)


def _dialog(rng: random.Random, turns, call: bool) -> str:
    if call:
        a, b = c.pick(rng, [("Người gọi", "Người nghe"), ("A", "B"), ("Nhân viên", "Khách"), ("NV", "KH")])
    else:
        staff = c.person_name(rng, full=False)
        a, b = c.pick(rng, [("A", "B"), ("A", "B"), (staff, "Tôi"), ("CSKH", "KH"), (staff, c.person_name(rng, full=False))])
    return c.clean_spacing(c.render_turns(turns, a, b, c.turn_separator(rng)))


def _bank_acc(rng: random.Random) -> str:
    bank = c.bank_name(rng)
    owner = c.person_name(rng)
    acc = c.account_number(rng)
    return c.pick(rng, [f"STK {acc} {bank} - {owner}", f"{bank} {acc} (chủ TK: {owner})",
                        f"số tài khoản {acc} ngân hàng {bank}, tên {owner}", f"TK: {acc} - {bank} - {owner.upper()}"])


def _contact(rng: random.Random) -> str:
    ph = c.phone(rng)
    return c.pick(rng, [f"Zalo {ph}", f"hotline {ph}", f"gọi {ph}", f"liên hệ {ph}", f"zalo.me/{re.sub(r'[^0-9]', '', ph)}",
                        f"SĐT {ph} (gặp {c.pick(rng, ['chị', 'anh', 'Ms', 'Mr'])} {c.person_name(rng, full=False)})"])


PRIZES = ["01 xe Honda SH 150i", "01 xe máy Honda Vision", "01 chiếc iPhone 16 Pro Max", "01 tivi Samsung 55 inch",
          "01 tủ lạnh Panasonic", "01 chỉ vàng SJC 9999", "01 laptop Dell", "01 xe máy điện VinFast",
          "01 máy lọc không khí", "01 bộ nồi inox cao cấp", "phiếu mua hàng 10 triệu", "01 xe Toyota Vios",
          "01 nồi chiên không dầu", "01 xe Air Blade", "01 máy giặt LG", "01 điện thoại Samsung Galaxy",
          "01 đồng hồ thông minh", "01 máy rửa bát", "01 két vàng mini"]
PROGRAMS = ["Quay Số May Mắn", "Tri Ân Khách Hàng", "Vòng Quay Vàng", "Mừng Sinh Nhật", "Săn Quà Cuối Năm",
            "Hành Trình Gắn Kết", "Lộc Xuân Như Ý", "Mùa Hè Rực Rỡ", "Cào Là Trúng", "Khách Hàng Thân Thiết",
            "Tuần Lễ Vàng", "Đại Tiệc Tri Ân"]
FEES = ["phí nhận giải", "phí làm hồ sơ", "phí vận chuyển", "thuế thu nhập cá nhân 10%", "phí bảo hiểm hàng hóa",
        "lệ phí trước bạ", "phí công chứng", "phí kích hoạt giải thưởng", "phí xác minh", "phí kho bãi",
        "phí giao nhận", "phí quy đổi tiền mặt"]
CONGRATS = ["Chúc mừng!", "Xin chúc mừng!", "CHÚC MỪNG!", "🎉 Chúc mừng!", "Thông báo:", "TB:", "[Trúng thưởng]", "",
            "Chúc mừng quý khách!", "Tin vui:", "🎁"]


def _prize(rng: random.Random) -> str:
    p = c.pick(rng, PRIZES)
    if rng.random() < 0.3:
        return "tiền mặt " + c.amount(rng, 5_000_000, 300_000_000)
    return p


# ---------------------------------------------------------------- families
def _lucky_draw_sms(rng):
    subj = c.pick(rng, ["Số điện thoại của quý khách", "Thuê bao của bạn", "Bạn", "Quý khách", "Mã số may mắn "
                        + c.otp_code(rng, 5) + " của bạn", "SĐT đuôi " + c.otp_code(rng, 4)])
    won = c.pick(rng, ["đã trúng", "trúng", "được chọn trúng", "đã may mắn trúng"])
    tier = c.pick(rng, ["giải Nhất", "giải Nhì", "giải Ba", "giải Đặc Biệt", "giải Khuyến Khích", ""])
    prize = _prize(rng)
    prog = c.pick(rng, [f"chương trình {c.pick(rng, PROGRAMS)}", f"đợt quay số tháng {rng.randrange(1, 13)}",
                        "đợt quay số tri ân", f"chương trình {c.pick(rng, PROGRAMS)} {rng.randrange(2025, 2027)}"])
    claim = f"{subj} {won} {tier + ': ' if tier else ''}{prize} trong {prog}."
    fee = c.pick(rng, [f"Vui lòng hoàn tất {c.pick(rng, FEES)} {c.amount(rng, 300_000, 5_000_000)} để nhận giải.",
                       f"{c.pick(rng, FEES).capitalize()}: {c.amount(rng, 300_000, 5_000_000)}.",
                       f"Người trúng giải chịu {c.pick(rng, FEES)}.", "Làm thủ tục nhận giải và nộp lệ phí tại:", ""])
    act = c.pick(rng, [c.scam_link(rng, c.pick(rng, ["quayso", "tritan", "nhanqua", "giaithuong", "mayman"])),
                       _contact(rng), f"Chi tiết: {c.shortener_url(rng)}",
                       f"Mã dự thưởng: {c.rand_token(rng, 6).upper()}. {_contact(rng)}"])
    dl = c.maybe(rng, c.pick(rng, [f"Hạn nhận {c.deadline(rng)}.", "Quá hạn giải thưởng tự động hủy.",
                                    f"Giải thưởng chỉ giữ {c.deadline(rng)}."]), 0.6)
    if fee.endswith(":"):
        act = c.scam_link(rng, c.pick(rng, ["quayso", "tritan", "nhanqua", "giaithuong", "mayman"]))
    if act.split()[0] in ("gọi", "liên", "hotline", "SĐT"):
        act = act[0].upper() + act[1:]
    if dl and not act.endswith("."):
        act += c.pick(rng, [".", " -", " |"])
    return c.maybe_upper(rng, _join(rng, [c.pick(rng, CONGRATS), claim, fee, act, dl], shuffle_tail=0), 0.08), "sms"


SHOP_KINDS = ["Thời trang", "Mỹ phẩm", "Điện máy", "Nội thất", "Giày dép", "Nhà thuốc", "Vàng bạc", "Siêu thị",
              "Đồ gia dụng", "Mẹ và Bé"]
SHOP_NAMES = ["Mộc Anh", "Hân Beauty", "Phú Thịnh", "Kim Long", "Nam Phong", "An Tâm", "Hoàng Gia", "Nhà Xinh",
              "Bảo Ngọc", "Minh Châu", "Sen Vàng", "Thiên Phúc", "Gỗ Việt", "Mẹ Bắp", "Hồng Hạnh"]


def _shop_anniversary(rng):
    shop = f"{c.pick(rng, SHOP_KINDS)} {c.pick(rng, SHOP_NAMES)}"
    years = rng.randrange(3, 26)
    gift = c.pick(rng, ["bộ quà tặng", "phần quà", "set quà cao cấp", "voucher", "quà tri ân"]) + " trị giá " + \
        c.amount(rng, 1_000_000, 15_000_000)
    fee = c.amount(rng, 79_000, 900_000)
    fee_name = c.pick(rng, ["phí ship", "phí vận chuyển + bảo hiểm hàng", "phí đóng gói và giao hàng",
                            "10% thuế giá trị quà", "phí lắp đặt", "phí kích hoạt bảo hành"])
    ch = c.pick(rng, ["chat", "chat", "social", "sms"])
    if ch == "social":
        names = ", ".join(f"{c.person_name(rng, full=False)} (***{c.otp_code(rng, 3)})" for _ in range(rng.randrange(3, 6)))
        text = _join(rng, [
            c.pick(rng, ["🎁🎁", "🎉", "📣", ""]),
            f"{c.pick(rng, ['KỶ NIỆM', 'MỪNG', 'SINH NHẬT'])} {years} NĂM {shop.upper()} - TRI ÂN KHÁCH HÀNG",
            f"\nChúc mừng các khách hàng: {names} đã trúng {gift}!",
            f"\nKhách trúng giải inbox page để nhận quà, {fee_name} {fee}.",
            c.maybe(rng, f"Quà chỉ giữ {c.deadline(rng)}.", 0.6)])
        return text, ch
    greet = c.pick(rng, ["Chào chị ạ.", "Dạ em chào anh.", "Chào bạn!", "Chào anh/chị.", "Chị ơi,", ""])
    body = c.pick(rng, [
        f"Nhân dịp kỷ niệm {years} năm thành lập, {shop} gửi tặng {c.pick(rng, ['chị', 'anh', 'bạn', 'quý khách'])} {gift}.",
        f"{shop} mừng sinh nhật {years} tuổi, hệ thống quay số trên danh sách khách cũ và {c.pick(rng, ['chị', 'anh', 'bạn'])} trúng {gift}.",
        f"Bạn là 1 trong {rng.randrange(20, 200)} khách hàng may mắn của {shop} nhận {gift} nhân dịp {years} năm thành lập."])
    pay = c.pick(rng, [f"Chỉ cần thanh toán {fee_name} {fee} là shop gửi ngay.",
                       f"{c.pick(rng, ['Chị', 'Anh', 'Bạn'])} chuyển {fee} {fee_name} vào {_bank_acc(rng)} nhé.",
                       f"Xác nhận và đóng {fee_name} {fee} tại {c.scam_link(rng, 'tritan')}.",
                       f"Để nhận quà vui lòng đặt thêm 1 đơn bất kỳ từ {c.amount(rng, 300_000, 900_000)}."])
    tail = c.maybe(rng, c.pick(rng, ["Quà chỉ giữ trong hôm nay ạ.", f"Ưu đãi còn {rng.randrange(2, 6)} suất cuối.",
                                    "Quá hạn shop chuyển quà cho khách khác.", "💝", "❤️"]), 0.6)
    if greet.endswith(","):
        body = body[0].lower() + body[1:]
    text = _join(rng, [greet, body, pay, tail])
    if ch == "sms":
        text = c.maybe_upper(rng, text, 0.08)
    return text, ch


def _ecommerce_gift(rng):
    name, short, _ = c.pick(rng, c.SHOPS)
    b = _brand(rng, name)
    prize = _prize(rng)
    ev = c.pick(rng, ["Siêu Sale Sinh Nhật", "ngày hội mua sắm", "phiên livestream quay số", "chương trình tri ân",
                      f"sự kiện {rng.randrange(1, 13)}.{rng.randrange(1, 13)}", "đợt quay số khách hàng thân thiết"])
    subj = c.pick(rng, ["Tài khoản của bạn", f"Đơn hàng #{short[:2].upper()}{c.otp_code(rng, 6)} của bạn",
                        "Quý khách", "Bạn", "Tài khoản mua sắm của anh/chị"])
    demand = c.pick(rng, [
        f"thanh toán thuế TNCN 10% tại {c.scam_link(rng, short)}",
        f"nhập thông tin thẻ ngân hàng và mã OTP tại {c.lookalike_url(rng, short)} để nhận",
        f"kết bạn Zalo {c.phone(rng)} để làm thủ tục, {c.pick(rng, FEES)} {c.amount(rng, 200_000, 3_000_000)}",
        f"thanh toán {c.pick(rng, FEES)} {c.amount(rng, 30_000, 1_500_000)} tại {c.scam_link(rng, short)}",
        f"liên hệ {('t.me/' + short + '_' + c.pick(rng, ['traogiai', 'cskh', 'tritan']))} và nộp phí xử lý hồ sơ"])
    ch = c.pick(rng, ["sms", "sms", "chat"])
    if ch == "sms":
        text = _join(rng, [f"{b}{c.pick(rng, [':', ' thông báo:', ' tri ân:', ' -'])}",
                           f"{subj} {c.pick(rng, ['trúng thưởng', 'được chọn nhận', 'đã trúng'])} {prize} trong {ev}.",
                           f"Vui lòng {demand}.", c.maybe(rng, f"Hạn: {c.deadline(rng)}.", 0.5)])
        return c.maybe_upper(rng, text, 0.08), ch
    staff = c.person_name(rng, full=False)
    text = _join(rng, [
        c.pick(rng, [f"Chào {c.pick(rng, ['chị', 'anh', 'bạn'])}, em là {staff} bên bộ phận tri ân của {b}.",
                     f"{b} Chăm Sóc Khách Hàng xin thông báo:", f"Dạ em {staff} từ {b} ạ."]),
        f"{subj} được chọn nhận {prize} trong {ev} 🎉",
        c.pick(rng, [f"Để nhận quà {c.pick(rng, ['chị', 'anh', 'bạn'])} vui lòng {demand}.",
                     f"Vì quà gửi từ kho nước ngoài nên cần {demand}.",
                     f"Quà không hiện trong app, chỉ bộ phận em liên hệ trực tiếp, {c.pick(rng, ['chị', 'anh'])} {demand} nhé."]),
        c.maybe(rng, "Sau 24h hệ thống tự động hủy giải ạ.", 0.5)])
    return text, ch


SHOWS = ["Chiếc Hộp Vàng", "Hành Trình May Mắn", "Khám Phá Kỳ Thú", "Nhịp Cầu Yêu Thương", "Sân Chơi Cuối Tuần",
         "Vòng Quay Kỳ Diệu", "Cùng Nhau Tỏa Sáng", "Nhà Có Quà", "Ước Mơ Xanh", "Săn Quà Cùng Sao", "Triệu Phú Tri Thức"]


def _tv_show_call(rng):
    show = c.pick(rng, SHOWS)
    amt_v = rng.randrange(5, 60) * 10
    amt = f"{amt_v} triệu"
    tax = f"{amt_v // 10} triệu"
    who = c.pick(rng, ["anh", "chị", "cô", "chú"])
    caller = c.person_name(rng)
    turns = [
        (0, c.pick(rng, [f"Alo, {who} có phải chủ thuê bao này không ạ? Tôi là {caller}, thư ký ban tổ chức gameshow {show}.",
                         f"Dạ em chào {who}, em gọi từ ban sản xuất chương trình {show} phát trên truyền hình ạ.",
                         f"Chào {who}, tôi là trợ lý MC chương trình {show}."])),
        (1, c.pick(rng, ["Vâng, có việc gì?", "Ai đấy?", "Ừ, nghe đây.", f"{who.capitalize()} nghe, chuyện gì vậy?"])),
        (0, c.pick(rng, [f"Trong tập tuần này chương trình bốc thăm khán giả qua số điện thoại, và số của {who} trúng giải {amt} đồng.",
                         f"Số của {who} được chọn là khán giả may mắn, giải thưởng {amt} từ nhà tài trợ ạ.",
                         f"Chúc mừng {who}, {who} trúng {_prize(rng)} trị giá {amt} trong phần quay số khán giả."])),
        (1, c.pick(rng, ["Tôi có tham gia gì đâu?", "Thật à, thế nhận như nào?", "Sao tôi trúng được?", "Ừ, rồi sao nữa?"])),
        (0, c.pick(rng, [f"Dạ chương trình chọn ngẫu nhiên từ dữ liệu thuê bao. Theo luật, giải trên 10 triệu phải nộp trước thuế thu nhập 10%, tức {tax}. {who.capitalize()} nộp vào tài khoản tạm thu của ban tổ chức, sau 30 phút chúng tôi chuyển đủ {amt}.",
                         f"Dạ {who} chỉ cần đóng {c.pick(rng, FEES)} {c.amount(rng, 500_000, 5_000_000)} để kế toán giải ngân, khoản này hoàn lại cùng tiền thưởng.",
                         f"Giải thưởng đã được duyệt, nhưng {who} phải nộp {tax} tiền thuế và phí chuyển khoản liên ngân hàng trước thì mới làm lệnh chi được."])),
    ]
    if rng.random() < 0.7:
        q, a = c.pick(rng, [
            ("Sao không trừ thẳng vào tiền thưởng?",
             f"Dạ tiền thưởng do nhà tài trợ chi, còn thuế phải nộp riêng đứng tên người trúng. {who.capitalize()} vui lòng giữ bí mật, lộ thông tin trước ngày phát sóng là giải bị hủy."),
            ("Tôi nộp ở chi cục thuế được không?",
             f"Dạ không cần đâu {who}, bên tôi là đơn vị ủy nhiệm thu, nộp hộ rồi gửi biên lai điện tử. Hạn {c.deadline(rng)} ạ."),
            ("Chuyển vào đâu?",
             f"Dạ em nhắn số tài khoản qua Zalo ngay, {who} chuyển xong chụp màn hình gửi em."),
            ("Để tôi hỏi lại người nhà đã.",
             f"Dạ không kịp đâu {who}, {c.deadline(rng)} là hệ thống chuyển giải cho người dự bị. Mà {who} đừng kể với ai kẻo bị hủy giải.")])
        turns += [(1, q), (0, a)]
    return _dialog(rng, turns, call=True), "call"


def _tax_on_prize(rng):
    who = c.pick(rng, ["anh", "chị", "bác", "cô"])
    amt_v = rng.randrange(3, 50) * 10
    ch = c.pick(rng, ["chat", "chat", "sms"])
    if ch == "sms":
        text = _join(rng, [
            c.pick(rng, ["Giải thưởng", "Khoản tiền thưởng", "Hồ sơ nhận thưởng"]) + f" {amt_v} triệu của bạn đã được phê duyệt.",
            c.pick(rng, [f"Người nhận phải nộp trước thuế TNCN 10% ({amt_v // 10} triệu)",
                         f"Vui lòng nộp thuế thu nhập vãng lai {amt_v // 10}.000.000đ"]),
            c.pick(rng, ["vào tài khoản tạm thu của ban tổ chức", f"qua {_contact(rng)}", f"tại {c.scam_link(rng, 'thue')}"]),
            c.maybe(rng, c.deadline(rng) + ".", 0.7)])
        return c.maybe_upper(rng, text, 0.08), ch
    turns = [
        (0, c.pick(rng, [f"Chào {who}, hồ sơ nhận giải {amt_v} triệu của {who} đã được duyệt rồi ạ.",
                         f"{who.capitalize()} ơi hồ sơ nhận thưởng xong 90% rồi ạ.",
                         f"Dạ em báo {who}: tiền thưởng {amt_v} triệu đã về tài khoản chờ."])),
        (1, c.pick(rng, ["Vậy khi nào nhận được tiền?", "Thế rút được chưa em?", "Ok, giờ làm gì tiếp?"])),
        (0, c.pick(rng, [f"Dạ theo quy định {who} phải nộp trước thuế thu nhập cá nhân 10% là {amt_v // 10} triệu, có biên lai thuế là giải ngân trong ngày.",
                         f"Dạ tiền đang bị khóa chờ chứng từ thuế, {who} nộp {amt_v // 10} triệu vào {_bank_acc(rng)} là ngân hàng mở khóa.",
                         f"Còn bước cuối là đóng thuế vãng lai {amt_v // 10} triệu, kế toán nộp hộ rồi gửi biên lai điện tử cho {who}."])),
    ]
    if rng.random() < 0.6:
        q, a = c.pick(rng, [
            ("Trừ vào tiền thưởng không được à?", f"Dạ không được {who} ơi, tiền thưởng đang bị khóa chờ xác nhận thuế."),
            ("Sao tài khoản nhận lại đứng tên cá nhân?", "Dạ đó là tài khoản kế toán phụ trách chương trình, có ủy quyền ạ."),
            ("Để mai được không?", "Dạ cuối ngày kho bạc khóa sổ, để sang mai là giải bị tính phạt chậm nộp ạ.")])
        turns += [(1, q), (0, a)]
    return _dialog(rng, turns, call=False), ch


def _telco_scratch_card(rng):
    tel, short, _ = c.pick(rng, c.TELCOS)
    b = _brand(rng, tel)
    amt = c.amount(rng, 5_000_000, 100_000_000)
    card = c.pick(rng, ["1 thẻ cào mệnh giá 500k", "2 thẻ cào 500 nghìn", "3 thẻ cào 200k", "1 thẻ 100k", "5 thẻ 100 nghìn"])
    reason = c.pick(rng, ["Nhân dịp kỷ niệm thành lập", "Vì là thuê bao trung thành trên 10 năm", "Trong đợt quay số tri ân",
                          "Trong chương trình Thuê Bao Vàng", "Nhân dịp sinh nhật nhà mạng"])
    ch = c.pick(rng, ["sms", "sms", "call"])
    if ch == "sms":
        text = _join(rng, [
            c.pick(rng, [f"{b.upper()} THÔNG BÁO:", f"[{b}]", f"Tổng đài {b}:", f"{b} tri ân:"]),
            f"{reason}, thuê bao của quý khách trúng thưởng {amt}.",
            c.pick(rng, [f"Nạp {card} và gửi mã thẻ đến {c.phone(rng)} để nhận giải.",
                         f"Để xác minh chủ thuê bao, vui lòng gửi mã {card} qua tin nhắn này.",
                         f"Quý khách thanh toán phí vận chuyển {c.amount(rng, 100_000, 700_000)} tại {c.scam_link(rng, short)}.",
                         f"Nhận tại {c.lookalike_url(rng, short)} và nhập số thẻ ngân hàng để nhận tiền."]),
            c.maybe(rng, f"Hạn {c.deadline(rng)}.", 0.5)])
        return c.maybe_upper(rng, text, 0.08), ch
    who = c.pick(rng, ["anh", "chị", "chú", "cô"])
    turns = [
        (0, f"Alo, em gọi từ tổng đài chăm sóc khách hàng {tel} ạ. {reason}, thuê bao của {who} được quay số trúng giải {amt}."),
        (1, c.pick(rng, ["Thế à, nhận như nào em?", "Thật không đấy?", "Ừ, rồi sao?"])),
    ]
    if rng.random() < 0.5:
        turns += [(0, f"Dạ để xác nhận chủ thuê bao, {who} ra đại lý mua giúp em {card} {tel}, cào ra rồi đọc mã cho em. Tiền thẻ được cộng vào giải thưởng."),
                  (1, "Sao phải mua thẻ cào?"),
                  (0, f"Dạ đó là thủ tục kích hoạt giải của nhà mạng {who} ạ, {c.deadline(rng)} là đóng đợt trao giải.")]
    else:
        turns += [(0, f"Dạ quà gửi từ kho qua bưu điện, {who} chịu phí bảo hiểm và vận chuyển {c.amount(rng, 200_000, 900_000)}, chuyển trước thì bưu cục mới xuất hàng."),
                  (1, "Nhận hàng rồi trả được không?"),
                  (0, f"Dạ quà giá trị cao nên không giao COD được, hôm nay {who} không xác nhận thì chuyển cho thuê bao khác.")]
    return _dialog(rng, turns, call=True), ch


def _reward_points(rng):
    pts = f"{rng.randrange(2, 30)}.{rng.randrange(0, 10)}00"
    prog = c.pick(rng, ["thẻ thành viên", "tài khoản tích điểm", "hạng Thành Viên Vàng", "chương trình khách hàng thân thiết",
                        "Viettel++", "ví tích xu", "thẻ siêu thị"])
    gift = c.pick(rng, ["1 nồi chiên không dầu", "1 vali cao cấp", "1 bộ nồi Elmich", "1 máy xay sinh tố",
                        "phiếu quà " + c.amount(rng, 500_000, 5_000_000), "tiền mặt " + c.amount(rng, 500_000, 5_000_000),
                        "1 quạt điều hòa", "1 bộ chăn ga"])
    demand = c.pick(rng, [
        f"thanh toán phí vận chuyển {c.amount(rng, 30_000, 300_000)} tại {c.scam_link(rng, 'doidiem')}",
        f"nhập số thẻ, ngày hết hạn và mã OTP tại {c.scam_link(rng, 'doiqua')}",
        f"điền họ tên, số thẻ ngân hàng và OTP vào form {c.shortener_url(rng)}",
        f"chuyển {c.amount(rng, 49_000, 250_000)} phí đóng gói qua MoMo {c.phone(rng)}"])
    ch = c.pick(rng, ["sms", "sms", "chat"])
    text = _join(rng, [
        c.pick(rng, ["Chúc mừng!", "Thông báo:", "Lưu ý:", "THÀNH VIÊN THÂN THIẾT:", "", "Hệ thống thông báo:"]) if ch == "sms" else "",
        c.pick(rng, [f"{pts} điểm {prog} của quý khách sắp hết hạn, quy đổi được {gift}.",
                     f"Bạn đã tích lũy đủ {pts} điểm {prog} và được đổi {gift}.",
                     f"Điểm thưởng {prog} ({pts} điểm) sẽ bị xóa {c.deadline(rng)}. Đổi ngay {gift}."]),
        f"Để nhận quà, vui lòng {demand}.",
        c.maybe(rng, "Quà giao tận nhà toàn quốc.", 0.3)])
    if ch == "sms":
        text = c.maybe_upper(rng, text, 0.08)
    else:
        text = c.pick(rng, ["Dạ chào chị, em bên chăm sóc thẻ thành viên ạ. ", "Em chào anh ạ. ", ""]) + text
    return text, ch


def _social_giveaway(rng):
    ship = c.amount(rng, 30_000, 600_000)
    gift = c.pick(rng, ["1 tai nghe không dây", "1 set mỹ phẩm", "1 nồi chiên", "1 đồng hồ thông minh", "1 điện thoại",
                        "1 bộ dao kéo cao cấp", "1 túi xách", "iPhone + 5 triệu tiền mặt"])
    game = c.pick(rng, ["minigame", "giveaway", "minigame đoán giá", "minigame livestream", f"giveaway {rng.randrange(5, 100)}K follow"])
    ch = c.pick(rng, ["social", "social", "chat"])
    if ch == "social":
        tags = " ".join("@" + c.person_name(rng) for _ in range(rng.randrange(1, 4)))
        text = _join(rng, [
            c.pick(rng, ["🎉", "🎁", "🏆", ""]),
            c.pick(rng, [f"Chúc mừng {tags} đã trúng {game} của page!",
                         f"Kết quả {game}: xin chúc mừng {tags}!",
                         f"Bạn đã được chọn là người thắng {game} tuần này."]),
            f"Quà: {gift}.",
            c.pick(rng, [f"Inbox page để nhận, chỉ cần thanh toán phí ship {ship}.",
                         f"Nhấn link ở trang cá nhân và điền thông tin trước {rng.randrange(18, 23)}h tối nay.",
                         f"Người trúng chỉ trả phí vận chuyển + bảo hiểm {ship}, quá 24h page chọn người khác."])])
        return text, ch
    text = _join(rng, [
        c.pick(rng, ["Xin chào, page xin thông báo", "Chào bạn,", "Dạ chúc mừng bạn,"]),
        f"bạn là người chiến thắng trong {game} của kênh. Phần quà gồm {gift}.",
        c.pick(rng, [f"Bạn gửi họ tên, địa chỉ và chuyển {ship} phí vận chuyển vào {_bank_acc(rng)} nhé.",
                     f"Do quà giá trị lớn nên bạn chuyển trước {ship} phí bảo hiểm, shipper sẽ hoàn lại khi giao.",
                     f"Bạn chuyển {ship} qua MoMo {c.phone(rng)} để page gửi hàng ạ."])])
    return text, ch


SPONSOR_PRODUCTS = ["combo 3 hộp sâm", "liệu trình bổ khớp", "máy lọc nước", "bộ nồi inox", "hộp thực phẩm chức năng",
                    "máy massage cầm tay", "bộ mỹ phẩm dưỡng da", "nệm cao su"]


def _buy_order_claim(rng):
    who = c.pick(rng, ["chị", "anh", "cô", "bạn"])
    prize = c.amount(rng, 5_000_000, 80_000_000)
    prod = c.pick(rng, SPONSOR_PRODUCTS)
    price = c.amount(rng, 400_000, 3_500_000)
    ch = c.pick(rng, ["chat", "chat", "call", "sms"])
    if ch == "sms":
        text = _join(rng, [
            f"Chúc mừng! Bạn nhận được phiếu quà {prize}.",
            f"Điều kiện kích hoạt: thanh toán trước đơn hàng {price} tại {c.scam_link(rng, 'muasam')}.",
            c.maybe(rng, "Phiếu hết hạn sau 24h.", 0.6)])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "call":
        turns = [
            (0, f"Em chào {who}, em gọi từ công ty {c.pick(rng, ['dược phẩm', 'thực phẩm chức năng', 'gia dụng', 'thiết bị y tế'])} {c.pick(rng, ['Hải Âu', 'Nhân Tâm', 'Thiên Phúc', 'An Khang', 'Việt Đức', 'Tâm Bình'])}. {who.capitalize()} được chọn nhận giải {prize} trong chương trình tri ân ạ."),
            (1, c.pick(rng, ["Ôi thế à, tôi có biết chương trình này đâu.", "Thế nhận thế nào?", "Ai cho số tôi đấy?"])),
            (0, f"Dạ để nhận giải {who} chỉ cần đặt mua một {prod} giá {price}, bên em gửi hàng kèm giấy chứng nhận trúng thưởng. {who.capitalize()} nhận hàng thanh toán cho bưu tá là được."),
            (1, c.pick(rng, ["Thế tiền thưởng nằm ở đâu?", "Không mua có nhận được không?"])),
            (0, f"Dạ trong hộp có giấy chứng nhận, {who} gọi số trên giấy là bên em chuyển khoản. Không mua thì giải chuyển người khác ạ."),
        ]
        return _dialog(rng, turns, call=True), ch
    text = _join(rng, [
        c.pick(rng, [f"Chúc mừng {who} đã trúng giải {prize} 🎊", f"Hồ sơ nhận thưởng {prize} của {who} đủ rồi ạ.",
                     f"Giải thưởng {prize} của {who} đã được xác nhận."]),
        c.pick(rng, [f"Theo thể lệ, người trúng giải phải mua 1 {prod} giá {price} của nhà tài trợ để kích hoạt giải.",
                     f"{who.capitalize()} chỉ cần đặt 1 đơn hàng tối thiểu {price} trên web công ty để xác nhận là khách hàng thật.",
                     f"Còn bước xác nhận mua hàng: 1 {prod} {price}, chuyển khoản là kế toán giải ngân cả hai khoản."]),
        c.maybe(rng, f"Em gửi link sản phẩm để {who} chọn nha.", 0.5)])
    return text, ch


def _scratch_card_parcel(rng):
    company, pre = c.pick(rng, [("Kim Phát", "KP"), ("Hưng Thịnh", "HT"), ("Đại Lộc", "DL"), ("Tân Á", "TA"),
                                ("Phúc Khang", "PK"), ("Minh Long", "ML")])
    code = f"{pre}-{c.otp_code(rng, 5)}"
    prize = _prize(rng)
    fee = c.amount(rng, 500_000, 6_000_000)
    where = c.pick(rng, ["gói hàng", "hộp sữa", "nắp chai nước ngọt", "thùng mì", "bưu phẩm", "đơn hàng online"])
    ch = c.pick(rng, ["chat", "call", "sms"])
    if ch == "sms":
        text = _join(rng, [f"Thẻ cào trúng thưởng trong {where} của bạn có mã {code} trúng {prize}.",
                           c.pick(rng, [f"Truy cập {c.scam_link(rng, 'thecao')} nhập mã để nhận giải.",
                                        f"Gửi ảnh thẻ qua Zalo {c.phone(rng)} và nộp lệ phí hồ sơ {fee}."])])
        return c.maybe_upper(rng, text, 0.08), ch
    who = c.pick(rng, ["anh", "chị"])
    if ch == "call":
        turns = [
            (1, f"Alo, tôi gọi theo số trên thẻ cào kèm {where}, tôi cào ra chữ trúng giải."),
            (0, f"Dạ chúc mừng {who}, {who} đọc giúp em mã trên thẻ ạ."),
            (1, f"Mã là {code}."),
            (0, f"Dạ mã này trúng {prize}. Nếu {who} nhận tiền mặt thay hiện vật thì công ty quy đổi, {who} nộp trước {c.pick(rng, FEES)} {fee} là trong hai ngày tiền về."),
            (1, c.pick(rng, ["Tôi lên công ty nhận trực tiếp được không?", "Phí đó trừ vào giải được không?"])),
            (0, f"Dạ trụ sở bên em ở xa, làm online nhanh hơn ạ. Hạn nhận giải {c.deadline(rng)}."),
        ]
        return _dialog(rng, turns, call=True), ch
    text = _join(rng, [
        f"Dạ em chào {who}, {who} cào được thẻ trúng thưởng trong {where} của công ty {company} đúng không ạ.",
        f"Thẻ {code} của {who} trúng {prize}.",
        c.pick(rng, [f"Nếu nhận tiền mặt thì {who} đóng trước 2% phí quy đổi là {fee}.",
                     f"{who.capitalize()} chuyển {fee} phí vận chuyển + bảo hiểm vào {_bank_acc(rng)} để bên em gửi giải."])])
    return text, ch


def _bank_anniversary(rng):
    name, short, _ = c.pick(rng, c.BANKS)
    b = _brand(rng, name)
    years = rng.randrange(15, 70)
    gift = c.pick(rng, ["quà tri ân " + c.amount(rng, 500_000, 10_000_000), "01 xe Toyota Vios", "01 chỉ vàng SJC",
                        "01 xe Honda Vision", "phần quà " + c.amount(rng, 1_000_000, 5_000_000)])
    demand = c.pick(rng, [f"đăng nhập {c.lookalike_url(rng, short)} và xác thực OTP để nhận quà về tài khoản",
                          f"điền số thẻ, ngày hết hạn và OTP tại {c.lookalike_url(rng, short)}",
                          f"xác nhận nhận giải và nộp lệ phí tại {c.scam_link(rng, short)}",
                          f"đóng phí trước bạ {c.amount(rng, 1_000_000, 8_000_000)} vào {_bank_acc(rng)}"])
    ch = c.pick(rng, ["sms", "sms", "chat", "social"])
    claim = c.pick(rng, [f"{b} kỷ niệm {years} năm thành lập tri ân khách hàng: tài khoản của quý khách trúng {gift}.",
                         f"{b} thông báo: Quý khách là 1 trong {rng.randrange(100, 2000)} khách hàng được tặng {gift} nhân sinh nhật ngân hàng.",
                         f"Chúc mừng quý khách nhận {gift} từ chương trình tri ân {years} năm của {b}."])
    if ch == "social":
        text = _join(rng, ["🎉", f"{b.upper()} TRI ÂN KHÁCH HÀNG - {rng.randrange(5, 50) * 100} PHẦN QUÀ 🎉",
                           f"\nChỉ cần {demand}!", "\nChương trình kết thúc khi hết quà!"])
        return text, ch
    if ch == "chat":
        who = c.pick(rng, ["anh", "chị"])
        text = _join(rng, [f"Chào {who}, em bên {b} ạ.", claim,
                           f"{who.capitalize()} vui lòng {demand} nhé.", c.maybe(rng, "Chương trình chỉ áp dụng hôm nay.", 0.6)])
        return text, ch
    text = _join(rng, [claim, f"Vui lòng {demand} {c.deadline(rng)}."])
    return c.maybe_upper(rng, text, 0.08), ch


def _escalating_fees(rng):
    who = c.pick(rng, ["anh", "chị"])
    paid = c.amount(rng, 1_000_000, 30_000_000)
    extra = c.amount(rng, 1_000_000, 20_000_000)
    reason = c.pick(rng, ["phí chống rửa tiền", "phí điều chỉnh hồ sơ vì tài khoản nhập sai 1 số", "lệ phí trước bạ 12%",
                          "phí xác minh nguồn tiền vì giao dịch vượt hạn mức", "phí bảo hiểm giao dịch liên ngân hàng",
                          "phí mở khóa lệnh chi thưởng"])
    turns = [
        (1, c.pick(rng, [f"Em ơi {who} chuyển {paid} tiền thuế rồi, sao chưa thấy tiền thưởng?",
                         f"{who.capitalize()} đã nộp phí rồi mà vẫn chưa nhận được giải?"])),
        (0, c.pick(rng, [f"Dạ em nhận được rồi ạ. Nhưng kế toán báo phát sinh {reason}, {who} đóng thêm {extra} là giải ngân trong 15 phút.",
                         f"Dạ khoản thuế đã ghi nhận, nhưng lệnh chi thưởng bị treo, cần {reason} {extra}. Khoản này hoàn lại cùng tiền thưởng."])),
        (1, c.pick(rng, ["Sao lúc đầu em không nói?", "Lại phải đóng nữa à?", f"{who.capitalize()} hết tiền rồi."])),
        (0, c.pick(rng, [f"Dạ khoản cuối rồi {who}. Nếu không hoàn tất thì giải bị hủy, khoản đã nộp cũng không được hoàn.",
                         f"Dạ phần này phòng khác tính ạ. {who.capitalize()} vay tạm người nhà, 30 phút là nhận đủ cả gốc lẫn thưởng.",
                         f"Dạ {who} làm {c.deadline(rng)} giúp em, và đừng nói với nhân viên ngân hàng là chuyển tiền trúng thưởng kẻo họ giữ lệnh."])),
    ]
    ch = c.pick(rng, ["chat", "chat", "call"])
    if ch == "chat" and rng.random() < 0.4:
        return c.clean_spacing(turns[1][1] + " " + turns[3][1]), ch
    return _dialog(rng, turns, call=(ch == "call")), ch


FAMILIES = [
    ("lucky_draw_sms", _lucky_draw_sms),
    ("shop_anniversary", _shop_anniversary),
    ("ecommerce_gift", _ecommerce_gift),
    ("tv_show_call", _tv_show_call),
    ("tax_on_prize", _tax_on_prize),
    ("telco_scratch_card", _telco_scratch_card),
    ("reward_points", _reward_points),
    ("social_giveaway", _social_giveaway),
    ("buy_order_claim", _buy_order_claim),
    ("scratch_card_parcel", _scratch_card_parcel),
    ("bank_anniversary", _bank_anniversary),
    ("escalating_fees", _escalating_fees),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return [c.message(LABEL, name, *fn(rng)) for name, fn in c.families_shuffled_once(rng, FAMILIES, n)]

"""Template generator for ``fake_loan``: fast unsecured loans with fees before any money is lent.

Families are distinct sub-stories: a bare SMS loan ad, disbursement frozen by
a "wrong account number", file fee, loan insurance, a deposit to "prove
income", an APK loan app, a bank/finance company "pre-approved" link, bad-debt
cleanup, a Facebook loan post, penalties for cancelling the contract, and an
app that demands a VIP upgrade before withdrawal. Entities are invented.
"""

from __future__ import annotations

import random
import re

from training.generators import _common as c

LABEL = "fake_loan"


# ---------------------------------------------------------------- helpers
def _dialog(rng: random.Random, turns, call: bool) -> str:
    staff = c.person_name(rng, full=False)
    if call:
        a, b = c.pick(rng, [("Người gọi", "Người nghe"), ("A", "B"), ("Nhân viên", "Khách"), ("NV", "KH")])
    else:
        a, b = c.pick(rng, [("A", "B"), ("A", "B"), (staff, "Tôi"), ("Tư vấn viên", "Khách"), (staff, c.person_name(rng, full=False))])
    return c.clean_spacing(c.render_turns(turns, a, b, c.turn_separator(rng)))


def _range(rng, v, amt):
    lo = c.pick(rng, [3, 5, 10, 20])
    if v <= lo:
        return c.pick(rng, [f"tới {amt}", f"đến {amt}", amt])
    return c.pick(rng, [f"{lo}-{v}tr", f"{lo} - {v} triệu", f"từ {lo} đến {v} triệu", f"tới {amt}", f"đến {amt}"])


def _money(vnd: int) -> str:
    """Format an exact amount the way people type it (1,5 triệu / 900k / 12 triệu)."""
    if vnd >= 1_000_000:
        return c.decimal_comma(vnd / 1_000_000) + " triệu"
    return f"{vnd // 1000}k"


def _who(rng):
    return c.pick(rng, ["anh", "chị", "anh", "chị", "bạn", "cô", "chú"])


def _bank_acc(rng: random.Random) -> str:
    bank = c.bank_name(rng)
    acc = c.account_number(rng)
    owner = c.person_name(rng)
    return c.pick(rng, [f"STK {acc} {bank} ({owner})", f"{bank} {acc} - {owner}", f"tài khoản kế toán {acc} {bank}, tên {owner}",
                        f"TK {acc} ngân hàng {bank} - chủ TK {owner.upper()}"])


def _zalo(rng):
    ph = c.phone(rng)
    return c.pick(rng, [f"Zalo {ph}", f"LH {ph}", f"zalo.me/{re.sub(r'[^0-9]', '', ph)}", f"Hotline/Zalo: {ph}",
                        f"gọi {ph} (Ms {c.person_name(rng, full=False)})", f"t.me/{c.pick(rng, ['vaynhanh', 'hotrovay', 'taichinh'])}_{c.rand_token(rng, 3)}"])


def _loan_amt(rng):
    v = rng.randrange(1, 30) * 10 if rng.random() < 0.7 else rng.randrange(3, 10)
    return v, c.pick(rng, [f"{v} triệu", f"{v}tr", f"{v}.000.000đ", f"{v}.000.000 VNĐ"])


COMPANIES = ["Tài chính An Phát", "Tài chính Việt Tín", "Tín Dụng Xanh", "Tài chính Phú Gia", "Vay Nhanh 24h",
             "Tài chính Đông Á Mới", "Tài chính Hưng Long", "Quỹ Tín Dụng Minh An", "Tài chính Sao Việt"]
FINCOS = ["FE Credit", "Home Credit", "Shinhan Finance", "Mcredit", "HD Saison", "Tài chính Lotte"]
APPS = ["VayNhanh Plus", "ViTiền", "Tín Dụng Xanh", "MoneyGo", "TienOi", "Ví Vàng", "CashNow VN", "Vay Vui", "Túi Tiền"]


# ---------------------------------------------------------------- families
def _loan_ad_sms(rng):
    v, amt = _loan_amt(rng)
    head = c.pick(rng, ["Hỗ trợ vay tiền mặt", "VAY NHANH", "Vay tín chấp", "Cần tiền gấp?", "HỖ TRỢ TÀI CHÍNH:",
                        "Vay online", "Giải ngân nhanh:", "Bạn được ưu tiên vay"])
    bits = [_range(rng, v, amt),
            c.pick(rng, ["không thế chấp", "không cần thế chấp", "ko thẩm định", "không gặp mặt"]),
            c.pick(rng, ["chỉ cần CCCD", "chỉ cần CCCD gắn chip", "chỉ cần CCCD + bằng lái", "thủ tục đơn giản"]),
            c.pick(rng, ["giải ngân trong 30 phút", "duyệt 5 phút", "nhận tiền trong ngày", "giải ngân 24/7",
                         "tiền về sau 15 phút"])]
    if rng.random() < 0.5:
        bits.append(c.pick(rng, ["nợ xấu vẫn hỗ trợ", "không gọi người thân", "lãi 0% tháng đầu", f"lãi chỉ {rng.randrange(5, 15) / 10}%/tháng"]))
    rng.shuffle(bits)
    act = c.pick(rng, [_zalo(rng), f"Đăng ký: {c.scam_link(rng, c.pick(rng, ['vaynhanh', 'taichinh', 'vayonline']))}",
                       f"Xem hạn mức của bạn: {c.shortener_url(rng)}"])
    sep = c.pick(rng, [", ", ". ", " - ", " | "])
    text = c.join_clean([head, sep.join(bits) + ".", act])
    return c.maybe_upper(rng, text, 0.08), "sms"


def _wrong_account_frozen(rng):
    who = _who(rng)
    v, amt = _loan_amt(rng)
    fee = _money(v * 1_000_000 // c.pick(rng, [10, 5, 20]))
    err = c.pick(rng, ["nhập sai số tài khoản nhận tiền (sai 1 chữ số)", "ghi sai tên chủ tài khoản thụ hưởng",
                       "chọn sai ngân hàng thụ hưởng", "nhập thiếu 1 số tài khoản", "số tài khoản không trùng tên chủ hồ sơ"])
    fee_name = c.pick(rng, ["phí mở đóng băng", "phí xác minh chủ tài khoản", "phí điều chỉnh hồ sơ", "khoản bảo chứng",
                            "phí mở phong tỏa", "phí chống gian lận"])
    threat = c.pick(rng, ["quá hạn hồ sơ bị hủy và chuyển sang pháp lý", "quá hạn hồ sơ bị đưa vào danh sách nợ xấu",
                          "không xử lý thì bị phạt vi phạm hợp đồng", "sau 17h kế toán khóa sổ"])
    ch = c.pick(rng, ["chat", "chat", "call", "sms"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["THÔNG BÁO:", "[Giải ngân]", "TB:", ""]),
                             f"Khoản vay {amt} của quý khách bị đóng băng do {err}.",
                             f"Vui lòng nộp {fee_name} {fee} {c.deadline(rng)}, {threat}.", _zalo(rng)])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "chat" and rng.random() < 0.5:
        text = c.join_clean([c.pick(rng, [f"Dạ chào {who},", f"{who.capitalize()} ơi,", "Em báo:"]),
                             f"khoản vay {amt} giải ngân không thành công do {who} {err}.",
                             "Hệ thống đã tự động đóng băng khoản vay.",
                             f"Để mở lại {who} cần nộp {fee_name} {fee}, khoản này hoàn lại cùng tiền giải ngân.",
                             f"Chuyển vào {_bank_acc(rng)}.", c.maybe(rng, f"Lưu ý {threat}.", 0.6)])
        return text, ch
    turns = [
        (0, c.pick(rng, [f"Chào {who}, em gọi từ phòng giải ngân về khoản vay {amt} của {who}.",
                         f"Dạ {who} ơi, lệnh giải ngân {amt} của {who} bị lỗi rồi ạ."])),
        (1, c.pick(rng, ["Sao vậy em, đợi từ sáng tới giờ.", "Lỗi gì em?", "Vậy bao giờ có tiền?"])),
        (0, f"Dạ do {who} {err} nên ngân hàng trả về, khoản vay đang bị treo trên hệ thống."),
        (1, c.pick(rng, ["Thì sửa lại số là được mà.", "Giờ làm sao?", "Tôi ghi đúng mà."])),
        (0, f"Dạ sửa thì được nhưng {who} phải đóng {fee_name} {fee} để kỹ thuật mở khóa, số tiền này cộng vào khoản giải ngân trả lại {who}."),
    ]
    if rng.random() < 0.6:
        turns += [(1, c.pick(rng, ["Tôi không có tiền mới phải đi vay.", "Trừ vào khoản vay được không?"])),
                  (0, f"Dạ đây là quy định chống rửa tiền ạ, {who} mượn tạm người thân, 30 phút là hoàn lại. Lưu ý {threat}.")]
    return _dialog(rng, turns, call=(ch == "call")), ch


def _file_fee(rng):
    who = _who(rng)
    _, amt = _loan_amt(rng)
    fee = c.amount(rng, 300_000, 3_000_000)
    fee_name = c.pick(rng, ["phí hồ sơ", "phí mở hồ sơ", "phí thẩm định", "phí công chứng hợp đồng", "phí mở mã hợp đồng",
                            "phí in hợp đồng", "phí hồ sơ + công chứng"])
    ch = c.pick(rng, ["chat", "chat", "sms", "call"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["Chúc mừng!", "", "Thông báo:"]),
                             f"Hồ sơ vay {amt} {c.pick(rng, ['của bạn', 'mã VN' + c.otp_code(rng, 5), 'của quý khách'])} đã được duyệt.",
                             c.pick(rng, [f"Chuyển {fee_name} {fee} vào {_bank_acc(rng)} để giải ngân trong 30 phút.",
                                          f"Vui lòng thanh toán {fee_name} {fee} tại {c.scam_link(rng, 'vay')} {c.deadline(rng)}.",
                                          f"Đóng {fee_name} {fee}, liên hệ kế toán: {c.phone(rng)}."])])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "call":
        turns = [
            (0, f"{who.capitalize()} {c.person_name(rng, full=False)} phải không ạ? Em bên công ty {c.pick(rng, COMPANIES)}, hồ sơ vay {amt} của {who} đã qua thẩm định rồi."),
            (1, "Vậy khi nào giải ngân em?"),
            (0, f"Dạ trước khi giải ngân {who} đóng cho em {fee_name} {fee}. Đóng xong em in hợp đồng có dấu gửi qua Zalo, kế toán chuyển tiền luôn."),
            (1, "Sao không trừ vào tiền vay?"),
            (0, c.pick(rng, ["Dạ quy định công ty là thu trước vì nhiều khách làm hồ sơ xong bỏ ngang ạ.",
                             "Dạ phí này do văn phòng công chứng thu, bên em không trừ được ạ."])),
        ]
        return _dialog(rng, turns, call=True), ch
    text = c.join_clean([c.pick(rng, [f"Hồ sơ vay {amt} của {who} đã được phê duyệt ✅", f"Dạ {who} ơi hồ sơ {amt} duyệt rồi nha.",
                                      f"Chúc mừng {who}, khoản vay {amt} đã duyệt."]),
                         f"{who.capitalize()} vui lòng đóng {fee_name} {fee} để bên em {c.pick(rng, ['in hợp đồng và giải ngân', 'kích hoạt lệnh chi', 'đóng dấu hợp đồng'])}.",
                         c.pick(rng, ["Phí đóng một lần duy nhất, không phát sinh thêm ạ.", f"Em gửi {_bank_acc(rng)}.",
                                      "Chiều nay là có tiền ạ.", ""])])
    return text, ch


def _insurance_fee(rng):
    who = _who(rng)
    v, amt = _loan_amt(rng)
    pct = c.pick(rng, [2, 3, 5])
    fee = _money(v * 10_000 * pct)
    why = c.pick(rng, ["theo quy định của Ngân hàng Nhà nước", "vì khoản vay trên 50 triệu", "vì hồ sơ có lịch sử trả chậm",
                       "để phòng trường hợp mất khả năng chi trả", "với khách vay lần đầu"])
    ch = c.pick(rng, ["chat", "call", "sms"])
    if ch == "sms":
        text = c.join_clean([f"Hồ sơ vay {amt} đã duyệt.", f"Quý khách cần thanh toán phí bảo hiểm khoản vay {fee} trước khi giải ngân.",
                             c.pick(rng, [_zalo(rng), f"Chi tiết: {c.scam_link(rng, 'baohiem')}"])])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "chat":
        text = c.join_clean([f"Dạ {why}, khoản vay {amt} của {who} bắt buộc mua bảo hiểm khoản vay ạ.",
                             f"Phí bảo hiểm {pct}% là {fee}, {who} đóng trước để hệ thống kích hoạt giải ngân.",
                             c.pick(rng, ["Trả đúng hạn 3 kỳ khoản này được hoàn lại.", "Sau khi tất toán sẽ được hoàn 100%.",
                                          "Em gửi hợp đồng bảo hiểm điện tử qua email sau khi nhận phí."])])
        return text, ch
    turns = [
        (0, f"Dạ em chào {who}, em bên bộ phận bảo hiểm tín dụng. Khoản vay {amt} của {who} đã duyệt, nhưng {why}, {who} phải mua gói bảo hiểm rủi ro cho khoản vay."),
        (1, "Bảo hiểm bao nhiêu em?"),
        (0, f"Dạ {pct}% giá trị khoản vay là {fee} ạ, tất toán xong được hoàn lại."),
        (1, "Trừ vào khoản vay luôn được không?"),
        (0, f"Dạ không được {who}, bảo hiểm phải có hiệu lực trước thì mới giải ngân. {who.capitalize()} chuyển qua tài khoản em gửi nhé."),
    ]
    if rng.random() < 0.4:
        turns += [(1, "Hôm qua đóng bảo hiểm rồi mà?"),
                  (0, f"Dạ đó là bảo hiểm khoản vay, còn bảo hiểm tai nạn người vay {c.amount(rng, 500_000, 2_000_000)} nữa là khoản cuối ạ.")]
    return _dialog(rng, turns, call=True), ch


def _income_proof_deposit(rng):
    who = _who(rng)
    v, amt = _loan_amt(rng)
    pct = c.pick(rng, [10, 15, 20, 30])
    dep = _money(v * 10_000 * pct)
    why = c.pick(rng, [f"{who} chưa có sao kê lương", f"{who} là lao động tự do", f"điểm tín dụng của {who} thấp",
                       "khoản vay lớn", f"{who} không có hợp đồng lao động"])
    ch = c.pick(rng, ["chat", "call", "sms", "chat"])
    if ch == "sms":
        text = c.join_clean([f"Hồ sơ vay {amt} cần bổ sung chứng minh thu nhập.",
                             f"Vui lòng nộp số dư đảm bảo {dep} vào tài khoản xác minh {c.deadline(rng)}, hoàn trả 100% khi giải ngân.",
                             _zalo(rng)])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "chat":
        text = c.join_clean([f"Dạ vì {why} nên hệ thống chưa duyệt được hồ sơ ạ.",
                             c.pick(rng, [f"Để chứng minh tài chính, {who} chuyển {pct}% khoản vay ({dep}) vào tài khoản công ty,",
                                          f"{who.capitalize()} nạp {dep} vào ví trong app để chứng minh dòng tiền,",
                                          f"Hệ thống yêu cầu số dư tối thiểu {dep}, {who} chuyển vào tài khoản trung gian để em tạo sao kê,"]),
                             f"xác minh xong sẽ giải ngân {amt} cộng cả tiền {who} đã nộp.",
                             c.maybe(rng, f"{who.capitalize()} làm {c.deadline(rng)} giúp em nhé.", 0.6)])
        return text, ch
    turns = [
        (0, f"Dạ chào {who}, hồ sơ vay {amt} của {who} đang ở bước cuối. Nhưng vì {why} nên bên thẩm định cần chứng minh năng lực tài chính."),
        (1, "Chứng minh thế nào em?"),
        (0, f"Dạ {who} chỉ cần chuyển {dep} vào tài khoản xác minh của công ty, hệ thống thấy đủ điều kiện là giải ngân cả khoản vay lẫn tiền {who} nộp."),
        (1, c.pick(rng, [f"Tôi không có sẵn {dep}.", "Sao không trừ vào khoản vay?"])),
        (0, c.pick(rng, [f"Dạ {who} vay tạm bạn bè, 1 tiếng là hoàn lại ạ. Đợt duyệt hôm nay khóa lúc 5 giờ chiều.",
                         f"Dạ vì đây là tiền đối ứng, phải là tiền của {who} mới chứng minh được ạ."])),
    ]
    return _dialog(rng, turns, call=True), ch


def _apk_loan_app(rng):
    app = c.pick(rng, APPS)
    _, amt = _loan_amt(rng)
    slug = re.sub(r"[^a-z]", "", c.strip_diacritics(app).lower())[:10] or "vay"
    link = c.pick(rng, [f"{slug}.apk-download.{c.pick(rng, c.CHEAP_TLDS)}", f"{slug}-app.{c.pick(rng, c.CHEAP_TLDS)}/download",
                        c.shortener_url(rng), f"{slug}vn.{c.pick(rng, c.CHEAP_TLDS)}/{slug}.apk"])
    ch = c.pick(rng, ["sms", "chat", "chat"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, [f"Tải app {app}", f"Ứng dụng vay {app}:", f"Bạn đủ điều kiện vay {amt} qua ứng dụng {app}."]),
                             c.pick(rng, [f"nhận ngay {amt} trong 5 phút, không cần giấy tờ.", "duyệt tự động 24/7.",
                                          "xác thực khuôn mặt để nhận tiền.", ""]),
                             f"Link tải: {link}"])
        return c.maybe_upper(rng, text, 0.08), ch
    who = _who(rng)
    text = c.join_clean([c.pick(rng, [f"{who.capitalize()} tải giúp em app \"{app}\" theo link em gửi nhé.",
                                      f"Bên em giải ngân qua app {app}, {who} cài theo link này:"]),
                         c.maybe(rng, link, 0.7),
                         c.pick(rng, ["App chưa có trên CH Play nên cài file APK, bật cho phép cài từ nguồn không xác định.",
                                      "Cài xong cấp quyền truy cập danh bạ và tin nhắn để hệ thống chấm điểm.",
                                      "Cài xong cho app đọc tin nhắn để tự điền OTP cho nhanh."]),
                         f"Sau đó chụp CCCD và quay mặt xác thực là app duyệt {amt} cho {who}."])
    return text, ch


def _bank_preapproved(rng):
    use_bank = rng.random() < 0.6
    if use_bank:
        name, short, _ = c.pick(rng, c.BANKS)
    else:
        name = c.pick(rng, FINCOS)
        short = re.sub(r"[^a-z]", "", name.lower())
    b = c.vary_case(rng, name, 0.15, 0.2)
    _, amt = _loan_amt(rng)
    demand = c.pick(rng, [f"xác nhận nhận khoản vay tại {c.lookalike_url(rng, short)}",
                          f"đăng nhập {c.lookalike_url(rng, short)} và nhập OTP để nhận tiền",
                          f"liên hệ tư vấn viên {_zalo(rng)} và đóng phí mở hạn mức {c.amount(rng, 500_000, 3_000_000)}",
                          f"ký hợp đồng điện tử tại {c.scam_link(rng, short)}"])
    ch = c.pick(rng, ["sms", "sms", "chat", "call"])
    if ch == "sms":
        text = c.join_clean([f"{b}{c.pick(rng, [':', ' thông báo:', ' -'])}",
                             c.pick(rng, [f"Quý khách được phê duyệt hạn mức vay tiêu dùng {amt}, lãi ưu đãi.",
                                          f"Hồ sơ vay tín chấp của quý khách đã được duyệt {amt}.",
                                          f"Bạn có khoản vay duyệt sẵn {amt} không tài sản đảm bảo."]),
                             f"Vui lòng {demand}.", c.maybe(rng, f"Ưu đãi hết hạn {c.deadline(rng)}.", 0.6)])
        return c.maybe_upper(rng, text, 0.08), ch
    who = c.pick(rng, ["anh", "chị"])
    if ch == "chat":
        text = c.join_clean([f"Em là {c.person_name(rng, full=False)}, chuyên viên khách hàng cá nhân của {b}.",
                             f"{who.capitalize()} được duyệt trước khoản vay {amt} lãi thấp nhân dịp tri ân.",
                             c.pick(rng, [f"{who.capitalize()} vui lòng {demand} nhé.",
                                          f"{who.capitalize()} gửi em ảnh thẻ ATM 2 mặt và mã OTP gửi về để em liên kết giải ngân.",
                                          f"{who.capitalize()} đóng trước kỳ trả góp đầu tiên {c.amount(rng, 1_000_000, 5_000_000)} để kích hoạt hợp đồng."])])
        return text, ch
    turns = [
        (0, f"Dạ em chào {who}, em là nhân viên tín dụng của {name}. Dựa trên lịch sử giao dịch, {who} được cấp hạn mức vay {amt}, không cần chứng minh thu nhập."),
        (1, c.pick(rng, ["Tôi có đăng ký gì đâu.", "Lãi suất bao nhiêu?", "Thật à?"])),
        (0, f"Dạ đây là khoản vay ưu đãi chủ động dành cho khách thân thiết. {who.capitalize()} chỉ cần xác nhận qua Zalo và đóng phí mở hạn mức {c.amount(rng, 500_000, 3_000_000)}, giải ngân trong ngày."),
        (1, "Phí đó đóng ở quầy được không?"),
        (0, "Dạ chương trình chỉ làm online để hưởng lãi ưu đãi, lên quầy là lãi cao hơn ạ. Em gửi số tài khoản phòng tín dụng nhé."),
    ]
    return _dialog(rng, turns, call=True), ch


def _bad_debt_cleanup(rng):
    _, amt = _loan_amt(rng)
    fee = c.amount(rng, 1_000_000, 6_000_000)
    grp = c.pick(rng, ["nợ nhóm 2", "nợ nhóm 3", "nợ nhóm 2-5", "nợ xấu CIC", "nợ quá hạn"])
    ch = c.pick(rng, ["sms", "social", "chat"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["NỢ XẤU VẪN VAY ĐƯỢC!", "Bị từ chối vay vì nợ xấu?", "Hỗ trợ xóa nợ xấu CIC."]),
                             f"Làm sạch lịch sử tín dụng trong 24-48h, vay lại {amt}.",
                             f"Phí dịch vụ {fee}.", _zalo(rng)])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "social":
        text = c.join_clean(["🔰 DỊCH VỤ XÓA NỢ XẤU - NÂNG ĐIỂM TÍN DỤNG 🔰",
                             f"\n{grp.capitalize()} đều xử lý được. Sau khi xóa, hỗ trợ vay lại ngân hàng {amt}.",
                             c.pick(rng, ["\nCam kết thành công mới thu phí (cọc trước 30%).", f"\nPhí trọn gói {fee}.",
                                          "\nCó người trong hệ thống hỗ trợ, bảo mật tuyệt đối."]),
                             f"\nLiên hệ: {_zalo(rng)}"])
        return text, ch
    who = _who(rng)
    text = c.join_clean([f"{who.capitalize()} ơi hồ sơ {who} đang dính {grp} nên app tự động từ chối.",
                         f"Bên em có gói nâng hạng tín dụng {fee}, đóng vào là điểm lên và khoản vay {amt} được duyệt.",
                         c.pick(rng, [f"Chuyển vào {_bank_acc(rng)} nhé.", "Xong trong 2 ngày ạ.", f"{who.capitalize()} gửi em ảnh CCCD để làm luôn."])])
    return text, ch


def _social_post_ad(rng):
    v, amt = _loan_amt(rng)
    ch = "social"
    target = c.pick(rng, ["bà con", "công nhân KCN", "hộ kinh doanh", "sinh viên", "anh chị em", "chị em nội trợ"])
    lines = [c.pick(rng, ["💰 CẦN TIỀN GẤP - CÓ NGAY TRONG NGÀY 💰", "🔥 HỖ TRỢ VAY VỐN NHANH 🔥", "VAY VỐN TIÊU DÙNG 💵",
                          f"Hỗ trợ vay cho {target} 🙏", "GIẢI NGÂN THÀNH CÔNG 💯"])]
    pts = [f"Vay {_range(rng, v, amt)}", "Không thế chấp", "Chỉ cần CCCD", "Không thẩm định người thân",
           "Nợ xấu vẫn hỗ trợ", "Nhận tiền sau 1 giờ", "Lãi nhẹ, trả góp thoải mái"]
    rng.shuffle(pts)
    bullet = c.pick(rng, ["✅ ", "- ", "👉 ", "• "])
    lines += [bullet + x for x in pts[:rng.randrange(3, 6)]]
    lines.append(c.pick(rng, ["Inbox ngay hoặc để lại SĐT bên dưới!", f"Zalo: {c.phone(rng)}", "Comment \"quan tâm\" mình inbox.",
                              f"Chúc mừng chị {c.person_name(rng, full=False)} ({c.pick(rng, c.PROVINCES)}) vừa nhận {amt} sau 1 giờ 👏 Inbox ngay!",
                              "Chỉ đóng phí hồ sơ nhỏ khi được duyệt."]))
    sep = "\n" if rng.random() < 0.7 else " "
    return c.clean_spacing(sep.join(lines)), ch


def _contract_cancel_penalty(rng):
    who = _who(rng)
    v, amt = _loan_amt(rng)
    pen = c.pick(rng, [20, 25, 30])
    pen_amt = _money(v * 10_000 * pen)
    fee = c.amount(rng, 1_000_000, 5_000_000)
    threat = c.pick(rng, ["công ty sẽ khởi kiện và ghi nợ xấu", "hồ sơ chuyển phòng pháp chế", "gửi thông báo vi phạm về địa phương và nơi làm việc",
                          "chuyển hồ sơ cho bộ phận thu hồi, họ sẽ liên hệ người thân"])
    ch = c.pick(rng, ["chat", "sms", "call"])
    if ch == "sms":
        text = c.join_clean([c.pick(rng, ["THÔNG BÁO VI PHẠM HỢP ĐỒNG:", "TB:", f"HĐ vay số {c.otp_code(rng, 4)}/TC:"]),
                             f"Quý khách đã ký hợp đồng vay {amt} nhưng không hoàn tất thủ tục giải ngân.",
                             f"Hủy hợp đồng phải bồi thường {pen}% ({pen_amt}). Nếu không thanh toán {c.deadline(rng)}, {threat}.",
                             _zalo(rng)])
        return c.maybe_upper(rng, text, 0.08), ch
    if ch == "chat":
        text = c.join_clean([f"{who.capitalize()} đã ký hợp đồng vay điện tử rồi nên không hủy ngang được ạ.",
                             f"Hủy thì {who} phải đóng phạt {pen}% giá trị khoản vay là {pen_amt}.",
                             f"Em khuyên {who} nên đóng {c.pick(rng, ['phí mở băng', 'phí xác minh', 'phí giải ngân'])} {fee} để nhận tiền, đỡ thiệt hơn.",
                             c.maybe(rng, f"Nếu {who} không hợp tác thì {threat}.", 0.7)])
        return text, ch
    turns = [
        (0, f"Alo {who}, tôi là {c.person_name(rng)}, phòng pháp chế. {who.capitalize()} đã ký hợp đồng vay {amt} nhưng không hoàn tất giải ngân."),
        (1, "Tôi không muốn vay nữa, hủy được không?"),
        (0, f"Hợp đồng điện tử có giá trị pháp lý. Đơn phương hủy thì {who} bồi thường {pen}%, không đóng thì {threat}."),
        (1, "Nhưng tôi chưa nhận đồng nào."),
        (0, f"Chưa nhận là do {who} chưa nộp phí mở khóa. Tôi khuyên {who} hoàn tất {fee} để nhận khoản vay, như vậy không bị phạt. Hạn {c.deadline(rng)}."),
    ]
    return _dialog(rng, turns, call=True), ch


def _app_vip_upgrade(rng):
    who = _who(rng)
    app = c.pick(rng, APPS)
    _, amt = _loan_amt(rng)
    fee = c.amount(rng, 300_000, 3_000_000)
    step = c.pick(rng, ["nâng cấp tài khoản VIP", "nạp tiền kích hoạt ví", "mở khóa tính năng rút tiền", "xác thực ví liên kết",
                        "nạp phí duy trì hạn mức"])
    ch = c.pick(rng, ["chat", "chat", "sms"])
    if ch == "sms":
        text = c.join_clean([f"{app}: Bạn được duyệt {amt}.", f"{step.capitalize()} ({fee}) để rút tiền về tài khoản.",
                             c.pick(rng, ["Mở app ngay.", f"Hướng dẫn: {_zalo(rng)}", f"Hạn {c.deadline(rng)}."])])
        return c.maybe_upper(rng, text, 0.08), ch
    if rng.random() < 0.5:
        turns = [
            (1, f"Em ơi app {app} báo duyệt {amt} nhưng bấm rút thì bắt {step} là sao?"),
            (0, f"Dạ do tài khoản {who} là tài khoản thường, muốn rút phải {step}, phí {fee} nạp trực tiếp vào app."),
            (1, "Nạp vào app là chuyển cho ai?"),
            (0, f"Dạ {who} chuyển vào số tài khoản hiện trên app, đó là tài khoản kế toán ạ. Nạp xong rút được cả khoản vay lẫn tiền nạp."),
        ]
        return _dialog(rng, turns, call=False), ch
    text = c.join_clean([f"App duyệt cho {who} hạn mức {amt} rồi đó 🎉",
                         f"Nhưng muốn rút về tài khoản thì {who} phải {step}, phí {fee}.",
                         c.pick(rng, ["Xong là rút được luôn, không giới hạn số lần ạ.", "Tiền này hoàn lại khi rút.",
                                      f"Làm {c.deadline(rng)} nha {who}, quá hạn app khóa hạn mức."])])
    return text, ch


FAMILIES = [
    ("loan_ad_sms", _loan_ad_sms),
    ("wrong_account_frozen", _wrong_account_frozen),
    ("file_fee", _file_fee),
    ("insurance_fee", _insurance_fee),
    ("income_proof_deposit", _income_proof_deposit),
    ("apk_loan_app", _apk_loan_app),
    ("bank_preapproved", _bank_preapproved),
    ("bad_debt_cleanup", _bad_debt_cleanup),
    ("social_post_ad", _social_post_ad),
    ("contract_cancel_penalty", _contract_cancel_penalty),
    ("app_vip_upgrade", _app_vip_upgrade),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return [c.message(LABEL, name, *fn(rng)) for name, fn in c.families_shuffled_once(rng, FAMILIES, n)]

"""Generator for `bank_phishing`: banks and e-wallets impersonated with look-alike links.

Families (each a different story or structure):
  locked_account, new_device_login, overseas_spending, service_fee_cancel, points_expiring,
  card_upgrade, biometric_deadline, ewallet_locked, refund_pending, app_update_apk,
  staff_call_otp (call), fake_support_chat (chat), fake_page_social (social).
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "bank_phishing"

# Short forms people and scammers use for each bank / its app.
_ABBR = {
    "Vietcombank": ["VCB", "Vietcombank", "VCB Digibank", "Ngân hàng Vietcombank"],
    "VietinBank": ["VietinBank", "VTB", "VietinBank iPay", "Vietinbank"],
    "BIDV": ["BIDV", "BIDV SmartBanking", "Ngân hàng BIDV"],
    "Agribank": ["Agribank", "AGRIBANK", "Agribank E-Mobile Banking", "Agribank Plus"],
    "Techcombank": ["Techcombank", "TCB", "Techcombank Mobile"],
    "MB Bank": ["MB", "MBBank", "MB Bank", "App MBBank"],
    "ACB": ["ACB", "ACB ONE", "Ngân hàng ACB"],
    "VPBank": ["VPBank", "VPBank NEO", "VPB"],
    "TPBank": ["TPBank", "TPBank Mobile", "TPB"],
    "Sacombank": ["Sacombank", "Sacombank Pay", "STB"],
    "HDBank": ["HDBank", "HD Bank"],
    "VIB": ["VIB", "MyVIB"],
    "SHB": ["SHB", "SHB Mobile"],
    "OCB": ["OCB", "OCB OMNI"],
    "SeABank": ["SeABank", "SeAMobile"],
    "MSB": ["MSB", "MSB mBank"],
    "Eximbank": ["Eximbank", "EIB"],
    "LPBank": ["LPBank", "LPBank Mobile"],
}

_DEVICES = ["iPhone 15 Pro Max", "iPhone 13", "Samsung Galaxy A54", "Samsung S23", "OPPO Reno8", "Xiaomi 13",
            "Vivo Y36", "Realme C55", "máy tính Windows", "trình duyệt Chrome trên Windows", "iPad Air",
            "thiết bị Android không xác định"]
_PLACES_VN = ["Hà Nội", "TP.HCM", "Bắc Ninh", "Tây Ninh", "Đà Nẵng", "Hải Phòng", "Bình Dương", "Lạng Sơn"]
_PLACES_ABROAD = ["Campuchia", "Singapore", "Đài Loan", "Hàn Quốc", "Thái Lan", "Malaysia", "Hoa Kỳ", "Nhật Bản",
                  "Philippines", "Trung Quốc"]
_MERCHANTS = ["AMAZON.COM", "APPLE.COM/BILL", "GOOGLE*PLAY", "ALIEXPRESS", "NETFLIX.COM", "STEAM GAMES",
              "AGODA", "BOOKING.COM", "TEMU", "SHEIN", "PAYPAL *GAMES", "BINANCE"]
_FEE_SERVICES = ["Thanh toán toàn cầu", "Global Pay", "dịch vụ tài chính quốc tế", "gói quảng cáo trực tuyến",
                 "Global Ads", "bảo hiểm tài khoản", "bảo an thẻ tín dụng", "SMS Banking Plus",
                 "gói thanh toán tự động quốc tế", "dịch vụ ngân hàng ưu tiên", "bảo hiểm khoản vay",
                 "gói quảng cáo Facebook Ads"]
_POINT_PROGRAMS = ["điểm thưởng", "điểm tích lũy", "điểm Rewards", "điểm Loyalty", "điểm thưởng thẻ tín dụng",
                   "điểm ưu đãi"]
_LEGAL = ["theo Thông tư 17/2024/TT-NHNN", "theo Quyết định 2345/QĐ-NHNN", "theo quy định mới của NHNN",
          "theo yêu cầu của Ngân hàng Nhà nước", "để tuân thủ quy định phòng chống gian lận", ""]


def _svc(svc):
    return svc if svc.startswith(("dịch vụ", "gói")) else "dịch vụ " + svc


def _bank(rng):
    name, short, _ = c.pick(rng, c.BANKS)
    return name, short, c.pick(rng, _ABBR.get(name, [name]))


def _wallet(rng):
    name, short, _ = c.pick(rng, c.WALLETS)
    return name, short, name


def _link(rng, short, extra_words=()):
    """Look-alike link; now and then with an extra lure word or defanged."""
    r = rng.random()
    if r < 0.25:
        url = c.shortener_url(rng)
    elif r < 0.4 and extra_words:
        url = f"{short}-{c.pick(rng, extra_words)}.{c.pick(rng, c.CHEAP_TLDS)}"
    else:
        url = c.lookalike_url(rng, short)
    if rng.random() < 0.08:
        url = url.replace(".", "(.)", 1) if rng.random() < 0.5 else url.replace(".", "[.]", 1)
    return url


def _sender(rng, abbr):
    shape = rng.randrange(9)
    if shape == 0:
        return f"[{abbr}] "
    if shape == 1:
        return f"{abbr}: "
    if shape == 2:
        return f"{abbr} thông báo: "
    if shape == 3:
        return f"{abbr.upper()}: "
    if shape == 4:
        return f"TB từ {abbr}: "
    if shape == 5:
        return f"{abbr} kính báo: "
    if shape == 6:
        return f"({abbr}) "
    return ""


def _cap(text):
    return text[0].upper() + text[1:] if text and len(text) > 1 and text[1].islower() else text


def _you(rng):
    return c.pick(rng, ["Quý khách", "QK", "quý khách", "bạn", "Ông/Bà", "anh/chị", "KH"])


def _finish(rng, parts, keep_first=1):
    """Shuffle optional sentences after the first `keep_first`, punctuate; now and then a bank's sign-off."""
    return c.finish_notice(rng, parts, keep_first, last_marks=[".", ".", ".", "!", ""],
                           mid_marks=[".", ".", ".", ".", "!", ","], cap_after_stop=False, cap_after_prefix=False,
                           signoffs=[" Trân trọng.", " Xin cảm ơn.", " Cảm ơn Quý khách.", " Trân trọng cảm ơn!"],
                           signoff_p=0.15)


# ---------------------------------------------------------------- SMS families

def _locked_account(rng):
    name, short, abbr = _bank(rng)
    you = _you(rng)
    claim = c.pick(rng, [
        f"Tài khoản của {you} đã bị tạm khóa do đăng nhập sai mật khẩu nhiều lần",
        f"TK của {you} đang bị tạm ngưng giao dịch do phát hiện dấu hiệu bất thường",
        f"tài khoản {c.masked_account(rng)} của {you} bị phong tỏa tạm thời",
        f"tài khoản thanh toán của {you} đã bị đình chỉ do chưa cập nhật thông tin khách hàng",
        f"tài khoản của {you} sẽ bị đóng băng do không phát sinh giao dịch trong 6 tháng",
        f"{you} đang bị hạn chế chức năng chuyển tiền {c.pick(rng, _LEGAL)}",
        f"tài khoản của {you} nằm trong danh sách nghi vấn liên quan giao dịch bất hợp pháp",
    ])
    action = c.pick(rng, [
        f"Mở khóa tại {_link(rng, short, ['mokhoa', 'khoiphuc'])}",
        f"Vui lòng xác thực lại thông tin tại {_link(rng, short)}",
        f"Để mở khóa nhanh không cần ra quầy, truy cập: {_link(rng, short)}",
        f"Khôi phục tài khoản tại {_link(rng, short)}",
        f"Chứng minh chính chủ tại {_link(rng, short)}",
    ])
    dl = c.pick(rng, [f"Vui lòng thực hiện {c.deadline(rng)}", f"Hạn xác thực: {c.deadline(rng)}", ""])
    cons = c.pick(rng, ["để tránh gián đoạn giao dịch", "Quá hạn tài khoản sẽ bị khóa vĩnh viễn",
                        "Nếu không xử lý, số dư sẽ bị chuyển về tài khoản chờ xử lý",
                        "Nếu không xác thực, tài khoản sẽ bị hủy", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action, dl, cons])


def _new_device_login(rng):
    name, short, abbr = _bank(rng)
    dev = c.pick(rng, _DEVICES)
    when = f"lúc {c.time_hm(rng)}" + (f" ngày {c.date(rng)[:5]}" if rng.random() < 0.4 else "")
    claim = c.pick(rng, [
        f"Tài khoản của bạn vừa đăng nhập trên thiết bị mới ({dev}) {when}",
        f"Phát hiện đăng nhập {abbr} từ {dev} tại {c.pick(rng, _PLACES_VN + _PLACES_ABROAD)} {when}",
        f"Có thiết bị lạ ({dev}) đang yêu cầu kích hoạt Smart OTP cho tài khoản của {_you(rng)}",
        f"Ghi nhận yêu cầu đổi mật khẩu đăng nhập {when} trên {dev}",
        "Tài khoản của bạn đang được đăng nhập trên 2 thiết bị cùng lúc",
        f"Mã OTP đăng ký thiết bị mới là {c.otp_code(rng)}",
    ])
    action = c.pick(rng, [
        f"Nếu không phải bạn, khóa tài khoản tại {_link(rng, short, ['baomat', 'khoathietbi'])}",
        f"Không phải bạn? Hủy ngay: {_link(rng, short)}",
        f"Nếu không phải {_you(rng)} thực hiện, vui lòng chặn thiết bị tại {_link(rng, short)}",
        f"Từ chối yêu cầu tại {_link(rng, short)}",
        f"Nếu không phải bạn, gọi ngay {c.phone(rng)} để được hỗ trợ khóa",
    ])
    dl = c.pick(rng, ["trong 10 phút", "trước khi giao dịch được thực hiện", "", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action + (" " + dl if dl else "")])


def _overseas_spending(rng):
    name, short, abbr = _bank(rng)
    card = c.pick(rng, ["Thẻ ghi nợ", "Thẻ tín dụng", "Thẻ Visa", "Thẻ Mastercard", "Thẻ JCB", "Thẻ"])
    tail = f"{rng.randrange(1000, 9999)}"
    amt = c.amount(rng, 1_000_000, 60_000_000) if rng.random() < 0.7 else f"{rng.randrange(49, 2500)} USD"
    where = c.pick(rng, [f"tại {c.pick(rng, _MERCHANTS)}", f"tại {c.pick(rng, _PLACES_ABROAD)}",
                         f"tại {c.pick(rng, _MERCHANTS)} ({c.pick(rng, ['US', 'SG', 'HK', 'CN', 'KR', 'NL'])})"])
    claim = c.pick(rng, [
        f"{card} {c.pick(rng, ['*', '**', 'x'])}{tail} vừa phát sinh giao dịch {amt} {where} lúc {c.time_hm(rng)}",
        f"Giao dịch {amt} {where} đang chờ xác nhận",
        f"Phát hiện giao dịch thẻ {where} số tiền {amt}, chưa hoàn tất",
        f"{card} của {_you(rng)} vừa bị trừ {amt} {where}",
    ])
    action = c.pick(rng, [
        f"Nếu không phải {_you(rng)} thực hiện, hủy giao dịch tại {_link(rng, short, ['huygiaodich', 'tuchoi'])}",
        f"Không phải bạn? Từ chối tại {_link(rng, short)}",
        f"Yêu cầu hoàn tiền tại {_link(rng, short)}",
        f"Gọi ngay {c.phone(rng)} để chặn giao dịch",
        f"Khóa thẻ khẩn cấp tại {_link(rng, short)}",
    ])
    dl = c.pick(rng, ["trong 15 phút", "trước khi giao dịch được duyệt", c.deadline(rng), ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action + (" " + dl if dl else "")])


def _service_fee_cancel(rng):
    if rng.random() < 0.8:
        name, short, abbr = _bank(rng)
    else:
        name, short, abbr = _wallet(rng)
    svc = c.pick(rng, _FEE_SERVICES)
    fee = c.amount(rng, 390_000, 6_900_000)
    per = c.pick(rng, ["/tháng", "/tháng", "/năm", ""])
    claim = c.pick(rng, [
        f"{_you(rng)} đã đăng ký thành công {_svc(svc)}, phí {fee}{per} sẽ tự động trừ vào tài khoản",
        f"{_svc(svc)[0].upper() + _svc(svc)[1:]} của {_you(rng)} sẽ bị trừ phí {fee} {c.pick(rng, ['vào 17h hôm nay', 'trong 24h', 'trong 2 giờ tới', 'vào ngày mai'])}",
        f"Tài khoản của bạn đã được đăng ký {_svc(svc)} ({fee}{per})",
        f"Hệ thống sẽ thu {fee} phí {_svc(svc)} lúc {c.time_hm(rng)}",
        f"{_you(rng)} vừa được nâng hạng thẻ, phí thường niên {fee} sẽ thu vào ngày mai",
    ])
    action = c.pick(rng, [
        f"Nếu không đăng ký, hủy tại {_link(rng, short, ['huydichvu', 'huy'])}",
        f"Hủy đăng ký miễn phí: {_link(rng, short)}",
        f"Từ chối tại {_link(rng, short)}",
        f"Để hủy, vui lòng bấm {_link(rng, short)}",
        f"Hủy gia hạn tại {_link(rng, short)} {c.deadline(rng)}",
        f"Không sử dụng vui lòng gọi {c.phone(rng)} để hủy",
    ])
    extra = c.pick(rng, ["Phí đã trừ sẽ không được hoàn lại", "Nếu không hủy, hệ thống tự động gia hạn", "", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action, extra])


def _points_expiring(rng):
    if rng.random() < 0.8:
        name, short, abbr = _bank(rng)
    else:
        name, short, abbr = _wallet(rng)
    pts = c.dotted(rng.randrange(800, 9000) * 1000)
    prog = c.pick(rng, _POINT_PROGRAMS)
    claim = c.pick(rng, [
        f"{pts} {prog} của {_you(rng)} sẽ hết hạn vào {c.pick(rng, ['23h59 hôm nay', 'ngày mai', 'cuối tuần này', c.date(rng)[:5]])}",
        f"Bạn đang có {pts} {prog} (tương đương {c.amount(rng, 300_000, 5_000_000)}) sắp hết hạn",
        f"{prog.capitalize()} của {_you(rng)} còn {rng.randrange(1, 4)} ngày sử dụng",
        f"Chương trình tri ân: {prog} của bạn quy đổi được {c.amount(rng, 300_000, 5_000_000)}, hạn cuối hôm nay",
    ])
    action = c.pick(rng, [
        f"Đổi điểm lấy tiền mặt tại {_link(rng, short, ['doidiem', 'rewards', 'diemthuong'])}",
        f"Quy đổi ngay sang tiền mặt chuyển về tài khoản: {_link(rng, short)}",
        f"Đăng nhập {_link(rng, short)} để quy đổi trước khi mất",
        f"Nhận tiền tại {_link(rng, short)}",
    ])
    how = c.pick(rng, ["Chỉ cần nhập số thẻ và mã OTP", "Tiền về tài khoản trong 5 phút", "", "", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action, how])


def _card_upgrade(rng):
    name, short, abbr = _bank(rng)
    claim = c.pick(rng, [
        f"Thẻ ATM từ của {_you(rng)} sẽ ngừng hoạt động từ ngày {c.date(rng)[:5]}",
        f"Thẻ của {_you(rng)} sắp hết hạn sử dụng",
        f"Chúc mừng bạn đủ điều kiện nâng hạn mức thẻ tín dụng lên {c.pick(rng, ['50', '80', '120', '150', '200'])} triệu",
        f"Thẻ của {_you(rng)} đủ điều kiện nâng hạng {c.pick(rng, ['Visa Platinum', 'Mastercard World', 'JCB Gold', 'Signature'])} miễn phí",
        f"Thẻ ghi nợ của {_you(rng)} cần chuyển đổi sang thẻ chip EMV {c.pick(rng, _LEGAL)}",
        "Bạn được miễn phí thường niên trọn đời nếu xác nhận trong hôm nay",
    ])
    action = c.pick(rng, [
        f"Đăng ký đổi thẻ chip online không cần ra quầy tại {_link(rng, short, ['thechip', 'doithe'])}",
        f"Xác nhận tại {_link(rng, short, ['hanmuc', 'nangcap'])}",
        f"Gia hạn trực tuyến, nhập thông tin thẻ tại {_link(rng, short)}",
        f"Hoàn tất xác nhận thông tin thẻ tại {_link(rng, short)}",
    ])
    dl = c.pick(rng, [f"Ưu đãi chỉ áp dụng {c.deadline(rng)}", f"Hạn chót {c.deadline(rng)}", "", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action, dl])


def _biometric_deadline(rng):
    name, short, abbr = _bank(rng)
    date = c.pick(rng, ["01/07", "01/01", f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}"])
    claim = c.pick(rng, [
        f"{c.pick(rng, _LEGAL).capitalize() or 'Theo quy định mới'}, từ {date} tài khoản chưa xác thực sinh trắc học sẽ bị tạm dừng giao dịch trực tuyến",
        f"{_you(rng)} chưa hoàn thành xác thực sinh trắc học khuôn mặt. Tài khoản sẽ bị hạn chế chuyển tiền sau 24h",
        f"Cập nhật sinh trắc học để tiếp tục sử dụng {abbr}, hạn cuối {c.pick(rng, ['hôm nay', 'ngày mai', date])}",
        f"Tài khoản của {_you(rng)} chưa đối chiếu CCCD gắn chip",
        f"Hệ thống chưa nhận được dữ liệu khuôn mặt của {_you(rng)}, giao dịch trên 10 triệu sẽ bị từ chối",
    ])
    action = c.pick(rng, [
        f"Cập nhật ngay tại {_link(rng, short, ['sinhtrachoc', 'sinhtrac', 'ekyc', 'faceid', 'cccd'])}",
        f"Thực hiện tại {_link(rng, short)} để không bị khóa",
        f"Tải ứng dụng hỗ trợ tại {short}-{c.pick(rng, ['sinhtrac', 'ekyc'])}.apk-{c.pick(rng, ['download', 'vn'])}.{c.pick(rng, c.CHEAP_TLDS)}",
        f"Chụp CCCD và quay video khuôn mặt tại {_link(rng, short)}",
    ])
    extra = c.pick(rng, ["Không cần ra quầy", "Chỉ mất 2 phút", "", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action, extra])


def _ewallet_locked(rng):
    name, short, abbr = _wallet(rng)
    claim = c.pick(rng, [
        f"Ví {name} của bạn bị giới hạn chức năng do vi phạm chính sách sử dụng",
        f"Tài khoản ví {name} đã bị tạm khóa do liên kết ngân hàng không hợp lệ",
        f"Ví của bạn bị đóng băng số dư {c.amount(rng, 200_000, 5_000_000)} do nghi ngờ gian lận",
        f"Tài khoản ví {name} chưa định danh sẽ bị khóa sau 24h",
        "Ví của bạn vừa nhận tiền từ tài khoản nghi vấn, tạm khóa để bảo vệ",
        f"Tài khoản của bạn sẽ bị khóa {c.pick(rng, ['theo Thông tư 23', 'do chưa bổ sung giấy tờ', 'do đăng nhập bất thường'])}",
    ])
    action = c.pick(rng, [
        f"Xác minh danh tính tại {_link(rng, short, ['verify', 'xacminh', 'dinhdanh'])}",
        f"Liên kết lại tại {_link(rng, short)}",
        f"Mở lại ví: {_link(rng, short)}",
        f"Xác thực chủ ví để rút số dư: {_link(rng, short)}",
    ])
    dl = c.pick(rng, [c.deadline(rng), "", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action + (" " + dl if dl else "")])


def _refund_pending(rng):
    if rng.random() < 0.75:
        name, short, abbr = _bank(rng)
    else:
        name, short, abbr = _wallet(rng)
    amt = c.amount(rng, 150_000, 8_000_000)
    claim = c.pick(rng, [
        f"Giao dịch chuyển tiền {amt} của {_you(rng)} thất bại do lỗi hệ thống",
        f"Bạn có khoản hoàn tiền {amt} từ giao dịch lỗi ngày {c.date(rng)[:5]}",
        f"Tài khoản của bạn bị thu phí trùng {rng.randrange(2, 4)} lần, tổng {amt}",
        f"Có 1 khoản tiền {amt} chuyển đến {_you(rng)} bị treo do sai thông tin",
        f"Khoản phí SMS Banking thu thừa {amt} sẽ được hoàn",
    ])
    action = c.pick(rng, [
        f"Nhận hoàn tiền tại {_link(rng, short, ['hoantien', 'hoanphi', 'nhantien'])}",
        f"Đăng nhập tại {_link(rng, short)} để nhận lại tiền về tài khoản",
        f"Xác nhận số tài khoản nhận hoàn tại {_link(rng, short)}",
        f"Xác nhận nhận tiền tại {_link(rng, short)}",
    ])
    dl = c.pick(rng, [c.deadline(rng), "trong ngày", ""])
    return _finish(rng, [_sender(rng, abbr) + _cap(claim), action + (" " + dl if dl else "")])


def _app_update_apk(rng):
    name, short, abbr = _bank(rng)
    apk = f"{short}-{c.pick(rng, ['app', 'mobile', 'update', 'moi'])}.{c.pick(rng, ['apk-download', 'apk-vn', 'download-vn', 'app-moi'])}.{c.pick(rng, c.CHEAP_TLDS)}"
    link = apk if rng.random() < 0.6 else _link(rng, short, ["update", "dongbo", "moi"])
    if rng.random() < 0.8:
        claim = c.pick(rng, [
            f"Ứng dụng {abbr} phiên bản cũ sẽ ngừng hoạt động từ {c.pick(rng, ['00h ngày mai', 'ngày 15', 'ngày 01/07', 'tuần sau'])}",
            f"Hệ thống nâng cấp lên phiên bản mới, {_you(rng)} vui lòng đăng nhập lại để đồng bộ dữ liệu, tránh mất số dư",
            "Do chuyển đổi hệ thống, tài khoản không đồng bộ trước 17h sẽ bị tạm dừng",
            f"Do thay đổi thương hiệu, {_you(rng)} cần cập nhật lại tài khoản trên hệ thống mới",
        ])
        action = c.pick(rng, [f"Tải bản mới tại {link}", f"Cập nhật tại {link}", f"Đồng bộ tại {link}",
                              f"Tải ứng dụng mới và đăng nhập lại: {link}"])
        return _finish(rng, [_sender(rng, abbr) + _cap(claim), action])
    return (f"Mọi người ơi, {name} đổi ứng dụng mới rồi, app cũ {c.pick(rng, ['tháng sau', 'từ tuần sau', 'sắp'])} "
            f"không dùng được nữa. Tải bản mới ở đây cho nhanh: {link} "
            f"{c.pick(rng, ['(nhớ cho phép cài từ nguồn không xác định nha)', 'mình cài rồi đăng nhập bình thường', 'chia sẻ cho bố mẹ nữa nhé'])}")


# ---------------------------------------------------------------- call / chat / social

_CALL_SPEAKERS = [("Người gọi", "Người nghe"), ("A", "B"), ("Nhân viên", "Khách hàng"), ("NV", "KH")]


def _staff_call_otp(rng):
    name, short, abbr = _bank(rng)
    s1, s2 = c.pick(rng, _CALL_SPEAKERS)
    honor = c.pick(rng, ["anh", "chị", "cô", "chú", "bác"])
    staff = c.person_name(rng, full=False)
    dept = c.pick(rng, ["bộ phận an ninh tài khoản", "trung tâm thẻ", "tổng đài chăm sóc khách hàng",
                        "phòng kiểm soát rủi ro", "bộ phận dịch vụ thẻ", "chi nhánh quận"])
    me = honor.capitalize()
    vname = c.person_name(rng, full=False)
    otp_doubts = ["Mã này ghi là không cung cấp cho ai mà em?", "Sao phải đọc mã vậy?",
                  f"Để {honor} ra quầy làm cho chắc.", "Sao em biết số điện thoại của tôi?",
                  f"Để {honor} hỏi con {honor} đã.", "Mã có 6 số này hả?"]
    link_doubts = ["Sao không làm trong app được em?", "Link này có an toàn không em?",
                   f"Để {honor} ra quầy làm cho chắc.", "Phải nhập cả mật khẩu à?"]
    story = rng.randrange(6)
    if story == 0:
        claim = (f"Tài khoản của {honor} đang có lệnh chuyển {c.amount(rng, 5_000_000, 90_000_000)} sang một tài khoản lạ, "
                 f"hệ thống đang tạm giữ lệnh.")
        react = [f"Hả? {me} có chuyển gì đâu.", "Trời, ai chuyển vậy?", "Thế giờ phải làm sao em?"]
        req = f"{me} đọc giúp em mã OTP vừa gửi về máy để em hủy lệnh chuyển nhé."
        doubts = otp_doubts
    elif story == 1:
        claim = (f"Thẻ tín dụng của {honor} vừa có giao dịch {c.amount(rng, 5_000_000, 60_000_000)} tại "
                 f"{c.pick(rng, _PLACES_ABROAD)}. {me} có đang ở nước ngoài không ạ?")
        react = [f"Không, {honor} ở nhà mà.", f"Không, {honor} có đi đâu đâu.", "Không có, chắc nhầm rồi em."]
        req = (f"Vậy khả năng cao thẻ {honor} bị lộ thông tin rồi. Em gửi mã xác nhận về điện thoại, "
               f"{honor} đọc lại cho em sáu số để em chặn giao dịch.")
        doubts = otp_doubts
    elif story == 2:
        claim = (f"Tài khoản {honor} đang được đăng ký {_svc(c.pick(rng, _FEE_SERVICES))}, mỗi tháng trừ "
                 f"{c.amount(rng, 500_000, 4_000_000)}, kỳ đầu trừ {c.pick(rng, ['chiều nay', 'lúc 5 giờ', 'tối nay'])}.")
        react = [f"{me} có đăng ký cái gì đâu.", "Ai đăng ký vậy em?", f"{me} không biết gì hết."]
        req = (f"Có thể lúc mở tài khoản {honor} tích nhầm ạ. Nếu {honor} không dùng thì em gửi đường link hủy "
               f"qua Zalo, {honor} đăng nhập tài khoản ngân hàng vào đó rồi nhập mã OTP là xong.")
        doubts = link_doubts
    elif story == 3:
        claim = (f"{me} thuộc nhóm khách hàng thân thiết nên được nâng hạn mức thẻ lên "
                 f"{c.pick(rng, ['80', '100', '150'])} triệu, không mất phí.")
        react = [f"Vậy {honor} phải làm gì?", "Ờ, thế làm thế nào?", "Có mất phí gì không em?"]
        req = f"{me} đọc giúp em 16 số trên thẻ, ngày hết hạn và 3 số mặt sau, rồi đọc mã OTP khi hệ thống gửi về."
        doubts = otp_doubts + ["Ba số mặt sau á?"]
    elif story == 4:
        claim = (f"Tài khoản {honor} chưa cập nhật sinh trắc học nên từ mai sẽ bị khóa chuyển khoản.")
        react = [f"{me} nghe nói rồi mà chưa làm.", "Thế phải ra ngân hàng à?", f"{me} không rành điện thoại lắm."]
        req = (f"Không cần ra quầy đâu ạ. Em gửi {honor} link cài ứng dụng cập nhật qua Zalo, {honor} cài vào, "
               f"cho phép quyền trợ năng rồi quét khuôn mặt, em làm từ xa giúp {honor}.")
        doubts = link_doubts + ["Ứng dụng này có trên CH Play không em?"]
    else:
        claim = (f"Có người dùng thông tin của {honor} đăng ký vay {c.pick(rng, ['30', '50', '70'])} triệu trên app "
                 f"của ngân hàng.")
        react = [f"Không, {honor} không vay gì cả.", "Trời, ai vay vậy?", f"{me} có vay bao giờ đâu."]
        req = f"Vậy là có người mạo danh {honor} rồi. Em sẽ hủy hồ sơ, {honor} đọc giúp em mã OTP gửi về để xác nhận hủy."
        doubts = otp_doubts
    doubt = c.pick(rng, doubts)
    if "quầy" in doubt:
        press = f"Dạ ra quầy thì phải chờ mấy ngày, trong thời gian đó tài khoản {honor} bị khóa ạ. {me} làm qua điện thoại cho nhanh."
    elif "số điện thoại" in doubt:
        press = f"Dạ số của {honor} đăng ký trên hệ thống ngân hàng ạ. {me} làm nhanh giúp em kẻo quá thời gian."
    elif "hỏi con" in doubt:
        press = f"Dạ việc này phải chính chủ làm {honor} ạ, hệ thống chỉ chờ {rng.randrange(3, 11)} phút thôi."
    else:
        press = c.pick(rng, [
            f"Dạ đó là thủ tục chung thôi {honor}, em là nhân viên ngân hàng nên {honor} yên tâm ạ.",
            f"Dạ {honor} làm nhanh giúp em, quá {rng.randrange(2, 15)} phút là hệ thống tự hoàn tất, không xử lý được nữa.",
            f"Dạ đây là thủ tục bắt buộc {honor} ạ, khách nào cũng làm vậy. {me} làm luôn giúp em nhé.",
        ])
    turns = [
        (s1, c.pick(rng, [f"Alo, {honor} {vname} phải không ạ?", f"Em chào {honor}, có phải {honor} {vname} không ạ?",
                          f"Dạ alo, cho em hỏi có phải {honor} {vname} không ạ?",
                          f"Alo {honor} ơi, {honor} là chủ tài khoản {name} đuôi {rng.randrange(100, 9999)} đúng không ạ?"])
             + f" Em là {staff} {c.pick(rng, ['gọi từ', 'bên', 'ở'])} {dept} ngân hàng {name}."),
        (s2, c.pick(rng, ["Ừ, có gì vậy em?", "Đúng rồi, ai đấy?", "Vâng, tôi nghe.", "Ờ, nói đi em."])),
        (s1, "Dạ " + claim[0].lower() + claim[1:]),
        (s2, c.pick(rng, react)),
        (s1, "Dạ " + req[0].lower() + req[1:]),
        (s2, doubt),
        (s1, press),
    ]
    return c.render_labelled(turns)


def _fake_support_chat(rng):
    if rng.random() < 0.75:
        name, short, abbr = _bank(rng)
    else:
        name, short, abbr = _wallet(rng)
    acct = c.pick(rng, [f"{name} CSKH", f"Hỗ trợ khách hàng {name}", f"{abbr} Care", f"{name} - Hỗ trợ 24/7",
                        f"CSKH {abbr}"])
    who = c.pick(rng, ["anh", "chị", "bạn", "anh/chị"])
    problem = c.pick(rng, [
        f"tài khoản của {who} đang bị khóa do chưa đồng bộ dữ liệu",
        f"hệ thống ghi nhận tài khoản của {who} đăng nhập trên 2 thiết bị",
        f"giao dịch của {who} bị treo và chưa hoàn tiền",
        f"{who} có {c.amount(rng, 300_000, 3_000_000)} bị trừ trùng chờ hoàn lại",
        f"tài khoản của {who} bị khóa vì nhận tiền từ nguồn có dấu hiệu lừa đảo",
    ])
    ask = c.pick(rng, [
        f"{who} bấm vào link {_link(rng, short)} đăng nhập như bình thường là tài khoản tự mở lại",
        f"{who} cung cấp tên đăng nhập, mật khẩu và mã OTP khi hệ thống gửi về để bộ phận kỹ thuật xử lý",
        f"{who} gửi ảnh CCCD 2 mặt, ảnh chân dung và mã OTP vừa nhận để xác minh chính chủ",
        f"{who} điền số thẻ, ngày hết hạn và mã CVV vào biểu mẫu {_link(rng, short)}",
    ])
    pressure = c.pick(rng, [f"Sau {c.pick(rng, ['10', '15', '30', '60'])} phút không phản hồi hệ thống sẽ khóa vĩnh viễn.",
                            f"{who.capitalize()} làm nhanh giúp em kẻo hết phiên ạ.",
                            "Mọi thông tin được bảo mật tuyệt đối.", ""])
    if rng.random() < 0.5:
        opener = c.pick(rng, ["Dạ chào", "Xin chào", "Kính chào", "Chào"]) + f" {who}, em là nhân viên hỗ trợ khách hàng {name}."
        body = f"{opener} {problem[0].upper() + problem[1:]}. Để xử lý, {ask}. {pressure}"
        if rng.random() < 0.4:
            body = f"[Tin nhắn từ tài khoản \"{acct}\"]\n" + body
        return body.strip()
    q = c.pick(rng, ["sao tk của mình ko chuyển được tiền vậy ạ", "ad ơi em bị trừ tiền mà không biết lý do",
                     "tài khoản mình bị khóa rồi làm sao mở ạ", "mình không đăng nhập app được"])
    return (f"A: {q}\nB: Dạ chào {who}, đây là {acct}. {problem[0].upper() + problem[1:]}. {ask[0].upper() + ask[1:]}.\n"
            f"A: {c.pick(rng, ['nhập cả otp hả', 'có an toàn không ạ', 'ok để mình làm', 'phải gửi mật khẩu à'])}\n"
            f"B: {c.pick(rng, ['Dạ đúng rồi, chỉ để xác nhận chính chủ thôi ạ.', 'Dạ hoàn toàn an toàn ạ, đây là kênh chính thức.', 'Dạ ' + who + ' làm nhanh giúp em trong 15 phút nhé.'])}")


def _fake_page_social(rng):
    name, short, abbr = _bank(rng)
    shape = rng.randrange(4)
    if shape == 0:
        issue = c.pick(rng, ["tài khoản bị khóa", "bị trừ tiền không rõ lý do", "giao dịch nước ngoài lạ",
                             "quên mật khẩu app"])
        pr = c.pick(rng, ['anh', 'chị', 'bạn'])
        return (f"[Bình luận] {abbr} Hỗ Trợ: Chào {pr} {c.person_name(rng, full=False)}, "
                f"trường hợp {issue} {c.pick(rng, ['vui lòng', pr + ' vui lòng'])} "
                f"{c.pick(rng, ['truy cập ' + _link(rng, short) + ' và làm theo hướng dẫn', 'kết bạn Zalo ' + c.phone(rng) + ' để nhân viên hỗ trợ trong 5 phút', 'nhắn tin cho page kèm số thẻ và ngày hết hạn'])}. "
                f"{c.pick(rng, ['Mọi thông tin được bảo mật.', 'Xử lý trong ngày.', ''])}").strip()
    if shape == 1:
        return (f"{c.pick(rng, ['📢', '⚠️', '🔴', ''])} THÔNG BÁO {c.pick(rng, ['QUAN TRỌNG', 'KHẨN', 'MỚI'])}\n"
                f"Từ ngày {c.pick(rng, ['01/07', '01/01', '15/08'])}, tài khoản chưa xác thực sinh trắc học sẽ bị "
                f"{c.pick(rng, ['KHÓA', 'TẠM DỪNG', 'HẠN CHẾ'])} chuyển tiền online!\n"
                f"✅ Cập nhật tại nhà, không cần ra quầy\n✅ Hỗ trợ {name}, {c.bank_name(rng)} và tất cả ngân hàng\n"
                f"👉 {c.pick(rng, ['Bấm link', 'Truy cập', 'Inbox page hoặc vào'])}: {_link(rng, short)}\n"
                f"{c.pick(rng, ['Chia sẻ cho người thân cùng biết!', 'Hạn chót sắp đến!', ''])}").strip()
    if shape == 2:
        return (f"DỊCH VỤ {c.pick(rng, ['MỞ KHÓA TÀI KHOẢN', 'HỖ TRỢ', 'NÂNG HẠN MỨC THẺ'])} NGÂN HÀNG ONLINE\n"
                f"{c.pick(rng, ['Tk bị khóa, bị phong tỏa, bị treo giao dịch', 'Nâng hạn mức từ 20tr lên 200tr', 'Bị trừ tiền, quên mật khẩu'])}... xử lý trong ngày.\n"
                f"Chỉ cần gửi {c.pick(rng, ['số tk + mật khẩu', 'ảnh thẻ 2 mặt + CCCD', 'thông tin đăng nhập'])}, có mã OTP thì đọc cho nhân viên.\n"
                f"LH Zalo: {c.phone(rng)} ({c.pick(rng, ['Chuyên viên', 'Anh', 'Chị'])} {c.person_name(rng, full=False)})")
    return (f"Cảnh báo ai dùng thẻ {abbr}: tài khoản tự động đăng ký {_svc(c.pick(rng, _FEE_SERVICES))} bị trừ "
            f"{c.amount(rng, 1_000_000, 4_000_000)}/tháng. Mọi người vào link này hủy đi cho chắc: {_link(rng, short)}, "
            f"{c.pick(rng, ['mình vừa hủy xong', 'nhà mình bị trừ rồi đó', 'làm nhanh kẻo mất tiền'])}")


_FAMILIES = [
    ("locked_account", "sms", _locked_account),
    ("new_device_login", "sms", _new_device_login),
    ("overseas_spending", "sms", _overseas_spending),
    ("service_fee_cancel", "sms", _service_fee_cancel),
    ("points_expiring", "sms", _points_expiring),
    ("card_upgrade", "sms", _card_upgrade),
    ("biometric_deadline", "sms", _biometric_deadline),
    ("ewallet_locked", "sms", _ewallet_locked),
    ("refund_pending", "sms", _refund_pending),
    ("app_update_apk", None, _app_update_apk),
    ("staff_call_otp", "call", _staff_call_otp),
    ("fake_support_chat", "chat", _fake_support_chat),
    ("fake_page_social", "social", _fake_page_social),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"} spread evenly over the families."""
    out = []
    for fam, channel, fn in c.families_in_turn(_FAMILIES, n):
        text = fn(rng)
        if channel is None:  # app_update_apk: SMS notice or a forwarded social post
            channel = "social" if text.startswith("Mọi người") else "sms"
        out.append(c.message(LABEL, fam, text, channel))
    return out

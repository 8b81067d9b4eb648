"""Generator for `fake_service_provider`: fake telco, power/water company and courier notices.

Families (each a different story or structure):
  sim_lock_standardisation, sim_upgrade_otp, telco_fee_charge, robocall_press_key (call),
  power_cut_unpaid, electricity_staff_call (call), water_bill, parcel_address_update,
  parcel_small_fee, shipper_prepay_chat (chat), customs_parcel, callback_number,
  community_post (social).
"""

from __future__ import annotations

import random
import string

from training.generators import _common as c

LABEL = "fake_service_provider"

_POWER = [("EVN", "evn"), ("EVNHCMC", "evnhcmc"), ("EVNHANOI", "evnhanoi"), ("EVNSPC", "evnspc"),
          ("EVNNPC", "evnnpc"), ("EVNCPC", "evncpc"), ("Điện lực", "dienluc"), ("Công ty Điện lực", "evn"),
          ("Tổng công ty Điện lực miền Nam", "evnspc"), ("Điện lực Thủ Đức", "evnhcmc"),
          ("Điện lực Cầu Giấy", "evnhanoi"), ("Điện lực Hải Châu", "evncpc")]
_WATER = [("Cấp nước Chợ Lớn", "capnuoc"), ("SAWACO", "sawaco"), ("Nước sạch Hà Nội", "nuocsach"),
          ("Cấp nước Gia Định", "capnuoc"), ("Cấp nước Đà Nẵng", "dawaco"), ("Công ty Cấp nước", "capnuoc"),
          ("Cấp nước Bến Thành", "capnuoc"), ("Nước sạch Hải Phòng", "nuocsach")]
_INTL = [("DHL", "dhl"), ("FedEx", "fedex"), ("EMS", "ems"), ("UPS", "ups"), ("VNPost EMS quốc tế", "vnpost")]
_DECREE = ["theo Nghị định 163/2024/NĐ-CP", "theo quy định mới của Bộ TT&TT", "theo Thông tư 08",
           "theo yêu cầu của Cục Viễn thông", ""]


def _telco(rng):
    name, short, _ = c.pick(rng, c.TELCOS)
    alias = {"Viettel": ["Viettel", "VIETTEL", "Viettel TB", "Nhà mạng Viettel"],
             "Vinaphone": ["Vinaphone", "VNPT-Vinaphone", "VNP", "VINAPHONE"],
             "MobiFone": ["MobiFone", "Mobifone", "MOBIFONE"],
             "Vietnamobile": ["Vietnamobile", "VNMobile"]}[name]
    return name, short, c.pick(rng, alias)


def _courier(rng):
    if rng.random() < 0.8:
        name, short, _ = c.pick(rng, c.COURIERS)
        alias = {"Giao Hàng Nhanh": ["GHN", "Giao Hàng Nhanh"], "Giao Hàng Tiết Kiệm": ["GHTK", "Giao Hàng Tiết Kiệm"],
                 "Viettel Post": ["Viettel Post", "ViettelPost"], "VNPost": ["VNPost", "Bưu điện Việt Nam", "VNPOST"],
                 "J&T Express": ["J&T Express", "J&T", "JT Express"], "Ninja Van": ["Ninja Van", "NinjaVan"]}[name]
        return name, short, c.pick(rng, alias)
    name, short, _ = c.pick(rng, c.SHOPS)
    return name, short, name + c.pick(rng, ["", " Express", ""])


def _link(rng, short, words=()):
    r = rng.random()
    if r < 0.22:
        url = c.shortener_url(rng)
    elif r < 0.42 and words:
        url = f"{short}-{c.pick(rng, words)}.{c.pick(rng, c.CHEAP_TLDS)}" + c.pick(rng, ["", "", "/vn", "/tt"])
    else:
        url = c.lookalike_url(rng, short)
    if rng.random() < 0.07:
        url = url.replace(".", c.pick(rng, ["(.)", "[.]", " . "]), 1)
    return url


def _sender(rng, abbr):
    return c.pick(rng, [f"{abbr}: ", f"[{abbr}] ", f"{abbr} thông báo: ", f"{abbr} TB: ", f"({abbr}) ",
                        f"TB từ {abbr}: ", "", "Thông báo: "])


def _you(rng):
    return c.pick(rng, ["Quý khách", "QK", "quý khách", "bạn", "Ông/Bà", "anh/chị"])


def _cust_code(rng):
    return "P" + rng.choice("ABCDEK") + f"{rng.randrange(1, 16):02d}" + "".join(rng.choice(string.digits) for _ in range(9))


def _tracking(rng):
    shape = rng.randrange(4)
    if shape == 0:
        return "VN" + "".join(rng.choice(string.digits) for _ in range(10))
    if shape == 1:
        return "E" + rng.choice("BEL") + "".join(rng.choice(string.digits) for _ in range(9)) + "VN"
    if shape == 2:
        return "#" + "".join(rng.choice(string.digits) for _ in range(8))
    return "SPX" + "".join(rng.choice(string.digits) for _ in range(9))


# ---------------------------------------------------------------- SMS families

def _sim_lock(rng):
    name, short, abbr = _telco(rng)
    you = _you(rng)
    claim = c.pick(rng, [
        f"Thuê bao của {you} chưa chuẩn hóa thông tin {c.pick(rng, _DECREE)} sẽ bị khóa {c.pick(rng, ['1 chiều', '2 chiều'])} sau {c.pick(rng, ['24h', '2 giờ', '17h hôm nay', '48 giờ'])}",
        f"Số thuê bao của {you} có thông tin chưa trùng khớp với CSDL quốc gia về dân cư",
        f"SIM của {you} sẽ bị ngưng cung cấp dịch vụ từ ngày mai do chưa bổ sung ảnh chân dung",
        f"Thuê bao chưa xác thực sinh trắc học sẽ bị cắt chiều gọi đi từ {c.date(rng)[:5]}",
        f"Số điện thoại của {you} đang đứng tên người khác và sẽ bị thu hồi",
        f"Thuê bao của {you} chưa đồng bộ với CCCD gắn chip",
    ])
    action = c.pick(rng, [
        f"Cập nhật tại {_link(rng, short, ['chuanhoa', 'capnhat', 'xacthuc', 'chinhchu', 'cccd'])}",
        f"Chuẩn hóa nhanh tại {_link(rng, short)}",
        f"Xác thực lại chủ thuê bao tại {_link(rng, short)}",
        f"Gọi ngay {c.phone(rng)} để được hỗ trợ giữ số",
        f"Chụp CCCD và cập nhật tại {_link(rng, short)}",
        f"Kiểm tra tình trạng thuê bao tại {_link(rng, short)}",
    ])
    extra = c.pick(rng, ["Không cần ra cửa hàng", "Chỉ mất 2 phút", f"Vui lòng thực hiện {c.deadline(rng)}", "", ""])
    return c.finish_notice(rng, [_sender(rng, abbr) + claim, action, extra])


def _sim_upgrade_otp(rng):
    name, short, abbr = _telco(rng)
    claim = c.pick(rng, [
        f"SIM 3G của {_you(rng)} sẽ ngừng hoạt động từ {c.date(rng)[:5]} do tắt sóng 2G/3G",
        f"{_you(rng)} được miễn phí nâng cấp eSIM",
        "Máy của bạn chỉ hỗ trợ 2G, thuê bao sẽ bị tắt sóng",
        f"Thuê bao của bạn được đổi SIM 4G miễn phí, tặng {c.pick(rng, ['30GB', '60GB/tháng', '5GB/ngày', '3 tháng data'])}",
        "Thuê bao của bạn đủ điều kiện nhận SIM 5G và điện thoại 4G giá 0đ",
    ])
    action = c.pick(rng, [
        f"Đăng ký đổi SIM giao tận nhà tại {_link(rng, short, ['doisim', '4g', 'esim', '5g'])}",
        f"Xác nhận tại {_link(rng, short)}, mã kích hoạt gửi qua tin nhắn vui lòng nhập vào trang để hoàn tất",
        f"Kích hoạt bằng cách nhập mã OTP tại {_link(rng, short)}",
        "Vui lòng cung cấp mã xác thực gửi về máy cho nhân viên khi được gọi",
        f"Để lại thông tin tại {_link(rng, short)}, nhân viên sẽ liên hệ",
    ])
    return c.finish_notice(rng, [_sender(rng, abbr) + claim, action, c.pick(rng, [f"Vui lòng đăng ký {c.deadline(rng)}", "", ""])])


def _telco_fee(rng):
    name, short, abbr = _telco(rng)
    amt = c.amount(rng, 90_000, 1_500_000)
    story = rng.randrange(5)
    if story == 0:
        claim = c.pick(rng, [
            f"Thuê bao của {_you(rng)} đang nợ cước trả sau {amt}, sẽ bị chặn 2 chiều lúc {rng.randrange(14, 22)}h",
            f"Tài khoản chính của bạn âm {amt}, thuê bao sẽ bị khóa chiều gọi đi sau {rng.randrange(2, 12)} giờ",
            f"{_you(rng)} còn nợ cước {rng.randrange(2, 4)} tháng tổng {amt}, số sẽ bị thu hồi nếu không thanh toán"])
        action = c.pick(rng, [f"Thanh toán tại {_link(rng, short, ['thanhtoancuoc', 'cuoc', 'naptien'])}",
                              f"Nạp bù tại {_link(rng, short)}", f"Thanh toán {c.deadline(rng)} tại {_link(rng, short)}"])
    elif story == 1:
        claim = c.pick(rng, [
            f"{_you(rng)} đang bị trừ cước dịch vụ GTGT {c.pick(rng, ['5.000đ', '10.000đ', '15.000đ'])}/ngày",
            f"Tài khoản gốc của bạn bị trừ {c.pick(rng, ['49.000đ', '99.000đ', '120.000đ'])} cho gói dịch vụ tự động gia hạn"])
        action = c.pick(rng, [f"Để hủy và hoàn tiền, truy cập {_link(rng, short, ['huydv', 'huygoi', 'hoancuoc'])}",
                              f"Hủy gói và nhận lại tiền tại {_link(rng, short)}"])
    elif story == 2:
        claim = f"Cước phát sinh bất thường {amt} từ cuộc gọi quốc tế"
        action = c.pick(rng, [f"Nếu không thực hiện, gọi {c.phone(rng)} để khiếu nại và khóa chiều quốc tế",
                              f"Khiếu nại tại {_link(rng, short)} trước khi cước được chốt"])
    elif story == 3:
        claim = c.pick(rng, [f"Thuê bao của bạn được hoàn {amt} do tính cước sai tháng trước",
                             f"{_you(rng)} được tặng {amt} vào tài khoản khuyến mãi"])
        action = c.pick(rng, [f"Nhận hoàn tiền về tài khoản ngân hàng tại {_link(rng, short)}",
                              f"Xác nhận nhận bằng cách truy cập {_link(rng, short)} và nhập mã OTP"])
    else:
        claim = f"Gói cước của {_you(rng)} sẽ tự gia hạn với giá {amt}/tháng từ ngày mai"
        action = c.pick(rng, [f"Nếu không đồng ý, truy cập {_link(rng, short)} và nhập mã OTP để hủy",
                              f"Để hủy gia hạn, bấm {_link(rng, short)}"])
    return c.finish_notice(rng, [_sender(rng, abbr) + claim, action])


def _power_cut(rng):
    org, short = c.pick(rng, _POWER)
    amt = c.amount(rng, 350_000, 4_500_000)
    code = _cust_code(rng)
    claim = c.pick(rng, [
        f"Hộ gia đình mã KH {code} chưa thanh toán tiền điện tháng {rng.randrange(1, 13)} số tiền {amt}",
        f"{_you(rng)} nợ tiền điện {rng.randrange(2, 4)} kỳ, tổng {amt}",
        f"Thông báo lần cuối: Mã KH {code} quá hạn thanh toán {rng.randrange(7, 30)} ngày",
        f"Công tơ nhà bạn ghi nhận chỉ số bất thường, tiền điện tháng này {amt}",
        "Hóa đơn tiền điện kỳ này của bạn chưa được gạch nợ do lỗi đối soát",
        "Nhà bạn có trong danh sách ngừng cấp điện do chưa đăng ký thanh toán điện tử",
    ])
    threat = c.pick(rng, [
        f"Sẽ tiến hành cắt điện vào {rng.randrange(8, 17)}h{c.pick(rng, ['', '30'])} {c.pick(rng, ['hôm nay', 'chiều nay', 'sáng mai'])}",
        f"Tạm ngừng cấp điện sau {rng.randrange(2, 6)} giờ nữa nếu không thanh toán",
        "Nhân viên sẽ đến cắt điện trong chiều nay",
        "Quá hạn sẽ bị ngừng cấp điện và tính phí đóng điện lại",
    ])
    action = c.pick(rng, [
        f"Thanh toán nhanh tại {_link(rng, short, ['thanhtoan', 'hoadon', 'tiendien', 'doisoat'])}",
        f"Liên hệ {c.phone(rng)} gặp cán bộ điện lực để thanh toán",
        f"Liên hệ cán bộ phụ trách: {c.phone(rng)}",
        f"Đối soát và thanh toán tại {_link(rng, short)}",
        f"Tải ứng dụng thanh toán mới tại {short}-{c.pick(rng, ['cskh', 'thanhtoan', 'app'])}.apk-vn.{c.pick(rng, c.CHEAP_TLDS)}",
    ])
    return c.finish_notice(rng, [_sender(rng, org) + claim, threat, action], keep_first=1)


def _water_bill(rng):
    org, short = c.pick(rng, _WATER)
    amt = c.amount(rng, 200_000, 3_000_000)
    story = rng.randrange(4)
    if story == 0:
        claim = c.pick(rng, [
            f"Hộ KH danh bộ {rng.randrange(10**9, 10**10)} nợ tiền nước {rng.randrange(2, 4)} kỳ, sẽ khóa van nước {c.pick(rng, ['ngày mai', 'từ 8h sáng mai', 'trong hôm nay'])}",
            f"Hóa đơn tiền nước tháng {rng.randrange(1, 13)} của {_you(rng)} đã quá hạn, số tiền {amt}"])
        action = c.pick(rng, [f"Thanh toán tại {_link(rng, short, ['thanhtoan', 'hoadon', 'tt'])}",
                              f"Để tránh bị ngừng cấp nước, vui lòng thanh toán qua {_link(rng, short)}"])
    elif story == 1:
        claim = c.pick(rng, [f"Đồng hồ nước nhà bạn ghi nhận lượng tiêu thụ bất thường, phát sinh {amt}",
                             f"Đồng hồ nước nhà bạn bị hỏng, phát sinh {amt}"])
        action = c.pick(rng, [f"Liên hệ kỹ thuật viên {c.phone(rng)} để xử lý trước khi bị cắt nước",
                              f"Khiếu nại và đóng phí kiểm định tại {_link(rng, short)}"])
    elif story == 2:
        claim = c.pick(rng, [f"Hộ {_you(rng)} được hoàn {c.amount(rng, 100_000, 600_000)} tiền nước tính trùng",
                             f"{_you(rng)} được giảm 50% tiền nước 3 tháng",
                             f"{_you(rng)} được miễn phí thay đồng hồ nước thông minh"])
        action = c.pick(rng, [f"Nhận hoàn tại {_link(rng, short, ['hoantien', 'uudai'])}",
                              f"Đăng ký bằng cách nhập thông tin thẻ ngân hàng tại {_link(rng, short)}"])
    else:
        claim = f"Đồng hồ nước nhà bạn đến kỳ thay định kỳ, phí thay {c.amount(rng, 300_000, 900_000)}"
        action = c.pick(rng, [f"Chuyển khoản trước để được sắp lịch, liên hệ {c.phone(rng)}",
                              f"Đăng ký lịch thay và thanh toán tại {_link(rng, short)}"])
    extra = c.pick(rng, [f"Vui lòng thực hiện {c.deadline(rng)}", "", ""])
    return c.finish_notice(rng, [_sender(rng, org) + claim, action, extra])


def _parcel_address(rng):
    name, short, abbr = _courier(rng)
    trk = _tracking(rng)
    claim = c.pick(rng, [
        f"Đơn hàng {trk} của bạn không thể giao do địa chỉ không đầy đủ",
        f"Bưu phẩm của {_you(rng)} đang được giữ tại kho phân loại do sai số nhà",
        f"Kiện hàng {trk} giao thất bại lần {rng.randrange(2, 4)}",
        f"Shipper không liên lạc được với bạn, đơn {trk} đang chờ hẹn lại",
        "Đơn hàng của bạn đã đến kho nhưng thiếu mã bưu chính",
        f"Bưu kiện {trk} chưa thể giao vì số điện thoại người nhận không liên lạc được",
    ])
    action = c.pick(rng, [
        f"Vui lòng cập nhật địa chỉ tại {_link(rng, short, ['giaohang', 'diachi', 'capnhat', 'hengiao'])}",
        f"Xác nhận lại địa chỉ để giao lần cuối: {_link(rng, short)}",
        f"Cập nhật thông tin nhận hàng: {_link(rng, short)}",
        f"Bấm link {_link(rng, short)} để cập nhật",
        f"Hẹn lại lịch giao hàng tại {_link(rng, short)}",
    ])
    cons = c.pick(rng, ["Quá hạn đơn sẽ hoàn về người gửi", f"Trong {c.pick(rng, ['12', '24', '48'])} giờ",
                        "Đơn quá hạn sẽ bị hủy", "", ""])
    return c.finish_notice(rng, [_sender(rng, abbr) + claim, action, cons])


def _parcel_fee(rng):
    name, short, abbr = _courier(rng)
    fee = c.pick(rng, ["9.000đ", "12.000đ", "15.000đ", "18.000đ", "19.000đ", "20k", "25.000đ", "32.000đ", "1đ"])
    what = c.pick(rng, ["phí lưu kho", "phí giao lại", "phí vận chuyển bổ sung do vượt khối lượng", "phí COD",
                        "phí bảo hiểm hàng hóa", "phí đóng gói", "phí đổi địa chỉ", "phí xác minh đơn"])
    if rng.random() < 0.75:
        claim = c.pick(rng, [
            f"Bưu phẩm của bạn bị giữ tại kho do chưa thanh toán {what} {fee}",
            f"Kiện hàng của bạn cần thanh toán {what} {fee}",
            f"Đơn hàng {_tracking(rng)} đang chờ thanh toán {what} {fee}",
            f"Hàng của bạn đã đến nhưng chưa thu {what} {fee}"])
        action = c.pick(rng, [
            f"Thanh toán tại {_link(rng, short, ['philuukho', 'phivanchuyen', 'cod', 'thanhtoan'])} để được phát trong ngày",
            f"Thanh toán bằng thẻ ATM tại {_link(rng, short)}",
            f"Thanh toán online để giao: {_link(rng, short)}"])
    else:
        claim = c.pick(rng, [
            f"Bạn được hoàn {c.pick(rng, ['30.000đ', '45.000đ', '25.000đ'])} phí vận chuyển do giao trễ",
            f"Tiền COD {c.amount(rng, 500_000, 5_000_000)} của đơn hàng sẽ chuyển về sau khi bạn xác nhận tài khoản nhận"])
        action = c.pick(rng, [f"Nhận tiền tại {_link(rng, short)}, nhập số thẻ để nhận",
                              f"Xác nhận tài khoản tại {_link(rng, short)}"])
    return c.finish_notice(rng, [_sender(rng, abbr) + claim, action])


def _customs_parcel(rng):
    org, short = c.pick(rng, _INTL)
    origin = c.pick(rng, ["Hoa Kỳ", "Anh", "Úc", "Hàn Quốc", "Nhật Bản", "Đức", "Canada", "Singapore"])
    fee = c.amount(rng, 280_000, 15_000_000)
    if rng.random() < 0.65:
        claim = c.pick(rng, [
            f"Bưu kiện quốc tế từ {origin} của bạn đang bị giữ tại hải quan {c.pick(rng, ['Tân Sơn Nhất', 'Nội Bài', 'Cát Lái'])}",
            f"Gói hàng từ {origin} gửi cho bạn bị tạm giữ do chưa khai báo thuế nhập khẩu",
            f"Kiện hàng mã {org[:2].upper()}{rng.randrange(10**7, 10**8)} cần nộp thuế nhập khẩu {fee}",
            f"Bưu phẩm từ {origin} cần nộp phí kiểm dịch {fee}",
        ])
        action = c.pick(rng, [
            f"Nộp phí thông quan {fee} tại {_link(rng, short, ['thongquan', 'haiquan', 'thue'])} để nhận hàng",
            f"Hoàn tất thủ tục và thanh toán tại {_link(rng, short)}",
            f"Thanh toán {c.pick(rng, ['trong 48h', 'trong 3 ngày', c.deadline(rng)])} tại {_link(rng, short)} hoặc hàng sẽ bị tiêu hủy",
        ])
        return c.finish_notice(rng, [_sender(rng, org) + claim, action])
    who = c.pick(rng, ["anh", "chị", "em", "bạn"])
    return (f"Chào {who}, {c.pick(rng, ['em', 'mình', 'anh'])} là nhân viên {c.pick(rng, ['kho hàng quốc tế', 'công ty chuyển phát quốc tế', 'bộ phận thông quan ' + org])}. "
            f"Kiện hàng {c.pick(rng, ['bạn', 'người thân', 'người quen'])} của {who} bên {origin} gửi về "
            f"{c.pick(rng, ['có quà và tiền mặt', 'có trang sức và ngoại tệ', 'có giá trị khai báo ' + str(rng.randrange(900, 5000)) + ' USD'])} "
            f"nên bị hải quan giữ. {who.capitalize()} cần nộp {c.pick(rng, ['phí thông quan', 'lệ phí hải quan', 'phí chống rửa tiền'])} {fee} "
            f"vào tài khoản công ty thì mới nhận được hàng, {c.pick(rng, ['nếu không hàng sẽ bị tịch thu', 'quá hạn sẽ bị phạt', 'chuyển trước 3h chiều nay nhé'])}.")


def _callback(rng):
    kind = rng.randrange(3)
    if kind == 0:
        name, short, abbr = _telco(rng)
        claim = c.pick(rng, [f"{_you(rng)} có 1 thông báo quan trọng về thuê bao",
                             f"Số của bạn bị ngưng dịch vụ sau {rng.randrange(12, 20)}h",
                             "Số điện thoại của bạn có tin nhắn thoại chưa nghe từ tổng đài"])
    elif kind == 1:
        abbr, short = c.pick(rng, _POWER)
        claim = c.pick(rng, ["Hộ nhà bạn có kế hoạch cắt điện", "Công tơ nhà bạn có dấu hiệu câu trộm điện",
                             "Nhà bạn bị cắt điện do nợ tiền điện"])
    else:
        name, short, abbr = _courier(rng)
        claim = c.pick(rng, ["Bạn có 1 bưu phẩm bảo đảm chưa nhận", "Đơn hàng giao không thành công",
                             "Bạn có 1 bưu phẩm chứa giấy tờ quan trọng chưa nhận"])
    num = c.phone(rng) if rng.random() < 0.8 else f"0{rng.randrange(200, 300)} {rng.randrange(1000, 9999)} {rng.randrange(100, 999)}"
    action = c.pick(rng, [f"Vui lòng gọi lại {num} {c.pick(rng, ['trong hôm nay', 'trước 17h', 'ngay'])}",
                          f"Gọi ngay {num}{c.pick(rng, [' (gặp chị ' + c.person_name(rng, False) + ')', ', bấm phím 1', ''])}",
                          f"Liên hệ gấp số {num} để được giải quyết"])
    cons = c.pick(rng, [["Quá hạn thuê bao sẽ bị khóa", "Để tránh bị khóa số"],
                        ["Quá hạn sẽ bị cắt điện", "Để tránh bị ngừng cấp điện"],
                        ["Quá hạn bưu phẩm sẽ hoàn về nơi gửi", "Bưu phẩm chỉ lưu kho 3 ngày"]][kind] + ["", ""])
    return c.finish_notice(rng, [_sender(rng, abbr) + claim, action, cons], keep_first=2)


# ---------------------------------------------------------------- call / chat / social

_SPK = [("Người gọi", "Người nghe"), ("A", "B"), ("Nhân viên", "Khách hàng")]


def _robocall(rng):
    kind = rng.randrange(3)
    honor = c.pick(rng, ["anh", "chị", "anh chị", "quý khách"])
    key = c.pick(rng, ["1", "9", "0", "2"])
    if kind == 0:
        org = c.pick(rng, c.TELCOS)[0]
        msg = (f"Xin chào, đây là tổng đài {c.pick(rng, ['nhà mạng', org])}. Thuê bao của quý khách sẽ bị khóa sau "
               f"{rng.randrange(2, 5)} giờ nữa do {c.pick(rng, ['vi phạm quy định về thông tin thuê bao', 'chưa chuẩn hóa thông tin', 'đăng ký bằng giấy tờ của người khác'])}.")
        ask = c.pick(rng, [
            f"Số của {honor} được đăng ký bằng căn cước của người khác, {honor} cho em xin họ tên, số căn cước và ngày sinh để đối chiếu ạ.",
            f"{honor.capitalize()} cài giúp em ứng dụng {org} mới qua đường link em gửi tin nhắn, đăng nhập bằng số CCCD và cho phép truy cập màn hình để em hỗ trợ ạ.",
            f"Em sẽ gửi mã xác nhận về máy, {honor} đọc lại cho em để em gia hạn thuê bao ạ.",
        ])
        dept = "phòng chuẩn hóa thuê bao"
    elif kind == 1:
        msg = (f"Kính chào quý khách, đây là {c.pick(rng, ['Tổng công ty Điện lực', 'tổng đài điện lực', 'Điện lực khu vực'])}. "
               f"Hộ gia đình quý khách còn nợ tiền điện {rng.randrange(2, 4)} kỳ và sẽ bị tạm ngưng cấp điện trong hôm nay.")
        ask = c.pick(rng, [
            f"{honor.capitalize()} đọc giúp em mã khách hàng in trên hóa đơn, em kiểm tra số tiền và gửi số tài khoản để {honor} thanh toán ngay, tránh bị cắt điện ạ.",
            f"{honor.capitalize()} cài ứng dụng chăm sóc khách hàng điện lực em gửi qua Zalo, liên kết ngân hàng để thanh toán tự động ạ.",
        ])
        dept = "bộ phận thu cước điện"
    else:
        org = c.pick(rng, ["bưu điện", "bưu cục", c.pick(rng, c.COURIERS)[0]])
        msg = (f"Đây là {org}. Bưu phẩm của quý khách không thể giao do thông tin người nhận không chính xác.")
        ask = c.pick(rng, [
            f"Bưu phẩm gửi {honor} có chứa thẻ ngân hàng và giấy tờ, đang bị giữ tại kho. {honor.capitalize()} cho em xin họ tên, số căn cước để em xác minh ạ.",
            f"Để giao lại {honor} thanh toán phí {c.pick(rng, ['15', '20', '30'])} nghìn qua đường link em gửi tin nhắn, nhập số thẻ ngân hàng là được ạ.",
        ])
        dept = "bộ phận chăm sóc khách hàng"
    robo = f"[{c.pick(rng, ['Cuộc gọi tự động', 'Ghi âm tự động', 'Tổng đài tự động'])}] {msg} Để {c.pick(rng, ['biết thêm chi tiết', 'gặp tổng đài viên', 'được hỗ trợ'])}, vui lòng bấm phím {key}."
    if rng.random() < 0.5:
        robo += f" Xin nhắc lại, vui lòng bấm phím {key}."
    lines = [robo, f"[Người nghe bấm {key}]",
             f"{c.pick(rng, ['Nhân viên', 'Tổng đài viên', 'Nữ'])}: Dạ {dept} xin nghe. {ask}"]
    if rng.random() < 0.6:
        lines.append(f"Người nghe: {c.pick(rng, ['Sao phải cung cấp mấy cái đó?', 'Tôi ra cửa hàng làm được không?', 'Ừ, để tôi xem.', 'Gửi link qua đây à?'])}")
        lines.append(f"{c.pick(rng, ['Nhân viên', 'Tổng đài viên'])}: Dạ {c.pick(rng, ['đây là thủ tục bắt buộc', 'hôm nay là hạn cuối rồi', 'làm qua điện thoại cho nhanh'])} {honor} ạ, "
                     f"{c.pick(rng, ['quá giờ hệ thống sẽ tự khóa', 'em chỉ giữ yêu cầu được 10 phút', 'ra quầy phải chờ rất lâu'])}.")
    return "\n".join(lines)


def _electricity_call(rng):
    s1, s2 = c.pick(rng, _SPK)
    honor = c.pick(rng, ["anh", "chị", "cô", "chú", "bác"])
    me = honor.capitalize()
    staff = c.person_name(rng)
    addr = f"số {rng.randrange(2, 200)} {c.pick(rng, ['đường Lê Lợi', 'đường Trần Phú', 'hẻm 84', 'ngõ 12', 'đường Nguyễn Trãi', 'tổ 5'])}"
    story = rng.randrange(4)
    if story == 0:
        claim = (f"Nhà {honor} đang nợ tiền điện tháng trước, hệ thống chưa nhận được thanh toán. "
                 f"{c.pick(rng, ['Chiều nay', 'Sáng mai', 'Trong hôm nay'])} đội kỹ thuật đi cắt điện, nhà {honor} có trong danh sách.")
        react = c.pick(rng, [f"Ơ, {honor} trả qua ngân hàng rồi mà.", f"Tháng nào {honor} cũng đóng ở tiệm tạp hóa mà.",
                             f"Sao {honor} không nhận được thông báo gì?"])
        req = (f"Có thể bị lỗi đối soát ạ. Giờ {honor} chuyển ngay {c.amount(rng, 400_000, 3_000_000)} vào tài khoản "
               f"{c.pick(rng, ['cán bộ thu ngân', 'thu hộ của điện lực', 'của em'])}, em gửi số qua tin nhắn, chuyển xong chụp màn hình gửi Zalo để em gỡ tên khỏi danh sách cắt điện.")
        doubt = c.pick(rng, ["Sao lại chuyển vào tài khoản cá nhân?", f"Cho {honor} số tổng đài để {honor} kiểm tra lại."])
        press = c.pick(rng, [f"Tài khoản thu hộ của điện lực đấy {honor}, {honor} cứ chuyển, biên lai điện tử gửi lại sau.",
                             f"{me} gọi tổng đài giờ này đông lắm không gặp được đâu, xe đang đi rồi {honor} ạ."])
    elif story == 1:
        claim = (f"Đợt này bên em rà soát thì hộ nhà {honor} bị tính tiền điện dư {rng.randrange(2, 6)} tháng, "
                 f"tổng khoảng {c.amount(rng, 300_000, 1_500_000)}, công ty sẽ hoàn lại.")
        react = c.pick(rng, ["Ồ, vậy nhận như thế nào em?", "Thật à em?", f"Vậy {honor} phải làm gì?"])
        req = (f"{me} cài giúp em ứng dụng chăm sóc khách hàng điện lực theo đường link em nhắn Zalo, đăng nhập xong "
               f"liên kết tài khoản ngân hàng để nhận tiền. Máy hỏi cấp quyền thì {honor} bấm đồng ý hết giúp em.")
        doubt = c.pick(rng, ["App này có trên CH Play không?", f"{me} không rành cài đặt lắm."])
        press = c.pick(rng, ["Dạ bản này là bản nội bộ nên cài qua link thôi ạ, an toàn tuyệt đối.",
                             f"Dạ {honor} bật máy lên em hướng dẫn từng bước, mất 5 phút thôi ạ."])
    elif story == 2:
        claim = (f"Công tơ nhà {honor} vừa đổi sang công tơ điện tử nhưng chưa ký hợp đồng mua bán điện, "
                 f"nên hệ thống coi như dùng điện không phép.")
        react = c.pick(rng, [f"{me} có ký rồi mà.", f"{me} có đăng ký gì đâu."])
        req = (f"Hợp đồng đó chưa được duyệt ạ. Nếu hôm nay không bổ sung thì bên em cắt điện và phạt theo quy định. "
               f"{me} nộp trước {c.amount(rng, 500_000, 3_000_000)} tiền đặt cọc công tơ vào tài khoản em đọc.")
        doubt = c.pick(rng, [f"Cho {honor} số tổng đài {honor} kiểm tra lại.", "Sao không ra điện lực nộp?"])
        press = f"{me} cứ gọi số này là số của em, ra điện lực phải chờ tuần sau mà chiều nay là cắt rồi {honor} ạ."
    else:
        claim = (f"Hệ thống ghi nhận công tơ nhà {honor} có dấu hiệu câu trộm điện, sáng mai đoàn kiểm tra xuống lập biên bản.")
        react = c.pick(rng, [f"Trời, nhà {honor} làm gì có.", "Làm gì có chuyện đó em."])
        req = (f"Nếu muốn giải quyết nhẹ thì {honor} nộp trước phí kiểm định {c.amount(rng, 500_000, 2_000_000)}, "
               f"em ghi nhận là lỗi thiết bị, không lập biên bản.")
        doubt = c.pick(rng, ["Nộp vào đâu?", f"Sao {honor} phải nộp?"])
        press = f"{me} chuyển vào số tài khoản em nhắn qua Zalo, trong hôm nay giúp em, để mai là hồ sơ chuyển lên rồi."
    turns = [
        (s1, f"Alo, {c.pick(rng, ['nhà ' + honor + ' ở ' + addr + ' phải không ạ?', honor + ' ' + c.person_name(rng, False) + ' phải không ạ?'])} "
             f"{c.pick(rng, ['Em', 'Tôi'])} {c.pick(rng, ['là ' + staff + ', ', ''])}{c.pick(rng, ['bên điện lực quận gọi', 'nhân viên điện lực', 'gọi từ Công ty Điện lực', 'cán bộ thu tiền điện khu phố'])}."),
        (s2, c.pick(rng, ["Vâng, có việc gì?", "Đúng rồi.", "Ừ, có gì em?"])),
        (s1, claim), (s2, react), (s1, req), (s2, doubt), (s1, press),
    ]
    return c.render_labelled(turns)


def _shipper_chat(rng):
    name, short, abbr = _courier(rng)
    who = c.pick(rng, ["anh", "chị"])
    item = c.pick(rng, ["mỹ phẩm", "quần áo", "tai nghe", "đồ gia dụng", "giày", "phụ kiện điện thoại", "sách"])
    shape = rng.randrange(3)
    if shape == 0:
        return (f"A: Alo {who} ơi em shipper bên {abbr}, {who} có đơn hàng {item} giá {c.amount(rng, 150_000, 1_500_000)}, "
                f"người gửi đã thanh toán rồi, {who} chỉ cần chuyển phí ship {c.pick(rng, ['25k', '30k', '35k'])} thôi ạ\n"
                f"B: {c.pick(rng, [who.capitalize() + ' có đặt gì đâu em', 'Đơn gì vậy em', 'Ai gửi vậy em'])}\n"
                f"A: Dạ {c.pick(rng, ['chắc người thân đặt tặng ' + who, 'trên đơn ghi tên ' + who + ' mà'])}. {who.capitalize()} "
                f"{c.pick(rng, ['quét mã QR em gửi', 'bấm link em gửi nhập số thẻ'])} thanh toán giúp em, em giao liền")
    if shape == 1:
        return (f"{who.capitalize()} ơi em là ship bên {abbr}, đơn hàng của {who} phải thanh toán thêm "
                f"{c.pick(rng, ['15k', '20k', '25k'])} {c.pick(rng, ['phí giao lại', 'phí lưu kho', 'phí đổi ca giao'])} vì lần trước gọi không được. "
                f"{who.capitalize()} bấm link {_link(rng, short)} nhập số thẻ để trả phí giúp em nha, xong chiều em giao liền")
    return (f"A: Alo {who} ơi em giao hàng {abbr}, em đang ở dưới {c.pick(rng, ['nhà', 'cổng công ty', 'sảnh chung cư'])} {who} nè\n"
            f"B: {who.capitalize()} đang không có nhà em ơi\n"
            f"A: Dạ vậy {who} chuyển khoản trước giúp em {c.amount(rng, 150_000, 1_500_000)} tiền hàng, em gửi nhờ bảo vệ. "
            f"Em nhắn STK {c.account_number(rng)} {c.bank_name(rng)} qua Zalo nha\n"
            f"B: {c.pick(rng, ['Ủa đơn đó ' + who + ' trả trước rồi mà', who.capitalize() + ' nhớ đơn có ' + str(rng.randrange(100, 400)) + 'k thôi'])}\n"
            f"A: Dạ trên hệ thống em thấy là đơn thu hộ, {who} chuyển nhanh giúp em, em còn chạy chục đơn nữa")


def _community_post(rng):
    kind = rng.randrange(3)
    if kind == 0:
        org, short = c.pick(rng, _POWER)
        return (f"{c.pick(rng, ['[Nhóm cư dân] ', '', '⚡ '])}Bà con lưu ý: {c.pick(rng, ['điện lực vừa thông báo khu mình nhiều hộ nợ tiền điện, sẽ bị cắt trong tuần', 'từ tháng này điện lực chỉ nhận thanh toán qua app mới, ai chưa cài sẽ bị cắt điện', 'các hộ chưa đăng ký thanh toán điện tử sẽ bị ngừng cấp điện'])}. "
                f"{c.pick(rng, ['Kiểm tra và thanh toán online tại', 'Tải app ở đây cho nhanh:', 'Đăng ký ngay qua đường dẫn'])} {_link(rng, short)}"
                f"{c.pick(rng, [', nhập mã khách hàng và số thẻ ngân hàng là xong', '. Chia sẻ cho người nhà cùng biết!', ''])}")
    if kind == 1:
        name, short, abbr = _telco(rng)
        return (f"{c.pick(rng, ['⚠️ THÔNG BÁO KHẨN:', '📢', 'Mọi người ơi,'])} {c.pick(rng, ['hàng triệu SIM chưa chuẩn hóa thông tin sẽ bị KHÓA 2 CHIỀU', 'SIM chưa xác thực sinh trắc học sẽ bị cắt', name + ' tặng SIM 4G miễn phí cho thuê bao cũ'])}! "
                f"{c.pick(rng, ['Kiểm tra và cập nhật online tại ' + _link(rng, short), 'Để lại số điện thoại và số CCCD dưới bình luận, nhân viên sẽ gọi lại hỗ trợ', 'Cập nhật nhanh tại ' + _link(rng, short) + ', không cần ra cửa hàng'])}. "
                f"{c.pick(rng, ['Chia sẻ cho bố mẹ, ông bà cùng biết nhé!', 'Nhớ đọc mã xác nhận cho nhân viên nhé!', ''])}").strip()
    name, short, abbr = _courier(rng)
    return (f"[Bình luận] {c.pick(rng, ['Shop ơi đơn mình mấy ngày chưa giao', 'Có ai bị shipper đòi chuyển khoản trước không'])}\n"
            f"→ {abbr} - Hỗ Trợ: Chào bạn, {c.pick(rng, ['đơn hàng của bạn đang bị treo do thông tin không đầy đủ', 'nếu bạn bị thu phí sai có thể được hoàn tiền'])}. "
            f"Bạn vui lòng truy cập {_link(rng, short)} để {c.pick(rng, ['cập nhật và thanh toán phí giao lại', 'điền thông tin tài khoản ngân hàng nhận hoàn tiền'])} nhé.")


_FAMILIES = [
    ("sim_lock_standardisation", "sms", _sim_lock),
    ("sim_upgrade_otp", "sms", _sim_upgrade_otp),
    ("telco_fee_charge", "sms", _telco_fee),
    ("robocall_press_key", "call", _robocall),
    ("power_cut_unpaid", "sms", _power_cut),
    ("electricity_staff_call", "call", _electricity_call),
    ("water_bill", "sms", _water_bill),
    ("parcel_address_update", "sms", _parcel_address),
    ("parcel_small_fee", "sms", _parcel_fee),
    ("shipper_prepay_chat", "chat", _shipper_chat),
    ("customs_parcel", None, _customs_parcel),
    ("callback_number", "sms", _callback),
    ("community_post", "social", _community_post),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"} spread evenly over the families."""
    out = []
    for fam, channel, fn in c.families_in_turn(_FAMILIES, n):
        text = fn(rng)
        if channel is None:  # customs_parcel: SMS notice or a chat from a fake "staff"
            channel = "chat" if text.startswith("Chào") else "sms"
        out.append(c.message(LABEL, fam, text, channel))
    return out

"""Generator for `fake_subsidy`: fake social-insurance, unemployment, pension and state-support payouts.

Families (each a different story or structure):
  unemployment_benefit, one_off_withdrawal, covid_support, bhxh_book_check, health_insurance_refund,
  pension_adjustment, maternity_benefit, disaster_relief, vulnerable_support, worker_support_package,
  vssid_fake_app, official_call (call), cadre_chat (chat), social_register_post (social).
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "fake_subsidy"

_BHXH_ORGS = ["BHXH VN", "BHXH Việt Nam", "Bảo hiểm xã hội", "BHXH", "Bảo hiểm xã hội Việt Nam", "BHXH TP.HCM",
              "BHXH Hà Nội"]
_LABOUR_ORGS = ["Trung tâm Dịch vụ việc làm", "Sở LĐTBXH", "Bộ LĐTBXH", "Phòng LĐTBXH", "Cổng DVC Quốc gia",
                "Sở Nội vụ"]
_LOCAL_ORGS = ["UBND phường", "UBND xã", "Ban quản lý khu phố", "Công đoàn", "LĐLĐ", "Hội Chữ thập đỏ",
               "Ban chỉ đạo phòng chống thiên tai"]
_SHORTS = ["baohiemxahoi", "bhxh", "bhtn", "vssid", "dichvucong", "trocap", "hotro", "ansinh", "bhyt",
           "luonghuu", "thaisan", "ldtbxh"]
_LURES = ["nhantien", "trocap", "hotro", "chitra", "tracuu", "xacnhan", "dangky", "giaingan", "vn", "online"]


def _org(rng, kind="bhxh"):
    if kind == "bhxh":
        o = c.pick(rng, _BHXH_ORGS)
        if rng.random() < 0.2:
            o = f"BHXH tỉnh {c.pick(rng, c.PROVINCES)}" if rng.random() < 0.5 else f"BHXH quận {rng.randrange(1, 13)}"
        return o
    if kind == "labour":
        return c.pick(rng, _LABOUR_ORGS)
    return c.pick(rng, _LOCAL_ORGS)


def _link(rng, shorts=None):
    short = c.pick(rng, shorts or _SHORTS)
    r = rng.random()
    if r < 0.22:
        url = c.shortener_url(rng)
    elif r < 0.5:
        url = f"{short}-{c.pick(rng, _LURES)}.{c.pick(rng, c.CHEAP_TLDS)}" + c.pick(rng, ["", "", "/vn", "/dk"])
    elif r < 0.6:
        url = f"{c.pick(rng, ['baohiemxahoi.gov.vn', 'dichvucong.gov.vn', 'vssid.vn'])}-{c.pick(rng, _LURES)}.{c.pick(rng, c.CHEAP_TLDS)}"
    else:
        url = c.lookalike_url(rng, short)
    if rng.random() < 0.07:
        url = url.replace(".", c.pick(rng, ["(.)", "[.]", " . "]), 1)
    return url


def _sender(rng, org):
    return c.pick(rng, [f"{org}: ", f"[{org}] ", f"{org} thông báo: ", f"{org} TB: ", f"TB từ {org}: ",
                        "Thông báo: ", ""])


def _you(rng):
    return c.pick(rng, ["Bạn", "Ông/Bà", "Anh/chị", "Quý vị", "Người lao động"])


def _cutoff(rng):
    return c.pick(rng, [
        f"Hạn đăng ký {c.deadline(rng)}", "Quá hạn không được chấp nhận", "Quá hạn sẽ mất quyền hưởng",
        f"Danh sách chốt {c.pick(rng, ['trong hôm nay', 'lúc 17h', 'vào cuối tuần', 'ngày mai'])}",
        "Hồ sơ không xác nhận sẽ bị hủy", "", ""])


def _finish(rng, parts, keep_first=1):
    """Shuffle optional sentences after the first `keep_first`, punctuate (never a comma between sentences)."""
    return c.finish_notice(rng, parts, keep_first, mid_marks=[".", ".", ".", "!"])


# ---------------------------------------------------------------- SMS families

def _unemployment(rng):
    org = _org(rng, c.pick(rng, ["bhxh", "labour"]))
    amt = c.amount(rng, 3_000_000, 30_000_000)
    claim = c.pick(rng, [
        f"{_you(rng)} đủ điều kiện nhận trợ cấp thất nghiệp {amt}",
        f"Hồ sơ hưởng trợ cấp thất nghiệp của {_you(rng).lower()} đã được duyệt, số tiền {rng.randrange(2, 7)} tháng là {amt}",
        f"{_you(rng)} có khoản trợ cấp BHTN chưa nhận, số tiền {amt}",
        f"Sổ BHXH của bạn còn {rng.randrange(12, 60)} tháng chưa hưởng BHTN",
        f"Quyết định hưởng trợ cấp thất nghiệp số {rng.randrange(1000, 9999)}/QĐ của bạn đã ban hành, tháng đầu {amt}",
        f"Trợ cấp thất nghiệp tháng {rng.randrange(1, 13)} của bạn chưa được nhận do sai số tài khoản",
        "Hồ sơ BHTN của bạn bị trả về do thiếu xác thực khuôn mặt",
    ])
    action = c.pick(rng, [
        f"Hoàn tất hồ sơ tại {_link(rng, ['bhtn', 'baohiemxahoi', 'dvvl'])}",
        f"Đăng nhập bằng số CCCD tại {_link(rng, ['bhtn', 'baohiemxahoi'])} để giải ngân trong ngày",
        f"Nhận ngay tại {_link(rng)}",
        f"Xác nhận tài khoản nhận tiền tại {_link(rng)}",
        f"Đăng ký nhận trợ cấp qua link {_link(rng)}",
        f"Liên hệ cán bộ {c.phone(rng)} để được hướng dẫn nhận tiền",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _one_off(rng):
    org = _org(rng)
    amt = c.amount(rng, 10_000_000, 80_000_000)
    claim = c.pick(rng, [
        f"Sổ BHXH của bạn có thể rút 1 lần số tiền {amt}",
        "Theo quy định mới, người lao động đã nghỉ việc 12 tháng được nhận BHXH một lần",
        f"Quá trình đóng bảo hiểm của bạn đủ điều kiện rút một lần {amt}",
        f"Hồ sơ hưởng BHXH một lần của {_you(rng).lower()} đã đủ điều kiện chi trả nhưng chưa có số tài khoản",
        "Người lao động được rút BHXH một lần trước khi luật mới có hiệu lực",
        f"Số tiền BHXH 1 lần của bạn: {amt}",
    ])
    action = c.pick(rng, [
        f"Xác nhận rút tại {_link(rng, ['bhxh', 'baohiemxahoi', 'rutbhxh'])}",
        f"Tra cứu số tiền của bạn tại {_link(rng)}",
        f"Nhận tiền tại {_link(rng)} trước khi hết hạn",
        f"Bổ sung thông tin tại {_link(rng)} trong {rng.randrange(2, 6)} ngày",
        f"Đăng ký rút trước {c.pick(rng, ['30/6', '31/12', 'ngày 15'])} tại {_link(rng)}",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _covid(rng):
    org = _org(rng, c.pick(rng, ["labour", "local"]))
    amt = c.pick(rng, ["3.710.000đ", "1.800.000đ", "1.500.000đ", "3.000.000đ", "2.500.000đ", "1.000.000đ",
                       c.amount(rng, 1_000_000, 5_000_000)])
    claim = c.pick(rng, [
        f"Chương trình hỗ trợ người lao động bị ảnh hưởng dịch COVID-19 đợt bổ sung: bạn được nhận {amt}",
        "Bạn thuộc danh sách hỗ trợ người lao động tạm ngừng việc do COVID-19 chưa được chi trả",
        f"Gói hỗ trợ {c.pick(rng, ['26.000 tỷ', '62.000 tỷ', 'an sinh'])} cho người lao động còn đợt cuối",
        f"Hỗ trợ F0 điều trị tại nhà: bạn được nhận {amt} tiền hỗ trợ",
        f"Đợt chi trả hỗ trợ tiền thuê nhà cho công nhân (COVID) đã mở lại, bạn được {amt}",
        "Bạn có hồ sơ hỗ trợ lao động bị ảnh hưởng dịch chưa hoàn thành",
        f"Chi trả bổ sung tiền hỗ trợ cho hộ kinh doanh phải đóng cửa mùa dịch, mức {amt}",
    ])
    action = c.pick(rng, [
        f"Đăng ký tại {_link(rng, ['hotro', 'covid', 'dichvucong', 'goihotro'])}",
        f"Kiểm tra tên trong danh sách và nhận tiền tại {_link(rng)}",
        f"Đăng ký nhận bằng số CCCD tại {_link(rng)}",
        f"Hoàn thành ngay để nhận tiền tại {_link(rng)}",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _book_check(rng):
    org = _org(rng)
    claim = c.pick(rng, [
        "Sổ BHXH của bạn có sai lệch thông tin quá trình đóng",
        f"Quá trình đóng BHXH của bạn bị gián đoạn {rng.randrange(3, 13)} tháng do công ty cũ chưa chốt sổ",
        "Mã số BHXH của bạn bị trùng với một người khác",
        f"Sổ bảo hiểm của bạn còn số dư {c.amount(rng, 1_000_000, 9_000_000)} chưa được chi trả",
        f"Cơ quan BHXH phát hiện công ty nợ đóng BHXH của bạn {rng.randrange(3, 13)} tháng, bạn được bồi thường {c.amount(rng, 2_000_000, 12_000_000)}",
        "Sổ BHXH của bạn cần đồng bộ với CCCD gắn chip và VNeID",
        "Dữ liệu sổ BHXH của bạn sẽ bị xóa nếu không đồng bộ trước 31/12",
    ])
    action = c.pick(rng, [
        f"Tra cứu và cập nhật tại {_link(rng, ['tracuu', 'bhxh', 'baohiemxahoi'])}",
        f"Kiểm tra và nhận tiền truy lĩnh tại {_link(rng)}",
        f"Vui lòng xác minh lại tại {_link(rng)}",
        f"Đồng bộ và nhận {c.pick(rng, ['500.000đ', '300.000đ', '1.000.000đ'])} tiền hỗ trợ tại {_link(rng)}",
    ])
    cons = c.pick(rng, ["Tránh mất quyền lợi khi giải quyết chế độ", "Sổ chưa cập nhật sẽ bị khóa", "Quá hạn không được giải quyết chế độ", ""])
    return _finish(rng, [_sender(rng, org) + claim, action, cons], keep_first=2)


def _bhyt(rng):
    org = _org(rng) if rng.random() < 0.6 else c.pick(rng, ["BHYT", "Bảo hiểm y tế"])
    amt = c.amount(rng, 300_000, 6_000_000)
    claim = c.pick(rng, [
        f"Bạn được hoàn trả {amt} tiền BHYT đóng trùng năm {rng.randrange(2022, 2026)}",
        f"Chi phí khám chữa bệnh của bạn tại bệnh viện tháng trước đủ điều kiện thanh toán trực tiếp {amt}",
        f"Phụ huynh được hoàn tiền BHYT học sinh do đóng trùng, số tiền {amt}",
        f"Thẻ BHYT của bạn có {rng.randrange(2, 6)} lần khám chưa được quỹ thanh toán, nhận lại {amt}",
        f"Thẻ BHYT của bạn hết hạn, được gia hạn miễn phí và hoàn lại {amt}",
        f"Quý khách được hoàn trả tiền BHYT tự nguyện do thay đổi mức đóng, số tiền {amt}",
    ])
    action = c.pick(rng, [
        f"Nhận tiền hoàn tại {_link(rng, ['bhyt', 'baohiemxahoi'])}",
        f"Nộp hồ sơ online tại {_link(rng, ['bhyt'])}",
        f"Đăng ký nhận lại tại {_link(rng)}",
        f"Cung cấp số tài khoản tại {_link(rng)}",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _pension(rng):
    org = _org(rng)
    amt = c.amount(rng, 1_500_000, 25_000_000)
    claim = c.pick(rng, [
        f"Lương hưu của ông/bà được điều chỉnh tăng {c.pick(rng, ['15%', '8%', '12,5%'])} từ tháng {rng.randrange(1, 13)}, truy lĩnh {amt}",
        "Từ tháng sau, người hưởng lương hưu phải cập nhật số tài khoản ngân hàng trên hệ thống mới",
        f"Người hưởng lương hưu được nhận thêm khoản hỗ trợ {amt} nhân dịp {c.pick(rng, ['Tết', '2/9', 'Ngày Người cao tuổi'])}",
        f"Ông/bà có lương hưu tháng {rng.randrange(1, 13)} chưa được chi trả do chưa xác thực tài khoản định danh",
        f"Ông/bà đã đủ điều kiện hưởng lương hưu sớm, truy lĩnh {amt}",
    ])
    action = c.pick(rng, [
        f"Xác nhận tài khoản nhận lương hưu tại {_link(rng, ['luonghuu', 'bhxh'])}",
        f"Đăng ký nhận tại {_link(rng)}",
        f"Cập nhật tại {_link(rng)}, nếu không sẽ tạm dừng chi trả",
        f"Liên hệ {c.phone(rng)} để làm thủ tục nhận",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _maternity(rng):
    org = _org(rng)
    amt = c.amount(rng, 2_000_000, 20_000_000)
    claim = c.pick(rng, [
        f"Hồ sơ hưởng chế độ thai sản của bạn đã được duyệt, số tiền {amt}",
        f"Bạn còn một khoản trợ cấp một lần khi sinh con chưa nhận ({amt})",
        f"Chế độ dưỡng sức sau sinh của bạn chưa được chi trả ({amt})",
        f"Lao động nữ sinh con từ {rng.randrange(2022, 2026)} được hỗ trợ thêm {c.pick(rng, ['2 triệu', '3 triệu', '1,5 triệu'])}/bé",
        "Hồ sơ thai sản của bạn bị trễ do thiếu xác nhận",
    ])
    action = c.pick(rng, [
        f"Xác nhận tài khoản nhận tại {_link(rng, ['thaisan', 'bhxh'])}",
        f"Đăng ký nhận online tại {_link(rng)}",
        f"Gọi lại số {c.phone(rng)} gặp cán bộ BHXH để hoàn tất và nhận tiền",
        f"Nhận tại {_link(rng)}",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _disaster(rng):
    org = _org(rng, "local")
    amt = c.amount(rng, 1_000_000, 10_000_000)
    event = c.pick(rng, ["bão lũ", "lũ quét", "sạt lở", "bão số 3", "hạn mặn", "ngập lụt", "mưa đá"])
    claim = c.pick(rng, [
        f"Hộ gia đình bạn thuộc diện hỗ trợ thiệt hại do {event}, mức hỗ trợ {amt}",
        f"Gia đình anh/chị được hỗ trợ khắc phục hậu quả {event} {amt}",
        f"Gia đình bạn được nhận quà hỗ trợ {amt} sau {event}",
        f"Hộ sản xuất nông nghiệp bị {event} được hỗ trợ {amt}/ha",
    ])
    action = c.pick(rng, [
        f"Đăng ký nhận tại {_link(rng, ['hotro', 'cuutro', 'khacphuc', 'baolu'])}",
        f"Xác nhận thông tin tài khoản nhận tiền tại {_link(rng)}",
        f"Đăng ký nhận tiền chuyển khoản tại {_link(rng)}",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _vulnerable(rng):
    org = _org(rng, c.pick(rng, ["labour", "local"]))
    group = c.pick(rng, ["Người từ 70 tuổi trở lên", "Người từ 60 tuổi trở lên", "Hộ cận nghèo", "Hộ nghèo",
                         "Người khuyết tật", "Người có công với cách mạng và thân nhân", "Người cao tuổi neo đơn",
                         "Trẻ em mồ côi"])
    claim = c.pick(rng, [
        f"{group} được nhận trợ cấp xã hội {c.pick(rng, ['360.000đ', '500.000đ', '540.000đ'])}/tháng, truy lĩnh {rng.randrange(6, 25)} tháng",
        f"Hộ gia đình của bạn thuộc diện {c.pick(rng, ['cận nghèo', 'nghèo', 'khó khăn'])} được hỗ trợ {c.amount(rng, 1_000_000, 6_000_000)} theo chương trình an sinh",
        f"{group} được bổ sung trợ cấp {c.amount(rng, 1_000_000, 8_000_000)}",
        "Hồ sơ trợ cấp của gia đình bạn còn thiếu thông tin ngân hàng",
        f"{group} được hỗ trợ {c.amount(rng, 1_000_000, 3_000_000)} nhân dịp {c.pick(rng, ['27/7', 'Tết', '1/10'])}",
    ])
    action = c.pick(rng, [
        f"Đăng ký nhận tại {_link(rng, ['trocap', 'ansinh', 'hotro'])}",
        f"Xác nhận thông tin tại {_link(rng)}",
        f"Nhận tiền tại {_link(rng)} bằng số CCCD của người hưởng",
        f"Bổ sung tại {_link(rng)} để nhận tiền",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _worker_package(rng):
    org = _org(rng, c.pick(rng, ["labour", "local"]))
    amt = c.amount(rng, 1_000_000, 6_000_000)
    claim = c.pick(rng, [
        f"Gói hỗ trợ người lao động có thu nhập thấp năm {rng.randrange(2025, 2027)}: bạn được nhận {amt}",
        f"Đoàn viên công đoàn được hỗ trợ tiền thuê nhà {amt}/tháng",
        f"Hỗ trợ lao động tự do: {amt}/người",
        f"Bạn có tên trong danh sách nhận hỗ trợ lao động mất việc, số tiền {amt}",
        f"Công nhân có hợp đồng lao động được nhận hỗ trợ Tết {amt}",
        f"Chương trình hỗ trợ người thuê trọ: mỗi người được nhận {amt}",
    ])
    action = c.pick(rng, [
        f"Kiểm tra và đăng ký nhận tại {_link(rng, ['hotro', 'congdoan', 'ldtbxh'])}",
        f"Nhận hỗ trợ tại {_link(rng)}",
        f"Đăng ký nhận tiền tại {_link(rng)}",
        f"Xác nhận tại {_link(rng)} bằng số CCCD và STK",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action, _cutoff(rng)])


def _vssid_app(rng):
    org = c.pick(rng, ["BHXH Việt Nam", "VssID", "VssID - BHXH số", "BHXH"])
    apk = f"vssid-{c.pick(rng, ['app', 'update', 'moi', 'vn'])}.{c.pick(rng, ['apk-download', 'apk', 'taive'])}.{c.pick(rng, c.CHEAP_TLDS)}"
    link = apk if rng.random() < 0.6 else _link(rng, ["vssid", "bhxh"])
    claim = c.pick(rng, [
        "Ứng dụng VssID phiên bản cũ sẽ ngừng hoạt động",
        f"Tài khoản VssID của bạn chưa kích hoạt nên chưa nhận được khoản trợ cấp {c.amount(rng, 1_000_000, 6_000_000)}",
        "Tài khoản của bạn cần xác thực lại để tiếp tục tra cứu và nhận chế độ",
        "Bạn có tiền trợ cấp chưa nhận trên ứng dụng VssID",
    ])
    action = c.pick(rng, [
        f"Để tiếp tục nhận trợ cấp, tải phiên bản mới tại {link}",
        f"Kích hoạt tại {link}",
        f"Tải bản cập nhật tại {link} và đăng nhập bằng tài khoản ngân hàng",
        f"Cài đặt ứng dụng tại {link} để nhận",
    ])
    return _finish(rng, [_sender(rng, org) + claim, action])


# ---------------------------------------------------------------- call / chat / social

_SPK = [("Người gọi", "Người nghe"), ("A", "B"), ("Cán bộ", "Người dân")]


def _da(text):
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return "Dạ " + text


def _official_call(rng):
    s1, s2 = c.pick(rng, _SPK)
    honor = c.pick(rng, ["anh", "chị", "cô", "chú", "bác"])
    me = honor.capitalize()
    staff = c.pick(rng, ["em", "cháu", "tôi"]) if honor in ("cô", "chú", "bác") else c.pick(rng, ["em", "tôi"])
    org = c.pick(rng, ["Bảo hiểm xã hội quận", "Bảo hiểm xã hội huyện", "Trung tâm dịch vụ việc làm thành phố",
                       "phòng Lao động Thương binh Xã hội", "ủy ban phường", "Bảo hiểm xã hội tỉnh"])
    story = rng.randrange(5)
    amt = c.amount(rng, *[(4_000_000, 30_000_000), (2_000_000, 12_000_000), (5_000_000, 25_000_000),
                          (1_500_000, 4_000_000), (800_000, 3_000_000)][story])
    if story == 0:
        claim = (f"Hồ sơ trợ cấp thất nghiệp của {honor} được duyệt rồi, {honor} được hưởng {rng.randrange(3, 7)} tháng, "
                 f"tổng khoảng {amt}. Nhưng do {honor} chưa làm thủ tục đúng hạn nên phải bổ sung online ạ.")
    elif story == 1:
        claim = (f"Đợt này nhà nước tăng lương hưu, {honor} được truy lĩnh thêm {amt}, nhưng phải chuyển sang nhận "
                 f"qua tài khoản ngân hàng.")
    elif story == 2:
        claim = (f"Sổ bảo hiểm của {honor} đang có hai mã số, nếu không gộp sổ trong tuần này thì mất phần thời gian "
                 f"đóng ở công ty cũ. Gộp xong {honor} được truy lĩnh khoảng {amt}.")
    elif story == 3:
        claim = (f"Hồi dịch nhà mình có người bị cách ly đúng không ạ? Đợt này nhà nước chi trả bổ sung, "
                 f"nhà mình được {amt}.")
    else:
        claim = (f"{me} đã đóng bảo hiểm y tế hai nơi nên được hoàn lại {amt}, hôm nay là hạn cuối nhận.")
    req_kind = rng.randrange(4)
    if req_kind == 0:
        req = (f"{me} đọc giúp {staff} số tài khoản và tên ngân hàng. Lát ngân hàng gửi tin nhắn có mã số, "
               f"{honor} đọc lại cho {staff} để {staff} nhập vào hệ thống là tiền về ngay.")
        doubt = c.pick(rng, ["Mã ngân hàng mà cũng phải đọc à?", f"Để {honor} gọi con {honor} hỏi đã."])
        press = c.pick(rng, [f"Dạ mã đó chỉ để xác minh đúng chủ tài khoản thôi {honor} ạ, {honor} yên tâm.",
                             f"Dạ danh sách chốt trong {c.pick(rng, ['sáng nay', 'hôm nay'])} thôi {honor} ạ, chậm là phải đợi sang năm."])
    elif req_kind == 1:
        req = (f"{me} kết bạn Zalo, {staff} gửi ứng dụng {c.pick(rng, ['VssID bản mới', 'Dịch vụ công', 'BHXH số'])}, "
               f"{honor} cài vào, đăng nhập bằng số căn cước, cho phép hết các quyền rồi quay video khuôn mặt.")
        doubt = c.pick(rng, [f"Ứng dụng này {honor} có rồi mà?", "Sao không tải trên CH Play?"])
        press = c.pick(rng, [f"Dạ bản cũ không nhận tiền được {honor} ạ, phải cài bản {staff} gửi.",
                             f"Dạ bản trên CH Play chưa cập nhật {honor} ạ, {honor} cài qua link cho nhanh."])
    elif req_kind == 2:
        req = (f"Hồ sơ cần đóng phí {c.pick(rng, ['thẩm định', 'xử lý hồ sơ', 'chuyển tiền', 'mở khóa sổ'])} "
               f"{c.amount(rng, 200_000, 1_500_000)} vào tài khoản kế toán, {staff} gửi số qua tin nhắn.")
        doubt = c.pick(rng, ["Nhận trợ cấp sao lại phải nộp tiền?", "Nộp vào tài khoản cá nhân à?"])
        press = c.pick(rng, [f"Dạ lệ phí nhà nước {honor} ạ, {honor} không nộp thì hồ sơ bị hủy, mất quyền hưởng.",
                             f"Dạ tài khoản kế toán của cơ quan {honor} ạ, nộp xong chiều nay tiền về luôn."])
    else:
        req = (f"{staff.capitalize()} gửi đường link qua tin nhắn, {honor} điền số căn cước, số thẻ ngân hàng "
               f"và mã xác nhận ngân hàng gửi về là xong.")
        doubt = c.pick(rng, ["Link gì vậy?", f"{me} phải lên cơ quan làm không?"])
        press = c.pick(rng, [f"Dạ link của Cổng dịch vụ công {honor} ạ, {honor} bấm vào là thấy.",
                             f"Dạ không cần lên cơ quan đâu {honor}, {staff} làm hết online cho {honor}, {honor} làm nhanh giúp {staff}."])
    vname = c.person_name(rng, False)
    turns = [
        (s1, f"{c.pick(rng, ['Alo', 'Dạ alo', 'Chào ' + honor])}, {c.pick(rng, [honor + ' ' + vname + ' phải không ạ?', 'có phải nhà ' + honor + ' ' + vname + ' không ạ?'])} "
             f"{staff.capitalize()} gọi từ {org}."),
        (s2, c.pick(rng, ["Vâng, có việc gì?", "Ừ đúng rồi.", f"Ừ, {honor} đây.", "Dạ, ai vậy?"])),
        (s1, _da(claim)),
        (s2, c.pick(rng, [f"Vậy {honor} phải làm gì?", "Thật à?", "Làm sao để nhận?", f"{me} tưởng hết hạn rồi."])),
        (s1, _da(req)),
        (s2, doubt),
        (s1, press),
    ]
    return c.render_labelled(turns)


def _cadre_chat(rng):
    who, me = c.pick(rng, [("anh", "em"), ("chị", "em"), ("cô", "con"), ("chú", "cháu"), ("bác", "cháu"),
                           ("bạn", "mình"), ("em", "chị"), ("em", "anh"), ("anh/chị", "em")])
    role = c.pick(rng, ["cán bộ BHXH phường", "cán bộ Trung tâm dịch vụ việc làm", "cán bộ ủy ban phường",
                        "cán bộ Công đoàn khu công nghiệp", "nhân viên BHXH quận", "cán bộ xã"])
    amt = c.amount(rng, 1_000_000, 20_000_000)
    what = c.pick(rng, ["trợ cấp thất nghiệp", "tiền hỗ trợ lao động khó khăn", "tiền thai sản", "tiền truy lĩnh lương hưu",
                        "tiền hỗ trợ sau bão", "tiền hoàn BHYT", "trợ cấp người cao tuổi"])
    k = rng.randrange(4)
    fee = c.amount(rng, 150_000, 900_000)
    acct = f"{c.account_number(rng)} {c.bank_name(rng)} tên {c.person_name(rng)} (cán bộ thu)"
    link = _link(rng, ['vssid', 'bhxh'])

    def ask_fn(who, me):
        return [
            f"{who} gửi {me} ảnh CCCD 2 mặt, số tài khoản và mã OTP khi ngân hàng gửi về để {me} đối chiếu",
            f"{who} chuyển {fee} phí làm hồ sơ vào STK {acct}",
            f"{who} điền họ tên, CCCD, số tài khoản, mật khẩu app ngân hàng theo mẫu {me} gửi để chuyển khoản tự động",
            f"{who} tải app theo link {link} rồi bấm \"Nhận trợ cấp\" và cho phép điều khiển màn hình",
        ][k]
    ask = ask_fn(who, me)
    tail = c.pick(rng, ["chiều nay tiền về luôn nhé", f"hạn chót là {c.pick(rng, ['hôm nay', 'thứ sáu', 'cuối tuần'])}",
                        "quá hạn là mất suất", ""])
    if rng.random() < 0.65:
        W = who[0].upper() + who[1:]
        body = c.pick(rng, [
            f"{W} có tên trong danh sách nhận {what} {amt} nhưng chưa nhận. Để nhận, {ask}",
            f"Hồ sơ {what} của {who} đã duyệt, số tiền {amt}, nhưng còn thiếu xác nhận nên chưa chi trả được. {ask[0].upper() + ask[1:]}",
            f"{me.capitalize()} gọi {who} mấy lần không được nên nhắn qua đây. Đợt này {who} được {what} {amt}. {ask[0].upper() + ask[1:]}",
        ])
        text = (f"{c.pick(rng, ['Chào', 'Dạ chào', 'Chào'])} {who}, {me} là {role}. {body}, {tail}".rstrip(", ") + ".")
        if rng.random() < 0.3:
            text = f"[Zalo \"{c.pick(rng, ['BHXH Quận ' + str(rng.randrange(1, 13)), 'Hỗ trợ BHXH', 'Cán bộ ' + c.person_name(rng, False)])}\"]\n" + text
        return text
    call = c.pick(rng, ["Em", "Chị", "Anh"])
    me = call.lower()
    who = c.pick(rng, ["anh", "chị"]) if call == "Em" else c.pick(rng, ["em", "bạn"])
    ask = ask_fn(who, me)
    reply, answer = c.pick(rng, [
        ("Sao phải chuyển trước vậy" if k == 1 else "Sao phải làm vậy", "quy định rồi " + who),
        ("Có an toàn không", "an toàn tuyệt đối, " + me + " là cán bộ mà"),
        ("Ok để mình làm", "vâng " + who + " làm luôn giúp " + me),
        ("Mã OTP cũng gửi à" if k == 0 else "Phải làm ngay à", "để xác minh đúng người thôi " + who)])
    return (f"A: {call} ơi {c.pick(rng, ['mình có được nhận ' + what + ' không', 'tin nhắn bảo mình có ' + what + ' là sao'])}\n"
            f"B: Dạ được, {me} là {role} đây. Hồ sơ của {who} được {amt}. {ask[0].upper() + ask[1:]}.\n"
            f"A: {reply}\n"
            f"B: Dạ {answer}, {tail or 'làm sớm giúp ' + me + ' nhé'}")


def _social_post(rng):
    shape = rng.randrange(3)
    amt = c.pick(rng, ["3 triệu", "5 triệu", "4 triệu", "2 triệu", "10-30tr", "500k/tháng", "3tr6"])
    if shape == 0:
        who, what, amt = c.pick(rng, [
            ("NGƯỜI LAO ĐỘNG NGHỈ VIỆC", "trợ cấp thất nghiệp", c.pick(rng, ["30 triệu", "10-30tr", "25 triệu"])),
            ("MẸ BỈM", "hỗ trợ thai sản", c.pick(rng, ["2 triệu/bé", "20 triệu"])),
            ("CÔNG NHÂN", "hỗ trợ tiền thuê trọ", c.pick(rng, ["1,5 triệu/tháng", "4,5 triệu"])),
            ("NGƯỜI CAO TUỔI", "trợ cấp hàng tháng", c.pick(rng, ["500k/tháng", "6 triệu/năm"])),
            ("BÀ CON VÙNG LŨ", "tiền hỗ trợ thiệt hại", c.pick(rng, ["3 triệu/hộ", "5 triệu"])),
            ("LAO ĐỘNG TỰ DO", "gói hỗ trợ của Chính phủ", c.pick(rng, ["5 triệu", "3 triệu"]))])
        return (f"{c.pick(rng, ['📣', '‼️', '🇻🇳', '🎉', ''])} {who} CHÚ Ý!\n"
                f"Nhận {what} lên đến {amt}, {c.pick(rng, ['làm hồ sơ online 100%', 'không cần lên cơ quan', 'có tiền sau 3 ngày'])}.\n"
                f"👉 Đăng ký tại: {_link(rng)}{c.pick(rng, [' hoặc nhắn Zalo ' + c.phone(rng), ''])}\n"
                f"{c.pick(rng, ['Hạn chót cuối tháng này!', 'Chia sẻ để mọi người cùng biết!', 'Nhanh tay kẻo hết đợt!'])}").strip()
    if shape == 1:
        return (f"{c.pick(rng, ['Nhận làm', 'Dịch vụ', 'Hỗ trợ'])} hồ sơ {c.pick(rng, ['rút BHXH 1 lần', 'trợ cấp thất nghiệp', 'thai sản', 'gộp sổ BHXH'])} "
                f"{c.pick(rng, ['nhanh', 'trọn gói', 'online'])}, {c.pick(rng, ['có tiền trong tuần', 'không cần chờ 12 tháng', 'hồ sơ khó vẫn nhận'])}. "
                f"Chỉ cần ảnh CCCD + mã số BHXH, {c.pick(rng, ['phí trả trước', 'đặt cọc trước', 'chuyển trước 30% phí'])} "
                f"{c.pick(rng, ['500k', '1tr', '1.500.000đ'])}. LH Zalo {c.phone(rng)} ({c.pick(rng, ['cán bộ BHXH', 'Anh', 'Chị'])} {c.person_name(rng, False)})")
    return (f"{c.pick(rng, ['Mọi người ơi', 'Chị em công nhân ơi', 'Bà con ơi'])}, {c.pick(rng, ['ai chưa nhận tiền hỗ trợ thì đăng ký ở đây nhé', 'kiểm tra sổ BHXH đi, nhiều công ty quỵt tiền bảo hiểm lắm', 'nhà nước đang chi trả hỗ trợ đợt mới'])} 👉 {_link(rng)}. "
            f"{c.pick(rng, ['Mình vừa nhận được ' + amt + ' hôm qua', 'Chỉ cần nhập số CCCD, số tài khoản và mã OTP', 'Nhập CCCD là ra số tiền được nhận'])} "
            f"{c.pick(rng, ['🥰', '😍', '!', ''])}").strip()


_FAMILIES = [
    ("unemployment_benefit", "sms", _unemployment),
    ("one_off_withdrawal", "sms", _one_off),
    ("covid_support", "sms", _covid),
    ("bhxh_book_check", "sms", _book_check),
    ("health_insurance_refund", "sms", _bhyt),
    ("pension_adjustment", "sms", _pension),
    ("maternity_benefit", "sms", _maternity),
    ("disaster_relief", "sms", _disaster),
    ("vulnerable_support", "sms", _vulnerable),
    ("worker_support_package", "sms", _worker_package),
    ("vssid_fake_app", "sms", _vssid_app),
    ("official_call", "call", _official_call),
    ("cadre_chat", "chat", _cadre_chat),
    ("social_register_post", "social", _social_post),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"} spread evenly over the families."""
    out = []
    for fam, channel, fn in c.families_in_turn(_FAMILIES, n):
        out.append(c.message(LABEL, fam, fn(rng), channel))
    return out

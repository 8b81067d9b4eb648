"""Generator for `fake_vneid`: fake officials "helping" to standardise, activate
(level 2) or update VNeID / citizen-ID / residence data, with fake links/APKs,
requests for ID photos, face video or OTP.

Every name, number and domain is invented at random. Text is written with
diacritics; the corpus build strips/obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "fake_vneid"


# ---------------------------------------------------------------- helpers

def _vneid_case(rng: random.Random) -> str:
    return c.pick(rng, ["VNeID", "VNeID", "VNeID", "VNEID", "vneid", "VneID", "Vneid", "ứng dụng VNeID"])


def _link(rng: random.Random, stem: str | None = None) -> str:
    stem = stem or c.pick(rng, ["vneid", "vneid", "dinhdanh", "dichvucong", "dancu", "bocongan", "cccd"])
    if rng.random() < 0.25:
        return c.shortener_url(rng)
    u = c.lookalike_url(rng, stem)
    if rng.random() < 0.25:
        u = u.rstrip("/") + c.pick(rng, ["/VNeID.apk", "/app.apk", "/tai-app", "/vneid_v2.apk", "/download"])
    return u


def _addr(rng: random.Random) -> tuple[str, str]:
    """(how the scammer addresses the victim, how the scammer calls himself)."""
    you = c.pick(rng, ["anh", "chị", "bác", "cô", "chú", "ông", "bà", "em", "bạn", "anh", "chị"])
    if you in ("bác", "cô", "chú", "ông", "bà"):
        me = c.pick(rng, ["cháu", "cháu", "con"])
    elif you == "em":
        me = c.pick(rng, ["anh", "chị"])
    elif you == "bạn":
        me = c.pick(rng, ["mình", "em"])
    else:
        me = "em"
    return you, me


_SPEAKERS = [("Người gọi", "Người nghe"), ("A", "B"), ("Cán bộ", "Người dân"), ("Người gọi", "Người nghe"),
             ("Giọng nữ", "Người nghe")]


def _render_call(rng: random.Random, turns: list[tuple[int, str]]) -> str:
    return c.dialogue(rng, turns, _SPEAKERS, skip_empty=True)


def _officer(rng: random.Random, me: str) -> str:
    ward = c.pick(rng, ["phường", "xã", "thị trấn", "quận", "huyện"])
    return c.pick(rng, [f"cán bộ công an {ward}", f"công an {ward}", "cảnh sát khu vực", f"cán bộ tổ công tác Đề án 06 của {ward}",
                        "cán bộ Trung tâm dữ liệu quốc gia về dân cư", "cán bộ Cục Cảnh sát quản lý hành chính",
                        f"{c.pick(rng, ['Trung úy', 'Thượng úy', 'Thiếu úy', 'Đại úy'])} {c.person_name(rng)}, công an {ward}",
                        "tổ hỗ trợ định danh điện tử", "nhân viên hỗ trợ VNeID"])


DEADLINE_THREATS = [
    "nếu không sẽ không làm được các thủ tục hành chính",
    "quá hạn tài khoản định danh sẽ bị khóa",
    "không làm thì tài khoản ngân hàng và sim sẽ bị khóa",
    "không làm thì tháng sau không nhận được lương hưu, trợ cấp",
    "quá hạn phải xuống phường xếp hàng làm lại từ đầu",
    "không làm sẽ bị phạt hành chính",
    "sau này làm giấy tờ đất đai, đi học cho con sẽ bị vướng",
]


def _threat(rng: random.Random) -> str:
    return c.pick(rng, DEADLINE_THREATS)


# ---------------------------------------------------------------- families

def _level2_zalo_chat(rng: random.Random) -> dict:
    you, me = _addr(rng)
    v = _vneid_case(rng)
    greet = c.pick(rng, [f"Chào {you},", f"Dạ {me} chào {you},", f"{c.cap_first(you)} ơi,", f"Kính chào {you},", ""])
    who = f"{me} là {_officer(rng, me)}."
    claim = c.pick(rng, [f"Tài khoản định danh điện tử của {you} mới ở mức 1, phải nâng lên mức 2 trước ngày {rng.randrange(1, 31)} tháng này",
                         f"Danh sách bên {me} báo {you} chưa kích hoạt {v} mức 2",
                         f"Theo kế hoạch, toàn bộ công dân phải hoàn thành kích hoạt {v} mức 2 trong tháng này",
                         f"Hồ sơ định danh mức 2 của {you} bị trả về do ảnh không hợp lệ"])
    ask = c.pick(rng, [f"{c.cap_first(you)} bận thì {me} hỗ trợ kích hoạt online qua Zalo luôn, {you} gửi {me} ảnh căn cước hai mặt nhé.",
                       f"{c.cap_first(you)} tải app theo link {me} gửi, chụp CCCD, quay video mặt là xong: {_link(rng)}",
                       f"Gia đình có bao nhiêu người trên 14 tuổi thì gửi {me} ảnh căn cước từng người, {me} làm một lượt.",
                       f"{c.cap_first(you)} đọc giúp {me} số điện thoại đang dùng, {me} gửi mã kích hoạt về, {you} đọc lại mã là xong.",
                       f"{c.cap_first(you)} kết bạn Zalo {c.phone(rng)} để {me} hướng dẫn làm tại nhà, không cần ra trụ sở."])
    parts = [greet, c.cap_first(who) if not greet else who, c.cap_first(claim) + ", " + _threat(rng) + ".", ask]
    if rng.random() < 0.3:
        parts.append(c.pick(rng, ["5 phút thôi ạ.", "Không mất phí ạ.", f"Hạn chót {c.deadline(rng)}.", "😊"]))
    return {"text": c.join_stripped(parts), "channel": "chat"}


def _account_lock_sms(rng: random.Random) -> dict:
    v = c.pick(rng, ["VNeID", "[VNeID]", "VNeID:", "Bộ Công an", "BCA-VNeID", "DVCQG", "TB VNeID"])
    unlock = [f"Mở khóa tại {_link(rng)}", f"Xác thực lại tại {_link(rng)}", f"Gọi {c.phone(rng)} để được hỗ trợ", f"Xác minh chính chủ tại {_link(rng)}"]
    update = [f"Cập nhật ngay: {_link(rng)}", f"Chuẩn hóa tại {_link(rng)}", f"Tải bản mới: {_link(rng)}", f"Cập nhật phiên bản mới tại {_link(rng)}"]
    claim, acts = c.pick(rng, [
        ("Tài khoản định danh điện tử của bạn đang bị tạm khóa do đăng nhập bất thường trên thiết bị lạ.", unlock),
        ("Tài khoản của bạn sẽ bị khóa vĩnh viễn do chưa cập nhật sinh trắc học.", unlock + update[:2]),
        ("Tài khoản VNeID của quý công dân sẽ bị hạ về mức 1 do chưa xác thực.", unlock),
        ("Phát hiện tài khoản VNeID của bạn được dùng để đăng ký vay tiền trái phép.", unlock),
        ("Thông tin công dân của bạn chưa được chuẩn hóa, tài khoản ngân hàng liên kết sẽ bị tạm ngưng.", update[:2]),
        ("Ứng dụng VNeID phiên bản hiện tại sẽ ngừng hoạt động.", update[2:]),
        ("Hồ sơ định danh mức 2 của bạn bị từ chối do ảnh CCCD không hợp lệ.", [f"Bổ sung lại tại {_link(rng)}", f"Gửi lại ảnh qua Zalo {c.phone(rng)}"]),
    ])
    act = c.pick(rng, acts)
    dl = c.pick(rng, [c.deadline(rng), "", f"trước ngày {rng.randrange(1, 29)}/{rng.randrange(1, 13)}"])
    text = c.join_stripped([v if v.endswith(":") or v.startswith("[") else v + ":", claim, act, dl]) + c.pick(rng, ["", ".", "."])
    return {"text": text, "channel": "sms"}


def _standardization_call(rng: random.Random) -> dict:
    you, me = _addr(rng)
    v = _vneid_case(rng)
    issue = c.pick(rng, ["ngày cấp căn cước", "họ tên", "địa chỉ thường trú", "ảnh chân dung", "số định danh", "số điện thoại đăng ký",
                         "quê quán"])
    turns = [
        (0, f"{c.pick(rng, ['Alo', 'Dạ alo', 'Chào'])} {you}, {me} là {_officer(rng, me)}, gọi để hướng dẫn {you} chuẩn hóa thông tin trên {v}."),
        (1, c.pick(rng, ["Chuẩn hóa là sao?", "Sai chỗ nào?", "Tôi có tài khoản rồi mà.", "Vâng, có chuyện gì?"])),
        (0, c.pick(rng, [f"Dạ thông tin {issue} của {you} đang sai lệch với cơ sở dữ liệu dân cư, {_threat(rng)}.",
                         f"Dạ {issue} trên {v} của {you} không khớp với thẻ ngân hàng, {_threat(rng)}.",
                         f"Dạ hệ thống báo lỗi {issue} sau đợt sáp nhập địa giới, {_threat(rng)}."])),
        (1, c.pick(rng, ["Vậy phải làm sao?", "Phải ra phường à?", "Tôi không rành điện thoại.", "Làm online được không?"])),
        (0, c.pick(rng, [f"{c.cap_first(you)} không cần ra đâu, {me} kết bạn Zalo gửi ứng dụng, {you} cài vào, bấm cho phép hết, {me} làm từ xa.",
                         f"{c.cap_first(you)} đang dùng Android hay iPhone? Android thì {you} bấm vào file {me} gửi cài luôn, iPhone thì mượn máy Android của người nhà.",
                         f"{c.cap_first(you)} gửi {me} tên đăng nhập và mật khẩu {v}, {me} đăng nhập từ máy {me} chuẩn hóa giúp.",
                         f"{me.capitalize()} gửi tin nhắn có mã xác thực, {you} đọc lại cho {me} là hệ thống tự chuẩn hóa."])),
    ]
    if rng.random() < 0.5:
        turns.append((1, c.pick(rng, ["Nó hỏi cho phép trợ năng, có bấm không?", "Tin nhắn ghi là không cung cấp mã cho ai mà?", "Máy báo ứng dụng có thể gây hại."])))
        turns.append((0, c.pick(rng, [f"{c.cap_first(you)} cứ bấm đồng ý, đó là app nội bộ chưa đăng ký với Google thôi.",
                                      f"Câu đó để phòng người lạ, {me} là cán bộ nên {you} đọc cho {me} được ạ.",
                                      f"Bình thường {you} ạ, {you} bấm \"vẫn cài đặt\" rồi để máy đó, đừng tắt nguồn."])))
    return {"text": _render_call(rng, turns), "channel": "call"}


def _apk_steps_chat(rng: random.Random) -> dict:
    you, me = _addr(rng)
    name = c.pick(rng, ["VNeID", "VNeID 2.0", "VNeID bản mới", "Dịch vụ công quốc gia", "VNeID cho người cao tuổi", "Định danh điện tử", "Cập nhật dữ liệu dân cư"])
    link = _link(rng)
    pool = ["Cho phép cài đặt từ nguồn không xác định", "Máy cảnh báo virus thì bấm \"Vẫn cài đặt\"", "Đăng nhập bằng số CCCD",
            "Chụp hai mặt căn cước", "Quay video khuôn mặt theo hướng dẫn", "Bật quyền Trợ năng và quyền hiển thị trên ứng dụng khác",
            "Nhập mật khẩu ngân hàng để đồng bộ tài khoản chính chủ", "Cho phép ứng dụng đọc tin nhắn để tự điền mã xác thực",
            "Đặt mật khẩu 6 số giống mật khẩu ngân hàng cho dễ nhớ", "Để máy đó 30 phút, không bấm gì, không tắt nguồn"]
    steps = [pool[i] for i in sorted(rng.sample(range(len(pool)), rng.randrange(3, 6)))]
    head = c.pick(rng, [f"{c.cap_first(me)} gửi {you} hướng dẫn:", f"{c.cap_first(you)} tải ứng dụng {name} tại đây nhé: {link}",
                        f"Bản trên CH Play là bản cũ không dùng được nữa, {you} cài bản {name} ở link này: {link}"])
    if "http" not in head and link not in head:
        steps.insert(0, f"Bấm link {link} tải ứng dụng {name}")
    if rng.random() < 0.6:
        body = "\n".join(f"Bước {i + 1}: {s}" for i, s in enumerate(steps))
    else:
        body = "Cài xong " + ", ".join(s[0].lower() + s[1:] for s in steps) + "."
    tail = c.pick(rng, [f"Xong {you} báo {me} kiểm tra.", "Chỉ hỗ trợ Android.", "Máy bị đơ một lúc là bình thường.", ""])
    return {"text": "\n".join(p for p in [head, body, tail] if p), "channel": "chat"}


def _integration_sms(rng: random.Random) -> dict:
    name, stem, cons = c.pick(rng, [
        ("GPLX", "gplx", ["sẽ bị phạt khi tham gia giao thông", "sẽ bị thu hồi", "CSGT sẽ không chấp nhận bằng giấy"]),
        ("giấy phép lái xe", "gplx", ["sẽ bị phạt khi tham gia giao thông", "sẽ bị thu hồi"]),
        ("thẻ BHYT", "bhyt", ["sẽ không được thanh toán khám chữa bệnh", "thẻ giấy sẽ hết giá trị"]),
        ("đăng ký xe", "dangkyxe", ["không đăng kiểm được", "sẽ bị phạt khi tham gia giao thông"]),
        ("mã số thuế", "mst", ["sẽ bị tạm khóa mã số thuế", "không quyết toán được thuế"]),
        ("sổ BHXH", "bhxh", ["sẽ không nhận được chế độ", "sẽ bị gián đoạn quá trình đóng"]),
    ])
    v = c.pick(rng, ["VNeID", "V-NeID", "ứng dụng VNeID"])
    head = c.pick(rng, ["VNeID:", "TB:", "BHXH:" if stem in ("bhyt", "bhxh") else "Cục CSGT:" if stem in ("gplx", "dangkyxe") else "Cục Thuế:",
                        "Bộ Công an:", "Thông báo:", ""])
    claim = c.pick(rng, [f"{c.cap_first(name)} của bạn chưa tích hợp {v}.",
                         f"Từ 01/{rng.randrange(1, 13)}, {name} chưa tích hợp {v} sẽ không còn giá trị.",
                         f"{c.cap_first(name)} của bạn sẽ bị vô hiệu nếu chưa đồng bộ với {v}.",
                         f"Hồ sơ tích hợp {name} lên {v} của bạn bị lỗi."])
    con = c.pick(rng, cons + [""])
    act = c.pick(rng, [f"Tích hợp tại: {_link(rng, stem + '-vneid')}", f"Cập nhật: {_link(rng, 'vneid-' + stem)}",
                       f"Đồng bộ ngay tại {_link(rng)}", f"Liên hệ cán bộ {c.phone(rng)} để được tích hợp"])
    parts = [head, claim, c.cap_first(con) + "." if con else "", act]
    return {"text": c.join_stripped(parts), "channel": "sms"}


def _elderly_pension_call(rng: random.Random) -> dict:
    old = c.pick(rng, ["ông", "bà", "bác", "cô", "chú"])
    me = c.pick(rng, ["cháu", "con"])
    name = c.person_name(rng).split()[-1]
    org = c.pick(rng, ["công an xã", "công an phường", "Bảo hiểm xã hội phối hợp với công an", "tổ công tác Đề án 06", "Trung tâm dữ liệu dân cư"])
    turns = [
        (0, f"Alo, {old} {name} phải không ạ? {c.cap_first(me)} gọi từ {org}. {c.cap_first(old)} đã có tài khoản định danh điện tử chưa ạ?"),
        (1, c.pick(rng, [f"{c.cap_first(old)} già rồi, không có điện thoại xịn đâu.", "Chưa, cái đó là cái gì?", f"{c.cap_first(old)} không biết dùng mấy cái đó.",
                         "Có thằng con làm cho rồi thì phải."])),
        (0, c.join_stripped([c.pick(rng, [f"Dạ {old} đang nhận lương hưu qua thẻ ngân hàng, từ tháng sau không có VNeID mức 2 là không nhận được nữa.",
                                          f"Dạ {old} đang hưởng trợ cấp người cao tuổi, tháng này bắt buộc xác thực trên VNeID.",
                                          f"Dạ {me} đang đi hỗ trợ các cụ làm VNeID miễn phí, {old} chưa có thì {me} làm giúp."]),
                             c.pick(rng, [f"{c.cap_first(old)} đọc cho {me} số căn cước với số thẻ ngân hàng, có tin nhắn mã số gửi về thì {old} đọc cho {me}.",
                                          f"{c.cap_first(old)} bấm vào đường dẫn {me} nhắn, đưa mặt vào khung, rồi nhập số thẻ và mật khẩu rút tiền để tiền về đúng thẻ.",
                                          f"{c.cap_first(old)} cho {me} số điện thoại của người nhà, {me} gửi link qua đó để người nhà cài giúp {old}.",
                                          f"{c.cap_first(old)} bấm vào tin nhắn Zalo {me} gửi, cài vào máy, xong để máy đó, tối nay đừng rút tiền để hệ thống cập nhật."])])),
    ]
    if rng.random() < 0.5:
        turns.append((1, c.pick(rng, ["Ừ, để " + old + " tìm cái thẻ.", "Có tin nhắn rồi đây, nó ghi không được cho ai biết.", "Thế có mất tiền không cháu?"])))
        turns.append((0, c.pick(rng, [f"Dạ {old} cứ đọc, {me} là cán bộ mà.", "Dạ không mất đồng nào ạ, nhà nước làm miễn phí.",
                                      f"{c.cap_first(old)} nhớ đừng nói với ai, đang đợt làm thử nghiệm ạ."])))
    return {"text": _render_call(rng, turns), "channel": "call"}


def _face_video_chat(rng: random.Random) -> dict:
    you, me = _addr(rng)
    moves = ["nhìn thẳng 3 giây", "quay trái", "quay phải", "ngẩng lên", "cúi xuống", "chớp mắt 2 lần", "há miệng", "đọc to họ tên và số CCCD"]
    seq = rng.sample(moves, rng.randrange(3, 6))
    purpose = c.pick(rng, ["để hệ thống sinh trắc học kích hoạt định danh", "để xác thực mức 2", "để đăng ký sinh trắc cho VNeID và ngân hàng",
                           "để cập nhật ảnh chân dung trên dữ liệu dân cư", "để đối chiếu khuôn mặt với căn cước"])
    head = c.pick(rng, [f"Bước cuối {you} quay giúp {me} một video khuôn mặt:", f"{c.cap_first(you)} gửi {me} video quay mặt nhé:",
                        f"{c.cap_first(me)} không nhận được video, {you} quay lại giúp {me}:", f"{c.cap_first(you)} bật camera trước, để ngang mặt rồi"])
    tips = c.pick(rng, ["Quay chỗ đủ sáng.", "Không đeo kính, không đội mũ.", "Để mặt chính giữa khung hình.", "Quay khoảng 10 giây thôi.", ""])
    tail = c.pick(rng, [f"Video này {purpose} ạ.", f"Không có video là hồ sơ bị trả về, {_threat(rng)}.", "Gửi qua Zalo này là được.", ""])
    return {"text": c.join_stripped([head, ", ".join(seq) + ".", tips, tail]), "channel": "chat"}


def _residence_update_chat(rng: random.Random) -> dict:
    you, me = _addr(rng)
    reason = c.pick(rng, ["do sáp nhập phường nên địa chỉ trên căn cước và VNeID phải cập nhật lại",
                          "dữ liệu hộ gia đình nhà mình bị thiếu nhân khẩu so với hệ thống dân cư",
                          f"{you} tạm trú hơn 30 ngày chưa khai báo",
                          "từ tháng này chủ nhà trọ phải khai báo lưu trú qua VNeID",
                          "dữ liệu cư trú của gia đình bị trùng với một hộ ở tỉnh khác"])
    ask = c.pick(rng, [f"{c.cap_first(you)} nhắn {me} họ tên, số căn cước, ảnh hai mặt thẻ của cả nhà, {me} tổng hợp gửi lên một lượt.",
                       f"{c.cap_first(you)} cập nhật online qua link {me} gửi: {_link(rng, c.pick(rng, ['dancu', 'cutru', 'dichvucong', 'luutru']))}, nhập CCCD và quét mặt là được.",
                       f"{c.cap_first(you)} cài app \"Lưu trú VNeID\" {me} gửi, đăng nhập bằng CCCD rồi chụp ảnh căn cước người thuê lên.",
                       f"{c.cap_first(you)} nộp lệ phí {c.amount(rng, 30_000, 300_000)} qua link {_link(rng)}, {me} duyệt luôn trong ngày."])
    intro = c.pick(rng, [f"{c.cap_first(me)} chào {you}, {me} là {_officer(rng, me)}.", f"Dạ thông báo bà con khu phố {rng.randrange(1, 12)}:",
                         f"{c.cap_first(you)} ơi {me} bên công an phường mới sáp nhập ạ.", ""])
    return {"text": c.join_stripped([intro, c.cap_first(reason) + ".", ask, c.maybe(rng, c.cap_first(_threat(rng)) + ".", 0.5)]), "channel": "chat"}


def _support_service_social(rng: random.Random) -> dict:
    svc = c.pick(rng, ["KÍCH HOẠT ĐỊNH DANH ĐIỆN TỬ MỨC 2 TẠI NHÀ", "Nhận làm VNeID mức 2 online", "Hỗ trợ tích hợp GPLX, BHYT lên VNeID",
                       "Làm căn cước cho bé online không cần lên công an", "Cấp lại tài khoản VNeID bị khóa", "Chuẩn hóa thông tin dân cư đợt cuối"])
    need = c.pick(rng, ["Chỉ cần gửi ảnh CCCD + số điện thoại chính chủ", "Gửi ảnh CCCD + video mặt", "Gửi giấy tờ qua Zalo là xong",
                        "Bà con comment SĐT bên dưới, cán bộ liên hệ"])
    fee = c.pick(rng, [f"Phí hỗ trợ {c.amount(rng, 50_000, 600_000)}.", "Miễn phí.", "Có xác nhận của công an.", ""])
    contact = c.pick(rng, [f"Zalo {c.phone(rng)}", "Inbox page", f"Liên hệ {c.person_name(rng, full=False)} {c.phone(rng)}", "link ghim ở bình luận 👇",
                           f"{_link(rng)}"])
    when = c.pick(rng, ["có tài khoản sau 30 phút", "xong trong ngày", "không cần ra công an", "nhận làm cho người già, người đi làm xa", ""])
    mid = f"{need}, {when}." if when else f"{need}."
    return {"text": c.join_stripped([svc + c.pick(rng, [" -", ":", "!", " 📢"]), mid, fee, contact]), "channel": "social"}


def _otp_exchange_chat(rng: random.Random) -> dict:
    you, me = _addr(rng)
    code_from = c.pick(rng, ["VNeID", "ngân hàng", "Bộ Công an", "DVCQG"])
    style = rng.randrange(3)
    if style == 0:
        text = "\n".join([f"A: {c.cap_first(you)} ơi mã về chưa {you}?", f"B: {c.pick(rng, ['Về rồi, 6 số.', 'Có tin nhắn rồi.', 'Nó ghi không được cho ai.'])}",
                          f"A: {c.cap_first(you)} {c.pick(rng, ['đọc', 'chụp màn hình gửi', 'gửi'])} {me} {c.pick(rng, ['luôn cho nhanh', 'kẻo hết hạn', 'để ' + me + ' hoàn tất kích hoạt'])} ạ."])
    elif style == 1:
        text = c.join_stripped([f"{c.cap_first(you)} ơi hệ thống vừa gửi về máy {you} một mã xác thực từ {code_from},",
                                f"{you} đọc giúp {me} mã đó để {me} hoàn tất {c.pick(rng, ['kích hoạt mức 2', 'chuẩn hóa thông tin', 'cập nhật dữ liệu', 'tích hợp giấy tờ'])} nhé.",
                                c.pick(rng, ["Mã có hiệu lực 5 phút thôi.", f"Mã từ {code_from} cũng đúng nhé.", ""])])
    else:
        text = c.join_stripped([f"{c.cap_first(you)} đọc sai mã rồi, hệ thống báo lỗi.", f"{c.cap_first(me)} gửi lại mã mới, {you} đọc lại từng số giúp {me}.",
                                c.pick(rng, [f"Tin nhắn từ {code_from} là đúng rồi ạ, vì VNeID mức 2 liên kết với ngân hàng.", "Nhanh giúp em kẻo hết hạn.", ""])])
    return {"text": text, "channel": "chat"}


def _bank_biometric_sms(rng: random.Random) -> dict:
    bank = c.pick(rng, c.BANKS)
    head = c.pick(rng, ["VNeID + NHNN:", f"{bank[0]}:", "Thông báo:", "TB:", "Ngân hàng Nhà nước:", ""])
    claim = c.pick(rng, ["Tài khoản ngân hàng của bạn chưa đối chiếu sinh trắc học với CSDL dân cư (VNeID).",
                         f"Thông tin sinh trắc học tài khoản {bank[0]} không khớp với căn cước trên VNeID.",
                         "Thẻ ATM của bạn chưa gắn định danh VNeID mức 2."])
    cons = c.pick(rng, ["Tài khoản sẽ bị dừng giao dịch", "Bạn sẽ không chuyển khoản được", "Thẻ sẽ bị tạm khóa", "Giao dịch trực tuyến sẽ bị ngừng"])
    act = c.pick(rng, [f"Hoàn tất tại {_link(rng, bank[1] + '-vneid')}", f"Cập nhật: {_link(rng, 'sinhtrac')}", f"Xác thực tại {c.scam_link(rng, bank[1])}",
                       f"Gọi {c.phone(rng)} để được cán bộ hướng dẫn"])
    return {"text": c.join_stripped([head, claim, f"{cons} nếu không hoàn tất {c.deadline(rng)}.", act]), "channel": "sms"}


def _new_card_fee_chat(rng: random.Random) -> dict:
    you, me = _addr(rng)
    claim = c.pick(rng, ["Theo Luật Căn cước mới, thẻ CCCD của " + you + " cần đổi sang thẻ Căn cước để tích hợp thông tin",
                         f"Thẻ căn cước của {you} thuộc lô bị lỗi chip, bên {me} đang thu hồi",
                         f"Thẻ Căn cước mới của {you} làm xong rồi nhưng chưa nhận",
                         "Đợt này người trên 60 tuổi được cấp thẻ Căn cước tại nhà"])
    ask = c.pick(rng, [f"{c.cap_first(you)} nộp lệ phí {c.amount(rng, 30_000, 500_000)} qua tài khoản {c.account_number(rng)} {c.bank_name(rng)} và gửi ảnh thẻ cũ để {me} lên hồ sơ.",
                       f"{c.cap_first(you)} đăng ký cấp đổi online tại {_link(rng, 'cancuoc')}, thanh toán phí để xác nhận hồ sơ.",
                       f"{c.cap_first(you)} gửi {me} ảnh thẻ cũ, ảnh chân dung và địa chỉ, {me} gửi thẻ về tận nhà, phí ship {c.amount(rng, 30_000, 100_000)}.",
                       f"{c.cap_first(you)} chụp thẻ cũ, quay mặt, rồi nhập mã OTP khi có tin nhắn về nhé."])
    greet = c.pick(rng, [f"Chào {you},", f"Dạ {you} ơi,", ""])
    return {"text": c.join_stripped([greet, (claim[:1].lower() + claim[1:] if greet else c.cap_first(claim)) + ".", ask]), "channel": "chat"}


FAMILIES = [
    ("level2_zalo_chat", _level2_zalo_chat),
    ("account_lock_sms", _account_lock_sms),
    ("standardization_call", _standardization_call),
    ("apk_steps_chat", _apk_steps_chat),
    ("integration_sms", _integration_sms),
    ("elderly_pension_call", _elderly_pension_call),
    ("face_video_chat", _face_video_chat),
    ("residence_update_chat", _residence_update_chat),
    ("support_service_social", _support_service_social),
    ("otp_exchange_chat", _otp_exchange_chat),
    ("bank_biometric_sms", _bank_biometric_sms),
    ("new_card_fee_chat", _new_card_fee_chat),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_records(rng, n, LABEL, FAMILIES)

"""Generator for `other_scam`: frauds that fit no named scheme of the
taxonomy: fake charity appeals to personal accounts, romance scams,
sextortion, paid sex-service bait, fake documents, hacked data and spy
services, "recover your lost money" services, fake tech support, social
account "violation" phishing, paid lottery tips, spiritual services and
bribes for state jobs or school places.

None of these pose as police/state bodies, banks, telcos or couriers, offer
investments, loans, prizes or tasks: those belong to other labels. Text is
written with diacritics; the corpus build strips/obfuscates a share itself.
"""

from __future__ import annotations

import random

from training.generators import _common as c

LABEL = "other_scam"


# ---------------------------------------------------------------- helpers
def _account(rng: random.Random, holder: str | None = None) -> str:
    bank = c.bank_name(rng)
    num = c.account_number(rng)
    holder = holder or c.holder_name(rng)
    shape = rng.randrange(5)
    if shape == 0:
        return f"STK: {num} {bank} - {holder}"
    if shape == 1:
        return f"{bank} {num} ({holder})"
    if shape == 2:
        return f"số tài khoản {num} ngân hàng {bank}, chủ tài khoản {holder}"
    if shape == 3:
        return f"{num} - {bank} - {holder}"
    return f"stk {num} {bank}"


def _handle(rng: random.Random, bases) -> str:
    return f"{c.pick(rng, bases)}{c.pick(rng, ['vn', '24h', '_pro', 'vip', '2026', '_official', ''])}{rng.randrange(1, 99) if rng.random() < 0.4 else ''}"


def _contact(rng: random.Random, bases=("hotro", "dichvu", "support"), bare: bool = False) -> str:
    ph = c.phone(rng)
    shape = c.pick(rng, [0, 1, 2, 4, 5]) if bare else rng.randrange(6)
    if shape == 0:
        return f"Zalo {ph}"
    if shape == 1:
        return c.zalo_me(ph)
    if shape == 2:
        return f"Telegram @{_handle(rng, bases)}"
    if shape == 3:
        return f"LH {ph}"
    if shape == 4:
        return f"t.me/{_handle(rng, bases)}"
    return ph


# ---------------------------------------------------------------- fillers
PATIENTS = [("bé", "ung thư máu", "ghép tủy"), ("bé", "tim bẩm sinh", "mổ tim"), ("bé", "suy thận", "chạy thận"),
            ("anh", "tai nạn giao thông, đang nằm ICU", "phẫu thuật"), ("chị", "ung thư giai đoạn cuối", "hóa trị"),
            ("cụ bà", "tai biến, sống một mình", "điều trị"), ("em", "bỏng nặng", "ghép da"), ("bé", "não úng thủy", "phẫu thuật")]
HOSPITALS = ["Viện Huyết học", "bệnh viện Chợ Rẫy", "bệnh viện Nhi Trung ương", "bệnh viện K", "bệnh viện Bạch Mai",
             "bệnh viện Nhi Đồng 1", "bệnh viện tỉnh", "bệnh viện Ung Bướu"]
CAUSES = ["đồng bào vùng lũ miền Trung", "bếp cơm 0 đồng cho bệnh nhân nghèo", "áo ấm cho trẻ em vùng cao",
          "xây lại nhà cho hộ nghèo bị sập", "trùng tu chánh điện chùa", "mái ấm trẻ mồ côi", "quỹ học bổng cho em nhỏ vùng sâu",
          "người dân vùng sạt lở"]
FOREIGN_JOBS = ["bác sĩ quân y Mỹ đang làm nhiệm vụ ở Syria", "kỹ sư dầu khí trên giàn khoan ngoài khơi", "thuyền trưởng tàu hàng",
                "doanh nhân người Anh", "phi công người Úc", "kỹ sư người Đức gốc Việt", "bác sĩ làm việc cho Liên Hợp Quốc",
                "sĩ quan hải quân Mỹ", "kiến trúc sư người Pháp"]
FOREIGN_NAMES = ["David Miller", "James Walker", "Daniel Smith", "Robert Brown", "Michael Johnson", "Kevin Anderson",
                 "William Taylor", "Thomas Wilson", "Richard Moore"]
GIFTS = ["iPhone, nước hoa, túi xách", "dây chuyền vàng và đồng hồ", "laptop và trang sức", "quà cưới và tiền mặt",
         "vali quà có 50.000 USD", "hộp trang sức kim cương"]
ROMANCE_FEES = ["phí thông quan", "phí chống rửa tiền", "phí bảo hiểm kiện hàng", "thuế nhập khẩu", "phí khai báo ngoại tệ",
                "phí lưu kho hải quan"]
# (what happened, where the caller says they are)
EMERGENCIES = [("bị tai nạn, thẻ ngân hàng bị giữ nên cần đóng viện phí", "bệnh viện"),
               ("bị giữ ở sân bay vì mang nhiều tiền mặt, phải nộp phạt", "sân bay Nội Bài"),
               ("phải đóng phí xin nghỉ phép cho chỉ huy", "căn cứ"),
               ("bị mất hộ chiếu, cần tiền làm giấy tờ về nước", "Kuala Lumpur"),
               ("có con gái ốm nặng mà lương tháng sau mới về", "London"),
               ("bị phong tỏa tài khoản khi chuyển tiền về Việt Nam", "Dubai"),
               ("cần tiền trả khách sạn vì thẻ không dùng được ở Việt Nam", "khách sạn ở Hà Nội"),
               ("bị hải quan giữ hành lý có vàng, phải đóng phí khai báo", "sân bay Tân Sơn Nhất")]
SEX_NAMES = ["Ngọc", "Vy", "Linh", "My", "Trâm", "Thảo", "Quỳnh", "Nhi", "Hân", "Yến"]
SEX_FEES = ["tiền đảm bảo an toàn cho nhân viên", "phí khách VIP", "tiền cọc phòng", "phí xác nhận đơn do chuyển sai cú pháp",
            "phí bảo mật thông tin khách", "tiền cọc chống bùng"]
DOCS = [("bằng đại học", 5_000_000, 20_000_000), ("bằng lái xe B2", 5_000_000, 10_000_000), ("bằng lái ô tô hạng C", 8_000_000, 15_000_000),
        ("chứng chỉ IELTS 7.0 có mã tra cứu", 10_000_000, 25_000_000), ("bằng tốt nghiệp THPT", 3_000_000, 6_000_000),
        ("giấy khám sức khỏe", 150_000, 400_000), ("giấy nghỉ ốm hưởng BHXH", 200_000, 800_000),
        ("chứng chỉ hành nghề điều dưỡng", 8_000_000, 15_000_000), ("sao kê lương và hợp đồng lao động", 1_000_000, 3_000_000),
        ("chứng chỉ tin học, TOEIC", 1_500_000, 4_000_000), ("giấy phép kinh doanh, PCCC", 3_000_000, 10_000_000),
        ("bằng thạc sĩ", 15_000_000, 40_000_000)]
DOC_CLAIMS = ["phôi thật, dấu nổi", "có dữ liệu tra cứu trên hệ thống", "không cần học, không cần thi", "có hồ sơ gốc lưu trường",
              "đi xin việc thoải mái", "làm kín, bảo mật tuyệt đối", "lấy nhanh trong ngày"]
DATA_KINDS = ["data khách hàng chủ doanh nghiệp", "data phụ huynh học sinh", "data khách vay tiêu dùng", "data chủ xe ô tô",
              "data khách mua bất động sản", "data số điện thoại theo khu vực", "data khách hàng bảo hiểm", "data người chơi game"]
SPY_SERVICES = ["hack Facebook, Zalo của người yêu", "đọc tin nhắn Zalo từ xa", "định vị điện thoại theo thời gian thực",
                "khôi phục tin nhắn đã xóa của người khác", "tra cứu thông tin cá nhân theo số điện thoại", "lấy lại mật khẩu Facebook của người khác",
                "xem lịch sử cuộc gọi của chồng/vợ", "tra số dư tài khoản ngân hàng của bất kỳ ai"]
LOSS_SOURCES = ["sàn đầu tư", "app việc làm online", "sàn tiền ảo", "sàn forex", "app vay", "nhóm làm nhiệm vụ", "mua hàng online"]
RECOVERERS = ["chuyên gia an ninh mạng", "văn phòng luật sư", "đội hacker mũ trắng", "trung tâm hỗ trợ nạn nhân lừa đảo",
              "luật sư chuyên án công nghệ cao", "nhóm kỹ thuật truy vết dòng tiền"]
RECOVERY_FEES = ["phí hồ sơ pháp lý", "phí kỹ thuật", "phí xác minh nguồn tiền", "thuế thu nhập từ khoản thu hồi",
                 "phí mở khóa tài khoản nhận", "phí ủy quyền", "phí phong tỏa tài khoản kẻ gian"]
TECH = [("Microsoft", ["máy tính đang nhiễm virus và gửi dữ liệu ra ngoài", "bản quyền Windows hết hạn, dữ liệu sẽ bị khóa"]),
        ("Apple", ["Apple ID bị đăng nhập trái phép", "điện thoại đang đồng bộ với thiết bị lạ ở nước ngoài"]),
        ("iCloud", ["iCloud bị đăng nhập từ thiết bị lạ, ảnh và danh bạ có thể bị lộ"]),
        ("Google", ["tài khoản Gmail sắp đầy và ngừng nhận thư", "tài khoản Google bị đăng nhập bất thường"]),
        ("nhà mạng Internet", ["modem nhà bạn bị nhiễm mã độc", "đường truyền nhà bạn đang bị kẻ gian dùng chùa"]),
        ("Zalo", ["tài khoản đang bị đăng nhập trên thiết bị lạ", "tài khoản sắp bị khóa do bị báo cáo spam"]),
        ("Facebook", ["tài khoản bị hack và đang gửi tin nhắn lừa đảo", "tài khoản bị checkpoint"])]
REMOTE_APPS = ["UltraViewer", "AnyDesk", "TeamViewer", "ứng dụng hỗ trợ từ xa"]
PLATFORMS = [("Facebook", "meta"), ("Meta", "meta"), ("TikTok", "tiktok"), ("Instagram", "instagram"), ("Fanpage", "fb"),
             ("Zalo", "zalo"), ("YouTube", "youtube")]
VIOLATIONS = ["vi phạm bản quyền", "vi phạm tiêu chuẩn cộng đồng", "bị báo cáo mạo danh", "có hoạt động quảng cáo bất thường",
              "đăng nội dung vi phạm chính sách"]
LOTTO = ["bạch thủ lô", "song thủ lô", "đề đầu đuôi", "lô xiên 2", "cặp số VIP", "đề chạm", "giải đặc biệt miền Bắc",
         "bộ số Vietlott 6/55", "lô kép"]
SPIRIT = [("làm bùa yêu", "người ấy quay về"), ("giải hạn sao Thái Bạch", "gia đạo bình an"), ("cắt tiền duyên", "tình duyên hanh thông"),
          ("siêu độ vong nhi", "hết hiếm muộn"), ("trục vong", "hết xui xẻo"), ("tách tiểu tam", "chồng quay về"),
          ("trấn trạch", "buôn bán đắt khách"), ("an mộ từ xa", "con cháu làm ăn thuận lợi"), ("cầu tài lộc", "tiền vào như nước"),
          ("phá bùa ngải", "hết bị yểm")]
SPIRIT_TITLES = ["Thầy Ba", "Cô Sáu", "Thầy Minh Giác", "Cô đồng Hoa", "Thầy Tư", "Thầy Pháp Tâm", "Cô Bảy", "Thầy Hai"]
POSTS = [("biên chế giáo viên", 150_000_000, 300_000_000), ("công chức xã", 100_000_000, 200_000_000),
         ("ngành điện lực", 150_000_000, 250_000_000), ("trường công an", 250_000_000, 400_000_000),
         ("bệnh viện công", 120_000_000, 250_000_000), ("ngân hàng nhà nước", 100_000_000, 200_000_000),
         ("trường chuyên lớp 10", 50_000_000, 120_000_000), ("trường quân đội", 250_000_000, 400_000_000),
         ("nhân viên sân bay", 150_000_000, 250_000_000), ("chuyển công tác về thành phố", 80_000_000, 200_000_000)]


def _you(rng: random.Random):
    return c.pick(rng, [("anh", "em"), ("chị", "em"), ("bạn", "mình"), ("em", "anh"), ("em", "chị"), ("cô", "cháu"), ("chú", "cháu")])


# ---------------------------------------------------------------- families
def _charity(rng):
    who, illness, treat = c.pick(rng, PATIENTS)
    name = c.person_name(rng, full=False)
    hosp = c.pick(rng, HOSPITALS)
    need = c.amount(rng, 50_000_000, 800_000_000)
    cause = c.pick(rng, CAUSES)
    org, need_for, owner = c.pick(rng, [("chùa Phước Hải", "trùng tu chánh điện", "thầy trụ trì"),
                                        ("mái ấm trẻ mồ côi", "sữa và gạo cho các bé", "sơ quản lý"),
                                        ("nhóm thiện nguyện Bếp Cơm Xanh", "cơm cho bệnh nhân nghèo", "trưởng nhóm"),
                                        ("nhóm cứu trợ miền Trung", "hàng cứu trợ cho bà con vùng lũ", "trưởng đoàn"),
                                        ("tịnh thất Minh An", "đúc chuông và tượng Phật", "sư cô trụ trì")])
    relation = c.pick(rng, ["mẹ bé", "bố bé", "vợ anh ấy", "trưởng nhóm", "thủ quỹ", "em gái", "người nhà"])
    acct = _account(rng)
    ch = c.pick(rng, ["social", "social", "chat", "sms", "call"])
    if ch == "social":
        if rng.random() < 0.55:
            text = c.post_lines(rng, [
                c.join_nonempty([c.pick(rng, ["🙏", "😢", "‼️", ""]), c.maybe_upper(rng, f"Kêu gọi giúp đỡ {who} {name}", 0.5), c.pick(rng, ["🙏", ""])]),
                f"{who[0].upper()}{who[1:]} bị {illness}, đang điều trị tại {hosp}. Gia đình đã bán hết tài sản, cần gấp {need} để {treat}.",
                f"Mọi tấm lòng xin gửi về {acct} ({relation}).",
                c.pick(rng, ["Xin mọi người chia sẻ để bé có cơ hội sống.", "Xin cảm ơn và mong mọi người lan tỏa.", "Sao kê công khai hàng tuần."]),
            ])
        else:
            text = c.post_lines(rng, [
                c.maybe_upper(rng, f"Chung tay vì {cause}", 0.4),
                c.pick(rng, ["Nhóm thiện nguyện chúng mình đang quyên góp để chở hàng ra.", "Mình đã đến tận nơi, tình cảnh quá thương tâm.",
                             "Đợt này tụi mình cần thêm kinh phí gấp."]),
                f"Ai ủng hộ chuyển khoản {acct}, nội dung: {c.pick(rng, ['ủng hộ', 'UH', 'chung tay'])} + tên.",
                c.pick(rng, ["Chúng mình sẽ sao kê công khai.", "Hình ảnh sẽ cập nhật trong nhóm kín.", "Mình sẽ livestream khi trao tận tay."]),
            ])
    elif ch == "chat":
        me, you = c.pick(rng, [("em", "anh chị"), ("con", "cô chú"), ("mình", "mọi người"), ("cháu", "bác")])
        text = c.join_nonempty([c.pick(rng, [f"Chào {you}, {me} là tình nguyện viên quyên góp cho {cause}.",
                                             f"{me} chào {you}, {me} là người nhà của {who} {name}, {who} bị {illness}, đang nằm {hosp}.",
                                             f"{me} xin phép làm phiền {you}, {me} đang quyên góp cho {cause}."]),
                                c.pick(rng, ["Tháng này đang thiếu kinh phí,", "Nhà nghèo không còn tiền chữa trị,", "Tình cảnh thương tâm lắm,"]),
                                c.pick(rng, [f"{you} ủng hộ bao nhiêu cũng quý ạ.", "xin giúp đỡ chút ít.", "50k 100k cũng được ạ."]),
                                f"{me} gửi số tài khoản cá nhân: {acct}.", c.maybe(rng, f"{me} sẽ gửi biên lai sau.", 0.4)])
    elif ch == "sms":
        fund = c.pick(rng, ["Quỹ Tấm Lòng Việt", "Chương trình Trái tim cho em", "Nhóm thiện nguyện Ánh Sáng", "Quỹ Vì Em",
                            "Hội những tấm lòng nhân ái"])
        text = c.join_nonempty([f"{fund} kêu gọi ủng hộ {cause}.", f"Mọi đóng góp xin chuyển về {acct}.", "Xin cảm ơn tấm lòng vàng của quý vị."])
    else:
        text = c.call_transcript(rng, [
            f"A lô, con chào cô, con gọi từ {org} ạ. Bên con đang kêu gọi {need_for}.",
            "Ừ, cần gì con?",
            f"Dạ con xin gửi cô thông tin để cô {c.pick(rng, ['góp công đức', 'ủng hộ'])}, {c.amount(rng, 100_000, 500_000)} một phần, sẽ ghi tên gia đình mình. Cô chuyển qua tài khoản của {owner} con đọc sau đây.",
            "Bên con không có tài khoản riêng à?",
            "Dạ tài khoản chung đang làm thủ tục nên tạm thời qua tài khoản cá nhân ạ. Càng sớm càng tốt cô ơi.",
        ])
    return ch, text


def _romance_parcel(rng):
    fname = c.pick(rng, FOREIGN_NAMES)
    gift = c.pick(rng, GIFTS)
    fee_name = c.pick(rng, ROMANCE_FEES)
    fee = c.amount(rng, 5_000_000, 60_000_000)
    pet = c.pick(rng, ["em yêu", "bé ơi", "honey", "vợ yêu", "em", "baby"])
    courier = c.pick(rng, ["công ty chuyển phát quốc tế", "bộ phận giao nhận quốc tế", "công ty vận chuyển hàng Anh – Việt",
                           "dịch vụ ngoại giao chuyển phát"])
    ch = c.pick(rng, ["chat", "chat", "call", "sms"])
    if ch == "chat":
        text = c.join_nonempty([f"{pet[0].upper()}{pet[1:]}, anh đã gửi cho em một thùng quà gồm {gift}.",
                                c.pick(rng, ["Hải quan sân bay sẽ gọi cho em,", "Bên vận chuyển sẽ liên hệ em,", "Công ty giao hàng quốc tế sẽ nhắn em,"]),
                                f"em chỉ cần đóng {fee_name} {fee} là nhận được.",
                                c.pick(rng, ["Anh yêu em rất nhiều ❤️", "Đừng nói với ai nhé, đây là bất ngờ.", "Anh sẽ bù lại cho em khi gặp nhau."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Chào chị, bên em là {courier}.", f"Anh {fname} ({c.pick(rng, ['bạn trai của chị', 'người yêu của chị', 'chồng sắp cưới của chị'])}) gửi chị một kiện quà đang lưu kho.",
                                f"Chị vui lòng đóng {fee_name} {fee} để nhận hàng.", "Liên hệ", c.phone(rng)])
    else:
        text = c.call_transcript(rng, [
            f"Alo, có phải chị {c.person_name(rng)} không ạ? Tôi gọi từ {courier}.",
            "Dạ đúng, có chuyện gì vậy?",
            f"Chị có một kiện quà, người gửi là ông {fname}. Trong kiện có {gift} nên phải đóng {fee_name} {fee} trước khi giao.",
            f"À anh {fname.split()[0]} có nói sẽ gửi quà. Sao phí cao vậy?",
            "Do kiện có tài sản giá trị lớn chị ạ. Chị chuyển vào tài khoản tôi gửi qua tin nhắn, trong 24 giờ kiện sẽ giao đến nhà. Không đóng thì kiện bị tịch thu.",
        ], ("Nhân viên", "Chị"))
    return ch, text


def _romance_money(rng):
    job = c.pick(rng, FOREIGN_JOBS)
    emer, place = c.pick(rng, EMERGENCIES)
    amt = c.amount(rng, 5_000_000, 60_000_000)
    you, me, pet = c.pick(rng, [("em", "anh", "em yêu"), ("chị", "em", "chị ơi"), ("em", "anh", "bé ơi"), ("anh", "em", "anh yêu")])
    promise = c.pick(rng, [f"tháng sau {me} về cưới {you}", f"về {me} trả {you} gấp đôi", f"{me} sẽ đưa {you} sang sống cùng {me}",
                           f"gặp nhau {me} trả tiền mặt", f"{me} thật lòng với {you}"])
    ch = c.pick(rng, ["chat", "chat", "chat", "call", "social"])
    if ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"{pet[0].upper()}{pet[1:]}, {me} biết mình mới quen qua mạng nhưng {me} thật lòng với {you}.",
                                             f"{me} là {job}, {me} muốn về Việt Nam sống cùng {you}.", f"{pet[0].upper()}{pet[1:]}, {me} nhớ {you} lắm."]),
                                f"Hôm nay {me} {emer}.", f"{you} giúp {me} {amt} được không?",
                                c.pick(rng, [f"Chuyển qua tài khoản bạn {me} nhé.", f"{me} gửi số tài khoản nhân viên ở đó.", "Đừng nói với gia đình vội nhé."]),
                                c.maybe(rng, promise[0].upper() + promise[1:] + ".", 0.5)])
    elif ch == "social":
        text = c.join_nonempty([c.pick(rng, [f"Mình là {job}, {rng.randrange(38, 58)} tuổi, {c.pick(rng, ['góa vợ', 'đã ly hôn', 'chưa lập gia đình'])}.",
                                             f"Anh {rng.randrange(38, 58)} tuổi, là {job}, sống một mình."]),
                                c.pick(rng, ["Muốn tìm bạn đời nữ hiền lành, chân thành để về Việt Nam sống.",
                                             "Sắp nghỉ hưu, muốn tìm một người phụ nữ Việt để chăm sóc và cùng sống tuổi già.",
                                             "Có tài chính ổn định, cần người phụ nữ thật lòng để lo cho cả gia đình em."]),
                                c.pick(rng, ["Ai thành thật nhắn tin cho mình.", "Inbox làm quen nhé.", "Kết bạn Zalo nói chuyện nhé ❤️", "Chỉ cần thật lòng, anh lo hết."])])
    else:
        text = c.call_transcript(rng, [
            f"Hello {pet}, là {me} đây. {me} đang ở {place}.",
            c.pick(rng, [f"{me} sắp về rồi hả?", f"Sao giọng {me} lạ vậy?", f"{me} khỏe không?"]),
            f"Yes, nhưng có vấn đề, {me} {emer}. {you} chuyển giúp {me} {amt}, {me} gửi số tài khoản cho {you}. {promise[0].upper() + promise[1:]}.",
            f"{you} không có nhiều tiền như vậy.",
            f"{you} vay bạn bè giúp {me} đi, {me} chỉ còn 2 tiếng thôi.",
        ])
    return ch, text


def _sextortion(rng):
    amt = c.amount(rng, 5_000_000, 50_000_000)
    hours = c.pick(rng, ["1 tiếng", "2 tiếng", "30 phút", "24 giờ", "tối nay", "48 giờ"])
    targets = c.pick(rng, ["vợ", "người yêu", "bố mẹ", "công ty", "toàn bộ danh bạ", "bạn bè Facebook", "cả làng", "sếp"])
    evidence = c.pick(rng, ["video cuộc gọi tối qua", "clip nóng của mày", "ảnh nhạy cảm của em", "video quay qua webcam khi bạn xem web người lớn",
                            "clip ghép mặt bạn vào phim nhạy cảm, nhìn y như thật", "đoạn ghi màn hình cuộc gọi video"])
    you = c.pick(rng, ["mày", "anh", "bạn", "em"])
    me = "tao" if you == "mày" else c.pick(rng, ["tôi", "tôi", "mình"])
    ch = c.pick(rng, ["chat", "chat", "chat", "sms", "call"])
    if ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"{me} có {evidence}.", f"{you} xem đoạn này đi, rõ mặt chưa?", f"Chào {you}, {evidence} đang trong tay {me}."]),
                                c.maybe(rng, f"{me} đã chụp lại danh sách bạn bè và người thân của {you}.", 0.6),
                                f"Trong {hours} không chuyển {amt} vào tài khoản {me} gửi thì gửi hết cho {targets}.",
                                c.pick(rng, ["Chặn là gửi luôn.", "Báo công an là đăng lên mạng ngay.", "Không mặc cả.", "Chuyển xong xóa hết, coi như chưa có gì."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Chúng tôi có {evidence}.", f"Chuyển {amt} vào {_account(rng) if rng.random() < 0.6 else 'ví USDT sau'} trong {hours},",
                                f"nếu không sẽ gửi cho {targets}."])
    else:
        text = c.call_transcript(rng, [
            f"Alo, {you} còn nhớ cuộc gọi video tối qua chứ?",
            "Ai vậy?",
            f"Người giữ video của {you}. {me} có danh sách bạn bè của {you}. Trong {hours} không chuyển {amt} thì video gửi cho {targets}.",
            "Tôi không có nhiều tiền vậy.",
            f"Vậy {c.amount(rng, 3_000_000, 15_000_000)}, thấp nhất rồi. Chuyển xong chụp bill gửi lại. Đừng dại mà báo ai.",
        ])
    return ch, text


def _sex_bait(rng):
    name = c.pick(rng, SEX_NAMES)
    age = rng.randrange(19, 26)
    dep = c.amount(rng, 200_000, 1_500_000)
    fee = c.pick(rng, SEX_FEES)
    fee_amt = c.amount(rng, 1_000_000, 5_000_000)
    area = c.pick(rng, ["Q1, Q3, Q7", "Cầu Giấy, Đống Đa", "trung tâm Đà Nẵng", "Thủ Đức, Bình Thạnh", "khu vực Hải Châu", "Hoàn Kiếm"])
    ch = c.pick(rng, ["chat", "chat", "social", "sms", "call"])
    if ch == "chat":
        if rng.random() < 0.5:
            text = c.join_nonempty([f"Hi anh, em là {name}, {age} tuổi, {c.pick(rng, ['sinh viên', 'nhân viên văn phòng', 'mới vào nghề'])}.",
                                    c.pick(rng, ["Em nhận đi chơi qua đêm, ảnh thật 100%.", "Bên em có dịch vụ massage thư giãn tại nhà, kín đáo.",
                                                 "Anh chọn ảnh em nào thì báo mã số."]),
                                    f"Anh chuyển cọc {dep} vào tài khoản quản lý, em tới trong 30 phút ạ 😘"])
        else:
            text = c.join_nonempty([c.pick(rng, ["Em tới sảnh khách sạn rồi anh,", "Em đang trên đường tới,", "Anh đặt em rồi nhé,"]),
                                    f"nhưng quản lý yêu cầu anh đóng thêm {fee_amt} {fee}.",
                                    c.pick(rng, ["Gặp em hoàn lại cả cọc.", "Xong 10 phút bên em hoàn lại.", "Anh không chuyển thì quản lý không cho em lên đâu."])])
    elif ch == "social":
        text = c.join_nonempty([c.maybe_upper(rng, f"Gái xinh phục vụ tận nơi {area}", 0.5), "ảnh thật 100%,", f"cọc trước {dep}.",
                                f"Ib Telegram @{_handle(rng, ('baby', 'girl', 'hotgirl', 'em_xinh'))} 🔥"])
    elif ch == "sms":
        text = c.join_nonempty([f"Em {name} {age}t, phục vụ tại gia {area}, gọi riêng tư.", f"Đặt lịch qua {_contact(rng, ('baby', 'em_xinh'), bare=True)},",
                                f"cọc {dep} là có mặt."])
    else:
        text = c.call_transcript(rng, [
            f"Alo anh ơi, em là quản lý của bé {name} anh đặt tối nay.",
            "Ừ, em ấy tới chưa?",
            f"Dạ bé tới rồi, nhưng khách mới phải đặt thêm {fee} {fee_amt}. Bé về thì em hoàn lại.",
            f"Lúc nãy anh chuyển {dep} rồi mà.",
            "Dạ đó là tiền cọc đặt lịch thôi anh. Không chuyển thì bé phải về, cọc cũng không hoàn được.",
        ], ("Quản lý", "Khách"))
    return ch, text


def _documents(rng):
    doc, lo, hi = c.pick(rng, DOCS)
    doc2 = c.pick(rng, DOCS)[0]
    price = c.amount(rng, lo, hi)
    pool = DOC_CLAIMS if doc.startswith("bằng") else [x for x in DOC_CLAIMS if "trường" not in x and "phôi" not in x]
    claims = rng.sample(pool, 2)
    days = rng.randrange(1, 15)
    you, me = _you(rng)
    ch = c.pick(rng, ["social", "social", "chat", "chat", "sms", "call"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, f"Nhận làm {doc}, {doc2}", 0.4),
            f"{claims[0][0].upper()}{claims[0][1:]}, {claims[1]}.",
            f"Giá từ {price}, {c.pick(rng, ['cọc 30%', 'thanh toán trước 50%', 'cọc trước lấy sau ' + str(days) + ' ngày'])}.",
            _contact(rng, ("lambang", "giayto", "dichvu")),
        ])
    elif ch == "chat":
        text = c.join_nonempty([f"{doc[0].upper()}{doc[1:]} bên {me} làm được, {claims[0]}, giá {price}.",
                                f"{you} gửi ảnh chân dung, CCCD và cọc {c.amount(rng, 500_000, 5_000_000)},",
                                f"{days} ngày có {c.pick(rng, ['bản cứng gửi về tận nhà', 'hàng', 'kết quả'])}.", c.maybe(rng, claims[1][0].upper() + claims[1][1:] + ".", 0.5)])
    elif ch == "sms":
        text = c.join_nonempty([f"Làm {doc}, {doc2} lấy nhanh,", f"{claims[0]}.", _contact(rng, ("lambang", "giayto"))])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} ơi, {me} thấy {you} hỏi trong nhóm về làm {doc} đúng không?",
            "Ừ, làm thật được không?",
            f"Dạ được, {claims[0]}. Giá {price}, {you} gửi ảnh thẻ, CCCD hai mặt và cọc trước, {days} ngày có.",
            "Có gì chứng minh không?",
            f"Dạ {me} gửi mấy cái khách cũ đã làm để {you} xem. Làm kín lắm, không ai biết đâu.",
        ])
    return ch, text


def _hacked_data(rng):
    kind = c.pick(rng, DATA_KINDS)
    spy = c.pick(rng, SPY_SERVICES)
    price = c.amount(rng, 300_000, 5_000_000)
    you, me = c.pick(rng, [("bạn", "mình"), ("anh", "em"), ("chị", "em"), ("bạn", "bên mình")])
    ch = c.pick(rng, ["social", "chat", "chat", "sms"])
    if rng.random() < 0.5:
        if ch == "social":
            text = c.post_lines(rng, [
                c.maybe_upper(rng, f"Bán {kind} mới nhất 2026", 0.5),
                c.pick(rng, ["Chuẩn 95%, có SĐT, địa chỉ, CCCD.", "Data mới leak từ các sàn TMĐT và ngân hàng.", "Full thông tin, lọc theo tỉnh."]),
                f"Giá từ {price}/{c.pick(rng, ['10.000 số', 'file', 'gói'])}. Thanh toán trước nhận file qua Telegram.",
            ])
        else:
            text = c.join_nonempty([f"{me[0].upper()}{me[1:]} có {kind}, {rng.randrange(1, 5)}.{rng.randrange(1, 9)} triệu thông tin, có CCCD + SĐT.",
                                    f"{price} trọn gói, chuyển khoản trước {me} gửi link tải.", c.maybe(rng, _contact(rng, ("data", "datavn")), 0.5)])
    else:
        if ch == "social":
            text = c.post_lines(rng, [
                c.maybe_upper(rng, f"Dịch vụ {spy}", 0.4),
                c.pick(rng, ["Không cần cầm máy, không bị phát hiện.", "Bảo mật 100%.", "Kết quả trong 1-2 giờ."]),
                f"Phí {price}, thanh toán trước.",
                _contact(rng, ("spy", "hack", "dichvu")),
            ])
        elif ch == "sms":
            text = c.join_nonempty([f"{spy[0].upper()}{spy[1:]}, bảo mật 100%.", f"Liên hệ {_contact(rng, ('spy', 'hack'), bare=True)}, thanh toán trước."])
        else:
            text = c.join_nonempty([f"{you[0].upper()}{you[1:]} muốn {spy} thì bên {me} làm được.", f"Phí {price},",
                                    c.pick(rng, [f"{you} chuyển trước một nửa {me} làm luôn.", "nghề này phải cọc, nhiều người nhờ làm xong rồi bùng.",
                                                 "chuyển khoản trước, xong gửi mật khẩu."])])
    return ch, text


def _recovery(rng):
    src = c.pick(rng, LOSS_SOURCES)
    who = c.pick(rng, RECOVERERS)
    fee_name = c.pick(rng, RECOVERY_FEES)
    lost = c.amount(rng, 50_000_000, 900_000_000)
    fee = c.amount(rng, 2_000_000, 30_000_000)
    you, me = c.pick(rng, [("anh", "em"), ("chị", "em"), ("bạn", "mình"), ("anh", "chúng tôi"), ("chị", "chúng tôi")])
    ch = c.pick(rng, ["social", "chat", "chat", "call", "sms"])
    if ch == "social":
        if rng.random() < 0.5:
            text = c.post_lines(rng, [
                c.maybe_upper(rng, f"Bạn đã bị lừa qua {src}? Đừng lo!", 0.5),
                f"Đội ngũ {who} của chúng tôi đã hỗ trợ lấy lại hơn {rng.randrange(5, 50)} tỷ cho nạn nhân.",
                c.pick(rng, ["Tư vấn miễn phí – chỉ thu phí khi lấy lại được tiền.", f"Phí hồ sơ chỉ {fee}, tỷ lệ thu hồi trên 80%.", "Nhận hồ sơ online, không cần đến văn phòng."]),
                _contact(rng, ("hoantien", "recover", "thuhoi")),
            ])
        else:
            text = c.join_nonempty([f"Mình từng bị lừa {lost} qua {src}, may gặp {c.pick(rng, ['anh hacker này', 'văn phòng luật này', 'nhóm kỹ thuật này'])} lấy lại được {rng.choice([80, 90, 100])}%.",
                                    "Ai đang bị như mình thì liên hệ", _contact(rng, ("hoantien", "recover"), bare=True), "nhé, mình chia sẻ vì thương mọi người."])
    elif ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"Chào {you}, {me} là {who} chuyên xử lý các vụ lừa đảo qua {src}.",
                                             f"Hồ sơ {you} bị lừa {lost} bên {me} đã truy vết được tài khoản kẻ gian.",
                                             f"Số tiền {lost} của {you} đã thu hồi được rồi."]),
                                f"Để {c.pick(rng, ['làm thủ tục hoàn tiền', 'rút tiền về', 'giải ngân khoản thu hồi'])}, {you} cần nộp {fee_name} {fee}.",
                                c.pick(rng, ["Nộp xong tiền về trong 2 giờ.", "Để lâu kẻ gian chuyển tiền đi là không truy được.", f"Chuyển vào tài khoản kỹ thuật viên {me} gửi."])])
    elif ch == "sms":
        text = c.join_nonempty([f"Hồ sơ yêu cầu hoàn tiền do bị lừa qua {src} của bạn đã được tiếp nhận.",
                                f"Liên hệ {_contact(rng, ('hoantien', 'hotro'), bare=True)} để hoàn tất thủ tục nhận lại tiền trong 48h."])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} phải không ạ? {me} gọi từ {who}. {me} thấy {you} đăng bài tố cáo {src} lừa {lost}.",
            "Đúng rồi, lấy lại được không?",
            f"Dạ tiền vẫn còn trong ví của bên đó. {you} chỉ cần đóng {fee_name} {fee} để {me} bắt đầu, lấy được thì trích thêm 10%.",
            "Sợ lại bị lừa lần nữa.",
            f"Dạ {me} gửi giấy phép và hình khách đã nhận lại tiền. {you} quyết sớm, để lâu là không truy được nữa.",
        ])
    return ch, text


def _tech_support(rng):
    brand, probs = c.pick(rng, TECH)
    prob = c.pick(rng, probs)
    app = c.pick(rng, REMOTE_APPS)
    fee = c.amount(rng, 300_000, 3_000_000)
    you, me = c.pick(rng, [("anh", "em"), ("chị", "em"), ("bạn", "mình"), ("anh", "tôi"), ("chị", "tôi")])
    ch = c.pick(rng, ["call", "call", "sms", "chat"])
    if ch == "call":
        text = c.call_transcript(rng, [
            f"Xin chào, {me} là kỹ thuật viên của {brand}. Hệ thống phát hiện {prob}.",
            c.pick(rng, ["Thật vậy hả?", "Tôi có gọi cho ai đâu?", "Vậy phải làm sao?"]),
        ] + list(c.pick(rng, [
            (f"{you} vui lòng cài {app} theo hướng dẫn để {me} xử lý từ xa, sau đó mua gói bảo vệ {fee}.",
             "Để tôi hỏi người nhà đã.", f"Dạ {you} làm ngay giúp {me}, để chậm là hacker chiếm quyền và mất dữ liệu."),
            (f"{you} cài {app}, rồi đọc cho {me} mã xác minh hiện trên màn hình để {me} xác nhận chủ tài khoản.",
             "Sao lại phải đọc mã?", f"Dạ mã đó chỉ để xác nhận {you} là chủ tài khoản thôi, {you} làm nhanh giúp {me}."),
            (f"{you} bật máy lên, tải {app} để {me} kiểm tra. Phí hỗ trợ {fee}, chuyển sau khi xong.",
             "", f"Dạ {you} làm ngay, để chậm là mất dữ liệu."),
        ])) + [
        ], ("Kỹ thuật viên", "Khách"))
    elif ch == "sms":
        text = c.join_nonempty([f"[{brand}]" if rng.random() < 0.5 else f"{brand}:", f"{prob[0].upper()}{prob[1:]}.",
                                c.pick(rng, [f"Gọi ngay tổng đài kỹ thuật {c.phone(rng)} để được xử lý miễn phí.",
                                             f"Xử lý tại {c.lookalike_url(rng, c.ascii_upper(brand.split()[0]).lower())}"])])
    else:
        text = c.join_nonempty([c.pick(rng, [f"Chào {you}, {me} là nhân viên hỗ trợ kỹ thuật của {brand}.", f"{brand} hỗ trợ khách hàng xin thông báo:",
                                             f"{me} bên bộ phận an toàn tài khoản {brand} đây {you}."]),
                                f"{prob[0].upper()}{prob[1:]}.",
                                c.pick(rng, [f"{you} cho {me} mã xác thực 6 số vừa gửi về điện thoại nhé.", f"{you} cài {app} và gửi {me} dãy số ID để {me} xử lý.",
                                             f"Dịch vụ mở khóa, lấy lại tài khoản phí {fee}, chuyển trước 50%."])])
    return ch, text


def _account_violation(rng):
    plat, short = c.pick(rng, PLATFORMS)
    vio = c.pick(rng, VIOLATIONS)
    url = c.lookalike_url(rng, short) if rng.random() < 0.75 else c.shortener_url(rng)
    hours = c.pick(rng, ["24 giờ", "12h", "48 giờ", "hôm nay"])
    ch = c.pick(rng, ["sms", "social", "chat", "chat"])
    if rng.random() < 0.3:
        text = c.join_nonempty(["Fanpage của bạn đủ điều kiện được cấp tick xanh.", f"Vui lòng điền form xác minh tại {url}",
                                f"và nộp phí xác minh {c.amount(rng, 300_000, 2_000_000)} để được duyệt trong {hours}."])
    elif ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty(["⚠️", c.maybe_upper(rng, "Cảnh báo vi phạm chính sách", 0.6), "⚠️"]),
            f"Trang của bạn {vio} và sẽ bị vô hiệu hóa vĩnh viễn trong {hours}.",
            f"Nếu bạn cho rằng đây là nhầm lẫn, vui lòng gửi kháng nghị tại: {url}",
            f"– Đội ngũ hỗ trợ {plat}",
        ])
    else:
        text = c.join_nonempty([f"{c.pick(rng, ['Thông báo từ', 'Trung tâm hỗ trợ', ''])} {plat}:", f"tài khoản của bạn {vio},",
                                f"sẽ bị khóa sau {hours}.", c.pick(rng, [f"Kháng nghị ngay: {url}", f"Xác minh tại {url}", f"Liên hệ chuyên viên qua Zalo {c.phone(rng)}"])])
    return ch, text


def _lottery(rng):
    kind = c.pick(rng, LOTTO)
    fee = c.amount(rng, 200_000, 5_000_000)
    deadline = c.pick(rng, ["trước 16h30", "trước 17h", "trước giờ quay", "trước 4h chiều"])
    you, me = c.pick(rng, [("anh", "em"), ("chị", "em"), ("anh em", "ad"), ("bạn", "mình")])
    source = c.pick(rng, ["nguồn nội bộ từ công ty xổ số", "người nhà làm bên hội đồng quay số", "phần mềm AI phân tích", "cầu VIP có người bên trong báo",
                          "chuyên gia soi cầu 20 năm"])
    ch = c.pick(rng, ["sms", "social", "chat", "chat", "call"])
    if ch == "sms":
        text = c.join_nonempty([f"Soi cầu chuẩn 99%: {kind}, {c.pick(rng, [x for x in LOTTO if x != kind])}.", f"Nhận số {deadline}, phí {fee}.",
                                c.pick(rng, ["Không về hoàn tiền.", "Trúng mới thu phí.", ""]), _contact(rng, ("soicau", "thantai", "chotso"))])
    elif ch == "social":
        text = c.post_lines(rng, [
            c.join_nonempty([c.pick(rng, ["🎯", "💰", "🔥", ""]), c.maybe_upper(rng, f"Chốt số hôm nay – {kind} cực đẹp", 0.5)]),
            c.pick(rng, [f"Ai theo ad hôm qua ăn đậm {rng.randrange(10, 99)} rồi nhé 🎉", f"Cầu từ {source}.", "Về 5 trên 6 ngày tuần này."]),
            f"Vào nhóm VIP chỉ {fee}/{c.pick(rng, ['tuần', 'ngày', 'lần'])}.",
            c.pick(rng, ["Inbox để lấy số!", "Chỉ nhận 20 anh em đầu tiên.", _contact(rng, ("soicau", "thantai"))]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([c.pick(rng, [f"{you[0].upper()}{you[1:]} ơi hôm nay có {kind} từ {source}, chắc chắn 100%.",
                                             f"Hôm qua {me} báo số về rồi đó {you}, không theo tiếc quá.", f"Bên {me} có {kind}, mỗi tuần chỉ ra 2 lần."]),
                                f"{you} chuyển {fee} phí nhận số {deadline}.",
                                c.pick(rng, ["Trúng thì chia em 20%.", "Không về em hoàn gấp đôi.", "Đánh lớn là đổi đời luôn.", "Không về em báo bù 3 ngày miễn phí."])])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you}, {me} bên nhóm soi cầu {you} tham gia đó. Hôm nay có {kind} từ {source}.",
            c.pick(rng, ["Biết trước được thật à?", "Lần trước theo mà không về.", "Có chắc không đó?", "Phí sao cao vậy?"]),
            f"Dạ lần này khác, chỉ báo khách thân thiết. {you} đóng {fee} {me} gửi số, đánh lớn một chút là ăn cả trăm triệu.",
            "Để xem đã.",
            f"Dạ {you} chuyển {deadline} giúp {me}, không về {me} hoàn tiền.",
        ])
    return ch, text


def _spiritual(rng):
    ritual, result = c.pick(rng, SPIRIT)
    title = c.pick(rng, SPIRIT_TITLES)
    fee = c.amount(rng, 1_000_000, 15_000_000)
    you = c.pick(rng, ["con", "con", "em", "cô", "bạn"])
    me = "thầy" if title.startswith("Thầy") else "cô"
    omen = c.pick(rng, ["năm nay bị sao Thái Bạch chiếu", "có vong theo", "bị động mộ tổ", "bị người ta yểm bùa", "đặt bàn thờ sai hướng",
                        "phạm Tam Tai", "có vong ông bà về báo điềm xấu"])
    ch = c.pick(rng, ["social", "chat", "chat", "call", "sms"])
    if ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, f"{title} – {rng.randrange(10, 40)} năm kinh nghiệm", 0.4),
            "Nhận " + ", ".join([ritual] + [x[0] for x in rng.sample([y for y in SPIRIT if y[0] != ritual], 2)]) + ".",
            c.pick(rng, [f"Hiệu quả sau 3-7 ngày, {result}.", "Không cần gặp mặt, chỉ cần tên tuổi và ảnh.", "Không hiệu quả hoàn tiền."]),
            c.pick(rng, [f"Lễ phí chuyển khoản trước. {_contact(rng, ('thay', 'tamlinh'))}", _contact(rng, ("thay", "tamlinh", "phongthuy"))]),
        ])
    elif ch == "chat":
        text = c.join_nonempty([f"{me[0].upper()}{me[1:]} xem rồi, {you} {omen} nên {c.pick(rng, ['làm ăn thua lỗ', 'tình duyên lận đận', 'gia đạo bất an', 'con cái ốm đau'])}.",
                                f"{me[0].upper()}{me[1:]} sẽ {ritual} cho {you}, lễ vật hết {fee}.",
                                f"{you} chuyển khoản để {me} sắm lễ, {c.pick(rng, ['rằm này làm', 'đêm nay trăng tròn linh nhất', 'qua mùng 1 là không kịp'])}.",
                                c.pick(rng, ["Chuyện tâm linh đừng nói với ai, nói ra mất linh.", f"Xong lễ {result}.", ""])])
    elif ch == "sms":
        text = c.join_nonempty([f"Lễ {ritual} đầu năm, làm từ xa, gửi video cho gia chủ.", f"Đăng ký tên tuổi qua {_contact(rng, ('thay', 'tamlinh'), bare=True)},",
                                f"công đức từ {c.amount(rng, 300_000, 1_000_000)} chuyển khoản."])
    else:
        text = c.call_transcript(rng, [
            f"Alo, {you} phải không, {me} là {title[0].lower() + title[1:]} đây. {me} xem thấy nhà {you} {omen}.",
            f"Sao {me} biết số {you}?",
            f"Có người trong họ nhờ {me} xem. Giờ phải {ritual} gấp, hết {fee} tiền lễ. {you} chuyển trong hôm nay.",
            "Để hỏi chồng đã.",
            f"Chuyện tâm linh không nên nói nhiều, nói ra mất linh. {you} cứ chuyển, {me} lo hết.",
        ])
    return ch, text


def _job_bribe(rng):
    post, lo, hi = c.pick(rng, POSTS)
    total_v = rng.randrange(lo // 1_000_000, hi // 1_000_000) * 1_000_000
    total = c.amount(rng, total_v, total_v + 10_000)
    dep = c.amount(rng, total_v // 3, total_v // 3 + 10_000)
    you, me = _you(rng)
    insider = c.pick(rng, ["người quen làm ở Sở", "anh họ làm trưởng phòng tổ chức", "ông chú làm to ở tỉnh", "người bên phòng giáo dục",
                           "bạn học giờ làm lãnh đạo bên đó", "người nhà trong hội đồng tuyển dụng"])
    ch = c.pick(rng, ["chat", "chat", "call", "social"])
    if ch == "chat":
        text = c.join_nonempty([f"{you[0].upper()}{you[1:]} ơi, {me} có {insider}, lo được suất {post}.",
                                f"Suất này {total}, đưa trước {dep} để {c.pick(rng, ['lo hồ sơ', 'làm tin', 'lo thi tuyển, đề có người gửi trước'])}, có quyết định thì đưa nốt.",
                                c.pick(rng, ["Chuyện này kín thôi, đừng kể với ai.", "Không được hoàn đủ, có giấy biên nhận tay.", "Năm nay chỉ có 2-3 suất."])])
    elif ch == "social":
        text = c.post_lines(rng, [
            c.maybe_upper(rng, "Nhận lo chuyển trường, chuyển công tác, xin việc vào cơ quan nhà nước", 0.4),
            f"Bệnh viện, trường học, {post}. Cam kết có quyết định trong {rng.randrange(2, 7)} tháng.",
            "Uy tín, có hợp đồng, không thành công hoàn tiền. Cọc 30%.",
            _contact(rng, ("xinviec", "lohoso")),
        ])
    else:
        text = c.call_transcript(rng, [
            f"Alo {you} ạ, {me} là người quen của người nhà {you}. Nghe nói nhà mình muốn xin cho cháu vào {post}?",
            "Ừ, đang tìm.",
            f"{me} có {insider}, năm nay còn vài suất. Suất {total}, {you} chuyển trước {dep} để lo.",
            "Lỡ không được thì sao?",
            f"Không được {me} hoàn đủ, có giấy biên nhận. {you} lo sớm, tháng sau là thi rồi.",
        ])
    return ch, text


FAMILIES = [
    ("fake_charity", _charity),
    ("romance_gift_parcel", _romance_parcel),
    ("romance_emergency_money", _romance_money),
    ("sextortion", _sextortion),
    ("sex_service_bait", _sex_bait),
    ("fake_documents", _documents),
    ("hacked_data_spy", _hacked_data),
    ("scam_recovery", _recovery),
    ("fake_tech_support", _tech_support),
    ("social_account_violation", _account_violation),
    ("lottery_tips", _lottery),
    ("spiritual_services", _spiritual),
    ("job_placement_bribe", _job_bribe),
]


def generate(rng: random.Random, n: int) -> list[dict]:
    """Return n dicts {"text", "channel", "group"}, families spread evenly."""
    return c.generate_casual(rng, n, LABEL, FAMILIES)

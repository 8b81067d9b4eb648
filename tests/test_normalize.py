"""Normalisation: behaviour on the tricks scammers use, and properties on any text."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scamdetect.text import normalize, normalize_text, strip_diacritics

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ"
TRICKY = (VIET + string.ascii_letters + string.digits + " .,'_-!@$|;:~\"/\n\t\r"
          + "\u200b\u200d\ufeffаоеАОЕäöüåＡｂｃ\u0301\u0300" + "ƀɃʜᴍиᏴđĐơƯ")
any_text = st.one_of(st.text(), st.text(alphabet=TRICKY), st.text(alphabet=VIET + " .0134!$", max_size=60))


@pytest.mark.parametrize("raw, expected", [
    ("Tài khoản bị kh0a", "Tài khoản bị khoa"),
    ("t!en thuong", "tien thuong"),
    ("Vào s h o p e e . vn ngay", "Vào shopee.vn ngay"),
    ("V.N.e.I.D mức 2", "VNeID mức 2"),
    ("Vі\u0435tcombаnk", "Vietcombank"),       # Cyrillic і, е, а
    ("Nhận quà tại Shöpee", "Nhận quà tại Shopee"),
    ("Ƀắn Ƈá ʈặng 100K", "Bắn Cá tặng 100K"),     # letters with a hook or a stroke
    ("ʜẹɴ ʜò ɢặᴘ ᴍặᴛ", "hẹn hò gặp mặt"),       # small capitals
    ("ᏴẰNG LÁI, Đăиg Ký", "BẰNG LÁI, Đăng Ký"),  # Cherokee and faux-Cyrillic look-alikes
    ("Đường Ơn Ưu đãi", "Đường Ơn Ưu đãi"),      # đ and the horned letters are Vietnamese: kept
    ("ＳＨＯＰＥＥ", "SHOPEE"),                  # full-width
    ("chuyển\u200b tiền\u200d", "chuyển tiền"),  # zero-width
    ("hoà bình, thuý, khoẻ", "hòa bình, thúy, khỏe"),  # one tone convention
    ("abc(.)com và hxxps[:]//x.top", "abc.com và https://x.top"),
    ("  nhiều   khoảng\t trắng \n\n dòng  ", "nhiều khoảng trắng\ndòng"),
    ("D;a'ng.K,y T:h'u ngay", "Dang Ky Thu ngay"),     # marks sprayed inside words; a capital starts a word
    ("n:h;a_n t.h.u.o.n.g", "nhan thuong"),
    ("Nh4n 7hu0ng l0n, 7HU0NG", "Nhan thuong lon, tHUoNG"),  # a digit for the first letter, with another inside
])
def test_deobfuscation(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected
    assert normalize_text(raw)[0] == expected


def test_codes_and_ordinary_words_are_left_alone() -> None:
    for text in ["ok,mai,gap nhe", "vào shopee.vn hoặc t.me/ab_cd", "a.b@gmail.com", "TB:Quy khach", "8:30 sáng",
                 "Gói 4G giá 70k", "Mã OTP 123456", "a e k đi đâu", "x2 tài khoản", "iPhone15 Pro", "COVID19", "B2B",
                 "5tr nhé", "7h30 sáng", "1h30", "3tr5", "5tram", "7hang", "4Gnet", "1ink7"]:
        assert normalize(text).text == text


def test_salt_tail_is_cut_and_reported() -> None:
    norm = normalize("Nhận thưởng tại đây: bit.ly/abc x7kq")
    assert norm.text == "Nhận thưởng tại đây: bit.ly/abc"
    assert norm.salt_tail == "x7kq"
    assert normalize("Hẹn gặp lại bạn nhé").salt_tail is None
    assert normalize("Cảm ơn quý khách. Hotline 19001234").salt_tail is None  # digits only: no tail


def test_offsets_point_at_the_disguised_original() -> None:
    raw = "Vui long vao V.C.B-x4cthuc(.)top ngay"
    norm = normalize(raw)
    start = norm.text.index("VCB")
    o_start, o_end = norm.to_original(start, start + 3)
    assert raw[o_start:o_end] == "V.C.B"
    with pytest.raises(ValueError):
        norm.to_original(0, len(norm.text) + 1)


def test_strip_diacritics_keeps_length() -> None:
    text = "Đăng ký nhận trợ cấp thất nghiệp"
    assert strip_diacritics(text) == "Dang ky nhan tro cap that nghiep"
    assert len(strip_diacritics(text)) == len(text)


def test_non_str_raises_type_error() -> None:
    for bad in (None, 12, b"bytes"):
        with pytest.raises(TypeError):
            normalize(bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            normalize_text(bad)  # type: ignore[arg-type]


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_never_raises_and_offsets_are_valid(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for start, end in zip(norm.starts, norm.ends):
        assert 0 <= start < end <= len(text)
    assert list(norm.starts) == sorted(norm.starts)
    if norm.text:
        o_start, o_end = norm.to_original(0, len(norm.text))
        assert 0 <= o_start < o_end <= len(text)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_fast_path_matches_full_normalisation(text: str) -> None:
    norm = normalize(text)
    assert normalize_text(text) == (norm.text, norm.salt_tail)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_idempotent_without_salt(text: str) -> None:
    once = normalize(text)
    twice = normalize(once.text)
    if once.salt_tail is None and twice.salt_tail is None:
        assert twice.text == once.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=VIET + "ABCĂÂĐÊÔƠƯÀÁẢÃẠ\u212aſıİ", min_size=1, max_size=12))
def test_finish_word_is_finish_on_a_word_of_letters(word: str) -> None:
    from scamdetect.text import finish, finish_word

    assert finish_word(word) == finish(word)


# every de-obfuscation rule is written once and run by both paths; its cheap test is what lets the paths skip
# it, so the test must hold wherever the rule would change the text
DISGUISED = st.text(alphabet=VIET[:20] + "abcdeABC0 .'_,-*·•;:~^`|\"()[]{}/hxtpdocmvn", max_size=40)


@settings(max_examples=400)
@given(st.one_of(any_text, DISGUISED))
def test_each_rules_cheap_test_holds_wherever_the_rule_changes_the_text(text: str) -> None:
    from scamdetect.text.disguise import RULES

    for applies, rules in RULES:
        for edits in rules:
            if edits(text):
                assert applies(text), (text, edits(text))


@pytest.mark.parametrize("text", ["s h o p e e . vn", "V.N.e.I.D", "D;a'ng.K,y ngay", "abc(.)com hxxps[:]//x.top",
                                  "vao abc . tk de nhan qua", "Vao  s h o p e e . vn ngay! k9xq2"])
def test_the_rules_give_the_same_text_with_and_without_offsets(text: str) -> None:
    from scamdetect.text.disguise import undisguise, undisguise_chars

    chars, starts, ends = list(text), list(range(len(text))), list(range(1, len(text) + 1))
    undisguise_chars(chars, starts, ends)
    assert "".join(chars) == undisguise(text)
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends))

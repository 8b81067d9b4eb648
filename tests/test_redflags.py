"""Red flags: the right warning signs, evidence from the original text, negations respected."""

from __future__ import annotations

import pytest

from scamdetect.signals.indicators import extract
from scamdetect.signals.redflags import RED_FLAGS, find_red_flags
from scamdetect.text import normalize


def flags(text: str) -> dict[str, object]:
    norm = normalize(text)
    found = find_red_flags(norm, extract(norm))
    for flag in found:
        assert text[flag.start:flag.end] == flag.evidence
        assert (flag.vi, flag.en) != ("", "")
    return {flag.id: flag for flag in found}


@pytest.mark.parametrize("text, expected", [
    ("Vietcombank: TK bi khoa, xac thuc tai vcb-xacthuc.top truoc 17h", {"lookalike_domain", "account_threat", "urgency"}),
    ("Nhan qua tai bit.ly/qua-tang ngay", {"shortened_link"}),
    ("Em gui lai giup chi ma OTP vua nhan nhe", {"otp_request"}),
    ("Chu tai app theo link roi chup 2 mat CCCD gui con", {"app_install", "credential_request"}),
    ("Cong an quan: ban lien quan vu an rua tien, giu bi mat, chuyen tien vao tai khoan tam giu",
     {"impersonates_authority", "legal_threat", "secrecy", "money_transfer_request"}),
    ("Loi nhuan 30% moi ngay, cam ket hoan von", {"too_good_to_be_true"}),
    ("No hu doi thuong, nap dau tang 88K", {"gambling"}),
    ("Ket ban zalo 0912345678 de nhan viec", {"off_platform_contact"}),
    ("Vay nhanh giai ngan trong ngay, dong phi ho so 500k truoc", {"upfront_fee"}),
    ("Nhan thuong ngay tai day. x7kq", {"random_tail"}),
    ("Tài khоản сủa bạn bị khóa", {"obfuscated_text"}),  # Cyrillic о and с
])
def test_expected_flags(text: str, expected: set[str]) -> None:
    assert expected <= set(flags(text))


def test_negated_requests_raise_no_flag() -> None:
    found = flags("Ma OTP la 123456. Tuyet doi khong cung cap ma OTP, khong chuyen tien, khong cai app la.")
    assert not {"otp_request", "money_transfer_request", "app_install"} & set(found)


def test_ordinary_message_has_no_flags() -> None:
    assert flags("Tối nay 7h cả nhà ăn lẩu ở nhà bà nội nhé") == {}
    assert flags("") == {}


def test_every_flag_id_has_both_languages() -> None:
    assert all(vi and en for vi, en in RED_FLAGS.values())


def test_every_flag_is_one_recognizer_with_its_texts_and_evidence() -> None:
    from scamdetect.signals.redflags import CONTEXT_FLAGS, RECOGNIZERS

    ids = [r.id for r in RECOGNIZERS]
    assert len(ids) == len(set(ids)) == len(RED_FLAGS) and ids == list(RED_FLAGS)
    assert all(r.languages == ("vi", "en") and all(r.texts.values()) for r in RECOGNIZERS)
    assert CONTEXT_FLAGS == {r.id for r in RECOGNIZERS if r.context}
    # each reads a pattern, an indicator, or (the last two) the salt tail and the original text's disguises
    assert [r.id for r in RECOGNIZERS if r.compiled is None and r.indicator is None] == ["random_tail",
                                                                                         "obfuscated_text"]


def test_one_negation_rule_cancels_requests_and_wording_flags_alike() -> None:
    said = normalize("Em cung cap ma OTP roi chuyen tien vao tai khoan an toan ngay")
    denied = normalize("Tuyet doi khong cung cap ma OTP va khong chuyen tien cho ai")
    assert [f.id for f in find_red_flags(said, extract(said))] == ["otp_request", "money_transfer_request"]
    assert find_red_flags(denied, extract(denied)) == () and extract(denied) == ()

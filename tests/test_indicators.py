"""Indicator extraction and look-alike detection."""

from __future__ import annotations

import random

import pytest

from scamdetect.signals import domains
from scamdetect.signals.domains import domain_info
from scamdetect.signals.indicators import extract, scan
from scamdetect.text import normalize


def kinds(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for ind in extract(normalize(text)):
        out.setdefault(ind.kind, []).append(ind)
    return out


@pytest.mark.parametrize("domain, imitates", [
    ("vcb-xacthuc.top", "vietcombank.com.vn"), ("i-vcb.cc", "vietcombank.com.vn"),
    ("shopee.vn-hotro.xyz", "shopee.vn"), ("vietcombamk.com", "vietcombank.com.vn"),
    ("sh0pee-vn.com", "shopee.vn"), ("vneid-gov.vn", "vneid.gov.vn"), ("evn-thanhtoan.online", "evn.com.vn"),
    ("vietcombank.com.vn", None), ("ebank.vietcombank.com.vn", None), ("vnexpress.net", None),
    ("google.com", None), ("bit.ly", None),
])
def test_lookalike_domains(domain: str, imitates: str | None) -> None:
    assert domain_info(domain).lookalike_of == imitates


def _imitated_by_scanning(domain: str) -> tuple[str, str] | None:
    """The look-alike rules of :func:`scamdetect.signals.domains._imitated` as plain scans over every token."""
    tokens = domains.registry()["_tokens"]
    suffix_len = len(domains.registered_domain(domain).split(".")) - 1
    labels = domain.split(".")[: len(domain.split(".")) - suffix_len]
    pieces = [part for label in labels for part in (label, *(p for p in label.split("-") if p))]
    flats = [piece.translate(domains._DIGIT_LETTERS) for piece in pieces]
    for piece, flat in zip(pieces, flats):
        for candidate in (piece, flat):
            if candidate in tokens:
                return tokens[candidate]
    for flat in flats:
        for token, hit in tokens.items():
            if len(token) >= 5 and token in flat:
                return hit
    for flat in flats:
        for token, hit in sorted(tokens.items(), key=lambda item: len(item[0])):
            limit = 1 if len(token) < 10 else 2
            if len(token) >= 6 and abs(len(token) - len(flat)) <= 2 and domains._edit_distance(flat, token, 2) <= limit:
                return hit
    return None


def test_lookalike_indexes_find_what_scanning_every_token_finds() -> None:
    """The indexes behind _imitated (tokens by their first letters, by their bigrams) are a shortcut: the
    first brand found must be the one a scan over every token finds, on brand names bent every way."""
    rng = random.Random(0)
    tokens = list(domains.registry()["_tokens"])
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-"

    def bend(word: str) -> str:
        letters = list(word)
        for _ in range(rng.randint(0, 3)):
            at, op = rng.randint(0, len(letters)), rng.randrange(4)
            if op == 0:
                letters.insert(at, rng.choice(alphabet))
            elif op == 1 and letters:
                del letters[min(at, len(letters) - 1)]
            elif op == 2 and letters:
                letters[min(at, len(letters) - 1)] = rng.choice(alphabet)
            else:
                letters.insert(at, rng.choice(tokens))
        return "".join(letters).strip("-") or "x"

    found = 0
    for _ in range(3000):
        labels = [bend(rng.choice(tokens)) if rng.random() < 0.8
                  else "".join(rng.choice(alphabet[:36]) for _ in range(rng.randint(1, 12)))
                  for _ in range(rng.randint(1, 3))]
        domain = ".".join(labels) + rng.choice([".com", ".vn", ".com.vn", ".top"])
        expected = _imitated_by_scanning(domain)
        assert domains._imitated(domain) == expected, domain
        found += expected is not None
    assert 1000 < found < 2900  # both outcomes are well represented


def test_official_and_shortener_flags() -> None:
    assert domain_info("dichvucong.gov.vn").official
    assert domain_info("bit.ly").shortener and not domain_info("bit.ly").official
    assert domain_info("abc.xyz").cheap_tld


def test_phone_formats_normalise_to_one_value() -> None:
    values = {ind.value for t in ["goi 0912345678", "goi 0912 345 678", "goi +84912345678", "goi 84 912.345.678"]
              for ind in kinds(t).get("phone", [])}
    assert values == {"+84912345678"}


def test_bank_account_with_bank_and_amount() -> None:
    found = kinds("Chuyển 15.000.000đ vào STK 0123456789 Vietcombank NGUYEN VAN A trước 17h hôm nay")
    assert found["bank_account"][0].value == "0123456789"
    assert found["bank_account"][0].details["bank"] == "Vietcombank"
    assert found["amount"][0].text == "15.000.000đ"
    assert found["deadline"][0].text == "trước 17h hôm nay"


def test_requests_are_found_but_negated_warnings_are_not() -> None:
    assert "otp_request" in kinds("Em oi gui lai giup chi cai ma OTP vua nhan duoc nhe")
    assert "otp_request" not in kinds("Ma OTP cua ban la 123456. Tuyet doi KHONG cung cap ma OTP cho bat ky ai.")
    assert "credential_request" in kinds("Ban chup 2 mat CCCD gui qua zalo cho em nhe")
    assert "app_install" in kinds("Anh tai app Bo Cong an theo link nay de xac minh")
    assert "app_install" not in kinds("Khong cai app la theo huong dan cua nguoi la")


def test_handles_and_ewallets() -> None:
    found = kinds("Lien he zalo.me/0987654321 hoac tele: @hotro88, MoMo 0912345678")
    assert {i.value for i in found["handle"]} == {"0987654321", "hotro88"}
    assert found["ewallet"][0].details["wallet"] == "MoMo"


def test_scan_entities_do_not_overlap() -> None:
    ents = scan("vao vcb-xacthuc.top/0912345678 va goi 0912345678, chuyen 5tr")
    assert [e.kind for e in ents] == ["url", "phone", "amount"]
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:]))


def test_emails_shorteners_and_group_links_are_not_mangled() -> None:
    found = kinds("Gui ho so ve tuyendung.abc@gmail.com, xem them t.ly/Ab12 va nhom zalo.me/g/xyzabc12")
    assert found["email"][0].value == "tuyendung.abc@gmail.com"
    url = found["url"][0]
    assert url.details["shortener"] and url.details["lookalike_of"] is None
    assert found["handle"][0].value == "xyzabc12"
    assert normalize("Gửi về abc@gmail.com").text == "Gửi về abc@gmail.com"
    assert normalize("nh@n qu@").text == "nhan qu@"


def test_value_only_extraction_skips_requests() -> None:
    norm = normalize("Gui ma OTP vao vcb-xacthuc.top truoc 17h, STK 0123456789 Vietcombank")
    everything = {i.kind for i in extract(norm)}
    values = {i.kind for i in extract(norm, requests=False)}
    assert {"otp_request", "deadline"} <= everything
    assert values == everything - {"otp_request", "credential_request", "app_install", "deadline"}

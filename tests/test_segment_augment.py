"""Word segmentation (lazy, light) and the augmentation functions."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from scamdetect.signals.domains import domain_info
from scamdetect.text import augment, normalize, strip_diacritics


def test_segmentation_joins_syllables_of_one_word() -> None:
    pytest.importorskip("underthesea")
    from scamdetect.backends.transformer.segment import segment, segment_words

    assert segment("Tài khoản của quý khách đã bị khóa") == "Tài_khoản của quý_khách đã bị khóa"
    assert "tài khoản" in [w.lower() for w in segment_words("tài khoản ngân hàng")]
    assert segment("   ") == ""


def test_segmentation_does_not_import_heavy_packages() -> None:
    pytest.importorskip("underthesea")
    code = ("import sys; from scamdetect.backends.transformer.segment import segment; segment('xin chào các bạn'); "
            "print(sorted(m for m in ('torch', 'transformers', 'underthesea') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_augmentations_are_deterministic_and_undone_by_normalisation() -> None:
    text = "Tài khoản của quý khách đã bị khóa vui lòng xác thực ngay"
    assert augment.obfuscate(text, random.Random(3)) == augment.obfuscate(text, random.Random(3))
    salted = augment.add_salt_tail(text, random.Random(1))
    assert salted.startswith(text) and normalize(salted).salt_tail == salted[len(text):].strip()
    assert augment.PERTURBATIONS["no_diacritics"](text, random.Random(0)) == strip_diacritics(text)
    short = augment.truncate(text, random.Random(0), keep=0.5)
    assert text.startswith(short) and len(short.split()) == len(text.split()) // 2
    assert augment.change_case(text, random.Random(0)) in (text.upper(), text.lower(), text.title())
    mixed = augment.mix_diacritics(text, random.Random(0))
    assert strip_diacritics(mixed) == strip_diacritics(text) and mixed != text


def test_obfuscation_is_mostly_reversed_by_normalize() -> None:
    rng = random.Random(7)
    text = "Vui lòng truy cập đường dẫn để nhận thưởng"
    recovered = sum(strip_diacritics(normalize(augment.obfuscate(text, rng)).text).lower().replace(" ", "")
                    == strip_diacritics(text).lower().replace(" ", "") for _ in range(50))
    assert recovered >= 30


def test_punycode_lookalike_is_detected() -> None:
    disguised = "vietcombаnk.com.vn".encode("idna").decode("ascii")  # Cyrillic а
    assert disguised.startswith("xn--")
    info = domain_info(disguised)
    assert info.lookalike_of == "vietcombank.com.vn" and not info.official

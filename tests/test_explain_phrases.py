"""Readable explanation spans (scamdetect.signals.explain_phrases): whole words, phrases, once each, the strongest few."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scamdetect
from scamdetect import Span
from scamdetect.signals.explain_phrases import DEFAULT_LIMIT, MAX_PHRASE_WORDS, inside_word, readable_spans


def syllables(text: str, weights: list[float]) -> list[tuple[int, int, float]]:
    """One raw span per word of ``text`` (letters and digits), as the linear backend gives them."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    assert len(words) == len(weights)
    return [(start, end, weight) for (start, end), weight in zip(words, weights)]


def texts_of(spans) -> list[str]:
    return [s.text for s in spans]


def test_cong_an_is_one_phrase_not_two_syllables() -> None:
    text = "Công an thông báo"
    spans = readable_spans(text, syllables(text, [0.9, 1.8, 0.05, -0.1]))
    assert [(s.start, s.end, s.text) for s in spans] == [(0, 7, "Công an"), (8, 13, "thông"), (14, 17, "báo")]
    assert spans[0].weight == pytest.approx(2.7)


def test_tai_khoan_tam_giu_is_one_phrase() -> None:
    text = "Chuyển tiền vào tài khoản tạm giữ của cơ quan điều tra"
    weights = [-0.9, 0.05, 0.02, 0.7, 0.8, 0.9, 0.6, 0.01, 0.03, 0.04, 1.5, 1.1]
    spans = readable_spans(text, syllables(text, weights))
    by_text = {s.text: s for s in spans}
    assert "tài khoản tạm giữ" in by_text and "điều tra" in by_text
    phrase = by_text["tài khoản tạm giữ"]
    assert (phrase.start, phrase.end) == (16, 33) and text[16:33] == "tài khoản tạm giữ"
    assert phrase.weight == pytest.approx(3.0)
    assert by_text["Chuyển"].weight == pytest.approx(-0.9)  # pushes the other way: on its own
    assert not {"tạm", "giữ", "tài", "khoản", "điều", "tra"} & set(by_text)


def test_spans_are_widened_to_whole_words() -> None:
    text = "TK cua ban bi kh0a, xac thuc tai vcb-xacthuc.top"
    # pieces of words, as a de-obfuscating normaliser may map them back: "h0", "cthu", "xac"
    raw = [(15, 17, 1.0), (38, 42, 0.8), (20, 22, -0.3)]
    spans = readable_spans(text, raw)
    assert texts_of(spans) == ["kh0a", "xac", "xacthuc"]
    for span in spans:
        assert text[span.start:span.end] == span.text


def test_decomposed_accents_and_zero_width_characters_stay_inside_their_word() -> None:
    text = unicodedata.normalize("NFD", "Công an") + " kh\u200boa"
    cut = text.index("o") + 1  # between "o" and its combining circumflex
    spans = readable_spans(text, [(0, cut, 1.0), (len(text) - 2, len(text), 0.5)])
    first, second = spans
    assert first.text == unicodedata.normalize("NFD", "Công") and first.start == 0
    assert second.text == "kh\u200boa"


def test_numbers_keep_their_grouping_separators() -> None:
    text = "nop phi 5.000.000đ, hoac 1,5 trieu."
    spans = readable_spans(text, [(10, 13, 1.0), (27, 28, 0.5)])
    assert texts_of(spans) == ["5.000.000đ", "1,5"]


def test_phrases_stop_at_punctuation_and_line_breaks_and_opposite_signs() -> None:
    text = "Công an. Tài khoản\ntạm giữ"
    spans = readable_spans(text, syllables(text, [1.0, 1.0, 1.0, 1.0, 1.0, -1.0]))
    assert texts_of(spans) == ["Công an", "Tài khoản", "tạm", "giữ"]
    assert [s.weight for s in spans] == [pytest.approx(2.0), pytest.approx(2.0), 1.0, -1.0]


def test_faint_neighbours_are_not_glued_into_the_phrase() -> None:
    text = "a b công an c d"
    spans = readable_spans(text, syllables(text, [0.01, 0.02, 1.0, 1.0, 0.03, 0.01]))
    assert "công an" in texts_of(spans) and "a b công an" not in texts_of(spans)


def test_a_strong_syllable_alone_takes_its_faint_neighbour() -> None:
    # the model put its weight on "an"; "Công" pushes the same way, faintly: the reader sees "Công an"
    text = "Công an TP thông báo"
    spans = readable_spans(text, syllables(text, [0.13, 1.18, 0.05, 0.28, -0.24]))
    assert texts_of(spans) == ["Công an", "TP", "thông", "báo"]
    assert spans[0].weight == pytest.approx(1.31)


def test_a_faint_word_between_two_strong_ones_is_left_alone() -> None:
    # "tài" could belong to "vào" or to "khoản": no guess
    text = "chuyển tiền vào tài khoản"
    spans = readable_spans(text, syllables(text, [-2.0, 0.26, -0.54, -0.2, -0.51]))
    assert texts_of(spans) == ["chuyển", "tiền", "vào", "tài", "khoản"]


def test_negligible_or_opposite_neighbours_are_no_partners() -> None:
    text = "Công an TP"
    assert texts_of(readable_spans(text, syllables(text, [0.01, 1.0, -0.3]))) == ["Công", "an", "TP"]


def test_a_long_run_is_cut_around_its_weakest_word() -> None:
    text = "nop phi 500k de nhan qua"
    spans = readable_spans(text, syllables(text, [0.83, 1.21, 0.79, 1.53, 2.93, 1.8]))
    assert texts_of(spans) == ["nop phi", "500k", "de nhan qua"]


def test_a_hostile_run_of_one_strong_word_stays_cheap_and_bounded() -> None:
    text = " ".join(["lừa"] * 1000)
    spans = readable_spans(text, syllables(text, [1.0] * 1000), limit=100)
    assert all(len(s.text.split()) <= MAX_PHRASE_WORDS for s in spans)
    assert len(spans) <= 2  # "lừa lừa lừa lừa lừa" and perhaps a shorter rest, each listed once


def test_a_phrase_holds_at_most_max_phrase_words() -> None:
    text = " ".join(["chuyen"] * 3 + ["tien"] * 4 + ["ngay"] * 5)
    spans = readable_spans(text, syllables(text, [1.0] * 12), limit=20)
    assert all(len(s.text.split()) <= MAX_PHRASE_WORDS for s in spans)
    assert sum(len(s.text.split()) for s in spans) <= 12


def test_the_same_surface_text_is_listed_once_with_all_its_weight() -> None:
    text = "Nhập mã OTP ngay. Gửi OTP cho chúng tôi. otp"
    raw = [(8, 11, 0.5), (22, 25, 0.9), (41, 44, 0.2), (12, 16, -0.1)]
    spans = readable_spans(text, raw)
    otp = [s for s in spans if s.text.casefold() == "otp"]
    assert len(otp) == 1
    assert (otp[0].start, otp[0].end) == (22, 25)  # where it pulls hardest
    assert otp[0].weight == pytest.approx(1.6)


def test_overlapping_spans_become_one_with_their_weights_added() -> None:
    text = "Vietcombank thong bao"
    spans = readable_spans(text, [(0, 4, 0.5), (4, 11, 0.25), (2, 8, 0.25)])
    assert [(s.start, s.end, s.text, s.weight) for s in spans] == [(0, 11, "Vietcombank", 1.0)]


def test_at_most_the_strongest_few_in_text_order() -> None:
    text = " . ".join(f"w{k}" for k in range(20))
    raw = syllables(text.replace(" . ", "   "), [k * (-1) ** k for k in range(20)])
    spans = readable_spans(text, raw)
    assert len(spans) == DEFAULT_LIMIT
    assert sorted(abs(s.weight) for s in spans) == list(range(12, 20))
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert readable_spans(text, raw, limit=3) == tuple(s for s in spans if abs(s.weight) >= 17)
    assert readable_spans(text, raw, limit=0) == ()


def test_span_objects_whitespace_and_empty_input() -> None:
    text = "  ma OTP  "
    spans = readable_spans(text, [Span(1, 9, text[1:9], 0.7)])
    assert [(s.start, s.end, s.text) for s in spans] == [(2, 8, "ma OTP")]
    assert readable_spans(text, []) == ()
    assert readable_spans(text, [(0, 2, 1.0)]) == ()  # only whitespace
    assert readable_spans(text, [(2, 4, 0.0), (5, 8, float("nan"))]) == ()  # no evidence


# -------------------------------------------------------------------- properties

ALPHABET = st.sampled_from(list("abcdeươđâêôăáàảãạếềểễệ0123456789 .,:;!?-/()\n\t") + ["\u0301", "\u200b", "Đ", "🙂"])


@st.composite
def text_and_spans(draw):
    text = draw(st.text(ALPHABET, min_size=1, max_size=80))
    raw = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)),
                                  st.floats(-5, 5, allow_nan=False)), max_size=30))
    return text, [(min(a, b), max(a, b), w) for a, b, w in raw]


@settings(max_examples=400, deadline=None)
@given(text_and_spans(), st.integers(1, 12))
def test_spans_are_exact_disjoint_whole_words_once_each(case, limit) -> None:
    text, raw = case
    spans = readable_spans(text, raw, limit=limit)
    assert len(spans) <= limit
    previous_end = 0
    keys = set()
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert not span.text[0].isspace() and not span.text[-1].isspace()
        assert not inside_word(text, span.start) and not inside_word(text, span.end)
        # independently of inside_word: never between two letters or digits
        assert not (span.start > 0 and text[span.start - 1].isalnum() and text[span.start].isalnum())
        assert not (span.end < len(text) and text[span.end - 1].isalnum() and text[span.end].isalnum())
        assert span.start >= previous_end  # sorted and disjoint
        previous_end = span.end
        # no invented text: each span covers some raw evidence
        assert any(s < span.end and e > span.start and s < e for s, e, _ in raw)
        key = " ".join(span.text.casefold().split())
        assert key not in keys
        keys.add(key)
        assert span.weight != 0.0


@settings(max_examples=100, deadline=None)
@given(text_and_spans())
def test_without_a_limit_no_weight_is_lost_or_invented(case) -> None:
    text, raw = case
    spans = readable_spans(text, raw, limit=10_000, digits=12)
    kept = sum(w for s, e, w in raw if text[s:e].strip())
    assert sum(s.weight for s in spans) == pytest.approx(kept, abs=1e-6)


# -------------------------------------------------------------------- in the classifier

def test_classifier_explanations_name_whole_phrases() -> None:
    text = ("Công an thông báo: tài khoản của anh đang bị tạm giữ để phục vụ điều tra. "
            "Anh chuyển tiền vào tài khoản tạm giữ 0123456789 của Bộ Công an ngay.")
    p = scamdetect.classify(text)
    spans = p.explanation.spans
    assert p.label == "fake_authority"
    assert 0 < len(spans) <= 8
    for span in spans:
        assert text[span.start:span.end] == span.text
        assert not inside_word(text, span.start) and not inside_word(text, span.end)
    assert any("Công an" in s.text for s in spans)
    assert "an" not in texts_of(spans) and "Công" not in texts_of(spans)
    keys = [" ".join(s.text.casefold().split()) for s in spans]
    assert len(keys) == len(set(keys))
    # the summary names the strongest phrases, in quotes
    strongest = max((s for s in spans if s.weight > 0), key=lambda s: s.weight)
    assert f"“{strongest.text}”" in p.explanation.summary

"""The scoring fast path must see exactly the features the explanation path sees."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scamdetect
from scamdetect.backends.linear.features import analyze, format_features, tokens, units
from scamdetect.text import normalize
from training.data import load_corpus


@lru_cache(maxsize=1)
def _backend():
    return scamdetect.load_model().backend


def _slow_columns(backend, text: str) -> Counter:
    norm = normalize(text[: backend.max_chars])
    features = analyze(norm.text, norm.salt_tail, norm.original)
    return Counter(backend.vocab[f] for f, _, _ in features if f in backend.vocab)


def test_fast_columns_equal_explained_columns_on_the_corpus() -> None:
    backend = scamdetect.load_model().backend
    rows = random.Random(1).sample(load_corpus(), 600)
    for row in rows:
        assert Counter(backend._columns(row["text"])) == _slow_columns(backend, row["text"]), row["text"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcđêôơư àáạ0123456789.,:/@-_kKtTvVnN\n")), max_size=120))
def test_units_follow_tokens(text: str) -> None:
    assert units(text) == [token[3] for token in tokens(text)]


def test_entities_become_placeholders_and_url_facts() -> None:
    feats = {f for f, _, _ in analyze("Nhan 500k tai vcb-xacthuc.top hoac goi 0912345678")}
    assert {"__amount__", "__url__", "__lookalike__", "__cheap_tld__", "__phone__"} <= feats
    assert "b:tai __url__" in feats
    assert not any("0912345678" in f for f in feats)


def test_words_are_seen_with_and_without_diacritics() -> None:
    feats = {f for f, _, _ in analyze("Tài khoản")}
    assert {"w:tài", "f:tai", "w:khoản", "f:khoan", "b:tai khoan", "c: ta", "c:oan "} <= feats


@pytest.mark.parametrize(("text", "expected"), [
    ("[QC] Viettel tang 20% gia tri the nap hom nay. Tu choi QC soan TC gui 199",
     {"__brand_tag__", "__short_code__"}),
    ("(TB) Quý khách có hóa đơn tiền điện tháng 11", {"__brand_tag__"}),
    ("Soan DK ST90 gui 191 de nhan 3GB/ngay", {"__short_code__"}),
    ("Để từ chối nhận tin, soạn TC gửi 1777", {"__short_code__"}),
    ("HUY soan HUY gui 9123 de ngung dich vu", {"__short_code__"}),
    # everyday talk with the same words is not brandname format
    ("Nhắn tin cho mình gửi 200 cái nhé", set()),
    ("dung tin no, no lua day", set()),
    ("tb cho ca nha biet toi nay hop lop", set()),
    # a phone number typed digit by digit is disguise; OTPs, amounts and grouped numbers are not
    ("Vay nhanh trong 1h. LH 0 9 4 8 . 3 1 5 . 2 0 6", {"__spaced_digits__"}),
    ("z a l o: 0.3.6.9.1.1.4.5.7.2 nha", {"__spaced_digits__"}),
    ("Ma OTP cua ban la 1 2 3 4 5 6", set()),
    ("Chuyen 1.000.000.000d cho so 0948 315 206 nhe", set()),
])
def test_written_form_is_read_on_the_text_as_written(text: str, expected: set[str]) -> None:
    assert set(format_features(text)) == expected
    feats = {f for f, start, end in analyze(text) if start == end == 0}
    assert feats & {"__brand_tag__", "__short_code__", "__spaced_digits__"} == expected
    # the normalised text may differ from what was written; the format is read on the latter
    assert set(format_features(text)) <= {f for f, _, _ in analyze(text.lower(), None, text)}


# pieces that trip every step which may look across a space: spaced letters, defanged dots, numbers
# split by spaces, amounts with their unit apart, handles after a platform name, salt tails, leet
_PIECES = ["a", "b", "s", "h", "o", "p", "e", "Đ", "ô", "x7kq", "k9xq2", "0912", "345", "678", "84", "+84", "1900",
           "500.000", "5", "2,5", "k", "đ", "d", "triệu", "tr", "usd", "$", "dot", "chấm", "(.)", "(", ")", ".", "[.]",
           "]", "com", "vn", "Co", "me", "shopee", "abc", "vcb-xacthuc", "bit.ly/x", "hxxps", "[:]//x.top", "://",
           "zalo", "Telegram", "@abc_d", ":", "：", "kh0a", "t!en", "7hu0ng", "5ao.k3", "|uon", "$hopee", "hoà", "thuý", "V.N.e.I.D", "c.o.m",
           "ngay.", "tài", "khoản", "ngay!", "\n", "x@y.vn", "1234567", "19/08.", "16:40", "İ", "ｂ", "а",
           "a.b.c.", "abc(.)com.", "com1x", "ngay.x7kq", "shopee.", ")", "chấm.", "2tr5", "hxxp://", "…", "650k",
           "2.345.000d.", "8.760.000đ", "VND,", "(30-60)", "13h", "h!", "k.h.a.c.h", "l-u-a-n", "yne3", "cfd", "0912.345.678", "1900.1234", "84.91", "02:48", "17/09/2025.",
           # words with capitals, whose lower case may differ in length or form (chunk_table._add_word)
           "HOÀ", "Hoà", "Khoản", "KHOẢN,", "TRIỆU", "Com", "DOT", "Chấm", "THUÝ", "ǅ", "\u212a", "ΟΣ", "İstanbul",
           # brandname format, read on the text as written (features.format_features)
           "[QC]", "(TB)", "QC", "Tu choi", "từ chối", "soan", "TC", "gui", "gửi", "199", "DK ST90", "nhận", "tin",
           "0 9 4 8", "3 1 5 . 2", "0", "9", "-", "_",
           # marks around a word, signed amounts and numbers glued by spaces (chunk_table._add)
           '"Lớp', 'sự):', "(Ngọc", "*4472", '15.000d"', "1.500.000d:", "+45.600.000VND", "-4.592.000", "08/01",
           "09:40.", '"d', "vib.com.vn.", "(0935xxx410)", "'abc.top'", "+", "(TB)", '"s', "*$A", "($hopee", "A$)",
           "4D?", "@abc.", "http://vn’", "(@abc_d)"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from([" ", " ", " ", "", "  ", "\n"]),
                                                                  min_size=14, max_size=14))
def test_chunked_columns_equal_whole_text_columns(pieces: list[str], gaps: list[str]) -> None:
    backend = _backend()
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps))
    assert Counter(backend._columns(text)) == Counter(backend._whole_text_columns(text)), repr(text)


@pytest.mark.parametrize("text", [
    "Dang ky tai abc . vn/dk X7KQ",     # a tail only once the link is undisguised: whole-text path
    "Dang ky tai abc . vn/dk x7kq",     # a tail either way
    "Vao s h o p e e ngay. k9xq2",      # a disguised word and a tail
    "Nhan 500.000 đ tai abc [.] com",   # glued amount and defanged link, no tail
    "Binh l-u-a-n hoac inbox nha.\nyne3",  # a tail after a line break, a disguised word before it
    "Vao trang abc . cfd ngay x7kq",    # a defanged link just before a tail
    # a disguised word well before a tail: the chunk path keeps the text (see ChunkTable._batch)
    "Vao s h o p e e de nhan qua tang ngay x7kq",
    "Ban k.h.a.c.h oi, nhan qua tai day. x7kq",
    "k-h-o-a tai khoan cua ban ngay\nx7kq",
    "Dang ky tai abc . vn/dk ngay hom nay x7kq",
    "Dang ky ngay tai day abc . vn/dk x7kq",      # the disguise is the last word before the tail
    "Dang ky ngay tai day nhe abc . vn/dk",       # and no tail until it is undisguised? none here
    "Nhan qua tai day ngay ha abc . vn/dk X7KQ",  # a tail only once the link is undisguised
    "s h o p e e x7kq",                           # too few words before the tail
    "Vao s h o p e e lam x7kq",
    "a a x7kq c.o.mcfd ",                         # a tail glued to a split word that undisguising rejoins
    "Nhan qua ngay tai s.h.o.p.e.e.x7kq",
])
def test_disguised_texts_near_a_salt_tail(text: str) -> None:
    backend = _backend()
    assert Counter(backend._columns(text)) == Counter(backend._whole_text_columns(text))


@pytest.mark.parametrize("text", ["hxxps [:]//x.top ", "vao hxxp [:]//abc.vn/dk ngay", "Lan [:] chi"])
def test_a_defanged_scheme_with_its_colon_apart_is_read_as_a_whole(text: str) -> None:
    # the colon's bracket must join the word before it, as the whole-text rule reads "hxxps [:]//"
    backend = _backend()
    assert Counter(backend._columns(text)) == Counter(backend._whole_text_columns(text))


_PIECED_TEXTS = st.builds(lambda pieces, gaps: "".join(p + g for p, g in zip(pieces, gaps)),
                          st.lists(st.sampled_from(_PIECES), max_size=10),
                          st.lists(st.sampled_from([" ", " ", "", "\n"]), min_size=10, max_size=10))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECED_TEXTS, st.text(max_size=30)), min_size=1, max_size=6))
def test_a_batch_gives_each_text_the_columns_it_has_alone(texts: list[str]) -> None:
    # a batch is split and glued as one sequence of chunks: nothing may leak between its texts
    backend = _backend()
    rows, columns = backend._chunks.occurrences(texts)
    for row, text in enumerate(texts):
        assert Counter(columns[rows == row].tolist()) == Counter(backend._whole_text_columns(text)), (row, texts)


@pytest.mark.parametrize(("texts", "expected"), [
    (["LH 0 9 4 8", "3 1 5 . 2 0 6 7 8"], []),              # nine spaced digits only across the two texts
    (["0 9 4 8 . 3 1 5 . 2 0 6", "goi 0 9"], [0]),           # in the first text alone
    (["x", "a 1 2 3 4", "5 6 7 8 9 0 1 2 3", "z a l o: 0.3.6.9.1.1.4.5.7.2"], [2, 3]),
])
def test_a_batch_finds_spaced_digits_in_each_text_alone(texts: list[str], expected: list[int]) -> None:
    # hint-less written-form patterns are searched once over the joined batch: a match must not span two texts
    backend = _backend()
    column = backend.vocab["__spaced_digits__"]
    rows, columns = backend._chunks.occurrences(texts)
    flagged = sorted(set(rows[columns == column].tolist()))
    assert flagged == [k for k, text in enumerate(texts) if "__spaced_digits__" in format_features(text)]
    assert flagged == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_chunked_columns_equal_whole_text_columns_on_any_text(text: str) -> None:
    backend = _backend()
    assert Counter(backend._columns(text)) == Counter(backend._whole_text_columns(text))


TRAILING_MARKS = [",", ".", "!", "?", ";", ":", "…", "...", ".,", "!?", ":.", ")", "):", '"', '":', "*", "”", "'"]
OPENING_MARKS = ["(", '"', "“", "*", "'", "(\"", "**"]


def test_the_edges_of_a_word_are_those_of_the_general_rule() -> None:
    from scamdetect.backends.linear.chunks import _edges, unwrap, word_edges, wrapped_edges
    from scamdetect.text import finish

    words = {w for row in load_corpus() for w in row["text"].split() if w.isalpha()}
    words |= {"dot", "DOT", "chấm", "Chấm", "com", "Com", "vn", "k", "K", "\u212a", "tr", "đồng", "Đồng", "d", "đ", "ſ",
              "ı", "İ", "a", "Ô", "usdt", "nghìn", "hoà", "HOÀ", "cdot", "tdot", "cham", "vnd", "vnđ", "ty", "tỷ"}
    assert len(words) > 5000
    for word in words:
        text = finish(word)
        assert word_edges(word, text) == _edges(word, word, text), word
        core_left, core_right = _edges(word, word, text)
        for opening in ["", *OPENING_MARKS]:
            for closing in ["", *TRAILING_MARKS]:
                raw = opening + word + closing
                if raw == word:
                    continue
                parts = unwrap(raw)
                if parts is None:  # "15.000d:" is no amount, "15.000d" is
                    assert word[-1] in "dD" and closing[0] not in ".,;!)", raw
                    continue
                assert parts == (opening, word, closing), raw
                # '"khoản,' takes the left edge of "khoản" (bar a lone letter's) where no mark opens it, which may
                # join more neighbours than its own ("d" may start an amount, "d?" not): joining more is exact,
                # joining less is not
                left, right = wrapped_edges(opening, word, closing, core_left, core_right)
                own_left, own_right = _edges(raw, raw, finish(raw))
                assert own_left & ~left == 0 and own_right & ~right == 0, raw
                if closing:  # a closing mark's right edge is exact
                    assert right == own_right, raw


def test_a_wrapped_or_numeric_chunk_has_the_record_of_its_own_preparation() -> None:
    # the records of '"Lớp', "sự):" and "+45.600.000VND", taken from "Lớp" and "+00.000.000VND", against
    # each chunk prepared from scratch, for the chunks of a sample of the corpus
    from scamdetect.backends.linear import chunk_table as ct
    from scamdetect.backends.linear.chunks import number_shape, unwrap

    model = scamdetect.load_model(pipeline=False)
    fast, slow = model.backend._chunks, scamdetect.load_model().backend._chunks
    fast.forget_prepared()
    slow.forget_prepared()
    raws: set[str] = set()
    add = ct.ChunkTable._add

    def spy(table: ct.ChunkTable, raw: str) -> int:
        raws.add(raw)
        return add(table, raw)

    texts = [row["text"] for row in random.Random(3).sample(load_corpus(), 6000)]
    texts += ['"Lớp 3-5": họp', "(Ngọc) nói):", "15.000d: phí", "1.500.000d: tổng", 'Giá 15.000d" nhé',
              "+45.600.000VND", "-4.592.000VND,", "+2.700.000 VND", "08/01 09:40.", "+84 912 345 678", "vib.com.vn.", "*$A ($hopee) A$)",
              "4D? 7d: @abc. http://vn’ (@abc_d)"]
    ct.ChunkTable._add = spy
    try:
        model.classify(texts, explain=False)
    finally:
        ct.ChunkTable._add = add
    fields = ct._FIELDS
    derived = 0
    for raw in sorted(raws):
        a = fast._ids.get(raw) or fast._add(raw)
        b = slow._ids.get(raw) or slow._add_chunk(raw)
        mine = fast._meta[a * fields:(a + 1) * fields].tolist()  # array slices copy: the stores may grow
        own = slow._meta[b * fields:(b + 1) * fields].tolist()
        derived += unwrap(raw) is not None or number_shape(raw) is not None
        assert (sorted(fast._columns[mine[0]:mine[0] + mine[1]])
                == sorted(slow._columns[own[0]:own[0] + own[1]])), raw
        edges = (ct._LEFT, ct._RIGHT)
        assert [v for k, v in enumerate(mine) if k > ct._COUNT and k not in edges] == \
               [v for k, v in enumerate(own) if k > ct._COUNT and k not in edges], raw
        assert own[ct._LEFT] & ~mine[ct._LEFT] == 0 and own[ct._RIGHT] & ~mine[ct._RIGHT] == 0, raw
    assert len(raws) > 5000 and derived > 500


def test_chunk_edge_guards_cover_every_character_a_pattern_could_start_with() -> None:
    from scamdetect.backends.linear.chunks import _DOT_WORD, _TLD_INITIALS, _UNIT_INITIALS
    from scamdetect.signals.indicators import UNIT_START
    from scamdetect.text import TLD_START, TLDS

    tlds = TLDS.split("|")
    units_ = ["vnđ", "vnd", "đồng", "dong", "đ", "d ", "k", "nghìn", "ngan", "tr", "triệu", "tỷ", "tỉ", "ty", "usd", "$"]
    # a pattern can only start on a character that equals one of its first letters, ignoring case
    starters = re.compile(r"[a-zđ$]", re.IGNORECASE)
    candidates = [chr(code) for code in range(0x30000) if starters.fullmatch(chr(code))]
    assert "K" in candidates and len(candidates) < 100  # the Kelvin sign: the search reaches such twins
    for c in candidates:
        if c not in _TLD_INITIALS:
            assert not any(TLD_START.match(c + t[1:] + " ") for t in tlds), repr(c)
        if c not in _UNIT_INITIALS:
            assert not any(UNIT_START.match(c + u[1:]) for u in units_), repr(c)
        if c not in "dDcC":
            assert not any(_DOT_WORD.match(c + w[1:]) for w in ("dot", "chấm")), repr(c)
        if c not in "tTmM":
            assert not any(_DOT_WORD.fullmatch(w[:-1] + c) for w in ("dot", "chấm")), repr(c)

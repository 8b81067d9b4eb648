"""The scoring fast path must see exactly the features the explanation path sees."""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import scamdetect
from scamdetect.features import analyze, tokens, units
from scamdetect.normalize import normalize
from training.data import load_corpus


def _slow_columns(backend, text: str) -> Counter:
    norm = normalize(text[: backend.max_chars])
    return Counter(backend.vocab[f] for f, _, _ in analyze(norm.text, norm.salt_tail) if f in backend.vocab)


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

"""One rule for every cache of the library: bounded in entries *and* in the length of their keys.

A text written by a scammer can be megabytes long or one endless token; an entry-count limit alone would then
hold gigabytes (a 5,000-character token has a megabyte of character n-grams). Keys longer than ``max_len``
are computed every time and never stored, so a cache holds at most ``maxsize * max_len`` characters of keys
plus values of the same order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

__all__ = ["bounded_cache"]

T = TypeVar("T")


def bounded_cache(maxsize: int, max_len: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """An ``lru_cache(maxsize)`` for a function of one ``str`` that skips keys longer than ``max_len``.

    >>> @bounded_cache(maxsize=2, max_len=3)
    ... def shout(text: str) -> str:
    ...     return text.upper()
    >>> shout("abc"), shout("abcdef"), shout.cache_info().currsize
    ('ABC', 'ABCDEF', 1)
    """

    def decorate(function: Callable[[str], T]) -> Callable[[str], T]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(key: str) -> T:
            return cached(key) if len(key) <= max_len else function(key)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_parameters = cached.cache_parameters  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return decorate

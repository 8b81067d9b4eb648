"""Vietnamese word segmentation for PhoBERT-style input (``tài_khoản``).

underthesea's CRF segmenter is accurate, but ``import underthesea`` pulls in
torch and transformers (about 2 s). We load only its word-tokenize submodules,
lazily, on first use, so that importing scamdetect stays light.

Example:
    >>> segment("Tài khoản của quý khách đã bị khóa")  # doctest: +SKIP
    'Tài_khoản của quý_khách đã bị khóa'
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Callable

__all__ = ["segment", "segment_words"]

_lock = threading.Lock()
_tokenizer: Callable[..., list[str]] | None = None


def _load() -> Callable[..., list[str]]:
    global _tokenizer
    with _lock:
        if _tokenizer is not None:
            return _tokenizer
        if "underthesea" in sys.modules:  # the user imported it already: use it as it is
            from underthesea.pipeline.word_tokenize import word_tokenize
        else:
            spec = importlib.util.find_spec("underthesea")
            if spec is None or not spec.submodule_search_locations:
                raise ImportError("word segmentation (PhoBERT-style models) needs underthesea, in the transformer extra: "
                              "pip install 'scamdetect[transformer]'")
            # A bare package object lets us import the submodule without running the package's
            # __init__ (which imports transformers); we take the stub out again afterwards so a
            # later `import underthesea` by the user still gets the real package.
            stub = types.ModuleType("underthesea")
            stub.__path__ = list(spec.submodule_search_locations)
            sys.modules["underthesea"] = stub
            try:
                # the same order as underthesea's own __init__, which avoids its import cycle
                importlib.import_module("underthesea.pipeline.text_normalize")
                module = importlib.import_module("underthesea.pipeline.word_tokenize")
                word_tokenize = module.word_tokenize
                word_tokenize("xin chào")  # loads the CRF model while the stub stands in
            finally:
                if sys.modules.get("underthesea") is stub:
                    del sys.modules["underthesea"]
        _tokenizer = word_tokenize
        return word_tokenize


def segment_words(text: str) -> list[str]:
    """Words of ``text``; a multi-syllable word keeps its inner spaces (``"tài khoản"``)."""
    if not text.strip():
        return []
    return list(_load()(text))


def segment(text: str) -> str:
    """``text`` with syllables of one word joined by ``_``, as PhoBERT was pre-trained."""
    return " ".join(word.replace(" ", "_") for word in segment_words(text))

"""The linear model's vocabulary holds word pairs as integer codes: it must map every feature as a plain dict
of the feature list would, and refuse a list that is not a vocabulary."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import scamdetect
from scamdetect.backends.linear.vocabulary import Vocabulary
from scamdetect.classifier import DEFAULT_MODEL_DIR
from scamdetect.model_dir import write_manifest


def _features() -> list[str]:
    return json.loads((DEFAULT_MODEL_DIR / "vocab.json").read_text(encoding="utf-8"))["features"]


def test_the_shipped_vocabulary_maps_every_feature_to_its_column() -> None:
    features = _features()
    vocab = Vocabulary(features)
    assert len(vocab) == len(features)
    pairs = [f for f in features if f.startswith("b:")]
    assert len(pairs) > len(features) / 2  # what the codes are for
    wrong = [(f, k, vocab.get(f)) for k, f in enumerate(features) if vocab.get(f) != k]
    assert not wrong[:5]
    # pairs of known keys that are not features, and strings that are no feature at all
    plain = set(features)
    first, second = pairs[0][2:].split(" ", 1)
    absent = [f for f in (f"b:{second} {first}", f"b:{first} {first}", "b:", "b:zzqx", "w:zzqxw", "") if f not in plain]
    assert len(absent) >= 4
    assert [vocab.get(f, -1) for f in absent] == [-1] * len(absent)
    assert not any(f in vocab for f in absent) and pairs[0] in vocab


def test_a_run_of_keys_gives_the_columns_of_its_pairs_in_order() -> None:
    vocab = Vocabulary(["w:a", "b:a b", "b:b c", "w:c", "b:c a"])
    assert vocab.pair_columns(["a", "b", "c", "a", "x", "a"]) == [1, 2, 4]
    assert vocab.pair_columns(["c"]) == [] and vocab.pair_columns([]) == []
    with pytest.raises(KeyError):
        vocab["b:b a"]


@pytest.mark.parametrize("features", [["w:a", "w:a"], ["b:a b", "w:x", "b:a b"]])
def test_a_repeated_feature_is_refused(features: list[str]) -> None:
    with pytest.raises(ValueError, match="repeated"):
        Vocabulary(features)


def test_a_model_whose_vocabulary_repeats_a_feature_is_refused_with_the_file_named(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    path = copy / "vocab.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    pair = next(k for k, f in enumerate(data["features"]) if f.startswith("b:"))
    data["features"][pair + 1] = data["features"][pair]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    write_manifest(copy, manifest, manifest["files"])  # a consistent folder, so only the vocabulary is wrong
    with pytest.raises(scamdetect.ModelError, match="vocab.json.*repeated"):
        scamdetect.load_model(copy)

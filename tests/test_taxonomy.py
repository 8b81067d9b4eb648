"""The package's taxonomy must match its spec, shipped in the repository (scamdetect/resources/taxonomy.yaml, a
copy of the project's shared taxonomy): ids are stable API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scamdetect.taxonomy import IS_SCAM, LABELS, NAME_EN, NAME_VI, SCAM_LABELS, is_scam

SPEC = Path(__file__).resolve().parents[1] / "scamdetect" / "resources" / "taxonomy.yaml"
#: the project-wide original, beside a full checkout of the project (not in a clone of this repository alone)
SHARED = Path(__file__).resolve().parents[2] / "shared" / "taxonomy.yaml"


def _shared_labels() -> list[dict[str, str]]:
    labels, current = [], None
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s+- id: (\S+)", line)
        if m:
            current = {"id": m.group(1)}
            labels.append(current)
            continue
        for key in ("vi", "en", "scam"):
            m = re.match(rf"\s+{key}: (.*)$", line)
            if m and current is not None:
                current[key] = m.group(1).strip()
    return labels


def test_ids_names_and_order_match_the_taxonomy_spec() -> None:
    shared = _shared_labels()
    assert len(shared) == 18
    assert [s["id"] for s in shared] == list(LABELS)
    for s in shared:
        assert NAME_VI[s["id"]] == s["vi"]
        assert NAME_EN[s["id"]] == s["en"]
        assert IS_SCAM[s["id"]] == (s["scam"] == "true")
    if SHARED.exists():  # the copy must be the project's current spec
        assert SPEC.read_bytes() == SHARED.read_bytes(), f"{SPEC} differs from {SHARED}: copy it again"


def test_shape_of_the_taxonomy() -> None:
    assert len(LABELS) == 18 and LABELS[0] == "legit"
    assert len(SCAM_LABELS) == 17 and "legit" not in SCAM_LABELS
    assert is_scam("fake_vneid") and not is_scam("legit")
    with pytest.raises(KeyError, match="unknown label"):
        is_scam("not_a_label")

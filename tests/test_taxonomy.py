"""The package's taxonomy must match the shared one: ids are stable API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scamdetect.taxonomy import IS_SCAM, LABELS, NAME_EN, NAME_VI, SCAM_LABELS, is_scam

SHARED = Path(__file__).resolve().parents[2] / "shared" / "taxonomy.yaml"


def _shared_labels() -> list[dict[str, str]]:
    labels, current = [], None
    for line in SHARED.read_text(encoding="utf-8").splitlines():
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


@pytest.mark.skipif(not SHARED.exists(), reason="shared/taxonomy.yaml is not beside this checkout")
def test_ids_names_and_order_match_shared_taxonomy() -> None:
    shared = _shared_labels()
    assert [s["id"] for s in shared] == list(LABELS)
    for s in shared:
        assert NAME_VI[s["id"]] == s["vi"]
        assert NAME_EN[s["id"]] == s["en"]
        assert IS_SCAM[s["id"]] == (s["scam"] == "true")


def test_shape_of_the_taxonomy() -> None:
    assert len(LABELS) == 18 and LABELS[0] == "legit"
    assert len(SCAM_LABELS) == 17 and "legit" not in SCAM_LABELS
    assert is_scam("fake_vneid") and not is_scam("legit")
    with pytest.raises(KeyError, match="unknown label"):
        is_scam("not_a_label")

"""Model directories: an ONNX file (or several) plus ``manifest.json``.

The manifest records, among other things, the sha256 of every file the model
needs; :func:`read_manifest` checks each one so a tampered or truncated file is
refused with a message naming it. Nothing is ever unpickled.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .normalize import PREPROCESSING_VERSION
from .taxonomy import LABELS, TAXONOMY_VERSION

__all__ = ["ModelError", "read_manifest", "write_manifest", "sha256_file", "MANIFEST", "FORMAT_VERSION"]

MANIFEST = "manifest.json"
FORMAT_VERSION = 1


class ModelError(Exception):
    """A model directory is missing, malformed, or fails its integrity check."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(path: str | Path, verify: bool = True) -> dict[str, Any]:
    """Read and check ``path/manifest.json``; verify every listed file's sha256."""
    path = Path(path)
    manifest_path = path / MANIFEST
    if not path.is_dir():
        raise ModelError(f"{path}: not a model directory")
    if not manifest_path.is_file():
        raise ModelError(f"{manifest_path}: missing; a model directory needs a manifest.json")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelError(f"{manifest_path}: not valid JSON ({err})") from None
    if not isinstance(manifest, dict):
        raise ModelError(f"{manifest_path}: expected a JSON object")
    for key in ("format_version", "kind", "labels", "files", "preprocessing_version"):
        if key not in manifest:
            raise ModelError(f"{manifest_path}: missing field {key!r}")
    if manifest["format_version"] != FORMAT_VERSION:
        raise ModelError(f"{manifest_path}: format_version {manifest['format_version']!r}, this scamdetect reads "
                         f"{FORMAT_VERSION}")
    if manifest["preprocessing_version"] != PREPROCESSING_VERSION:
        raise ModelError(f"{manifest_path}: trained with preprocessing v{manifest['preprocessing_version']}, this "
                         f"scamdetect normalises with v{PREPROCESSING_VERSION}; retrain or use a matching version")
    unknown = [label for label in manifest["labels"] if label not in LABELS]
    if unknown:
        raise ModelError(f"{manifest_path}: labels not in taxonomy v{TAXONOMY_VERSION}: {unknown}")
    if not isinstance(manifest["files"], dict) or not manifest["files"]:
        raise ModelError(f"{manifest_path}: 'files' must map file names to sha256 digests")
    if verify:
        for name, expected in manifest["files"].items():
            file_path = path / name
            if not file_path.is_file():
                raise ModelError(f"{file_path}: listed in the manifest but missing")
            actual = sha256_file(file_path)
            if actual != expected:
                raise ModelError(f"{file_path}: sha256 mismatch (manifest {expected[:12]}…, file {actual[:12]}…); "
                                 "the file was changed or damaged after export")
    return manifest


def write_manifest(path: str | Path, manifest: dict[str, Any], files: list[str]) -> dict[str, Any]:
    """Write ``manifest.json`` with common fields filled in and sha256s of ``files``."""
    path = Path(path)
    full = {"format_version": FORMAT_VERSION, "taxonomy_version": TAXONOMY_VERSION,
            "preprocessing_version": PREPROCESSING_VERSION, **manifest}
    full["files"] = {name: sha256_file(path / name) for name in sorted(files)}
    (path / MANIFEST).write_text(json.dumps(full, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                 encoding="utf-8")
    return full

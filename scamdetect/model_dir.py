"""Model directories: an ONNX file (or several) plus ``manifest.json``.

The manifest records, among other things, the sha256 of every file the model
needs; :func:`read_manifest` checks each one so a tampered or truncated file is
refused with a message naming it. Nothing is ever unpickled.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import ModelError
from .taxonomy import LABELS, TAXONOMY_VERSION
from .text import PREPROCESSING_VERSION

__all__ = ["ModelError", "read_manifest", "write_manifest", "sha256_file", "MANIFEST", "FORMAT_VERSION"]

MANIFEST = "manifest.json"
FORMAT_VERSION = 1


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: the largest model file read (a bound checked before hashing: a manifest cannot make us hash a disk)
MAX_FILE_BYTES = 4 << 30
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: field -> (accepted types, check of the value or None, what the check wants)
_SCHEMA: dict[str, tuple[tuple[type, ...], Callable[[Any], bool] | None, str]] = {
    "format_version": ((int,), None, "an integer"),
    "kind": ((str,), None, "a string"),
    "labels": ((list,), lambda v: bool(v) and all(isinstance(x, str) for x in v), "a non-empty list of label ids"),
    "files": ((dict,), lambda v: bool(v), "a non-empty object of file names and sha256 digests"),
    "preprocessing_version": ((int,), None, "an integer"),
    "threshold": ((int, float), lambda v: 0.0 < v < 1.0, "a number between 0 and 1"),
    "max_chars": ((int,), lambda v: 100 <= v <= 1_000_000, "a whole number from 100 to 1,000,000"),
    "featurizer_version": ((int,), None, "an integer"),
    "sizes": ((dict,), lambda v: all(isinstance(x, int) and 0 <= x <= MAX_FILE_BYTES for x in v.values()),
              "an object of file names and sizes in bytes"),
}


def _check_schema(manifest: dict[str, Any], where: Path) -> None:
    for key, (types, check, wants) in _SCHEMA.items():
        if key not in manifest:
            continue
        value = manifest[key]
        if isinstance(value, bool) or not isinstance(value, types) or (check is not None and not check(value)):
            raise ModelError(f"{where}: field {key!r} must be {wants}, got {value!r:.80}")


def _model_file(path: Path, name: Any, where: Path) -> Path:
    """``path / name`` for a plain file name that stays inside the model directory, else ModelError."""
    if (not isinstance(name, str) or not name or name in (".", "..") or "/" in name or "\\" in name
            or "\x00" in name):
        raise ModelError(f"{where}: field 'files' names {name!r}; file names must be plain names inside the folder")
    file_path = path / name
    if file_path.is_symlink() and file_path.resolve().parent != path.resolve():
        raise ModelError(f"{file_path}: a link that leaves the model folder")
    return file_path


def read_manifest(path: str | Path, verify: bool = True) -> dict[str, Any]:
    """Read and check ``path/manifest.json``: its fields' types and ranges, then every listed file's size and
    sha256. Every violation is a :class:`ModelError` naming the field or file."""
    path = Path(path)
    manifest_path = path / MANIFEST
    if not path.is_dir():
        raise ModelError(f"{path}: not a model directory")
    if not manifest_path.is_file():
        raise ModelError(f"{manifest_path}: missing; a model directory needs a manifest.json")
    if manifest_path.stat().st_size > 16 << 20:
        raise ModelError(f"{manifest_path}: larger than 16 MB; not a manifest")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelError(f"{manifest_path}: not valid JSON ({err})") from None
    if not isinstance(manifest, dict):
        raise ModelError(f"{manifest_path}: expected a JSON object")
    for key in ("format_version", "kind", "labels", "files", "preprocessing_version"):
        if key not in manifest:
            raise ModelError(f"{manifest_path}: missing field {key!r}")
    _check_schema(manifest, manifest_path)
    if manifest["format_version"] != FORMAT_VERSION:
        raise ModelError(f"{manifest_path}: format_version {manifest['format_version']!r}, this scamdetect reads "
                         f"{FORMAT_VERSION}")
    if manifest["preprocessing_version"] != PREPROCESSING_VERSION:
        raise ModelError(f"{manifest_path}: trained with preprocessing v{manifest['preprocessing_version']}, this "
                         f"scamdetect normalises with v{PREPROCESSING_VERSION}; retrain or use a matching version")
    unknown = [label for label in manifest["labels"] if label not in LABELS]
    if unknown:
        raise ModelError(f"{manifest_path}: labels not in taxonomy v{TAXONOMY_VERSION}: {unknown}")
    sizes = manifest.get("sizes", {})
    for name, expected in manifest["files"].items():
        file_path = _model_file(path, name, manifest_path)
        if not isinstance(expected, str) or not _SHA256.fullmatch(expected):
            raise ModelError(f"{manifest_path}: field 'files' gives {name!r} the digest {expected!r:.80}, not a "
                             "sha256 in hex")
        if not verify:
            continue
        if not file_path.is_file():
            raise ModelError(f"{file_path}: listed in the manifest but missing")
        size = file_path.stat().st_size
        if size > MAX_FILE_BYTES or (name in sizes and sizes[name] != size):
            raise ModelError(f"{file_path}: {size} bytes, the manifest says {sizes.get(name, 'at most 4 GiB')}; "
                             "the file was changed or damaged after export")
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
    full["sizes"] = {name: (path / name).stat().st_size for name in sorted(files)}
    (path / MANIFEST).write_text(json.dumps(full, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                 encoding="utf-8")
    return full

"""The architecture the README describes: subpackages by concern, small modules, one error hierarchy, no prints."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import scamdetect
from scamdetect import errors

PACKAGE = Path(scamdetect.__file__).resolve().parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_few_modules_flat_and_none_over_500_lines() -> None:
    flat = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert flat == ["__init__.py", "__main__.py", "_cache.py", "classifier.py", "errors.py", "model_dir.py",
                    "taxonomy.py", "types.py"]
    subpackages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert {"text", "signals", "backends", "batch", "evaluation", "reports", "cli"} <= subpackages
    long = {str(p.relative_to(PACKAGE)): n for p in MODULES if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_no_print_in_the_library_outside_the_command_line() -> None:
    printing = []
    for path in MODULES:
        if "cli" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                printing.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert printing == []


def test_every_error_is_a_scamdetect_error_and_normalize_is_the_function() -> None:
    raised = [errors.ModelError, errors.DataError, errors.TableError, errors.ScoringError, errors.ReportError,
              errors.IndicatorDBError, errors.CommandError]
    assert all(issubclass(cls, errors.ScamdetectError) for cls in raised)
    from scamdetect.batch.readers import TableError
    from scamdetect.cli import CommandError
    from scamdetect.evaluation import DataError
    from scamdetect.model_dir import ModelError
    from scamdetect.reports import ReportError
    from scamdetect.reports.indicator_db import IndicatorDBError

    assert (ModelError, DataError, TableError, ReportError, IndicatorDBError, CommandError) == (
        errors.ModelError, errors.DataError, errors.TableError, errors.ReportError, errors.IndicatorDBError,
        errors.CommandError)
    assert callable(scamdetect.normalize) and scamdetect.normalize("kh0a").text == "khoa"


def test_version_is_written_once() -> None:
    pyproject = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'version = { attr = "scamdetect.__version__" }' in pyproject
    assert not re.search(r'^version\s*=\s*"', pyproject, re.M)

"""The ``scamdetect`` command line.

Each subcommand lives in its own module of this package with two functions,
``add_parser(subparsers)`` and ``run(args) -> int``, and is imported only when
used, so ``scamdetect classify`` never pays for Parquet or matplotlib.

Exit codes: 0 ok, 1 failure, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ..errors import CommandError

__all__ = ["main", "COMMANDS", "CommandError", "probability", "whole_number", "log_to_stderr"]

#: subcommand -> (module in this package, one-line help)
COMMANDS = {
    "classify": ("classify", "classify texts given as arguments or on stdin"),
    "info": ("info", "print a model's manifest"),
    "score": ("score", "score a CSV/TSV/JSONL/Parquet file of messages"),
    "report": ("report", "per-scheme report (Markdown, HTML, charts) of a scored file"),
    "indicators": ("indicators", "build or query the SQLite database of suspicious indicators"),
    "evaluate": ("evaluate", "evaluate a model on a labelled file"),
    "serve": ("serve", "run an HTTP service with a web page (needs scamdetect[serve])"),
    "campaigns": ("campaigns", "group a dump's scam messages into campaigns (near-duplicate templates)"),
}




# argparse types shared by the subcommands: a bad value is a usage error (exit 2)
def probability(text: str) -> float:
    """A number in [0, 1], such as a scam threshold."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie in [0, 1], got {value}")
    return value


def whole_number(minimum: int, meaning: str = ""):
    """An int type of at least ``minimum``; ``meaning`` explains the smallest value in the error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum}{meaning} or more, got {value}")
        return value

    return parse


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record arrives (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001  (logging must never raise)
            self.handleError(record)


@contextmanager
def log_to_stderr(command: str, level: int = logging.INFO) -> Iterator[None]:
    """While a subcommand runs, the library's ``scamdetect`` logger prints to stderr as ``scamdetect CMD: ...``.

    The library itself adds no handler (it only logs); the command line is where messages are shown.
    """
    logger = logging.getLogger("scamdetect")
    handler = _StderrHandler(level)
    handler.setFormatter(logging.Formatter(f"scamdetect {command}: %(message)s"))
    previous = logger.level
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def _parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(prog="scamdetect", description="Detect and classify Vietnamese scam messages.")
    parser.add_argument("--version", action="version", version=f"scamdetect {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(f"{__name__}.{module_name}")
        except ModuleNotFoundError as err:
            if err.name == f"{__name__}.{module_name}":
                continue  # a subcommand not built in this installation
            raise
        module.add_parser(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    module = importlib.import_module(f"{__name__}.{COMMANDS[args.command][0]}")
    try:
        return int(module.run(args) or 0)
    except CommandError as err:
        print(f"scamdetect {args.command}: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"scamdetect {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())

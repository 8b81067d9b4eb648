"""``scamdetect info``: print the loaded model's manifest."""

from __future__ import annotations

import argparse
import json

from ..model_dir import ModelError
from . import CommandError


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")


def run(args: argparse.Namespace) -> int:
    from ..classifier import load_model

    try:
        model = load_model(args.model)
    except ModelError as err:
        raise CommandError(str(err)) from None
    print(json.dumps({"path": str(model.path), "threshold": model.threshold, **model.manifest}, ensure_ascii=False,
                     indent=2))
    return 0

"""``scamdetect classify``: classify texts from arguments or stdin and print the verdicts."""

from __future__ import annotations

import argparse
import json
import re
import sys

from ..model_dir import ModelError
from ..taxonomy import NAME_VI
from ..types import Prediction
from . import CommandError, probability

#: shown by ``scamdetect classify --examples`` (the README's main-job command)
EXAMPLES = (
    "Vietcombank: Tai khoan cua Quy khach dang bi tam khoa do dang nhap bat thuong. Xac thuc ngay tai "
    "vcb-xacthuc.top truoc 17h de tranh bi khoa vinh vien.",
    "Mã OTP của bạn là 482913. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai, kể cả nhân viên ngân hàng.",
    "Alo, tôi là cán bộ công an quận. Anh có liên quan đến một vụ án rửa tiền, yêu cầu giữ bí mật và chuyển "
    "toàn bộ số dư vào tài khoản tạm giữ 0451000123456 để xác minh.",
    "Chi oi em dang ket o benh vien, chuyen gap giup em 5tr vao stk 1903665544 Techcombank cua ban em nhe, mai em tra",
    "[TB] Cong an tinh canh bao: doi tuong gia danh can bo huong dan cai VNeID de chiem doat tai khoan. "
    "Khong cung cap OTP, khong cai app la.",
)


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("texts", nargs="*", metavar="TEXT", help="texts to classify; none: read one per line from stdin")
    parser.add_argument("--examples", action="store_true", help="classify a few built-in example messages")
    parser.add_argument("--json", action="store_true", help="one JSON object per line instead of readable text")
    parser.add_argument("--no-explain", action="store_true", help="skip explanations (faster)")
    parser.add_argument("--threshold", type=probability, help="override the model's scam threshold (0-1)")
    parser.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """``text`` without control characters: a message can carry ANSI escapes that would rewrite the terminal."""
    return _CONTROL.sub("", text.replace("\x1b", "␛"))


def _readable(text: str, p: Prediction) -> str:
    return _printable(_readable_raw(text, p))


def _readable_raw(text: str, p: Prediction) -> str:
    verdict = "LỪA ĐẢO / SCAM" if p.is_scam else "bình thường / legit"
    lines = [f"» {text[:160]}{'…' if len(text) > 160 else ''}",
             f"  {verdict}: {p.label} ({NAME_VI[p.label]}), scam_score={p.scam_score:.3f}"
             + (" [truncated]" if p.truncated else "")]
    if p.explanation:
        e = p.explanation
        lines.append(f"  {e.summary}")
        top = [s for s in sorted(e.spans, key=lambda s: -s.weight) if s.weight > 0][:6]
        if top:
            lines.append("  words: " + ", ".join(f"{s.text!r} {s.weight:+.2f}" for s in top))
        for flag in e.red_flags:
            lines.append(f"  ⚑ {flag.id}: {flag.vi} / {flag.en} — {flag.evidence!r}")
        for ind in e.indicators:
            extra = ", ".join(f"{k}={v}" for k, v in ind.details.items() if v not in (None, False, ""))
            lines.append(f"  • {ind.kind}: {ind.value}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from ..classifier import load_model

    texts = list(args.texts)
    if args.examples:
        texts += EXAMPLES
    if not texts:
        if sys.stdin is None or sys.stdin.isatty():
            raise CommandError("give texts as arguments, --examples, or lines on stdin")
        texts = [line.rstrip("\n") for line in sys.stdin if line.strip()]
        if not texts:
            print("scamdetect classify: error: no texts on stdin", file=sys.stderr)
            return 2
    try:
        model = load_model(args.model, threshold=args.threshold)
    except (ModelError, ValueError) as err:
        raise CommandError(str(err)) from None
    predictions = model.classify(texts, explain=not args.no_explain)
    for text, p in zip(texts, predictions):
        if args.json:
            print(json.dumps({"text": text, **p.to_dict()}, ensure_ascii=False))
        else:
            print(_readable(text, p))
            print()
    return 0

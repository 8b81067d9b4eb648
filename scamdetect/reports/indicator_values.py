"""The stored form of indicator values and sighting dates, for the indicator database."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from ..signals.domains import url_host
from ..signals.indicators import phone_value

__all__ = ["normalise_value", "indicator_rows", "sighting_date", "mobile_value", "url_value"]


_PHONE = re.compile(r"^(?:\+?84|0)?([35789]\d{8})$")


def mobile_value(raw: str) -> str | None:
    """``+84`` form of ``raw`` if it is a Vietnamese mobile number, else None."""
    return phone_value(raw) if _PHONE.match(re.sub(r"[^\d+]", "", raw)) else None


def url_value(raw: str) -> str:
    value = raw.strip().lower()
    value = re.sub(r"^hxxp", "http", value)
    value = value.replace("[.]", ".").replace("(.)", ".").replace("[:]", ":")
    value = re.sub(r"^https?://", "", value)
    value = re.sub(r"^www\.", "", value)
    return value.rstrip("/")


def normalise_value(kind: str, value: str) -> str | None:
    """The stored form of an indicator value (``None`` when it cannot be one of ``kind``).

    >>> normalise_value("phone", "0912.345.678"), normalise_value("handle", "@Abc_Shop")
    ('+84912345678', 'abc_shop')
    >>> normalise_value("url", "HXXPS://www.Vcb-XacThuc[.]top/login/")
    'vcb-xacthuc.top/login'
    """
    value = str(value).strip()
    if not value:
        return None
    if kind == "phone":
        digits = re.sub(r"\D", "", value)
        if len(digits) <= 8 and digits.startswith(("1800", "1900")):  # hotline numbers stay as they are
            return digits
        return mobile_value(value) or (digits or None)
    if kind == "ewallet":
        return mobile_value(value) or (re.sub(r"\s", "", value) or None)
    if kind == "bank_account":
        return re.sub(r"\D", "", value) or None
    if kind == "handle":
        value = re.sub(r"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|zalo\.me|m\.me)/", "", value, flags=re.I)
        return value.lstrip("@").lower() or None
    if kind == "url":
        return url_value(value) or None
    if kind == "domain":
        return url_host(url_value(value)) or None
    if kind == "email":
        return value.lower()
    return value


def indicator_rows(item: dict[str, Any]) -> Iterator[tuple[str, str, str | None]]:
    """(kind, value, detail) rows for one entry of a scored file's ``indicators`` column."""
    kind = item.get("kind")
    raw = item.get("value")
    if not kind or raw is None:
        return
    if kind == "url":
        if item.get("official"):
            return  # a real bank's or agency's site named in a scam is not itself suspicious
        value = normalise_value("url", raw)
        if value:
            yield "url", value, item.get("lookalike_of")
        if item.get("shortener"):
            return
        host = item.get("host") if item.get("free_hosting") else item.get("domain")
        domain = normalise_value("domain", host or raw)
        if domain:
            yield "domain", domain, item.get("lookalike_of")
    elif kind in ("phone", "ewallet", "bank_account", "handle", "email"):
        value = normalise_value(kind, raw)
        if kind == "handle" and value is not None and len(value) < 3:
            return  # "g" from a zalo.me/g/<group> link is not an account
        if value:
            detail = {"phone": "hotline" if item.get("hotline") else None, "ewallet": item.get("wallet"),
                      "bank_account": item.get("bank"), "handle": item.get("platform")}.get(kind)
            yield kind, value, detail


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$")


def sighting_date(value: Any) -> str | None:
    """A date/time as sortable ISO text, or None when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(?:\.\d+)?|\d{13}", text):
        return _epoch(float(text))
    m = _YM.match(text)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    m = _DMY.match(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            stamp = datetime(year, month, day, int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0))
        except ValueError:
            return None
        return stamp.date().isoformat() if m.group(4) is None else stamp.isoformat(timespec="seconds")
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(text) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def _epoch(seconds: float) -> str | None:
    if seconds > 1e12:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None

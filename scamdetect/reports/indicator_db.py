"""An SQLite database of the indicators seen in scam-labelled messages, for warnings and blocking.

:func:`import_scored` reads files written by ``scamdetect score`` (any format, streamed)
and records, for every scam-labelled row, its phone numbers, bank accounts (with the
bank), e-wallet ids (with the wallet), domains, URLs, Zalo/Telegram/social handles and
e-mail addresses. :func:`lookup` finds an indicator however it is written: ``0912 345
678``, ``+84912345678`` and ``84912345678`` are one phone; ``hxxps://vcb-xacthuc[.]top/``
and ``VCB-XACTHUC.TOP`` are one URL (and its domain); ``@Abc`` and ``t.me/abc`` one handle.

Tables (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`):

``indicators``
    one row per ``(kind, value)``: ``kind`` is phone, bank_account, ewallet, domain, url,
    handle or email; ``value`` normalised (``+84`` phones, lower-case URLs without scheme,
    lower-case handles without ``@``, digits for accounts); ``detail`` the bank(s),
    wallet, platform(s) or imitated official domain; ``first_seen``/``last_seen`` (from the
    scored file's date column, else the time the sighting was first imported);
    ``message_count`` (distinct messages); ``scheme_counts`` (JSON ``{scheme: messages}``);
    ``example_ids`` (JSON list of up to :data:`EXAMPLES` message ids, earliest first).
``indicator_schemes``
    the same scheme counts as rows (``indicator_id, scheme, message_count``) for SQL.
``sightings``
    one row per indicator per message: ``(indicator_id, source, message_id)`` with the
    scheme, the date, the detail and the ``campaign`` (from a ``members.csv`` written by
    ``scamdetect campaigns``, given with ``members=``; else null). ``source`` names the
    scored file (its file name unless given), so ids only need to be unique within a file.
``imports``
    one row per source: path, sha256, rows, scam rows, sightings, import time.

Re-imports are idempotent: a source whose file is unchanged (same sha256) is skipped;
a changed one replaces that source's sightings (keeping the first-import time of
sightings it still has), so re-scoring and re-importing a file never double counts.
Domains of official sites (``vietcombank.com.vn`` in a scam text) and of link
shorteners are not recorded as suspicious domains; a free-hosting site is recorded by
its full host name (``abc.blogspot.com``).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..batch.readers import open_reader
from ..errors import IndicatorDBError
from ..model_dir import sha256_file
from ..signals.domains import url_host
from .aggregate import parse_json_list, truthy
from .indicator_values import indicator_rows, mobile_value, normalise_value, sighting_date, url_value

__all__ = ["IndicatorDBError", "ImportResult", "open_db", "import_scored", "lookup", "candidates",
           "normalise_value", "export_csv", "SCHEMA_VERSION", "KINDS", "DATE_COLUMNS"]

SCHEMA_VERSION = 2  # 2: sightings.campaign (a version-1 database gains the column when opened)
KINDS = ("phone", "bank_account", "ewallet", "domain", "url", "handle", "email")
#: columns tried, in order, as the message date when no ``date_column`` is given
DATE_COLUMNS = ("date", "datetime", "timestamp", "sent_at", "received", "received_at", "created_at", "time", "day",
                "month")
#: example message ids kept per indicator
EXAMPLES = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    detail TEXT,
    first_seen TEXT,
    last_seen TEXT,
    message_count INTEGER NOT NULL DEFAULT 0,
    scheme_counts TEXT NOT NULL DEFAULT '{}',
    example_ids TEXT NOT NULL DEFAULT '[]',
    UNIQUE (kind, value)
);
CREATE INDEX IF NOT EXISTS indicators_value ON indicators (value);
CREATE TABLE IF NOT EXISTS sightings (
    indicator_id INTEGER NOT NULL REFERENCES indicators (id),
    source TEXT NOT NULL,
    message_id TEXT NOT NULL,
    scheme TEXT NOT NULL,
    seen TEXT,
    detail TEXT,
    campaign TEXT,
    PRIMARY KEY (indicator_id, source, message_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sightings_source ON sightings (source, message_id);
CREATE TABLE IF NOT EXISTS indicator_schemes (
    indicator_id INTEGER NOT NULL REFERENCES indicators (id),
    scheme TEXT NOT NULL,
    message_count INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, scheme)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS imports (
    source TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows INTEGER NOT NULL,
    scam_rows INTEGER NOT NULL,
    sightings INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
"""


def open_db(path: str | os.PathLike[str], create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create) the database; refuse a file that is not one of ours."""
    path = Path(path)
    if not create and not path.is_file():
        raise IndicatorDBError(f"{path}: no such database; build it with `scamdetect indicators SCORED --db {path}`")
    if path.is_dir():
        raise IndicatorDBError(f"{path}: is a directory")
    if create and not path.parent.is_dir():
        raise IndicatorDBError(f"{path}: directory {path.parent} does not exist")
    try:
        conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as err:
        raise IndicatorDBError(f"{path}: not an SQLite database ({err})") from None
    if tables and "indicators" not in tables:
        conn.close()
        raise IndicatorDBError(f"{path}: an SQLite database, but not a scamdetect indicator database")
    if version > SCHEMA_VERSION:
        conn.close()
        raise IndicatorDBError(f"{path}: schema version {version} is newer than this scamdetect ({SCHEMA_VERSION})")
    if not tables:
        conn.executescript(_SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
    elif version < 2:  # version 1 had no campaign per sighting
        conn.executescript(f"ALTER TABLE sightings ADD COLUMN campaign TEXT; PRAGMA user_version = {SCHEMA_VERSION};")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# --------------------------------------------------------------------------- import
@dataclass
class ImportResult:
    source: str
    path: Path
    skipped: bool = False  #: unchanged since the last import
    rows: int = 0
    scam_rows: int = 0
    sightings: int = 0
    new_indicators: int = 0
    undated: int = 0  #: scam rows whose date could not be read

    def summary(self) -> str:
        if self.skipped:
            return f"{self.path}: unchanged since it was imported as {self.source!r}; nothing to do"
        text = (f"{self.path} -> source {self.source!r}: {self.rows:,} rows, {self.scam_rows:,} scam, "
                f"{self.sightings:,} indicator sightings, {self.new_indicators:,} new indicators")
        if self.undated:
            text += f"; {self.undated:,} scam rows had no readable date (import time used)"
        return text


def import_scored(conn: sqlite3.Connection, path: str | os.PathLike[str], source: str | None = None,
                  date_column: str | None = None, fmt: str | None = None, chunk_rows: int = 20000,
                  members: str | os.PathLike[str] | None = None) -> ImportResult:
    """Record the indicators of ``path``'s scam rows (see the module docstring); one transaction.

    ``members`` is a ``members.csv`` of ``scamdetect campaigns`` run on the same file (ids ``id``, column
    ``campaign_id``): each sighting then records its message's campaign."""
    path = Path(path)
    source = source or path.name
    with open_reader(path, fmt) as reader:
        columns = reader.columns
        if reader.format == "jsonl" and not columns:
            columns = []
        needed = ["id", "is_scam", "label", "indicators"]
        missing = [c for c in needed if c not in columns]
        if missing and columns:
            raise IndicatorDBError(f"{path}: not a file written by `scamdetect score` (no column "
                                   f"{', '.join(map(repr, missing))}); columns: {', '.join(columns[:30])}")
        if date_column is not None and date_column not in columns:
            raise IndicatorDBError(f"{path}: date column {date_column!r} not found; columns: {', '.join(columns)}")
        if date_column is None:
            date_column = next((c for c in DATE_COLUMNS if c in columns), None)
        digest = sha256_file(path)
        if members is not None:  # a new campaign grouping of the same file is a change too
            if not Path(members).is_file():
                raise IndicatorDBError(f"{members}: no such members file (write it with `scamdetect campaigns`)")
            digest += "+" + sha256_file(Path(members))
        result = ImportResult(source, path)
        previous = conn.execute("SELECT sha256 FROM imports WHERE source = ?", (source,)).fetchone()
        if previous is not None and previous["sha256"] == digest:
            result.skipped = True
            return result
        wanted = needed + ([date_column] if date_column else []) + (["error"] if "error" in columns else [])
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DROP TABLE IF EXISTS temp.incoming")
            conn.execute("CREATE TEMP TABLE incoming (kind TEXT, value TEXT, message_id TEXT, scheme TEXT, seen TEXT, "
                         "detail TEXT)")
            _load_members(conn, members, chunk_rows)
            if columns:
                for chunk in reader.chunks(chunk_rows, wanted):
                    batch = list(_sightings(chunk.rows, date_column, result))
                    conn.executemany("INSERT INTO incoming VALUES (?, ?, ?, ?, ?, ?)", batch)
            _apply(conn, source, now, result)
            conn.execute("INSERT INTO imports (source, path, sha256, rows, scam_rows, sightings, imported_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET path = excluded.path, "
                         "sha256 = excluded.sha256, rows = excluded.rows, scam_rows = excluded.scam_rows, "
                         "sightings = excluded.sightings, imported_at = excluded.imported_at",
                         (source, str(path.resolve()), digest, result.rows, result.scam_rows, result.sightings, now))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.incoming")
            conn.execute("DROP TABLE IF EXISTS temp.members")
            conn.execute("DROP TABLE IF EXISTS temp.staged")
            conn.execute("DROP TABLE IF EXISTS temp.affected")
    return result


def _load_members(conn: sqlite3.Connection, members: str | os.PathLike[str] | None, chunk_rows: int) -> None:
    """``temp.members`` (message id -> campaign id) from a ``members.csv``; empty without one."""
    conn.execute("DROP TABLE IF EXISTS temp.members")
    conn.execute("CREATE TEMP TABLE members (message_id TEXT PRIMARY KEY, campaign TEXT NOT NULL)")
    if members is None:
        return
    with open_reader(Path(members)) as reader:
        missing = [c for c in ("id", "campaign_id") if c not in reader.columns]
        if missing:
            raise IndicatorDBError(f"{members}: not a members.csv written by `scamdetect campaigns` (no column "
                                   f"{', '.join(map(repr, missing))}); columns: {', '.join(reader.columns[:30])}")
        for chunk in reader.chunks(chunk_rows, ["id", "campaign_id"]):
            conn.executemany("INSERT OR REPLACE INTO members VALUES (?, ?)",
                             [(str(r.values["id"]), str(r.values["campaign_id"])) for r in chunk.rows
                              if r.values.get("id") not in (None, "") and r.values.get("campaign_id")])


def _sightings(rows: Iterable[Any], date_column: str | None, result: ImportResult
               ) -> Iterator[tuple[str, str, str, str, str | None, str | None]]:
    for row in rows:
        result.rows += 1
        values = row.values
        if row.problem or values.get("error") not in (None, "") or not truthy(values.get("is_scam")):
            continue
        message_id = values.get("id")
        label = values.get("label")
        if message_id is None or message_id == "" or not label:
            continue
        result.scam_rows += 1
        seen = sighting_date(values.get(date_column)) if date_column else None
        if date_column and seen is None:
            result.undated += 1
        message_id = message_id if isinstance(message_id, str) else str(message_id)
        for item in parse_json_list(values.get("indicators")):
            if isinstance(item, dict):
                for kind, value, detail in indicator_rows(item):
                    yield kind, value, message_id, str(label), seen, detail


def _apply(conn: sqlite3.Connection, source: str, now: str, result: ImportResult) -> None:
    before = conn.execute("SELECT COUNT(*) FROM indicators").fetchone()[0]
    conn.execute("INSERT OR IGNORE INTO indicators (kind, value) SELECT DISTINCT kind, value FROM incoming")
    result.new_indicators = conn.execute("SELECT COUNT(*) FROM indicators").fetchone()[0] - before
    # one row per (indicator, message); the first detail and date seen for it win
    conn.execute("CREATE TEMP TABLE staged AS SELECT i.id AS indicator_id, n.message_id, MIN(n.scheme) AS scheme, "
                 "MIN(n.seen) AS seen, MIN(n.detail) AS detail, MIN(m.campaign) AS campaign FROM incoming n "
                 "JOIN indicators i ON i.kind = n.kind AND i.value = n.value LEFT JOIN members m "
                 "ON m.message_id = n.message_id GROUP BY i.id, n.message_id")
    conn.execute("CREATE UNIQUE INDEX temp.staged_key ON staged (indicator_id, message_id)")
    result.sightings = conn.execute("SELECT COUNT(*) FROM staged").fetchone()[0]
    conn.execute("CREATE TEMP TABLE affected AS SELECT DISTINCT indicator_id FROM sightings WHERE source = ? "
                 "UNION SELECT indicator_id FROM staged", (source,))
    conn.execute("DELETE FROM sightings WHERE source = ? AND NOT EXISTS (SELECT 1 FROM staged s WHERE "
                 "s.indicator_id = sightings.indicator_id AND s.message_id = sightings.message_id)", (source,))
    conn.execute("UPDATE sightings SET scheme = s.scheme, detail = s.detail, seen = COALESCE(s.seen, sightings.seen), "
                 "campaign = COALESCE(s.campaign, sightings.campaign) FROM staged s WHERE sightings.source = ? "
                 "AND s.indicator_id = sightings.indicator_id AND s.message_id = sightings.message_id", (source,))
    conn.execute("INSERT OR IGNORE INTO sightings (indicator_id, source, message_id, scheme, seen, detail, campaign) "
                 "SELECT indicator_id, ?, message_id, scheme, COALESCE(seen, ?), detail, campaign FROM staged",
                 (source, now))
    _refresh(conn)


def _refresh(conn: sqlite3.Connection) -> None:
    """Recompute the summary columns of the indicators in ``temp.affected``."""
    conn.execute("DELETE FROM indicator_schemes WHERE indicator_id IN (SELECT indicator_id FROM affected)")
    conn.execute("INSERT INTO indicator_schemes (indicator_id, scheme, message_count) SELECT indicator_id, scheme, "
                 "COUNT(*) FROM sightings WHERE indicator_id IN (SELECT indicator_id FROM affected) "
                 "GROUP BY indicator_id, scheme")
    conn.execute(f"""
        UPDATE indicators SET
            message_count = (SELECT COUNT(*) FROM sightings s WHERE s.indicator_id = indicators.id),
            first_seen = (SELECT MIN(seen) FROM sightings s WHERE s.indicator_id = indicators.id),
            last_seen = (SELECT MAX(seen) FROM sightings s WHERE s.indicator_id = indicators.id),
            detail = (SELECT group_concat(d, '; ') FROM (SELECT DISTINCT detail AS d FROM sightings s
                      WHERE s.indicator_id = indicators.id AND detail IS NOT NULL ORDER BY d)),
            scheme_counts = COALESCE((SELECT json_group_object(scheme, message_count) FROM (SELECT scheme,
                      message_count FROM indicator_schemes c WHERE c.indicator_id = indicators.id
                      ORDER BY message_count DESC, scheme)), '{{}}'),
            example_ids = COALESCE((SELECT json_group_array(message_id) FROM (SELECT message_id FROM sightings s
                      WHERE s.indicator_id = indicators.id ORDER BY seen, source, message_id LIMIT {EXAMPLES})),
                      '[]')
        WHERE id IN (SELECT indicator_id FROM affected)""")
    conn.execute("DELETE FROM indicators WHERE message_count = 0 AND id IN (SELECT indicator_id FROM affected)")


# --------------------------------------------------------------------------- lookup
def candidates(query: str) -> list[tuple[str, str]]:
    """Every ``(kind, value)`` the query could be stored as, normalised like the stored values.

    >>> ("phone", "+84912345678") in candidates("0912 345 678")
    True
    >>> ("domain", "vcb-xacthuc.top") in candidates("hxxps://vcb-xacthuc[.]top/login")
    True
    """
    from ..batch.texts import compact_indicators
    from ..signals.indicators import extract
    from ..text import normalize

    query = query.strip()
    out: dict[tuple[str, str], None] = {}
    if not query:
        return []
    try:
        found = compact_indicators(extract(normalize(query)))
    except Exception:  # a lookup must never fail because extraction did
        found = []
    for item in found:
        for kind, value, _ in indicator_rows({**item, "official": False, "shortener": False}):
            out[(kind, value)] = None
    digits = re.sub(r"\D", "", query)
    phone = mobile_value(query)
    if phone:
        out[("phone", phone)] = None
        out[("ewallet", phone)] = None
    if digits and re.fullmatch(r"[\d\s.\-]+", query):
        out[("bank_account", digits)] = None
        out[("phone", digits)] = None
    handle = normalise_value("handle", query)
    if handle and re.fullmatch(r"[\w.+-]+", handle):
        out[("handle", handle)] = None
    if "@" in query and not query.startswith("@"):
        out[("email", query.lower())] = None
    url = url_value(query)
    if url and " " not in url:
        out[("url", url)] = None
        out[("domain", url_host(url))] = None
    return list(out)


def lookup(conn: sqlite3.Connection, query: str, examples: int = EXAMPLES) -> list[dict[str, Any]]:
    """Indicators matching ``query`` in any of its written forms, most-seen first.

    ``campaigns`` lists, per campaign its sightings were recorded with, the messages and first/last dates."""
    keys = candidates(query)
    if not keys:
        return []
    where = " OR ".join(["(kind = ? AND value = ?)"] * len(keys))
    params = [part for key in keys for part in key]
    rows = conn.execute(f"SELECT * FROM indicators WHERE {where} ORDER BY message_count DESC, kind, value",
                        params).fetchall()
    out = []
    for row in rows:
        sources = [dict(r) for r in conn.execute(
            "SELECT source, COUNT(*) AS messages, MIN(seen) AS first_seen, MAX(seen) AS last_seen FROM sightings "
            "WHERE indicator_id = ? GROUP BY source ORDER BY messages DESC, source", (row["id"],))]
        campaigns = [dict(r) for r in conn.execute(
            "SELECT campaign, COUNT(*) AS messages, MIN(seen) AS first_seen, MAX(seen) AS last_seen FROM sightings "
            "WHERE indicator_id = ? AND campaign IS NOT NULL GROUP BY campaign ORDER BY messages DESC, campaign",
            (row["id"],))]
        out.append({"kind": row["kind"], "value": row["value"], "detail": row["detail"],
                    "first_seen": row["first_seen"], "last_seen": row["last_seen"],
                    "message_count": row["message_count"], "scheme_counts": json.loads(row["scheme_counts"]),
                    "example_ids": json.loads(row["example_ids"])[:examples], "sources": sources,
                    "campaigns": campaigns})
    return out


def export_csv(conn: sqlite3.Connection, out: str | os.PathLike[str], kinds: Sequence[str] = (),
               min_messages: int = 1, raw_cells: bool = False) -> int:
    """Write the indicators (most-seen first) as CSV, for blocking lists; returns the row count.

    Text cells that a spreadsheet would run as a formula get a leading ``'`` unless ``raw_cells``."""
    import csv

    from ..batch.writers import safe_cell

    where, params = "message_count >= ?", [min_messages]
    if kinds:
        where += f" AND kind IN ({', '.join('?' * len(kinds))})"
        params += list(kinds)
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["kind", "value", "detail", "first_seen", "last_seen", "message_count", "scheme_counts",
                         "example_ids"])
        for row in conn.execute(f"SELECT kind, value, detail, first_seen, last_seen, message_count, scheme_counts, "
                                f"example_ids FROM indicators WHERE {where} ORDER BY message_count DESC, kind, value",
                                params):
            writer.writerow([safe_cell(value, raw_cells) for value in row])
            count += 1
    return count

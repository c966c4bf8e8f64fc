"""The ledger: what was sent, per order, type and day, in a SQLite file.

It answers what the send rules ask (the `Ledger` protocol of toolkit.rules.base): was there
already a review request for this order (BSM105), how many proactive messages went out on a
day, and how many orders the account has a day on average (BSM111: 5 x that + 600). `bsm check
--ledger PATH` opens it read-only; whatever sends (render, send) records into it.

Days are UTC calendar days. The file is plain SQLite: other tools may read it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from toolkit.catalog import MessageType
from toolkit.errors import InputError

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS sent (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    sent_at TEXT NOT NULL,              -- ISO-8601, UTC
    day TEXT NOT NULL,                  -- YYYY-MM-DD, UTC
    proactive INTEGER NOT NULL CHECK (proactive IN (0, 1)),
    review INTEGER NOT NULL CHECK (review IN (0, 1)),
    locale TEXT,
    subject TEXT
);
CREATE INDEX IF NOT EXISTS sent_by_order ON sent (order_id, review);
CREATE INDEX IF NOT EXISTS sent_by_day ON sent (day, proactive);
CREATE TABLE IF NOT EXISTS daily_orders (
    day TEXT PRIMARY KEY,               -- YYYY-MM-DD, UTC
    orders INTEGER NOT NULL CHECK (orders >= 0)
);
"""
TABLES = frozenset({"sent", "daily_orders"})
# the columns each table must have (what the queries below read and write)
COLUMNS = {
    "sent": ("order_id", "message_type", "sent_at", "day", "proactive", "review", "locale",
             "subject"),
    "daily_orders": ("day", "orders"),
}  # fmt: skip
AVERAGE_OVER_DAYS = 30  # the average daily orders: over the most recent days recorded


@dataclass(frozen=True)
class Sent:
    order_id: str
    message_type: str
    sent_at: datetime
    proactive: bool
    review: bool
    locale: str | None = None
    subject: str | None = None


def utc_day(value: datetime | date | str) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("a time without a zone cannot be placed on a UTC day")
        return value.astimezone(UTC).date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(value).isoformat()


class SqliteLedger:
    """A ledger file. Open with `SqliteLedger.open(path)`; close it (or use `with`)."""

    def __init__(self, connection: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        self._db = connection
        self.path = path
        self.readonly = readonly

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> SqliteLedger:
        """Open (read-write: create) the ledger at `path`; InputError when it is not one."""
        source = str(path)
        if readonly and not path.is_file():
            raise InputError("no ledger here (it is created by whatever sends)", source=source)
        try:
            if readonly:
                connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            else:
                connection = sqlite3.connect(path)
        except sqlite3.Error as err:
            raise InputError(f"not a ledger database ({err})", source=source) from None
        ledger = cls(connection, path, readonly=readonly)
        try:
            ledger._prepare()
        except sqlite3.Error as err:
            connection.close()
            raise InputError(f"not a ledger database ({err})", source=source) from None
        return ledger

    def _prepare(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        if self.readonly:
            if not tables >= TABLES:
                raise sqlite3.DatabaseError("it has no sent and daily_orders tables")
        elif version == 0 and not (tables & TABLES) and tables:
            raise sqlite3.DatabaseError("a SQLite file of something else")
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"schema version {version} is newer than this toolkit")
        for table, wanted in COLUMNS.items():  # a table of the right name is not enough
            if table not in tables:
                continue
            have = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            missing = [c for c in wanted if c not in have]
            if missing:
                plural = "s" if len(missing) > 1 else ""
                raise sqlite3.DatabaseError(
                    f"its {table} table lacks the column{plural} {', '.join(missing)}"
                )
        if not self.readonly:
            with self._db:
                self._db.executescript(SCHEMA)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        """A read: whatever SQLite says of a damaged file is an InputError naming the file."""
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise InputError(f"cannot read the ledger ({err})", source=str(self.path)) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SqliteLedger:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # --- recording ------------------------------------------------------------------------

    def record(self, sent: Sent) -> None:
        self.record_many((sent,))

    def record_many(self, sent: Iterable[Sent]) -> None:
        """Record messages in one transaction (a batch run records hundreds at once)."""
        rows = [
            (
                s.order_id,
                s.message_type,
                s.sent_at.astimezone(UTC).isoformat(),
                utc_day(s.sent_at),
                int(s.proactive),
                int(s.review),
                s.locale,
                s.subject,
            )
            for s in sent
        ]
        with self._db:
            self._db.executemany(
                "INSERT INTO sent (order_id, message_type, sent_at, day, proactive, review,"
                " locale, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def record_message(
        self,
        order_id: str,
        mtype: MessageType,
        sent_at: datetime,
        *,
        locale: str | None = None,
        subject: str | None = None,
    ) -> None:
        """Record a message of a catalog type (proactive and review come from the type)."""
        self.record(
            Sent(order_id, mtype.id, sent_at, mtype.proactive, mtype.review, locale, subject)
        )

    def set_daily_orders(self, day: date | str, orders: int) -> None:
        """How many orders the account had on a day (from the Orders API, say)."""
        if orders < 0:
            raise ValueError("a day has no negative number of orders")
        with self._db:
            self._db.execute(
                "INSERT INTO daily_orders (day, orders) VALUES (?, ?)"
                " ON CONFLICT (day) DO UPDATE SET orders = excluded.orders",
                (utc_day(day), orders),
            )

    # --- the Ledger protocol ----------------------------------------------------------------

    def review_requests(self, order_id: str) -> int:
        rows = self._query(
            "SELECT COUNT(*) FROM sent WHERE order_id = ? AND review = 1", (order_id,)
        )
        return int(rows[0][0])

    def proactive_sent_on(self, day: str) -> int:
        rows = self._query(
            "SELECT COUNT(*) FROM sent WHERE day = ? AND proactive = 1", (utc_day(day),)
        )
        return int(rows[0][0])

    def average_daily_orders(self) -> float | None:
        rows = self._query(
            "SELECT AVG(orders), COUNT(*) FROM"
            " (SELECT orders FROM daily_orders ORDER BY day DESC LIMIT ?)",
            (AVERAGE_OVER_DAYS,),
        )
        average, days = rows[0]
        if not days:
            return None
        try:
            return float(average)
        except (TypeError, ValueError):
            raise InputError(
                f"the daily_orders table holds no numbers ({average!r})", source=str(self.path)
            ) from None

    # --- reading back -----------------------------------------------------------------------

    def sent(self, order_id: str | None = None) -> list[Sent]:
        query = (
            "SELECT order_id, message_type, sent_at, proactive, review, locale, subject FROM sent"
        )
        rows = (
            self._query(query + " WHERE order_id = ? ORDER BY id", (order_id,))
            if order_id
            else self._query(query + " ORDER BY id")
        )
        try:
            return [
                Sent(str(o), str(t), datetime.fromisoformat(str(at)), bool(p), bool(r),
                     None if loc is None else str(loc), None if subj is None else str(subj))
                for o, t, at, p, r, loc, subj in rows
            ]  # fmt: skip
        except ValueError as err:
            raise InputError(
                f"a sent row has a bad sent_at ({err})", source=str(self.path)
            ) from None

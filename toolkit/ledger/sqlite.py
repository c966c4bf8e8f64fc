"""The SQLite store: one file (WAL: readers never wait for the writer), one transaction per
message, safe to share between the processes of one machine."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from toolkit.errors import InputError
from toolkit.ledger.store import SqlLedger

BUSY_TIMEOUT_MS = 30_000  # another process's transaction: wait this long before giving up


class SqliteLedger(SqlLedger):
    """A ledger file. Open with `SqliteLedger.open(path)`; close it (or use `with`)."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        super().__init__(str(path), readonly=readonly)
        self._db = connection
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> SqliteLedger:
        """Open the ledger at `path`: read-write creates it, or brings an older schema up to
        date; read-only reads versions 1 and 2 as they are. InputError when it is no ledger."""
        source = str(path)
        if readonly and not path.is_file():
            raise InputError("no ledger here (it is created by whatever sends)", source=source)
        try:
            if readonly:
                connection = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
            else:
                connection = sqlite3.connect(path, isolation_level=None)
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error as err:
            raise InputError(f"not a ledger database ({err})", source=source) from None
        ledger = cls(connection, path, readonly=readonly)
        try:
            ledger.prepare()
        except InputError:
            connection.close()
            raise
        return ledger

    def prepare(self) -> None:
        if self.readonly:
            self.version = self.detect_version()
            if self.version == 0:
                raise InputError(
                    "not a ledger database: it has no sent and daily_orders tables",
                    source=self.where,
                )
            return
        if self.detect_version() < 1:
            self._execute("PRAGMA journal_mode = WAL")
        self.migrate()
        self._execute("PRAGMA synchronous = NORMAL")  # WAL: a kill loses nothing committed
        self._execute("PRAGMA user_version = 2")  # what version 1's readers looked at

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[list[tuple[Any, ...]], int]:
        try:
            cursor = self._db.execute(sql, params)
            return cursor.fetchall(), cursor.rowcount
        except sqlite3.Error as err:
            if isinstance(err, sqlite3.DatabaseError) and "not a database" in str(err):
                raise InputError(f"not a ledger database ({err})", source=self.where) from None
            raise InputError(f"cannot use the ledger ({err})", source=self.where) from None

    def _execute_many(self, sql: str, params: list[tuple[Any, ...]]) -> int:
        try:
            return self._db.executemany(sql, params).rowcount
        except sqlite3.Error as err:
            raise InputError(f"cannot use the ledger ({err})", source=self.where) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        # IMMEDIATE: the write lock from the start, so that a claim's read and write are one
        self._execute("BEGIN" if self.readonly else "BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        self._execute("COMMIT")

    def _tables(self) -> dict[str, str]:
        rows, _ = self._execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%'"
        )
        return {str(name): str(kind) for name, kind in rows}

    def close(self) -> None:
        self._db.close()

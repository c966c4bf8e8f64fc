"""The PostgreSQL store (psycopg 3): one ledger shared by workers on several machines. A claim
is an `INSERT ... ON CONFLICT DO NOTHING`, and a claim already there is read `FOR UPDATE`, so
that exactly one worker wins each message."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from toolkit.errors import InputError
from toolkit.ledger.store import SqlLedger

MIGRATION_LOCK = 0x62736D  # pg_advisory_xact_lock key: one migration at a time ("bsm")
CHUNK_LOCK = 0x62736D63  # ... and one batch chunk's transaction at a time ("bsmc")
CONNECT_TIMEOUT = 10  # seconds


def without_password(url: str) -> str:
    """A URL as it may be printed: its password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class PostgresLedger(SqlLedger):
    dialect = "postgresql"
    for_update = " FOR UPDATE"

    def __init__(self, connection: Any, url: str, *, readonly: bool) -> None:
        super().__init__(without_password(url), readonly=readonly)
        self._db = connection
        self._depth = 0

    @classmethod
    def open(cls, url: str, *, readonly: bool = False) -> PostgresLedger:
        try:
            import psycopg
        except ImportError:
            raise InputError(
                'a PostgreSQL ledger needs psycopg: pip install "bsm-toolkit[postgres]"',
                source=without_password(url),
            ) from None
        try:
            connection = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        except (psycopg.Error, ValueError) as err:
            message = str(err).replace(url, without_password(url)).strip()
            raise InputError(
                f"cannot connect to the ledger ({message})", source=without_password(url)
            ) from None
        ledger = cls(connection, url, readonly=readonly)
        try:
            if readonly:
                ledger.version = ledger.detect_version()
                if ledger.version == 0:
                    raise InputError(
                        "no ledger here (no ledger tables in this database)", source=ledger.where
                    )
            else:
                with ledger._transaction():
                    ledger._execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
                    ledger.migrate()
        except InputError:
            connection.close()
            raise
        return ledger

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[list[tuple[Any, ...]], int]:
        import psycopg

        try:
            cursor = self._db.execute(sql.replace("?", "%s"), params)
            rows = cursor.fetchall() if cursor.description is not None else []
            return rows, cursor.rowcount
        except psycopg.Error as err:
            raise InputError(
                f"cannot use the ledger ({str(err).strip()})", source=self.where
            ) from None

    def _execute_many(self, sql: str, params: list[tuple[Any, ...]]) -> int:
        import psycopg

        try:
            with self._db.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), params)
                return int(cursor.rowcount)
        except psycopg.Error as err:
            raise InputError(
                f"cannot use the ledger ({str(err).strip()})", source=self.where
            ) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        self._depth += 1
        try:
            with self._db.transaction():
                yield
        finally:
            self._depth -= 1

    def _take_turn(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (CHUNK_LOCK,))

    def _tables(self) -> dict[str, str]:
        rows, _ = self._execute(
            "SELECT table_name, table_type FROM information_schema.tables"
            " WHERE table_schema = current_schema()"
        )
        return {str(name): ("view" if kind == "VIEW" else "table") for name, kind in rows}

    def close(self) -> None:
        self._db.close()

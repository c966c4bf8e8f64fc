"""The ledger: every message from its claim to the sender's answer, per order, type and day.

One schema (toolkit.ledger.schema, versioned, migrated by `bsm ledger migrate` or on opening
for writing), two stores: SQLite (a file; the default) and PostgreSQL (a `postgresql://` URL,
shared by several workers). Both answer the send rules (the `Ledger` protocol of
toolkit.rules.base: BSM105, BSM111) and hold the claims that make a batch write each message
exactly once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports
from toolkit.ledger.keys import MessageKey, text_variant

if TYPE_CHECKING:  # the schema, the store, the stores (sqlite3, a PostgreSQL driver): when used
    from toolkit.ledger.postgres import PostgresLedger as PostgresLedger
    from toolkit.ledger.postgres import without_password as without_password
    from toolkit.ledger.schema import SCHEMA_VERSION as SCHEMA_VERSION
    from toolkit.ledger.schema import STATUSES as STATUSES
    from toolkit.ledger.sqlite import SqliteLedger as SqliteLedger
    from toolkit.ledger.store import AVERAGE_OVER_DAYS as AVERAGE_OVER_DAYS
    from toolkit.ledger.store import Claim as Claim
    from toolkit.ledger.store import ClaimResult as ClaimResult
    from toolkit.ledger.store import MessageRow as MessageRow
    from toolkit.ledger.store import Sent as Sent
    from toolkit.ledger.store import SqlLedger as SqlLedger
    from toolkit.ledger.store import Worker as Worker
    from toolkit.ledger.store import daily_limit as daily_limit
    from toolkit.ledger.store import utc_day as utc_day

URL_SCHEMES = ("postgresql://", "postgres://")
# the names imported from their module when first asked for: a render that writes no ledger
# (it needs only message keys, toolkit.ledger.keys) loads no store and no schema
ON_FIRST_USE = {
    "SCHEMA_VERSION": "toolkit.ledger.schema",
    "STATUSES": "toolkit.ledger.schema",
    "AVERAGE_OVER_DAYS": "toolkit.ledger.store",
    "Claim": "toolkit.ledger.store",
    "ClaimResult": "toolkit.ledger.store",
    "MessageRow": "toolkit.ledger.store",
    "Sent": "toolkit.ledger.store",
    "SqlLedger": "toolkit.ledger.store",
    "Worker": "toolkit.ledger.store",
    "daily_limit": "toolkit.ledger.store",
    "utc_day": "toolkit.ledger.store",
    "PostgresLedger": "toolkit.ledger.postgres",
    "SqliteLedger": "toolkit.ledger.sqlite",
    "without_password": "toolkit.ledger.postgres",
}
__getattr__ = lazy_exports(__name__, ON_FIRST_USE)

__all__ = [
    "AVERAGE_OVER_DAYS",
    "SCHEMA_VERSION",
    "STATUSES",
    "Claim",
    "ClaimResult",
    "MessageKey",
    "MessageRow",
    "PostgresLedger",
    "Sent",
    "SqlLedger",
    "SqliteLedger",
    "Worker",
    "daily_limit",
    "is_url",
    "open_ledger",
    "text_variant",
    "utc_day",
    "without_password",
]


def is_url(spec: str | Path) -> bool:
    return isinstance(spec, str) and spec.startswith(URL_SCHEMES)


def open_ledger(spec: str | Path, *, readonly: bool = False) -> SqlLedger:
    """The ledger at a path (SQLite) or a postgresql:// URL; InputError when it is none."""
    if is_url(spec):
        from toolkit.ledger.postgres import PostgresLedger

        return PostgresLedger.open(str(spec), readonly=readonly)
    from toolkit.ledger.sqlite import SqliteLedger

    return SqliteLedger.open(Path(spec), readonly=readonly)

"""What a ledger does, written once over a small SQL connection: the SQLite and PostgreSQL
stores (toolkit.ledger.sqlite, toolkit.ledger.postgres) only open it and say how a transaction
begins.

A message's way through the ledger: `claim` (one worker holds it, for a while), the files are
written, `complete` (status generated); then the sender: `mark_sending`, `mark_sent` or
`mark_failed` with its answer. The rules' questions (the `Ledger` protocol of
toolkit.rules.base) count what is claimed, generated or sent: a message in flight already
counts against the day's limit and as an order's review request.

Days are UTC calendar days; times are ISO-8601 in UTC, stored as text (they sort as they read).
"""

from __future__ import annotations

import contextlib
import math
import os
import socket
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from types import TracebackType
from typing import Any

from toolkit.catalog import MessageType
from toolkit.errors import InputError
from toolkit.ledger import schema
from toolkit.ledger.keys import MessageKey

AVERAGE_OVER_DAYS = 30  # the average daily orders: over the most recent days recorded
CLAIM_SECONDS = 300  # a claim not completed by then may be taken by another worker
CLAIMS_AT_ONCE = 256  # messages claimed in one statement (11 parameters each)
MESSAGE_COLUMNS = (
    "order_id",
    "message_type",
    "variant",
    "locale",
    "subject",
    "proactive",
    "review",
    "day",
    "status",
    "content_hash",
    "files",
    "run_id",
    "claim_owner",
    "claim_expires",
    "created_at",
    "generated_at",
    "sending_at",
    "sent_at",
    "failed_at",
    "attempts",
    "answer",
)


@dataclass(frozen=True)
class Sent:
    """A message that was sent (how version 1 recorded it; still how a sender may record)."""

    order_id: str
    message_type: str
    sent_at: datetime
    proactive: bool
    review: bool
    locale: str | None = None
    subject: str | None = None


class ClaimResult(StrEnum):
    CLAIMED = "claimed"  # new: this worker writes it
    RETAKEN = "retaken"  # a dead or expired claim: this worker writes it again, whole
    DONE = "done"  # written before (status generated or later)
    BUSY = "busy"  # another live worker holds it
    REPEAT_REVIEW = "repeat-review"  # the order already had a review request (BSM105)
    LIMIT = "limit"  # the day's proactive messages are at the limit (BSM111)


@dataclass(frozen=True)
class Claim:
    """The answer to a claim on an order's message: whether this worker writes it, or why not."""

    result: ClaimResult
    status: str | None = None  # the message's status when it was DONE
    run_id: str | None = None  # the run that wrote it, when DONE

    @property
    def won(self) -> bool:
        return self.result in (ClaimResult.CLAIMED, ClaimResult.RETAKEN)


@dataclass(frozen=True)
class ClaimRequest:
    """One message of `claim_many`: what `claim` takes besides the worker, day and limit."""

    key: MessageKey
    proactive: bool
    review: bool
    locale: str | None


@dataclass(frozen=True)
class Completion:
    """One message of `complete_many`: what `complete` records for it."""

    key: MessageKey
    content_hash: str
    files: str
    subject: str | None


@dataclass(frozen=True)
class Worker:
    """Who claims: `host:pid:run`. A claim of a process that is gone (on this host) or past its
    expiry is no claim: the next run takes it."""

    run_id: str = field(default_factory=lambda: os.urandom(8).hex())
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    claim_seconds: int = CLAIM_SECONDS

    @property
    def owner(self) -> str:
        return f"{self.host}:{self.pid}:{self.run_id}"

    def holds(self, owner: str | None, expires: str | None, now: datetime) -> bool:
        """Whether a claim by `owner` (expiring at `expires`) still stands against this worker."""
        if not owner or owner == self.owner:
            return False
        if expires is None or expires <= iso(now):
            return False
        host, _, rest = owner.partition(":")
        pid_text = rest.partition(":")[0]
        if host == self.host and pid_text.isdigit():
            return process_alive(int(pid_text))
        return True


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


@dataclass(frozen=True)
class MessageRow:
    """A message's row of the ledger, by column name."""

    key: MessageKey
    values: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def status(self) -> str:
        return str(self.values["status"])


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def utc_day(value: datetime | date | str) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("a time without a zone cannot be placed on a UTC day")
        return value.astimezone(UTC).date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(value).isoformat()


def daily_limit(average: float | None, per_order: int, base: int) -> int | None:
    """BSM111: proactive messages a day, at most 5 x average daily orders + 600 (None: no
    average known, no limit). Whole messages: n may be sent while n < the limit."""
    if average is None:
        return None
    return math.ceil(per_order * average + base)


class SqlLedger:
    """A ledger over one SQL connection; subclasses open it and begin its transactions."""

    dialect = "sqlite"
    for_update = ""  # PostgreSQL locks the row it reads inside a claim

    def __init__(self, where: str, *, readonly: bool) -> None:
        self.where = where  # the path or URL, for error messages (a URL without its password)
        self.readonly = readonly
        self.version = 0

    # --- what a store provides ---------------------------------------------------------------

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[list[tuple[Any, ...]], int]:
        raise NotImplementedError

    def _execute_many(self, sql: str, params: list[tuple[Any, ...]]) -> int:
        """One statement for each of `params`, returning no rows: the rows they changed."""
        raise NotImplementedError

    def _transaction(self) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    def _tables(self) -> dict[str, str]:
        """Table and view names -> 'table' or 'view'."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Several calls as one transaction (a batch's chunk of claims, or of completions):
        all of them, or none after a crash; one commit instead of one a call. Such
        transactions of several workers take their turns (`_take_turn`): two chunks that claim
        the same messages in different orders never wait for each other (a deadlock)."""
        with self._transaction():
            self._take_turn()
            yield

    def _take_turn(self) -> None:
        """Wait for the other workers' chunk transactions (SQLite's BEGIN IMMEDIATE has)."""

    def _error(self, err: Exception) -> InputError:
        return InputError(f"ledger: {err}".strip(), source=self.where)

    def __enter__(self) -> SqlLedger:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # --- the schema ------------------------------------------------------------------------

    def detect_version(self) -> int:
        """0 for an empty database, 1 or 2 for a ledger; an InputError for anything else."""
        tables = self._tables()
        if "ledger_schema" in tables:
            rows, _ = self._execute("SELECT MAX(version) FROM ledger_schema")
            version = int(rows[0][0] or 0)
            if version > schema.SCHEMA_VERSION:
                raise InputError(
                    f"ledger schema version {version} is newer than this toolkit's "
                    f"({schema.SCHEMA_VERSION}); upgrade bsm-toolkit",
                    source=self.where,
                )
            return version
        if tables.get("sent") == "table" and "daily_orders" in tables:
            self._check_v1_columns()
            return 1
        if not tables:
            return 0
        raise InputError(
            "not a ledger database: a database of something else (no sent and daily_orders tables)",
            source=self.where,
        )

    def _check_v1_columns(self) -> None:
        probes = {
            "sent": "order_id, message_type, sent_at, day, proactive, review, locale, subject",
            "daily_orders": "day, orders",
        }
        for table, columns in probes.items():  # a table of the right name is not enough
            try:
                self._execute(f"SELECT {columns} FROM {table} WHERE 1 = 0")
            except InputError as err:
                raise InputError(
                    f"not a ledger database: its {table} table lacks a column ({err.problem})",
                    source=self.where,
                ) from None

    def migrate(self) -> tuple[int, int]:
        """Create or upgrade the schema; (version before, version after)."""
        before = self.detect_version()
        steps = schema.plan(before, self.dialect, has_v1_sent=before == 1)
        if steps.needed:
            with self._transaction():
                for sql in steps.statements:
                    self._execute(sql)
        self.version = schema.SCHEMA_VERSION
        return before, self.version

    # --- the Ledger protocol (toolkit.rules.base) -----------------------------------------

    def review_requests(self, order_id: str) -> int:
        if self.version == 1:
            sql = "SELECT COUNT(*) FROM sent WHERE order_id = ? AND review = 1"
        else:
            sql = (
                "SELECT COUNT(*) FROM messages WHERE order_id = ? AND review = 1"
                f" AND status IN {_in(schema.LIVE_STATUSES)}"
            )
        rows, _ = self._execute(sql, (order_id,))
        return int(rows[0][0])

    def review_orders(self, order_ids: Iterable[str]) -> set[str]:
        """Those of `order_ids` that had a review request (`review_requests`, in one statement)."""
        wanted = sorted(set(order_ids))
        if self.version == 1 or not wanted:
            return {order_id for order_id in wanted if self.review_requests(order_id)}
        rows, _ = self._execute(
            "SELECT DISTINCT order_id FROM messages WHERE review = 1"
            f" AND status IN {_in(schema.LIVE_STATUSES)}"
            f" AND order_id IN ({', '.join('?' * len(wanted))})",
            tuple(wanted),
        )
        return {str(row[0]) for row in rows}

    def proactive_sent_on(self, day: str) -> int:
        if self.version == 1:
            sql = "SELECT COUNT(*) FROM sent WHERE day = ? AND proactive = 1"
        else:
            sql = "SELECT COALESCE(MAX(proactive), 0) FROM day_counts WHERE day = ?"
        rows, _ = self._execute(sql, (utc_day(day),))
        return int(rows[0][0])

    def average_daily_orders(self) -> float | None:
        """Over the most recent AVERAGE_OVER_DAYS days that have a figure: a day's figure is
        what was set for it, else the distinct orders of the inputs purchased that day."""
        if self.version == 1:
            days = "SELECT day, orders FROM daily_orders"
        else:
            days = (
                "SELECT day, orders FROM daily_orders UNION ALL"
                " SELECT day, COUNT(*) FROM order_days"
                " WHERE day NOT IN (SELECT day FROM daily_orders) GROUP BY day"
            )
        rows, _ = self._execute(
            "SELECT AVG(orders), COUNT(*) FROM"
            f" (SELECT orders FROM ({days}) AS known ORDER BY day DESC LIMIT ?) AS recent",
            (AVERAGE_OVER_DAYS,),
        )
        average, count = rows[0]
        if not count:
            return None
        try:
            return float(average)
        except (TypeError, ValueError):
            raise InputError(
                f"the daily_orders table holds no numbers ({average!r})", source=self.where
            ) from None

    def daily_limit(self, per_order: int, base: int) -> int | None:
        return daily_limit(self.average_daily_orders(), per_order, base)

    # --- the day's orders --------------------------------------------------------------------

    def set_daily_orders(self, day: date | str, orders: int) -> None:
        """How many orders the account had on a day (from the Orders API, say)."""
        if orders < 0:
            raise ValueError("a day has no negative number of orders")
        with self._transaction():
            self._execute(
                "INSERT INTO daily_orders (day, orders) VALUES (?, ?)"
                " ON CONFLICT (day) DO UPDATE SET orders = excluded.orders",
                (utc_day(day), orders),
            )

    def add_order_days(self, orders: Iterable[tuple[str, str]]) -> int:
        """Orders seen in the inputs, (order id, UTC purchase day), in one transaction; how
        many were new. An order is counted once, on its first purchase day seen. (Its turn
        taken as a chunk's: two workers' inputs may hold the same orders in other orders.)"""
        with self.transaction():
            added = self._execute_many(
                "INSERT INTO order_days (order_id, day) VALUES (?, ?)"
                " ON CONFLICT (order_id) DO NOTHING",
                list(orders),
            )
        return max(added, 0)

    # --- one message's way: claim, complete ---------------------------------------------------

    def get(self, key: MessageKey) -> MessageRow | None:
        rows, _ = self._execute(
            f"SELECT {', '.join(MESSAGE_COLUMNS)} FROM messages"
            " WHERE order_id = ? AND message_type = ? AND variant = ?",
            (key.order_id, key.message_type, key.variant),
        )
        return MessageRow(key, dict(zip(MESSAGE_COLUMNS, rows[0], strict=True))) if rows else None

    def claim(
        self,
        key: MessageKey,
        worker: Worker,
        *,
        day: str,
        proactive: bool,
        review: bool,
        locale: str | None,
        limit: int | None,
        now: datetime | None = None,
    ) -> Claim:
        """Take the message for `worker`, in one transaction: exactly one worker wins it. A new
        proactive message takes one of the day's `limit` places (None: no limit known); when
        none is left the claim is undone (LIMIT). Inside `transaction()` it is part of that
        transaction (a batch claims a chunk of messages in one)."""
        return self._claim(key, worker, day, proactive, review, locale, limit, now)

    def _claim(
        self,
        key: MessageKey,
        worker: Worker,
        day: str,
        proactive: bool,
        review: bool,
        locale: str | None,
        limit: int | None,
        now: datetime | None,
    ) -> Claim:
        clock = now or datetime.now(UTC)
        expires = iso(clock + timedelta(seconds=worker.claim_seconds))
        with self._transaction():
            if review and self._other_review(key):
                return Claim(ClaimResult.REPEAT_REVIEW)
            _, inserted = self._execute(
                "INSERT INTO messages (order_id, message_type, variant, locale, proactive, review,"
                " day, status, run_id, claim_owner, claim_expires, created_at, attempts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?, ?, ?, 1)"
                " ON CONFLICT (order_id, message_type, variant) DO NOTHING",
                (
                    key.order_id,
                    key.message_type,
                    key.variant,
                    locale,
                    int(proactive),
                    int(review),
                    day,
                    worker.run_id,
                    worker.owner,
                    expires,
                    iso(clock),
                ),
            )
            if inserted == 1:
                if proactive and not self._take_place(day, limit):
                    self._execute(  # undone: the row just inserted goes again
                        "DELETE FROM messages WHERE order_id = ? AND message_type = ?"
                        " AND variant = ?",
                        (key.order_id, key.message_type, key.variant),
                    )
                    return Claim(ClaimResult.LIMIT)
                return Claim(ClaimResult.CLAIMED)
            rows, _ = self._execute(
                "SELECT status, claim_owner, claim_expires, run_id FROM messages"
                f" WHERE order_id = ? AND message_type = ? AND variant = ?{self.for_update}",
                (key.order_id, key.message_type, key.variant),
            )
            return self._claim_existing(key, worker, locale, rows[0], clock, expires)

    def _claim_existing(
        self,
        key: MessageKey,
        worker: Worker,
        locale: str | None,
        row: tuple[Any, ...],
        clock: datetime,
        expires: str,
    ) -> Claim:
        """A claim of a message the ledger has (its status, claim_owner, claim_expires, run_id):
        done, held by another live worker, or taken again."""
        status, owner, owner_expires, run_id = row
        if status != "claimed":
            return Claim(ClaimResult.DONE, status=str(status), run_id=run_id)
        if worker.holds(owner, owner_expires, clock):
            return Claim(ClaimResult.BUSY)
        self._execute(
            "UPDATE messages SET claim_owner = ?, claim_expires = ?, run_id = ?,"
            " attempts = attempts + 1, locale = ?"
            " WHERE order_id = ? AND message_type = ? AND variant = ?",
            (
                worker.owner,
                expires,
                worker.run_id,
                locale,
                key.order_id,
                key.message_type,
                key.variant,
            ),
        )
        return Claim(ClaimResult.RETAKEN)

    def claim_many(
        self,
        requests: Sequence[ClaimRequest],
        worker: Worker,
        *,
        day: str,
        limit: int | None,
        now: datetime | None = None,
    ) -> list[Claim]:
        """`claim` of each request, decided as one after another in this order would decide
        them, in a few statements rather than several a message (inside a chunk's
        `transaction()`): up to CLAIMS_AT_ONCE together, and never two review requests of one
        order (the second one's BSM105 reads what the first one's claim wrote)."""
        clock = now or datetime.now(UTC)
        claims: list[Claim] = []
        run: list[ClaimRequest] = []
        review_orders: set[str] = set()
        with self._transaction():
            for request in requests:
                order = request.key.order_id
                if len(run) >= CLAIMS_AT_ONCE or (request.review and order in review_orders):
                    claims += self._claim_together(run, worker, day, limit, clock)
                    run, review_orders = [], set()
                run.append(request)
                if request.review:
                    review_orders.add(order)
            claims += self._claim_together(run, worker, day, limit, clock)
        return claims

    def _claim_together(
        self,
        requests: list[ClaimRequest],
        worker: Worker,
        day: str,
        limit: int | None,
        clock: datetime,
    ) -> list[Claim]:
        """Requests of which no two are review requests of one order: a review request whose
        order has another live one is refused (BSM105, read in one statement); the others are
        inserted in one statement; those new and proactive take the day's places in their order
        while places are left (the others are undone: LIMIT); those the ledger had are read in
        one statement and decided each."""
        if not requests:
            return []
        repeats = self._other_reviews([r.key for r in requests if r.review])
        claims_of = {key: Claim(ClaimResult.REPEAT_REVIEW) for key in repeats}
        claims_of.update(self._insert_claims(
            [r for r in requests if r.key not in repeats], worker, day, limit, clock
        ))  # fmt: skip
        return [claims_of[r.key] for r in requests]

    def _insert_claims(
        self,
        requests: list[ClaimRequest],
        worker: Worker,
        day: str,
        limit: int | None,
        clock: datetime,
    ) -> dict[MessageKey, Claim]:
        if not requests:
            return {}
        expires, created = iso(clock + timedelta(seconds=worker.claim_seconds)), iso(clock)
        params: list[Any] = []
        for r in requests:
            params += [r.key.order_id, r.key.message_type, r.key.variant, r.locale,
                       int(r.proactive), int(r.review), day, worker.run_id, worker.owner,
                       expires, created]  # fmt: skip
        values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?, ?, ?, 1)"] * len(requests))
        rows, _ = self._execute(
            "INSERT INTO messages (order_id, message_type, variant, locale, proactive, review,"
            " day, status, run_id, claim_owner, claim_expires, created_at, attempts)"
            f" VALUES {values} ON CONFLICT (order_id, message_type, variant) DO NOTHING"
            " RETURNING order_id, message_type, variant",
            tuple(params),
        )
        inserted = {MessageKey(str(o), str(t), str(v)) for o, t, v in rows}
        wanting = [r.key for r in requests if r.key in inserted and r.proactive]
        places = self._take_places(day, limit, len(wanting))
        over = set(wanting[places:])
        for key in over:  # undone: no place left today
            self._execute(
                "DELETE FROM messages WHERE order_id = ? AND message_type = ? AND variant = ?",
                (key.order_id, key.message_type, key.variant),
            )
        existing = self.rows_of([r.key for r in requests if r.key not in inserted], lock=True)
        claims = {}
        for r in requests:
            if r.key in over:
                claims[r.key] = Claim(ClaimResult.LIMIT)
            elif r.key in inserted:
                claims[r.key] = Claim(ClaimResult.CLAIMED)
            else:
                row = existing[r.key]
                claims[r.key] = self._claim_existing(r.key, worker, r.locale, row, clock, expires)
        return claims

    def _other_reviews(self, keys: list[MessageKey]) -> set[MessageKey]:
        """Of review requests of distinct orders, those whose order has another live review
        request (`_other_review` of each, in one statement)."""
        if not keys:
            return set()
        rows, _ = self._execute(
            "SELECT order_id, message_type, variant FROM messages WHERE review = 1"
            f" AND status IN {_in(schema.LIVE_STATUSES)}"
            f" AND order_id IN ({', '.join('?' * len(keys))})",
            tuple(key.order_id for key in keys),
        )
        by_order = {key.order_id: key for key in keys}
        return {
            by_order[str(o)]
            for o, t, v in rows
            if (str(t), str(v)) != (by_order[str(o)].message_type, by_order[str(o)].variant)
        }

    def rows_of(
        self, keys: Sequence[MessageKey], *, lock: bool = False
    ) -> dict[MessageKey, tuple[Any, ...]]:
        """status, claim_owner, claim_expires, run_id of those of `keys` the ledger has, in one
        statement (`lock`: PostgreSQL locks them, as a claim reads them)."""
        if not keys:
            return {}
        wanted = " OR ".join(["(order_id = ? AND message_type = ? AND variant = ?)"] * len(keys))
        params = tuple(
            part for key in keys for part in (key.order_id, key.message_type, key.variant)
        )
        rows, _ = self._execute(
            "SELECT order_id, message_type, variant, status, claim_owner, claim_expires, run_id"
            f" FROM messages WHERE {wanted}{self.for_update if lock else ''}",
            params,
        )
        return {MessageKey(str(o), str(t), str(v)): tuple(rest) for o, t, v, *rest in rows}

    def _take_places(self, day: str, limit: int | None, wanted: int) -> int:
        """Up to `wanted` of the day's places, as `_take_place` one after another would take
        them; how many were taken. The day's count is read locked (PostgreSQL: FOR UPDATE; SQLite's
        transaction writes alone), so no two workers take the last place."""
        if wanted == 0:
            return 0
        self._execute(
            "INSERT INTO day_counts (day, proactive) VALUES (?, 0) ON CONFLICT (day) DO NOTHING",
            (day,),
        )
        taken = wanted
        if limit is not None:
            rows, _ = self._execute(
                f"SELECT proactive FROM day_counts WHERE day = ?{self.for_update}", (day,)
            )
            taken = max(0, min(wanted, limit - int(rows[0][0])))
        if taken:
            self._execute(
                "UPDATE day_counts SET proactive = proactive + ? WHERE day = ?", (taken, day)
            )
        return taken

    def _other_review(self, key: MessageKey) -> bool:
        rows, _ = self._execute(
            "SELECT COUNT(*) FROM messages WHERE order_id = ? AND review = 1"
            f" AND status IN {_in(schema.LIVE_STATUSES)}"
            " AND NOT (message_type = ? AND variant = ?)",
            (key.order_id, key.message_type, key.variant),
        )
        return int(rows[0][0]) > 0

    def _take_place(self, day: str, limit: int | None) -> bool:
        """One of the day's places, taken in one statement (no two workers take the last)."""
        self._execute(
            "INSERT INTO day_counts (day, proactive) VALUES (?, 0) ON CONFLICT (day) DO NOTHING",
            (day,),
        )
        if limit is None:
            _, taken = self._execute(
                "UPDATE day_counts SET proactive = proactive + 1 WHERE day = ?", (day,)
            )
        else:
            _, taken = self._execute(
                "UPDATE day_counts SET proactive = proactive + 1 WHERE day = ? AND proactive < ?",
                (day, limit),
            )
        return taken == 1

    def complete(
        self,
        key: MessageKey,
        worker: Worker,
        *,
        content_hash: str,
        files: str,
        subject: str | None,
        now: datetime | None = None,
    ) -> bool:
        """The message's files are written: status generated. False when the claim was lost
        (it expired and another worker took it; both wrote the same bytes)."""
        with self._transaction():
            _, changed = self._execute(
                "UPDATE messages SET status = 'generated', content_hash = ?, files = ?,"
                " subject = ?, generated_at = ?, claim_owner = NULL, claim_expires = NULL"
                " WHERE order_id = ? AND message_type = ? AND variant = ?"
                " AND status = 'claimed' AND claim_owner = ?",
                (
                    content_hash,
                    files,
                    subject,
                    iso(now or datetime.now(UTC)),
                    key.order_id,
                    key.message_type,
                    key.variant,
                    worker.owner,
                ),
            )
        return changed == 1

    def complete_many(
        self, completions: Sequence[Completion], worker: Worker, now: datetime | None = None
    ) -> None:
        """`complete` of each (one statement run for them all, inside a chunk's
        `transaction()`); a message whose claim was lost is left as it is, as `complete`
        leaves it."""
        when = iso(now or datetime.now(UTC))
        with self._transaction():
            self._execute_many(
                "UPDATE messages SET status = 'generated', content_hash = ?, files = ?,"
                " subject = ?, generated_at = ?, claim_owner = NULL, claim_expires = NULL"
                " WHERE order_id = ? AND message_type = ? AND variant = ?"
                " AND status = 'claimed' AND claim_owner = ?",
                [
                    (c.content_hash, c.files, c.subject, when, c.key.order_id,
                     c.key.message_type, c.key.variant, worker.owner)
                    for c in completions
                ],
            )  # fmt: skip

    def release(self, key: MessageKey, worker: Worker) -> None:
        """Give a claim back (its files could not be written): the row and its place go."""
        with self._transaction():
            rows, _ = self._execute(
                "SELECT proactive, day FROM messages WHERE order_id = ? AND message_type = ?"
                " AND variant = ? AND status = 'claimed' AND claim_owner = ?",
                (key.order_id, key.message_type, key.variant, worker.owner),
            )
            if not rows:
                return
            self._execute(
                "DELETE FROM messages WHERE order_id = ? AND message_type = ? AND variant = ?",
                (key.order_id, key.message_type, key.variant),
            )
            if rows[0][0]:
                self._execute(
                    "UPDATE day_counts SET proactive = proactive - 1 WHERE day = ?"
                    " AND proactive > 0",
                    (rows[0][1],),
                )

    # --- the sender's side (bsm send) ------------------------------------------------------

    def pending(self, limit: int = 100) -> list[MessageRow]:
        """Messages generated and not yet being sent, oldest first."""
        rows, _ = self._execute(
            f"SELECT {', '.join(MESSAGE_COLUMNS)} FROM messages WHERE status = 'generated'"
            " ORDER BY id LIMIT ?",
            (limit,),
        )
        return [self._row(values) for values in rows]

    def mark_sending(self, key: MessageKey, now: datetime | None = None) -> bool:
        """generated (or failed, to retry) -> sending; False when another sender has it."""
        return self._set_status(
            key,
            "sending",
            "sending_at",
            now,
            None,
            from_statuses=("generated", "failed"),
            attempt=True,
        )

    def mark_sent(self, key: MessageKey, answer: str, now: datetime | None = None) -> bool:
        return self._set_status(key, "sent", "sent_at", now, answer, from_statuses=("sending",))

    def mark_failed(self, key: MessageKey, answer: str, now: datetime | None = None) -> bool:
        """A failure (the answer says why) gives its day's place back: it was not sent."""
        with self._transaction():
            rows, _ = self._execute(
                "SELECT proactive, day FROM messages WHERE order_id = ? AND message_type = ?"
                " AND variant = ? AND status = 'sending'",
                (key.order_id, key.message_type, key.variant),
            )
            done = self._set_status(
                key, "failed", "failed_at", now, answer, from_statuses=("sending",), nested=True
            )
            if done and rows and rows[0][0]:
                self._execute(
                    "UPDATE day_counts SET proactive = proactive - 1 WHERE day = ?"
                    " AND proactive > 0",
                    (rows[0][1],),
                )
        return done

    def _set_status(
        self,
        key: MessageKey,
        status: str,
        time_column: str,
        now: datetime | None,
        answer: str | None,
        *,
        from_statuses: tuple[str, ...],
        attempt: bool = False,
        nested: bool = False,
    ) -> bool:
        sql = (
            f"UPDATE messages SET status = ?, {time_column} = ?,"
            " answer = COALESCE(?, answer)"
            + (", attempts = attempts + 1" if attempt else "")
            + " WHERE order_id = ? AND message_type = ? AND variant = ?"
            f" AND status IN {_in(from_statuses)}"
        )
        params = (
            status,
            iso(now or datetime.now(UTC)),
            answer,
            key.order_id,
            key.message_type,
            key.variant,
        )
        if nested:
            return self._execute(sql, params)[1] == 1
        with self._transaction():
            return self._execute(sql, params)[1] == 1

    # --- recording what was sent elsewhere (version 1's API) --------------------------------

    def record(self, sent: Sent) -> None:
        self.record_many((sent,))

    def record_many(self, sent: Iterable[Sent]) -> None:
        """Messages sent (by another tool), in one transaction: each is a message of status
        sent, counted on its day (once: recording it again only marks it sent)."""
        with self._transaction():
            for s in sent:
                when, day = iso(s.sent_at), utc_day(s.sent_at)
                _, inserted = self._execute(
                    "INSERT INTO messages (order_id, message_type, variant, locale, subject,"
                    " proactive, review, day, status, created_at, sent_at, attempts)"
                    " VALUES (?, ?, '', ?, ?, ?, ?, ?, 'sent', ?, ?, 1)"
                    " ON CONFLICT (order_id, message_type, variant) DO NOTHING",
                    (
                        s.order_id,
                        s.message_type,
                        s.locale,
                        s.subject,
                        int(s.proactive),
                        int(s.review),
                        day,
                        when,
                        when,
                    ),
                )
                if inserted != 1:
                    self._execute(
                        "UPDATE messages SET status = 'sent', sent_at = ? WHERE order_id = ?"
                        " AND message_type = ? AND variant = ''",
                        (when, s.order_id, s.message_type),
                    )
                elif s.proactive:
                    self._take_place(day, None)

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

    # --- reading back ------------------------------------------------------------------------

    def _row(self, values: tuple[Any, ...]) -> MessageRow:
        data = dict(zip(MESSAGE_COLUMNS, values, strict=True))
        key = MessageKey(str(data["order_id"]), str(data["message_type"]), str(data["variant"]))
        return MessageRow(key, data)

    def messages(self, batch: int = 1000) -> Iterator[MessageRow]:
        """Every message, in the order recorded (read in pages: memory stays flat)."""
        last = 0
        while True:
            rows, _ = self._execute(
                f"SELECT id, {', '.join(MESSAGE_COLUMNS)} FROM messages WHERE id > ?"
                " ORDER BY id LIMIT ?",
                (last, batch),
            )
            if not rows:
                return
            for row in rows:
                last = int(row[0])
                yield self._row(row[1:])

    def sent(self, order_id: str | None = None) -> list[Sent]:
        """What was generated or sent, as version 1 listed it."""
        query = (
            "SELECT order_id, message_type, sent_at, proactive, review, locale, subject FROM sent"
        )
        rows, _ = (
            self._execute(query + " WHERE order_id = ? ORDER BY id", (order_id,))
            if order_id
            else self._execute(query + " ORDER BY id")
        )
        try:
            return [
                Sent(
                    str(o),
                    str(t),
                    datetime.fromisoformat(str(at)),
                    bool(p),
                    bool(r),
                    None if loc is None else str(loc),
                    None if subj is None else str(subj),
                )
                for o, t, at, p, r, loc, subj in rows
            ]
        except ValueError as err:
            raise InputError(f"a sent row has a bad sent_at ({err})", source=self.where) from None

    def status_counts(self, day: str | None = None) -> list[tuple[str, str, int]]:
        """(type, status, count), of one UTC day or of all."""
        where, params = ("WHERE day = ?", (day,)) if day else ("", ())
        rows, _ = self._execute(
            f"SELECT message_type, status, COUNT(*) FROM messages {where}"
            " GROUP BY message_type, status ORDER BY message_type, status",
            params,
        )
        return [(str(t), str(s), int(n)) for t, s, n in rows]


def _in(values: tuple[str, ...]) -> str:
    """An SQL list of constant strings (ours, never user input)."""
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"

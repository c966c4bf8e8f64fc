"""The ledger: a real SQLite file that answers the send rules (BSM105, BSM111)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.catalog import load_catalog
from toolkit.errors import InputError
from toolkit.ledger import AVERAGE_OVER_DAYS, MessageKey, Sent, SqliteLedger, SqlLedger, Worker
from toolkit.ledger.store import ClaimRequest, Completion
from toolkit.rules.base import Ledger

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_records_and_answers(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    catalog = load_catalog()
    review, delay, reply = (catalog.get(t) for t in ("review-request", "delivery-delay", "reply"))
    assert review and delay and reply
    with SqliteLedger.open(path) as ledger:
        ledger.record_message("302-1234567-7654321", review, NOW, locale="nl-NL", subject="S")
        ledger.record_message("302-1234567-7654321", delay, NOW)
        ledger.record_message("302-1234567-7654321", reply, NOW)
        late = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # UTC 21st
        ledger.record_message("302-7654321-1234567", delay, late)
    with SqliteLedger.open(path, readonly=True) as ledger:  # a file: it outlives the process
        assert ledger.review_requests("302-1234567-7654321") == 1
        assert ledger.review_requests("302-7654321-1234567") == 0
        assert ledger.proactive_sent_on("2026-11-20") == 2  # the reply is no proactive message
        assert ledger.proactive_sent_on("2026-11-21") == 1
        first = ledger.sent("302-1234567-7654321")[0]
        assert (first.message_type, first.review, first.locale, first.subject) == (
            "review-request", True, "nl-NL", "S",
        )  # fmt: skip
        assert first.sent_at == NOW


def test_average_daily_orders_over_the_latest_days(tmp_path: Path) -> None:
    with SqliteLedger.open(tmp_path / "l.sqlite") as ledger:
        assert ledger.average_daily_orders() is None
        for i in range(AVERAGE_OVER_DAYS + 10):
            ledger.set_daily_orders(date(2026, 9, 1) + timedelta(days=i), 1000 if i < 10 else 40)
        ledger.set_daily_orders("2026-10-10", 70)  # corrected: replaces the day's figure
        assert ledger.average_daily_orders() == pytest.approx((40 * 29 + 70) / 30)
        with pytest.raises(ValueError):
            ledger.set_daily_orders("2026-10-11", -1)


def test_implements_the_protocol(tmp_path: Path) -> None:
    with SqliteLedger.open(tmp_path / "l.sqlite") as ledger:
        as_protocol: Ledger = ledger
        assert as_protocol.review_requests("x") == 0


def test_read_only_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    SqliteLedger.open(path).close()
    with (
        SqliteLedger.open(path, readonly=True) as ledger,
        pytest.raises(InputError, match="readonly"),
    ):
        ledger.record(Sent("302-1234567-7654321", "delivery-delay", NOW, True, False))


def test_what_is_no_ledger(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no ledger here"):
        SqliteLedger.open(tmp_path / "none.sqlite", readonly=True)
    text = tmp_path / "text.sqlite"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError, match="not a ledger database"):
        SqliteLedger.open(text)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(InputError, match="something else"):
        SqliteLedger.open(other)
    with pytest.raises(InputError, match="no sent and daily_orders tables"):
        SqliteLedger.open(other, readonly=True)


def test_tables_without_their_columns_are_no_ledger(tmp_path: Path) -> None:
    path = tmp_path / "wrong.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE sent (id INTEGER PRIMARY KEY, order_id TEXT)")
        db.execute("CREATE TABLE daily_orders (day TEXT, orders INTEGER)")
    db.close()
    for readonly in (True, False):
        with pytest.raises(InputError, match=r"sent table lacks a column .*message_type") as err:
            SqliteLedger.open(path, readonly=readonly)
        assert err.value.source == str(path)


def test_a_damaged_row_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    SqliteLedger.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO messages (order_id, message_type, sent_at, day, proactive, review,"
            " status, created_at) VALUES ('302-1234567-7654321', 'reply', 'yesterday',"
            " '2026-11-20', 0, 0, 'sent', 'yesterday')"
        )
    db.close()
    with SqliteLedger.open(path, readonly=True) as ledger:
        with pytest.raises(InputError, match="bad sent_at") as err:
            ledger.sent()
        assert err.value.source == str(path)
        assert ledger.review_requests("302-1234567-7654321") == 0


# --- a chunk's claims together: the same decisions as one claim at a time -----------------------

KINDS = {  # message type -> (proactive, review)
    "delivery-delay": (True, False),
    "reply": (False, False),
    "review-request": (True, True),
    "review-other": (True, True),  # a second review type: two review requests of one order
}
BEFORE = ("none", "done", "busy", "dead", "claimed-review")  # a key's state before the chunk


def dead_worker() -> Worker:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, check=True)  # fmt: skip
    return Worker(pid=int(gone.stdout), run_id="dead")


DEAD = dead_worker()  # a process that is gone: its claims are taken again


def ledger_state(ledger: SqlLedger) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    rows = [tuple(r.values.values()) for r in ledger.messages()]
    counts, _ = ledger._execute("SELECT day, proactive FROM day_counts ORDER BY day")
    return sorted(rows, key=repr), counts


def prepare(ledger: SqlLedger, before: dict[MessageKey, str], workers: dict[str, Worker]) -> None:
    args = {"day": "2026-11-20", "locale": "de-DE", "limit": None, "now": NOW}
    for key, state in sorted(before.items()):
        proactive, review = KINDS[key.message_type]
        if state == "none":
            continue
        owner = workers["busy" if state == "busy" else "dead" if state == "dead" else "us"]
        if state == "claimed-review":  # another review request of its order, in flight
            key = MessageKey(key.order_id, "review-earlier")
            proactive, review = True, True
        ledger.claim(key, owner, proactive=proactive, review=review, **args)
        if state == "done":
            ledger.complete(key, owner, content_hash="h", files="f", subject="s", now=NOW)


chunk_requests = st.lists(
    st.tuples(
        st.integers(0, 4),
        st.sampled_from(sorted(KINDS)),
        st.sampled_from(("", "a1")),
        st.sampled_from(BEFORE),
    ),
    min_size=1,
    max_size=24,
    unique_by=lambda t: t[:3],
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunk_requests, st.one_of(st.none(), st.integers(0, 12)))
def test_claims_together_decide_as_one_at_a_time(
    requests: list[tuple[int, str, str, str]], limit: int | None
) -> None:
    """`claim_many` (a batch's chunk) against `claim` of each in turn, on two ledgers in the
    same state: the same answers, and the same rows and day's count after."""
    workers = {"us": Worker(run_id="us"), "busy": Worker(pid=os.getpid(), run_id="busy"),
               "dead": DEAD}  # fmt: skip
    keys = [MessageKey(f"302-0000000-000000{o}", t, v if t == "reply" else "")
            for o, t, v, _ in requests]  # fmt: skip
    if len(set(keys)) != len(keys):
        return  # a chunk holds a message once
    before = {key: state for key, (*_, state) in zip(keys, requests, strict=True)}
    asked = [ClaimRequest(k, *KINDS[k.message_type], "nl-NL") for k in keys]
    with tempfile.TemporaryDirectory() as folder:
        one = SqliteLedger.open(Path(folder) / "one.sqlite")
        many = SqliteLedger.open(Path(folder) / "many.sqlite")
        with one, many:
            for ledger in (one, many):
                prepare(ledger, before, workers)
            args = {"day": "2026-11-20", "limit": limit, "now": NOW}
            with one.transaction():
                singly = [
                    one.claim(
                        r.key,
                        workers["us"],
                        proactive=r.proactive,
                        review=r.review,
                        locale=r.locale,
                        **args,
                    )
                    for r in asked
                ]
            with many.transaction():
                together = many.claim_many(asked, workers["us"], **args)
            assert together == singly
            assert ledger_state(many) == ledger_state(one)
            won = [r.key for r, c in zip(asked, singly, strict=True) if c.won]
            completions = [Completion(key, "c", "f", "s") for key in won]
            with many.transaction():
                many.complete_many(completions, workers["us"], now=NOW)
            with one.transaction():
                for c in completions:
                    one.complete(c.key, workers["us"], content_hash="c", files="f", subject="s",
                                 now=NOW)  # fmt: skip
            assert ledger_state(many) == ledger_state(one)

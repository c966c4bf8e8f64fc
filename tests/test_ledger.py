"""The ledger: a real SQLite file that answers the send rules (BSM105, BSM111)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from toolkit.catalog import load_catalog
from toolkit.errors import InputError
from toolkit.ledger import AVERAGE_OVER_DAYS, Sent, SqliteLedger
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

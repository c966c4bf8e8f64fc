"""`bsm batch` and `bsm ledger`: every input format, the ledger's rules, and exactly once (a re-run,
kill -9 at random moments, --jobs 2, SQLite and a real PostgreSQL shared by two workers)."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    EXAMPLES,
    ROOT,
    SHARED_EXAMPLES,
    all_ended,
    kill_a_worker,
    two_workers,
    workers_start,
)

from toolkit.batch import CHUNK_MESSAGES, RecordRenderer, Settings, batch_toolkit
from toolkit.cli import main
from toolkit.ledger import Sent, SqliteLedger, open_ledger
from toolkit.project import Seller, init_project
from toolkit.workers import worker_context

NOW = "2026-11-20T12:00:00Z"
NOW_DT = datetime(2026, 11, 20, 12, tzinfo=UTC)
SUFFIXES = (".html", ".txt", ".eml", ".json")
# the header of Amazon's order report (All Orders), in its order
REPORT_HEADER = (
    "amazon-order-id merchant-order-id purchase-date last-updated-date order-status "
    "fulfillment-channel sales-channel order-channel url ship-service-level product-name sku asin "
    "item-status quantity currency item-price item-tax shipping-price shipping-tax "
    "gift-wrap-price gift-wrap-tax item-promotion-discount ship-promotion-discount ship-city "
    "ship-state ship-postal-code ship-country promotion-ids is-business-order "
    "purchase-order-number price-designation is-iba"
)
REPORT_COLUMNS = tuple(REPORT_HEADER.split())


def batch(
    capsys: pytest.CaptureFixture[str], *args: str, project: Path | None = None
) -> tuple[int, dict[str, Any]]:
    before = ["--project", str(project)] if project else []
    code = main([*before, "batch", *args, "--now", NOW, "--format", "json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def error_lines(out: Path) -> list[dict[str, Any]]:
    text = (out / "errors.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def tree(out: Path) -> dict[str, bytes]:
    """Every file under `out` but the ledger: relative name -> bytes."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.name.startswith("ledger.sqlite")
    }


def generated(n: int, path: Path, *, start: int = 0, **changes: Any) -> Path:
    """n delivery-delay orders (copies of the bundled example), one a line."""
    base = json.loads((EXAMPLES / "delivery-delay.json").read_text(encoding="utf-8"))
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            doc = copy.deepcopy(base)
            doc["order"]["AmazonOrderId"] = order_id(i)
            doc.update(changes)
            fh.write(json.dumps(doc) + "\n")
    return path


def order_id(i: int) -> str:
    return f"305-{i:07d}-{i:07d}"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seller's project with a name: an order report carries none."""
    folder = tmp_path_factory.mktemp("project") / "shop"
    init_project(folder, Seller(name="Leuchtenwerk GmbH"))
    return folder


# --- the examples: good and bad records --------------------------------------------------------


def check_examples_run(code: int, summary: dict[str, Any], out: Path, prefix: str) -> None:
    assert code == 2  # two records are bad input
    assert (summary["rendered"], summary["invalid"], summary["refused"]) == (11, 2, 0)
    errors = error_lines(out)
    assert [(e["kind"], e["line"]) for e in errors] == [("invalid", 4), ("invalid", 8)]
    assert errors[0]["field"] == "order.AmazonOrderId"
    assert errors[0]["order"] == f"{prefix}-12345-999"
    assert "not valid JSON" in errors[1]["problem"]
    assert errors[1]["order"] == f"{prefix}-0000000-0000001"  # read from the broken line
    assert all(e["file"].endswith("orders.jsonl") for e in errors)
    assert len(summary["by_type"]) == 11


def test_bundled_examples_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, summary = batch(capsys, str(EXAMPLES / "orders.jsonl"), "--out", str(out))
    check_examples_run(code, summary, out, "305")
    folder = out / "305-1111111-2222222"
    assert {p.name for p in folder.iterdir()} >= {f"invoice{s}" for s in SUFFIXES}
    reply = [p.name for p in (out / "305-2323232-4545454").glob("reply-*.eml")]
    assert len(reply) == 1  # a reply's files carry its text's hash


def test_shared_examples_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = SHARED_EXAMPLES / "orders.jsonl"
    if not source.is_file():
        pytest.skip("../shared/examples/orders.jsonl is not here")
    out = tmp_path / "out"
    code, summary = batch(capsys, str(source), "--out", str(out))
    check_examples_run(code, summary, out, "302")


def test_a_second_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = (str(EXAMPLES / "orders.jsonl"), "--out", str(out))
    batch(capsys, *args)
    files = {p: p.stat().st_mtime_ns for p in out.rglob("*.eml")}
    with open_ledger(out / "ledger.sqlite", readonly=True) as ledger:
        rows = [r.values for r in ledger.messages()]
    code, summary = batch(capsys, *args)
    assert code == 2 and summary["rendered"] == 0  # the two bad records are still bad
    assert summary["skipped_by_reason"] == {"already written": 11}
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.eml")} == files
    with open_ledger(out / "ledger.sqlite", readonly=True) as ledger:
        assert [r.values for r in ledger.messages()] == rows
    main(["batch", *args, "--now", NOW])
    assert "nothing new written" in capsys.readouterr().out


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_jobs_2_writes_what_jobs_1_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str
) -> None:
    """Workers forked from the batch process (on Linux, its Toolkit loaded) or spawned (elsewhere,
    and wherever the batch process runs another thread: here one waits while the run lasts)."""
    one, two = tmp_path / "one", tmp_path / "two"
    source = str(EXAMPLES / "orders.jsonl")
    batch(capsys, source, "--out", str(one), "--jobs", "1")
    with workers_start(start):
        code, summary = batch(capsys, source, "--out", str(two), "--jobs", "2")
    assert code == 2 and summary["rendered"] == 11
    assert tree(one) == tree(two)  # byte for byte: Message-ID, Date and boundaries included


def test_a_batch_reads_its_templates_and_catalogs_once() -> None:
    """The batch's Toolkit, which forked workers inherit, and a spawned worker's own do not
    watch the templates and catalogs (nothing edits them under a batch; a look costs some 30
    stat calls a render); a Toolkit loaded otherwise does (tests/test_render.py)."""
    settings = Settings(now=NOW_DT)
    for tk in (batch_toolkit(settings), RecordRenderer(settings).tk):
        assert not tk.freshness.watching and not tk.renderer.store.freshness.watching
        assert not tk.renderer.environment("en").auto_reload


def test_the_progress_bar_starts_no_thread_before_the_workers() -> None:
    """On a terminal, the bar's refresh thread starts with its first update (after the first
    chunk, when the workers run): a thread before them would have them spawned, not forked."""
    from toolkit.batch import Summary
    from toolkit.commands.batch import Progress

    before = threading.active_count()
    progress = Progress(terminal=True)
    with progress as update:
        assert threading.active_count() == before
        assert worker_context()[1] == sys.platform.startswith("linux")
        update(Summary())
        assert progress.bar.live.is_started
    assert not progress.bar.live.is_started


# --- every input format ------------------------------------------------------------------------


def test_a_json_array_reads_as_the_lines_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = generated(5, tmp_path / "orders.jsonl")
    docs = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    array = tmp_path / "orders.json"
    array.write_text(json.dumps(docs, indent=2), encoding="utf-8")
    batch(capsys, str(lines), "--out", str(tmp_path / "a"))
    code, summary = batch(capsys, str(array), "--out", str(tmp_path / "b"))
    assert (code, summary["rendered"]) == (0, 5)
    a = {k: v for k, v in tree(tmp_path / "a").items() if k.endswith(".eml")}
    b = {k: v for k, v in tree(tmp_path / "b").items() if k.endswith(".eml")}
    assert a == b


def test_a_broken_json_array_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = [
        json.loads(line) for line in generated(2, tmp_path / "o.jsonl").read_text().splitlines()
    ]
    text = json.dumps(docs, indent=1)
    broken = tmp_path / "broken.json"
    broken.write_text(text[: text.rindex("}")] + ',\n  "x": }]', encoding="utf-8")
    code, summary = batch(capsys, str(broken), "--out", str(tmp_path / "out"))
    assert code == 2 and summary["rendered"] == 1 and summary["invalid"] == 1
    (error,) = error_lines(tmp_path / "out")
    assert "not valid JSON" in error["problem"] and error["line"] > 40


def test_stdin(tmp_path: Path) -> None:
    source = generated(3, tmp_path / "o.jsonl").read_bytes()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "batch", "-", "--out", str(tmp_path / "out"),
         "--now", NOW, "--format", "json"],
        input=source, capture_output=True, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rendered"] == 3
    assert (tmp_path / "out" / order_id(2) / "delivery-delay.eml").is_file()


def test_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "orders.csv"
    header = ["order_id", "purchase_date", "marketplace_id", "order_status", "buyer_name",
              "locale", "seller_name", "type", "asin", "sku", "title", "quantity", "item_price",
              "currency", "message.new_ship_date", "message.question"]  # fmt: skip
    rows = [
        ["305-1000000-0000001", "2026-11-10T08:30:00Z", "A1PA6795UKMFR9", "Unshipped",
         "Lukas Weber", "de-DE", "Leuchtenwerk GmbH", "delivery-delay", "B0EXMPL002",
         "LAMP-BRASS", "Messing-Tischleuchte", "1", "64.50", "EUR", "2026-11-18", ""],
        ["305-1000000-0000001", "", "", "", "", "", "", "", "B0EXMPL003", "BULB", "Leuchtmittel",
         "2", "9.90", "EUR", "", ""],
        ["305-1000000-0000002", "2026-11-10T08:30:00Z", "A1PA6795UKMFR9", "Unshipped", "",
         "de-DE", "Leuchtenwerk GmbH", "delivery-delay", "B0EXMPL002", "", "Tischleuchte",
         "eins", "", "", "2026-11-18", ""],
    ]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *rows])
    out = tmp_path / "out"
    code, summary = batch(capsys, str(path), "--out", str(out))
    assert (code, summary["rendered"], summary["invalid"]) == (2, 1, 1)
    text = (out / "305-1000000-0000001" / "delivery-delay.txt").read_text(encoding="utf-8")
    assert "Leuchtmittel" in text  # the second row is the order's second item
    (error,) = error_lines(out)
    assert (error["line"], error["column"]) == (4, "quantity")  # the row and column at fault


def report_row(order: str, **cells: str) -> dict[str, str]:
    row = dict.fromkeys(REPORT_COLUMNS, "")
    row.update({
        "amazon-order-id": order, "purchase-date": "2026-11-01T08:00:00+00:00",
        "last-updated-date": "2026-11-10T08:00:00+00:00", "order-status": "Shipped",
        "fulfillment-channel": "Merchant", "sales-channel": "Amazon.nl",
        "ship-service-level": "Standard", "product-name": "Messing tafellamp", "sku": "LAMP",
        "asin": "B0EXMPL002", "item-status": "Shipped", "quantity": "1", "currency": "EUR",
        "item-price": "64.50", "is-business-order": "false", "is-iba": "false",
    })  # fmt: skip
    row.update({k.replace("_", "-"): v for k, v in cells.items()})
    return row


def write_report(path: Path, rows: list[dict[str, str]]) -> Path:
    lines = ["\t".join(REPORT_COLUMNS)] + ["\t".join(r[c] for c in REPORT_COLUMNS) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_daily_review_request_job(
    tmp_path: Path, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        report_row("305-2000000-0000001"),  # 10 days after its last update (shipped): due
        report_row("305-2000000-0000002", product_name="Gloeilamp E27", sku="BULB",
                   asin="B0EXMPL003"),
        report_row("305-2000000-0000002", product_name="Lampenkap", sku="SHADE",
                   asin="B0EXMPL004", item_status="Cancelled"),  # one item of two: still due
        report_row("305-2000000-0000003", order_status="Cancelled", item_status="Cancelled"),
        report_row("305-2000000-0000004", order_status="Pending", item_status="Unshipped"),
        report_row("305-2000000-0000005", last_updated_date="2026-11-18T08:00:00+00:00"),
        report_row("305-2000000-0000006", last_updated_date="2026-10-01T08:00:00+00:00"),
        report_row("305-2000000-0000007", sales_channel="Amazon.de"),
        report_row("305-2000000-0000008"),  # in --exclude (a return the report does not show)
        report_row("305-2000000-0000009", sales_channel="Amazon.xx"),
    ]  # fmt: skip
    report = write_report(tmp_path / "report.txt", rows)
    exclude = tmp_path / "returns.txt"
    exclude.write_text("# returned\n305-2000000-0000008\n", encoding="utf-8")
    out = tmp_path / "out"
    args = (str(report), "--type", "review-request", "--out", str(out), "--exclude", str(exclude))
    code, summary = batch(capsys, *args, project=project)
    assert summary["rendered"] == 3
    assert summary["skipped_by_reason"] == {
        "cancelled, refunded or returned": 1, "excluded (--exclude)": 1, "not delivered yet": 1,
        "outside the review window (5-30 days after delivery)": 2,
    }  # fmt: skip
    assert code == 2 and summary["invalid"] == 1  # Amazon.xx is no marketplace
    (error,) = error_lines(out)
    assert (error["field"], error["order"]) == ("sales-channel", "305-2000000-0000009")
    nl = (out / "305-2000000-0000001" / "review-request.eml").read_bytes()
    de = (out / "305-2000000-0000007" / "review-request.eml").read_bytes()
    assert b"Content-Language: nl-NL" in nl and b"Content-Language: de-DE" in de  # the market's
    assert "Leuchtenwerk GmbH" in (out / "305-2000000-0000001" / "review-request.txt").read_text()
    code, summary = batch(capsys, *args, project=project)  # tomorrow's run: no second request
    assert summary["rendered"] == 0 and summary["skipped_by_reason"]["already written"] == 3


def test_the_shared_order_report(
    tmp_path: Path, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for report in (SHARED_EXAMPLES / "order-report.tsv", EXAMPLES / "order-report.tsv"):
        if not report.is_file():
            continue
        out = tmp_path / report.parent.name
        code, summary = batch(capsys, str(report), "--type", "review-request", "--out", str(out),
                              project=project)  # fmt: skip
        assert code == 0 and summary["rendered"] >= 3 and summary["invalid"] == 0
        assert summary["skipped_by_reason"]["cancelled, refunded or returned"] == 1


def test_a_report_without_its_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "report.tsv"
    bad.write_text("amazon-order-id\tasin\n305-2000000-0000001\tB0EXMPL002\n", encoding="utf-8")
    code, summary = batch(capsys, str(bad), "--out", str(tmp_path / "out"))
    assert code == 2 and summary["rendered"] == 0
    (error,) = error_lines(tmp_path / "out")
    assert "lacks the columns purchase-date, order-status" in error["problem"]


# --- the ledger's rules --------------------------------------------------------------------------


def test_bsm103_refuses_after_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = generated(1, tmp_path / "o.jsonl", delivered_at="2026-10-01T10:00:00Z")
    out = tmp_path / "out"
    code, summary = batch(capsys, str(source), "--out", str(out))
    assert code == 1 and summary["refused_by_rule"] == {"BSM103": 1}
    (error,) = error_lines(out)
    assert error["kind"] == "refused" and error["rules"] == ["BSM103"]
    names = {p.name for p in (out / order_id(0)).iterdir()}
    assert names == {"delivery-delay.json"}  # the refusal's report, nothing sendable


def v1_ledger(path: Path, reviews: list[str]) -> Path:
    """A ledger as version 1 of the toolkit wrote it."""
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE sent (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, message_type TEXT"
            " NOT NULL, sent_at TEXT NOT NULL, day TEXT NOT NULL, proactive INTEGER NOT NULL,"
            " review INTEGER NOT NULL, locale TEXT, subject TEXT);"
            "CREATE TABLE daily_orders (day TEXT PRIMARY KEY, orders INTEGER NOT NULL);"
            "PRAGMA user_version = 1;"
        )
        for order in reviews:
            db.execute(
                "INSERT INTO sent (order_id, message_type, sent_at, day, proactive, review)"
                " VALUES (?, 'review-request', '2026-11-15T10:00:00+00:00', '2026-11-15', 1, 1)",
                (order,),
            )
    db.close()
    return path


def test_bsm105_one_review_request_per_order_from_a_v1_ledger(
    tmp_path: Path, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = v1_ledger(tmp_path / "old.sqlite", ["305-2000000-0000001"])
    with SqliteLedger.open(ledger, readonly=True) as old:  # bsm check reads version 1 as it is
        assert (old.version, old.review_requests("305-2000000-0000001")) == (1, 1)
    report = write_report(
        tmp_path / "r.tsv", [report_row("305-2000000-0000001"), report_row("305-2000000-0000002")]
    )
    out = str(tmp_path / "out")
    code, summary = batch(capsys, str(report), "--type", "review-request", "--out", out,
                          "--ledger", str(ledger), project=project)  # fmt: skip
    assert code == 0 and summary["rendered"] == 1
    assert summary["skipped_by_reason"] == {"already had a review request (BSM105)": 1}
    with SqliteLedger.open(ledger, readonly=True) as new:  # migrated on writing
        assert new.version == 2
        assert new.review_requests("305-2000000-0000001") == 1
        assert new.proactive_sent_on("2026-11-15") == 1


def test_bsm111_holds_back_past_the_daily_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite"
    with SqliteLedger.open(ledger_path) as ledger:
        ledger.set_daily_orders("2026-11-10", 0)  # the orders' purchase day: limit 5 x 0 + 600
        ledger.record_many(
            Sent(f"999-0000000-{i:07d}", "delivery-delay", NOW_DT, True, False) for i in range(599)
        )
    source = generated(3, tmp_path / "o.jsonl")
    out = tmp_path / "out"
    code, summary = batch(capsys, str(source), "--out", str(out), "--ledger", str(ledger_path))
    assert (code, summary["rendered"], summary["held"]) == (0, 1, 2)
    assert (summary["daily_limit"], summary["proactive_today"]) == (600, 600)
    held = error_lines(out)
    assert [(e["kind"], e["rules"], e["order"]) for e in held] == [
        ("held", ["BSM111"], order_id(1)), ("held", ["BSM111"], order_id(2)),
    ]  # fmt: skip
    assert not (out / order_id(1)).exists()
    tomorrow = ["--now", "2026-11-21T08:00:00Z"]
    code = main(["batch", str(source), "--out", str(out), "--ledger", str(ledger_path), *tomorrow,
                 "--format", "json"])  # fmt: skip
    summary = json.loads(capsys.readouterr().out)
    assert (code, summary["rendered"], summary["held"]) == (0, 2, 0)
    assert summary["skipped_by_reason"] == {"already written": 1}
    main(["ledger", "status", "--ledger", str(ledger_path), "--now", NOW])
    assert "proactive messages: 600 of 600" in capsys.readouterr().out


def test_a_bad_ledger_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(generated(1, tmp_path / "o.jsonl"))
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database " * 100, encoding="utf-8")
    for ledger in (str(text), "ftp://example.com/ledger", "postgresql://nobody@127.0.0.1:1/x"):
        code = main(["batch", source, "--out", str(tmp_path / "out"), "--ledger", ledger])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err and "ledger" in err, err
    assert not (tmp_path / "out" / order_id(0)).exists()


def test_the_ledger_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = v1_ledger(tmp_path / "old.sqlite", ["305-2000000-0000001"])
    assert main(["ledger", "migrate", "--ledger", str(old)]) == 0
    assert "migrated from version 1 to schema version 2" in capsys.readouterr().out
    assert main(["ledger", "migrate", "--ledger", str(old)]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["ledger", "set-daily-orders", "2026-11-19", "80", "--ledger", str(old)]) == 0
    capsys.readouterr()
    assert main(["ledger", "status", "--ledger", str(old), "--now", NOW]) == 0
    assert "0 of 1000 (5 x 80.0 average daily orders + 600)" in capsys.readouterr().out
    assert main(["ledger", "export", "--ledger", str(old)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["order_id"], r["message_type"], r["status"]) for r in rows] == [
        ("305-2000000-0000001", "review-request", "sent")
    ]
    assert main(["ledger", "set-daily-orders", "yesterday", "80", "--ledger", str(old)]) == 2
    assert "DAY: expected a day" in capsys.readouterr().err


def test_a_message_twice_in_the_input_is_written_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Side by side (one chunk) and far apart: the second is a duplicate, as one at a time."""
    lines = generated(300, tmp_path / "o.jsonl").read_text().splitlines()
    source = tmp_path / "twice.jsonl"
    source.write_text("\n".join([lines[0], lines[0], *lines[1:], lines[5]]) + "\n")
    out = tmp_path / "out"
    code, summary = batch(capsys, str(source), "--out", str(out))
    assert (code, summary["rendered"]) == (0, 300)
    assert summary["skipped_by_reason"] == {"a duplicate in the input": 2}
    with open_ledger(str(out / "ledger.sqlite"), readonly=True) as ledger:
        assert len(list(ledger.messages())) == 300


def test_a_message_that_cannot_be_written_gives_its_claim_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One message of a chunk cannot be written (a link where its .eml goes): it leaves no
    file and no ledger row, the link's target is untouched, the others are written."""
    source = generated(5, tmp_path / "o.jsonl")
    out = tmp_path / "out"
    (out / order_id(2)).mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep")
    (out / order_id(2) / "delivery-delay.eml").symlink_to(elsewhere)
    code, summary = batch(capsys, str(source), "--out", str(out))
    assert (code, summary["rendered"], summary["unwritable"]) == (2, 4, 1)
    assert elsewhere.read_text() == "keep"
    assert sorted(p.name for p in (out / order_id(2)).iterdir()) == ["delivery-delay.eml"]
    assert not [p for p in out.rglob("*.tmp")]
    (error,) = error_lines(out)
    assert (error["kind"], error["order"]) == ("unwritable", order_id(2))
    assert "symbolic link" in error["problem"]
    with open_ledger(str(out / "ledger.sqlite"), readonly=True) as ledger:
        assert sorted(r.key.order_id for r in ledger.messages()) == [
            order_id(i) for i in (0, 1, 3, 4)
        ]
    (out / order_id(2) / "delivery-delay.eml").unlink()  # mended: the next run writes it
    code, summary = batch(capsys, str(source), "--out", str(out))
    assert (code, summary["rendered"]) == (0, 1)


# --- exactly once: kill -9 at random moments -----------------------------------------------------


def batch_process(
    source: Path, out: Path, *extra: str, stderr: int = subprocess.DEVNULL
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "toolkit.cli", "batch", str(source), "--out", str(out),
         "--now", NOW, "--format", "json", *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr,
    )  # fmt: skip


def assert_exactly_once(out: Path, reference: dict[str, bytes], ledger: str, n: int) -> None:
    files = tree(out)
    leftovers = [name for name in files if name.endswith(".tmp")]
    assert not leftovers, leftovers  # nothing half-written
    messages = {k: v for k, v in files.items() if k != "errors.jsonl"}
    assert messages == reference  # none missing, none extra, each whole and the same bytes
    with open_ledger(ledger, readonly=True) as led:
        rows = list(led.messages())
    keys = [(r.key.order_id, r.key.message_type) for r in rows]
    assert len(keys) == len(set(keys)) == n  # no duplicate, no gap
    assert {r.status for r in rows} == {"generated"}


def killed_runs(
    source: Path, out: Path, extra: tuple[str, ...], rng: random.Random
) -> Iterator[int]:
    """Start the batch and kill -9 it at a random moment, until one run ends by itself."""
    for attempt in range(6):
        process = batch_process(source, out, *extra)
        try:
            process.wait(timeout=rng.uniform(1.0, 4.0) if attempt < 5 else 120)
            yield process.returncode
            return
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            yield -9


def reference_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], n: int
) -> tuple[Path, dict[str, bytes]]:
    """n generated orders, and what one whole run writes of them (its errors file aside)."""
    source = generated(n, tmp_path / "orders.jsonl")
    reference_out = tmp_path / "reference"
    batch(capsys, str(source), "--out", str(reference_out))
    return source, {k: v for k, v in tree(reference_out).items() if k != "errors.jsonl"}


def test_kill_9_at_random_moments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    n = 40
    source, reference = reference_run(tmp_path, capsys, n)
    rng = random.Random(12)
    for trial in range(2):
        out = tmp_path / f"killed-{trial}"
        codes = list(killed_runs(source, out, (), rng))
        assert codes[-1] == 0, codes
        assert_exactly_once(out, reference, str(out / "ledger.sqlite"), n)
        again = batch_process(source, out)
        summary = json.loads(again.communicate()[0])
        assert summary["rendered"] == 0 and summary["skipped_by_reason"] == {"already written": n}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc: Linux only")
def test_kill_9_with_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Killed mid-way, a --jobs 2 run's workers (forks of it) end with it: none is left waiting
    for work or holding the run's stage, which the next run removes; every message once."""
    n = 300
    source, reference = reference_run(tmp_path, capsys, n)
    out = tmp_path / "killed"
    process = batch_process(source, out, "--jobs", "2")
    workers = two_workers(process.pid)
    deadline = time.monotonic() + 60
    while not (out / "ledger.sqlite").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert all_ended(workers)
    again = batch_process(source, out, "--jobs", "2")
    summary = json.loads(again.communicate(timeout=120)[0])
    assert again.returncode == 0, summary
    assert not list(out.glob(".bsm-stage-*"))  # the killed run's stage went with its files
    assert_exactly_once(out, reference, str(out / "ledger.sqlite"), n)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc: Linux only")
def test_a_worker_killed_mid_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A worker killed (by the OOM killer, say) ends the run with exit 2 and says so, without a
    traceback; the other worker ends too; the next run writes the rest, every message once."""
    n = 300
    source, reference = reference_run(tmp_path, capsys, n)
    out = tmp_path / "killed"
    process = batch_process(source, out, "--jobs", "2", stderr=subprocess.PIPE)
    workers = kill_a_worker(process.pid)
    err = process.communicate(timeout=60)[1].decode()
    assert process.returncode == 2, err
    assert "--jobs: a worker process ended before its work was done" in err
    assert "Traceback" not in err
    assert all_ended(workers)
    again = batch_process(source, out, "--jobs", "2")
    summary = json.loads(again.communicate(timeout=120)[0])
    assert again.returncode == 0, summary
    assert_exactly_once(out, reference, str(out / "ledger.sqlite"), n)


def test_a_claim_of_a_dead_worker_is_taken_again(tmp_path: Path) -> None:
    """Killed between its claim and its files (forced here: a claim by a pid that is gone)."""
    from toolkit.ledger import MessageKey, Worker

    path = tmp_path / "l.sqlite"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, check=True)  # fmt: skip
    gone = Worker(pid=int(dead.stdout))
    key = MessageKey(order_id(0), "delivery-delay")
    args = {"day": "2026-11-20", "proactive": True, "review": False, "locale": "de-DE"}
    with SqliteLedger.open(path) as ledger:
        assert ledger.claim(key, gone, limit=None, **args).won
        other = Worker()
        assert ledger.claim(key, other, limit=None, **args).result == "retaken"
        assert ledger.proactive_sent_on("2026-11-20") == 1  # its place is not taken twice
        alive = Worker(pid=os.getpid(), run_id="other-run")
        assert ledger.claim(key, alive, limit=None, **args).result == "busy"
        later = datetime.now(UTC) + timedelta(minutes=10)  # a claim expires
        assert ledger.claim(key, alive, limit=None, now=later, **args).result == "retaken"


# --- PostgreSQL: the same, and two workers on one ledger ---------------------------------------


def test_postgresql_ledger(
    tmp_path: Path, postgres: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import pg

    url = pg.fresh_database(postgres, "batch_one")
    out = tmp_path / "out"
    args = (str(EXAMPLES / "orders.jsonl"), "--out", str(out), "--ledger", url)
    code, summary = batch(capsys, *args)
    assert (code, summary["rendered"], summary["invalid"]) == (2, 11, 2)
    assert not (out / "ledger.sqlite").exists()
    code, summary = batch(capsys, *args, "--jobs", "2")
    assert summary["rendered"] == 0 and summary["skipped_by_reason"] == {"already written": 11}
    sqlite_out = tmp_path / "sqlite"
    batch(capsys, str(EXAMPLES / "orders.jsonl"), "--out", str(sqlite_out))
    assert tree(out) == tree(sqlite_out)
    with open_ledger(url, readonly=True) as ledger:  # what bsm check --ledger URL reads
        assert ledger.review_requests("305-8888888-9999999") == 1
    assert main(["ledger", "status", "--ledger", url, "--now", NOW]) == 0
    assert "review-request               generated  1" in capsys.readouterr().out


def test_two_workers_on_one_postgresql_one_killed(
    tmp_path: Path, postgres: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import pg

    url = pg.fresh_database(postgres, "batch_two")
    n = 60
    source = generated(n, tmp_path / "orders.jsonl")
    reference_out = tmp_path / "reference"
    batch(capsys, str(source), "--out", str(reference_out))
    reference = {k: v for k, v in tree(reference_out).items() if k != "errors.jsonl"}
    a_out, b_out = tmp_path / "a", tmp_path / "b"  # two machines: each its own folder
    a = batch_process(source, a_out, "--ledger", url)
    b = batch_process(source, b_out, "--ledger", url)
    time.sleep(2.5)
    a.send_signal(signal.SIGKILL)
    a.wait()
    summary_b = json.loads(b.communicate(timeout=120)[0])
    again = batch_process(source, a_out, "--ledger", url)  # the killed worker's next run
    summary_a = json.loads(again.communicate(timeout=120)[0])
    a_files = (
        {k: v for k, v in tree(a_out).items() if k != "errors.jsonl"} if a_out.exists() else {}
    )
    b_files = {k: v for k, v in tree(b_out).items() if k != "errors.jsonl"}
    assert not any(name.endswith(".tmp") for name in (*a_files, *b_files))
    both = set(a_files) & set(b_files)
    with open_ledger(url, readonly=True) as ledger:
        rows = list(ledger.messages())
    keys = [r.key for r in rows]
    assert len(keys) == len(set(keys)) == n and {r.status for r in rows} == {"generated"}
    # each message written by the worker that holds it in the ledger; a message both folders
    # hold is one a killed claim left behind, written again whole (the same bytes)
    for row in rows:
        folder = a_out if str(a_out) in row["files"] else b_out
        stem = Path(row["files"]).relative_to(folder)
        for suffix in SUFFIXES:
            assert (folder / f"{stem}{suffix}").read_bytes() == reference[f"{stem}{suffix}"]
    # at most the chunk in flight when a was killed (claimed, written, not yet recorded), and
    # each such message written whole, the same bytes in both folders
    assert len(both) <= len(SUFFIXES) * CHUNK_MESSAGES
    assert all(a_files[name] == b_files[name] == reference[name] for name in both)
    assert summary_b["rendered"] + summary_a["rendered"] <= n
    assert summary_a["skipped_by_reason"].get("already written", 0) >= summary_b["rendered"]


def test_two_workers_on_one_postgresql_in_opposite_orders(
    tmp_path: Path, postgres: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Chunks that claim the same messages in opposite orders take turns, never wait for each
    other: both runs end, and every message is written once."""
    import pg

    url = pg.fresh_database(postgres, "batch_opposite")
    n = 600
    forward = generated(n, tmp_path / "forward.jsonl")
    backward = tmp_path / "backward.jsonl"
    backward.write_text("\n".join(reversed(forward.read_text().splitlines())) + "\n")
    a = batch_process(forward, tmp_path / "a", "--ledger", url)
    b = batch_process(backward, tmp_path / "b", "--ledger", url)
    summaries = [json.loads(p.communicate(timeout=300)[0]) for p in (a, b)]
    assert [s["exit_code"] for s in summaries] == [0, 0]
    assert sum(s["rendered"] for s in summaries) == n
    with open_ledger(url, readonly=True) as ledger:
        rows = list(ledger.messages())
    assert len({r.key for r in rows}) == len(rows) == n
    assert {r.status for r in rows} == {"generated"}


def test_render_with_a_ledger_records_and_enforces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = str(tmp_path / "ledger.sqlite")
    args = ["render", str(EXAMPLES / "review-request.json"), "--out", str(tmp_path / "out"),
            "--ledger", ledger, "--now", NOW]  # fmt: skip
    assert main(args) == 0
    with open_ledger(ledger, readonly=True) as led:
        (row,) = led.messages()
        assert (row.key.order_id, row.status) == ("305-8888888-9999999", "generated")
    capsys.readouterr()
    assert main(args) == 1  # BSM105: the ledger has this order's review request
    assert "BSM105 repeat-review-request" in capsys.readouterr().out
    _, summary = batch(capsys, str(EXAMPLES / "orders.jsonl"), "--out", str(tmp_path / "out"),
                          "--ledger", ledger)  # fmt: skip
    assert summary["rendered"] == 10 and summary["skipped_by_reason"] == {"already written": 1}

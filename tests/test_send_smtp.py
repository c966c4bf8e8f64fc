"""`bsm send --via smtp` against a real SMTP server (aiosmtpd on 127.0.0.1, started here):
what arrives parses with the standard library and carries its attachments; 451 then 250 is
sent once; 550 is failed with the server's answer and the run goes on; a dropped connection is
tried again; a run killed between `sending` and `sent` leaves the message unknown, sent again
only with --retry-unknown; a second run sends nothing."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, ROOT, Inbox
from send_support import generate, test_ledger

from toolkit.ledger import SqlLedger
from toolkit.pipeline import Toolkit
from toolkit.send.base import Verdict
from toolkit.send.ledger import Outbox
from toolkit.send.retry import Backoff
from toolkit.send.run import RunOptions, send_folder
from toolkit.send.smtp import SmtpSender, SmtpSettings, as_test_message

SELLER = "orders@mokkenmakers.example"


def run(store: SqlLedger, out: Path, port: int, **kw: Any) -> list[Any]:
    sender = SmtpSender(SmtpSettings("127.0.0.1", port, "none", from_address=SELLER))
    sleeps: list[float] = []
    options = RunOptions(now=lambda: NOW, backoff=Backoff(tries=3, first=0.5),
                         sleep=sleeps.append, **kw)  # fmt: skip
    try:
        results = list(send_folder(Outbox(store, out), sender, options))
    finally:
        sender.close()
    return [*results, sleeps]


def test_each_message_arrives_once_with_its_attachments(
    tk: Toolkit, tmp_path: Path, inbox: tuple[Inbox, int]
) -> None:
    server, port = inbox
    store = test_ledger(tmp_path / "ledger.sqlite")
    out = tmp_path / "out"
    invoice, delay = generate(tk, out, store, "invoice", "delivery-delay")
    *results, _ = run(store, out, port)
    assert [r.verdict for r in results] == [Verdict.SENT, Verdict.SENT]
    assert len(server.received) == 2
    mail_from, rcpts, raw = server.received[0]
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert (
        rcpts == ["x4k9p2m7q1w8@marketplace.amazon.nl"]
        and mail_from == mail["From"].addresses[0].addr_spec
    )
    assert mail.get_content_type() == "multipart/mixed"
    [attachment] = list(mail.iter_attachments())
    pdf = (ROOT / "examples" / "invoice-305-1111111-2222222.pdf").read_bytes()
    assert attachment.get_filename() == "invoice-305-1111111-2222222.pdf"
    assert attachment.get_content() == pdf
    assert mail.get_body(("plain",)) is not None and mail.get_body(("html",)) is not None
    for key in (invoice, delay):
        row = store.get(key)
        assert (
            row.status == "sent" and row["answer"].startswith("250") and row["attempts"] == 2
        )  # the batch's claim, one send
    *again, _ = run(store, out, port)  # a second run over the same folder sends nothing
    assert again == [] and len(server.received) == 2


def test_451_then_250_is_sent_once(tk: Toolkit, tmp_path: Path, inbox: tuple[Inbox, int]) -> None:
    server, port = inbox
    server.script = ["451 4.7.1 greylisted, try again later"]
    store = test_ledger(tmp_path / "ledger.sqlite")
    [key] = generate(tk, tmp_path / "out", store, "delivery-delay")
    *results, sleeps = run(store, tmp_path / "out", port)
    assert [r.verdict for r in results] == [Verdict.SENT]
    assert len(server.received) == 1 and sleeps == [0.5]  # one wait, the backoff's first
    assert store.get(key).status == "sent"


def test_550_is_failed_with_the_answer_and_the_run_goes_on(
    tk: Toolkit, tmp_path: Path, inbox: tuple[Inbox, int]
) -> None:
    server, port = inbox
    server.script = ["550 5.1.1 mailbox unavailable"]
    store = test_ledger(tmp_path / "ledger.sqlite")
    first, second = generate(tk, tmp_path / "out", store, "delivery-delay", "invoice")
    *results, sleeps = run(store, tmp_path / "out", port)
    assert [r.verdict for r in results] == [Verdict.FAILED, Verdict.SENT]
    assert store.get(first).status == "failed"
    assert store.get(first)["answer"] == "550 5.1.1 mailbox unavailable" and sleeps == []
    assert store.get(second).status == "sent" and len(server.received) == 1


def test_a_dropped_connection_is_tried_again(
    tk: Toolkit, tmp_path: Path, inbox: tuple[Inbox, int]
) -> None:
    server, port = inbox
    server.script = ["drop"]
    store = test_ledger(tmp_path / "ledger.sqlite")
    [key] = generate(tk, tmp_path / "out", store, "delivery-delay")
    *results, sleeps = run(store, tmp_path / "out", port)
    assert [r.verdict for r in results] == [Verdict.SENT], results
    assert len(server.received) == 1 and len(sleeps) == 1
    assert store.get(key).status == "sent"


CHILD = """
import sys
sys.path[:0] = [{root!r}, {tests!r}]
from pathlib import Path
from conftest import NOW
from send_support import test_ledger
from toolkit.send.ledger import Outbox
from toolkit.send.run import RunOptions, send_folder
from toolkit.send.smtp import SmtpSender, SmtpSettings
settings = SmtpSettings("127.0.0.1", {port}, "none", from_address="o@shop.example", timeout=120)
sender = SmtpSender(settings)
store = test_ledger(Path({ledger!r}))
for result in send_folder(Outbox(store, Path({out!r})), sender, RunOptions(now=lambda: NOW)):
    print(result.verdict, flush=True)
"""


def test_killed_between_sending_and_sent_is_unknown_until_retry_unknown(
    tk: Toolkit, tmp_path: Path, inbox: tuple[Inbox, int]
) -> None:
    server, port = inbox
    server.script = ["hang"]
    store = test_ledger(tmp_path / "ledger.sqlite")
    out = tmp_path / "out"
    [key] = generate(tk, out, store, "delivery-delay")
    code = CHILD.format(root=str(ROOT), tests=str(ROOT / "tests"), port=port,
                        ledger=str(tmp_path / "ledger.sqlite"), out=str(out))  # fmt: skip
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT,
                             env={**os.environ}, stdout=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 30
    while not server.received and time.monotonic() < deadline:  # the server has the message
        time.sleep(0.05)
        if child.poll() is not None:
            break
    assert server.received, f"the child never sent: {child.communicate()}"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert store.get(key).status == "sending"  # between: neither failed nor sent
    *results, _ = run(store, out, port)
    assert [r.verdict for r in results] == [Verdict.UNKNOWN]
    assert "--retry-unknown" in results[0].answer and len(server.received) == 1
    *again, _ = run(store, out, port, retry_unknown=True)
    assert [r.verdict for r in again] == [Verdict.SENT] and len(server.received) == 2
    assert (
        store.get(key).status == "sent" and store.get(key)["attempts"] == 3
    )  # the claim, two sends
    *after, _ = run(store, out, port, retry_unknown=True)
    assert after == []


def test_a_test_message_goes_to_the_designer_never_to_a_buyer(tk: Toolkit, tmp_path: Path) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    [key] = generate(tk, tmp_path / "out", store, "invoice")
    raw = (tmp_path / "out" / key.order_id / "invoice.eml").read_bytes()
    envelope_from, data = as_test_message(raw, "designer@studio.example", SELLER)
    mail = email.message_from_bytes(data, policy=email.policy.default)
    assert envelope_from == SELLER
    assert mail["To"] == "designer@studio.example" and mail["Subject"].startswith("[TEST] ")
    assert mail["X-BSM-Test"] and "marketplace.amazon" not in data.decode("ascii", "replace")
    with pytest.raises(Exception, match="not a buyer"):
        as_test_message(raw, "x4k9p2m7q1w8@marketplace.amazon.nl", SELLER)

"""`bsm send --via sp-api` against a stand-in for Amazon on 127.0.0.1 (tests/sp_api_standin.py)
that checks every request against Amazon's models and the access token: each type's message
goes once, attachments through the Uploads API; what is not offered is not sent, with the
reason; 429, 500 and 403 are answered as Amazon's usage plans and errors require; a message a
run left `sending` is found out by asking the order's actions again; no secret is printed."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sp_api_models
from conftest import NOW, ROOT
from send_support import generate, test_ledger
from sp_api_standin import (
    ACCESS_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    Answer,
    StandIn,
    errors,
)

from toolkit.commands import send as send_command
from toolkit.errors import InputError
from toolkit.ledger import SqlLedger
from toolkit.operations import UsagePlan, load_sp_api
from toolkit.pipeline import Toolkit
from toolkit.project import bundled
from toolkit.send.base import Verdict
from toolkit.send.ledger import Outbox
from toolkit.send.retry import Backoff
from toolkit.send.run import RunOptions, send_folder
from toolkit.send.sp_api import SpApiClient, SpApiSender, SpApiSettings, TokenBucket, checked_url

pytestmark = pytest.mark.skipif(
    not sp_api_models.available(), reason="no ../shared/reference/sp-api/ (Amazon's models)"
)
API_TYPES = ("delivery-delay", "additional-information", "invoice", "review-request",
             "delivery-scheduling", "home-service-appointment", "custom-design-verification",
             "order-problem", "fulfillment-question")  # fmt: skip
ACTIONS = {"unexpectedProblem", "confirmOrderDetails", "confirmDeliveryDetails",
           "confirmServiceDetails", "confirmCustomizationDetails", "invoice",
           "productReviewAndSellerFeedback"}  # fmt: skip
ENV = {"LWA_CLIENT_ID": CLIENT_ID, "LWA_CLIENT_SECRET": CLIENT_SECRET,
       "SP_API_REFRESH_TOKEN": REFRESH_TOKEN}  # fmt: skip


@pytest.fixture
def amazon() -> Iterator[StandIn]:
    with StandIn() as stand_in:
        yield stand_in


def offer_all(amazon: StandIn, store: SqlLedger) -> None:
    for row in store.messages():
        amazon.state.offered.setdefault(row.key.order_id, set()).update(ACTIONS)


def run(amazon: StandIn, store: SqlLedger, out: Path, **kw: Any) -> tuple[list[Any], SpApiClient]:
    settings = SpApiSettings(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, endpoint=amazon.url,
                             lwa_endpoint=f"{amazon.url}/auth/o2/token")  # fmt: skip
    sleeps: list[float] = []
    client = SpApiClient(load_sp_api(), settings, sleep=sleeps.append,
                         backoff=Backoff(tries=3, first=0.5))  # fmt: skip
    options = RunOptions(now=lambda: NOW, backoff=Backoff(tries=1), sleep=sleeps.append, **kw)
    try:
        results = list(send_folder(Outbox(store, out), SpApiSender(client), options))
    finally:
        client.close()
    return results, client


def test_every_type_goes_once_as_amazon_takes_it(
    tk: Toolkit, tmp_path: Path, amazon: StandIn
) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    out = tmp_path / "out"
    keys = generate(tk, out, store, *API_TYPES)
    offer_all(amazon, store)
    results, client = run(amazon, store, out)
    assert [r.verdict for r in results] == [Verdict.SENT] * len(API_TYPES), results
    assert all(store.get(k).status == "sent" for k in keys)
    assert all(store.get(k)["answer"].startswith("201 ") for k in keys)
    posts = amazon.state.posts()
    assert len(posts) == len(API_TYPES)  # once each (the stand-in refused anything malformed)
    invoice = next(body for op, _, body in posts if op == "sendInvoice")
    [attachment] = invoice["attachments"]
    assert set(invoice) == {"attachments"}  # no text: the invoice operation takes none
    upload = amazon.state.uploads[attachment["uploadDestinationId"]]
    pdf = (ROOT / "examples" / "invoice-305-1111111-2222222.pdf").read_bytes()
    assert upload["bytes"] == pdf and upload["type"] == "application/pdf"
    assert attachment["fileName"] == "invoice-305-1111111-2222222.pdf"
    review = next(entry for entry in posts if entry[0].startswith("createProductReview"))
    assert review[2] is None  # the Solicitations API takes no body
    assert client.login.exchanges == 1 and amazon.state.token_requests == 1  # kept, not re-asked
    again, _ = run(amazon, store, out)
    assert again == [] and len(amazon.state.posts()) == len(API_TYPES)


def test_types_without_an_operation_say_so_and_stay_for_email(
    tk: Toolkit, tmp_path: Path, amazon: StandIn
) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    reply, ret = generate(tk, tmp_path / "out", store, "reply", "return-follow-up")
    results, _ = run(amazon, store, tmp_path / "out")
    assert [r.verdict for r in results] == [Verdict.NOT_SENT, Verdict.NOT_SENT]
    assert "--via smtp" in results[0].answer and "reply" in results[0].answer
    assert store.get(reply).status == store.get(ret).status == "generated"
    assert amazon.state.log == []


def test_an_action_not_offered_is_not_sent_and_says_so(
    tk: Toolkit, tmp_path: Path, amazon: StandIn
) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    [key] = generate(tk, tmp_path / "out", store, "review-request")
    amazon.state.offered[key.order_id] = set()  # outside Amazon's 5-30 day window, say
    [result], _ = run(amazon, store, tmp_path / "out")
    assert result.verdict is Verdict.NOT_SENT
    assert "productReviewAndSellerFeedback is not offered" in result.answer
    assert store.get(key).status == "generated" and amazon.state.posts() == []


def test_429_is_retried_after_the_wait_it_asks_and_500_with_backoff(
    tk: Toolkit, tmp_path: Path, amazon: StandIn
) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    [key] = generate(tk, tmp_path / "out", store, "delivery-delay")
    offer_all(amazon, store)
    amazon.state.next_answers["createUnexpectedProblem"] = [
        Answer(429, errors("QuotaExceeded", "You exceeded your quota"), {"Retry-After": "2.5"}),
        Answer(500, errors("InternalFailure", "We encountered an internal error.")),
    ]
    [result], client = run(amazon, store, tmp_path / "out")
    assert result.verdict is Verdict.SENT and store.get(key).status == "sent"
    waits = [seconds for why, seconds in client.waits if "createUnexpectedProblem:" in why]
    assert waits == [2.5, 1.0]  # the 429's own wait, then the backoff's second step
    assert len(amazon.state.posts()) == 3


def test_403_is_failed_with_amazons_message_and_the_run_goes_on(
    tk: Toolkit, tmp_path: Path, amazon: StandIn
) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    delay, scheduling = generate(tk, tmp_path / "out", store, "delivery-delay",
                                 "delivery-scheduling")  # fmt: skip
    offer_all(amazon, store)
    amazon.state.next_answers["createUnexpectedProblem"] = [
        Answer(403, errors("Unauthorized", "Access to requested resource is denied."))
    ]
    results, _ = run(amazon, store, tmp_path / "out")
    assert [r.verdict for r in results] == [Verdict.FAILED, Verdict.SENT]
    answer = store.get(delay)["answer"]
    assert "403 Unauthorized: Access to requested resource is denied." in answer
    assert store.get(delay).status == "failed" and store.get(scheduling).status == "sent"


def test_a_message_left_sending_is_found_out_by_asking_again(
    tk: Toolkit, tmp_path: Path, amazon: StandIn
) -> None:
    """As a kill -9 between sending and sent leaves it: `sending` in the ledger. Amazon no
    longer offering the action means it went (recorded, not sent again); still offered means
    it did not (sent now, once)."""
    store = test_ledger(tmp_path / "ledger.sqlite")
    went, lost = generate(tk, tmp_path / "out", store, "delivery-delay", "invoice")
    offer_all(amazon, store)
    amazon.state.offered[went.order_id].discard("unexpectedProblem")  # Amazon took it
    assert store.mark_sending(went) and store.mark_sending(lost)
    results, _ = run(amazon, store, tmp_path / "out")
    assert [r.verdict for r in results] == [Verdict.RECOVERED, Verdict.SENT]
    assert store.get(went).status == "sent" and "recovered" in store.get(went)["answer"]
    assert [op for op, _, _ in amazon.state.posts()] == ["sendInvoice"]


def test_the_usage_plan_is_kept_per_operation() -> None:
    clock = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    bucket = TokenBucket(UsagePlan(rate=1.0, burst=5), lambda: clock[0], sleep)
    waits = [bucket.take() for _ in range(7)]
    assert waits[:5] == [0.0] * 5 and waits[5] == pytest.approx(1.0)
    assert sum(slept) == pytest.approx(2.0)  # 7 requests, burst 5, 1 a second


def test_regional_endpoints_and_only_https_leaves_this_machine() -> None:
    client = SpApiClient(load_sp_api(), SpApiSettings("id", "secret", "token"))
    try:
        assert client.endpoint_for("A1PA6795UKMFR9") == "https://sellingpartnerapi-eu.amazon.com"
        assert client.endpoint_for("ATVPDKIKX0DER") == "https://sellingpartnerapi-na.amazon.com"
        assert client.endpoint_for("A1VC38T7YXB528") == "https://sellingpartnerapi-fe.amazon.com"
    finally:
        client.close()
    assert checked_url("http://127.0.0.1:8080/", "x") == "http://127.0.0.1:8080"
    with pytest.raises(InputError, match="https"):
        checked_url("http://sandbox.sellingpartnerapi-eu.amazon.com", "--sp-api-endpoint")


def command_args(out: Path, amazon: StandIn, **kw: Any) -> argparse.Namespace:
    values = {"dir": out, "via": "sp-api", "ledger": None, "now": "2026-11-20T12:00:00Z",
              "dry_run": False, "limit": None, "retry_unknown": False, "smtp_host": None,
              "smtp_port": None, "smtp_security": None, "sp_api_endpoint": amazon.url,
              "lwa_endpoint": f"{amazon.url}/auth/o2/token", **kw}  # fmt: skip
    return argparse.Namespace(**values)


def test_secrets_are_never_printed(
    tk: Toolkit, tmp_path: Path, amazon: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not in the lines, not in an error Amazon echoes back, not when the login is refused."""
    store = test_ledger(tmp_path / "ledger.sqlite")
    delay, _ = generate(tk, tmp_path / "out", store, "delivery-delay", "invoice")
    offer_all(amazon, store)
    echo = f"bad request for token {REFRESH_TOKEN} / {CLIENT_SECRET}"
    amazon.state.next_answers["createUnexpectedProblem"] = [
        Answer(400, errors("InvalidInput", echo))
    ]
    code = send_command.execute(command_args(tmp_path / "out", amazon), bundled(), store, ENV)
    printed = capsys.readouterr()
    assert code == 1 and "400 InvalidInput" in printed.out and "sent" in printed.out
    bad_env = {**ENV, "SP_API_REFRESH_TOKEN": "Atzr|wrong-refresh-never-printed"}
    store2 = test_ledger(tmp_path / "ledger2.sqlite")
    generate(tk, tmp_path / "out2", store2, "delivery-scheduling")
    offer_all(amazon, store2)
    code = send_command.execute(command_args(tmp_path / "out2", amazon), bundled(), store2, bad_env)
    refused = capsys.readouterr()
    assert code == 2 and "Login with Amazon refused" in refused.err
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN, "Atzr|wrong-refresh-never-printed"):
        for text in (printed.out, printed.err, refused.out, refused.err):
            assert secret not in text
    assert json.dumps(store.get(delay).values)  # the ledger holds the answer, as said


def test_dry_run_sends_and_records_nothing(
    tk: Toolkit, tmp_path: Path, amazon: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    store = test_ledger(tmp_path / "ledger.sqlite")
    [key] = generate(tk, tmp_path / "out", store, "invoice")
    offer_all(amazon, store)
    args = command_args(tmp_path / "out", amazon, dry_run=True)
    assert send_command.execute(args, bundled(), store, ENV) == 0
    out = capsys.readouterr().out
    assert "would-send" in out and "sendInvoice: POST /messaging/v1/orders/" in out
    assert store.get(key).status == "generated" and amazon.state.posts() == []

"""The preview's "send a test": the message, marked as a test, to the address the designer
types, over the project's SMTP settings (an aiosmtpd server on 127.0.0.1 here); never to a
buyer, never from another site's page."""

from __future__ import annotations

import email
import email.policy
import warnings
from dataclasses import replace
from typing import Any

import lxml.html
from conftest import Inbox

from preview.app import create_app
from preview.service import PreviewConfig, PreviewService
from toolkit.project import SendSettings, bundled

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1:8000"
PAGE = "/m/example/invoice/nl"


def client_for(port: int) -> Any:
    project = replace(bundled(), send=SendSettings(smtp_host="127.0.0.1", smtp_port=port))
    service = PreviewService.create(PreviewConfig(project=project))
    return TestClient(create_app(service=service, warm_up=False), base_url=BASE)


def test_a_test_goes_to_the_designer_marked_as_a_test(inbox: tuple[Inbox, int]) -> None:
    received, port = inbox
    with client_for(port) as client:
        form = lxml.html.fromstring(client.get(PAGE).text).cssselect("form.send-test")[0]
        assert form.get("action") == f"{BASE}{PAGE}/send-test" or form.get("action").endswith(
            f"{PAGE}/send-test"
        )
        sent = client.post(f"{PAGE}/send-test", data={"to": "designer@studio.example"},
                           headers={"origin": BASE})  # fmt: skip
        assert sent.status_code == 200, sent.text
        assert "recorded nowhere" in sent.text
        [(_, rcpts, raw)] = received.received
        mail = email.message_from_bytes(raw, policy=email.policy.default)
        assert rcpts == ["designer@studio.example"] and mail["To"] == "designer@studio.example"
        assert mail["Subject"].startswith("[TEST] ") and mail["X-BSM-Test"]
        assert [a.get_filename() for a in mail.iter_attachments()] == [
            "invoice-305-1111111-2222222.pdf"
        ]
        buyer = client.post(f"{PAGE}/send-test", headers={"origin": BASE},
                            data={"to": "x4k9p2m7q1w8@marketplace.amazon.nl"})  # fmt: skip
        assert buyer.status_code == 400 and "not a buyer" in buyer.text
        elsewhere = client.post(f"{PAGE}/send-test", data={"to": "designer@studio.example"},
                                headers={"origin": "https://evil.example"})  # fmt: skip
        assert elsewhere.status_code == 403
    assert len(received.received) == 1


def test_without_smtp_settings_nothing_is_sent() -> None:
    service = PreviewService.create(PreviewConfig())
    with TestClient(create_app(service=service, warm_up=False), base_url=BASE) as client:
        answer = client.post(f"{PAGE}/send-test", data={"to": "designer@studio.example"},
                             headers={"origin": BASE})  # fmt: skip
    assert answer.status_code == 400 and "--smtp-host" in answer.text

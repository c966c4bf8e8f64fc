"""What leaves the pipeline: .eml, JSON, files on disk, Selling Partner API payloads."""

from __future__ import annotations

import email
import json
from email import policy as email_policy
from pathlib import Path

from conftest import EXAMPLES, NOW
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.orders import load_document
from toolkit.output import (
    indented_json,
    outcome_json,
    report_bytes,
    sp_api_payload,
    to_eml,
    write_outcome,
)
from toolkit.pipeline import Toolkit, render_order


def rendered(tk: Toolkit, name: str, **kw: str):  # type: ignore[no-untyped-def]
    outcome = render_order(tk, load_document(EXAMPLES / f"{name}.json", tk.catalog, **kw), now=NOW)
    assert outcome.message is not None and not outcome.refused, outcome.findings
    return outcome


def test_eml_is_multipart_alternative_with_attachments(tk: Toolkit) -> None:
    outcome = rendered(tk, "invoice")
    raw = to_eml(outcome.message, outcome, NOW)
    mail = email.message_from_bytes(raw, policy=email_policy.default)
    assert mail.get_content_type() == "multipart/mixed"
    assert outcome.doc.order.id in str(mail["Subject"])
    assert "marketplace.amazon.nl" in str(mail["To"])
    assert mail["Content-Language"] == "nl-BE"
    assert mail["X-Amazon-Order-Id"] == outcome.doc.order.id
    parts = [p.get_content_type() for p in mail.walk()]
    assert "multipart/alternative" in parts and "text/plain" in parts and "text/html" in parts
    attachments = list(mail.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["invoice-305-1111111-2222222.pdf"]
    pdf = (EXAMPLES / "invoice-305-1111111-2222222.pdf").read_bytes()
    assert attachments[0].get_content() == pdf
    html = mail.get_body(preferencelist=("html",))
    assert html is not None and outcome.doc.order.id in html.get_content()


def test_eml_without_attachments_is_plain_alternative(tk: Toolkit) -> None:
    outcome = rendered(tk, "fulfillment-question")
    mail = email.message_from_bytes(
        to_eml(outcome.message, outcome, NOW), policy=email_policy.default
    )
    assert mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(preferencelist=("plain",))
    assert text is not None and "Willow Court" in text.get_content()


def test_json_has_the_documented_keys(tk: Toolkit) -> None:
    outcome = rendered(tk, "custom-design-verification")
    data = outcome_json(outcome, tk.catalog)
    assert {
        "type",
        "locale",
        "subject",
        "html",
        "text",
        "attachments",
        "findings",
        "refused",
    } <= set(data)
    assert data["refused"] is False
    assert data["attachments"] == [
        {
            "filename": "design-proof-305-3333333-4444444.png",
            "kind": "custom-design",
            "mime_type": "image/png",
            "size": (EXAMPLES / "design-proof-305-3333333-4444444.png").stat().st_size,
        }
    ]
    json.dumps(data)  # serialisable as it is


def test_sp_api_payloads(tk: Toolkit) -> None:
    delay = rendered(tk, "delivery-delay")
    payload = sp_api_payload(delay.message, delay, tk.catalog)
    assert payload is not None
    assert payload["path"].endswith("/messages/unexpectedProblem")
    assert payload["operation"] == "createUnexpectedProblem"
    assert payload["query"] == {"marketplaceIds": [delay.doc.order.marketplace_id]}
    assert payload["body"]["text"] == delay.message.text.strip()
    assert "<" not in payload["body"]["text"]  # the Messaging API takes plain text only
    review = rendered(tk, "review-request")
    solicitation = sp_api_payload(review.message, review, tk.catalog)
    assert solicitation is not None and solicitation["body"] is None
    assert "/solicitations/" in solicitation["path"]
    reply = rendered(tk, "reply")
    assert sp_api_payload(reply.message, reply, tk.catalog) is None


def test_write_outcome_files(tk: Toolkit, tmp_path: Path) -> None:
    outcome = rendered(tk, "invoice")
    written = write_outcome(outcome, tmp_path, tk.catalog, NOW)
    folder = tmp_path / outcome.doc.order.id
    assert sorted(p.name for p in written) == [
        "invoice.eml",
        "invoice.html",
        "invoice.json",
        "invoice.txt",
    ]
    assert (folder / "invoice.html").read_text(encoding="utf-8") == outcome.message.html
    assert json.loads((folder / "invoice.json").read_text(encoding="utf-8"))["refused"] is False


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.integers(), children, max_size=4)
    ),
    max_leaves=30,
)


@given(JSON_VALUES)
@settings(max_examples=300, deadline=None)
def test_indented_json_is_what_json_dumps_writes(value: object) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_every_report_is_what_json_dumps_writes(tk: Toolkit) -> None:
    for path in sorted(EXAMPLES.glob("*.json")):
        outcome = render_order(tk, load_document(path, tk.catalog), now=NOW)
        data = outcome_json(outcome, tk.catalog)
        assert (
            report_bytes(data) == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
        )

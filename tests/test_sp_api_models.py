"""Every type's Selling Partner API request against Amazon's own models
(../shared/reference/sp-api/): its path and method exist, its query and body are what the
operation takes (additional properties refused); and data/sp_api.toml says what the models say.
"""

from __future__ import annotations

import pytest
import sp_api_models
from conftest import EXAMPLES, NOW

from toolkit.catalog import MessageType
from toolkit.model import Attachment, Message
from toolkit.operations import load_sp_api
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, render_order
from toolkit.send.requests import build_request

pytestmark = pytest.mark.skipif(
    not sp_api_models.available(), reason="no ../shared/reference/sp-api/ (Amazon's models)"
)
SPEC = load_sp_api()


@pytest.fixture(scope="module")
def ops() -> dict[str, sp_api_models.ModelOperation]:
    return sp_api_models.load_operations()


def with_destinations(request_json: dict[str, object], count: int) -> dict[str, object] | None:
    from toolkit.send.requests import request_from_json

    request = request_from_json(request_json, "test")
    return request.body_with([f"amzn1.dest.{i}" for i in range(count)])


@pytest.mark.parametrize("type_id", [p.stem for p in sorted(EXAMPLES.glob("*.json"))])
def test_every_types_request_is_one_amazon_accepts(
    type_id: str, tk: Toolkit, ops: dict[str, sp_api_models.ModelOperation]
) -> None:
    outcome = render_order(tk, load_document(EXAMPLES / f"{type_id}.json", tk.catalog), now=NOW)
    assert outcome.message is not None and not outcome.refused, outcome.findings
    mtype = tk.catalog.get(type_id)
    assert mtype is not None
    request = build_request(mtype, outcome.doc.order.id, "A1PA6795UKMFR9", outcome.message)
    if mtype.operation is None:
        assert request is None and mtype.sp_api_none  # says why it goes by e-mail
        return
    assert request is not None
    data = request.as_json()
    body = with_destinations(data, len(request.uploads))
    op = sp_api_models.check_request(ops, data["method"], data["path"], data["query"], body)
    assert op.id == data["operation"] == mtype.operation.id
    for upload in request.uploads:  # the Uploads API step is a request Amazon takes too
        path = f"/uploads/2020-11-01/uploadDestinations/{upload.resource}"
        query = {"marketplaceIds": ["A1PA6795UKMFR9"], "contentMD5": [upload.content_md5],
                 "contentType": [upload.content_type]}  # fmt: skip
        assert sp_api_models.check_request(ops, "POST", path, query, None).id == (
            "createUploadDestinationForResource"
        )
        assert f"/{upload.resource}" == data["path"]


@pytest.mark.parametrize("op_id", sorted(SPEC.operations))
def test_the_operations_data_says_what_the_models_say(
    op_id: str, ops: dict[str, sp_api_models.ModelOperation]
) -> None:
    mine = SPEC.operations[op_id]
    theirs = ops[op_id]
    assert (mine.method, mine.path) == (theirs.method, theirs.template)
    if theirs.rate is not None:  # a model that states no usage plan: its API's applies
        plan = SPEC.apis[mine.api].plan
        assert (plan.rate, plan.burst) == (theirs.rate, theirs.burst)
    assert mine.has_body == (theirs.body_schema is not None)
    if theirs.body_schema is None:
        return
    schema = sp_api_models.strict(theirs.body_schema, theirs.definitions)["properties"]
    assert mine.text_max == schema.get("text", {}).get("maxLength")
    assert mine.attachments_max == schema.get("attachments", {}).get("maxLength", 0)
    assert mine.attachments_min == schema.get("attachments", {}).get("minLength", 0)


def test_actions_and_uploads_data_name_real_operations(
    ops: dict[str, sp_api_models.ModelOperation],
) -> None:
    for api in SPEC.apis.values():
        if api.actions_operation:
            op = ops[api.actions_operation]
            assert (op.method, op.template) == ("GET", api.actions_path)
            assert (op.rate, op.burst) == (api.plan.rate, api.plan.burst)
    upload = ops[SPEC.upload_operation]
    assert upload.template == SPEC.upload_path
    assert (upload.rate, upload.burst) == (SPEC.apis["uploads"].plan.rate,
                                           SPEC.apis["uploads"].plan.burst)  # fmt: skip


def test_the_stand_in_checks_refuse_what_amazon_refuses(
    ops: dict[str, sp_api_models.ModelOperation],
) -> None:
    """The old payload's faults: the operationId as path, null upload ids, text in an invoice."""
    query = {"marketplaceIds": ["A1PA6795UKMFR9"]}
    base = "/messaging/v1/orders/305-1111111-2222222/messages"
    rejected = [
        ("POST", f"{base}/createUnexpectedProblem", query, {"text": "x"}),
        ("POST", f"{base}/invoice", query,
         {"attachments": [{"fileName": "a.pdf", "uploadDestinationId": None}]}),
        ("POST", f"{base}/invoice", query,
         {"text": "note", "attachments": [{"fileName": "a.pdf", "uploadDestinationId": "d"}]}),
        ("POST", f"{base}/unexpectedProblem", query, {"text": "x" * 2001}),
        ("POST", f"{base}/unexpectedProblem", {"marketplaceIds": ["A", "B"]}, {"text": "x"}),
        ("POST", f"{base}/unexpectedProblem", {"marketplaceIds": "A1PA6795UKMFR9"}, {"text": ""}),
        ("GET", f"{base}/unexpectedProblem", query, None),
    ]  # fmt: skip
    for method, path, q, body in rejected:
        with pytest.raises(sp_api_models.Rejected):
            sp_api_models.check_request(ops, method, path, q, body)  # type: ignore[arg-type]


def test_the_limits_are_findings_at_render_time(tk: Toolkit) -> None:
    """Over the limit: refused under BSM101; attachments an operation has no field for: a
    warning naming them (never a silent drop)."""
    from toolkit.pipeline import sp_api_findings

    custom = tk.catalog.get("custom-design-verification")
    question = tk.catalog.get("fulfillment-question")
    assert isinstance(custom, MessageType) and isinstance(question, MessageType)
    proof = Attachment("proof.png", "custom-design", "image/png", b"png")
    long_text = Message(custom.id, "en-GB", "s", "<p>x</p>", "x" * 801, (proof,))
    [finding] = sp_api_findings(tk, custom, long_text)
    assert (finding.rule, finding.severity, finding.part) == ("BSM101", "error", "text")
    assert "801 characters" in finding.message and "800" in finding.message
    steps = Attachment("steps.pdf", "instructions", "application/pdf", b"%PDF")
    with_file = Message(question.id, "en-GB", "s", "<p>x</p>", "short", (steps,))
    [warning] = sp_api_findings(tk, question, with_file)
    assert (warning.rule, warning.severity) == ("BSM303", "warning")
    assert "steps.pdf will not reach the buyer" in warning.message

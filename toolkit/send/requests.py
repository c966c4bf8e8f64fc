"""The Selling Partner API request that carries a message, in one shape: built at render time
(`bsm render --format json` prints it, `bsm batch` writes it into the message's .json) and sent
as it is by toolkit.send.sp_api. Pure data: nothing here touches the network.

What the operation cannot carry is said at render time (`request_problems`), never dropped in
silence: a text over the operation's limit, or more attachments than it takes, refuses the
message; text or attachments it has no field for are a warning naming what will not reach the
buyer by this route.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from toolkit.catalog import MessageType
from toolkit.errors import InputError
from toolkit.model import Attachment, Message

# The catalog's ids these findings are reported under (../shared/spec/rules.md has no rule of
# its own for an API's limits): the text is what may be sent as this type (BSM101), an
# attachment is what BSM303 governs.
TEXT_RULE = "BSM101"
ATTACHMENT_RULE = "BSM303"


@dataclass(frozen=True)
class Problem:
    """Why the Selling Partner API would refuse (or warn about) a message."""

    rule: str
    blocking: bool  # True: refused; False: a warning
    part: str  # text, attachment
    text: str


@dataclass(frozen=True)
class Upload:
    """One attachment's Uploads API step: createUploadDestinationForResource, then a PUT."""

    file_name: str
    content_type: str
    content_md5: str  # base64 of the MD5 digest, as Amazon's contentMD5 takes it
    resource: str  # the operation's path for this order, without its leading "/"

    def as_json(self) -> dict[str, str]:
        return {
            "fileName": self.file_name,
            "contentType": self.content_type,
            "contentMD5": self.content_md5,
            "resource": self.resource,
        }


@dataclass(frozen=True)
class SpApiRequest:
    """A Selling Partner API request, as it is sent."""

    operation: str  # Amazon's operationId
    method: str
    path: str
    query: dict[str, list[str]]
    body: dict[str, Any] | None
    uploads: tuple[Upload, ...] = field(default=())

    @property
    def order_id(self) -> str:
        return self.path.split("/")[4]

    @property
    def marketplace_id(self) -> str:
        return self.query["marketplaceIds"][0]

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "query": {k: list(v) for k, v in self.query.items()},
            "body": None if self.body is None else dict(self.body),
            "uploads": [u.as_json() for u in self.uploads],
        }

    def body_with(self, destination_ids: Sequence[str]) -> dict[str, Any] | None:
        """The body as sent: each upload named by the destination Amazon gave it."""
        if self.body is None:
            return None
        if not self.uploads:
            return dict(self.body)
        attachments = [
            {"uploadDestinationId": dest, "fileName": up.file_name}
            for dest, up in zip(destination_ids, self.uploads, strict=True)
        ]
        return {**self.body, "attachments": attachments}


def content_md5(content: bytes) -> str:
    return base64.b64encode(hashlib.md5(content, usedforsecurity=False).digest()).decode("ascii")


def build_request(
    mtype: MessageType, order_id: str, marketplace_id: str, message: Message
) -> SpApiRequest | None:
    """The request for a message of `mtype` (None: the type has no operation). Call
    `request_problems` first: a message it refuses has no request worth sending."""
    op = mtype.operation
    if op is None:
        return None
    path = op.path.format(amazonOrderId=quote(order_id, safe=""))
    body: dict[str, Any] | None = {} if op.has_body else None
    if body is not None and op.takes_text:
        body["text"] = message.text.strip()
    uploads = tuple(
        Upload(a.filename, a.mime_type, content_md5(a.content), path.lstrip("/"))
        for a in message.attachments[: op.attachments_max]
    )
    return SpApiRequest(op.id, op.method, path, {"marketplaceIds": [marketplace_id]}, body, uploads)


def request_problems(mtype: MessageType, message: Message) -> list[Problem]:
    """What the type's operation cannot carry of this message."""
    op = mtype.operation
    if op is None or not op.has_body:  # e-mail only; or Amazon writes the message itself
        return []
    problems = []
    text = message.text.strip()
    if op.text_max is not None and len(text) > op.text_max:
        problems.append(Problem(TEXT_RULE, True, "text", (
            f"the text is {len(text):,} characters; {op.id}, the Selling Partner API operation "
            f"for a {mtype.id} message, takes at most {op.text_max:,}"
        )))  # fmt: skip
    if op.text_max is None and text:
        problems.append(Problem(TEXT_RULE, False, "text", (
            f"{op.id} carries attachments only: the message's text ({len(text):,} characters) "
            "will not reach the buyer through the Selling Partner API, only by e-mail"
        )))  # fmt: skip
    problems += attachment_problems(mtype, message.attachments)
    return problems


def attachment_problems(mtype: MessageType, attachments: Sequence[Attachment]) -> list[Problem]:
    op = mtype.operation
    assert op is not None
    names = ", ".join(a.filename for a in attachments)
    if attachments and op.attachments_max == 0:
        return [Problem(ATTACHMENT_RULE, False, "attachment", (
            f"{op.id} takes no attachments: {names} will not reach the buyer through the "
            "Selling Partner API, only by e-mail"
        ))]  # fmt: skip
    if len(attachments) > op.attachments_max:
        return [Problem(ATTACHMENT_RULE, True, "attachment", (
            f"{len(attachments)} attachments; {op.id} takes at most {op.attachments_max}"
        ))]  # fmt: skip
    if len(attachments) < op.attachments_min:
        return [Problem(ATTACHMENT_RULE, True, "attachment", (
            f"{op.id} needs at least {op.attachments_min} attachment(s); the message has "
            f"{len(attachments)}"
        ))]  # fmt: skip
    return []


def request_from_json(data: object, source: str) -> SpApiRequest:
    """The `sp_api` of a message's .json report, as the sender reads it back; InputError
    naming the field when it is not the shape `SpApiRequest.as_json` writes."""

    def bad(name: str, problem: str) -> InputError:
        return InputError(problem, source=source, field=f"sp_api.{name}" if name else "sp_api")

    if not isinstance(data, Mapping):
        raise bad("", "expected the request object bsm render writes")
    strings = {}
    for name in ("operation", "method", "path"):
        value = data.get(name)
        if not isinstance(value, str) or not value:
            raise bad(name, "expected a string")
        strings[name] = value
    if not strings["path"].startswith("/") or ".." in strings["path"].split("/"):
        raise bad("path", "expected an absolute API path")
    query = data.get("query")
    if not isinstance(query, Mapping) or not all(
        isinstance(v, list) and v and all(isinstance(s, str) for s in v) for v in query.values()
    ):
        raise bad("query", "expected {name: [value, ...]}")
    if "marketplaceIds" not in query:
        raise bad("query", "has no marketplaceIds")
    body = data.get("body")
    if body is not None and not isinstance(body, Mapping):
        raise bad("body", "expected an object or null")
    uploads = []
    raw_uploads = data.get("uploads", [])
    if not isinstance(raw_uploads, list):
        raise bad("uploads", "expected a list")
    for i, up in enumerate(raw_uploads):
        keys = ("fileName", "contentType", "contentMD5", "resource")
        if not isinstance(up, Mapping) or not all(isinstance(up.get(k), str) for k in keys):
            raise bad(f"uploads[{i}]", f"expected {{{', '.join(keys)}}}, each a string")
        uploads.append(Upload(*(str(up[k]) for k in keys)))
    return SpApiRequest(
        strings["operation"], strings["method"], strings["path"],
        {str(k): list(v) for k, v in query.items()},
        None if body is None else dict(body), tuple(uploads),
    )  # fmt: skip

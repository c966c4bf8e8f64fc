"""What every sender is (`Sender`), and what a run says of each message (`Result`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from toolkit.errors import InputError
from toolkit.files import read_capped
from toolkit.send.ledger import Outgoing

MAX_REPORT_BYTES = 2_000_000  # a message's .json: its text, findings and request
MAX_EML_BYTES = 12_000_000  # 10 MB of attachments, base64 and headers included


class Verdict(StrEnum):
    SENT = "sent"
    FAILED = "failed"  # the other side said no, for good: recorded with its answer
    NOT_SENT = "not-sent"  # not now (no route, not offered): left as it was, for a later run
    UNKNOWN = "unknown"  # left `sending` by a run that died; sent again with --retry-unknown
    RECOVERED = "recovered"  # left `sending`, and it went: now recorded as sent
    WOULD_SEND = "would-send"  # --dry-run


@dataclass(frozen=True)
class Result:
    """What became of one message a send run took on."""

    item: Outgoing
    verdict: Verdict
    answer: str


class Sender(Protocol):
    via: str

    def check(self, item: Outgoing) -> str | None:
        """None when the message may go now; else why not (it stays generated)."""
        ...

    def describe(self, item: Outgoing) -> str:
        """What sending it would do (--dry-run)."""
        ...

    def send(self, item: Outgoing) -> str:
        """Send it once; the other side's answer. Raises retry.Temporary or retry.Permanent."""
        ...

    def went(self, item: Outgoing) -> bool | None:
        """After a run died while sending it: True it went, False it did not, None unknown."""
        ...

    def close(self) -> None: ...


def read_report(item: Outgoing) -> dict[str, Any]:
    """The message's .json, as bsm batch wrote it."""
    path = item.file(".json")
    try:
        data = json.loads(read_capped(path, MAX_REPORT_BYTES, "message report").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"not the JSON bsm batch writes ({err})", source=str(path)) from None
    if not isinstance(data, dict):
        raise InputError("not the JSON bsm batch writes (no object)", source=str(path))
    return data


def read_eml(item: Outgoing) -> bytes:
    return read_capped(item.file(".eml"), MAX_EML_BYTES, "message")

"""The few types every stage speaks: Message, Attachment, Finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # Amazon would block the message or restrict the account
    WARNING = "warning"  # likely a problem; a person should look


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message: its name, its kind and its bytes."""

    filename: str
    kind: str
    mime_type: str
    content: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class Message:
    """A message as rendered or read: subject, HTML and plain text, attachments."""

    type: str | None
    locale: str | None
    subject: str
    html: str
    text: str
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one place of a message."""

    rule: str
    name: str
    severity: Severity
    message: str
    part: str = "html"  # subject, html, text, attachment, order
    line: int = 1
    column: int = 1

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "part": self.part,
            "line": self.line,
            "column": self.column,
        }


def has_errors(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)

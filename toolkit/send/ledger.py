"""What a sender needs of the ledger, and the one place it is asked.

The batch ledger (toolkit.ledger, `bsm batch`) records each message from its claim to the
sender's answer: status generated -> sending -> sent | failed, with `attempts` and `answer`.
A sender needs five things of it, the `Store` protocol below, which the batch ledger's
SqlLedger provides as it is: `messages()` (to find what is generated, or was left sending, under
DIR), `mark_sending`, `mark_sent` and `mark_failed`. `Outbox` puts them to a run's use.

"Unknown" is no status of its own: a message left `sending` by a run that died between sending
and recording is unknown until the sender finds out (SP-API) or is told to send it again
(`--retry-unknown`, SMTP).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from toolkit.ledger import open_ledger


class Key(Protocol):
    @property
    def order_id(self) -> str: ...
    @property
    def message_type(self) -> str: ...
    @property
    def variant(self) -> str: ...


class Row(Protocol):
    @property
    def key(self) -> Key: ...
    @property
    def status(self) -> str: ...
    def __getitem__(self, name: str) -> Any: ...


class Store(Protocol):
    """The batch ledger's sender side (toolkit.ledger.SqlLedger)."""

    def messages(self, batch: int = 1000) -> Iterator[Any]: ...
    def mark_sending(self, key: Any, now: datetime | None = None) -> bool: ...
    def mark_sent(self, key: Any, answer: str, now: datetime | None = None) -> bool: ...
    def mark_failed(self, key: Any, answer: str, now: datetime | None = None) -> bool: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Outgoing:
    """One message to send: its ledger key and its files (`stem` + .eml, .json)."""

    key: Any
    stem: Path
    status: str
    attempts: int
    answer: str | None

    @property
    def name(self) -> str:
        return f"{self.key.order_id}/{self.key.message_type}"

    def file(self, suffix: str) -> Path:
        return self.stem.with_name(self.stem.name + suffix)


def open_store(spec: str) -> Store:
    """The ledger at a path or URL, as `bsm batch` wrote it (InputError when it is none)."""
    store: Store = open_ledger(spec)
    return store


class Outbox:
    """A run's view of the ledger: the messages under one folder."""

    def __init__(self, store: Store, out_dir: Path) -> None:
        self.store = store
        self.out_dir = out_dir.resolve()

    def _under(self, status: str) -> Iterator[Outgoing]:
        for row in self.store.messages():
            if row.status != status or not row["files"]:
                continue
            stem = Path(str(row["files"]))
            stem = stem if stem.is_absolute() else Path.cwd() / stem
            if not stem.resolve().is_relative_to(self.out_dir):
                continue
            yield Outgoing(row.key, stem, row.status, int(row["attempts"] or 0), row["answer"])

    def pending(self) -> Iterator[Outgoing]:
        """Generated and never sent, oldest first."""
        return self._under("generated")

    def in_flight(self) -> Iterator[Outgoing]:
        """Left `sending`: a run stopped between sending and recording the answer."""
        return self._under("sending")

    def sending(self, item: Outgoing, now: datetime) -> bool:
        return self.store.mark_sending(item.key, now)

    def sent(self, item: Outgoing, answer: str, now: datetime) -> bool:
        return self.store.mark_sent(item.key, answer, now)

    def failed(self, item: Outgoing, answer: str, now: datetime) -> bool:
        return self.store.mark_failed(item.key, answer, now)

    def resend(self, item: Outgoing, why: str, now: datetime) -> bool:
        """An in-flight message that did not go (or, told so, may go again): sending anew.
        The ledger moves sending -> sending only through failed (its one way back)."""
        return self.store.mark_failed(item.key, why, now) and self.store.mark_sending(item.key, now)

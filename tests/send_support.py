"""What the send tests share: messages written as `bsm batch` writes them, and a small SQLite
store with the sender's side of the batch ledger (toolkit.send.ledger.Store: messages,
mark_sending, mark_sent, mark_failed; the same transitions), for as long as this branch has no
toolkit.ledger package of its own. Once it has, `open_ledger` replaces `TestStore`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from conftest import EXAMPLES, NOW

from toolkit.orders import load_document
from toolkit.output import file_stem, write_outcome
from toolkit.pipeline import Toolkit, render_order

COLUMNS = ("order_id", "message_type", "variant", "status", "files", "attempts", "answer")


@dataclass(frozen=True, order=True)
class Key:
    order_id: str
    message_type: str
    variant: str = ""


@dataclass(frozen=True)
class Row:
    key: Key
    values: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def status(self) -> str:
        return str(self.values["status"])


class TestStore:
    __test__ = False  # not a test class

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, order_id TEXT,"
            " message_type TEXT, variant TEXT DEFAULT '', status TEXT, files TEXT,"
            " attempts INTEGER DEFAULT 0, answer TEXT, sending_at TEXT, sent_at TEXT,"
            " UNIQUE (order_id, message_type, variant))"
        )

    def add(self, order_id: str, message_type: str, files: Path) -> Key:
        self.db.execute(
            "INSERT INTO messages (order_id, message_type, status, files) VALUES (?, ?, ?, ?)",
            (order_id, message_type, "generated", str(files)),
        )
        return Key(order_id, message_type)

    def messages(self, batch: int = 1000) -> Iterator[Row]:
        rows = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM messages ORDER BY id")
        for values in rows.fetchall():
            data = dict(zip(COLUMNS, values, strict=True))
            yield Row(Key(data["order_id"], data["message_type"], data["variant"]), data)

    def row(self, key: Key) -> Row:
        return next(r for r in self.messages() if r.key == key)

    def _move(self, key: Key, status: str, sources: tuple[str, ...], answer: str | None,
              now: datetime | None, attempt: bool = False) -> bool:  # fmt: skip
        marks = ",".join("?" * len(sources))
        cur = self.db.execute(
            f"UPDATE messages SET status = ?, answer = COALESCE(?, answer), {status}_at = ?"
            + (", attempts = attempts + 1" if attempt else "")
            + f" WHERE order_id = ? AND message_type = ? AND variant = ? AND status IN ({marks})",
            (status, answer, (now or datetime.now(UTC)).isoformat(), key.order_id,
             key.message_type, key.variant, *sources),
        ) if status in ("sending", "sent") else self.db.execute(
            f"UPDATE messages SET status = ?, answer = COALESCE(?, answer)"
            f" WHERE order_id = ? AND message_type = ? AND variant = ? AND status IN ({marks})",
            (status, answer, key.order_id, key.message_type, key.variant, *sources),
        )  # fmt: skip
        return cur.rowcount == 1

    def mark_sending(self, key: Key, now: datetime | None = None) -> bool:
        return self._move(key, "sending", ("generated", "failed"), None, now, attempt=True)

    def mark_sent(self, key: Key, answer: str, now: datetime | None = None) -> bool:
        return self._move(key, "sent", ("sending",), answer, now)

    def mark_failed(self, key: Key, answer: str, now: datetime | None = None) -> bool:
        return self._move(key, "failed", ("sending",), answer, now)

    def close(self) -> None:
        self.db.close()


def generate(tk: Toolkit, out: Path, store: TestStore, *types: str) -> list[Key]:
    """The bundled examples of `types`, written into `out` and recorded as generated."""
    keys = []
    for type_id in types:
        outcome = render_order(tk, load_document(EXAMPLES / f"{type_id}.json", tk.catalog),
                               now=NOW)  # fmt: skip
        assert not outcome.refused, outcome.findings
        write_outcome(outcome, out, tk.catalog, NOW)
        stem = out / outcome.doc.order.id / file_stem(outcome, tk.catalog)
        keys.append(store.add(outcome.doc.order.id, type_id, stem))
    return keys

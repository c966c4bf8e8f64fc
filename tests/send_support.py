"""What the send tests share: messages written and recorded as `bsm batch` writes them, in the
project's own ledger (a real SQLite file), so that the senders are tested against the ledger
they will meet."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLES, NOW

from toolkit.batch import write_recorded
from toolkit.ledger import ClaimResult, MessageKey, SqlLedger, Worker, open_ledger
from toolkit.ledger.keys import message_key
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, render_order


def test_ledger(path: Path) -> SqlLedger:
    """The ledger `bsm batch` would write at `path`."""
    return open_ledger(path)


test_ledger.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def generate(tk: Toolkit, out: Path, ledger: SqlLedger, *types: str) -> list[MessageKey]:
    """The bundled examples of `types`, written into `out` and recorded as generated, as a
    batch run does (claimed, written, completed)."""
    keys = []
    for type_id in types:
        doc = load_document(EXAMPLES / f"{type_id}.json", tk.catalog)
        outcome = render_order(tk, doc, now=NOW)
        assert not outcome.refused, outcome.findings
        result = write_recorded(ledger, Worker(), outcome, out, tk, NOW)
        assert result in (ClaimResult.CLAIMED, ClaimResult.RETAKEN), result
        keys.append(message_key(outcome.doc))
    return keys

"""bsm-toolkit: Amazon buyer-seller messages that Amazon will not block.

The public API, re-exported explicitly (each name lives in the module of its stage)::

    from toolkit import Toolkit, load_document, render_order, check_message

    tk = Toolkit.load()
    doc = load_document(Path("order.json"), tk.catalog)
    outcome = render_order(tk, doc, now=datetime.now(UTC))
    if outcome.refused: print([f.rule for f in outcome.findings])
"""

from toolkit.errors import InputError
from toolkit.model import Attachment, Finding, Message, Severity
from toolkit.orders import OrderDocument, load_document, parse_document
from toolkit.output import outcome_json, sp_api_payload, to_eml, write_outcome
from toolkit.pipeline import Outcome, Toolkit, check_message, render_order

__all__ = [
    "Attachment",
    "Finding",
    "InputError",
    "Message",
    "OrderDocument",
    "Outcome",
    "Severity",
    "Toolkit",
    "check_message",
    "load_document",
    "outcome_json",
    "parse_document",
    "render_order",
    "sp_api_payload",
    "to_eml",
    "write_outcome",
]

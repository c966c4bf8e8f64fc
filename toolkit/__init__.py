"""bsm-toolkit: Amazon buyer-seller messages that Amazon will not block.

The public API, re-exported explicitly (each name lives in the module of its stage)::

    from toolkit import Toolkit, load_document, render_order, check_message

    tk = Toolkit.load()
    doc = load_document(Path("order.json"), tk.catalog)
    outcome = render_order(tk, doc, now=datetime.now(UTC))
    if outcome.refused: print([f.rule for f in outcome.findings])

Each name is imported from its module when first asked for, so that importing one stage
(`toolkit.reader`, the `bsm check` command) does not load every other one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports on first use
    from toolkit.errors import InputError as InputError
    from toolkit.model import Attachment as Attachment
    from toolkit.model import Finding as Finding
    from toolkit.model import Message as Message
    from toolkit.model import Severity as Severity
    from toolkit.orders import OrderDocument as OrderDocument
    from toolkit.orders import load_document as load_document
    from toolkit.orders import parse_document as parse_document
    from toolkit.output import outcome_json as outcome_json
    from toolkit.output import sp_api_payload as sp_api_payload
    from toolkit.output import to_eml as to_eml
    from toolkit.output import write_outcome as write_outcome
    from toolkit.pipeline import Outcome as Outcome
    from toolkit.pipeline import Toolkit as Toolkit
    from toolkit.pipeline import check_message as check_message
    from toolkit.pipeline import render_order as render_order

# each public name -> the module it lives in
EXPORTS = {
    "Attachment": "toolkit.model",
    "Finding": "toolkit.model",
    "InputError": "toolkit.errors",
    "Message": "toolkit.model",
    "OrderDocument": "toolkit.orders",
    "Outcome": "toolkit.pipeline",
    "Severity": "toolkit.model",
    "Toolkit": "toolkit.pipeline",
    "check_message": "toolkit.pipeline",
    "load_document": "toolkit.orders",
    "outcome_json": "toolkit.output",
    "parse_document": "toolkit.orders",
    "render_order": "toolkit.pipeline",
    "sp_api_payload": "toolkit.output",
    "to_eml": "toolkit.output",
    "write_outcome": "toolkit.output",
}
__all__ = sorted(EXPORTS)
__getattr__ = lazy_exports(__name__, EXPORTS)

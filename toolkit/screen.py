"""The seller's own text, screened for characters that hide, reorder or cut a message.

Order data (buyer name, titles) is the marketplace's: its hidden characters are simply removed
(detect.clean_order_text). The seller's own words are different: a right-to-left override or a
tag character there changes what the buyer reads, and a lone surrogate would end the HTML
where it stands. So they never reach the message, and each is a finding that refuses it
(BSM312, active content: text that does something other than what it shows).
"""

from __future__ import annotations

from dataclasses import replace

from toolkit.catalog import MessageType
from toolkit.detect import Detectors
from toolkit.orders import OrderDocument

MAX_NAMED = 5  # characters named one by one per field; the rest are counted


def hidden_in(text: str, where: str, detectors: Detectors) -> list[str]:
    """One problem per distinct hidden character of `text`, said of the field `where`."""
    seen: dict[str, int] = {}
    for start, _, ch in detectors.hidden_characters(text):
        seen.setdefault(ch, start)
    problems = [
        f"{detectors.character_name(ch)} in {where} (character {start + 1}): "
        "hidden characters change what the buyer reads; remove it"
        for ch, start in list(seen.items())[:MAX_NAMED]
    ]
    if len(seen) > MAX_NAMED:
        problems.append(f"{len(seen) - MAX_NAMED} more kinds of hidden character in {where}")
    return problems


def screen_seller_text(
    doc: OrderDocument, mtype: MessageType, detectors: Detectors
) -> tuple[OrderDocument, list[str]]:
    """The document with hidden characters cut from the seller's text, and what was found."""
    problems: list[str] = []
    fields = dict(doc.fields)
    for name in mtype.text_fields:
        value = fields.get(name)
        if isinstance(value, str):
            problems += hidden_in(value, f"message.{name}", detectors)
            fields[name] = detectors.without_hidden(value)
    links = []
    for i, (text, url) in enumerate(doc.links):
        problems += hidden_in(text, f"message.links[{i}].text", detectors)
        problems += hidden_in(url, f"message.links[{i}].url", detectors)
        links.append((detectors.without_hidden(text), detectors.without_hidden(url)))
    if not problems:
        return doc, []
    return replace(doc, fields=fields, links=tuple(links)), problems

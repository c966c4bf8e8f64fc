"""Helpers shared by the per-language source files of the evaluation set.

Each language module defines ``LOCALE`` (the default buyer locale) and ``MESSAGES``, a list
of dicts: ``k`` scenario key, ``t`` message type, ``f`` format (html/text), ``s`` subject,
``b`` body, ``e`` expected rule ids, optional ``n`` (note, English), ``loc`` (locale).
``{oid}`` in subject or body is replaced by the message's order number.
"""


def p(*paras: str) -> str:
    """Plain <p> paragraphs, one per line."""
    return "\n".join(f"<p>{x}</p>" for x in paras)


def div(*paras: str) -> str:
    """A simple, Amazon-safe HTML body: a div of paragraphs."""
    return "<div>\n" + p(*paras) + "\n</div>"


def table(*paras: str, pre: str = "", post: str = "") -> str:
    """What an e-mail builder makes, without any font/colour/alignment of its own."""
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">\n'
        "<tr><td>\n" + pre + p(*paras) + post + "\n</td></tr>\n</table>"
    )


def styled(*paras: str, td: str, pstyle: str = "") -> str:
    """E-mail builder output with inline styles on the cell (and optionally the paragraphs)."""
    ps = "\n".join((f'<p style="{pstyle}">{x}</p>' if pstyle else f"<p>{x}</p>") for x in paras)
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">\n'
        f'<tr><td style="{td}">\n{ps}\n</td></tr>\n</table>'
    )


def t(*paras: str) -> str:
    """Plain text: paragraphs separated by one blank line."""
    return "\n\n".join(paras)


# Default notes per scenario key (a language file may override with "n").
NOTES = {
    "c01": "clean delivery delay: new ship and delivery dates, no shipping confirmation",
    "c02": "clean delivery delay in simple HTML (strong, list); dates and amounts",
    "c03": "clean order problem: item unavailable, order amount adjusted; [Important] "
    "equivalent is allowed on this critical type",
    "c04": "clean request for information needed to complete the order (engraving / size)",
    "c05": "clean return follow-up offering a partial refund",
    "c06": "clean return follow-up in builder HTML asking for information (photo, state)",
    "c07": "clean invoice message with VAT/company numbers and an invoice number with "
    "slashes (not phone numbers)",
    "c08": "clean neutral review request in plain text",
    "c09": "clean review request in HTML: shop logo (alt names the shop) and a descriptive "
    "https link to Amazon",
    "c10": "clean delivery scheduling for a bulky item: dates, time slots, tracking number",
    "c11": "clean home-service appointment in builder table HTML, times and dates",
    "c12": "clean custom design verification: proof attached, asks to confirm",
    "c13": "clean fulfillment question: door code / delivery detail, reference numbers",
    "c14": "clean reply containing a product title / shop name in another language "
    "(BSM104 must not fire)",
    "c15": "clean reply giving the manufacturer's warranty hotline, marked as such "
    "(BSM309 exception)",
    "c16": "clean reply in HTML with company details footer (registration/VAT numbers), "
    "times, dates, amounts",
    "c17": "clean short reply with tracking/return reference numbers, a date, a time and an amount",
    "v01": "BSM201 paraphrased shipping confirmation: parcel left the warehouse / handed "
    "to the carrier",
    "v02": "BSM201 order-received confirmation in HTML, paraphrased",
    "v03": "BSM202 thanks-only message, freely worded",
    "v04": "BSM202 only says the seller is ready to help if a problem comes up (HTML)",
    "v05": "BSM203 otherwise valid delay message with a P.S. promoting a discount on the "
    "whole range",
    "v06": "BSM203 review request in HTML with follow-us / newsletter / new collection "
    "promotion (no links)",
    "v07": "BSM204 review request promising a small token of appreciation once the review "
    "is shared",
    "v08": "BSM204 refund / voucher promised as soon as the review is published",
    "v09": "BSM205 polite question whether the buyer would change or remove an existing review",
    "v10": "BSM206 review asked only if the buyer is satisfied; unhappy buyers steered to "
    "the seller instead",
    "v11": "BSM206 asks for a five-star rating (HTML)",
    "v12": "BSM108 stock ran out; suggests the quickest way is for the buyer to cancel",
    "v13": "BSM108 + BSM107 order-problem asking the buyer to cancel, no confirmation "
    "that the amount was adjusted",
    "v14": "BSM305 opt-out instruction (reply STOP / unsubscribe)",
    "v15": "BSM306 offensive language / profanity in a reply",
    "v16": "BSM104 whole message in another language than the buyer's locale",
    "v17": "BSM309 phone number in national format in plain text",
    "v18": "BSM309 phone number in international format in an HTML signature",
    "v19": "BSM308 plain e-mail address in text",
    "v20": "BSM308 obfuscated e-mail address (at / dot)",
    "v21": "BSM302 https link to the seller's own website, descriptive link text",
    "v22": "BSM301 http (not https) link to Amazon, descriptive link text",
    "v23": "BSM310 image of the purchased product",
    "v24": "BSM311 unrelated stock image",
    "v25": "BSM402 shop logo image without alt text (or alt empty)",
    "v26": "BSM403 emoji in plain text",
    "v27": "BSM403 ASCII emoticon in plain text",
    "v28": "BSM410 four font sizes set in a <style> block (five with the default)",
    "v29": "BSM412 more than two line breaks in a row",
    "v30": "BSM110 [Important] equivalent in the subject of a non-critical message type",
    "v31": "BSM401 non-descriptive link text to an Amazon page",
}

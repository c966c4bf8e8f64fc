"""BSM1xx: what may be sent, when, and to whom. These rules need context (type, order, now)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC
from functools import partial

from toolkit.detect import blank_spans
from toolkit.model import Severity
from toolkit.rules import Rule, judges
from toolkit.rules.base import Context, Hit, Subject
from toolkit.rules.meaning import Lexicon, Reading
from toolkit.rules.reading import lexicons, sentence_hits, units_of

ORDER_PROBLEM_REASONS = ("NoInventory", "CouldNotShip")
NOT_YET_BOUGHT = ("Pending", "PendingAvailability")
MIN_LINE_WORDS = 12  # a paragraph this long is judged on its own (BSM104)
MIN_SENTENCE_WORDS = 8  # and a sentence this long
QUOTED = re.compile(r"„[^“”\n]*[“”]|“[^”\n]*”|«[^»\n]*»|»[^«\n]*«|\"[^\"\n]*\"")


def check_type(s: Subject) -> Iterator[Hit]:
    if s.mtype is None:
        yield Hit(
            f"{s.type_id!r} is not a permitted reason to write (permitted: "
            f"{', '.join(s.catalog.ids)})",
            part="order",
        )


def check_order_id(s: Subject) -> Iterator[Hit]:
    wanted = s.doc.order.id if s.doc else None
    for _, text in s.texts():
        ids = [found for _, _, found in s.detectors.order_ids(text)]
        if (wanted and wanted in ids) or (not wanted and ids):
            return
    if wanted:
        yield Hit(f"neither subject nor body carries the order number {wanted}", part="subject")
    else:
        yield Hit("neither subject nor body carries a 17-digit order number", part="subject")


def days_since_completion(s: Subject) -> float | None:
    """Days from the order's completion (delivery) to `now`; None while it is not complete."""
    if s.doc is None or s.now is None:
        return None
    order = s.doc.order
    completed = s.doc.delivered_at
    if completed is None and order.status in ("Shipped", "Delivered"):
        completed = order.latest_delivery
    if completed is None:
        return None
    return (s.now - completed).total_seconds() / 86400


def check_window(s: Subject) -> Iterator[Hit]:
    mtype = s.mtype
    if mtype is None or not mtype.proactive:
        return
    days = days_since_completion(s)
    if days is not None and days > s.policy.proactive_days:
        yield Hit(
            f"sent {days:.0f} days after the order was completed; proactive messages are "
            f"allowed within {s.policy.proactive_days} days",
            part="order",
        )


def check_language(s: Subject) -> Iterator[Hit]:
    """The seller's own words in another language than the buyer's: each seller field however
    short (as far as its words tell), each part, paragraph and long sentence; the order's data
    (names, titles, SKUs) and quoted text are left out first, they are not the seller's words."""
    expected = s.language
    if expected is None:
        return
    book = s.book
    if expected not in book.languages():
        return  # no word list for this language: the catalog negotiation has judged it
    masked = order_data(s)
    samples: list[tuple[str, str, str, bool]] = []  # (what, part, text, a seller field)
    if s.doc is not None and s.mtype is not None:  # the seller's own words, field by field
        samples += [
            (f"message.{name}", "order", str(s.doc.fields[name]), True)
            for name in s.mtype.text_fields
            if name in s.doc.fields
        ]
    for part, text in s.body_texts():
        links = [(a, b) for a, b, _ in s.detectors.urls(text)]
        text = blank_spans(mask(text, masked), links)  # a link's address is no language
        samples.append((f"the {part} part", part, text, False))
        # a paragraph or sentence long enough to tell, in another language (a pasted note)
        lines = [line for line in text.splitlines() if len(line.split()) >= MIN_LINE_WORDS]
        samples += [(f"a paragraph of the {part} part", part, line, False) for line in lines]
        samples += [
            (f"a sentence of the {part} part", part, unit.text, False)
            for unit in units_of(s.memo, text, whole=True)
            if len(unit.text.split()) >= MIN_SENTENCE_WORDS and unit.text not in lines
        ]
    reported: set[str] = set()
    for what, part, text, field in samples:
        # a template's paragraphs and sentences come back in every message: judged once; so do
        # its whole parts, once the order's data is blanked out and white space does not count
        # (the verdict is the words')
        found = s.memo.recall(
            ("language", expected, field, " ".join(text.split())),
            partial(book.other_language, text, expected, short=field),
        )
        if found is not None and (part, text) not in reported:
            reported.add(text)
            shown = " ".join(text.split())
            yield Hit(
                f"{what} reads as {found}, but the buyer's language is {expected}: {shown[:60]!r}",
                part=part,
                needle=text.strip()[:40],
            )


def order_data(s: Subject) -> list[str]:
    """What the order puts in a message (buyer, titles, SKUs, shop): no evidence of language."""
    if s.doc is None:
        return []
    order = s.doc.order
    found = [order.buyer_name, s.doc.seller_name]
    for item in order.items:
        found += [item.title, item.sku, item.asin]
    return sorted((f for f in found if f and f.strip()), key=len, reverse=True)


def mask(text: str, masked: list[str]) -> str:
    """`text` with the order's data and quoted text blanked out, at the same offsets."""
    for value in masked:
        if value in text:
            text = text.replace(value, " " * len(value))
    return QUOTED.sub(lambda m: " " * len(m.group()), text)


def check_repeat_review(s: Subject) -> Iterator[Hit]:
    mtype = s.mtype
    if s.ledger is None or s.doc is None or mtype is None or not mtype.review:
        return
    count = s.ledger.review_requests(s.doc.order.id)
    if count:
        yield Hit(f"order {s.doc.order.id} already had a review request", part="order")


def check_review_timing(s: Subject) -> Iterator[Hit]:
    mtype = s.mtype
    if s.doc is None or s.now is None or mtype is None or not mtype.review:
        return
    if s.doc.delivered_at is None:
        yield Hit(
            "delivery date unknown (delivered_at): Amazon accepts review requests "
            f"{s.policy.review_min_days} to {s.policy.review_max_days} days after delivery",
            part="order",
        )
        return
    days = (s.now - s.doc.delivered_at).total_seconds() / 86400
    if days < s.policy.review_min_days:
        yield Hit(
            f"only {max(days, 0):.1f} days after delivery; wait until "
            f"{s.policy.review_min_days} days have passed",
            part="order",
        )


def check_adjustment(s: Subject) -> Iterator[Hit]:
    if s.type_id != "order-problem":
        return
    if s.doc is not None:
        reason = s.doc.fields.get("reason")
        if reason not in ORDER_PROBLEM_REASONS:
            yield Hit(
                f"adjustment reason {reason!r} must be NoInventory or CouldNotShip",
                part="order",
            )
        if "adjusted_amount" not in s.doc.fields:
            yield Hit("the adjusted amount (message.adjusted_amount) is missing", part="order")
    if not says_somewhere(s, judges.adjustment):
        yield Hit("the message does not confirm that the order amount was adjusted")


def says_somewhere(s: Subject, judge: Callable[[Reading], str | None]) -> bool:
    """Some sentence of the body, read in the message's language, says what `judge` wants."""
    for _, text in s.body_texts():
        for lex in lexicons(s):
            for unit in units_of(s.memo, text, whole=True):
                key = ("says", judge, lex.language, unit.text)
                if s.memo.recall(key, judge_sentence, judge, lex, unit.text):
                    return True
    return False


def judge_sentence(
    judge: Callable[[Reading], str | None], lex: Lexicon, sentence: str
) -> str | None:
    return judge(lex.read(sentence))


def check_cancel_request(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s,
        judges.cancel_request,
        "asks the buyer to cancel",
        phrase_list="cancel_request",
        parts=("html", "text"),
        phrase_veto=judges.cancel_refused,
    )


def check_return_reason(s: Subject) -> Iterator[Hit]:
    if s.type_id != "return-follow-up":
        return
    if s.doc is not None and s.doc.fields.get("purpose") in (
        "information-needed",
        "partial-refund",
    ):
        return
    if says_somewhere(s, judges.return_reason):
        return
    for _, text in s.body_texts():
        for phrases in s.phrases:
            if phrases.first("return_information", text) or phrases.first("partial_refund", text):
                return
    yield Hit(
        "a return message must ask for information needed for the return or offer a partial refund"
    )


def check_important_tag(s: Subject) -> Iterator[Hit]:
    mtype = s.mtype
    if mtype is None or mtype.critical:
        return
    for phrases in s.book.for_language(None):  # every language's tag, whatever the buyer's
        m = phrases.first("important_tag", s.message.subject)
        if m:
            tag = s.message.subject[m.start() : m.end()]
            yield Hit(
                f"{tag} is only for messages critical to completing the order, not {mtype.id}",
                part="subject",
                offset=m.start(),
            )
            return


def check_daily_limit(s: Subject) -> Iterator[Hit]:
    mtype = s.mtype
    if s.ledger is None or s.now is None or (mtype is not None and not mtype.proactive):
        return
    average = s.ledger.average_daily_orders()
    if average is None:
        return
    limit = s.policy.daily_limit_per_order * average + s.policy.daily_limit_base
    sent = s.ledger.proactive_sent_on(s.now.astimezone(UTC).date().isoformat())  # UTC days
    if sent >= limit:
        yield Hit(f"{sent} proactive messages sent today; the limit is {limit:.0f}", part="order")


def check_customer(s: Subject) -> Iterator[Hit]:
    if s.doc is not None and s.doc.order.status in NOT_YET_BOUGHT:
        yield Hit(
            f"order status {s.doc.order.status}: the buyer has not completed a purchase",
            part="order",
        )


RULES = (
    Rule(
        id="BSM101",
        name="not-permitted-type",
        severity=Severity.ERROR,
        clause="Je kunt proactieve toegestane berichten versturen om de volgende redenen",
        summary="the message's reason is none of the permitted reasons",
        why="Amazon allows messages only for reasons needed to complete an order or to answer "
        "the buyer; anything else is unsolicited contact and gets messages restricted.",
        example="--type newsletter",
        good="--type delivery-delay",
        fix="Use one of the permitted types (bsm rules lists them).",
        fixable=False,
        needs=frozenset({Context.TYPE}),
        check=check_type,
    ),
    Rule(
        id="BSM102",
        name="missing-order-id",
        severity=Severity.ERROR,
        clause="moeten het 17-cijferige bestelnummer bevatten",
        summary="neither subject nor body carries the 17-digit order number",
        why="Every permitted message must name the order it is about, as NNN-NNNNNNN-NNNNNNN.",
        example="Subject: About your order",
        good="Subject: About your order 302-1234567-7654321",
        fix="Put the order number in the subject and the body.",
        fixable=False,
        needs=frozenset(),
        check=check_order_id,
    ),
    Rule(
        id="BSM103",
        name="outside-window",
        severity=Severity.ERROR,
        clause="binnen 30 dagen na voltooiing van de bestelling",
        summary="a proactive message more than 30 days after the order was completed",
        why="Proactive messages are allowed only within 30 days of order completion.",
        example="a delivery question 45 days after delivery",
        good="the same, 10 days after delivery",
        fix="Do not send it; answer the buyer if they write to you.",
        fixable=False,
        needs=frozenset({Context.ORDER, Context.NOW, Context.TYPE}),
        check=check_window,
    ),
    Rule(
        id="BSM104",
        name="wrong-language",
        severity=Severity.ERROR,
        clause="in de voorkeurstaal van de koper",
        summary="the message is not in the buyer's preferred language",
        why="Amazon requires every message in the buyer's language (Messaging API getAttributes).",
        example="Your order will ship later than expected. We apologise for the delay. "
        "(to a buyer whose locale is nl-NL)",
        good="Uw bestelling wordt later verzonden dan verwacht. Onze excuses voor de vertraging.",
        fix="Render with the buyer's locale; translate the seller's own text.",
        fixable=False,
        needs=frozenset({Context.LOCALE}),
        check=check_language,
    ),
    Rule(
        id="BSM105",
        name="repeat-review-request",
        severity=Severity.ERROR,
        clause="Een herhaald verzoek (per bestelling)",
        summary="a second review or feedback request for the same order",
        why="One review request per order is allowed; a second one is solicitation.",
        example="a second review-request for 302-1234567-7654321",
        good="one review-request per order",
        fix="Do not send it (the ledger knows what was sent).",
        fixable=False,
        needs=frozenset({Context.LEDGER, Context.ORDER, Context.TYPE}),
        check=check_repeat_review,
    ),
    Rule(
        id="BSM106",
        name="review-request-timing",
        severity=Severity.WARNING,
        clause="outside the seed: Amazon's Solicitations API window is 5 to 30 days after delivery",
        summary="a review request earlier than 5 days after delivery",
        why="Amazon's Solicitations API refuses review requests outside 5 to 30 days after "
        "delivery; earlier ones reach a buyer who has barely used the product.",
        example="a review request 2 days after delivery",
        good="the same, 7 days after delivery",
        fix="Send it later (between 5 and 30 days after delivery).",
        fixable=False,
        needs=frozenset({Context.ORDER, Context.NOW, Context.TYPE}),
        check=check_review_timing,
    ),
    Rule(
        id="BSM107",
        name="order-problem-without-adjustment",
        severity=Severity.ERROR,
        clause="Het bericht moet een bevestiging bevatten dat het bestelbedrag is aangepast",
        summary="an order-problem message that does not confirm the adjustment, or whose "
        "reason is not NoInventory or CouldNotShip",
        why="Before telling the buyer an item cannot ship, the seller adjusts the full amount "
        "with reason NoInventory or CouldNotShip, and the message confirms it.",
        example="We cannot ship your mug.",
        good="We cannot ship your mug. We have adjusted the amount of your order by €24.95.",
        fix="Adjust the order in Seller Central first, then say so in the message.",
        fixable=False,
        needs=frozenset({Context.TYPE}),
        check=check_adjustment,
    ),
    Rule(
        id="BSM108",
        name="asks-buyer-to-cancel",
        severity=Severity.ERROR,
        clause="Neem geen contact op met de koper om diegene te vragen een annuleringsaanvraag "
        "in te dienen",
        summary="asks the buyer to request a cancellation",
        why="When stock runs out the seller cancels and refunds; asking the buyer to cancel "
        "shifts the seller's defect onto the buyer.",
        example="Please request a cancellation of your order.",
        good="We have adjusted the amount of your order; you will not be charged.",
        fix="Adjust the order yourself (reason NoInventory) and send an order-problem message.",
        fixable=False,
        needs=frozenset(),
        check=check_cancel_request,
    ),
    Rule(
        id="BSM109",
        name="return-message-without-reason",
        severity=Severity.ERROR,
        clause="alleen ... als je aanvullende informatie nodig hebt ... of als je een "
        "gedeeltelijke terugbetaling aanbiedt",
        summary="a return message that neither asks for needed information nor offers a "
        "partial refund",
        why="About a return the seller may only write to ask what is needed to complete it, or "
        "to offer a partial refund.",
        example="We saw you returned the kettle.",
        good="To complete your return we need a photo of the damaged lid.",
        fix="Ask for the information you need, or offer the partial refund.",
        fixable=False,
        needs=frozenset({Context.TYPE}),
        check=check_return_reason,
    ),
    Rule(
        id="BSM110",
        name="important-tag-misuse",
        severity=Severity.ERROR,
        clause="outside the seed: Amazon help page on Buyer-Seller Messaging FAQ",
        summary="[Important] in the subject of a message that is not critical to the order",
        why="[Important] makes a message reach buyers who opted out of messages; Amazon allows "
        "it only for messages critical to completing the order.",
        example="Subject: [Important] Review request for your order 302-1234567-7654321",
        good="Subject: Review request for your order 302-1234567-7654321",
        fix="Remove the tag from the subject.",
        fixable=False,
        needs=frozenset({Context.TYPE}),
        check=check_important_tag,
    ),
    Rule(
        id="BSM111",
        name="daily-limit",
        severity=Severity.ERROR,
        clause="outside the seed: Amazon staff, seller forums (5 x average daily orders + 600)",
        summary="more proactive messages in one day than the account's limit",
        why="Amazon caps proactive messages per day at 5 times the average daily orders plus "
        "600; messages over the cap are rejected.",
        example="the 1,101st proactive message on a day, with 100 orders a day",
        good="the rest sent the next day",
        fix="Send the rest tomorrow.",
        fixable=False,
        needs=frozenset({Context.LEDGER, Context.NOW}),
        check=check_daily_limit,
    ),
    Rule(
        id="BSM112",
        name="not-a-customer",
        severity=Severity.ERROR,
        clause="alleen toegestane berichten versturen naar klanten die contact met je hebben "
        "opgenomen ... of die al een product bij je hebben gekocht",
        summary="the recipient has neither bought from the seller nor contacted the seller",
        why="Messages may go only to buyers who bought or asked about a purchase.",
        example='an order with OrderStatus "Pending"',
        good='OrderStatus "Unshipped"',
        fix="Wait until the order is placed (no longer Pending).",
        fixable=False,
        needs=frozenset({Context.ORDER}),
        check=check_customer,
    ),
)

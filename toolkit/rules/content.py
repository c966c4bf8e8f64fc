"""BSM2xx: kinds of message that are never permitted, read from the text."""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.model import Severity
from toolkit.rules import Rule
from toolkit.rules.base import Hit, Subject
from toolkit.rules.phrases import sentences


def phrase_hits(s: Subject, list_name: str, what: str) -> Iterator[Hit]:
    for part, text in s.texts():
        for phrases in s.phrases:
            for m in phrases.find(list_name, text):
                yield Hit(f"{what}: {m.group()!r}", part=part, offset=m.start(), needle=m.group())


def paired_hits(
    s: Subject, list_name: str, what: str, *, with_list: str = "review_words"
) -> Iterator[Hit]:
    """`list_name` phrases that stand in one sentence with a `with_list` word."""
    for part, text in s.texts():
        for phrases in s.phrases:
            for start, sentence in sentences(text):
                if not phrases.first(with_list, sentence):
                    continue
                m = phrases.first(list_name, sentence)
                if m:
                    yield Hit(
                        f"{what}: {sentence.strip()!r}",
                        part=part,
                        offset=start + m.start(),
                        needle=m.group(),
                    )


def check_confirmation(s: Subject) -> Iterator[Hit]:
    yield from phrase_hits(s, "order_confirmation", "confirms an order or shipment (Amazon does)")


def check_thanks_only(s: Subject) -> Iterator[Hit]:
    """Every sentence but greeting, closing, order number and signature is thanks or help."""
    for part, text in s.body_texts():
        for phrases in s.phrases:
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            content: list[str] = []
            for line in lines:
                if phrases.first("greeting", line) and len(line.split()) <= 6:
                    continue
                if phrases.first("closing", line) or s.detectors.order_ids(line):
                    continue
                content.append(line)
            if s.doc is not None:
                content = [c for c in content if c != s.doc.seller_name]
            rest = " ".join(content)
            if not rest or not phrases.first("thanks", rest):
                continue
            leftover = phrases.pattern("thanks").sub("", rest)  # type: ignore[union-attr]
            if not any(ch.isalpha() for ch in leftover):
                yield Hit(
                    "the message only says thank you or offers help", part=part, needle=rest[:30]
                )
                return


def check_marketing(s: Subject) -> Iterator[Hit]:
    yield from phrase_hits(s, "marketing", "marketing or promotion")


def check_incentive(s: Subject) -> Iterator[Hit]:
    yield from paired_hits(s, "incentive", "offers something for a review")


def check_review_change(s: Subject) -> Iterator[Hit]:
    yield from paired_hits(s, "review_change", "asks to change or remove a review")


def check_conditional_review(s: Subject) -> Iterator[Hit]:
    yield from paired_hits(s, "conditional_review", "asks for a positive review only")


RULES = (
    Rule(
        id="BSM201",
        name="order-or-shipping-confirmation",
        severity=Severity.ERROR,
        clause="Bevestiging van bestelling of verzending",
        summary="the message confirms an order or a shipment",
        why="Amazon confirms orders and shipments itself; a seller's confirmation is not a "
        "permitted message.",
        example="Your order has been shipped and is on its way.",
        good="(no message: Amazon sends the shipping confirmation)",
        fix="Do not send it; confirm shipment in Seller Central instead.",
        fixable=False,
        needs=frozenset(),
        check=check_confirmation,
    ),
    Rule(
        id="BSM202",
        name="thanks-only",
        severity=Severity.ERROR,
        clause="Berichten met alleen 'Bedankt'",
        summary="the message only says thank you, or only that the seller is ready to help",
        why="A message needs a permitted reason; thanks alone is not one.",
        example="Thank you for your order! Do not hesitate to contact us.",
        good="(no message, or one with a permitted reason)",
        fix="Do not send it.",
        fixable=False,
        needs=frozenset(),
        check=check_thanks_only,
    ),
    Rule(
        id="BSM203",
        name="marketing",
        severity=Severity.ERROR,
        clause="Marketing- of promotieberichten, inclusief kortingsbonnen",
        summary="coupons, discount codes, sales, new products, 'follow us', newsletters",
        why="Buyer-seller messaging is for completing orders, never for promotion.",
        example="Use code SAVE10 for 10% off your next order!",
        good="(leave promotion out of the message)",
        fix="Remove the promotion.",
        fixable=False,
        needs=frozenset(),
        check=check_marketing,
    ),
    Rule(
        id="BSM204",
        name="incentivized-review",
        severity=Severity.ERROR,
        clause="onder meer door het aanbieden van compensatie, geld, cadeaubonnen ...",
        summary="offers anything of value around a review or feedback",
        why="Incentivised reviews break Amazon's review policy and can close the account.",
        example="Leave a review and get a €5 gift card.",
        good="Please share your experience by writing a review on Amazon.",
        fix="Remove the offer.",
        fixable=False,
        needs=frozenset(),
        check=check_incentive,
    ),
    Rule(
        id="BSM205",
        name="review-change-request",
        severity=Severity.ERROR,
        clause="verwijdering of aanpassing van een bestaande productrecensie",
        summary="asks to remove or change an existing review or feedback",
        why="Sellers may not ask buyers to change or remove reviews or feedback.",
        example="Could you please remove your review now that we have refunded you?",
        good="We have refunded the order.",
        fix="Remove the request.",
        fixable=False,
        needs=frozenset(),
        check=check_review_change,
    ),
    Rule(
        id="BSM206",
        name="conditional-review-request",
        severity=Severity.ERROR,
        clause="alleen een productrecensie te geven als de koper een positieve ervaring ... "
        "heeft gehad",
        summary="asks for a review only if the experience was positive, asks for a rating, or "
        "steers unhappy buyers away",
        why="A review request must be neutral: the same for every buyer, whatever they thought.",
        example="If you are happy with the product, please leave a 5-star review.",
        good="Please share your experience with the product in a review on Amazon.",
        fix="Ask neutrally, the same for everyone.",
        fixable=False,
        needs=frozenset(),
        check=check_conditional_review,
    ),
)

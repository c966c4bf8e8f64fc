"""BSM2xx: kinds of message that are never permitted, read from the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from toolkit.detect import remove_spans
from toolkit.model import Severity
from toolkit.rules import Rule, judges
from toolkit.rules.base import Hit, Subject
from toolkit.rules.context import order_data
from toolkit.rules.meaning import Lexicon
from toolkit.rules.phrases import Phrases
from toolkit.rules.reading import sentence_hits, units_of

SHORT_LINE_WORDS = 6  # a greeting or closing line is no longer than this
REFERENCE_WORDS = 3  # "Order number:" and the like, once the number is cut out
SIGNATURE_WORDS = 4  # a last line this short, without a sentence end, is a signature
SIGN_OFF_WORDS = 4  # "Un caro saluto," "Warm wishes,": a closing the lists do not know
FILLER_WORDS, FILLER_LETTERS = 1, 4  # "and" left between two thanks is no content
GREETING_REST = re.compile(r"^[^,!:\n]{0,40}[,!:]")  # the name after "Dear", up to its comma
SENTENCE_END = re.compile(r"[.!?]")
STATEMENT_END = re.compile(r"[.?]\s*$")
CLOSING_WORDS = 3  # "Kind regards." may end in a full stop; a longer line so ended is a sentence
LETTERS = re.compile(r"[^\W\d_]+")
DIGIT = re.compile(r"\d")  # a date, a time, an amount: something to tell, not only thanks
ALWAYS = re.compile(r"\b(?:24\s*h?\s*/\s*(?:7|24)|7\s*j?\s*/\s*(?:7|24))\b")  # "7/24 hizmetinizde"
OPENING_MARKS = "¡¿«„“\"' "  # what may stand before a greeting's first word
SIGNATURE_LINES = 3  # "Magda i Piotr", "Pracownia Ceramiki": a signature's lines
NAME_JOINS = frozenset({"&", "and", "en", "und", "et", "e", "y", "i", "och", "ve", "-", "|"})


def phrase_hits(s: Subject, list_name: str, what: str) -> Iterator[Hit]:
    for part, text in s.texts():
        for phrases in s.phrases:
            for m in phrases.find(list_name, text):
                found = text[m.start() : m.end()]  # matched in lower case; shown as written
                yield Hit(f"{what}: {found!r}", part=part, offset=m.start(), needle=found)


def everywhere_hits(s: Subject, list_name: str, what: str) -> Iterator[Hit]:
    """A list that counts in a message of any language (English swearing is everywhere)."""
    for phrases in s.book.for_language(None):
        if not phrases.words(list_name):
            continue
        for part, text in s.texts():
            for m in phrases.find(list_name, text):
                found = text[m.start() : m.end()]
                yield Hit(f"{what}: {found!r}", part=part, offset=m.start(), needle=found)


def check_confirmation(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s, judges.confirmation, "confirms an order or shipment", phrase_list="order_confirmation"
    )


def starts_with(phrases: Phrases, list_name: str, line: str) -> re.Match[str] | None:
    m = phrases.first(list_name, line)
    lead = len(line) - len(line.lstrip(OPENING_MARKS))  # "¡Hola, Carmen!"
    return m if m is not None and m.start() <= lead else None


CLOSED, SKIPPED = 0, 1  # what a line of a message is when it carries nothing said


def message_content(s: Subject, phrases: Phrases, text: str) -> list[str]:
    """The lines that carry what a message says: no greeting, closing, signature or reference."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    content: list[str] = []
    values = order_data(s)
    for line in lines:
        said = s.memo.recall(  # a template's lines come back in every message
            ("content", phrases.language, line), partial(line_content, s, phrases, line)
        )
        if said == CLOSED:
            break  # what follows is the signature and the order reference
        if said == SKIPPED:
            continue
        assert isinstance(said, str)
        for value in values:  # "the Lamp 60 W": a title's number is no news
            said = said.replace(value, "")
        content.append(said)
    if len(content) > 1 and is_signature(content[-1], phrases):
        content.pop()
        for _ in range(SIGNATURE_LINES - 1):  # above it, only names ("Magda i Piotr")
            if len(content) > 1 and is_signature(content[-1], phrases) and is_name(content[-1]):
                content.pop()
    return content


def line_content(s: Subject, phrases: Phrases, line: str) -> str | int:
    """What a line says without its greeting and order number; CLOSED for a closing line
    (what follows is signature), SKIPPED for a line that says nothing else."""
    if starts_with(phrases, "closing", line) and is_closing(line):
        return CLOSED
    greeting = starts_with(phrases, "greeting", line)
    if greeting:
        if len(line.split()) <= SHORT_LINE_WORDS and not phrases.first("thanks", line):
            return SKIPPED
        line = GREETING_REST.sub("", line[greeting.end() :], count=1)
    ids = s.detectors.order_ids(line)
    if ids:
        line = remove_spans(line, ids)
        if len(line.split()) <= REFERENCE_WORDS and not phrases.first("thanks", line):
            return SKIPPED  # "Order number: 302-..."
    return line


def is_name(line: str) -> bool:
    """Every word capitalised, but for "and" between names: "Per Ek", "Ola i Basia"."""
    words = LETTERS.findall(line)
    return all(w[:1].isupper() or w.lower() in NAME_JOINS for w in words)


def is_closing(line: str) -> bool:
    """Short, and no sentence: "Kind regards," "Lo staff di TecnoShop" (not "The team is
    packing it now.")."""
    words = len(line.split())
    return words <= SHORT_LINE_WORDS and (words <= CLOSING_WORDS or not STATEMENT_END.search(line))


def is_signature(line: str, phrases: Phrases) -> bool:
    return (
        len(LETTERS.findall(line)) <= SIGNATURE_WORDS  # "Sanne | Bloem & Zo": three words
        and not SENTENCE_END.search(line)
        and not (phrases.first("thanks", line))
    )


def check_thanks_only(s: Subject) -> Iterator[Hit]:
    """Every sentence but greeting, closing, order number and signature is thanks or help."""
    yield from courtesy_only(s)


def courtesy_only(s: Subject) -> Iterator[Hit]:
    """Every sentence of the content thanks or offers help, and none says anything else."""
    for part, text in s.body_texts():
        for phrases in s.phrases:
            lex = s.book.concepts.get(phrases.language)
            if lex is None:
                continue
            content = [
                unit.text
                for line in without_sign_off(message_content(s, phrases, text))
                for unit in units_of(s.memo, line)
                if LETTERS.search(remove_spans(unit.text, s.detectors.order_ids(unit.text)))
            ]
            bare = [remove_spans(t, s.detectors.order_ids(t)) for t in content]
            if (
                bare
                and all(
                    s.memo.recall(("courtesy", lex.language, t), partial(only_courtesy, lex, t))
                    for t in bare
                )
                and not any(s.detectors.emails(t) for t in bare)  # where to write is news
            ):
                yield Hit(
                    f"the message only thanks or offers help: {' '.join(content)[:120]!r}",
                    part=part,
                    needle=content[0],
                )
                return


def only_courtesy(lex: Lexicon, sentence: str) -> bool:
    """A sentence that tells nothing (no date, time or amount) and only thanks or helps."""
    if DIGIT.search(sentence) and DIGIT.search(ALWAYS.sub("", sentence)):
        return False
    return judges.courtesy(lex.read(sentence))


def without_sign_off(lines: list[str]) -> list[str]:
    """The lines before a short line that ends in a comma ("Warm wishes,"): a greeting or a
    closing no list knows; a short line first is the greeting, later the closing."""
    kept: list[str] = []
    for line in lines:
        if len(line.split()) <= SIGN_OFF_WORDS and line.endswith(","):
            if kept:
                break
            continue
        kept.append(line)
    return kept


def check_marketing(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s,
        judges.promotion,
        "promotes",
        phrase_list="marketing",
        phrase_veto=judges.tied_to_review,
    )


def check_incentive(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s,
        judges.incentive,
        "offers something for a review",
        phrase_list="incentive",
        pair="review_words",
    )


def check_review_change(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s,
        judges.review_change,
        "asks to change or remove a review",
        phrase_list="review_change",
        pair="review_words",
        phrase_veto=judges.change_not_asked,
    )


def check_conditional_review(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s,
        judges.conditional_review,
        "asks for a positive review only",
        phrase_list="conditional_review",
        pair="review_words",
        phrase_veto=judges.neutral_rating,
    )


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
        good="(no message: Amazon tells the buyer itself)",
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

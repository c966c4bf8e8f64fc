"""BSM2xx: kinds of message that are never permitted, read from the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from toolkit.detect import Detectors, remove_spans
from toolkit.model import Severity
from toolkit.rules import Rule, judges
from toolkit.rules.base import Hit, Subject
from toolkit.rules.context import order_data
from toolkit.rules.meaning import Lexicon
from toolkit.rules.phrases import Phrases
from toolkit.rules.reading import lexicons, sentence_hits, units_of

SHORT_LINE_WORDS = 6  # a greeting or closing line is no longer than this
REFERENCE_WORDS = 3  # "Order number:" and the like, once the number is cut out
SIGNATURE_WORDS = 4  # a last line this short, without a sentence end, is a signature
SIGN_OFF_WORDS = 4  # "Un caro saluto," "Warm wishes,": a closing the lists do not know
LABEL_WORDS = 5  # "• Hand-poured in small batches": a heading or a list item
MARK_LETTERS = 2  # "P.S.", "A.Ş.": initials and marks, each word a letter or two
FILLER_WORDS, FILLER_LETTERS = 1, 4  # "and" left between two thanks is no content
GREETING_REST = re.compile(r"^[^,!:\n]{0,40}[,!:]")  # the name after "Dear", up to its comma
SENTENCE_END = re.compile(r"[.!?]")
STATEMENT_END = re.compile(r"[.?]\s*$")
CLOSING_WORDS = 3  # "Kind regards." may end in a full stop; a longer line so ended is a sentence
LETTERS = re.compile(r"[^\W\d_]+")
DIGIT = re.compile(r"\d")  # a date, a time, an amount: something to tell, not only thanks
ALWAYS = re.compile(r"\b(?:24\s*h?\s*/\s*(?:7|24)|7\s*j?\s*/\s*(?:7|24))\b")  # "7/24 hizmetinizde"
HOUR = r"\d{1,2}(?:[:.]\d{2})?\s*(?:h|am|pm|uhr)?"
HOURS = re.compile(  # "09:00-18:00", "9am to 5pm", "9 bis 17 Uhr", "9h à 18h": opening hours
    rf"\b{HOUR}\s*(?:[-–—/]|[^\W\d]{{1,5}})\s*{HOUR}\b", re.IGNORECASE
)
DATE = re.compile(  # "12.03.2025", "12/03/25", "2026-11-15"
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b"
)
YEARS = re.compile(  # "30 yıldır", "for 40 years", "seit 1998": how long the shop has worked
    r"\b\d{1,3}\s*(?:yıldır|yıllık|years?|jahren?|jaar|ans|anni|años|lat|år)\b"
    r"|\b(?:seit|since|depuis|dal|desde|od|sedan|sinds)\s+\d{4}\b",
    re.IGNORECASE,
)
CUT_VALUE = re.compile(r":\s*[.!]?$")  # a label whose value was cut out
CUT_OUT = re.compile(r"\s[.!,;]|\s{2}|:\s*$")  # where a number was cut out of a line
BULLETS = "•*·▪►✓✔-–— \t"  # what a list item starts with
QUOTED = re.compile(r"^[“\"«„‚‘'].*[”\"»“‘’'][.!]?$")  # a quotation, a whole sentence: a slogan
DAY_MONTH = re.compile(r"\b\d{1,2}\.?(\s+[^\W\d_]+)(?:\s+\d{4})?\b")  # "3 March 2026", "5. Mai"
LINE_END = re.compile(r"[.!?:;,]\s*$")  # a line that ends its sentence (or a greeting)
SIGNATURE_DELIMITER = re.compile(r"^(?:--|—|-{3,}|_{3,}|={3,})$")  # "-- ": a signature follows
OPENING_MARKS = "¡¿«„“\"' "  # what may stand before a greeting's first word
SIGNATURE_LINES = 3  # "Magda i Piotr", "Pracownia Ceramiki": a signature's lines
NAME_LINE_WORDS = 8  # "Anne-Laure et Benoît, La Boîte à Graines": the people and the shop
NAME_MIN_WORDS = 2  # a signed name this long is the shop's or a person's, not a common word


def phrase_hits(
    s: Subject, list_name: str, what: str, skip: Callable[[str, int], bool] | None = None
) -> Iterator[Hit]:
    """Each match of a phrase list in each part; `skip(text, start)`: a match that does not
    count there."""
    for part, text in s.texts():
        for phrases in s.phrases:
            for m in phrases.find(list_name, text):
                if skip is not None and skip(text, m.start()):
                    continue
                found = text[m.start() : m.end()]  # matched in lower case; shown as written
                yield Hit(f"{what}: {found!r}", part=part, offset=m.start(), needle=found)


def in_a_name(detectors: Detectors, text: str, start: int) -> bool:
    """A word of a line that is names and nothing else (the shop signing: "Los Pequeños
    Capullos"), not said of anyone; in a sentence, a capitalised word is no name (German
    capitalises every noun: "Die Scheiß-Spedition"), nor is a word shouted."""
    if not text[start : start + 1].isupper() or text[start : start + 2].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line.split()) >= NAME_MIN_WORDS and signed_by(detectors, line)


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
        s,
        judges.status_answered if s.type_id == "reply" else judges.confirmation,
        "confirms an order or shipment",
        phrase_list="order_confirmation",
        reach=1,  # "we are preparing your order" / "what text should we engrave?"
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
    said_before = False  # a sentence among the content so far
    for n, line in enumerate(lines):
        if said_before and is_closing_line(line, lines[n + 1 : n + 2]):
            # "İyi günler dileriz,": a closing no list knows; then the signature
            return unsigned(s.detectors, content, lines[n + 1 : n + 1 + SIGNATURE_LINES])
        if content and not said_before and starts_with(phrases, "greeting", line):
            content = [c for c in content if text.count(c) < 2]  # the shop's name, signed again
        said = s.memo.recall(  # a template's lines come back in every message
            ("content", phrases.language, line), line_content, s, phrases, line
        )
        if said == CLOSED:  # what follows is the signature and the order reference
            return unsigned(s.detectors, content, lines[n + 1 : n + 1 + SIGNATURE_LINES])
        if said == SKIPPED:
            continue
        assert isinstance(said, str)
        for value in values:  # "the Lamp 60 W": a title's number is no news
            said = said.replace(value, "")
        content.append(said)
        said_before = said_before or SENTENCE_END.search(said) is not None
    # no closing: the last lines may be the signature ("Font: Script" above "Best wishes," is not)
    detectors = s.detectors
    if len(content) > 1 and (
        is_signature(content[-1], phrases) or signed_by(detectors, content[-1])
    ):
        content.pop()
        for _ in range(SIGNATURE_LINES - 1):  # above it, only names ("Magda i Piotr")
            if (
                len(content) > 1
                and is_signature(content[-1], phrases)
                and is_name(detectors, content[-1])
            ):
                content.pop()
    return content


def unsigned(detectors: Detectors, content: list[str], signature: list[str]) -> list[str]:
    """The content without the name the message is signed with: "Yıldız Ev ve Mutfak ailesi
    olarak teşekkür ederiz" above "Yıldız Ev ve Mutfak ekibi" names the shop, not a star."""
    names = [name for name in (signed_name(detectors, line) for line in signature) if name]
    if not names:
        return content
    for name in names:
        content = [line.replace(name, " ") for line in content]
    return [line for line in content if line.strip()]


def signed_name(detectors: Detectors, line: str) -> str | None:
    """The name a signature line starts with, of two words or more, all capitalised but for
    the joins between them ("Yıldız Ev ve Mutfak" of "Yıldız Ev ve Mutfak ekibi")."""
    words = line.split()
    k = 0
    joins = detectors.name_joins
    while k < len(words) and (words[k][:1].isupper() or words[k].lower() in joins):
        k += 1
    while k and words[k - 1].lower() in joins:
        k -= 1
    name = words[:k]
    return " ".join(name) if sum(w[:1].isupper() for w in name) >= NAME_MIN_WORDS else None


def signed_by(detectors: Detectors, line: str) -> bool:
    """A last line of names, a few more words than a signature ("Biuro Obsługi, Szkło i
    Spółka"): no sentence, every word capitalised but the joins."""
    words = LETTERS.findall(line)
    return (
        len(words) <= NAME_LINE_WORDS and not SENTENCE_END.search(line) and is_name(detectors, line)
    )


def line_content(s: Subject, phrases: Phrases, line: str) -> str | int:
    """What a line says without its greeting and order number; CLOSED for a closing line
    (what follows is signature), SKIPPED for a line that says nothing else."""
    if SIGNATURE_DELIMITER.match(line) or (
        starts_with(phrases, "closing", line) and is_closing(line)
    ):
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


def is_name(detectors: Detectors, line: str) -> bool:
    """Every word capitalised, but for "and" between names and the small words inside one:
    "Per Ek", "Ola i Basia", "Anne et Benoît, La Boîte à Graines"."""
    words = LETTERS.findall(line)
    small = detectors.name_words
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower() in small for w in words
    )


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
            content = courtesy_content(s, lex, message_content(s, phrases, text))
            if content:
                yield Hit(
                    f"the message only thanks or offers help: {' '.join(content)[:120]!r}",
                    part=part,
                    needle=content[0],
                )
                return


def courtesy_content(s: Subject, lex: Lexicon, lines: list[str]) -> list[str]:
    """The sentences that carry what the message says, if every one of them is courtesy and
    none tells where to write (an e-mail address is news); else nothing (read up to the
    first sentence that is not)."""
    kept = unwrapped(without_sign_off(lines))
    # "Danke für Ihre Frage.": what follows is the answer, so no line of it is a motto, a
    # heading or how the shop works
    answering = any(
        judges.thanks_for_asking(lex.read(unit.text))
        for line in kept
        for unit in units_of(s.memo, line)
    )
    content: list[str] = []
    for n, line in enumerate(kept):  # line by line: most messages stop at their first
        # a heading has something below it: the last line is said ("Video on our Amazon page"),
        # unless it is a name, or the shop's named above, signed
        heading = not answering and (
            n + 1 < len(kept)
            or is_name(s.detectors, line)
            or any(line in above for above in kept[:n])
        )
        said = s.memo.recall(
            ("said", lex.language, line, heading),
            partial(said_units, s, lex, line, heading=heading),
        )
        for unit in said:
            bare = remove_spans(unit, s.detectors.order_ids(unit))
            courteous = s.memo.recall(
                ("courtesy", lex.language, bare, answering),
                partial(only_courtesy, lex, bare, answering=answering),
            )
            if (
                not courteous
                or s.detectors.emails(bare)
                or s.detectors.phones(bare, s.phone_regions)
            ):
                return []  # where to write or call is news (and BSM308 or BSM309)
            content.append(unit)
    if not any(judges.kind_words(lex.read(unit)) for unit in content):
        return []  # only a motto and a footer: no thanks and no offer of help, no BSM202
    return content


def unwrapped(lines: list[str]) -> list[str]:
    """Lines wrapped inside a sentence joined again ("Siparişiniz için" / "tüm ekibimiz adına
    teşekkür ederiz."): a line with no end mark, followed by one that starts in lower case."""
    joined: list[str] = []
    for line in lines:
        if joined and not LINE_END.search(joined[-1]) and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def said_units(s: Subject, lex: Lexicon, line: str, *, heading: bool) -> tuple[str, ...]:
    """The sentences of a content line that say something: not an order number alone, a
    heading (where the line may be one), nor packaging (a footer's notice: company register,
    privacy law, "sent automatically"; and, in a line with such a notice, the rest of the
    footer: an address, a registry number)."""
    if heading and is_label(lex, line):
        return ()
    cut = CUT_OUT.search(line) is not None
    units = [
        u.text
        for u in units_of(s.memo, line)
        if says_something(s, u.text) and not (cut and judges.reference(lex.read(u.text)))
    ]  # "Your order number is ." once its number is cut out
    if not any(judges.notice(lex.read(u)) for u in units):
        return tuple(units)
    return tuple(u for u in units if not judges.packaging(lex.read(u)))


def says_something(s: Subject, unit: str) -> bool:
    """Not a mark ("P.S.", "Not:", "N.B.") nor an order reference ("Sipariş numaranız: 402-...")."""
    ids = s.detectors.order_ids(unit)
    words = LETTERS.findall(remove_spans(unit, ids))
    if (ids or CUT_VALUE.search(unit)) and len(words) <= SIGNATURE_WORDS:
        return False  # (the line's order numbers are cut out already: "Sipariş numarası: .")
    return any(len(w) > MARK_LETTERS for w in words)


def is_label(lex: Lexicon, line: str) -> bool:
    """A line that names and says nothing: a heading ("Our promise:", "Kundtjänst"), a list
    item ("• Handarbeit aus Bayern"), a shop's name above or below the text; a few words, no
    sentence, no number, no thanks and nothing that is news."""
    text = line.lstrip(BULLETS).rstrip(":").strip()
    if SENTENCE_END.search(text) or DIGIT.search(text) or ":" in text:
        return False  # "Engraving: Anna & Tom": a field and its value tell something
    # "Evet, kılıf telefonunuzla uyumlu": a clause, not a heading; a list item may list
    # ("• Friendly, personal service")
    if "," in text and line[:1] not in BULLETS:
        return False
    if len(LETTERS.findall(text)) > LABEL_WORDS:
        return False
    r = lex.read(text)
    return judges.label(r) or judges.slogan(r)  # "• Spedizioni senza plastica"


def only_courtesy(lex: Lexicon, sentence: str, *, answering: bool = False) -> bool:
    """A sentence that tells nothing (no date, time or amount) and only thanks or helps, or is
    the shop's motto (unless the message answers the buyer's question): the hours of an offer
    of help ("Monday to Friday, 9-17") and the date of the order thanked for ("12.03.2025
    tarihli siparişiniz") tell nothing new."""
    r = lex.read(sentence)
    motto = judges.slogan(r) and not answering
    if motto and not (r.has("substance") and DIGIT.search(sentence)):
        return True  # "Qualität ist unser Handwerk.", "zu 100 % recycelbar" (no date)
    if QUOTED.match(sentence) and judges.label(r):
        return True  # "“Yaylanın tadı kapınızda.”": a quotation, a motto
    if DIGIT.search(sentence):
        rest = ALWAYS.sub("", sentence)
        if r.has("help") or r.has("response_time"):
            rest = HOURS.sub("", rest)
        if r.has("ethos"):  # "30 yıldır bu işi yapıyoruz": the shop's years are no news
            rest = YEARS.sub("", rest)
        if r.has("thanks") and r.has("order"):  # the words left must name the order
            rest = DAY_MONTH.sub(r"\1", DATE.sub("", rest))
        if DIGIT.search(rest):
            return False
    return judges.courtesy(r, answering=answering)


def is_sign_off(line: str) -> bool:
    return len(line.split()) <= SIGN_OFF_WORDS and line.endswith(",")


def is_closing_line(line: str, after: list[str]) -> bool:
    """A sign-off with a signature (or nothing) after it: "Warm wishes," (not "Üretim
    yoğunluğu nedeniyle,", whose sentence goes on in the next line)."""
    return is_sign_off(line) and (not after or SENTENCE_END.search(after[0]) is None)


def without_sign_off(lines: list[str]) -> list[str]:
    """The lines before a short line that ends in a comma ("Warm wishes,"): a greeting or a
    closing no list knows; a short line before any sentence is the greeting (what stands
    above it is a header, judged as any line), later the closing."""
    kept: list[str] = []
    for n, line in enumerate(lines):
        if is_sign_off(line) and not any(SENTENCE_END.search(k) for k in kept):
            continue  # a greeting: above it, at most a header ("Atlas Elektronik | Destek")
        if is_closing_line(line, lines[n + 1 : n + 2]):
            break
        kept.append(line)
    return kept


def check_marketing(s: Subject) -> Iterator[Hit]:
    hits = sentence_hits(
        s,
        judges.promotion,
        "promotes",
        phrase_list="marketing",
        phrase_veto=judges.tied_to_review,
    )
    for hit in hits:
        if hit.part == "subject" and names_the_incentive(s, hit):
            continue  # "Commande ... – une offre spéciale": the offer is the one for a review
        yield hit


def names_the_incentive(s: Subject, hit: Hit) -> bool:
    """A subject that only a marketing phrase finds promoting ("une offre spéciale", "Size özel
    teklif"), above a body that offers something for a review: it names that offer (BSM204),
    not a promotion."""
    if any(judges.promotion(lex.read(hit.needle or "")) for lex in lexicons(s)):
        return False
    return any(hit.part != "subject" for hit in check_incentive(s))


def check_incentive(s: Subject) -> Iterator[Hit]:
    yield from sentence_hits(
        s,
        judges.incentive,
        "offers something for a review",
        phrase_list="incentive",
        pair="review_words",
        phrase_veto=judges.gift_is_goods,
        reach=1,  # "Leave us a review." / "Once it is published, a gift awaits you."
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
        phrase_veto=judges.unconditional,
        reach=1,  # "Happy with it? A review would help." / "If not, write to us first."
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

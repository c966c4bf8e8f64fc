"""The assembled .eml (toolkit.eml, `to_eml`) against the EmailMessage build it replaced
(`build_eml`, kept as the oracle and as the way for attachments): the same bytes, and parsed by
the standard library (policy=default) the same headers, structure and decoded content; a value
that cannot be a header is the same InputError. On every example in every catalog language, and
on generated messages. And toolkit.eml's own fold of non-ASCII headers (`fold_encoded`: Subject
and the other unstructured ones, To and From with an encoded name) against the policy's parse
and fold, on generated values (Turkish, Polish, CJK, symbols, long words, quotes, commas,
parentheses, other spaces, very long values), where it folds at all; and that it does fold the
subjects and names that orders bring."""

from __future__ import annotations

import email
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email import policy as email_policy
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, bundled_examples
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_render import BUYER_LOCALE, CATALOGS, in_language, render_data

from toolkit.eml import BodyLines, attachment_part, encoded_text, fold_encoded
from toolkit.errors import InputError
from toolkit.model import Attachment, Message
from toolkit.output import build_eml, to_eml
from toolkit.pipeline import Outcome, Toolkit


def parsed(raw: bytes) -> list[dict[str, Any]]:
    """What a reader gets from the .eml: each part's headers (names and decoded values), type,
    and decoded content (text, or bytes, and a filename), in walk order."""
    mail = email.message_from_bytes(raw, policy=email_policy.default)
    assert isinstance(mail, EmailMessage)
    parts = []
    for part in mail.walk():
        entry: dict[str, Any] = {
            "headers": [(name, decoded(part, name, raw)) for name, raw in part.raw_items()],
            "type": part.get_content_type(),
            "defects": [type(d).__name__ for d in part.defects],
        }
        if not part.is_multipart():
            text = part.get_content_maintype() == "text"
            entry["content"] = part.get_content() if text else part.get_payload(decode=True)
            entry["filename"] = part.get_filename()
        parts.append(entry)
    return parts


def decoded(part: EmailMessage, name: str, raw: str) -> str:
    """A header's decoded value; one the library's parser cannot take (it has such bugs) is
    said as its error, which both builds must then cause alike."""
    try:
        return str(part.policy.header_fetch_parse(name, raw))
    except Exception as err:  # the reader's failure is what is compared
        return f"<unreadable: {type(err).__name__}>"


# body lines kept across every message of this module, as a batch keeps them (toolkit.eml), and
# a table that is emptied every few lines (and never keeps a long one)
KEPT_LINES, SMALL_LINES = BodyLines(), BodyLines(limit=300)


def assert_same(message: Message, outcome: Outcome, now: datetime = NOW) -> None:
    """`to_eml` writes what `build_eml` writes, or fails as it fails: encoding each body line
    afresh, with the lines kept from the messages before, and with a table too small to keep
    a message's lines."""
    try:
        old = build_eml(message, outcome, now)
    except Exception as err:  # the same refusal: type, and for an InputError its field and words
        for kept in (None, KEPT_LINES, SMALL_LINES):
            with pytest.raises(type(err)) as new_err:
                to_eml(message, outcome, now, kept)
            assert str(new_err.value) == str(err)
            if isinstance(err, InputError):
                assert isinstance(new_err.value, InputError)
                assert (new_err.value.field, new_err.value.problem) == (err.field, err.problem)
        return
    new = to_eml(message, outcome, now)
    assert parsed(new) == parsed(old)
    assert new == old
    assert to_eml(message, outcome, now, KEPT_LINES) == old
    assert to_eml(message, outcome, now, SMALL_LINES) == old


def example_outcomes(tk: Toolkit) -> list[Outcome]:
    """Every example rendered in every catalog language, those with a message (benchmarks/
    bench_eml.py times them)."""
    found = []
    for catalog in CATALOGS:
        for path in bundled_examples():
            data = in_language(json.loads(path.read_text(encoding="utf-8")), catalog)
            outcome = render_data(tk, data, locale=BUYER_LOCALE[catalog])
            if outcome.message is not None:
                found.append(outcome)
    return found


# --- every example, in every language --------------------------------------------------------


@pytest.mark.parametrize("catalog", CATALOGS)
@pytest.mark.parametrize("path", bundled_examples(), ids=lambda p: p.stem)
def test_every_example_in_every_language(tk: Toolkit, path: Any, catalog: str) -> None:
    data = in_language(json.loads(path.read_text(encoding="utf-8")), catalog)
    outcome = render_data(tk, data, locale=BUYER_LOCALE[catalog])
    if outcome.message is None:
        pytest.skip("nothing rendered")
    assert_same(outcome.message, outcome)


def test_the_examples_take_the_assembled_way(tk: Toolkit) -> None:
    """The comparison above is not of build_eml with itself: without attachments, to_eml does
    not call EmailMessage at all."""
    import toolkit.output as output

    data = json.loads((EXAMPLES / "delivery-delay.json").read_text(encoding="utf-8"))
    outcome = render_data(tk, data)
    assert outcome.message is not None and not outcome.message.attachments
    original = output.EmailMessage
    output.EmailMessage = None  # type: ignore[assignment,misc]
    try:
        assert to_eml(outcome.message, outcome, NOW).startswith(b"Subject: ")
    finally:
        output.EmailMessage = original  # type: ignore[misc]


def test_the_examples_attachments_take_the_assembled_way(tk: Toolkit) -> None:
    """Invoices and design proofs (the examples' attachments) are assembled too: to_eml does
    not call EmailMessage for them."""
    import toolkit.output as output

    names = ["invoice.json", "custom-design-verification.json"]
    outcomes = [render_data(tk, json.loads((EXAMPLES / n).read_text(encoding="utf-8")))
                for n in names]  # fmt: skip
    messages = [o for o in outcomes if o.message is not None and o.message.attachments]
    assert len(messages) == len(names)
    original = output.EmailMessage
    output.EmailMessage = None  # type: ignore[assignment,misc]
    try:
        for outcome in messages:
            assert outcome.message is not None
            assert b"multipart/mixed" in to_eml(outcome.message, outcome, NOW)
    finally:
        output.EmailMessage = original  # type: ignore[misc]


# --- generated messages ----------------------------------------------------------------------

ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=120)  # surrogates too
SCRIPTS = st.sampled_from(
    ["Grace Wilson", "Fenna de Boer", "Łukasz Żółć", "Ирина Петрова", "山田 太郎", "محمد علي",
     "Γιώργος", "O'Brien, Seán", 'Jo "JJ" Smith', "Dr. A. Müller-Lüdenscheid", "", " ", "a" * 90,
     "=?utf-8?q?Grace?=", "José (Pepe)", "x\ty", "Ünal\u00a0Yılmaz", "👩‍🔧 Kim"]
)  # fmt: skip
NAMES = st.one_of(SCRIPTS, ANY_TEXT, st.text(max_size=30))
ADDRESSES = st.one_of(
    st.sampled_from(["x4k9p2m7q1w8@marketplace.amazon.de", "a.b-c+d@example.com", "",
                     "seller@shop.example", "müller@example.de", "no at sign", "a@b", "x@y..z"]),
    st.emails(),
)  # fmt: skip
SUBJECTS = st.one_of(
    ANY_TEXT,
    st.text(min_size=60, max_size=300),  # long: folded
    st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=50, max_size=90),
    st.sampled_from(["[Wichtig] Verzögerung beim Versand Ihrer Bestellung 305-2222222-3333333",
                     "[Important] A question about the delivery of your order 205-9090909-1010101",
                     "Sipariş 305-1111111-2222222 – teşekkürler", "Re:  two  spaces ", " lead",
                     "=?utf-8?q?encoded?= word", "a\r\nBcc: x@y"]),
)  # fmt: skip
BODIES = st.one_of(
    ANY_TEXT,
    st.text(max_size=2000),
    st.text(st.sampled_from("ab é\n\r\t<>=.-"), max_size=400),
    st.builds(lambda w, n: (w + " ") * n, st.text(min_size=1, max_size=90), st.integers(1, 40)),
)
MIME_TYPES = st.sampled_from(
    ["application/pdf", "image/png", "image/jpeg", "text/plain", "application/octet-stream",
     "weird", "text/csv", "message/rfc822x"]
)  # fmt: skip
ATTACHMENTS = st.lists(
    st.builds(
        Attachment,
        filename=st.one_of(st.sampled_from(["invoice.pdf", "Rechnung für Jörg.pdf", "a b.png",
                                            "проба.txt", 'q"uote.pdf',
                                            "design-proof-305-3333333-4444444.png"]),
                           st.text(max_size=80),
                           st.integers(1, 80).map(lambda k: "x" * k + ".pdf"),
                           st.text(st.sampled_from("ab.-_ 9X"), min_size=1, max_size=80)),
        kind=st.just("invoice"),
        mime_type=MIME_TYPES,
        content=st.binary(max_size=3000),
    ),
    max_size=2,
)  # fmt: skip
ZONES = st.builds(
    lambda minutes, seconds: timezone(timedelta(minutes=minutes, seconds=seconds)),
    st.integers(-14 * 60 + 1, 14 * 60 - 1),
    st.sampled_from([0, 0, 0, 30]),
)
TIMES = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=ZONES
).map(lambda t: t if t.tzinfo else t.replace(tzinfo=UTC))


WORDS = st.one_of(
    st.sampled_from(["Sipariş", "teşekkürler", "İstanbul", "ĞÜŞİÖÇ", "ığ", "Łódź", "Żółć",
                     "zamówienie", "opóźnienie", "山田", "太郎", "ご注文", "배송", "Ирина", "№",
                     "€", "–", "«", "»", "½", "™", "°C", "×", "•", "✓", "†", "305-1111111-2222222",
                     "(Pepe)", '"quoted"', "a,b", "Re:", "x" * 80, "é" * 50, "ş" * 30, "Ω" * 76,
                     "\u00a0", "a\u00a0b", "\u3000", "\u202f:", "\u2003", "O'Brien",
                     "Müller-Lüdenscheid"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=15),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x17F), min_size=1, max_size=40),
)  # fmt: skip
SPACES = st.sampled_from([" ", " ", " ", " ", "  ", ", ", " (", ") ", ""])
PHRASES = st.lists(st.tuples(WORDS, SPACES), max_size=40).map(
    lambda pairs: "".join(word + space for word, space in pairs)
)
HEADER_VALUES = st.one_of(PHRASES, PHRASES.map(str.strip), ANY_TEXT, st.text(max_size=400))
NAME_WORDS = st.one_of(
    st.sampled_from(["Ünal", "Yılmaz", "Ayşe", "Łukasz", "Żółć", "Анна", "Смирнова", "山田",
                     "太郎", "José", "García", "O'Brien", "Müller-Lüdenscheid", "Anna", "Kaya",
                     "Lindqvist", "ß" * 40, "x" * 70]),
    st.text(st.characters(categories=["L", "N", "M"]), min_size=1, max_size=14),
    st.text(st.sampled_from("aéı'-Ж山.,()\" "), min_size=1, max_size=8),
)  # fmt: skip
PERSON_NAMES = st.one_of(
    st.lists(NAME_WORDS, min_size=1, max_size=10).map(" ".join), st.text(max_size=60)
)


@pytest.fixture(scope="module")
def base(tk: Toolkit) -> Outcome:
    data = json.loads((EXAMPLES / "fulfillment-question.json").read_text(encoding="utf-8"))
    outcome = render_data(tk, data)
    assert outcome.message is not None
    return outcome


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    subject=st.one_of(SUBJECTS, HEADER_VALUES),
    buyer=st.one_of(NAMES, PERSON_NAMES),
    buyer_email=ADDRESSES,
    seller=st.one_of(NAMES, PERSON_NAMES),
    seller_email=st.one_of(st.none(), ADDRESSES),
    text=BODIES,
    html=st.one_of(st.just(""), BODIES),
    locale=st.one_of(st.none(), st.sampled_from(["de-DE", "tr-TR", "en-GB", ""]), ANY_TEXT),
    mtype=st.one_of(st.none(), st.sampled_from(["fulfillment-question", "reply", ""])),
    order_id=st.one_of(st.just("205-9090909-1010101"), st.text(max_size=40)),
    attachments=st.one_of(st.just(()), ATTACHMENTS.map(tuple)),
    now=st.one_of(st.just(NOW), TIMES),
)
@example(subject="x" * 69, buyer="", buyer_email="a@b.c", seller="", seller_email=None, text="",
         html="", locale=None, mtype=None, order_id="1", attachments=(), now=NOW)  # fmt: skip
def test_generated_messages(
    base: Outcome,
    subject: str,
    buyer: str,
    buyer_email: str,
    seller: str,
    seller_email: str | None,
    text: str,
    html: str,
    locale: str | None,
    mtype: str | None,
    order_id: str,
    attachments: tuple[Attachment, ...],
    now: datetime,
) -> None:
    order = replace(base.doc.order, id=order_id, buyer_name=buyer, buyer_email=buyer_email)
    doc = replace(base.doc, order=order, seller_name=seller, seller_email=seller_email)
    message = Message(mtype, locale, subject, html, text, attachments)
    assert_same(message, replace(base, doc=doc, message=message), now)


# lines about as long as a line may be (78), some ending in a space, tab, "=" or a byte to escape
EDGE_LINES = st.lists(
    st.one_of(
        st.builds(
            lambda n, end: "x" * n + end,
            st.integers(70, 80),
            st.sampled_from([" ", "\t", "=", "  ", " \t", "é", "==", "= ", ""]),
        ),
        st.text(st.sampled_from("abcdefghij =\t."), min_size=60, max_size=170),
        st.text(st.sampled_from("ab =\t.é€\u00a0\x0b\x0c\x85\x7f"), max_size=90),
        st.text(max_size=120),
    ),
    max_size=25,
)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


@settings(max_examples=500, deadline=None)
@given(lines=EDGE_LINES, newline=NEWLINES)
def test_generated_bodies_line_by_line(lines: list[str], newline: str) -> None:
    """A text part's body, encoded a line at a time (toolkit.eml.BodyLines), afresh or kept from
    bodies before, is what the library writes for the whole text (set_content, SMTP policy):
    lines about the line limit, ending in spaces, tabs, "=" or bytes it escapes, and more than
    ten of them (the library decides between quoted-printable and base64 on the first ten)."""
    text = newline.join(lines)
    mail = EmailMessage(policy=SMTP)
    mail.set_content(text)
    head, _, body = mail.as_bytes().partition(b"\r\n\r\n")
    cte = mail["Content-Transfer-Encoding"]
    for kept in (None, KEPT_LINES, SMALL_LINES):
        assert encoded_text(text, kept) == (cte, body), head


def test_the_kept_lines_stay_within_their_bytes() -> None:
    """However long or many the lines, BodyLines keeps at most `limit` bytes of them (a line
    and its encoding), and encodes a line too long to keep all the same."""
    kept = BodyLines(limit=10_000)
    for i in range(2_000):
        line = f"Dear buyer {i}, é ".encode() * 5
        assert kept.code(line) == kept.code(line)
        assert 0 < kept.size <= 10_000
    huge, before = "é".encode() * 20_000, kept.size
    code, length = kept.code(huge)
    assert kept.size == before  # not kept, and nothing else dropped for it
    assert length == len(code) - code.count(b"\r\n") > 3 * len(huge)


@given(subject=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=200))
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_generated_ascii_subjects(base: Outcome, subject: str) -> None:
    """Printable ASCII is where the assembled headers skip the policy: every length and spacing."""
    assert base.message is not None
    message = replace(base.message, subject=subject)
    assert_same(message, replace(base, message=message))


def test_a_bad_header_value_names_its_field(base: Outcome) -> None:
    assert base.message is not None
    message = replace(base.message, subject="Hello\nBcc: victim@example.com")
    with pytest.raises(InputError) as err:
        to_eml(message, replace(base, message=message), NOW)
    assert err.value.field == "subject" and "control character" in err.value.problem


# --- header values: toolkit.eml's fold against the policy's parse and fold ----------------------


def policy_fold(name: str, value: str) -> bytes:
    """What EmailMessage writes for `name: value` (SMTP policy)."""
    return SMTP.fold_binary(*SMTP.header_store_parse(name, value))


def assert_same_fold(name: str, value: str) -> bool:
    """fold_encoded writes what the policy writes, where it writes anything; whether it did."""
    folded = fold_encoded(name, value)
    if folded is not None:
        assert folded == policy_fold(name, value), (name, value)
    return folded is not None


@settings(max_examples=1500, deadline=None)
@given(name=st.sampled_from(["Subject", "Content-Language", "X-Amazon-Order-Id"]),
       value=HEADER_VALUES)  # fmt: skip
@example(name="Subject", value="[Important] Votre commande 305-1111111-2222222 ne peut pas être "
         "expédiée")  # fmt: skip
@example(name="Subject", value="山田 太郎" * 20)
@example(name="Subject", value="x" * 55 + " é")  # the library's empty word, room for it alone
@example(name="Subject", value="x" * 56 + " é")  # no room for a word: the next line
@example(name="Subject", value="Sipariş 305-1111111-2222222 – teşekkürler, " * 4)
def test_generated_unstructured_headers(name: str, value: str) -> None:
    assert_same_fold(name, value)


@settings(max_examples=1500, deadline=None)
@given(
    header=st.sampled_from(["To", "From"]),
    person=PERSON_NAMES,
    addr=st.sampled_from(["x4k9p2m7q1w8@marketplace.amazon.de", "a@b.c", "a.b-c+d@example.com",
                          "seller@shop.example", "x" * 70 + "@a.b", "x@y..z"]),
)  # fmt: skip
@example(header="To", person="Анна Смирнова", addr="x4k9p2m7q1w8@marketplace.amazon.de")
@example(header="To", person="00ªªªªªࠀ𐀀", addr="x4k9p2m7q1w8@marketplace.amazon.de")
def test_generated_address_headers(header: str, person: str, addr: str) -> None:
    try:
        value = formataddr((person, addr))
    except UnicodeEncodeError:  # not an address toolkit.output writes
        return
    assert_same_fold(header, value)


REALISTIC = [
    ("Subject", "[Wichtig] Verzögerung beim Versand Ihrer Bestellung 305-2222222-3333333"),
    ("Subject", "Sipariş 305-1111111-2222222 – teşekkürler"),
    ("Subject", "Zamówienie 305-1111111-2222222: opóźnienie dostawy, przepraszamy za kłopot"),
    ("Subject", "[Important] Votre commande 305-1111111-2222222 ne peut pas être expédiée"),
    ("Subject", "ご注文 305-1111111-2222222 の配送について"),
    ("Subject", "山田 太郎" * 20),
    ("To", formataddr(("Ünal Yılmaz", "x4k9p2m7q1w8@marketplace.amazon.de"))),
    ("To", formataddr(("Анна Смирнова", "x4k9p2m7q1w8@marketplace.amazon.de"))),
    ("To", formataddr(("Łukasz Żółć-Nowak", "x4k9p2m7q1w8@marketplace.amazon.de"))),
    ("From", formataddr(("Müller Söhne", "seller@shop.example"))),
]


@pytest.mark.parametrize(("name", "value"), REALISTIC)
def test_realistic_values_are_folded_here(name: str, value: str) -> None:
    """The comparisons above are not of the policy with itself: the subjects and names that
    orders bring are folded without it, and the same."""
    assert assert_same_fold(name, value)


def test_the_examples_subjects_and_names_are_folded_here(tk: Toolkit) -> None:
    """Every example's non-ASCII subject and buyer, in every language, is folded by
    toolkit.eml (the same bytes as the policy's)."""
    values = [("Subject", o.message.subject) for o in example_outcomes(tk) if o.message]
    buyers = ["Ayşe Kaya", "Zofia Nowak", "José García", "Анна Смирнова"]
    values += [("To", formataddr((name, "x4k9p2m7q1w8@marketplace.amazon.de"))) for name in buyers]
    foreign = [(name, value) for name, value in values if not value.isascii() or "=?" in value]
    assert foreign
    assert all(assert_same_fold(name, value) for name, value in foreign)


@pytest.mark.parametrize("length", range(1, 81))
def test_attachment_filenames_of_every_length(base: Outcome, length: int) -> None:
    """A filename's Content-Disposition on the header's line, folded onto its own, or (too long
    for that) left to EmailMessage: each length either side of those edges."""
    assert base.message is not None
    pdf = Attachment("x" * length + ".pdf", "invoice", "application/pdf", b"%PDF-1.4\n" * 40)
    message = replace(base.message, attachments=(pdf,))
    assert_same(message, replace(base, message=message))
    # assembled up to the longest a line of its own holds (` filename="..."`, 78 characters)
    assembled = attachment_part(pdf.mime_type, pdf.filename, pdf.content) is not None
    assert assembled == (length <= 61)

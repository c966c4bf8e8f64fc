"""The assembled .eml (toolkit.eml, `to_eml`) against the EmailMessage build it replaced
(`build_eml`, kept as the oracle and as the way for attachments): the same bytes, and parsed by
the standard library (policy=default) the same headers, structure and decoded content; a value
that cannot be a header is the same InputError. On every example in every catalog language, and
on generated messages."""

from __future__ import annotations

import email
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email import policy as email_policy
from email.message import EmailMessage
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, bundled_examples
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_render import BUYER_LOCALE, CATALOGS, in_language, render_data

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


def assert_same(message: Message, outcome: Outcome, now: datetime = NOW) -> None:
    """`to_eml` writes what `build_eml` writes, or fails as it fails."""
    try:
        old = build_eml(message, outcome, now)
    except Exception as err:  # the same refusal: type, and for an InputError its field and words
        with pytest.raises(type(err)) as new_err:
            to_eml(message, outcome, now)
        assert str(new_err.value) == str(err)
        if isinstance(err, InputError):
            assert isinstance(new_err.value, InputError)
            assert (new_err.value.field, new_err.value.problem) == (err.field, err.problem)
        return
    new = to_eml(message, outcome, now)
    assert parsed(new) == parsed(old)
    assert new == old


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
                                            "проба.txt", 'q"uote.pdf']), st.text(max_size=80)),
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
    subject=SUBJECTS,
    buyer=NAMES,
    buyer_email=ADDRESSES,
    seller=NAMES,
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

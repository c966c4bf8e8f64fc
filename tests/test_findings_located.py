"""Every occurrence of a finding is reported, where it really is (line and column of the part's
source); one seen both in the HTML and in the text part made from it is reported once."""

from __future__ import annotations

from toolkit.model import Attachment, Finding, Message
from toolkit.pipeline import Toolkit, check_message

SUBJECT = "Order 302-1234567-7654321"


def findings(
    tk: Toolkit, html: str, text: str = "", rules: tuple[str, ...] = (), **kw: object
) -> list[Finding]:
    message = Message("reply", "en-GB", SUBJECT, html, text, **kw)  # type: ignore[arg-type]
    registry = tk.registry.select(list(rules)) if rules else None
    return check_message(tk, message, registry=registry)


def places(found: list[Finding]) -> list[tuple[str, str, int, int]]:
    return [(f.rule, f.part, f.line, f.column) for f in found]


def test_two_identical_emoji_on_two_lines_are_two_findings(tk: Toolkit) -> None:
    html = "<p>Thanks 🙂</p>\n<p>Again 🙂</p>"
    assert places(findings(tk, html, rules=("BSM403",))) == [
        ("BSM403", "html", 1, 11),
        ("BSM403", "html", 2, 10),
    ]


def test_the_text_part_made_from_the_html_adds_nothing(tk: Toolkit) -> None:
    html = "<p>Thanks 🙂</p>\n<p>Again 🙂</p>"
    found = findings(tk, html, "Thanks 🙂\nAgain 🙂", rules=("BSM403",))
    assert [f.part for f in found] == ["html", "html"]


def test_what_only_the_text_part_says_is_reported_there(tk: Toolkit) -> None:
    found = findings(tk, "<p>Thanks 🙂</p>", "Thanks 🙂\nSee you 🙂", rules=("BSM403",))
    assert places(found) == [("BSM403", "html", 1, 11), ("BSM403", "text", 2, 9)]


def test_the_same_phone_number_twice_on_one_line(tk: Toolkit) -> None:
    html = "<p>Call 020 7946 0958 or 020 7946 0958</p>"
    found = findings(tk, html, "Call 020 7946 0958 or 020 7946 0958", rules=("BSM309",))
    assert places(found) == [("BSM309", "html", 1, 9), ("BSM309", "html", 1, 26)]


def test_a_needle_in_an_attribute_or_a_style_is_not_where_the_text_is(tk: Toolkit) -> None:
    html = '<style>p::after { content: "🙂" }</style><p title="🙂">Hello</p>\n<p>Bye 🙂</p>'
    assert places(findings(tk, html, rules=("BSM403",))) == [("BSM403", "html", 2, 8)]


def test_escaped_text_is_found_as_written(tk: Toolkit) -> None:
    html = "<p>Fish &amp; chips</p>\n<p>Fish & chips 🙂 www.fish-and-chips.example</p>"
    found = findings(tk, html, rules=("BSM302", "BSM403"))
    assert places(found) == [("BSM403", "html", 2, 17), ("BSM302", "html", 2, 19)]


def test_two_images_on_one_line_have_their_own_columns(tk: Toolkit) -> None:
    html = '<p><img src="cid:a"> and <img src="cid:b" alt=""></p>'
    assert places(findings(tk, html, rules=("BSM402",))) == [
        ("BSM402", "html", 1, 4),
        ("BSM402", "html", 1, 26),
    ]


def test_an_attachment_finding_names_the_attachment(tk: Toolkit) -> None:
    pdf = b"%PDF-1.4\n" + b"x" * 100
    attachments = (
        Attachment("invoice.pdf", "invoice", "application/pdf", pdf),
        Attachment("catalogue.pdf", "unknown", "application/pdf", pdf),
    )
    found = findings(tk, "<p>Hello</p>", rules=("BSM303",), attachments=attachments)
    assert [(f.part, f.line) for f in found] == [("attachment", 2)]
    assert "catalogue.pdf" in found[0].message


def test_a_misspelt_word_in_both_parts_is_one_finding(tk: Toolkit) -> None:
    html = "<p>Your order will be deliverd on Tuesday.</p>"
    found = findings(tk, html, "Your order will be deliverd on Tuesday.", rules=("BSM414",))
    assert places(found) == [("BSM414", "html", 1, 23)]


def test_too_many_font_sizes_points_at_the_size_too_many(tk: Toolkit) -> None:
    html = (
        "<style>.a { font-size: 24px } .b { font-size: 17px }</style>\n"
        '<p class="a">Title</p>\n<p class="b">Intro</p>\n<p style="font-size: 11px">Footer</p>'
    )
    assert places(findings(tk, html, rules=("BSM410",))) == [("BSM410", "html", 4, 1)]

"""The plain-text part (toolkit/text.py) writes what inscriptis wrote before it, which stays
here as the reference: on every example in every language, on the public corpus and on
generated HTML. Where the two differ on purpose, the test says which input and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from inscriptis import Inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_document_state import HtmlDocumentState
from inscriptis.model.tag import CustomHtmlTagHandlerMapping
from test_render import BUYER_LOCALE, CATALOGS, TYPES, in_language, render_data
from test_render import example as order_example

from toolkit import dom
from toolkit.dom import HtmlElement
from toolkit.enforce import enforce
from toolkit.pipeline import Toolkit
from toolkit.text import BLANK_RUNS, LINK_COLON, plain_text

# --- the reference: the plain text as inscriptis wrote it (toolkit/pipeline.py until now) -------

# private-use characters that stand in for no-break spaces while inscriptis runs
NO_BREAK_STAND_INS = {"\xa0": "\ue000", "\u202f": "\ue001"}


def link_start(state: HtmlDocumentState, attrs: dict[str, str]) -> None:
    state.link_target = attrs.get("href") or ""


def link_end(state: HtmlDocumentState) -> None:
    target, state.link_target = state.link_target, ""
    if target and not state.canvas.current_block.content.rstrip().endswith(target):
        state.tags[-1].write(f"{LINK_COLON} {target}")


REFERENCE_CONFIG = ParserConfig(
    css=CSS_PROFILES["strict"],
    display_links=True,
    custom_html_tag_handler_mapping=CustomHtmlTagHandlerMapping(
        start_tag_mapping={"a": link_start}, end_tag_mapping={"a": link_end}
    ),
)


def swap_no_break_spaces(
    root: HtmlElement, table: dict[str, str], only: list[HtmlElement] | None = None
) -> list[HtmlElement]:
    touched = []
    for el in only if only is not None else dom.elements(root):
        changed = False
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and any(ch in value for ch in table):
                for old, new in table.items():
                    value = value.replace(old, new)
                setattr(el, attr, value)
                changed = True
        if changed:
            touched.append(el)
    return touched


def reference_text(root: HtmlElement, colon: str = ":") -> str:
    swapped = swap_no_break_spaces(root, NO_BREAK_STAND_INS)
    try:
        text = Inscriptis(dom.body(root), REFERENCE_CONFIG).get_text()
    finally:
        swap_no_break_spaces(root, {v: k for k, v in NO_BREAK_STAND_INS.items()}, swapped)
    for space, stand_in in NO_BREAK_STAND_INS.items():
        text = text.replace(stand_in, space)
    text = text.replace(LINK_COLON, colon)
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"


def same_text(html: str, colon: str = ":") -> tuple[str, str]:
    """(the new text, the reference's) of `html`; the tree is read by both, never changed."""
    root = dom.parse_html(html)
    before = dom.serialize(root)
    new = plain_text(root, colon)
    assert dom.serialize(root) == before
    return new, reference_text(root, colon)


# --- every example in every language, as rendered -----------------------------------------------


@pytest.mark.parametrize("catalog", CATALOGS)
@pytest.mark.parametrize("type_id", TYPES)
def test_every_example_in_every_language_reads_as_before(
    tk: Toolkit, type_id: str, catalog: str
) -> None:
    data = in_language(order_example(type_id), catalog)
    outcome = render_data(tk, data, locale=BUYER_LOCALE[catalog])
    assert outcome.message is not None
    colon = tk.renderer.wording_for(outcome.doc.locale).colon
    new, before = same_text(outcome.message.html, colon)
    assert new == before
    assert outcome.message.text == before  # the pipeline's text, from the tree it enforced


# --- the public corpus: e-mail HTML nobody here wrote -------------------------------------------

CORPUS = SHARED / "corpus" / "public"
CORPUS_FILES = sorted(CORPUS.rglob("*.html")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
@pytest.mark.parametrize("enforced", [False, True], ids=["as-is", "enforced"])
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_the_public_corpus_reads_as_before(tk: Toolkit, path: Path, enforced: bool) -> None:
    """As is, and as the enforcement pass leaves it (what a template made of it would send):
    layout tables nested in tables, cells aligned, inline margins and paddings."""
    root = dom.parse_html(path.read_text(encoding="utf-8"))
    if enforced:
        enforce(root, tk.policy)
    new, before = same_text(dom.serialize(root))
    assert new == before
    assert new.strip()


# --- generated HTML ---------------------------------------------------------------------------

# what the templates write, and what people's text holds: words, numbers with no-break spaces,
# addresses, every kind of whitespace (no "&": see test_character_references_are_read_once)
WORDS = ["Dear", "customer,", "19,95\xa0€", "12\u202f345", "https://www.amazon.de/x", "ï", "a"]
SPACES = [" ", "  ", "\n", "\t", " \n ", "\r\n", "\xa0", "\u202f", "\xa0 ", " \xa0", "\u2009"]
TEXT = st.lists(st.sampled_from(WORDS + SPACES), max_size=6).map(
    lambda parts: "".join(parts).replace("<", "&lt;")
)
# the styles the templates and the enforcement pass leave
STYLES = [
    "", "margin: 0 0 12px 0", "margin: 0; padding: 0 12px", "margin: 0 0 4px 0",
    "margin: 0 0 12px 0; padding-left: 24px",
    "margin: 0 0 12px 0; font-size: 13px; margin-top: 20px",
    "margin-top: 0; margin-bottom: 0", "margin-bottom: 12px", "font-weight: bold", "display: none",
    "display: block", "padding-left: 0",
]  # fmt: skip
HREFS = ["https://www.amazon.de/x", "https://www.amazon.de/gp/help/customer", ""]
INLINE = ["span", "strong", "em", "b", "i", "small", "u"]
BLOCKS = ["p", "div", "h1", "h2", "h3", "blockquote"]
CELL_ATTRIBUTES = ["", ' valign="top"', ' align="right"', ' style="padding: 4px"']


def styled(style: str, extra: str = "") -> str:
    return (f' style="{style}"' if style else "") + extra


def template_html(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """One element of the kinds the templates write, with `inner` as its content."""
    content = st.lists(inner, max_size=4).map("".join)
    style = st.sampled_from(STYLES)
    items = st.lists(st.tuples(style, content), max_size=3)
    cells = st.lists(st.tuples(st.sampled_from(CELL_ATTRIBUTES), content), max_size=3)
    return st.one_of(
        st.tuples(st.sampled_from(INLINE + BLOCKS), style, content).map(
            lambda t: f"<{t[0]}{styled(t[1])}>{t[2]}</{t[0]}>"
        ),
        st.tuples(st.sampled_from(HREFS), content).map(lambda t: f'<a href="{t[0]}">{t[1]}</a>'),
        st.just("<br>"),
        st.tuples(st.sampled_from(["ul", "ol"]), style, items).map(
            lambda t: (
                f"<{t[0]}{styled(t[1])}>"
                + "".join(f"<li{styled(s)}>{c}</li>" for s, c in t[2])
                + f"</{t[0]}>"
            )
        ),
        st.tuples(style, st.lists(cells, max_size=3)).map(
            lambda t: (
                f"<table{styled(t[0])}>"
                + "".join(
                    "<tr>" + "".join(f"<td{a}>{c}</td>" for a, c in row) + "</tr>" for row in t[1]
                )
                + "</table>"
            )
        ),
    )


def documents(element: Any) -> st.SearchStrategy[str]:
    body = st.recursive(TEXT, element, max_leaves=20)
    return st.lists(body, max_size=5).map(
        lambda parts: f"<html><body>{''.join(parts)}</body></html>"
    )


COLONS = st.sampled_from([":", "\xa0:"])
GENERATED = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@GENERATED
@given(documents(template_html), COLONS)
@example('<p>See <a href="https://www.amazon.de/x">https://www.amazon.de/x</a>.</p>', ":")
@example('<ul><li>19,95\xa0€</li></ul><p><a href="https://www.amazon.de/y">Guide </a></p>', "\xa0:")
@example("<ol><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ol>", ":")
def test_generated_html_of_the_templates_kind_reads_as_before(html: str, colon: str) -> None:
    new, before = same_text(html, colon)
    assert new == before


# beyond the templates: what a project's own templates might hold, and odd nesting
ODD_TAGS = ["span", "p", "div", "q", "pre", "xmp", "li", "td", "th", "tr", "title", "style", "img"]
ODD_STYLES = [
    "", "display: none", "display: block", "display: inline", "display: flex", "white-space: pre",
    "white-space: pre-wrap", "white-space: nowrap", "margin-top: 2em", "margin-top: -12px",
    "margin-bottom: 1.5em", "-webkit-margin-before: 3em", "padding-start: 2em", "margin-top: 10",
    "margin-top: 0", "MARGIN-TOP: 30PX", "padding-left: 1.2.3px", "horizontal-align: right",
    "vertical-align: bottom", "style: display: block", "margin-top: 4px; display: none",
]  # fmt: skip
ODD_ATTRIBUTES = ["", ' align="right"', ' align="center"', ' valign="top"', ' valign="bottom"',
                  ' value="3"', ' value="x"', ' alt="a picture"']  # fmt: skip
ODD_HREFS = ["https://www.amazon.de/x", "", "a b", "x\xa0y", "Z"]
ODD_LEAVES = ["<br>", '<br style="display: block">', "<!-- a comment -->", "<?pi x?>"]


def odd_html(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    content = st.lists(inner, max_size=4).map("".join)
    style = st.sampled_from(ODD_STYLES)
    attribute = st.sampled_from(ODD_ATTRIBUTES)
    cells = st.lists(
        st.tuples(st.sampled_from(["td", "th"]), attribute, style, content), max_size=3
    )
    return st.one_of(
        st.tuples(st.sampled_from(ODD_TAGS), style, attribute, content).map(
            lambda t: f"<{t[0]}{styled(t[1], t[2])}>{t[3]}</{t[0]}>"
        ),
        st.tuples(st.sampled_from(ODD_HREFS), style, content).map(
            lambda t: f'<a href="{t[0]}"{styled(t[1])}>{t[2]}</a>'
        ),
        st.sampled_from(ODD_LEAVES),
        st.tuples(
            st.sampled_from(["ul", "ol"]),
            style,
            st.lists(st.tuples(style, attribute, content), max_size=3),
        ).map(
            lambda t: (
                f"<{t[0]}{styled(t[1])}>"
                + "".join(f"<li{styled(s, a)}>{c}</li>" for s, a, c in t[2])
                + f"</{t[0]}>"
            )
        ),
        st.tuples(style, content, st.lists(st.tuples(content, cells), max_size=3)).map(
            lambda t: (
                f"<table{styled(t[0])}>{t[1]}"
                + "".join(
                    f"<tr>{lead}"
                    + "".join(f"<{g}{styled(s, a)}>{c}</{g}>" for g, a, s, c in row)
                    + "</tr>"
                    for lead, row in t[2]
                )
                + "</table>"
            )
        ),
    )


@GENERATED
@given(documents(odd_html), COLONS)
@example('<table style="white-space: pre"><!-- c -->19,95\xa0€</table>', ":")
@example('<a href="x\xa0y" style="white-space: pre"></a><a href="x\xa0y"></a>', ":")
def test_generated_odd_html_reads_as_before(html: str, colon: str) -> None:
    new, before = same_text(html, colon)
    assert new == before


# --- where the walk differs on purpose -------------------------------------------------------


def test_character_references_are_read_once() -> None:
    """inscriptis decoded the text lxml had already decoded: "&amp;lt;" (which the HTML shows
    as "&lt;") became "<", and "&amp;copy" "©". The text part now shows what the HTML shows."""
    new, before = same_text("<p>&amp;lt;b&amp;gt; &amp;copy &amp;amp;</p><xmp>&lt;</xmp>")
    assert new == "&lt;b&gt; &copy &amp;\n\n&lt;\n"
    assert before == "<b> © &\n\n<\n"


def test_text_that_inscriptis_failed_on_is_written() -> None:
    """A control character beside a no-break space (the stand-in swap could not put it back),
    or a list item numbered with a digit that is no decimal: inscriptis raised."""
    assert plain_text(dom.parse_html("<p>19,95\xa0€\x0bx</p>")) == "19,95\xa0€ x\n"
    assert plain_text(dom.parse_html('<ol><li value="²">a</li><li>b</li></ol>')) == "1. a\n 2. b\n"
    for html in ("<p>19,95\xa0€\x0bx</p>", '<ol><li value="²">a</li></ol>'):
        with pytest.raises(ValueError):
            reference_text(dom.parse_html(html))


def test_private_use_characters_are_text() -> None:
    """The stand-ins inscriptis needed for no-break spaces were characters a text may hold:
    U+E000 became a no-break space. The walk keeps them; only the noncharacters U+FDD0 and
    U+FDD1, which it uses itself, read as spaces."""
    new, before = same_text("<p>a\ue000b\ue001c</p>")
    assert (new, before) == ("a\ue000b\ue001c\n", "a\xa0b\u202fc\n")


# --- the cache of style attributes ------------------------------------------------------------


def test_styles_read_once_give_the_same_text() -> None:
    html = '<div style="margin: 0"><p style="margin-top: 0; margin-bottom: 0">a</p><p>b</p></div>'
    styles: dict[str, Any] = {}
    first = plain_text(dom.parse_html(html), ":", styles)
    assert set(styles) == {"margin: 0", "margin-top: 0; margin-bottom: 0"}
    assert (
        plain_text(dom.parse_html(html), ":", styles) == first == plain_text(dom.parse_html(html))
    )
    assert first == "a\n\nb\n"

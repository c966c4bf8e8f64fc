"""`bsm check` with each element read once (`dom.ElementView`, on the `Subject`), never
different: the check finds what a plain per-rule run finds (rule, message, part, line, column,
severity, in order) on the public corpus, on every example (rendered, checked without context
and with its order) and on generated HTML (hypothesis).

The plain per-rule run gives every rule a `Subject` of its own (nothing one rule worked out is
another's), places each hit as `locate` did (the column of every element of the source found
in one walk beforehand), pairs the text part's findings with the HTML's as before, and sorts
them with the key as before. Each shortcut is also compared with the way it replaced:

- each element's tag and attributes read once, for BSM312 (active content), BSM407-BSM411
  (overrides), BSM413 (images over http), BSM410 (the stylesheet's tag and class selectors,
  the elements' own font sizes) and BSM405 (margins);
- BSM405's indentation added up from each indenting element's nearest indenting ancestor,
  not by a walk of every element of the body;
- a bare web address looked for only in the texts and tails that are there (BSM401), and
  `Detectors.urls` passing a text without "//" or a "w" without lowering it;
- columns found only on the lines where something is reported;
- where the lines of a part start, summed without a pattern;
- a policy's parts in the memo's keys as one token per memo;
- a <style> rule's lone tag names and classes read without cssselect, and a descendant
  selector of two of them ("td p", ".heading p") matched by the ancestors of the inner one's
  elements, not by XPath.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

import pytest
from conftest import NOW, SHARED, bundled_examples
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_check_speedups import break_runs_plain, declared_by_xpath

from toolkit import dom, rule_ids, stylesheet
from toolkit.detect import URL
from toolkit.model import Finding, Message
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, check_message, message_subject, render_order
from toolkit.reader import load_attachment_kinds, read_file
from toolkit.rules import Hit, needle_key
from toolkit.rules.base import LineIndex, Subject, locate
from toolkit.rules.memo import Memo
from toolkit.rules.style import (
    HTTP_URL_IN_CSS,
    IMAGE_ATTRIBUTES,
    IMAGE_TAGS,
    UNSEEN_TAGS,
    check_insecure_image,
    check_unlinked_addresses,
    image_addresses,
    is_http,
    loads_over_http,
)
from toolkit.stylesheet import font_size_uses

CORPUS = SHARED / "corpus" / "public"
CORPUS_FILES = sorted(CORPUS.rglob("*.html")) if CORPUS.is_dir() else []
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEPT = Toolkit.load()  # keeps what it judged, across every test here
PLAIN = Toolkit.load(memo=False)  # keeps nothing
PLAIN.spelling = KEPT.spelling  # one dictionary's suggestions (see test_memo_equivalence)
KINDS = load_attachment_kinds()


def placed(findings: list[Finding]) -> list[tuple[Any, ...]]:
    return [(f.rule, f.message, f.part, f.line, f.column, f.severity) for f in findings]


# --- the plain per-rule run ----------------------------------------------------------------


def columns_plain(s: Subject) -> dict[Any, int]:
    """The column of every element of the source's tree, found in one walk (as before)."""
    columns: dict[Any, int] = {}
    seen: dict[tuple[int, str], int] = {}
    found: dict[tuple[int, str], list[int]] = {}
    lines = s.html_source.splitlines()
    for el in s.root.iter():
        tag, line = el.tag, el.sourceline
        if not isinstance(tag, str) or not line or not 0 < line <= len(lines):
            continue
        key = (line, tag)
        nth = seen.get(key, 0)
        seen[key] = nth + 1
        if key not in found:
            pattern = re.compile(rf"<{re.escape(tag)}(?![\w:-])", re.I)
            found[key] = [m.start() for m in pattern.finditer(lines[line - 1])]
        if nth < len(found[key]):
            columns[el] = found[key][nth] + 1
    return columns


def twins_plain(located: list[tuple[Hit, Finding]]) -> list[Finding]:
    """`without_text_twins` as it was: every rule's findings counted, a text part or none."""
    by_needle: Counter[str] = Counter()
    by_message: Counter[str] = Counter()
    for hit, finding in located:
        if finding.part == "html":
            needle = needle_key(hit)
            if needle is not None:
                by_needle[needle] += 1
            else:
                by_message[finding.message] += 1
    kept = []
    for hit, finding in located:
        if finding.part == "text":
            needle = needle_key(hit)
            if needle is not None and by_needle[needle] > 0:
                by_needle[needle] -= 1
                continue
            if by_message[finding.message] > 0:
                by_message[finding.message] -= 1
                continue
        kept.append(finding)
    return kept


def plain_run(tk: Toolkit, message: Message, **context: Any) -> list[Finding]:
    """Every rule on a Subject of its own, its hits placed, paired and sorted as before."""
    findings: list[Finding] = []
    for rule in tk.registry.rules:
        s = message_subject(tk, message, **context)
        if not rule.needs <= s.known:
            continue
        columns = columns_plain(s)
        located: list[tuple[Hit, Finding]] = []
        counted: dict[tuple[str, str], int] = {}
        places: set[tuple[str, str, int, int]] = set()
        for hit in rule.check(s):
            nth = 0
            if hit.needle and hit.offset is None and hit.element is None:
                nth = counted.get((hit.part, hit.needle), 0)
                counted[(hit.part, hit.needle)] = nth + 1
            if hit.part == "html" and hit.element is not None:
                line = hit.element.sourceline or 1
                column = columns.get(hit.element) or s.tag_column(line, str(hit.element.tag))
                part = "html"
            else:
                part, line, column = locate(s, hit, nth)
            place = (hit.message, part, line, column)
            if place in places:
                continue
            places.add(place)
            finding = Finding(rule.id, rule.name, rule.severity, hit.message, part, line, column)
            located.append((hit, finding))
        findings += twins_plain(located)
    return sorted(findings, key=lambda f: (f.part != "subject", f.line, f.column, f.rule))


def assert_plain(message: Message, **context: Any) -> None:
    expected = placed(plain_run(PLAIN, message, **context))
    assert placed(check_message(KEPT, message, **context)) == expected
    assert placed(check_message(PLAIN, message, **context)) == expected


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_the_corpus_as_a_plain_per_rule_run(path: Any) -> None:
    message = read_file(path, KINDS).message
    assert_plain(message)
    assert_plain(message)  # the second time, from the memo


@pytest.mark.parametrize("path", bundled_examples(), ids=lambda p: p.stem)
def test_every_example_as_a_plain_per_rule_run(path: Any) -> None:
    doc = load_document(path, KEPT.catalog)
    message = render_order(KEPT, doc, now=NOW).message
    if message is None:
        return
    assert_plain(replace(message, type=None, locale=None))  # `bsm check` of the HTML
    assert_plain(message, doc=doc, now=NOW)  # with its order


# --- generated HTML: elements with attributes, texts with addresses, lines ---------------------

TAGS = ["p", "div", "td", "table", "img", "a", "br", "span", "font", "center", "h1", "style",
        "source", "input", "li", "o:p", "x:y", "area", "meta"]  # fmt: skip
ATTRIBUTES = [
    "", 'style="padding: 0 30px"', 'style="margin-left: 90px; color: red"',
    'style="padding-left: 25%"', 'style="font-size: 13px"', 'style="font: bold 2em serif"',
    'style="background: url(http://x.nl/a.gif)"', 'style="text-align: center"',
    'style="line-height: 2; font-family: Arial"', 'style="height: 10px"', 'hspace="70"',
    'hspace="-5"', 'src="http://x.nl/a.gif"', 'src="https://x.nl/a.gif"', 'srcset="http://a 1x"',
    'background="http://x.nl/b.png"', 'class="a"', 'class="b a"', 'size="5"', 'align="center"',
    'color="red"', 'onclick="x()"', 'href="javascript:x()"', 'href="data:text/html,x"',
    'href="http://x.nl"', 'href="https://amazon.nl/x"', 'alt="www.winkel.nl"', 'face="A"',
    'rel="stylesheet"', 'http-equiv="refresh"', 'poster="http://v"',
]  # fmt: skip
TEXTS = ["", " ", "text", "see www.winkel.nl", "http://a.nl/b", "WWW.X.NL", "\xa0", "a//b",
         "Wow", "https://amazon.nl/x y", "ẘw"]  # fmt: skip
CSS = ["", "p { font-size: 20px }", ".a { font-size: 12px } td { font: 9px serif }",
       "h1 { color: red; font-size: 30px }", ".b { background: url(http://x/y) }",
       ".a p { font-size: 11px } td .b { font: 8px serif } span { font-size: 10px }",
       ".b .a, div span { font-size: 14px } td > p { font-size: 7px } .a td p { font-size: 9px }",
       "P  TD { font-size: 13px } .a span.b { font-size: 6px } o|p { font-size: 5px }"]  # fmt: skip

trees = st.recursive(
    st.tuples(
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(ATTRIBUTES), max_size=3),
        st.sampled_from(TEXTS),
        st.sampled_from(TEXTS),
        st.just(()),
        st.booleans(),
    ),
    lambda kids: st.tuples(
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(ATTRIBUTES), max_size=3),
        st.sampled_from(TEXTS),
        st.sampled_from(TEXTS),
        st.lists(kids, max_size=4),
        st.booleans(),
    ),
    max_leaves=16,
)


def html_of(tree: Any) -> str:
    """The element as markup; `newline`: its start tag on a line of its own."""
    tag, attributes, text, tail, kids, newline = tree
    inner = "".join(html_of(kid) for kid in kids)
    start = "\n" if newline else ""
    return f"{start}<{tag} {' '.join(attributes)}>{text}{inner}</{tag}>{tail}"


def page(trees: list[Any], css: str) -> str:
    body = "".join(html_of(tree) for tree in trees)
    return f"<html><head><style>{css}</style></head><body>{body}</body></html>"


pages = st.builds(page, st.lists(trees, min_size=1, max_size=3), st.sampled_from(CSS))


@SETTINGS
@given(html=pages)
def test_generated_html_as_a_plain_per_rule_run(html: str) -> None:
    assert_plain(Message(None, None, "A subject www.x.nl", html, ""))


def margin_overflows_plain(root: Any, policy: Any, styles: dom.Styles) -> list[Any]:
    """`dom.margin_overflows` as it was: every element of the body walked, adding up."""
    limit = policy.max_margin_px
    found: list[Any] = []

    def walk(el: Any, left: float, right: float) -> None:
        own_left, own_right = dom.horizontal_px(el, policy, styles)
        left, right = left + own_left, right + own_right
        if (own_left or own_right) and (left > limit + 0.01 or right > limit + 0.01):
            found.append(dom.MarginOverflow(el, left, right))
        for child in el:
            if isinstance(child.tag, str):
                walk(child, left, right)

    walk(dom.body(root), 0.0, 0.0)
    return found


def active_content_plain(root: Any, policy: Any) -> list[Any]:
    """`dom.active_content` as it was: each element's tag and attributes read from lxml."""
    found = []
    for el in dom.elements(root):
        tag = el.tag
        if tag in policy.active_elements:
            found.append(dom.Offence(el, rule_ids.ACTIVE_CONTENT, f"<{tag}>"))
        elif tag == "link" and "stylesheet" in (el.get("rel") or "").lower():
            found.append(dom.Offence(el, rule_ids.ACTIVE_CONTENT, "an external stylesheet"))
        elif tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            found.append(dom.Offence(el, rule_ids.ACTIVE_CONTENT, "a meta refresh"))
        for attr, value in el.items():
            name = attr.lower()
            if name.startswith("on"):
                found.append(
                    dom.Offence(
                        el, rule_ids.ACTIVE_CONTENT, f"an event handler ({name}) on <{tag}>", attr
                    )
                )
            elif name in policy.url_attributes and dom.is_unsafe_url(value, policy):
                what = f"a script address in <{tag} {name}>"
                found.append(dom.Offence(el, rule_ids.ACTIVE_CONTENT, what, attr))
            elif tag in ("a", "area") and dom.is_unsafe_link(el, attr, policy):
                what = f"a data: address in <{tag} {name}>"
                found.append(dom.Offence(el, rule_ids.ACTIVE_CONTENT, what, attr))
    return found


def loads_over_http_plain(css: str | None) -> bool:
    return css is not None and "(" in css and HTTP_URL_IN_CSS.search(css) is not None


@SETTINGS
@given(
    css=st.lists(
        st.sampled_from(
            [
                "url(",
                "URL (",
                "uRl(",
                "(",
                "url",
                " ",
                "'",
                '"',
                "http:",
                "HTTP:",
                "https:",
                "ſ",
                "x",
                ")",
            ]
        ),
        max_size=8,
    )
)
def test_http_in_a_style_found_as_the_search_finds_it(css: list[str]) -> None:
    text = "".join(css)
    assert loads_over_http(text) == loads_over_http_plain(text)


def insecure_plain(s: Subject) -> list[tuple[Any, ...]]:
    """BSM413's check as it was: each element asked for its attributes one by one."""
    found = []
    for el in dom.elements(s.root):
        if el.tag in IMAGE_TAGS:
            for attr in IMAGE_ATTRIBUTES:
                value = el.get(attr)
                if value and any(is_http(address) for address in image_addresses(attr, value)):
                    found.append((f"<{el.tag} {attr}> loads over http", el))
        if loads_over_http_plain(el.get("style")):
            found.append((f"<{el.tag}> has a background image over http", el))
        elif el.tag == "style" and loads_over_http_plain(el.text):
            found.append(("a <style> block loads an image over http", el))
    return found


def unlinked_plain(s: Subject) -> list[tuple[Any, ...]]:
    """BSM401's bare addresses in the HTML as they were found: every text and tail asked."""
    in_links: set[Any] = set()
    for a in s.root.iter("a"):
        if a not in in_links:
            in_links.update(a.iter())
    found = []
    for el in s.root.iter():
        tag, parent = el.tag, el.getparent()
        seen = isinstance(tag, str) and tag not in UNSEEN_TAGS
        outside = (
            (el.text if seen and el not in in_links else None, el),
            (el.tail if parent not in in_links else None, el if parent is None else parent),
        )
        for text, where in outside:
            for _, _, url in s.detectors.urls(text) if text else ():
                found.append((f"a bare web address as a link: {url!r}", where, url))
    return found


POLICIES = [
    KEPT.policy,
    replace(KEPT.policy, max_width_px=300),
    replace(KEPT.policy, default_font_size_px=40.0),
]


@SETTINGS
@given(html=pages)
def test_each_element_read_once_as_asked_one_by_one(html: str) -> None:
    s = message_subject(KEPT, Message(None, None, "A subject", html, ""))
    nodes = s.elements.tagged
    assert [(el, tag, items) for el, tag, items in nodes] == [
        (el, el.tag, tuple(el.items())) for el in dom.elements(s.root)
    ]
    for policy in POLICIES:
        styles = dom.Styles()
        assert dom.margin_overflows(s.root, policy, s.styles, nodes) == margin_overflows_plain(
            s.root, policy, styles
        )
        assert dom.margin_overflows(s.root, policy) == margin_overflows_plain(
            s.root, policy, styles
        )
        assert dom.active_content(s.root, policy, nodes) == active_content_plain(s.root, policy)
        kept = font_size_uses(s.root, policy, dom.Styles(), Memo(), s.elements)
        assert kept == font_size_uses(s.root, policy, dom.Styles())
    assert [(h.message, h.element) for h in check_insecure_image(s)] == insecure_plain(s)
    assert [
        (h.message, h.element, h.needle) for h in check_unlinked_addresses(s)
    ] == unlinked_plain(s)
    plain = declared_by_xpath(s.root)
    assert stylesheet.declared(s.root, Memo(), s.elements) == plain
    assert stylesheet.declared(s.root) == plain
    plain = declared_by_xpath(s.root)
    assert stylesheet.declared(s.root, Memo(), s.elements) == plain
    assert stylesheet.declared(s.root) == plain
    columns = columns_plain(s)
    for el in dom.elements(s.root):
        line = el.sourceline or 1
        assert s.element_column(el) == (columns.get(el) or s.tag_column(line, str(el.tag)))


@SETTINGS
@given(text=st.text(alphabet="wW/ẘ.:a \nhtps", max_size=12))
def test_addresses_passed_over_as_the_lowered_text_does(text: str) -> None:
    plain = (
        []
        if "//" not in text and "ww" not in text.lower()
        else [(m.start(), m.end(), m.group().rstrip(".,;:!?)")) for m in URL.finditer(text)]
    )
    assert KEPT.detectors.urls(text) == plain


@SETTINGS
@given(text=st.text(alphabet="a\n\r\u2028 ", max_size=20))
def test_line_starts_as_the_newlines_found(text: str) -> None:
    assert LineIndex.of(text).starts == (0, *(m.end() for m in re.finditer("\n", text)))


def test_a_policy_is_one_token_per_memo() -> None:
    memo, other = Memo(), Memo()
    parts = (("color", "BSM409"), frozenset({"center"}))
    token = memo.token(parts)
    assert memo.token((("color", "BSM409"), frozenset({"center"}))) is token
    assert memo.token((("color", "BSM411"), frozenset({"center"}))) is not token
    assert other.token(parts) is not token  # another memo's keys never meet this one's
    memo.clear()
    assert memo.token(parts) is not token  # nothing is kept under the old one either


# --- stylesheets: lone tag names and classes read without cssselect ----------------------------


def compiled_sheet_plain(css: str) -> list[tuple[Any, str, str]]:
    """`compiled_sheet` as it was: every selector group parsed by cssselect and each selector
    compiled (the XPath of a selector, what `matcher` makes of a lone tag name or class)."""
    import cssselect
    from lxml.cssselect import CSSSelector

    found = []
    for prelude, body in stylesheet.top_level_rules(css):
        sizes = [(p, v) for p, v in dom.parse_style(body) if p in ("font", "font-size")]
        if not sizes:
            continue
        try:
            selectors = cssselect.parse(prelude)
        except cssselect.SelectorError:
            continue
        found += [(s.canonical(), s.specificity(), p, v) for s in selectors for p, v in sizes]
    ranked = sorted((spec, order, sel, p, v) for order, (sel, spec, p, v) in enumerate(found))
    sheet = []
    for _, _, selector, prop, value in ranked:
        try:
            chosen = stylesheet.matcher(CSSSelector(selector, translator="html"))
        except (cssselect.SelectorError, cssselect.ExpressionError):
            continue
        sheet.append((chosen if isinstance(chosen, tuple) else chosen.path, prop, value))
    return sheet


def compiled(css: str) -> list[tuple[Any, str, str]]:
    return [
        (chosen if isinstance(chosen, tuple) else chosen.path, prop, value)
        for chosen, prop, value in stylesheet.compiled_sheet(css)
    ]


SELECTOR_PIECES = ["p", "P", "H1", "td", "x1", "svg", "o:p", "*", "p.a", ".a", ".A", ".-a",
                   "._a", ".2b", ".a-", ".--a", ".a.b", ".é", ".a\\62", "-a", "a1b", "1a",
                   "p:hover", "p::after", "#c", "[x]", "td p", "div > p", ""]  # fmt: skip
SEPARATORS = [",", " , ", ",\n", ",\xa0", "\t,", ",\x0c", " ", ",,"]
preludes = st.lists(
    st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(SELECTOR_PIECES)), min_size=1, max_size=4
).map(lambda pieces: "".join(sep + piece for sep, piece in pieces)[1:])


@SETTINGS
@given(groups=st.lists(preludes, min_size=1, max_size=5))
@example(groups=["p,\xa0td", "TD , .A", ".2b, p", ".a\\62", "o:p, .-a", ".a-", "._a,\x0cH1"])
def test_lone_tags_and_classes_compiled_as_cssselect_reads_them(groups: list[str]) -> None:
    css = "\n".join(f"{group} {{ font-size: {i + 10}px }}" for i, group in enumerate(groups))
    assert compiled(css) == compiled_sheet_plain(css)


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
def test_the_corpus_stylesheets_compiled_as_cssselect_reads_them() -> None:
    for path in CORPUS_FILES:
        css = stylesheet.style_text(dom.parse_html(read_file(path, KINDS).message.html))
        assert compiled(css) == compiled_sheet_plain(css), path


def test_a_descendant_selector_matches_below_any_ancestor_as_xpath_does() -> None:
    css = (".a span { font-size: 11px } td .b { font: 8px serif } div div { font-size: 9px }"
           " .b .a { font-size: 14px } .c p { font-size: 7px }")  # fmt: skip
    body = (
        '<table><tr><td class="a"><div><div><span class="b">x<span>y</span></span></div></div>'
        '</td></tr></table><div class="b"><p><span class="a">z</span></p></div><p>w</p>'
    )
    root = dom.parse_html(f"<html><head><style>{css}</style></head><body>{body}</body></html>")
    plain = declared_by_xpath(root)
    assert len(plain) == 4  # the two spans below .a (one also below td), the inner div, .a below .b
    assert stylesheet.declared(root, Memo(), dom.ElementView(root)) == plain
    assert stylesheet.declared(root) == plain


@pytest.mark.parametrize("limit", [-1, 0, 1, 2, 3])
def test_line_break_runs_of_blank_rows_found_as_every_element_asked(limit: int) -> None:
    """Only the parents of <br>, <p>, <div> and <tr> are asked for runs: blank table rows (a
    builder's blank lines) and blank spans between breaks are found as before."""
    rows = "<tr><td>&nbsp;</td></tr><tr><td><span>\xa0</span></td></tr><tr><td>x</td></tr>"
    body = (
        f"<table><tbody>{rows}{rows}<tr><td></td><td>&nbsp;</td></tr></tbody></table>"
        "<div>a<br><span>&nbsp;</span><br><br><font> </font><br>b</div><p>&nbsp;</p>"
        '<table><tr height="10"><td>&nbsp;</td></tr><tr><td style="height: 4px"></td></tr>'
        "<tr><th>&nbsp;</th></tr></table><span>c</span><br><br><br>"
    )
    root = dom.parse_html(f"<html><body>{body}</body></html>")
    assert dom.break_runs(root, limit) == break_runs_plain(root, limit)
    assert dom.break_runs(root, 2)  # the rows and the breaks make runs: the test can fail

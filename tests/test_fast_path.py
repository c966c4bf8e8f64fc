"""The fast path equals the slow one.

`render_order` checks a message on the tree the enforcement pass left, with what that pass
measured of it (`dom.Measurements`: active content, style overrides, margins, line breaks, font
sizes) and the styles it parsed, and places the findings by the emitted HTML's parse. The slow
path is a plain check of the message, every rule measuring for itself: `check_message` on its
HTML freshly parsed (and, as render_order did before, on the enforced tree when no finding is
in the HTML). Both must give the same findings (rule, message, part, line, column, severity,
in order), and the same HTML and text: on every example type in every catalog
language, on a designer's hostile stylesheet, on generated orders and HTML (hypothesis), and on
the public corpus (`bsm check`, and its HTML run through the enforcement pass).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, SHARED, bundled_examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_design import designer_templates
from test_properties import html_messages, order_documents

from toolkit import dom
from toolkit.enforce import enforce_measured
from toolkit.model import Finding, Message
from toolkit.orders import load_document, parse_document
from toolkit.pipeline import (
    Outcome,
    Toolkit,
    check_message,
    message_subject,
    render_order,
)
from toolkit.reader import load_attachment_kinds, read_file
from toolkit.rules import Registry
from toolkit.text import plain_text

CORPUS = SHARED / "corpus" / "public"
CORPUS_FILES = sorted(CORPUS.rglob("*.html")) if CORPUS.is_dir() else []
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TK = Toolkit.load()  # for the module (hypothesis prints a failing case's arguments, not fixtures)
KINDS = load_attachment_kinds()


def placed(findings: list[Finding]) -> list[tuple[Any, ...]]:
    return [(f.rule, f.message, f.part, f.line, f.column, f.severity) for f in findings]


def measured_findings(
    tk: Toolkit, html: str, like: Message | None = None, colon: str = ":", **context: Any
) -> tuple[Message, list[Finding], list[Finding]]:
    """The HTML through the enforcement pass as render_order does it, in a message `like` the
    one given (type, locale, subject, attachments), and its findings two ways: render_order's
    (the enforced tree with the pass's measurements, placed by the emitted HTML's parse) and
    the plain ones (every rule measuring for itself, as render_order did before: on the
    enforced tree, and on the emitted HTML parsed afresh when a finding is in the HTML)."""
    root = dom.parse_html(html)
    _, measured = enforce_measured(root, tk.policy)
    message = replace(
        like or Message(None, None, "", "", ""),
        html=dom.serialize(root),
        text=plain_text(root, colon, tk.text_styles),
    )
    subject = message_subject(tk, message, root=root, measured=measured, **context)
    fast = tk.registry.run(subject)
    slow = check_message(tk, message, **context)  # the emitted HTML, parsed afresh
    if subject.same_as_source:  # the same tree: the same findings, in the same places
        assert placed(fast) == placed(slow)
    plain = check_message(tk, message, root=root, **context)
    if any(f.part == "html" for f in plain):
        plain = slow
    if any(f.part == "html" for f in fast) and not subject.same_as_source:
        fast = slow  # as render_order does
    return message, fast, plain


def assert_same(tk: Toolkit, html: str, **context: Any) -> None:
    _, fast, plain = measured_findings(tk, html, **context)
    assert placed(fast) == placed(plain)


def assert_render_is_plain(tk: Toolkit, outcome: Outcome) -> None:
    """render_order's message and findings against the plain path, for one rendered order."""
    message = outcome.message
    assert message is not None
    mtype = tk.catalog.get(outcome.doc.message_type)
    assert mtype is not None
    rendered = tk.renderer.render(outcome.doc, mtype, tk.renderer.catalog_for(outcome.doc.locale))
    colon = tk.renderer.wording_for(outcome.doc.locale).colon
    again, fast, plain = measured_findings(
        tk, rendered.html, message, colon, doc=outcome.doc, now=NOW
    )
    assert again == message  # the same HTML and text
    assert placed(fast) == placed(plain)
    # render_order's own findings are these, among those of the order document and the API
    found, said = placed(list(outcome.findings)), placed(fast)
    assert any(found[i : i + len(said)] == said for i in range(len(found) - len(said) + 1))


# --- every example type, in every catalog language -------------------------------------------


@pytest.mark.parametrize("path", bundled_examples(), ids=lambda p: p.stem)
def test_every_example_in_every_language(path: Path) -> None:
    for catalog in sorted(TK.renderer.store.available()):
        locale = catalog.replace("_", "-")
        doc = load_document(
            path, TK.catalog, locale=locale, seller=TK.project.seller,
            suffixes=TK.policy.suffixes,
        )  # fmt: skip
        outcome = render_order(TK, doc, now=NOW)
        if outcome.message is None:
            continue
        assert_render_is_plain(TK, outcome)


def test_a_designers_hostile_stylesheet(tmp_path: Path) -> None:
    """Changes in every step of the pass: colours, families, centring, wide images, sizes."""
    tk = Toolkit.load(templates=designer_templates(tmp_path / "templates"))
    for path in bundled_examples():
        doc = load_document(path, tk.catalog, seller=tk.project.seller)
        outcome = render_order(tk, doc, now=NOW)
        if outcome.message is not None:
            assert outcome.changes
            assert_render_is_plain(tk, outcome)


# --- generated orders and HTML -----------------------------------------------------------------


@SETTINGS
@given(data=order_documents())
def test_generated_orders(data: dict[str, Any]) -> None:
    doc = parse_document(data, TK.catalog, source="hypothesis", base_dir=EXAMPLES)
    outcome = render_order(TK, doc, now=NOW)
    if outcome.message is not None:
        assert_render_is_plain(TK, outcome)


@SETTINGS
@given(html=html_messages())
def test_generated_html_through_the_pass(html: str) -> None:
    """What a designer's template may hold (styles, <center>, <font>, images, breaks, script):
    the rules given the pass's measurements find what they find measuring for themselves."""
    assert_same(TK, html)


# what each measurement rests on, where a wrong one would show
CLAIMS = [
    # dropping three blank paragraphs leaves a blank <div>: a new run of three breaks
    "<p>Hi</p><div>x<br><br><div><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p></div></div><p>end</p>",
    "<p>a<br><br><br><br>b</p><p>&nbsp;</p><p>&nbsp;</p><p>\u200b</p>",
    # margins cut over several levels, auto margins, hspace
    '<div style="margin-left: 130px"><div style="padding: 0 90px"><p style="margin: 0 auto">'
    'x</p><img src="cid:a" alt="Logo" hspace="70"></div></div>',
    # four sizes folded; a size on a blank block that collapse drops
    '<h1>A</h1><p style="font-size: 12px">b</p><p style="font: bold 30px/2 Arial">c</p>'
    '<p style="font-size: 40px">\u200b</p><br><br><br><p>d</p>',
    "<h1>A</h1><h2>B</h2><h3>C</h3><p>d</p>",  # sizes of the tags' own, folded
    # every kind of override and active content
    '<html><head><style>p { color: red }</style><link rel="stylesheet" href="https://x.example">'
    '<meta http-equiv="refresh" content="0"></head><body onload="x()"><center><font face="A" '
    'color="red" size="7">Hi</font></center><p align="right" style="text-align: justify; '
    'color: red">x</p><a href="javascript:alert(1)">y</a><a href="data:text/html,x">z</a>'
    '<img src="https://t.example/p.gif?utm_source=x" width="1" alt=""><iframe src="x"></iframe>'
    "</body></html>",
]


@pytest.mark.parametrize("html", CLAIMS)
def test_where_the_measurements_could_be_wrong(html: str) -> None:
    assert_same(TK, html)


def test_a_policy_that_leaves_overrides_in_place() -> None:
    """A policy that unwraps nothing and strips no colour attribute: <center> and <font color>
    stay after the pass, and BSM407-BSM411 must still find them from what it measured."""
    policy = replace(TK.policy, unwrap_elements=frozenset(), colour_attributes=frozenset({"text"}))
    tk = replace(TK, policy=policy)
    html = '<center>Hi</center><p><font color="red" face="A">x</font></p>'
    _, fast, plain = measured_findings(tk, html)
    assert {"BSM411", "BSM409"} <= {f.rule for f in fast}
    assert placed(fast) == placed(plain)
    for html in CLAIMS:
        assert_same(tk, html)
    # an override on a blank block that the pass drops afterwards is in the message no more
    assert_same(tk, '<p>a</p><p><font color="red">&nbsp;</font></p><p> </p><p> </p><p>b</p>')


def test_a_policy_that_forbids_what_the_pass_sets() -> None:
    """A policy whose table forbids font-size, which the pass itself sets when it folds sizes:
    the rules measure the overrides themselves, and find the ones the pass left."""
    table = (*TK.policy.style_overrides, ("font-size", "BSM407"))
    tk = replace(TK, policy=replace(TK.policy, style_overrides=table))
    for html in CLAIMS:
        assert_same(tk, html)


def test_the_rule_cases_through_the_pass() -> None:
    """Every HTML case of tests/rule_cases (each made to break one rule) through the pass."""
    for path in sorted((Path(__file__).parent / "rule_cases").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if case.get("html"):
                assert_same(TK, case["html"])


# --- the public corpus: `bsm check`, and the pass ----------------------------------------------

corpus = pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")


@corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_bsm_check_on_the_corpus(path: Path) -> None:
    """`bsm check`: every rule on one Subject (sharing its parsed styles and walks) finds what
    each rule finds on a Subject of its own, parsed afresh."""
    message = read_file(path, KINDS).message
    together = check_message(TK, message)
    alone = [
        finding
        for rule in TK.registry.rules
        for finding in check_message(TK, message, registry=Registry((rule,)))
    ]
    # Registry.run sorts its findings by place; a stable sort of each rule's in registry order
    order = sorted(alone, key=lambda f: (f.part != "subject", f.line, f.column, f.rule))
    assert placed(together) == placed(order)


@corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_the_corpus_through_the_pass(path: Path) -> None:
    """Real-world e-mail HTML as a template: the pass, then the rules with its measurements."""
    assert_same(TK, read_file(path, KINDS).message.html)


# --- a <style> block's properties, found without a look-behind scan ----------------------------

CSS_PIECES = ["color", "background-color", "font", "font-size", "line-height", "text-align",
              "text-align-last", "caret-color", "x_color", "\u00e9color", "-color", ":", " ",
              "\n", "{", "}", ";", "a", "1", "\u00e9", "\u00a0", "\u2003"]  # fmt: skip
css_text = st.lists(st.sampled_from(CSS_PIECES), max_size=30).map("".join)


@SETTINGS
@given(css=css_text)
def test_style_block_properties_as_a_look_behind_finds_them(css: str) -> None:
    for prop, pattern in TK.policy.style_block_patterns.items():
        expected = re.search(rf"(?<![\w-]){re.escape(prop)}\s*:", css) is not None
        assert dom.declares(css, pattern) == expected, prop

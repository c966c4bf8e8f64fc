"""`bsm check` of a file made faster, never different: each shortcut the rules take finds what
the plain way finds (rule, message, part, line, column, severity, in order), on the public
corpus, on every example, and on generated input (hypothesis).

- A message's `<style>` blocks are compiled into selectors once per stylesheet and kept in the
  Toolkit's memo (toolkit/stylesheet.py): a Toolkit that keeps them finds what one that compiles
  every message's afresh finds, also when the same stylesheet comes with another body.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import dom
from toolkit.model import Finding, Message
from toolkit.pipeline import Toolkit, check_message
from toolkit.reader import load_attachment_kinds, read_file
from toolkit.rules.memo import Memo
from toolkit.stylesheet import declared, font_size_uses

CORPUS = SHARED / "corpus" / "public"
CORPUS_FILES = sorted(CORPUS.rglob("*.html")) if CORPUS.is_dir() else []
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEPT = Toolkit.load()  # keeps what it compiled and judged, across every test here
PLAIN = Toolkit.load(memo=False)  # every message's stylesheet compiled afresh
PLAIN.spelling = KEPT.spelling  # one dictionary's suggestions (see test_memo_equivalence)
KINDS = load_attachment_kinds()


def placed(findings: list[Finding]) -> list[tuple[Any, ...]]:
    return [(f.rule, f.message, f.part, f.line, f.column, f.severity) for f in findings]


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_the_corpus_kept_and_plain(path: Any) -> None:
    message = read_file(path, KINDS).message
    plain = placed(check_message(PLAIN, message))
    assert placed(check_message(KEPT, message)) == plain
    assert placed(check_message(KEPT, message)) == plain  # the second time, from the memo


# --- stylesheets: compiled once, applied to any body ------------------------------------------

SELECTORS = ["p", "td", "h1", ".a", ".b", "#c", "p.a", "td .b", "div > p", "a:hover",
             "p::after", "*", "h1, .a", "[x]", "p:first-child", "td p", "!!", "p[",
             "li:nth-child(2)"]  # fmt: skip
SIZES = ["12px", "1.5em", "small", "bold 14px/1.4 Arial", "x", "0", "120%", "13px !important"]
rules = st.tuples(
    st.sampled_from(SELECTORS),
    st.sampled_from(["font-size", "font", "color"]),
    st.sampled_from(SIZES),
)
stylesheets = st.lists(rules, max_size=8).map(
    lambda rs: "\n".join(f"{sel} {{ {prop}: {value} }}" for sel, prop, value in rs)
)
BODY_TAGS = ["p", "td", "h1", "div", "li", "span"]
bodies = st.lists(
    st.tuples(st.sampled_from(BODY_TAGS), st.sampled_from(["", "a", "b", "a b"]), st.booleans()),
    min_size=1,
    max_size=8,
).map(
    lambda els: "".join(
        f'<{tag} class="{cls}"{" id=c" if ident else ""}>text {i}</{tag}>'
        for i, (tag, cls, ident) in enumerate(els)
    )
)


@SETTINGS
@given(css=stylesheets, first=bodies, second=bodies)
def test_a_kept_stylesheet_on_other_bodies(css: str, first: str, second: str) -> None:
    memo = Memo()
    for body in (first, second, first):
        root = dom.parse_html(f"<html><head><style>{css}</style></head><body>{body}</body></html>")
        assert declared(root, memo) == declared(root)
        kept = font_size_uses(root, KEPT.policy, dom.Styles(), memo)
        assert kept == font_size_uses(root, KEPT.policy, dom.Styles())


@SETTINGS
@given(css=stylesheets, body=bodies)
def test_generated_messages_kept_and_plain(css: str, body: str) -> None:
    html = f"<html><head><style>{css}</style></head><body>{body}</body></html>"
    message = Message(None, None, "A subject", html, "")
    assert placed(check_message(KEPT, message)) == placed(check_message(PLAIN, message))

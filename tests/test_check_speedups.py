"""`bsm check` of a file made faster, never different: each shortcut the rules take finds what
the plain way finds (rule, message, part, line, column, severity, in order), on the public
corpus, on every example, and on generated input (hypothesis).

- A message's `<style>` blocks are compiled into selectors once per stylesheet and kept in the
  Toolkit's memo (toolkit/stylesheet.py): a Toolkit that keeps them finds what one that compiles
  every message's afresh finds, also when the same stylesheet comes with another body.
- A lone tag or class selector is matched without XPath (`root.iter(tag)`, one index of the
  classes): the same elements as cssselect's XPath, whatever the class attribute's spacing.
- What a style text comes to (its declarations, its side margins) is kept in the memo too, and
  the overrides an element makes are worked out once per tag and attributes (`dom.Styles`,
  kept per message and in the memo): the same as afresh, for any policy.
- A link's address is read once per message for BSM301, BSM302 and BSM304 (and kept in the
  memo): the corpus and generated messages find the same kept and plain.
- Where the HTML's markup is (comments, tags, whole <head>, <style>, <script> and <title>
  blocks) is found by skipping to each "<" (`base.MARKUP`): the same spans as the pattern that
  tried the end tag at every character, on the corpus and on generated sources.
- Which elements have text is found in one pass (`dom.with_text`), not by `has_text` per
  element; white space is blank without a pattern (`dom.is_blank_text`).
- A sentence is read (`Lexicon._read`) with its clause marks found in one scan, not searched
  for before every word, and only the phrases whose second word is the sentence's next one
  (or whose second word is a prefix) tried at a word: the same reading as the plain way, on
  the corpus's sentences and on generated ones made of the phrases' own words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import dom
from toolkit.model import Finding, Message
from toolkit.pipeline import Toolkit, check_message
from toolkit.reader import load_attachment_kinds, read_file
from toolkit.rules.base import MARKUP
from toolkit.rules.meaning import CLAUSE_END, WORD, Lexicon, Reading, lowered, sentences_of
from toolkit.rules.memo import Memo
from toolkit.stylesheet import declarations, declared, font_size_uses, style_text

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
             "li:nth-child(2)", "P", "TD", ".A", ".a-b", ".a_b", ".b2", "o|p", "h1.b",
             ".\\61", "svg", "font"]  # fmt: skip
SIZES = ["12px", "1.5em", "small", "bold 14px/1.4 Arial", "x", "0", "120%", "13px !important"]
rules = st.tuples(
    st.sampled_from(SELECTORS),
    st.sampled_from(["font-size", "font", "color"]),
    st.sampled_from(SIZES),
)
stylesheets = st.lists(rules, max_size=8).map(
    lambda rs: "\n".join(f"{sel} {{ {prop}: {value} }}" for sel, prop, value in rs)
)
BODY_TAGS = ["p", "td", "h1", "div", "li", "span", "P", "TD", "font"]
CLASSES = ["", "a", "b", "a b", "A", "a-b", "a_b", "b2", " a ", "a\tb", "a\nb", "a\x0cb", "a\xa0b",
           "a\u2003b", "a  a", "ab", "\ta\r", "a,b"]  # fmt: skip
bodies = st.lists(
    st.tuples(st.sampled_from(BODY_TAGS), st.sampled_from(CLASSES), st.booleans()),
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


def declared_by_xpath(root: Any) -> dict[Any, tuple[str, str]]:
    """`declared` the plain way: every selector compiled and matched by cssselect's XPath."""
    from cssselect import ExpressionError, SelectorError
    from lxml import etree
    from lxml.cssselect import CSSSelector

    found = {}
    ranked = sorted(
        (specificity, order, selector, prop, value)
        for order, (selector, specificity, prop, value) in enumerate(declarations(style_text(root)))
    )
    for _, _, selector, prop, value in ranked:
        try:
            chosen = CSSSelector(selector, translator="html")(root)
        except (SelectorError, ExpressionError, etree.XPathEvalError):
            continue  # not a selector lxml can run: it matches nothing
        for el in chosen:
            found[el] = (prop, value)
    return found


@SETTINGS
@given(css=stylesheets, body=bodies)
def test_lone_tags_and_classes_match_as_xpath_does(css: str, body: str) -> None:
    root = dom.parse_html(f"<html><head><style>{css}</style></head><body>{body}</body></html>")
    assert declared(root) == declared_by_xpath(root)


def test_a_selector_with_an_unknown_namespace_matches_nothing() -> None:
    """`o|p` compiles, and its XPath fails when run ("Undefined namespace prefix"): a traceback
    before; now it is a selector that matches nothing, as `:hover` is."""
    css = "o|p { font-size: 30px } p { font-size: 20px } .a { font-size: 10px }"
    html = f'<html><head><style>{css}</style></head><body><p class="a">x</p><p>y</p></body></html>'
    root = dom.parse_html(html)
    assert sorted(declared(root).values()) == [("font-size", "10px"), ("font-size", "20px")]
    message = Message(None, None, "A subject", html, "")
    assert placed(check_message(PLAIN, message)) == placed(check_message(KEPT, message))


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
def test_the_corpus_stylesheets_match_as_xpath_does() -> None:
    for path in CORPUS_FILES:
        root = dom.parse_html(read_file(path, KINDS).message.html)
        assert declared(root, Memo()) == declared_by_xpath(root), path


# --- text and blanks --------------------------------------------------------------------------

TEXT_PIECES = ["", " ", "x", "\xa0", "\u200b", "\n", "\t", "\u3000", "\u00ad", "\x1c", "\x85"]
texts = st.lists(st.sampled_from(TEXT_PIECES), max_size=4).map("".join)
trees = st.recursive(
    st.tuples(st.just("span"), texts, texts, st.just(())),
    lambda kids: st.tuples(
        st.sampled_from(["p", "div", "td", "b", "br"]), texts, texts, st.lists(kids, max_size=3)
    ),
    max_leaves=12,
)


def markup(tree: Any) -> str:
    tag, text, tail, kids = tree
    inner = "".join(markup(kid) for kid in kids)
    return f"<{tag}>{text}<!--c-->{inner}</{tag}>{tail}"


@SETTINGS
@given(tree=trees)
def test_text_found_in_one_pass_as_has_text_finds_it(tree: Any) -> None:
    root = dom.parse_html(f"<html><body>{markup(tree)}</body></html>")
    els = list(dom.elements(dom.body(root)))
    assert dom.with_text(els) == {el for el in els if dom.has_text(el)}


@SETTINGS
@given(text=st.text(max_size=6))
def test_blank_text_as_the_pattern_reads_it(text: str) -> None:
    assert dom.is_blank_text(text) == (not text or dom.INVISIBLE.fullmatch(text) is not None)


@SETTINGS
@given(tree=trees)
def test_generated_trees_kept_and_plain(tree: Any) -> None:
    message = Message(None, None, "A subject", f"<html><body>{markup(tree)}</body></html>", "")
    assert placed(check_message(KEPT, message)) == placed(check_message(PLAIN, message))


# --- style texts: kept per message and in the memo ---------------------------------------------

STYLE_PIECES = ["color: red", "colour: red", "font-family: 'A; B', serif",
                "font: bold 14px/1.4 Arial",
                "text-align: center", "TEXT-ALIGN: Left !important", "line-height: 2",
                "margin: 0 40px", "padding-left: 30%", "margin-right: 3em", "width: 10px",
                "background: url(a;b)", "x", "", "font-size: 12px", "font-size: 1.5em",
                "font: italic 2em serif", "font-size: large"]  # fmt: skip
ATTRIBUTES = ['align="center"', 'ALIGN="Left"', 'bgcolor="red"', 'color="red"', 'face="A"',
              'text="x"', 'valign="top"', 'align=""', "", 'size="5"', 'size="+2"']  # fmt: skip


style_texts = st.lists(st.sampled_from(STYLE_PIECES), max_size=4).map("; ".join)
styled = st.lists(
    st.tuples(
        st.sampled_from(["p", "td", "center", "font", "img", "div", "h1"]),
        style_texts,
        st.sampled_from(ATTRIBUTES),
    ),
    min_size=1,
    max_size=8,
)


def styled_root(elements: list[tuple[str, str, str]]) -> Any:
    """The elements, and a <style> block of the same declarations."""
    body = "".join(f'<{tag} style="{style}" {attr}>x</{tag}>' for tag, style, attr in elements)
    css = "".join(f"{tag} {{ {style} }}" for tag, style, _ in elements)
    return dom.parse_html(f"<html><head><style>{css}</style></head><body>{body}</body></html>")


def block_offences_plain(el: Any, policy: Any) -> list[tuple[Any, ...]]:
    """What a <style> block overrides, as `element_style_overrides` found it before."""
    css = (el.text or "").lower()
    patterns = policy.style_block_patterns
    found = []
    for prop, prop_rule in policy.style_rules.items():
        if dom.declares(css, patterns[prop]):
            found.append((el, prop_rule, f"a <style> block that sets {prop}", None, None))
    if dom.declares(css, patterns["font"]):
        found.append((el, "BSM407", "a <style> block that sets font", None, None))
    return found


def overrides(root: Any, policy: Any, styles: dom.Styles) -> list[tuple[Any, ...]]:
    found = dom.style_overrides(root, policy, styles)
    return [(o.element, o.rule, o.what, o.attribute, o.prop) for o in found]


@SETTINGS
@given(elements=styled)
def test_style_texts_kept_as_parsed_afresh(elements: list[tuple[str, str, str]]) -> None:
    root = styled_root(elements)
    base = KEPT.policy
    others = [  # each differs from the project's in one part that the answers depend on
        replace(base, align_values=frozenset({"left"})),
        replace(base, max_width_px=300),
        replace(base, colour_attributes=frozenset({"text"})),
        replace(base, alignment_attributes=frozenset({"valign"})),
        replace(base, style_overrides=base.style_overrides[:1]),
        replace(base, default_font_size_px=20.0),
        replace(base, implicit_font_sizes=(("h1", "40px"), ("td", "small"))),
    ]
    memo, kept = Memo(), dom.Styles(Memo())
    for policy in (base, *others, base):
        fresh = dom.Styles()
        assert overrides(root, policy, kept) == overrides(root, policy, fresh)
        assert dom.margin_overflows(root, policy, kept) == dom.margin_overflows(root, policy, fresh)
        again = dom.Styles(memo)  # another message's Styles, the same memo
        assert overrides(root, policy, again) == overrides(root, policy, fresh)
        blocks = [el for el in dom.elements(root) if el.tag == "style"]
        assert [o for o in overrides(root, policy, again) if o[0] in blocks] == [
            o for el in blocks for o in block_offences_plain(el, policy)
        ]
        for el in dom.elements(root):
            assert kept.of(el) == tuple(dom.parse_style(el.get("style")))
            assert again.sides(el, policy) == dom.style_sides_px(kept.of(el), policy)
            assert kept.font_size(el, policy) == dom.element_font_size(el, policy, dom.Styles())


# --- where the markup is ------------------------------------------------------------------------

# the pattern as it was first written: a block's end tag tried at every character
MARKUP_PLAIN = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|head|title)\b.*?(?:</\1\s*>|\Z)|<[^>]*>?", re.S | re.I
)
SOURCE_PIECES = ["<", ">", "/", "head", "HEAD", "style", "script", "title", " ", "\n", "<!--",
                 "-->", "x", "</", "</style >", "</HEAD>", "<style>", "<head>", "-", "a>",
                 "</titlex>", "\u0130", "\u017f", "</script\t>", "<title", "<SCRIPT>"]  # fmt: skip


def spans(pattern: re.Pattern[str], source: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(source)]


@SETTINGS
@given(source=st.lists(st.sampled_from(SOURCE_PIECES), max_size=16).map("".join))
def test_markup_found_as_the_plain_pattern_finds_it(source: str) -> None:
    assert spans(MARKUP, source) == spans(MARKUP_PLAIN, source)


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
def test_the_corpus_markup_as_the_plain_pattern_finds_it() -> None:
    for path in CORPUS_FILES:
        source = path.read_text(encoding="utf-8")
        assert spans(MARKUP, source) == spans(MARKUP_PLAIN, source), path


# --- line breaks: a childless element holds no run ---------------------------------------------


def break_runs_plain(root: Any, limit: int) -> list[list[Any]]:
    """`dom.break_runs` as it was: every element asked, children or not."""
    runs: list[list[Any]] = []
    for parent in dom.elements(dom.body(root)):
        shown = not dom.is_blank_text(parent.text)
        run: list[Any] = []
        for child, breaks in dom.break_children(parent):
            if breaks:
                run.append(child)
                continue
            if dom.run_lines(run, after_text=shown) > limit:
                runs.append(run)
            run, shown = [], True
        if dom.run_lines(run, after_text=shown) > limit:
            runs.append(run)
    return runs


@SETTINGS
@given(tree=trees, limit=st.integers(-1, 3))
def test_break_runs_as_every_element_asked(tree: Any, limit: int) -> None:
    root = dom.parse_html(f"<html><body>{markup(tree)}<p></p><br><br><br></body></html>")
    assert dom.break_runs(root, limit) == break_runs_plain(root, limit)


# --- sentences read: clause marks found in one scan, phrases picked by their next word --------


def read_plain(lex: Lexicon, sentence: str) -> Reading:
    """`Lexicon._read` as it was: the clause marks searched for before every word (a
    parenthesis an aside), each phrase
    that starts with a word tried at it; a Turkish name (capitalised words before an
    apostrophe's suffix, not in capitals, none but the last with a possessive ending) keeps
    only a carrier or shipment, and a quotation's
    words lose their negation, both before the phrases."""
    words: list[str] = []
    written: list[str] = []
    starts: list[int] = []
    clause_of: list[int] = []
    clause, made, pos = 0, 0, 0
    asides: list[int] = []  # a parenthesis is an aside: its clause goes on after ")"
    for m in WORD.finditer(sentence):
        for mark in CLAUSE_END.finditer(sentence):  # (the whole sentence: a mark looks at the
            if not pos <= mark.start() < m.start():  # digit after it)
                continue
            if mark.group() == "(":
                asides.append(clause)
            if mark.group() == ")" and asides:
                clause = asides.pop()
            else:
                made += 1
                clause = made
        pos = m.end()
        if m.group() == "?":
            continue
        words.append(lowered(m.group()))
        written.append(m.group())
        starts.append(m.start())
        clause_of.append(clause)
    capitals = {i for i, w in enumerate(written) if w[0].isupper()}
    shouted = {i for i, w in enumerate(written) if len(w) >= 2 and w.isupper()}
    concepts = [set(lex.word_concepts(w)) for w in words]
    if lex.apostrophe_names:
        for last, start in enumerate(starts):
            end = start + len(written[last])
            if last not in capitals or not re.match(r"['’][^\W\d_]", sentence[end:]):
                continue
            k = last
            while k >= 0 and last - k < 4 and k in capitals and k not in shouted:
                if clause_of[k] != clause_of[last]:
                    break
                if k == last or not words[k].endswith(lex.not_name_endings):
                    concepts[k] &= {"carrier", "shipment"}
                k -= 1
    quoted = [
        m.span() for m in re.finditer(r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»', sentence)
    ]
    for i, start in enumerate(starts):
        if any(a < start < b for a, b in quoted):
            concepts[i].discard("negation")
    for i, word in enumerate(words):
        for sequence, concept in lex.phrases.get(word, ()):
            if len(sequence) <= len(words) - i and all(
                w.startswith(s[:-1]) if s.endswith("*") else w == s
                for w, s in zip(words[i:], sequence, strict=False)
            ):
                for k in range(i, i + len(sequence)):
                    concepts[k].add(concept)
    return Reading(
        tuple(words),
        tuple(frozenset(c) for c in concepts),
        tuple(clause_of),
        "?" in sentence,
        frozenset(shouted),
        frozenset(capitals),
    )


def read_as_plain(lex: Lexicon, sentence: str) -> None:
    new, plain = lex._read(sentence), read_plain(lex, sentence)
    assert (new, new.present, new.at) == (plain, plain.present, plain.at), sentence


LEXICONS = [lex for lex in map(KEPT.book.concepts.get, ("en", "de", "tr")) if lex is not None]
# the lexicons' own phrases (a prefix given an ending), whole or cut short, among marks
PHRASES = sorted(
    {" ".join(w[:-1] + "s" if w.endswith("*") else w for w in words[:cut])
     for lex in LEXICONS for found in lex.phrases.values() for words, _ in found
     for cut in (len(words), len(words) - 1)} - {""}
)  # fmt: skip
sentence_pieces = st.sampled_from(
    [*PHRASES, "ORDER", "İyi", "?", "%", ",", ";", " - ", "(", ")", "–", "e-mail", "-"]
)
sentences = st.lists(sentence_pieces, max_size=8).flatmap(
    lambda pieces: st.sampled_from([" ", "", "  "]).map(lambda gap: gap.join(pieces))
)


@SETTINGS
@given(sentence=sentences)
def test_sentences_read_as_plain(sentence: str) -> None:
    for lex in LEXICONS:
        read_as_plain(lex, sentence)


@pytest.mark.skipif(not CORPUS_FILES, reason="no ../shared/corpus/public here")
def test_the_corpus_sentences_read_as_plain() -> None:
    for path in CORPUS_FILES:
        text = dom.visible_text(dom.parse_html(path.read_text(encoding="utf-8")))
        for unit in sentences_of(text):
            for lex in LEXICONS:
                read_as_plain(lex, unit.text)

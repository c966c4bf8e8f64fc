"""CSS inlining: the only module that imports premailer.

premailer has had no release since 2021; keeping it behind `inline_css` means another inliner
(css-inline, juice) can replace it here without touching the rest.

Inlining runs on template *sources*, once per template file (see render.TemplateSource), not
once per message: Jinja syntax is swapped for inert placeholders, the file is inlined, and the
syntax is put back.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import premailer
from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from toolkit import dom
from toolkit.design import CSS_ATTR, SRC_ATTR, annotate_template, encode_origins

JINJA_SYNTAX = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
PLACEHOLDER = "bsmjinja{}x"
PLACEHOLDER_RE = re.compile(r"bsmjinja(\d+)x")
FRAGMENT_START, FRAGMENT_END = "<html><body>", "</body></html>"
BODY_START = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# premailer's own count of a selector's element names, for its order of the rules
ELEMENT_NAMES = premailer.premailer._element_selector_regex
KEPT_PSEUDO = premailer.premailer.FILTER_PSEUDOSELECTORS


@dataclass(frozen=True)
class CssDeclaration:
    """A declaration of style.css: its property and line."""

    prop: str
    line: int
    important: bool


@dataclass(frozen=True)
class CssRule:
    """A rule of style.css: its selector, line and declarations."""

    selector: str  # as written, possibly a list ("h1, h2")
    line: int
    declarations: tuple[CssDeclaration, ...]


def inline_css(html: str, css: str) -> str:
    """Apply `css` as inline style attributes to a full HTML document; no <style> is kept."""
    inliner = premailer.Premailer(
        html,
        css_text=css,
        keep_style_tags=False,
        remove_classes=True,
        strip_important=True,
        disable_validation=True,
        disable_leftover_css=True,
        # no presentational attributes (align=, bgcolor=, width=) derived from the CSS
        disable_basic_attributes=["align", "bgcolor", "width", "height", "valign", "border"],
        allow_network=False,
        allow_loading_external_files=False,
        cssutils_logging_level=logging.CRITICAL,
        method="html",
    )
    return str(inliner.transform(pretty_print=False))


def inline_template_source(source: str, css: str, *, annotate: str | None = None) -> str:
    """Inline `css` into a Jinja template source, leaving every Jinja construct as it was.

    A full document (the base layout) is inlined as one; a child template (blocks only) is
    inlined as a fragment of a body, so selectors match within each file.

    `annotate` (the template's name): the preview's traced render. Every tag carries its
    template line and every element the style.css rule of each declaration inlined into it
    (toolkit/design.py); never used for a message that is sent.
    """
    if annotate is not None:
        source = annotate_template(source, annotate)
    saved: list[str] = []

    def stash(match: re.Match[str]) -> str:
        saved.append(match.group())
        return PLACEHOLDER.format(len(saved) - 1)

    protected = JINJA_SYNTAX.sub(stash, source)
    is_document = "<html" in protected.lower()
    document = protected if is_document else FRAGMENT_START + protected + FRAGMENT_END
    if annotate is not None:
        document = mark_origins(document, css)
    inlined = inline_css(document, css)
    if not is_document:  # the fragment is what the wrapping body holds (body rules do not apply)
        start = BODY_START.search(inlined)
        end = inlined.rfind("</body>")
        if start is None or end < 0:
            raise ValueError("the inliner lost the fragment's <body> wrapper")
        inlined = inlined[start.end() : end]
    elif source.lstrip().lower().startswith(
        "<!doctype"
    ) and not inlined.lstrip().lower().startswith("<!doctype"):
        inlined = "<!DOCTYPE html>\n" + inlined
    return PLACEHOLDER_RE.sub(lambda m: saved[int(m.group(1))], inlined)


# --- where each inlined declaration came from (the traced render only) ------------------------


def stylesheet_rules(css: str) -> list[CssRule]:
    """The style rules of a stylesheet with the line of each selector and declaration
    (at-rules such as @media are skipped: premailer does not inline them)."""
    text = CSS_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), css)
    rules: list[CssRule] = []
    pos = 0
    while (start := text.find("{", pos)) >= 0:
        depth, end = 1, start + 1
        while end < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            end += 1
        prelude = text[pos:start]
        selector = prelude.strip()
        if selector and not selector.startswith("@") and "}" not in prelude:
            at = pos + len(prelude) - len(prelude.lstrip())
            rules.append(
                CssRule(selector, line_at(text, at), declarations(text, start + 1, end - 1))
            )
        pos = end
    return rules


def declarations(text: str, start: int, end: int) -> tuple[CssDeclaration, ...]:
    found = []
    offset = start
    for part in text[start:end].split(";"):
        prop, sep, value = part.partition(":")
        if sep and prop.strip():
            at = offset + len(part) - len(part.lstrip())
            important = "!important" in value.replace(" ", "").lower()
            found.append(CssDeclaration(prop.strip().lower(), line_at(text, at), important))
        offset += len(part) + 1
    return tuple(found)


def line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def applied_rules(rules: list[CssRule]) -> list[tuple[str, tuple[CssDeclaration, ...]]]:
    """(selector, declarations) in the order premailer applies them (the last one wins):
    !important last, then by the count of ids, classes and element names, then as written."""
    ordered: list[tuple[tuple[bool, int, int, int, int], str, tuple[CssDeclaration, ...]]] = []
    for rule in rules:
        for selector in (s.strip() for s in rule.selector.split(",")):
            if not selector or selector.startswith((":", "@")) or "*" in selector:
                continue
            if ":" in selector:
                pseudo = selector.split(":", 1)[1]
                if ":" + pseudo not in KEPT_PSEUDO and not pseudo.startswith("nth-child"):
                    continue  # a pseudo-class premailer cannot inline
            for important in (True, False):
                decls = tuple(d for d in rule.declarations if d.important is important)
                if decls:
                    key = (
                        important,
                        selector.count("#"),
                        selector.count("."),
                        len(ELEMENT_NAMES.findall(selector)),
                        len(ordered),
                    )
                    ordered.append((key, selector, decls))
    ordered.sort(key=lambda entry: entry[0])
    return [(selector, decls) for _key, selector, decls in ordered]


def mark_origins(document: str, css: str) -> str:
    """The document with data-bsm-css on every element a stylesheet rule applies to: for each
    property premailer will inline, the rule's selector and the declaration's line. What the
    element's own style attribute sets stays the template's (premailer keeps it)."""
    tree = lxml.html.document_fromstring(document)
    origins: dict[str, dict[str, tuple[int, str]]] = {}
    for selector, decls in applied_rules(stylesheet_rules(css)):
        try:
            matched = CSSSelector(selector)(tree)
        except (SelectorError, ValueError):  # premailer would stop on it too
            continue
        for el in matched:
            marker = el.get(SRC_ATTR)
            if marker is None:
                continue
            own = {prop for prop, _ in dom.parse_style(el.get("style"))}
            entry = origins.setdefault(marker, {})
            for decl in decls:
                if decl.prop not in own:
                    entry[decl.prop] = (decl.line, selector)
    for marker, entry in origins.items():
        if entry:
            attribute = f'{SRC_ATTR}="{marker}"'
            document = document.replace(
                attribute, f'{attribute} {CSS_ATTR}="{encode_origins(entry)}"', 1
            )
    return document

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

import premailer

JINJA_SYNTAX = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
PLACEHOLDER = "bsmjinja{}x"
PLACEHOLDER_RE = re.compile(r"bsmjinja(\d+)x")
FRAGMENT_START, FRAGMENT_END = "<html><body>", "</body></html>"
BODY_START = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


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


def inline_template_source(source: str, css: str) -> str:
    """Inline `css` into a Jinja template source, leaving every Jinja construct as it was.

    A full document (the base layout) is inlined as one; a child template (blocks only) is
    inlined as a fragment of a body, so selectors match within each file.
    """
    saved: list[str] = []

    def stash(match: re.Match[str]) -> str:
        saved.append(match.group())
        return PLACEHOLDER.format(len(saved) - 1)

    protected = JINJA_SYNTAX.sub(stash, source)
    is_document = "<html" in protected.lower()
    inlined = inline_css(
        protected if is_document else FRAGMENT_START + protected + FRAGMENT_END, css
    )
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

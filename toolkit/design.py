"""Where a design came from: the template line of each element, and the style.css rule of each
inlined declaration, so that a change of the enforcement pass can say which line to edit.

Only a preview-only "annotated" render carries these markers (data-bsm-src, data-bsm-css); they
are put in by `annotate_template` and `mark_origins` (inline.py) and stripped by
`strip_annotations` before the HTML is shown. The message as sent never has them: it is rendered
from the plain template sources (pipeline.render_order), and tests/test_design.py proves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from toolkit.dom import HtmlElement
from toolkit.paths import STYLESHEET

SRC_ATTR = "data-bsm-src"  # "messages/invoice.html:5:3": file, line, tag number (unique)
CSS_ATTR = "data-bsm-css"  # "font-family=3=.message;color=4=p": property, line, selector
ANNOTATIONS = (SRC_ATTR, CSS_ATTR)
JINJA = r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"
# a Jinja construct, an HTML comment, or a whole start tag (Jinja and quotes may hold a ">");
# possessive: a tag left open never backtracks through its Jinja constructs
TOKENS = re.compile(
    rf"(?P<skip>{JINJA}|<!--.*?-->)"
    rf"|<(?P<name>[a-zA-Z][a-zA-Z0-9:-]*)(?=[\s/>{{])(?:{JINJA}|\"[^\"]*\"|'[^']*'|[^>\"'{{]|\{{)*+>",
    re.DOTALL,
)
EXCERPT_CHARS = 40


@dataclass(frozen=True)
class Origin:
    """A place in the designer's files: a template line, or a style.css rule and its line."""

    file: str  # relative to the templates folder: "messages/invoice.html", "style.css"
    line: int
    selector: str = ""  # the stylesheet rule; "" for a template line

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" + (f" ({self.selector})" if self.selector else "")

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"file": self.file, "line": self.line}
        if self.selector:
            found["selector"] = self.selector
        return found


def annotate_template(source: str, name: str) -> str:
    """The template source with data-bsm-src="NAME:LINE:N" in every start tag (outside Jinja
    constructs and comments)."""
    out, last, count = [], 0, 0
    for match in TOKENS.finditer(source):
        if match.group("name") is None:
            continue
        count += 1
        at = match.end("name")
        line = source.count("\n", 0, match.start()) + 1
        out.append(source[last:at])
        out.append(f' {SRC_ATTR}="{name}:{line}:{count}"')
        last = at
    out.append(source[last:])
    return "".join(out)


def encode_origins(origins: dict[str, tuple[int, str]]) -> str:
    """{property: (line, selector)} as an attribute value that is neither HTML nor Jinja."""
    return ";".join(f"{prop}={line}={quote(sel, safe='')}" for prop, (line, sel) in origins.items())


def decode_origins(value: str | None) -> dict[str, Origin]:
    found: dict[str, Origin] = {}
    for part in (value or "").split(";"):
        prop, _, rest = part.partition("=")
        line, _, selector = rest.partition("=")
        if prop and line.isdigit():
            found[prop] = Origin(STYLESHEET, int(line), unquote(selector))
    return found


def template_origin(el: HtmlElement) -> Origin | None:
    """The template line of the element, or of the nearest one that has it (text a filter
    made into paragraphs is inside the element the template wrote)."""
    at: HtmlElement | None = el
    while at is not None:
        marker = at.get(SRC_ATTR) if isinstance(at.tag, str) else None
        if marker:
            file, line, _count = marker.rsplit(":", 2)
            return Origin(file, int(line)) if line.isdigit() else None
        at = at.getparent()
    return None


def stylesheet_origin(el: HtmlElement, *props: str) -> Origin | None:
    """The style.css rule that set the first of `props` on the element (None: the template's
    own style attribute set it, or nothing did)."""
    origins = decode_origins(el.get(CSS_ATTR))
    return next((origins[p] for p in props if p in origins), None)


def describe(el: HtmlElement) -> str:
    """`<p> "Dear Jan, ..."`: the tag and the start of its text, to find it on the page."""
    text = " ".join(" ".join(el.itertext()).split())  # a <br> parts words too
    if not text:
        return f"<{el.tag}>"
    short = text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
    return f'<{el.tag}> "{short}"'


def strip_annotations(root: HtmlElement) -> None:
    for el in root.iter():
        if isinstance(el.tag, str):
            for name in ANNOTATIONS:
                el.attrib.pop(name, None)

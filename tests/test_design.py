"""What the enforcement pass did to a design, and where it came from (toolkit/design.py): each
change with its rule, before and after, the element's template line and the style.css rule.
The annotation that makes this possible never reaches a message: proved on every example."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, NOW, ROOT

from toolkit import dom, rule_ids
from toolkit.design import ANNOTATIONS, annotate_template
from toolkit.inline import stylesheet_rules
from toolkit.orders import load_document
from toolkit.output import outcome_files
from toolkit.pipeline import Outcome, Toolkit, render_order, trace_design

# a designer's own touches in style.css, every one against Amazon's rules
HOSTILE_CSS = """
/* the designer's own touches */
.message {
  font-family: "Comic Sans MS", cursive;
  margin-left: 180px;
}
p { color: #c0392b; }
.lead { font-size: 22px; }
li { font-size: 19px; }
"""
WIDE_IMAGE = '<img src="https://example.com/banner.png" width="700" alt="">'


def designer_templates(folder: Path) -> Path:
    """A copy of the bundled templates whose style.css has HOSTILE_CSS appended."""
    templates = Path(shutil.copytree(ROOT / "templates", folder))
    style = templates / "style.css"
    style.write_text(style.read_text(encoding="utf-8") + HOSTILE_CSS, encoding="utf-8")
    return templates


def line_in(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def render(tk: Toolkit, name: str, *, trace: bool, locale: str | None = None) -> Outcome:
    doc = load_document(
        EXAMPLES / f"{name}.json", tk.catalog, locale=locale, seller=tk.project.seller,
        suffixes=tk.policy.suffixes,
    )  # fmt: skip
    return render_order(tk, doc, now=NOW, trace=trace)


@pytest.fixture(scope="module")
def designer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Toolkit]:
    templates = designer_templates(tmp_path_factory.mktemp("design") / "templates")
    message = templates / "messages" / "delivery-delay.html"
    text = message.read_text(encoding="utf-8").replace(
        "{% block content %}\n",
        '{% block content %}\n<p style="text-align: center">' + WIDE_IMAGE + "</p>\n",
    )
    message.write_text(text, encoding="utf-8")
    return templates, Toolkit.load(templates=templates)


# --- the message as sent is the same, byte for byte ---------------------------------------------


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_the_annotation_never_reaches_a_message(tk: Toolkit, path: Path) -> None:
    """In every shipped language: the traced render sends what the plain one sends, and no
    file of the message (html, text, eml, json report) has a trace of the annotation."""
    for catalog in sorted(tk.renderer.store.available()):
        locale = catalog.replace("_", "-")
        plain = render(tk, path.stem, trace=False, locale=locale)
        traced = render(tk, path.stem, trace=True, locale=locale)
        assert plain.message is not None and traced.message is not None
        assert traced.message == plain.message, (path.stem, catalog)
        assert [c.plain for c in traced.changes] == list(plain.changes)
        files = outcome_files(traced, tk.catalog, NOW)
        for name, content in files.items():
            for marker in ANNOTATIONS:
                assert marker.encode() not in content, (path.stem, catalog, name)
        assert traced.written is not None and "data-bsm" not in traced.written


def test_the_traced_render_enforced_is_the_message(designer: tuple[Path, Toolkit]) -> None:
    """Annotated, enforced and stripped, the design is the message's HTML: the annotation
    changes nothing the enforcement pass or the inliner sees."""
    _, tk = designer
    for name in ("delivery-delay", "invoice", "review-request"):
        outcome = render(tk, name, trace=False)
        assert outcome.message is not None
        mtype = tk.catalog.get(outcome.doc.message_type)
        assert mtype is not None
        traced = trace_design(tk, outcome.doc, mtype, tk.renderer.catalog_for(outcome.doc.locale))
        assert traced.sent == outcome.message.html
        assert traced.written != traced.sent  # the hostile stylesheet was changed


# --- each change, with its rule, before and after, and where it came from -----------------------


def test_each_change_names_its_rule_and_stylesheet_line(designer: tuple[Path, Toolkit]) -> None:
    templates, tk = designer
    style = templates / "style.css"
    outcome = render(tk, "delivery-delay", trace=True)
    by_rule: dict[str, list[dict[str, object]]] = {}
    for change in outcome.changes:
        by_rule.setdefault(change.rule, []).append(change.as_dict())

    family = by_rule["BSM407"][0]
    assert family["before"] == 'font-family: "Comic Sans MS", cursive' and family["after"] == ""
    assert family["source"] == {
        "file": "style.css",
        "line": line_in(style, "Comic Sans"),
        "selector": ".message",
    }
    base_line = line_in(templates / "base.html", 'class="message"')
    assert family["template"] == {"file": "base.html", "line": base_line}
    assert str(family["element"]).startswith('<div> "')

    colours = by_rule["BSM409"]
    assert {c["before"] for c in colours} == {"color: #c0392b"}
    assert all(c["source"] == {"file": "style.css", "line": line_in(style, "#c0392b"),
                               "selector": "p"} for c in colours)  # fmt: skip

    margin = next(c for c in by_rule["BSM405"] if "margin-left: 180px" in str(c["before"]))
    assert margin["source"] == {
        "file": "style.css",
        "line": line_in(style, "margin-left: 180px"),
        "selector": ".message",
    }
    assert "margin-left" not in str(margin["after"])

    sizes = by_rule[rule_ids.TOO_MANY_FONT_SIZES]
    folded = sizes[0]
    assert folded["before"] == "font-size: 13px"  # the fourth size: .reference
    assert str(folded["after"]).startswith("font-size: 16px")
    assert folded["source"] == {
        "file": "style.css",
        "line": line_in(style, "font-size: 13px"),
        "selector": ".reference",
    }


def test_a_template_line_when_the_template_itself_says_it(designer: tuple[Path, Toolkit]) -> None:
    templates, tk = designer
    message = templates / "messages" / "delivery-delay.html"
    outcome = render(tk, "delivery-delay", trace=True)
    centred = next(c for c in outcome.changes if c.before == "text-align: center")
    assert centred.stylesheet is None
    expected = ("messages/delivery-delay.html", line_in(message, "text-align: center"))
    assert centred.source is not None and (centred.source.file, centred.source.line) == expected
    image = next(c for c in outcome.changes if c.element.startswith("<img"))
    assert (image.before, image.after) == ('width="700"', f"width: {tk.policy.max_image_px:g}px")
    assert image.template is not None and image.template.line == expected[1]


def test_the_design_as_written_keeps_what_the_pass_removed(designer: tuple[Path, Toolkit]) -> None:
    _, tk = designer
    outcome = render(tk, "delivery-delay", trace=True)
    assert outcome.written is not None and outcome.message is not None
    assert "Comic Sans MS" in outcome.written and "Comic Sans MS" not in outcome.message.html
    assert "margin-left:180px" in outcome.written.replace(" ", "")


# --- the pieces ---------------------------------------------------------------------------------


def test_annotation_skips_jinja_comments_and_quoted_angle_brackets() -> None:
    source = '<a href="{{ x > 1 }}" title="<b>">{# <i> #}<!-- <u> -->\n<br/><p\n class=x>'
    annotated = annotate_template(source, "t.html")
    assert annotated.count("data-bsm-src") == 3
    assert '<a data-bsm-src="t.html:1:1" href="{{ x > 1 }}" title="<b>">' in annotated
    assert '<br data-bsm-src="t.html:2:2"/>' in annotated
    assert '<p data-bsm-src="t.html:2:3"\n class=x>' in annotated
    assert "{# <i> #}<!-- <u> -->" in annotated


def test_stylesheet_rules_have_their_lines() -> None:
    css = (
        "/* one\n two */\np { color: red;\n  margin: 0 }\n"
        "@media print { p { x: y } }\nh1,\nh2 { font-size: 2em }\n"
    )
    rules = stylesheet_rules(css)
    assert [(r.selector, r.line) for r in rules] == [("p", 3), ("h1,\nh2", 6)]
    assert [(d.prop, d.line) for d in rules[0].declarations] == [("color", 3), ("margin", 4)]


def test_an_unannotated_source_is_todays(tk: Toolkit) -> None:
    """The loader of messages to send inlines exactly as before: no marker in any template."""
    env = tk.renderer.environment("en")
    for name in ("base.html", "messages/invoice.html", "partials/items.html"):
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        assert "data-bsm" not in source
    root = dom.parse_html(render(tk, "invoice", trace=True).written or "")
    assert not any(el.get(a) for el in dom.elements(root) for a in ANNOTATIONS)


# --- the same in bsm render ---------------------------------------------------------------------


def bsm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit.cli", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_bsm_render_lists_the_changes(designer: tuple[Path, Toolkit]) -> None:
    templates, _ = designer
    order = str(EXAMPLES / "delivery-delay.json")
    args = ("render", order, "--templates", str(templates), "--now", "2026-11-20T12:00:00Z")
    data = json.loads(bsm(*args, "--changes", "--format", "json").stdout)
    family = next(c for c in data["changes"] if c["rule"] == "BSM407")
    assert family["before"].startswith('font-family: "Comic Sans MS"')
    assert family["source"]["file"] == "style.css" and family["source"]["selector"] == ".message"
    assert set(family) == {"rule", "what", "element", "before", "after", "source", "template"}
    text = bsm(*args, "--changes").stdout
    assert "the enforcement pass changed the design" in text
    line = next(x for x in text.splitlines() if "Comic Sans" in x)
    style_line = line_in(templates / "style.css", "Comic Sans")
    assert f"style.css:{style_line} .message" in line and "BSM407" in line
    # without --changes: the same changes and message, but no second render to place them
    untraced = json.loads(bsm(*args, "--format", "json").stdout)
    assert untraced["html"] == data["html"] and untraced["findings"] == data["findings"]
    assert [{**c, "source": None, "template": None} for c in data["changes"]] == untraced["changes"]
    text = bsm(*args).stdout
    line = next(x for x in text.splitlines() if "Comic Sans" in x)
    assert "BSM407" in line and "style.css:" not in line
    plain = json.loads(
        bsm("render", order, "--now", "2026-11-20T12:00:00Z", "--format", "json").stdout
    )
    assert plain["changes"] == []

"""The replayed render (toolkit/skeleton.py) is Jinja's render, byte for byte: on every example
type in every catalog language, with buyer names, titles and seller text that HTML must escape,
on generated orders, on templates that branch on, filter, compare or print values raw, and
after a template, one of its parts or a catalog is edited. And it is used at all (else these
tests would prove nothing).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest
from conftest import EXAMPLES, bundled_examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.freshness import EVERY_USE
from toolkit.orders import OrderDocument, parse_document
from toolkit.pipeline import Toolkit
from toolkit.render import Renderer, render_template
from toolkit.skeleton import Skeletons

REPLAYED = Toolkit.load()
PLAIN = Toolkit.load()
PLAIN.renderer.skeletons = Skeletons(limit=0)  # Jinja renders every message
EXAMPLE_DATA = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in bundled_examples()}
LOCALES = sorted(c.replace("_", "-") for c in REPLAYED.renderer.store.available())
# what HTML escapes, quotes, a Turkish İ, a right-to-left name, an empty one
NAMES = ["Lukas Weber", "Zoë O'Brien & Söhne", '<b>"Ayşe" İnce</b>', "مريم", "", "  x  "]
SELLER_TEXT = ["Which text for the mug?", "a & b < c\n\nsecond > paragraph", "  Ok.  "]


def document(
    type_id: str,
    locale: str,
    name: str,
    text: str | None = None,
    data: dict[str, Any] | None = None,
) -> OrderDocument:
    data = copy.deepcopy(data or EXAMPLE_DATA[type_id])
    data["buyer"]["locale"] = locale
    data["order"]["BuyerInfo"]["BuyerName"] = name
    if text is not None:
        for field in ("question", "text", "note", "service"):
            if field in data["message"]:
                data["message"][field] = text
    return parse_document(data, REPLAYED.catalog, source=f"{type_id}.json", base_dir=EXAMPLES)


def both(renderer: Renderer, plain: Renderer, doc: OrderDocument) -> None:
    mtype = REPLAYED.catalog.get(doc.message_type)
    assert mtype is not None
    catalog = plain.catalog_for(doc.locale)
    assert renderer.render(doc, mtype, catalog) == plain.render(doc, mtype, catalog)


@pytest.mark.parametrize("type_id", sorted(EXAMPLE_DATA))
def test_every_example_in_every_language(type_id: str) -> None:
    before = REPLAYED.renderer.skeletons.replayed
    for locale in LOCALES:
        for text in SELLER_TEXT:
            for name in NAMES:
                both(REPLAYED.renderer, PLAIN.renderer, document(type_id, locale, name, text))
    # most of those renders were replays: one hole render per shape, not per buyer
    for n, locale in enumerate(LOCALES * 3):
        name = f"{NAMES[n % 2]} {n}"  # a new buyer each time
        both(REPLAYED.renderer, PLAIN.renderer, document(type_id, locale, name))
    replayed = REPLAYED.renderer.skeletons.replayed - before
    assert replayed >= len(LOCALES) * 2


VALUES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("&<>\"' \n"),
    max_size=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    type_id=st.sampled_from(sorted(EXAMPLE_DATA)),
    locale=st.sampled_from(LOCALES),
    name=VALUES,
    seller=VALUES.filter(str.strip),
    text=VALUES,
    titles=st.lists(st.tuples(VALUES.filter(str.strip), st.integers(1, 3)), min_size=1, max_size=3),
)
def test_generated_orders(
    type_id: str, locale: str, name: str, seller: str, text: str, titles: list[tuple[str, int]]
) -> None:
    data = copy.deepcopy(EXAMPLE_DATA[type_id])
    data["seller"]["name"] = seller
    data["order"]["OrderItems"] = [
        {"ASIN": f"B0GEN0000{i}", "SellerSKU": f"SKU-{i}", "Title": title, "QuantityOrdered": n}
        for i, (title, n) in enumerate(titles)
    ]
    data["message"].pop("items", None)
    try:
        doc = document(type_id, locale, name, text or None, data)
    except Exception:  # an order the toolkit refuses (exit 2) has no render to compare
        return
    both(REPLAYED.renderer, PLAIN.renderer, doc)


def replay_and_plain(source: str, contexts: list[dict[str, Any]], **templates: str) -> Skeletons:
    """Each context rendered by Jinja and through a Skeletons, compared; the Skeletons back."""
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"t.html": source, **templates}),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    skeletons = Skeletons()
    for context in contexts:
        template = env.get_template("t.html")
        plain = render_template(template, context)
        assert skeletons.render(template, None, context, render_template) == plain, context
    return skeletons


SUBJECT = "{% block subject %}{{ name }}{% endblock %}"
CONSTRUCTS = {
    "if": "{% if name %}Dear {{ name }}{% else %}Dear customer{% endif %}",
    "compare": "{% if reason == 'NoInventory' %}out of stock{% else %}{{ reason }}{% endif %}",
    "filter": "{{ name|upper }} {{ name|title }} {{ name|length }} {{ name|replace('a', 'b') }}",
    "raw": "{{ name|safe }}, {{ name|e }}, {{ name|forceescape }}",
    "concat": "{{ name ~ '!' }} {{ '%s and %s'|format(name, reason) }}",
    "join": "{{ items|join(', ') }} {{ items|join(name) }} {{ items|length }}",
    "loop": "{% for i in items %}{{ loop.index }}:{{ i }}{{ ', ' if not loop.last }}{% endfor %}",
    "in": "{% if 'x' in name %}has x{% endif %}{% if name in items %}listed{% endif %}",
    "set": "{% set greeting = name %}{{ greeting }}{% set n = items|count %}{{ n }}",
    "default": "{{ missing|default(name) }} {{ name|default('none', true) }}",
    "markup": "{{ '<i>%s</i>'|safe|format(name) }}",
    "macro": "{% macro m(x) %}[{{ x }}]{% endmacro %}{{ m(name) }}{{ m(reason) }}",
    "include": "{% include 'part.html' %}",
}
CONTEXTS = [
    {"name": "Ann", "reason": "NoInventory", "items": ["a", "b"]},
    {"name": "Bo & <Co>", "reason": "CouldNotShip", "items": ["x", "Bo & <Co>"]},
    {"name": "", "reason": "NoInventory", "items": []},
    {"name": "Ann", "reason": 'x"y', "items": ["a'", "b"]},
    {"name": "xx", "reason": "NoInventory", "items": ["a", "b", "c"]},
    {"name": "Ann", "reason": "NoInventory", "items": ["a", "b"]},
]


@pytest.mark.parametrize("construct", sorted(CONSTRUCTS))
def test_what_a_template_does_with_a_value(construct: str) -> None:
    part = "<{{ name }}|{{ name|lower }}>"
    source = SUBJECT + CONSTRUCTS[construct]
    skeletons = replay_and_plain(source, CONTEXTS, **{"part.html": part})
    assert skeletons.replayed > 0


def test_a_template_named_by_a_value_is_never_replayed() -> None:
    contexts = [{"name": "Ann", "which": "a.html"}, {"name": "Bo", "which": "b.html"}] * 2
    skeletons = replay_and_plain(
        SUBJECT + "{% include which %}", contexts, **{"a.html": "A {{ name }}", "b.html": "B"}
    )
    assert skeletons.replayed == 0


def test_edits_are_picked_up(tmp_path: Path) -> None:
    """A part of a template (the base, an include) or a catalog edited between two messages."""
    project = REPLAYED.project
    templates, locales = tmp_path / "templates", tmp_path / "locales"
    shutil.copytree(project.templates, templates)
    shutil.copytree(project.locales, locales)
    # the files looked at every render (the preview's): each edit shows at the next message
    tk = Toolkit.load(templates, locales, freshness=EVERY_USE)
    plain = Toolkit.load(templates, locales, freshness=EVERY_USE)
    plain.renderer.skeletons = Skeletons(limit=0)
    doc = document("delivery-delay", "nl-NL", "Anna de Vries")
    both(tk.renderer, plain.renderer, doc)

    def edit(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        stat = path.stat()  # a later time than the file had, whatever the clock's resolution
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))

    # (file, text, its replacement, what the message then says)
    for path, old, new, shown in [
        (templates / "base.html", "{% block content %}", "EDITED {% block content %}", "EDITED"),
        (
            templates / "partials" / "items.html",
            "<li>",
            "<li>{{ buyer_name }}: ",
            "Anna de Vries: ",
        ),
        (locales / "nl" / "LC_MESSAGES" / "messages.po", 'msgstr "Beste', 'msgstr "Lieve', "Lieve"),
    ]:
        built = tk.renderer.skeletons.built
        edit(path, old, new)
        mtype = tk.catalog.get(doc.message_type)
        assert mtype is not None
        rendered = tk.renderer.render(doc, mtype, "nl")
        assert rendered == plain.renderer.render(doc, mtype, "nl")
        assert shown in rendered.html
        assert tk.renderer.skeletons.built > built  # rendered anew, not replayed from before


def test_skeletons_stay_bounded() -> None:
    contexts = [{"name": "n", "reason": str(i), "items": []} for i in range(40)]
    source = SUBJECT + CONSTRUCTS["compare"]
    env = jinja2.Environment(loader=jinja2.DictLoader({"t.html": source}), autoescape=True)
    skeletons = Skeletons(limit=8)
    template = env.get_template("t.html")
    for context in contexts:
        skeletons.render(template, None, context, render_template)
    assert all(len(plan.skeletons) <= 8 for plan in skeletons.plans.values())

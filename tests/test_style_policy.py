"""One style policy: the table the enforcement pass removes by is the table the checker reports
by, and every rule id the pass and the fixer name is one the registry has."""

from __future__ import annotations

import ast
import dataclasses
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from casebook import load_cases

from toolkit import dom, enforce, fix, rule_ids
from toolkit.model import Message
from toolkit.paths import data_dir
from toolkit.pipeline import Toolkit, check_message
from toolkit.policy import load_policy
from toolkit.rules import default_registry

REGISTRY = default_registry()
FIXABLE = {r.id for r in REGISTRY.rules if r.fixable}
RULE_ID = re.compile(r"^BSM\d{3}$")
POLICY_FILE = data_dir() / "policy.toml"


def strings_in(value: object) -> Iterator[str]:
    """Every string a parsed TOML document holds, keys and values."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def test_the_named_ids_are_the_registrys() -> None:
    named = {k: v for k, v in vars(rule_ids).items() if k.isupper()}
    assert named
    for constant, rule_id in named.items():
        rule = REGISTRY.get(rule_id)
        assert rule is not None, f"{constant} = {rule_id!r} is not registered"
        assert rule.name.upper().replace("-", "_") == constant, (constant, rule.name)
        assert rule.fixable, f"{rule_id} is not fixable, yet the enforcement pass names it"


def test_every_rule_id_in_the_policy_is_registered() -> None:
    with POLICY_FILE.open("rb") as fh:
        ids = {s for s in strings_in(tomllib.load(fh)) if RULE_ID.match(s)}
    assert ids >= set(load_policy().style_rules.values())
    for rule_id in ids:
        assert rule_id in FIXABLE, f"policy.toml names {rule_id}: not a registered fixable rule"


@pytest.mark.parametrize("module", [enforce, fix, dom], ids=lambda m: m.__name__)
def test_the_passes_spell_no_rule_id_of_their_own(module: object) -> None:
    """Rule ids in the enforcement pass, the fixer and dom come from toolkit.rule_ids or the
    policy's table: a literal would be an id no test holds to the registry."""
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"BSM\d{3}", node.value)
        and id(node) not in docstrings
    ]
    assert not literals


def test_every_change_on_the_rule_cases_names_a_fixable_rule(tk: Toolkit) -> None:
    """What enforce and --fix do to every case message, pass or fail, under registered ids."""
    seen: set[str] = set()
    for case in load_cases():
        html = case.data.get("html")
        if html:
            _, changes = fix.fix_html(html, tk.policy, tk.detectors)
            seen |= {c.rule for c in changes}
        for text in (case.data.get("text"), case.data.get("subject")):
            if text:
                _, changes = fix.fix_text(text, tk.detectors)
                seen |= {c.rule for c in changes}
    assert seen, "no case was changed at all"
    assert seen <= FIXABLE, seen - FIXABLE


def with_override(tmp_path: Path, prop: str, rule_id: str) -> Path:
    """A copy of the shipped policy with one more property in its [css.overrides] table."""
    text = POLICY_FILE.read_text(encoding="utf-8")
    table = "[css.overrides]\n"
    assert table in text
    copy = tmp_path / "policy.toml"
    copy.write_text(text.replace(table, f'{table}"{prop}" = "{rule_id}"\n'), encoding="utf-8")
    return copy


def test_a_property_added_to_the_policy_is_removed_and_reported(
    tk: Toolkit, tmp_path: Path
) -> None:
    prop = "text-decoration-color"  # colours the underline: another text colour
    policy = load_policy(with_override(tmp_path, prop, rule_ids.FONT_COLOR_OVERRIDE))
    html = f'<p style="{prop}: #f60; font-weight: bold">Your order has shipped.</p>'
    message = Message(None, "en-GB", "Your order", html, "Your order has shipped.\n")

    def outcome(tk: Toolkit) -> tuple[str, set[str], list[str]]:
        root = dom.parse_html(html)
        changes = enforce.enforce(root, tk.policy)
        reported = [
            f.message
            for f in check_message(tk, message, registry=REGISTRY.select(["BSM4"]))
            if f.rule == rule_ids.FONT_COLOR_OVERRIDE
        ]
        return dom.serialize(root), {c.rule for c in changes}, reported

    shipped_html, _, shipped_reported = outcome(tk)
    assert prop in shipped_html and not shipped_reported  # not in the shipped table
    fixed_html, rules, reported = outcome(dataclasses.replace(tk, policy=policy))
    assert prop not in fixed_html and "font-weight: bold" in fixed_html
    assert rule_ids.FONT_COLOR_OVERRIDE in rules
    assert any(prop in m for m in reported), reported

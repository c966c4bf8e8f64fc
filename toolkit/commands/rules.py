"""`bsm rules [ID]`: every rule, or one rule's documentation (ruff's `rule` command)."""

from __future__ import annotations

import argparse

from toolkit.commands.common import EXIT_OK
from toolkit.errors import InputError
from toolkit.rules import Rule, default_registry


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", nargs="?", help="a rule id such as BSM206")


def explain(rule: Rule) -> str:
    """A rule's documentation, in ruff's fixed sections."""
    fix = rule.fix or "none: a person decides"
    sections = [
        f"{rule.id} {rule.name} ({rule.severity})",
        f"What it does\n  {rule.summary}",
        f"Why is this bad?\n  {rule.why}",
        f"Clause\n  {rule.clause}",
        f"Example\n  {rule.example}",
        f"Use instead\n  {rule.good}",
        f"Fix{' (automatic, safe)' if rule.fixable else ''}\n  {fix}",
    ]
    if rule.needs:
        sections.append(f"Runs when known\n  {', '.join(sorted(rule.needs))}")
    return "\n\n".join(sections)


def run(args: argparse.Namespace) -> int:
    registry = default_registry()
    if args.id:
        rule = registry.get(args.id)
        if rule is None:
            raise InputError(f"no rule {args.id!r} (bsm rules lists them)")
        print(explain(rule))
        return EXIT_OK
    for rule in registry.rules:
        mark = "fix" if rule.fixable else "   "
        print(f"{rule.id}  {rule.severity:<7}  {mark}  {rule.name:<34}  {rule.summary}")
    return EXIT_OK

"""The rule registry: every rule of the catalog under its stable id.

A rule is data (id, name, severity, the clause, why, an example, the fix) plus a check: a
function from the `Subject` (the message, parsed once, with whatever context is known) to hits.
The registry turns hits into `Finding`s, so a check cannot forget its id or its location.
Families live in their own modules: context (BSM1xx), content (BSM2xx), elements (BSM3xx),
style (BSM4xx). `ALL_RULES` is the one table that maps ids to rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from toolkit.model import Finding, Severity
from toolkit.rules.base import Context, Hit, Subject, locate

Check = Callable[[Subject], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: Severity
    clause: str  # the words of the guidelines (Dutch) it enforces, or "outside the seed: ..."
    summary: str  # what counts
    why: str
    example: str  # a message (fragment) that breaks the rule
    good: str  # the same, written so that it passes
    fix: str | None  # what the fixer or a person does about it
    fixable: bool  # `bsm check --fix` fixes it without changing what the message says
    needs: frozenset[Context]  # context without which the rule cannot judge (runs only with it)
    check: Check = field(repr=False, compare=False)

    def findings(self, subject: Subject) -> list[Finding]:
        out = []
        for hit in self.check(subject):
            part, line, column = locate(subject, hit)
            out.append(Finding(self.id, self.name, self.severity, hit.message, part, line, column))
        return out


@dataclass(frozen=True)
class Registry:
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        ids = [r.id for r in self.rules]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"rule ids registered twice: {sorted(duplicates)}")

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id.upper()), None)

    def select(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Registry:
        """Rules whose id starts with a `select` prefix and with no `ignore` prefix (ruff's way)."""
        chosen = [
            r
            for r in self.rules
            if (not select or any(r.id.startswith(s.upper()) for s in select))
            and not any(r.id.startswith(i.upper()) for i in ignore)
        ]
        return Registry(tuple(chosen))

    def run(self, subject: Subject) -> list[Finding]:
        findings: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for rule in self.rules:
            if not rule.needs <= subject.known:
                continue
            for finding in rule.findings(subject):
                key = (finding.rule, finding.message)
                if key not in seen:  # the same problem in the HTML and the text part, once
                    seen.add(key)
                    findings.append(finding)
        return sorted(findings, key=lambda f: (f.part != "subject", f.line, f.column, f.rule))


def default_registry() -> Registry:
    from toolkit.rules import content, context, elements, spelling, style

    return Registry(
        (*context.RULES, *content.RULES, *elements.RULES, *style.RULES, *spelling.rules())
    )


__all__ = ["Check", "Context", "Hit", "Registry", "Rule", "Subject", "default_registry"]

"""The rule registry: every rule of the catalog under its stable id.

A rule is data (id, name, severity, the clause, why, an example, the fix) plus a check: a
function from the `Subject` (the message, parsed once, with whatever context is known) to hits.
The registry turns hits into `Finding`s, so a check cannot forget its id or its location.
Families live in their own modules: context (BSM1xx), content (BSM2xx), elements (BSM3xx),
style (BSM4xx). `ALL_RULES` is the one table that maps ids to rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from toolkit.model import Finding, Severity
from toolkit.rules.base import Context, Hit, Subject, locate

Check = Callable[[Subject], Iterable[Hit]]
PLACE = attrgetter("line", "column", "rule")


@dataclass(frozen=True)
class Rule:
    """A rule of the catalog: what it checks, why, an example, and the function that checks."""

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
        return [finding for _, finding in self.located(subject)]

    def located(self, subject: Subject) -> list[tuple[Hit, Finding]]:
        """Each hit with its finding, placed: the n-th hit of a needle without an offset is
        at the needle's n-th occurrence; the same place said twice is said once."""
        out: list[tuple[Hit, Finding]] = []
        counted: dict[tuple[str, str], int] = {}
        placed: set[tuple[str, str, int, int]] = set()
        places = subject.element_places
        for hit in self.check(subject):
            if hit.element is not None and hit.part == "html":  # most hits: where its tag is
                part = "html"
                where = places.get(hit.element)
                if where is None:  # an element found by several rules is placed once
                    where = places[hit.element] = subject.element_place(hit.element)
                line, column = where
            else:
                nth = 0
                if hit.needle and hit.offset is None and hit.element is None:
                    nth = counted.get((hit.part, hit.needle), 0)
                    counted[(hit.part, hit.needle)] = nth + 1
                part, line, column = locate(subject, hit, nth)
            place = (hit.message, part, line, column)
            if place in placed:
                continue
            placed.add(place)
            finding = Finding(self.id, self.name, self.severity, hit.message, part, line, column)
            out.append((hit, finding))
        return out


@dataclass(frozen=True)
class Registry:
    """The rules a check runs (each where its needs are met), in catalog order; no id twice."""

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
        """Every occurrence of every finding; one seen in both the HTML and the text part (the
        text part is mostly the HTML's text) is said once, where it is in the HTML."""
        findings: list[Finding] = []
        known = subject.known
        for rule in self.rules:
            if rule.needs <= known:
                findings += without_text_twins(rule.located(subject))
        # by place, the subject's first (a stable sort, then a stable split: no key per finding
        # made in Python)
        findings.sort(key=PLACE)
        return [f for f in findings if f.part == "subject"] + [
            f for f in findings if f.part != "subject"
        ]


def needle_key(hit: Hit) -> str | None:
    return " ".join(hit.needle.split()) if hit.needle else None


def without_text_twins(located: list[tuple[Hit, Finding]]) -> list[Finding]:
    """A rule's findings without the text-part ones that pair with one of the HTML: the n-th
    of the text part with a needle (the text found) pairs with the n-th of the HTML with that
    needle (a spelling hint is given once, so messages can differ where the word is the same),
    else with the n-th HTML one that has no needle (an element, the whole part) and its
    message."""
    if not located:  # most rules find nothing in a message
        return []
    if not any(finding.part == "text" for _, finding in located):
        return [finding for _, finding in located]  # no text part: nothing pairs
    by_needle: Counter[str] = Counter()
    by_message: Counter[str] = Counter()
    for hit, finding in located:
        if finding.part == "html":
            needle = needle_key(hit)
            if needle is not None:
                by_needle[needle] += 1
            else:  # an element, or the whole part
                by_message[finding.message] += 1
    kept = []
    for hit, finding in located:
        if finding.part == "text":
            needle = needle_key(hit)
            if needle is not None and by_needle[needle] > 0:
                by_needle[needle] -= 1
                continue
            if by_message[finding.message] > 0:
                by_message[finding.message] -= 1
                continue
        kept.append(finding)
    return kept


def default_registry() -> Registry:
    from toolkit.rules import content, context, elements, spelling, style

    return Registry(
        (*context.RULES, *content.RULES, *elements.RULES, *style.RULES, *spelling.rules())
    )


__all__ = ["Check", "Context", "Hit", "Registry", "Rule", "Subject", "default_registry"]

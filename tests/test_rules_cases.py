"""Every rule against its case file (tests/rule_cases/<ID>.toml): messages that must fail and
messages that must pass, in the nine languages for the rules that read text."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from casebook import LANGUAGES, Case, load_cases, run_case

from toolkit.pipeline import Toolkit

CASES = load_cases()
# the rules that read words: each is tested with real sentences in every supported language
TEXT_RULES = (
    "BSM104", "BSM107", "BSM108", "BSM109", "BSM110", "BSM201", "BSM202", "BSM203", "BSM204",
    "BSM205", "BSM206", "BSM305", "BSM306", "BSM309", "BSM401",
)  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}-{c.name}")
def test_case(tk: Toolkit, case: Case, tmp_path: Path) -> None:
    for form, findings in run_case(tk, case, tmp_path):
        shown = [f"{f.rule} {f.message}" for f in findings]
        if case.expect == "fail":
            assert findings, f"{case.rule} {case.name} ({form}) should fail, found nothing"
            if "contains" in case.data:
                assert any(case.data["contains"] in f.message for f in findings), shown
        else:
            assert not findings, f"{case.rule} {case.name} ({form}) should pass: {shown}"


def test_every_rule_has_failing_and_passing_cases(tk: Toolkit) -> None:
    expectations: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        expectations[case.rule].add(case.expect)
    for rule in tk.registry.rules:
        if rule.id == "BSM414":
            continue  # spelling has its own tests
        assert expectations[rule.id] == {"fail", "pass"}, f"{rule.id}: {expectations[rule.id]}"


@pytest.mark.parametrize("rule_id", TEXT_RULES)
def test_text_rules_cover_every_language(rule_id: str) -> None:
    by_expect: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        if case.rule == rule_id and case.language:
            by_expect[case.expect].add(case.language)
    for expect in ("fail", "pass"):
        missing = set(LANGUAGES) - by_expect[expect]
        assert not missing, f"{rule_id}: no {expect}ing case in {sorted(missing)}"


def test_case_names_are_unique() -> None:
    keys = [(c.rule, c.name) for c in CASES]
    assert len(keys) == len(set(keys))

"""The registry against the catalog: every rule of ../shared/spec/rules.md is registered under
its id, name and severity, every rule is documented completely, and its documented bad example
fails while its good example passes. The phrase lists every text rule reads are sound."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from casebook import CASES_DIR, LANGUAGES, Case, load_cases, run_case
from conftest import SHARED

from toolkit.model import Severity
from toolkit.pipeline import Toolkit
from toolkit.rules import Context, Rule, default_registry
from toolkit.rules.literals import required_literals
from toolkit.rules.phrases import LISTS, PhraseBook, lowered

SPEC = SHARED / "spec" / "rules.md"
BUNDLED = CASES_DIR / "catalog.toml"
SPEC_ROW = re.compile(r"^\| (BSM\d{3}) \| ([a-z-]+) \| (error|warning) \|", re.M)
NOT_YET = {"BSM414"}  # spelling: registered by its own module when it lands
RULES = default_registry().rules
CASE_FILE_DOCS = [c for c in load_cases() if "from_doc" in c.data]


def doc_cases() -> list[Case]:
    """Each rule's documented example (must fail) and good example (must pass): from its case
    file, which adds the context they need; a rule without one is run on the text alone."""
    cases = list(CASE_FILE_DOCS)
    covered = {c.rule for c in cases}
    for rule in RULES:
        if rule.id in covered:
            continue
        context = {"locale": "en-GB"} if Context.LOCALE in rule.needs else {}
        cases.append(
            Case(rule.id, "doc-example", {"from_doc": "example", "expect": "fail", **context})
        )
        cases.append(Case(rule.id, "doc-good", {"from_doc": "good", "expect": "pass", **context}))
    return cases


DOC_CASES = doc_cases()


def catalog() -> list[tuple[str, str, str]]:
    """(id, name, severity) of every rule the spec lists; the bundled copy without ../shared."""
    if SPEC.is_file():
        return SPEC_ROW.findall(SPEC.read_text(encoding="utf-8"))
    with BUNDLED.open("rb") as fh:
        return [(r["id"], r["name"], r["severity"]) for r in tomllib.load(fh)["rule"]]


def test_the_bundled_catalog_matches_the_spec() -> None:
    if not SPEC.is_file():
        pytest.skip("no ../shared/spec/rules.md here")
    with BUNDLED.open("rb") as fh:
        bundled = [(r["id"], r["name"], r["severity"]) for r in tomllib.load(fh)["rule"]]
    assert bundled == SPEC_ROW.findall(SPEC.read_text(encoding="utf-8"))


@pytest.mark.parametrize("rule_id,name,severity", catalog(), ids=lambda v: str(v))
def test_catalog_rule_is_registered(rule_id: str, name: str, severity: str) -> None:
    rule = default_registry().get(rule_id)
    if rule is None and rule_id in NOT_YET:
        pytest.skip(f"{rule_id} is not written yet")
    assert rule is not None, f"{rule_id} {name} is in the catalog but not registered"
    assert rule.name == name
    # a rule may be stricter than the catalog, never looser
    assert severity == "warning" or rule.severity is Severity.ERROR


def test_ids_are_unique_and_in_the_catalog() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    known = {rule_id for rule_id, _, _ in catalog()}
    assert set(ids) <= known, set(ids) - known


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_docs_are_complete(rule: Rule) -> None:
    assert re.fullmatch(r"BSM[1-4]\d\d", rule.id)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
    for section in ("clause", "summary", "why", "example", "good", "fix"):
        text = getattr(rule, section)
        assert isinstance(text, str) and text.strip(), f"{rule.id}: no {section}"
    assert rule.example != rule.good
    assert rule.check is not None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_its_documented_examples_as_cases(rule: Rule) -> None:
    kinds = {(c.data["from_doc"], c.expect) for c in DOC_CASES if c.rule == rule.id}
    assert kinds == {("example", "fail"), ("good", "pass")}, f"{rule.id}: {kinds}"
    if rule.needs - {Context.LOCALE}:  # order, time, ledger: only a case file can give them
        assert rule.id in {c.rule for c in CASE_FILE_DOCS}, f"{rule.id}: no case file"


@pytest.mark.parametrize("case", DOC_CASES, ids=lambda c: f"{c.rule}-{c.data['from_doc']}")
def test_documented_example_fails_and_good_passes(tk: Toolkit, case: Case, tmp_path: Path) -> None:
    for form, findings in run_case(tk, case, tmp_path):
        if case.expect == "fail":
            assert findings, f"{case.rule}'s documented example passes ({form})"
        else:
            assert not findings, f"{case.rule}'s good example fails ({form}): {findings}"


# --- the phrase lists ------------------------------------------------------------------------


def test_every_supported_language_has_phrase_lists() -> None:
    assert set(LANGUAGES) <= set(PhraseBook().languages())


@pytest.mark.parametrize("language", LANGUAGES)
def test_phrase_lists_are_complete_and_compile(language: str) -> None:
    phrases = PhraseBook().get(language)
    assert phrases is not None and phrases.language == language
    for name in LISTS:
        assert phrases.words(name), f"{language}: the {name} list is empty"
        assert phrases.pattern(name) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_phrase_entries_are_lower_case(language: str) -> None:
    """Texts are lowered before matching: an upper-case letter in an entry never matches."""
    phrases = PhraseBook().get(language)
    assert phrases is not None
    for name in LISTS:
        for entry in phrases.words(name):
            letters = re.sub(r"\\[A-Za-z]", "", entry)  # \w \W \d \s are escapes, not letters
            assert letters == letters.lower(), f"{language} {name}: {entry!r}"


CASE_TEXTS = [
    str(c.data.get(key, ""))
    for c in load_cases()
    for key in ("subject", "text", "html")
    if c.data.get(key)
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_phrase_gates_never_hide_a_match(language: str) -> None:
    """The literal gate before each scan finds what the scan alone finds, on every case text."""
    phrases = PhraseBook().get(language)
    assert phrases is not None
    for name in LISTS:
        pattern = phrases.pattern(name)
        assert pattern is not None
        for text in CASE_TEXTS:
            gated = [m.span() for m in phrases.find(name, text)]
            assert gated == [m.span() for m in pattern.finditer(lowered(text))], (name, text)


def test_literal_gates_on_sample_patterns() -> None:
    assert required_literals("discount codes?") == ("discount code",)
    assert required_literals(r"\d+ ?% off") == ("% off",)
    assert required_literals("(?:good|great) (?:review|rating)s?") == ("review", "rating")
    assert required_literals("a|b") is None
    assert required_literals(r"(?:x|\w+) y") is None
    assert required_literals("ab+cd") == ("ab",)
    assert required_literals("ab{0,2}cd") == ("cd",)

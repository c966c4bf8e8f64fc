"""The memo (toolkit/rules/memo.py) changes how fast the rules that read words are, never what
they find: a Toolkit that keeps its judgements between messages finds the same (rule, message,
part, line, column, severity, in order) as a plain one that judges every sentence afresh, on
every example type in every catalog language, on generated orders, on the evaluation set's
dev half, and whatever the order of the messages before (no state leaks between types or
languages). The memo stays bounded, and is used at all (else these tests would prove nothing).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
import sys
from functools import partial
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, ROOT, bundled_examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.model import Finding, Message
from toolkit.orders import OrderDocument, parse_document
from toolkit.pipeline import Outcome, Toolkit, check_message, render_order
from toolkit.rules.memo import Memo

KEPT = Toolkit.load(replay=False)  # one for the module: judgements kept across every test here
PLAIN = Toolkit.load(memo=False, replay=False)  # every sentence judged afresh
SMALL = Toolkit.load(replay=False)  # a memo emptied many times within one message
SMALL.memo = Memo(limit=7, recent=3)
# Hunspell gives up on a suggestion past a time limit: on a busy machine two dictionaries can
# suggest differently for the same word. Every Toolkit here asks one Spelling, whose
# suggestions are kept; its verdicts on words are what the memo's lines are made of.
PLAIN.spelling = SMALL.spelling = KEPT.spelling
HINT = re.compile(r" \(did you mean [^)]*\?\)")
EXAMPLE_DATA = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in bundled_examples()}
LOCALES = sorted(c.replace("_", "-") for c in KEPT.renderer.store.available())
NAMES = ["Lukas Weber", "Anna de Vries", "Ayşe Yılmaz", "José Ñúñez", "Zoë O'Brien-Smith"]
# the seller's own words, in several languages: new text in a message otherwise from a template
SELLER_TEXT = [
    "Which text would you like us to print on the mug?",
    "Welke tekst wilt u op de mok laten zetten? Uw bestelling is verzonden.",
    "Quel texte souhaitez-vous faire imprimer sur la tasse ?",
    "Leave a 5-star review and get a free gift card! Use code SAVE10 for 10% off.",
    "Please cancel the order yourself. Reply STOP to unsubscribe.",
    "Kupanın üzerine hangi metni basmamızı istersiniz?",
]


def seen(findings: tuple[Finding, ...] | list[Finding]) -> list[tuple[Any, ...]]:
    return [(f.rule, f.message, f.part, f.line, f.column, f.severity) for f in findings]


def without_hints(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Findings without spelling suggestions (a fresh dictionary's may differ, see above)."""
    return [(rule, HINT.sub("", message), *rest) for rule, message, *rest in found]


def document(tk: Toolkit, type_id: str, locale: str, name: str, text: str | None) -> OrderDocument:
    data = copy.deepcopy(EXAMPLE_DATA[type_id])
    data["buyer"]["locale"] = locale
    data["order"]["BuyerInfo"]["BuyerName"] = name
    if text is not None:
        for field in ("question", "text", "note"):
            if field in data["message"]:
                data["message"][field] = text
    return parse_document(data, tk.catalog, source=f"{type_id}.json", base_dir=EXAMPLES)


def outcome_of(tk: Toolkit, type_id: str, locale: str, name: str, text: str | None) -> Outcome:
    return render_order(tk, document(tk, type_id, locale, name, text), now=NOW)


def assert_same(kept: Outcome, plain: Outcome) -> None:
    assert seen(kept.findings) == seen(plain.findings)
    assert (kept.message is None) == (plain.message is None)
    if kept.message is not None and plain.message is not None:
        assert (kept.message.html, kept.message.text) == (plain.message.html, plain.message.text)


CASES = [(t, loc) for t in sorted(EXAMPLE_DATA) for loc in LOCALES]


@pytest.mark.parametrize(("type_id", "locale"), CASES)
def test_every_example_in_every_language_finds_the_same(type_id: str, locale: str) -> None:
    for i, name in enumerate(NAMES[:2]):  # the second render meets the first's judgements
        text = SELLER_TEXT[(i + len(locale)) % len(SELLER_TEXT)]
        kept = outcome_of(KEPT, type_id, locale, name, text)
        assert_same(kept, outcome_of(PLAIN, type_id, locale, name, text))
        assert_same(outcome_of(SMALL, type_id, locale, name, text), kept)
    assert len(KEPT.memo) > 0  # judgements were kept: the fast path was the one compared
    assert len(PLAIN.memo) == 0


def test_order_of_messages_changes_nothing() -> None:
    """The same messages, each judged by a fresh plain Toolkit's standard, in three orders on
    one long-lived memo: what a message finds does not depend on the types, languages or
    orders judged before it."""
    cases = [
        (t, loc, NAMES[i % len(NAMES)], SELLER_TEXT[i % len(SELLER_TEXT)])
        for i, (t, loc) in enumerate(CASES)
    ]
    expected = {case: seen(outcome_of(PLAIN, *case).findings) for case in cases}
    tk = Toolkit.load()
    shuffled = cases[:]
    random.Random(14).shuffle(shuffled)
    for order in (cases, cases[::-1], shuffled):
        for case in order:
            assert seen(outcome_of(tk, *case).findings) == expected[case], case
    assert len(tk.memo) > 0


def test_a_fresh_toolkit_per_message_finds_the_same() -> None:
    """Against no kept state at all (every cache of a new Toolkit empty): one message of each
    type, in a language of its own."""
    for i, type_id in enumerate(sorted(EXAMPLE_DATA)):
        locale = LOCALES[i % len(LOCALES)]
        case = (type_id, locale, NAMES[i % len(NAMES)], SELLER_TEXT[i % len(SELLER_TEXT)])
        fresh = outcome_of(Toolkit.load(memo=False), *case)
        kept = outcome_of(KEPT, *case)
        assert without_hints(seen(kept.findings)) == without_hints(seen(fresh.findings))
        assert kept.message == fresh.message


def load_evaluate() -> Any:
    spec = importlib.util.spec_from_file_location("bsm_evaluate", ROOT / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bsm_evaluate"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_evaluation_sets_dev_half_finds_the_same() -> None:
    evaluate = load_evaluate()
    lines = (ROOT / "evaluation" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    messages: list[Message] = [evaluate.message_for(json.loads(line)) for line in lines if line]
    assert messages
    plain = [seen(check_message(PLAIN, m)) for m in messages]
    assert any(plain)  # the set has violations: equal findings are not equal silence
    for order in (range(len(messages)), reversed(range(len(messages)))):
        for i in order:
            assert seen(check_message(KEPT, messages[i])) == plain[i], lines[i][:80]


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40
).filter(str.strip)
words = st.lists(
    st.sampled_from(
        [*(w for t in SELLER_TEXT for w in t.split()), "\n", "\n\n", ".", "?", ",", "«", "»",
         "302-1234567-7654321", "https://example.com/x", "İstanbul", "ΣΟΦΟΣ", "l'", "y", "a"]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    type_id=st.sampled_from(sorted(EXAMPLE_DATA)),
    locale=st.sampled_from(LOCALES),
    name=st.one_of(names, st.sampled_from(NAMES)),
    text=st.one_of(st.none(), words, names),
)
def test_generated_orders_find_the_same(
    type_id: str, locale: str, name: str, text: str | None
) -> None:
    try:
        doc = document(PLAIN, type_id, locale, name, text)
    except InputError:  # an order the reader refuses never reaches the rules
        return
    kept, plain = render_order(KEPT, doc, now=NOW), render_order(PLAIN, doc, now=NOW)
    assert_same(kept, plain)
    if plain.message is not None:  # `bsm check` on what was rendered, with and without context
        for context in ({"doc": doc, "now": NOW}, {}):
            found = check_message(KEPT, plain.message, **context)  # type: ignore[arg-type]
            assert seen(found) == seen(check_message(PLAIN, plain.message, **context))  # type: ignore[arg-type]


def test_the_memo_is_bounded_and_a_disabled_one_keeps_nothing() -> None:
    memo = Memo(limit=3)
    computed: list[int] = []

    def double(n: int) -> int:
        computed.append(n)
        return n * 2

    for i in range(10):
        assert memo.recall(("n", i), partial(double, i)) == i * 2
        assert len(memo) <= 3
    assert memo.recall(("n", 9), lambda: -1) == 18  # kept: not computed again
    assert computed == list(range(10))
    assert memo.recall(("none",), lambda: None) is None  # None is a value kept like any other
    assert memo.recall(("none",), lambda: 1) is None
    off = Memo(limit=0)
    assert [off.recall("k", partial(int, n)) for n in (1, 2)] == [1, 2]
    assert len(off) == 0
    assert Toolkit.load(memo=False).memo.limit == 0

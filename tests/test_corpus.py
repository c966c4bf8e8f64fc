"""`bsm check` on e-mail HTML nobody here wrote: ../shared/corpus/public/ (transactional
templates from public repositories, not Amazon messages). It never crashes, what it finds is
what is there, and the fixed versions leave only what a person must decide."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from toolkit.fix import fix_source
from toolkit.model import Finding
from toolkit.pipeline import Toolkit, check_message
from toolkit.reader import AttachmentKinds, Source, load_attachment_kinds, read_file

CORPUS = SHARED / "corpus" / "public"
FILES = sorted(CORPUS.rglob("*.html")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="no ../shared/corpus/public here")

# what each family breaks, by the rules of its genre (read from the files)
EXPECTED = {
    "leemunroe/email.html": {"BSM301", "BSM302", "BSM305", "BSM401"},  # http links, Unsubscribe
    "mailgun/alert.html": {"BSM301", "BSM302", "BSM305"},
    "mailgun/billing.html": {"BSM301", "BSM308", "BSM410"},  # mailto:, five font sizes
    "postmark/receipt.plain.inlined.html": {"BSM203", "BSM302", "BSM410"},  # "10% off", coupon
    "postmark/welcome.plain.inlined.html": {"BSM302", "BSM308", "BSM410"},
}
STYLE = {"BSM407", "BSM408", "BSM409", "BSM411"}  # every template sets fonts, colours, alignment
# none of these is in the corpus: a finding of them would be a false alarm
NEVER = {"BSM104", "BSM202", "BSM204", "BSM205", "BSM206", "BSM306", "BSM309", "BSM403", "BSM404"}


@pytest.fixture(scope="module")
def kinds() -> AttachmentKinds:
    return load_attachment_kinds()


def name(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def check(tk: Toolkit, source: Source) -> list[Finding]:
    return check_message(tk, source.message, image_bytes=dict(source.image_bytes))


@pytest.mark.parametrize("path", FILES, ids=name)
def test_findings_are_sensible(tk: Toolkit, kinds: AttachmentKinds, path: Path) -> None:
    found = check(tk, read_file(path, kinds))
    rules = {f.rule for f in found}
    assert "BSM102" in rules  # no Amazon order number: none of these is an Amazon message
    assert rules >= STYLE
    assert not rules & NEVER, [f"{f.rule} {f.message}" for f in found if f.rule in NEVER]
    assert name(path) not in EXPECTED or EXPECTED[name(path)] <= rules
    lines = path.read_text(encoding="utf-8").count("\n") + 1
    assert all(1 <= f.line <= lines and f.column >= 1 for f in found)


@pytest.mark.parametrize("path", FILES, ids=name)
def test_fixed_leaves_only_what_a_person_decides(
    tk: Toolkit, kinds: AttachmentKinds, path: Path
) -> None:
    fixed = fix_source(read_file(path, kinds), tk.policy, tk.detectors, kinds)
    assert fixed.changes
    left = check(tk, fixed.source)
    automatic = {r.id for r in tk.registry.rules if r.fixable}
    assert not {f.rule for f in left} & automatic, [f"{f.rule} {f.message}" for f in left]
    before = {f.rule for f in check(tk, read_file(path, kinds))} - automatic
    assert {f.rule for f in left} == before  # what a person decides is still said, unchanged
    again = fix_source(fixed.source, tk.policy, tk.detectors, kinds)
    assert again.content == fixed.content


def test_the_corpus_is_all_read() -> None:
    assert len(FILES) >= 20

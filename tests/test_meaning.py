"""The meaning rules read sentences: where they are, what they say, and data kept in step."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from toolkit.model import Message
from toolkit.pipeline import Toolkit, check_message
from toolkit.rules.meaning import CONCEPTS_DIR, ConceptBook, compile_lexicon, sentences_of

ROOT = Path(__file__).resolve().parent.parent


def test_sentences_keep_their_offsets_and_paragraphs() -> None:
    text = "Dear Ann,\n\nYour parcel left today. It is with DHL!\n\nKind regards"
    units = list(sentences_of(text))
    assert [u.text for u in units] == [
        "Dear Ann,",
        "Your parcel left today.",
        "It is with DHL!",
        "Kind regards",
    ]
    assert [u.paragraph for u in units] == [0, 1, 1, 2]
    assert all(text[u.start : u.start + len(u.text)] == u.text for u in units)


def test_a_parenthesis_is_an_aside_its_clause_goes_on_after() -> None:
    lexicon = ConceptBook().get("nl")
    assert lexicon is not None
    r = lexicon.read("Door de sneeuw wordt uw set (bestelling 1) pas dinsdag verstuurd, sorry.")
    clause = dict(zip(r.words, r.clause_of, strict=True))
    assert clause["wordt"] == clause["verstuurd"] != clause["bestelling"]
    assert clause["sorry"] not in (clause["wordt"], clause["bestelling"])


def test_a_finding_names_its_sentence_and_where_it_is(tk: Toolkit) -> None:
    text = "Sehr geehrte Frau Lange,\n\nIhr Paket hat heute unser Lager verlassen.\n\nGrüße"
    message = Message("fulfillment-question", "de-DE", "Bestellung", "", text, ())
    found = [f for f in check_message(tk, message) if f.rule == "BSM201"]
    assert len(found) == 1
    assert found[0].message.startswith('"Ihr Paket hat heute unser Lager verlassen." states')
    assert (found[0].part, found[0].line, found[0].column) == ("text", 3, 1)


def test_every_language_has_the_concepts_the_judges_ask_for() -> None:
    book = ConceptBook()
    english = book.get("en")
    assert english is not None
    wanted = {c for concepts in english.forms.values() for c in concepts}
    for language in book.languages:
        lexicon = book.get(language)
        assert lexicon is not None
        have = {c for concepts in lexicon.forms.values() for c in concepts}
        have |= {c for table in lexicon.prefixes.values() for cs in table.values() for c in cs}
        have |= {c for table in lexicon.suffixes.values() for cs in table.values() for c in cs}
        have |= {c for seqs in lexicon.phrases.values() for _, c in seqs}
        assert not wanted - have, (language, sorted(wanted - have))


def test_no_concept_lists_an_entry_twice() -> None:
    """A word or phrase added again, by hand or by a script, hides what a list really holds."""
    import tomllib

    for path in sorted(CONCEPTS_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for concept, entries in data.items():
            if not isinstance(entries, dict):
                continue  # a file's own settings ("apostrophe_names")
            for kind, items in entries.items():
                repeated = sorted({x for x in items if items.count(x) > 1})
                assert not repeated, (path.name, concept, kind, repeated)


def test_a_prefix_does_not_catch_the_words_it_is_told_to_leave() -> None:
    data = {
        "change": {"prefixes": ["düzenle"], "forms": ["düzenleyicinin"],
                   "unless_prefixed": ["düzenleyici"]},
        "thing": {"prefixes": ["düzenleyici"]},
    }  # fmt: skip
    lexicon = compile_lexicon("tr", data, {})
    assert lexicon.word_concepts("düzenleyin") == {"change"}  # edit it: still the verb
    assert lexicon.word_concepts("düzenleyici") == {"thing"}  # an organiser
    assert lexicon.word_concepts("düzenleyicisi") == {"thing"}  # and its forms
    assert lexicon.word_concepts("düzenleyicinin") == {"change", "thing"}  # listed as a form


@pytest.mark.skipif(importlib.util.find_spec("simplemma") is None, reason="simplemma absent")
def test_the_generated_forms_are_up_to_date() -> None:
    """data/concepts/forms/<lang>.json is what scripts/build_concepts.py writes (English: the
    smallest dictionary to load; the others are built the same way)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_concepts
    finally:
        sys.path.pop(0)
    built = build_concepts.expand("en", build_concepts.lemma_sets(CONCEPTS_DIR / "en.toml"))
    stored = json.loads((CONCEPTS_DIR / "forms" / "en.json").read_text("utf-8"))
    assert built == stored

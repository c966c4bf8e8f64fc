"""Write every inflected form of the concept lexicons' lemmas (toolkit/data/concepts/forms).

Usage (from the repository root)::

    .venv/bin/python scripts/build_concepts.py          # every language
    .venv/bin/python scripts/build_concepts.py de tr    # some

simplemma's dictionaries map each word form to its lemma; read backwards, they give every
form of a lemma ("paczka": "paczki", "paczkę", "paczce" ...). Checking a message then needs
one dictionary lookup per word, and no lemmatiser (loading one language's dictionary takes a
second or more). Run it again after changing a `lemmas` list; a test checks the files agree.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONCEPTS = ROOT / "toolkit" / "data" / "concepts"


def lemma_sets(path: Path) -> dict[str, set[str]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {
        concept: {w.lower() for w in entries.get("lemmas", ()) if " " not in w}
        for concept, entries in data.items()
        if isinstance(entries, dict) and entries.get("lemmas")
    }


def expand(language: str, lemmas: dict[str, set[str]]) -> dict[str, list[str]]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(language)
    wanted: dict[str, set[str]] = {}
    for concept, words in lemmas.items():
        for word in words:
            wanted.setdefault(word, set()).add(concept)
    forms: dict[str, set[str]] = {concept: set() for concept in lemmas}
    for form in dictionary:
        lemma = dictionary[form].lower()
        if lemma in wanted and form.lower() != lemma and " " not in form:
            for concept in wanted[lemma]:
                forms[concept].add(form.lower())
    return {concept: sorted(found) for concept, found in sorted(forms.items()) if found}


def main(argv: list[str]) -> int:
    languages = argv or sorted(p.stem for p in CONCEPTS.glob("*.toml"))
    out_dir = CONCEPTS / "forms"
    out_dir.mkdir(exist_ok=True)
    for language in languages:
        forms = expand(language, lemma_sets(CONCEPTS / f"{language}.toml"))
        text = json.dumps(forms, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
        (out_dir / f"{language}.json").write_text(text, encoding="utf-8")
        print(f"{language}: {sum(len(f) for f in forms.values())} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

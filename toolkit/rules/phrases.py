"""Phrase and word lists per language (data/phrases/<lang>.toml), compiled once per language.

Every entry is a regular expression matched case-insensitively as whole words. A list named in
`PAIRED` only counts in a sentence that also has a word from its partner list (an incentive is
only a problem next to a review).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.policy import DATA_DIR

PHRASES_DIR = DATA_DIR / "phrases"
LISTS = (
    "stopwords", "greeting", "closing", "important_tag", "adjustment", "cancel_request",
    "return_information", "partial_refund", "order_confirmation", "thanks", "marketing",
    "review_words", "incentive", "review_change", "conditional_review", "opt_out", "sensitive",
    "non_descriptive_links", "phone_allowed_context", "logo_words", "related_image_words",
)  # fmt: skip
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True)
class Phrases:
    language: str
    lists: dict[str, tuple[str, ...]]
    _compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict, repr=False)

    def pattern(self, name: str) -> re.Pattern[str] | None:
        if name not in self._compiled:
            entries = self.lists.get(name, ())
            self._compiled[name] = (
                re.compile(r"(?<!\w)(?:" + "|".join(entries) + r")(?!\w)", re.IGNORECASE)
                if entries
                else None
            )
        return self._compiled[name]

    def find(self, name: str, text: str) -> Iterator[re.Match[str]]:
        pattern = self.pattern(name)
        if pattern is not None:
            yield from pattern.finditer(text)

    def first(self, name: str, text: str) -> re.Match[str] | None:
        return next(self.find(name, text), None)

    def words(self, name: str) -> tuple[str, ...]:
        return self.lists.get(name, ())


def sentences(text: str) -> Iterator[tuple[int, str]]:
    for match in SENTENCE.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


@dataclass
class PhraseBook:
    """Every shipped language's phrases; each file read once."""

    root: Path = PHRASES_DIR
    _loaded: dict[str, Phrases] = field(default_factory=dict, repr=False)

    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(p.stem for p in self.root.glob("*.toml")))

    def get(self, language: str) -> Phrases | None:
        if language not in self._loaded:
            path = self.root / f"{language}.toml"
            if not path.is_file():
                return None
            with path.open("rb") as fh:
                data = tomllib.load(fh)
            unknown = set(data) - set(LISTS) - {"language"}
            if unknown:
                raise ValueError(f"{path}: unknown lists {sorted(unknown)}")
            self._loaded[language] = Phrases(
                language, {name: tuple(data.get(name, ())) for name in LISTS}
            )
        return self._loaded[language]

    def for_language(self, language: str | None) -> tuple[Phrases, ...]:
        """The buyer's language's phrases, or every language's when it is not known."""
        if language is not None:
            found = self.get(language)
            if found is not None:
                return (found,)
        return tuple(p for p in (self.get(lang) for lang in self.languages()) if p)

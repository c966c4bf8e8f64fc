"""Phrase and word lists per language (data/phrases/<lang>.toml), compiled once per language.

Every entry is a regular expression matched case-insensitively as whole words. A list named in
`PAIRED` only counts in a sentence that also has a word from its partner list (an incentive is
only a problem next to a review).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache, read_toml
from toolkit.rules import literals
from toolkit.rules.literals import list_gate
from toolkit.rules.meaning import ConceptBook, lowered

PHRASES_DIR = data_dir() / "phrases"
FOREIGN_WORDS = "foreign_words.toml"  # beside the phrases: languages the toolkit does not write
LISTS = (
    "stopwords", "greeting", "closing", "important_tag", "adjustment", "cancel_request",
    "return_information", "partial_refund", "order_confirmation", "thanks", "marketing",
    "review_words", "incentive", "review_change", "conditional_review", "opt_out", "sensitive",
    "sensitive_everywhere", "non_descriptive_links", "phone_allowed_context", "logo_words",
    "related_image_words",
)  # fmt: skip
WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS_FOR_LANGUAGE = 6  # fewer words than this: too short to tell the language
LOWERED_KEPT = 8  # texts whose lowered form is kept: a message's subject, HTML text, text part
MIN_STOPWORD_SHARE = 0.12  # a language's common words must make up this share of the text
MIN_SHORT_WORDS = 3  # a seller's field this short is still judged, on its common words alone
SHORT_EVIDENCE = 2  # common words of the other language a short field needs
MIN_EVIDENCE = 3  # telling words of another language a longer text needs
MIN_TELLING_SHARE = 0.2  # ... making up this share of its words
ELISION = "'’"
NUMBER_LABEL = re.compile(r"[.:][ \t]?\d")  # "No: 8", "Nr. 12", "n.5": a field's label, no word
OTHER_MARGIN = 2  # ... and this many times the expected language's
# a common word against the expected language: its own?, the others it tells, the others lacking it
Contrast = tuple[bool, tuple[str, ...], tuple[str, ...]]


@dataclass
class Phrases:
    """Entries are lower case; texts are lowered once and matched case-sensitively, which is
    two to three times faster than re.IGNORECASE over long alternations.

    A cache holder, so not frozen: each list's pattern and gate is compiled on first use and
    the last few lowered texts are kept, all here, on the PhraseBook's object for the language.
    """

    language: str
    lists: dict[str, tuple[str, ...]]
    _compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict, repr=False)
    _lowered: dict[str, str] = field(default_factory=dict, repr=False)
    _gates: dict[str, tuple[str, ...] | None] = field(default_factory=dict, repr=False)

    def pattern(self, name: str) -> re.Pattern[str] | None:
        if name not in self._compiled:
            entries = self.lists.get(name, ())
            self._compiled[name] = (
                re.compile(r"(?<!\w)(?:" + "|".join(entries) + r")(?!\w)") if entries else None
            )
        return self._compiled[name]

    def lower(self, text: str) -> str:
        """The lowered text, kept for the few texts of the message being checked."""
        low = self._lowered.get(text)
        if low is None:  # a local value: another thread may clear the dict meanwhile
            low = lowered(text)
            if len(self._lowered) >= LOWERED_KEPT:
                self._lowered.clear()
            self._lowered[text] = low
        return low

    def gate(self, name: str) -> tuple[str, ...] | None:
        """Plain strings one of which a text must hold to match the list (None: scan always)."""
        if name not in self._gates:
            self._gates[name] = list_gate(self.lists.get(name, ()))
        return self._gates[name]

    def find(self, name: str, text: str) -> Iterator[re.Match[str]]:
        if not self.lists.get(name):
            return
        low = self.lower(text)
        gate = self.gate(name)
        if gate is None or any(literal in low for literal in gate):
            pattern = self.pattern(name)  # compiled when a text first passes its gate
            assert pattern is not None
            yield from pattern.finditer(low)

    def first(self, name: str, text: str) -> re.Match[str] | None:
        return next(self.find(name, text), None)

    def words(self, name: str) -> tuple[str, ...]:
        return self.lists.get(name, ())

    @cached_property
    def stopword_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.words("stopwords"))


def read_phrases(language: str, path: Path, *, gates: bool = False) -> Phrases:
    """A language's phrase lists; `gates`: each list's gate worked out now, to be kept with
    them (in the cache: no later process works them out again)."""
    data = read_toml(path)
    unknown = set(data) - set(LISTS) - {"language"}
    if unknown:
        raise ValueError(f"{path}: unknown lists {sorted(unknown)}")
    phrases = Phrases(language, {name: tuple(data.get(name, ())) for name in LISTS})
    for name in LISTS if gates else ():
        phrases.gate(name)
    return phrases


@dataclass
class PhraseBook:
    """Every shipped language's phrases; each file read once."""

    root: Path = PHRASES_DIR
    # each language's lists (and concepts) as the last process read them (BSM_CACHE_DIR)
    cache: RenderCache = field(default_factory=lambda: RenderCache(None), repr=False)
    _loaded: dict[str, Phrases] = field(default_factory=dict, repr=False)
    _contrasts: dict[str, dict[str, Contrast]] = field(default_factory=dict, repr=False)

    @cached_property
    def _languages(self) -> tuple[str, ...]:
        return tuple(sorted(p.stem for p in self.root.glob("*.toml")))

    def languages(self) -> tuple[str, ...]:
        return self._languages  # listed once: every check asks

    @cached_property
    def concepts(self) -> ConceptBook:
        """What sentences say, per language (data/concepts): the meaning rules read it."""
        return ConceptBook(cache=self.cache)

    def get(self, language: str) -> Phrases | None:
        if language not in self._loaded:
            path = self.root / f"{language}.toml"
            if not path.is_file():
                return None
            kept = self.cache.folder is not None
            self._loaded[language] = self.cache.kept_object(
                "phrases", (path, __file__, literals.__file__), Phrases,
                lambda: read_phrases(language, path, gates=kept),
            )  # fmt: skip
        return self._loaded[language]

    def for_language(self, language: str | None) -> tuple[Phrases, ...]:
        """The buyer's language's phrases, or every language's when it is not known."""
        if language is not None:
            found = self.get(language)
            if found is not None:
                return (found,)
        return tuple(p for p in (self.get(lang) for lang in self.languages()) if p)

    def detect(self, text: str) -> str | None:
        """The language whose common words dominate `text`, or None when too short to tell."""
        words = WORD.findall(text.lower())
        if len(words) < MIN_WORDS_FOR_LANGUAGE:
            return None
        index = self._stopword_index
        counts: dict[str, int] = {}
        for word, times in Counter(words).items():  # each distinct word looked up once
            for language in index.get(word, ()):
                counts[language] = counts.get(language, 0) + times
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        best, hits = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == hits:
            return None  # as common in two languages: the words cannot tell them apart
        return best if hits / len(words) >= MIN_STOPWORD_SHARE else None

    def other_language(self, text: str, expected: str, *, short: bool = False) -> str | None:
        """The language `text` is clearly written in, if not `expected`; else None.

        Only words that tell the two apart count: a common word of the other language that
        is not one of the expected language's ("par", "et", "sous" for French against Spanish;
        "de", "la", "en" are both). An elided letter ("l'", "s'") tells nothing, nor does the
        label of a number ("Vergi No: 62", "Sicil No. 9876": no Spanish "no"). A `short`
        text (a seller's field) is judged from three words on: two telling words and none of
        the expected language ("Livraison et montage à domicile").
        """
        low = lowered(text)
        words = [
            m.group()
            for m in WORD.finditer(low)
            if (len(m.group()) > 1 or low[m.end() : m.end() + 1] not in ELISION)
            and not NUMBER_LABEL.match(low, m.end())
        ]
        least = MIN_SHORT_WORDS if short else MIN_WORDS_FOR_LANGUAGE
        if len(words) < least:
            return None
        own = 0  # the expected language's common words, shared or not
        telling: dict[str, int] = {}  # language -> its words the expected language lacks
        against: dict[str, int] = {}  # language -> the expected language's words it lacks
        contrast = self.contrast(expected)
        for word, times in Counter(words).items():
            found = contrast.get(word)
            if found is None:  # no language's common word: tells nothing
                continue
            is_own, tells, lacks = found
            if is_own:
                own += times
            for language in tells:
                telling[language] = telling.get(language, 0) + times
            for language in lacks:
                against[language] = against.get(language, 0) + times
        if not telling:
            return None
        ranked = sorted(telling.items(), key=lambda item: (-item[1], item[0]))
        best, hits = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == hits:
            return None
        if len(words) < MIN_WORDS_FOR_LANGUAGE:
            return best if hits >= SHORT_EVIDENCE and own == 0 else None
        clear = hits >= MIN_EVIDENCE and hits >= OTHER_MARGIN * against.get(best, 0) + 1
        return best if clear and hits / len(words) >= MIN_TELLING_SHARE else None

    def contrast(self, expected: str) -> dict[str, Contrast]:
        """Each common word against `expected`: built once per language, not per word and
        language of every text checked."""
        table = self._contrasts.get(expected)
        if table is None:
            others = [
                lang for lang in (*self.languages(), *self._foreign_words) if lang != expected
            ]
            table = {}
            for word, languages in self._stopword_index.items():
                own = expected in languages
                tells = () if own else tuple(lang for lang in others if lang in languages)
                lacks = tuple(lang for lang in others if lang not in languages) if own else ()
                table[word] = (own, tells, lacks)
            self._contrasts[expected] = table
        return table

    @cached_property
    def _stopword_index(self) -> dict[str, tuple[str, ...]]:
        """word -> the languages that count it common: one lookup per word, not per language
        (the nine, and those the toolkit writes nothing in: data/foreign_words.toml)."""
        index: dict[str, list[str]] = {}
        for phrases in self.for_language(None):
            for word in phrases.stopword_set:
                index.setdefault(word, []).append(phrases.language)
        for language, words in self._foreign_words.items():
            for word in words:
                index.setdefault(word, []).append(language)
        return {word: tuple(langs) for word, langs in index.items()}

    @cached_property
    def _foreign_words(self) -> dict[str, frozenset[str]]:
        data = read_toml(self.root.parent / FOREIGN_WORDS)
        return {lang: frozenset(w.lower() for w in t["words"]) for lang, t in data.items()}

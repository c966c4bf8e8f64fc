"""What a sentence says: words read as concepts, per language (data/concepts/<lang>.toml).

The rules that read words judge sentences, not phrases: a sentence is cut into words, each word
is looked up (its form, a known prefix or suffix, or the start of a listed word sequence) and
read as the concepts it stands for ("shipment", "dispatched", "review", "benefit", "negation").
A rule then asks which concepts a sentence or one of its clauses holds, and where.

A concept's `lemmas` are its dictionary words; `scripts/build_concepts.py` writes every form
simplemma's dictionary knows of them to data/concepts/forms/<lang>.json, so that "paczkę" is a
"paczka" and "siparişinizi" a "sipariş" without loading a lemmatiser when a message is checked
(simplemma's dictionaries take seconds to load). `forms` are exact words (a participle, not
its verb: "shipped" says done, "ship" does not), `prefixes` and `suffixes` catch compounds and
endings, `unless_prefixed` the words a concept's prefixes must not catch (and the words that
start with them: "düzenleyici", an organiser, is no "düzenle-", edit), `phrases` are word
sequences (a word ending in "*" is a prefix).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from toolkit.detect import URL, may_hold_url
from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache, read_toml
from toolkit.rules.memo import remember

CONCEPTS_DIR = data_dir() / "concepts"
ENTRY_KINDS = frozenset({"lemmas", "forms", "prefixes", "unless_prefixed", "suffixes", "phrases"})
WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|%|\?")  # "l'ordine": two words; "e-mail": one
# a sentence ends at its mark, a line's end, or a pictograph standing for one ("yola çıkacak 🙏
# Sabrınız için teşekkürler")
UNIT_END = re.compile(r"(?:[.!?\u2600-\u27bf\U0001f300-\U0001faff]+(?=\s|$)|\n\s*)")
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")  # the letter the next word starts with
CLAUSE_END = re.compile(r"[;()–—]|\s-\s|(?<![\d.])[,:](?!\s?\d)")  # not "18:00", "89,95",
# "am Montag, 16.12., verschickt": a number's comma or colon ends no clause
PARAGRAPH = re.compile(r"\n[ \t]*\n")
LINE_END = re.compile(r"\n")
READINGS_KEPT = 512  # sentences whose reading is kept: a few messages' worth
WORDS_KEPT = 8192
SUFFIX_MARK = re.compile(r"['’][^\W\d_]")  # "Kargo'ya": a suffix set off from a name
QUOTATION = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»')
NEGATION = frozenset({"negation"})
NAME_WORDS = 4  # "Mavi Çini Sanat Atölyesi'nden"
NAME_CONCEPTS = frozenset({"carrier", "shipment"})  # "Yurtiçi Kargo'ya": who carries is news
# a phrase's words (a word ending in "*" is a prefix) and the concept it stands for
Phrase = tuple[tuple[str, ...], str]


@dataclass(frozen=True)
class Unit:
    """A sentence of a text: where it starts, its words as written, its paragraph."""

    start: int
    text: str
    paragraph: int


def sentences_of(text: str, blocks: frozenset[int] | None = None) -> Iterator[Unit]:
    """The sentences of a text (a line break ends one too), with their paragraph's number: a
    blank line starts a paragraph, or (`blocks`: an HTML's text, one block a line) each line
    of `blocks` (0-based) does."""
    paragraph, pos = 0, 0
    breaks = (
        [m.end() for m in PARAGRAPH.finditer(text)]
        if blocks is None
        else [m.end() for k, m in enumerate(LINE_END.finditer(text), 1) if k in blocks]
    )
    ends = [m.end() for m in UNIT_END.finditer(text) if not date_dot(text, m)]
    for end in [*ends, len(text)]:
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped[0])
            while breaks and breaks[0] <= start:
                breaks.pop(0)
                paragraph += 1
            yield Unit(start, stripped, paragraph)
        pos = end


def date_dot(text: str, end: re.Match[str]) -> bool:
    """A number's dot before a word in lower case ends no sentence: "am 03.12. um 14:12 Uhr
    zugestellt", "den 4. december"."""
    if end.group() != "." or not text[end.start() - 1 : end.start()].isdigit():
        return False
    after = NEXT_WORD.match(text, end.end())
    return after is not None and after.group(1).islower()


ASKS = "?"  # in a paragraph's concepts: a sentence of it asks the buyer something (no offer of
# help: "Any questions? Just reply" asks nothing)


@dataclass(frozen=True)
class Reading:
    """A sentence read: its words (lower case), the concepts of each, and its clauses."""

    words: tuple[str, ...]
    concepts: tuple[frozenset[str], ...]
    clause_of: tuple[int, ...]  # the clause each word is in
    question: bool
    shouted: frozenset[int] = frozenset()  # words written in capitals ("reply STOP")
    capitals: frozenset[int] = frozenset()  # words that start with a capital ("Yeni Mah.")
    # built once from `concepts`: every judge asks has/where of each sentence many times
    present: frozenset[str] = field(init=False, repr=False, compare=False)
    at: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        at: dict[str, list[int]] = {}
        for i, concepts in enumerate(self.concepts):
            for concept in concepts:
                at.setdefault(concept, []).append(i)
        object.__setattr__(self, "present", frozenset(at))
        object.__setattr__(self, "at", {c: tuple(found) for c, found in at.items()})

    def has(self, concept: str) -> bool:
        return concept in self.present

    def where(self, concept: str) -> list[int]:
        return list(self.at.get(concept, ()))

    def first(self, concept: str) -> int | None:
        found = self.at.get(concept)
        return found[0] if found else None

    def word_of(self, concept: str) -> str:
        i = self.first(concept)
        return self.words[i] if i is not None else ""

    def in_clause(self, concept: str, index: int) -> bool:
        clause = self.clause_of[index]
        return any(
            concept in c for c, k in zip(self.concepts, self.clause_of, strict=True) if k == clause
        )

    def before(self, concept: str, index: int, reach: int) -> bool:
        """`concept` among the `reach` words before `index`, in the same clause (its own loop:
        judges ask it most, and `within`'s bounds cost it a third more)."""
        clause = self.clause_of[index]
        for i in range(max(0, index - reach), index):
            if self.clause_of[i] == clause and concept in self.concepts[i]:
                return True
        return False

    def within(self, concept: str, index: int, before: int, after: int) -> bool:
        """`concept` among the `before` words before `index` or the `after` words after it, in
        the same clause."""
        clause = self.clause_of[index]
        last = min(len(self.words), index + after + 1)
        for i in range(max(0, index - before), last):
            if i != index and self.clause_of[i] == clause and concept in self.concepts[i]:
                return True
        return False


@dataclass
class Lexicon:
    """One language's concepts, compiled to lookups; a cache holder (words and readings)."""

    language: str
    forms: dict[str, frozenset[str]]
    prefixes: dict[int, dict[str, frozenset[str]]]
    suffixes: dict[int, dict[str, frozenset[str]]]
    phrases: dict[str, tuple[Phrase, ...]]  # first word -> (words, concept)
    # Turkish sets a name's suffix off with an apostrophe ("Yıldız Elektronik'ten"): the
    # capitalised words before it are a name, not what its words say (a star, a gift)
    apostrophe_names: bool = False
    # ...but a word with a possessive ending is the buyer's or the shop's thing, no name
    # ("Değerlendirmeniz Amazon'da yayınlandığında": your review, on Amazon)
    not_name_endings: tuple[str, ...] = ()
    # concept -> the starts of words its prefixes do not catch
    unless_prefixed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _readings: dict[str, Reading] = field(default_factory=dict, repr=False)
    # first word -> its phrases by their second word (a plain one), and the others: a sentence's
    # next word picks the few that can match (a common first word starts dozens)
    _by_next: dict[str, tuple[dict[str, list[Phrase]], list[Phrase]]] = field(
        default_factory=dict, repr=False
    )

    def word_concepts(self, word: str) -> frozenset[str]:
        found = self._words.get(word)
        if found is None:
            found = remember(self._words, WORDS_KEPT, word, partial(self._concepts, word))
        return found

    def _concepts(self, word: str) -> frozenset[str]:
        exact = self.forms.get(word, frozenset())
        found = exact
        for length, table in self.prefixes.items():
            if len(word) >= length:
                found |= table.get(word[:length], frozenset())
        for concept, starts in self.unless_prefixed.items():
            if concept in found and concept not in exact and word.startswith(starts):
                found -= {concept}
        for length, table in self.suffixes.items():
            if len(word) > length:
                found |= table.get(word[-length:], frozenset())
        return found

    def read(self, sentence: str) -> Reading:
        reading = self._readings.get(sentence)
        if reading is None:
            reading = remember(
                self._readings, READINGS_KEPT, sentence, partial(self._read, sentence)
            )
        return reading

    def _phrases_from(self, word: str) -> tuple[dict[str, list[Phrase]], list[Phrase]]:
        """The phrases that start with `word`: by their second word when it is a plain one,
        and the others (one word long, or a prefix second)."""
        found = self._by_next.get(word)
        if found is None:
            by_next: dict[str, list[Phrase]] = {}
            others: list[Phrase] = []
            for sequence, concept in self.phrases.get(word, ()):
                if len(sequence) > 1 and not sequence[1].endswith("*"):
                    by_next.setdefault(sequence[1], []).append((sequence, concept))
                else:
                    others.append((sequence, concept))
            found = self._by_next[word] = (by_next, others)
        return found

    def _read(self, sentence: str) -> Reading:
        words: list[str] = []
        clause_of: list[int] = []
        shouted: set[int] = set()
        capitals: set[int] = set()
        suffixed: list[int] = []  # capitalised words a suffix follows ("Elektronik'ten")
        quotes = [m.span() for m in QUOTATION.finditer(sentence)]
        # a link's address says nothing in words ("/hilfe/wetterstation-einrichten"): the text
        # part writes it out where the HTML has only its text
        addresses = [m.span() for m in URL.finditer(sentence)] if may_hold_url(sentence) else []
        quoted: list[int] = []  # words of a quotation ('mit dem Grund "nicht auf Lager"')
        # where the clauses end, found in one scan: each mark lies between two words, so a
        # clause ends before a word when a mark starts after the word before it
        marks = [(m.start(), m.group()) for m in CLAUSE_END.finditer(sentence)]
        clause, made, pos, mark = 0, 0, 0, 0
        asides: list[int] = []  # the clauses a parenthesis interrupts
        for m in WORD.finditer(sentence):
            while mark < len(marks) and marks[mark][0] < pos:
                mark += 1
            while mark < len(marks) and marks[mark][0] < m.start():
                if marks[mark][1] == "(":
                    asides.append(clause)
                if marks[mark][1] == ")" and asides:
                    clause = asides.pop()  # "wordt uw set (bestelling ...) pas dinsdag verstuurd"
                else:
                    made += 1
                    clause = made
                mark += 1
            pos = m.end()
            if addresses and any(a <= m.start() < b for a, b in addresses):
                continue
            written = m.group()
            word = lowered(written)  # "İyi" reads "iyi" (str.lower would add a combining dot)
            if word == "?":
                continue
            if len(word) >= 2 and written.isupper():
                shouted.add(len(words))
            if written[0].isupper():
                capitals.add(len(words))
                if SUFFIX_MARK.match(sentence, m.end()):
                    suffixed.append(len(words))
            if quotes and any(a < m.start() < b for a, b in quotes):
                quoted.append(len(words))
            words.append(word)
            clause_of.append(clause)
        concepts = [self.word_concepts(w) for w in words]
        if self.apostrophe_names:
            for k in name_words(suffixed, capitals, shouted, clause_of):
                if k in suffixed or not words[k].endswith(self.not_name_endings):
                    concepts[k] = concepts[k] & NAME_CONCEPTS
        for k in quoted:  # a quotation's "not" is the quoted text's, not the sentence's
            concepts[k] = concepts[k] - NEGATION
        phrases = self.phrases
        for i, word in enumerate(words):
            if word not in phrases:
                continue
            by_next, others = self._phrases_from(word)
            found = by_next.get(words[i + 1]) if i + 1 < len(words) else None
            for sequence, concept in others if found is None else [*others, *found]:
                if matches_at(words, i, sequence):
                    for k in range(i, i + len(sequence)):
                        concepts[k] = concepts[k] | {concept}
        return Reading(
            tuple(words),
            tuple(concepts),
            tuple(clause_of),
            "?" in sentence,
            frozenset(shouted),
            frozenset(capitals),
        )


def name_words(
    suffixed: list[int], capitals: set[int], shouted: set[int], clause_of: list[int]
) -> set[int]:
    """The words of each name a suffix follows: that word and the capitalised ones right
    before it in its clause ("Yıldız Elektronik'ten", "Hediye Dükkanı'ndan"); not an
    abbreviation in capitals ("899 TL'nin", "KDV'li": an amount, a tax)."""
    named: set[int] = set()
    for last in suffixed:
        k = last
        while (
            k >= 0
            and k in capitals
            and k not in shouted
            and clause_of[k] == clause_of[last]
            and last - k < NAME_WORDS
        ):
            named.add(k)
            k -= 1
    return named


def lowered(text: str) -> str:
    """`text` in lower case at the same offsets ("İ" alone grows under str.lower)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else "i" for ch in text)


def matches_at(words: list[str], index: int, sequence: tuple[str, ...]) -> bool:
    if index + len(sequence) > len(words):
        return False
    for word, wanted in zip(words[index:], sequence, strict=False):
        if word != wanted and not (wanted.endswith("*") and word.startswith(wanted[:-1])):
            return False  # the same word is the common case: asked first
    return True


def compile_lexicon(
    language: str,
    data: dict[str, dict[str, list[str]]],
    forms: dict,
    *,
    apostrophe_names: bool = False,
    not_name_endings: tuple[str, ...] = (),
) -> Lexicon:
    exact: dict[str, set[str]] = {}
    unless: dict[str, tuple[str, ...]] = {}
    prefixes: dict[int, dict[str, set[str]]] = {}
    suffixes: dict[int, dict[str, set[str]]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for concept, entries in data.items():
        words = [*entries.get("lemmas", ()), *entries.get("forms", ()), *forms.get(concept, ())]
        sequences = [*entries.get("phrases", ()), *(w for w in words if " " in w)]
        for word in words:
            if " " not in word:
                exact.setdefault(word.lower(), set()).add(concept)
        for prefix in entries.get("prefixes", ()):
            prefixes.setdefault(len(prefix), {}).setdefault(prefix.lower(), set()).add(concept)
        if entries.get("unless_prefixed"):
            unless[concept] = tuple(w.lower() for w in entries["unless_prefixed"])
        for suffix in entries.get("suffixes", ()):
            suffixes.setdefault(len(suffix), {}).setdefault(suffix.lower(), set()).add(concept)
        for phrase in sequences:
            sequence = (
                tuple(WORD.findall(phrase.lower()))
                if "*" not in phrase
                else tuple(phrase.lower().split())
            )
            first = sequence[0]
            if first.endswith("*"):
                raise ValueError(f"{language}.toml {concept}: a phrase starts with a prefix")
            phrases.setdefault(first, []).append((sequence, concept))
    # one object for each set of concepts: thousands of words share a few hundred sets, and a
    # pickle (the disk cache) writes a shared object once and loads it once
    shared: dict[frozenset[str], frozenset[str]] = {}

    def one(concepts: set[str]) -> frozenset[str]:
        found = frozenset(concepts)
        return shared.setdefault(found, found)

    return Lexicon(
        language,
        {w: one(c) for w, c in exact.items()},
        {n: {p: one(c) for p, c in t.items()} for n, t in prefixes.items()},
        {n: {p: one(c) for p, c in t.items()} for n, t in suffixes.items()},
        {w: tuple(p) for w, p in phrases.items()},
        apostrophe_names,
        not_name_endings,
        unless,
    )


@dataclass
class ConceptBook:
    """Every shipped language's lexicon; each file read once, when first asked for."""

    root: Path = CONCEPTS_DIR
    cache: RenderCache = field(default_factory=lambda: RenderCache(None), repr=False)
    _loaded: dict[str, Lexicon | None] = field(default_factory=dict, repr=False)

    @cached_property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(p.stem for p in self.root.glob("*.toml")))

    def get(self, language: str) -> Lexicon | None:
        if language not in self._loaded:
            self._loaded[language] = self._load(language)
        return self._loaded[language]

    def _load(self, language: str) -> Lexicon | None:
        path = self.root / f"{language}.toml"
        if not path.is_file():
            return None
        forms_path = self.root / "forms" / f"{language}.json"
        forms = forms_path if forms_path.is_file() else None
        return self.cache.kept_object(
            "concepts", (path, *([forms] if forms else []), __file__), Lexicon,
            lambda: read_lexicon(language, path, forms),
        )  # fmt: skip

    def for_language(self, language: str | None) -> tuple[Lexicon, ...]:
        if language is not None:
            found = self.get(language)
            if found is not None:
                return (found,)
        return tuple(lex for lex in (self.get(lang) for lang in self.languages) if lex)


def read_lexicon(language: str, path: Path, forms_path: Path | None) -> Lexicon:
    """A language's concepts file and its word forms (forms/<language>.json), compiled."""
    data = read_toml(path)
    data.pop("language", None)
    apostrophe_names = bool(data.pop("apostrophe_names", False))
    not_name_endings = tuple(data.pop("not_name_endings", ()))
    for concept, entries in data.items():
        unknown = set(entries) - ENTRY_KINDS if isinstance(entries, dict) else {"?"}
        if unknown:
            raise ValueError(f"{path}: [{concept}] has unknown keys {sorted(unknown)}")
    forms = json.loads(forms_path.read_text("utf-8")) if forms_path else {}
    return compile_lexicon(
        language,
        data,
        forms,
        apostrophe_names=apostrophe_names,
        not_name_endings=not_name_endings,
    )

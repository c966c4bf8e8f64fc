"""Sentence by sentence: the meaning rules' findings, each naming its sentence and why."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from toolkit.rules.base import Hit, Subject
from toolkit.rules.meaning import ASKS, Lexicon, Reading, Unit, sentences_of
from toolkit.rules.memo import Memo
from toolkit.rules.phrases import Phrases

Judge = Callable[[Reading, frozenset[str]], str | None]  # a sentence, its paragraph's concepts
SHOWN = 160  # characters of a sentence quoted in a finding


def lexicons(s: Subject) -> tuple[Lexicon, ...]:
    """The buyer's language's concepts (or the language the message reads as; else all)."""
    languages = {p.language for p in s.phrases}
    language = next(iter(languages)) if len(languages) == 1 else None
    return s.book.concepts.for_language(language)


def quoted(sentence: str) -> str:
    text = " ".join(sentence.split())
    return f'"{text}"' if len(text) <= SHOWN else f'"{text[: SHOWN - 1]}…"'


def units_of(
    memo: Memo, text: str, *, whole: bool = False, blocks: frozenset[int] | None = None
) -> tuple[Unit, ...]:
    """The sentences of a text, cut once for every rule that reads it (`whole`: a message's
    whole text, kept for that message only; `blocks`: an HTML's text, its paragraphs' lines)."""
    recall = memo.recall_text if whole else memo.recall
    return recall(("units", text, blocks), lambda: tuple(sentences_of(text, blocks)))


@dataclass(frozen=True)
class TextReading:
    """A text read in one language: its sentences, each read as concepts, and the concepts of
    each paragraph (what a sentence's neighbours say)."""

    units: tuple[Unit, ...]
    readings: tuple[Reading, ...]
    around: dict[int, frozenset[str]]
    # each (paragraph, reach) worked out once: every rule with that reach asks for each sentence
    _near: dict[tuple[int, int], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def near(self, paragraph: int, reach: int) -> frozenset[str]:
        """The concepts of a paragraph and of the `reach` paragraphs on either side of it."""
        if not reach:
            return self.around[paragraph]
        found = self._near.get((paragraph, reach))
        if found is None:
            near = range(paragraph - reach, paragraph + reach + 1)
            found = frozenset[str]().union(*(self.around.get(n, frozenset()) for n in near))
            self._near[(paragraph, reach)] = found
        return found


def read_text(
    memo: Memo, lex: Lexicon, text: str, blocks: frozenset[int] | None = None
) -> TextReading:
    def read() -> TextReading:
        units = units_of(memo, text, whole=True, blocks=blocks)
        readings = tuple(lex.read(unit.text) for unit in units)
        return TextReading(units, readings, paragraph_concepts(units, readings))

    return memo.recall_text(("read", lex.language, text, blocks), read)


def phrase_starts(s: Subject, list_name: str, text: str, pair: str | None) -> list[int]:
    """Where `list_name` phrases start in `text` (for `pair`: only with a `pair` phrase)."""
    starts: list[int] = []
    for phrases in s.phrases:
        starts += s.memo.recall_text(
            ("starts", phrases.language, list_name, pair, text),
            partial(list_starts, s.memo, phrases, list_name, text, pair),
        )
    return starts


def list_starts(
    memo: Memo, phrases: Phrases, list_name: str, text: str, pair: str | None
) -> tuple[int, ...]:
    found = [m.start() for m in phrases.find(list_name, text)]
    if found and pair is not None:
        found = [a for a in found if paired(memo, phrases, pair, text, a)]
    return tuple(found)


def paired(memo: Memo, phrases: Phrases, pair: str, text: str, at: int) -> bool:
    """Whether the sentence that `at` is in holds a `pair` phrase."""
    units = units_of(memo, text, whole=True)
    starts = memo.recall_text(("unit starts", text), lambda: tuple(u.start for u in units))
    index = bisect_right(starts, at) - 1
    if index < 0:
        return False
    unit = units[index]
    return at < unit.start + len(unit.text) and phrases.first(pair, unit.text) is not None


def sentence_hits(
    s: Subject,
    judge: Judge,
    what: str,
    *,
    phrase_list: str | None = None,
    pair: str | None = None,
    parts: tuple[str, ...] = ("subject", "html", "text"),
    phrase_veto: Callable[[Reading], bool] | None = None,
    reach: int = 0,
) -> Iterator[Hit]:
    """A hit for each sentence the judge (or, failing it, the phrase list) finds; a sentence
    `phrase_veto` reads as harmless (a negated request) is not judged by the phrase list.
    The judge sees the concepts of the sentence's paragraph and of `reach` paragraphs on
    either side.

    A judge's verdict is a pure function of the sentence (read in the lexicon's language) and
    of its paragraph's concepts: kept under them, a template's sentences are judged once."""
    found = tuple(lexicons(s))
    recall = s.memo.recall
    for part, text in s.texts():
        if part not in parts:
            continue
        starts = phrase_starts(s, phrase_list, text, pair) if phrase_list else []
        blocks = s.html_blocks if part == "html" else None  # "<p>" are its paragraphs
        for lex in found:
            read = read_text(s.memo, lex, text, blocks)
            language, near = lex.language, read.near
            for unit, reading in zip(read.units, read.readings, strict=True):
                around = near(unit.paragraph, reach)
                reason = recall(
                    ("judge", judge, language, unit.text, around), judge, reading, around
                )
                if reason is None and starts and not (phrase_veto and phrase_veto(reading)):
                    reason = phrase_reason(unit, text, starts, what)
                if reason is not None:
                    yield Hit(
                        f"{quoted(unit.text)} {reason}",
                        part=part,
                        offset=unit.start,
                        needle=unit.text,
                    )


def paragraph_concepts(
    units: tuple[Unit, ...], readings: tuple[Reading, ...]
) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for unit, reading in zip(units, readings, strict=True):
        found.setdefault(unit.paragraph, set()).update(reading.present)
        if reading.question and not reading.has("help"):
            found[unit.paragraph].add(ASKS)
    return {n: frozenset(c) for n, c in found.items()}


def phrase_reason(unit: Unit, text: str, starts: list[int], what: str) -> str | None:
    end = unit.start + len(unit.text)
    at = next((a for a in starts if unit.start <= a < end), None)
    if at is None:
        return None
    words = text[at:end].split()
    return f"{what} ({' '.join(words[:4])!r})"

"""Sentence by sentence: the meaning rules' findings, each naming its sentence and why."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from toolkit.rules.base import Hit, Subject
from toolkit.rules.meaning import Lexicon, Reading, Unit, sentences_of
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


def phrase_starts(s: Subject, list_name: str, text: str, pair: str | None) -> list[int]:
    """Where `list_name` phrases start in `text` (for `pair`: only with a `pair` phrase)."""
    starts: list[int] = []
    for phrases in s.phrases:
        found = [m.start() for m in phrases.find(list_name, text)]
        if found and pair is not None:
            found = [a for a in found if paired(phrases, pair, text, a)]
        starts += found
    return starts


def paired(phrases: Phrases, pair: str, text: str, at: int) -> bool:
    for unit in sentences_of(text):
        if unit.start <= at < unit.start + len(unit.text):
            return phrases.first(pair, unit.text) is not None
    return False


def sentence_hits(
    s: Subject,
    judge: Judge,
    what: str,
    *,
    phrase_list: str | None = None,
    pair: str | None = None,
    parts: tuple[str, ...] = ("subject", "html", "text"),
    phrase_veto: Callable[[Reading], bool] | None = None,
) -> Iterator[Hit]:
    """A hit for each sentence the judge (or, failing it, the phrase list) finds; a sentence
    `phrase_veto` reads as harmless (a negated request) is not judged by the phrase list."""
    found = tuple(lexicons(s))
    for part, text in s.texts():
        if part not in parts:
            continue
        starts = phrase_starts(s, phrase_list, text, pair) if phrase_list else []
        units = list(sentences_of(text))
        for lex in found:
            readings = [lex.read(unit.text) for unit in units]
            around = paragraph_concepts(units, readings)
            for unit, reading in zip(units, readings, strict=True):
                reason = judge(reading, around[unit.paragraph])
                if reason is None and not (phrase_veto and phrase_veto(reading)):
                    reason = phrase_reason(unit, text, starts, what)
                if reason is not None:
                    yield Hit(
                        f"{quoted(unit.text)} {reason}",
                        part=part,
                        offset=unit.start,
                        needle=unit.text,
                    )


def paragraph_concepts(units: list[Unit], readings: list[Reading]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for unit, reading in zip(units, readings, strict=True):
        bucket = found.setdefault(unit.paragraph, set())
        for concepts in reading.concepts:
            bucket |= concepts
    return {n: frozenset(c) for n, c in found.items()}


def phrase_reason(unit: Unit, text: str, starts: list[int], what: str) -> str | None:
    end = unit.start + len(unit.text)
    at = next((a for a in starts if unit.start <= a < end), None)
    if at is None:
        return None
    words = text[at:end].split()
    return f"{what} ({' '.join(words[:4])!r})"

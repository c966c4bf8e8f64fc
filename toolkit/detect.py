"""Shared detectors over plain text: e-mail addresses, phone numbers, emoji, links, order ids.

Each returns spans (start, end, matched text) so that a rule can say where, and the fixer can
cut exactly what it found. The lists they use are data (data/text.toml).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import emoji
import phonenumbers

from toolkit.policy import DATA_DIR

Span = tuple[int, int, str]

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
URL = re.compile(r"(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>\"']+")
VARIATION_SELECTOR = "\ufe0f"


@dataclass(frozen=True)
class Detectors:
    emoticons: tuple[str, ...]
    typographic_symbols: frozenset[str]
    at_words: tuple[str, ...]
    dot_words: tuple[str, ...]
    order_id_pattern: str

    @cached_property
    def order_id(self) -> re.Pattern[str]:
        return re.compile(self.order_id_pattern)

    @cached_property
    def _emoticon(self) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(e) for e in sorted(self.emoticons, key=len, reverse=True))
        return re.compile(rf"(?<![^\s(\[\"'])(?:{alternatives})(?=$|[\s.,!?;)\]\"'])")

    @cached_property
    def _obfuscated_email(self) -> re.Pattern[str]:
        at = "|".join(re.escape(w) for w in self.at_words)
        dot = "|".join(re.escape(w) for w in self.dot_words)
        bracket_at = rf"\s*[\[({{<]\s*(?:{at})\s*[\])}}>]\s*"
        bracket_dot = rf"(?:\s*[\[({{<]\s*(?:{dot})\s*[\])}}>]\s*|\.)"
        word_dot = rf"\s+(?:{dot})\s+"
        return re.compile(
            rf"(?i)(?<![\w.+-])[\w.+-]+(?:{bracket_at}[\w-]+(?:{bracket_dot}[\w-]+)+"
            rf"|\s+(?:{at})\s+[\w-]+(?:{word_dot}[\w-]+)+)"
        )

    # --- detectors ------------------------------------------------------------------------

    def emails(self, text: str) -> list[Span]:
        spans = [(m.start(), m.end(), m.group()) for m in EMAIL.finditer(text)]
        for m in self._obfuscated_email.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), m.group()))
        return sorted(spans)

    def emoji(self, text: str) -> list[Span]:
        spans: list[Span] = []
        for hit in emoji.emoji_list(text):
            start, end, char = hit["match_start"], hit["match_end"], hit["emoji"]
            if char in self.typographic_symbols and not text[end : end + 1] == VARIATION_SELECTOR:
                continue
            spans.append((start, end, char))
        spans.extend((m.start(), m.end(), m.group()) for m in self._emoticon.finditer(text))
        return sorted(spans)

    def urls(self, text: str) -> list[Span]:
        return [(m.start(), m.end(), m.group().rstrip(".,;:!?)")) for m in URL.finditer(text)]

    def order_ids(self, text: str) -> list[Span]:
        return [(m.start(), m.end(), m.group()) for m in self.order_id.finditer(text)]

    def phones(self, text: str, regions: Iterable[str]) -> list[Span]:
        """Phone numbers valid in any of `regions` (marketplace countries), order ids excluded."""
        taken = [(s, e) for s, e, _ in self.order_ids(text)]
        taken += [(s, e) for s, e, _ in self.urls(text)]
        spans: list[Span] = []
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            ):
                start, end = match.start, match.end
                if any(s < end and start < e for s, e in taken):
                    continue
                if any(s < end and start < e for s, e, _ in spans):
                    continue
                spans.append((start, end, match.raw_string))
        return sorted(spans)


def load_detectors() -> Detectors:
    with (DATA_DIR / "text.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return Detectors(
        emoticons=tuple(data["emoticons"]),
        typographic_symbols=frozenset(data["typographic_symbols"]),
        at_words=tuple(data["email_at_words"]),
        dot_words=tuple(data["email_dot_words"]),
        order_id_pattern=data["order_id_pattern"],
    )


def remove_spans(text: str, spans: list[Span]) -> str:
    """Cut the spans out (the later ones first, so that offsets stay right)."""
    for start, end, _ in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def clean_order_text(text: str, detectors: Detectors) -> str:
    """Data from the order (buyer name, product title): drop what would break a rule.

    Emoji, control and format characters, e-mail addresses and links are removed; the rest is
    escaped later by the template. Seller free text is never cleaned: it is checked instead.
    """
    text = "".join(
        ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Co", "Cs"} or ch == " "
    )
    text = remove_spans(text, detectors.emails(text) + detectors.urls(text))
    text = remove_spans(text, detectors.emoji(text))
    text = text.replace(VARIATION_SELECTOR, "")
    return " ".join(text.split())

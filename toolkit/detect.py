"""Shared detectors over plain text: e-mail addresses, phone numbers, emoji, links, order ids.

Each returns spans (start, end, matched text) so that a rule can say where, and the fixer can
cut exactly what it found. The lists they use are data (data/text.toml).

The costly libraries (phonenumbers, the emoji tokenizer) only see text that can hold what they
look for: a cheap pre-filter picks digit runs for phonenumbers and skips the emoji tokenizer
when no character of any emoji is present. Checking stays well under a millisecond this way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.paths import data_dir
from toolkit.render_cache import read_toml

if TYPE_CHECKING:
    from toolkit.render_cache import RenderCache

Span = tuple[int, int, str]
CharRange = tuple[int, int, str]  # first and last code point, the class's name

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
URL = re.compile(r"(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>\"']+")
VARIATION_SELECTOR = "\ufe0f"
# the labels before a top-level domain, read back from it ("shop.example" of "shop.example.nl")
DOMAIN_LABELS = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*")
HOST_RUN = re.compile(r"[\w.-]*\Z")
DOMAIN_BEFORE = "@./:-_"
MAX_HOST = 253  # the longest host name DNS allows
DOT_LETTER = re.compile(r"[^\W_]\.[^\W\d_]")  # "winkel.nl": a dot between letters
# a run of digits and the separators phone numbers are written with
PHONE_SEPARATORS = r"[ \t\u00a0\-./()]{0,3}"
PHONE_WINDOW = 3  # characters of context the matcher sees around a candidate ("+", "(")
INTERNATIONAL = re.compile(r"\+\s?\(?\d")  # "+44 7700 ...", "+(49) 30 ..."
HANDLE = re.compile(r"\s@[^\W_]")  # "@leinenhaus.de" after a space: a social handle
UNKNOWN_REGION = "ZZ"  # phonenumbers' region for a number that names its own country
NOT_PHONE_REACH = 24  # how far around a digit run a date, time or order id may reach
TOWN_LETTERS = 4  # "RCS Lille Métropole 441 229 870": a town's second word (not "Rufen Sie")
LABEL_REACH = 160  # how far before a digit run its label may stand (label, joining words)
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĠĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # a capital: "Lyon" in "RCS Lyon B"
# between a label and its number: up to two marks ("No.:", "USt-IdNr.:", "number (0987...")
LABEL_SEP = r"[ \t\u00a0]*(?:(?:[:#.,=\-–()/]|n[°º]|№)[ \t\u00a0]*){0,2}"
# a label ending its line (a table's cell, "VAT registration:") and its number opening the next
LABEL_CELL = r"(?:[ \t\u00a0]*:?[ \t\u00a0]*\n)?"
# a labelled number: groups that each hold a digit (capitals allowed: "GB 123 4567 89",
# "HX00458712GB"), one separator between two; a word without a digit ends it
LABELLED_NUMBER = r"(?:[A-Z]{1,4}[ \-]?)?[A-Z]*\d[\dA-Z]*(?:[ \t\u00a0./\-][A-Z]*\d[\dA-Z]*)*"
GLUED_TO_WORD = re.compile(r"[^\W\d_](?:[\-/])?\Z")  # "DE123456789", "RE-2026/11/0457"
EMAIL_WINDOW = 80  # how far an obfuscated address may reach from its "at"
BRACKETS = "[({<"


def may_hold_url(text: str) -> bool:
    """Whether `URL` can match in `text` at all: every match holds "://" or "www." (in any
    case). Far cheaper than the scan, and most texts hold neither."""
    if "://" in text:
        return True
    # no other letter lowers to "w": a text without one needs no lowered copy
    return ("w" in text or "W" in text) and "www." in text.lower()


@dataclass
class Detectors:
    """The lists of data/text.toml and the patterns compiled from them.

    A cache holder, so not frozen: each pattern is compiled on first use and kept here (doing
    them all at load would cost start-up some 25 ms that a command which checks nothing pays
    for nothing). Build a new one (load_detectors) rather than changing a list in place.
    """

    emoticons: tuple[str, ...]
    typographic_symbols: frozenset[str]
    at_words: tuple[str, ...]
    dot_words: tuple[str, ...]
    order_id_pattern: str
    email_tlds: frozenset[str] = frozenset()
    not_phone_patterns: tuple[str, ...] = ()
    phone_min_digits: int = 6
    hidden_ranges: tuple[CharRange, ...] = ()
    pictograph_ranges: tuple[tuple[int, int], ...] = ()  # decorative symbols: emoji-like
    number_labels: tuple[str, ...] = ()  # data/number_labels.toml: a number after one is no phone
    number_links: tuple[str, ...] = ()  # words that may stand between a label and its number
    number_max_links: int = 3
    phone_max_bare_digits: int = 11  # a longer run without a separator is a parcel or reference
    name_joins: frozenset[str] = frozenset()  # "Anne et Benoît": between names
    name_particles: frozenset[str] = frozenset()  # "La Boîte à Graines": inside a name
    name_signers: frozenset[str] = frozenset()  # "La famille Bertin": a household, a team

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The lower-case words a line of names may hold besides capitalised ones."""
        return self.name_joins | self.name_particles | self.name_signers

    @cached_property
    def order_id(self) -> re.Pattern[str]:
        return re.compile(self.order_id_pattern)

    @cached_property
    def _hidden(self) -> re.Pattern[str] | None:
        if not self.hidden_ranges:
            return None
        ranges = "".join(
            re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "")
            for first, last, _ in self.hidden_ranges
        )
        return re.compile(f"[{ranges}]")

    def hidden_characters(self, text: str) -> list[Span]:
        """Characters that hide, reorder or cut text (data/text.toml, hidden_characters)."""
        if self._hidden is None:
            return []
        return [(m.start(), m.end(), m.group()) for m in self._hidden.finditer(text)]

    def without_hidden(self, text: str) -> str:
        return self._hidden.sub("", text) if self._hidden is not None else text

    def character_name(self, ch: str) -> str:
        """`U+202E RIGHT-TO-LEFT OVERRIDE`; a character without a name is called by its class."""
        code = ord(ch)
        kind = next((n for first, last, n in self.hidden_ranges if first <= code <= last), "")
        return f"U+{code:04X} {unicodedata.name(ch, '') or kind or 'character'}"

    @cached_property
    def _pictograph(self) -> re.Pattern[str] | None:
        if not self.pictograph_ranges:
            return None
        ranges = "".join(
            f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in self.pictograph_ranges
        )
        return re.compile(f"[{ranges}]{VARIATION_SELECTOR}?")

    def pictographs(self, text: str) -> list[Span]:
        """Decorative symbols (★ ✔ ➤ ☎, data/text.toml pictographs), a variation selector
        after one included."""
        if self._pictograph is None:
            return []
        return [(m.start(), m.end(), m.group()) for m in self._pictograph.finditer(text)]

    @cached_property
    def _emoticon(self) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(e) for e in sorted(self.emoticons, key=len, reverse=True))
        # the first-character test turns most positions away before the long alternation runs
        first = "".join(sorted({re.escape(e[0]) for e in self.emoticons}))
        return re.compile(rf"(?<![^\s(\[\"'])(?=[{first}])(?:{alternatives})(?=$|[\s.,!?;)\]\"'])")

    @cached_property
    def _phone_candidate(self) -> re.Pattern[str]:
        """At least `phone_min_digits` digits, a few separators between each two."""
        more = self.phone_min_digits - 1
        return re.compile(rf"\d(?:{PHONE_SEPARATORS}\d){{{more},}}")  # "+" and "(": PHONE_WINDOW

    @cached_property
    def _emoji_chars(self) -> frozenset[str]:
        """Every non-ASCII character of any emoji: text without one holds no emoji."""
        return read_code_point_ranges(data_dir() / "emoji_characters.txt")

    @cached_property
    def _not_phone(self) -> re.Pattern[str] | None:
        patterns = self.not_phone_patterns
        return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    @cached_property
    def _labelled(self) -> re.Pattern[str] | None:
        """A label of data/number_labels.toml, the words that join it to a number, the number."""
        if not self.number_labels:
            return None
        labels = trie_pattern(
            {*self.number_labels, *(label.lower() for label in self.number_labels)}
        )
        links = "|".join(re.escape(w) for w in sorted(self.number_links, key=len, reverse=True))
        link = rf"{LABEL_SEP}(?i:{links})(?![^\W_])" if links else "(?!)"
        capital = rf"{LABEL_SEP}[{UPPER}][^\W\d_]{{0,20}}\.?(?![^\W_])"
        town = rf"{LABEL_SEP}[{UPPER}][^\W\d_]{{{TOWN_LETTERS - 1},20}}(?![^\W_])"
        most = self.number_max_links
        return re.compile(
            rf"(?<![^\W_])(?i:{labels})(?![^\W_])(?:{link}){{0,{most}}}"
            rf"(?:{capital}(?:{link}){{0,{most}}}(?:{town}(?:{link}){{0,{most}}})?)?"
            rf"{LABEL_CELL}{LABEL_SEP}(?P<number>{LABELLED_NUMBER})"
        )

    def labelled_numbers(self, text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
        """The numbers a label says are a VAT, company, invoice, tracking ... number (those
        whose label starts within text[lo:hi])."""
        if self._labelled is None:
            return []
        matches = self._labelled.finditer(text, lo, len(text) if hi is None else hi)
        return [(m.start("number"), m.end("number"), m.group("number")) for m in matches]

    def _labelled_before(self, text: str, runs: list[re.Match[str]]) -> list[tuple[int, int]]:
        """The labelled numbers, looked for only where a label of a run can stand: before it,
        within LABEL_REACH (windows merged, so no character is read twice)."""
        windows: list[tuple[int, int]] = []
        for run in runs:
            lo = max(0, run.start() - LABEL_REACH)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], run.end())
            else:
                windows.append((lo, run.end()))
        return [(s, e) for lo, hi in windows for s, e, _ in self.labelled_numbers(text, lo, hi)]

    def _not_a_phone_run(self, text: str, run: re.Match[str]) -> bool:
        """A run that is part of a code ("DE123456789", "RE-2026/11/0457"), a path of numbers
        ("27/123/45678"), or longer than any number dialled without separators."""
        found = run.group()
        if GLUED_TO_WORD.search(text, max(0, run.start() - 2), run.start()):
            return True
        if found.count("/") >= 2:
            return True
        bare = found.isdigit() and len(found) > self.phone_max_bare_digits
        return bare and not found.startswith("00") and text[run.start() - 1 : run.start()] != "+"

    @cached_property
    def _obfuscated_email(self) -> re.Pattern[str]:
        at = "|".join(re.escape(w) for w in self.at_words)
        dot = "|".join(re.escape(w) for w in self.dot_words)
        # (?P<b...>) groups mark the forms: bracketed words, spaced words, "@" and "."
        at_part = (
            rf"(?:\s*(?P<bat>[\[({{<])\s*(?:{at})\s*[\])}}>]\s*"
            rf"|\s+(?P<wat>{at})\s+|\s*@\s*)"
        )
        dot_part = rf"(?:\s*[\[({{<]\s*(?:{dot})\s*[\])}}>]\s*|\s+(?:{dot})\s+|\.)"
        # "." among the dot-words: "info @ shop . com" (the last label must be a domain)
        return re.compile(rf"(?i)(?<![\w.+-])[\w.+-]+{at_part}[\w-]+(?:{dot_part}[\w-]+)+")

    @cached_property
    def _domain_end(self) -> re.Pattern[str] | None:
        """ ".nl" ending a web address: found by its leading dot, which the engine seeks fast."""
        if not self.email_tlds:
            return None
        tlds = "|".join(sorted((re.escape(t) for t in self.email_tlds), key=len, reverse=True))
        return re.compile(rf"\.(?:{tlds})(?![\w@-]|\.[^\W_])")

    @cached_property
    def _dot_word(self) -> re.Pattern[str]:
        dot = "|".join(re.escape(w) for w in self.dot_words)
        return re.compile(rf"(?i)(?:[\[({{<]\s*(?:{dot})\s*[\])}}>]|\s(?:{dot})\s)")

    # --- detectors ------------------------------------------------------------------------

    @cached_property
    def _at_marker(self) -> re.Pattern[str]:
        at = "|".join(re.escape(w) for w in self.at_words)
        return re.compile(rf"(?i)@|[\[({{<]\s*(?:{at})\s*[\])}}>]|\s(?:{at})\s")

    def emails(self, text: str) -> list[Span]:
        spans = (
            [(m.start(), m.end(), m.group()) for m in EMAIL.finditer(text)] if "@" in text else []
        )
        if not any(ch in text for ch in "@[({<") and not self._dot_word.search(text):
            return spans  # no at-sign, no bracket, no spaced "dot": nothing obfuscated
        # the full pattern is costly: run it only around an at-sign or at-word
        windows: list[tuple[int, int]] = []
        for marker in self._at_marker.finditer(text):
            lo, hi = max(0, marker.start() - EMAIL_WINDOW), marker.end() + EMAIL_WINDOW
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        for lo, hi in windows:
            for m in self._obfuscated_email.finditer(text, lo, min(hi, len(text))):
                if any(s <= m.start() < e for s, e, _ in spans) or not self._is_address(m):
                    continue
                spans.append((m.start(), m.end(), m.group()))
        return sorted(set(spans))

    def _is_address(self, m: re.Match[str]) -> bool:
        """An obfuscated address, not a sentence that happens to have "at" and "dot" in it."""
        found = m.group()
        if m.group("bat") or any(b in found for b in BRACKETS):
            return True  # "naam [at] winkel [punt] nl": brackets are deliberate
        if not m.group("wat") and HANDLE.search(found):
            return False  # "folgen Sie uns unter @leinenhaus.de": a handle, its "@" written on
        last = re.split(r"[\s.\])}>]+", found.strip())[-1].lower()
        if self.email_tlds and last not in self.email_tlds:
            return False
        if (
            m.group("wat") and m.group("wat") != "@"
        ):  # "shop at amazon.nl" is a place, "naam at winkel punt nl" is not
            return bool(self._dot_word.search(found))
        return True

    def emoji(self, text: str) -> list[Span]:
        spans: list[Span] = []
        if not self._emoji_chars.isdisjoint(text):
            import emoji  # its tables are loaded for a text that may hold one

            for hit in emoji.emoji_list(text):
                start, end, char = hit["match_start"], hit["match_end"], hit["emoji"]
                if char in self.typographic_symbols and text[end : end + 1] != VARIATION_SELECTOR:
                    continue
                spans.append((start, end, char))
        spans.extend((m.start(), m.end(), m.group()) for m in self._emoticon.finditer(text))
        pictographs = self.pictographs(text)
        if pictographs:
            covered = {i for s, e, _ in spans for i in range(s, e)}  # an emoji's part: said once
            spans.extend(p for p in pictographs if p[0] not in covered)
        return sorted(spans)

    def urls(self, text: str) -> list[Span]:
        if not may_hold_url(text):
            return []  # neither a scheme nor "www.": no link
        return [(m.start(), m.end(), m.group().rstrip(".,;:!?)")) for m in URL.finditer(text)]

    def domains(self, text: str) -> list[Span]:
        """Web addresses written without a scheme ("winkel.nl", "Amazon.de"), links excluded."""
        if self._domain_end is None or not DOT_LETTER.search(text):
            return []
        found: list[Span] = []
        for end in self._domain_end.finditer(text):
            # the run of name characters before the ending: one linear search, no backtracking
            run = HOST_RUN.search(text, max(0, end.start() - MAX_HOST), end.start())
            start = run.start() if run else end.start()
            labels = text[start : end.start()]
            if not DOMAIN_LABELS.fullmatch(labels) or not any(ch.isalpha() for ch in labels):
                continue
            if start and text[start - 1] in DOMAIN_BEFORE:
                continue  # part of a path, an address or a longer name
            if found and found[-1][1] > start:
                continue
            found.append((start, end.end(), text[start : end.end()]))
        if not found:
            return []
        taken = [(s, e) for s, e, _ in self.urls(text)] + [(s, e) for s, e, _ in self.emails(text)]
        return [d for d in found if not any(s < d[1] and d[0] < e for s, e in taken)]

    def order_ids(self, text: str) -> list[Span]:
        return [(m.start(), m.end(), m.group()) for m in self.order_id.finditer(text)]

    def phone_candidates(self, text: str) -> list[tuple[int, int]]:
        """Digit runs long enough to be a phone number, minus order ids, links and dates."""
        runs = list(self._phone_candidate.finditer(text))
        if not runs:
            return []
        links: list[tuple[int, int]] | None = None
        labelled: list[tuple[int, int]] | None = None
        found = []
        for run in runs:
            if self.order_id.fullmatch(run.group()) or self._not_a_phone_run(text, run):
                continue  # the order number itself, the commonest run of all; a code
            # what a run is part of shows within a few characters of it
            lo, hi = max(0, run.start() - NOT_PHONE_REACH), run.end() + NOT_PHONE_REACH
            taken = [m.span() for m in self.order_id.finditer(text, lo, hi)]
            if self._not_phone is not None:
                taken += [m.span() for m in self._not_phone.finditer(text, lo, hi)]
            if links is None:
                links = [(s, e) for s, e, _ in self.urls(text)]
            if labelled is None:
                labelled = self._labelled_before(text, runs)
            if not any(s < run.end() and run.start() < e for s, e in taken + links + labelled):
                found.append(run.span())
        return found

    def phones(self, text: str, regions: Iterable[str]) -> list[Span]:
        """Phone numbers valid in any of `regions` (marketplace countries), order ids excluded."""
        candidates = self.phone_candidates(text)
        if not candidates:
            return []
        import phonenumbers  # its metadata is loaded for a text with a digit run to judge

        regions = tuple(regions)
        spans: list[Span] = []
        for cand_start, cand_end in candidates:
            lo = max(0, cand_start - PHONE_WINDOW)
            window = text[lo : cand_end + PHONE_WINDOW]
            # a number in the international format ("+44 7700 900461") is written as a phone
            # number whether or not its range is given out: it reads as one to the buyer
            international = INTERNATIONAL.search(window) is not None
            searches = [(r, phonenumbers.Leniency.VALID) for r in regions]
            if international:
                searches.append((UNKNOWN_REGION, phonenumbers.Leniency.POSSIBLE))
            for region, leniency in searches:
                for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency):
                    start, end = lo + match.start, lo + match.end
                    if any(s < end and start < e for s, e, _ in spans):
                        continue
                    spans.append((start, end, match.raw_string))
        return sorted(spans)


def trie_pattern(words: set[str]) -> str:
    """One alternation of many words as a trie ("ab|ac" as "a(?:b|c)"): the engine tries a
    branch per character instead of every word at every position. The longest word wins."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def load_number_labels() -> dict[str, Any]:
    return read_toml(data_dir() / "number_labels.toml")


def load_detectors(cache: RenderCache | None = None) -> Detectors:
    """The detectors of data/text.toml and data/number_labels.toml (from `cache`, when the
    last process kept them there)."""
    if cache is None:
        return read_detectors()
    files = (data_dir() / "text.toml", data_dir() / "number_labels.toml", __file__)
    return cache.kept_object("detectors", files, Detectors, read_detectors)


def read_detectors() -> Detectors:
    data = read_toml(data_dir() / "text.toml")
    numbers = load_number_labels()
    tables = [t for t in numbers.values() if isinstance(t, dict)]
    return Detectors(
        emoticons=tuple(data["emoticons"]),
        typographic_symbols=frozenset(data["typographic_symbols"]),
        at_words=tuple(data["email_at_words"]),
        dot_words=tuple(data["email_dot_words"]),
        order_id_pattern=data["order_id_pattern"],
        email_tlds=frozenset(t.lower() for t in data.get("email_tlds", ())),
        not_phone_patterns=tuple(data.get("not_phone_patterns", ())),
        phone_min_digits=int(data.get("phone_min_digits", 6)),
        hidden_ranges=hidden_ranges(data.get("hidden_characters", {})),
        pictograph_ranges=tuple(
            (int(first, 16), int(last, 16))
            for first, last in data.get("pictographs", {}).get("ranges", ())
        ),
        number_labels=tuple(dict.fromkeys(w for t in tables for w in t.get("labels", ()))),
        number_links=tuple(dict.fromkeys(w for t in tables for w in t.get("links", ()))),
        number_max_links=int(numbers.get("max_links", 3)),
        phone_max_bare_digits=int(data.get("phone_max_bare_digits", 11)),
        name_joins=frozenset(data["name_joins"]),
        name_particles=frozenset(data["name_particles"]),
        name_signers=frozenset(data["name_signers"]),
    )


def read_code_point_ranges(path: Path) -> frozenset[str]:
    """A set of characters written as hexadecimal code points, one `first-last` range or one
    code point a line; `#` starts a comment (data/emoji_characters.txt)."""
    found: set[str] = set()
    for line in path.read_text(encoding="ascii").splitlines():
        spec = line.split("#", 1)[0].strip()
        if spec:
            first, _, last = spec.partition("-")
            found.update(map(chr, range(int(first, 16), int(last or first, 16) + 1)))
    return frozenset(found)


def hidden_ranges(classes: dict[str, dict[str, Any]]) -> tuple[CharRange, ...]:
    """The hidden-character classes of text.toml as (first, last, name) code point ranges."""
    found = []
    for spec in classes.values():
        name = str(spec["name"])
        for first, last in spec["ranges"]:
            found.append((int(first, 16), int(last, 16), name))
    return tuple(sorted(found))


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span blanked out by spaces, at the same offsets (they
    may overlap); cut and joined once, not character by character."""
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        pieces += [text[pos:start], " " * (end - start)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def remove_spans(text: str, spans: list[Span]) -> str:
    """Cut the spans out (the later ones first, so that offsets stay right)."""
    for start, end, _ in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def clean_order_text(text: str, detectors: Detectors) -> str:
    """Data from the order (buyer name, product title): drop what would break a rule.

    Emoji, hidden characters (controls, surrogates, bidi overrides, tags: data/text.toml),
    e-mail addresses and links are removed; the rest is escaped later by the template. Seller
    free text is never cleaned: it is checked instead.
    """
    text = detectors.without_hidden(text.replace("\t", " ").replace("\n", " "))
    text = remove_spans(text, detectors.emails(text) + detectors.urls(text))
    text = remove_spans(text, detectors.emoji(text))
    text = text.replace(VARIATION_SELECTOR, "")
    return " ".join(text.split())

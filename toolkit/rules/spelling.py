"""BSM414 (spelling): every word of a message checked against its language's dictionary.

The dictionaries are LibreOffice's Hunspell dictionaries as Debian packages them (hunspell-nl,
hunspell-en-gb, ...), read through Enchant (pyenchant); which one serves which catalog is data
(data/spelling/dictionaries.toml). Each is opened once, on first use, by a `Spelling` object,
and every word's verdict is kept there, so a checked message costs a few dictionary lookups.
The `Spelling` the rule reads is the Toolkit's (`Toolkit.spelling`, passed on as
`Subject.spelling`): the cache belongs to an object its owner can see and drop.

Allowed words (brand and product terms) are reviewed lists in data/spelling/<name>.txt:
`common.txt` for every language, `<language>.txt` (en covers en and en_US), `<catalog>.txt`.
Month and day names come from CLDR through Babel, the same data the dates are written with.

What is never flagged, so that a correct message does not draw a warning: words with digits
(order ids, amounts, SKUs), addresses and domains, all-capital abbreviations, words with a
capital inside (brand spellings), the names of the order (buyer, seller, product titles),
and a capitalised word inside a sentence (a name the seller wrote).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.detect import Detectors, blank_spans
from toolkit.errors import InputError
from toolkit.i18n import NoCatalogError, negotiate, parse_locale, pseudo_catalog
from toolkit.i18n.locales import load_cldr
from toolkit.model import Severity
from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache
from toolkit.rules import Rule
from toolkit.rules.base import Context, Hit, Subject
from toolkit.rules.memo import Memo

if TYPE_CHECKING:
    from babel import Locale

    from toolkit.orders import OrderDocument

SPELLING_DIR = data_dir() / "spelling"
TOKEN = re.compile(r"[\w'’\-]+")
NOT_A_WORD = re.compile(r"[\d_]")
DOMAIN_LIKE = re.compile(r"(?i)\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\b")
SENTENCE_END = re.compile(r"(?:^|[.!?¿¡:;\n]|\]\s)[\s\"'«»„“”(\[]*$")
APOSTROPHES = "'’"
MAX_VERDICTS = 50_000  # words remembered per language (a message has a few hundred)
MAX_SUGGESTIONS = 3
MAX_SUGGESTED_WORDS = 5  # words per message that get suggestions


class SpellingUnavailable(LookupError):
    """The dictionary for a supported language is not installed here."""


class Opening:
    """A dictionary being opened, for every caller that waits for it: the speller, or the error
    that opening raised. (concurrent.futures.Future does the same, but imports logging: some ms
    of the start-up of every render and of every check with --locale.)"""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._speller: Speller | None = None
        self._error: BaseException | None = None

    def set_result(self, speller: Speller) -> None:
        self._speller = speller
        self._done.set()

    def set_exception(self, error: BaseException) -> None:
        self._error = error
        self._done.set()

    def result(self) -> Speller:
        """The speller once opened; the error that opening raised is raised here."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._speller is not None
        return self._speller


@dataclass(frozen=True)
class DictionarySource:
    """The Hunspell dictionary that serves a catalog, and the package that installs it."""

    catalog: str
    tag: str  # Hunspell's name for it, e.g. en_GB
    package: str  # the Debian package that installs it


def load_sources(path: Path, cache: RenderCache) -> dict[str, DictionarySource]:
    data = cache.toml(path)
    return {
        name: DictionarySource(name, str(spec["dictionary"]), str(spec["package"]))
        for name, spec in data.items()
    }


def read_word_list(path: Path) -> frozenset[str]:
    """One word a line; `#` starts a comment. Compared case-insensitively."""
    if not path.is_file():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(normal(word).casefold())
    return frozenset(words)


def calendar_words(locale: Locale) -> frozenset[str]:
    """Month and day names, wide and abbreviated, as CLDR writes them for this language."""
    words: set[str] = set()
    for names in (locale.months, locale.days):
        for context in names.values():
            for width in ("wide", "abbreviated"):
                for name in context.get(width, {}).values():
                    words.update(w.casefold() for w in TOKEN.findall(str(name)))
    return frozenset(words)


def normal(word: str) -> str:
    return unicodedata.normalize("NFC", word).replace("’", "'")


def skipped(word: str) -> bool:
    """Tokens that are not words to look up: numbers, codes, abbreviations, brand spellings."""
    return (
        len(word) < 2
        or NOT_A_WORD.search(word) is not None  # order ids, amounts, SKUs
        or word.isupper()  # ASIN, SKU, BV: abbreviations in capitals
        or not word[1:].islower()  # iPhone, McKenzie, NoInventory
    )


def at_sentence_start(text: str, offset: int) -> bool:
    return bool(SENTENCE_END.search(text[max(0, offset - 12) : offset]))


def mask(text: str, detectors: Detectors) -> str:
    """The text with addresses, links, domains and order ids blanked (same length)."""
    spans = [(a, b) for a, b, _ in detectors.emails(text) + detectors.urls(text)]
    spans += [(a, b) for a, b, _ in detectors.order_ids(text)]
    spans += [m.span() for m in DOMAIN_LIKE.finditer(text)]
    return blank_spans(text, spans)


def words_of(text: str) -> frozenset[str]:
    return frozenset(normal(t).strip("'-").casefold() for t in TOKEN.findall(text))


@dataclass
class Speller:
    """One language's dictionary plus its allowed words; remembers every verdict."""

    catalog: str
    tag: str
    lookup: Callable[[str], bool]
    suggest: Callable[[str], list[str]]
    allowed: frozenset[str]
    _verdicts: dict[str, bool] = field(default_factory=dict, repr=False)
    _suggestions: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def known(self, word: str) -> bool:
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._judge(normal(word))
            if len(self._verdicts) < MAX_VERDICTS:
                self._verdicts[word] = verdict
        return verdict

    def _judge(self, word: str) -> bool:
        if word.casefold() in self.allowed or self.lookup(word):
            return True
        if "'" in word:  # Turkish suffixes on names (Amazon'da), elisions the list lacks
            stem = word.split("'", 1)[0]
            return bool(stem) and (stem.casefold() in self.allowed or self.lookup(stem))
        if "-" in word:  # a compound of known words (e-mail, lave-vaisselle)
            return all(self.known(part) for part in word.split("-") if part)
        return False

    def suggestions(self, word: str) -> tuple[str, ...]:
        if word not in self._suggestions:
            self._suggestions[word] = tuple(self.suggest(normal(word))[:MAX_SUGGESTIONS])
        return self._suggestions[word]

    def unknown_words(
        self, text: str, *, skip: frozenset[str] = frozenset(), names_in_text: bool = False
    ) -> Iterator[tuple[int, str]]:
        """(offset, word) of each word the dictionary does not know.

        `skip`: casefolded words never to flag (the order's names). `names_in_text`: a
        capitalised word inside a sentence is taken for a name (the seller's own text).
        """
        for match in TOKEN.finditer(text):
            word = match.group().strip("'’-")
            if not word or self._verdicts.get(word):  # a word seen before: most of them
                continue
            if skipped(word) or normal(word).casefold() in skip:
                continue
            offset = match.start() + match.group().find(word[:1])
            if names_in_text and word[0].isupper() and not at_sentence_start(text, offset):
                continue
            if not self.known(word):
                yield offset, word

    def __call__(self, text: str) -> list[str]:
        """The unknown words of a translated string (every word checked)."""
        return [word for _, word in self.unknown_words(text)]


@dataclass
class Spelling:
    """Every supported language's speller, each opened once, when first needed.

    Hunspell reads a dictionary in 60-200 ms (the .dic parsed into its tables: nearly all of the
    time of opening one, Enchant's own start a few ms). `open_soon` starts that in a thread as
    soon as the language is known, so that it runs while the message is rendered or read (the
    read is C code that lets Python run); the rule then waits for what is left of it. Opening
    is serialised (one Enchant broker); a failure is raised to every caller waiting for it and
    tried again on the next call, as before.
    """

    root: Path = SPELLING_DIR
    # where dictionaries.toml is kept parsed (the Toolkit's): no TOML parser at start-up
    cache: RenderCache = field(default_factory=lambda: RenderCache(None), repr=False)
    _sources: dict[str, DictionarySource] = field(default_factory=dict, repr=False)
    _spellers: dict[str, Speller] = field(default_factory=dict, repr=False)
    _broker: Any = field(default=None, repr=False)
    _opening: dict[str, Opening] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # _opening
    _broker_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def sources(self) -> dict[str, DictionarySource]:
        if not self._sources:
            self._sources.update(load_sources(self.root / "dictionaries.toml", self.cache))
        return self._sources

    def catalog_for(self, locale: str) -> str | None:
        """The dictionary key for a buyer locale (as catalogs negotiate), None when the
        language has none (or it is the pseudo-locale)."""
        if pseudo_catalog(locale):
            return None
        try:
            return negotiate(locale, frozenset(self.sources))
        except NoCatalogError:
            return None

    def _open(self, source: DictionarySource) -> tuple[Any, Any]:
        hint = f"install {source.package} (scripts/setup.sh does it as root)"
        try:
            import enchant  # the C library is loaded here: a missing one is an ImportError
        except ImportError as err:
            raise SpellingUnavailable(
                f"Enchant is missing ({err}): install libenchant-2-2 and {source.package}"
            ) from None
        if self._broker is None:
            self._broker = enchant.Broker()
        # Hunspell, never aspell or another provider: the same dictionary on every machine
        self._broker.set_ordering(source.tag, "hunspell")
        try:
            dictionary = self._broker.request_dict(source.tag)
        except enchant.errors.DictNotFoundError:
            raise SpellingUnavailable(f"no {source.tag} dictionary: {hint}") from None
        if dictionary.provider.name != "hunspell":
            raise SpellingUnavailable(f"no Hunspell {source.tag} dictionary: {hint}")
        return dictionary.check, dictionary.suggest

    def open_soon(self, locale: str) -> None:
        """Start opening the dictionary of a buyer locale in a thread, if it has one."""
        try:
            catalog = self.catalog_for(locale)
        except InputError:  # not a locale: the rule that needs one says so
            return
        if catalog is None or catalog in self._spellers:
            return
        future, mine = self._future(catalog)
        if mine:
            name = f"bsm-spelling-{catalog}"
            threading.Thread(
                target=self._make, args=(catalog, future), name=name, daemon=True
            ).start()

    def speller(self, catalog: str) -> Speller:
        found = self._spellers.get(catalog)
        if found is not None:
            return found
        future, mine = self._future(catalog)
        if mine:  # nobody was opening it: open it here
            self._make(catalog, future)
        return future.result()

    def _future(self, catalog: str) -> tuple[Opening, bool]:
        """The future `catalog` is (or will be) opened into, and whether the caller opens it."""
        with self._lock:
            opening = self._opening.get(catalog)
            if opening is not None:
                return opening, False
            future = Opening()
            found = self._spellers.get(catalog)
            if found is not None:
                future.set_result(found)
                return future, False
            self._opening[catalog] = future
            return future, True

    def _make(self, catalog: str, future: Opening) -> None:
        try:
            with self._broker_lock:
                speller = self._build(catalog)
        except BaseException as err:  # handed to whoever waits; the next call tries again
            with self._lock:
                del self._opening[catalog]
            future.set_exception(err)
            return
        with self._lock:
            self._spellers[catalog] = speller
            del self._opening[catalog]
        future.set_result(speller)

    def _build(self, catalog: str) -> Speller:
        source = self.sources.get(catalog)
        if source is None:
            raise SpellingUnavailable(f"no dictionary is configured for {catalog}")
        check, suggest = self._open(source)
        language = catalog.split("_")[0]
        allowed = frozenset().union(
            *(read_word_list(self.root / f"{name}.txt") for name in {"common", language, catalog})
        )
        locale = parse_locale(source.tag)
        load_cldr(locale, self.cache)
        return Speller(
            catalog=catalog,
            tag=source.tag,
            lookup=check,
            suggest=suggest,
            allowed=allowed | calendar_words(locale),
        )


def order_words(doc: OrderDocument) -> frozenset[str]:
    """The names an order brings into a message: buyer, seller, product titles, SKUs."""
    order = doc.order
    texts = [order.buyer_name, doc.seller_name]
    texts += [f"{item.title} {item.sku}" for item in order.items]
    return frozenset().union(*(words_of(t) for t in texts))


def check_spelling(s: Subject) -> Iterator[Hit]:
    spelling = s.spelling
    if spelling is None:  # a subject checked without dictionaries
        return
    catalog = spelling.catalog_for(s.message.locale or "")
    if catalog is None:
        return
    try:
        speller = spelling.speller(catalog)
    except SpellingUnavailable as err:
        yield Hit(f"spelling not checked: {err}", part="subject")
        return
    skip = order_words(s.doc) if s.doc is not None else frozenset()
    suggested = 0
    for part, text in s.texts():
        masked = s.memo.recall_text(("masked", text), partial(mask, text, s.detectors))
        for offset, word in unknown_in_text(s.memo, speller, masked, skip):
            # a suggestion costs Hunspell up to 100 ms: a text in another language would
            # take seconds, so only the first few words of a message get one
            suggested += 1
            hints = speller.suggestions(word) if suggested <= MAX_SUGGESTED_WORDS else ()
            hint = f" (did you mean {' / '.join(hints)}?)" if hints else ""
            yield Hit(
                f"{word!r} is not in the {speller.tag} dictionary{hint}",
                part=part,
                needle=word,
                offset=offset,
            )


def unknown_in_text(
    memo: Memo, speller: Speller, text: str, skip: frozenset[str]
) -> Iterator[tuple[int, str]]:
    """`speller.unknown_words(text, skip=skip, names_in_text=True)`, judged line by line: a
    template's lines come back in every message, so each line's unknown words are kept (found
    without `skip`, which only leaves words out: the order's names are left out afterwards).

    A line alone reads as it does in its text: no token spans a line break, and a word is at a
    sentence's start after a line break as at the start of a text."""
    start = 0
    for line in text.split("\n"):
        if line:
            found = memo.recall(("unknown", speller.catalog, line), unknown_in_line, speller, line)
            for offset, word in found:
                if not skip or normal(word).casefold() not in skip:
                    yield start + offset, word
        start += len(line) + 1


def unknown_in_line(speller: Speller, line: str) -> tuple[tuple[int, str], ...]:
    return tuple(speller.unknown_words(line, names_in_text=True))


def rules() -> tuple[Rule, ...]:
    """BSM414: it reads the subject's `Spelling` (the Toolkit's), so it holds none itself."""
    return (
        Rule(
            id="BSM414", name="spelling", severity=Severity.WARNING,
            clause="Opvallende spelfouten of grammaticale fouten",
            summary="a word the dictionary of the buyer's language does not know",
            why="Amazon counts notable spelling errors against a message; they also make a "
            "seller look careless to the buyer.",
            example="Your order will be deliverd on Tuesday.",
            good="Your order will be delivered on Tuesday.",
            fix="Correct the word, or add a brand or product term to "
            "toolkit/data/spelling/<language>.txt after review.",
            fixable=False, needs=frozenset({Context.LOCALE}),
            check=check_spelling,
        ),
    )  # fmt: skip

"""The words that tell what an image is (data/images.toml), and the way names are compared:
folded (no case, no accents) and squashed (one run of letters, the legal form left out)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache

WORD = re.compile(r"[^\W_]+")
MIN_NAME = 4  # a shorter squashed name ("ab", "van") names no shop


@dataclass(frozen=True)
class ImageWords:
    """The word lists of data/images.toml."""

    brand: frozenset[str] = frozenset()
    legal_forms: frozenset[str] = frozenset()
    generic_hosts: frozenset[str] = frozenset()
    product: frozenset[str] = frozenset()
    signature: frozenset[str] = frozenset()
    stock: frozenset[str] = frozenset()
    occasion: frozenset[str] = frozenset()

    @classmethod
    def load(cls, cache: RenderCache | None = None) -> ImageWords:
        data = (cache or RenderCache(None)).toml(data_dir() / "images.toml")

        def words(key: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in data.get(key, ()))

        return cls(
            words("brand_words"),
            frozenset(folded(w).strip(".,") for w in words("legal_forms")),  # "şti" is "sti"
            words("generic_host_labels"),
            words("product_words"),
            frozenset(folded(w) for w in words("signature_words")),
            words("stock_words"),
            frozenset(folded(w) for w in words("occasion_words")),
        )


def folded(text: str) -> str:
    """Lower case without accents: "Kök" and "kok" of a web address are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def words(text: str) -> list[str]:
    return WORD.findall(folded(text))


def squashed(text: str, words_list: ImageWords) -> str:
    """A name as one run of letters and digits, its legal form left out ("Hogar Serrano S.L."
    and "hogarserrano" of "cdn.hogarserrano.es" are one)."""
    tokens = [t for t in folded(text).split() if t.strip(".,") not in words_list.legal_forms]
    return "".join(WORD.findall(" ".join(tokens)))

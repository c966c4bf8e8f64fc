"""Decorative symbols (★ ✔ ➤ ☎ and the like, listed in Unicode's emoji data or not) are
emoji to BSM403 and are cleaned from order data like emoji; typography is neither."""

from __future__ import annotations

import copy
import json

import emoji
import pytest
from conftest import EXAMPLES, NOW

from toolkit.detect import Detectors, clean_order_text, load_detectors
from toolkit.orders import parse_document
from toolkit.pipeline import Toolkit, render_order

PICTOGRAPHS = ["★", "☆", "✔", "✓", "✗", "➤", "►", "▶", "☎", "✉", "♥", "☺", "✈", "❄", "✂", "⚠", "⬇"]
TYPOGRAPHY = ["€", "©", "®", "™", "–", "—", "•", "·", "←", "→", "■", "●", "×", "§", "°", "½"]


@pytest.fixture(scope="module")
def detectors() -> Detectors:
    return load_detectors()


@pytest.mark.parametrize("symbol", PICTOGRAPHS)
def test_a_decorative_symbol_is_found_like_an_emoji(detectors: Detectors, symbol: str) -> None:
    assert [found for _, _, found in detectors.emoji(f"Top {symbol} Qualität")] == [symbol]


@pytest.mark.parametrize("symbol", TYPOGRAPHY)
def test_typography_is_no_emoji(detectors: Detectors, symbol: str) -> None:
    assert detectors.emoji(f"Preis {symbol} 12") == []


def test_the_emoji_characters_file_is_the_emoji_packages(detectors: Detectors) -> None:
    """The pre-filter that keeps the emoji package unloaded for a text without emoji holds
    every character of every emoji it knows (scripts/build_emoji_characters.py writes it)."""
    known = frozenset(ch for e in emoji.EMOJI_DATA for ch in e if ord(ch) > 127)
    assert detectors._emoji_chars == known


def test_an_emoji_is_said_once_with_its_variation_selector(detectors: Detectors) -> None:
    assert [found for _, _, found in detectors.emoji("Danke ❤️ und ✔️")] == ["❤️", "✔️"]


def test_order_data_loses_its_decorative_symbols(detectors: Detectors) -> None:
    title = "★★★★★ Gusseisenpfanne ✔ 24 cm ➤ induktionsgeeignet ☎ Service ♥ – Küchenkram®"
    assert (
        clean_order_text(title, detectors)
        == "Gusseisenpfanne 24 cm induktionsgeeignet Service – Küchenkram®"
    )


def test_a_rendered_message_keeps_no_decorative_symbol_of_a_title(tk: Toolkit) -> None:
    data = json.loads((EXAMPLES / "delivery-delay.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["order"]["OrderItems"][0]["Title"] = "➤ Messing-Tischleuchte ★★★★★ ✔ Bestseller"
    doc = parse_document(data, tk.catalog, source="delivery-delay.json", base_dir=EXAMPLES)
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.message is not None
    assert "Messing-Tischleuchte Bestseller" in outcome.message.html
    assert not [f for f in outcome.findings if f.rule == "BSM403"]

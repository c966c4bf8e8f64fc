"""What the rules that read words cost a message, with the Toolkit's memo and without it.

.venv/bin/python benchmarks/bench_words.py [--rounds 6]

Every example type in every catalog language, each round with another buyer name (so the
sentences that hold the order's data are new, as in a batch), rendered once to warm up, then
checked round after round: by a Toolkit that keeps its judgements (Toolkit.load()) and by a
plain one (Toolkit.load(memo=False)), in the same run. Prints per-message medians of CPU time
(time.process_time: other processes on a busy machine count less), the rules' share of a
whole render, and the word rules' own cost. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from toolkit.model import Message
from toolkit.orders import OrderDocument, parse_document
from toolkit.pipeline import Toolkit, check_message, render_order

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
NAMES = ["Lukas Weber", "Anna de Vries", "Marie Dubois", "Jan Kowalski", "Ayşe Yılmaz"]
WORD_RULES = (
    "BSM104", "BSM107", "BSM108", "BSM109", "BSM201", "BSM202", "BSM203", "BSM204", "BSM205",
    "BSM206", "BSM305", "BSM306", "BSM414",
)  # fmt: skip


def documents(tk: Toolkit, rounds: int) -> list[list[OrderDocument]]:
    locales = sorted(c.replace("_", "-") for c in tk.renderer.store.available())
    found = []
    for k in range(rounds):
        docs = []
        for path in sorted((ROOT / "examples").glob("*.json")):
            base = json.loads(path.read_text(encoding="utf-8"))
            for locale in locales:
                data = copy.deepcopy(base)
                data["buyer"]["locale"] = locale
                data["order"]["BuyerInfo"]["BuyerName"] = f"{NAMES[k % len(NAMES)]} {k}"
                docs.append(
                    parse_document(data, tk.catalog, source=str(path), base_dir=path.parent)
                )
        found.append(docs)
    return found


def median_ms(calls: list[Callable[[], object]]) -> float:
    times = []
    for call in calls:
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=6)
    rounds = max(parser.parse_args().rounds, 2)
    kept, plain = Toolkit.load(), Toolkit.load(memo=False)
    plain.spelling = kept.spelling  # one dictionary, opened once: only the memo differs
    batches = documents(kept, 2 * rounds - 1)  # round 0 warms; then new names every message
    words = kept.registry.select(WORD_RULES)
    for tk in (kept, plain):
        for doc in batches[0]:  # warm: templates compiled, dictionaries opened
            render_order(tk, doc, now=NOW)
    rendered = [doc for docs in batches[1:rounds] for doc in docs]
    checked: list[tuple[Message, OrderDocument]] = []  # rendered by the plain Toolkit: not
    for docs in batches[rounds:]:  # seen by the other before it is checked
        for doc in docs:
            outcome = render_order(plain, doc, now=NOW)
            if outcome.message is not None:
                checked.append((outcome.message, doc))
    print(
        f"{len(rendered)} messages rendered, {len(checked)} checked: "
        f"{len(batches[0])} (type, language) pairs, a new buyer name each round"
    )
    for label, tk in (("with the memo", kept), ("plain (memo=False)", plain)):
        whole = median_ms([partial(render_order, tk, d, now=NOW) for d in rendered])
        # each message checked once by each Toolkit (every other one for all rules)
        rules = median_ms([partial(check_message, tk, m, doc=d, now=NOW) for m, d in checked[::2]])
        word = median_ms(
            [
                partial(check_message, tk, m, doc=d, now=NOW, registry=words)
                for m, d in checked[1::2]
            ]
        )
        print(
            f"{label:<20} whole render {whole:6.3f} ms   every rule {rules:6.3f} ms "
            f"({rules / whole:4.0%} of it)   the word rules {word:6.3f} ms   (CPU, medians)"
        )
    print(f"memo: {len(kept.memo)} judgements kept (at most {kept.memo.limit + kept.memo.recent})")


if __name__ == "__main__":
    main()

"""What the plain-text part costs: the walk of toolkit/text.py next to the inscriptis-based text
it replaced (tests/test_text.py keeps that as its reference; inscriptis is a dev dependency).
Prints figures; asserts nothing.

.venv/bin/python benchmarks/bench_text.py [--n 300]

Rows: every bundled example rendered in English (the final HTML `render_order` derives the text
from), medians of n calls each, both measured in this run; the walk reads style attributes
through the Toolkit's cache, as the pipeline does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

from timing import per_call_ms

from toolkit import dom
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, render_order
from toolkit.text import plain_text

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
sys.path.insert(0, str(ROOT / "tests"))
from test_text import reference_text  # noqa: E402  (the reference lives with its tests)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    n = parser.parse_args().n
    tk = Toolkit.load()
    rows = []
    for path in sorted((ROOT / "examples").glob("*.json")):
        outcome = render_order(tk, load_document(path, tk.catalog), now=NOW)
        assert outcome.message is not None
        root = dom.parse_html(outcome.message.html)
        before = per_call_ms(lambda: reference_text(root), n)  # noqa: B023
        after = per_call_ms(lambda: plain_text(root, ":", tk.text_styles), n)  # noqa: B023
        rows.append((path.stem, before, after))
    print(f"{'example':<30} {'inscriptis':>11} {'walk':>9} {'ratio':>6}   (ms, median of {n})")
    for name, before, after in rows:
        print(f"{name:<30} {before:11.4f} {after:9.4f} {before / after:6.1f}")
    before = statistics.median(r[1] for r in rows)
    after = statistics.median(r[2] for r in rows)
    print(f"{'median over the examples':<30} {before:11.4f} {after:9.4f} {before / after:6.1f}")


if __name__ == "__main__":
    main()

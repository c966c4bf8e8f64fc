"""What checking one message costs, next to what premailer costs to inline the same message.
Prints figures; asserts nothing.

.venv/bin/python benchmarks/bench_check.py [--n 200] [--corpus ../shared/corpus/public]

Rows: every bundled example rendered (the messages `bsm render` emits, checked without
context and with their order), and every file of the public corpus (real-world e-mail HTML,
checked as `bsm check` reads it). Each figure is the median of n runs; premailer inlines the
same HTML (the project's stylesheet for rendered messages, the file's own <style> blocks for
the corpus). BSM414 (spelling) is timed apart, as its dictionaries are another helper's.
"""

from __future__ import annotations

import argparse
import statistics
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from timing import per_call_ms

from toolkit.inline import inline_css
from toolkit.model import Message
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, check_message, render_order
from toolkit.reader import load_attachment_kinds, read_file

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/public")
    args = parser.parse_args()
    n = args.n
    tk = Toolkit.load()
    without_spelling = tk.registry.select(ignore=["BSM414"])
    spelling = tk.registry.select(["BSM414"]) if tk.registry.get("BSM414") else None
    css = (ROOT / "templates" / "style.css").read_text(encoding="utf-8")

    print(f"{'message':<48} {'check':>8} {'+order':>8} {'premailer':>10}")
    checks, premailers = [], []
    for path in sorted((ROOT / "examples").glob("*.json")):
        doc = load_document(path, tk.catalog)
        message = render_order(tk, doc, now=NOW).message
        assert message is not None
        bare = replace(message, type=None, locale=None)
        check = per_call_ms(partial(check_message, tk, bare, registry=without_spelling), n)
        ordered = per_call_ms(
            partial(check_message, tk, message, doc=doc, now=NOW, registry=without_spelling), n
        )
        inline = per_call_ms(partial(inline_css, message.html, css), max(n // 4, 10))
        checks.append(check)
        premailers.append(inline)
        print(f"rendered {path.stem:<39} {check:7.3f}  {ordered:7.3f}  {inline:9.3f}")

    if args.corpus.is_dir():
        kinds = load_attachment_kinds()
        for path in sorted(args.corpus.rglob("*.html")):
            source = read_file(path, kinds)
            html = source.message.html
            check = per_call_ms(
                partial(check_message, tk, source.message, registry=without_spelling),
                max(n // 4, 10),
            )
            inline = per_call_ms(partial(inline_css, html, ""), max(n // 10, 5))
            checks.append(check)
            premailers.append(inline)
            name = str(path.relative_to(args.corpus))
            print(f"corpus {name:<41} {check:7.3f}  {'':>7}  {inline:9.3f}")
    else:
        print(f"(no corpus at {args.corpus}: rendered messages only)")

    print(
        f"\nmedian over {len(checks)} messages: check {statistics.median(checks):.3f} ms, "
        f"premailer {statistics.median(premailers):.3f} ms "
        f"(check / premailer = {statistics.median(checks) / statistics.median(premailers):.2f})"
    )
    if spelling is not None:
        sample = Message(None, "en-GB", "", "<p>" + "We checked your order. " * 20 + "</p>", "")
        cost = per_call_ms(lambda: check_message(tk, sample, registry=spelling), n)
        print(f"BSM414 spelling alone, a 100-word English message: {cost:.3f} ms")


if __name__ == "__main__":
    main()

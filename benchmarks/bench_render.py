"""What one rendered message costs, stage by stage. Prints figures; asserts nothing.

.venv/bin/python benchmarks/bench_render.py [--n 300]
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from pathlib import Path

from timing import per_call_ms

from toolkit import dom
from toolkit.enforce import enforce, enforce_measured
from toolkit.inline import inline_css
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, check_message, message_subject, render_order
from toolkit.text import plain_text

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    n = parser.parse_args().n
    tk = Toolkit.load()
    docs = [load_document(p, tk.catalog) for p in sorted((ROOT / "examples").glob("*.json"))]
    start = time.perf_counter()
    for doc in docs:  # cold: templates compiled and inlined for the first time
        render_order(tk, doc, now=NOW)
    cold = (time.perf_counter() - start) * 1000 / len(docs)

    doc = next(d for d in docs if d.message_type == "delivery-scheduling")
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.message is not None
    rendered = tk.renderer.render(
        doc, tk.catalog.get(doc.message_type), tk.renderer.catalog_for(doc.locale)
    )  # type: ignore[arg-type]
    css = (ROOT / "templates" / "style.css").read_text(encoding="utf-8")

    def stage_enforce() -> None:
        enforce(dom.parse_html(rendered.html), tk.policy)

    def enforce_then_rules() -> None:  # as render_order did before: every rule measures
        root = dom.parse_html(rendered.html)
        enforce(root, tk.policy)
        check_message(tk, outcome.message, root=root, doc=doc, now=NOW)  # type: ignore[arg-type]

    def enforce_measured_rules() -> None:  # render_order: the rules get the pass's measurements
        root = dom.parse_html(rendered.html)
        _, measured = enforce_measured(root, tk.policy)
        subject = message_subject(
            tk, outcome.message, root=root, doc=doc, now=NOW, measured=measured
        )  # type: ignore[arg-type]
        tk.registry.run(subject)

    root = dom.parse_html(outcome.message.html)
    rows = [
        (
            "whole message (warm: render, enforce, text, check)",
            lambda: render_order(tk, doc, now=NOW),
        ),
        (
            "  Jinja render (subject + HTML)",
            lambda: tk.renderer.render(doc, tk.catalog.get(doc.message_type), "en"),
        ),  # type: ignore[arg-type]
        ("  parse + enforcement pass", stage_enforce),
        ("  plain-text part", lambda: plain_text(root, ":", tk.text_styles)),
        (
            "  every rule on the final message",
            lambda: check_message(tk, outcome.message, root=root, doc=doc, now=NOW),
        ),  # type: ignore[arg-type]
        ("  parse + pass + every rule measuring for itself", enforce_then_rules),
        ("  parse + pass + every rule given its measurements", enforce_measured_rules),
        (
            "premailer on one rendered message (what we avoid)",
            lambda: inline_css(rendered.html, css),
        ),
    ]
    print(
        f"cold first render, per message: {cold:.1f} ms ({len(docs)} types, templates inlined once)"
    )
    for label, fn in rows:
        print(f"{label:<55} {per_call_ms(fn, n):7.3f} ms  (median of {n})")
    total = per_call_ms(lambda: [render_order(tk, d, now=NOW) for d in docs], max(n // 10, 5))
    print(f"{'all example types, warm, per message':<55} {total / len(docs):7.3f} ms")


if __name__ == "__main__":
    main()

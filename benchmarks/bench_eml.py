"""The .eml build, a message at a time: `to_eml` (toolkit.eml's assembly) against `build_eml`
(EmailMessage with the SMTP policy) on every example in every catalog language, and a header's
fold (toolkit.eml.fold_encoded, or the policy's parse and fold where it declines) against the
policy's on the subjects and buyer names of those messages and generated ones. Medians of
alternating rounds, in one process.

    .venv/bin/python benchmarks/bench_eml.py [--rounds 7]

Run it with PYTHONPATH=<another checkout> to time that checkout's to_eml in the same way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
GENERATED = ["Sipariş 305-1111111-2222222 – teşekkürler", "Łukasz Żółć", "Ирина Петрова",
             "山田 太郎", "Dr. A. Müller-Lüdenscheid", "José (Pepe) García", "Ünal Yılmaz",
             "Zamówienie 305-1111111-2222222: opóźnienie dostawy, przepraszamy za kłopot",
             "[Wichtig] Verzögerung beim Versand Ihrer Bestellung 305-2222222-3333333 – "
             "wir bitten um Entschuldigung für die Unannehmlichkeiten"]  # fmt: skip


def outcomes() -> list[Any]:
    """Every example rendered in every catalog language (what has a message)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_eml_equivalence import example_outcomes

    from toolkit.pipeline import Toolkit

    return example_outcomes(Toolkit.load())


def per_item(run: Callable[[], object], n: int, rounds: int) -> float:
    """Median microseconds an item over `rounds` runs of `run` (which does `n` items)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    from email.policy import SMTP
    from email.utils import formataddr

    import toolkit.eml as eml
    from toolkit.output import build_eml, to_eml

    found = outcomes()
    plain = [(o.message, o) for o in found if not o.message.attachments]
    attached = [(o.message, o) for o in found if o.message.attachments]
    buyers = [
        "Ayşe Kaya",
        "Zofia Nowak",
        "José García",
        "Анна Смирнова",
        "Łukasz Żółć",
        "山田 太郎",
    ]
    headers = (
        [("Subject", m.subject) for m, _ in plain + attached]
        + [("Subject", s) for s in GENERATED]
        + [("To", formataddr((b, "x4k9p2m7q1w8@marketplace.amazon.de"))) for b in buyers]
    )
    foreign = [(n, v) for n, v in headers if not v.isascii() or "=?" in v]

    def policy(name: str, value: str) -> bytes:
        return SMTP.fold_binary(*SMTP.header_store_parse(name, value))

    fold = getattr(eml, "fold_encoded", None)
    fast = [v for n, v in foreign if fold is not None and fold(n, v) is not None]
    print(f"toolkit from {Path(eml.__file__).parent}")
    print(f"{len(plain)} messages without attachments, {len(attached)} with; {len(foreign)} "
          f"non-ASCII Subject and To values, {len(fast)} folded without the policy")  # fmt: skip
    rows = {
        "to_eml, no attachments (us/msg)": lambda: [to_eml(m, o, NOW) for m, o in plain],
        "build_eml, no attachments": lambda: [build_eml(m, o, NOW) for m, o in plain],
        "to_eml, attachments (us/msg)": lambda: [to_eml(m, o, NOW) for m, o in attached],
        "policy fold (us/header)": lambda: [policy(n, v) for n, v in foreign],
    }
    if fold is not None:
        rows["fold_encoded (us/header)"] = lambda: [fold(n, v) or policy(n, v)
                                                   for n, v in foreign]  # fmt: skip
    sizes = {name: len(attached) if "attachments (" in name else len(plain) for name in rows}
    sizes.update({name: len(foreign) for name in rows if "header" in name})
    results: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(args.rounds):  # alternating, so that the machine's load falls on each alike
        for name, run in rows.items():
            results[name].append(per_item(run, sizes[name], 1))
    for name, figures in results.items():
        print(f"  {name:32} {statistics.median(figures):9.1f}")


if __name__ == "__main__":
    main()

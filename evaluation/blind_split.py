"""Split a blind set written per language into a half to build with and a half to measure.

Each of the blind sets v2 to v34 was written by three writers, each blind to the checker and to
the other sets, 50 messages in each of three languages (the 50 scenarios of README.md):
<set>_src/lang_<xx>.py, with the writers' own validators <set>_src/check_*.py, run first.

The split is fixed: per language, the clean messages and the others are each shuffled with a
seed of their own and dealt alternately, so each half has 25 messages of every language, 8 or 9
of them clean. `<set>_heldout.jsonl` is the half not to look at.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
LANGS = ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]  # fmt: skip
ORDER = re.compile(r"^\d{3}-\d{7}-\d{7}$")


def records(here: Path) -> list[dict]:
    sys.path.insert(0, str(here))
    found: list[dict] = []
    for lang in LANGS:
        found += importlib.import_module(f"lang_{lang}").MESSAGES
    ids = [r["id"] for r in found]
    orders = [r["order_id"] for r in found]
    assert len(set(ids)) == len(ids), "ids repeat"
    assert len(set(orders)) == len(orders), "order numbers repeat across writers"
    for r in found:
        assert list(r) == FIELDS or set(r) == set(FIELDS), r["id"]
        assert ORDER.match(r["order_id"]), r["id"]
    return found


def split(found: list[dict], seed: int) -> tuple[list[dict], list[dict]]:
    dev: list[dict] = []
    heldout: list[dict] = []
    for lang in LANGS:
        mine = sorted((r for r in found if r["language"] == lang), key=lambda r: r["id"])
        assert len(mine) == 50, lang
        turn = 0
        for clean in (True, False):
            group = [r for r in mine if (not r["expected"]) == clean]
            random.Random(f"{seed}-{lang}-{clean}").shuffle(group)
            for r in group:
                (dev if turn % 2 == 0 else heldout).append(r)
                turn += 1
    key = lambda r: (LANGS.index(r["language"]), r["id"])  # noqa: E731
    return sorted(dev, key=key), sorted(heldout, key=key)


def write(path: Path, rows: list[dict]) -> None:
    text = "".join(json.dumps({f: r[f] for f in FIELDS}, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")


def build(here: Path, name: str, seed: int) -> None:
    """Validate the writers' sources in `here` with their own checks, then write
    evaluation/<name>_dev.jsonl and evaluation/<name>_heldout.jsonl."""
    for check in sorted(here.glob("check_*.py")):
        subprocess.run([sys.executable, str(check)], check=True, cwd=here,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    dev, heldout = split(records(here), seed)
    write(OUT / f"{name}_dev.jsonl", dev)
    write(OUT / f"{name}_heldout.jsonl", heldout)
    print(f"{name}_dev.jsonl: {len(dev)}, {name}_heldout.jsonl: {len(heldout)}")

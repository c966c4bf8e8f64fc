"""Build evaluation/v2_dev.jsonl and evaluation/v2_heldout.jsonl from the v2 writers' sources.

Three writers, each blind to the checker and to the other sets, wrote 50 messages in each of
three languages (the 50 scenarios of evaluation/README.md): lang_<xx>.py. Their own validators
(check_a.py: nl en de; check_b.py: fr it es; check_c.py: pl sv tr) are run first.

The split is fixed: per language, the clean messages and the others are each shuffled with a
seed of their own and dealt alternately, so each half has 25 messages of every language, 8 or 9
of them clean. `heldout` is the half not to look at.

    python3 evaluation/v2_src/build.py
"""

from __future__ import annotations

import importlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LANGS = ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]  # fmt: skip
ORDER = re.compile(r"^\d{3}-\d{7}-\d{7}$")
SEED = 20261207


def records() -> list[dict]:
    sys.path.insert(0, str(HERE))
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


def split(found: list[dict]) -> tuple[list[dict], list[dict]]:
    dev: list[dict] = []
    heldout: list[dict] = []
    for lang in LANGS:
        mine = sorted((r for r in found if r["language"] == lang), key=lambda r: r["id"])
        assert len(mine) == 50, lang
        turn = 0
        for clean in (True, False):
            group = [r for r in mine if (not r["expected"]) == clean]
            random.Random(f"{SEED}-{lang}-{clean}").shuffle(group)
            for r in group:
                (dev if turn % 2 == 0 else heldout).append(r)
                turn += 1
    key = lambda r: (LANGS.index(r["language"]), r["id"])  # noqa: E731
    return sorted(dev, key=key), sorted(heldout, key=key)


def write(path: Path, rows: list[dict]) -> None:
    text = "".join(json.dumps({f: r[f] for f in FIELDS}, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    for check in ("check_a.py", "check_b.py", "check_c.py"):
        subprocess.run([sys.executable, str(HERE / check)], check=True, cwd=HERE,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    dev, heldout = split(records())
    write(OUT / "v2_dev.jsonl", dev)
    write(OUT / "v2_heldout.jsonl", heldout)
    print(f"v2_dev.jsonl: {len(dev)}, v2_heldout.jsonl: {len(heldout)}")


if __name__ == "__main__":
    main()

"""Build evaluation/dev.jsonl and evaluation/heldout.jsonl from the language modules.

Run from anywhere: ``python evaluation/src/build.py``. Deterministic (fixed seeds).
"""

import importlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import NOTES  # noqa: E402

LANGS = ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]
PREFIXES = [
    "028",
    "112",
    "171",
    "202",
    "302",
    "303",
    "304",
    "305",
    "306",
    "402",
    "403",
    "404",
    "405",
    "407",
    "408",
]
SEED = 20261120


def order_id(rng: random.Random) -> str:
    return f"{rng.choice(PREFIXES)}-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}"


def build() -> list[dict]:
    out = []
    for lang in LANGS:
        mod = importlib.import_module(f"lang_{lang}")
        rng = random.Random(f"{SEED}-{lang}")
        for i, m in enumerate(mod.MESSAGES, 1):
            oid = order_id(rng)
            rec = {
                "id": f"{lang}-{i:03d}",
                "language": lang,
                "locale": m.get("loc", mod.LOCALE),
                "type": m["t"],
                "format": m["f"],
                "subject": m["s"].replace("{oidnd}", oid.replace("-", "")).replace("{oid}", oid),
                "body": m["b"].replace("{oidnd}", oid.replace("-", "")).replace("{oid}", oid),
                "order_id": oid,
                "expected": sorted(m["e"]),
                "note": m.get("n") or NOTES[m["k"]],
                "_key": m["k"],
            }
            out.append(rec)
    return out


def stratum(rec: dict) -> str:
    if not rec["expected"]:
        return "clean-" + rec["format"]
    return rec["expected"][0]


def split(recs: list[dict]) -> tuple[list[dict], list[dict]]:
    """Greedy stratified split: per (rule stratum) and per language, about half each."""
    rng = random.Random(SEED)
    halves = ([], [])
    by_stratum: dict[str, list[dict]] = {}
    for r in recs:
        by_stratum.setdefault(stratum(r), []).append(r)
    lang_count = [Counter(), Counter()]
    lang_stratum = [Counter(), Counter()]
    keys = sorted(by_stratum)
    rng.shuffle(keys)
    for key in keys:
        items = by_stratum[key][:]
        rng.shuffle(items)
        count = [0, 0]
        for r in items:
            lg = r["language"]
            score = []
            for h in (0, 1):
                score.append(
                    (count[h], lang_stratum[h][(lg, key[:5])], lang_count[h][lg], rng.random())
                )
            h = 0 if score[0] < score[1] else 1
            halves[h].append(r)
            count[h] += 1
            lang_count[h][lg] += 1
            lang_stratum[h][(lg, key[:5])] += 1
    for h in halves:
        h.sort(key=lambda r: (LANGS.index(r["language"]), r["id"]))
    return halves


OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
FIELDS = [
    "id",
    "language",
    "locale",
    "type",
    "format",
    "subject",
    "body",
    "order_id",
    "expected",
    "note",
]


def main() -> None:
    recs = build()
    ids = Counter(r["id"] for r in recs)
    assert all(v == 1 for v in ids.values()), "duplicate ids"
    for r in recs:
        assert OID.match(r["order_id"]), r["id"]
    dev, held = split(recs)
    root = HERE.parent
    for name, half in (("dev", dev), ("heldout", held)):
        with open(root / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in half:
                fh.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    for lang in LANGS:
        rs = [r for r in recs if r["language"] == lang]
        clean = sum(1 for r in rs if not r["expected"])
        d = sum(1 for r in dev if r["language"] == lang)
        print(
            f"{lang}: {len(rs)} messages, {clean} clean, {len(rs) - clean} violating;"
            f" dev {d}, heldout {len(rs) - d}"
        )
    print(f"total {len(recs)}: dev {len(dev)}, heldout {len(held)}")


if __name__ == "__main__":
    main()

"""Validate the v3 records of writer A (nl, en, de). Standard library only."""
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lang_nl, lang_en, lang_de  # noqa: E402

RULES = Path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")).read_text(encoding="utf-8")
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", RULES, re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
LOCALES = {"nl": {"nl-NL", "nl-BE"}, "en": {"en-GB", "en-US"}, "de": {"de-DE", "de-AT"}}
PREFIX = {"nl": "301", "en": "302", "de": "303"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DPp]|<3")
errors = []
all_ids, all_oids = set(), set()


def err(rec, msg):
    errors.append(f"{rec.get('id', '?')}: {msg}")


for mod in (lang_nl, lang_en, lang_de):
    lang = mod.LANG
    recs = mod.MESSAGES
    if len(recs) != 50:
        errors.append(f"{lang}: {len(recs)} records, want 50")
    for i, r in enumerate(recs, 1):
        if set(r) != set(FIELDS):
            err(r, f"fields {sorted(set(r) ^ set(FIELDS))}")
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t) or (t is str and not r[k].strip()):
                err(r, f"field {k} bad")
        if r["id"] != f"v3-{lang}-{i:03d}":
            err(r, "id out of sequence")
        if r["id"] in all_ids:
            err(r, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang:
            err(r, "language")
        if r["locale"] not in LOCALES[lang]:
            err(r, f"locale {r['locale']}")
        if r["type"] not in TYPES:
            err(r, f"type {r['type']}")
        if r["format"] not in ("html", "text"):
            err(r, "format")
        exp = r["expected"]
        if exp != sorted(set(exp)) or any(not isinstance(x, str) for x in exp):
            err(r, "expected not sorted/unique")
        for x in exp:
            if x not in RULE_IDS:
                err(r, f"unknown rule {x}")
            if x in NEVER:
                err(r, f"rule {x} never expected by policy")
        o = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(PREFIX[lang] + "-"):
            err(r, f"order_id {o}")
        if o in all_oids:
            err(r, "duplicate order_id")
        all_oids.add(o)
        text = r["subject"] + "\n" + r["body"]
        found = OID.findall(text)
        if "BSM102" in exp:
            if found:
                err(r, "BSM102 but order number present")
        else:
            if o not in text:
                err(r, "order number missing")
            if any(f != o for f in found):
                err(r, f"other order-like numbers {found}")
        if "BSM110" not in exp and r["type"] in ("return-follow-up", "invoice", "review-request", "reply"):
            if re.search(r"\[(important|belangrijk|wichtig)\]", r["subject"], re.I):
                err(r, "important tag on non-critical type without BSM110")
        if not exp:  # sanity lints for clean messages
            b = r["body"]
            checks = [
                (EMOJI.search(text), "emoji/emoticon"),
                ("@" in text, "@ sign"),
                ("http://" in text, "http link"),
                ("\n\n\n" in b, "blank-line run"),
                (re.search(r"style\s*=|<style|<font|align\s*=|<center|<h[1-6]", b, re.I), "styling"),
                (re.search(r"<br>\s*<br>\s*<br>|<p>\s*</p>", b, re.I), "br run / empty p"),
                (re.search(r"<img(?![^>]*alt=\"[^\"]+\")", b), "img without alt"),
                (re.search(r"\+\d{1,3}[\s(]", b), "international phone"),
            ]
            for hit, what in checks:
                if hit:
                    err(r, f"clean message has {what}")
            for href in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.", href):
                    err(r, f"clean message links to {href}")
    c = Counter(x for r in recs for x in r["expected"])
    clean = sum(1 for r in recs if not r["expected"])
    if clean != 17:
        errors.append(f"{lang}: {clean} clean, want 17")
    loc = Counter(r["locale"] for r in recs)
    print(f"{lang}: {len(recs)} records, {clean} clean, locales {dict(loc)}")
    print("   " + ", ".join(f"{k}:{v}" for k, v in sorted(c.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

"""Validate the v28 fr/it/es modules (standard library only)."""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
PREFIX = {"fr": "594-", "it": "595-", "es": "596-"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_orders = set(), set()
for lang in ("fr", "it", "es"):
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    counts = {}
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            errors.append("%s: fields %s" % (rid, sorted(set(m) ^ set(FIELDS))))
        for f, t in FIELDS.items():
            if not isinstance(m.get(f), t):
                errors.append("%s: %s not %s" % (rid, f, t.__name__))
        if rid != "v28-%s-%03d" % (lang, i):
            errors.append("%s: bad id (expected position %d)" % (rid, i))
        if rid in all_ids:
            errors.append("%s: duplicate id" % rid)
        all_ids.add(rid)
        if m["language"] != lang or not m["locale"].startswith(lang + "-"):
            errors.append("%s: language/locale %s %s" % (rid, m["language"], m["locale"]))
        if m["type"] not in TYPES:
            errors.append("%s: type %s" % (rid, m["type"]))
        if m["format"] not in ("text", "html"):
            errors.append("%s: format %s" % (rid, m["format"]))
        o = m["order_id"]
        if not ORDER_RE.match(o) or not o.startswith(PREFIX[lang]):
            errors.append("%s: order_id %s" % (rid, o))
        if o in all_orders:
            errors.append("%s: duplicate order_id" % rid)
        all_orders.add(o)
        exp = m["expected"]
        if exp != sorted(set(exp)):
            errors.append("%s: expected not sorted/unique" % rid)
        for r in exp:
            if r not in rule_ids:
                errors.append("%s: unknown rule %s" % (rid, r))
        present = o in m["subject"] or o in m["body"]
        if "BSM102" in exp:
            if present or re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"]):
                errors.append("%s: BSM102 expected but an order number is present" % rid)
        elif not present:
            errors.append("%s: order number missing" % rid)
        if "\n\n\n" in m["body"] and "BSM412" not in exp:
            errors.append("%s: two blank lines but no BSM412" % rid)
        if not m["note"].strip():
            errors.append("%s: empty note" % rid)
        if not exp:
            clean += 1
        for r in exp:
            counts[r] = counts.get(r, 0) + 1
    if clean != 17:
        errors.append("%s: %d clean (want 17)" % (lang, clean))
    print("%s: %d records, %d clean; %s" % (
        lang, len(msgs), clean, ", ".join("%s x%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("FAILED")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")

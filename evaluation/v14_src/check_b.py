"""Validate the v14 fr/it/es modules (standard library only)."""
import importlib
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"fr": ("fr-FR", "453"), "it": ("it-IT", "454"), "es": ("es-ES", "455")}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}

rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
errors = []
all_ids, all_orders = set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?") if isinstance(rec, dict) else "?", msg))


for lang, (locale, prefix) in LANGS.items():
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, expected 50" % (lang, len(msgs)))
    counts = Counter()
    for i, r in enumerate(msgs, 1):
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for f, t in FIELDS.items():
            if not isinstance(r[f], t):
                err(r, "field %s not %s" % (f, t.__name__))
        if r["id"] != "v14-%s-%03d" % (lang, i):
            err(r, "bad id")
        if r["id"] in all_ids:
            err(r, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang or r["locale"] != locale:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %r" % r["type"])
        if r["format"] not in ("text", "html"):
            err(r, "format %r" % r["format"])
        if not r["note"].strip() or not r["body"].strip() or not r["subject"].strip():
            err(r, "empty text field")
        oid = r["order_id"]
        if not ORDER_RE.match(oid) or not oid.startswith(prefix + "-"):
            err(r, "order_id format %r" % oid)
        a, b = oid.split("-")[1:] if ORDER_RE.match(oid) else ("", "")
        if a == b:
            err(r, "order_id halves equal")
        if oid in all_orders:
            err(r, "duplicate order_id")
        all_orders.add(oid)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(r, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(r, "unknown rule %s" % e)
            if e in NEVER:
                err(r, "rule %s is never expected by the labelling policy" % e)
        present = oid in r["subject"] or oid in r["body"]
        any_oid = re.search(r"\b\d{3}-\d{7}-\d{7}\b", r["subject"] + r["body"])
        if "BSM102" in exp:
            if any_oid:
                err(r, "BSM102 expected but an order number is present")
        elif not present:
            err(r, "order number missing")
        if any_oid and any_oid.group(0) != oid:
            err(r, "other order number in text")
        if r["format"] == "text" and re.search(r"<(p|br|div|a|img|table)\b", r["body"], re.I):
            err(r, "HTML tags in a text record")
        if not exp:
            counts["clean"] += 1
        for e in exp:
            counts[e] += 1
    if counts["clean"] != 17:
        errors.append("%s: %d clean, expected 17" % (lang, counts["clean"]))
    print(lang, "records=%d" % len(msgs), dict(sorted(counts.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

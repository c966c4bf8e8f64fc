"""Validate the v3 blind-set modules for pl, sv, tr (writer C)."""
import os
import importlib, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
LANGS = {"pl": ("pl-PL", "407-"), "sv": ("sv-SE", "408-"), "tr": ("tr-TR", "171-")}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")

errors = []
all_orders = Counter()
for lang, (locale, prefix) in LANGS.items():
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(rec, text):
        errors.append("%s %s: %s" % (lang, rec.get("id", "?") if isinstance(rec, dict) else "?", text))
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    ids = Counter(r.get("id") for r in msgs)
    for i, c in ids.items():
        if c > 1:
            errors.append("%s: duplicate id %s" % (lang, i))
    want_ids = {"v3-%s-%03d" % (lang, n) for n in range(1, 51)}
    if set(ids) != want_ids:
        errors.append("%s: ids not v3-%s-001..050" % (lang, lang))
    clean = 0
    per_rule = Counter()
    for r in msgs:
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(r, "field %s not %s" % (k, t.__name__))
        if r["language"] != lang or r["locale"] != locale:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %s" % r["type"])
        if r["format"] not in ("html", "text"):
            err(r, "format")
        if not ORDER_RE.match(r["order_id"]) or not r["order_id"].startswith(prefix):
            err(r, "order_id %s" % r["order_id"])
        all_orders[r["order_id"]] += 1
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(r, "expected not sorted/unique")
        for e in exp:
            if e not in RULES:
                err(r, "unknown rule %s" % e)
            if e in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                err(r, "rule %s never expected by policy" % e)
        present = r["order_id"] in r["subject"] or r["order_id"] in r["body"]
        if "BSM102" in exp:
            if re.search(r"\d{3}-\d{7}-\d{7}", r["subject"] + r["body"]):
                err(r, "BSM102 expected but a hyphenated order number is present")
        elif not present:
            err(r, "order number missing")
        if not r["note"].strip() or "\n" in r["note"]:
            err(r, "note")
        if r["format"] == "text" and "<" in r["body"] and re.search(r"<\w+[^>]*>", r["body"]):
            err(r, "text body has HTML tags")
        if not exp:
            clean += 1
            b = r["body"]
            if r["format"] == "text" and "\n\n\n" in b:
                err(r, "clean text with two blank lines")
            if "@" in b or "http://" in b or "style=" in b or "<style" in b:
                err(r, "clean body with @, http:// or style")
        for e in exp:
            per_rule[e] += 1
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    print("%s: %d records, clean %d, %s" % (lang, len(msgs), clean,
          ", ".join("%s %d" % kv for kv in sorted(per_rule.items()))))
for o, c in all_orders.items():
    if c > 1:
        errors.append("order number %s used %d times" % (o, c))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

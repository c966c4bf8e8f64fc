"""Validate lang_fr.py, lang_it.py, lang_es.py (v8 writer b)."""
import os
import importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", RULES))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
ORDER = re.compile(r"^\d{3}-\d{7}-\d{7}$")
PREFIX = {"fr": "605-", "it": "606-", "es": "607-"}

def load(code):
    spec = importlib.util.spec_from_file_location("lang_" + code, os.path.join(HERE, "lang_%s.py" % code))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.MESSAGES

errors = []
all_orders = set()
for code in ("fr", "it", "es"):
    msgs = load(code)
    def err(i, s): errors.append("%s #%s: %s" % (code, i, s))
    if len(msgs) != 50: err("-", "expected 50 records, got %d" % len(msgs))
    clean = sum(1 for m in msgs if m.get("expected") == [])
    if clean != 17: err("-", "expected 17 clean, got %d" % clean)
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids): err("-", "duplicate ids")
    counts = {}
    for n, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS): err(n, "fields %s" % sorted(set(m) ^ set(FIELDS)))
        for k, t in FIELDS.items():
            if not isinstance(m.get(k), t): err(n, "field %s not %s" % (k, t.__name__))
        if m["id"] != "v8-%s-%03d" % (code, n): err(n, "bad id %s" % m["id"])
        if m["language"] != code: err(n, "language")
        if not m["locale"].startswith(code + "-"): err(n, "locale %s" % m["locale"])
        if m["type"] not in TYPES: err(n, "type %s" % m["type"])
        if m["format"] not in ("text", "html"): err(n, "format")
        if not ORDER.match(m["order_id"]) or not m["order_id"].startswith(PREFIX[code]): err(n, "order_id %s" % m["order_id"])
        if m["order_id"] in all_orders: err(n, "order_id reused")
        all_orders.add(m["order_id"])
        exp = m["expected"]
        if exp != sorted(set(exp)): err(n, "expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS: err(n, "unknown rule %s" % r)
            counts[r] = counts.get(r, 0) + 1
        if "BSM101" in exp: err(n, "BSM101 never expected")
        present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
        if "BSM102" in exp:
            if present or re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"]): err(n, "BSM102 but order number present")
        elif not present: err(n, "order number missing")
        if "{O}" in m["subject"] + m["body"] or "{N}" in m["subject"] + m["body"]: err(n, "placeholder left")
        if not m["note"].strip(): err(n, "empty note")
    print(code, "records", len(msgs), "clean", clean, " ".join("%s:%d" % kv for kv in sorted(counts.items())))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")

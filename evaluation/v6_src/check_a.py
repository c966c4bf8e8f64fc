"""Validate the v6 blind-set modules lang_nl, lang_en, lang_de."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_de  # noqa: E402
import lang_en  # noqa: E402
import lang_nl  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
ORDER = re.compile(r"\d{3}-\d{7}-\d{7}")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}

errors = []
all_ids, all_orders = set(), set()
for mod, lang, prefix in ((lang_nl, "nl", "402-"), (lang_en, "en", "403-"), (lang_de, "de", "404-")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    for i, r in enumerate(msgs, 1):
        rid = r.get("id")
        if set(r) != set(FIELDS):
            errors.append("%s: fields %s" % (rid, sorted(set(r) ^ set(FIELDS))))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                errors.append("%s: %s not %s" % (rid, k, t.__name__))
        if rid != "v6-%s-%03d" % (lang, i):
            errors.append("%s: id out of sequence" % rid)
        if rid in all_ids:
            errors.append("%s: duplicate id" % rid)
        all_ids.add(rid)
        if r["language"] != lang or not r["locale"].startswith(lang + "-"):
            errors.append("%s: language/locale" % rid)
        if r["type"] not in TYPES:
            errors.append("%s: type %s" % (rid, r["type"]))
        if r["format"] not in ("text", "html"):
            errors.append("%s: format" % rid)
        o = r["order_id"]
        if not ORDER.fullmatch(o) or not o.startswith(prefix):
            errors.append("%s: order_id %s" % (rid, o))
        if o in all_orders:
            errors.append("%s: duplicate order %s" % (rid, o))
        all_orders.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            errors.append("%s: expected not sorted/unique" % rid)
        for e in exp:
            if e not in rule_ids:
                errors.append("%s: unknown rule %s" % (rid, e))
            if e in NEVER:
                errors.append("%s: rule %s never expected" % (rid, e))
        text = r["subject"] + "\n" + r["body"]
        present = o in text
        if "BSM102" in exp:
            if ORDER.search(text):
                errors.append("%s: BSM102 but an order number is present" % rid)
        elif not present:
            errors.append("%s: order number missing" % rid)
        if not exp:
            clean += 1
        if r["format"] == "text" and "<" in r["body"] and ">" in r["body"]:
            errors.append("%s: text body looks like HTML" % rid)
        if not r["note"].strip() or "\n" in r["note"]:
            errors.append("%s: note" % rid)
    if clean != 17:
        errors.append("%s: %d clean" % (lang, clean))
    counts = {}
    for r in msgs:
        for e in r["expected"]:
            counts[e] = counts.get(e, 0) + 1
    print(lang, "records", len(msgs), "clean", clean, dict(sorted(counts.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

"""Validate the v30 nl/en/de modules."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lang_nl, lang_en, lang_de

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = set(re.findall(r"\bBSM\d{3}\b", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
ORD = re.compile(r"^\d{3}-\d{7}-\d{7}$")
errors = []
all_ids, all_orders = set(), set()
for mod, lang, prefix in ((lang_nl, "nl", "611-"), (lang_en, "en", "612-"), (lang_de, "de", "613-")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    counts = {}
    for i, r in enumerate(msgs, 1):
        rid = r.get("id")
        if set(r) != set(FIELDS):
            errors.append("%s: fields %s" % (rid, sorted(set(r) ^ set(FIELDS))))
        for k, t in FIELDS.items():
            if not isinstance(r.get(k), t):
                errors.append("%s: %s not %s" % (rid, k, t.__name__))
        if rid != "v30-%s-%03d" % (lang, i):
            errors.append("%s: bad id" % rid)
        if rid in all_ids:
            errors.append("%s: duplicate id" % rid)
        all_ids.add(rid)
        if r["language"] != lang or not r["locale"].startswith(lang + "-"):
            errors.append("%s: language/locale" % rid)
        if r["type"] not in TYPES:
            errors.append("%s: type %s" % (rid, r["type"]))
        if r["format"] not in ("text", "html"):
            errors.append("%s: format" % rid)
        exp = r["expected"]
        if exp != sorted(set(exp)) or any(not isinstance(x, str) or x not in RULES for x in exp):
            errors.append("%s: expected %s" % (rid, exp))
        if "BSM101" in exp:
            errors.append("%s: BSM101 never expected" % rid)
        o = r["order_id"]
        if not ORD.match(o) or not o.startswith(prefix):
            errors.append("%s: order_id %r" % (rid, o))
        if o in all_orders:
            errors.append("%s: duplicate order %s" % (rid, o))
        all_orders.add(o)
        text = r["subject"] + "\n" + r["body"]
        present = o in text
        if "BSM102" in exp:
            if re.search(r"\d{3}-\d{7}-\d{7}", text):
                errors.append("%s: BSM102 case carries a hyphenated order number" % rid)
        elif not present:
            errors.append("%s: order number missing" % rid)
        for other in re.findall(r"\d{3}-\d{7}-\d{7}", text):
            if other != o:
                errors.append("%s: stray order number %s" % (rid, other))
        if not exp:
            clean += 1
        for x in exp:
            counts[x] = counts.get(x, 0) + 1
        if not r["note"].strip():
            errors.append("%s: empty note" % rid)
    if clean != 17:
        errors.append("%s: %d clean" % (lang, clean))
    print(lang, "records", len(msgs), "clean", clean, dict(sorted(counts.items())))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

"""Validate v30 pl/sv/tr records."""
import re, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
RULES = set(re.findall(r"\bBSM\d{3}\b", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
errs = []; allids = set(); alloids = set()
for lang, pre in (("pl", "617"), ("sv", "618"), ("tr", "619")):
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    if len(msgs) != 50: errs.append("%s: %d records" % (lang, len(msgs)))
    clean = 0; counts = {}
    for i, r in enumerate(msgs, 1):
        if set(r) != set(FIELDS): errs.append("%s fields %s" % (r.get("id"), set(r) ^ set(FIELDS)))
        for k, t in FIELDS.items():
            if not isinstance(r.get(k), t): errs.append("%s %s type" % (r.get("id"), k))
        if r["id"] != "v30-%s-%03d" % (lang, i): errs.append("bad id " + r["id"])
        if r["id"] in allids: errs.append("dup id " + r["id"])
        allids.add(r["id"])
        if r["language"] != lang: errs.append(r["id"] + " language")
        if r["type"] not in TYPES: errs.append(r["id"] + " type")
        if r["format"] not in ("text", "html"): errs.append(r["id"] + " format")
        o = r["order_id"]
        if not OID.match(o) or not o.startswith(pre + "-"): errs.append(r["id"] + " order_id " + o)
        if o in alloids: errs.append(r["id"] + " dup order " + o)
        alloids.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)): errs.append(r["id"] + " expected not sorted/unique")
        for e in exp:
            if e not in RULES: errs.append(r["id"] + " unknown rule " + e)
            counts[e] = counts.get(e, 0) + 1
        present = o in r["subject"] or o in r["body"]
        anyhy = re.search(r"\b\d{3}-\d{7}-\d{7}\b", r["subject"] + r["body"])
        if "BSM102" in exp:
            if anyhy: errs.append(r["id"] + " BSM102 but hyphenated number present")
        elif not present: errs.append(r["id"] + " order number missing")
        if not exp:
            clean += 1
            t = r["subject"] + r["body"]
            if "@" in t or "http://" in t or re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", t) \
               or re.search(r"[:;]-?[()DP]", t) or "\n\n\n" in t or "style" in t or "<br><br>" in t:
                errs.append(r["id"] + " clean message has suspicious content")
            if "[" in r["subject"] and r["type"] != "order-problem": errs.append(r["id"] + " tag")
    if clean != 17: errs.append("%s: %d clean" % (lang, clean))
    print(lang, "clean", clean, dict(sorted(counts.items())))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
sys.exit(1 if errs else 0)

"""Validate v30 records for fr, it, es."""
import os
import re, sys, collections
sys.path.insert(0, __import__("os").path.dirname(__file__))
import lang_fr, lang_it, lang_es

RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")).read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
ok = True
all_ids, all_oids = set(), set()


def err(msg):
    global ok
    ok = False
    print("ERROR", msg)


for mod, code, prefix in ((lang_fr, "fr", "614-"), (lang_it, "it", "615-"), (lang_es, "es", "616-")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err("%s: %d records" % (code, len(msgs)))
    counts = collections.Counter()
    for i, r in enumerate(msgs, 1):
        if list(r) != FIELDS:
            err("%s: fields %s" % (r.get("id"), list(r)))
        for f in FIELDS:
            t = list if f == "expected" else str
            if not isinstance(r.get(f), t) or (t is str and not r[f].strip()):
                err("%s: bad field %s" % (r.get("id"), f))
        if r["id"] != "v30-%s-%03d" % (code, i) or r["id"] in all_ids:
            err("bad/dup id %s" % r["id"])
        all_ids.add(r["id"])
        if r["language"] != code or not r["locale"].startswith(code + "-"):
            err("%s language/locale" % r["id"])
        if r["type"] not in TYPES:
            err("%s type %s" % (r["id"], r["type"]))
        if r["format"] not in ("text", "html"):
            err("%s format" % r["id"])
        o = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(prefix) or o in all_oids:
            err("%s order id %s" % (r["id"], o))
        all_oids.add(o)
        text = r["subject"] + "\n" + r["body"]
        found = OID.findall(text)
        if "BSM102" in r["expected"]:
            if found:
                err("%s BSM102 but number present" % r["id"])
        else:
            if o not in text:
                err("%s order id missing" % r["id"])
            if any(f != o for f in found):
                err("%s foreign order number" % r["id"])
        if r["expected"] != sorted(set(r["expected"])):
            err("%s expected not sorted/unique" % r["id"])
        for e in r["expected"]:
            if e not in RULES:
                err("%s unknown rule %s" % (r["id"], e))
        if "BSM101" in r["expected"]:
            err("%s BSM101 never expected" % r["id"])
        if r["format"] == "text" and "\n\n\n" in r["body"] and "BSM412" not in r["expected"]:
            err("%s blank-line run" % r["id"])
        if not r["expected"]:
            counts["clean"] += 1
            b = r["body"]
            if re.search(r"style=|<style|color\s*:|font-family|<font|line-height|align=|text-align|<center|@|http:|mailto:|<br>\s*<br>\s*<br>|<p>\s*</p>|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3", b, re.I):
                err("%s clean but suspicious markup" % r["id"])
        for e in r["expected"]:
            counts[e] += 1
    if counts["clean"] != 17:
        err("%s: %d clean" % (code, counts["clean"]))
    print(code, dict(sorted(counts.items())))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)

"""Validate lang_pl, lang_sv, lang_tr."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ok = True; allids = set(); alloids = set()
def err(*a):
    global ok; ok = False; print("ERROR", *a)
for lang, loc in (("pl", "pl-PL"), ("sv", "sv-SE"), ("tr", "tr-TR")):
    mod = __import__("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50: err(lang, "count", len(msgs))
    clean = 0; counts = {}
    for i, r in enumerate(msgs, 1):
        if list(r) != FIELDS and set(r) != set(FIELDS): err(r.get("id"), "fields", list(r))
        for f in FIELDS:
            t = list if f == "expected" else str
            if not isinstance(r.get(f), t): err(r.get("id"), "type of", f)
        if r["id"] != "v8-%s-%03d" % (lang, i): err(r["id"], "id sequence")
        if r["id"] in allids: err(r["id"], "dup id")
        allids.add(r["id"])
        if r["language"] != lang or r["locale"] != loc: err(r["id"], "lang/locale")
        if r["type"] not in TYPES: err(r["id"], "type", r["type"])
        if r["format"] not in ("text", "html"): err(r["id"], "format")
        if not OID.match(r["order_id"]): err(r["id"], "order_id format")
        if r["order_id"] in alloids: err(r["id"], "dup order_id")
        alloids.add(r["order_id"])
        present = r["order_id"] in r["subject"] or r["order_id"] in r["body"]
        if "BSM102" in r["expected"]:
            if re.search(r"\d{3}-\d{7}-\d{7}", r["subject"] + r["body"]): err(r["id"], "BSM102 but number present")
        elif not present: err(r["id"], "order number missing")
        if r["expected"] != sorted(set(r["expected"])): err(r["id"], "expected not sorted/unique")
        for e in r["expected"]:
            if e not in RULES: err(r["id"], "unknown rule", e)
        if not r["expected"]: clean += 1
        for e in r["expected"]: counts[e] = counts.get(e, 0) + 1
        if r["format"] == "text" and "\n\n\n" in r["body"] and "BSM412" not in r["expected"]: err(r["id"], "blank lines")
        if not r["note"].strip(): err(r["id"], "empty note")
    if clean != 17: err(lang, "clean", clean)
    print(lang, "clean=%d" % clean, " ".join("%s=%d" % kv for kv in sorted(counts.items())))
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)

"""Validate the v29 pl/sv/tr modules."""
import collections, importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
PREFIX = {"pl": "607", "sv": "608", "tr": "609"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")

ok = True
def err(msg):
    global ok
    ok = False
    print("ERROR", msg)

all_ids, all_oids = set(), set()
for lang in ("pl", "sv", "tr"):
    msgs = importlib.import_module(f"lang_{lang}").MESSAGES
    if len(msgs) != 50:
        err(f"{lang}: {len(msgs)} records")
    counts = collections.Counter()
    for i, r in enumerate(msgs, 1):
        rid = r.get("id")
        if list(r) != FIELDS:
            err(f"{rid}: fields {list(r)}")
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(r.get(f), want):
                err(f"{rid}: {f} not {want.__name__}")
        if rid != f"v29-{lang}-{i:03d}":
            err(f"{rid}: bad id / order")
        if rid in all_ids:
            err(f"{rid}: duplicate id")
        all_ids.add(rid)
        if r["language"] != lang or not r["locale"].startswith(lang + "-"):
            err(f"{rid}: language/locale")
        if r["type"] not in TYPES:
            err(f"{rid}: type {r['type']}")
        if r["format"] not in ("text", "html"):
            err(f"{rid}: format")
        o = r["order_id"]
        if not OID.match(o) or not o.startswith(PREFIX[lang] + "-"):
            err(f"{rid}: order_id {o}")
        if o in all_oids:
            err(f"{rid}: duplicate order_id")
        all_oids.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(f"{rid}: expected not sorted/unique")
        for e in exp:
            if e not in RULES:
                err(f"{rid}: unknown rule {e}")
        present = o in r["subject"] or o in r["body"]
        if "BSM102" in exp:
            if present or re.search(r"\d{3}-\d{7}-\d{7}", r["subject"] + r["body"]):
                err(f"{rid}: BSM102 but hyphenated number present")
        elif not present:
            err(f"{rid}: order number missing")
        if r["format"] == "text" and "\n\n\n" in r["body"] and "BSM412" not in exp:
            err(f"{rid}: blank-line run without BSM412")
        if not r["note"].strip():
            err(f"{rid}: empty note")
        counts[tuple(exp) if exp else "clean"] += 1
        for e in exp:
            counts[e] += 0
    per_rule = collections.Counter(e for r in msgs for e in r["expected"])
    clean = sum(1 for r in msgs if not r["expected"])
    if clean != 17:
        err(f"{lang}: {clean} clean")
    print(f"{lang}: {len(msgs)} records, clean {clean}, " + ", ".join(f"{k} {v}" for k, v in sorted(per_rule.items())))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)

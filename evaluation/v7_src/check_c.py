"""Validate lang_pl.py, lang_sv.py, lang_tr.py (v7 blind set, writer C)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lang_pl, lang_sv, lang_tr

RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:-?[)(DP]|;-?\\)|<3")
errors, all_ids, all_oids = [], set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id"), msg))


for mod, lang, loc, prefix in ((lang_pl, "pl", "pl-PL", "508-"), (lang_sv, "sv", "sv-SE", "509-"),
                                (lang_tr, "tr", "tr-TR", "114-")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = sum(1 for r in msgs if r.get("expected") == [])
    if clean != 17:
        errors.append("%s: %d clean" % (lang, clean))
    for i, r in enumerate(msgs, 1):
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(r, "field %s not %s" % (k, t.__name__))
        if r["id"] != "v7-%s-%03d" % (lang, i):
            err(r, "id out of sequence")
        if r["id"] in all_ids:
            err(r, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang or r["locale"] != loc:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(r, "format")
        if not OID.match(r["order_id"]) or not r["order_id"].startswith(prefix):
            err(r, "order_id format/prefix")
        if r["order_id"] in all_oids:
            err(r, "duplicate order_id")
        all_oids.add(r["order_id"])
        if r["expected"] != sorted(set(r["expected"])):
            err(r, "expected not sorted/unique")
        for x in r["expected"]:
            if x not in RULES:
                err(r, "unknown rule %s" % x)
        if "BSM101" in r["expected"]:
            err(r, "BSM101 never expected")
        present = r["order_id"] in r["subject"] or r["order_id"] in r["body"]
        if "BSM102" in r["expected"]:
            if present or re.search(r"\d{3}-\d{7}-\d{7}", r["subject"] + r["body"]):
                err(r, "BSM102 but order number present")
        elif not present:
            err(r, "order number missing")
        if not r["note"].strip() or "\n" in r["note"]:
            err(r, "note")
        if r["expected"] == []:
            txt = r["subject"] + r["body"]
            if EMOJI.search(txt): err(r, "clean but emoji-like")
            if "http://" in txt: err(r, "clean but http")
            if "@" in txt: err(r, "clean but @")
            if "\n\n\n" in r["body"]: err(r, "clean but blank-line run")
            if re.search(r"style=|<style|color|font-family|line-height|align|<center|<font|<script|<form|<iframe", r["body"], re.I):
                err(r, "clean but style/active content")
            for href in re.findall(r'href="([^"]+)"', r["body"]):
                if not href.startswith("https://www.amazon."):
                    err(r, "clean but non-Amazon link %s" % href)
            for img in re.findall(r"<img[^>]*>", r["body"]):
                if not re.search(r'alt="[^"]+"', img): err(r, "clean img without alt")
        if r["format"] == "text" and "<" in r["body"] and re.search(r"</?[a-z]+[ >]", r["body"]):
            err(r, "text body has HTML")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: %d records, %d order ids, all checks passed" % (len(all_ids), len(all_oids)))
for mod in (lang_pl, lang_sv, lang_tr):
    from collections import Counter
    c = Counter(x for r in mod.MESSAGES for x in r["expected"])
    print(mod.__name__, "clean=%d" % sum(1 for r in mod.MESSAGES if not r["expected"]), dict(sorted(c.items())))

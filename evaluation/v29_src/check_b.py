"""Validate the v29 fr/it/es modules. Standard library only."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_fr, lang_it, lang_es  # noqa: E402

RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
ORDER_RE = re.compile(r"\d{3}-\d{7}-\d{7}")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")

errors = []
all_orders = set()
all_ids = set()
for mod, lang, prefix in ((lang_fr, "fr", "604"), (lang_it, "it", "605"), (lang_es, "es", "606")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    counts = Counter()
    for i, r in enumerate(msgs, 1):
        rid = r.get("id")
        if set(r) != set(FIELDS):
            errors.append("%s: fields %s" % (rid, sorted(set(r) ^ set(FIELDS))))
        for k, t in FIELDS.items():
            if not isinstance(r.get(k), t):
                errors.append("%s: %s not %s" % (rid, k, t.__name__))
        if rid != "v29-%s-%03d" % (lang, i):
            errors.append("bad id %s" % rid)
        if rid in all_ids:
            errors.append("duplicate id %s" % rid)
        all_ids.add(rid)
        if r["language"] != lang or not r["locale"].startswith(lang + "-"):
            errors.append("%s: language/locale" % rid)
        if r["type"] not in TYPES:
            errors.append("%s: type %s" % (rid, r["type"]))
        if r["format"] not in ("text", "html"):
            errors.append("%s: format" % rid)
        o = r["order_id"]
        if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, o):
            errors.append("%s: order_id %s" % (rid, o))
        if o in all_orders:
            errors.append("%s: duplicate order %s" % (rid, o))
        all_orders.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            errors.append("%s: expected not sorted/unique" % rid)
        for e in exp:
            if e not in RULES:
                errors.append("%s: unknown rule %s" % (rid, e))
            counts[e] += 1
        text = r["subject"] + "\n" + r["body"]
        present = o in text
        if "BSM102" in exp:
            if ORDER_RE.search(text):
                errors.append("%s: BSM102 but order number present" % rid)
        elif not present:
            errors.append("%s: order number missing" % rid)
        if not exp:
            clean += 1
            if EMOJI_RE.search(text) or re.search(r"[:;]-?[)(DP]|<3", r["body"].replace("&lt;", "")):
                errors.append("%s: clean but emoji/emoticon-like" % rid)
            if "\n\n\n" in r["body"] or re.search(r"(<br>\s*){3,}|<p>\s*</p>", r["body"]):
                errors.append("%s: clean but excess breaks" % rid)
            if re.search(r"style=|<style|color|font-|<font|align|@|http://|mailto|<center", r["body"]):
                errors.append("%s: clean but style/email/http" % rid)
            for href in re.findall(r'href="([^"]+)"', r["body"]):
                if not href.startswith("https://www.amazon."):
                    errors.append("%s: clean but non-Amazon link" % rid)
        if not r["note"].strip():
            errors.append("%s: empty note" % rid)
    if clean != 17:
        errors.append("%s: %d clean" % (lang, clean))
    print("%s: %d records, %d clean; %s" % (lang, len(msgs), clean,
          ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
